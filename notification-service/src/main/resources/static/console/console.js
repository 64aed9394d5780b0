// The operators' console: one page over the services' own APIs, with an administrator's bearer token.
// Every text from an API is set with textContent, never as HTML.

const TOKEN_KEY = 'harmony.console.token';
const PAGE_SIZE = 20;

const services = {};
let token = sessionStorage.getItem(TOKEN_KEY);
let currentView = 'overview';
const pages = { failures: 1, notifications: 1 };

class ApiError extends Error {
	constructor(status, message) {
		super(message);
		this.status = status;
	}
}

async function api(service, path, options = {}) {
	const headers = { Accept: 'application/json', ...options.headers };
	if (token) {
		headers.Authorization = `Bearer ${token}`;
	}
	if (options.body !== undefined) {
		headers['Content-Type'] = 'application/json';
	}
	let response;
	try {
		response = await fetch(services[service] + path, {
			method: options.method ?? 'GET',
			headers,
			body: options.body === undefined ? undefined : JSON.stringify(options.body),
		});
	}
	catch (error) {
		throw new ApiError(0, `${service} cannot be reached (${error.message})`);
	}
	if (response.status === 204) {
		return null;
	}
	const body = response.headers.get('Content-Type')?.includes('json') ? await response.json() : null;
	if (!response.ok) {
		throw new ApiError(response.status, problemText(response.status, body));
	}
	return body;
}

function problemText(status, problem) {
	if (problem?.errors?.length) {
		return problem.errors.map((error) => `${error.field}: ${error.message}`).join('; ');
	}
	return problem?.detail ?? problem?.title ?? `HTTP ${status}`;
}

// --- page helpers ---

const $ = (selector, root = document) => root.querySelector(selector);

function say(text, kind = 'info') {
	const message = $('#message');
	message.textContent = text;
	message.className = kind === 'error' ? 'error' : '';
	message.hidden = !text;
}

function failed(error) {
	if (error instanceof ApiError && error.status === 401) {
		signOut('Your session has ended: sign in again.');
		return;
	}
	if (error instanceof ApiError && error.status === 403) {
		say('This account is not an administrator of the platform.', 'error');
		return;
	}
	say(error.message, 'error');
}

function cell(row, text, className) {
	const td = document.createElement('td');
	td.textContent = text ?? '';
	if (className) {
		td.className = className;
	}
	row.append(td);
	return td;
}

function button(label, onClick) {
	const element = document.createElement('button');
	element.type = 'button';
	element.textContent = label;
	element.addEventListener('click', onClick);
	return element;
}

function fill(tbody, items, toRow) {
	tbody.replaceChildren();
	for (const item of items) {
		const row = document.createElement('tr');
		toRow(row, item);
		tbody.append(row);
	}
	if (items.length === 0) {
		const row = document.createElement('tr');
		cell(row, 'Nothing here.', 'detail').colSpan = tbody.closest('table').tHead.rows[0].cells.length;
		tbody.append(row);
	}
}

function setCard(name, value, className, detail) {
	const card = $(`[data-testid="${name}"]`);
	const element = $('.value', card);
	element.textContent = value;
	element.className = `value ${className ?? ''}`;
	if (detail !== undefined) {
		$('.detail', card).textContent = detail;
	}
}

function when(instant) {
	return instant ? new Date(instant).toLocaleString() : '—';
}

// After the last row of the last page went (deleted, resynced), show the page before it.
function beyondLastPage(name, count) {
	const last = Math.max(1, Math.ceil(count / PAGE_SIZE));
	if (pages[name] > last) {
		pages[name] = last;
		return true;
	}
	return false;
}

function pager(name, count, load) {
	const element = $(`[data-pager="${name}"]`);
	element.replaceChildren();
	const last = Math.max(1, Math.ceil(count / PAGE_SIZE));
	const previous = button('Previous', () => { pages[name] -= 1; load(); });
	previous.disabled = pages[name] <= 1;
	const next = button('Next', () => { pages[name] += 1; load(); });
	next.disabled = pages[name] >= last;
	const where = document.createElement('span');
	where.textContent = `page ${pages[name]} of ${last} · ${count} in all`;
	element.append(previous, where, next);
}

// --- views ---

