package com.geniusharmony.odoosync.drift;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import com.geniusharmony.support.web.BoundedWebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Reads every user, project and task of core-service through its REST API, page after
 * page, with the caller's own token (the report shows what that administrator may see).
 * Every failure comes out as a {@link DriftSourceException} naming core-service.
 */
@Component
class CoreServiceReader {

	static final int PAGE_SIZE = 100;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final int MAX_PAGE_BYTES = 16 * 1024 * 1024;

	private final WebClient web;

	private final CoreServiceProperties properties;

	CoreServiceReader(CoreServiceProperties properties) {
		this.web = BoundedWebClient.builder(properties.timeout(), properties.timeout())
			.baseUrl(properties.url().toString())
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(MAX_PAGE_BYTES))
			.build();
		this.properties = properties;
	}

	/**
	 * Reads everything, as the caller.
	 * @param authorization the caller's {@code Authorization} header, sent on as it is
	 * @return the users, projects and tasks
	 */
	Mono<CoreSnapshot> read(String authorization) {
		// one list after the other, to keep the load on core-service low
		return all("/api/users", authorization).flatMap(
				(users) -> all("/api/projects", authorization).flatMap((projects) -> all("/api/tasks", authorization)
					.map((tasks) -> new CoreSnapshot(users, projects, tasks))));
	}

	private Mono<List<JsonNode>> all(String path, String authorization) {
		return page(path, 1, authorization).flatMap((first) -> {
			long count = first.path("count").asLong();
			int pages = (int) Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
			// not startWith(first): a JsonNode is an Iterable, whose fields it would take
			return Flux
				.concat(Flux.just(first),
						Flux.range(2, pages - 1).concatMap((number) -> page(path, number, authorization)))
				.flatMapIterable((page) -> page.path("results"))
				// an entity created meanwhile shifts the pages: read twice, kept once
				.collectMap((entity) -> entity.path("id").asString(""), (entity) -> entity, LinkedHashMap::new)
				.map((byId) -> List.copyOf(byId.values()));
		});
	}

	private Mono<JsonNode> page(String path, int number, String authorization) {
		return this.web.get()
			.uri((uri) -> uri.path(path).queryParam("page", number).queryParam("page_size", PAGE_SIZE).build())
			.header(HttpHeaders.AUTHORIZATION, authorization)
			.accept(MediaType.APPLICATION_JSON)
			.exchangeToMono((response) -> {
				int status = response.statusCode().value();
				if (status == 401 || status == 403) {
					return Mono.error(DriftSourceException
						.coreService("core-service refused the caller's token on " + path + " (HTTP " + status + ")"));
				}
				if (!response.statusCode().is2xxSuccessful()) {
					return Mono.error(
							DriftSourceException.coreService("core-service answered HTTP " + status + " on " + path));
				}
				return response.bodyToMono(String.class).defaultIfEmpty("").map((body) -> parse(path, body));
			})
			.timeout(this.properties.timeout())
			.onErrorMap((failure) -> !(failure instanceof DriftSourceException),
					(failure) -> unreachable(path, failure));
	}

	private static JsonNode parse(String path, String body) {
		try {
			JsonNode page = MAPPER.readTree(body);
			if (!page.path("results").isArray()) {
				throw DriftSourceException.coreService("core-service answered no list on " + path);
			}
			return page;
		}
		catch (JacksonException ex) {
			throw DriftSourceException.coreService("core-service answered no JSON on " + path);
		}
	}

	private DriftSourceException unreachable(String path, Throwable failure) {
		String why = (failure instanceof TimeoutException) ? "did not answer within " + this.properties.timeout()
				: "could not be reached";
		return DriftSourceException
			.coreService("core-service at " + this.properties.url() + " " + why + " (" + path + ")");
	}

}
