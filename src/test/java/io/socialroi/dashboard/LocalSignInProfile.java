package io.socialroi.dashboard;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.socialroi.security.LocalAdminToken;

/**
 * The service as the trial runs it, for the one-click sign-in: a private key to sign the local ADMIN token with
 * (here the dev key pair's, whose public half the tests verify with; the trial makes a pair of its own). The
 * normal test profile has none, like a deployment, and so no sign-in endpoint (LocalSignInTest).
 */
public class LocalSignInProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(LocalAdminToken.TRIAL_PRIVATE_KEY_PROPERTY, "src/test/resources/dev/jwt-private.pem");
    }
}
