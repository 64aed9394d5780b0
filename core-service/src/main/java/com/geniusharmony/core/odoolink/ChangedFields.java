package com.geniusharmony.core.odoolink;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.geniusharmony.events.odoolink.FieldChange;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one change made in Odoo, read against the entity's current values: a
 * field applies only while the platform still has the value the change was compared with
 * (a later platform change wins) and only with a value the platform accepts. Collects the
 * fields that were skipped, and why; one is made for each attempt of the change's
 * transaction.
 */
public final class ChangedFields {

	private final List<Skipped> skipped = new ArrayList<>();

	ChangedFields() {
	}

	/**
	 * Whether a field's change applies: its value differs from the current one, the
	 * current one is still its {@code from} and the rule accepts its {@code to}. A field
	 * that does not apply for another reason than already having its value is recorded as
	 * skipped.
	 * @param field the field's change
	 * @param current the field's current value as the REST API writes it, {@code null}
	 * for no value
	 * @param rule what the platform accepts as the field's value
	 * @return whether to set the field to {@code field.to()}
	 */
	public boolean accepts(FieldChange field, @Nullable String current, Rule rule) {
		if (Objects.equals(current, field.to())) {
			return false;
		}
		if (!Objects.equals(current, field.from())) {
			this.skipped.add(new Skipped(field.field(), Reason.PLATFORM_CHANGED, "the platform changed it since"));
			return false;
		}
		String refusal = rule.refusal(field.to());
		if (refusal != null) {
			refuse(field.field(), refusal);
			return false;
		}
		return true;
	}

	/**
	 * Whether a text field's change applies, as {@link #accepts}, taking no value for the
	 * empty text the platform has then.
	 * @param field the field's change
	 * @param current the field's current text, empty for none
	 * @param rule what the platform accepts as the field's text
	 * @return whether to set the field to {@link #text(FieldChange) text(field)}
	 */
	public boolean acceptsText(FieldChange field, String current, Rule rule) {
		return accepts(new FieldChange(field.field(), orEmpty(field.from()), text(field)), current, rule);
	}

	/**
	 * Records a field, or part of one, as refused.
	 * @param field the field
	 * @param why what the platform refuses about it
	 */
	public void refuse(String field, String why) {
		this.skipped.add(new Skipped(field, Reason.REFUSED, why));
	}

	/**
	 * Records a field the platform does not know for this kind of entity.
	 * @param field the field's change
	 */
	public void unknown(FieldChange field) {
		this.skipped.add(new Skipped(field.field(), Reason.UNKNOWN_FIELD, "not a field Odoo can change"));
	}

	List<Skipped> skipped() {
		return List.copyOf(this.skipped);
	}

	/**
	 * The new value of a text field.
	 * @param field the field's change
	 * @return its {@code to}, empty for no value
	 */
	public static String text(FieldChange field) {
		return orEmpty(field.to());
	}

	/**
	 * The rule of a property of a REST request body: a value is refused when it is no
	 * value or when the request's validation would refuse it.
	 * @param validator the validator of the requests
	 * @param request the request's class, such as the body of a PATCH
	 * @param property the property's Java name
	 * @return the rule
	 */
	public static Rule asIn(Validator validator, Class<?> request, String property) {
		return (value) -> {
			if (value == null) {
				return "must have a value";
			}
			return validator.validateValue(request, property, value)
				.stream()
				.map(ConstraintViolation::getMessage)
				.findFirst()
				.orElse(null);
		};
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

	/**
	 * What the platform accepts as a field's value.
	 */
	@FunctionalInterface
	public interface Rule {

		/**
		 * Why a value is refused.
		 * @param value the value as the REST API writes it, {@code null} for no value
		 * @return why the platform refuses it, or {@code null} when it accepts it
		 */
		@Nullable String refusal(@Nullable String value);

	}

	/**
	 * Why a field was skipped, as the metrics tag it.
	 */
	enum Reason {

		/** The platform no longer has the value the change was compared with. */
		PLATFORM_CHANGED("platform_changed"),

		/** The platform refuses the value (or, for assignees, the user). */
		REFUSED("refused"),

		/** The field is not one Odoo can change. */
		UNKNOWN_FIELD("unknown_field");

		private final String tag;

		Reason(String tag) {
			this.tag = tag;
		}

		String tag() {
			return this.tag;
		}

	}

	/**
	 * A field that was skipped.
	 *
	 * @param field the field's name
	 * @param reason why
	 * @param detail why, in words, for the log
	 */
	record Skipped(String field, Reason reason, String detail) {

	}

}
