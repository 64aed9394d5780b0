package com.geniusharmony.notification.notification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.geniusharmony.support.web.FieldError;
import com.geniusharmony.support.web.InvalidFieldsException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Each user's choices ({@code notification_preference}). Muting takes effect where
 * notifications are created: the statements that store them skip a muted recipient.
 */
@Component
public class NotificationPreferences {

	private final DatabaseClient database;

	private final InboxChanges changes;

	NotificationPreferences(DatabaseClient database, InboxChanges changes) {
		this.database = database;
		this.changes = changes;
	}

	/**
	 * A user's choices, the defaults for a user who made none.
	 * @param userId the user
	 * @return the choices
	 */
	Mono<PreferencesResponse> of(String userId) {
		return this.database
			.sql("select muted_types, deadline_digest, language from notification_preference where user_id = :userId")
			.bind("userId", userId)
			.map((row) -> new PreferencesResponse(Arrays.asList(row.get("muted_types", String[].class)),
					Boolean.TRUE.equals(row.get("deadline_digest", Boolean.class)), row.get("language", String.class)))
			.one()
			.defaultIfEmpty(new PreferencesResponse(List.of(), false, null));
	}

	/**
	 * Replaces a user's choices.
	 * @param userId the user
	 * @param request the choices
	 * @return the choices as stored
	 * @throws InvalidFieldsException naming each unknown or unmutable type, or a language
	 * the service does not write
	 */
	Mono<PreferencesResponse> replace(String userId, PreferencesRequest request) {
		List<String> muted = (request.mutedTypes() != null) ? request.mutedTypes() : List.of();
		check(muted, request.language());
		Locale locale = (request.language() != null) ? Languages.supported(request.language()) : null;
		boolean digest = Boolean.TRUE.equals(request.deadlineDigest());
		DatabaseClient.GenericExecuteSpec statement = this.database.sql("""
				insert into notification_preference (user_id, muted_types, deadline_digest, language)
				values (:userId, :muted, :digest, :language)
				on conflict (user_id) do update set muted_types = excluded.muted_types,
				    deadline_digest = excluded.deadline_digest, language = excluded.language, updated_at = now()
				""")
			.bind("userId", userId)
			.bind("muted", muted.stream().distinct().toArray(String[]::new))
			.bind("digest", digest);
		statement = (locale != null) ? statement.bind("language", locale.getLanguage())
				: statement.bindNull("language", String.class);
		// the other replicas hear of it as of any change of the user's notifications, and
		// read the language again
		return statement.then()
			.then(this.database.sql("select pg_notify('harmony_notification', :userId)").bind("userId", userId).then())
			.doOnSuccess((done) -> this.changes.changed(userId))
			.then(of(userId));
	}

	/**
	 * A user's preferred language, if they chose one.
	 * @param userId the user
	 * @return the language tag, or empty
	 */
	Mono<String> language(String userId) {
		return this.database.sql("select language from notification_preference where user_id = :userId")
			.bind("userId", userId)
			.map((row) -> Optional.ofNullable(row.get("language", String.class)))
			.one()
			.flatMap(Mono::justOrEmpty);
	}

	private static void check(List<String> muted, @Nullable String language) {
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; i < muted.size(); i++) {
			String name = muted.get(i);
			NotificationType type = NotificationType.find(name).orElse(null);
			if (type == null) {
				errors.add(new FieldError("muted_types[" + i + "]", "is not a notification type: " + name));
			}
			else if (NotificationType.UNMUTABLE.contains(type)) {
				errors.add(new FieldError("muted_types[" + i + "]", name + " cannot be muted"));
			}
		}
		if (language != null && Languages.supported(language) == null) {
			errors.add(new FieldError("language",
					"must be one of " + String.join(", ", Languages.SUPPORTED.stream().sorted().toList())));
		}
		if (!errors.isEmpty()) {
			throw new InvalidFieldsException(errors);
		}
	}

}
