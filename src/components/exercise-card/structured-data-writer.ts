/**
 * Writes the card's JSON-LD `<script>` into the light DOM, loaded only by cards that ask for
 * `structured-data`. Pages that require Trusted Types must allow our policy
 * (`trusted-types lit-html exercise-elements`); where they do not, the JSON-LD is left out with
 * one warning and the card itself is unaffected.
 */
import type { Dose, Exercise } from '../../data/types.js';
import { structuredDataJson } from './structured-data.js';

type ScriptPolicy = { createScript(input: string): unknown };
let policy: ScriptPolicy | null | undefined;
const warned = new Set<string>();
const warnOnce = (message: string) => {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
};

function jsonLdText(json: string): unknown {
  const trustedTypes = (window as unknown as { trustedTypes?: { createPolicy(name: string, rules: { createScript(s: string): string }): ScriptPolicy } }).trustedTypes;
  if (!trustedTypes) return json;
  if (policy === undefined) {
    try {
      // Only JSON.stringify output of our own data reaches this policy, inside a non-executable script type.
      policy = trustedTypes.createPolicy('exercise-elements', { createScript: (input) => input });
    } catch {
      policy = null;
    }
  }
  if (policy) return policy.createScript(json);
  warnOnce('<exercise-card>: structured-data needs the Trusted Types policy "exercise-elements" (trusted-types lit-html exercise-elements)');
  return undefined;
}

/** Puts the exercise as JSON-LD in `host`'s own `<script type="application/ld+json" data-exercise-card>`. */
export function writeStructuredData(host: HTMLElement, exercise: Exercise, dose: Dose, lang: string, equipment: readonly string[]): void {
  const existing = host.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"][data-exercise-card]');
  // A snippet may have written it already, the same text: then nothing changes.
  const json = structuredDataJson(exercise, dose, lang, equipment);
  const text = jsonLdText(json);
  if (text === undefined) return;
  const script = existing ?? Object.assign(document.createElement('script'), { type: 'application/ld+json' });
  script.dataset.exerciseCard = '';
  try {
    if (script.textContent !== json) script.textContent = text as string;
    if (!existing) host.append(script);
  } catch (error) {
    warnOnce(`<exercise-card>: structured-data was not written: ${String(error)}`);
  }
}
