package io.socialroi.embedded;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.socialroi.security.LocalAdminToken;

/**
 * In the trial (embedded database, no key configured), prints a ready ADMIN token at every start: the person who
 * just ran {@code java -jar} gets in without Maven or an identity provider. It is signed with the trial's own
 * private key, which never leaves its data directory, and is valid for 12 hours; the next start prints a new one.
 * The dashboard's one-click sign-in hands out the same kind of token (security/LocalAdminToken).
 */
@ApplicationScoped
public class TrialAdminToken {

    private static final Logger LOG = Logger.getLogger(TrialAdminToken.class);

    @ConfigProperty(name = LocalAdminToken.TRIAL_PRIVATE_KEY_PROPERTY)
    Optional<String> privateKey;
    @Inject
    LocalAdminToken tokens;

    void onStart(@Observes StartupEvent event) {
        if (privateKey.isEmpty()) {
            return;
        }
        tokens.mint().ifPresent(minted -> LOG.infof(
                "Trial ADMIN token for %s, valid until %s; send it as \"Authorization: Bearer <token>\":%n%s",
                minted.subject(), minted.expiresAt(), minted.token()));
    }
}
