/**
 * The core-service: system of record for users, projects and tasks, publishing every
 * change to Kafka.
 */
@NullMarked
package com.geniusharmony.core;

import org.jspecify.annotations.NullMarked;
