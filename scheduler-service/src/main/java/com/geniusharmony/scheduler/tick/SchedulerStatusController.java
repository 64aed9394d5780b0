package com.geniusharmony.scheduler.tick;

import java.util.List;
import java.util.Optional;

import com.geniusharmony.scheduler.lease.Lease;
import com.geniusharmony.support.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/scheduler/status}, for administrators: which replica leads (as the
 * database says, whichever replica answers), and where each schedule stands.
 */
@RestController
class SchedulerStatusController {

	private final Lease lease;

	private final TickRepository ticks;

	SchedulerStatusController(Lease lease, TickRepository ticks) {
		this.lease = lease;
		this.ticks = ticks;
	}

	@GetMapping("/api/scheduler/status")
	Mono<StatusResponse> status(CurrentUser caller) {
		caller.requireAdmin("read the scheduler's status");
		Mono<List<ScheduleStatus>> schedules = this.ticks.schedules().collectList();
		return this.lease.currentHolder()
			.map((holder) -> new Leader(holder.holder(), holder.token()))
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.zipWith(schedules, (leader, all) -> new StatusResponse(leader.orElse(null), this.lease.holder(),
					this.lease.isLeader(), all));
	}

	/**
	 * The scheduler's state.
	 *
	 * @param leader the replica holding the lease, or null while none does (a failover)
	 * @param replica the replica that answered
	 * @param replicaLeads whether the replica that answered leads
	 * @param schedules each schedule's last slot and ticks
	 */
	record StatusResponse(@Nullable Leader leader, String replica, boolean replicaLeads,
			List<ScheduleStatus> schedules) {

	}

	/**
	 * The leading replica.
	 *
	 * @param replica its id
	 * @param fencingToken the token of its lease: it grows with every change of leader
	 */
	record Leader(String replica, long fencingToken) {

	}

}
