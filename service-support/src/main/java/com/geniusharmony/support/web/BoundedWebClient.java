package com.geniusharmony.support.web;

import java.time.Duration;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;

import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * WebClients whose every call is bounded: a peer that accepts the connection and never
 * answers fails the call instead of holding it for good.
 */
public final class BoundedWebClient {

	private BoundedWebClient() {
	}

	/**
	 * A builder whose client gives up connecting, and waiting for an answer, after the
	 * given times.
	 * @param connectTimeout the longest wait for a connection
	 * @param responseTimeout the longest wait for an answer once the request is sent
	 * @return the builder, for the caller's base URL and codecs
	 */
	public static WebClient.Builder builder(Duration connectTimeout, Duration responseTimeout) {
		HttpClient http = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) connectTimeout.toMillis())
			.responseTimeout(responseTimeout);
		return WebClient.builder().clientConnector(new ReactorClientHttpConnector(http));
	}

}
