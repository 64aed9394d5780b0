/**
 * What every server of this module shares: where it comes from, the lifecycle of the
 * embedded ones and of the containers, the child processes that run the embedded ones
 * (ended with this JVM, unprivileged when this JVM is root), free ports, temporary
 * directories and the Docker check.
 */
@NullMarked
package com.geniusharmony.infra.server;

import org.jspecify.annotations.NullMarked;
