/**
 * Words for the dataset's closed vocabularies, in the language `msg()` answers in: the source of
 * every such word (the XLIFF and the words a bundled exercise's chunk carries are made from these).
 * A card loads these tables only for an exercise that is not bundled (a `src` file, inline JSON,
 * `registerDataset`): see vocabulary-words.ts. Each table is made once per page (a message is
 * looked up in the locale it is called with), not once per call.
 */
import type { Category, Equipment, Muscle, Position, Side } from '../data/vocabulary.js';
import { msg, type Message } from './msg.js';

const CATEGORY_LABELS: Readonly<Record<Category, Message>> = {
  release: msg('Release', { id: 'category.release' }),
  stretch: msg('Stretch', { id: 'category.stretch' }),
  mobility: msg('Mobility', { id: 'category.mobility' }),
  strength: msg('Strength', { id: 'category.strength' }),
  core: msg('Core', { id: 'category.core' }),
  'warm-up': msg('Warm-up', { id: 'category.warm-up' }),
  cardio: msg('Cardio', { id: 'category.cardio' }),
  plyometrics: msg('Plyometrics', { id: 'category.plyometrics' }),
};
export const categoryLabel = (locale: string, value: Category): string => CATEGORY_LABELS[value](locale);

const POSITION_LABELS: Readonly<Record<Position, Message>> = {
  standing: msg('Standing', { id: 'position.standing' }),
  seated: msg('Seated', { id: 'position.seated' }),
  'seated-or-standing': msg('Seated or standing', { id: 'position.seated-or-standing' }),
  kneeling: msg('Kneeling', { id: 'position.kneeling' }),
  supine: msg('Lying on your back', { id: 'position.supine' }),
  prone: msg('Lying face down', { id: 'position.prone' }),
  'all-fours': msg('On hands and knees', { id: 'position.all-fours' }),
  'side-lying': msg('Lying on your side', { id: 'position.side-lying' }),
};
export const positionLabel = (locale: string, value: Position): string => POSITION_LABELS[value](locale);

const SIDE_LABELS: Readonly<Record<Side, Message>> = {
  both: msg('Both sides together', { id: 'side.both' }),
  each: msg('Each side', { id: 'side.each' }),
  alternate: msg('Alternating sides', { id: 'side.alternate' }),
  left: msg('Left side', { id: 'side.left' }),
  right: msg('Right side', { id: 'side.right' }),
};
export const sideLabel = (locale: string, value: Side): string => SIDE_LABELS[value](locale);

const EQUIPMENT_LABELS: Readonly<Record<Equipment, Message>> = {
  wall: msg('Wall', { id: 'equipment.wall' }),
  'door-frame': msg('Door frame', { id: 'equipment.door-frame' }),
  'massage-ball': msg('Massage ball', { id: 'equipment.massage-ball' }),
  'resistance-band': msg('Resistance band', { id: 'equipment.resistance-band' }),
  'door-anchor': msg('Door anchor', { id: 'equipment.door-anchor' }),
  'sturdy-anchor': msg('Sturdy anchor point', { id: 'equipment.sturdy-anchor' }),
  chair: msg('Chair', { id: 'equipment.chair' }),
  mat: msg('Mat', { id: 'equipment.mat' }),
  towel: msg('Towel', { id: 'equipment.towel' }),
  pillow: msg('Pillow', { id: 'equipment.pillow' }),
  dumbbells: msg('Dumbbells', { id: 'equipment.dumbbells' }),
  'cable-machine': msg('Cable machine', { id: 'equipment.cable-machine' }),
  counter: msg('Counter', { id: 'equipment.counter' }),
  couch: msg('Couch', { id: 'equipment.couch' }),
  barbell: msg('Barbell', { id: 'equipment.barbell' }),
  kettlebell: msg('Kettlebell', { id: 'equipment.kettlebell' }),
  machine: msg('Machine', { id: 'equipment.machine' }),
  'medicine-ball': msg('Medicine ball', { id: 'equipment.medicine-ball' }),
  'exercise-ball': msg('Exercise ball', { id: 'equipment.exercise-ball' }),
  'foam-roller': msg('Foam roller', { id: 'equipment.foam-roller' }),
  'ez-bar': msg('EZ curl bar', { id: 'equipment.ez-bar' }),
  bench: msg('Bench', { id: 'equipment.bench' }),
  other: msg('Other equipment', { id: 'equipment.other' }),
};
export const equipmentLabel = (locale: string, value: Equipment): string => EQUIPMENT_LABELS[value](locale);

