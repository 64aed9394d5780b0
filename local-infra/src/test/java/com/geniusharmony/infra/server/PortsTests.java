package com.geniusharmony.infra.server;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortsTests {

	@Test
	void handsOutFreePortsBelowTheEphemeralRangeAndNeverTheSameTwice() throws Exception {
		Set<Integer> ports = new HashSet<>();
		for (int i = 0; i < 50; i++) {
			int port = Ports.free();
			assertThat(port).isBetween(20000, 32767);
			assertThat(ports.add(port)).as("port %d handed out twice", port).isTrue();
			try (ServerSocket server = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
				assertThat(server.getLocalPort()).isEqualTo(port);
			}
		}
	}

}
