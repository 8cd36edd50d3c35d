package io.socialroi.savings;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import io.socialroi.campaign.CampaignService;
import io.socialroi.common.SqlRows;
import io.socialroi.common.AuditedEntity;
import io.socialroi.common.BatchReferences;
import io.socialroi.common.BatchWriter;
import io.socialroi.common.BatchWriter.References;
import io.socialroi.common.DateInputs;
import io.socialroi.common.InputErrors;
import io.socialroi.common.Upserts;
import io.socialroi.common.UserErrorCode;
import io.socialroi.money.MoneyInputs;
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
    CampaignService campaigns;
    @Inject
    BatchWriter batches;
    @Inject
    EntityManager em;

    /** An item checked: its references decoded, its period and money read. */
    private record Saving(ServiceSavingsInput input, Item period, MoneyInputs.ValidMoney cost) {
    }

    @Transactional
    @WritesWorkspaceData
    public Upserts record(List<ServiceSavingsInput> items) {
        BatchReferences refs = campaigns.batchReferences(items.size());
        return batches.write(items, new BatchWriter.Feature<ServiceSavingsInput, Saving, Upserts>() {
            @Override
            public Saving check(int i, ServiceSavingsInput item, InputErrors at) {
                LocalDate from = DateInputs.optional(item.from, at, "from");
                LocalDate to = DateInputs.optional(item.to, at, "to");
                if (from != null && to != null && to.isBefore(from)) {
                    at.add(UserErrorCode.END_BEFORE_START, "to (" + to + ") is before from (" + from + ").", "to");
                }
                MoneyInputs.ValidMoney cost = MoneyInputs.validate(item.costPerContact, at.at("costPerContact"));
                boolean periodChecked = refs.channel(i) != null && refs.decoded(i) && from != null && to != null
                        && !to.isBefore(from);
                return new Saving(item, periodChecked ? new Item(i, refs.channel(i), refs.campaign(i), from, to) : null,
                        cost);
            }

            @Override
            public References<ServiceSavingsInput> references() {
                return new References<>(refs, item -> item.channelId, item -> item.campaignId);
            }

            @Override
            public void checkBatch(List<Saving> savings, InputErrors errors) {
                checkOverlaps(workspace.id(), savings.stream().map(Saving::period).filter(Objects::nonNull).toList(),
                        errors);
            }

            @Override
            public Upserts write(List<Saving> savings) {
                return ServiceSavingEntity.upsertAll(em, workspace.id(), AuditedEntity.currentSubject(),
                        savings.stream().filter(s -> s.period() != null).map(ServiceSavingsService::row).toList());
            }
        });
    }

    private static ServiceSavingEntity.Row row(Saving saving) {
        Item period = saving.period();
        ServiceSavingsInput input = saving.input();
        return new ServiceSavingEntity.Row(period.channel(), period.campaign(), period.from(), period.to(),
                input.contactsDeflected, saving.cost().amount(), saving.cost().currency(),
                input.description == null ? null : input.description.trim());
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
