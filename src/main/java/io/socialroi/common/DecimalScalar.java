package io.socialroi.common;

import java.math.BigDecimal;
import java.util.Optional;

import io.smallrye.graphql.api.CustomScalar;
import io.smallrye.graphql.api.CustomStringScalar;
import org.eclipse.microprofile.graphql.Description;

/**
 * {@code Decimal}: an exact decimal carried as a string ("1234.50") so JavaScript clients lose no
 * digits. The text is kept as sent and parsed by the service, so a malformed value becomes a
 * {@code userErrors} entry with its field path instead of a request-level failure.
 */
@CustomScalar("Decimal")
@Description("An exact decimal number, serialized as a string such as \"1234.50\".")
public final class DecimalScalar implements CustomStringScalar {

    private final String text;

    public DecimalScalar(String text) {
        this.text = text == null ? "" : text.trim();
    }

    public static DecimalScalar of(BigDecimal value) {
        return value == null ? null : new DecimalScalar(value.toPlainString());
    }

    /** Digits allowed before and after the decimal point: far beyond any amount or rate, within NUMERIC. */
    public static final int MAX_INTEGER_DIGITS = 18;
    public static final int MAX_FRACTION_DIGITS = 12;

    /** The longest text parsed: 18 + 12 digits, a sign and a point, with room for leading and trailing zeros. */
    public static final int MAX_LENGTH = 40;

    /** The value, or empty when the text is not a plain decimal number of a sensible size. */
    public Optional<BigDecimal> value() {
        // refused before the regex and BigDecimal see it: a 100,000-digit number costs nothing to turn away
        if (text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        // Only plain notation: "1e3" or "NaN" are not amounts anyone means to send.
        if (!text.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(text);
        if (value.scale() > MAX_FRACTION_DIGITS || value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    public String text() {
        return text;
    }

    @Override
    public String stringValueForSerialization() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
