package io.socialroi.cohort;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("CohortLiftMetric")
@Description("A figure compared between engaged and not engaged customers.")
public enum CohortLiftMetric {
    @Description("Retention over the horizon, percent of the eligible customers; Newcombe's hybrid score interval.")
    RETENTION_RATE,
    @Description("Percent of customers with upsell revenue; Newcombe's hybrid score interval.")
    UPSELL_RATE,
    @Description("Mean upsell revenue per customer (none counts as 0), reporting currency; Welch's interval.")
    MEAN_UPSELL_REVENUE,
    @Description("Mean contract value over the customers with one, reporting currency; Welch's interval.")
    MEAN_CONTRACT_VALUE,
    @Description("Median days from first lead to customer over the customers with a first-lead date; bootstrap interval.")
    MEDIAN_DAYS_TO_CLOSE
}
