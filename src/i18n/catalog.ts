import { en, type UiKey } from './en.ts';
import { fr } from './fr.ts';
import { es } from './es.ts';
import { ar } from './ar.ts';
import { ru } from './ru.ts';
import { zhHans } from './zh-Hans.ts';

/** The interface languages, English first (the source every other language is checked against). */
export const UI_LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh-Hans'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Every interface string in every language; each language has every key of `en` (tests/unit/i18n/completeness.test.ts). */
export const CATALOG: Record<UiLanguage, Record<UiKey, string>> = { en, fr, es, ar, ru, 'zh-Hans': zhHans };
