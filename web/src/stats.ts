/**
 * The corpus counts in the page header.
 *
 * @example
 * await refreshStats();
 */
import { api } from './api.js';

/** Updates the counts in the header. */
export async function refreshStats(): Promise<void> {
  const el = document.getElementById('stats');
  if (!el) return;
  try {
    const s = await api.stats();
    el.textContent = `${s.articles} articles · ${s.events} events · ${s.quotes} quotes`;
  } catch {
    el.textContent = 'API not reachable';
  }
}
