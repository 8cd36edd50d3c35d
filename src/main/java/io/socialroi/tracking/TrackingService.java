package io.socialroi.tracking;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.socialroi.campaign.Campaign;
import io.socialroi.campaign.CampaignService;
import io.socialroi.channel.Channel;
import io.socialroi.channel.ChannelService;
import io.socialroi.common.BatchReferences;
import io.socialroi.common.Echo;
import io.socialroi.common.GlobalId;
import io.socialroi.common.InputErrors;
import io.socialroi.common.TextInputs;
import io.socialroi.common.UserErrorCode;
import io.socialroi.money.MoneyInputs;
import io.socialroi.workspace.CurrentWorkspace;
import io.socialroi.workspace.WritesWorkspaceData;

/**
 * Records touchpoints and conversions as atomic, idempotent batches: every item is validated first
 * (references resolved with one statement per kind, not one per item), and a batch with any bad item
 * records nothing. An item whose externalId is known is counted as a duplicate, never twice.
 */
@ApplicationScoped
public class TrackingService {

    public static final int MAX_BATCH = 5_000;

    @Inject
    CurrentWorkspace workspace;
    @Inject
    ChannelService channels;
    @Inject
    CampaignService campaigns;
    @Inject
    EntityManager em;
    @Inject
    Event<TouchpointsRecorded> touchpointsRecorded;
    @Inject
    Event<ConversionsRecorded> conversionsRecorded;

    public record BatchResult(int accepted, int duplicates) {
    }

