import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { attr, sharedArgTypes } from './story-helpers.js';
import { ref } from 'lit/directives/ref.js';
import '../src/routine-player.js';
import type { RoutinePlayer } from '../src/routine-player.js';

interface Args {
  routine?: string;
  rounds?: string;
  'rest-between'?: string;
  'lead-in'?: string;
  muted?: boolean;
  voice?: boolean;
  remember?: boolean;
  'wake-lock'?: 'on' | 'off';
  theme?: 'auto' | 'light' | 'dark';
  lang?: string;
  state?: 'idle' | 'playing' | 'rest' | 'paused' | 'complete';
}


const into = (state: Args['state']) => (el: Element | undefined) => {
  const player = el as RoutinePlayer | undefined;
  if (!player || !state || state === 'idle') return;
  const go = () => {
    if (!player.shadowRoot?.querySelector('[data-status]')) return void setTimeout(go, 50);
    player.play();
    if (state === 'rest') player.next();
    if (state === 'paused') player.pause();
    if (state === 'complete') {
      player.goTo(999);
      void player.updateComplete.then(() => player.shadowRoot?.querySelector('rep-timer')?.skip());
    }
  };
  go();
};

const meta: Meta<Args> = {
  title: 'Elements/routine-player',
  component: 'routine-player',
  args: { routine: 'healthy-upper-back', muted: true, theme: 'auto', state: 'idle' },
  argTypes: {
    ...sharedArgTypes,
    routine: { control: 'select', options: ['band-posture-circuit', 'seated-posture-raise-plan', 'upper-back-pain-programme', 'desk-neck-and-shoulder-stretches', 'healthy-upper-back'] },
    'wake-lock': { control: 'inline-radio', options: ['on', 'off'] },
    state: { control: 'select', options: ['idle', 'playing', 'rest', 'paused', 'complete'] },
  },
  render: (args) => html`<routine-player
    routine=${attr(args.routine)}
    rounds=${attr(args.rounds)}
    rest-between=${attr(args['rest-between'])}
    lead-in=${attr(args['lead-in'])}
    wake-lock=${attr(args['wake-lock'])}
    theme=${attr(args.theme)}
    lang=${attr(args.lang)}
    ?muted=${args.muted}
    ?voice=${args.voice}
    ?remember=${args.remember}
    ${ref(into(args.state))}
  ></routine-player>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Idle: Story = {};
export const Playing: Story = { args: { state: 'playing' } };
export const Resting: Story = { args: { state: 'rest' } };
export const Paused: Story = { args: { state: 'paused' } };
export const Complete: Story = { args: { state: 'complete', 'lead-in': '0' } };
export const Circuit: Story = { args: { routine: 'band-posture-circuit', rounds: '2' } };
export const Dark: Story = { args: { theme: 'dark', state: 'playing' } };
export const RightToLeft: Story = { args: { lang: 'ar', state: 'playing' } };
export const Remember: Story = { args: { remember: true } };
export const Declarative: Story = {
  render: () => html`<routine-player label="My two-minute reset" rounds="2" rest-between="15" muted>
    <routine-step exercise="shoulder-roll" reps="5">Shoulder roll, 5 times</routine-step>
    <routine-step exercise="neck-circles" reps="4">Neck circles, 4 times</routine-step>
    <routine-step rest="20">Rest 20 seconds</routine-step>
    <routine-step exercise="clasped-hands-chest-opener" hold="15" reps="1">Chest opener, hold 15 seconds</routine-step>
  </routine-player>`,
};
export const UnknownExercise: Story = {
  render: () => html`<routine-player><routine-step exercise="wall-angels"></routine-step><routine-step exercise="moonwalk"></routine-step></routine-player>`,
};
export const UnknownRoutine: Story = { args: { routine: 'no-such-routine' } };
