package io.socialroi.metric;

import java.math.BigDecimal;

import io.socialroi.engagement.EngagementMath;
import io.socialroi.money.RoiCalculator;

/**
 * The sums of some {@link DailyLeaf}s and the daily metrics they make, by the formulas the catalogue's definitions
 * use per bucket: cost and credits summed, ROI by {@link RoiCalculator} of the sums (RoiMetric), engagement rate by
 * {@link EngagementMath} of the sums (EngagementRateMetric): a rate of the sums, not a sum of rates. Pure.
 */
public record DailyTotals(BigDecimal cost, BigDecimal revenue, BigDecimal conversions, long engagements,
        long impressions) {

    public static final DailyTotals NONE = new DailyTotals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0);

    public DailyTotals plus(DailyLeaf leaf) {
        return new DailyTotals(cost.add(leaf.cost()), revenue.add(leaf.revenue()), conversions.add(leaf.conversions()),
                engagements + leaf.engagements(), impressions + leaf.impressions());
    }

    /** The metrics {@link DailyLeaves} serves. */
    public static boolean supports(TimeSeriesMetric metric) {
        return switch (metric) {
            case COST, REVENUE, CONVERSIONS, ROI, ENGAGEMENT_RATE -> true;
            default -> false;
        };
    }

    /** The metric of these sums, exact (null where undefined); {@link #shown} rounds it as timeSeries does. */
    public BigDecimal value(TimeSeriesMetric metric) {
        return switch (metric) {
            case COST -> cost;
            case REVENUE -> revenue;
            case CONVERSIONS -> conversions;
            case ROI -> RoiCalculator.compute(cost, revenue, BigDecimal.ZERO).percent();
            case ENGAGEMENT_RATE -> EngagementMath.percent(engagements, impressions);
            default -> throw new IllegalArgumentException(metric + " is not made of daily leaves");
        };
    }

    /** The metric as a timeSeries point shows it. */
    public BigDecimal shown(TimeSeriesMetric metric, String currency) {
        return metric.definition().unit().round(value(metric), currency);
    }
}
