// What the browser scripts share: Debian's headless Chromium started as this machine needs it, screenshots into
// the build output, and waiting for what a page shows.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const WAIT = 30_000;

/** Debian's Chromium (CHROMIUM), with no network of its own: nothing is downloaded, nothing phones home. */
export async function launch() {
	mkdirSync(process.env.SCREENSHOTS, { recursive: true });
	return chromium.launch({
		executablePath: process.env.CHROMIUM,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
			'--disable-component-update', '--disable-sync'],
	});
}

/** Keeps a full-page screenshot in SCREENSHOTS as <name>.png. */
export async function screenshot(page, name) {
	await page.screenshot({ path: join(process.env.SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Waits until the locator's text matches, and says what it was when it never did. */
export async function expectText(page, locator, pattern) {
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

/** Waits until the locator finds so many elements. */
export async function expectCount(page, locator, count) {
	const deadline = Date.now() + WAIT;
	let found = -1;
	while (Date.now() < deadline) {
		found = await locator.count();
		if (found === count) {
			return;
		}
		await page.waitForTimeout(200);
	}
	throw new Error(`expected ${count} elements but found ${found}`);
}

/**
 * Runs the steps of a script on a page, or on several (tabs): prints what they returned as one JSON line, or says
 * which step failed, keeps a screenshot of each page and exits with 1; fails too when a page threw an error.
 */
export async function runSteps(browser, pages, prefix, steps) {
	const all = Array.isArray(pages) ? pages : [pages];
	const pageErrors = [];
	all.forEach((page) => page.on('pageerror', (error) => pageErrors.push(error.message)));
	const done = {};
	let current = 'start';
	try {
		for (const [name, step] of steps) {
			current = name;
			Object.assign(done, await step());
		}
		current = 'the page ran without errors';
		if (pageErrors.length) {
			throw new Error(pageErrors.join('; '));
		}
		console.log(JSON.stringify(done));
	}
	catch (error) {
		for (const [index, page] of all.entries()) {
			await screenshot(page, all.length > 1 ? `${prefix}-failed-${index + 1}` : `${prefix}-failed`).catch(() => {});
		}
		console.error(`Step "${current}" failed: ${error.message}`);
		process.exitCode = 1;
	}
	finally {
		await browser.close();
	}
}
