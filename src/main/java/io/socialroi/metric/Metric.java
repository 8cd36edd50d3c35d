package io.socialroi.metric;

import java.util.List;

import io.socialroi.campaign.Campaign;
import io.socialroi.channel.Channel;

/**
 * One entry of the metric catalogue: a metric defined once, with its unit and how it is computed for each subject
 * it applies to. A definition implements the capabilities that apply ({@link OfCampaigns}, {@link OfChannels},
 * {@link ByBucket}, {@link OfWorkspace}) by calling the services and queries the fields already use, never a
 * formula of its own, so a goal, a series and a field show the same number. Definitions hold no state: what they
 * read comes in as {@link MetricSources}.
 *
 * <p>The GraphQL enums {@code TimeSeriesMetric} and {@code GoalMetric} name their definition per constant; their
 * types require the capability each needs, and {@code MetricCatalogueTest} holds the rest.
 */
public interface Metric {

    Unit unit();

    /** Whether a value can be below zero (net figures, ROI), so that a negative goal target means something. */
    default boolean canBeNegative() {
        return false;
    }

    /** Per campaign, for a page of campaigns at once. */
    interface OfCampaigns extends Metric {
        /** One value per campaign, in order, by a constant number of statements whatever the number of campaigns. */
        List<MetricValue> ofCampaigns(MetricSources from, List<Campaign> campaigns, MetricArguments args);
    }

    /** Per channel, for a list of channels at once. */
    interface OfChannels extends Metric {
        /** One value per channel, in order, by a constant number of statements whatever the number of channels. */
        List<MetricValue> ofChannels(MetricSources from, List<Channel> channels, MetricArguments args);
    }

    /** Per time bucket of a period: what {@code timeSeries(metric:)} serves. */
    interface ByBucket extends Metric {
        BucketValues byBucket(MetricSources from, BucketArguments args);

        /** Whether the series can be narrowed to one media type (the engagement metrics). */
        default boolean filtersByMediaType() {
            return false;
        }
    }

    /** For the whole workspace: what a workspace goal measures. */
    interface OfWorkspace extends Metric {
        MetricValue ofWorkspace(MetricSources from, MetricArguments args);
    }
}
