// The example inbox: a bell with the count of unseen notifications (opening it marks them all seen), the list
// (paged, filtered by read state, of the inbox, the archive or the snoozed ones), mark read or unread, archive,
// snooze, mark all read, delete, and what changes elsewhere arriving live: new notifications, and what the user does
// in another tab. The services' addresses are set when the page is built (VITE_HARMONY_CORE_URL,
// VITE_HARMONY_NOTIFICATIONS_URL; the local stack's by default), never taken from the page's URL: a link could
// otherwise send the password to another site.
import {
  ApiError, HarmonyClient, type InboxCounts, type InboxView, type LiveStream, type Notification,
} from '../client';

const PAGE_SIZE = 10;
const SNOOZE_MS = 60 * 60 * 1000;
// what the stream sends together (a change and the counts it changed) makes one reload, not one each
const RELOAD_DELAY_MS = 50;
const client = new HarmonyClient({
  coreUrl: import.meta.env.VITE_HARMONY_CORE_URL ?? 'http://localhost:8081',
  notificationsUrl: import.meta.env.VITE_HARMONY_NOTIFICATIONS_URL ?? 'http://localhost:8083',
});

const $ = <T extends HTMLElement>(selector: string) => document.querySelector(selector) as T;
let page = 1;
let live: LiveStream | undefined;
// the latest load wins: an earlier one answering late must not show an older list
let loads = 0;
// The counts the stream sent last. Once it has sent some, the badge follows the stream alone: it sends them whenever
// they change, while counts read with the list may answer after a newer event and show an older badge.
let streamed: InboxCounts | undefined;
let reloading: ReturnType<typeof setTimeout> | undefined;

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

function view(): InboxView {
  return $<HTMLSelectElement>('#view').value as InboxView;
}

function item(notification: Notification): HTMLLIElement {
  const li = document.createElement('li');
  li.dataset.id = notification.id;
  li.classList.toggle('unread', !notification.is_read);
  li.classList.toggle('unseen', !notification.seen_at);
  const text = document.createElement('div');
  const title = document.createElement('div');
  title.className = 'title';
  title.textContent = notification.title;
  const message = document.createElement('div');
  message.textContent = notification.message;
  const meta = document.createElement('div');
  meta.className = 'meta';
  meta.textContent = new Date(notification.created_at).toLocaleString();
  if (notification.snoozed_until) {
    meta.textContent += ` · snoozed until ${new Date(notification.snoozed_until).toLocaleString()}`;
  }
  text.append(title, message, meta);
  const actions = document.createElement('div');
  actions.className = 'actions';
  const id = notification.id;
  actions.append(notification.is_read
    ? button('Mark unread', () => client.markUnread(id))
    : button('Mark read', () => client.markRead(id)));
  if (notification.archived_at) {
    actions.append(button('Unarchive', () => client.unarchive(id)));
  }
  else {
    if (!notification.snoozed_until) {
      actions.append(button('Snooze 1 h', () => client.snooze(id, new Date(Date.now() + SNOOZE_MS))));
    }
    actions.append(button('Archive', () => client.archive(id)));
  }
  actions.append(button('Delete', () => client.remove(id)));
  li.append(text, actions);
  return li;
}

/** A button doing something to the notifications, then showing the list as it is now. */
function button(label: string, action: () => Promise<unknown>): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  element.addEventListener('click', () => action().then(load).catch(failed));
  return element;
}

async function load(): Promise<void> {
  const current = ++loads;
  const [list, counts] = await Promise.all([
    client.list({ page, page_size: PAGE_SIZE, is_read: filter(), view: view() }),
    streamed ? undefined : client.counts(),
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
  // marks read what the inbox holds only
  $<HTMLButtonElement>('#mark-all-read').disabled = view() !== 'inbox';
  if (counts && !streamed) {
    showBadge(counts.unseen);
  }
}

/** Loads the list again shortly, once for all the changes that arrive meanwhile. */
function reloadSoon(): void {
  reloading ??= setTimeout(() => {
    reloading = undefined;
    void load().catch(failed);
  }, RELOAD_DELAY_MS);
}

function sameCounts(one: InboxCounts, other: InboxCounts): boolean {
  return one.unread === other.unread && one.unseen === other.unseen && one.total === other.total;
}

function signedIn(): void {
  $('#sign-in').hidden = true;
  $('#account').hidden = false;
  $('#inbox').hidden = false;
  $('#bell').setAttribute('aria-expanded', 'true');
  say('');
  streamed = undefined;
  live = client.stream({
    onError: failed,
    onCounts: (counts) => {
      const before = streamed;
      streamed = counts;
      showBadge(counts.unseen);
      // Changed counts are a changed inbox: often told by the events before them, but not when the change happened
      // while no stream was open (they come first on each stream), nor for a notification deleted elsewhere.
      if (before && !sameCounts(before, counts)) {
        reloadSoon();
      }
    },
    onNotification: () => {
      // a new notification is the newest: it shows on the first page of the inbox, unless the filter hides it; one
      // back from a snooze leaves the snoozed ones
      if ((view() === 'inbox' && page === 1 && filter() !== true) || view() === 'snoozed') {
        reloadSoon();
      }
    },
    // seen, read, archived or snoozed, perhaps in another tab: the list shows it as it is now
    onUpdated: reloadSoon,
    onInboxChanged: reloadSoon,
  });
  void load().catch(failed);
}

function signedOut(why: string): void {
  live?.close();
  live = undefined;
  clearTimeout(reloading);
  reloading = undefined;
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
  if (!inbox.hidden) {
    // Opening the bell is seeing what it holds: the badge clears, here and, through their streams, in the user's
    // other tabs. Seen is not read: the notifications stay unread.
    client.bulk('mark_seen').then(load).catch(failed);
  }
});
for (const choice of ['#filter', '#view']) {
  $(choice).addEventListener('change', () => {
    page = 1;
    void load().catch(failed);
  });
}
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
