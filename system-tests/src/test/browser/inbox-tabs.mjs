// The example inbox page (frontend/) open in two tabs of one browser, signed in as the same user: what the user does
// in one tab shows in the other without a reload, through the live stream. Run by InboxPageSystemTests, with a user
// whose one notification (the project's, PROJECT_NOTIFICATION_ID) is unread and unseen. Prints one JSON line of what
// it did and exits with 1 at the first expectation that fails.
import { WAIT, expectCount, expectText, launch, runSteps, screenshot } from './browser.mjs';
import { assign, expectNotReloaded, markNotReloaded, serveInbox, signIn } from './inbox-page.mjs';

const env = process.env;

const server = await serveInbox();
const browser = await launch();
// one browser context: two tabs, each signed in on its own as a user who opens the page twice is
const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
const tabs = [await context.newPage(), await context.newPage()];
const [one, other] = tabs;
const badge = (tab) => tab.locator('[data-testid="badge"]');
const items = (tab) => tab.locator('[data-testid="list"] li');
const project = (tab) => tab.locator(`[data-testid="list"] li[data-id="${env.PROJECT_NOTIFICATION_ID}"]`);
const task = (tab) => items(tab).filter({ hasText: env.FIRST_TITLE });

async function inBoth(expectation) {
	for (const tab of tabs) {
		await expectation(tab);
	}
}

await runSteps(browser, tabs, 'inbox-tabs', [
	['the user signs in in two tabs', async () => {
		for (const tab of tabs) {
			await signIn(tab);
		}
		await inBoth(async (tab) => {
			await expectText(tab, tab.locator('#page'), /1 in all/);
			await expectText(tab, badge(tab), /^1$/);
			await expectCount(tab, project(tab), 1);
			await markNotReloaded(tab);
		});
	}],
	['a new assignment shows in both', async () => {
		await assign(env.FIRST_TITLE);
		await inBoth(async (tab) => {
			await expectText(tab, badge(tab), /^2$/);
			await expectCount(tab, task(tab), 1);
			await expectText(tab, tab.locator('#page'), /2 in all/);
		});
	}],
	['opening the bell in one tab clears the badge in the other', async () => {
		await one.click('#bell');
		await one.locator('#inbox').waitFor({ state: 'hidden', timeout: WAIT });
		await one.click('#bell');
		await one.locator('#inbox').waitFor({ state: 'visible', timeout: WAIT });
		await inBoth(async (tab) => {
			await expectText(tab, badge(tab), /^0$/);
			await expectCount(tab, items(tab).and(tab.locator('.unseen')), 0);
		});
	}],
	['marking the task read in one tab shows it read in the other', async () => {
		const read = await task(one).getAttribute('data-id');
		await expectCount(other, task(other).and(other.locator('.unread')), 1);
		await task(one).getByRole('button', { name: 'Mark read', exact: true }).click();
		await inBoth(async (tab) => {
			await expectCount(tab, task(tab).and(tab.locator('.unread')), 0);
			await expectCount(tab, task(tab).getByRole('button', { name: 'Mark unread', exact: true }), 1);
		});
		await screenshot(other, 'inbox-tabs-read');
		return { read };
	}],
	["archiving in one tab moves the notification into the other's archive", async () => {
		await other.selectOption('#view', 'archived');
		await expectCount(other, items(other), 0);
		await project(one).getByRole('button', { name: 'Archive', exact: true }).click();
		await expectCount(one, items(one), 1);
		await expectText(one, one.locator('#page'), /1 in all/);
		await expectCount(one, project(one), 0);
		await expectCount(other, items(other), 1);
		await expectCount(other, project(other), 1);
		await screenshot(other, 'inbox-tabs-archive');
	}],
	['unarchiving it there brings it back to the first tab', async () => {
		await project(other).getByRole('button', { name: 'Unarchive', exact: true }).click();
		await expectCount(other, items(other), 0);
		await expectCount(one, project(one), 1);
		await expectText(one, one.locator('#page'), /2 in all/);
		// and archived again, from this tab, so that the API shows it archived
		await project(one).getByRole('button', { name: 'Archive', exact: true }).click();
		await expectCount(other, project(other), 1);
		return { archived: env.PROJECT_NOTIFICATION_ID };
	}],
	['neither tab was reloaded, nor said an error', async () => {
		await inBoth(async (tab) => {
			await expectNotReloaded(tab);
			await tab.locator('#message').waitFor({ state: 'hidden', timeout: WAIT });
		});
	}],
]);
server.close();
