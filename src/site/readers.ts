/** Every input and translation reader the portal has; the pipeline receives them, so tests can pass fewer. */
import type { Readers } from '../pipeline/read-repository.ts';
import { INPUT_READERS } from '../pipeline/inputs/index.ts';
import { TRANSLATION_READERS } from '../pipeline/translation-sources.ts';
import { readSdmxTranslations } from '../pipeline/inputs/sdmx-translations.ts';

export const READERS: Readers = {
  inputs: { ...INPUT_READERS },
  translations: { ...TRANSLATION_READERS, TranslationInputSdmx: readSdmxTranslations },
};
