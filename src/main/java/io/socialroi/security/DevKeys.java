package io.socialroi.security;

import java.math.BigInteger;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jose4j.jwk.JsonWebKey;

import io.smallrye.jwt.util.KeyUtils;

/**
 * Recognizes the repository's dev key pair, whose private half anyone can read, in whatever form a verification
 * key is configured: a PEM public key or certificate, a single JWK or a JWK set. Comparing the RSA modulus rather
 * than the text catches a copy of the file under another name, re-wrapped, or converted to JWKS.
 */
public final class DevKeys {

    /** The dev public key: dev mode and tests verify with it (application.properties). */
    public static final String PUBLIC_KEY_RESOURCE = "dev/jwt-public.pem";

    private static final BigInteger DEV_MODULUS = modulus(read(PUBLIC_KEY_RESOURCE));

    private DevKeys() {
    }

    /** Whether any key in {@code keyContent} (PEM, JWK or JWKS text) is the dev key. Unreadable content is not. */
    public static boolean isDevKey(String keyContent) {
        return keysIn(keyContent).stream().map(DevKeys::modulus).anyMatch(m -> DEV_MODULUS.equals(m));
    }

    /** The keys in PEM, JWK or JWKS text; empty when it holds none this check can read. */
    static List<PublicKey> keysIn(String keyContent) {
        String content = keyContent == null ? "" : keyContent.trim();
        List<PublicKey> keys = new ArrayList<>();
        if (content.startsWith("{")) {
            List<JsonWebKey> jwks = KeyUtils.loadJsonWebKeys(content);
            if (jwks != null) {
                jwks.stream().map(JsonWebKey::getKey).filter(PublicKey.class::isInstance).map(PublicKey.class::cast)
                        .forEach(keys::add);
            }
            return keys;
        }
        try {
            keys.add(content.contains("CERTIFICATE") ? KeyUtils.decodeCertificate(content) : KeyUtils.decodePublicKey(content));
        } catch (Exception notAKey) {
            // not a PEM public key: not the dev key either
        }
        return keys;
    }

    private static BigInteger modulus(PublicKey key) {
        return key instanceof RSAPublicKey rsa ? rsa.getModulus() : null;
    }

    private static PublicKey read(String resource) {
        try {
            return Objects.requireNonNull(KeyUtils.readPublicKey(resource), resource);
        } catch (Exception e) {
            throw new IllegalStateException("The dev public key " + resource + " is missing from the build", e);
        }
    }
}
