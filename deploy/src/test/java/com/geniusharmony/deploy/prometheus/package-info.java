/**
 * Checks of the Prometheus scrape configurations and alert rules of deploy/prometheus,
 * and of the runbooks the rules link to.
 */
@NullMarked
package com.geniusharmony.deploy.prometheus;

import org.jspecify.annotations.NullMarked;
