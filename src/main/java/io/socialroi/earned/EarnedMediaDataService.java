package io.socialroi.earned;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.socialroi.common.Echo;
import io.socialroi.campaign.CampaignService;
import io.socialroi.channel.Channel;
import io.socialroi.channel.ChannelService;
import io.socialroi.common.AuditedEntity;
import io.socialroi.common.BatchReferences;
import io.socialroi.common.BatchWriter;
import io.socialroi.common.BatchWriter.DuplicateKey;
import io.socialroi.common.BatchWriter.References;
import io.socialroi.common.DateScalar;
import io.socialroi.common.GlobalId;
import io.socialroi.common.DateInputs;
import io.socialroi.common.InputConstraints;
import io.socialroi.common.InputErrors;
import io.socialroi.common.TextInputs;
import io.socialroi.common.Upserts;
import io.socialroi.common.UserErrorCode;
import io.socialroi.money.Money;
import io.socialroi.money.MoneyInputs;
import io.socialroi.tracking.MediaType;
import io.socialroi.workspace.CurrentWorkspace;
import io.socialroi.workspace.WritesWorkspaceData;

/**
 * What earned media value is computed from: keyword CPCs with validity ranges, organic clicks, CPMs per media type.
 * Batches are atomic: every item valid, or nothing written.
 */
@ApplicationScoped
public class EarnedMediaDataService {

    /** One writer of a workspace's prices at a time, so that two batches cannot overlap each other unseen. */
    static final String LOCK_KEYWORD_CPCS = """
            select pg_advisory_xact_lock(hashtextextended('keyword_cpc:' || :ws, 0))""";

    @Inject
    CurrentWorkspace workspace;
    @Inject
    ChannelService channels;
    @Inject
    CampaignService campaigns;
    @Inject
    BatchWriter batches;
    @Inject
    InputConstraints constraints;
    @Inject
    EntityManager em;

    // ---- keyword CPC -------------------------------------------------------------------------

    /** The workspace's prices, of one keyword when {@code keyword} is not null. */
    public List<KeywordCpc> keywordCpcs(String keyword) {
        String normalized = KeywordMath.normalize(keyword);
        List<KeywordCpcEntity> prices = normalized == null ? KeywordCpcEntity.listByWorkspace(workspace.id())
                : KeywordCpcEntity.listByKeyword(workspace.id(), normalized);
        return prices.stream().map(EarnedMediaDataService::keywordCpc).toList();
    }

    private static KeywordCpc keywordCpc(KeywordCpcEntity price) {
        return new KeywordCpc(price.keyword, Money.recorded(price.amount, price.currency),
                DateScalar.of(price.validFrom), DateScalar.of(price.validTo));
    }

    /** A price checked: its keyword normalized, its dates and money read. */
    private record Price(int index, String keyword, LocalDate from, LocalDate to, MoneyInputs.ValidMoney price,
            boolean reversed) {
        String key() {
            return keyword + "|" + from;
        }
    }

    @Transactional
    @WritesWorkspaceData
    public Upserts setKeywordCpcs(List<KeywordCpcInput> items) {
        return batches.write(items, new BatchWriter.Feature<KeywordCpcInput, Price, Upserts>() {
            @Override
            public Price check(int i, KeywordCpcInput item, InputErrors at) {
                String keyword = keyword(item.keyword, at);
                MoneyInputs.ValidMoney price = MoneyInputs.validate(item.cpc, at.at("cpc"));
                LocalDate from = DateInputs.optional(item.validFrom, at, "validFrom");
                LocalDate to = DateInputs.optional(item.validTo, at, "validTo");
                boolean reversed = from != null && to != null && to.isBefore(from);
                if (reversed) {
                    at.add(UserErrorCode.END_BEFORE_START, "validTo (" + to + ") is before validFrom (" + from + ").",
                            "validTo");
                }
                return new Price(i, keyword, from, to, price, reversed);
            }

            @Override
            public DuplicateKey key(Price price) {
                return price.reversed() || price.keyword() == null || price.from() == null ? null
                        : new DuplicateKey(price.key(), "The same keyword and validFrom", "validFrom");
            }

            @Override
            public void checkBatch(List<Price> prices, InputErrors errors) {
                checkOverlaps(prices, errors);
            }

            @Override
            public Upserts write(List<Price> prices) {
                return KeywordCpcEntity.upsertAll(em, workspace.id(), AuditedEntity.currentSubject(), prices.stream()
                        .map(p -> new KeywordCpcEntity.Row(p.keyword(), p.from(), p.to(), p.price().amount(),
                                p.price().currency())).toList());
            }
        });
    }

