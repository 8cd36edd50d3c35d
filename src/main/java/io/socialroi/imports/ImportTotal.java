package io.socialroi.imports;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.money.Money;

@Type("ImportTotal")
@Description("The costs of the file for one campaign or channel, in the file's currencies (one amount per currency)."
        + " id is null for a campaign the import creates or for costs on no campaign (name null).")
public record ImportTotal(@Id String id, String name, @NonNull List<@NonNull Money> costs, @NonNull int rows) {
}
