package io.socialroi.earned;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.socialroi.common.GuardedResolver;
import io.socialroi.common.InvalidInputException;
import io.socialroi.reporting.DateRangeInput;
import io.socialroi.workspace.RequiresRole;
import io.socialroi.workspace.Role;

@GraphQLApi
@GuardedResolver
public class EarnedMediaGraphQLApi {

    @Inject
    EarnedMediaDataService data;
    @Inject
    EarnedMediaService service;

    @Query("keywordCpcs")
    @Description("The keyword cost-per-click prices, by keyword and validFrom; only one keyword's (normalized) when given.")
    public @NonNull List<@NonNull KeywordCpc> keywordCpcs(@Name("keyword") String keyword) {
        return data.keywordCpcs(keyword);
    }

    @Mutation("setKeywordCpc")
    @RequiresRole(Role.ADMIN) // a valuation setting, like setEarnedMediaCpm and setActionValue
    @Description("Sets keywords' cost per click (ADMIN) with validity ranges, up to 5,000 at once, all or none. The same keyword"
            + " and validFrom sent again replaces that price; the ranges of one keyword may not overlap"
            + " (OVERLAPPING_VALIDITY).")
    public @NonNull SetKeywordCpcPayload setKeywordCpc(@NonNull @Name("input") List<@NonNull KeywordCpcInput> input) {
        try {
            var recorded = data.setKeywordCpcs(input);
            return new SetKeywordCpcPayload(recorded.accepted(), recorded.replaced(), List.of());
        } catch (InvalidInputException e) {
            return new SetKeywordCpcPayload(0, 0, e.errors());
        }
    }

    @Mutation("recordOrganicClicks")
    @Description("Records organic clicks per keyword and UTC day (monthly figures on the month's first day), up to 5,000"
            + " at once, all or none. The same keyword, channel, campaign and date sent again replaces it. Each record is"
            + " its own clicks: a channel total and its campaign breakdown would both count.")
    public @NonNull RecordOrganicClicksPayload recordOrganicClicks(
            @NonNull @Name("input") List<@NonNull OrganicClicksInput> input) {
        try {
            var recorded = data.recordOrganicClicks(input);
            return new RecordOrganicClicksPayload(recorded.accepted(), recorded.replaced(), List.of());
        } catch (InvalidInputException e) {
            return new RecordOrganicClicksPayload(0, 0, e.errors());
        }
    }

    @Query("earnedMediaCpms")
    @Description("The CPMs of OWNED and EARNED impressions, as set: workspace-wide (no channel) and per channel.")
    public @NonNull List<@NonNull EarnedMediaCpm> earnedMediaCpms() {
        return data.earnedMediaCpms();
    }

    @Mutation("setEarnedMediaCpm")
    @RequiresRole(Role.ADMIN)
    @Description("Sets what 1,000 OWNED or EARNED impressions are worth (ADMIN), workspace-wide or for one channel;"
            + " a null cpm removes it.")
    public @NonNull SetEarnedMediaCpmPayload setEarnedMediaCpm(@NonNull @Name("input") SetEarnedMediaCpmInput input) {
        try {
            return new SetEarnedMediaCpmPayload(data.setEarnedMediaCpm(input), List.of());
        } catch (InvalidInputException e) {
            return new SetEarnedMediaCpmPayload(null, e.errors());
        }
    }

    @Query("earnedMediaValue")
    @Description("Earned media value of the whole workspace in the period (UTC days; all time when absent): every"
            + " organic click of the source, and the channels' own OWNED/EARNED impressions (rows without campaign).")
    public @NonNull EarnedMediaValue earnedMediaValue(@Name("period") DateRangeInput period,
            @Name("organicClicks") @DefaultValue("RECORDED") OrganicClickSource organicClicks) {
        return service.ofWorkspace(period, organicClicks);
    }
}
