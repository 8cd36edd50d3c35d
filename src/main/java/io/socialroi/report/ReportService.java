package io.socialroi.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.attribution.AttributionArguments;
import io.socialroi.attribution.AttributionInput;
import io.socialroi.attribution.AttributionModel;
import io.socialroi.attribution.AttributionSettings;
import io.socialroi.attribution.ReportScope;
import io.socialroi.campaign.Campaign;
import io.socialroi.campaign.CampaignService;
import io.socialroi.channel.Channel;
import io.socialroi.channel.ChannelService;
import io.socialroi.common.BadArgumentException;
import io.socialroi.common.Currencies;
import io.socialroi.common.DateScalar;
import io.socialroi.common.DecimalScalar;
import io.socialroi.common.Echo;
import io.socialroi.common.GlobalId;
import io.socialroi.cost.CostCategory;
import io.socialroi.engagement.EngagementMath;
import io.socialroi.engagement.EngagementQueries;
import io.socialroi.money.Money;
import io.socialroi.money.RoiCalculator;
import io.socialroi.reporting.DateRangeInput;
import io.socialroi.reporting.Granularity;
import io.socialroi.reporting.Period;
import io.socialroi.reporting.Periods;
import io.socialroi.reporting.TimeBuckets;
import io.socialroi.tracking.ConversionType;
import io.socialroi.tracking.MediaType;
import io.socialroi.workspace.CurrentWorkspace;

/**
 * Computed figures of campaigns and channels. Every method answers for a whole list of campaigns with
 * a constant number of statements, so a page of 100 campaigns costs what a page of 1 does.
 */
@ApplicationScoped
public class ReportService {

    @Inject
    CurrentWorkspace workspace;
    @Inject
    ReportQueries queries;
    @Inject
    AttributionArguments attributionArguments;
    @Inject
    ChannelService channels;
    @Inject
    CampaignService campaigns;
    @Inject
    EngagementQueries engagementQueries;
    @Inject
    io.socialroi.earned.EarnedMediaQueries earnedMediaQueries;
    @Inject
    io.socialroi.savings.ServiceSavingsQueries savingsQueries;

    ReportScope scope(DateRangeInput period, AttributionInput attribution, List<ConversionType> types) {
        AttributionSettings settings = attributionArguments.settings(attribution);
        return new ReportScope(workspace.id(), workspace.reportingCurrency(), Periods.of(period), settings,
                ReportArguments.types(types)).withStoredCredits(attributionArguments.storedCreditsAnswer(settings));
    }

    public List<Money> totalCost(List<Campaign> campaigns, DateRangeInput period) {
        var scope = scope(period, null, null);
        var costs = queries.costsByCampaign(scope, ids(campaigns));
        return campaigns.stream()
                .map(c -> Money.of(sum(costs.getOrDefault(c.databaseId(), Map.of())), scope.reportingCurrency()))
                .toList();
    }

    /** Every category, in a fixed order, zero where nothing was spent: charts need stable rows. */
    public List<List<CostCategoryTotal>> costBreakdown(List<Campaign> campaigns, DateRangeInput period) {
        var scope = scope(period, null, null);
        var costs = queries.costsByCampaign(scope, ids(campaigns));
        return campaigns.stream().map(c -> {
            Map<CostCategory, BigDecimal> byCategory = costs.getOrDefault(c.databaseId(), Map.of());
            List<CostCategoryTotal> totals = new ArrayList<>();
            for (CostCategory category : CostCategory.values()) {
                totals.add(new CostCategoryTotal(category,
                        Money.of(byCategory.getOrDefault(category, BigDecimal.ZERO), scope.reportingCurrency())));
            }
            return totals;
        }).toList();
    }

    public List<Money> attributedRevenue(List<Campaign> campaigns, DateRangeInput period, AttributionInput attribution,
            List<ConversionType> types) {
        var scope = scope(period, attribution, types);
        var credits = queries.creditsByCampaign(scope, ids(campaigns), false);
        return campaigns.stream()
                .map(c -> Money.of(credits.getOrDefault(c.databaseId(), ReportQueries.Credits.NONE).revenue(),
                        scope.reportingCurrency()))
                .toList();
    }

