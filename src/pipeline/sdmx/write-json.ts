/**
 * SDMX-JSON 2.0 data messages: the structure of the dataflow (every dimension, the measure and the attributes with
 * the values used, named in every language) and its observations keyed by value positions, all dimensions at
 * observation level. What JavaScript SDMX clients read.
 */
import { refText, urnOf, type Names, type SdmxExport, type SdmxFlow } from './model.ts';

const SCHEMA = 'https://raw.githubusercontent.com/sdmx-twg/sdmx-json/master/data-message/tools/schemas/2.0.0/sdmx-json-data-schema.json';

/** Where the observations go in the message text (the last thing in it, so text from data cannot be taken for it). */
const OBSERVATIONS = '@@observations@@';
const record = (names: Names) => Object.fromEntries(names);
const first = (names: Names | undefined, fallback: string) => names?.values().next().value ?? fallback;

interface JsonValue {
  id: string;
  name: string;
  names: Record<string, string>;
}

export function sdmxJson(flow: SdmxFlow, exp: SdmxExport, prepared: string): string {
  const concepts = new Map<string, Names>();
  for (const s of exp.conceptSchemes) for (const [id, names] of s.concepts) if (!concepts.has(id)) concepts.set(id, names);
  const codelists = new Map(exp.codelists.map((l) => [l.ref.id, l]));
  // Values of each component in order of first use, and each row's positions into them.
  const values = flow.components.map(() => new Map<string, number>());
  const keyed = flow.components.map((c) => c.role === 'dimension' || c.role === 'time');
  const measure = flow.components.findIndex((c) => c.role === 'measure');
  // Written as text: 100 000 observations as one object's keys is slow to build and to stringify.
  const observations: string[] = [];
  const n = flow.components.length;
  for (const row of flow.rows) {
    let key = '';
    let attributes = '';
    for (let i = 0; i < n; i++) {
      if (i === measure) continue;
      const cell = row[i];
      const text = cell === null || cell === undefined ? '' : String(cell);
      if (!keyed[i] && text === '') {
        attributes += ',null';
        continue;
      }
      const seen = values[i]!;
      let at = seen.get(text);
      if (at === undefined) {
        at = seen.size;
        seen.set(text, at);
      }
      if (keyed[i]) key += key === '' ? `${at}` : `:${at}`;
      else attributes += `,${at}`;
    }
    const value = row[measure];
    observations.push(`"${key}":[${typeof value === 'number' && Number.isFinite(value) ? String(value) : 'null'}${attributes}]`);
  }
  const component = (i: number) => {
    const c = flow.components[i]!;
    const names = concepts.get(c.concept) ?? new Map([[exp.languages[0] ?? 'en', c.id]]);
    // A component left uncoded (some of its values are not code ids) still names the codes it has (_T: Total).
    const codes = codelists.get(c.codelist?.id ?? `CL_${c.concept}`)?.codes;
    const vals: JsonValue[] = [...values[i]!.keys()].map((id) => {
      const codeNames = codes?.get(id) ?? new Map([[exp.languages[0] ?? 'en', id]]);
      return { id, name: first(codeNames, id), names: record(codeNames) };
    });
    return { id: c.id, name: first(names, c.id), names: record(names), values: vals };
  };
  const dims = flow.components.flatMap((_, i) => (keyed[i] ? [i] : []));
  const attrs = flow.components.flatMap((_, i) => (!keyed[i] && i !== measure ? [i] : []));
  const message = {
    meta: {
      schema: SCHEMA,
      id: `IREF_${flow.ref.id}`,
      test: false,
      prepared,
      contentLanguages: exp.languages,
      sender: { id: exp.agency },
    },
    data: {
      structures: [{
        structure: urnOf('DataStructure', flow.dsd),
        name: first(flow.names, flow.ref.id),
        names: record(flow.names),
        dimensions: {
          dataSet: [],
          series: [],
          observation: dims.map((i, keyPosition) => ({
            ...component(i),
            keyPosition,
            ...(flow.components[i]!.role === 'time' ? { roles: ['TIME_PERIOD'] } : flow.components[i]!.id === 'REF_AREA' ? { roles: ['REF_AREA'] } : {}),
          })),
        },
        measures: { observation: [{ ...component(measure), values: [] }] },
        attributes: {
          dataSet: [],
          series: [],
          observation: attrs.map((i) => ({ ...component(i), relationship: { observation: {} } })),
        },
        annotations: [{ id: 'dataflow', title: refText(flow.ref), type: 'DATAFLOW' }],
      }],
      dataSets: [{ structure: 0, action: 'Information', observations: OBSERVATIONS }],
    },
  };
  const text = JSON.stringify(message);
  const at = text.lastIndexOf(`"${OBSERVATIONS}"`);
  return `${text.slice(0, at)}{${observations.join(',')}}${text.slice(at + OBSERVATIONS.length + 2)}`;
}
