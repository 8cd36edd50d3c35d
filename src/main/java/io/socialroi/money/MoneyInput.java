package io.socialroi.money;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.common.DecimalScalar;

@Input("MoneyInput")
public class MoneyInput {
    @NonNull
    public DecimalScalar amount;
    @NonNull
    public String currencyCode;
}
