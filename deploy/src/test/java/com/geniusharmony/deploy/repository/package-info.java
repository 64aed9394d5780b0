/**
 * The repository as the deployment checks read it: its files, parsed, and what each
 * service reads and listens on, derived from the services' own configuration and docs.
 */
@NullMarked
package com.geniusharmony.deploy.repository;

import org.jspecify.annotations.NullMarked;
