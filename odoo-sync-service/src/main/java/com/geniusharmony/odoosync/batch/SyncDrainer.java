package com.geniusharmony.odoosync.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.geniusharmony.events.odoolink.EntityKind;
import com.geniusharmony.odoosync.config.SyncProperties;
import com.geniusharmony.odoosync.state.ClaimRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Drains due entities into Odoo, up to {@code harmony.sync.concurrent-batches} drains at
 * a time in this instance: requests arriving within the debounce join into one drain, and
 * requests arriving while no more drains may run into one more after them. A drain takes
 * batches of users, then projects, then tasks, round after round, so that what a row
 * references reaches Odoo first, until nothing is due or Odoo cannot be used. A round
 * that claimed something asks for one more drain: while Odoo ingests one drain's batch,
 * another claims, builds and sends the next, so that Odoo does not sit idle between two
 * batches. Drains claim apart ({@code skip locked}), as instances do.
 */
@Component
public class SyncDrainer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SyncDrainer.class);

	private static final List<EntityKind> ORDER = List.of(EntityKind.USER, EntityKind.PROJECT, EntityKind.TASK);

	private final BatchSync batches;

	private final ClaimRepository claims;

	private final SyncProperties properties;

	private final Sinks.Many<Boolean> requests = Sinks.many().multicast().onBackpressureBuffer(16, false);

	private volatile @Nullable Disposable loop;

	private volatile LastDrain last = new LastDrain(null, null, 0);

	SyncDrainer(BatchSync batches, ClaimRepository claims, SyncProperties properties) {
		this.batches = batches;
		this.claims = claims;
		this.properties = properties;
	}

	/**
	 * Asks for a drain soon; never waits for it.
	 */
	public synchronized void request() {
		this.requests.tryEmitNext(Boolean.TRUE);
	}

	/**
	 * How this instance's last drain ended.
	 * @return when, why it stopped if it did, and how many entities it claimed
	 */
	public LastDrain last() {
		return this.last;
	}

	/**
	 * Drains until nothing is due or Odoo cannot be used.
	 * @return how many entities were claimed on the way
	 */
	Mono<Integer> drain() {
		return round().expand((round) -> (round.claimed() > 0 && round.stoppedBy() == null) ? round() : Mono.empty())
			.reduce(new Round(0, null),
					(total, round) -> new Round(total.claimed() + round.claimed(),
							(round.stoppedBy() != null) ? round.stoppedBy() : total.stoppedBy()))
			.doOnNext(this::finished)
			.map(Round::claimed);
	}

	private Mono<Round> round() {
		return Flux.fromIterable(ORDER)
			.concatMap(this.batches::next)
			.takeUntil((report) -> report.stoppedBy() != null)
			.reduce(new Round(0, null),
					(round, report) -> new Round(round.claimed() + report.claimed(),
							(report.stoppedBy() != null) ? report.stoppedBy().getMessage() : null))
			.doOnNext((round) -> {
				// more may be due, made due by this round or left for another drain to
				// claim alongside this one
				if (round.claimed() > 0 && round.stoppedBy() == null) {
					request();
				}
			});
	}

	private void finished(Round round) {
		String previous = this.last.stoppedBy();
		this.last = new LastDrain(Instant.now(), round.stoppedBy(), round.claimed());
		if (round.stoppedBy() != null && !Objects.equals(previous, round.stoppedBy())) {
			log.warn("Odoo cannot be used now, changes stay pending until it can: {}", round.stoppedBy());
		}
		else if (round.stoppedBy() == null && previous != null) {
			log.info("Odoo can be used again, pending changes are being synced");
		}
	}

	@Override
	public void start() {
		// claims left by an earlier run under the same name (a restarted container) are
		// this instance's to take back now, rather than when their leases end
		releaseClaims("Took back the claims of {} entities left by an earlier run");
		this.loop = this.requests.asFlux()
			.sample(this.properties.debounce())
			.onBackpressureLatest()
			.flatMap((request) -> drain().onErrorResume((ex) -> {
				log.error("A sync drain failed; the next one tries again", ex);
				return Mono.empty();
			}), this.properties.concurrentBatches(), 1)
			.subscribe();
		// entities left pending by an earlier run need no new change to be synced
		request();
	}

	@Override
	public void stop() {
		Disposable running = this.loop;
		if (running != null) {
			running.dispose();
			// a batch cut short is written again by another instance (or this one, later)
			releaseClaims("Gave back the claims of {} entities on stopping");
		}
		this.loop = null;
	}

	private void releaseClaims(String message) {
		Long released = this.claims.releaseAll().onErrorResume((ex) -> Mono.empty()).block(Duration.ofSeconds(5));
		if (released != null && released > 0) {
			log.info(message, released);
		}
	}

	@Override
	public boolean isRunning() {
		return this.loop != null;
	}

	private record Round(int claimed, @Nullable String stoppedBy) {

	}

}
