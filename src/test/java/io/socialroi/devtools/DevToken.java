package io.socialroi.devtools;

import java.time.Duration;
import java.time.Instant;

import io.socialroi.testing.Tokens;

/**
 * Prints a bearer token for dev mode and the embedded trial, signed with the dev key pair:
 * {@code ./mvnw -q -Pdev-token test-compile exec:java [-Dsubject=you@example.com] [-Dhours=12]}. The default
 * subject, dev@social-roi.local, is ADMIN of the default workspace there. Never valid against a deployment
 * with its own keys.
 */
public final class DevToken {

    private DevToken() {
    }

    public static void main(String[] args) {
        String subject = System.getProperty("subject", "dev@social-roi.local");
        long hours = Long.parseLong(System.getProperty("hours", "12"));
        System.out.println(Tokens.sign(subject, Tokens.ISSUER, Instant.now().plus(Duration.ofHours(hours)),
                "dev/jwt-private.pem"));
    }
}
