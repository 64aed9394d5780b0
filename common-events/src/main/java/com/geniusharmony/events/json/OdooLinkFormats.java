package com.geniusharmony.events.json;

import com.geniusharmony.events.EventType;
import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.odoolink.FieldChange;
import com.geniusharmony.events.odoolink.OdooLinkEstablished;
import com.geniusharmony.events.odoolink.OdooRecordChanged;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code data} of the events on the Odoo links topic, v1: links
 * {@code {"entity_kind", "entity_id", "odoo_model", "odoo_id", "synced_version",
 * "warnings"}}, and changes made in Odoo {@code {"entity_kind", "entity_id",
 * "odoo_model", "odoo_id", "based_on_version", "odoo_write_date", "changes": [{"field",
 * "from", "to"}], "assignees_added", "assignees_removed"}}.
 */
final class OdooLinkFormats {

	private OdooLinkFormats() {
	}

	static void register(PayloadFormats.Builder formats) {
		formats.current(EventType.ODOO_LINK_ESTABLISHED, 1, OdooLinkEstablished.class, OdooLinkFormats::write,
				OdooLinkFormats::read);
		formats.current(EventType.ODOO_RECORD_CHANGED, 1, OdooRecordChanged.class, OdooLinkFormats::writeChange,
				OdooLinkFormats::readChange);
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

	private static void writeChange(OdooRecordChanged change, ObjectNode data) {
		data.put("entity_kind", change.entityKind().wireName());
		data.put("entity_id", change.entityId());
		data.put("odoo_model", change.odooModel());
		data.put("odoo_id", change.odooId());
		data.put("based_on_version", change.basedOnVersion());
		data.put("odoo_write_date", change.odooWriteDate().toString());
		ArrayNode changes = data.putArray("changes");
		for (FieldChange field : change.changes()) {
			changes.addObject().put("field", field.field()).put("from", field.from()).put("to", field.to());
		}
		Nodes.putTexts(data, "assignees_added", change.assigneesAdded());
		Nodes.putTexts(data, "assignees_removed", change.assigneesRemoved());
	}

	private static OdooRecordChanged readChange(Fields data) {
		return new OdooRecordChanged(data.oneOf("entity_kind", EntityKind.values(), EntityKind::wireName),
				data.nonEmptyText("entity_id"), data.nonEmptyText("odoo_model"), data.longNumber("odoo_id"),
				data.longNumber("based_on_version"), data.instant("odoo_write_date"),
				data.objects("changes")
					.stream()
					.map((field) -> new FieldChange(field.nonEmptyText("field"), field.optionalText("from"),
							field.optionalText("to")))
					.toList(),
				data.texts("assignees_added"), data.texts("assignees_removed"));
	}

}
