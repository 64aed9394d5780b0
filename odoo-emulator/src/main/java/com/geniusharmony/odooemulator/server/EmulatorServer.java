package com.geniusharmony.odooemulator.server;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.util.concurrent.GlobalEventExecutor;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.Connection;
import reactor.netty.ConnectionObserver;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

import com.geniusharmony.odooemulator.fault.Fault;
import com.geniusharmony.odooemulator.fault.Faults;
import com.geniusharmony.odooemulator.stats.Arrival;
import com.geniusharmony.odooemulator.stats.RequestCounter;

import tools.jackson.databind.json.JsonMapper;

/**
 * The emulator's HTTP server. Each request is read whole, counted, then either faulted
 * (delayed, answered with a status, never answered, or its connection dropped before or
 * after processing) or processed after the ingestion throttle's wait by the endpoint of
 * its route. Requests under {@code /__emulator} are neither counted nor faulted.
 */
public final class EmulatorServer {

	private static final Logger logger = LoggerFactory.getLogger(EmulatorServer.class);

	private final Map<Call.Route, Endpoint> endpoints;

	private final Faults faults;

	private final RequestCounter counter;

	private final IngestThrottle throttle;

	private final JsonMapper mapper;

	private final ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);

	private @Nullable DisposableServer server;

	public EmulatorServer(Map<Call.Route, Endpoint> endpoints, Faults faults, RequestCounter counter,
			IngestThrottle throttle, JsonMapper mapper) {
		this.endpoints = Map.copyOf(endpoints);
		this.faults = faults;
		this.counter = counter;
		this.throttle = throttle;
		this.mapper = mapper;
	}

	/**
	 * Binds the server.
	 * @param host the address
	 * @param port the port, 0 for a free one
	 * @return the bound port
	 */
	public int start(String host, int port) {
		this.server = HttpServer.create()
			.host(host)
			.port(port)
			.channelGroup(this.connections)
			.childObserve(EmulatorServer::readAfterEachRequest)
			.handle(this::handle)
			.bindNow(Duration.ofSeconds(30));
		return this.server.port();
	}

	/**
	 * Closes the server and its connections, those kept waiting by a timeout fault
	 * included.
	 */
	public void stop() {
		DisposableServer current = this.server;
		if (current != null) {
			this.connections.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
			current.disposeNow(Duration.ofSeconds(5));
			this.server = null;
		}
	}

	/**
	 * Asks for the next read of a keep-alive connection once a request is over. Reactor
	 * Netty (1.3.6) holds back a request that arrives before the previous one has ended
	 * (an answer written from a worker thread) and, if the held-back one is answered at
	 * once (a status fault), stops reading the connection: the client's next request
	 * would wait for its timeout. The services' servers do the same (service-support's
	 * {@code KeepAliveReads}).
	 */
	private static void readAfterEachRequest(Connection connection, ConnectionObserver.State state) {
		if (state == ConnectionObserver.State.DISCONNECTING && connection instanceof HttpServerRequest
				&& connection.channel().isActive()) {
			connection.channel().read();
		}
	}

	private Publisher<Void> handle(HttpServerRequest incoming, HttpServerResponse response) {
		String uri = incoming.uri();
		int query = uri.indexOf('?');
		String path = (query >= 0) ? uri.substring(0, query) : uri;
		// counted by the arrival of its head: reading the body may wait behind other work
		Instant arrivedAt = this.counter.now();
		return incoming.receive().aggregate().asByteArray().defaultIfEmpty(new byte[0]).flatMap((body) -> {
			EmulatorRequest request = new EmulatorRequest(incoming.method().name(), path, incoming.requestHeaders(),
					body);
			Call call = Call.of(request, this.mapper);
			if (call.route() == Call.Route.ADMIN) {
				return send(response, process(request, call));
			}
			this.counter.record(new Arrival(arrivedAt, call.label(), stamp(incoming, Arrival.SLOT_HEADER),
					stamp(incoming, Arrival.WRITTEN_HEADER)));
			Fault fault = this.faults.take(call.model(), call.method());
			Mono<HttpReply> processed = Mono.defer(() -> {
				Duration wait = this.throttle.reserve(call);
				// off the event loops, so that a long call never holds up the arrival,
				// and
				// so the count, of the requests behind it
				Mono<HttpReply> work = Mono.fromCallable(() -> process(request, call))
					.subscribeOn(Schedulers.boundedElastic());
				return wait.isZero() ? work : Mono.delay(wait).then(work);
			});
			if (fault == null) {
				return processed.flatMap((reply) -> send(response, reply));
			}
			return switch (fault.kind()) {
				case LATENCY -> Mono.delay(fault.delay()).then(processed).flatMap((reply) -> send(response, reply));
				case STATUS -> send(response, statusReply(fault));
				case TIMEOUT -> Mono.never();
				case DROP_CONNECTION -> drop(response);
				case DROP_RESPONSE -> processed.then(drop(response));
			};
		});
	}

	/**
	 * A time the sender wrote on the request; a malformed one is ignored, as Odoo would.
	 */
	private static @Nullable Instant stamp(HttpServerRequest request, String header) {
		String value = request.requestHeaders().get(header);
		if (value == null) {
			return null;
		}
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private HttpReply process(EmulatorRequest request, Call call) {
		Endpoint endpoint = this.endpoints.get(call.route());
		if (endpoint == null) {
			return HttpReply.html(404, "<!doctype html>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n"
					+ "<p>The requested URL was not found on the server.</p>\n");
		}
		try {
			return endpoint.handle(request, call);
		}
		catch (RuntimeException ex) {
			logger.error("Emulator failed on {} {}", request.method(), request.path(), ex);
			return HttpReply.html(500, "<!doctype html>\n<title>500 Internal Server Error</title>\n"
					+ "<h1>Internal Server Error</h1>\n<p>" + ex + "</p>\n");
		}
	}

	private static HttpReply statusReply(Fault fault) {
		String reason = switch (fault.status()) {
			case 429 -> "Too Many Requests";
			case 500 -> "Internal Server Error";
			case 502 -> "Bad Gateway";
			case 503 -> "Service Unavailable";
			case 504 -> "Gateway Time-out";
			default -> "Error";
		};
		HttpReply reply = HttpReply.html(fault.status(),
				"<html>\r\n<head><title>" + fault.status() + " " + reason + "</title></head>\r\n<body>\r\n<center><h1>"
						+ fault.status() + " " + reason + "</h1></center>\r\n</body>\r\n</html>\r\n");
		Duration retryAfter = fault.retryAfter();
		if (retryAfter != null) {
			long seconds = (retryAfter.toMillis() + 999) / 1000;
			reply = reply.withHeader("Retry-After", String.valueOf(seconds));
		}
		return reply;
	}

	private static Mono<Void> send(HttpServerResponse response, HttpReply reply) {
		response.status(reply.status())
			.header(HttpHeaderNames.CONTENT_TYPE, reply.contentType())
			.header(HttpHeaderNames.CONTENT_LENGTH, String.valueOf(reply.body().length));
		reply.headers().forEach(response::header);
		return response.sendByteArray(Mono.just(reply.body())).then();
	}

	private static Mono<Void> drop(HttpServerResponse response) {
		return Mono.<Void>fromRunnable(() -> response.withConnection((connection) -> connection.channel().close()))
			.then(Mono.never());
	}

}
