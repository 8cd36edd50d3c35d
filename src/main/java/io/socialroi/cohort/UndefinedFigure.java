package io.socialroi.cohort;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("UndefinedFigure")
@Description("A figure that is null, and why.")
public record UndefinedFigure(@NonNull @Description("The field's name.") String field, @NonNull String reason) {
}
