package io.socialroi.metric;

import java.math.BigDecimal;
import java.util.List;

import io.socialroi.campaign.Campaign;
import io.socialroi.money.RoiCalculator;
import io.socialroi.report.Roi;

/**
 * ROI % = (revenue − cost) × 100 / cost, undefined at zero cost: Roi.percent of Campaign.roi and of the workspace;
 * per bucket, of the bucket's {@link CostMetric} and {@link RevenueMetric}.
 */
public final class RoiMetric implements Metric.OfCampaigns, Metric.ByBucket, Metric.OfWorkspace {

    private final CostMetric cost = new CostMetric();
    private final RevenueMetric revenue = new RevenueMetric();

    @Override
    public Unit unit() {
        return Unit.PERCENT;
    }

    @Override
    public boolean canBeNegative() {
        return true;
    }

    @Override
    public List<MetricValue> ofCampaigns(MetricSources from, List<Campaign> campaigns, MetricArguments args) {
        return from.reports.roi(campaigns, args.period(), args.attribution(), args.conversionTypes()).stream()
                .map(RoiMetric::percent).toList();
    }

    @Override
    public BucketValues byBucket(MetricSources from, BucketArguments args) {
        BucketValues costs = cost.byBucket(from, args);
        BucketValues revenues = revenue.byBucket(from, args);
        return start -> {
            // a series shows ROI only, so the ad spend behind ROAS is not needed
            var roi = RoiCalculator.compute(costs.at(start).value(), revenues.at(start).value(), BigDecimal.ZERO);
            return new MetricValue(roi.percent(), roi.undefinedReason());
        };
    }

    @Override
    public MetricValue ofWorkspace(MetricSources from, MetricArguments args) {
        return percent(from.reports.workspaceRoi(args.period(), args.attribution(), args.conversionTypes()));
    }

    private static MetricValue percent(Roi roi) {
        return MetricValue.of(roi.percent(), roi.undefinedReason());
    }
}
