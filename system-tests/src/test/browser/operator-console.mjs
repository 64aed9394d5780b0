// The operators' console in headless Chromium, as an administrator uses it: run by OperatorConsoleSystemTests
// against the services it started, with what to look for in the environment. Prints one JSON line of what it did
// (for the test to check through the APIs) and exits with 1 at the first expectation that fails.
import { expectText, launch, runSteps, screenshot, WAIT } from './browser.mjs';

const env = process.env;
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('dialog', (dialog) => dialog.accept());

async function signIn(username, password) {
	await page.fill('#password-form [name=username]', username);
	await page.fill('#password-form [name=password]', password);
	await page.click('#password-form button[type=submit]');
}

async function view(name) {
	await page.click(`nav [data-view="${name}"]`);
	await page.locator(`#${name}`).waitFor({ state: 'visible', timeout: WAIT });
}

await runSteps(browser, page, 'console', [
	['a wrong password is refused', async () => {
		await page.goto(env.CONSOLE_URL);
		await signIn(env.ADMIN_USERNAME, 'not-the-password');
		await expectText(page, page.locator('#message'), /Invalid username or password/);
	}],
	['a user who is no administrator is turned away', async () => {
		await signIn(env.USER_USERNAME, env.USER_PASSWORD);
		await expectText(page, page.locator('#message'), /not an administrator/);
		if (await page.locator('#views').isVisible()) {
			throw new Error('the views are shown to a user who is no administrator');
		}
	}],
	['the administrator signs in and sees the sync overview', async () => {
		await signIn(env.ADMIN_USERNAME, env.ADMIN_PASSWORD);
		await expectText(page, page.locator('#who-name'), new RegExp(env.ADMIN_USERNAME));
		await expectText(page, page.locator('[data-testid="odoo"] .value'), /^configured$/);
		await expectText(page, page.locator('[data-testid="circuit"] .value'), /^(closed|half_open|open)$/);
		await expectText(page, page.locator('[data-testid="paused"] .value'), /^(none|paused)$/);
		await expectText(page, page.locator('[data-testid="budget"] .value'), /^\d+\.\d of \d+(\.\d+)? req\/s$/);
		await expectText(page, page.locator('[data-testid="fallback"] .value'), /^shared$/);
		await expectText(page, page.locator('[data-testid="lag"] .value'), /^\d+ s$/);
		await expectText(page, page.locator('[data-testid="pull-lag"] .value'), /^\d+ s$/);
		await expectText(page, page.locator('[data-testid="pulls"] tbody'), /project\.project[\s\S]*project\.task[\s\S]*res\.partner/);
		await expectText(page, page.locator('[data-testid="entities"] tbody'), /user[\s\S]*project[\s\S]*task/);
		await screenshot(page, 'console-overview');
	}],
	['the task Odoo refused is listed with its reason, and resynced', async () => {
		await view('failures');
		const failure = page.locator(`tr[data-entity="task/${env.REFUSED_TASK_ID}"]`);
		await failure.waitFor({ timeout: WAIT });
		const reason = await expectText(page, failure.locator('td.reason'), /\S/);
		await screenshot(page, 'console-failures');
		await failure.locator('button', { hasText: 'Resync' }).click();
		await expectText(page, page.locator('#message'), new RegExp(`task ${env.REFUSED_TASK_ID} is pending again`));
		return { refusal_reason: reason };
	}],
	['the drift report runs', async () => {
		await view('drift');
		await page.click('#run-drift');
		const drift = await expectText(page, page.locator('[data-testid="drift-summary"]'), /In step|findings of drift/);
		await expectText(page, page.locator('[data-testid="drift-checked"] tbody'), /user[\s\S]*project[\s\S]*task/);
		await expectText(page, page.locator('[data-testid="from-odoo"] tbody'),
			new RegExp(`${env.CHANGED_IN_ODOO_TASK_ID}[\\s\\S]*title: .* → "Console renamed`));
		await screenshot(page, 'console-drift');
		return { drift };
	}],
	["a user's notifications are found, one is read and one deleted", async () => {
		await view('notifications');
		await page.fill('#notifications-filter [name=user_id]', env.NOTIFIED_USER_ID);
		await page.selectOption('#notifications-filter [name=type]', 'task_assigned');
		await page.click('#notifications-filter button[type=submit]');
		const rows = page.locator('[data-testid="notifications"] tbody tr[data-notification]');
		await expectText(page, page.locator('[data-pager="notifications"]'), /2 in all/);
		await rows.first().locator('button', { hasText: 'View' }).click();
		await expectText(page, page.locator('#notification-detail'), new RegExp(env.NOTIFIED_TASK_TITLE));
		await screenshot(page, 'console-notifications');
		const deleted = await rows.last().getAttribute('data-notification');
		await rows.last().locator('button', { hasText: 'Delete' }).click();
		await expectText(page, page.locator('#message'), new RegExp(`Notification ${deleted} deleted`));
		await expectText(page, page.locator('[data-pager="notifications"]'), /1 in all/);
		return { deleted_notification: deleted };
	}],
	['the scheduler shows its leader, and a deadline check is fired by hand', async () => {
		await view('scheduler');
		await expectText(page, page.locator('[data-testid="leader"]'), /^Leader: \S+ \(fencing token \d+\)$/);
		await expectText(page, page.locator('[data-testid="schedules"] tbody'),
			/batch_sync_odoo_pending[\s\S]*check_deadline_notifications/);
		await page.click('[data-tick="deadline-check"]');
		const fired = await expectText(page, page.locator('[data-testid="tick-result"]'),
			/^Tick \S+ of check_deadline_notifications/);
		await screenshot(page, 'console-scheduler');
		return { fired_tick: fired.split(' ')[1] };
	}],
	['signing out forgets the token', async () => {
		await page.click('#sign-out');
		await page.locator('#sign-in').waitFor({ state: 'visible', timeout: WAIT });
		await page.reload();
		await page.locator('#sign-in').waitFor({ state: 'visible', timeout: WAIT });
	}],
]);
