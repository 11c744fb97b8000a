/**
 * The link the PMO sends: shown in a field that selects itself, with "Copy link", a way to open it and
 * the QR code. The heading takes the focus when the link is made, so the PMO hears that it is ready.
 */
import { useEffect, useRef, useState } from 'react';
import type { Assignment } from '../../assignments/model';
import AssignmentQr from './AssignmentQr';

export default function AssignmentLink({
  url,
  assignment,
}: {
  url: string;
  assignment: Assignment;
}) {
  const [copied, setCopied] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const link = useRef<HTMLInputElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, [url]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Link copied. Paste it into an email or a message to the learner.');
    } catch {
      // Clipboard refused (an old browser, or permission): select the link for the PMO to copy.
      link.current?.select();
      setCopied('The link is selected: press Control+C (or Command+C on a Mac) to copy it.');
    }
  }

  return (
    <section className="pmo-result" aria-labelledby="assign-result-title">
      <h2 id="assign-result-title" tabIndex={-1} ref={heading}>
        Your assignment link
      </h2>
      <p>
        Send this link to the learner. Everything is in the link itself: nothing has been sent or
        stored anywhere.
      </p>
      <label htmlFor="assign-link">Link for “{assignment.title}”</label>
      <input
        id="assign-link"
        className="pmo-link"
        type="text"
        readOnly
        value={url}
        ref={link}
        onFocus={(event) => event.target.select()}
      />
      <p className="pmo-actions">
        <button type="button" className="button" onClick={() => void copy()}>
          Copy link
        </button>
        <a className="button button--secondary" href={url} target="_blank" rel="noopener">
          Open the link to check it
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </p>
      <p className="pmo-live" role="status">
        {copied}
      </p>
      <AssignmentQr url={url} assignment={assignment} />
    </section>
  );
}
