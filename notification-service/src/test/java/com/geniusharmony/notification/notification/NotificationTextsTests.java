package com.geniusharmony.notification.notification;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NotificationTextsTests {

	private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

	private final NotificationTexts texts = new NotificationTexts();

	@Test
	void writesEveryTypeInEveryLanguageWithItsEmojiFirst() {
		NotificationParams params = new NotificationParams("Write the report", "Harmony", "2030-04-10",
				List.of(item("deadline_today")));
		for (NotificationType type : NotificationType.values()) {
			for (Locale language : LANGUAGES) {
				NotificationTexts.Text text = this.texts.render(type, params, "project-7", language);
				assertThat(text.title()).as("%s in %s", type, language).startsWith(type.emoji() + " ");
				assertThat(text.message()).as("%s in %s", type, language).isNotBlank().doesNotContain("{");
			}
		}
	}

	@Test
	void writesTheOriginalEnglishTexts() {
		NotificationTexts.Text overdue = this.texts.render(NotificationType.DEADLINE_OVERDUE,
				new NotificationParams("Write the report", null, "2030-04-08", null), "project-7", Locale.ENGLISH);
		assertThat(overdue).isEqualTo(new NotificationTexts.Text("❌ Overdue: Write the report",
				"The task \"Write the report\" in project project-7 was due on 2030-04-08 and is not done."));
	}

	@Test
	void writesFrenchWithItsApostrophesAndQuotes() {
		NotificationTexts.Text today = this.texts.render(NotificationType.DEADLINE_TODAY,
				new NotificationParams("Écrire le rapport", "Lancement", "2030-04-10", null), "project-7",
				Locale.FRENCH);
		assertThat(today).isEqualTo(new NotificationTexts.Text("🔴 Deadline aujourd'hui : Écrire le rapport",
				"La tâche « Écrire le rapport » du projet « Lancement » est à rendre aujourd'hui, le 2030-04-10."));
	}

	@Test
	void listsADigestsTasksOnePerLine() {
		NotificationParams params = new NotificationParams(null, null, null,
				List.of(item("deadline_overdue"), item("deadline_3days")));
		NotificationTexts.Text english = this.texts.render(NotificationType.DEADLINE_DIGEST, params, null,
				Locale.ENGLISH);
		assertThat(english.title()).isEqualTo("📆 Your deadlines today: 2 tasks");
		assertThat(english.message()).isEqualTo("""
				2 tasks need you:
				• ❌ "Write the report" in project "Harmony": overdue since 2030-04-10
				• 📅 "Write the report" in project "Harmony": due in 3 days, on 2030-04-10""");
		NotificationTexts.Text french = this.texts.render(NotificationType.DEADLINE_DIGEST,
				new NotificationParams(null, null, null, List.of(item("deadline_1day"))), null, Locale.FRENCH);
		assertThat(french.title()).isEqualTo("📆 Vos deadlines du jour : 1 tâche");
		assertThat(french.message()).isEqualTo("""
				Une tâche vous attend :
				• ⚠️ « Write the report » du projet « Harmony » : à rendre demain, le 2030-04-10""");
	}

	@Test
	void refusesADefaultLanguageItDoesNotWrite() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LanguageProperties("de")).withMessageContaining("de");
		assertThat(new LanguageProperties("fr").locale()).isEqualTo(Locale.FRENCH);
	}

	private static NotificationParams.DigestItem item(String type) {
		return new NotificationParams.DigestItem(type, "task-1", "Write the report", "project-7", "Harmony",
				"2030-04-10");
	}

}
