// The block editor as an Author: search an exercise by its Spanish name in the block's sidebar,
// see the element itself as the preview, publish, and read the post. Used by e2e.mjs.
import { loggedInPage } from './login.mjs';

/**
 * @param {import('playwright-core').BrowserContext} context a context with no session yet
 * @param {string} site the site's URL
 * @param {(name: string, ok: boolean, detail?: string) => void} check
 */
export async function checkEditor(context, site, check) {
  const { page, errors } = await loggedInPage(context, site, 'check-author');
  await page.goto(`${site}/wp-admin/post-new.php`);
  await page.waitForFunction(() => window.wp?.data?.select('core/block-editor') && window.wp.blocks.getBlockType('exercise-elements/exercise-card'));
  await page.evaluate(() => {
    const { dispatch, select } = window.wp.data;
    if (select('core/edit-post').isFeatureActive('welcomeGuide')) dispatch('core/edit-post').toggleFeature('welcomeGuide');
    dispatch('core/editor').editPost({ title: 'Written in the block editor' });
    const block = window.wp.blocks.createBlock('exercise-elements/exercise-card', {});
    dispatch('core/block-editor').insertBlocks(block);
    dispatch('core/block-editor').selectBlock(block.clientId);
    dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
  });
  const search = page.getByRole('combobox', { name: 'Exercise' });
  await search.fill('pared');
  const option = page.getByRole('option', { name: /Wall angels \(Ángeles en la pared\)/ });
  const found = await option.isVisible().catch(() => false);
  check('editor: the sidebar finds "Wall angels" by its Spanish name', found);
  if (found) await option.click();
  else await page.evaluate(() => window.wp.data.dispatch('core/block-editor').updateBlockAttributes(window.wp.data.select('core/block-editor').getSelectedBlockClientId(), { exercise: 'wall-angels' }));
  const preview = await page
    .waitForFunction(() => document.querySelector('.editor-styles-wrapper exercise-card, iframe')
      && [...document.querySelectorAll('exercise-card')].some((el) => el.shadowRoot?.querySelector('[part="title"]')?.textContent.trim() === 'Wall angels'))
    .then(() => true, () => false);
  check('editor: the preview is the element itself, rendered', preview);
  const stored = await page
    .waitForFunction(() => {
      const [block] = window.wp.data.select('core/block-editor').getBlocks();
      return block?.attributes.fallback?.includes('exercise="wall-angels"') ? block.attributes.fallback : false;
    })
    .then((handle) => handle.jsonValue(), () => '');
  check('editor: the block stores the server-rendered element with its fallback (no shadow root)', stored.includes('exercise="wall-angels"') && stored.includes('<h3>Wall angels</h3>') && !stored.includes('<template'), stored.slice(0, 80));
  await page.evaluate(() => {
    window.wp.data.dispatch('core/editor').editPost({ status: 'publish' });
    return window.wp.data.dispatch('core/editor').savePost();
  });
  const { link, id } = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPost());
  // Opened again from what was stored: the block parses back without a validation error.
  await page.goto(`${site}/wp-admin/post.php?post=${id}&action=edit`);
  await page.waitForFunction(() => window.wp?.data?.select('core/block-editor')?.getBlocks().length > 0);
  const valid = await page.evaluate(() => window.wp.data.select('core/block-editor').getBlocks().map((b) => `${b.name}:${b.isValid}`));
  check('editor: the stored block is valid when the post is opened again', valid.join() === 'exercise-elements/exercise-card:true', valid.join());
  check('editor: no page errors', errors.length === 0, errors.join('; ').slice(0, 200));
  await page.close();
  return link;
}
