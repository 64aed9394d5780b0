// The operators' console in headless Chromium, as an administrator uses it: run by OperatorConsoleSystemTests
// against the services it started, with what to look for in the environment. Prints one JSON line of what it did
// (for the test to check through the APIs) and exits with 1 at the first expectation that fails.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const env = process.env;
const WAIT = 30_000;
const shots = env.SCREENSHOTS;
mkdirSync(shots, { recursive: true });

const browser = await chromium.launch({
	executablePath: env.CHROMIUM,
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
		'--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const pageErrors = [];
page.on('pageerror', (error) => pageErrors.push(error.message));
page.on('dialog', (dialog) => dialog.accept());

let step = 'start';
const done = {};

async function screenshot(name) {
	await page.screenshot({ path: join(shots, `console-${name}.png`), fullPage: true });
}

// Waits until the locator's text matches, and says what it was when it did not.
async function expectText(locator, pattern) {
	const deadline = Date.now() + WAIT;
	let text = '';
	while (Date.now() < deadline) {
		text = (await locator.count()) ? await locator.first().innerText() : '(absent)';
		if (pattern.test(text)) {
			return text;
		}
		await page.waitForTimeout(200);
	}
	throw new Error(`expected ${pattern} but was "${text}"`);
}

async function signIn(username, password) {
	await page.fill('#password-form [name=username]', username);
	await page.fill('#password-form [name=password]', password);
	await page.click('#password-form button[type=submit]');
}

async function view(name) {
	await page.click(`nav [data-view="${name}"]`);
	await page.locator(`#${name}`).waitFor({ state: 'visible', timeout: WAIT });
}

try {
	step = 'a wrong password is refused';
	await page.goto(env.CONSOLE_URL);
	await signIn(env.ADMIN_USERNAME, 'not-the-password');
	await expectText(page.locator('#message'), /Invalid username or password/);

	step = 'a user who is no administrator is turned away';
	await signIn(env.USER_USERNAME, env.USER_PASSWORD);
	await expectText(page.locator('#message'), /not an administrator/);
	if (await page.locator('#views').isVisible()) {
		throw new Error('the views are shown to a user who is no administrator');
	}

	step = 'the administrator signs in and sees the sync overview';
	await signIn(env.ADMIN_USERNAME, env.ADMIN_PASSWORD);
	await expectText(page.locator('#who-name'), new RegExp(env.ADMIN_USERNAME));
	await expectText(page.locator('[data-testid="odoo"] .value'), /^configured$/);
	await expectText(page.locator('[data-testid="circuit"] .value'), /^(closed|half_open|open)$/);
	await expectText(page.locator('[data-testid="paused"] .value'), /^(none|paused)$/);
	await expectText(page.locator('[data-testid="budget"] .value'), /^\d+\.\d of \d+(\.\d+)? req\/s$/);
	await expectText(page.locator('[data-testid="fallback"] .value'), /^shared$/);
	await expectText(page.locator('[data-testid="lag"] .value'), /^\d+ s$/);
	await expectText(page.locator('[data-testid="entities"] tbody'), /user[\s\S]*project[\s\S]*task/);
	await screenshot('overview');

	step = 'the task Odoo refused is listed with its reason, and resynced';
	await view('failures');
	const failure = page.locator(`tr[data-entity="task/${env.REFUSED_TASK_ID}"]`);
	await failure.waitFor({ timeout: WAIT });
	done.refusal_reason = await expectText(failure.locator('td.reason'), /\S/);
	await screenshot('failures');
	await failure.locator('button', { hasText: 'Resync' }).click();
	await expectText(page.locator('#message'), new RegExp(`task ${env.REFUSED_TASK_ID} is pending again`));

	step = 'the drift report runs';
	await view('drift');
	await page.click('#run-drift');
	done.drift = await expectText(page.locator('[data-testid="drift-summary"]'), /In step|findings of drift/);
	await expectText(page.locator('[data-testid="drift-checked"] tbody'), /user[\s\S]*project[\s\S]*task/);
	await screenshot('drift');

	step = "a user's notifications are found, one is read and one deleted";
	await view('notifications');
	await page.fill('#notifications-filter [name=user_id]', env.NOTIFIED_USER_ID);
	await page.selectOption('#notifications-filter [name=type]', 'task_assigned');
	await page.click('#notifications-filter button[type=submit]');
	const rows = page.locator('[data-testid="notifications"] tbody tr[data-notification]');
	await expectText(page.locator('[data-pager="notifications"]'), /2 in all/);
	await rows.first().locator('button', { hasText: 'View' }).click();
	await expectText(page.locator('#notification-detail'), new RegExp(env.NOTIFIED_TASK_TITLE));
	await screenshot('notifications');
	done.deleted_notification = await rows.last().getAttribute('data-notification');
	await rows.last().locator('button', { hasText: 'Delete' }).click();
	await expectText(page.locator('#message'), new RegExp(`Notification ${done.deleted_notification} deleted`));
	await expectText(page.locator('[data-pager="notifications"]'), /1 in all/);

	step = 'the scheduler shows its leader, and a deadline check is fired by hand';
	await view('scheduler');
	await expectText(page.locator('[data-testid="leader"]'), /^Leader: \S+ \(fencing token \d+\)$/);
	await expectText(page.locator('[data-testid="schedules"] tbody'), /batch_sync_odoo_pending[\s\S]*check_deadline_notifications/);
	await page.click('[data-tick="deadline-check"]');
	const fired = await expectText(page.locator('[data-testid="tick-result"]'), /^Tick \S+ of check_deadline_notifications/);
	done.fired_tick = fired.split(' ')[1];
	await screenshot('scheduler');

	step = 'signing out forgets the token';
	await page.click('#sign-out');
	await page.locator('#sign-in').waitFor({ state: 'visible', timeout: WAIT });
	await page.reload();
	await page.locator('#sign-in').waitFor({ state: 'visible', timeout: WAIT });

	if (pageErrors.length) {
		step = 'the page ran without errors';
		throw new Error(pageErrors.join('; '));
	}
	console.log(JSON.stringify(done));
}
catch (error) {
	await screenshot('failed').catch(() => {});
	console.error(`Step "${step}" failed: ${error.message}`);
	process.exitCode = 1;
}
finally {
	await browser.close();
}
