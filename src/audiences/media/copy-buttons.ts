/** Adds a "Copy" button after each `[data-copy]` block (the text stays selectable without JavaScript). */
for (const block of document.querySelectorAll<HTMLElement>('[data-copy]')) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  const label = block.dataset['copy'] ?? 'Copy';
  button.textContent = label;
  button.setAttribute('aria-label', `${label}: ${block.dataset['copyName'] ?? ''}`.trim());
  button.addEventListener('click', async () => {
    await navigator.clipboard?.writeText(block.textContent ?? '');
    button.textContent = block.dataset['copied'] ?? label;
  });
  block.after(button);
}
