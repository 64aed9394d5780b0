package com.geniusharmony.support.web;

import reactor.netty.http.server.HttpServer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the shared {@link ProblemDetailsHandler} in every reactive web service, and
 * keeps the keep-alive connections of its Reactor Netty server reading
 * ({@link KeepAliveReads}).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class WebSupportConfiguration {

	@Bean
	ProblemDetailsHandler problemDetailsHandler() {
		return new ProblemDetailsHandler();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ HttpServer.class, NettyServerCustomizer.class })
	static class NettyServer {

		@Bean
		NettyServerCustomizer keepAliveReads() {
			return new KeepAliveReads();
		}

	}

}
