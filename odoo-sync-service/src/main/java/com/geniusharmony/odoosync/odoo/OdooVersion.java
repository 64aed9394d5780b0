package com.geniusharmony.odoosync.odoo;

/**
 * What {@code common.version} says about the server.
 *
 * @param serverVersion the full version string, such as {@code 18.0+e-20241005}
 * @param major the major version, such as 18
 */
public record OdooVersion(String serverVersion, int major) {

}
