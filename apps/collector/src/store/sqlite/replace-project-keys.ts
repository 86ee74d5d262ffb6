import Database from 'better-sqlite3';
import type { ProjectKeys } from '../../projects/project-keys.ts';
import { openSqliteConnection } from './open-sqlite-connection.ts';

/** Gives the project `projectId` of the SQLite file at `path` new keys; false when there is no such project. */
export function replaceSqliteProjectKeys(path: string, projectId: string, keys: ProjectKeys): boolean {
  const db = openSqliteConnection(new Database(path, { fileMustExist: true }));
  try {
    const update = db.prepare('UPDATE projects SET publishable_key = ?, secret_key = ? WHERE id = ?');
    return update.run(keys.publishableKey, keys.secretKey, projectId).changes > 0;
  } finally {
    db.close();
  }
}
