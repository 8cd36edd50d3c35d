package io.socialroi.imports.file;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A cost keyed by UTM codes, for a day or a date range.
 *
 * @param to       the last day, inclusive; the same as from when the row names one day
 * @param category the sheet's category as written, or null
 */
public record CostSheetRow(int line, LocalDate from, LocalDate to, BigDecimal cost, String currency, String utmSource,
        String utmMedium, String utmCampaign, String category, Long clicks, Long impressions) implements ImportRow {
}
