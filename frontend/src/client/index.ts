// A typed client of the Genius Harmony APIs a frontend calls: core-service (sign-in and the token lifecycle) and
// notification-service (the notifications, their inbox states, counts and preferences, and their live stream). The
// types come from the OpenAPI documents in docs/api (npm run generate), so a change of the APIs shows here as a type
// error.
import createClient from 'openapi-fetch';
import type { paths as CorePaths } from './generated/core-service';
import type { components, paths as NotificationPaths } from './generated/notification-service';

export type Notification = components['schemas']['NotificationResponse'];
export type NotificationPage = components['schemas']['NotificationPage'];
export type Problem = components['schemas']['Problem'];
export type StreamedNotification = Notification & { unread_count: number };
/** The inbox's counts: what is neither archived nor snoozed; `unseen` is the bell's badge. */
export type InboxCounts = components['schemas']['InboxCounts'];
export type InboxPage = components['schemas']['InboxPage'];
export type BulkAction = components['schemas']['BulkRequest']['action'];
export type Preferences = components['schemas']['PreferencesResponse'];
export type PreferencesChange = components['schemas']['PreferencesRequest'];
/** Which notifications a list shows: the inbox, the archive or the snoozed ones. */
export type InboxView = 'inbox' | 'archived' | 'snoozed';

export interface HarmonyConfig {
  /** core-service, such as https://core.example.com */
  coreUrl: string;
  /** notification-service, the frontend's gateway */
  notificationsUrl: string;
}

/** An answer other than 2xx, with the API's problem details when it gave them. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem?: Problem,
  ) {
    super(problem?.errors?.length
      ? problem.errors.map((error) => `${error.field}: ${error.message}`).join('; ')
      : problem?.detail ?? `HTTP ${status}`);
  }
}

interface Session {
  accessToken: string;
  refreshToken: string;
  /** When the access token expires, in epoch milliseconds. */
  expiresAt: number;
}

/**
 * A refresh this long before the access token expires avoids a request with a token that just ran out; it is
 * longer than the minute's notice a stream gives before its token ends, so the next stream's ticket is asked
 * for with a fresh token.
 */
const REFRESH_MARGIN_MS = 90_000;

export class HarmonyClient {
  private readonly core;

  private readonly notifications;

  // Kept in memory only: a script injected into the page cannot read it from storage.
  private session: Session | undefined;

  // One refresh at a time: a refresh token works once, so two refreshes with it would end the session.
  private refreshing: Promise<void> | undefined;

  constructor(private readonly config: HarmonyConfig) {
    this.core = createClient<CorePaths>({ baseUrl: config.coreUrl });
    this.notifications = createClient<NotificationPaths>({ baseUrl: config.notificationsUrl });
    this.notifications.use({
      onRequest: async ({ request }) => {
        request.headers.set('Authorization', `Bearer ${await this.accessToken()}`);
        return request;
      },
    });
  }

  get signedIn(): boolean {
    return this.session !== undefined;
  }

  async signIn(username: string, password: string): Promise<void> {
    const { data, error, response } = await this.core.POST('/api/auth/token', { body: { username, password } });
    this.keep(data, error, response);
  }

  /** Ends the sign-in: its refresh token is revoked; the access token lives on until it expires. */
  async signOut(): Promise<void> {
    const session = this.session;
    this.session = undefined;
    if (session) {
      await this.core.POST('/api/auth/logout', { body: { refresh_token: session.refreshToken } });
    }
  }

  async unreadCount(): Promise<number> {
    return answer(await this.notifications.GET('/api/notifications/unread-count/')).count;
  }

  /** Unread, unseen (the bell's badge) and all notifications of the inbox, in one call. */
  async counts(): Promise<InboxCounts> {
    return answer(await this.notifications.GET('/api/notifications/counts/'));
  }

  /** A page by number, with the total count; the inbox unless `view` says otherwise. */
  async list(query: {
    page?: number;
    page_size?: number;
    is_read?: boolean;
    view?: InboxView;
  }): Promise<NotificationPage> {
    return answer(await this.notifications.GET('/api/notifications/', {
      params: {
        query: {
          page: query.page,
          page_size: query.page_size,
          is_read: flag(query.is_read),
          view: query.view,
        },
      },
    }));
  }

