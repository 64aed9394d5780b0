package com.geniusharmony.odooemulator.server;

/**
 * Answers the requests of some paths.
 */
@FunctionalInterface
public interface Endpoint {

	/**
	 * Answers a request.
	 * @param request the request
	 * @param call what the request calls, with its parsed JSON body
	 * @return the answer
	 */
	HttpReply handle(EmulatorRequest request, Call call);

}
