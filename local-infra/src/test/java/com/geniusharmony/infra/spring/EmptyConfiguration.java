package com.geniusharmony.infra.spring;

import org.springframework.context.annotation.Configuration;

/**
 * The configuration of the test contexts here: they need nothing but the environment.
 */
@Configuration(proxyBeanMethods = false)
class EmptyConfiguration {

}
