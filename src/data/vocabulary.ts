/**
 * The closed vocabularies of the dataset format. They live apart from the schema so that views
 * can label values (through localization) without loading the validator. What dose parsing needs
 * (sides, limits) is in dose-vocabulary.ts: every page parses doses, only the validator reads these lists.
 */
import { DOSE_LIMITS, SIDES, type Side } from './dose-vocabulary.js';

export { DOSE_LIMITS, SIDES, type Side };

export const CATEGORIES = [
  'release',
  'stretch',
  'mobility',
  'strength',
  'core',
  'warm-up',
  'cardio',
  'plyometrics',
] as const;

export const POSITIONS = [
  'standing',
  'seated',
  'seated-or-standing',
  'kneeling',
  'supine',
  'prone',
  'all-fours',
  'side-lying',
] as const;

export const EQUIPMENT = [
  'wall',
  'door-frame',
  'massage-ball',
  'resistance-band',
  'door-anchor',
  'sturdy-anchor',
  'chair',
  'mat',
  'towel',
  'pillow',
  'dumbbells',
  'cable-machine',
  'counter',
  'couch',
  'barbell',
  'kettlebell',
  'machine',
  'medicine-ball',
  'exercise-ball',
  'foam-roller',
  'ez-bar',
  'bench',
  'other',
] as const;

export const MUSCLES = [
  'rhomboids',
  'trapezius',
  'upper-trapezius',
  'middle-trapezius',
  'lower-trapezius',
  'deltoids',
  'anterior-deltoid',
  'posterior-deltoid',
  'rotator-cuff',
  'infraspinatus',
  'subscapularis',
  'pectoralis-major',
  'pectoralis-minor',
  'serratus-anterior',
  'latissimus-dorsi',
  'levator-scapulae',
  'deep-neck-flexors',
  'neck-extensors',
  'neck',
  'erector-spinae',
  'middle-back',
  'abdominals',
  'transversus-abdominis',
  'obliques',
  'glutes',
  'hamstrings',
  'quadriceps',
  'hip-flexors',
  'adductors',
  'abductors',
  'calves',
  'biceps',
  'triceps',
  'forearms',
] as const;

export const LEVELS = ['beginner', 'intermediate', 'expert'] as const;

export const MEDIA_TYPES = ['image', 'video'] as const;

export type Category = (typeof CATEGORIES)[number];
export type Position = (typeof POSITIONS)[number];
export type Equipment = (typeof EQUIPMENT)[number];
export type Muscle = (typeof MUSCLES)[number];
export type Level = (typeof LEVELS)[number];
export type MediaType = (typeof MEDIA_TYPES)[number];
