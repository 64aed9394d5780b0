/**
 * Just enough of PromQL to find the metrics an expression selects and the services its
 * selectors name.
 */
@NullMarked
package com.geniusharmony.deploy.promql;

import org.jspecify.annotations.NullMarked;
