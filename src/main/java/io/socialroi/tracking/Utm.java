package io.socialroi.tracking;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * UTM parameters: parsing them from a landing URL and inferring the media type from utm_medium.
 * Pure: no framework imports.
 */
public final class Utm {

    private static final Pattern TERM_WHITESPACE = Pattern.compile("\\s+");

    private Utm() {
    }

    public record Parameters(String source, String medium, String campaign, String term, String content) {

        /** These parameters, each filled from {@code fallback} where absent. */
        public Parameters orElse(Parameters fallback) {
            return new Parameters(first(source, fallback.source), first(medium, fallback.medium),
                    first(campaign, fallback.campaign), first(term, fallback.term), first(content, fallback.content));
        }

        private static String first(String a, String b) {
            return a != null && !a.isBlank() ? a.trim() : b;
        }
    }

    /** The utm_* parameters of a URL's query string (names case-insensitive, values URL-decoded). */
    public static Parameters parse(String url) {
        Map<String, String> values = new HashMap<>();
        if (url != null) {
            int hash = url.indexOf('#');
            String beforeFragment = hash >= 0 ? url.substring(0, hash) : url; // a fragment is never the query
            int q = beforeFragment.indexOf('?');
            if (q >= 0) {
                String query = beforeFragment.substring(q + 1);
                for (String pair : query.split("&")) {
                    int eq = pair.indexOf('=');
                    if (eq <= 0) {
                        continue;
                    }
                    String name = decode(pair.substring(0, eq)).toLowerCase(Locale.ROOT);
                    String value = decode(pair.substring(eq + 1)).trim();
                    if (name.startsWith("utm_") && !value.isEmpty()) {
                        values.putIfAbsent(name, value);
                    }
                }
            }
        }
        return new Parameters(values.get("utm_source"), values.get("utm_medium"), values.get("utm_campaign"),
                values.get("utm_term"), values.get("utm_content"));
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) { // a stray % in a hand-made link: keep the text as it is
            return text;
        }
    }

    private static final Map<String, MediaType> MEDIA = new HashMap<>();

    static {
        for (String m : new String[] {"cpc", "ppc", "paid", "paid_social", "paidsocial", "paid-social", "cpm", "cpv",
                "cpa", "display", "ad", "ads", "sponsored", "boosted"}) {
            MEDIA.put(m, MediaType.PAID);
        }
        for (String m : new String[] {"social", "organic", "organic_social", "organic-social", "social_organic",
                "email", "e-mail", "newsletter", "blog", "owned", "sms"}) {
            MEDIA.put(m, MediaType.OWNED);
        }
        for (String m : new String[] {"referral", "earned", "share", "mention", "review", "word_of_mouth", "pr",
                "influencer_organic"}) {
            MEDIA.put(m, MediaType.EARNED);
        }
    }

    /**
     * The media type utm_medium names (cpc, paid, paid_social → PAID; social, organic, email → OWNED;
     * referral → EARNED), or empty for a medium that says nothing certain: no silent guess.
     */
    public static Optional<MediaType> mediaTypeOf(String utmMedium) {
        if (utmMedium == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(MEDIA.get(utmMedium.trim().toLowerCase(Locale.ROOT)));
    }

    /**
     * A utm_term as earned media value matches keyword prices by: trimmed, inner whitespace collapsed to one
     * space, lower-cased (Locale.ROOT); null stays null. In Java rather than SQL: PostgreSQL's lower() under the C
     * collation leaves Å and İ as they are.
     */
    public static String normalizeTerm(String term) {
        if (term == null) {
            return null;
        }
        return TERM_WHITESPACE.matcher(term).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
    }

    /** The normalized term, or null when there is none (null, blank or all whitespace). */
    public static String termKey(String term) {
        String normalized = normalizeTerm(term);
        return normalized == null || normalized.isEmpty() ? null : normalized;
    }
}
