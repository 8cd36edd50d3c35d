package io.socialroi.tracking;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.socialroi.campaign.CampaignService;
import io.socialroi.channel.ChannelService;
import io.socialroi.common.BatchReferences;
import io.socialroi.common.BatchWriter;
import io.socialroi.common.BatchWriter.References;
import io.socialroi.common.DateTimeScalar;
import io.socialroi.common.Echo;
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

    @Inject
    CurrentWorkspace workspace;
    @Inject
    ChannelService channels;
    @Inject
    CampaignService campaigns;
    @Inject
    BatchWriter batches;
    @Inject
    EntityManager em;
    @Inject
    Event<TouchpointsRecorded> touchpointsRecorded;
    @Inject
    Event<ConversionsRecorded> conversionsRecorded;

    public record BatchResult(int accepted, int duplicates) {
    }

    /** A touchpoint checked: its time read, its utm_* merged with the landing URL's, its references resolved. */
    private static final class Touch {
        final TouchpointInput input;
        final OffsetDateTime time;
        final Utm.Parameters utm;
        Long channel;
        Long campaign;

        Touch(TouchpointInput input, OffsetDateTime time, Utm.Parameters utm) {
            this.input = input;
            this.time = time;
            this.utm = utm;
        }
    }

    @Transactional
    @WritesWorkspaceData
    public BatchResult recordTouchpoints(List<TouchpointInput> items) {
        BatchReferences refs = campaigns.batchReferences(items.size());
        return batches.write(items, new BatchWriter.Feature<TouchpointInput, Touch, BatchResult>() {
            final Set<String> sourceKeys = new HashSet<>();
            final Set<String> utmCampaigns = new HashSet<>();
            Map<String, Long> bySource = Map.of();
            Map<String, Long> byUtm = Map.of();

            @Override
            public Touch check(int i, TouchpointInput item, InputErrors at) {
                Touch touch = new Touch(item, dateTime(item.occurredAt, at),
                        new Utm.Parameters(item.utmSource, item.utmMedium, item.utmCampaign, item.utmTerm,
                                item.utmContent).orElse(Utm.parse(item.landingUrl)));
                Utm.Parameters utm = touch.utm;
                for (String[] f : new String[][] {{"utmSource", utm.source()}, {"utmMedium", utm.medium()},
                        {"utmCampaign", utm.campaign()}, {"utmTerm", utm.term()}, {"utmContent", utm.content()}}) {
                    TextInputs.check(f[1], 200, at, f[0]);
                }
                // channelId and campaignId are decoded by the batch writer; utm_source and utm_campaign are the
                // fallbacks, looked up after this pass
                touch.channel = refs.channel(i);
                touch.campaign = refs.campaign(i);
                if (item.channelId == null && utm.source() != null) {
                    sourceKeys.add(ChannelService.sourceKey(utm.source()));
                } else if (item.channelId == null) {
                    at.add(UserErrorCode.REQUIRED, "Name the channel with channelId or utmSource.", "channelId");
                }
                if (item.campaignId == null && utm.campaign() != null) {
                    utmCampaigns.add(CampaignService.utmKey(utm.campaign()));
                }
                if (item.mediaType == null && Utm.mediaTypeOf(utm.medium()).isEmpty()) {
                    at.add(UserErrorCode.UNKNOWN_MEDIUM, utm.medium() == null
                            ? "Give mediaType (PAID, OWNED, EARNED) or a utmMedium that implies it."
                            : "utm_medium \"" + utm.medium() + "\" does not tell PAID, OWNED or EARNED: give mediaType.",
                            "mediaType");
                }
                return touch;
            }

            @Override
            public References<TouchpointInput> references() {
                return new References<>(refs, item -> item.channelId, item -> item.campaignId);
            }

            @Override
            public void lookUp() {
                bySource = channels.channelIdsBySourceKey(sourceKeys);
                byUtm = campaigns.campaignIdsByUtm(utmCampaigns);
            }

            @Override
            public void checkReferences(int i, Touch touch, InputErrors at) {
                if (touch.input.channelId == null && touch.utm.source() != null) {
                    touch.channel = bySource.get(ChannelService.sourceKey(touch.utm.source()));
                    if (touch.channel == null) {
                        at.add(UserErrorCode.UNKNOWN_SOURCE, "utm_source \"" + Echo.of(touch.utm.source())
                                + "\" matches no channel name or alias: create the channel or add the alias.", "utmSource");
                    }
                }
                if (touch.input.campaignId == null && touch.utm.campaign() != null) {
                    touch.campaign = byUtm.get(CampaignService.utmKey(touch.utm.campaign()));
                    if (touch.campaign == null) {
                        at.add(UserErrorCode.UNKNOWN_CAMPAIGN, "utm_campaign \"" + Echo.of(touch.utm.campaign())
                                + "\" matches no campaign's utmCampaign.", "utmCampaign");
                    }
                }
            }

            @Override
            public BatchResult write(List<Touch> touches) {
                return persistNew(TOUCHPOINT_EXTERNAL_IDS, touches, t -> t.input.externalId, TrackingService::touchpoint,
                        t -> t.id, ids -> touchpointsRecorded.fire(new TouchpointsRecorded(workspace.id(), ids)));
            }
        });
    }

    private static TouchpointEntity touchpoint(long ws, Touch touch) {
        TouchpointInput item = touch.input;
        Utm.Parameters utm = touch.utm;
        TouchpointEntity t = new TouchpointEntity();
        t.workspaceId = ws;
        t.personKey = item.personKey.trim();
        t.occurredAt = touch.time;
        t.channelId = touch.channel;
        t.campaignId = touch.campaign;
        t.mediaType = item.mediaType != null ? item.mediaType : Utm.mediaTypeOf(utm.medium()).orElseThrow();
        t.utmSource = utm.source();
        t.utmMedium = utm.medium();
        t.utmCampaign = utm.campaign();
        t.utmTerm = utm.term();
        t.utmTermKey = Utm.termKey(t.utmTerm);
        t.utmContent = utm.content();
        t.landingUrl = blankToNull(item.landingUrl);
        t.externalId = blankToNull(item.externalId);
        return t;
    }

    /** A conversion checked: its time and revenue read, its references decoded. */
    private record Checked(ConversionInput input, OffsetDateTime time, MoneyInputs.ValidMoney revenue, Long channel,
            Long campaign) {
    }

    @Transactional
    @WritesWorkspaceData
    public BatchResult recordConversions(List<ConversionInput> items) {
        BatchReferences refs = campaigns.batchReferences(items.size());
        return batches.write(items, new BatchWriter.Feature<ConversionInput, Checked, BatchResult>() {
            @Override
            public Checked check(int i, ConversionInput item, InputErrors at) {
                OffsetDateTime time = dateTime(item.occurredAt, at);
                MoneyInputs.ValidMoney revenue = MoneyInputs.validate(item.revenue, at.at("revenue"));
                return new Checked(item, time, revenue, refs.channel(i), refs.campaign(i));
            }

            @Override
            public References<ConversionInput> references() {
                return new References<>(refs, item -> item.channelId, item -> item.campaignId);
            }

            @Override
            public BatchResult write(List<Checked> conversions) {
                return persistNew(CONVERSION_EXTERNAL_IDS, conversions, c -> c.input().externalId,
                        TrackingService::conversion, c -> c.id,
                        ids -> conversionsRecorded.fire(new ConversionsRecorded(workspace.id(), ids)));
            }
        });
    }

    private static ConversionEntity conversion(long ws, Checked checked) {
        ConversionInput item = checked.input();
        ConversionEntity c = new ConversionEntity();
        c.workspaceId = ws;
        c.personKey = item.personKey.trim();
        c.occurredAt = checked.time();
        c.type = item.type;
        c.customType = blankToNull(item.customType);
        if (checked.revenue() != null) {
            c.revenueAmount = checked.revenue().amount();
            c.revenueCurrency = checked.revenue().currency();
        }
        c.channelId = checked.channel();
        c.campaignId = checked.campaign();
        c.externalId = blankToNull(item.externalId);
        return c;
    }

    /**
     * Persists the items whose external ID is new (neither stored nor earlier in the batch) and counts the others as
     * duplicates; flushes, so that constraint failures surface here, inside the service, not at commit; then tells
     * {@code recorded} the new rows' ids (in the transaction: see TouchpointsRecorded).
     */
    private <C, E> BatchResult persistNew(String existingStatement, List<C> items, Function<C, String> externalId,
            BiFunction<Long, C, E> entity, Function<E, Long> rowId, Consumer<List<Long>> recorded) {
        long ws = workspace.id();
        Set<String> seen = existingExternalIds(existingStatement, ws,
                externalIds(items.stream().map(externalId).toList()));
        int accepted = 0;
        int duplicates = 0;
        List<Long> inserted = new ArrayList<>();
        for (C item : items) {
            String id = blankToNull(externalId.apply(item));
            if (id != null && !seen.add(id)) {
                duplicates++;
                continue;
            }
            E row = entity.apply(ws, item);
            em.persist(row);
            inserted.add(rowId.apply(row));
            accepted++;
        }
        em.flush();
        recorded.accept(inserted);
        return new BatchResult(accepted, duplicates);
    }

    private static OffsetDateTime dateTime(DateTimeScalar value, InputErrors at) {
        Optional<OffsetDateTime> parsed = value == null ? Optional.empty() : value.value();
        if (parsed.isEmpty()) {
            at.add(UserErrorCode.INVALID_DATE, "\"" + Echo.of(value)
                    + "\" is not a date-time with an offset such as 2026-03-31T12:00:00Z.", "occurredAt");
            return null;
        }
        return parsed.get();
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
