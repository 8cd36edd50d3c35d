package io.socialroi.goal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.attribution.AttributionInput;
import io.socialroi.attribution.AttributionModel;
import io.socialroi.common.DateScalar;
import io.socialroi.common.DecimalScalar;
import io.socialroi.common.GlobalId;
import io.socialroi.common.Node;
import io.socialroi.tracking.ConversionType;

/** The API view of a goal. {@code campaign} and {@code progress} are batched resolvers in GoalGraphQLApi. */
@Type("Goal")
@Description("A SMART goal on a campaign or the whole workspace: a metric, a target and a deadline.")
public class Goal implements Node {

    public static final String TYPE = "Goal";

    private final GoalEntity e;

    Goal(GoalEntity e) {
        this.e = e;
    }

    public static String globalId(long id) {
        return GlobalId.encode(TYPE, id);
    }

    @Ignore
    public GoalEntity entity() {
        return e;
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public String getId() {
        return globalId(e.id);
    }

    public @NonNull String getName() {
        return e.name;
    }

    public @NonNull GoalMetric getMetric() {
        return e.metric;
    }

    @Description("CUMULATIVE (projected linearly) or RATIO (not extrapolated).")
    public @NonNull GoalMetricKind getMetricKind() {
        return e.metric.kind();
    }

    @Description("CONVERSIONS only: the type counted; null counts every type.")
    public ConversionType getConversionType() {
        return e.conversionType;
    }

    @Description("The value to reach, in the metric's unit (money in the reporting currency, ROI and rates in percent).")
    public @NonNull DecimalScalar getTarget() {
        return DecimalScalar.of(e.target);
    }

    @Description("First day measured, inclusive.")
    public @NonNull DateScalar getStartDate() {
        return DateScalar.of(e.startDate);
    }

    @Description("Last day measured, inclusive.")
    public @NonNull DateScalar getDeadline() {
        return DateScalar.of(e.deadline);
    }

    @Description("The attribution model that credits attributed metrics (REVENUE, CONVERSIONS, ROI, …) of a campaign goal.")
    public @NonNull AttributionModel getAttributionModel() {
        return e.attributionModel == null ? AttributionModel.LAST_TOUCH : e.attributionModel;
    }

    @Description("The lookback window of the attribution, in days.")
    public int getLookbackDays() {
        return e.lookbackDays == null ? io.socialroi.attribution.AttributionSettings.DEFAULT_LOOKBACK_DAYS : e.lookbackDays;
    }

    /** Served by GoalGraphQLApi.createdBy, which shows it to ADMINs only. */
    @Ignore
    public String createdBy() {
        return e.createdBy;
    }

    /** The stored attribution as report argument (whole since V13: see GoalService.attribution). */
    @Ignore
    public AttributionInput attribution() {
        AttributionInput input = new AttributionInput();
        input.model = e.attributionModel;
        input.lookbackDays = e.lookbackDays;
        input.halfLifeHours = e.halfLifeHours;
        input.firstWeight = DecimalScalar.of(e.firstWeight);
        input.lastWeight = DecimalScalar.of(e.lastWeight);
        return input;
    }
}
