/**
 * The only chart code a page loads up front (a few hundred bytes): it shows the "Explore the data" button and
 * imports the explorer (Plot, d3 pieces, controls) on the first press — or at once when the URL names a view.
 */
import '../../i18n/client.ts';
import { hasSelectionQuery } from '../selection-query.ts';

for (const root of document.querySelectorAll<HTMLElement>('[data-chart-explorer]')) {
  const button = root.querySelector<HTMLButtonElement>('[data-explore]');
  const status = root.querySelector<HTMLElement>('[data-explorer-live]');
  if (!button) continue;
  let started = false;
  const start = (fromButton: boolean) => {
    if (started) return;
    started = true;
    button.disabled = true;
    if (status) status.textContent = root.dataset['loading'] ?? '';
    import('./explorer.ts')
      .then((m) => m.startExplorer(root, fromButton))
      .catch((error: unknown) => {
        console.error(error);
        button.hidden = true;
        if (status) status.textContent = root.dataset['failed'] ?? '';
      });
  };
  button.hidden = false;
  button.addEventListener('click', () => start(true));
  if (hasSelectionQuery(location.search)) start(false);
}
