// What the browser scripts of the example inbox page (frontend/) share: serving the built page on the port the
// services allow, signing in as a user does, and assignments made through core-service's REST API as an
// administrator makes them.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const env = process.env;

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** Serves the built page (INBOX_DIST) on 127.0.0.1:INBOX_PORT; resolves to the server once it listens. */
export async function serveInbox() {
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
	return server;
}

/** Opens the page (built with the services' addresses, VITE_HARMONY_*_URL) and signs in as USERNAME. */
export async function signIn(page) {
	await page.goto(`http://127.0.0.1:${env.INBOX_PORT}/`);
	await page.fill('#sign-in [name=username]', env.USERNAME);
	await page.fill('#sign-in [name=password]', env.PASSWORD);
	await page.click('#sign-in button[type=submit]');
}

/** An assignment of a new task of PROJECT_ID to USER_ID, made through core-service's REST API. */
export async function assign(title) {
	const response = await fetch(`${env.CORE_URL}/api/tasks`, {
		method: 'POST',
		headers: { Authorization: `Bearer ${env.ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
		body: JSON.stringify({ project_id: env.PROJECT_ID, title, assignee_ids: [env.USER_ID] }),
	});
	if (response.status !== 201) {
		throw new Error(`core-service answered ${response.status} to the assignment: ${await response.text()}`);
	}
}

/** Marks the page so that a reload, which would lose the mark, can be told afterwards. */
export async function markNotReloaded(page) {
	await page.evaluate(() => { window.notReloaded = true; });
}

/** Fails unless the page still has its mark: all it showed came without a reload. */
export async function expectNotReloaded(page) {
	if (!(await page.evaluate(() => window.notReloaded === true))) {
		throw new Error('the page was reloaded');
	}
}
