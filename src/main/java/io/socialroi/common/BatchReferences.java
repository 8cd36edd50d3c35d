package io.socialroi.common;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * The channel and campaign IDs named by the items of a batch: decoded item by item in the first pass (INVALID_ID
 * at the item's field), then looked up in one statement per kind, then reported item by item (NOT_FOUND), so a
 * batch of 5,000 items checks its references with two statements.
 */
public final class BatchReferences {

    private final String channelType;
    private final String campaignType;
    private final String[] channelTexts;
    private final String[] campaignTexts;
    private final Long[] channels;
    private final Long[] campaigns;
    private final Function<Set<Long>, Set<Long>> existingChannels;
    private final Function<Set<Long>, Set<Long>> existingCampaigns;
    private Set<Long> knownChannels = Set.of();
    private Set<Long> knownCampaigns = Set.of();

    /** @param channelType, campaignType the global ID types (Channel.TYPE, Campaign.TYPE) */
    public BatchReferences(int size, String channelType, String campaignType) {
        this(size, channelType, campaignType, ids -> Set.of(), ids -> Set.of());
    }

    /**
     * References that {@link #lookUp()} looks up with {@code existing…}, which answer which of the given IDs the
     * workspace has (one statement each).
     */
    public BatchReferences(int size, String channelType, String campaignType,
            Function<Set<Long>, Set<Long>> existingChannels, Function<Set<Long>, Set<Long>> existingCampaigns) {
        this.channelType = channelType;
        this.campaignType = campaignType;
        this.channelTexts = new String[size];
        this.campaignTexts = new String[size];
        this.channels = new Long[size];
        this.campaigns = new Long[size];
        this.existingChannels = existingChannels;
        this.existingCampaigns = existingCampaigns;
    }

    /** Item {@code i}'s channel ID decoded (null when absent or invalid, INVALID_ID reported at "channelId"). */
    public Long channel(int i, String id, InputErrors at) {
        channelTexts[i] = id;
        channels[i] = id == null ? null : GlobalId.decodeOrReport(channelType, id, at, "channelId");
        return channels[i];
    }

    /** Item {@code i}'s campaign ID decoded (null when absent or invalid, INVALID_ID reported at "campaignId"). */
    public Long campaign(int i, String id, InputErrors at) {
        campaignTexts[i] = id;
        campaigns[i] = id == null ? null : GlobalId.decodeOrReport(campaignType, id, at, "campaignId");
        return campaigns[i];
    }

    public Long channel(int i) {
        return channels[i];
    }

    public Long campaign(int i) {
        return campaigns[i];
    }

    /** Whether every ID item {@code i} names decoded. */
    public boolean decoded(int i) {
        return (channelTexts[i] == null || channels[i] != null) && (campaignTexts[i] == null || campaigns[i] != null);
    }

    /** Looks every decoded reference up with the functions given to the constructor. */
    public void lookUp() {
        lookUp(existingChannels, existingCampaigns);
    }

    /** Looks every decoded reference up: {@code existing…} answer which of the given IDs the workspace has. */
    public void lookUp(Function<Set<Long>, Set<Long>> existingChannels, Function<Set<Long>, Set<Long>> existingCampaigns) {
        knownChannels = existingChannels.apply(ids(channels));
        knownCampaigns = existingCampaigns.apply(ids(campaigns));
    }

    /** Adds NOT_FOUND at item {@code i}'s references that the workspace does not have (after {@link #lookUp}). */
    public void reportUnknown(int i, InputErrors at) {
        if (channels[i] != null && !knownChannels.contains(channels[i])) {
            at.add(UserErrorCode.NOT_FOUND, GlobalId.notFound(channelType, Echo.of(channelTexts[i])), "channelId");
        }
        if (campaigns[i] != null && !knownCampaigns.contains(campaigns[i])) {
            at.add(UserErrorCode.NOT_FOUND, GlobalId.notFound(campaignType, Echo.of(campaignTexts[i])), "campaignId");
        }
    }

    private static Set<Long> ids(Long[] values) {
        Set<Long> ids = new HashSet<>();
        for (Long value : values) {
            if (value != null) {
                ids.add(value);
            }
        }
        return ids;
    }
}
