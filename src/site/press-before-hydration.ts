/**
 * A press on an island's button before the island has hydrated would do nothing: the server-rendered
 * button has no handler yet, and the learner would have to press again. The page's capture script
 * (layout/PressBeforeHydration.astro) notes such a press on its island, and the island's component
 * takes it once as it wakes and acts on it, as if pressed then. Buttons opt in with REPLAY_ATTRIBUTE.
 * Framework-free: the capture script runs before React has loaded.
 */
export const REPLAY_ATTRIBUTE = 'data-replay-press';
/** dataset key on the <astro-island>: data-pressed-before-hydration. */
const PRESSED = 'pressedBeforeHydration';

/** Listens on the page for presses on opted-in buttons inside islands not yet hydrated (`ssr`). */
export function notePressesBeforeHydration(page: Document): void {
  page.addEventListener(
    'click',
    (event) => {
      const button =
        event.target instanceof Element ? event.target.closest(`[${REPLAY_ATTRIBUTE}]`) : null;
      const island = button?.closest<HTMLElement>('astro-island[ssr]');
      if (button && island) island.dataset[PRESSED] = button.getAttribute(REPLAY_ATTRIBUTE) ?? '';
    },
    true,
  );
}

/** The press noted on this element's island before it hydrated, once; null if there was none. */
export function takePressBeforeHydration(element: Element | null): string | null {
  const island = element?.closest<HTMLElement>('astro-island');
  const pressed = island?.dataset[PRESSED];
  if (!island || pressed === undefined) return null;
  delete island.dataset[PRESSED];
  return pressed;
}
