package io.socialroi.imports.file;

import java.time.OffsetDateTime;
import java.util.Map;

public record TouchpointRow(int line, String personKey, OffsetDateTime occurredAt, String landingUrl, String utmSource,
        String utmMedium, String utmCampaign, String utmTerm, String utmContent, String externalId,
        Map<String,String> clickIds /* gclid, fbclid, li_fat_id when present */) implements ImportRow {}
