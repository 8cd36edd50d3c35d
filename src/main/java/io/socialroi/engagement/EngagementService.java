package io.socialroi.engagement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.socialroi.common.Echo;
import io.socialroi.campaign.Campaign;
import io.socialroi.campaign.CampaignService;
import io.socialroi.channel.Channel;
import io.socialroi.channel.ChannelService;
import io.socialroi.common.AuditedEntity;
import io.socialroi.common.BatchReferences;
import io.socialroi.common.InputErrors;
import io.socialroi.common.Upserts;
import io.socialroi.common.UserErrorCode;
import io.socialroi.tracking.TrackingService;
import io.socialroi.workspace.CurrentWorkspace;
import io.socialroi.workspace.WritesWorkspaceData;

/**
 * Records daily engagement snapshots as one atomic batch: every item valid or nothing written. A day sent
 * again (same channel, campaign, date and media type) replaces the one recorded before.
 */
@ApplicationScoped
public class EngagementService {


    @Inject
    CurrentWorkspace workspace;
    @Inject
    ChannelService channels;
    @Inject
    CampaignService campaigns;
    @Inject
    EntityManager em;

    @Transactional
    @WritesWorkspaceData
    public Upserts record(List<EngagementInput> items) {
        long ws = workspace.id();
        InputErrors errors = new InputErrors("input");
        TrackingService.checkSize(items, errors);
        int n = items.size();
        BatchReferences refs = new BatchReferences(n, Channel.TYPE, Campaign.TYPE);
        LocalDate[] days = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            EngagementInput item = items.get(i);
            InputErrors at = errors.at(String.valueOf(i));
            refs.channel(i, item.channelId, at);
            refs.campaign(i, item.campaignId, at);
            days[i] = item.date == null ? null : item.date.value().orElse(null);
            if (days[i] == null) {
                at.add(UserErrorCode.INVALID_DATE, "\"" + Echo.of(item.date) + "\" is not a date such as 2026-03-31.", "date");
            }
            if (item.mediaType == null) {
                at.add(UserErrorCode.REQUIRED, "Engagement needs a media type.", "mediaType");
            }
            count(item.impressions, "impressions", at);
            count(item.reach, "reach", at);
            count(item.likes, "likes", at);
            count(item.comments, "comments", at);
            count(item.shares, "shares", at);
            count(item.saves, "saves", at);
            count(item.clicks, "clicks", at);
            count(item.videoViews, "videoViews", at);
            count(item.followersGained, "followersGained", at);
            count(item.followersLost, "followersLost", at);
            count(item.followersTotal, "followersTotal", at);
            if (item.followersTotal != null && item.followersLost != null && item.followersTotal >= 0
                    && item.followersLost > item.followersTotal) {
                at.add(UserErrorCode.FOLLOWERS_LOST_EXCEED_TOTAL, "followersLost (" + item.followersLost
                        + ") exceeds followersTotal (" + item.followersTotal + ").", "followersLost");
            }
        }
        refs.lookUp(ids -> channels.findByIds(ids).keySet(), campaigns::existingIds);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < n; i++) {
            InputErrors at = errors.at(String.valueOf(i));
            refs.reportUnknown(i, at);
            String key = refs.channel(i) + "|" + refs.campaign(i) + "|" + days[i] + "|" + items.get(i).mediaType;
            if (!keys.add(key)) {
                at.add(UserErrorCode.DUPLICATE, "The same channel, campaign, date and media type is already in this batch.",
                        "date");
            }
        }
        errors.throwIfAny();

        List<EngagementDayEntity.Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            EngagementInput item = items.get(i);
            rows.add(new EngagementDayEntity.Row(refs.channel(i), refs.campaign(i), days[i], item.mediaType,
                    orZero(item.impressions), orZero(item.reach), orZero(item.likes), orZero(item.comments),
                    orZero(item.shares), orZero(item.saves), orZero(item.clicks), orZero(item.videoViews),
                    orZero(item.followersGained), orZero(item.followersLost), item.followersTotal));
        }
        return EngagementDayEntity.upsertAll(em, ws, AuditedEntity.currentSubject(), rows);
    }

    private static void count(Long value, String field, InputErrors at) {
        if (value != null && value < 0) {
            at.add(UserErrorCode.NEGATIVE_COUNT, field + " cannot be negative (got " + value + ").", field);
        }
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
