package io.socialroi.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.socialroi.attribution.AttributionArguments;
import io.socialroi.attribution.AttributionInput;
import io.socialroi.campaign.Campaign;
import io.socialroi.campaign.CampaignService;
import io.socialroi.channel.Channel;
import io.socialroi.channel.ChannelService;
import io.socialroi.common.BadArgumentException;
import io.socialroi.common.DateInputs;
import io.socialroi.common.Echo;
import io.socialroi.common.GlobalId;
import io.socialroi.common.InputConstraints;
import io.socialroi.common.InputErrors;
import io.socialroi.common.UserErrorCode;
import io.socialroi.delivery.SavedReportKind.Setting;
import io.socialroi.reporting.PeriodRule;
import io.socialroi.workspace.CurrentWorkspace;

/** Saves, replaces, lists and deletes the current workspace's saved reports (docs/delivery.md). */
@ApplicationScoped
public class SavedReportService {

    @Inject
    CurrentWorkspace workspace;
    @Inject
    CampaignService campaigns;
    @Inject
    ChannelService channels;
    @Inject
    AttributionArguments attributionArguments;
    @Inject
    InputConstraints constraints;

    public List<SavedReport> list() {
        return SavedReportEntity.<SavedReportEntity>list("workspaceId = ?1 order by name, id", workspace.id()).stream()
                .map(SavedReport::of).toList();
    }

    public Optional<SavedReport> find(long id) {
        return findEntity(id).map(SavedReport::of);
    }

    Optional<SavedReportEntity> findEntity(long id) {
        return SavedReportEntity.<SavedReportEntity>find("id = ?1 and workspaceId = ?2", id, workspace.id())
                .firstResultOptional();
    }

    @Transactional
    public SavedReport create(SavedReportInput input) {
        InputErrors errors = new InputErrors("input");
        SavedReportEntity e = new SavedReportEntity();
        e.workspaceId = workspace.id();
        define(e, input, errors);
        errors.throwIfAny();
        e.persist();
        return SavedReport.of(e);
    }

    @Transactional
    public SavedReport update(UpdateSavedReportInput input) {
        InputErrors errors = new InputErrors("input");
        SavedReportEntity e = existing(input.id, errors, "id");
        errors.throwIfAny();
        define(e, input.report, errors.at("report"));
        errors.throwIfAny();
        return SavedReport.of(e);
    }

    @Transactional
    public String delete(DeleteSavedReportInput input) {
        InputErrors errors = new InputErrors("input");
        SavedReportEntity e = existing(input.id, errors, "id");
        errors.throwIfAny();
        e.delete();
        return input.id;
    }

    /** The saved report named by a global ID in this workspace, or null with NOT_FOUND (or INVALID_ID) at field. */
    SavedReportEntity existing(String globalId, InputErrors errors, String field) {
        Long id = GlobalId.decodeOrReport(SavedReport.TYPE, globalId, errors, field);
        if (id == null) {
            return null;
        }
        return findEntity(id).orElseGet(() -> {
            errors.add(UserErrorCode.NOT_FOUND, GlobalId.notFound(SavedReport.TYPE, Echo.of(globalId)), field);
            return null;
        });
    }

