/**
 * The only chart code a page loads up front (a few hundred bytes): it shows the "Explore the data" button and
 * imports the explorer (Plot, d3 pieces, controls) on the first press — or at once when the URL names a view.
 * Pointing at the button, touching it or tabbing to it starts fetching the code and the data (the explorer's index
 * and the default view's chunk, see explorer-source.ts), so a press finds them on their way (the press itself is what a phone on a slow network waits for).
 */
import '../../i18n/client.ts';
import { hasSelectionQuery } from '../selection-query.ts';

for (const root of document.querySelectorAll<HTMLElement>('[data-chart-explorer]')) {
  const button = root.querySelector<HTMLButtonElement>('[data-explore]');
  const status = root.querySelector<HTMLElement>('[data-explorer-live]');
  if (!button) continue;
  let started = false;
  let code: Promise<typeof import('./explorer.ts')> | undefined;
  let data: Promise<import('./explorer-source.ts').ExplorerSource> | undefined;
  const warm = () => {
    code ??= import('./explorer.ts');
    // The index, then the default view's chunk (the chart's defaults are in the page).
    data ??= import('./explorer-source.ts').then((m) => {
      const config = JSON.parse(root.querySelector('[data-chart-config]')?.textContent ?? '{}') as { defaults?: { series?: string; unit?: string } };
      return m.openExplorerSource(root.dataset['json']!, config.defaults);
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
      .then(([m, source]) => m.startExplorer(root, fromButton, source))
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
