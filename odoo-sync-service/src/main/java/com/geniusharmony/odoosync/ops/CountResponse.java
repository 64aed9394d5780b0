package com.geniusharmony.odoosync.ops;

/**
 * How many entities an operation touched.
 *
 * @param entities the number of entities made pending again
 */
record CountResponse(long entities) {

}
