package com.geniusharmony.notification.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes notifications' titles and messages in a language, from the message bundles
 * {@code i18n/notifications*.properties} and each notification's
 * {@link NotificationParams}. The emoji of the type always comes first in the title,
 * whatever the language.
 */
@Component
public class NotificationTexts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();

	NotificationTexts() {
		this.bundles.setBasename("i18n/notifications");
		this.bundles.setDefaultEncoding("UTF-8");
		this.bundles.setFallbackToSystemLocale(false);
	}

	/**
	 * The title and message of a notification.
	 * @param type its type
	 * @param params what they are made of
	 * @param projectId the project the notification is about, named by its id while its
	 * name is not known
	 * @param locale the language
	 * @return the text
	 */
	public Text render(NotificationType type, NotificationParams params, @Nullable String projectId, Locale locale) {
		if (type == NotificationType.DEADLINE_DIGEST) {
			return digest(params, locale);
		}
		String task = (params.task() != null) ? params.task() : "";
		String projectName = (params.project() != null) ? params.project() : "";
		Object[] args = { task, projectLabel(params.project(), projectId, locale), params.deadline(), projectName };
		return new Text(type.emoji() + " " + text(type.wireName() + ".title", args, locale),
				text(type.wireName() + ".message", args, locale));
	}

	private Text digest(NotificationParams params, Locale locale) {
		List<NotificationParams.DigestItem> items = (params.tasks() != null) ? params.tasks() : List.of();
		Object[] count = { items.size() };
		List<String> lines = new ArrayList<>();
		lines.add(text("deadline_digest.message", count, locale));
		for (NotificationParams.DigestItem item : items) {
			NotificationType type = NotificationType.fromWireName(item.type());
			Object[] args = { item.task(), projectLabel(item.project(), item.projectId(), locale), item.deadline() };
			lines.add("• " + type.emoji() + " " + text("deadline_digest.line." + type.wireName(), args, locale));
		}
		return new Text(NotificationType.DEADLINE_DIGEST.emoji() + " " + text("deadline_digest.title", count, locale),
				String.join("\n", lines));
	}

	private String projectLabel(@Nullable String name, @Nullable String projectId, Locale locale) {
		if (name != null) {
			return text("project.named", new Object[] { name }, locale);
		}
		return (projectId != null) ? projectId : "";
	}

	private String text(String key, Object[] args, Locale locale) {
		return this.bundles.getMessage(key, args, locale);
	}

	/**
	 * Reads the {@code params} column.
	 * @param json the column's value
	 * @return the parameters
	 */
	public static NotificationParams read(String json) {
		return JSON.readValue(json, NotificationParams.class);
	}

	/**
	 * Writes the {@code params} column, as text for a statement that binds many rows as
	 * arrays.
	 * @param params the parameters
	 * @return the column's value
	 */
	static String text(NotificationParams params) {
		return JSON.writeValueAsString(params);
	}

	/**
	 * A notification's text in one language.
	 *
	 * @param title the headline, emoji first
	 * @param message the text
	 */
	public record Text(String title, String message) {

	}

}
