package io.socialroi.goal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.socialroi.attribution.AttributionArguments;
import io.socialroi.attribution.AttributionInput;
import io.socialroi.attribution.AttributionSettings;
import io.socialroi.campaign.Campaign;
import io.socialroi.campaign.CampaignEntity;
import io.socialroi.campaign.CampaignService;
import io.socialroi.common.BadArgumentException;
import io.socialroi.common.DateInputs;
import io.socialroi.common.DateScalar;
import io.socialroi.common.DecimalScalar;
import io.socialroi.common.Echo;
import io.socialroi.common.GlobalId;
import io.socialroi.common.InputConstraints;
import io.socialroi.common.InputErrors;
import io.socialroi.common.TextInputs;
import io.socialroi.common.UserErrorCode;
import io.socialroi.metric.MetricValue;
import io.socialroi.reporting.DateRangeInput;
import io.socialroi.workspace.CurrentWorkspace;
import io.socialroi.workspace.WritesWorkspaceData;

/** Goals: create, change, delete, list, and their progress on a day. */
@ApplicationScoped
public class GoalService {

    public static final String NOT_STARTED = "The goal has not started yet: asOf is before its startDate.";

    @Inject
    CurrentWorkspace workspace;
    @Inject
    CampaignService campaigns;
    @Inject
    GoalEvaluator evaluator;
    @Inject
    AttributionArguments attributionArguments;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    InputConstraints constraints;

    /** Today in UTC, by the injected clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC));
    }

    @Transactional
    @WritesWorkspaceData
    public Goal create(CreateGoalInput input) {
        InputErrors errors = new InputErrors("input");
        GoalEntity e = new GoalEntity();
        e.workspaceId = workspace.id();
        constraints.check(input, errors);
        e.name = input.name == null ? "" : input.name.trim();
        CampaignEntity campaign = null;
        if (input.campaignId != null) {
            Long id = GlobalId.decodeOrReport(Campaign.TYPE, input.campaignId, errors, "campaignId");
            if (id != null) {
                campaign = campaigns.findEntity(id).orElse(null);
                if (campaign == null) {
                    errors.add(UserErrorCode.NOT_FOUND, GlobalId.notFound(Campaign.TYPE, Echo.of(input.campaignId)),
                            "campaignId");
                }
            }
        }
        e.campaignId = campaign == null ? null : campaign.id;
        e.metric = metric(input.metric, errors);
        if (input.conversionType != null && e.metric != null && e.metric != GoalMetric.CONVERSIONS) {
            errors.add(UserErrorCode.INVALID_VALUE,
                    "conversionType applies to the CONVERSIONS metric only, not to " + e.metric + ".", "conversionType");
        }
        e.conversionType = input.conversionType;
        e.target = target(input.target, e.metric, errors);
        LocalDate start = input.startDate == null ? (campaign != null ? campaign.startDate : today())
                : DateInputs.optional(input.startDate, errors, "startDate");
        e.startDate = start;
        e.deadline = deadline(input.deadline, start, errors);
        attribution(input.attribution, e, errors);
        errors.throwIfAny();
        e.updatedAt = OffsetDateTime.now(clock);
        e.persist();
        return new Goal(e);
    }

    @Transactional
    @WritesWorkspaceData
    public Goal update(UpdateGoalInput input) {
        InputErrors errors = new InputErrors("input");
        GoalEntity e = require(input.id, errors);
        errors.throwIfAny();
        String name = input.name == null ? e.name : name(input.name, errors);
        BigDecimal target = input.target == null ? e.target : target(input.target, e.metric, errors);
        LocalDate deadline = input.deadline == null ? e.deadline : deadline(input.deadline, e.startDate, errors);
        errors.throwIfAny();
        e.name = name;
        e.target = target;
        e.deadline = deadline;
        e.updatedAt = OffsetDateTime.now(clock);
        em.flush();
        return new Goal(e);
    }

    @Transactional
    @WritesWorkspaceData
    public String delete(DeleteGoalInput input) {
        InputErrors errors = new InputErrors("input");
        GoalEntity e = require(input.id, errors);
        errors.throwIfAny();
        e.delete();
        return input.id;
    }

    public Optional<Goal> find(long id) {
        return GoalEntity.<GoalEntity>find("id = ?1 and workspaceId = ?2", id, workspace.id()).firstResultOptional()
                .map(Goal::new);
    }

    /** Without a campaign: every goal of the workspace (workspace goals and every campaign's), by id. */
    public List<Goal> list(String campaignId) {
        if (campaignId == null) {
            return GoalEntity.<GoalEntity>list("workspaceId = ?1 order by id", workspace.id()).stream().map(Goal::new).toList();
        }
        long id = GlobalId.decode(Campaign.TYPE, campaignId).filter(c -> campaigns.findEntity(c).isPresent())
                .orElseThrow(() -> new BadArgumentException("campaignId " + Echo.of(campaignId) + " is no campaign of yours."));
        return GoalEntity.<GoalEntity>list("workspaceId = ?1 and campaignId = ?2 order by id", workspace.id(), id)
                .stream().map(Goal::new).toList();
    }

