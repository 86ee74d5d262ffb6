import { Component, createRef, h } from 'preact';
import { ChecklistCard } from './checklist-card.tsx';
import { Launcher } from './launcher.tsx';
import type { ChecklistProps } from './props.ts';

/**
 * The card, or the launcher while collapsed: it alone follows `collapsed`. Focus follows a toggle the user made (to
 * the launcher, or back to the card's collapse button); one the runtime makes leaves focus where it is.
 */
export class ChecklistPanel extends Component<ChecklistProps> {
  declare toggled?: boolean;
  /** what the last render showed */
  declare shown?: boolean;
  launcher = createRef<HTMLButtonElement>();
  collapse = createRef<HTMLButtonElement>();

  toggle = (collapsed: boolean) => {
    this.toggled = true;
    this.props.onToggle(collapsed);
  };

  componentDidMount() {
    this.shown = this.props.collapsed.peek();
  }

  componentDidUpdate() {
    const collapsed = this.props.collapsed.peek();
    if (collapsed === this.shown) return;
    this.shown = collapsed;
    if (this.toggled) (collapsed ? this.launcher : this.collapse).current?.focus();
    this.toggled = false;
  }

  render(props: ChecklistProps) {
    return props.collapsed.value ? (
      <Launcher {...props} buttonRef={this.launcher} onOpen={() => this.toggle(false)} />
    ) : (
      <ChecklistCard {...props} collapseRef={this.collapse} onCollapse={() => this.toggle(true)} />
    );
  }
}
