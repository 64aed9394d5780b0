/**
 * Checks of the Grafana provisioning and dashboards of deploy/grafana.
 */
@NullMarked
package com.geniusharmony.deploy.grafana;

import org.jspecify.annotations.NullMarked;
