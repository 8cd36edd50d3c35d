package io.socialroi.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.socialroi.metric.DailyLeaf;
import io.socialroi.metric.DailyLeaf.Part;
import io.socialroi.metric.DailyTotals;
import io.socialroi.metric.TimeSeriesMetric;
import io.socialroi.tracking.MediaType;

/** The likely cause by hand: contributions of constructed parts (docs/delivery.md, "Anomaly alerts"). */
class AnomalyCausesTest {

    static final LocalDate DAY = LocalDate.parse("2026-03-29");
    static final LocalDate HISTORY_FROM = LocalDate.parse("2026-03-01");

    static DailyLeaf cost(LocalDate day, long campaign, String amount) {
        return new DailyLeaf(day, DailyLeaf.Source.COST, 7L, campaign, null, new BigDecimal(amount), BigDecimal.ZERO,
                BigDecimal.ZERO, 0, 0);
    }

    static DailyLeaf revenue(long campaign, String amount) {
        return new DailyLeaf(DAY, DailyLeaf.Source.CREDITS, 7L, campaign, null, BigDecimal.ZERO, new BigDecimal(amount),
                BigDecimal.ONE, 0, 0);
    }

    static DailyLeaf engagement(MediaType type, long engagements, long impressions) {
        return new DailyLeaf(DAY, DailyLeaf.Source.ENGAGEMENT, 7L, null, type, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, engagements, impressions);
    }

    static DailyTotals sum(List<DailyLeaf> leaves) {
        DailyTotals sums = DailyTotals.NONE;
        for (DailyLeaf leaf : leaves) {
            if (leaf.day().equals(DAY)) {
                sums = sums.plus(leaf);
            }
        }
        return sums;
    }

    static List<String> contributions(TimeSeriesMetric metric, List<DailyLeaf> leaves, Part part, String median) {
        return AnomalyCauses.contributions(metric, leaves, part, DAY, HISTORY_FROM, sum(leaves), new BigDecimal(median),
                "EUR").stream().sorted(Comparator.comparing(c -> String.valueOf(c.key())))
                .map(c -> c.key() + "=" + c.amount().toPlainString()).toList();
    }

    /**
     * Campaign 1 spends 60.00 a day, campaign 2 40.00 (so the scope's median is 100.00); on the day 1 spends 60.00
     * and 2 spends 140.00: 2 moved +100.00 from its own median, 1 nothing, and 2 is the cause.
     */
    @Test
    void anAdditiveMetricsCauseIsThePartThatMovedFromItsOwnMedian() {
        List<DailyLeaf> leaves = new ArrayList<>();
        for (LocalDate d = HISTORY_FROM; d.isBefore(DAY); d = d.plusDays(1)) {
            leaves.add(cost(d, 1, "60.00"));
            leaves.add(cost(d, 2, "40.00"));
        }
        leaves.add(cost(DAY, 1, "60.00"));
        leaves.add(cost(DAY, 2, "140.00"));
        assertEquals(List.of("1=0.00", "2=100.00"), contributions(TimeSeriesMetric.COST, leaves, Part.CAMPAIGN, "100.00"));
        assertEquals(Optional.of(2L), AnomalyCauses.largest(TimeSeriesMetric.COST, leaves, Part.CAMPAIGN, DAY,
                HISTORY_FROM, sum(leaves), new BigDecimal("100.00"), 1, "EUR").map(AnomalyCauses.Contribution::key));
        // below the band nobody moved down: no cause
        assertEquals(Optional.empty(), AnomalyCauses.largest(TimeSeriesMetric.COST, leaves, Part.CAMPAIGN, DAY,
                HISTORY_FROM, sum(leaves), new BigDecimal("100.00"), -1, "EUR"));
        // the channel level: both campaigns are channel 7's, so the channel carries the whole +100.00
        assertEquals(List.of("7=100.00"), contributions(TimeSeriesMetric.COST, leaves, Part.CHANNEL, "100.00"));
    }

    /**
     * ROI against a median of 50 %: part 1 costs 100.00 and returns 300.00, part 2 costs 100.00 and returns 100.00;
     * the scope's ROI is (400 − 200) / 200 = 100 %, 50 points above. Part 1: (300 − 100 − 0.5 × 100) × 100 / 200 =
     * +75.00; part 2: (100 − 100 − 0.5 × 100) × 100 / 200 = −25.00; together +50.00, the whole gap.
     */
    @Test
    void aRatiosContributionsAddUpToTheGap() {
        List<DailyLeaf> leaves = List.of(cost(DAY, 1, "100.00"), cost(DAY, 2, "100.00"), revenue(1, "300.00"),
                revenue(2, "100.00"));
        assertEquals(List.of("1=75.00", "2=-25.00"), contributions(TimeSeriesMetric.ROI, leaves, Part.CAMPAIGN, "50"));
        assertEquals(Optional.of(2L), AnomalyCauses.largest(TimeSeriesMetric.ROI, leaves, Part.CAMPAIGN, DAY,
                HISTORY_FROM, sum(leaves), new BigDecimal("150"), -1, "EUR").map(AnomalyCauses.Contribution::key));
    }

    /**
     * Engagement rate against a median of 2 %: PAID 50 engagements of 1,000 impressions, OWNED 10 of 1,000; the scope
     * is 60 / 2,000 = 3 %, one point above. PAID: (5,000 − 2 × 1,000) / 2,000 = +1.50, OWNED: (1,000 − 2,000) / 2,000
     * = −0.50. A part without impressions that day still counts: EARNED 0 of 0 contributes 0.
     */
    @Test
    void engagementRateSplitsByMediaType() {
        List<DailyLeaf> leaves = List.of(engagement(MediaType.PAID, 50, 1000), engagement(MediaType.OWNED, 10, 1000),
                engagement(MediaType.EARNED, 0, 0));
        assertEquals(List.of("EARNED=0.00", "OWNED=-0.50", "PAID=1.50"),
                contributions(TimeSeriesMetric.ENGAGEMENT_RATE, leaves, Part.MEDIA_TYPE, "2"));
    }

    /** Leaves without a campaign are a part of their own (named "(no campaign)" by the service). */
    @Test
    void leavesWithoutTheKeyAreOnePart() {
        List<DailyLeaf> leaves = List.of(new DailyLeaf(DAY, DailyLeaf.Source.COST, 7L, null, null,
                new BigDecimal("30.00"), BigDecimal.ZERO, BigDecimal.ZERO, 0, 0), cost(DAY, 1, "5.00"));
        assertEquals(List.of("1=5.00", "null=30.00"), contributions(TimeSeriesMetric.COST, leaves, Part.CAMPAIGN, "0"));
    }
}
