/**
 * Writing HTML that blogging platforms keep whole (see PLATFORMS.md): each opening tag of the
 * snippet on a line of its own and no blank line anywhere inside an element, since CommonMark
 * (Hugo's goldmark, markdown-it) ends an HTML block at the first blank line.
 */

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value, escaped: dataset text is never markup. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** An opening tag with its attributes (an empty value writes the bare name: `timer`). */
export function openingTag(tag: string, attributes: readonly (readonly [string, string])[]): string {
  const written = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`));
  return `<${tag}${written.join('')}>`;
}

/**
 * A server rendering tidied for pasting: Lit's hydration markers dropped (the element renders into
 * the root rather than hydrating it) and every run of white space that holds a line break made
 * one line break, which leaves no blank line and changes nothing a browser shows.
 */
export function tidyRendering(html: string): string {
  return html
    .replace(/<!--\/?lit-(part|node)[^>]*-->/g, '')
    .replace(/<\?>/g, '')
    .replace(/[ \t]*\n\s*/g, '\n')
    .trim();
}