    /** Action value (the value set per conversion type) of the period's conversions credited to each campaign. */
    public List<Money> attributedValue(List<Campaign> campaigns, DateRangeInput period, AttributionInput attribution,
            List<ConversionType> types) {
        var scope = scope(period, attribution, types).withActionValues();
        var credits = queries.creditsByCampaign(scope, ids(campaigns), false);
        return campaigns.stream()
                .map(c -> Money.of(credits.getOrDefault(c.databaseId(), ReportQueries.Credits.NONE).revenue(),
                        scope.reportingCurrency()))
                .toList();
    }

    public List<DecimalScalar> conversions(List<Campaign> campaigns, DateRangeInput period, AttributionInput attribution,
            List<ConversionType> types) {
        var scope = scope(period, attribution, types);
        var credits = queries.creditsByCampaign(scope, ids(campaigns), true);
        return campaigns.stream()
                .map(c -> conversionCount(credits.getOrDefault(c.databaseId(), ReportQueries.Credits.NONE).conversions()))
                .toList();
    }

    public List<Roi> roi(List<Campaign> campaigns, DateRangeInput period, AttributionInput attribution,
            List<ConversionType> types) {
        var scope = scope(period, attribution, types);
        var costs = queries.costsByCampaign(scope, ids(campaigns));
        var credits = queries.creditsByCampaign(scope, ids(campaigns), false);
        return campaigns.stream().map(c -> {
            Map<CostCategory, BigDecimal> byCategory = costs.getOrDefault(c.databaseId(), Map.of());
            BigDecimal revenue = credits.getOrDefault(c.databaseId(), ReportQueries.Credits.NONE).revenue();
            BigDecimal cost = sum(byCategory);
            return Roi.of(RoiCalculator.compute(cost, revenue, byCategory.getOrDefault(CostCategory.AD_SPEND, BigDecimal.ZERO)),
                    scope.reportingCurrency(), new RoiSubject(RoiSubject.Kind.CAMPAIGN, c.databaseId(), scope, cost, revenue));
        }).toList();
    }

    /** One row per channel of the workspace (zeros included), by channel name. */
    public List<ChannelPerformance> channelPerformance(DateRangeInput period, AttributionInput attribution,
            List<ConversionType> types) {
        var scope = scope(period, attribution, types);
        var costs = queries.costsByChannel(scope);
        var figures = queries.channelFigures(scope);
        String currency = scope.reportingCurrency();
        List<ChannelPerformance> rows = new ArrayList<>();
        for (Channel channel : channels.list()) {
            long id = ChannelService.databaseId(channel);
            Map<CostCategory, BigDecimal> byCategory = costs.getOrDefault(id, Map.of());
            BigDecimal adSpend = byCategory.getOrDefault(CostCategory.AD_SPEND, BigDecimal.ZERO);
            // (these maps may hold a null key: no Map.of() defaults, which refuse null look-ups)
            ReportQueries.ChannelFigures channelFigures = figures.get(id);
            Map<MediaType, ReportQueries.Credits> byMedia = channelFigures == null ? java.util.Collections.emptyMap()
                    : channelFigures.byMediaType();
            Map<MediaType, Long> assists = channelFigures == null ? java.util.Collections.emptyMap()
                    : channelFigures.assistedByMediaType();
            BigDecimal revenue = byMedia.values().stream().map(ReportQueries.Credits::revenue)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal conversions = byMedia.values().stream().map(ReportQueries.Credits::conversions)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            var roi = RoiCalculator.compute(sum(byCategory), revenue, adSpend);
            List<MediaTypePerformance> media = new ArrayList<>();
            for (MediaType type : MediaType.values()) {
                ReportQueries.Credits c = byMedia.getOrDefault(type, ReportQueries.Credits.NONE);
                BigDecimal roas = type == MediaType.PAID ? RoiCalculator.compute(adSpend, c.revenue(), adSpend).roas() : null;
                media.add(new MediaTypePerformance(type, Money.of(c.revenue(), currency), conversionCount(c.conversions()),
                        assists.getOrDefault(type, 0L).intValue(), DecimalScalar.of(roas)));
            }
            if (byMedia.containsKey(null)) {
                ReportQueries.Credits c = byMedia.get(null);
                media.add(new MediaTypePerformance(null, Money.of(c.revenue(), currency), conversionCount(c.conversions()),
                        0, null));
            }
            rows.add(new ChannelPerformance(channel, Money.of(roi.cost(), currency), Money.of(revenue, currency),
                    conversionCount(conversions), channelFigures == null ? 0 : (int) channelFigures.assisted(),
                    Roi.of(roi, currency, new RoiSubject(RoiSubject.Kind.CHANNEL, id, scope, roi.cost(), revenue)), media));
        }
        return rows;
    }

