import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { attr, sharedArgTypes } from './story-helpers.js';
import { ref } from 'lit/directives/ref.js';
import '../src/rep-timer.js';
import type { RepTimer } from '../src/rep-timer.js';

interface Args {
  sets?: string;
  reps?: string;
  hold?: string;
  rest?: string;
  duration?: string;
  side?: string;
  tempo?: string;
  count?: 'pace' | 'tap';
  release?: string;
  'max-reps'?: string;
  'lead-in'?: string;
  label?: string;
  muted?: boolean;
  voice?: boolean;
  theme?: string;
  /** How far into the dose the story starts: steps skipped after start(). */
  state?: 'idle' | 'running' | 'rest' | 'paused' | 'complete';
}


/** Puts a fresh timer in the state the story names (after it has rendered). */
const into = (state: Args['state']) => (el: Element | undefined) => {
  const timer = el as RepTimer | undefined;
  if (!timer || state === 'idle' || !state) return;
  void timer.updateComplete.then(() => {
    timer.start();
    if (state === 'rest') timer.skip();
    if (state === 'paused') timer.pause();
    if (state === 'complete') while (timer.phase !== 'complete') timer.skip();
  });
};

const meta: Meta<Args> = {
  title: 'Elements/rep-timer',
  component: 'rep-timer',
  args: { 'lead-in': '3', muted: true, theme: 'auto', state: 'idle', count: 'pace' },
  argTypes: {
    ...sharedArgTypes,
    count: { control: 'inline-radio', options: ['pace', 'tap'], description: 'Who counts reps: the clock (pace) or the reader (tap, with "Rep done")' },
    release: { control: 'text', description: 'Seconds to relax between repeated holds (default: the rest, else 3)' },
    'max-reps': { control: 'text', description: 'For reps="max" in pace mode: end the set after this many reps' },
    state: { control: 'select', options: ['idle', 'running', 'rest', 'paused', 'complete'] },
  },
  render: (args) => html`
    <div style="max-inline-size: 24rem">
      <rep-timer
        sets=${attr(args.sets)}
        reps=${attr(args.reps)}
        hold=${attr(args.hold)}
        rest=${attr(args.rest)}
        duration=${attr(args.duration)}
        side=${attr(args.side)}
        tempo=${attr(args.tempo)}
        count=${attr(args.count)}
        release=${attr(args.release)}
        max-reps=${attr(args['max-reps'])}
        lead-in=${attr(args['lead-in'])}
        label=${attr(args.label)}
        theme=${attr(args.theme)}
        ?muted=${args.muted}
        ?voice=${args.voice}
        ${ref(into(args.state))}
      ></rep-timer>
    </div>
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Holds: Story = { args: { reps: '2', hold: '30', rest: '40', label: 'Rhomboid stretch' } };
export const TimedWork: Story = { args: { duration: '60', label: 'Light cardio' } };
export const PacedReps: Story = { args: { sets: '2', reps: '8-12', rest: '40', label: 'Wall push-up', 'lead-in': '0' } };
export const TappedReps: Story = { args: { sets: '2', reps: '8-12', rest: '40', count: 'tap', label: 'Wall push-up', 'lead-in': '0' } };
export const RepeatedHolds: Story = { args: { reps: '5', hold: '5', release: '3', label: 'Pectoral wall stretch' } };
export const AsManyAsYouCan: Story = { args: { sets: '3', reps: 'max', rest: '40', label: 'Band pull-apart', 'lead-in': '0' } };
export const EachSide: Story = { args: { hold: '20', side: 'each', label: 'Seated spinal twist' } };
export const TempoReps: Story = { args: { reps: '10', tempo: '3', label: 'Shoulder roll' } };
export const Running: Story = { args: { reps: '2', hold: '30', rest: '40', state: 'running', label: 'Child\'s pose' } };
export const Resting: Story = { args: { sets: '2', hold: '30', rest: '40', state: 'rest', 'lead-in': '0' } };
export const Paused: Story = { args: { duration: '60', state: 'paused', 'lead-in': '0' } };
export const Complete: Story = { args: { reps: '2', hold: '30', rest: '40', state: 'complete' } };
export const Dark: Story = { args: { reps: '2', hold: '30', rest: '40', theme: 'dark', state: 'running', 'lead-in': '0' }, parameters: { backgrounds: { default: 'dark' } } };
