/**
 * Bad input at the system's edges: each gets a clear error or is parked with a reason,
 * and everything else keeps flowing.
 */
@NullMarked
package com.geniusharmony.system.edge;

import org.jspecify.annotations.NullMarked;
