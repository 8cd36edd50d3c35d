package io.socialroi.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.campaign.Campaign;
import io.socialroi.campaign.CampaignEntity;
import io.socialroi.campaign.CampaignService;
import io.socialroi.channel.Channel;
import io.socialroi.channel.ChannelEntity;
import io.socialroi.channel.ChannelKind;
import io.socialroi.channel.ChannelService;
import io.socialroi.common.GlobalId;
import io.socialroi.imports.file.LineError;
import io.socialroi.workspace.CurrentWorkspace;

/**
 * Maps a file's origins to channels and campaigns (imports.md, "Mapping platform campaigns"): the channel by an
 * explicit channelId, else by the source (Meta: the Facebook or Instagram channel, by the platform option when both
 * exist; LinkedIn: LinkedIn; Google Ads: the SEARCH channel; a cost sheet's or touchpoint's utm_source: the channel
 * whose name or alias it is); the campaign by a stored mapping, the campaign's utmCampaign, then its name
 * (case-insensitive). Reads a statement per kind, never one per row.
 */
@ApplicationScoped
public class ImportPlanner {

    @Inject
    CurrentWorkspace workspace;
    @Inject
    ChannelService channels;
    @Inject
    CampaignService campaigns;

    /** Sources of Meta's rows: the tidy table's facebook_ads and instagram_ads, and Meta's own export. */
    static final Set<String> META = Set.of("meta", "facebook", "instagram");
    static final Set<String> GOOGLE_ADS = Set.of("google_ads", "google", "adwords");
    /** X's channel may be named either way. */
    static final List<String> X = List.of("x", "twitter");

    ImportPlan plan(ImportScan scan, ImportRequest request) {
        List<LineError> errors = new ArrayList<>();
        Map<String, Optional<Long>> channelBySource = channelsOf(scan.origins.keySet(), request, errors);
        Set<String> names = new HashSet<>();
        scan.origins.keySet().stream().filter(o -> o.campaignName() != null)
                .forEach(o -> names.add(o.campaignName().trim().toLowerCase(Locale.ROOT)));
        Map<String, Long> byUtm = campaigns.campaignIdsByUtm(names);
        Map<String, Long> byName = campaignIdsByName(names);
        Map<String, Long> byMapping = mappings();
        Set<Long> campaignIds = new HashSet<>();

        Map<Origin, ImportPlan.Target> targets = new LinkedHashMap<>();
        List<UnmappedName> unmapped = new ArrayList<>();
        List<MatchedName> matched = new ArrayList<>();
        boolean touchpoints = scan.touchpoints > 0;
        scan.origins.forEach((origin, figures) -> {
            String source = sourceOf(origin, request);
            Long channel = source == null ? null : channelBySource.getOrDefault(source, Optional.empty()).orElse(null);
            if (request.channelId() != null) {
                channel = channelBySource.get("").orElse(null);
            }
            Long campaign = null;
            MatchKind kind = null;
            if (origin.namesCampaign()) {
                String nameKey = origin.campaignName() == null ? null : origin.campaignName().trim().toLowerCase(Locale.ROOT);
                campaign = byMapping.get(mappingKey(origin.platform(), origin.accountId(), origin.mappingKey()));
                kind = MatchKind.MAPPING;
                if (campaign == null && nameKey != null && origin.campaignId() != null) {
                    campaign = byMapping.get(mappingKey(origin.platform(), origin.accountId(), nameKey));
                }
                if (campaign == null && nameKey != null) {
                    campaign = byUtm.get(nameKey);
                    kind = MatchKind.UTM_CAMPAIGN;
                }
                if (campaign == null && nameKey != null) {
                    campaign = byName.get(nameKey);
                    kind = MatchKind.NAME;
                }
            }
            // a cost sheet's row may go to its campaign alone; any other row needs a channel
            boolean costSheet = origin.platform().equals("utm") && !touchpoints;
            if (channel == null && !(costSheet && (campaign != null || origin.namesCampaign()
                    && request.onUnmapped() == OnUnmapped.CREATE_CAMPAIGNS))) {
                if (request.channelId() == null) {
                    errors.add(new LineError(figures.lines.get(0), "source", "UNKNOWN_CHANNEL", source == null
                            ? origin.isContent() ? "The row names no platform (no platform column, no link whose host"
                                    + " names one): give platform or channelId."
                                    : "The row names no source (utm_source) and no known campaign: give channelId."
                            : "No channel for source \"" + ImportScan.shown(source) + "\": create a channel of"
                                    + " that name, add it as an alias, or give channelId."));
                }
                return;
            }
            if (campaign != null) {
                campaignIds.add(campaign);
                targets.put(origin, new ImportPlan.Target(channel, campaign, null, kind));
                matched.add(new MatchedName(origin.platform(), origin.accountId(), origin.shownName(),
                        Campaign.globalId(campaign), String.valueOf(campaign), kind));
            } else if (!origin.namesCampaign() || request.onUnmapped() == OnUnmapped.CHANNEL_ONLY) {
                targets.put(origin, new ImportPlan.Target(channel, null, null, null));
            } else if (request.onUnmapped() == OnUnmapped.CREATE_CAMPAIGNS) {
                String name = origin.shownName().trim();
                name = name.length() > 200 ? name.substring(0, 200) : name;
                targets.put(origin, new ImportPlan.Target(channel, null, name, MatchKind.CREATED));
                matched.add(new MatchedName(origin.platform(), origin.accountId(), origin.shownName(), null, name,
                        MatchKind.CREATED));
            } else {
                unmapped.add(new UnmappedName(origin.platform(), origin.accountId(), origin.shownName(),
                        List.copyOf(figures.lines), figures.rows));
                errors.add(new LineError(figures.lines.get(0), "campaign", "UNMAPPED_CAMPAIGN", "Campaign \""
                        + ImportScan.shown(origin.shownName()) + "\" (" + figures.rows + " rows, first at lines "
                        + figures.lines + ") matches no campaign by mapping, utmCampaign or name: map it"
                        + " (setPlatformCampaignMapping), or import with onUnmapped=CREATE_CAMPAIGNS or CHANNEL_ONLY."));
            }
        });
        // the campaigns' names, read once for every match
        Map<Long, Campaign> found = campaigns.findByIds(campaignIds);
        List<MatchedName> named = matched.stream().map(m -> m.campaignId() == null ? m
                : new MatchedName(m.platform(), m.accountId(), m.name(), m.campaignId(),
                        found.get(GlobalId.decode(Campaign.TYPE, m.campaignId()).orElseThrow()).getName(), m.matchedBy()))
                .toList();
        errors.sort(Comparator.comparingInt(LineError::line));
        return new ImportPlan(targets, errors, unmapped, named);
    }

