/**
 * The reader-facing words for feedback errors, in the page's language: one message per error code and the
 * label of each field. The widget carries them for its script; the error page shows them.
 */
import { t } from '../i18n/index.ts';
import { LIMITS } from '../functions/schema.ts';
import type { ReaderErrorCode } from '../functions/reader-errors.ts';

export function readerErrorMessages(): Record<ReaderErrorCode, string> {
  return {
    page: t('feedback.error.page'),
    useful: t('feedback.error.useful'),
    textLength: t('feedback.error.textLength', { max: LIMITS.text }),
    textChars: t('feedback.error.textChars'),
    group: t('feedback.error.group'),
    email: t('feedback.error.email'),
    consent: t('feedback.error.consent'),
    rateLimited: t('feedback.error.rateLimited'),
    tooLarge: t('feedback.error.tooLarge'),
    other: t('feedback.error.other'),
  };
}

/** One error of a list: the field's label, then the message ("Is this page useful? — Choose yes or no."). */
export const readerErrorItem = (label: string, message: string): string => t('feedback.error.item', { label, message });

/** The same with placeholders left in, for the widget's script to fill. */
export const readerErrorItemTemplate = (): string => readerErrorItem('{label}', '{message}');

/** Field → its label as the form shows it; fields a reader does not see (page, body) have none. */
export function readerErrorLabels(): Record<string, string> {
  return {
    useful: t('feedback.question'),
    doing: t('feedback.doing'),
    problem: t('feedback.problem'),
    group: t('feedback.group'),
    email: t('feedback.email'),
    consent: t('feedback.consentLabel'),
  };
}
