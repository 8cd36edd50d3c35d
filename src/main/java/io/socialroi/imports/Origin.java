package io.socialroi.imports;

import java.util.Locale;

/**
 * Where a row's figures come from, as far as mapping goes: the source (an ad platform, or utm_source), the account,
 * and the platform campaign (its id when the file has one, and its name; for cost sheets and touchpoints the
 * utm_campaign). Rows of one origin go to one channel and campaign.
 */
record Origin(String platform, String accountId, String campaignId, String campaignName, String source) {

    /** The key a stored mapping is found by: the platform campaign's id, else its name, lower-cased. */
    String mappingKey() {
        String key = campaignId != null ? campaignId : campaignName;
        return key == null ? null : key.trim().toLowerCase(Locale.ROOT);
    }

    boolean namesCampaign() {
        return campaignId != null || campaignName != null;
    }

    /** A post's or an audience row's origin: no campaign, the channel by platform. */
    boolean isContent() {
        return platform.equals("post") || platform.equals("audience");
    }

    /** The name shown for the platform campaign (its name, else its id). */
    String shownName() {
        return campaignName != null ? campaignName : campaignId;
    }
}
