#!/usr/bin/env node
// `npx exercise-elements snippet <exercise-or-routine-id> [--lang es] [--theme dark] [--variant compact]
// [--timer] [--structured-data] [--sets 2] [--reps 8-12] [--hold 30] [--rest 40] [--duration 5m]
// [--side each] [--tempo 3] [--script URL | --no-script]` (routines: [--rounds 3] [--rest-between 30]
// [--lead-in 10]), or with no id
// `npx exercise-elements snippet --timer --sets 3 --reps 10 [--label "Wall sit"] [--count tap]` for a
// timer of its own: prints the zero-shift snippet, the same one the embed builder
// (demo/builder.html) writes for the same options.
import { parseArgs } from 'node:util';

const USAGE = `Usage: exercise-elements snippet <exercise-or-routine-id> [options]
       exercise-elements snippet --timer <dose options> [--label <text>] [--count pace|tap] [options]

Prints the HTML to paste into a post: the card, routine player or timer prerendered (no layout
shift, readable without JavaScript).

Options:
  --lang <tag>          language of the element (en, es, fr, de, pt, ar; default en)
  --theme <t>           auto (default), light or dark
  --variant <v>         cards: full (default) or compact
  --timer               cards: add the Start button with an inline timer;
                        with no id: a timer of its own (<rep-timer>) counting the dose options
  --label <text>        timers: what is being timed, shown above the timer
  --count <mode>        timers: pace (default, the clock paces reps) or tap (the reader counts)
  --structured-data     cards: write schema.org JSON-LD for search engines
  --sets, --reps, --hold, --rest, --duration, --side, --tempo <value>
                        cards and timers: the dose, as the elements' attributes take it (--reps 8-12)
  --rounds <n>          routines: times through the whole list (1 to 50)
  --rest-between <s>    routines: seconds of rest between exercises (30, 1m)
  --lead-in <s>         routines: get-ready seconds before each exercise (0 to 60; default 5)
  --script <url>        the library's script URL (default: jsDelivr, major version 0)
  --no-script           leave the script tag out (the page loads the library itself)
`;

const DOSE = ['sets', 'reps', 'hold', 'rest', 'duration', 'side', 'tempo'];
const PLAN = { rounds: 'rounds', 'rest-between': 'restBetween', 'lead-in': 'leadIn' };

function fail(message) {
  process.stderr.write(`exercise-elements: ${message}\n\n${USAGE}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      theme: { type: 'string' },
      variant: { type: 'string' },
      timer: { type: 'boolean' },
      'structured-data': { type: 'boolean' },
      label: { type: 'string' },
      count: { type: 'string' },
      script: { type: 'string' },
      'no-script': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      ...Object.fromEntries([...DOSE, ...Object.keys(PLAN)].map((name) => [name, { type: 'string' }])),
    },
  });
} catch (error) {
  fail(error.message);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const [command, id, ...extra] = positionals;
if (command !== 'snippet') fail(command ? `unknown command "${command}"` : 'no command');
if ((!id && !values.timer) || extra.length) fail(id ? `one id only (got ${[id, ...extra].join(', ')})` : 'no exercise or routine id (or --timer for a timer of its own)');
if (values.theme && !['auto', 'light', 'dark'].includes(values.theme)) fail(`--theme must be auto, light or dark (got "${values.theme}")`);
if (values.count && !['pace', 'tap'].includes(values.count)) fail(`--count must be pace or tap (got "${values.count}")`);
if (id && (values.label !== undefined || values.count)) fail('--label and --count are for a timer of its own (--timer with no id)');
if (values.variant && !['full', 'compact'].includes(values.variant)) fail(`--variant must be full or compact (got "${values.variant}")`);

// The renderer (Lit's server renderer, every element) only once the arguments are known to be usable.
const { renderSnippet, SnippetError, isRoutineId } = await import('exercise-elements/snippet.js');
const plan = Object.keys(PLAN).filter((name) => values[name] !== undefined);
if (plan.length && !(id && isRoutineId(id))) fail(`--${plan[0]} is for a routine`);

try {
  const snippet = await renderSnippet({
    ...(!id ? {} : isRoutineId(id) ? { routine: id } : { exercise: id }),
    lang: values.lang,
    theme: values.theme,
    variant: values.variant,
    timer: values.timer,
    structuredData: values['structured-data'],
    label: values.label,
    count: values.count,
    ...Object.fromEntries(plan.map((name) => [PLAN[name], values[name]])),
    dose: Object.fromEntries(DOSE.filter((name) => values[name] !== undefined).map((name) => [name, values[name]])),
    script: values['no-script'] ? false : values.script,
  });
  process.stdout.write(snippet);
} catch (error) {
  if (!(error instanceof SnippetError)) throw error;
  process.stderr.write(`exercise-elements: ${error.message}\n`);
  process.exit(1);
}
