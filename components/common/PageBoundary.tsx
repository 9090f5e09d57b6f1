import { Component, type ComponentChildren, Fragment } from 'preact';
import { PAGE_FAILED } from '@/utils/i18n/page-failed';

interface Props {
  children: ComponentChildren;
  /** At the first failure, before painting again: forgets the copy the page painted from (the paint cache). */
  onFailure?: () => void;
}

interface State {
  attempt: number;
  failed: boolean;
}

/**
 * Wraps a whole page: an error while painting never leaves a blank page. The first one repaints the page from
 * storage (checked and healed when read); a second one shows a short message in both languages.
 */
export class PageBoundary extends Component<Props, State> {
  override state: State = { attempt: 0, failed: false };

  override componentDidCatch(error: unknown): void {
    console.error('Passerelle: the page failed to paint', error);
    if (this.state.attempt === 0) {
      try {
        this.props.onFailure?.();
      } catch {
        // Nothing to forget: repaint anyway.
      }
      this.setState({ attempt: 1 });
    } else {
      this.setState({ failed: true });
    }
  }

  override render() {
    if (this.state.failed) {
      return (
        <main>
          <div role="alert" data-testid="page-failed">
            <p lang="en">{PAGE_FAILED.en}</p>
            <p lang="fr">{PAGE_FAILED.fr}</p>
          </div>
        </main>
      );
    }
    // A new key remounts the page: it starts again from storage rather than from the state that failed.
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}