    /**
     * A keyword has one price per day: the batch's prices (the first of a duplicate key) may overlap neither each
     * other nor the stored ones they do not replace. Reads the stored validities in one statement, under the lock.
     */
    private void checkOverlaps(List<Price> prices, InputErrors errors) {
        Map<String, List<KeywordMath.Validity<Integer>>> byKeyword = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (Price price : prices) {
            if (!price.reversed() && price.keyword() != null && price.from() != null && keys.add(price.key())) {
                byKeyword.computeIfAbsent(price.keyword(), k -> new ArrayList<>())
                        .add(new KeywordMath.Validity<>(price.from(), price.to(), price.index()));
            }
        }
        if (byKeyword.isEmpty()) {
            return;
        }
        long ws = workspace.id();
        em.createNativeQuery(LOCK_KEYWORD_CPCS).setParameter("ws", ws).getSingleResult();
        for (KeywordCpcEntity price : KeywordCpcEntity.listByKeywords(ws, byKeyword.keySet())) {
            if (keys.contains(price.keyword + "|" + price.validFrom)) {
                continue; // being replaced
            }
            byKeyword.get(price.keyword).add(new KeywordMath.Validity<>(price.validFrom, price.validTo, null));
        }
        Set<Integer> reported = new HashSet<>();
        for (var ranges : byKeyword.values()) {
            for (var overlap : KeywordMath.overlaps(ranges)) {
                // name the batch item: the later one, or the earlier when the later is stored; each once
                var item = overlap.later().tag() != null ? overlap.later() : overlap.earlier();
                var other = item == overlap.later() ? overlap.earlier() : overlap.later();
                if (!reported.add(item.tag())) {
                    continue;
                }
                errors.at(String.valueOf(item.tag())).add(UserErrorCode.OVERLAPPING_VALIDITY, "The price of \""
                        + Echo.of(prices.get(item.tag()).keyword()) + "\" from " + item.from() + " overlaps "
                        + (other.tag() == null ? "the stored price " : "input " + other.tag() + ", ")
                        + range(other) + ": a keyword has one price per day.", "validFrom");
            }
        }
    }

    private static String range(KeywordMath.Validity<?> v) {
        return v.from() + " to " + (v.to() == null ? "open end" : v.to());
    }

    // ---- organic clicks ----------------------------------------------------------------------

    /** A day's clicks checked: its keyword normalized, its date read, its references decoded. */
    private record Clicks(String keyword, LocalDate day, Long channel, Long campaign, boolean decoded, Long clicks) {
    }

    @Transactional
    @WritesWorkspaceData
    public Upserts recordOrganicClicks(List<OrganicClicksInput> items) {
        BatchReferences refs = campaigns.batchReferences(items.size());
        return batches.write(items, new BatchWriter.Feature<OrganicClicksInput, Clicks, Upserts>() {
            @Override
            public Clicks check(int i, OrganicClicksInput item, InputErrors at) {
                String keyword = keyword(item.keyword, at);
                LocalDate day = DateInputs.optional(item.date, at, "date");
                return new Clicks(keyword, day, refs.channel(i), refs.campaign(i), refs.decoded(i), item.clicks);
            }

            @Override
            public References<OrganicClicksInput> references() {
                return new References<>(refs, item -> item.channelId, item -> item.campaignId);
            }

            @Override
            public DuplicateKey key(Clicks c) {
                return c.keyword() == null || c.day() == null || !c.decoded() ? null
                        : new DuplicateKey(c.keyword() + "|" + c.channel() + "|" + c.campaign() + "|" + c.day(),
                                "The same keyword, channel, campaign and date", "date");
            }

            @Override
            public Upserts write(List<Clicks> days) {
                return OrganicClicksEntity.upsertAll(em, workspace.id(), AuditedEntity.currentSubject(), days.stream()
                        .map(c -> new OrganicClicksEntity.Row(c.keyword(), c.day(), c.channel(), c.campaign(), c.clicks()))
                        .toList());
            }
        });
    }

