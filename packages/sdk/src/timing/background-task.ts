interface Scheduler {
  postTask(task: () => void, options: { priority: 'background' }): Promise<unknown>;
}

/**
 * Resolves in a task that waits for what matters more, such as the widgets' chunks and their first frame, where the
 * browser ranks tasks (`scheduler.postTask`); in a plain timer task where it does not.
 */
export const backgroundTask = (): Promise<void> =>
  new Promise(
    (resolve) => (globalThis as { scheduler?: Scheduler }).scheduler?.postTask(resolve, { priority: 'background' }) ?? setTimeout(resolve),
  );
