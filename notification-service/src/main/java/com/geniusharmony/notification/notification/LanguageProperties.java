package com.geniusharmony.notification.notification;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The language of a reader whose token and preferences name none.
 *
 * @param defaultLanguage one of {@link Languages#SUPPORTED}
 * ({@code HARMONY_NOTIFICATION_DEFAULT_LANGUAGE})
 */
@Validated
@ConfigurationProperties("harmony.notification.language")
record LanguageProperties(@DefaultValue("en") String defaultLanguage) {

	LanguageProperties {
		if (!Languages.SUPPORTED.contains(defaultLanguage)) {
			throw new IllegalArgumentException(
					"The default language must be one of " + Languages.SUPPORTED + ", was " + defaultLanguage);
		}
	}

	Locale locale() {
		return Locale.forLanguageTag(this.defaultLanguage);
	}

}
