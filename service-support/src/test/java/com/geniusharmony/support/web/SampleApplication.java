package com.geniusharmony.support.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A bare application for the web support tests.
 */
@SpringBootApplication
class SampleApplication {

}
