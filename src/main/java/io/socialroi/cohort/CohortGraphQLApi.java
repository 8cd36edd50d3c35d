package io.socialroi.cohort;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.socialroi.common.DateScalar;
import io.socialroi.common.GuardedResolver;
import io.socialroi.common.InvalidInputException;
import io.socialroi.reporting.DateRangeInput;

@GraphQLApi
@GuardedResolver
public class CohortGraphQLApi {

    @Inject
    CustomerService customers;
    @Inject
    CohortLiftService lifts;

    @Mutation("recordCustomers")
    @Description("Records customers, up to 5,000 at once, all or none. Sending a personKey again replaces it.")
    public @NonNull RecordCustomersPayload recordCustomers(@NonNull @Name("input") List<@NonNull CustomerInput> input) {
        try {
            io.socialroi.common.Upserts recorded = customers.record(input);
            return new RecordCustomersPayload(recorded.accepted(), recorded.replaced(), List.of());
        } catch (InvalidInputException e) {
            return new RecordCustomersPayload(0, 0, e.errors());
        }
    }

    @Query("customers")
    @Description("The recorded customers, oldest record first, with whether the cohort lift counts them as engaged.")
    public @NonNull CustomerConnection customers(@Name("first") Integer first, @Name("after") String after) {
        return customers.page(first, after);
    }

    @Query("customerCount")
    @Description("The customers recorded in the workspace.")
    public int customerCount() {
        return (int) customers.count();
    }

    @Query("socialCohortLift")
    @Description("Social-engaged customers against the others (see CohortLift for the engaged rule): counts, retention"
            + " over a horizon, upsell, contract value and days to close, each difference with a 95 % confidence interval"
            + " once both cohorts have at least 30 customers for it, and the incremental value it implies. Customers"
            + " count when becameCustomerOn is in period (all when absent) and not after asOf. An observational"
            + " comparison: correlation, not a controlled experiment.")
    public @NonNull CohortLift socialCohortLift(@Name("period") DateRangeInput period,
            @Name("horizonDays") @DefaultValue("365") @Description("Days after becameCustomerOn at which retention is"
                    + " judged (1 to 36,500).") Integer horizonDays,
            @Name("asOf") @Description("The day the report is as of; today (UTC) when absent. Fix it for a reproducible"
                    + " report.") DateScalar asOf) {
        return lifts.lift(period, horizonDays, asOf);
    }
}
