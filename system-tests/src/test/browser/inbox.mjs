// The example inbox page (frontend/) in headless Chromium, as a user of the platform uses it: run by
// InboxPageSystemTests against the services it started. It serves the built page itself, on the port the services
// allow, and creates assignments through core-service's REST API as an administrator would. Prints one JSON line of
// what it did and exits with 1 at the first expectation that fails.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { expectCount, expectText, launch, runSteps, screenshot } from './browser.mjs';

const env = process.env;

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

const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
const badge = page.locator('[data-testid="badge"]');
const items = page.locator('[data-testid="list"] li');

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

await runSteps(browser, page, 'inbox', [
	['the user signs in and sees the badge', async () => {
		// built with the services' addresses (VITE_HARMONY_*_URL)
		await page.goto(`http://127.0.0.1:${env.INBOX_PORT}/`);
		await page.fill('#sign-in [name=username]', env.USERNAME);
		await page.fill('#sign-in [name=password]', env.PASSWORD);
		await page.click('#sign-in button[type=submit]');
		// the project's notification, read before: listed, not counted
		await expectText(page, page.locator('#page'), /1 in all/);
		await expectText(page, badge, /^0$/);
		// set on this page: a reload would lose it
		await page.evaluate(() => { window.notReloaded = true; });
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
		if (!(await page.evaluate(() => window.notReloaded === true))) {
			throw new Error('the page was reloaded');
		}
	}],
]);
server.close();
