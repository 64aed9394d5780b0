package com.geniusharmony.odoosync.mapping;

import java.util.List;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.user.UserEvent;
import com.geniusharmony.events.user.UserState;
import com.geniusharmony.odoosync.state.ClaimedEntity;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Users as Odoo contacts ({@code res.partner}): the name as
 * {@link OdooMapping#contactName(UserState)} makes it, the email; a deactivated user's
 * contact is archived.
 */
@Component
class PartnerRows implements OdooRows {

	static final List<String> FIELDS = List.of("id", "name", "email", "active");

	@Override
	public EntityKind kind() {
		return EntityKind.USER;
	}

	@Override
	public String model() {
		return OdooMapping.model(kind());
	}

	@Override
	public Mono<Rows> rows(List<ClaimedEntity> entities) {
		return Mono.just(new Rows(FIELDS, entities.stream().map(PartnerRows::row).toList()));
	}

	static OdooRow row(ClaimedEntity entity) {
		UserState user = entity.payload(UserEvent.class).user();
		return new OdooRow(entity, List.of(ExternalIds.of(entity.kind(), entity.entityId()),
				OdooMapping.contactName(user), user.email(), OdooValues.bool(user.active())), !user.active(),
				List.of());
	}

}
