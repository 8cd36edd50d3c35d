package io.socialroi.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.socialroi.campaign.Campaign;
import io.socialroi.campaign.CampaignService;
import io.socialroi.channel.Channel;
import io.socialroi.channel.ChannelService;
import io.socialroi.common.AuditedEntity;
import io.socialroi.common.BatchReferences;
import io.socialroi.common.BatchWriter;
import io.socialroi.common.BatchWriter.References;
import io.socialroi.common.DateInputs;
import io.socialroi.common.GlobalId;
import io.socialroi.common.IdOrExternalId;
import io.socialroi.common.InputConstraints;
import io.socialroi.common.InputErrors;
import io.socialroi.common.UserErrorCode;
import io.socialroi.money.MoneyInputs;
import io.socialroi.workspace.CurrentWorkspace;
import io.socialroi.workspace.WritesWorkspaceData;

@ApplicationScoped
public class CostService {

    @Inject
    CurrentWorkspace workspace;
    @Inject
    CampaignService campaigns;
    @Inject
    ChannelService channels;
    @Inject
    InputConstraints constraints;
    @Inject
    BatchWriter batches;
    @Inject
    EntityManager em;

    public record Recorded(CostEntry entry, boolean duplicate) {
    }

    /** A cost as its rules checked it: what an entry stores (amount: for labor by hours, hours × hourlyRate). */
    record CostValues(CostCategory category, BigDecimal amount, String currency, BigDecimal hours,
            BigDecimal hourlyRate, LocalDate incurredOn, String description) {

        void applyTo(CostEntryEntity entity) {
            entity.category = category;
            entity.amount = amount;
            entity.currency = currency;
            entity.hours = hours;
            entity.hourlyRate = hourlyRate;
            entity.incurredOn = incurredOn;
            entity.description = description;
        }
    }

    @Transactional
    @WritesWorkspaceData
    public Recorded record(RecordCostInput input) {
        InputErrors errors = new InputErrors("input");
        long ws = workspace.id();
        constraints.check(input, errors);
        String externalId = input.externalId == null || input.externalId.isBlank() ? null : input.externalId.trim();
        Long campaignId = campaignOf(input.campaignId, errors);
        Long channelId = channelOf(input.channelId, errors);
        CostValues values = values(input, errors);
        errors.throwIfAny();

        if (externalId != null) {
            Optional<CostEntryEntity> existing = CostEntryEntity.findByExternalId(ws, externalId);
            if (existing.isPresent()) {
                return new Recorded(CostEntry.of(existing.get()), true);
            }
        }
        CostEntryEntity entity = new CostEntryEntity();
        entity.workspaceId = ws;
        entity.campaignId = campaignId;
        entity.channelId = channelId;
        values.applyTo(entity);
        entity.externalId = externalId;
        entity.persist();
        entity.flush(); // constraint failures surface here, inside the service, not at commit
        return new Recorded(CostEntry.of(entity), false);
    }

    /** The campaign's database id, or null with INVALID_ID or NOT_FOUND at "campaignId". */
    private Long campaignOf(String globalId, InputErrors errors) {
        Long campaignId = GlobalId.decodeOrReport(Campaign.TYPE, globalId, errors, "campaignId");
        if (campaignId != null && campaigns.findEntity(campaignId).isEmpty()) {
            errors.add(UserErrorCode.NOT_FOUND, GlobalId.notFound(Campaign.TYPE, globalId), "campaignId");
        }
        return campaignId;
    }

    /** The channel's database id (null when none is named), or null with INVALID_ID or NOT_FOUND at "channelId". */
    private Long channelOf(String globalId, InputErrors errors) {
        if (globalId == null) {
            return null;
        }
        Long channelId = GlobalId.decodeOrReport(Channel.TYPE, globalId, errors, "channelId");
        if (channelId != null && channels.find(channelId).isEmpty()) {
            errors.add(UserErrorCode.NOT_FOUND, GlobalId.notFound(Channel.TYPE, globalId), "channelId");
        }
        return channelId;
    }

    /**
     * The rules of a cost beyond its references, shared by recordCost, recordCosts and updateCost (which checks the
     * stored entry with its changes): a date; amount, or for LABOR hours with hourlyRate, not both.
     */
    static CostValues values(RecordCostInput input, InputErrors errors) {
        LocalDate incurredOn = DateInputs.parsed(input.incurredOn, errors, "incurredOn");
        BigDecimal amount = null;
        BigDecimal hours = null;
        BigDecimal hourlyRate = null;
        String currency = null;
        boolean byHours = input.hours != null || input.hourlyRate != null;
        if (byHours && input.amount != null) {
            errors.add(UserErrorCode.AMOUNT_OR_HOURS, "Give either amount or hours with hourlyRate, not both.", "amount");
        } else if (byHours) {
            if (input.category != null && input.category != CostCategory.LABOR) {
                errors.add(UserErrorCode.HOURS_ONLY_FOR_LABOR, "Hours × hourly rate is for LABOR costs; give amount.",
                        "hours");
            }
            if (input.hours == null) {
                errors.add(UserErrorCode.REQUIRED, "hours goes with hourlyRate.", "hours");
            } else {
                hours = MoneyInputs.nonNegative(input.hours.text(), errors, "hours");
            }
            if (input.hourlyRate == null) {
                errors.add(UserErrorCode.REQUIRED, "hourlyRate goes with hours.", "hourlyRate");
            } else {
                var rate = MoneyInputs.validate(input.hourlyRate, errors.at("hourlyRate"));
                if (rate != null) {
                    hourlyRate = rate.amount();
                    currency = rate.currency();
                }
            }
            if (hours != null && hourlyRate != null) {
                amount = hours.multiply(hourlyRate); // exact: no rounding of money in the middle
            }
        } else if (input.amount == null) {
            errors.add(UserErrorCode.AMOUNT_OR_HOURS, "Give amount (or, for LABOR, hours and hourlyRate).", "amount");
        } else {
            var money = MoneyInputs.validate(input.amount, errors.at("amount"));
            if (money != null) {
                amount = money.amount();
                currency = money.currency();
            }
        }
        String description = input.description == null ? null : input.description.trim();
        return new CostValues(input.category, amount, currency, hours, hourlyRate, incurredOn, description);
    }

