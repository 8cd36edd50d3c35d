package io.socialroi.delivery;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Delivery settings ({@code social-roi.delivery.*}; README "Configuration", docs/delivery.md). */
@ConfigMapping(prefix = "social-roi.delivery")
public interface DeliveryConfig {

    /** Attempts of one delivery before it is FAILED (the first included). */
    @WithDefault("5")
    int maxAttempts();

    /** The wait before the first retry; it doubles with each further attempt. */
    @WithDefault("1M")
    Duration retryBackoff();

    /**
     * How long an instance holds a claimed delivery while sending it. A claim older than this belongs to an instance
     * that stopped mid-send: it is marked UNKNOWN, never sent again.
     */
    @WithDefault("10M")
    Duration claimLease();

    /** Deliveries one tick claims at most (the rest wait for the next tick). */
    @WithDefault("50")
    int batchSize();

    Webhook webhook();

    Pacing pacing();

    Anomaly anomaly();

    interface Anomaly {

        /** The band is the median ± k × MAD. */
        @WithDefault("3")
        BigDecimal k();

        /** Days with a value the band needs; fewer: no band, no alert. */
        @WithDefault("14")
        int minHistoryDays();

        /** The trailing days the band is taken over. */
        @WithDefault("28")
        int windowDays();
    }

    interface Pacing {

        /** Percent of the budget spent from which Campaign.pacing.alert is WARNING. */
        @WithDefault("90")
        BigDecimal warningPercent();

        /** Percent of the budget spent from which it is EXCEEDED. */
        @WithDefault("100")
        BigDecimal exceededPercent();
    }

    interface Webhook {

        /**
         * Whether webhook URLs may reach loopback, private, link-local and other internal addresses. False in
         * production: a workspace member must not make the service call its own network (SSRF). Tests turn it on
         * for their local server.
         */
        @WithDefault("false")
        boolean allowPrivateAddresses();

        /** When set, the only hosts webhooks may call (exact names, case-insensitive), e.g. hooks.slack.com. */
        Optional<List<String>> allowedHosts();

        /** Connect and answer timeout of one webhook call. */
        @WithDefault("10S")
        Duration timeout();
    }
}
