import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { attr, sharedArgTypes } from './story-helpers.js';
import '../src/exercise-card.js';

interface Args {
  exercise?: string;
  src?: string;
  sets?: string;
  reps?: string;
  hold?: string;
  rest?: string;
  duration?: string;
  side?: string;
  variant?: 'full' | 'compact';
  timer?: boolean;
  'structured-data'?: boolean;
  'heading-level'?: number;
  theme?: 'auto' | 'light' | 'dark';
  lang?: string;
}


const renderCard = (args: Args, content: unknown = nothing) => html`
  <exercise-card
    exercise=${attr(args.exercise)}
    src=${attr(args.src)}
    sets=${attr(args.sets)}
    reps=${attr(args.reps)}
    hold=${attr(args.hold)}
    rest=${attr(args.rest)}
    duration=${attr(args.duration)}
    side=${attr(args.side)}
    variant=${attr(args.variant)}
    heading-level=${attr(args['heading-level'])}
    theme=${attr(args.theme)}
    lang=${attr(args.lang)}
    ?timer=${args.timer}
    ?structured-data=${args['structured-data']}
  >${content}</exercise-card>
`;

const meta: Meta<Args> = {
  title: 'Elements/exercise-card',
  component: 'exercise-card',
  args: { exercise: 'wall-angels', variant: 'full', timer: false, theme: 'auto' },
  argTypes: {
    ...sharedArgTypes,
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
  },
  render: (args) => renderCard(args),
};
export default meta;
type Story = StoryObj<Args>;

export const Full: Story = {};
export const WithTimer: Story = { args: { exercise: 'rhomboid-stretch', timer: true } };
export const Compact: Story = { args: { exercise: 'childs-pose', variant: 'compact', timer: true } };
export const DoseOverrides: Story = { args: { exercise: 'wall-push-up', sets: '3', reps: '10', rest: '60' } };
export const Variations: Story = { args: { exercise: 'couch-push-up' } };
export const Dark: Story = { args: { exercise: 'band-pull-apart', theme: 'dark' } };
export const Light: Story = { args: { exercise: 'band-pull-apart', theme: 'light' } };
export const RightToLeft: Story = { args: { exercise: 'cat-cow', lang: 'ar' } };
export const Sidebar: Story = { args: { exercise: 'shoulder-shrugs' }, decorators: [(story) => html`<div style="inline-size: 280px">${story()}</div>`] };
export const AuthorMedia: Story = {
  args: { exercise: 'band-pull-apart' },
  render: (args) => renderCard(args, html`<img slot="media" src="media/band-pull-apart-0.jpg" alt="Arms in front, band taut" width="850" height="567" /><img slot="media" src="media/band-pull-apart-1.jpg" alt="Arms wide, band across the chest" width="850" height="567" /><p slot="notes">I do these between meetings.</p><p slot="disclaimer">Check with your physiotherapist before starting.</p>`),
};
export const NotFound: Story = { args: { exercise: 'wall-angel' } };
export const InvalidData: Story = { args: { exercise: 'fixture-reach', src: 'data/invalid.json' } };
export const BrokenSource: Story = { args: { exercise: 'x', src: 'data/missing.json' } };
