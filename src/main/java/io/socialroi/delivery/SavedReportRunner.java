package io.socialroi.delivery;

import static io.socialroi.delivery.ColumnType.DATE;
import static io.socialroi.delivery.ColumnType.DECIMAL;
import static io.socialroi.delivery.ColumnType.INTEGER;
import static io.socialroi.delivery.ColumnType.MONEY;
import static io.socialroi.delivery.ColumnType.TEXT;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.attribution.AttributionInput;
import io.socialroi.attribution.AttributionModel;
import io.socialroi.campaign.Campaign;
import io.socialroi.campaign.CampaignService;
import io.socialroi.channel.Channel;
import io.socialroi.common.BadArgumentException;
import io.socialroi.common.DateScalar;
import io.socialroi.common.DecimalScalar;
import io.socialroi.common.Echo;
import io.socialroi.common.GlobalId;
import io.socialroi.common.TimeZones;
import io.socialroi.earned.OrganicClickSource;
import io.socialroi.funnel.Funnel;
import io.socialroi.funnel.FunnelRow;
import io.socialroi.funnel.FunnelService;
import io.socialroi.funnel.FunnelStage;
import io.socialroi.goal.Goal;
import io.socialroi.goal.GoalProgress;
import io.socialroi.goal.GoalService;
import io.socialroi.goal.GoalStatus;
import io.socialroi.metric.TimeSeries;
import io.socialroi.metric.TimeSeriesPoint;
import io.socialroi.metric.TimeSeriesService;
import io.socialroi.money.RoiCalculator;
import io.socialroi.paths.ConversionPathRow;
import io.socialroi.paths.ConversionPathService;
import io.socialroi.report.AttributionComparison;
import io.socialroi.report.ChannelPerformance;
import io.socialroi.report.ModelResult;
import io.socialroi.report.ReportService;
import io.socialroi.report.Roi;
import io.socialroi.report.ValueReturns;
import io.socialroi.report.ValueRoiService;
import io.socialroi.reporting.DateRangeInput;
import io.socialroi.reporting.Period;
import io.socialroi.reporting.RelativePeriods;
import io.socialroi.tracking.ConversionType;
import io.socialroi.workspace.CurrentWorkspace;
import io.socialroi.workspace.WorkspaceEntity;

/**
 * Runs a saved report: resolves its period rule on the clock's today in the workspace's time zone, then calls the
 * very service method its GraphQL report calls (no second formula) and lays the answer out as a table whose cells
 * are the texts the GraphQL answer would show.
 */
@ApplicationScoped
public class SavedReportRunner {

    /** WEEKLY_DIGEST: campaigns listed at most per section. */
    static final int DIGEST_ROWS = 3;

    /** TOP_PATHS: the first page of conversionPaths at its largest size. */
    static final int TOP_PATHS = 100;

    @Inject
    CurrentWorkspace workspace;
    @Inject
    Clock clock;
    @Inject
    ReportService reports;
    @Inject
    ValueRoiService valueRoi;
    @Inject
    CampaignService campaigns;
    @Inject
    TimeSeriesService timeSeries;
    @Inject
    FunnelService funnels;
    @Inject
    ConversionPathService paths;
    @Inject
    GoalService goals;
    @Inject
    BudgetPacingService pacing;
    @Inject
    AnomalyService anomalies;

    @Inject
    SavedReportService savedReports;
    @Inject
    BudgetAlertNotices notices;
    @Inject
    DeliveryLog log;

    /** The saved report named by its global ID run now, or BAD_ARGUMENT naming the id. */
    public SavedReportRun run(String globalId) {
        long id = GlobalId.decode(SavedReport.TYPE, globalId)
                .orElseThrow(() -> new BadArgumentException(GlobalId.notFound(SavedReport.TYPE, Echo.of(globalId))));
        SavedReportEntity report = savedReports.findEntity(id).orElseThrow(
                () -> new BadArgumentException(GlobalId.notFound(SavedReport.TYPE, Echo.of(globalId))));
        return run(report, clock.instant());
    }

    /** The saved report run as of {@code now}. */
    public SavedReportRun run(SavedReportEntity report, Instant now) {
        return run(report, now, null, null).run();
    }

    /** A schedule's run, and for BUDGET_ALERTS every budgeted campaign's alert, to remember once it is delivered. */
    public record ScheduledRun(SavedReportRun run, Map<Long, PacingAlert> budgetAlerts) {
    }

