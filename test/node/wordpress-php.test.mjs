// The WordPress plugin promises PHP 7.4+: every PHP file parses as PHP 7.4 (no nullsafe `?->`,
// `match`, named arguments, enums...) and calls none of PHP 8's new functions.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Engine } from 'php-parser';

const root = new URL('../../wordpress', import.meta.url).pathname;
const phpFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'test' ? [] : phpFiles(path);
    return name.endsWith('.php') ? [path] : [];
  });
const php74 = new Engine({ parser: { version: '7.4', suppressErrors: false }, ast: {} });
const PHP8_FUNCTIONS = /\b(str_contains|str_starts_with|str_ends_with|array_is_list|get_debug_type|get_resource_id|fdiv|preg_last_error_msg)\s*\(/;

test('the parser this test relies on rejects PHP 8 syntax', () => {
  for (const code of ['<?php $a?->b;', '<?php echo match ($x) { 1 => 2 };', '<?php f(name: 1);', '<?php enum Suit { case Hearts; }']) {
    assert.throws(() => php74.parseCode(code.startsWith('<?php') ? code : `<?php ${code}`, 'sample.php'), undefined, code);
  }
});

test('every PHP file of the plugin is PHP 7.4', () => {
  const files = phpFiles(root);
  assert.ok(files.length >= 10, `plugin PHP files found: ${files.length}`);
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    assert.doesNotThrow(() => php74.parseCode(code, file), file);
    assert.doesNotMatch(code, PHP8_FUNCTIONS, `${file} calls a PHP 8 function`);
  }
});
