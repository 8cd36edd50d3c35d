package io.socialroi.report;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.cost.CostCategory;
import io.socialroi.money.Money;

@Type("CostCategoryTotal")
public record CostCategoryTotal(@NonNull CostCategory category, @NonNull Money total) {
}
