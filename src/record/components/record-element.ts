/**
 * What the learning-record custom elements share: they follow the page's record view (one live query
 * for the whole page, src/record/view.ts) while connected, and find their parts, which the Astro
 * component renders, by data-part.
 */
import { getRecordView, type RecordView } from '../view';

export abstract class RecordElement extends HTMLElement {
  private unsubscribe: (() => void) | null = null;

  connectedCallback() {
    const store = getRecordView();
    this.unsubscribe = store.subscribe(() => this.show(store.getSnapshot()));
    this.show(store.getSnapshot());
  }

  disconnectedCallback() {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /** Called with the record view now and after every change to the record. */
  protected abstract show(view: RecordView): void;

  protected findPart<T extends HTMLElement = HTMLElement>(name: string): T {
    const found = this.querySelector<T>(`[data-part="${name}"]`);
    if (!found) throw new Error(`<${this.localName}> is missing its ${name}`);
    return found;
  }
}
