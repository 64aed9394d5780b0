package com.geniusharmony.support.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import reactor.core.publisher.Flux;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

import com.geniusharmony.support.openapi.ApiDocsSwitch;
import com.geniusharmony.support.web.BoundedWebClient;

/**
 * Every request needs a valid bearer JWT of one of the configured key sources
 * ({@link TokenSources}), except health, metrics, API docs, the token endpoints and the
 * paths a service adds to {@code harmony.jwt.public-paths}. Roles come from the
 * {@code roles} claim, and admin by the deployment's admin rule ({@link TokenRoles},
 * {@code hasRole("admin")}). Pages of the origins in {@code harmony.cors.allowed-origins}
 * may call the API from a browser.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableWebFluxSecurity
@EnableConfigurationProperties({ JwtProperties.class, CorsProperties.class })
public class SecurityConfiguration {

	private static final Duration KEY_FETCH_TIMEOUT = Duration.ofSeconds(5);

	static final List<String> ALWAYS_PUBLIC = Stream
		.of(List.of("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus"),
				ApiDocsSwitch.PATHS,
				List.of("/.well-known/jwks.json", "/api/auth/token", "/api/auth/refresh", "/api/auth/logout"))
		.flatMap(List::stream)
		.toList();

	/**
	 * The paths open without a token in every service (a service adds its own in
	 * {@code harmony.jwt.public-paths}).
	 * @return the path patterns
	 */
	public static List<String> publicPaths() {
		return ALWAYS_PUBLIC;
	}

	@Bean
	SecurityWebFilterChain harmonySecurityFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder,
			JwtProperties properties, CorsProperties cors) {
		List<String> publicPaths = new ArrayList<>(ALWAYS_PUBLIC);
		publicPaths.addAll(properties.publicPaths());
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			// answered before authentication: a preflight carries no token
			.cors((spec) -> spec.configurationSource(corsConfiguration(cors)))
			// a bearer token on every request: nothing to keep in a session
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.authorizeExchange((exchanges) -> exchanges.pathMatchers(publicPaths.toArray(String[]::new))
				.permitAll()
				.anyExchange()
				.authenticated())
			.oauth2ResourceServer((server) -> server
				.jwt((jwt) -> jwt.jwtDecoder(jwtDecoder)
					.jwtAuthenticationConverter(authenticationConverter(new TokenRoles(properties))))
				.authenticationEntryPoint(ProblemAuthenticationHandlers.unauthorized())
				.accessDeniedHandler(ProblemAuthenticationHandlers.forbidden()))
			.exceptionHandling(
					(handling) -> handling.authenticationEntryPoint(ProblemAuthenticationHandlers.unauthorized())
						.accessDeniedHandler(ProblemAuthenticationHandlers.forbidden()))
			.build();
	}

	/**
	 * Tokens travel in the {@code Authorization} header, never in cookies, so credentials
	 * stay off: no other origin can ride on a browser's session.
	 */
	static CorsConfigurationSource corsConfiguration(CorsProperties properties) {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(properties.allowedOrigins().stream().map(String::strip).toList());
		configuration.setAllowedMethods(CorsProperties.ALLOWED_METHODS);
		configuration.setAllowedHeaders(CorsProperties.ALLOWED_HEADERS);
		configuration.setExposedHeaders(CorsProperties.EXPOSED_HEADERS);
		configuration.setAllowCredentials(false);
		configuration.setMaxAge(properties.maxAge());
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", configuration);
		return source;
	}

	@Bean
	@ConditionalOnMissingBean
	ReactiveJwtDecoder jwtDecoder(JwtProperties properties) {
		return TokenSources.of(properties, keyFetcher());
	}

	/**
	 * Fetches the issuer's public keys with bounded waits: without them a request whose
	 * token needs the keys (the first one, or one signed with a new key) would wait for
	 * as long as the issuer does not answer.
	 */
	private static WebClient keyFetcher() {
		return BoundedWebClient.builder(KEY_FETCH_TIMEOUT, KEY_FETCH_TIMEOUT).build();
	}

	@Bean
	WebFluxConfigurer currentUserArgument(JwtProperties properties) {
		return new WebFluxConfigurer() {
			@Override
			public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
				configurer.addCustomResolver(new CurrentUserArgumentResolver(new TokenRoles(properties)));
			}
		};
	}

	private static ReactiveJwtAuthenticationConverter authenticationConverter(TokenRoles roles) {
		ReactiveJwtAuthenticationConverter converter = new ReactiveJwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(
				(jwt) -> Flux.fromIterable(roles.of(jwt)).map((role) -> new SimpleGrantedAuthority("ROLE_" + role)));
		return converter;
	}

}
