package com.geniusharmony.support.web;

import io.netty.channel.Channel;
import reactor.netty.Connection;
import reactor.netty.ConnectionObserver;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;

/**
 * Asks for the next read of an HTTP/1.1 connection as soon as one of its requests is
 * over, so that a keep-alive connection never stops listening.
 * <p>
 * Reactor Netty (1.3.6) reads a connection on demand, and holds back a request that
 * arrives before the previous one's operations have ended: that happens whenever the
 * previous answer was written from another thread (a database or Redis reply) and the
 * client sent its next request the moment it had the answer. When the held-back request
 * is then answered synchronously, on the event loop (an error thrown by a controller
 * method, a refusal of the security chain), its operations end while Reactor Netty is
 * still handing it over, the hand-over ends on the request's trailing content, and no
 * read is asked for: the connection stays open and the client's next request on it is
 * never read, so never answered, with nothing logged. Reading again once a request is
 * over is what keep-alive means: where Reactor Netty asks for that read itself, the
 * second request for it changes nothing, and what a read brings while a request is still
 * under way is held back as any early request is. A Reactor Netty that reads again once
 * it has drained what it held back makes this redundant, not wrong.
 */
final class KeepAliveReads implements NettyServerCustomizer {

	@Override
	public HttpServer apply(HttpServer server) {
		return server.childObserve(KeepAliveReads::onStateChange);
	}

	static void onStateChange(Connection connection, ConnectionObserver.State state) {
		if (state != ConnectionObserver.State.DISCONNECTING || !(connection instanceof HttpServerRequest)) {
			return;
		}
		Channel channel = connection.channel();
		// HTTP/1.1 only: an HTTP/2 stream has no connection of its own to read
		if (channel.isActive() && channel.pipeline().get(NettyPipeline.HttpTrafficHandler) != null) {
			channel.read();
		}
	}

}
