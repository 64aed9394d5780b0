package com.geniusharmony.odoosync.odoo;

/**
 * How the service talks to Odoo ({@code ODOO_PROTOCOL}): JSON-RPC ({@code /jsonrpc},
 * every Odoo) or JSON-2 ({@code /json/2}, Odoo 19 and Odoo Online 18.4+), over HTTP or,
 * with {@code +ssl}, HTTPS.
 */
public enum OdooProtocol {

	/** JSON-RPC over HTTP. */
	JSONRPC("jsonrpc"),

	/** JSON-RPC over HTTPS. */
	JSONRPC_SSL("jsonrpc+ssl"),

	/** JSON-2 over HTTP. */
	JSON2("json2"),

	/** JSON-2 over HTTPS. */
	JSON2_SSL("json2+ssl");

	private final String value;

	OdooProtocol(String value) {
		this.value = value;
	}

	/**
	 * Whether the connection uses TLS.
	 * @return true for the {@code +ssl} protocols
	 */
	public boolean secure() {
		return this == JSONRPC_SSL || this == JSON2_SSL;
	}

	/**
	 * Whether this is Odoo's JSON-2 API.
	 * @return true for {@code json2} and {@code json2+ssl}
	 */
	public boolean json2() {
		return this == JSON2 || this == JSON2_SSL;
	}

	/**
	 * The port Odoo listens on when {@code ODOO_PORT} is not given.
	 * @return 443 with TLS, else 8069
	 */
	public int defaultPort() {
		return secure() ? 443 : 8069;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