    /** Checks the whole definition and writes it on {@code e} (only read when errors stays empty). */
    private void define(SavedReportEntity e, SavedReportInput input, InputErrors errors) {
        if (input == null) {
            errors.add(UserErrorCode.REQUIRED, "A saved report needs its definition.");
            return;
        }
        constraints.check(input, errors);
        e.name = input.name == null ? "" : input.name.trim();
        SavedReportKind kind = input.kind;
        if (kind == null) {
            errors.add(UserErrorCode.REQUIRED, "A saved report needs a kind.", "kind");
            return;
        }
        e.kind = kind;
        period(e, input.period, errors.at("period"));
        attribution(e, kind, input.attribution, errors);
        e.conversionTypes = null;
        if (input.conversionTypes != null && applies(kind, Setting.CONVERSION_TYPES, errors, "conversionTypes")) {
            e.conversionTypes = input.conversionTypes.stream().distinct().map(Enum::name).collect(Collectors.joining(","));
        }
        e.comparisonModels = null;
        if (kind.reads(Setting.MODELS)) {
            if (input.models == null || input.models.isEmpty()) {
                errors.add(UserErrorCode.REQUIRED, kind + " needs at least one model.", "models");
            } else {
                e.comparisonModels = input.models.stream().distinct().map(Enum::name).collect(Collectors.joining(","));
            }
        } else if (input.models != null) {
            applies(kind, Setting.MODELS, errors, "models");
        }
        e.metric = null;
        e.granularity = null;
        if (kind.reads(Setting.METRIC)) {
            if (input.metric == null) {
                errors.add(UserErrorCode.REQUIRED, kind + " needs a metric.", "metric");
            }
            if (input.granularity == null) {
                errors.add(UserErrorCode.REQUIRED, kind + " needs a granularity.", "granularity");
            }
            e.metric = input.metric;
            e.granularity = input.granularity;
        } else {
            if (input.metric != null) {
                applies(kind, Setting.METRIC, errors, "metric");
            }
            if (input.granularity != null) {
                applies(kind, Setting.METRIC, errors, "granularity");
            }
        }
        e.campaignId = null;
        if (input.campaignId != null && applies(kind, Setting.CAMPAIGN, errors, "campaignId")) {
            Long id = GlobalId.decodeOrReport(Campaign.TYPE, input.campaignId, errors, "campaignId");
            if (id != null && campaigns.findEntity(id).isEmpty()) {
                errors.add(UserErrorCode.NOT_FOUND, GlobalId.notFound(Campaign.TYPE, Echo.of(input.campaignId)),
                        "campaignId");
            }
            e.campaignId = id;
        }
        e.channelId = null;
        if (input.channelId != null && applies(kind, Setting.CHANNEL, errors, "channelId")) {
            Long id = GlobalId.decodeOrReport(Channel.TYPE, input.channelId, errors, "channelId");
            if (id != null && channels.find(id).isEmpty()) {
                errors.add(UserErrorCode.NOT_FOUND, GlobalId.notFound(Channel.TYPE, Echo.of(input.channelId)),
                        "channelId");
            }
            e.channelId = id;
        }
        if (e.campaignId != null && e.channelId != null) {
            errors.add(UserErrorCode.INVALID_VALUE, "Give campaignId or channelId, not both.", "channelId");
        }
    }

    private static void period(SavedReportEntity e, PeriodRuleInput period, InputErrors errors) {
        if (period == null || period.rule == null) {
            errors.add(UserErrorCode.REQUIRED, "A saved report needs a period rule.", "rule");
            return;
        }
        e.periodRule = period.rule;
        e.fixedFrom = null;
        e.fixedTo = null;
        if (period.rule != PeriodRule.FIXED) {
            if (period.from != null || period.to != null) {
                errors.add(UserErrorCode.INVALID_VALUE, "from and to belong to FIXED periods only; " + period.rule
                        + " moves with the day the report runs.", period.from != null ? "from" : "to");
            }
            return;
        }
        LocalDate from = DateInputs.required(period.from, errors, "from");
        LocalDate to = DateInputs.required(period.to, errors, "to");
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(UserErrorCode.END_BEFORE_START, "to (" + to + ") is before from (" + from + ").", "to");
        }
        e.fixedFrom = from;
        e.fixedTo = to;
    }

    private void attribution(SavedReportEntity e, SavedReportKind kind, AttributionInput input, InputErrors errors) {
        e.model = null;
        e.lookbackDays = null;
        e.halfLifeHours = null;
        e.firstWeight = null;
        e.lastWeight = null;
        if (input == null) {
            return;
        }
        if (kind.reads(Setting.LOOKBACK_ONLY)) {
            if (input.model != null || input.halfLifeHours != null || input.firstWeight != null || input.lastWeight != null) {
                errors.add(UserErrorCode.INVALID_VALUE, kind + " has no attribution model: only lookbackDays applies.",
                        "attribution");
                return;
            }
        } else if (!applies(kind, Setting.ATTRIBUTION, errors, "attribution")) {
            return;
        }
        try {
            attributionArguments.settings(input); // the same checks as a report argument
        } catch (BadArgumentException ex) {
            errors.add(UserErrorCode.INVALID_VALUE, ex.getMessage(), "attribution");
            return;
        }
        e.model = input.model;
        e.lookbackDays = input.lookbackDays;
        e.halfLifeHours = input.halfLifeHours;
        e.firstWeight = input.firstWeight == null ? null : input.firstWeight.value().orElse(null);
        e.lastWeight = input.lastWeight == null ? null : input.lastWeight.value().orElse(null);
    }

    /** True when the kind reads the setting; otherwise false with INVALID_VALUE at field. */
    private static boolean applies(SavedReportKind kind, Setting setting, InputErrors errors, String field) {
        if (kind.reads(setting)) {
            return true;
        }
        errors.add(UserErrorCode.INVALID_VALUE, field + " does not apply to " + kind + " reports.", field);
        return false;
    }
}
