import { h, type VNode } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** What the console asks before an action that cannot be taken back in one step. */
interface Question {
  title: string;
  body: string;
  /** the confirming button's words: the action itself ("Pause"), never a bare "OK" */
  confirm: string;
}

export type Ask = (question: Question) => Promise<boolean>;

/**
 * A question in a modal <dialog>: the browser keeps focus inside it, Escape answers no, and focus returns where it was.
 * `ask` resolves with the answer; the returned element must be rendered for the question to show.
 */
export function useConfirm(): [VNode | null, Ask] {
  const [open, setOpen] = useState<Question & { answer(yes: boolean): void }>();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);
  const ask: Ask = (question) => new Promise((resolve) => setOpen({ ...question, answer: resolve }));
  const answer = (yes: boolean) => {
    dialog.current?.close();
    open?.answer(yes);
    setOpen(undefined);
  };
  const element = open ? (
    <dialog
      ref={dialog}
      class="confirm"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      onCancel={(event) => {
        event.preventDefault();
        answer(false);
      }}
    >
      <h2 id="confirm-title" class="confirm-title">
        {open.title}
      </h2>
      <p id="confirm-body">{open.body}</p>
      <div class="actions">
        {/* the safe answer comes first: showModal focuses it, so Enter at once changes nothing */}
        <button type="button" class="button" onClick={() => answer(false)}>
          Cancel
        </button>
        <button type="button" class="button button-primary" onClick={() => answer(true)}>
          {open.confirm}
        </button>
      </div>
    </dialog>
  ) : null;
  return [element, ask];
}
