/** A zoomed view of the map: a box around some areas, in the map's proportions (shared by the build and the browser). */
export type Box = [number, number, number, number];

const r1 = (n: number) => Math.round(n * 10) / 10;

/** A viewBox around `box` ([x0, y0, x1, y1]) with a margin, widened to the map's proportions and kept inside the map. */
export function fitViewBox(box: Box, width: number, height: number, margin = 0.08): string {
  let w = (box[2] - box[0]) * (1 + 2 * margin) || 1;
  let h = (box[3] - box[1]) * (1 + 2 * margin) || 1;
  const aspect = width / height;
  if (w / h < aspect) w = h * aspect;
  else h = w / aspect;
  w = Math.min(w, width);
  h = Math.min(h, height);
  const x = Math.min(Math.max(0, (box[0] + box[2]) / 2 - w / 2), width - w);
  const y = Math.min(Math.max(0, (box[1] + box[3]) / 2 - h / 2), height - h);
  return [x, y, w, h].map(r1).join(' ');
}
