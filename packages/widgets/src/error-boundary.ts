import { Component, type ComponentChildren } from 'preact';

interface ErrorBoundaryProps {
  onError(error: unknown): void;
  children?: ComponentChildren;
}

/** Stops a widget's render error at the widget: it renders nothing and reports, the host page carries on. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed?: boolean }> {
  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    this.props.onError(error);
  }

  render() {
    return this.state.failed ? null : this.props.children;
  }
}
