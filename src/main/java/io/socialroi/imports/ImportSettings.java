package io.socialroi.imports;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("ImportSettings")
@Description("What the reader detected (or was told): encoding, delimiter, number locale, currency, header line.")
public record ImportSettings(String encoding, String delimiter, String locale, String currency, Integer headerLine) {
}
