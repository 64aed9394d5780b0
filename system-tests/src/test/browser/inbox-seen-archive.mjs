// The example inbox page (frontend/) in headless Chromium: the bell's badge counts what the user has not seen, and
// opening the bell clears it without marking anything read; archiving moves a notification out of the inbox into
// the archive, snoozing into the snoozed ones. Run by InboxPageSystemTests, with a user whose one notification (the
// project's, PROJECT_NOTIFICATION_ID) is unread and unseen.
// Prints one JSON line of what it did and exits with 1 at the first expectation that fails.
import { WAIT, expectCount, expectText, launch, runSteps, screenshot } from './browser.mjs';
import { assign, expectNotReloaded, markNotReloaded, serveInbox, signIn } from './inbox-page.mjs';

const env = process.env;

const server = await serveInbox();
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
const badge = page.locator('[data-testid="badge"]');
const items = page.locator('[data-testid="list"] li');
const inbox = page.locator('#inbox');
const project = page.locator(`[data-testid="list"] li[data-id="${env.PROJECT_NOTIFICATION_ID}"]`);

await runSteps(browser, page, 'inbox-seen', [
	['the user signs in and the badge counts the notification they have not seen', async () => {
		await signIn(page);
		await expectText(page, page.locator('#page'), /1 in all/);
		await expectText(page, badge, /^1$/);
		await expectCount(page, items.and(page.locator('.unseen')), 1);
		await markNotReloaded(page);
	}],
	['with the bell closed, a new assignment counts on the badge too', async () => {
		await page.click('#bell');
		await inbox.waitFor({ state: 'hidden', timeout: WAIT });
		await assign(env.FIRST_TITLE);
		await expectText(page, badge, /^2$/);
	}],
	['opening the bell clears the badge and leaves both notifications unread', async () => {
		await page.click('#bell');
		await inbox.waitFor({ state: 'visible', timeout: WAIT });
		await expectText(page, badge, /^0$/);
		await expectCount(page, items, 2);
		await expectCount(page, items.and(page.locator('.unseen')), 0);
		await expectCount(page, items.and(page.locator('.unread')), 2);
		await screenshot(page, 'inbox-seen');
	}],
	['archiving the new one moves it out of the inbox into the archive', async () => {
		const first = items.filter({ hasText: env.FIRST_TITLE });
		const archived = await first.getAttribute('data-id');
		await first.getByRole('button', { name: 'Archive', exact: true }).click();
		await expectCount(page, items, 1);
		await expectText(page, page.locator('#page'), /1 in all/);
		await expectCount(page, items.filter({ hasText: env.FIRST_TITLE }), 0);
		await page.selectOption('#view', 'archived');
		// the inbox listed one notification too: the archive is shown once the task's is
		await expectText(page, items.first(), new RegExp(env.FIRST_TITLE));
		await expectCount(page, items, 1);
		await expectCount(page, items.first().getByRole('button', { name: 'Unarchive', exact: true }), 1);
		if (!(await page.locator('#mark-all-read').isDisabled())) {
			throw new Error('mark all read, which acts on the inbox only, is offered in the archive');
		}
		await screenshot(page, 'inbox-archive');
		return { archived };
	}],
	['snoozing the other one takes it out of the inbox until then', async () => {
		await page.selectOption('#view', 'inbox');
		// the archive listed one notification too: the inbox is shown once the project's is
		await expectCount(page, project, 1);
		await expectCount(page, items, 1);
		await project.getByRole('button', { name: 'Snooze 1 h', exact: true }).click();
		await expectCount(page, items, 0);
		await expectText(page, page.locator('#page'), /0 in all/);
		await page.selectOption('#view', 'snoozed');
		await expectCount(page, project, 1);
		await expectCount(page, items, 1);
		await expectText(page, project, /snoozed until/);
		return { snoozed: env.PROJECT_NOTIFICATION_ID };
	}],
	['all of it without a reload, and without an error', async () => {
		await expectNotReloaded(page);
		await page.locator('#message').waitFor({ state: 'hidden', timeout: WAIT });
	}],
]);
server.close();
