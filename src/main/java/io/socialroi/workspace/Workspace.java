package io.socialroi.workspace;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.GlobalId;
import io.socialroi.common.Node;

@Type("Workspace")
@Description("A brand's or client's space: every channel, campaign, cost and conversion belongs to one.")
public record Workspace(@NonNull @org.eclipse.microprofile.graphql.Id String id,
        @NonNull @Description("Names the workspace in the X-Workspace request header.") String slug, @NonNull String name,
        @NonNull @Description("ISO 4217 code every report is converted into.") String reportingCurrency,
        @NonNull @Description("IANA time zone (Europe/Berlin) in which saved reports' relative periods are resolved and"
                + " schedules run by default; UTC until an ADMIN sets one. Report days themselves stay UTC days.")
        String timeZone)
        implements Node {

    public static final String TYPE = "Workspace";

    static Workspace of(WorkspaceEntity entity) {
        return new Workspace(GlobalId.encode(TYPE, entity.id), entity.slug, entity.name, entity.reportingCurrency,
                entity.timeZone == null ? "UTC" : entity.timeZone);
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public String getId() {
        return id;
    }
}