    /** Revenue and conversions per channel and campaign under each requested model: one statement per model. */
    public AttributionComparison attributionComparison(DateRangeInput period, List<AttributionModel> models,
            Integer lookbackDays, List<ConversionType> types) {
        List<AttributionModel> distinct = models == null ? List.of() : models.stream().distinct().toList();
        if (distinct.isEmpty()) {
            throw new BadArgumentException("models must name at least one attribution model.");
        }
        AttributionInput base = new AttributionInput();
        base.lookbackDays = lookbackDays;
        var scope = scope(period, base, types);
        String currency = scope.reportingCurrency();
        Map<AttributionModel, ReportQueries.ChannelAndCampaignCredits> byModel = new LinkedHashMap<>();
        for (AttributionModel model : distinct) {
            AttributionSettings settings = scope.attribution().withModel(model);
            byModel.put(model, queries.creditsByChannelAndCampaign(new ReportScope(scope.workspaceId(), currency,
                    scope.period(), settings, scope.conversionTypes())
                    .withStoredCredits(attributionArguments.storedCreditsAnswer(settings))));
        }
        List<ChannelModelComparison> channelRows = channels.list().stream().map(channel -> {
            long id = ChannelService.databaseId(channel);
            return new ChannelModelComparison(channel, distinct.stream()
                    .map(m -> result(m, byModel.get(m).byChannel().get(id), currency)).toList());
        }).toList();
        List<CampaignModelComparison> campaignRows = campaigns.all().stream()
                .map(campaign -> new CampaignModelComparison(campaign, distinct.stream()
                        .map(m -> result(m, byModel.get(m).byCampaign().get(campaign.databaseId()), currency)).toList()))
                .toList();
        return new AttributionComparison(distinct, channelRows, campaignRows, attributionSummary(period, base, types));
    }

    private static ModelResult result(AttributionModel model, ReportQueries.Credits credits, String currency) {
        ReportQueries.Credits c = credits == null ? ReportQueries.Credits.NONE : credits;
        return new ModelResult(model, Money.of(c.revenue(), currency), conversionCount(c.conversions()));
    }

