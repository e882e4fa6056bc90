/**
 * What a view is: it renders into `root`; `params` are the hash's query, `rest` the path after
 * the view name (e.g. the article id of #/article/ID); `signal` is aborted when a newer navigation
 * starts (the render is stale then: its container is no longer shown, and it must not write the URL).
 *
 * @example
 * export const myView: View = async (root) => { root.append(h('h2', {}, 'Hello')); };
 */
export type View = (root: HTMLElement, params: URLSearchParams, rest: string, signal: AbortSignal) => Promise<void>;

/**
 * Sets the hash query of the current view without re-rendering it (shareable filter state). A
 * changed query is a new history entry, so Back returns to the previous filters (the router
 * renders them again on hashchange). A view passes its render's `signal`: a stale render (a newer
 * navigation has started) writes nothing, else it would push its URL over the newer one's.
 */
export function setHashQuery(view: string, q: Record<string, string>, signal: AbortSignal): void {
  if (signal.aborted) return;
  const sp = new URLSearchParams(Object.entries(q).filter(([, v]) => v !== ''));
  const s = sp.toString();
  const next = `#/${view}${s ? `?${s}` : ''}`;
  if (location.hash === next) return;
  if (location.hash === `#/${view}` || location.hash === '' || location.hash === '#/') history.replaceState(null, '', next);
  else history.pushState(null, '', next);
  // no hashchange follows a pushState: the header (export links) hears of the new state this way
  window.dispatchEvent(new Event('lagebild:state'));
}

/** Goes to a view with a query (a new history entry, so Back returns here). */
export function navigate(view: string, q: Record<string, string> = {}): void {
  const sp = new URLSearchParams(Object.entries(q).filter(([, v]) => v !== ''));
  const s = sp.toString();
  location.hash = `#/${view}${s ? `?${s}` : ''}`;
}
