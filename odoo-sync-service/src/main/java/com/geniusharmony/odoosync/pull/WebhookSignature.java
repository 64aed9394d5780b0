package com.geniusharmony.odoosync.pull;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The signature of a webhook call: {@code sha256=} and the hex HMAC-SHA256 of the raw
 * body under the shared secret, compared in constant time.
 */
final class WebhookSignature {

	static final String HEADER = "X-Harmony-Signature";

	private static final String PREFIX = "sha256=";

	private WebhookSignature() {
	}

	static String sign(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	static boolean verify(String secret, byte[] body, @Nullable String signature) {
		if (secret.isEmpty() || signature == null) {
			return false;
		}
		return MessageDigest.isEqual(sign(secret, body).getBytes(StandardCharsets.US_ASCII),
				signature.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
	}

}
