/**
 * The article page a preview shows the snippet in (text, snippet, text), as a blog would: the
 * snippet's script URL pointed at this server's build so the preview works offline.
 */
import { DEFAULT_SCRIPT } from '../../src/snippet/snippet-options.js';

const PARAGRAPH =
  'Upper-back stiffness often comes from long hours at a desk. A few minutes of gentle movement, done every day, helps more than a long session once a week.';

export function previewPage(snippet: string, scriptUrl: string): string {
  const pasted = snippet.replace(`src="${DEFAULT_SCRIPT}"`, `src="${scriptUrl}"`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { font-family: Georgia, serif; line-height: 1.6; margin: 0 auto; max-width: 42rem; padding: 1rem; }</style>
</head>
<body>
<h1>An article</h1>
<p>${PARAGRAPH}</p>
${pasted}
<p>${PARAGRAPH}</p>
</body>
</html>`;
}