    /**
     * A schedule's run, as of its due time, telling only what is news to the schedule: a BUDGET_ALERTS report lists
     * the campaigns whose alert rose above what the schedule delivered before ({@link BudgetAlertNotices}); an
     * ANOMALY_ALERTS report the days after the last day its previous delivery (sent or skipped) covered, so a daily
     * schedule of LAST_7_DAYS tells yesterday's alerts and a weekly one the week's. Other kinds run as
     * {@link #run(SavedReportEntity, Instant)}.
     */
    public ScheduledRun runForSchedule(SavedReportEntity report, Instant now, long scheduleId) {
        LocalDate anomaliesAfter = null;
        if (report.kind == SavedReportKind.ANOMALY_ALERTS) {
            anomaliesAfter = log.lastDelivered(scheduleId, now).map(previous -> RelativePeriods.resolve(
                    report.periodRule, report.fixedFrom, report.fixedTo, previous, TimeZones.of(zone(workspace.entity())))
                    .to()).orElse(null);
        }
        return run(report, now, report.kind == SavedReportKind.BUDGET_ALERTS ? notices.told(scheduleId) : null,
                anomaliesAfter);
    }

    /**
     * {@code told}: for BUDGET_ALERTS, what the schedule delivered before (null: list every alert);
     * {@code anomaliesAfter}: for ANOMALY_ALERTS, the last day told before (null: the whole period).
     */
    private ScheduledRun run(SavedReportEntity report, Instant now, Map<Long, PacingAlert> told,
            LocalDate anomaliesAfter) {
        WorkspaceEntity ws = workspace.entity();
        String zone = zone(ws);
        Period period = RelativePeriods.resolve(report.periodRule, report.fixedFrom, report.fixedTo, now,
                TimeZones.of(zone));
        DateRangeInput range = new DateRangeInput();
        range.from = DateScalar.of(period.from());
        range.to = DateScalar.of(period.to());
        Map<Long, PacingAlert> alerts = new HashMap<>();
        ReportTable table = switch (report.kind) {
            case CAMPAIGN_PERFORMANCE -> campaignPerformance(report, range);
            case CHANNEL_PERFORMANCE -> channelPerformance(report, range);
            case TIME_SERIES -> timeSeries(report, range);
            case ATTRIBUTION_COMPARISON -> attributionComparison(report, range);
            case FUNNEL -> funnel(report, range);
            case TOP_PATHS -> topPaths(report, range);
            case GOALS -> goals(range);
            case VALUE_RETURNS -> valueReturns(report, range);
            case BUDGET_PACING -> budgetPacing(false, null, now, alerts);
            case BUDGET_ALERTS -> budgetPacing(true, told, now, alerts);
            case WEEKLY_DIGEST -> digest(report, range);
            case ANOMALY_ALERTS -> anomalies(anomaliesAfter == null || anomaliesAfter.isBefore(period.from())
                    ? period.from() : anomaliesAfter.plusDays(1), period.to());
        };
        return new ScheduledRun(new SavedReportRun(SavedReport.of(report), report.periodRule, range.from, range.to,
                zone, ws.reportingCurrency, table.columns(), table.rows()),
                report.kind == SavedReportKind.BUDGET_ALERTS ? alerts : null);
    }

    /** The zone period rules resolve in: the workspace's, UTC when it has none. */
    private static String zone(WorkspaceEntity ws) {
        return ws.timeZone == null ? "UTC" : ws.timeZone;
    }

    private ReportTable campaignPerformance(SavedReportEntity r, DateRangeInput period) {
        List<Campaign> all = campaigns.all();
        List<Roi> rois = reports.roi(all, period, attribution(r), types(r));
        List<DecimalScalar> conversions = reports.conversions(all, period, attribution(r), types(r));
        List<RoiCalculator.ValueFigures> values = valueRoi.figures(rois, OrganicClickSource.RECORDED);
        var table = ReportTable.with("campaign", TEXT, "cost", MONEY, "attributedRevenue", MONEY, "conversions", DECIMAL,
                "roiPercent", DECIMAL, "roas", DECIMAL, "valueRoiPercent", DECIMAL);
        for (int i = 0; i < all.size(); i++) {
            Roi roi = rois.get(i);
            table.row(all.get(i).getName(), roi.cost(), roi.revenue(), conversions.get(i), roi.percent(), roi.roas(),
                    DecimalScalar.of(values.get(i).percent()));
        }
        return table.build();
    }

