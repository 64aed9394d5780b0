package com.geniusharmony.core.user;

import com.geniusharmony.core.api.StaleVersionException;
import com.geniusharmony.core.odoolink.ChangedFields;
import com.geniusharmony.core.odoolink.ChangedFields.Rule;
import com.geniusharmony.core.odoolink.OdooChangeApplier;
import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.events.odoolink.FieldChange;
import com.geniusharmony.events.odoolink.OdooRecordChanged;
import jakarta.validation.Validator;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Applies the changes made in Odoo to a user ({@code first_name}, {@code last_name},
 * {@code email}) as a PATCH would, through {@link UserService#change}: one
 * {@code user.updated}. An email address another user has is refused; when another user
 * takes it while the change is written, the change runs again and finds it taken.
 */
@Component
class UserOdooChanges implements OdooChangeApplier {

	private static final String EMAIL = "email";

	private final UserRepository users;

	private final UserService service;

	private final Rule firstName;

	private final Rule lastName;

	private final Rule email;

	UserOdooChanges(UserRepository users, UserService service, Validator validator) {
		this.users = users;
		this.service = service;
		this.firstName = ChangedFields.asIn(validator, UpdateUserRequest.class, "firstName");
		this.lastName = ChangedFields.asIn(validator, UpdateUserRequest.class, "lastName");
		this.email = ChangedFields.asIn(validator, UpdateUserRequest.class, EMAIL);
	}

	@Override
	public EntityKind kind() {
		return EntityKind.USER;
	}

	@Override
	public Mono<Boolean> apply(long userId, OdooRecordChanged change, ChangedFields fields) {
		return this.users.findById(userId)
			.flatMap((user) -> next(user, change, fields).flatMap((next) -> this.service.change(user, next))
				.map((written) -> written.version() != user.version()))
			.onErrorMap(UserConflicts::isEmailTaken, (ex) -> new StaleVersionException("user", userId));
	}

	private Mono<User> next(User user, OdooRecordChanged change, ChangedFields fields) {
		String firstName = user.firstName();
		String lastName = user.lastName();
		String email = user.email();
		for (FieldChange field : change.changes()) {
			switch (field.field()) {
				case "first_name" -> {
					if (fields.acceptsText(field, user.firstName(), this.firstName)) {
						firstName = ChangedFields.text(field);
					}
				}
				case "last_name" -> {
					if (fields.acceptsText(field, user.lastName(), this.lastName)) {
						lastName = ChangedFields.text(field);
					}
				}
				case EMAIL -> {
					if (fields.acceptsText(field, user.email(), this.email)) {
						email = ChangedFields.text(field);
					}
				}
				default -> fields.unknown(field);
			}
		}
		User next = new User(user.id(), user.username(), email, firstName, lastName, user.passwordHash(), user.active(),
				user.admin(), user.version());
		if (email.equals(user.email())) {
			return Mono.just(next);
		}
		return this.users.emailTakenByAnother(email, user.id()).map((taken) -> {
			if (!taken) {
				return next;
			}
			fields.refuse(EMAIL, "another user has this email address");
			return new User(user.id(), user.username(), user.email(), next.firstName(), next.lastName(),
					user.passwordHash(), user.active(), user.admin(), user.version());
		});
	}

}