    /** The goals of each campaign, in the campaigns' order: one statement. */
    public List<List<Goal>> ofCampaigns(List<Campaign> list) {
        List<Long> ids = list.stream().map(Campaign::databaseId).distinct().toList();
        Map<Long, List<Goal>> byCampaign = new HashMap<>();
        if (!ids.isEmpty()) {
            GoalEntity.<GoalEntity>list("workspaceId = ?1 and campaignId in ?2 order by id", workspace.id(), ids)
                    .forEach(g -> byCampaign.computeIfAbsent(g.campaignId, k -> new ArrayList<>()).add(new Goal(g)));
        }
        return list.stream().map(c -> byCampaign.getOrDefault(c.databaseId(), List.of())).toList();
    }

    /** The campaign of each goal (null for workspace goals): one statement. */
    public List<Campaign> campaignOf(List<Goal> goals) {
        Map<Long, Campaign> byId = campaigns.findByIds(goals.stream().map(g -> g.entity().campaignId)
                .filter(Objects::nonNull).distinct().toList());
        return goals.stream().map(g -> g.entity().campaignId == null ? null : byId.get(g.entity().campaignId)).toList();
    }

    /** What one evaluation needs to share: same metric, same period, same attribution, same type. */
    private record GroupKey(GoalMetric metric, boolean workspaceGoal, LocalDate from, LocalDate to,
            AttributionSettings attribution, io.socialroi.tracking.ConversionType conversionType) {
    }