    private ReportTable channelPerformance(SavedReportEntity r, DateRangeInput period) {
        var table = ReportTable.with("channel", TEXT, "cost", MONEY, "attributedRevenue", MONEY, "conversions", DECIMAL,
                "assistedConversions", INTEGER, "roiPercent", DECIMAL, "roas", DECIMAL);
        for (ChannelPerformance c : reports.channelPerformance(period, attribution(r), types(r))) {
            table.row(c.channel().name(), c.cost(), c.attributedRevenue(), c.conversions(), c.assistedConversions(),
                    c.roi().percent(), c.roi().roas());
        }
        return table.build();
    }

    private ReportTable timeSeries(SavedReportEntity r, DateRangeInput period) {
        TimeSeries series = timeSeries.timeSeries(r.metric, r.granularity, period,
                r.campaignId == null ? null : Campaign.globalId(r.campaignId),
                r.channelId == null ? null : Channel.globalId(r.channelId), attribution(r), types(r), null);
        var table = ReportTable.with("start", DATE, "end", DATE, r.metric.name(),
                series.currencyCode() == null ? DECIMAL : MONEY);
        for (TimeSeriesPoint point : series.points()) {
            table.row(point.start(), point.end(), point.value());
        }
        return table.build();
    }

    private ReportTable attributionComparison(SavedReportEntity r, DateRangeInput period) {
        List<AttributionModel> models = SavedReport.names(r.comparisonModels, AttributionModel.class);
        AttributionComparison comparison = reports.attributionComparison(period, models, r.lookbackDays, types(r));
        List<Object> header = new ArrayList<>(List.of("dimension", TEXT, "name", TEXT));
        for (AttributionModel model : comparison.models()) {
            header.addAll(List.of(model + ".attributedRevenue", MONEY, model + ".conversions", DECIMAL));
        }
        var table = ReportTable.with(header.toArray());
        comparison.channels().forEach(c -> table.row(comparisonRow("CHANNEL", c.channel().name(), c.results())));
        comparison.campaigns().forEach(c -> table.row(comparisonRow("CAMPAIGN", c.campaign().getName(), c.results())));
        return table.build();
    }

    private static Object[] comparisonRow(String dimension, String name, List<ModelResult> results) {
        List<Object> cells = new ArrayList<>(List.of(dimension, name));
        results.forEach(m -> cells.addAll(List.of(m.attributedRevenue(), m.conversions())));
        return cells.toArray();
    }

    private ReportTable funnel(SavedReportEntity r, DateRangeInput period) {
        Funnel funnel = funnels.funnel(period, r.channelId == null ? null : Channel.globalId(r.channelId));
        List<Object> header = new ArrayList<>(List.of("firstTouchChannel", TEXT));
        funnel.total().stages().forEach(s -> header.addAll(List.of(s.stage().name(), INTEGER)));
        var table = ReportTable.with(header.toArray());
        for (FunnelRow row : funnel.rows()) {
            table.row(funnelRow(row.channel() == null ? "(unattributed)" : row.channel().name(), row.stages()));
        }
        table.row(funnelRow("(total)", funnel.total().stages()));
        return table.build();
    }

    private static Object[] funnelRow(String label, List<FunnelStage> stages) {
        List<Object> cells = new ArrayList<>(List.of(label));
        stages.forEach(s -> cells.add(s.persons()));
        return cells.toArray();
    }

    private ReportTable topPaths(SavedReportEntity r, DateRangeInput period) {
        var table = ReportTable.with("path", TEXT, "conversions", INTEGER, "revenue", MONEY, "averageTouches", DECIMAL,
                "averageDaysToConversion", DECIMAL);
        for (ConversionPathRow path : paths.page(period, TOP_PATHS, null, types(r), r.lookbackDays).nodes()) {
            String channels = path.channels().isEmpty() ? "(no channel)"
                    : path.channels().stream().map(Channel::name).collect(Collectors.joining(" > "));
            table.row(channels, path.conversions(), path.revenue(), path.averageTouches(), path.averageDaysToConversion());
        }
        return table.build();
    }

    /** Every goal of the workspace evaluated on the period's last day (its own period runs from its startDate). */
    private ReportTable goals(DateRangeInput period) {
        List<Goal> all = goals.list(null);
        List<Campaign> of = goals.campaignOf(all);
        List<GoalProgress> progress = goals.progress(all, period.to);
        var table = ReportTable.with("goal", TEXT, "campaign", TEXT, "metric", TEXT, "target", DECIMAL, "deadline", DATE,
                "currentValue", DECIMAL, "progressPercent", DECIMAL, "projectedValue", DECIMAL, "status", TEXT);
        for (int i = 0; i < all.size(); i++) {
            Goal goal = all.get(i);
            GoalProgress p = progress.get(i);
            table.row(goal.getName(), of.get(i) == null ? null : of.get(i).getName(), goal.getMetric().name(),
                    goal.getTarget(), goal.getDeadline(), p.currentValue(), p.progressPercent(), p.projectedValue(),
                    p.status().name());
        }
        return table.build();
    }

