package io.socialroi.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import io.quarkus.runtime.StartupEvent;

/**
 * In the trial (embedded database, no key configured), prints a ready ADMIN token at every start: the person who
 * just ran {@code java -jar} gets in without Maven or an identity provider. It is signed with the trial's own
 * private key, which never leaves its data directory, and is valid for 12 hours; the next start prints a new one.
 */
@ApplicationScoped
public class TrialAdminToken {

    private static final Logger LOG = Logger.getLogger(TrialAdminToken.class);
    static final Duration VALIDITY = Duration.ofHours(12);

    @ConfigProperty(name = EmbeddedPostgresConfigSourceFactory.TRIAL_PRIVATE_KEY_PROPERTY)
    Optional<String> privateKey;
    @ConfigProperty(name = "social-roi.bootstrap-admins")
    Optional<List<String>> admins;
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    Optional<String> issuer;
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    Optional<List<String>> audiences;

    void onStart(@Observes StartupEvent event) throws JoseException {
        Optional<String> admin = admins.orElse(List.of()).stream().map(String::trim).filter(s -> !s.isEmpty()).findFirst();
        if (privateKey.isEmpty() || admin.isEmpty() || issuer.isEmpty() || audiences.isEmpty()) {
            return;
        }
        Instant expires = Instant.now().plus(VALIDITY);
        String token = sign(admin.get(), expires);
        LOG.infof("Trial ADMIN token for %s, valid until %s; send it as \"Authorization: Bearer <token>\":%n%s",
                admin.get(), expires, token);
    }

    String sign(String subject, Instant expires) throws JoseException {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer.orElseThrow());
        claims.setAudience(audiences.orElseThrow());
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setIssuedAtToNow();
        claims.setExpirationTime(NumericDate.fromSeconds(expires.getEpochSecond()));
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        signature.setHeader("typ", "JWT");
        signature.setKey(TrialSecrets.readPrivateKey(Path.of(privateKey.get())));
        return signature.getCompactSerialization();
    }
}