    public TimeSeries timeSeries(TimeSeriesMetric metric, Granularity granularity, DateRangeInput periodInput,
            String campaignId, String channelId, AttributionInput attribution, List<ConversionType> types,
            MediaType mediaType) {
        if (periodInput == null) {
            throw new BadArgumentException("period is required for a time series.");
        }
        if (mediaType != null && !metric.isEngagement()) {
            throw new BadArgumentException("mediaType applies to the engagement metrics only, not to " + metric + ".");
        }
        var scope = scope(periodInput, attribution, types);
        Period period = scope.period();
        Long campaign = campaignId == null ? null : GlobalId.decode(Campaign.TYPE, campaignId)
                .filter(id -> !campaigns.findByIds(List.of(id)).isEmpty())
                .orElseThrow(() -> new BadArgumentException("campaignId " + Echo.of(campaignId) + " is no campaign of yours."));
        Long channel = channelId == null ? null : GlobalId.decode(Channel.TYPE, channelId)
                .filter(id -> !channels.findByIds(List.of(id)).isEmpty())
                .orElseThrow(() -> new BadArgumentException("channelId " + Echo.of(channelId) + " is no channel of yours."));
        List<LocalDate> starts = TimeBuckets.starts(granularity, period.from(), period.to());
        if (starts.size() > TimeBuckets.MAX_BUCKETS) {
            throw new BadArgumentException("A series has at most " + TimeBuckets.MAX_BUCKETS + " buckets; this one would have "
                    + starts.size() + ": choose a coarser granularity or a shorter period.");
        }
        boolean valueRoi = metric == TimeSeriesMetric.VALUE_ROI;
        boolean attributed = metric == TimeSeriesMetric.REVENUE || metric == TimeSeriesMetric.ROI
                || metric == TimeSeriesMetric.CONVERSIONS || valueRoi;
        Map<LocalDate, BigDecimal> costs = metric == TimeSeriesMetric.COST || metric == TimeSeriesMetric.ROI || valueRoi
                ? queries.costsByBucket(scope, granularity, campaign, channel) : Map.of();
        Map<LocalDate, ReportQueries.Credits> actionValues = valueRoi
                ? queries.creditsByBucket(scope.withActionValues(), granularity, campaign, channel, false) : Map.of();
        Map<LocalDate, BigDecimal> earned = metric == TimeSeriesMetric.EARNED_MEDIA_VALUE || valueRoi
                ? earnedMedia(scope, granularity, campaign, channel) : Map.of();
        Map<LocalDate, ReportQueries.Credits> credits = !attributed ? Map.of()
                : queries.creditsByBucket(scope, granularity, campaign, channel, metric == TimeSeriesMetric.CONVERSIONS);
        Map<LocalDate, EngagementQueries.Counts> engagement = metric.isEngagement()
                ? engagementQueries.byBucket(scope.workspaceId(), granularity, period, campaign, channel, mediaType) : Map.of();
        Map<LocalDate, BigDecimal> savings = metric == TimeSeriesMetric.SERVICE_SAVINGS || valueRoi
                ? savingsQueries.byBucket(scope.workspacePeriod(), granularity, campaign, channel) : Map.of();
        String currency = scope.reportingCurrency();
        List<TimeSeriesPoint> points = new ArrayList<>();
        for (LocalDate start : starts) {
            LocalDate end = TimeBuckets.end(granularity, start);
            BigDecimal cost = costs.getOrDefault(start, BigDecimal.ZERO);
            ReportQueries.Credits credit = credits.getOrDefault(start, ReportQueries.Credits.NONE);
            EngagementQueries.Counts counts = engagement.getOrDefault(start, EngagementQueries.Counts.NONE);
            long engagements = counts.likes() + counts.comments() + counts.shares() + counts.saves();
            BigDecimal value;
            String reason = null;
            switch (metric) {
                case COST -> value = Currencies.roundToMinorUnit(cost, currency);
                case REVENUE -> value = Currencies.roundToMinorUnit(credit.revenue(), currency);
                case SERVICE_SAVINGS -> value = Currencies.roundToMinorUnit(savings.getOrDefault(start, BigDecimal.ZERO),
                        currency);
                case CONVERSIONS -> value = credit.conversions().setScale(2, RoundingMode.HALF_EVEN);
                case ROI -> {
                    var roi = RoiCalculator.compute(cost, credit.revenue(), BigDecimal.ZERO);
                    value = roi.percent();
                    reason = roi.undefinedReason();
                }
                case EARNED_MEDIA_VALUE -> value = Currencies.roundToMinorUnit(earned.getOrDefault(start, BigDecimal.ZERO),
                        currency);
                case VALUE_ROI -> {
                    var roi = RoiCalculator.valueBased(cost, credit.revenue(),
                            actionValues.getOrDefault(start, ReportQueries.Credits.NONE).revenue(),
                            earned.getOrDefault(start, BigDecimal.ZERO), savings.getOrDefault(start, BigDecimal.ZERO));
                    value = roi.percent();
                    reason = roi.undefinedReason();
                }
                case IMPRESSIONS -> value = BigDecimal.valueOf(counts.impressions());
                case REACH -> value = BigDecimal.valueOf(counts.reach());
                case ENGAGEMENTS -> value = BigDecimal.valueOf(engagements);
                case CLICKS -> value = BigDecimal.valueOf(counts.clicks());
                case VIDEO_VIEWS -> value = BigDecimal.valueOf(counts.videoViews());
                case FOLLOWERS_GAINED -> value = BigDecimal.valueOf(counts.followersGained());
                case NET_FOLLOWERS -> value = BigDecimal.valueOf(counts.followersGained() - counts.followersLost());
                case ENGAGEMENT_RATE, CLICK_THROUGH_RATE -> {
                    value = EngagementMath.percent(metric == TimeSeriesMetric.ENGAGEMENT_RATE ? engagements
                            : counts.clicks(), counts.impressions());
                    reason = value == null ? EngagementMath.NO_IMPRESSIONS : null;
                }
                default -> throw new IllegalStateException("no series for " + metric);
            }
            points.add(new TimeSeriesPoint(DateScalar.of(start.isBefore(period.from()) ? period.from() : start),
                    DateScalar.of(end.isAfter(period.to()) ? period.to() : end), DecimalScalar.of(value), reason));
        }
        return new TimeSeries(metric, granularity, metric.isMoney() ? currency : null, points);
    }