async function loadOverview() {
	const status = await api('sync', '/api/sync/status');
	setCard('odoo', status.configured ? 'configured' : 'not configured', status.configured ? 'good' : 'bad',
		status.not_configured_reason ?? '');
	setCard('circuit', status.circuit ?? 'unknown', status.circuit === 'closed' ? 'good' : 'bad');
	setCard('paused', status.paused ? 'paused' : 'none', status.paused ? 'warn' : 'good');
	const budget = status.budget;
	const used = budget.used_per_second === null ? 'unknown' : budget.used_per_second.toFixed(1);
	const share = budget.used_per_second === null ? '' : ` (${Math.round(100 * budget.used_per_second / budget.requests_per_second)} %)`;
	setCard('budget', `${used} of ${budget.requests_per_second} req/s`, '',
		`used by every instance during the last full minute${share}`);
	setCard('fallback', status.budget_fallback ? 'local share' : 'shared', status.budget_fallback ? 'warn' : 'good',
		status.budget_fallback ? 'Redis is unreachable: this instance keeps to its local share' : 'the budget is shared through Redis');
	setCard('lag', `${Math.round(status.lag_seconds)} s`, status.lag_seconds > 900 ? 'bad' : 'good');
	const pull = status.pull;
	setCard('pull-lag', !pull.enabled ? 'not polled' : (pull.lag_seconds === null ? 'not polled yet' : `${Math.round(pull.lag_seconds)} s`),
		!pull.enabled ? 'warn' : (pull.lag_seconds !== null && pull.lag_seconds > 600 ? 'bad' : 'good'));
	fill($('[data-testid="pulls"] tbody'), pull.models, (row, model) => {
		cell(row, model.model);
		cell(row, model.cursor_write_date ?? '');
		cell(row, String(model.cursor_id));
		cell(row, model.last_completed_at ? when(model.last_completed_at) : 'never');
		cell(row, model.polled_by ?? '');
	});
	fill($('[data-testid="entities"] tbody'), Object.entries(status.entities), (row, [kind, counts]) => {
		cell(row, kind);
		for (const state of ['pending', 'synced', 'failed', 'parked']) {
			cell(row, String(counts[state] ?? 0), (state === 'failed' || state === 'parked') && counts[state] ? 'bad' : '');
		}
	});
	const drain = status.last_drain;
	$('[data-testid="last-drain"]').textContent = drain?.at
		? `This instance's last drain: ${when(drain.at)}, ${drain.claimed} claimed, `
			+ (drain.stopped_by ? `stopped: ${drain.stopped_by}.` : 'ran out of work.')
		: 'This instance has not drained yet.';
}

async function loadFailures() {
	const status = new FormData($('#failures-filter')).get('status');
	const query = new URLSearchParams({ page: pages.failures, page_size: PAGE_SIZE });
	if (status) {
		query.set('status', status);
	}
	const found = await api('sync', `/api/sync/failures?${query}`);
	if (beyondLastPage('failures', found.count)) {
		return loadFailures();
	}
	fill($('[data-testid="failures"] tbody'), found.results, (row, entity) => {
		row.dataset.entity = `${entity.kind}/${entity.id}`;
		cell(row, entity.kind);
		cell(row, entity.id);
		cell(row, entity.status, 'bad');
		cell(row, String(entity.attempts));
		cell(row, [entity.last_error, ...entity.warnings, entity.waiting_for && `waits for ${entity.waiting_for}`]
			.filter(Boolean).join('\n'), 'reason');
		cell(row, entity.status === 'failed' ? when(entity.next_attempt_at) : 'when replayed');
		row.insertCell().append(button('Resync', () => act(
			() => api('sync', `/api/sync/entities/${entity.kind}/${entity.id}/resync`, { method: 'POST' }),
			`${entity.kind} ${entity.id} is pending again.`, loadFailures)));
	});
	pager('failures', found.count, () => run(loadFailures));
}