  /**
   * A page by cursor: pass the `next_cursor` of a page to get the next one (absent on the last). Notifications
   * arriving meanwhile shift nothing, so an endless list neither skips nor repeats one.
   */
  async inbox(query: {
    cursor?: string;
    limit?: number;
    view?: InboxView;
    is_read?: boolean;
    type?: string;
  } = {}): Promise<InboxPage> {
    return answer(await this.notifications.GET('/api/notifications/inbox/', {
      params: {
        query: {
          cursor: query.cursor,
          limit: query.limit,
          view: query.view,
          is_read: flag(query.is_read),
          type: query.type,
        },
      },
    }));
  }

  async markRead(id: string): Promise<Notification> {
    return answer(await this.notifications.POST('/api/notifications/{id}/mark-read/', { params: { path: { id } } }));
  }

  async markUnread(id: string): Promise<Notification> {
    return answer(await this.notifications.POST('/api/notifications/{id}/mark-unread/', { params: { path: { id } } }));
  }

  /** Seen is not read: it only takes the notification off the bell's badge. */
  async markSeen(id: string): Promise<Notification> {
    return answer(await this.notifications.POST('/api/notifications/{id}/mark-seen/', { params: { path: { id } } }));
  }

  /** Out of the inbox (and its counts), into the archive (`view: 'archived'`). */
  async archive(id: string): Promise<Notification> {
    return answer(await this.notifications.POST('/api/notifications/{id}/archive/', { params: { path: { id } } }));
  }

  async unarchive(id: string): Promise<Notification> {
    return answer(await this.notifications.POST('/api/notifications/{id}/unarchive/', { params: { path: { id } } }));
  }

  /**
   * Out of the inbox until a time, which must be in the future; it then comes back unread and unseen, and the live
   * stream announces it again.
   */
  async snooze(id: string, until: Date): Promise<Notification> {
    return answer(await this.notifications.POST('/api/notifications/{id}/snooze/', {
      params: { path: { id } },
      body: { until: until.toISOString() },
    }));
  }

  async markAllRead(): Promise<number> {
    return answer(await this.notifications.POST('/api/notifications/mark-all-read/')).marked;
  }

  /**
   * One action on every inbox notification (neither archived nor snoozed) the filter matches, all of them without
   * one: `mark_seen` is what opening the bell does. Gives how many changed.
   */
  async bulk(action: BulkAction, filter: { type?: string; created_before?: Date } = {}): Promise<number> {
    return answer(await this.notifications.POST('/api/notifications/bulk/', {
      body: { action, type: filter.type, created_before: filter.created_before?.toISOString() },
    })).updated;
  }

  async preferences(): Promise<Preferences> {
    return answer(await this.notifications.GET('/api/notifications/preferences/'));
  }

  /** Replaces the choices: what is left out takes its default, so send all of them. */
  async savePreferences(preferences: PreferencesChange): Promise<Preferences> {
    return answer(await this.notifications.PUT('/api/notifications/preferences/', { body: preferences }));
  }

  async remove(id: string): Promise<void> {
    const { error, response } = await this.notifications.DELETE('/api/notifications/{id}/', { params: { path: { id } } });
    if (!response.ok) {
      throw new ApiError(response.status, error as Problem | undefined);
    }
  }

  /**
   * The live stream of the user's notifications, opened as a browser must: with a single-use ticket in the URL of
   * a native EventSource. Before the token behind it expires, and whenever the connection drops, it opens the next
   * stream with a new ticket and the last notification's id, so that no notification is missed. State changes made
   * while no stream was open are not sent again, but every stream starts with the counts: a page that reads its list
   * again when they change catches up.
   */
  stream(handlers: StreamHandlers): LiveStream {
    return new LiveStream(this, handlers);
  }

  /** @internal a ticket for the next stream, and its URL */
  async streamUrl(lastEventId: string | undefined): Promise<string> {
    const ticket = answer(await this.notifications.POST('/api/notifications/stream-tickets/'));
    const resume = lastEventId ? `&last_event_id=${encodeURIComponent(lastEventId)}` : '';
    return this.config.notificationsUrl + ticket.stream_url + resume;
  }

  private async accessToken(): Promise<string> {
    if (!this.session) {
      throw new ApiError(401, { title: 'Unauthorized', status: 401, detail: 'Not signed in.' });
    }
    if (this.session.expiresAt - Date.now() < REFRESH_MARGIN_MS) {
      this.refreshing ??= this.refresh().finally(() => {
        this.refreshing = undefined;
      });
      await this.refreshing;
    }
    return this.session!.accessToken;
  }

