/** The input classes an Open SDG data configuration may name, each read by its own module. */
import { readCsvData } from './csv-data.ts';
import { readExcelMeta } from './excel-meta.ts';
import { readYamlMdMeta, readYamlMeta } from './yaml-meta.ts';
import type { InputReader } from './types.ts';

export const INPUT_READERS: Record<string, InputReader> = {
  InputCsvData: readCsvData,
  InputYamlMdMeta: readYamlMdMeta,
  InputYamlMeta: readYamlMeta,
  InputExcelMeta: readExcelMeta,
};

export type { InputReader, InputResult, InputContext, DataTable, MetaRecord, LangTranslations } from './types.ts';
