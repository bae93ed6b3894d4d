/** Interface text of the SDMX downloads (researchers' pages). */
export const enSdmx = {
  'sdmx.dl.indicator': 'Data for SDMX tools (SDMX-CSV 2.0)',
  'sdmx.dl.index': 'Every indicator as an SDMX dataflow: data and structures (index, JSON)',
  'sdmx.dl.all': 'Every indicator for SDMX tools, in one zip file (an SDMX-CSV 2.0 file per indicator)',
  'sdmx.landing.q': 'Can SDMX tools read the data?',
  'sdmx.landing.a': 'Each indicator is an SDMX dataflow: its data as SDMX-CSV and SDMX-JSON, its structure (dataflow, data structure definition, codelists and concepts) as SDMX-ML 2.1, at addresses shaped like an SDMX-REST service. The index lists them all; codes are the same in every language.',
} as const;
