package com.geniusharmony.events;

import com.geniusharmony.events.odoolink.OdooLinkEstablished;
import com.geniusharmony.events.odoolink.OdooRecordChanged;
import com.geniusharmony.events.project.ProjectEvent;
import com.geniusharmony.events.task.TaskEvent;
import com.geniusharmony.events.tick.Tick;
import com.geniusharmony.events.user.UserEvent;

/**
 * The data of an event: what happened, with the full state of its aggregate after the
 * change. Each implementation is exactly one {@link EventType}; the set is closed so that
 * the serde can read and write every one of them.
 */
public sealed interface EventPayload
		permits UserEvent, ProjectEvent, TaskEvent, Tick, OdooLinkEstablished, OdooRecordChanged {

	/**
	 * The type of this event.
	 * @return the event type, whose payload class is this record's class
	 */
	EventType type();

	/**
	 * The id of the aggregate this event belongs to, which is also its Kafka key.
	 * @return the aggregate id
	 */
	String aggregateId();

}
