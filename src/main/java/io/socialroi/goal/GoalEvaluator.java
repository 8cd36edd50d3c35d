package io.socialroi.goal;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.attribution.AttributionInput;
import io.socialroi.campaign.Campaign;
import io.socialroi.channel.ChannelService;
import io.socialroi.common.DecimalScalar;
import io.socialroi.earned.OrganicClickSource;
import io.socialroi.engagement.Engagement;
import io.socialroi.engagement.EngagementMath;
import io.socialroi.engagement.EngagementReportService;
import io.socialroi.money.Money;
import io.socialroi.report.ReportService;
import io.socialroi.reporting.DateRangeInput;
import io.socialroi.tracking.ConversionType;

/**
 * The value of a {@link GoalMetric} over a period, for a list of campaigns at once (one service call per
 * metric, whatever the number of campaigns) or for the whole workspace. The campaign figures are exactly those
 * of the Campaign fields (totalCost, attributedRevenue, conversions, roi, attributedValue, engagement); the
 * workspace figures are: cost = every cost entry, revenue and conversions = every conversion of the period
 * (attributed or not, each counted once), engagement = the channels' own totals (rows without a campaign) summed
 * over every channel, as Channel.engagement reports them.
 *
 * <p>Adding a metric: a constant in {@link GoalMetric} and one case in {@link #evaluate}, naming the campaign
 * list method and the workspace figure (or null when there is none: workspace goals then read "undefined").
 */
@ApplicationScoped
public class GoalEvaluator {

    public static final String NO_AD_SPEND = "No ad spend in the period: ROAS is undefined.";
    public static final String NO_WORKSPACE_FIGURE = "This metric is measured on campaign goals only.";

    /** A metric's value, or null with the reason it is undefined. */
    public record Value(BigDecimal value, String undefinedReason) {
        static Value of(BigDecimal value) {
            return new Value(value, null);
        }

        static Value of(DecimalScalar value, String reasonWhenNull) {
            return value == null ? new Value(null, reasonWhenNull) : new Value(value.value().orElseThrow(), null);
        }

        static Value of(Money money) {
            return of(money.amount().value().orElseThrow());
        }
    }

    /** Whose value: these campaigns (one value each, in order) or, when null, the whole workspace (one value). */
    public record Subjects(List<Campaign> campaigns) {
        public static final Subjects WORKSPACE = new Subjects(null);
    }

    @Inject
    ReportService reports;
    @Inject
    EngagementReportService engagement;
    @Inject
    ChannelService channels;
    @Inject
    io.socialroi.earned.EarnedMediaService earnedMedia;
    @Inject
    io.socialroi.savings.ServiceSavingsReports savings;
    @Inject
    io.socialroi.report.ValueRoiService valueRoi;