    // ---- CPM of OWNED / EARNED impressions ---------------------------------------------------

    public List<EarnedMediaCpm> earnedMediaCpms() {
        List<EarnedMediaCpmEntity> prices = EarnedMediaCpmEntity.listByWorkspace(workspace.id());
        Set<Long> channelIds = new HashSet<>();
        for (EarnedMediaCpmEntity price : prices) {
            if (price.channelId != null) {
                channelIds.add(price.channelId);
            }
        }
        Map<Long, Channel> byId = channels.findByIds(channelIds);
        return prices.stream().map(p -> new EarnedMediaCpm(p.mediaType,
                p.channelId == null ? null : byId.get(p.channelId), Money.recorded(p.amount, p.currency))).toList();
    }

    /** Sets (or with a null cpm removes) one CPM; returns it, or null when removed. */
    @Transactional
    @WritesWorkspaceData
    public EarnedMediaCpm setEarnedMediaCpm(SetEarnedMediaCpmInput input) {
        long ws = workspace.id();
        InputErrors errors = new InputErrors("input");
        constraints.check(input, errors);
        if (input.mediaType == MediaType.PAID) {
            errors.add(UserErrorCode.INVALID_VALUE, "Only OWNED and EARNED impressions have a CPM here: PAID ones were"
                    + " bought, their cost is their price.", "mediaType");
        }
        Long channelId = null;
        Channel channel = null;
        if (input.channelId != null) {
            channelId = GlobalId.decodeOrReport(Channel.TYPE, input.channelId, errors, "channelId");
            if (channelId != null) {
                channel = channels.findByIds(List.of(channelId)).get(channelId);
                if (channel == null) {
                    errors.add(UserErrorCode.NOT_FOUND, GlobalId.notFound(Channel.TYPE, Echo.of(input.channelId)), "channelId");
                }
            }
        }
        MoneyInputs.ValidMoney cpm = MoneyInputs.validate(input.cpm, errors.at("cpm"));
        errors.throwIfAny();
        if (cpm == null) {
            EarnedMediaCpmEntity.deletePrice(ws, input.mediaType, channelId);
            return null;
        }
        EarnedMediaCpmEntity price = EarnedMediaCpmEntity.findPrice(ws, input.mediaType, channelId)
                .orElseGet(EarnedMediaCpmEntity::new);
        price.workspaceId = ws;
        price.mediaType = input.mediaType;
        price.channelId = channelId;
        price.amount = cpm.amount();
        price.currency = cpm.currency();
        price.updatedAt = OffsetDateTime.now();
        price.persist();
        price.flush(); // constraint failures surface here, inside the service, not at commit
        return new EarnedMediaCpm(input.mediaType, channel, Money.recorded(price.amount, price.currency));
    }

    // ---- shared checks -----------------------------------------------------------------------

    /** The normalized keyword, or null after adding REQUIRED, TOO_LONG or INVALID_VALUE at "keyword". */
    private static String keyword(String raw, InputErrors at) {
        String keyword = KeywordMath.normalize(raw);
        if (keyword == null || keyword.isEmpty()) {
            at.add(UserErrorCode.REQUIRED, "A keyword is required.", "keyword");
            return null;
        }
        if (keyword.length() > KeywordMath.MAX_LENGTH) {
            at.add(UserErrorCode.TOO_LONG, "At most " + KeywordMath.MAX_LENGTH + " characters (got " + keyword.length()
                    + ").", "keyword");
            return null;
        }
        if (KeywordMath.hasControlCharacters(keyword)) {
            at.add(UserErrorCode.INVALID_VALUE, TextInputs.CONTROL_CHARACTERS, "keyword");
            return null;
        }
        return keyword;
    }

}
