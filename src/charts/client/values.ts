/**
 * Values under the pointer, the finger and the keyboard, on every chart (drawn at build time or by the
 * explorer): hovering or tapping near a point shows its year, value, unit and line; the chart takes focus and
 * the arrow keys walk along it (← → through time, ↑ ↓ between lines); a live region reads each value out.
 * A few hundred bytes, loaded with the page; it reads the words each mark carries in `data-tip`.
 */
interface Mark { el: Element; tip: string; x: number; y: number }

function marks(box: HTMLElement): Mark[] {
  // The visible drawing only (a page carries a phone and a desktop drawing; one is hidden).
  const svg = [...box.querySelectorAll<SVGSVGElement>('svg[role="img"]')].find((s) => s.getClientRects().length > 0);
  if (!svg) return [];
  return [...svg.querySelectorAll('[data-tip]')].map((el) => {
    const r = el.getBoundingClientRect();
    return { el, tip: el.getAttribute('data-tip') ?? '', x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }).sort((a, b) => a.x - b.x || a.y - b.y);
}

for (const box of document.querySelectorAll<HTMLElement>('[data-chart-values]')) {
  const tip = box.querySelector<HTMLElement>('[data-chart-tip]')!;
  const live = box.querySelector<HTMLElement>('[data-chart-tip-live]')!;
  let current: Element | undefined;
  let index = -1;
  const show = (m: Mark | undefined, announce: boolean) => {
    current?.classList.remove('is-current');
    current = m?.el;
    if (!m) {
      tip.hidden = true;
      return;
    }
    m.el.classList.add('is-current');
    tip.textContent = m.tip;
    tip.hidden = false;
    const area = box.getBoundingClientRect();
    const left = Math.min(Math.max(m.x - area.left - tip.offsetWidth / 2, 0), area.width - tip.offsetWidth);
    tip.style.insetInlineStart = '';
    tip.style.left = `${left}px`;
    tip.style.top = `${Math.max(m.y - area.top - tip.offsetHeight - 12, 0)}px`;
    if (announce) live.textContent = m.tip;
  };
  const nearest = (clientX: number, clientY: number) => {
    const all = marks(box);
    let best: Mark | undefined;
    let bestDistance = Infinity;
    for (const m of all) {
      const d = Math.abs(m.x - clientX) * 4 + Math.abs(m.y - clientY);
      if (d < bestDistance) [best, bestDistance] = [m, d];
    }
    index = best ? all.indexOf(best) : -1;
    return best;
  };
  box.addEventListener('pointermove', (e) => show(nearest(e.clientX, e.clientY), false));
  box.addEventListener('pointerdown', (e) => show(nearest(e.clientX, e.clientY), true));
  box.addEventListener('pointerleave', (e) => { if (e.pointerType === 'mouse') show(undefined, false); });
  box.addEventListener('blur', () => show(undefined, false));
  box.addEventListener('keydown', (e) => {
    const all = marks(box);
    if (all.length === 0) return;
    const here = all[index];
    // The marks of the next (or previous) year: the one nearest in height, so a line is followed.
    const step = (dir: 1 | -1) => {
      if (!here) return dir === 1 ? 0 : all.length - 1;
      const xs = all.filter((m) => (dir === 1 ? m.x > here.x + 1 : m.x < here.x - 1)).map((m) => m.x);
      if (xs.length === 0) return index;
      const x = dir === 1 ? Math.min(...xs) : Math.max(...xs);
      const column = all.filter((m) => Math.abs(m.x - x) <= 1);
      const best = column.reduce((a, b) => (Math.abs(b.y - here.y) < Math.abs(a.y - here.y) ? b : a));
      return all.indexOf(best);
    };
    let next = index;
    if (e.key === 'ArrowRight') next = step(1);
    else if (e.key === 'ArrowLeft') next = step(-1);
    else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') next = here ? index + (e.key === 'ArrowDown' ? 1 : -1) : 0;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = all.length - 1;
    else if (e.key === 'Escape') return show(undefined, false);
    else return;
    e.preventDefault();
    if (next < 0 || next >= all.length) next = Math.min(Math.max(next, 0), all.length - 1);
    index = next;
    show(all[index], true);
  });
}
