import { Fragment, h } from 'preact';
import { useState } from 'preact/hooks';
import { adminApi } from '../api/admin-api.ts';
import type { CampaignVersion, CampaignVersionWithDiff } from '@growthkit/core';
import { useResource } from '../api/use-resource.ts';
import { session } from '../session/session.ts';
import { RelativeTime } from '../ui/relative-time.tsx';
import { Empty, Failure, Loading } from '../ui/states.tsx';
import { StatusBadge } from '../ui/status-badge.tsx';
import type { Ask } from '../ui/confirm-dialog.tsx';

const shown = (value: unknown) => (value === undefined ? '—' : JSON.stringify(value));

/** A changed field's path, which a narrow screen may break after each dot (content.title. / en), never inside a name. */
function FieldPath({ path }: { path: string }) {
  if (path === '') return <>(whole campaign)</>;
  return (
    <>
      {path.split('.').map((name, i) => (
        <Fragment key={i}>
          {i > 0 && '.'}
          {i > 0 && <wbr />}
          {name}
        </Fragment>
      ))}
    </>
  );
}

function Diff({ diff }: { diff: CampaignVersionWithDiff['diff'] }) {
  if (diff.length === 0) return <p class="subtle">No change to the campaign.</p>;
  return (
    <table class="table table-compact diff">
      <caption class="visually-hidden">What changed</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {diff.map((change) => (
          <tr key={change.path}>
            <th scope="row" class="mono">
              <FieldPath path={change.path} />
            </th>
            <td class="mono before">{shown(change.before)}</td>
            <td class="mono after">{shown(change.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every saved change of a campaign, newest first, with who, when and what; any earlier version can be restored. */
export function CampaignHistory({ id, ask, onRolledBack }: { id: string; ask: Ask; onRolledBack(message: string): void }) {
  const path = `campaigns/${encodeURIComponent(id)}/versions`;
  const [versions, reload] = useResource(() => adminApi<{ versions: CampaignVersionWithDiff[] }>(path), path);
  const [problem, setProblem] = useState<string>();
  const rollBack = async (version: number) => {
    const yes = await ask(
      version === 0
        ? {
            title: 'Roll back to before it was created?',
            body: 'The campaign is archived: browsers drop it on their next config fetch. Its history stays.',
            confirm: 'Roll back and archive',
          }
        : {
            title: `Roll back to version ${version}?`,
            body: `The campaign becomes what it was in version ${version}, saved as a new version; browsers get it on their next config fetch.`,
            confirm: `Roll back to version ${version}`,
          },
    );
    if (!yes) return;
    setProblem(undefined);
    try {
      const saved = await adminApi<CampaignVersion>(`campaigns/${encodeURIComponent(id)}/rollback`, {
        method: 'POST',
        body: { version, author: session.value?.name },
      });
      onRolledBack(
        version === 0
          ? `Rolled back to before it was created: archived as version ${saved.version}. Browsers drop it on their next config fetch.`
          : `Rolled back to version ${version}, saved as version ${saved.version}. Browsers get it on their next config fetch.`,
      );
      reload();
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  if (versions.state === 'loading') return <Loading what="history" />;
  if (versions.state === 'error') return <Failure message={versions.message} retry={reload} />;
  const list = versions.data.versions;
  if (list.length === 0)
    return (
      <Empty title="No changes yet">
        <p>This campaign has not been changed in the console. Each save, pause or archive will be listed here and can be rolled back.</p>
      </Empty>
    );
  const created = list.at(-1)?.note === 'created';
  return (
    <div class="history">
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      <ol class="versions">
        {list.map((version, i) => (
          <li key={version.version} class="version">
            <div class="version-head">
              <h2 class="version-title">Version {version.version}</h2>
              <StatusBadge status={version.status} />
              <span class="muted">
                {version.note} by <strong>{version.author}</strong>, <RelativeTime iso={version.createdAt} />
              </span>
              {i === 0 ? (
                <span class="chip">Current</span>
              ) : (
                <button type="button" class="button" onClick={() => rollBack(version.version)}>
                  Roll back to version {version.version}
                </button>
              )}
            </div>
            {i === list.length - 1 ? (
              <p class="subtle">
                {version.note === 'created' ? 'The campaign as it was created.' : 'The campaign as it was before its first change here.'}
              </p>
            ) : (
              <Diff diff={version.diff} />
            )}
          </li>
        ))}
        {created && (
          <li class="version">
            <div class="version-head">
              <h2 class="version-title">Before it was created</h2>
              <span class="muted">Rolling back to here archives the campaign; its history stays.</span>
              <button type="button" class="button" onClick={() => rollBack(0)}>
                Roll back to before it was created
              </button>
            </div>
          </li>
        )}
      </ol>
    </div>
  );
}
