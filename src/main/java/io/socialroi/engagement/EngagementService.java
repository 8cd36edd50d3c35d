package io.socialroi.engagement;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.socialroi.campaign.CampaignService;
import io.socialroi.common.AuditedEntity;
import io.socialroi.common.BatchReferences;
import io.socialroi.common.BatchWriter;
import io.socialroi.common.BatchWriter.DuplicateKey;
import io.socialroi.common.BatchWriter.References;
import io.socialroi.common.DateInputs;
import io.socialroi.common.InputErrors;
import io.socialroi.common.Upserts;
import io.socialroi.common.UserErrorCode;
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
    CampaignService campaigns;
    @Inject
    BatchWriter batches;
    @Inject
    EntityManager em;

    /** An item checked: its references decoded and its date read. */
    private record Day(EngagementInput input, Long channel, Long campaign, LocalDate date) {
    }

    @Transactional
    @WritesWorkspaceData
    public Upserts record(List<EngagementInput> items) {
        BatchReferences refs = campaigns.batchReferences(items.size());
        return batches.write(items, new BatchWriter.Feature<EngagementInput, Day, Upserts>() {
            @Override
            public Day check(int i, EngagementInput item, InputErrors at) {
                LocalDate date = DateInputs.parsed(item.date, at, "date");
                if (item.followersTotal != null && item.followersLost != null && item.followersTotal >= 0
                        && item.followersLost > item.followersTotal) {
                    at.add(UserErrorCode.FOLLOWERS_LOST_EXCEED_TOTAL, "followersLost (" + item.followersLost
                            + ") exceeds followersTotal (" + item.followersTotal + ").", "followersLost");
                }
                return new Day(item, refs.channel(i), refs.campaign(i), date);
            }

            @Override
            public References<EngagementInput> references() {
                return new References<>(refs, item -> item.channelId, item -> item.campaignId);
            }

            @Override
            public DuplicateKey key(Day day) {
                return new DuplicateKey(day.channel() + "|" + day.campaign() + "|" + day.date() + "|"
                        + day.input().mediaType, "The same channel, campaign, date and media type", "date");
            }

            @Override
            public Upserts write(List<Day> days) {
                return EngagementDayEntity.upsertAll(em, workspace.id(), AuditedEntity.currentSubject(),
                        days.stream().map(EngagementService::row).toList());
            }
        });
    }

    private static EngagementDayEntity.Row row(Day day) {
        EngagementInput item = day.input();
        return new EngagementDayEntity.Row(day.channel(), day.campaign(), day.date(), item.mediaType,
                orZero(item.impressions), orZero(item.reach), orZero(item.likes), orZero(item.comments),
                orZero(item.shares), orZero(item.saves), orZero(item.clicks), orZero(item.videoViews),
                orZero(item.followersGained), orZero(item.followersLost), item.followersTotal);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