const MUSCLE_LABELS: Readonly<Record<Muscle, Message>> = {
  rhomboids: msg('Rhomboids', { id: 'muscle.rhomboids' }),
  trapezius: msg('Trapezius', { id: 'muscle.trapezius' }),
  'upper-trapezius': msg('Upper trapezius', { id: 'muscle.upper-trapezius' }),
  'middle-trapezius': msg('Middle trapezius', { id: 'muscle.middle-trapezius' }),
  'lower-trapezius': msg('Lower trapezius', { id: 'muscle.lower-trapezius' }),
  deltoids: msg('Deltoids', { id: 'muscle.deltoids' }),
  'anterior-deltoid': msg('Front deltoid', { id: 'muscle.anterior-deltoid' }),
  'posterior-deltoid': msg('Rear deltoid', { id: 'muscle.posterior-deltoid' }),
  'rotator-cuff': msg('Rotator cuff', { id: 'muscle.rotator-cuff' }),
  infraspinatus: msg('Infraspinatus', { id: 'muscle.infraspinatus' }),
  subscapularis: msg('Subscapularis', { id: 'muscle.subscapularis' }),
  'pectoralis-major': msg('Pectoralis major', { id: 'muscle.pectoralis-major' }),
  'pectoralis-minor': msg('Pectoralis minor', { id: 'muscle.pectoralis-minor' }),
  'serratus-anterior': msg('Serratus anterior', { id: 'muscle.serratus-anterior' }),
  'latissimus-dorsi': msg('Latissimus dorsi', { id: 'muscle.latissimus-dorsi' }),
  'levator-scapulae': msg('Levator scapulae', { id: 'muscle.levator-scapulae' }),
  'deep-neck-flexors': msg('Deep neck flexors', { id: 'muscle.deep-neck-flexors' }),
  'neck-extensors': msg('Neck extensors', { id: 'muscle.neck-extensors' }),
  neck: msg('Neck', { id: 'muscle.neck' }),
  'erector-spinae': msg('Erector spinae', { id: 'muscle.erector-spinae' }),
  'middle-back': msg('Middle back', { id: 'muscle.middle-back' }),
  abdominals: msg('Abdominals', { id: 'muscle.abdominals' }),
  'transversus-abdominis': msg('Transversus abdominis', { id: 'muscle.transversus-abdominis' }),
  obliques: msg('Obliques', { id: 'muscle.obliques' }),
  glutes: msg('Glutes', { id: 'muscle.glutes' }),
  hamstrings: msg('Hamstrings', { id: 'muscle.hamstrings' }),
  quadriceps: msg('Quadriceps', { id: 'muscle.quadriceps' }),
  'hip-flexors': msg('Hip flexors', { id: 'muscle.hip-flexors' }),
  adductors: msg('Adductors', { id: 'muscle.adductors' }),
  abductors: msg('Abductors', { id: 'muscle.abductors' }),
  calves: msg('Calves', { id: 'muscle.calves' }),
  biceps: msg('Biceps', { id: 'muscle.biceps' }),
  triceps: msg('Triceps', { id: 'muscle.triceps' }),
  forearms: msg('Forearms', { id: 'muscle.forearms' }),
};
export const muscleLabel = (locale: string, value: Muscle): string => MUSCLE_LABELS[value](locale);

const BY_ID: ReadonlyMap<string, Message> = new Map(
  Object.entries({ category: CATEGORY_LABELS, position: POSITION_LABELS, side: SIDE_LABELS, equipment: EQUIPMENT_LABELS, muscle: MUSCLE_LABELS }).flatMap(([kind, table]) =>
    Object.entries(table as Readonly<Record<string, Message>>).map(([value, message]) => [`${kind}.${value}`, message] as const),
  ),
);
/** The word for a vocabulary id (`equipment.wall`) in `locale`; undefined for an unknown id. */
export const vocabularyLabel = (locale: string, id: string): string | undefined => BY_ID.get(id)?.(locale);
