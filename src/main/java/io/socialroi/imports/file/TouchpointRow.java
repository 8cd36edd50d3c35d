package io.socialroi.imports.file;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A touchpoint. The utm fields are the file's columns, else the parameters of landingUrl.
 *
 * @param occurredAt a timestamp without an offset is read as UTC
 * @param clickIds   gclid, fbclid and li_fat_id when the row has them (never null)
 */
public record TouchpointRow(int line, String personKey, OffsetDateTime occurredAt, String landingUrl,
        String utmSource, String utmMedium, String utmCampaign, String utmTerm, String utmContent, String externalId,
        Map<String, String> clickIds) implements ImportRow {

    public TouchpointRow {
        clickIds = Map.copyOf(clickIds);
    }
}