async function loadDrift() {
	$('#run-drift').disabled = true;
	say('Comparing core-service with Odoo…');
	try {
		const report = await api('sync', '/api/sync/drift');
		$('#drift-report').hidden = false;
		$('[data-testid="drift-summary"]').textContent = report.in_step
			? 'In step: core-service and Odoo agree.'
			: `${report.drift} findings of drift, ${report.lagging} changes still on their way.`;
		$('[data-testid="drift-summary"]').className = `value ${report.in_step ? 'good' : (report.drift ? 'bad' : 'warn')}`;
		fill($('[data-testid="drift-checked"] tbody'), Object.entries(report.checked), (row, [kind, checked]) => {
			cell(row, kind);
			cell(row, String(checked.core));
			cell(row, String(checked.odoo));
		});
		const findings = [
			...report.missing_in_odoo.map((entry) => ({ finding: 'missing in Odoo', ...entry })),
			...report.not_in_core.map((entry) => ({ finding: 'not in core-service', ...entry })),
			...report.differences.map((difference) => ({ finding: 'differs', ...difference })),
		];
		fill($('[data-testid="drift-findings"] tbody'), findings, (row, finding) => {
			cell(row, finding.finding, finding.pending ? 'warn' : 'bad');
			cell(row, finding.kind);
			cell(row, finding.id);
			cell(row, finding.odoo_id === null || finding.odoo_id === undefined ? '' : String(finding.odoo_id));
			cell(row, finding.field);
			cell(row, finding.core === undefined ? '' : JSON.stringify(finding.core));
			cell(row, finding.odoo === undefined ? '' : JSON.stringify(finding.odoo));
			cell(row, finding.pending ? 'yes' : 'no');
		});
		fill($('[data-testid="from-odoo"] tbody'), report.from_odoo, (row, change) => {
			cell(row, when(change.detected_at));
			cell(row, change.kind);
			cell(row, change.entity_id);
			cell(row, String(change.odoo_id));
			cell(row, change.changes.map((field) => (field.field === 'assignee_ids'
				? `assignees +[${field.added.join(', ')}] -[${field.removed.join(', ')}]`
				: `${field.field}: ${JSON.stringify(field.from)} → ${JSON.stringify(field.to)}`)).join('\n'), 'reason');
			cell(row, change.conflicts.map((conflict) => `${conflict.field}: ${conflict.winner} won, lost ${JSON.stringify(conflict.lost)}`)
				.join('\n'), change.conflicts.length ? 'warn' : '');
			cell(row, change.warnings.join('\n'), change.warnings.length ? 'bad' : '');
		});
		say('');
	}
	finally {
		$('#run-drift').disabled = false;
	}
}

async function loadNotifications() {
	const query = new URLSearchParams({ page: pages.notifications, page_size: PAGE_SIZE });
	for (const [name, value] of new FormData($('#notifications-filter'))) {
		if (value.trim()) {
			query.set(name, value.trim());
		}
	}
	const page = await api('notifications', `/api/admin/notifications/?${query}`);
	if (beyondLastPage('notifications', page.count)) {
		return loadNotifications();
	}
	fill($('[data-testid="notifications"] tbody'), page.results, (row, notification) => {
		row.dataset.notification = notification.id;
		cell(row, notification.id);
		cell(row, notification.user_id);
		cell(row, notification.type);
		cell(row, notification.title);
		cell(row, when(notification.created_at));
		cell(row, notification.is_read ? 'read' : 'unread');
		const actions = row.insertCell();
		actions.append(button('View', () => run(() => showNotification(notification.id))), ' ',
			button('Delete', () => {
				if (confirm(`Delete notification ${notification.id} of user ${notification.user_id}?`)) {
					act(() => api('notifications', `/api/admin/notifications/${notification.id}/`, { method: 'DELETE' }),
						`Notification ${notification.id} deleted.`, loadNotifications);
				}
			}));
	});
	pager('notifications', page.count, () => run(loadNotifications));
}

async function showNotification(id) {
	const notification = await api('notifications', `/api/admin/notifications/${id}/`);
	const detail = $('#notification-detail');
	detail.replaceChildren();
	const title = document.createElement('h3');
	title.textContent = notification.title;
	const message = document.createElement('p');
	message.textContent = notification.message;
	const facts = document.createElement('p');
	facts.className = 'detail';
	facts.textContent = [`#${notification.id}`, `user ${notification.user_id}`, notification.type,
		`created ${when(notification.created_at)}`, notification.is_read ? `read ${when(notification.read_at)}` : 'unread',
		notification.project_id && `project ${notification.project_id}`, notification.task_id && `task ${notification.task_id}`]
		.filter(Boolean).join(' · ');
	detail.append(title, message, facts);
	detail.hidden = false;
}

async function loadScheduler() {
	const status = await api('scheduler', '/api/scheduler/status');
	const leader = $('[data-testid="leader"]');
	leader.textContent = status.leader
		? `Leader: ${status.leader.replica} (fencing token ${status.leader.fencing_token})`
		: 'No leader right now: a replica takes over within the lease time.';
	leader.className = `value ${status.leader ? 'good' : 'bad'}`;
	fill($('[data-testid="schedules"] tbody'), status.schedules, (row, schedule) => {
		cell(row, schedule.name);
		cell(row, when(schedule.last_slot));
		cell(row, when(schedule.last_sent_at));
		cell(row, when(schedule.last_manual_at));
	});
}

async function fireTick(kind) {
	const tick = await api('scheduler', `/api/ticks/${kind}`, { method: 'POST' });
	$('[data-testid="tick-result"]').textContent = `Tick ${tick.tick_id} of ${tick.schedule} fired at ${when(tick.scheduled_at)}.`;
	await loadScheduler();
}

const views = {
	overview: loadOverview,
	failures: loadFailures,
	drift: async () => {},
	notifications: loadNotifications,
	scheduler: loadScheduler,
};

