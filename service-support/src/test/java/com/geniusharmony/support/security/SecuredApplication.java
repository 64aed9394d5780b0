package com.geniusharmony.support.security;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A bare application for the security tests.
 */
@SpringBootApplication
class SecuredApplication {

}
