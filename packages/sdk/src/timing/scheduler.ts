/** The Prioritized Task Scheduling API's `scheduler` where the browser has one (Chromium, recent Firefox; not Safari). */
export interface Scheduler {
  postTask(task: () => void, options: { priority: 'user-blocking' | 'user-visible' | 'background' }): Promise<unknown>;
}
