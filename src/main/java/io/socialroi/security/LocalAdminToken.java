package io.socialroi.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.jwt.util.KeyUtils;

/**
 * The ADMIN token a person on this machine may take without an identity provider, where the service holds the
 * private half of the key it verifies with: the trial (embedded database and a key pair of its own, whose private
 * key the embedded database's config source names in {@value #TRIAL_PRIVATE_KEY_PROPERTY}) and dev mode (the
 * repository's dev key pair, whose private half is public anyway). Anywhere else (a configured issuer, tests, a
 * deployment) there is no signing key and so no token: {@link #available()} is false.
 */
@ApplicationScoped
public class LocalAdminToken {

    /** Set by the embedded database's config source in the trial only: no key configured, its own pair made. */
    public static final String TRIAL_PRIVATE_KEY_PROPERTY = "social-roi.trial.private-key";
    /** The dev key pair's private half in the source tree; read in dev mode only (application.properties). */
    static final String DEV_PRIVATE_KEY_PROPERTY = "social-roi.dev.private-key";
    static final Duration VALIDITY = Duration.ofHours(12);

    /** A signed token and what it says. */
    public record Minted(String subject, String token, Instant expiresAt) {
    }

    @ConfigProperty(name = TRIAL_PRIVATE_KEY_PROPERTY)
    Optional<String> trialPrivateKey;
    @ConfigProperty(name = DEV_PRIVATE_KEY_PROPERTY)
    Optional<String> devPrivateKey;
    @ConfigProperty(name = "social-roi.bootstrap-admins")
    Optional<List<String>> admins;
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    Optional<String> issuer;
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    Optional<List<String>> audiences;

    /** Whether this service can mint the token at all (trial or dev mode, with an admin, issuer and audience). */
    public boolean available() {
        return signingKey().isPresent() && admin().isPresent() && issuer.isPresent() && audiences.isPresent();
    }

    /** A new ADMIN token for the first bootstrap admin, valid 12 hours; empty where {@link #available()} is not. */
    public Optional<Minted> mint() {
        if (!available()) {
            return Optional.empty();
        }
        String subject = admin().orElseThrow();
        Instant expires = Instant.now().plus(VALIDITY);
        return Optional.of(new Minted(subject, sign(subject, expires, signingKey().orElseThrow()), expires));
    }

    private Optional<Path> signingKey() {
        if (trialPrivateKey.isPresent()) {
            return trialPrivateKey.map(Path::of);
        }
        // the dev key's private half is only in the source tree, which dev mode runs from
        if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            return devPrivateKey.map(Path::of).filter(Files::isReadable);
        }
        return Optional.empty();
    }

    private Optional<String> admin() {
        return admins.orElse(List.of()).stream().map(String::trim).filter(s -> !s.isEmpty()).findFirst();
    }

    private String sign(String subject, Instant expires, Path keyFile) {
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
        signature.setKey(readPrivateKey(keyFile));
        try {
            return signature.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign the local ADMIN token", e);
        }
    }

    /** A PEM private key from a file. */
    public static PrivateKey readPrivateKey(Path file) {
        try {
            return KeyUtils.decodePrivateKey(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Could not read the private key " + file, e);
        }
    }
}
