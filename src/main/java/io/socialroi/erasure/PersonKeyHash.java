package io.socialroi.erasure;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What an erasure keeps of the person key: HMAC-SHA-256 keyed by the salt over the workspace id and the key, in hex.
 * The same key erased again in the same workspace gives the same hash (an auditor holding the key can check it was
 * erased); without the salt, the hash tells nothing about the key, not even that of a guessable one (an e-mail).
 */
public final class PersonKeyHash {

    private PersonKeyHash() {
    }

    public static String of(String salt, long workspaceId, String personKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((workspaceId + ":" + personKey).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** 32 random bytes, URL-safe base64: a new installation's salt. */
    public static String newSalt() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
