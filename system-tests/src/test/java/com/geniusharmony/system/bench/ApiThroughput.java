package com.geniusharmony.system.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closed-loop load on one endpoint of a running service: a fixed number of clients, each
 * sending its next request as soon as the previous answer is in (HTTP/1.1 keep-alive),
 * with the tokens given in turn.
 */
final class ApiThroughput {

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final int concurrency;

	ApiThroughput(int concurrency) {
		this.concurrency = concurrency;
	}

	/**
	 * Sends requests and times them.
	 * @param uri the endpoint
	 * @param tokens bearer tokens, one per request in turn; none for a public endpoint
	 * @param requests how many
	 * @return the result
	 */
	Result run(URI uri, List<String> tokens, int requests) throws InterruptedException {
		Latencies latencies = new Latencies();
		AtomicInteger next = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(this.concurrency);
		long started = System.nanoTime();
		for (int c = 0; c < this.concurrency; c++) {
			clients.execute(() -> {
				for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
					HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
					if (!tokens.isEmpty()) {
						request.header("Authorization", "Bearer " + tokens.get(i % tokens.size()));
					}
					long sent = System.nanoTime();
					if (send(request.build()) == 200) {
						latencies.add(System.nanoTime() - sent);
					}
					else {
						failed.incrementAndGet();
					}
				}
			});
		}
		clients.shutdown();
		clients.awaitTermination(10, TimeUnit.MINUTES);
		return new Result(requests / ((System.nanoTime() - started) / 1e9), latencies, failed.get());
	}

	private int send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}

	/**
	 * One endpoint's figures.
	 *
	 * @param perSecond requests per second
	 * @param latencies the answered requests' latencies
	 * @param failed requests not answered 200
	 */
	record Result(double perSecond, Latencies latencies, int failed) {

	}

}
