package com.geniusharmony.odoosync.pull;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/sync/odoo-webhook}: an Odoo automation rule asks for a poll now. The
 * call needs no token but must be signed ({@link WebhookSignature}); its body is not read
 * further, since polling is the source of truth (Odoo does not retry a webhook). Answered
 * 202 once the poll is asked for; 401, with nothing done, when the signature is missing
 * or wrong, or when no secret is configured.
 */
@RestController
@RequestMapping("/api/sync")
class OdooWebhookController {

	private static final Logger log = LoggerFactory.getLogger(OdooWebhookController.class);

	private final OdooPoller poller;

	private final PullProperties properties;

	OdooWebhookController(OdooPoller poller, PullProperties properties) {
		this.poller = poller;
		this.properties = properties;
	}

	@PostMapping({ "/odoo-webhook", "/odoo-webhook/" })
	@ResponseStatus(HttpStatus.ACCEPTED)
	Mono<Void> changed(@RequestBody(required = false) byte @Nullable [] body,
			@RequestHeader(name = WebhookSignature.HEADER, required = false) @Nullable String signature) {
		byte[] bytes = (body != null) ? body : new byte[0];
		if (!WebhookSignature.verify(this.properties.webhookSecret(), bytes, signature)) {
			log.warn("Refused an Odoo webhook call: {}", this.properties.webhookSecret().isEmpty()
					? "no webhook secret is configured" : "its signature is missing or wrong");
			return Mono.error(new SignatureRefusedException());
		}
		// the poll runs on its own: Odoo's automation need not wait for it
		this.poller.pollNow()
			.subscribeOn(Schedulers.boundedElastic())
			.subscribe(null, (ex) -> log.warn("The poll a webhook asked for failed: {}", ex.toString()));
		return Mono.empty();
	}

	static final class SignatureRefusedException extends ErrorResponseException {

		SignatureRefusedException() {
			super(HttpStatus.UNAUTHORIZED);
			getBody().setTitle("Unauthorized");
			getBody().setDetail("The webhook call must be signed: " + WebhookSignature.HEADER
					+ ": sha256=<hex HMAC-SHA256 of the body under the shared secret>.");
		}

	}

}
