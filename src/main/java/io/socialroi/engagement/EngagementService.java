package io.socialroi.engagement;

import java.time.LocalDate;
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

        String subject = AuditedEntity.currentSubject();
        Upserts upserts = new Upserts();
        for (int i = 0; i < n; i++) {
            EngagementInput item = items.get(i);
            Object inserted = em.createNativeQuery(UPSERT_ENGAGEMENT_DAY)
                    .setParameter("ws", ws).setParameter("channel", refs.channel(i))
                    .setParameter("campaign", refs.campaign(i))
                    .setParameter("day", days[i]).setParameter("mediaType", item.mediaType.name())
                    .setParameter("impressions", orZero(item.impressions)).setParameter("reach", orZero(item.reach))
                    .setParameter("likes", orZero(item.likes)).setParameter("comments", orZero(item.comments))
                    .setParameter("shares", orZero(item.shares)).setParameter("saves", orZero(item.saves))
                    .setParameter("clicks", orZero(item.clicks)).setParameter("videoViews", orZero(item.videoViews))
                    .setParameter("gained", orZero(item.followersGained)).setParameter("lost", orZero(item.followersLost))
                    .setParameter("total", item.followersTotal).setParameter("by", subject)
                    .getSingleResult();
            upserts.count(inserted);
        }
        return upserts;
    }

    /** Inserts or replaces a day's counts of a channel (and campaign) and media type; returns whether inserted. */
    static final String UPSERT_ENGAGEMENT_DAY = """
            insert into engagement_day (id, workspace_id, channel_id, campaign_id, day, media_type, impressions, reach,
              likes, comments, shares, saves, clicks, video_views, followers_gained, followers_lost, followers_total,
              created_by)
            values (nextval('engagement_day_id_seq'), :ws, :channel, cast(:campaign as bigint), :day, :mediaType,
              :impressions, :reach, :likes, :comments, :shares, :saves, :clicks, :videoViews, :gained, :lost,
              cast(:total as bigint), :by)
            on conflict (workspace_id, channel_id, coalesce(campaign_id, 0), day, media_type) do update
              set impressions = excluded.impressions, reach = excluded.reach, likes = excluded.likes,
                comments = excluded.comments, shares = excluded.shares, saves = excluded.saves,
                clicks = excluded.clicks, video_views = excluded.video_views,
                followers_gained = excluded.followers_gained, followers_lost = excluded.followers_lost,
                followers_total = excluded.followers_total, updated_at = now()
            %s""".formatted(Upserts.RETURNING_INSERTED);

    private static void count(Long value, String field, InputErrors at) {
        if (value != null && value < 0) {
            at.add(UserErrorCode.NEGATIVE_COUNT, field + " cannot be negative (got " + value + ").", field);
        }
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
