/**
 * Sends a session's statements to the LMS's LRS one batch at a time, in the order they were made:
 * cmi5 reads order (initialized first, terminated last; 9.3.2.0-2, 9.3.8.0-2), so a statement never
 * overtakes one made before it. A batch that fails stays at the front and is tried again later; each
 * statement keeps its id, so a batch that reached the LRS before its answer was lost is stored once.
 *
 * When the page goes away (pagehide), close() sends whatever is left with the last statement in one
 * request that outlives the page (fetch's keepalive), since a page that is closing cannot wait.
 */
/** The LRS answered that it will never store this batch (a 4xx other than 408 and 429): trying again cannot help. */
export class Refused extends Error {
  override name = 'Refused';
}

/** Stores the statements, in order; rejects with Refused when the LRS refuses them for good. */
export type Post = (
  statements: readonly unknown[],
  options: { keepalive: boolean },
) => Promise<void>;

export interface OutboxOptions {
  post: Post;
  /** Told when sending fails and when it works again, so the page can say so. */
  onTrouble?: (trouble: boolean) => void;
  /** Told when the LRS refused a batch: those statements are left out, so the rest can follow. */
  onRefused?: (count: number) => void;
  /** Waits before trying again (ms); for tests. */
  retryAfter?: (attempt: number) => number;
}

interface Waiting {
  statement: unknown;
  sent: () => void;
}

export class Outbox {
  private readonly waiting: Waiting[] = [];
  /** How many of the waiting statements are in the request under way (they lead the queue). */
  private inFlight = 0;
  private retrying = false;
  private closed = false;
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: OutboxOptions) {}

  /** Resolves once the statement is stored (never rejects: a failed send is tried again). */
  send(statement: unknown): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((sent) => {
      this.waiting.push({ statement, sent });
      void this.pump();
    });
  }

  /** Sends what is left and the last statement now, in one request that outlives the page. */
  close(last: unknown): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.timer);
    // Those in the request under way are on their way already: sending them twice could make the LRS
    // refuse the whole batch, terminated with it, if it read the two as different statements.
    const batch = [...this.waiting.slice(this.inFlight).map((item) => item.statement), last];
    this.waiting.length = 0;
    void this.options.post(batch, { keepalive: true }).catch(() => {
      // The page is going; the LMS marks a session that never terminated as abandoned (9.3.6).
    });
  }

  /** Statements still to send. */
  get pending(): number {
    return this.waiting.length;
  }

  private async pump(): Promise<void> {
    if (this.inFlight || this.retrying || this.closed || !this.waiting.length) return;
    const batch = this.waiting.slice();
    this.inFlight = batch.length;
    try {
      await this.options.post(
        batch.map((item) => item.statement),
        { keepalive: false },
      );
      this.waiting.splice(0, batch.length);
      for (const item of batch) item.sent();
      if (this.failures) this.options.onTrouble?.(false);
      this.failures = 0;
      this.inFlight = 0;
      void this.pump();
    } catch (error) {
      if (error instanceof Refused) {
        this.waiting.splice(0, batch.length);
        for (const item of batch) item.sent();
        this.inFlight = 0;
        this.options.onRefused?.(batch.length);
        void this.pump();
        return;
      }
      this.failures += 1;
      this.inFlight = 0;
      this.retrying = true;
      this.options.onTrouble?.(true);
      const wait = (this.options.retryAfter ?? defaultRetry)(this.failures);
      this.timer = setTimeout(() => {
        this.retrying = false;
        void this.pump();
      }, wait);
    }
  }
}

/** 2 s, 4 s, 8 s… up to a minute. */
function defaultRetry(attempt: number): number {
  return Math.min(60_000, 1000 * 2 ** attempt);
}
