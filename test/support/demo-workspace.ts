/** The demo's saved workspace (localStorage `acme:workspace`) of a new trial user with a known id, as JSON. */
export function trialWorkspace(userId: string): string {
  return JSON.stringify({ persona: 'trial', userId, docs: [], teammates: 1, storageGb: 0, reports: 0 });
}
