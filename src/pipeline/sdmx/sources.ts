/**
 * What the SDMX downloads are made with, read once with the repository: the mapping files, the DSD the exported
 * codes are checked against (the portal configuration's `sdmx.dsd`, else the one an SDMX input read its
 * messages with), the agency and the code for "no area".
 */
import type { PortalConfig } from '../config/portal-config.ts';
import type { ReadEffects } from '../effects.ts';
import { readDsd } from '../inputs/sdmx-dsd.ts';
import type { DeclaredDsd } from '../inputs/types.ts';
import type { ProblemList } from '../problems.ts';
import { readSdmxMapping, type SdmxMapping } from './mapping.ts';

export interface SdmxSources {
  mapping: SdmxMapping;
  /** The repository's own DSD, where it declares one. */
  declared?: DeclaredDsd;
  agency: string;
  /** REF_AREA for rows without an area. */
  refArea: string;
}

/** The agency when neither the configuration nor a DSD names one. */
export const DEFAULT_AGENCY = 'NSO';

export function readSdmxSources(root: string, portal: PortalConfig, fromInput: DeclaredDsd | undefined, fx: ReadEffects, problems: ProblemList): SdmxSources {
  let declared = fromInput;
  const own = portal.sdmx.dsd?.replace(/^\.?\/+/, '');
  if (own) {
    let text: string | undefined;
    try {
      text = fx.read(`${root}/${own}`);
    } catch {
      problems.error(portal.file ?? 'sdg-portal.yml', 1, `sdmx.dsd: the file "${own}" cannot be read.`, 'Give the path of the DSD relative to the repository root.');
    }
    const dsd = text === undefined ? undefined : readDsd(text, own, problems);
    if (dsd) declared = { dsd, dimensionMap: fromInput?.dimensionMap ?? new Map() };
  }
  return {
    mapping: readSdmxMapping(root, { columnMap: portal.sdmx.column_map, codeMap: portal.sdmx.code_map }, declared, fx, problems),
    ...(declared ? { declared } : {}),
    agency: portal.sdmx.agency ?? (declared?.dsd.agency || DEFAULT_AGENCY),
    refArea: portal.sdmx.ref_area ?? '_T',
  };
}
