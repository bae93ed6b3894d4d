/**
 * Which SDMX component each column of an indicator's data becomes, as sdg-build's OutputSdmxMl renames them:
 * Year → TIME_PERIOD, Value → OBS_VALUE, the series column → SERIES, the unit column → UNIT_MEASURE (and
 * GeoCode → REF_AREA, Observation status → OBS_STATUS, Unit multiplier → UNIT_MULT), then the repository's
 * column_mapping.csv; a column already named like a concept (SEX) keeps its name; any other column is exported
 * under its own name, made a valid id.
 */
import { columnRoles, pick } from '../columns.ts';
import type { DataConfig } from '../config/data-config.ts';
import type { Dsd, DsdComponent } from '../inputs/sdmx-dsd.ts';
import type { IndicatorData, Observation } from '../../schemas/observation.ts';
import { componentIdOf, CONCEPT_LIKE } from './ids.ts';
import type { SdmxMapping } from './mapping.ts';
import type { Role } from './model.ts';

/** Concepts whose values are free text, never codes. */
export const FREE_TEXT = new Set(['COMMENT_OBS', 'COMMENT_TS', 'COMMENT_DSET', 'TIME_DETAIL', 'SOURCE_DETAIL', 'DATA_LAST_UPDATE', 'GEO_INFO_URL']);

/** What one column becomes. */
export interface ColumnPlan {
  /** The column in the source; for a DSD dimension the data do not have, its id. */
  source: string;
  id: string;
  role: Role;
  concept: string;
  /** True when no mapping names it: exported under its own name, never coded. */
  ownName: boolean;
  /** True when its values are expected to be codes the code mapping gives (a column of labels mapped to a concept). */
  expectsCodes: boolean;
  /** The DSD's component, where the repository declares a DSD that has it. */
  dsd?: DsdComponent;
  /** Its cell in an observation ('' when blank). */
  get: (o: Observation) => string;
}

export interface ColumnClash {
  source: string;
  concept: string;
  first: string;
  id: string;
}

const DEFAULT_CONCEPTS: Record<string, string> = {
  GeoCode: 'REF_AREA', 'Observation status': 'OBS_STATUS', 'Unit multiplier': 'UNIT_MULT',
};

/** The columns of one indicator's data, in SDMX order: dimensions, time, measure, attributes. */
export function planColumns(data: IndicatorData, config: DataConfig, mapping: SdmxMapping, dsd: Dsd | undefined): { plans: ColumnPlan[]; unmapped: ColumnPlan[]; clashes: ColumnClash[] } {
  const roles = columnRoles(config.indicatorOptions);
  const role = {
    geo: pick(data.columns, roles.geoCode),
    status: pick(data.columns, roles.status),
    mult: pick(data.columns, roles.unitMultiplier),
    comment: pick(data.columns, roles.comment),
  };
  const disaggregations = new Set(data.disaggregations);
  // Columns an SDMX input left out for holding one value (they are in each observation's `other`).
  const constants = new Set<string>();
  for (const o of data.observations) for (const k of Object.keys(o.other ?? {})) if (!data.columns.includes(k)) constants.add(k);
  const columns = [...data.columns, ...constants];

  const getter = (c: string): ((o: Observation) => string) => {
    if (c === 'Year') return (o) => o.year;
    if (c === data.seriesColumn) return (o) => o.series ?? '';
    if (c === data.unitColumn) return (o) => o.unit ?? '';
    if (c === role.geo) return (o) => o.geoCode ?? '';
    if (c === role.status) return (o) => o.status ?? '';
    if (c === role.mult) return (o) => o.unitMultiplier ?? '';
    if (c === role.comment) return (o) => o.comment ?? '';
    if (disaggregations.has(c)) return (o) => o.dims[c] ?? o.other?.[c] ?? '';
    return (o) => o.other?.[c] ?? '';
  };
  const fixed = (c: string): string | undefined =>
    c === 'Year' ? 'TIME_PERIOD' : c === 'Value' ? 'OBS_VALUE'
      : c === data.seriesColumn ? 'SERIES' : c === data.unitColumn ? 'UNIT_MEASURE'
        : DEFAULT_CONCEPTS[c] ?? (c === role.comment ? 'COMMENT_OBS' : undefined);

  const taken = new Map<string, string>();
  const plans: ColumnPlan[] = [];
  const unmapped: ColumnPlan[] = [];
  const clashes: ColumnClash[] = [];
  for (const c of columns) {
    if (!c || c === 'Value') continue;
    const named = mapping.columns.get(c) ?? fixed(c) ?? (CONCEPT_LIKE.test(c) ? c : undefined);
    let concept = named ?? componentIdOf(c);
    let ownName = named === undefined;
    let clash = false;
    if (taken.has(concept)) {
      const id = componentIdOf(c) === concept ? `${concept}_2` : componentIdOf(c);
      clashes.push({ source: c, concept, first: taken.get(concept)!, id });
      concept = id;
      ownName = clash = true;
    }
    taken.set(concept, c);
    const part = dsd?.dimensions.find((d) => d.id === concept) ?? dsd?.attributes.find((a) => a.id === concept);
    const kind: Role = c === 'Year' ? 'time'
      : part ? (part.kind === 'attribute' ? 'attribute' : part.kind === 'time' ? 'time' : 'dimension')
        : disaggregations.has(c) || c === data.seriesColumn || c === data.unitColumn || c === role.geo ? 'dimension' : 'attribute';
    const plan: ColumnPlan = {
      source: c, id: concept, role: kind, concept, ownName,
      expectsCodes: !ownName && !FREE_TEXT.has(concept) && c !== role.geo && (mapping.codes.has(concept) || c !== concept),
      ...(part ? { dsd: part } : {}),
      get: getter(c),
    };
    plans.push(plan);
    if (ownName && !clash) unmapped.push(plan);
  }
  // A declared DSD's dimensions the data do not have get their default code (a total, annual, national).
  for (const d of dsd?.dimensions ?? []) {
    if (d.kind === 'time' || plans.some((p) => p.id === d.id)) continue;
    plans.push({ source: d.id, id: d.id, role: 'dimension', concept: d.id, ownName: false, expectsCodes: false, dsd: d, get: () => '' });
  }
  const rank: Record<Role, number> = { dimension: 0, time: 1, measure: 2, attribute: 3 };
  const order = (p: ColumnPlan) => (p.dsd && dsd ? [...dsd.dimensions, ...dsd.attributes].indexOf(p.dsd) : 1e6);
  const sorted = plans.map((p, i) => ({ p, i })).sort((a, b) => rank[a.p.role] - rank[b.p.role] || order(a.p) - order(b.p) || a.i - b.i).map(({ p }) => p);
  return { plans: sorted, unmapped, clashes };
}
