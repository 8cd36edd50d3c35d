package io.socialroi.metric;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.attribution.AttributionInput;
import io.socialroi.campaign.Campaign;
import io.socialroi.campaign.CampaignService;
import io.socialroi.channel.Channel;
import io.socialroi.channel.ChannelService;
import io.socialroi.common.BadArgumentException;
import io.socialroi.common.DateScalar;
import io.socialroi.common.DecimalScalar;
import io.socialroi.common.Echo;
import io.socialroi.common.GlobalId;
import io.socialroi.report.ReportService;
import io.socialroi.reporting.DateRangeInput;
import io.socialroi.reporting.Granularity;
import io.socialroi.reporting.Period;
import io.socialroi.reporting.TimeBuckets;
import io.socialroi.tracking.ConversionType;
import io.socialroi.tracking.MediaType;

/**
 * {@code timeSeries(metric:)}: the arguments checked, then the metric's catalogue definition computes every bucket
 * (its statements once for the whole series) and this class rounds each value by the metric's unit.
 */
@ApplicationScoped
public class TimeSeriesService {

    @Inject
    ReportService reports;
    @Inject
    CampaignService campaigns;
    @Inject
    ChannelService channels;
    @Inject
    MetricSources sources;

    public TimeSeries timeSeries(TimeSeriesMetric metric, Granularity granularity, DateRangeInput periodInput,
            String campaignId, String channelId, AttributionInput attribution, List<ConversionType> types,
            MediaType mediaType) {
        Metric.ByBucket definition = metric.definition();
        if (periodInput == null) {
            throw new BadArgumentException("period is required for a time series.");
        }
        if (mediaType != null && !definition.filtersByMediaType()) {
            throw new BadArgumentException("mediaType applies to the engagement metrics only, not to " + metric + ".");
        }
        var scope = reports.scope(periodInput, attribution, types);
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
        BucketValues values = definition.byBucket(sources,
                new BucketArguments(scope, granularity, campaign, channel, mediaType));
        String currency = scope.reportingCurrency();
        List<TimeSeriesPoint> points = new ArrayList<>();
        for (LocalDate start : starts) {
            LocalDate end = TimeBuckets.end(granularity, start);
            MetricValue value = values.at(start);
            BigDecimal shown = definition.unit().round(value.value(), currency);
            points.add(new TimeSeriesPoint(DateScalar.of(start.isBefore(period.from()) ? period.from() : start),
                    DateScalar.of(end.isAfter(period.to()) ? period.to() : end), DecimalScalar.of(shown),
                    value.undefinedReason()));
        }
        return new TimeSeries(metric, granularity, definition.unit() == Unit.MONEY ? currency : null, points);
    }
}