    /** Earned media value per bucket (recorded organic clicks) of a campaign, else a channel, else the workspace. */
    private Map<LocalDate, BigDecimal> earnedMedia(ReportScope scope, Granularity granularity, Long campaign,
            Long channel) {
        if (campaign != null && channel != null) {
            throw new BadArgumentException("EARNED_MEDIA_VALUE and VALUE_ROI series take campaignId or channelId, not both.");
        }
        var target = campaign != null ? io.socialroi.earned.EarnedMediaQueries.Target.CAMPAIGN
                : channel != null ? io.socialroi.earned.EarnedMediaQueries.Target.CHANNEL
                : io.socialroi.earned.EarnedMediaQueries.Target.WORKSPACE;
        Long id = campaign != null ? campaign : channel;
        return earnedMediaQueries.totalByBucket(scope.workspacePeriod(), target, id == null ? List.of() : List.of(id),
                io.socialroi.earned.OrganicClickSource.RECORDED, granularity);
    }

    public AttributionSummary attributionSummary(DateRangeInput period, AttributionInput attribution,
            List<ConversionType> types) {
        var scope = scope(period, attribution, types);
        var s = queries.summary(scope);
        String currency = scope.reportingCurrency();
        return new AttributionSummary((int) s.conversions(), Money.of(s.revenue(), currency),
                (int) s.unattributedConversions(), Money.of(s.unattributedRevenue(), currency),
                (int) s.withoutChannelConversions(), Money.of(s.withoutChannelRevenue(), currency));
    }

    // ---- the whole workspace (goals on the workspace) --------------------------------------------

    /**
     * ROI of the whole workspace: every cost entry against the revenue of every conversion of the period (of the
     * given types), attributed or not: at the workspace level credits sum to each conversion's whole revenue.
     */
    public Roi workspaceRoi(DateRangeInput period, AttributionInput attribution, List<ConversionType> types) {
        var scope = scope(period, attribution, types);
        Map<CostCategory, BigDecimal> byCategory = queries.costsOfWorkspace(scope);
        BigDecimal revenue = queries.summary(scope).revenue();
        BigDecimal cost = sum(byCategory);
        return Roi.of(RoiCalculator.compute(cost, revenue, byCategory.getOrDefault(CostCategory.AD_SPEND, BigDecimal.ZERO)),
                scope.reportingCurrency(), new RoiSubject(RoiSubject.Kind.WORKSPACE, 0L, scope, cost, revenue));
    }

    /** The conversions of the period (of the given types) in the workspace, each counted once. */
    public DecimalScalar workspaceConversions(DateRangeInput period, AttributionInput attribution,
            List<ConversionType> types) {
        return conversionCount(BigDecimal.valueOf(queries.summary(scope(period, attribution, types)).conversions()));
    }

    /** The action value (per conversion type) of every conversion of the period in the workspace. */
    public Money workspaceAttributedValue(DateRangeInput period, AttributionInput attribution,
            List<ConversionType> types) {
        var scope = scope(period, attribution, types).withActionValues();
        return Money.of(queries.summary(scope).revenue(), scope.reportingCurrency());
    }

    /** Credited conversions are sums of 10-decimal credits; the API shows them to 2 decimals. */
    static DecimalScalar conversionCount(BigDecimal credits) {
        return DecimalScalar.of(credits.setScale(2, RoundingMode.HALF_EVEN));
    }

    private static List<Long> ids(List<Campaign> campaigns) {
        return campaigns.stream().map(Campaign::databaseId).distinct().toList();
    }

    private static BigDecimal sum(Map<CostCategory, BigDecimal> byCategory) {
        return byCategory.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
