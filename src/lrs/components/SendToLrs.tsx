/**
 * My learning's "Send your record to your organisation" section, shown only when the site names an
 * LRS (content/site.yaml lrsEndpoint). The learner agrees and enters the key and secret (or token)
 * their organisation gave them; nothing is sent before that, and "Stop sending" forgets both. While
 * the page is open the record is kept up to date; what was sent and when is always shown.
 */
import { useEffect, useRef, useState, useSyncExternalStore, type SubmitEvent } from 'react';
import type { LearningRecord, LrsCredentials } from '../../record/api';
import { getRecordView } from '../../record/view';
import { LrsSync, type SyncStatus } from '../sync';
import { hostOf, progressText, stateText } from '../wording';

export interface SendToLrsProps {
  endpoint: string;
}

type Method = 'basic' | 'token';

interface FormErrors {
  consent?: string;
  key?: string;
  secret?: string;
  token?: string;
}

function useSync(record: LearningRecord | null, endpoint: string) {
  const [sync, setSync] = useState<LrsSync | null>(null);
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    if (!record) return;
    const created = new LrsSync({ endpoint, record });
    setSync(created);
    const unsubscribe = created.subscribe((next) => setStatus(next));
    // Carries on where the last page load stopped, if the learner agreed before.
    void created.sendNow();
    return () => {
      unsubscribe();
      created.close();
    };
  }, [record, endpoint]);
  return { sync, status };
}

export default function SendToLrs({ endpoint }: SendToLrsProps) {
  const store = getRecordView();
  const view = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  const record = view.phase === 'ready' ? view.record : null;
  const { sync, status } = useSync(record, endpoint);
  const host = hostOf(endpoint);
  const count = view.phase === 'ready' ? view.statements.length : 0;

  // New entries (from another tab, or an import) go as soon as they are in the record; when not
  // sending (or after "Delete all my data"), the counts shown are brought up to date.
  const kind = status?.state.kind;
  const settled = kind === 'up-to-date' || kind === 'off';
  const lastCount = useRef(count);
  useEffect(() => {
    if (settled && count !== lastCount.current) void sync?.sendNow();
    lastCount.current = count;
  }, [count, settled, sync]);

  return (
    <section className="lrs" aria-labelledby="lrs-heading">
      <h2 id="lrs-heading">Send your record to your organisation</h2>
      <p>
        Your organisation keeps learning records in its Learning Record Store (LRS) at{' '}
        <strong>{host}</strong>. If you agree, Sideline sends it every entry in your learning
        record: what you read, watched and completed, your answers and scores, with your learner id
        and your display name if you set one. Nothing is sent until you agree, and you can stop at
        any time. <a href="/privacy/">How your record is handled</a>.
      </p>
      {!sync || !status ? (
        <p className="muted">Reading your learning record…</p>
      ) : (
        <Status sync={sync} status={status} host={host} />
      )}
    </section>
  );
}

function Status({ sync, status, host }: { sync: LrsSync; status: SyncStatus; host: string }) {
  const { kind } = status.state;
  const connected = kind !== 'off' && kind !== 'needs-credentials';
  const said = stateText(status.state, host);
  const alert = kind === 'needs-credentials' || kind === 'rejected';
  return (
    <>
      <p role="status" className="lrs-progress">
        {progressText(status, host)}
      </p>
      {said && (
        <p className={alert ? 'lrs-alert' : 'lrs-state'} role={alert ? 'alert' : undefined}>
          {said}
        </p>
      )}
      {connected ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void sync.disconnect()}
        >
          Stop sending
        </button>
      ) : (
        <ConsentForm sync={sync} host={host} again={kind === 'needs-credentials'} />
      )}
    </>
  );
}

function ConsentForm({ sync, host, again }: { sync: LrsSync; host: string; again: boolean }) {
  const [method, setMethod] = useState<Method>('basic');
  const [errors, setErrors] = useState<FormErrors>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const raw = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    const found: FormErrors = {};
    if (raw('lrs-consent') !== 'yes') {
      found.consent = `Tick the box to agree to send your record to ${host}`;
    }
    // A secret may begin or end with spaces on purpose; keys and tokens are trimmed.
    const credentials: LrsCredentials =
      method === 'basic'
        ? { kind: 'basic', key: raw('lrs-key').trim(), secret: raw('lrs-secret') }
        : { kind: 'token', token: raw('lrs-token').trim() };
    if (credentials.kind === 'basic') {
      if (!credentials.key) found.key = 'Enter the key your organisation gave you';
      if (!credentials.secret) found.secret = 'Enter the secret that goes with the key';
    } else if (!credentials.token) {
      found.token = 'Enter the token your organisation gave you';
    }
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      await sync.connect(credentials);
    } finally {
      setBusy(false);
    }
  }

  const field = (name: keyof FormErrors, label: string, type: string, hint?: string) => (
    <div className={errors[name] ? 'lrs-field lrs-field--error' : 'lrs-field'}>
      <label className="lrs-label" htmlFor={`lrs-${name}`}>
        {label}
      </label>
      {hint && (
        <p className="lrs-hint" id={`lrs-${name}-hint`}>
          {hint}
        </p>
      )}
      {errors[name] && (
        <p className="lrs-error" id={`lrs-${name}-error`}>
          <span className="visually-hidden">Error: </span>
          {errors[name]}
        </p>
      )}
      <input
        id={`lrs-${name}`}
        name={`lrs-${name}`}
        type={type}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={
          [hint && `lrs-${name}-hint`, errors[name] && `lrs-${name}-error`]
            .filter(Boolean)
            .join(' ') || undefined
        }
      />
    </div>
  );

  return (
    <form className="lrs-form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset className="lrs-fieldset">
        <legend>How your organisation lets you in to its LRS</legend>
        <div className="lrs-radio">
          <input
            type="radio"
            id="lrs-method-basic"
            name="lrs-method"
            checked={method === 'basic'}
            onChange={() => setMethod('basic')}
          />
          <label htmlFor="lrs-method-basic">A key and a secret</label>
        </div>
        <div className="lrs-radio">
          <input
            type="radio"
            id="lrs-method-token"
            name="lrs-method"
            checked={method === 'token'}
            onChange={() => setMethod('token')}
          />
          <label htmlFor="lrs-method-token">An access token</label>
        </div>
      </fieldset>
      {method === 'basic' ? (
        <>
          {field(
            'key',
            'Key',
            'text',
            'Your organisation gives you these. They are kept in this browser only.',
          )}
          {field('secret', 'Secret', 'password')}
        </>
      ) : (
        field('token', 'Access token', 'password', 'Kept in this browser only.')
      )}
      <div className={errors.consent ? 'lrs-field lrs-field--error' : 'lrs-field'}>
        {errors.consent && (
          <p className="lrs-error" id="lrs-consent-error">
            <span className="visually-hidden">Error: </span>
            {errors.consent}
          </p>
        )}
        <div className="lrs-checkbox">
          <input
            type="checkbox"
            id="lrs-consent"
            name="lrs-consent"
            value="yes"
            aria-describedby={errors.consent ? 'lrs-consent-error' : undefined}
          />
          <label htmlFor="lrs-consent">
            I agree to send my learning record to {host}, now and as I learn, until I stop it
          </label>
        </div>
      </div>
      <button type="submit" className="button" disabled={busy}>
        {again ? 'Try these details' : 'Start sending'}
      </button>
    </form>
  );
}
