package com.geniusharmony.notification.notification;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.geniusharmony.support.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The language a reader's notifications are written in: the token's {@value #CLAIM} claim
 * (such as {@code fr} or {@code fr-FR}) when it names a supported language, else the
 * reader's preference, else the configured default.
 */
@Component
public class Languages {

	/** The languages the message bundles are written in. */
	public static final Set<String> SUPPORTED = Set.of("en", "fr");

	/** The OpenID Connect claim of the user's language. */
	static final String CLAIM = "locale";

	private final NotificationPreferences preferences;

	private final Locale defaultLocale;

	// read for every list a token without the claim asks for: kept until the user's
	// preferences change
	private final UserCache<Optional<String>> preferred;

	Languages(NotificationPreferences preferences, LanguageProperties properties, InboxChanges changes) {
		this.preferences = preferences;
		this.defaultLocale = properties.locale();
		this.preferred = new UserCache<>(changes);
	}

	/**
	 * The caller's language, within the request that carries the caller's token.
	 * @param caller the caller
	 * @return the language
	 */
	public Mono<Locale> of(CurrentUser caller) {
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull((context) -> context.getAuthentication())
			.filter(JwtAuthenticationToken.class::isInstance)
			.mapNotNull(
					(authentication) -> ((JwtAuthenticationToken) authentication).getToken().getClaimAsString(CLAIM))
			.mapNotNull(Languages::supported)
			.switchIfEmpty(Mono.defer(() -> ofUser(caller.id())));
	}

	/**
	 * A user's language without a token: the preference, else the default.
	 * @param userId the user
	 * @return the language
	 */
	public Mono<Locale> ofUser(String userId) {
		return this.preferred
			.get(userId, () -> this.preferences.language(userId).map(Optional::of).defaultIfEmpty(Optional.empty()))
			.flatMap(Mono::justOrEmpty)
			.mapNotNull(Languages::supported)
			.defaultIfEmpty(this.defaultLocale);
	}

	/**
	 * The supported language a tag names.
	 * @param tag a language tag, such as {@code fr-FR} (or {@code fr_FR})
	 * @return the language, or null when it is not supported
	 */
	static @Nullable Locale supported(String tag) {
		String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
		return Optional.of(language).filter(SUPPORTED::contains).map(Locale::forLanguageTag).orElse(null);
	}

}
