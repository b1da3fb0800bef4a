// A WordPress session in the browser, as the tests' users (check-author, check-contributor) have it.

/**
 * Opens a page in `context`, signs in as `user` (the test users' password is check-pass) and
 * returns the page with the page errors it meets from then on.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} site the site's URL
 * @param {string} user
 */
export async function loggedInPage(context, site, user) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${site}/wp-login.php`);
  await page.fill('#user_login', user);
  await page.fill('#user_pass', 'check-pass');
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  return { page, errors };
}
