package com.geniusharmony.support.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether a service serves its API's description.
 *
 * @param enabled whether the OpenAPI document and Swagger UI are served
 * ({@code HARMONY_API_DOCS_ENABLED})
 */
@ConfigurationProperties("harmony.api-docs")
public record ApiDocsProperties(@DefaultValue("true") boolean enabled) {

}
