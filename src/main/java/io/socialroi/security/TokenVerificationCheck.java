package io.socialroi.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Refuses to start when tokens could be forged or confused: no verification key, issuer or audience, or the
 * repository's dev key outside dev mode and tests. The launch mode decides, not the profile: a packaged service
 * started with {@code QUARKUS_PROFILE=dev} picks up the dev key from application.properties and is refused like
 * any other, whatever database it runs on.
 */
@ApplicationScoped
public class TokenVerificationCheck {

    private static final Logger LOG = Logger.getLogger(TokenVerificationCheck.class);

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    Optional<String> publicKeyLocation;
    @ConfigProperty(name = "mp.jwt.verify.publickey")
    Optional<String> publicKey;
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    Optional<String> issuer;
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    Optional<List<String>> audiences;

    /** Before anything else starts writing (WorkspaceStartup's bootstrap admins). */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        check(LaunchMode.current());
    }

    void check(LaunchMode mode) {
        if (publicKeyLocation.isEmpty() && publicKey.isEmpty() || issuer.isEmpty()
                || audiences.map(List::isEmpty).orElse(true)) {
            throw new IllegalStateException("Tokens cannot be verified: set MP_JWT_VERIFY_PUBLICKEY_LOCATION (a PEM or"
                    + " JWKS file or URL of the issuer's public key), MP_JWT_VERIFY_ISSUER (the iss claim to accept) and"
                    + " MP_JWT_VERIFY_AUDIENCES (the aud values to accept, e.g. this API's identifier at the issuer).");
        }
        if (!verifiesWithDevKey()) {
            return;
        }
        if (mode != LaunchMode.DEVELOPMENT && mode != LaunchMode.TEST) {
            throw new IllegalStateException("Refusing to start: tokens would be verified with the dev key pair ("
                    + DevKeys.PUBLIC_KEY_RESOURCE + "), whose private half is public, so anyone could sign a token for"
                    + " any subject. Set MP_JWT_VERIFY_PUBLICKEY_LOCATION to your issuer's key, or run the trial"
                    + " without one: it makes its own key pair. (Launch mode " + mode.name().toLowerCase(Locale.ROOT)
                    + "; a dev or test profile does not make a packaged service a dev one.)");
        }
        LOG.warn("Accepting tokens signed with the public dev key pair (./mvnw -q -Pdev-token test-compile exec:java):"
                + " dev mode and tests only.");
    }

    /** Reads the configured key; a remote JWKS (http, https) is an issuer's own, never this repository's file. */
    boolean verifiesWithDevKey() {
        if (publicKey.isPresent()) {
            return DevKeys.isDevKey(publicKey.get());
        }
        String location = publicKeyLocation.orElseThrow();
        if (location.startsWith("http:") || location.startsWith("https:")) {
            return false;
        }
        try {
            return DevKeys.isDevKey(KeyUtils.readKeyContent(location));
        } catch (Exception unreadable) {
            // smallrye-jwt reports an unreadable key itself, on the first request
            return false;
        }
    }
}
