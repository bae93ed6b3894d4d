/**
 * The SDMX files of a site, as a static tree shaped like SDMX-REST (`/sdmx/data/{agency},{flow},{version}/all.json`,
 * `/sdmx/dataflow/{agency}/{flow}/{version}`, `/sdmx/datastructure/…`), listed in `/sdmx/index.json`, with the
 * per-indicator and site-wide SDMX-CSV downloads. Each indicator's SDMX-CSV is one file, the download
 * (`/downloads/<id>.sdmx.csv`), which the index gives as the flow's CSV data: a second copy in the tree would be
 * 22 MB more for the UK for a host to store and upload. Pure: it says what to write; the build writes it.
 */
import { zipSync, strToU8 } from 'fflate';
import { refText, urnOf, type ArtefactRef, type SdmxExport, type SdmxFlow } from './model.ts';
import { sdmxCsv } from './write-csv.ts';
import { sdmxJson } from './write-json.ts';
import { structureMessage } from './write-structure.ts';

/** A file to write: its text or bytes. */
export type SdmxFile = { path: string; text: string } | { path: string; bytes: Uint8Array };

const flowRef = (r: ArtefactRef) => `${r.agency},${r.id},${r.version}`;

/** Where each file of a flow lives, root-relative. */
export function flowPaths(flow: SdmxFlow) {
  return {
    download: `/downloads/${flow.indicator}.sdmx.csv`,
    json: `/sdmx/data/${flowRef(flow.ref)}/all.json`,
    dataflow: `/sdmx/dataflow/${flow.ref.agency}/${flow.ref.id}/${flow.ref.version}.xml`,
    datastructure: `/sdmx/datastructure/${flow.dsd.agency}/${flow.dsd.id}/${flow.dsd.version}.xml`,
  };
}

/**
 * Every dataflow at once: a zip of the per-indicator SDMX-CSV files. (One SDMX-CSV for the whole site needs a header
 * of every flow's components, and each row leaves the others empty: 52 MB of commas for the UK, against 1.5 MB zipped.)
 */
export const SITE_SDMX_ZIP = '/downloads/all.sdmx.zip';
export const SDMX_INDEX = '/sdmx/index.json';
const allStructures = (agency: string) => `/sdmx/dataflow/${agency}/all/latest.xml`;

/** The index a script starts from: every dataflow, its data in each format and the structures it cites. */
export function sdmxIndex(exp: SdmxExport) {
  return {
    agency: exp.agency,
    formats: {
      csv: 'SDMX-CSV 2.0 (application/vnd.sdmx.data+csv;version=2.0.0)',
      json: 'SDMX-JSON 2.0 data message (application/vnd.sdmx.data+json;version=2.0.0)',
      structure: 'SDMX-ML 2.1 structure message (application/vnd.sdmx.structure+xml;version=2.1)',
    },
    languages: exp.languages,
    structures: allStructures(exp.agency),
    allData: SITE_SDMX_ZIP,
    dsd: exp.declaredDsd ? 'the repository\'s own' : 'generated from the columns and codes each indicator uses',
    dataflows: exp.flows.map((f) => {
      const paths = flowPaths(f);
      return {
        id: f.ref.id,
        agency: f.ref.agency,
        version: f.ref.version,
        urn: urnOf('Dataflow', f.ref),
        indicator: f.indicator,
        names: Object.fromEntries(f.names),
        structure: refText(f.dsd),
        observations: f.rows.length,
        data: { csv: paths.download, json: paths.json },
        dataflow: paths.dataflow,
        datastructure: paths.datastructure,
        download: paths.download,
      };
    }),
  };
}

const strip = (path: string) => path.replace(/^\//, '');

/** Every file of the tree. */
export function* sdmxFiles(exp: SdmxExport, prepared: string): Generator<SdmxFile> {
  const header = (id: string) => ({ id, sender: exp.agency, prepared });
  const lists = new Map(exp.codelists.map((l) => [`${l.ref.agency}:${l.ref.id}`, l]));
  const dsds = new Map(exp.dsds.map((d) => [refText(d.ref), d]));
  const cited = (components: SdmxFlow['components']) => ({
    codelists: [...new Set(components.flatMap((c) => (c.codelist ? [`${c.codelist.agency}:${c.codelist.id}`] : [])))].flatMap((k) => lists.get(k) ?? []),
    conceptSchemes: exp.conceptSchemes.filter((s) => components.some((c) => c.conceptScheme.id === s.ref.id && c.conceptScheme.agency === s.ref.agency)),
    concepts: new Set(components.map((c) => c.concept)),
  });
  /** The codes a flow's rows use, per codelist: its messages hold only those (partial codelists). */
  const used = (flow: SdmxFlow) => {
    const codes = new Map<string, Set<string>>();
    flow.components.forEach((c, i) => {
      if (!c.codelist) return;
      const set = codes.get(c.codelist.id) ?? new Set<string>();
      codes.set(c.codelist.id, set);
      for (const row of flow.rows) if (row[i] !== '' && row[i] !== null) set.add(String(row[i]));
    });
    return codes;
  };
  const usedBy = new Map<string, Map<string, Set<string>>>();
  const zipped: Record<string, Uint8Array> = {};
  for (const flow of exp.flows) {
    const paths = flowPaths(flow);
    const csv = sdmxCsv([flow]);
    zipped[`${flow.indicator}.sdmx.csv`] = strToU8(csv);
    yield { path: strip(paths.download), text: csv };
    yield { path: strip(paths.json), text: sdmxJson(flow, exp, prepared) };
    // A generated DSD is small: the dataflow's message holds it and what it cites (SDMX-REST's references=all).
    // The repository's own DSD is large and shared: the dataflow cites it in its own file.
    const dsd = exp.declaredDsd ? undefined : dsds.get(refText(flow.dsd));
    if (dsd) usedBy.set(refText(dsd.ref), used(flow));
    yield { path: strip(paths.dataflow), text: structureMessage({ flows: [flow], ...(dsd ? { dsds: [dsd], ...cited(dsd.components), codes: usedBy.get(refText(dsd.ref))! } : {}) }, header(`DF_${flow.ref.id}`)) };
  }
  for (const dsd of exp.dsds) {
    const codes = usedBy.get(refText(dsd.ref));
    yield { path: `sdmx/datastructure/${dsd.ref.agency}/${dsd.ref.id}/${dsd.ref.version}.xml`, text: structureMessage({ dsds: [dsd], ...cited(dsd.components), ...(codes ? { codes } : {}) }, header(`DSD_${dsd.ref.id}`)) };
  }
  const extra = exp.flows.flatMap((f) => f.components.filter((c) => !c.codelist || lists.has(`${c.codelist.agency}:${c.codelist.id}`)));
  const { concepts: _, ...everything } = cited([...exp.dsds.flatMap((d) => d.components), ...extra]);
  yield { path: strip(allStructures(exp.agency)), text: structureMessage({ flows: exp.flows, dsds: exp.dsds, ...everything }, header('ALL')) };
  yield { path: strip(SITE_SDMX_ZIP), bytes: zipSync(zipped, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') }) };
  yield { path: strip(SDMX_INDEX), text: `${JSON.stringify(sdmxIndex(exp), null, 1)}\n` };
}
