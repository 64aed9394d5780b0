/**
 * The event contracts of Genius Harmony: the envelope, one record per event type, the topics and the one JSON
 * serde.
 */
module com.geniusharmony.events {

	requires tools.jackson.databind;
	requires static org.jspecify;

	exports com.geniusharmony.events;
	exports com.geniusharmony.events.json;
	exports com.geniusharmony.events.odoolink;
	exports com.geniusharmony.events.project;
	exports com.geniusharmony.events.task;
	exports com.geniusharmony.events.tick;
	exports com.geniusharmony.events.user;

}
