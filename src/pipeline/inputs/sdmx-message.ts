/**
 * Reads an SDMX-ML 2.1 data message, structure-specific or generic, into one plain shape: series
 * with their key and attribute values, each observation with its own values (TIME_PERIOD,
 * OBS_VALUE and observation attributes) and the line of its `Obs` element. The two formats say the
 * same thing with different markup; after this step nothing downstream knows which one it was.
 */
import type { ProblemList } from '../problems.ts';
import { walkXml } from './sdmx-xml.ts';

/** Component id → value, in document order. */
export type SdmxValues = [string, string][];

export interface SdmxObs {
  line: number;
  values: SdmxValues;
}

export interface SdmxSeries {
  line: number;
  values: SdmxValues;
  obs: SdmxObs[];
}

export interface SdmxMessage {
  kind: 'StructureSpecificData' | 'GenericData';
  /** The data structure the header cites, and the line that cites it. */
  structure?: { agency: string; id: string; version: string; line: number };
  /** Line of the (first) DataSet element, or 1. */
  dataSetLine: number;
  series: SdmxSeries[];
}

const KINDS = new Set(['StructureSpecificData', 'GenericData']);
const URN = /DataStructure=([^:]+):([^(]+)\(([^)]+)\)/;

/** Structure-specific messages put values in XML attributes; prefixed ones (xsi:type, ss:…) are markup. */
function plainAttributes(attrs: Record<string, string>): SdmxValues {
  return Object.entries(attrs).filter(([name]) => !name.includes(':') && name !== 'xmlns');
}

/** Reads a data message; undefined (problem reported) when it is not well-formed XML or not a data message. */
export function readSdmxMessage(text: string, file: string, problems: ProblemList): SdmxMessage | undefined {
  const stack: string[] = [];
  let kind: SdmxMessage['kind'] | undefined;
  let root: { name: string; line: number } | undefined;
  let structure: SdmxMessage['structure'];
  let dataSetLine = 0;
  const series: SdmxSeries[] = [];
  let current: SdmxSeries | undefined;
  let obs: SdmxObs | undefined;
  let urn: { line: number; text: string } | undefined;

  const ok = walkXml(text, file, problems, {
    open(name, attrs, line) {
      const parent = stack[stack.length - 1];
      const grandparent = stack[stack.length - 2];
      stack.push(name);
      if (!root) {
        root = { name, line };
        if (KINDS.has(name)) kind = name as SdmxMessage['kind'];
        return;
      }
      if (!kind) return;
      if (name === 'Ref' && parent === 'Structure' && grandparent === 'Structure' && !structure) {
        structure = { agency: attrs['agencyID'] ?? '', id: attrs['id'] ?? '', version: attrs['version'] ?? '1.0', line };
      } else if (name === 'URN' && parent === 'Structure' && grandparent === 'Structure') {
        urn = { line, text: '' };
      } else if (name === 'DataSet') {
        dataSetLine ||= line;
      } else if (name === 'Series') {
        current = { line, values: kind === 'StructureSpecificData' ? plainAttributes(attrs) : [], obs: [] };
        series.push(current);
      } else if (name === 'Obs') {
        obs = { line, values: kind === 'StructureSpecificData' ? plainAttributes(attrs) : [] };
        if (!current) {
          // A flat message (dimensionAtObservation="AllDimensions"): every observation carries its whole key.
          current = { line, values: [], obs: [] };
          series.push(current);
        }
        current.obs.push(obs);
      } else if (kind === 'GenericData') {
        // Generic markup: <Value id= value=> under SeriesKey, ObsKey or Attributes; ObsDimension; ObsValue.
        const target = obs ?? current;
        const value = attrs['value'] ?? '';
        if (name === 'Value' && target && attrs['id']) target.values.push([attrs['id'], value]);
        else if (name === 'ObsDimension' && obs) obs.values.push([attrs['id'] ?? 'TIME_PERIOD', value]);
        else if (name === 'ObsValue' && obs) obs.values.push(['OBS_VALUE', value]);
      }
    },
    text(t) {
      if (urn) urn.text += t;
    },
    close(name) {
      stack.pop();
      if (name === 'Obs') obs = undefined;
      else if (name === 'Series') current = undefined;
      else if (name === 'URN' && urn) {
        const m = URN.exec(urn.text);
        if (m && !structure) structure = { agency: m[1]!, id: m[2]!, version: m[3]!, line: urn.line };
        urn = undefined;
      }
    },
  }, () => problems.warning(file, 1, 'The file is empty: expected an SDMX-ML data message.',
    'Export the data again, or delete the file if the indicator has no data.'));
  if (!ok || !root) return undefined;
  if (!kind) {
    problems.error(file, root.line, `Root element <${root.name}>: expected an SDMX-ML 2.1 data message, <StructureSpecificData> or <GenericData>.`,
      'Export the data as SDMX-ML 2.1 (structure-specific or generic), or move this file out of the input\'s path_pattern.');
    return undefined;
  }
  return { kind, ...(structure ? { structure } : {}), dataSetLine: dataSetLine || root.line, series };
}