    /** A cost of a batch, checked: its values and references. */
    record CheckedCost(RecordCostInput input, CostValues values, Long campaignId, Long channelId) {
    }

    @Transactional
    @WritesWorkspaceData
    public BatchResult recordAll(List<RecordCostInput> items) {
        BatchReferences refs = campaigns.batchReferences(items.size());
        return batches.write(items, new BatchWriter.Feature<RecordCostInput, CheckedCost, BatchResult>() {
            @Override
            public CheckedCost check(int i, RecordCostInput item, InputErrors at) {
                return new CheckedCost(item, values(item, at), refs.campaign(i), refs.channel(i));
            }

            @Override
            public References<RecordCostInput> references() {
                return new References<>(refs, item -> item.channelId, item -> item.campaignId);
            }

            @Override
            public BatchResult write(List<CheckedCost> costs) {
                List<Long> inserted = CostEntryEntity.insertNew(em, workspace.id(), AuditedEntity.currentSubject(),
                        costs.stream().map(CostService::row).toList());
                return new BatchResult(inserted.size(), costs.size() - inserted.size());
            }
        });
    }

    /** A batch's count: the costs inserted, and those skipped as duplicates of a known (or earlier) externalId. */
    public record BatchResult(int accepted, int duplicates) {
    }

    private static CostEntryEntity.Row row(CheckedCost cost) {
        CostValues v = cost.values();
        String externalId = cost.input().externalId;
        return new CostEntryEntity.Row(cost.campaignId(), cost.channelId(), v.category(), v.amount(), v.currency(),
                v.incurredOn(), v.hours(), v.hourlyRate(), v.description(),
                externalId == null || externalId.isBlank() ? null : externalId.trim());
    }

    /**
     * Changes a recorded cost: the fields given replace the stored ones, and the entry as changed must pass the rules
     * of recordCost. amount replaces hours × hourlyRate and the other way round; externalId names the entry and never
     * changes.
     */
    @Transactional
    @WritesWorkspaceData
    public CostEntry update(UpdateCostInput input) {
        InputErrors errors = new InputErrors("input");
        constraints.check(input, errors);
        CostEntryEntity entity = named(input.id, input.externalId, errors);
        Long campaignId = input.campaignId == null ? null : campaignOf(input.campaignId, errors);
        Long channelId = channelOf(input.channelId, errors);
        if (entity == null) {
            errors.throwIfAny();
        }
        CostValues values = values(input.appliedTo(entity), errors);
        errors.throwIfAny();
        if (campaignId != null) {
            entity.campaignId = campaignId;
        }
        if (channelId != null) {
            entity.channelId = channelId;
        }
        values.applyTo(entity);
        entity.flush();
        return CostEntry.of(entity);
    }

    /** Deletes a recorded cost; its global ID. */
    @Transactional
    @WritesWorkspaceData
    public String delete(DeleteCostInput input) {
        InputErrors errors = new InputErrors("input");
        constraints.check(input, errors);
        CostEntryEntity entity = named(input.id, input.externalId, errors);
        errors.throwIfAny();
        String id = CostEntry.of(entity).id();
        entity.delete();
        return id;
    }

    /** The workspace's entry a correction names by id or externalId, or null after adding the problem. */
    private CostEntryEntity named(String id, String externalId, InputErrors errors) {
        long ws = workspace.id();
        return IdOrExternalId.find(CostEntry.TYPE, id, externalId, errors, databaseId -> CostEntryEntity.findInWorkspace(ws,
                databaseId), stored -> CostEntryEntity.findByExternalId(ws, stored));
    }

    public Optional<CostEntry> find(long id) {
        return CostEntryEntity.findInWorkspace(workspace.id(), id).map(CostEntry::of);
    }

    /** The recorded cost entries of each campaign, in the campaigns' order, with one statement. */
    public List<List<CostEntry>> entriesOf(List<Long> campaignIds) {
        java.util.Map<Long, List<CostEntry>> byCampaign = new java.util.HashMap<>();
        if (!campaignIds.isEmpty()) {
            CostEntryEntity.<CostEntryEntity>list("workspaceId = ?1 and campaignId in ?2 order by incurredOn, id",
                    workspace.id(), campaignIds)
                    .forEach(e -> byCampaign.computeIfAbsent(e.campaignId, k -> new java.util.ArrayList<>()).add(CostEntry.of(e)));
        }
        return campaignIds.stream().map(id -> byCampaign.getOrDefault(id, List.of())).toList();
    }
}
