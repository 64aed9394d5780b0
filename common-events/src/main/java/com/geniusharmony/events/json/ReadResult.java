package com.geniusharmony.events.json;

import java.util.Arrays;
import java.util.Objects;

import com.geniusharmony.events.EventEnvelope;
import org.jspecify.annotations.Nullable;

/**
 * What reading an event's bytes gave: a {@link Readable} event, or an {@link Unreadable}
 * one to park on the dead-letter topic with its reason.
 */
public sealed interface ReadResult {

	/**
	 * The bytes held an event this reader knows, now in the current version of its type.
	 *
	 * @param envelope the event
	 */
	record Readable(EventEnvelope envelope) implements ReadResult {

		public Readable {
			Objects.requireNonNull(envelope, "envelope");
		}

	}

	/**
	 * The bytes could not be read as an event; nothing in them is trusted but what is
	 * named here.
	 *
	 * @param reason what is wrong, naming the field
	 * ({@code data.task.project_id is required})
	 * @param type the {@code type} field if the bytes had one as a string, known to this
	 * reader or not
	 * @param schemaVersion the {@code schema_version} field if the bytes had one as an
	 * integer
	 * @param raw the bytes as received (not copied), empty for a record without a value
	 */
	record Unreadable(String reason, @Nullable String type, @Nullable Integer schemaVersion,
			byte[] raw) implements ReadResult {

		public Unreadable {
			Objects.requireNonNull(reason, "reason");
			Objects.requireNonNull(raw, "raw");
		}

		@Override
		public boolean equals(@Nullable Object other) {
			return (other instanceof Unreadable that) && this.reason.equals(that.reason)
					&& Objects.equals(this.type, that.type) && Objects.equals(this.schemaVersion, that.schemaVersion)
					&& Arrays.equals(this.raw, that.raw);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.reason, this.type, this.schemaVersion, Arrays.hashCode(this.raw));
		}

		@Override
		public String toString() {
			return "Unreadable[reason=" + this.reason + ", type=" + this.type + ", schemaVersion=" + this.schemaVersion
					+ ", raw=" + this.raw.length + " bytes]";
		}

	}

}
