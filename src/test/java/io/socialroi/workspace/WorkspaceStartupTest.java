package io.socialroi.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Without a verification key and issuer the service refuses to start, naming what to set. */
class WorkspaceStartupTest {

    static WorkspaceStartup startup(Optional<String> keyLocation, Optional<String> key, Optional<String> issuer) {
        WorkspaceStartup startup = new WorkspaceStartup();
        startup.publicKeyLocation = keyLocation;
        startup.publicKey = key;
        startup.issuer = issuer;
        return startup;
    }

    @Test
    void noKeyIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> startup(Optional.empty(), Optional.empty(), Optional.of("https://issuer.example")).onStart(null));
        assertEquals("Tokens cannot be verified: set MP_JWT_VERIFY_PUBLICKEY_LOCATION (a PEM or JWKS file or URL of the"
                + " issuer's public key) and MP_JWT_VERIFY_ISSUER (the iss claim to accept).", e.getMessage());
    }

    @Test
    void noIssuerIsRefused() {
        assertThrows(IllegalStateException.class,
                () -> startup(Optional.of("https://issuer.example/jwks"), Optional.empty(), Optional.empty()).onStart(null));
    }
}
