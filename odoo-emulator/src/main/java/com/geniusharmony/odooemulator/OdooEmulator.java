package com.geniusharmony.odooemulator;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.geniusharmony.odooemulator.admin.AdminEndpoint;
import com.geniusharmony.odooemulator.fault.Faults;
import com.geniusharmony.odooemulator.json2.Json2Endpoint;
import com.geniusharmony.odooemulator.orm.BaseData;
import com.geniusharmony.odooemulator.orm.Database;
import com.geniusharmony.odooemulator.orm.Env;
import com.geniusharmony.odooemulator.orm.ModelDef;
import com.geniusharmony.odooemulator.orm.ModelRegistry;
import com.geniusharmony.odooemulator.orm.OdooError;
import com.geniusharmony.odooemulator.orm.Orm;
import com.geniusharmony.odooemulator.orm.RecordSnapshot;
import com.geniusharmony.odooemulator.rpc.Accounts;
import com.geniusharmony.odooemulator.rpc.Backend;
import com.geniusharmony.odooemulator.rpc.JsonRpcEndpoint;
import com.geniusharmony.odooemulator.rpc.ServerVersion;
import com.geniusharmony.odooemulator.rpc.Sessions;
import com.geniusharmony.odooemulator.rpc.WebEndpoint;
import com.geniusharmony.odooemulator.server.Call.Route;
import com.geniusharmony.odooemulator.server.EmulatorServer;
import com.geniusharmony.odooemulator.server.Endpoint;
import com.geniusharmony.odooemulator.server.IngestThrottle;
import com.geniusharmony.odooemulator.stats.Arrival;
import com.geniusharmony.odooemulator.stats.RequestCounter;
import com.geniusharmony.odooemulator.stats.RequestCounts;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A running Odoo emulator: an in-memory Odoo speaking JSON-RPC ({@code /jsonrpc},
 * {@code /web/session/authenticate}, {@code /web/dataset/call_kw}) and JSON-2
 * ({@code /json/2/<model>/<method>}) as a live Odoo 18 does, with fault injection
 * ({@link #faults()}), request counts ({@link #requestCounts()}), an ingestion throttle
 * and an inspection API for tests. Start one per test class with
 * {@link #start(OdooEmulatorConfig)} and {@link #reset()} it between tests;
 * {@link #close()} stops it.
 */
public final class OdooEmulator implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(OdooEmulator.class);

	private final OdooEmulatorConfig config;

	private final Orm orm;

	private final Accounts accounts = new Accounts();

	private final Sessions sessions = new Sessions();

	private final Faults faults = new Faults();

	private final RequestCounter counter = new RequestCounter(Clock.systemUTC());

	private final IngestThrottle throttle;

	private final EmulatorServer server;

	private final int port;

	private OdooEmulator(OdooEmulatorConfig config) {
		this.config = config;
		this.orm = new Orm(new Database(ModelRegistry.load(config.version()), Clock.systemUTC()));
		this.throttle = new IngestThrottle(config.throttle());
		JsonMapper mapper = JsonMapper.builder().build();
		Backend backend = new Backend(this.orm, this.accounts, this.sessions, config.database(),
				new ServerVersion(config.version()));
		Map<Route, Endpoint> endpoints = new EnumMap<>(Route.class);
		endpoints.put(Route.JSONRPC, new JsonRpcEndpoint(backend));
		WebEndpoint web = new WebEndpoint(backend, mapper);
		endpoints.put(Route.WEB_AUTHENTICATE, web);
		endpoints.put(Route.WEB_CALL_KW, web);
		endpoints.put(Route.WEB, web);
		if (config.json2Enabled()) {
			endpoints.put(Route.JSON2, new Json2Endpoint(backend));
		}
		endpoints.put(Route.ADMIN, new AdminEndpoint(this, mapper));
		this.server = new EmulatorServer(endpoints, this.faults, this.counter, this.throttle, mapper);
		seed();
		this.port = this.server.start(config.host(), config.port());
	}

	/**
	 * Starts an emulator.
	 * @param config how it runs
	 * @return the running emulator
	 */
	public static OdooEmulator start(OdooEmulatorConfig config) {
		OdooEmulator emulator = new OdooEmulator(config);
		logger.info("Odoo {} emulator listening on {} (database {})", config.version(), emulator.baseUrl(),
				config.database());
		return emulator;
	}

	/**
	 * Starts an emulator with {@link OdooEmulatorConfig#defaults()}: Odoo 18 on a free
	 * port.
	 * @return the running emulator
	 */
	public static OdooEmulator start() {
		return start(OdooEmulatorConfig.defaults());
	}

	/**
	 * The URL clients call, {@code http://127.0.0.1:<port>}.
	 * @return the base URL
	 */
	public String baseUrl() {
		String host = this.config.host();
		String reachable = (host.equals("0.0.0.0") || host.equals("::")) ? "127.0.0.1" : host;
		return "http://" + (reachable.contains(":") ? "[" + reachable + "]" : reachable) + ":" + this.port;
	}

	public int port() {
		return this.port;
	}

	public OdooEmulatorConfig config() {
		return this.config;
	}

	/**
	 * The faults in force, to inject or clear them.
	 * @return the faults
	 */
	public Faults faults() {
		return this.faults;
	}

	/**
	 * The requests received since the start or the last reset.
	 * @return the counts
	 */
	public RequestCounts requestCounts() {
		return this.counter.snapshot();
	}

	/**
	 * The latest requests received (up to 100,000) since the start or the last reset,
	 * with the time each arrived, in the order they were counted.
	 * @return the arrivals
	 */
	public List<Arrival> requestArrivals() {
		return this.counter.arrivals();
	}

	/**
	 * Forgets the request counts.
	 */
	public void resetRequestCounts() {
		this.counter.reset();
	}

	/**
	 * The ingestion throttle in force.
	 * @return the throttle
	 */
	public Throttle throttle() {
		return this.throttle.current();
	}

	/**
	 * Replaces the ingestion throttle.
	 * @param newThrottle the throttle
	 */
	public void throttle(Throttle newThrottle) {
		this.throttle.set(newThrottle);
	}

	/**
	 * Every record of a model, archived ones included, by id.
	 * @param model the model ({@code project.task})
	 * @return the records
	 */
	public List<OdooRecord> records(String model) {
		if (this.orm.model(model) == null) {
			throw new IllegalArgumentException("The emulator has no model " + model);
		}
		return this.orm.snapshot(model).stream().map((record) -> toRecord(model, record)).toList();
	}

	/**
	 * One record.
	 * @param model the model
	 * @param id the id
	 * @return the record, if it exists
	 */
	public Optional<OdooRecord> record(String model, int id) {
		return records(model).stream().filter((record) -> record.id() == id).findFirst();
	}

	/**
	 * Changes a record as a person working in Odoo would: a {@code write} by the
	 * administrator, checked as any write is (an unknown selection value or a missing
	 * required one is refused) and stamped with a new {@code write_date}.
	 * @param model the model ({@code project.task})
	 * @param id the record's id
	 * @param values the new values as {@code write} takes them, such as {@code {"state":
	 * "1_done"}} or {@code {"user_ids": [[6, 0, [7]]]}}
	 * @return the record as it is now
	 * @throws OdooError when Odoo would refuse the write
	 */
	public OdooRecord editAsPerson(String model, int id, JsonNode values) {
		editAsPerson(model, List.of(id), values);
		return record(model, id).orElseThrow();
	}

	/**
	 * Changes several records at once as a person working in Odoo would (a mass edit):
	 * one {@code write}, so that every record gets the same {@code write_date}, as in
	 * Odoo.
	 * @param model the model
	 * @param ids the records' ids
	 * @param values the new values, the same for every record
	 * @throws OdooError when Odoo would refuse the write
	 */
	public void editAsPerson(String model, List<Integer> ids, JsonNode values) {
		ModelDef definition = this.orm.model(model);
		if (definition == null) {
			throw new IllegalArgumentException("The emulator has no model " + model);
		}
		if (!values.isObject() || values.isEmpty()) {
			throw new IllegalArgumentException("The values to write must be a non-empty JSON object");
		}
		ArrayNode records = JsonNodeFactory.instance.arrayNode();
		ids.forEach(records::add);
		this.orm.callKw(Env.of(BaseData.ADMIN_UID), definition, "write", List.of(records, values), Map.of());
	}

	/**
	 * The record an external id names ({@code harmony.task_42}).
	 * @param externalId the external id, {@code module.name}
	 * @return the record, if the external id exists
	 */
	public Optional<OdooRecord> recordByExternalId(String externalId) {
		Map.Entry<String, Integer> target = this.orm.resolveExternalId(externalId);
		return (target != null) ? record(target.getKey(), target.getValue()) : Optional.empty();
	}

	/**
	 * Sets the id the next record of a model gets, as {@code ALTER SEQUENCE ... RESTART}
	 * would, for instance to make replayed transcripts give the ids they recorded.
	 * @param model the model
	 * @param nextId the next id
	 */
	public void restartSequence(String model, int nextId) {
		if (this.orm.model(model) == null) {
			throw new IllegalArgumentException("The emulator has no model " + model);
		}
		this.orm.database().transaction(() -> {
			this.orm.database().restartSequence(model, nextId);
			return null;
		});
	}

	/**
	 * Puts the emulator back as it started: base data and configured users only, no
	 * fault, no session, no count.
	 */
	public void reset() {
		this.faults.clear();
		this.sessions.clear();
		seed();
		this.counter.reset();
	}

	/**
	 * Stops the emulator and closes its connections.
	 */
	public void stop() {
		this.server.stop();
	}

	@Override
	public void close() {
		stop();
	}

	private void seed() {
		// One transaction, so that no request sees the database half reset.
		this.orm.database().transaction(() -> {
			BaseData.seed(this.orm.database(), this.config.login());
			this.accounts.clear();
			this.accounts.add(new Accounts.Account(BaseData.ADMIN_UID, this.config.login(), this.config.password(),
					this.config.apiKeys()));
			for (EmulatedUser user : this.config.users()) {
				int uid = this.orm.createUser(user.login(), user.name(), user.email());
				this.accounts.add(new Accounts.Account(uid, user.login(), user.password(),
						(user.apiKey() != null) ? List.of(user.apiKey()) : List.of()));
			}
			return null;
		});
	}

	private static OdooRecord toRecord(String model, RecordSnapshot snapshot) {
		return new OdooRecord(model, snapshot.id(), snapshot.externalIds(), snapshot.values());
	}

}
