package com.geniusharmony.odoosync.batch;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.geniusharmony.events.EventEnvelope;
import com.geniusharmony.events.user.UserCreated;
import com.geniusharmony.infra.server.Ports;
import com.geniusharmony.odooemulator.OdooEmulator;
import com.geniusharmony.odooemulator.OdooEmulatorConfig;
import com.geniusharmony.odooemulator.stats.Arrival;
import com.geniusharmony.odooemulator.stats.ArrivalDelays;
import com.geniusharmony.odooemulator.stats.RequestCounts;
import com.geniusharmony.odoosync.OdooSyncServiceApplication;
import com.geniusharmony.odoosync.TestEvents;
import com.geniusharmony.support.testing.ServiceJvm;

import static org.awaitility.Awaitility.await;

/**
 * Three instances of the service in their own JVMs, sharing one database, one Redis and
 * one Odoo emulator, with the default budget and small batches, so that the budget, not
 * the number of changes, sets the pace. Each round publishes new users and waits until
 * every one is synced; a first round, not measured, warms them up.
 */
final class ThreeInstances implements AutoCloseable {

	private static final int WARM_UP_USERS = 20;

	private final OdooEmulator odoo;

	private final SyncInstances instances;

	private final List<ServiceJvm> running = new ArrayList<>();

	private int users;

	ThreeInstances(String name) {
		this.odoo = OdooEmulator.start(OdooEmulatorConfig.defaults());
		this.instances = new SyncInstances(name, this.odoo,
				Map.of("HARMONY_SYNC_BATCH_SIZE", "2", "HARMONY_SYNC_DEBOUNCE", "50ms"));
		try {
			for (String instance : List.of("one", "two", "three")) {
				this.running
					.add(ServiceJvm.start(OdooSyncServiceApplication.class, this.instances.environment(instance),
							Ports.free(), Path.of("target", name + "-instances", instance + ".log")));
			}
			// the emulator's first requests pay for its class loading and compilation,
			// which no real door to Odoo has: a first round warms it
			publishUsers(WARM_UP_USERS);
			awaitSynced();
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	OdooEmulator odoo() {
		return this.odoo;
	}

	/**
	 * Publishes new users and waits until all are synced.
	 * @param count how many users
	 * @return what Odoo received meanwhile
	 */
	Round sync(int count) throws SQLException {
		this.odoo.resetRequestCounts();
		SenderTimes before = SenderTimes.of(this.running);
		publishUsers(count);
		awaitSynced();
		RequestCounts counts = this.odoo.requestCounts();
		List<Arrival> arrivals = this.odoo.requestArrivals();
		return new Round(counts, ArrivalDelays.of(arrivals), arrivals, SenderTimes.of(this.running).minus(before));
	}

	void publishUsers(int count) {
		List<EventEnvelope> events = IntStream.range(0, count).mapToObj((i) -> {
			String id = TestEvents.newId();
			return TestEvents.event(new UserCreated(TestEvents.user(id, "User", id, "")), 1);
		}).toList();
		this.users += count;
		this.instances.publish(events);
	}

	void awaitSynced() {
		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> this.instances.count("status = 'synced'") == this.users);
	}

	/** How many users were published so far. */
	int users() {
		return this.users;
	}

	@Override
	public void close() {
		for (ServiceJvm instance : this.running) {
			try {
				instance.close();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.instances.close();
		this.odoo.stop();
	}

	/**
	 * What Odoo received during one round.
	 *
	 * @param counts the request counts
	 * @param delays the delays from the senders' slots and writes to the arrivals
	 * @param arrivals every request with its arrival time
	 * @param sender what the instances measured between their permits and the wire
	 */
	record Round(RequestCounts counts, ArrivalDelays delays, List<Arrival> arrivals, SenderTimes sender) {

		int mostInAnySecond() {
			return (int) this.counts.maxInAnySecond();
		}

	}

}
