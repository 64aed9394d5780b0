package com.geniusharmony.odooemulator.rpc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import com.geniusharmony.odooemulator.orm.RecordSnapshot;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The answer of {@code /web/session/authenticate}: the session information recorded from
 * Odoo 18 ({@code odoo/session-info.json}) with the user, database, version and URL of
 * this emulator filled in. The web client details (menus, discuss settings) stay as
 * recorded.
 */
final class SessionInfo {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final ObjectNode template;

	SessionInfo(JsonMapper mapper) {
		try (InputStream in = SessionInfo.class.getClassLoader().getResourceAsStream("odoo/session-info.json")) {
			if (in == null) {
				throw new IllegalStateException("Missing resource odoo/session-info.json");
			}
			this.template = (ObjectNode) mapper.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	ObjectNode render(Backend backend, int uid, String login, RecordSnapshot user, RecordSnapshot partner,
			String baseUrl) {
		ObjectNode info = this.template.deepCopy();
		boolean admin = uid == 2;
		String name = String.valueOf(user.values().getOrDefault("name", login));
		info.put("uid", uid);
		info.put("is_system", admin);
		info.put("is_admin", admin);
		((ObjectNode) info.get("user_context")).put("uid", uid);
		info.put("db", backend.database());
		((ObjectNode) info.get("user_settings").get("user_id")).put("id", uid);
		JsonNode version = backend.version().json();
		info.set("server_version", version.get("server_version"));
		info.set("server_version_info", version.get("server_version_info"));
		info.put("name", name);
		info.put("username", login);
		Object written = partner.values().get("write_date");
		info.put("partner_write_date",
				(written instanceof LocalDateTime datetime) ? TIMESTAMP.format(datetime) : String.valueOf(written));
		info.put("partner_display_name", String.valueOf(partner.values().getOrDefault("name", name)));
		info.put("partner_id", partner.id());
		info.put("web.base.url", baseUrl);
		((ObjectNode) info.get("storeData").get("Store").get("self")).put("id", partner.id());
		return info;
	}

}
