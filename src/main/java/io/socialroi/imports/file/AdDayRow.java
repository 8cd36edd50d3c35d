package io.socialroi.imports.file;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A day of a platform campaign (Meta, LinkedIn, Google Ads, tidy ad reporting). A null figure was an empty, {@code -}
 * or {@code --} cell, or a column the file lacks.
 *
 * @param platform        "meta", "linkedin", "google_ads", or the tidy file's {@code platform} value
 * @param currency        the currency of spend and conversionValue: the row's currency column, the header's
 *                        {@code (XXX)} suffix, or the default currency
 * @param results         Meta's {@code Results} (with resultIndicator, kept as is) or LinkedIn's {@code Leads} (with
 *                        the indicator "leads")
 */
public record AdDayRow(int line, LocalDate day, String platform, String accountId, String accountName,
        String platformCampaignId, String platformCampaignName, BigDecimal spend, String currency, Long impressions,
        Long reach, Long clicks, Long linkClicks, BigDecimal results, String resultIndicator, BigDecimal conversions,
        BigDecimal conversionValue) implements ImportRow {
}
