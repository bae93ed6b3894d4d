/**
 * The whole site as SDMX, made once with the model (so `npm run validate` reports what the downloads would lose):
 * a dataflow per indicator with data, structured by the repository's DSD where it declares one, else by a DSD
 * generated from the columns and codes that indicator uses, with site-wide codelists (`CL_SEX`) and concepts.
 */
import { CATALOG, UI_LANGUAGES } from '../../i18n/catalog.ts';
import type { Indicator, SiteModel } from '../../schemas/model.ts';
import { columnLabel, valueLabel, type Lookup } from '../labels.ts';
import { contentChain, translationsFor } from '../languages.ts';
import type { ProblemList } from '../problems.ts';
import type { RawRepository } from '../read-repository.ts';
import { FREE_TEXT, planColumns, type ColumnPlan } from './columns.ts';
import { declaredComponent, declaredMeasure, declaredStructures } from './declared.ts';
import { indicatorRows, type CodeSource } from './export.ts';
import type { ArtefactRef, Names, SdmxCodelist, SdmxComponent, SdmxConceptScheme, SdmxDsd, SdmxExport, SdmxFlow } from './model.ts';

const VERSION = '1.0';
const quoteList = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** "Total" for `_T`, in the interface's languages (the explorer's own word), English elsewhere. */
function totalName(lang: string): string {
  const ui = (UI_LANGUAGES as readonly string[]).includes(lang) ? CATALOG[lang as (typeof UI_LANGUAGES)[number]] : CATALOG.en;
  return ui['charts.total'];
}

interface Labels {
  languages: string[];
  lookups: Lookup[];
}

const namesOf = (labels: Labels, text: (lookup: Lookup, lang: string) => string): Names =>
  new Map(labels.languages.map((lang, i) => [lang, text(labels.lookups[i]!, lang)]));

function reportColumns(file: string, unmapped: ColumnPlan[], clashes: ReturnType<typeof planColumns>['clashes'], columnFile: string | undefined, problems: ProblemList): void {
  if (unmapped.length > 0) {
    const many = unmapped.length > 1;
    const where = columnFile ?? 'column_mapping.csv (the repository has none)';
    problems.warning(file, 1, `SDMX: ${many ? 'columns' : 'column'} ${quoteList(unmapped.map((p) => p.source))} ${many ? 'have' : 'has'} no SDMX concept in ${where}; exported as ${quoteList(unmapped.map((p) => p.id))}.`,
      `Map ${many ? 'them' : 'it'} to SDMX concepts in ${columnFile ?? 'a column_mapping.csv at the repository root (header Text,Value)'}, one line per column such as "${unmapped[0]!.source},<CONCEPT>".`,
      'SDMX: columns with no SDMX concept, exported under their own names');
  }
  for (const c of clashes) {
    problems.warning(file, 1, `SDMX: column "${c.source}" maps to ${c.concept}, as column "${c.first}" does; exported as "${c.id}".`,
      `Map one of the two columns to another concept in ${columnFile ?? 'column_mapping.csv'}.`, 'SDMX: columns mapped to a concept another column has');
  }
}

/** The indicators that are dataflows: those with a page and observations (every language links the same files). */
export const hasSdmxFlow = (ind: Indicator): boolean => !ind.placeholderHtml && (ind.rawData ?? ind.data ?? { observations: [] }).observations.length > 0;

