// One renderer, two doors: renderSnippet running in the browser writes what the Node command writes.
// (Its own page: Lit's server renderer changes how LitElement makes render roots where it is loaded.)
import { expect } from '@open-wc/testing';
import { renderSnippet } from '../../src/snippet/render-snippet.js';
import { optionsFromQuery, optionsToQuery } from '../../src/snippet/snippet-options.js';
import { nodeSnippet } from './article-frame.js';

describe('renderSnippet in the browser', () => {
  it('writes the same snippet as the Node command for the same options', async () => {
    const options = optionsFromQuery(new URLSearchParams('exercise=band-pull-apart&lang=de&variant=compact&timer=1&structured-data=1&sets=2&rest=40'));
    expect(await renderSnippet(options)).to.equal(
      await nodeSnippet('band-pull-apart', '--lang', 'de', '--variant', 'compact', '--timer', '--structured-data', '--sets', '2', '--rest', '40'),
    );
  });

  it('reads and writes the query string both ways', () => {
    const query = 'exercise=wall-angels&lang=es&theme=dark&variant=compact&timer=1&structured-data=1&sets=2&reps=8-12';
    expect(optionsToQuery(optionsFromQuery(new URLSearchParams(query))).toString()).to.equal(query);
    const plan = 'routine=healthy-upper-back&lang=fr&rounds=3&rest-between=20&lead-in=0';
    expect(optionsToQuery(optionsFromQuery(new URLSearchParams(plan))).toString()).to.equal(plan);
    // A plan is a routine's: a card's query keeps none.
    expect(optionsToQuery(optionsFromQuery(new URLSearchParams('exercise=wall-angels&rounds=3'))).toString()).to.equal('exercise=wall-angels');
    expect(optionsFromQuery(new URLSearchParams('exercise=wall-angels&theme=purple&timer=0')).theme).to.equal(undefined);
    expect(optionsFromQuery(new URLSearchParams('exercise=wall-angels&timer=0')).timer).to.equal(undefined);
  });
});
