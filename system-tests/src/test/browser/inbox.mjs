// The example inbox page (frontend/) in headless Chromium, as a user of the platform uses it: run by
// InboxPageSystemTests against the services it started. It serves the built page itself, on the port the services
// allow, and creates assignments through core-service's REST API as an administrator would. Prints one JSON line of
// what it did and exits with 1 at the first expectation that fails.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const env = process.env;
const WAIT = 30_000;
mkdirSync(env.SCREENSHOTS, { recursive: true });

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
const server = createServer((request, response) => {
	const path = normalize(new URL(request.url, 'http://page').pathname).replace(/^(\.\.[/\\])+/, '');
	try {
		const body = readFileSync(join(env.INBOX_DIST, path === '/' ? 'index.html' : path));
		response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'text/html' });
		response.end(body);
	}
	catch {
		response.writeHead(404);
		response.end();
	}
});
await new Promise((resolve) => server.listen(Number(env.INBOX_PORT), '127.0.0.1', resolve));

const browser = await chromium.launch({
	executablePath: env.CHROMIUM,
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
		'--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
const pageErrors = [];
page.on('pageerror', (error) => pageErrors.push(error.message));

let step = 'start';
const done = {};

async function screenshot(name) {
	await page.screenshot({ path: join(env.SCREENSHOTS, `inbox-${name}.png`), fullPage: true });
}

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

async function expectCount(locator, count) {
	const deadline = Date.now() + WAIT;
	let found = -1;
	while (Date.now() < deadline) {
		found = await locator.count();
		if (found === count) {
			return;
		}
		await page.waitForTimeout(200);
	}
	throw new Error(`expected ${count} items but found ${found}`);
}

/** An assignment made through core-service's REST API, as an administrator makes it. */
async function assign(title) {
	const response = await fetch(`${env.CORE_URL}/api/tasks`, {
		method: 'POST',
		headers: { Authorization: `Bearer ${env.ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
		body: JSON.stringify({ project_id: env.PROJECT_ID, title, assignee_ids: [env.USER_ID] }),
	});
	if (response.status !== 201) {
		throw new Error(`core-service answered ${response.status} to the assignment: ${await response.text()}`);
	}
}

const badge = page.locator('[data-testid="badge"]');
const items = page.locator('[data-testid="list"] li');

try {
	step = 'the user signs in and sees the badge';
	await page.goto(`http://127.0.0.1:${env.INBOX_PORT}/?core=${encodeURIComponent(env.CORE_URL)}`
		+ `&notifications=${encodeURIComponent(env.NOTIFICATIONS_URL)}`);
	await page.fill('#sign-in [name=username]', env.USERNAME);
	await page.fill('#sign-in [name=password]', env.PASSWORD);
	await page.click('#sign-in button[type=submit]');
	// the project's notification, read before: listed, not counted
	await expectText(page.locator('#page'), /1 in all/);
	await expectText(badge, /^0$/);
	// set on this page: a reload would lose it
	await page.evaluate(() => { window.notReloaded = true; });

	step = 'an assignment made through core-service appears without a reload';
	await assign(env.FIRST_TITLE);
	await expectText(badge, /^1$/);
	await expectText(items.first(), new RegExp(env.FIRST_TITLE));
	await screenshot('new-notification');

	step = 'marking it read brings the badge down';
	await items.first().locator('button', { hasText: 'Mark read' }).click();
	await expectText(badge, /^0$/);
	await screenshot('read');

	step = 'a second assignment shows in the unread filter, and mark all read clears it';
	await assign(env.SECOND_TITLE);
	await expectText(badge, /^1$/);
	await page.selectOption('#filter', 'false');
	await expectCount(items, 1);
	await expectText(items.first(), new RegExp(env.SECOND_TITLE));
	await page.click('#mark-all-read');
	await expectText(badge, /^0$/);
	await expectCount(items, 0);

	step = 'a notification is deleted';
	await page.selectOption('#filter', '');
	await expectCount(items, 3);
	done.deleted = await items.last().getAttribute('data-id');
	await items.last().locator('button', { hasText: 'Delete' }).click();
	await expectCount(items, 2);
	await expectText(page.locator('#page'), /2 in all/);

	step = 'all of it without a reload, and without an error in the page';
	if (!(await page.evaluate(() => window.notReloaded === true))) {
		throw new Error('the page was reloaded');
	}
	if (pageErrors.length) {
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
	server.close();
}
