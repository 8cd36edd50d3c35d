package io.socialroi.savings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import io.socialroi.campaign.Campaign;
import io.socialroi.campaign.CampaignService;
import io.socialroi.channel.Channel;
import io.socialroi.channel.ChannelService;
import io.socialroi.common.SqlRows;
import io.socialroi.common.AuditedEntity;
import io.socialroi.common.BatchReferences;
import io.socialroi.common.DateInputs;
import io.socialroi.common.InputErrors;
import io.socialroi.common.TextInputs;
import io.socialroi.common.Upserts;
import io.socialroi.common.UserErrorCode;
import io.socialroi.money.MoneyInputs;
import io.socialroi.tracking.TrackingService;
import io.socialroi.workspace.CurrentWorkspace;
import io.socialroi.workspace.WritesWorkspaceData;

/**
 * Records deflected support contacts as one atomic batch: every item valid or nothing written. The same channel,
 * campaign and period sent again replaces the one recorded before; a period that overlaps another of the same
 * channel and campaign is refused, so that no contact is counted twice.
 */
@ApplicationScoped
public class ServiceSavingsService {


    private record Item(int index, Long channel, Long campaign, LocalDate from, LocalDate to) {
        boolean sameSeries(Long otherChannel, Long otherCampaign) {
            return Objects.equals(channel, otherChannel) && Objects.equals(campaign, otherCampaign);
        }
    }

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
    public Upserts record(List<ServiceSavingsInput> items) {
        long ws = workspace.id();
        InputErrors errors = new InputErrors("input");
        TrackingService.checkSize(items, errors);
        int n = items.size();
        List<Item> valid = new ArrayList<>();
        MoneyInputs.ValidMoney[] costs = new MoneyInputs.ValidMoney[n];
        BatchReferences refs = new BatchReferences(n, Channel.TYPE, Campaign.TYPE);
        for (int i = 0; i < n; i++) {
            ServiceSavingsInput item = items.get(i);
            InputErrors at = errors.at(String.valueOf(i));
            Long channel = refs.channel(i, item.channelId, at);
            Long campaign = refs.campaign(i, item.campaignId, at);
            LocalDate from = DateInputs.required(item.from, at, "from");
            LocalDate to = DateInputs.required(item.to, at, "to");
            if (from != null && to != null && to.isBefore(from)) {
                at.add(UserErrorCode.END_BEFORE_START, "to (" + to + ") is before from (" + from + ").", "to");
            }
            if (item.contactsDeflected == null) {
                at.add(UserErrorCode.REQUIRED, "contactsDeflected is required.", "contactsDeflected");
            } else if (item.contactsDeflected < 0) {
                at.add(UserErrorCode.NEGATIVE_COUNT, "contactsDeflected cannot be negative (got "
                        + item.contactsDeflected + ").", "contactsDeflected");
            }
            if (item.costPerContact == null) {
                at.add(UserErrorCode.REQUIRED, "costPerContact is required.", "costPerContact");
            } else {
                costs[i] = MoneyInputs.validate(item.costPerContact, at.at("costPerContact"));
            }
            TextInputs.check(item.description, 500, at, "description");
            if (channel != null && refs.decoded(i) && from != null && to != null && !to.isBefore(from)) {
                valid.add(new Item(i, channel, campaign, from, to));
            }
        }
        refs.lookUp(ids -> channels.findByIds(ids).keySet(), campaigns::existingIds);
        for (int i = 0; i < n; i++) {
            refs.reportUnknown(i, errors.at(String.valueOf(i)));
        }
        checkOverlaps(ws, valid, errors);
        errors.throwIfAny();

        List<ServiceSavingEntity.Row> rows = new ArrayList<>(valid.size());
        for (Item item : valid) {
            ServiceSavingsInput input = items.get(item.index());
            rows.add(new ServiceSavingEntity.Row(item.channel(), item.campaign(), item.from(), item.to(),
                    input.contactsDeflected, costs[item.index()].amount(), costs[item.index()].currency(),
                    input.description == null ? null : input.description.trim()));
        }
        return ServiceSavingEntity.upsertAll(em, ws, AuditedEntity.currentSubject(), rows);
    }

    /**
     * A period may not overlap another of the same channel and campaign, in the batch or stored; the very same
     * period is no overlap (it is replaced). One statement reads the stored periods of the batch's channels.
     */
    private void checkOverlaps(long ws, List<Item> items, InputErrors errors) {
        if (items.isEmpty()) {
            return;
        }
        // Two batches of one workspace must not both pass this check and then both insert overlapping periods:
        // they take turns from here to their commit.
        em.createNativeQuery(LOCK_SERVICE_SAVINGS).setParameter("ws", ws).getSingleResult();
        Set<Long> channelIds = new HashSet<>();
        items.forEach(i -> channelIds.add(i.channel()));
        List<Item> stored = SqlRows.tuples(em.createNativeQuery(STORED_PERIODS, Tuple.class).setParameter("ws", ws)
                .setParameter("ids", channelIds)).stream().map(ServiceSavingsService::storedPeriod).toList();
        for (Item item : items) {
            InputErrors at = errors.at(String.valueOf(item.index()));
            for (Item other : items) {
                if (other.index() >= item.index() || !item.sameSeries(other.channel(), other.campaign())) {
                    continue;
                }
                if (item.from().equals(other.from()) && item.to().equals(other.to())) {
                    at.add(UserErrorCode.DUPLICATE, "The same channel, campaign and period is already item "
                            + other.index() + " of this batch.", "from");
                    break;
                }
                if (clash(item, other)) {
                    at.add(UserErrorCode.OVERLAPPING_PERIOD, "Overlaps item " + other.index() + " (" + other.from() + " to "
                            + other.to() + ") of the same channel and campaign in this batch.", "from");
                    break;
                }
            }
            for (Item other : stored) {
                if (clash(item, other)) {
                    at.add(UserErrorCode.OVERLAPPING_PERIOD, "Overlaps the recorded period " + other.from() + " to "
                            + other.to() + " of the same channel and campaign: send that period again to replace it.",
                            "from");
                    break;
                }
            }
        }
    }

    /** One writer of a workspace's savings at a time, from the overlap check to the commit. */
    static final String LOCK_SERVICE_SAVINGS = """
            select pg_advisory_xact_lock(hashtextextended('service_saving:' || :ws, 0))""";

    /** The stored periods of the channels. */
    static final String STORED_PERIODS = """
            select channel_id, campaign_id, period_from, period_to
            from service_saving
            where workspace_id = :ws and channel_id in (:ids)""";

    private static Item storedPeriod(Tuple row) {
        return new Item(-1, SqlRows.longValue(row, "channel_id"), SqlRows.nullableLong(row, "campaign_id"),
                SqlRows.date(row, "period_from"), SqlRows.date(row, "period_to"));
    }

    /** Same channel and campaign, a different period sharing a day (the very same period replaces). */
    private static boolean clash(Item a, Item b) {
        return a.sameSeries(b.channel(), b.campaign()) && !(a.from().equals(b.from()) && a.to().equals(b.to()))
                && SavingsPeriods.overlapDays(a.from(), a.to(), b.from(), b.to()) > 0;
    }

}
