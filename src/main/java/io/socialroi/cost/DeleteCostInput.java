package io.socialroi.cost;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.socialroi.common.Text;

@Input("DeleteCostInput")
@Description("Names a cost entry by id or by externalId (one of them).")
public class DeleteCostInput {
    @Id
    public String id;
    @Text(max = 200)
    public String externalId;
}
