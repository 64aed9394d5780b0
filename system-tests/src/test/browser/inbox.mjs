// The example inbox page (frontend/) in headless Chromium, as a user of the platform uses it: run by
// InboxPageSystemTests against the services it started. It serves the built page itself, on the port the services
// allow, and creates assignments through core-service's REST API as an administrator would. Prints one JSON line of
// what it did and exits with 1 at the first expectation that fails.
import { expectCount, expectText, launch, runSteps, screenshot } from './browser.mjs';
import { assign, expectNotReloaded, markNotReloaded, serveInbox, signIn } from './inbox-page.mjs';

const env = process.env;

const server = await serveInbox();
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
const badge = page.locator('[data-testid="badge"]');
const items = page.locator('[data-testid="list"] li');

await runSteps(browser, page, 'inbox', [
	['the user signs in and sees the badge', async () => {
		await signIn(page);
		// the project's notification, read (so seen) before: listed, not on the badge
		await expectText(page, page.locator('#page'), /1 in all/);
		await expectText(page, badge, /^0$/);
		await markNotReloaded(page);
	}],
	['an assignment made through core-service appears without a reload', async () => {
		await assign(env.FIRST_TITLE);
		await expectText(page, badge, /^1$/);
		await expectText(page, items.first(), new RegExp(env.FIRST_TITLE));
		await screenshot(page, 'inbox-new-notification');
	}],
	['marking it read brings the badge down', async () => {
		await items.first().locator('button', { hasText: 'Mark read' }).click();
		await expectText(page, badge, /^0$/);
		await screenshot(page, 'inbox-read');
	}],
	['a second assignment shows in the unread filter, and mark all read clears it', async () => {
		await assign(env.SECOND_TITLE);
		await expectText(page, badge, /^1$/);
		await page.selectOption('#filter', 'false');
		await expectCount(page, items, 1);
		await expectText(page, items.first(), new RegExp(env.SECOND_TITLE));
		await page.click('#mark-all-read');
		await expectText(page, badge, /^0$/);
		await expectCount(page, items, 0);
	}],
	['a notification is deleted', async () => {
		await page.selectOption('#filter', '');
		await expectCount(page, items, 3);
		const deleted = await items.last().getAttribute('data-id');
		await items.last().locator('button', { hasText: 'Delete' }).click();
		await expectCount(page, items, 2);
		await expectText(page, page.locator('#page'), /2 in all/);
		return { deleted };
	}],
	['all of it without a reload', async () => {
		await expectNotReloaded(page);
	}],
]);
server.close();
