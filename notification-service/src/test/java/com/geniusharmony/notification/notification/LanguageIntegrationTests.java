package com.geniusharmony.notification.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.geniusharmony.notification.NotificationIntegrationTest;
import com.geniusharmony.notification.TestInbox;
import com.geniusharmony.notification.TestTokens;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Titles and messages in the reader's language: the token's {@code locale} claim, else
 * the user's preference, else the configured default (English here).
 */
class LanguageIntegrationTests extends NotificationIntegrationTest {

	private static final String FRENCH_TITLE = "📋 Nouvelle tâche : Rédiger le rapport";

	private static final String FRENCH_MESSAGE = "Vous avez été assigné(e) à la tâche « Rédiger le rapport » du projet « Lancement ».";

	@Autowired
	private WebTestClient client;

	@Autowired
	private NotificationService notifications;

	@Test
	void writesInTheLanguageOfTheTokensLocaleClaim() {
		String user = TestTokens.newUserId();
		store(user);
		assertThat(first(TestInbox.withToken(this.client, tokenWithLocale(user, "fr-FR"))))
			.containsEntry("title", FRENCH_TITLE)
			.containsEntry("message", FRENCH_MESSAGE)
			.containsEntry("emoji", "📋");
		assertThat(first(TestInbox.of(this.client, user))).containsEntry("title", "📋 New task: Rédiger le rapport")
			.containsEntry("message", "You were assigned to the task \"Rédiger le rapport\" in project \"Lancement\".");
	}

	@Test
	void writesInThePreferredLanguageUnlessTheTokenNamesOne() {
		String user = TestTokens.newUserId();
		store(user);
		TestInbox.of(this.client, user).ok(HttpMethod.PUT, "/preferences/", Map.of("language", "fr"));
		assertThat(first(TestInbox.of(this.client, user))).containsEntry("title", FRENCH_TITLE);
		assertThat(first(TestInbox.withToken(this.client, tokenWithLocale(user, "en")))).containsEntry("title",
				"📋 New task: Rédiger le rapport");
		// a language the service does not write is no choice: the preference stands
		assertThat(first(TestInbox.withToken(this.client, tokenWithLocale(user, "de")))).containsEntry("title",
				FRENCH_TITLE);
	}

	@Test
	void knowsWhichLanguagesItWrites() {
		assertThat(Languages.supported("fr_FR")).hasToString("fr");
		assertThat(Languages.supported("EN")).hasToString("en");
		assertThat(Languages.supported("de")).isNull();
	}

	private void store(String user) {
		this.notifications
			.create(new NewNotification(user, NotificationType.TASK_ASSIGNED,
					NotificationParams.ofTask("Rédiger le rapport", "Lancement"), "task-1", "project-1",
					user + ":language"))
			.block();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> first(TestInbox inbox) {
		return ((List<Map<String, Object>>) inbox.get("/").get("results")).get(0);
	}

	static String tokenWithLocale(String user, String locale) {
		return TestTokens
			.sign(new JWTClaimsSet.Builder(TestTokens.claims(user, TestTokens.ISSUER, Instant.now().plusSeconds(600)))
				.claim("locale", locale)
				.build(), TestTokens.SECRET);
	}

}
