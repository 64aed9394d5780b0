package com.geniusharmony.events.json;

import com.geniusharmony.events.EventType;
import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.odoolink.OdooLinkEstablished;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code data} of Odoo link events, v1:
 * {@code {"entity_kind", "entity_id", "odoo_model", "odoo_id", "synced_version",
 * "warnings"}}.
 */
final class OdooLinkFormats {

	private OdooLinkFormats() {
	}

	static void register(PayloadFormats.Builder formats) {
		formats.current(EventType.ODOO_LINK_ESTABLISHED, 1, OdooLinkEstablished.class, OdooLinkFormats::write,
				OdooLinkFormats::read);
	}

	private static void write(OdooLinkEstablished link, ObjectNode data) {
		data.put("entity_kind", link.entityKind().wireName());
		data.put("entity_id", link.entityId());
		data.put("odoo_model", link.odooModel());
		data.put("odoo_id", link.odooId());
		data.put("synced_version", link.syncedVersion());
		Nodes.putTexts(data, "warnings", link.warnings());
	}

	private static OdooLinkEstablished read(Fields data) {
		return new OdooLinkEstablished(data.oneOf("entity_kind", EntityKind.values(), EntityKind::wireName),
				data.nonEmptyText("entity_id"), data.nonEmptyText("odoo_model"), data.longNumber("odoo_id"),
				data.longNumber("synced_version"), data.texts("warnings"));
	}

}
