package io.socialroi.common;

import java.util.List;
import java.util.Map;

/**
 * What one field costs in the complexity limit (docs/limits.md). A field costs its weight plus what it selects;
 * every field not listed here weighs 1. A batched field costs its weight once per selection, not per object, as
 * its resolver runs once for the whole list. The weights are by the work behind a field: a REPORT runs an
 * attribution statement or an aggregation over every touchpoint, conversion or click of the period; an
 * AGGREGATE sums one feature's recorded rows (costs, engagement days, savings periods).
 */
public final class FieldWeights {

    public static final int REPORT = 50;
    public static final int AGGREGATE = 10;

    /** "Type.field" → weight. WeightsAndEchoesTest holds every entry to a field of the served schema. */
    public static final Map<String, Integer> WEIGHTS = Map.ofEntries(
            Map.entry("Query.channelPerformance", REPORT),
            Map.entry("Query.attributionComparison", REPORT), // per model asked for, see weight()
            Map.entry("Query.attributionSummary", REPORT),
            Map.entry("Query.workspaceRoi", REPORT),
            Map.entry("Query.conversionPaths", REPORT),
            Map.entry("Query.funnel", REPORT),
            Map.entry("Query.timeSeries", REPORT),
            Map.entry("Query.markovModel", REPORT),
            Map.entry("Query.socialCohortLift", REPORT),
            Map.entry("Query.earnedMediaValue", REPORT),
            Map.entry("Query.runSavedReport", REPORT),
            Map.entry("Query.anomalyAlerts", REPORT),
            Map.entry("Query.serviceSavings", AGGREGATE),
            Map.entry("Campaign.attributedRevenue", REPORT),
            Map.entry("Campaign.attributedValue", REPORT),
            Map.entry("Campaign.conversions", REPORT),
            Map.entry("Campaign.roi", REPORT),
            Map.entry("Campaign.earnedMediaValue", REPORT),
            Map.entry("Campaign.totalCost", AGGREGATE),
            Map.entry("Campaign.pacing", AGGREGATE),
            Map.entry("Campaign.costBreakdown", AGGREGATE),
            Map.entry("Campaign.engagement", AGGREGATE),
            Map.entry("Campaign.serviceSavings", AGGREGATE),
            Map.entry("Channel.earnedMediaValue", REPORT),
            Map.entry("Channel.engagement", AGGREGATE),
            Map.entry("Channel.serviceSavings", AGGREGATE),
            Map.entry("Roi.valuePercent", REPORT),
            Map.entry("Roi.valueReturns", REPORT),
            Map.entry("Goal.progress", REPORT),
            Map.entry("Conversion.credits", REPORT),
            Map.entry("Conversion.path", AGGREGATE));

    private FieldWeights() {
    }

    /** The weight of a field of a type, given its arguments (variables resolved). */
    public static int weight(String type, String field, Map<String, Object> arguments) {
        Integer weight = WEIGHTS.get(type + "." + field);
        if (weight == null) {
            return 1;
        }
        // attributionComparison runs the attribution once per model
        if (type.equals("Query") && field.equals("attributionComparison") && arguments.get("models") instanceof List<?> models) {
            return weight * Math.max(1, models.size());
        }
        return weight;
    }
}
