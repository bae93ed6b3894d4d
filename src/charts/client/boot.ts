/**
 * The only chart code a page loads up front (a few hundred bytes): it shows the "Explore the data" button and
 * imports the explorer (Plot, d3 pieces, controls) on the first press — or at once when the URL names a view.
 * Pointing at the button, touching it or tabbing to it starts fetching the code and the data, so a press finds
 * them on their way (the press itself is what a phone on a slow network waits for).
 */
import '../../i18n/client.ts';
import { hasSelectionQuery } from '../selection-query.ts';

for (const root of document.querySelectorAll<HTMLElement>('[data-chart-explorer]')) {
  const button = root.querySelector<HTMLButtonElement>('[data-explore]');
  const status = root.querySelector<HTMLElement>('[data-explorer-live]');
  if (!button) continue;
  let started = false;
  let code: Promise<typeof import('./explorer.ts')> | undefined;
  let data: Promise<unknown> | undefined;
  const warm = () => {
    code ??= import('./explorer.ts');
    data ??= fetch(root.dataset['json']!).then((r) => {
      if (!r.ok) throw new Error(`${r.status}`);
      return r.json() as Promise<unknown>;
    });
    // Errors wait for the press that needs them.
    code.catch(() => undefined);
    data.catch(() => undefined);
  };
  const start = (fromButton: boolean) => {
    if (started) return;
    started = true;
    button.disabled = true;
    if (status) status.textContent = root.dataset['loading'] ?? '';
    warm();
    Promise.all([code!, data!])
      .then(([m, json]) => m.startExplorer(root, fromButton, json))
      .catch((error: unknown) => {
        console.error(error);
        button.hidden = true;
        if (status) status.textContent = root.dataset['failed'] ?? '';
      });
  };
  button.hidden = false;
  button.addEventListener('click', () => start(true));
  for (const type of ['pointerenter', 'touchstart', 'focus']) button.addEventListener(type, warm, { once: true, passive: true });
  if (hasSelectionQuery(location.search)) start(false);
}
