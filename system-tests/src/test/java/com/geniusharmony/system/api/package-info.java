/**
 * The services' public HTTP interfaces as the system tests call them: JSON over HTTP with
 * a bearer token, nothing else.
 */
@NullMarked
package com.geniusharmony.system.api;

import org.jspecify.annotations.NullMarked;
