package io.socialroi.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.socialroi.goal.GoalMetric;
import io.socialroi.goal.GoalMetricKind;

/**
 * Every GraphQL metric constant has a catalogue definition with the capabilities its consumer needs, and the facts
 * the API derives from a definition (a series' currency, mediaType, a goal's kind and negative targets) are those
 * the schema describes. A constant added without its definition, or with one missing a capability, fails here.
 */
class MetricCatalogueTest {

    @Test
    void everySeriesMetricIsComputedPerBucket() {
        for (TimeSeriesMetric metric : TimeSeriesMetric.values()) {
            assertInstanceOf(Metric.ByBucket.class, metric.definition(), metric + " needs a per-bucket computation");
        }
    }

    @Test
    void everyGoalMetricIsComputedPerCampaignAndForTheWorkspace() {
        for (GoalMetric metric : GoalMetric.values()) {
            assertInstanceOf(Metric.OfCampaigns.class, metric.definition(), metric + " needs a campaign figure");
            assertInstanceOf(Metric.OfWorkspace.class, metric.definition(), metric + " needs a workspace figure");
        }
    }

    @Test
    void aMetricOfBothEnumsHasOneDefinition() {
        for (TimeSeriesMetric series : TimeSeriesMetric.values()) {
            Arrays.stream(GoalMetric.values()).filter(goal -> goal.name().equals(series.name())).forEach(goal ->
                    assertSame(series.definition().getClass(), goal.definition().getClass(), series.name()));
        }
    }

    /** TimeSeriesMetric's description: these are money (the series carries the currency), the rest are not. */
    @Test
    void theMoneySeriesAreThoseTheSchemaNames() {
        assertEquals(EnumSet.of(TimeSeriesMetric.COST, TimeSeriesMetric.REVENUE, TimeSeriesMetric.SERVICE_SAVINGS,
                TimeSeriesMetric.EARNED_MEDIA_VALUE), seriesWith(m -> m.definition().unit() == Unit.MONEY));
        assertEquals(EnumSet.of(TimeSeriesMetric.ROI, TimeSeriesMetric.VALUE_ROI, TimeSeriesMetric.ENGAGEMENT_RATE,
                TimeSeriesMetric.CLICK_THROUGH_RATE), seriesWith(m -> m.definition().unit() == Unit.PERCENT));
    }

    /** The engagement metrics, IMPRESSIONS … NET_FOLLOWERS, and only they take mediaType. */
    @Test
    void theEngagementSeriesFilterByMediaType() {
        assertEquals(EnumSet.range(TimeSeriesMetric.IMPRESSIONS, TimeSeriesMetric.NET_FOLLOWERS),
                seriesWith(m -> m.definition().filtersByMediaType()));
    }

    /** The goal table of docs/returns.md: which metrics are ratios, and which may have a negative target. */
    @Test
    void goalKindsAndNegativeTargetsFollowTheDefinitions() {
        assertEquals(EnumSet.of(GoalMetric.ROI, GoalMetric.ROAS, GoalMetric.ENGAGEMENT_RATE,
                GoalMetric.CLICK_THROUGH_RATE, GoalMetric.VALUE_ROI),
                goalsWith(m -> m.kind() == GoalMetricKind.RATIO));
        assertEquals(EnumSet.of(GoalMetric.NET_RETURN, GoalMetric.ROI, GoalMetric.NET_FOLLOWERS, GoalMetric.VALUE_ROI),
                goalsWith(GoalMetric::negativeTargetAllowed));
    }

    @Test
    void unitsRoundAsTheApiShowsValues() {
        // money half-even to the currency's minor unit: 2.345 EUR → 2.34, 1.5 JPY → 2
        assertEquals(new BigDecimal("2.34"), Unit.MONEY.round(new BigDecimal("2.345"), "EUR"));
        assertEquals(new BigDecimal("2"), Unit.MONEY.round(new BigDecimal("1.5"), "JPY"));
        // credited conversions to 2 decimals half-even: 0.3333333333 + 0.5 = 0.8333333333 → 0.83; 3 → 3.00
        assertEquals(new BigDecimal("0.83"), Unit.CREDITED_COUNT.round(new BigDecimal("0.8333333333"), "EUR"));
        assertEquals(new BigDecimal("3.00"), Unit.CREDITED_COUNT.round(BigDecimal.valueOf(3), "EUR"));
        // counts and percentages leave as computed; undefined stays undefined
        assertEquals(new BigDecimal("12.345"), Unit.PERCENT.round(new BigDecimal("12.345"), "EUR"));
        assertEquals(BigDecimal.valueOf(7), Unit.COUNT.round(BigDecimal.valueOf(7), "EUR"));
        assertNull(Unit.MONEY.round(null, "EUR"));
    }

    private static Set<TimeSeriesMetric> seriesWith(Predicate<TimeSeriesMetric> test) {
        return Arrays.stream(TimeSeriesMetric.values()).filter(test)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TimeSeriesMetric.class)));
    }

    private static Set<GoalMetric> goalsWith(Predicate<GoalMetric> test) {
        return Arrays.stream(GoalMetric.values()).filter(test)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(GoalMetric.class)));
    }
}
