/**
 * What the feedback API accepts, one zod schema per request kind.
 * The messages here are exactly what a reader or a staff member sees; tests pin them.
 */
import { z } from 'zod';

/** The reader groups the widget offers, in the order it shows them. */
export const USER_GROUPS = [
  'citizen',
  'media',
  'researcher',
  'policymaker',
  'civil-society',
  'business',
  'other',
] as const;
export type UserGroup = (typeof USER_GROUPS)[number];

/** Where an item is in the staff queue. */
export const STATUSES = ['new', 'triaged', 'answered', 'closed'] as const;
export type FeedbackStatus = (typeof STATUSES)[number];

export const LIMITS = {
  page: 300,
  text: 2000,
  email: 254,
  response: 5000,
  publicSummary: 1000,
  tag: 50,
  tags: 20,
} as const;

export const MESSAGES = {
  pageRequired: 'Page is required.',
  pageShape: 'Page must be a path on this site starting with /, without a query string.',
  pageLength: `Page must be at most ${LIMITS.page} characters.`,
  useful: 'Choose yes or no.',
  textType: 'Must be text.',
  textLength: `Must be at most ${LIMITS.text} characters.`,
  textChars: 'Must not contain control characters.',
  group: `Choose one of: ${USER_GROUPS.join(', ')}.`,
  email: 'Enter a valid email address, like name@example.org.',
  consent: 'Tick the consent box to let us keep your email address, or leave the email address empty.',
  status: `Choose one of: ${STATUSES.join(', ')}.`,
  tags: `Tags must be a list of at most ${LIMITS.tags} words, each at most ${LIMITS.tag} characters.`,
  response: `The response must be text of at most ${LIMITS.response} characters.`,
  public: 'Public must be true or false.',
  publicSummary: `The public summary must be text of at most ${LIMITS.publicSummary} characters.`,
  publishNeeds: 'Write a public summary and a response before showing an item on “You said, we did”.',
  patchEmpty: 'Send at least one of: status, tags, response, publicSummary, public.',
  unknownField: 'Unknown field.',
  date: 'Use a date like 2025-01-31 or a full ISO date-time.',
  dateRange: 'The end date (to) is before the start date (from).',
  limit: 'Limit must be a whole number from 1 to 10000.',
  format: 'Format must be json or csv.',
  path: `Path must be part of a page address (letters, digits and / - . _ ~ and the like), at most ${LIMITS.page} characters.`,
} as const;

/** C0/C1 controls other than tab, newline and carriage return, and lone UTF-16 surrogates: PostgreSQL
 * refuses NUL and neither database can store a lone surrogate, so they are refused up front. */
const UNSAFE_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Blank strings mean "not answered". */
const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/** Length as the form counted it: a browser sends each line break of a textarea as CR LF but counts it as one
 * character against `maxlength`, so a full box must not be refused for its line breaks. */
const typedLength = (s: string) => s.replace(/\r\n/g, '\n').length;

const optionalText = (max: number, lengthMessage: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string({ invalid_type_error: MESSAGES.textType })
      .refine((s) => typedLength(s) <= max, lengthMessage)
      .refine((s) => !UNSAFE_CHARS.test(s), MESSAGES.textChars)
      .optional(),
  );

/** A path on this site as `location.pathname` gives it: one leading slash, no scheme or host, no query
 * string or fragment, only characters allowed in a URL path (anything else percent-encoded). */
export const PagePathSchema = z
  .string({ required_error: MESSAGES.pageRequired, invalid_type_error: MESSAGES.pageShape })
  .min(1, MESSAGES.pageRequired)
  .max(LIMITS.page, MESSAGES.pageLength)
  .regex(/^\/(?!\/)(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*$/, MESSAGES.pageShape);

/** Checkbox values browsers and scripts send for "ticked". */
const CONSENT_YES = new Set([true, 'true', 'on', 'yes', '1']);

/** One reader's answer, as posted by the widget (form or JSON). */
export const FeedbackInputSchema = z
  .object({
    /** The page the widget was on, e.g. `/1-2-1/`. */
    page: PagePathSchema,
    /** The answer to "Is this page useful?". */
    useful: z.enum(['yes', 'no'], { errorMap: () => ({ message: MESSAGES.useful }) }),
    /** "What were you trying to do?" */
    doing: optionalText(LIMITS.text, MESSAGES.textLength),
    /** "What went wrong or what is missing?" */
    problem: optionalText(LIMITS.text, MESSAGES.textLength),
    /** Which user group the reader says they belong to. */
    group: z.preprocess(
      blankToUndefined,
      z.enum(USER_GROUPS, { errorMap: () => ({ message: MESSAGES.group }) }).optional(),
    ),
    /** An address to reply to; kept only with `consent`. */
    email: z.preprocess(
      (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim()) : v),
      z
        .string({ invalid_type_error: MESSAGES.email })
        .max(LIMITS.email, MESSAGES.email)
        .email(MESSAGES.email)
        .optional(),
    ),
    /** The consent box: the reader agrees that we keep the email address to reply. */
    consent: z.preprocess((v) => (v === undefined || v === null || v === '' ? false : CONSENT_YES.has(v as never)), z.boolean()),
  })
  .superRefine((value, ctx) => {
    if (value.email !== undefined && !value.consent) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['consent'], message: MESSAGES.consent });
    }
  });
