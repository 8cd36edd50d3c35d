package io.socialroi.metric;

import java.util.List;

import io.socialroi.campaign.Campaign;
import io.socialroi.earned.OrganicClickSource;
import io.socialroi.money.RoiCalculator;

/**
 * Value-based ROI % (Roi.valuePercent, organic clicks RECORDED): revenue + action value + earned media value +
 * service savings against cost, undefined at zero cost. Per bucket, of the bucket's lines of {@link CostMetric},
 * {@link RevenueMetric}, {@link AttributedValueMetric}, {@link EarnedMediaValueMetric} and
 * {@link ServiceSavingsMetric}.
 */
public final class ValueRoiMetric implements Metric.OfCampaigns, Metric.ByBucket, Metric.OfWorkspace {

    private static final OrganicClickSource CLICKS = OrganicClickSource.RECORDED;

    private final CostMetric cost = new CostMetric();
    private final RevenueMetric revenue = new RevenueMetric();
    private final AttributedValueMetric actionValue = new AttributedValueMetric();
    private final EarnedMediaValueMetric earnedMedia = new EarnedMediaValueMetric();
    private final ServiceSavingsMetric savings = new ServiceSavingsMetric();

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
        var rois = from.reports.roi(campaigns, args.period(), args.attribution(), args.conversionTypes());
        return from.valueRoi.figures(rois, CLICKS).stream().map(ValueRoiMetric::percent).toList();
    }

    @Override
    public BucketValues byBucket(MetricSources from, BucketArguments args) {
        BucketValues costs = cost.byBucket(from, args);
        BucketValues actionValues = actionValue.byBucket(from, args);
        BucketValues earned = earnedMedia.byBucket(from, args);
        BucketValues revenues = revenue.byBucket(from, args);
        BucketValues saved = savings.byBucket(from, args);
        return start -> percent(RoiCalculator.valueBased(costs.at(start).value(), revenues.at(start).value(),
                actionValues.at(start).value(), earned.at(start).value(), saved.at(start).value()));
    }

    @Override
    public MetricValue ofWorkspace(MetricSources from, MetricArguments args) {
        var roi = from.reports.workspaceRoi(args.period(), args.attribution(), args.conversionTypes());
        return percent(from.valueRoi.figures(List.of(roi), CLICKS).get(0));
    }

    private static MetricValue percent(RoiCalculator.ValueFigures figures) {
        return new MetricValue(figures.percent(), figures.undefinedReason());
    }
}
