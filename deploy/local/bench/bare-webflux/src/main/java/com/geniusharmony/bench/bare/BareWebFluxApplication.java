package com.geniusharmony.bench.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A bare Spring Boot WebFlux application: the start-up and memory the services are
 * measured against.
 */
@SpringBootApplication
public class BareWebFluxApplication {

	public static void main(String[] args) {
		SpringApplication.run(BareWebFluxApplication.class, args);
	}

}
