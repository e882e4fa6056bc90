/**
 * What a view is: it renders into `root`; `params` are the hash's query, `rest` the path after
 * the view name (e.g. the article id of #/article/ID).
 *
 * @example
 * export const myView: View = async (root) => { root.append(h('h2', {}, 'Hello')); };
 */
export type View = (root: HTMLElement, params: URLSearchParams, rest: string) => Promise<void>;

/**
 * Sets the hash query of the current view without re-rendering it (shareable filter state). A
 * changed query is a new history entry, so Back returns to the previous filters (the router
 * renders them again on hashchange).
 */
export function setHashQuery(view: string, q: Record<string, string>): void {
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
