package io.socialroi.delivery;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.smallrye.graphql.api.Nullable;
import io.socialroi.common.DateScalar;
import io.socialroi.reporting.PeriodRule;

@Type("SavedReportRun")
@Description("A saved report's result as a table, computed by the same services as its GraphQL report, with the"
        + " period its rule resolved to.")
public record SavedReportRun(@NonNull SavedReport savedReport,
        @NonNull @Description("The rule resolved on today's date in timeZone.") PeriodRule rule,
        @NonNull @Description("First day of the resolved period (report days are UTC days).") DateScalar from,
        @NonNull @Description("Last day of the resolved period, inclusive.") DateScalar to,
        @NonNull @Description("The workspace's time zone the rule was resolved in.") String timeZone,
        @NonNull @Description("The reporting currency of every MONEY column.") String currencyCode,
        @NonNull List<@NonNull ReportColumn> columns,
        @NonNull @Description("Cells in column order, as text (see ColumnType); null: undefined.")
        List<@NonNull List<@Nullable String>> rows) {
}