export function exportSdmx(raw: RawRepository, models: readonly SiteModel[], problems: ProblemList): SdmxExport {
  const { sdmx, config } = raw;
  const site = models[0]!;
  const agency = sdmx.agency;
  const declared = sdmx.declared?.dsd;
  const defaultLanguage = site.languages[0] ?? 'en';
  const languages = models.map((m) => m.lang);
  const labels: Labels = {
    languages,
    lookups: languages.map((lang) => {
      const t = translationsFor(raw.translations, contentChain(lang, defaultLanguage, raw.portal.languages.fallback));
      return (key: string) => t.get(key);
    }),
  };
  const byLang = models.map((m) => new Map(m.indicators.map((i) => [i.id, i])));
  const own: ArtefactRef = { agency, id: 'CONCEPTS', version: VERSION };
  const concepts = new Map<string, Names>();
  const codelists = new Map<string, SdmxCodelist>();
  const dsds: SdmxDsd[] = [];
  const flows: SdmxFlow[] = [];
  const declaredParts = declared ? declaredStructures(declared, defaultLanguage) : undefined;
  // A repository that maps its data to SDMX (mapping files or a DSD) is told what the mapping misses; one that
  // does not gets its columns under their own names, without a warning per file.
  const mapped = !!(sdmx.mapping.columnFile || sdmx.mapping.codeFile || declared);

  const conceptName = (p: ColumnPlan) => namesOf(labels, (lookup) =>
    p.source === 'Year' ? columnLabel('Year', lookup) : p.ownName ? columnLabel(p.source, lookup) : lookup(`${p.concept}.${p.concept}`) ?? columnLabel(p.source, lookup));
  const codeName = (code: string, from: CodeSource) => namesOf(labels, (lookup, lang) =>
    code === '_T' && from.value === '' ? totalName(lang) : from.value === '' ? code : valueLabel(from.column, from.value, lookup));

  const indicators = site.indicators.filter(hasSdmxFlow);
  for (const ind of indicators) {
    const data = (ind.rawData ?? ind.data)!;
    const { plans, unmapped, clashes } = planColumns(data, config, sdmx.mapping, declared);
    if (mapped) reportColumns(data.file, unmapped, clashes, sdmx.mapping.columnFile, problems);
    const withMeasure = [...plans.filter((p) => p.role === 'dimension' || p.role === 'time'),
      { source: 'Value', id: declared?.measure?.id ?? 'OBS_VALUE', role: 'measure', concept: 'OBS_VALUE', ownName: false, expectsCodes: false, get: () => '' } as ColumnPlan,
      ...plans.filter((p) => p.role === 'attribute')];
    const { rows, codes, codable } = indicatorRows(data, withMeasure, {
      mapping: sdmx.mapping, refArea: sdmx.refArea, problems, checkCodes: mapped,
      ...(declared ? { dsd: declared, dsdFile: declared.file } : {}),
    });

    const components: SdmxComponent[] = withMeasure.map((p, i) => {
      if (p.dsd && declared) return declaredComponent(declared, p.dsd);
      if (p.role === 'measure' && declared) return declaredMeasure(declared);
      if (!concepts.has(p.concept)) concepts.set(p.concept, conceptName(p));
      const coded = p.role !== 'time' && p.role !== 'measure' && !p.ownName && !FREE_TEXT.has(p.concept) && codable[i]! && codes[i]!.size > 0;
      if (coded) {
        const id = `CL_${p.concept}`;
        const list = codelists.get(id) ?? { ref: { agency, id, version: VERSION }, names: concepts.get(p.concept)!, codes: new Map<string, Names>() };
        codelists.set(id, list);
        for (const [code, from] of codes[i]!) if (!list.codes.has(code)) list.codes.set(code, codeName(code, from));
      }
      return {
        id: p.id, role: p.role, concept: p.concept, conceptScheme: own,
        ...(coded ? { codelist: { agency, id: `CL_${p.concept}`, version: VERSION } } : {}),
        ...(p.role === 'attribute' ? { assignment: 'Conditional', attachment: 'observation' as const } : {}),
      };
    });
    const names = namesOf(labels, (_, lang) => {
      const own: Indicator = byLang[languages.indexOf(lang)]?.get(ind.id) ?? ind;
      return `${own.number} ${own.nationalTitle ?? own.globalTitle}`;
    });
    const ref: ArtefactRef = { agency, id: ind.id, version: VERSION };
    let dsd: ArtefactRef;
    if (declaredParts) dsd = declaredParts.dsd.ref;
    else {
      dsd = { agency, id: `DSD_${ind.id}`, version: VERSION };
      dsds.push({ ref: dsd, names, components });
    }
    flows.push({ ref, indicator: ind.id, names, dsd, components, rows });
  }

  const schemes: SdmxConceptScheme[] = declaredParts ? [...declaredParts.conceptSchemes] : [];
  if (concepts.size > 0) schemes.push({ ref: own, names: new Map(languages.map((l) => [l, `${agency} SDG concepts`])), concepts });
  return {
    agency,
    languages,
    flows,
    dsds: declaredParts ? [declaredParts.dsd] : dsds,
    codelists: [...(declaredParts?.codelists ?? []), ...codelists.values()],
    conceptSchemes: schemes,
    declaredDsd: !!declaredParts,
    mapped,
  };
}
