/**
 * `TranslationInputSdmx`: labels from a DSD's concept names and codelists, in every language it carries
 * (`SEX.F` → Female / Женщины). A DSD named by URL is never fetched: a file of the same name in the repository
 * stands in for it, else one warning.
 */
import type { TranslationReader } from '../translation-sources.ts';
import { readDsd } from './sdmx-dsd.ts';
import { localPath, read } from './sdmx-ml.ts';
import { dsdTranslations } from './sdmx-tables.ts';

export const readSdmxTranslations: TranslationReader = (entry, ctx) => {
  if (!entry.source) {
    ctx.problems.warning(entry.where.file, entry.where.line, 'TranslationInputSdmx has no "source": expected the path of a DSD.', 'Set source to the DSD file, e.g. SDG_DSD.xml.');
    return new Map();
  }
  const base = entry.source.replace(/[?#].*$/, '').split('/').filter(Boolean).pop() ?? '';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry.source) && !/\.xml$/i.test(base)) {
    // A registry query (…/datastructure/IAEG-SDGs/SDG/latest/?format=…) names no file to look for.
    ctx.problems.warning(entry.where.file, entry.where.line, `TranslationInputSdmx: the DSD at ${entry.source} is not fetched (the build reads nothing from the web); its code labels come from the repository's own translations.`,
      'To use the DSD\'s labels, save it in the repository (e.g. SDG_DSD.xml) and set source to that file.');
    return new Map();
  }
  const path = localPath(ctx, 'source', entry.source, entry.where);
  const text = path === undefined ? undefined : read(ctx, path);
  const dsd = path === undefined || text === undefined ? undefined : readDsd(text, path, ctx.problems);
  return dsd ? dsdTranslations(dsd, new Map()) : new Map();
};
