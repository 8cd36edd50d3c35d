package io.socialroi.campaign;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DateScalar;
import io.socialroi.common.GlobalId;
import io.socialroi.common.Node;
import io.socialroi.money.Money;

/** The API view of a campaign. Computed fields (cost, revenue, ROI) are batched resolvers in report/. */
@Type("Campaign")
@Description("A time-bound marketing effort with an objective and a budget, run on one or more channels.")
public class Campaign implements Node {

    public static final String TYPE = "Campaign";

    private final long databaseId;
    private final String name;
    private final CampaignObjective objective;
    private final CampaignStatus status;
    private final DateScalar startDate;
    private final DateScalar endDate;
    private final Money budget;
    private final String utmCampaign;

    Campaign(CampaignEntity e) {
        this.databaseId = e.id;
        this.name = e.name;
        this.objective = e.objective;
        this.status = e.status;
        this.startDate = DateScalar.of(e.startDate);
        this.endDate = DateScalar.of(e.endDate);
        this.budget = Money.recorded(e.budgetAmount, e.budgetCurrency);
        this.utmCampaign = e.utmCampaign;
    }

    public static String globalId(long id) {
        return GlobalId.encode(TYPE, id);
    }

    @Ignore
    public long databaseId() {
        return databaseId;
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public String getId() {
        return globalId(databaseId);
    }

    public @NonNull String getName() {
        return name;
    }

    public @NonNull CampaignObjective getObjective() {
        return objective;
    }

    public @NonNull CampaignStatus getStatus() {
        return status;
    }

    public @NonNull DateScalar getStartDate() {
        return startDate;
    }

    @Description("Last day of the campaign, inclusive; null while open-ended.")
    public DateScalar getEndDate() {
        return endDate;
    }

    @Description("The planned budget, as recorded in its own currency.")
    public Money getBudget() {
        return budget;
    }

    @Description("The utm_campaign code that identifies this campaign on tracked links.")
    public String getUtmCampaign() {
        return utmCampaign;
    }
}
