package io.socialroi.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.socialroi.campaign.Campaign;
import io.socialroi.campaign.CampaignService;
import io.socialroi.channel.Channel;
import io.socialroi.channel.ChannelService;
import io.socialroi.common.DateInputs;
import io.socialroi.common.GlobalId;
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

    public record Recorded(CostEntry entry, boolean duplicate) {
    }

    @Transactional
    @WritesWorkspaceData
    public Recorded record(RecordCostInput input) {
        InputErrors errors = new InputErrors("input");
        long ws = workspace.id();
        constraints.check(input, errors);
        String externalId = input.externalId == null || input.externalId.isBlank() ? null : input.externalId.trim();

        Long campaignId = GlobalId.decodeOrReport(Campaign.TYPE, input.campaignId, errors, "campaignId");
        if (campaignId != null && campaigns.findEntity(campaignId).isEmpty()) {
            errors.add(UserErrorCode.NOT_FOUND, GlobalId.notFound(Campaign.TYPE, input.campaignId), "campaignId");
        }
        Long channelId = null;
        if (input.channelId != null) {
            channelId = GlobalId.decodeOrReport(Channel.TYPE, input.channelId, errors, "channelId");
            if (channelId != null && channels.find(channelId).isEmpty()) {
                errors.add(UserErrorCode.NOT_FOUND, GlobalId.notFound(Channel.TYPE, input.channelId), "channelId");
            }
        }
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
        errors.throwIfAny();

        if (externalId != null) {
            Optional<CostEntryEntity> existing = CostEntryEntity
                    .find("workspaceId = ?1 and externalId = ?2", ws, externalId).firstResultOptional();
            if (existing.isPresent()) {
                return new Recorded(CostEntry.of(existing.get()), true);
            }
        }
        CostEntryEntity entity = new CostEntryEntity();
        entity.workspaceId = ws;
        entity.campaignId = campaignId;
        entity.channelId = channelId;
        entity.category = input.category;
        entity.amount = amount;
        entity.currency = currency;
        entity.incurredOn = incurredOn;
        entity.hours = hours;
        entity.hourlyRate = hourlyRate;
        entity.description = description;
        entity.externalId = externalId;
        entity.persist();
        entity.flush(); // constraint failures surface here, inside the service, not at commit
        return new Recorded(CostEntry.of(entity), false);
    }

    public Optional<CostEntry> find(long id) {
        return CostEntryEntity.<CostEntryEntity>find("id = ?1 and workspaceId = ?2", id, workspace.id())
                .firstResultOptional().map(CostEntry::of);
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
