package io.socialroi.erasure;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The erasure settings ({@code social-roi.erasure.*}; docs/operations.md, "Erasure requests"). */
@ConfigMapping(prefix = "social-roi.erasure")
public interface ErasureConfig {

    /**
     * The key of the hash an erasure's audit entry keeps of the person key (SOCIAL_ROI_ERASURE_SALT). Unset: a salt
     * made at the first erasure and kept in the database (table erasure_salt). Set it, kept apart from the database,
     * so that a copy of the database alone cannot test guessed person keys against the audit entries.
     */
    Optional<String> salt();
}
