import type { StorageHealth } from './storage-health.ts';
import type { Store } from './store.ts';

/**
 * `store` with its traffic's writes (events, state, campaigns) reporting success to `health`, which ends a run of
 * storage failures. Everything else is the store's own, through the prototype.
 */
export function watchedWrites(store: Store, health: StorageHealth): Store {
  const succeeded = <T>(result: T): T => {
    health.succeeded();
    return result;
  };
  const watched: Pick<Store, 'insertEvents' | 'mergeUserState' | 'putCampaign'> = {
    insertEvents: (...args) => store.insertEvents(...args).then(succeeded),
    mergeUserState: (...args) => store.mergeUserState(...args).then(succeeded),
    putCampaign: (...args) => store.putCampaign(...args).then(succeeded),
  };
  return Object.assign(Object.create(store) as Store, watched);
}
