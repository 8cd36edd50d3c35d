package io.socialroi.imports.file;

import java.math.BigDecimal;
import java.time.LocalDate;

public record CostSheetRow(int line, LocalDate from, LocalDate to /* same day when one date */, BigDecimal cost, String currency,
        String utmSource, String utmMedium, String utmCampaign, String category /* raw, may be null */, Long clicks, Long impressions)
        implements ImportRow {}
