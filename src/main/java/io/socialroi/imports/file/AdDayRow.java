package io.socialroi.imports.file;

import java.math.BigDecimal;
import java.time.LocalDate;

public record AdDayRow(int line, LocalDate day, String platform /* "meta", "linkedin", "google_ads" or the tidy file's value */,
        String accountId, String accountName, String platformCampaignId, String platformCampaignName,
        BigDecimal spend, String currency, Long impressions, Long reach, Long clicks, Long linkClicks,
        BigDecimal results, String resultIndicator, BigDecimal conversions, BigDecimal conversionValue) implements ImportRow {}
