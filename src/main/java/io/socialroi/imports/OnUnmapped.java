package io.socialroi.imports;

/**
 * What an import does with a platform campaign (or utm_campaign) that matches no campaign: STOP writes nothing and
 * lists the names with their lines; CREATE_CAMPAIGNS creates a campaign of that name (and stores the mapping);
 * CHANNEL_ONLY records the costs and engagement on the channel with no campaign.
 */
public enum OnUnmapped {
    STOP, CREATE_CAMPAIGNS, CHANNEL_ONLY
}
