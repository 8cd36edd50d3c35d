package io.socialroi.delivery;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("AcknowledgeAnomalyAlertInput")
public class AcknowledgeAnomalyAlertInput {
    @NonNull
    @Id
    public String id;
}