async function run(load) {
	try {
		await load();
	}
	catch (error) {
		failed(error);
	}
}

// Runs an action, says how it went (done: a text, or a function of the action's answer), then reloads the view.
async function act(action, done, reload) {
	try {
		const answer = await action();
		await reload();
		say(typeof done === 'function' ? done(answer) : done);
	}
	catch (error) {
		failed(error);
	}
}

function show(view) {
	currentView = view;
	for (const name of Object.keys(views)) {
		$(`#${name}`).hidden = name !== view;
		$(`nav [data-view="${name}"]`).toggleAttribute('aria-current', name === view);
	}
	say('');
	run(views[view]);
}

// --- signing in and out ---

function claims(jwt) {
	try {
		const payload = jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
		return JSON.parse(atob(payload));
	}
	catch {
		return {};
	}
}

async function signIn(newToken) {
	token = newToken;
	try {
		// an administrator's call: refused with 403 for anyone else
		await api('sync', '/api/sync/status');
	}
	catch (error) {
		token = null;
		failed(error);
		return;
	}
	sessionStorage.setItem(TOKEN_KEY, token);
	signedIn();
}

function signedIn() {
	const who = claims(token);
	$('#who-name').textContent = who.username ?? who.preferred_username ?? `user ${who.sub ?? who.user_id ?? ''}`;
	$('#who').hidden = false;
	$('#views').hidden = false;
	$('#sign-in').hidden = true;
	show(currentView);
}

function signOut(why) {
	token = null;
	sessionStorage.removeItem(TOKEN_KEY);
	$('#who').hidden = true;
	$('#views').hidden = true;
	for (const name of Object.keys(views)) {
		$(`#${name}`).hidden = true;
	}
	$('#sign-in').hidden = false;
	say(why ?? '');
}

async function start() {
	Object.assign(services, { notifications: '' });
	const config = await (await fetch('/console/config.json')).json();
	Object.assign(services, { core: config.core_url, sync: config.sync_url, scheduler: config.scheduler_url });

	$('#password-form').addEventListener('submit', async (event) => {
		event.preventDefault();
		const form = new FormData(event.target);
		let issued;
		try {
			issued = await api('core', '/api/auth/token', {
				method: 'POST',
				body: { username: form.get('username'), password: form.get('password') },
			});
		}
		catch (error) {
			// a refused password is core-service's 401, not an ended session
			say(error.message, 'error');
			return;
		}
		event.target.reset();
		await signIn(issued.access_token);
	});
	$('#token-form').addEventListener('submit', (event) => {
		event.preventDefault();
		signIn(new FormData(event.target).get('token').trim());
	});
	$('#sign-out').addEventListener('click', () => signOut('Signed out.'));
	for (const tab of document.querySelectorAll('nav [data-view]')) {
		tab.addEventListener('click', () => show(tab.dataset.view));
	}
	for (const refresh of document.querySelectorAll('[data-refresh]')) {
		refresh.addEventListener('click', () => run(views[refresh.dataset.refresh]));
	}
	$('#failures-filter').addEventListener('submit', (event) => {
		event.preventDefault();
		pages.failures = 1;
		run(loadFailures);
	});
	$('#notifications-filter').addEventListener('submit', (event) => {
		event.preventDefault();
		pages.notifications = 1;
		$('#notification-detail').hidden = true;
		run(loadNotifications);
	});
	$('#replay-parked').addEventListener('click', () => {
		if (confirm('Replay every parked entity and dead letter?')) {
			act(() => api('sync', '/api/sync/parked/replay', { method: 'POST' }),
				(replayed) => `${replayed.entities} parked entities are pending again; of ${replayed.dead_letters.read} `
					+ `dead letters, ${replayed.dead_letters.recorded} recorded, ${replayed.dead_letters.unreadable} still unreadable.`,
				loadFailures);
		}
	});
	$('#resync-all').addEventListener('click', () => {
		if (confirm('Write every entity to Odoo again?')) {
			act(() => api('sync', '/api/sync/resync', { method: 'POST' }),
				(resynced) => `${resynced.entities} entities are pending again.`, loadFailures);
		}
	});
	$('#run-drift').addEventListener('click', () => run(loadDrift));
	for (const tick of document.querySelectorAll('[data-tick]')) {
		tick.addEventListener('click', () => run(() => fireTick(tick.dataset.tick)));
	}
	// the overview keeps itself current while it is shown
	setInterval(() => {
		if (token && currentView === 'overview' && !document.hidden) {
			run(loadOverview);
		}
	}, 15000);

	if (token) {
		signedIn();
	}
}

start().catch((error) => say(`The console could not start: ${error.message}`, 'error'));
