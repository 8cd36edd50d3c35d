package io.socialroi.imports.file;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One segment of a channel's audience on a day, as a tidy audience export writes it: a dimension (age, gender,
 * country, city, language), a segment of it and its share in percent ({@code 41.5} or {@code 41.5%}).
 *
 * @param platform  the row's platform column, or null (the upload's platform or channelId then decides)
 * @param dimension the dimension as the file writes it
 */
public record AudienceRow(int line, String platform, LocalDate day, String dimension, String segment,
        BigDecimal share) implements ImportRow {
}
