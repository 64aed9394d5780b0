package com.geniusharmony.support.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Pattern;

/**
 * How this deployment names its topics: {@code HARMONY_TOPIC_SUFFIX} is appended to every
 * topic name so that environments (or test runs) sharing one broker stay apart. Empty in
 * a normal deployment.
 *
 * @param suffix appended to every topic name, letters, digits, dots, dashes and
 * underscores only
 */
@Validated
@ConfigurationProperties("harmony.topic")
public record TopicProperties(@DefaultValue("") @Pattern(regexp = "[A-Za-z0-9._-]*") String suffix) {
}
