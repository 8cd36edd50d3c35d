package io.socialroi.attribution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The path of a conversion and the credits of a model over it, exactly per attribution.md. Pure:
 * no framework imports. Reports compute the same rules in SQL over whole tables; this is the
 * reference the SQL is tested against, and what explains a single conversion.
 */
public final class ConversionPath {

    /** Credits are decimals with 10 places (attribution.md). */
    public static final int CREDIT_SCALE = 10;

    private ConversionPath() {
    }

    public record Touch(long id, Instant occurredAt, Long channelId, Long campaignId) {
    }

    public record Credit(Touch touch, BigDecimal value) {
    }

    private static final Comparator<Touch> ORDER = Comparator.comparing(Touch::occurredAt).thenComparingLong(Touch::id);

    /** Touches with T − lookback ≤ occurredAt ≤ T, oldest first, ties by id (earliest id first). */
    public static List<Touch> of(Instant conversionAt, int lookbackDays, Collection<Touch> touches) {
        Instant windowStart = conversionAt.minus(Duration.ofDays(lookbackDays));
        return touches.stream()
                .filter(t -> !t.occurredAt().isBefore(windowStart) && !t.occurredAt().isAfter(conversionAt))
                .sorted(ORDER)
                .toList();
    }

    /**
     * The path a conversion is credited over: its touches, or, when there are none and the conversion
     * names a known source, one synthetic touch at T on that source (id 0). Empty means unattributed.
     */
    public static List<Touch> withExplicitSource(List<Touch> path, Instant conversionAt, Long channelId,
            Long campaignId) {
        if (!path.isEmpty() || (channelId == null && campaignId == null)) {
            return path;
        }
        return List.of(new Touch(0, conversionAt, channelId, campaignId));
    }

    /** The credits of {@code model} over a path; they sum to {@code value} exactly. */
    public static List<Credit> credit(AttributionSettings settings, List<Touch> path, BigDecimal value) {
        if (path.isEmpty()) {
            return List.of();
        }
        BigDecimal exact = value.setScale(CREDIT_SCALE, RoundingMode.HALF_EVEN);
        return switch (settings.model()) {
            case LAST_TOUCH -> List.of(new Credit(path.get(path.size() - 1), exact));
            default -> throw new AttributionSettings.ModelNotAvailableException(settings.model());
        };
    }
}
