package io.socialroi.tracking;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.common.Text;
import io.socialroi.money.MoneyInput;

@Input("UpdateConversionInput")
@Description("Names a conversion by id or by externalId (one of them) and gives its corrected revenue. Only the "
        + "revenue can change: the person, time and type place a conversion in paths and milestones, so a conversion "
        + "recorded with the wrong ones is another event: delete it and record the right one.")
public class UpdateConversionInput {
    @Id
    public String id;
    @Text(max = 200)
    public String externalId;
    @NonNull
    @Description("The revenue it should have had: a partial refund is the amount kept, a full refund 0.")
    public MoneyInput revenue;
}
