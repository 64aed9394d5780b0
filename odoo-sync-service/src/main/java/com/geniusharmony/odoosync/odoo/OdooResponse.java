package com.geniusharmony.odoosync.odoo;

import org.springframework.http.HttpHeaders;

/**
 * An HTTP answer from Odoo (or a proxy in front of it), read whole before it is decoded.
 *
 * @param status the HTTP status
 * @param headers the headers
 * @param body the body, empty if none
 */
record OdooResponse(int status, HttpHeaders headers, String body) {

}
