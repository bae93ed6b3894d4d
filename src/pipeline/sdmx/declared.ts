/** The repository's own DSD in the export's terms: its components, codelists and concept schemes as it maintains them. */
import type { Dsd, DsdComponent } from '../inputs/sdmx-dsd.ts';
import type { ArtefactRef, Names, SdmxCodelist, SdmxComponent, SdmxConceptScheme, SdmxDsd } from './model.ts';

const refOf = (dsd: Dsd): ArtefactRef => ({ agency: dsd.agency, id: dsd.id, version: dsd.version });

/** Names as written in the DSD; '' (no xml:lang) is read as the site's default language. */
function named(names: Names | undefined, fallback: string, defaultLanguage: string): Names {
  const out: Names = new Map();
  for (const [lang, text] of names ?? []) out.set(lang || defaultLanguage, text);
  if (out.size === 0) out.set(defaultLanguage, fallback);
  return out;
}

/** The concept scheme a component's concept is in; a DSD that does not say is given its own agency's SDG_CONCEPTS. */
const schemeOf = (dsd: Dsd, c: DsdComponent): ArtefactRef =>
  c.conceptRef ? { agency: c.conceptRef.agency || dsd.agency, id: c.conceptRef.id, version: c.conceptRef.version } : { agency: dsd.agency, id: 'SDG_CONCEPTS', version: '1.0' };

export function declaredComponent(dsd: Dsd, c: DsdComponent): SdmxComponent {
  const role = c.kind === 'attribute' ? 'attribute' : c.kind === 'time' ? 'time' : c.kind === 'measure' ? 'measure' : 'dimension';
  return {
    id: c.id,
    role,
    concept: c.concept,
    conceptScheme: schemeOf(dsd, c),
    ...(c.codelist ? { codelist: { agency: c.codelistRef?.agency || dsd.agency, id: c.codelist, version: c.codelistRef?.version ?? '1.0' } } : {}),
    ...(role === 'attribute' ? { assignment: c.assignment ?? 'Conditional', attachment: c.attachment ?? 'observation' } : {}),
  };
}

/** The measure of a DSD: its PrimaryMeasure, else OBS_VALUE in the scheme of its time dimension. */
export function declaredMeasure(dsd: Dsd): SdmxComponent {
  const time = dsd.dimensions.find((d) => d.kind === 'time');
  return declaredComponent(dsd, dsd.measure ?? { id: 'OBS_VALUE', kind: 'measure', concept: 'OBS_VALUE', ...(time?.conceptRef ? { conceptRef: time.conceptRef } : {}) });
}

/** The DSD as the structure messages write it again (from what was read, every text escaped on the way out). */
export function declaredStructures(dsd: Dsd, defaultLanguage: string): { dsd: SdmxDsd; codelists: SdmxCodelist[]; conceptSchemes: SdmxConceptScheme[] } {
  const components = [...dsd.dimensions.filter((d) => d.kind !== 'time'), ...dsd.dimensions.filter((d) => d.kind === 'time')].map((c) => declaredComponent(dsd, c));
  components.push(declaredMeasure(dsd), ...dsd.attributes.map((c) => declaredComponent(dsd, c)));
  const codelists: SdmxCodelist[] = [];
  for (const c of components) {
    if (!c.codelist || codelists.some((l) => l.ref.id === c.codelist!.id)) continue;
    const codes = dsd.codelists.get(c.codelist.id);
    if (!codes) continue; // maintained elsewhere: cited, not held
    const info = dsd.maintained.get(c.codelist.id);
    codelists.push({
      ref: c.codelist,
      names: named(info?.names, c.codelist.id, defaultLanguage),
      codes: new Map([...codes].map(([code, names]) => [code, named(names, code, defaultLanguage)])),
    });
  }
  const conceptSchemes: SdmxConceptScheme[] = [];
  for (const c of components) {
    let scheme = conceptSchemes.find((s) => s.ref.id === c.conceptScheme.id && s.ref.agency === c.conceptScheme.agency);
    if (!scheme) {
      scheme = { ref: c.conceptScheme, names: named(dsd.maintained.get(c.conceptScheme.id)?.names, c.conceptScheme.id, defaultLanguage), concepts: new Map() };
      conceptSchemes.push(scheme);
    }
    if (!scheme.concepts.has(c.concept)) scheme.concepts.set(c.concept, named(dsd.concepts.get(c.concept), c.concept, defaultLanguage));
  }
  return { dsd: { ref: refOf(dsd), names: named(undefined, dsd.id, defaultLanguage), components }, codelists, conceptSchemes };
}