  private async refresh(): Promise<void> {
    const refreshed = this.session!;
    const { data, error, response } = await this.core.POST('/api/auth/refresh', {
      body: { refresh_token: refreshed.refreshToken },
    });
    if (this.session !== refreshed) {
      // signed out (or in again) meanwhile: this refresh belongs to an ended sign-in
      throw new ApiError(401, { title: 'Unauthorized', status: 401, detail: 'Signed out.' });
    }
    if (!response.ok) {
      // the sign-in ended (logged out elsewhere, expired, or its refresh token was reused): sign in again
      this.session = undefined;
    }
    this.keep(data, error, response);
  }

  private keep(
    data: { access_token: string; refresh_token: string; expires_in: number } | undefined,
    error: unknown,
    response: Response,
  ): void {
    if (!response.ok || !data) {
      throw new ApiError(response.status, error as Problem | undefined);
    }
    this.session = {
      accessToken: data.access_token,
      refreshToken: data.refresh_token,
      expiresAt: Date.now() + data.expires_in * 1000,
    };
  }
}

export interface StreamHandlers {
  /** A new notification, or one back from a snooze. */
  onNotification(notification: StreamedNotification): void;
  /** The unread count: first, then whenever it changes. */
  onUnreadCount?(count: number): void;
  /** The inbox's counts: first, then whenever they change. */
  onCounts?(counts: InboxCounts): void;
  /** A notification seen, read, archived, unarchived or snoozed, here or elsewhere (another tab or device). */
  onUpdated?(notification: Notification): void;
  /** Too many notifications changed at once to tell each (a bulk action): read the list again. */
  onInboxChanged?(counts: InboxCounts): void;
  onError?(error: unknown): void;
}

export class LiveStream {
  private source: EventSource | undefined;

  private lastEventId: string | undefined;

  private closed = false;

  // one next stream at a time: a notice that comes while it opens is already answered
  private opening = false;

  private retryMs = 1000;

  constructor(
    private readonly client: HarmonyClient,
    private readonly handlers: StreamHandlers,
  ) {
    void this.open();
  }

  close(): void {
    this.closed = true;
    this.source?.close();
  }

  private async open(): Promise<void> {
    if (this.closed || this.opening) {
      return;
    }
    this.opening = true;
    let url: string;
    try {
      url = await this.client.streamUrl(this.lastEventId);
    }
    catch (error) {
      this.opening = false;
      this.handlers.onError?.(error);
      // an ended sign-in is not retried: the user signs in again
      if (!(error instanceof ApiError && error.status === 401)) {
        this.retryLater();
      }
      return;
    }
    this.opening = false;
    if (this.closed) {
      return;
    }
    const previous = this.source;
    const source = new EventSource(url);
    this.source = source;
    source.addEventListener('open', () => {
      this.retryMs = 1000;
      // the new stream is up: the one it replaces may go
      previous?.close();
    });
    source.addEventListener('unread_count', (event) => {
      this.handlers.onUnreadCount?.(JSON.parse(event.data).count);
    });
    source.addEventListener('counts', (event) => {
      this.handlers.onCounts?.(JSON.parse(event.data));
    });
    source.addEventListener('notification', (event) => {
      // one back from a snooze comes without an id (resuming after its older id would send again all that came
      // since): the event then carries the last id this source received, empty on a new source, to keep only if set
      if (event.lastEventId) {
        this.lastEventId = event.lastEventId;
      }
      this.handlers.onNotification(JSON.parse(event.data));
    });
    source.addEventListener('notification_updated', (event) => {
      this.handlers.onUpdated?.(JSON.parse(event.data));
    });
    source.addEventListener('inbox_changed', (event) => {
      this.handlers.onInboxChanged?.(JSON.parse(event.data));
    });
    // the token behind this stream is about to end, or has: open the next one
    source.addEventListener('token_expiring', () => void this.open());
    source.addEventListener('token_expired', () => {
      source.close();
      if (this.source === source) {
        void this.open();
      }
    });
    source.addEventListener('error', () => {
      // EventSource would reconnect with the used ticket and be refused: reconnect with a new one instead
      source.close();
      if (this.source === source) {
        this.retryLater();
      }
    });
  }

  private retryLater(): void {
    if (this.closed) {
      return;
    }
    setTimeout(() => void this.open(), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, 30_000);
  }
}

/** A query's boolean as the API spells it. */
function flag(value: boolean | undefined): string | undefined {
  return value === undefined ? undefined : String(value);
}

function answer<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (!result.response.ok || result.data === undefined) {
    throw new ApiError(result.response.status, result.error as Problem | undefined);
  }
  return result.data;
}
