package com.geniusharmony.scheduler.tick;

import com.geniusharmony.scheduler.lease.Fence;
import com.geniusharmony.support.outbox.OutboxWriter;
import reactor.core.publisher.Mono;

import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Records a tick and writes its event to the outbox in one transaction, so that a
 * recorded tick is published once its transaction commits, and only then.
 */
class TickRecorder {

	private final TickRepository repository;

	private final OutboxWriter outbox;

	private final TransactionalOperator transactions;

	TickRecorder(TickRepository repository, OutboxWriter outbox, TransactionalOperator transactions) {
		this.repository = repository;
		this.outbox = outbox;
		this.transactions = transactions;
	}

	/**
	 * Claims the tick's slot under the fence, and records the tick if the claim won.
	 * @return whether this call won the slot
	 */
	Mono<Boolean> claim(Fence fence, PendingTick tick) {
		return this.repository.claim(fence, tick)
			.flatMap((won) -> won ? this.outbox.append(tick.event()).thenReturn(true) : Mono.just(false))
			.as(this.transactions::transactional);
	}

	/**
	 * Records a tick fired by hand; it claims no slot.
	 */
	Mono<Void> recordManual(PendingTick tick) {
		return this.repository.insertManual(tick)
			.then(this.outbox.append(tick.event()))
			.as(this.transactions::transactional);
	}

}
