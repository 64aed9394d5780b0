// The example inbox: a bell with the unread count, the list (paged, filtered by read state), mark read, mark all
// read, delete, and new notifications arriving live. The services' addresses are set when the page is built
// (VITE_HARMONY_CORE_URL, VITE_HARMONY_NOTIFICATIONS_URL; the local stack's by default), never taken from the
// page's URL: a link could otherwise send the password to another site.
import { ApiError, HarmonyClient, type LiveStream, type Notification } from '../client';

const PAGE_SIZE = 10;
const client = new HarmonyClient({
  coreUrl: import.meta.env.VITE_HARMONY_CORE_URL ?? 'http://localhost:8081',
  notificationsUrl: import.meta.env.VITE_HARMONY_NOTIFICATIONS_URL ?? 'http://localhost:8083',
});

const $ = <T extends HTMLElement>(selector: string) => document.querySelector(selector) as T;
let page = 1;
let live: LiveStream | undefined;
// the latest load wins: an earlier one answering late must not show an older list
let loads = 0;

function say(text: string): void {
  $('#message').textContent = text;
  $('#message').hidden = !text;
}

function failed(error: unknown): void {
  if (error instanceof ApiError && error.status === 401 && !client.signedIn) {
    signedOut('Your session has ended: sign in again.');
    return;
  }
  say(error instanceof Error ? error.message : String(error));
}

function showBadge(count: number): void {
  const badge = $('#badge');
  badge.textContent = String(count);
  badge.classList.toggle('zero', count === 0);
}

function filter(): boolean | undefined {
  const value = $<HTMLSelectElement>('#filter').value;
  return value === '' ? undefined : value === 'true';
}

function item(notification: Notification): HTMLLIElement {
  const li = document.createElement('li');
  li.dataset.id = notification.id;
  li.classList.toggle('unread', !notification.is_read);
  const text = document.createElement('div');
  const title = document.createElement('div');
  title.className = 'title';
  title.textContent = notification.title;
  const message = document.createElement('div');
  message.textContent = notification.message;
  const meta = document.createElement('div');
  meta.className = 'meta';
  meta.textContent = new Date(notification.created_at).toLocaleString();
  text.append(title, message, meta);
  const actions = document.createElement('div');
  actions.className = 'actions';
  if (!notification.is_read) {
    actions.append(button('Mark read', async () => {
      await client.markRead(notification.id);
      await load();
    }));
  }
  actions.append(button('Delete', async () => {
    await client.remove(notification.id);
    await load();
  }));
  li.append(text, actions);
  return li;
}

function button(label: string, action: () => Promise<void>): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  element.addEventListener('click', () => action().catch(failed));
  return element;
}

async function load(): Promise<void> {
  const current = ++loads;
  const [list, count] = await Promise.all([
    client.list({ page, page_size: PAGE_SIZE, is_read: filter() }),
    client.unreadCount(),
  ]);
  if (current !== loads) {
    return;
  }
  const last = Math.max(1, Math.ceil(list.count / PAGE_SIZE));
  if (page > last) {
    page = last;
    return load();
  }
  $('#list').replaceChildren(...list.results.map(item));
  $('#page').textContent = `page ${page} of ${last} · ${list.count} in all`;
  $<HTMLButtonElement>('#previous').disabled = page <= 1;
  $<HTMLButtonElement>('#next').disabled = page >= last;
  showBadge(count);
}

function signedIn(): void {
  $('#sign-in').hidden = true;
  $('#account').hidden = false;
  $('#inbox').hidden = false;
  say('');
  live = client.stream({
    onError: failed,
    onUnreadCount: showBadge,
    onNotification: (notification) => {
      showBadge(notification.unread_count);
      // a new notification is the newest: it shows on the first page, unless the filter hides it
      if (page === 1 && filter() !== true) {
        void load().catch(failed);
      }
    },
  });
  void load().catch(failed);
}

function signedOut(why: string): void {
  live?.close();
  live = undefined;
  $('#sign-in').hidden = false;
  $('#account').hidden = true;
  $('#inbox').hidden = true;
  say(why);
}

$('#sign-in').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(event.target as HTMLFormElement);
  client.signIn(String(form.get('username')), String(form.get('password')))
    .then(() => {
      (event.target as HTMLFormElement).reset();
      signedIn();
    })
    .catch((error) => say(error instanceof Error ? error.message : String(error)));
});
$('#sign-out').addEventListener('click', () => {
  void client.signOut().finally(() => signedOut('Signed out.'));
});
$('#bell').addEventListener('click', () => {
  const inbox = $('#inbox');
  inbox.hidden = !inbox.hidden;
  $('#bell').setAttribute('aria-expanded', String(!inbox.hidden));
});
$('#filter').addEventListener('change', () => {
  page = 1;
  void load().catch(failed);
});
$('#mark-all-read').addEventListener('click', () => {
  client.markAllRead().then(load).catch(failed);
});
$('#previous').addEventListener('click', () => {
  page -= 1;
  void load().catch(failed);
});
$('#next').addEventListener('click', () => {
  page += 1;
  void load().catch(failed);
});