    /**
     * The source an origin's channel is found by: its own; for a post or audience row that names none, the upload's
     * platform option (the Meta, LinkedIn and X exports have no platform column; a post's link usually tells).
     */
    private static String sourceOf(Origin origin, ImportRequest request) {
        if (origin.source() == null && origin.isContent() && request.platform() != null) {
            return request.platform().trim().toLowerCase(Locale.ROOT);
        }
        return origin.source();
    }

    static String mappingKey(String platform, String accountId, String key) {
        return platform + "\u0000" + (accountId == null ? "" : accountId) + "\u0000" + key;
    }

    /** The stored mappings of the workspace by (platform, account, platform campaign key). */
    private Map<String, Long> mappings() {
        Map<String, Long> result = new HashMap<>();
        PlatformCampaignMappingEntity.<PlatformCampaignMappingEntity>list("workspaceId", workspace.id())
                .forEach(m -> result.put(mappingKey(m.platform, m.accountId, m.platformCampaignKey), m.campaignId));
        return result;
    }

    /** Campaign ids by lower-cased name (the oldest campaign when two share a name), in one statement. */
    private Map<String, Long> campaignIdsByName(Set<String> names) {
        Map<String, Long> result = new HashMap<>();
        if (!names.isEmpty()) {
            CampaignEntity.<CampaignEntity>list("workspaceId = ?1 and lower(name) in ?2 order by id desc",
                    workspace.id(), names).forEach(c -> result.put(c.name.toLowerCase(Locale.ROOT), c.id));
        }
        return result;
    }

    /** Each source's channel (empty: none); with an explicit channelId, that channel under the key "". */
    private Map<String, Optional<Long>> channelsOf(Set<Origin> origins, ImportRequest request, List<LineError> errors) {
        Map<String, Optional<Long>> result = new HashMap<>();
        if (request.channelId() != null) {
            Optional<Long> id = GlobalId.decode(Channel.TYPE, request.channelId()).filter(c -> channels.find(c).isPresent());
            if (id.isEmpty()) {
                errors.add(new LineError(0, "channelId", "UNKNOWN_CHANNEL",
                        "channelId \"" + ImportScan.shown(request.channelId()) + "\" is no channel of this workspace."));
            }
            result.put("", id);
            return result;
        }
        Set<String> sources = new HashSet<>();
        origins.stream().map(o -> sourceOf(o, request)).filter(s -> s != null).forEach(sources::add);
        Set<String> keys = new HashSet<>(sources);
        keys.addAll(META);
        keys.addAll(X);
        keys.add("google");
        Map<String, Long> bySourceKey = channels.channelIdsBySourceKey(keys);
        for (String source : sources) {
            Long channel;
            if (META.contains(source)) {
                String option = request.platform() == null ? null : request.platform().trim().toLowerCase(Locale.ROOT);
                String wanted = option != null && META.contains(option) ? option
                        : source.equals("meta") ? null : source;
                if (wanted != null) {
                    channel = bySourceKey.get(wanted);
                } else if (bySourceKey.containsKey("facebook") && bySourceKey.containsKey("instagram")
                        && !bySourceKey.get("facebook").equals(bySourceKey.get("instagram"))) {
                    errors.add(new LineError(0, "platform", "AMBIGUOUS_CHANNEL", "The workspace has a Facebook and an"
                            + " Instagram channel: give platform=FACEBOOK or platform=INSTAGRAM (or channelId)."));
                    channel = null;
                } else {
                    channel = Optional.ofNullable(bySourceKey.get("facebook")).orElse(bySourceKey.get("instagram"));
                    if (channel == null) {
                        channel = bySourceKey.get("meta");
                    }
                }
            } else if (GOOGLE_ADS.contains(source)) {
                channel = bySourceKey.get("google");
                if (channel == null) {
                    List<ChannelEntity> search = ChannelEntity.list("workspaceId = ?1 and kind = ?2", workspace.id(),
                            ChannelKind.SEARCH);
                    channel = search.size() == 1 ? search.get(0).id : null;
                }
            } else if (X.contains(source)) {
                channel = X.stream().map(bySourceKey::get).filter(c -> c != null).findFirst().orElse(null);
            } else {
                channel = bySourceKey.get(source);
            }
            result.put(source, Optional.ofNullable(channel));
        }
        return result;
    }
}
