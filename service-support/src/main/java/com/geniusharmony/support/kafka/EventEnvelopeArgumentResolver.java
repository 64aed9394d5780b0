package com.geniusharmony.support.kafka;

import com.geniusharmony.events.EventEnvelope;

import org.springframework.core.MethodParameter;
import org.springframework.messaging.Message;
import org.springframework.messaging.handler.invocation.HandlerMethodArgumentResolver;

/**
 * The one inbound adapter of every listener: a listener method that takes an
 * {@link EventEnvelope} receives the record's value read with the contracts' serde. A
 * value that cannot be read raises {@link UnreadableEventException}, which the shared
 * error handler parks on the dead-letter topic with the reason.
 */
final class EventEnvelopeArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return EventEnvelope.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, Message<?> message) {
		if (!(message.getPayload() instanceof byte[] value)) {
			throw new UnreadableEventException(
					"the record's value is not bytes but " + message.getPayload().getClass().getSimpleName());
		}
		return EventRecords.read(value);
	}

}
