/**
 * What the page says when the figures cannot be worked out or shown, for a reason nobody foresaw:
 * files are checked before they are summarised, so this is a fault in the site, not the PMO's doing.
 * The boundary catches a table that throws while drawing, so the page says so instead of going blank.
 */
import { Component, type ReactNode } from 'react';

export function FiguresProblem() {
  return (
    <div className="pmo-error-summary" role="alert">
      <h2>The figures could not be shown</h2>
      <p>
        Something in these files stopped this page from working out the figures. Nothing was changed
        or uploaded. Clear all files and read them again in smaller groups to find the file that
        causes it, then send that file to whoever runs this site.
      </p>
    </div>
  );
}

export class FiguresBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('Sideline: could not show the insights', error);
  }

  override render(): ReactNode {
    return this.state.failed ? <FiguresProblem /> : this.props.children;
  }
}
