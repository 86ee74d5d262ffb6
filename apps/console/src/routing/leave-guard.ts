/** Asked before a link takes the reader to another page: a page with unsaved edits asks whether to drop them. */
let guard: ((to: string) => Promise<boolean>) | undefined;

/** Sets the guard while a page has something to lose; the function returned lifts it. */
export function guardLeaving(check: (to: string) => Promise<boolean>): () => void {
  guard = check;
  return () => {
    if (guard === check) guard = undefined;
  };
}

/** Whether a page has something to lose now. */
export const guarded = (): boolean => guard !== undefined;

/** Whether the reader may go to `to` now. */
export const mayLeave = (to: string): Promise<boolean> => guard?.(to) ?? Promise.resolve(true);
