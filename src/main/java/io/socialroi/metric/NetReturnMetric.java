package io.socialroi.metric;

import java.util.List;

import io.socialroi.campaign.Campaign;

/** Attributed revenue − total cost: Roi.netReturn of Campaign.roi and of the workspace. */
public final class NetReturnMetric implements Metric.OfCampaigns, Metric.OfWorkspace {

    @Override
    public Unit unit() {
        return Unit.MONEY;
    }

    @Override
    public boolean canBeNegative() {
        return true;
    }

    @Override
    public List<MetricValue> ofCampaigns(MetricSources from, List<Campaign> campaigns, MetricArguments args) {
        return from.reports.roi(campaigns, args.period(), args.attribution(), args.conversionTypes()).stream()
                .map(roi -> MetricValue.of(roi.netReturn())).toList();
    }

    @Override
    public MetricValue ofWorkspace(MetricSources from, MetricArguments args) {
        return MetricValue.of(from.reports.workspaceRoi(args.period(), args.attribution(), args.conversionTypes())
                .netReturn());
    }
}