    public List<Value> evaluate(GoalMetric metric, Subjects s, DateRangeInput period, AttributionInput attribution,
            ConversionType conversionType) {
        List<ConversionType> types = conversionType == null ? null : List.of(conversionType);
        return switch (metric) {
            case REVENUE -> of(s, cs -> reports.attributedRevenue(cs, period, attribution, null),
                    () -> reports.workspaceRoi(period, attribution, null).revenue(), Value::of);
            case COST -> of(s, cs -> reports.totalCost(cs, period),
                    () -> reports.workspaceRoi(period, attribution, null).cost(), Value::of);
            case NET_RETURN -> of(s, cs -> reports.roi(cs, period, attribution, null),
                    () -> reports.workspaceRoi(period, attribution, null), r -> Value.of(r.netReturn()));
            case ROI -> of(s, cs -> reports.roi(cs, period, attribution, null),
                    () -> reports.workspaceRoi(period, attribution, null), r -> Value.of(r.percent(), r.undefinedReason()));
            case ROAS -> of(s, cs -> reports.roi(cs, period, attribution, null),
                    () -> reports.workspaceRoi(period, attribution, null), r -> Value.of(r.roas(), NO_AD_SPEND));
            case CONVERSIONS -> of(s, cs -> reports.conversions(cs, period, attribution, types),
                    () -> reports.workspaceConversions(period, attribution, types), c -> Value.of(c, null));
            case ATTRIBUTED_VALUE -> of(s, cs -> reports.attributedValue(cs, period, attribution, null),
                    () -> reports.workspaceAttributedValue(period, attribution, null), Value::of);
            case IMPRESSIONS -> engagement(s, period, e -> Value.of(BigDecimal.valueOf(e.impressions())));
            case ENGAGEMENTS -> engagement(s, period, e -> Value.of(BigDecimal.valueOf(e.engagements())));
            case ENGAGEMENT_RATE -> engagement(s, period,
                    e -> Value.of(DecimalScalar.of(EngagementMath.percent(e.engagements(), e.impressions())),
                            EngagementMath.NO_IMPRESSIONS));
            case CLICKS -> engagement(s, period, e -> Value.of(BigDecimal.valueOf(e.clicks())));
            case CLICK_THROUGH_RATE -> engagement(s, period,
                    e -> Value.of(DecimalScalar.of(EngagementMath.percent(e.clicks(), e.impressions())),
                            EngagementMath.NO_IMPRESSIONS));
            case FOLLOWERS_GAINED -> engagement(s, period, e -> Value.of(BigDecimal.valueOf(e.followersGained())));
            case NET_FOLLOWERS -> engagement(s, period, e -> Value.of(BigDecimal.valueOf(e.netFollowers())));
            case EARNED_MEDIA_VALUE -> of(s, cs -> earnedMedia.ofCampaigns(cs, period, OrganicClickSource.RECORDED),
                    () -> earnedMedia.ofWorkspace(period, OrganicClickSource.RECORDED), e -> Value.of(e.total()));
            case SERVICE_SAVINGS -> of(s, cs -> savings.ofCampaigns(cs, period), () -> savings.ofWorkspace(period),
                    v -> Value.of(v.savings()));
            case VALUE_ROI -> of(s, cs -> valueRoi.figures(reports.roi(cs, period, attribution, null), OrganicClickSource.RECORDED),
                    () -> valueRoi.figures(List.of(reports.workspaceRoi(period, attribution, null)),
                            OrganicClickSource.RECORDED).get(0),
                    v -> new Value(v.percent(), v.undefinedReason()));
        };
    }

    /** Sums of engagement a goal can measure. */
    public record EngagementCounts(long impressions, long engagements, long clicks, long followersGained,
            long netFollowers) {
        static EngagementCounts of(Engagement e) {
            return new EngagementCounts(e.impressions(), e.engagements(), e.clicks(), e.followersGained(), e.netFollowers());
        }

        EngagementCounts plus(EngagementCounts o) {
            return new EngagementCounts(impressions + o.impressions, engagements + o.engagements, clicks + o.clicks,
                    followersGained + o.followersGained, netFollowers + o.netFollowers);
        }
    }

    private List<Value> engagement(Subjects s, DateRangeInput period, Function<EngagementCounts, Value> value) {
        return of(s, cs -> engagement.ofCampaigns(cs, period).stream().map(EngagementCounts::of).toList(),
                () -> engagement.ofChannels(channels.list(), period).stream().map(EngagementCounts::of)
                        .reduce(new EngagementCounts(0, 0, 0, 0, 0), EngagementCounts::plus),
                value);
    }

    /**
     * @param forCampaigns the figure of a list of campaigns, in order (one call for the whole list)
     * @param forWorkspace the figure of the workspace; null when the metric has none
     */
    private static <T> List<Value> of(Subjects s, Function<List<Campaign>, List<T>> forCampaigns,
            Supplier<T> forWorkspace, Function<T, Value> value) {
        if (s.campaigns() != null) {
            return forCampaigns.apply(s.campaigns()).stream().map(value).toList();
        }
        return List.of(forWorkspace == null ? new Value(null, NO_WORKSPACE_FIGURE) : value.apply(forWorkspace.get()));
    }

}
