/** The input classes an Open SDG data configuration may name, each read by its own module. */
import { readCsvData } from './csv-data.ts';
import { readExcelMeta } from './excel-meta.ts';
import { readSdmxMlMultiple, readSdmxMlStructure, readSdmxMlStructureSpecific } from './sdmx-ml.ts';
import { readYamlMdMeta, readYamlMeta } from './yaml-meta.ts';
import type { InputReader } from './types.ts';

export const INPUT_READERS: Record<string, InputReader> = {
  InputCsvData: readCsvData,
  InputYamlMdMeta: readYamlMdMeta,
  InputYamlMeta: readYamlMeta,
  InputExcelMeta: readExcelMeta,
  InputSdmxMl_Multiple: readSdmxMlMultiple,
  InputSdmxMl_StructureSpecific: readSdmxMlStructureSpecific,
  InputSdmxMl_Structure: readSdmxMlStructure,
};

export type { InputReader, InputResult, InputContext, DataTable, MetaRecord, LangTranslations } from './types.ts';