    /**
     * Progress of each goal on {@code asOfInput} (today when null). Goals that share metric, period, attribution
     * and conversion type are evaluated together: one service call for all their campaigns.
     */
    public List<GoalProgress> progress(List<Goal> goals, DateScalar asOfInput) {
        LocalDate asOf = asOfInput == null ? today() : asOfInput.value().orElseThrow(
                () -> new BadArgumentException("asOf " + DateInputs.notADate(asOfInput)));
        Map<GroupKey, List<GoalEntity>> groups = new LinkedHashMap<>();
        for (Goal goal : goals) {
            GoalEntity e = goal.entity();
            if (!GoalProjection.started(e.startDate, asOf)) {
                continue;
            }
            groups.computeIfAbsent(new GroupKey(e.metric, e.campaignId == null, e.startDate,
                    GoalProjection.periodTo(asOf, e.deadline), attributionArguments.settings(goal.attribution()),
                    e.conversionType), k -> new ArrayList<>()).add(e);
        }
        Map<Long, MetricValue> values = new HashMap<>();
        groups.forEach((key, members) -> {
            DateRangeInput period = new DateRangeInput();
            period.from = DateScalar.of(key.from());
            period.to = DateScalar.of(key.to());
            AttributionInput attribution = new Goal(members.get(0)).attribution();
            if (key.workspaceGoal()) {
                MetricValue value = evaluator.ofWorkspace(key.metric(), period, attribution, key.conversionType());
                members.forEach(m -> values.put(m.id, value));
                return;
            }
            Map<Long, Campaign> byId = campaigns.findByIds(members.stream().map(m -> m.campaignId).distinct().toList());
            List<Campaign> list = new ArrayList<>(byId.values());
            List<MetricValue> results = evaluator.ofCampaigns(key.metric(), list, period, attribution,
                    key.conversionType());
            Map<Long, MetricValue> byCampaign = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                byCampaign.put(list.get(i).databaseId(), results.get(i));
            }
            members.forEach(m -> values.put(m.id, byCampaign.get(m.campaignId)));
        });
        return goals.stream().map(goal -> {
            GoalEntity e = goal.entity();
            MetricValue value = values.get(e.id);
            BigDecimal current = value == null ? null : value.value();
            String reason = value == null ? NOT_STARTED : value.undefinedReason();
            GoalProjection.Result r = GoalProjection.evaluate(e.metric.kind(), e.target, e.startDate, e.deadline, asOf,
                    current);
            return new GoalProgress(DateScalar.of(asOf), DateScalar.of(e.startDate), DateScalar.of(r.periodTo()),
                    (int) r.elapsedDays(), (int) r.totalDays(), DecimalScalar.of(current), current == null ? reason : null,
                    DecimalScalar.of(r.progressPercent()), DecimalScalar.of(r.projectedValue()), r.status());
        }).toList();
    }

    // ---- validation ---------------------------------------------------------------------------

    private GoalEntity require(String globalId, InputErrors errors) {
        Long id = GlobalId.decodeOrReport(Goal.TYPE, globalId, errors, "id");
        if (id == null) {
            return null;
        }
        return GoalEntity.<GoalEntity>find("id = ?1 and workspaceId = ?2", id, workspace.id()).firstResultOptional()
                .orElseGet(() -> {
                    errors.add(UserErrorCode.NOT_FOUND, GlobalId.notFound(Goal.TYPE, Echo.of(globalId)), "id");
                    return null;
                });
    }

    /** A new name of a goal: the rules of {@link CreateGoalInput#name}. */
    private static String name(String raw, InputErrors errors) {
        String name = raw.trim();
        if (name.isEmpty()) {
            errors.add(UserErrorCode.REQUIRED, CreateGoalInput.NAME_REQUIRED, "name");
        } else {
            TextInputs.check(name, CreateGoalInput.NAME_MAX, errors, "name");
        }
        return name;
    }

    static GoalMetric metric(String raw, InputErrors errors) {
        String name = raw == null ? "" : raw.trim();
        for (GoalMetric m : GoalMetric.values()) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        errors.add(UserErrorCode.UNKNOWN_METRIC, "\"" + Echo.of(name)
                + "\" is no metric; known: " + Arrays.stream(GoalMetric.values()).map(Enum::name)
                        .collect(Collectors.joining(", ")) + ".", "metric");
        return null;
    }

    /** The target, or null when absent (REQUIRED by {@link CreateGoalInput#target}) or invalid. */
    private static BigDecimal target(DecimalScalar raw, GoalMetric metric, InputErrors errors) {
        if (raw == null) {
            return null;
        }
        Optional<BigDecimal> value = raw.value();
        if (value.isEmpty()) {
            errors.add(UserErrorCode.INVALID_DECIMAL, "\"" + Echo.of(raw) + "\" is not a decimal such as 1500.00.", "target");
            return null;
        }
        if (value.get().signum() < 0 && metric != null && !metric.negativeTargetAllowed()) {
            errors.add(UserErrorCode.NEGATIVE_AMOUNT, "A " + metric + " target cannot be negative.", "target");
        }
        return value.get();
    }


    /** The deadline, or null when absent (REQUIRED by {@link CreateGoalInput#deadline}) or invalid. */
    private LocalDate deadline(DateScalar raw, LocalDate start, InputErrors errors) {
        LocalDate deadline = DateInputs.optional(raw, errors, "deadline");
        if (deadline == null) {
            return null;
        }
        LocalDate today = today();
        if (deadline.isBefore(today)) {
            errors.add(UserErrorCode.DEADLINE_IN_PAST, "The deadline " + deadline + " is before today (" + today + ").",
                    "deadline");
        } else if (start != null && deadline.isBefore(start)) {
            errors.add(UserErrorCode.END_BEFORE_START, "The deadline " + deadline + " is before the start date " + start
                    + ".", "deadline");
        }
        return deadline;
    }

    /**
     * A goal keeps the attribution it was created with: the input's fields over the workspace's default of that
     * day, stored whole, so changing the default later does not move the goal's progress.
     */
    private void attribution(AttributionInput input, GoalEntity e, InputErrors errors) {
        AttributionSettings settings;
        try {
            settings = attributionArguments.settings(input);
        } catch (BadArgumentException ex) {
            errors.add(UserErrorCode.INVALID_VALUE, ex.getMessage(), "attribution");
            return;
        }
        e.attributionModel = settings.model();
        e.lookbackDays = settings.lookbackDays();
        e.halfLifeHours = settings.halfLifeHours();
        e.firstWeight = settings.firstWeight();
        e.lastWeight = settings.lastWeight();
    }
}
