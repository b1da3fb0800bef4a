/** The player's own words; every phrase takes the locale it is wanted in. */
import { formatSeconds } from '../../i18n/format.js';
import { msg, str } from '../../i18n/msg.js';
import { itemsText } from '../../i18n/plural-items.js';
import type { RoutinePlayerErrorCode } from './routine-player.events.js';

export const exerciseOf = (locale: string, n: string, total: string) => msg(str`Exercise ${n} of ${total}`, { id: 'player.exercise-of' })(locale);
export const roundOf = (locale: string, n: string, total: string) => msg(str`Round ${n} of ${total}`, { id: 'player.round-of' })(locale);
export const timeLeft = (locale: string, seconds: number) =>
  msg(str`About ${formatSeconds(seconds < 60 ? seconds : Math.round(seconds / 60) * 60, locale)} left`, { id: 'player.time-left' })(locale);
export const nextUp = msg('Next up', { id: 'player.next-up' });
export const restLabel = msg('Rest', { id: 'player.rest' });
export const now = msg('Now', { id: 'player.now' });
export const lastOne = msg('Last one: you are nearly done', { id: 'player.last' });
export const showSteps = msg('How to do it', { id: 'player.show-steps' });
export const allExercises = (locale: string, count: number) => msg(str`All ${itemsText(count, locale)}`, { id: 'player.all-exercises' })(locale);
export const start = msg('Start the routine', { id: 'player.start' });
export const resumeAt = (locale: string, n: string, name: string) => msg(str`Resume at exercise ${n}: ${name}`, { id: 'player.resume-at' })(locale);
export const startOver = msg('Start over', { id: 'player.start-over' });
export const play = msg('Play', { id: 'player.play' });
export const pause = msg('Pause', { id: 'player.pause' });
export const previous = msg('Previous exercise', { id: 'player.previous' });
export const next = msg('Next exercise', { id: 'player.next' });
export const restart = msg('Restart', { id: 'player.restart' });
export const sound = msg('Sound', { id: 'player.sound' });
export const fullscreen = msg('Full screen', { id: 'player.fullscreen' });
/** Shown with the controls when spoken cues are on and the device has no voice for the content's language. */
export const noVoice = msg('This device has no voice for this language: cues are sounds only.', { id: 'player.no-voice' });
/** The heading of a routine written with steps and no `label`. */
export const untitled = msg('Routine', { id: 'player.untitled' });
export const complete = msg('Routine complete', { id: 'player.complete' });
export const doneIn = (locale: string, items: string, time: string) => msg(str`${items} done in ${time}.`, { id: 'player.done-in' })(locale);
export const again = msg('Do it again', { id: 'player.again' });
export const controlsLabel = msg('Routine controls', { id: 'player.controls' });
export const progressLabel = msg('Routine progress', { id: 'player.progress' });
export const firstUp = (locale: string, what: string) => msg(str`First up: ${what}`, { id: 'player.cue.first' })(locale);
export const nextCue = (locale: string, what: string) => msg(str`Next: ${what}`, { id: 'player.cue.next' })(locale);
export const restCue = (locale: string, what: string) => msg(str`Rest. Next: ${what}`, { id: 'player.cue.rest' })(locale);
export const frequency = (locale: string, text: string) => msg(str`Do this ${text}.`, { id: 'player.frequency' })(locale);
export const timesPerWeek = (locale: string, n: string) => msg(str`${n} times a week`, { id: 'player.times-per-week' })(locale);
export const atLeastTimesPerWeek = (locale: string, n: string) => msg(str`at least ${n} times a week`, { id: 'player.at-least-times-per-week' })(locale);
export const forWeeks = (locale: string, text: string, weeks: string) => msg(str`${text} for ${weeks} weeks`, { id: 'player.for-weeks' })(locale);
export const everyDay = msg('every day', { id: 'player.every-day' });
export const suggested = (locale: string, text: string) => msg(str`Suggested: ${text}`, { id: 'player.suggested' })(locale);
export const restBetween = (locale: string, time: string) => msg(str`rest ${time} between exercises.`, { id: 'player.rest-between' })(locale);
export const cautions = msg('Take care', { id: 'player.cautions' });

export function errorMessage(locale: string, code: RoutinePlayerErrorCode, detail: string): string {
  switch (code) {
    case 'missing-routine':
      return msg('No routine is named: give the player a routine attribute or routine-step children.', { id: 'player.error.missing' })(locale);
    case 'not-found':
      return msg(str`No routine called “${detail}” was found.`, { id: 'player.error.not-found' })(locale);
    case 'unknown-exercise':
      return msg(str`This routine names exercises that do not exist: ${detail}.`, { id: 'player.error.unknown-exercise' })(locale);
    case 'empty':
      return msg('This routine has no exercises.', { id: 'player.error.empty' })(locale);
    case 'invalid':
      return msg(str`The routine data has a problem: ${detail}`, { id: 'player.error.invalid' })(locale);
    case 'json':
      return msg('The routine data is not valid JSON.', { id: 'player.error.json' })(locale);
    default:
      return msg('The routine could not be loaded. Check your connection and try again.', { id: 'player.error.network' })(locale);
  }
}

export const formatElapsed = (locale: string, ms: number) => formatSeconds(Math.max(1, Math.round(ms / 1000)), locale, 'long');
