package com.geniusharmony.odooemulator.rpc;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * Web sessions ({@code session_id} cookies) opened by {@code /web/session/authenticate}.
 */
public final class Sessions {

	/** Odoo's session lifetime, seven days. */
	static final int LIFETIME_SECONDS = 7 * 24 * 3600;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, Integer> sessions = new ConcurrentHashMap<>();

	/**
	 * Opens a session.
	 * @param uid the user id
	 * @return the session id
	 */
	public String open(int uid) {
		byte[] bytes = new byte[30];
		this.random.nextBytes(bytes);
		String sid = HexFormat.of().formatHex(bytes);
		this.sessions.put(sid, uid);
		return sid;
	}

	public @Nullable Integer uid(@Nullable String sid) {
		return (sid != null) ? this.sessions.get(sid) : null;
	}

	public void close(@Nullable String sid) {
		if (sid != null) {
			this.sessions.remove(sid);
		}
	}

	public void clear() {
		this.sessions.clear();
	}

	static String cookie(String sid) {
		return "session_id=" + sid + "; Max-Age=" + LIFETIME_SECONDS + "; HttpOnly; Path=/; SameSite=Lax";
	}

}
