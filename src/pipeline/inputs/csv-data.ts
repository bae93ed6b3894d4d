/** `InputCsvData`: one CSV per indicator (`data/indicator_1-2-1.csv`), the Open SDG data format. */
import { isIndicatorId } from '../ids.ts';
import { parseCsvOnce } from '../reading-cache.ts';
import { idFromPath, matchFiles } from './paths.ts';
import type { InputReader } from './types.ts';

export const readCsvData: InputReader = async (options, ctx) => {
  const pattern = typeof options['path_pattern'] === 'string' ? options['path_pattern'] : 'data/*-*.csv';
  const data = matchFiles(ctx, pattern).flatMap((file) => {
    const id = idFromPath(file);
    if (!isIndicatorId(id)) {
      ctx.problems.warning(file, 1, `"${id}" is not an indicator id (goal-target-indicator such as 1-2-1, or a national id such as 2-1-2-1); the file is not read.`,
        'Rename it after the indicator it holds, e.g. indicator_1-2-1.csv, or move it out of the data folder.');
      return [];
    }
    return [{ id, file, table: parseCsvOnce(ctx.fx.read(`${ctx.root}/${file}`), file, ctx.problems) }];
  });
  return { data, meta: [] };
};
