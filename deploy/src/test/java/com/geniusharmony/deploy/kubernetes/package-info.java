/**
 * Checks of the Kubernetes manifests of deploy/k8s against the services.
 */
@NullMarked
package com.geniusharmony.deploy.kubernetes;

import org.jspecify.annotations.NullMarked;
