package com.geniusharmony.core.user;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import com.geniusharmony.core.api.Ids;
import com.geniusharmony.core.api.PageQuery;
import com.geniusharmony.core.api.PageResponse;
import com.geniusharmony.core.api.Transactions;
import com.geniusharmony.core.auth.PasswordHasher;
import com.geniusharmony.core.odoolink.OdooLinks;
import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.EventPayload;
import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.events.user.UserDeactivated;
import com.geniusharmony.events.user.UserUpdated;
import com.geniusharmony.support.outbox.OutboxWriter;
import com.geniusharmony.support.security.CurrentUser;
import com.geniusharmony.support.web.ResourceNotFoundException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The use cases of users. Administrators manage every user; any other user sees and
 * updates only themselves.
 */
@Service
class UserService {

	private final UserRepository users;

	private final OutboxWriter outbox;

	private final PasswordHasher passwords;

	private final Transactions transactions;

	private final OdooLinks odooLinks;

	UserService(UserRepository users, OutboxWriter outbox, PasswordHasher passwords, Transactions transactions,
			OdooLinks odooLinks) {
		this.users = users;
		this.outbox = outbox;
		this.passwords = passwords;
		this.transactions = transactions;
		this.odooLinks = odooLinks;
	}

	Mono<UserResponse> create(CreateUserRequest request, CurrentUser caller) {
		caller.requireAdmin("create users");
		return this.passwords.hash(request.password())
			.flatMap((hash) -> create(new User(0, request.username(), request.email(), orEmpty(request.firstName()),
					orEmpty(request.lastName()), hash, true, false, 1)))
			.flatMap(this::response);
	}

	/**
	 * Creates a user and publishes {@code user.created}, in one transaction.
	 * @param user the new user (its id is ignored)
	 * @return the stored user
	 */
	Mono<User> create(User user) {
		return this.transactions
			.write(() -> this.users.insert(user)
				.flatMap((created) -> publish(new UserCreated(created.state()), created).thenReturn(created)))
			.onErrorMap(UserConflicts::translate);
	}

	Mono<UserResponse> get(String id, CurrentUser caller) {
		return visible(id, caller).flatMap(this::response);
	}

	Mono<PageResponse<UserResponse>> list(PageQuery page, CurrentUser caller) {
		if (!caller.isAdmin()) {
			return visible(caller.id(), caller).flatMap(this::response)
				.map((self) -> PageResponse.of(page, 1, (page.number() == 1) ? List.of(self) : List.of()));
		}
		return this.users.page(page)
			.collectList()
			.flatMap(this::responses)
			.zipWith(this.users.count(), (results, count) -> PageResponse.of(page, count, results));
	}

	Mono<UserResponse> update(String id, UpdateUserRequest request, CurrentUser caller) {
		if (request.active() != null) {
			caller.requireAdmin("activate or deactivate users");
		}
		Mono<String> hash = (request.password() != null) ? this.passwords.hash(request.password()) : Mono.just("");
		return hash
			.flatMap((newHash) -> this.transactions.write(() -> visible(id, caller)
				.flatMap((user) -> change(user, new User(user.id(), or(request.username(), user.username()),
						or(request.email(), user.email()), or(request.firstName(), user.firstName()),
						or(request.lastName(), user.lastName()), newHash.isEmpty() ? user.passwordHash() : newHash,
						(request.active() != null) ? request.active() : user.active(), user.admin(), user.version())))))
			.onErrorMap(UserConflicts::translate)
			.flatMap(this::response);
	}

	/**
	 * Writes a change of a user in the caller's transaction: its new state, its version
	 * raised by one, and its event in the outbox ({@code user.deactivated} when the
	 * change deactivates the user, else {@code user.updated}). A change that changes
	 * nothing writes nothing and keeps the version.
	 * @param user the user as read
	 * @param next the new state, with the version it was read at
	 * @return the user as written (as read when nothing changed), or a
	 * {@link com.geniusharmony.core.api.StaleVersionException} if it changed meanwhile
	 */
	Mono<User> change(User user, User next) {
		if (next.equals(user)) {
			return Mono.just(user);
		}
		User changed = next.withVersion(user.version() + 1);
		EventPayload event = (user.active() && !changed.active()) ? new UserDeactivated(changed.state())
				: new UserUpdated(changed.state());
		return this.users.update(changed, user.version()).then(publish(event, changed)).thenReturn(changed);
	}

	Mono<UserResponse> deactivate(String id, CurrentUser caller) {
		return visible(id, caller).flatMap((user) -> {
			caller.requireAdmin("deactivate users");
			return update(id, new UpdateUserRequest(null, null, null, null, null, false), caller);
		});
	}

	private Mono<User> visible(String id, CurrentUser caller) {
		return Mono.justOrEmpty(Ids.parse(id))
			.filter((userId) -> caller.isAdmin() || id.equals(caller.id()))
			.flatMap(this.users::findById)
			.switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("user", id)));
	}

	private Mono<Void> publish(EventPayload event, User user) {
		return this.outbox.append(EventEnvelope.of(event, user.version(), Instant.now()));
	}

	/**
	 * The responses of a page: one query for their Odoo links, whatever the page's size.
	 */
	private Mono<List<UserResponse>> responses(List<User> users) {
		return this.odooLinks
			.findAll(EntityKind.USER, users.stream().collect(Collectors.toMap(User::id, User::version)))
			.map((links) -> users.stream().map((user) -> UserResponse.of(user, links.get(user.id()))).toList());
	}

	private Mono<UserResponse> response(User user) {
		return this.odooLinks.find(EntityKind.USER, user.id(), user.version())
			.map((odoo) -> UserResponse.of(user, odoo));
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

	private static String or(@Nullable String value, String otherwise) {
		return (value != null) ? value : otherwise;
	}

}
