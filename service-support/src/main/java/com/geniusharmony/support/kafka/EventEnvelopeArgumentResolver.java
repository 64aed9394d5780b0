package com.geniusharmony.support.kafka;

import java.util.List;

import com.geniusharmony.events.EventEnvelope;

import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

/**
 * The one inbound adapter of every listener: a listener method that takes an
 * {@link EventEnvelope} receives the record's value read with the contracts' serde. A
 * value that cannot be read raises {@link UnreadableEventException}, which the shared
 * error handler parks on the dead-letter topic with the reason. A batch listener takes an
 * {@link EventBatch}, which reports its unreadable record the same way.
 */
final class EventEnvelopeArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return EventEnvelope.class.equals(parameter.getParameterType())
				|| EventBatch.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, Message<?> message) {
		if (EventBatch.class.equals(parameter.getParameterType())) {
			if (!(message.getPayload() instanceof List<?> values)) {
				throw new IllegalStateException("An EventBatch is for batch listeners only");
			}
			return EventBatch.read(values);
		}
		return EventRecords.read(message.getPayload());
	}

}
