package io.socialroi.metric;

import java.util.List;

import io.socialroi.campaign.Campaign;

/** ROAS = revenue / ad spend, undefined without ad spend: Roi.roas of Campaign.roi and of the workspace. */
public final class RoasMetric implements Metric.OfCampaigns, Metric.OfWorkspace {

    public static final String NO_AD_SPEND = "No ad spend in the period: ROAS is undefined.";

    @Override
    public Unit unit() {
        return Unit.RATIO;
    }

    @Override
    public List<MetricValue> ofCampaigns(MetricSources from, List<Campaign> campaigns, MetricArguments args) {
        return from.reports.roi(campaigns, args.period(), args.attribution(), args.conversionTypes()).stream()
                .map(roi -> MetricValue.of(roi.roas(), NO_AD_SPEND)).toList();
    }

    @Override
    public MetricValue ofWorkspace(MetricSources from, MetricArguments args) {
        return MetricValue.of(from.reports.workspaceRoi(args.period(), args.attribution(), args.conversionTypes()).roas(),
                NO_AD_SPEND);
    }
}
