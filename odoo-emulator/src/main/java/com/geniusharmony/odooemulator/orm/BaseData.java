package com.geniusharmony.odooemulator.orm;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The records a fresh Odoo database starts with: the company partner, OdooBot (user 1,
 * archived) and the administrator (user 2, partner 3), with their {@code base.*} external
 * ids.
 */
public final class BaseData {

	/** The administrator's user id, as on a real Odoo. */
	public static final int ADMIN_UID = 2;

	private BaseData() {
	}

	/**
	 * Empties the database and inserts the base records.
	 * @param db the database
	 * @param adminLogin the administrator's login
	 */
	public static void seed(Database db, String adminLogin) {
		db.transaction(() -> {
			db.clear();
			db.insert("res.partner", 1, values("name", "My Company", "is_company", true, "active", true));
			db.insert("res.partner", 2,
					values("name", "OdooBot", "email", "odoobot@example.com", "active", false, "is_company", false));
			db.insert("res.partner", 3, values("name", "Administrator", "active", true, "is_company", false));
			db.insert("res.users", 1,
					values("login", "__system__", "name", "OdooBot", "partner_id", 2, "active", false));
			db.insert("res.users", ADMIN_UID,
					values("login", adminLogin, "name", "Administrator", "partner_id", 3, "active", true));
			externalId(db, "main_partner", "res.partner", 1);
			externalId(db, "partner_root", "res.partner", 2);
			externalId(db, "partner_admin", "res.partner", 3);
			externalId(db, "user_root", "res.users", 1);
			externalId(db, "user_admin", "res.users", ADMIN_UID);
			// Odoo's own users and partners (public, portal template...) take the next
			// few ids.
			db.restartSequence("res.partner", 7);
			db.restartSequence("res.users", 6);
			return null;
		});
	}

	private static void externalId(Database db, String name, String model, int resId) {
		db.insert(Database.DATA_MODEL,
				values("module", "base", "name", name, "model", model, "res_id", resId, "noupdate", true));
	}

	private static Map<String, Object> values(@Nullable Object... pairs) {
		Map<String, Object> values = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			values.put((String) pairs[i], pairs[i + 1]);
		}
		return values;
	}

}
