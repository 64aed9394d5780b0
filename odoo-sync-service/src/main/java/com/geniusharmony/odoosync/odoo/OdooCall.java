package com.geniusharmony.odoosync.odoo;

/**
 * What one request to Odoo is about, for metrics, logs and error messages: a model and
 * its method ({@code res.partner}, {@code load}), or a service and its method for calls
 * without a model ({@code common}, {@code login}).
 *
 * @param model the model or service
 * @param method the method
 */
record OdooCall(String model, String method) {

	static OdooCall common(String method) {
		return new OdooCall("common", method);
	}

	@Override
	public String toString() {
		return this.model + "." + this.method;
	}

}
