/** Props held the way a controller holds them: `set` changes some, and whatever rendered them renders again. */
export type LiveProps<P> = P & {
  set(change: Partial<P>): void;
  /** `render` gets the props after every `set` */
  listen(render: (props: P) => void): void;
};

export function liveProps<P extends object>(initial: P): LiveProps<P> {
  const renders: ((props: P) => void)[] = [];
  const live: LiveProps<P> = Object.assign(initial, {
    set(change: Partial<P>) {
      Object.assign(live, change);
      for (const render of renders) render({ ...live });
    },
    listen(render: (props: P) => void) {
      renders.push(render);
    },
  });
  return live;
}
