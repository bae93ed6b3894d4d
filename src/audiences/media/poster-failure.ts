/** A chart image the build could not draw, as a located problem (the build reports it and stops). */
import { basename } from 'node:path';
import { formatProblem } from '../../pipeline/problems.ts';

/** Posters are named `<id>-<w>x<h>.svg`: a failure names the indicator and its metadata file. */
export function posterFailure(svg: string, reason: string): string {
  const id = basename(svg).replace(/-\d+x\d+\.svg$/, '');
  return formatProblem({
    severity: 'error', file: `downloads/charts/${basename(svg)}`, line: 1,
    message: `The chart image of indicator ${id.replace(/-/g, '.')} could not be drawn: ${reason}.`,
    hint: 'Check the text of its chart title, units and series in the metadata for unusual characters; report the problem if the title is plain.',
  });
}
