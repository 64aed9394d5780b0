/**
 * Checks of docker-compose.yml against the services and the other files it names.
 */
@NullMarked
package com.geniusharmony.deploy.compose;

import org.jspecify.annotations.NullMarked;
