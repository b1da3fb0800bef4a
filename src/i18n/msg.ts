/**
 * Per-element localization on top of @lit/localize's message format.
 *
 * @lit/localize's runtime has one active locale per page and may be configured only once, but our
 * elements follow their own `lang` (two cards in two languages on one page) and must never clash
 * with an app that configures @lit/localize itself. So strings are written with `msg()` and
 * `str` as the lit-localize CLI expects them (it extracts them to XLIFF and builds the locale
 * modules), but here `msg()` returns a {@link Message}: a function that looks the string up in
 * the locale it is given. There is no "current locale": every caller names the language, so text
 * made outside render (a live region, speech, an event) is in the element's language too.
 * Every message has an explicit `id`, so no hashing is needed at run time.
 */

/** A `str` template: its literal parts and its values (for a translation, the source indexes). */
interface StrResult {
  readonly strTag: true;
  readonly strings: readonly string[];
  readonly values: readonly unknown[];
}
/** A built locale module's `templates`: plain strings, or `str` templates whose values are source indexes. */
export type Templates = Readonly<Record<string, string | StrResult>>;

/** A UI string, answered in the locale it is asked for (`es`, or a variant such as `es-MX`). */
export type Message = (locale: string) => string;

/** Tags a template with values for `msg()`; the brand is how the lit-localize CLI recognises it. */
export const str = ((strings: TemplateStringsArray, ...values: unknown[]): StrResult => ({ strTag: true, strings, values })) as ((
  strings: TemplateStringsArray,
  ...values: unknown[]
) => StrResult) & { _LIT_LOCALIZE_STR_?: never };

const catalogs = new Map<string, Templates>();

/** Makes `templates` (as built by `lit-localize build`, or an app's own) the strings of `locale`; with `add`, adds them to those it has (one element's part). */
export function setTemplates(locale: string, templates: Templates, add = false): void {
  catalogs.set(locale, add ? { ...catalogs.get(locale), ...templates } : templates);
}

const join = (strings: readonly string[], values: readonly unknown[], order?: readonly unknown[]) =>
  strings.reduce((text, part, i) => (i === 0 ? part : `${text}${String(values[order ? Number(order[i - 1]) : i - 1])}${part}`), '');

/** The strings of `locale`, else of its language (`pt-BR` reads `pt`). */
const catalogOf = (locale: string): Templates | undefined => catalogs.get(locale) ?? catalogs.get(locale.split('-')[0] ?? '');

/** A plain string `locale`'s strings hold for `id` (else its language's), if any: no source-language default. */
export const catalogString = (locale: string, id: string): string | undefined => {
  const found = catalogOf(locale)?.[id];
  return typeof found === 'string' ? found : undefined;
};

/**
 * A message in the source language with its `id`; call the result with a locale to get the text.
 * Branded like @lit/localize's `msg` so that `lit-localize extract` finds every call.
 */
export const msg = ((template: string | StrResult, options: { readonly id: string }): Message =>
  (locale) => {
    const localized = catalogOf(locale)?.[options.id];
    const values = typeof template === 'string' ? [] : template.values;
    if (typeof localized === 'string') return localized;
    if (localized) return join(localized.strings, values, localized.values);
    return typeof template === 'string' ? template : join(template.strings, values);
  }) as ((template: string | StrResult, options: { readonly id: string }) => Message) & { _LIT_LOCALIZE_MSG_?: never };
