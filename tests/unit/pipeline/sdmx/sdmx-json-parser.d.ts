/** The parts of sdmx-json-parser (SPC's SDMX-JSON reader, shipped without types) the tests use. */
declare module 'sdmx-json-parser' {
  export class SDMXParser {
    getDatasets(url: string, fetchOptions?: RequestInit): Promise<unknown>;
    getName(): string;
    getDimensions(): unknown[];
    getAttributes(): unknown[];
    getObservations(): Record<string, unknown[]>;
  }
}
