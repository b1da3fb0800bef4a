/**
 * A card snippet's schema.org JSON-LD (`structured-data`), written into the HTML itself for
 * crawlers that run no script: the very `<script>` the card writes, so the card, once upgraded,
 * finds it in place and writes no second copy.
 */
import { structuredDataJson } from '../components/exercise-card/structured-data.js';
import type { Dose, Exercise } from '../data/types.js';
import { equipmentLabel } from '../i18n/vocabulary-labels.js';

/** One line: `<script type="application/ld+json" data-exercise-card>{...}</script>`. */
export function structuredDataScript(exercise: Exercise, dose: Dose, lang: string, locale: string): string {
  const equipment = exercise.equipment.map((e) => equipmentLabel(locale, e));
  return `<script type="application/ld+json" data-exercise-card>${structuredDataJson(exercise, dose, lang, equipment)}</script>`;
}
