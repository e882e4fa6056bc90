/**
 * The corpus counts in the page header.
 *
 * @example
 * await refreshStats();
 */
import { api } from './api.js';
import { t } from './i18n.js';

/** Updates the counts in the header. */
export async function refreshStats(): Promise<void> {
  const el = document.getElementById('stats');
  if (!el) return;
  try {
    const s = await api.stats();
    el.textContent = `${t('{n} articles', { n: s.articles })} · ${t('{n} events', { n: s.events })} · ${t('{n} quotes', { n: s.quotes })}`;
  } catch {
    el.textContent = t('API not reachable');
  }
}
