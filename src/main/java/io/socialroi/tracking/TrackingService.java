package io.socialroi.tracking;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.socialroi.campaign.CampaignService;
import io.socialroi.channel.ChannelService;
import io.socialroi.common.AuditedEntity;
import io.socialroi.common.BatchReferences;
import io.socialroi.common.BatchWriter;
import io.socialroi.common.BatchWriter.References;
import io.socialroi.common.DateInputs;
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
 * records nothing. An item whose externalId is known is counted as a duplicate, never twice. A valid batch is
 * one insert statement whatever its size (the entity's insertNew), and its new rows' ids are announced in the same
 * transaction (TouchpointsRecorded, ConversionsRecorded).
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
                List<Long> inserted = TouchpointEntity.insertNew(em, workspace.id(), AuditedEntity.currentSubject(),
                        touches.stream().map(TrackingService::touchpoint).toList());
                touchpointsRecorded.fire(new TouchpointsRecorded(workspace.id(), inserted));
                return counted(touches, inserted);
            }
        });
    }

    private static TouchpointEntity.Row touchpoint(Touch touch) {
        TouchpointInput item = touch.input;
        Utm.Parameters utm = touch.utm;
        return new TouchpointEntity.Row(item.personKey.trim(), touch.time, touch.channel, touch.campaign,
                item.mediaType != null ? item.mediaType : Utm.mediaTypeOf(utm.medium()).orElseThrow(), utm.source(),
                utm.medium(), utm.campaign(), utm.term(), Utm.termKey(utm.term()), utm.content(),
                blankToNull(item.landingUrl), blankToNull(item.externalId));
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
                List<Long> inserted = ConversionEntity.insertNew(em, workspace.id(), AuditedEntity.currentSubject(),
                        conversions.stream().map(TrackingService::conversion).toList());
                conversionsRecorded.fire(new ConversionsRecorded(workspace.id(), inserted));
                return counted(conversions, inserted);
            }
        });
    }

    private static ConversionEntity.Row conversion(Checked checked) {
        ConversionInput item = checked.input();
        MoneyInputs.ValidMoney revenue = checked.revenue();
        return new ConversionEntity.Row(item.personKey.trim(), checked.time(), item.type, blankToNull(item.customType),
                revenue == null ? null : revenue.amount(), revenue == null ? null : revenue.currency(),
                checked.channel(), checked.campaign(), blankToNull(item.externalId));
    }

    /** The batch's count: the items inserted, and the others, skipped as duplicates of a known external id. */
    private static BatchResult counted(List<?> items, List<Long> inserted) {
        return new BatchResult(inserted.size(), items.size() - inserted.size());
    }

    private static OffsetDateTime dateTime(DateTimeScalar value, InputErrors at) {
        return dateTime(value, at, "occurredAt");
    }

    /** The instant, or null with INVALID_DATE at {@code field}. */
    static OffsetDateTime dateTime(DateTimeScalar value, InputErrors at, String field) {
        return DateInputs.dateTime(value, at, field);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
