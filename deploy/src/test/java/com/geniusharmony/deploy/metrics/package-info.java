/**
 * The metrics the alert rules and dashboards name, checked against what the services
 * actually export on {@code /actuator/prometheus} when started from their jars.
 */
@NullMarked
package com.geniusharmony.deploy.metrics;

import org.jspecify.annotations.NullMarked;
