import { Component, type ComponentChildren, Fragment } from 'preact';
import { PAGE_FAILED } from '@/utils/i18n/page-failed';

interface Props {
  children: ComponentChildren;
  /** At the first failure, before painting again: forgets the copy the page painted from (the paint cache). */
  onFailure?: () => void;
}

/** The first failure repaints the page; a second one goes up to FailureMessage. */
class Repaint extends Component<Props, { attempt: number }> {
  override state = { attempt: 0 };

  override componentDidCatch(error: unknown): void {
    if (this.state.attempt > 0) throw error;
    console.error('Passerelle: the page failed to paint, painting it again from storage', error);
    try {
      this.props.onFailure?.();
    } catch {
      // Nothing to forget: repaint anyway.
    }
    this.setState({ attempt: 1 });
  }

  override render() {
    // A new key remounts the page: it starts again from storage rather than from the state that failed.
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}

class FailureMessage extends Component<{ children: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };

  override componentDidCatch(error: unknown): void {
    console.error('Passerelle: the page failed to paint again', error);
    this.setState({ failed: true });
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <main>
        <div role="alert" data-testid="page-failed">
          <p lang="en">{PAGE_FAILED.en}</p>
          <p lang="fr">{PAGE_FAILED.fr}</p>
        </div>
      </main>
    );
  }
}

/**
 * Wraps a whole page: an error while painting never leaves a blank page. The first one repaints the page from
 * storage (checked and healed when read); a second one shows a short message in both languages.
 */
export function PageBoundary({ children, onFailure }: Props) {
  return (
    <FailureMessage>
      <Repaint {...(onFailure ? { onFailure } : {})}>{children}</Repaint>
    </FailureMessage>
  );
}