    private ReportTable valueReturns(SavedReportEntity r, DateRangeInput period) {
        Roi roi = reports.workspaceRoi(period, attribution(r), types(r));
        ValueReturns v = ValueReturns.of(valueRoi.figures(List.of(roi), OrganicClickSource.RECORDED).get(0),
                roi.cost().currencyCode());
        return ReportTable.with("cost", MONEY, "attributedRevenue", MONEY, "attributedActionValue", MONEY,
                "earnedMediaValue", MONEY, "serviceSavings", MONEY, "totalReturns", MONEY, "netReturn", MONEY,
                "valueRoiPercent", DECIMAL, "roiPercent", DECIMAL)
                .row(roi.cost(), v.attributedRevenue(), v.attributedActionValue(), v.earnedMediaValue(),
                        v.serviceSavings(), v.total(), v.netReturn(), v.percent(), roi.percent())
                .build();
    }

    /**
     * Campaign.pacing of every campaign with a budget as of {@code now} (pacing is always as of the run's day,
     * whatever the period), by name; only those at WARNING or EXCEEDED when {@code alertsOnly}, and of those only
     * the ones whose alert is news against {@code told} when given. Every campaign's alert goes into {@code alerts}.
     */
    private ReportTable budgetPacing(boolean alertsOnly, Map<Long, PacingAlert> told, Instant now,
            Map<Long, PacingAlert> alerts) {
        List<Campaign> budgeted = campaigns.all().stream().filter(c -> c.getBudget() != null).toList();
        List<BudgetPacing> paces = pacing.pacing(budgeted, now);
        var table = ReportTable.with("campaign", TEXT, "budget", MONEY, "costToDate", MONEY, "plannedToDate", MONEY,
                "spentPercent", DECIMAL, "projectedSpend", MONEY, "projectedPercent", DECIMAL, "status", TEXT,
                "alert", TEXT);
        for (int i = 0; i < budgeted.size(); i++) {
            BudgetPacing p = paces.get(i);
            long campaign = budgeted.get(i).databaseId();
            alerts.put(campaign, p.alert());
            if (alertsOnly && (p.alert() == PacingAlert.NONE
                    || told != null && !BudgetAlertNotices.isNews(p.alert(), told.get(campaign)))) {
                continue;
            }
            table.row(budgeted.get(i).getName(), p.budget(), p.costToDate(), p.plannedToDate(), p.spentPercent(),
                    p.projectedSpend(), p.projectedPercent(), p.status().name(), p.alert().name());
        }
        return table.build();
    }

    /**
     * The digest (docs/delivery.md): the period against the one of the same length just before it. Every figure is
     * an answer of the service its GraphQL field calls: the workspace's Roi and Roi.valuePercent, Campaign.roi of
     * every campaign in both periods, Goal.progress on the period's last day.
     */
    private ReportTable digest(SavedReportEntity r, DateRangeInput period) {
        LocalDate from = period.from.value().orElseThrow();
        LocalDate to = period.to.value().orElseThrow();
        DateRangeInput previous = new DateRangeInput();
        previous.to = DateScalar.of(from.minusDays(1));
        previous.from = DateScalar.of(from.minusDays(ChronoUnit.DAYS.between(from, to) + 1));
        var table = ReportTable.with("section", TEXT, "item", TEXT, "metric", TEXT, "current", DECIMAL, "previous",
                DECIMAL, "change", DECIMAL);

        Roi now = reports.workspaceRoi(period, attribution(r), types(r));
        Roi before = reports.workspaceRoi(previous, attribution(r), types(r));
        List<RoiCalculator.ValueFigures> values = valueRoi.figures(List.of(now, before), OrganicClickSource.RECORDED);
        digestRow(table, DigestSection.WORKSPACE, "workspace", "cost", now.cost().amount(), before.cost().amount());
        digestRow(table, DigestSection.WORKSPACE, "workspace", "revenue", now.revenue().amount(),
                before.revenue().amount());
        digestRow(table, DigestSection.WORKSPACE, "workspace", "roiPercent", now.percent(), before.percent());
        digestRow(table, DigestSection.WORKSPACE, "workspace", "valueRoiPercent",
                DecimalScalar.of(values.get(0).percent()), DecimalScalar.of(values.get(1).percent()));

        List<Campaign> all = campaigns.all();
        List<Roi> current = reports.roi(all, period, attribution(r), types(r));
        List<Roi> earlier = reports.roi(all, previous, attribution(r), types(r));
        List<Integer> withRoi = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (current.get(i).percent() != null) {
                withRoi.add(i);
            }
        }
        Comparator<Integer> byRoi = Comparator.comparing(i -> decimal(current.get(i).percent()));
        // with few campaigns the top takes the better half, so a campaign is never both top and bottom
        int topCount = Math.min(DIGEST_ROWS, (withRoi.size() + 1) / 2);
        List<Integer> best = withRoi.stream().sorted(byRoi.reversed().thenComparing(i -> all.get(i).getName()))
                .limit(topCount).toList();
        best.forEach(i -> digestRow(table, DigestSection.TOP_ROI, all.get(i).getName(), "roiPercent",
                current.get(i).percent(), earlier.get(i).percent()));
        withRoi.stream().filter(i -> !best.contains(i)).sorted(byRoi.thenComparing(i -> all.get(i).getName()))
                .limit(DIGEST_ROWS).forEach(i -> digestRow(table, DigestSection.BOTTOM_ROI, all.get(i).getName(),
                        "roiPercent", current.get(i).percent(), earlier.get(i).percent()));

