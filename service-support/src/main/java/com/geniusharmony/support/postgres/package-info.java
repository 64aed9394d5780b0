/**
 * PostgreSQL pieces the services share: a dedicated connection kept listening on a
 * notification channel.
 */
@NullMarked
package com.geniusharmony.support.postgres;

import org.jspecify.annotations.NullMarked;
