package io.socialroi.delivery;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.attribution.AttributionModel;
import io.socialroi.campaign.Campaign;
import io.socialroi.channel.Channel;
import io.socialroi.common.DateScalar;
import io.socialroi.common.DecimalScalar;
import io.socialroi.common.GlobalId;
import io.socialroi.common.Node;
import io.socialroi.metric.TimeSeriesMetric;
import io.socialroi.reporting.Granularity;
import io.socialroi.tracking.ConversionType;

@Type("SavedReport")
@Description("A named report definition of the workspace: run it with runSavedReport, download it as CSV or XLSX from"
        + " GET /saved-reports/{id}.csv or .xlsx, deliver it with a schedule.")
public record SavedReport(@NonNull @Id String id, @NonNull String name, @NonNull SavedReportKind kind,
        @NonNull SavedPeriod period,
        @Description("Null when the report sets no attribution field.") SavedAttribution attribution,
        @Description("Null: every type.") List<@NonNull ConversionType> conversionTypes,
        @Description("ATTRIBUTION_COMPARISON only.") List<@NonNull AttributionModel> models,
        TimeSeriesMetric metric, Granularity granularity, @Id String campaignId, @Id String channelId,
        @Description("The subject of the token that saved it.") String createdBy,
        @Ignore long databaseId) implements Node {

    public static final String TYPE = "SavedReport";

    static SavedReport of(SavedReportEntity e) {
        boolean anyAttribution = e.model != null || e.lookbackDays != null || e.halfLifeHours != null
                || e.firstWeight != null || e.lastWeight != null;
        return new SavedReport(GlobalId.encode(TYPE, e.id), e.name, e.kind,
                new SavedPeriod(e.periodRule, date(e.fixedFrom), date(e.fixedTo)),
                anyAttribution ? new SavedAttribution(e.model, e.lookbackDays, e.halfLifeHours,
                        e.firstWeight == null ? null : DecimalScalar.of(e.firstWeight),
                        e.lastWeight == null ? null : DecimalScalar.of(e.lastWeight)) : null,
                e.conversionTypes == null ? null : names(e.conversionTypes, ConversionType.class),
                e.comparisonModels == null ? null : names(e.comparisonModels, AttributionModel.class),
                e.metric, e.granularity, e.campaignId == null ? null : Campaign.globalId(e.campaignId),
                e.channelId == null ? null : Channel.globalId(e.channelId), e.createdBy, e.id);
    }

    /** Enum names as stored (comma-separated); an empty text is the empty list. */
    static <E extends Enum<E>> List<E> names(String stored, Class<E> type) {
        return stored.isEmpty() ? List.of()
                : Arrays.stream(stored.split(",")).map(name -> Enum.valueOf(type, name)).toList();
    }

    private static DateScalar date(LocalDate date) {
        return date == null ? null : DateScalar.of(date);
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }
}