        List<Goal> goalList = goals.list(null);
        List<GoalProgress> progress = goals.progress(goalList, period.to);
        for (int i = 0; i < goalList.size(); i++) {
            GoalProgress p = progress.get(i);
            if (p.status() == GoalStatus.AT_RISK) {
                Goal goal = goalList.get(i);
                table.row(DigestSection.GOAL_AT_RISK.name(), goal.getName(), goal.getMetric().name() + " (target "
                        + goal.getTarget().text() + " by " + goal.getDeadline() + ")", p.currentValue(), null, null);
            }
        }

        // movers: the largest changes of attributed revenue, up or down
        List<Integer> movers = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (change(current.get(i).revenue().amount(), earlier.get(i).revenue().amount()).signum() != 0) {
                movers.add(i);
            }
        }
        movers.stream().sorted(Comparator.comparing((Integer i) -> change(current.get(i).revenue().amount(),
                earlier.get(i).revenue().amount()).abs()).reversed().thenComparing(i -> all.get(i).getName()))
                .limit(DIGEST_ROWS).forEach(i -> digestRow(table, DigestSection.MOVER, all.get(i).getName(),
                        "attributedRevenue", current.get(i).revenue().amount(), earlier.get(i).revenue().amount()));
        return table.build();
    }

    /** The anomaly alerts of the days first..last (none when first is after last), not acknowledged yet. */
    private ReportTable anomalies(LocalDate first, LocalDate last) {
        var table = ReportTable.with("day", DATE, "metric", TEXT, "scope", TEXT, "name", TEXT, "value", DECIMAL,
                "lower", DECIMAL, "upper", DECIMAL, "median", DECIMAL, "direction", TEXT, "likelyCause", TEXT);
        for (AnomalyAlert a : first.isAfter(last) ? List.<AnomalyAlert>of() : anomalies.open(first, last)) {
            table.row(a.day(), a.metric().name(), a.scope().name(), a.scopeName(), a.value(), a.lower(), a.upper(),
                    a.median(), a.direction(), a.likelyCause());
        }
        return table.build();
    }

    private static void digestRow(ReportTable.Builder table, DigestSection section, String item, String metric,
            DecimalScalar current, DecimalScalar previous) {
        BigDecimal change = current == null || previous == null ? null : change(current, previous);
        table.row(section.name(), item, metric, current, previous, DecimalScalar.of(change));
    }

    private static BigDecimal change(DecimalScalar current, DecimalScalar previous) {
        return decimal(current).subtract(decimal(previous));
    }

    private static BigDecimal decimal(DecimalScalar value) {
        return value.value().orElseThrow();
    }

    private static AttributionInput attribution(SavedReportEntity r) {
        AttributionInput input = new AttributionInput();
        input.model = r.model;
        input.lookbackDays = r.lookbackDays;
        input.halfLifeHours = r.halfLifeHours;
        input.firstWeight = r.firstWeight == null ? null : DecimalScalar.of(r.firstWeight);
        input.lastWeight = r.lastWeight == null ? null : DecimalScalar.of(r.lastWeight);
        return input;
    }

    private static List<ConversionType> types(SavedReportEntity r) {
        return r.conversionTypes == null ? null : SavedReport.names(r.conversionTypes, ConversionType.class);
    }
}
