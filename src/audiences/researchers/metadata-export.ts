/** Metadata as files: JSON with labels and the raw resolved metadata; CSV with one labelled field a row. */
import type { Indicator, MetaField } from '../../schemas/model.ts';
import { writeCsv } from '../../pipeline/write-csv.ts';

const field = (f: MetaField) => ({ key: f.key, label: f.label, value: f.text });

export function metadataJson(ind: Indicator) {
  return {
    id: ind.id,
    number: ind.number,
    title: { global: ind.globalTitle, ...(ind.nationalTitle ? { national: ind.nationalTitle } : {}) },
    reportingStatus: ind.status,
    fields: ind.fields.map(field),
    sources: ind.sources.map((s) => ({ n: s.n, organisation: s.organisation ?? null, url: s.url ?? null, fields: s.fields.map(field) })),
    metadata: ind.meta,
  };
}

export function metadataCsv(ind: Indicator): string {
  const rows = [
    ...ind.fields.map((f) => ['', f.key, f.label, f.text]),
    ...ind.sources.flatMap((s) => s.fields.map((f) => [String(s.n), f.key, f.label, f.text])),
  ];
  return writeCsv(['source', 'key', 'label', 'value'], rows);
}