    @Transactional
    @WritesWorkspaceData
    public BatchResult recordTouchpoints(List<TouchpointInput> items) {
        InputErrors errors = new InputErrors("input");
        checkSize(items, errors);
        long ws = workspace.id();
        int n = items.size();

        // Pass 1: shape of every item, and the references to resolve.
        Utm.Parameters[] utm = new Utm.Parameters[n];
        Long[] channelIds = new Long[n];
        Long[] campaignIds = new Long[n];
        OffsetDateTime[] times = new OffsetDateTime[n];
        Set<Long> channelRefs = new HashSet<>();
        Set<Long> campaignRefs = new HashSet<>();
        Set<String> sourceKeys = new HashSet<>();
        Set<String> utmCampaigns = new HashSet<>();
        for (int i = 0; i < n; i++) {
            TouchpointInput item = items.get(i);
            InputErrors at = errors.at(String.valueOf(i));
            personKey(item.personKey, at);
            times[i] = dateTime(item.occurredAt, at);
            text(item.landingUrl, 2000, at, "landingUrl");
            text(item.externalId, 200, at, "externalId");
            utm[i] = new Utm.Parameters(item.utmSource, item.utmMedium, item.utmCampaign, item.utmTerm, item.utmContent)
                    .orElse(Utm.parse(item.landingUrl));
            for (String[] f : new String[][] {{"utmSource", utm[i].source()}, {"utmMedium", utm[i].medium()},
                    {"utmCampaign", utm[i].campaign()}, {"utmTerm", utm[i].term()}, {"utmContent", utm[i].content()}}) {
                text(f[1], 200, at, f[0]);
            }
            if (item.channelId != null) {
                channelIds[i] = GlobalId.decodeOrReport(Channel.TYPE, item.channelId, at, "channelId");
                if (channelIds[i] != null) {
                    channelRefs.add(channelIds[i]);
                }
            } else if (utm[i].source() != null) {
                sourceKeys.add(ChannelService.sourceKey(utm[i].source()));
            } else {
                at.add(UserErrorCode.REQUIRED, "Name the channel with channelId or utmSource.", "channelId");
            }
            if (item.campaignId != null) {
                campaignIds[i] = GlobalId.decodeOrReport(Campaign.TYPE, item.campaignId, at, "campaignId");
                if (campaignIds[i] != null) {
                    campaignRefs.add(campaignIds[i]);
                }
            } else if (utm[i].campaign() != null) {
                utmCampaigns.add(CampaignService.utmKey(utm[i].campaign()));
            }
            if (item.mediaType == null && Utm.mediaTypeOf(utm[i].medium()).isEmpty()) {
                at.add(UserErrorCode.UNKNOWN_MEDIUM, utm[i].medium() == null
                        ? "Give mediaType (PAID, OWNED, EARNED) or a utmMedium that implies it."
                        : "utm_medium \"" + utm[i].medium() + "\" does not tell PAID, OWNED or EARNED: give mediaType.",
                        "mediaType");
            }
        }

        // Pass 2: resolve references with one statement per kind.
        Set<Long> knownChannels = channels.findByIds(channelRefs).keySet();
        Map<String, Long> bySource = channels.channelIdsBySourceKey(sourceKeys);
        Set<Long> knownCampaigns = campaigns.existingIds(campaignRefs);
        Map<String, Long> byUtm = campaigns.campaignIdsByUtm(utmCampaigns);
        for (int i = 0; i < n; i++) {
            TouchpointInput item = items.get(i);
            InputErrors at = errors.at(String.valueOf(i));
            if (item.channelId != null) {
                if (channelIds[i] != null && !knownChannels.contains(channelIds[i])) {
                    at.add(UserErrorCode.NOT_FOUND, "No channel with ID " + Echo.of(item.channelId) + ".", "channelId");
                }
            } else if (utm[i].source() != null) {
                channelIds[i] = bySource.get(ChannelService.sourceKey(utm[i].source()));
                if (channelIds[i] == null) {
                    at.add(UserErrorCode.UNKNOWN_SOURCE, "utm_source \"" + Echo.of(utm[i].source())
                            + "\" matches no channel name or alias: create the channel or add the alias.", "utmSource");
                }
            }
            if (item.campaignId != null) {
                if (campaignIds[i] != null && !knownCampaigns.contains(campaignIds[i])) {
                    at.add(UserErrorCode.NOT_FOUND, "No campaign with ID " + Echo.of(item.campaignId) + ".", "campaignId");
                }
            } else if (utm[i].campaign() != null) {
                campaignIds[i] = byUtm.get(CampaignService.utmKey(utm[i].campaign()));
                if (campaignIds[i] == null) {
                    at.add(UserErrorCode.UNKNOWN_CAMPAIGN, "utm_campaign \"" + Echo.of(utm[i].campaign())
                            + "\" matches no campaign's utmCampaign.", "utmCampaign");
                }
            }
        }
        errors.throwIfAny();

        Set<String> seen = existingExternalIds(TOUCHPOINT_EXTERNAL_IDS, ws, externalIds(items.stream().map(t -> t.externalId).toList()));
        int accepted = 0;
        int duplicates = 0;
        List<Long> inserted = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TouchpointInput item = items.get(i);
            String externalId = blankToNull(item.externalId);
            if (externalId != null && !seen.add(externalId)) {
                duplicates++;
                continue;
            }
            TouchpointEntity t = new TouchpointEntity();
            t.workspaceId = ws;
            t.personKey = item.personKey.trim();
            t.occurredAt = times[i];
            t.channelId = channelIds[i];
            t.campaignId = campaignIds[i];
            t.mediaType = item.mediaType != null ? item.mediaType : Utm.mediaTypeOf(utm[i].medium()).orElseThrow();
            t.utmSource = utm[i].source();
            t.utmMedium = utm[i].medium();
            t.utmCampaign = utm[i].campaign();
            t.utmTerm = utm[i].term();
            t.utmTermKey = Utm.termKey(t.utmTerm);
            t.utmContent = utm[i].content();
            t.landingUrl = blankToNull(item.landingUrl);
            t.externalId = externalId;
            em.persist(t);
            inserted.add(t.id);
            accepted++;
        }
        em.flush(); // constraint failures surface here, inside the service, not at commit
        touchpointsRecorded.fire(new TouchpointsRecorded(ws, inserted));
        return new BatchResult(accepted, duplicates);
    }

    @Transactional
    @WritesWorkspaceData
    public BatchResult recordConversions(List<ConversionInput> items) {
        InputErrors errors = new InputErrors("input");
        checkSize(items, errors);
        long ws = workspace.id();
        int n = items.size();
        OffsetDateTime[] times = new OffsetDateTime[n];
        MoneyInputs.ValidMoney[] revenue = new MoneyInputs.ValidMoney[n];
        BatchReferences refs = new BatchReferences(n, Channel.TYPE, Campaign.TYPE);
        for (int i = 0; i < n; i++) {
            ConversionInput item = items.get(i);
            InputErrors at = errors.at(String.valueOf(i));
            personKey(item.personKey, at);
            times[i] = dateTime(item.occurredAt, at);
            if (item.type == null) {
                at.add(UserErrorCode.REQUIRED, "A conversion needs a type.", "type");
            }
            text(item.customType, 100, at, "customType");
            text(item.externalId, 200, at, "externalId");
            revenue[i] = MoneyInputs.validate(item.revenue, at.at("revenue"));
            refs.channel(i, item.channelId, at);
            refs.campaign(i, item.campaignId, at);
        }
        refs.lookUp(ids -> channels.findByIds(ids).keySet(), campaigns::existingIds);
        for (int i = 0; i < n; i++) {
            refs.reportUnknown(i, errors.at(String.valueOf(i)));
        }
        errors.throwIfAny();

        Set<String> seen = existingExternalIds(CONVERSION_EXTERNAL_IDS, ws, externalIds(items.stream().map(c -> c.externalId).toList()));
        int accepted = 0;
        int duplicates = 0;
        List<Long> inserted = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ConversionInput item = items.get(i);
            String externalId = blankToNull(item.externalId);
            if (externalId != null && !seen.add(externalId)) {
                duplicates++;
                continue;
            }
            ConversionEntity c = new ConversionEntity();
            c.workspaceId = ws;
            c.personKey = item.personKey.trim();
            c.occurredAt = times[i];
            c.type = item.type;
            c.customType = blankToNull(item.customType);
            if (revenue[i] != null) {
                c.revenueAmount = revenue[i].amount();
                c.revenueCurrency = revenue[i].currency();
            }
            c.channelId = refs.channel(i);
            c.campaignId = refs.campaign(i);
            c.externalId = externalId;
            em.persist(c);
            inserted.add(c.id);
            accepted++;
        }
        em.flush();
        conversionsRecorded.fire(new ConversionsRecorded(ws, inserted));
        return new BatchResult(accepted, duplicates);
    }

    /** A batch of more than {@link #MAX_BATCH} items is refused whole (BATCH_TOO_LARGE). */
    public static void checkSize(List<?> items, InputErrors errors) {
        if (items.size() > MAX_BATCH) {
            errors.add(UserErrorCode.BATCH_TOO_LARGE,
                    "A batch holds at most " + MAX_BATCH + " items (got " + items.size() + "): split it.");
            errors.throwIfAny();
        }
    }

    private static void personKey(String personKey, InputErrors at) {
        if (personKey == null || personKey.isBlank()) {
            at.add(UserErrorCode.REQUIRED, "personKey identifies the person; it cannot be blank.", "personKey");
        } else {
            text(personKey, 200, at, "personKey");
        }
    }

    private static OffsetDateTime dateTime(io.socialroi.common.DateTimeScalar value, InputErrors at) {
        Optional<OffsetDateTime> parsed = value == null ? Optional.empty() : value.value();
        if (parsed.isEmpty()) {
            at.add(UserErrorCode.INVALID_DATE, "\"" + Echo.of(value)
                    + "\" is not a date-time with an offset such as 2026-03-31T12:00:00Z.", "occurredAt");
            return null;
        }
        return parsed.get();
    }

    private static void text(String value, int max, InputErrors at, String field) {
        TextInputs.check(value, max, at, field);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static List<String> externalIds(List<String> raw) {
        List<String> ids = new ArrayList<>();
        raw.forEach(r -> {
            String id = blankToNull(r);
            if (id != null) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** The external ids among :ids already recorded, of touchpoints and of conversions. */
    static final String TOUCHPOINT_EXTERNAL_IDS = """
            select external_id from touchpoint where workspace_id = :ws and external_id in (:ids)""";
    static final String CONVERSION_EXTERNAL_IDS = """
            select external_id from conversion where workspace_id = :ws and external_id in (:ids)""";

    private Set<String> existingExternalIds(String statement, long ws, Collection<String> candidates) {
        Set<String> found = new HashSet<>();
        if (candidates.isEmpty()) {
            return found;
        }
        List<?> rows = em.createNativeQuery(statement).setParameter("ws", ws).setParameter("ids", candidates)
                .getResultList();
        rows.stream().map(String.class::cast).forEach(found::add);
        return found;
    }
}