export type FeedbackInput = z.infer<typeof FeedbackInputSchema>;

/** What staff may change on an item. Unknown fields are refused so typos do not pass silently;
 * an empty change is refused by the handler (MESSAGES.patchEmpty). */
export const FeedbackPatchSchema = z
  .object({
    /** Where the item is in the queue. */
    status: z.enum(STATUSES, { errorMap: () => ({ message: MESSAGES.status }) }).optional(),
    /** Free labels for triage, e.g. `data-missing`. */
    tags: z
      .array(
        z
          .string({ invalid_type_error: MESSAGES.tags })
          .trim()
          .min(1, MESSAGES.tags)
          .max(LIMITS.tag, MESSAGES.tags)
          .refine((s) => !UNSAFE_CHARS.test(s), MESSAGES.tags),
        { invalid_type_error: MESSAGES.tags },
      )
      .max(LIMITS.tags, MESSAGES.tags)
      .optional(),
    /** What we did about it; shown on "You said, we did" when `public` is true. Empty clears it. */
    response: z
      .string({ errorMap: () => ({ message: MESSAGES.response }) })
      .max(LIMITS.response, MESSAGES.response)
      .refine((s) => !UNSAFE_CHARS.test(s), MESSAGES.textChars)
      .optional(),
    /**
     * Staff's own short account of what the reader asked for, free of personal details: "You said, we did"
     * shows this, never the reader's words. Empty clears it.
     */
    publicSummary: z
      .string({ errorMap: () => ({ message: MESSAGES.publicSummary }) })
      .max(LIMITS.publicSummary, MESSAGES.publicSummary)
      .refine((s) => !UNSAFE_CHARS.test(s), MESSAGES.textChars)
      .optional(),
    /** Whether the public summary and the response appear on "You said, we did" (both must be written). */
    public: z.boolean({ errorMap: () => ({ message: MESSAGES.public }) }).optional(),
  })
  .strict(MESSAGES.unknownField);
export type FeedbackPatch = z.infer<typeof FeedbackPatchSchema>;

/**
 * A calendar date (`2025-02-31` is refused, not rolled over to March) or a full ISO date-time, from year 1000 to
 * 9999, so every bound the store compares is a four-digit ISO date-time (see admin.ts queryToFilter).
 */
const DateParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/, MESSAGES.date)
  .refine((s) => {
    const day = Date.parse(`${s.slice(0, 10)}T00:00:00Z`);
    const time = Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s);
    if (Number.isNaN(day) || Number.isNaN(time) || new Date(day).toISOString().slice(0, 10) !== s.slice(0, 10)) return false;
    const year = new Date(time).getUTCFullYear();
    return year >= 1000 && year <= 9999;
  }, MESSAGES.date);

/** Filters for the staff list: `GET /api/feedback?status=new&group=media&from=2025-01-01`. */
export const FeedbackQuerySchema = z
  .object({
    status: z.enum(STATUSES, { errorMap: () => ({ message: MESSAGES.status }) }).optional(),
    page: PagePathSchema.optional(),
    /** Part of a page path, any case: `/indicators/8-5` finds every page of 8.5.x, in every language. */
    path: z
      .string()
      .trim()
      .min(1, MESSAGES.path)
      .max(LIMITS.page, MESSAGES.path)
      .regex(/^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})+$/, MESSAGES.path)
      .optional(),
    group: z.enum(USER_GROUPS, { errorMap: () => ({ message: MESSAGES.group }) }).optional(),
    /** Inclusive start; a bare date means its first moment (UTC). */
    from: DateParam.optional(),
    /** Inclusive end; a bare date means the whole of that day (UTC). */
    to: DateParam.optional(),
    limit: z.coerce
      .number({ invalid_type_error: MESSAGES.limit })
      .int(MESSAGES.limit)
      .min(1, MESSAGES.limit)
      .max(10000, MESSAGES.limit)
      .default(1000),
    format: z.enum(['json', 'csv'], { errorMap: () => ({ message: MESSAGES.format }) }).default('json'),
  })
  .strict(MESSAGES.unknownField)
  .superRefine((q, ctx) => {
    const at = (s: string) => Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s);
    // A bare `to` covers its whole day, so from=2025-03-01T12:00Z&to=2025-03-01 is a range, not a mistake.
    const end = (s: string) => (s.length === 10 ? at(s) + 86_400_000 - 1 : at(s));
    if (q.from !== undefined && q.to !== undefined && at(q.from) > end(q.to)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['to'], message: MESSAGES.dateRange });
    }
  });
export type FeedbackQuery = z.infer<typeof FeedbackQuerySchema>;
