package io.socialroi.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.api.Test;

/** The address rule of the SSRF guard, on literals (no DNS). */
class WebhookTargetsTest {

    static boolean internal(String literal) throws UnknownHostException {
        return WebhookTargets.isInternal(InetAddress.getByName(literal));
    }

    @Test
    void internalAddressesAreRecognised() throws UnknownHostException {
        for (String address : new String[] { "127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "fe80::1", "fd00::1", "fc12::7" }) {
            assertEquals(true, internal(address), address);
        }
        for (String address : new String[] { "8.8.8.8", "34.120.1.1", "100.128.0.1", "172.32.0.1", "2606:4700::1111" }) {
            assertEquals(false, internal(address), address);
        }
    }
}
