import { effect, untracked, type ReadonlySignal } from '@preact/signals';
import { Component, h } from 'preact';

interface AnnouncerProps<T> {
  /** the state whose changes are said */
  source: ReadonlySignal<T>;
  /** what to say about a change from `before` to `now`; undefined says nothing */
  say(now: T, before: T): string | undefined;
}

/**
 * A widget's polite live region: says what changed while the widget is on screen. The state it mounts with is only
 * shown, never said. It watches the signal itself, so the widget around it does not render again for it.
 */
export class Announcer<T> extends Component<AnnouncerProps<T>, { said?: string }> {
  declare stop?: () => void;

  componentDidMount() {
    let before = this.props.source.peek();
    this.stop = effect(() => {
      const now = this.props.source.value;
      if (now === before) return;
      const said = untracked(() => this.props.say(now, before));
      before = now;
      if (said) this.setState({ said });
    });
  }

  componentWillUnmount() {
    this.stop?.();
  }

  render(_props: AnnouncerProps<T>, { said }: { said?: string }) {
    return (
      <p class="sr" role="status">
        {said}
      </p>
    );
  }
}
