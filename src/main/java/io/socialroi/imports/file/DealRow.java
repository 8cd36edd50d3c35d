package io.socialroi.imports.file;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A HubSpot deal.
 *
 * @param amount    {@code Amount} in the row's currency, or {@code Amount in company currency} in the default
 *                  currency when the file has no Amount column
 * @param contactId the first associated contact id, or null
 */
public record DealRow(int line, String recordId, String stage, BigDecimal amount, String currency,
        LocalDate closeDate, LocalDate createDate, String contactId, String originalSource, String sourceDrillDown1,
        String sourceDrillDown2) implements ImportRow {
}
