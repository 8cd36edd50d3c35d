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
import io.socialroi.campaign.Campaign;
import io.socialroi.campaign.CampaignService;
import io.socialroi.channel.Channel;
import io.socialroi.channel.ChannelService;
import io.socialroi.common.AuditedEntity;
import io.socialroi.common.BatchReferences;
import io.socialroi.common.DateScalar;
import io.socialroi.common.GlobalId;
import io.socialroi.common.DateInputs;
import io.socialroi.common.InputErrors;
import io.socialroi.common.Upserts;
import io.socialroi.common.UserErrorCode;
import io.socialroi.money.Money;
import io.socialroi.money.MoneyInputs;
import io.socialroi.tracking.MediaType;
import io.socialroi.tracking.TrackingService;
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

    @Transactional
    @WritesWorkspaceData
    public Upserts setKeywordCpcs(List<KeywordCpcInput> items) {
        long ws = workspace.id();
        InputErrors errors = new InputErrors("input");
        TrackingService.checkSize(items, errors);
        int n = items.size();
        String[] keywords = new String[n];
        LocalDate[] froms = new LocalDate[n];
        LocalDate[] tos = new LocalDate[n];
        MoneyInputs.ValidMoney[] prices = new MoneyInputs.ValidMoney[n];
        Map<String, List<KeywordMath.Validity<Integer>>> byKeyword = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < n; i++) {
            KeywordCpcInput item = items.get(i);
            InputErrors at = errors.at(String.valueOf(i));
            keywords[i] = keyword(item.keyword, at);
            if (item.cpc == null) {
                at.add(UserErrorCode.REQUIRED, "A price needs a cpc.", "cpc");
            } else {
                prices[i] = MoneyInputs.validate(item.cpc, at.at("cpc"));
            }
            froms[i] = DateInputs.required(item.validFrom, at, "validFrom");
            tos[i] = DateInputs.optional(item.validTo, at, "validTo");
            if (froms[i] != null && tos[i] != null && tos[i].isBefore(froms[i])) {
                at.add(UserErrorCode.END_BEFORE_START, "validTo (" + tos[i] + ") is before validFrom (" + froms[i] + ").",
                        "validTo");
                continue;
            }
            if (keywords[i] == null || froms[i] == null) {
                continue;
            }
            if (!keys.add(keywords[i] + "|" + froms[i])) {
                at.add(UserErrorCode.DUPLICATE, "The same keyword and validFrom is already in this batch.", "validFrom");
                continue;
            }
            byKeyword.computeIfAbsent(keywords[i], k -> new ArrayList<>())
                    .add(new KeywordMath.Validity<>(froms[i], tos[i], i));
        }
        if (!byKeyword.isEmpty()) {
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
                            + Echo.of(keywords[item.tag()]) + "\" from " + item.from() + " overlaps "
                            + (other.tag() == null ? "the stored price " : "input " + other.tag() + ", ")
                            + range(other) + ": a keyword has one price per day.", "validFrom");
                }
            }
        }
        errors.throwIfAny();

        List<KeywordCpcEntity.Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new KeywordCpcEntity.Row(keywords[i], froms[i], tos[i], prices[i].amount(), prices[i].currency()));
        }
        return KeywordCpcEntity.upsertAll(em, ws, AuditedEntity.currentSubject(), rows);
    }

    private static String range(KeywordMath.Validity<?> v) {
        return v.from() + " to " + (v.to() == null ? "open end" : v.to());
    }

    // ---- organic clicks ----------------------------------------------------------------------

    @Transactional
    @WritesWorkspaceData
    public Upserts recordOrganicClicks(List<OrganicClicksInput> items) {
        long ws = workspace.id();
        InputErrors errors = new InputErrors("input");
        TrackingService.checkSize(items, errors);
        int n = items.size();
        String[] keywords = new String[n];
        LocalDate[] days = new LocalDate[n];
        BatchReferences refs = new BatchReferences(n, Channel.TYPE, Campaign.TYPE);
        for (int i = 0; i < n; i++) {
            OrganicClicksInput item = items.get(i);
            InputErrors at = errors.at(String.valueOf(i));
            keywords[i] = keyword(item.keyword, at);
            days[i] = DateInputs.required(item.date, at, "date");
            if (item.clicks == null) {
                at.add(UserErrorCode.REQUIRED, "Clicks are required.", "clicks");
            } else if (item.clicks < 0) {
                at.add(UserErrorCode.NEGATIVE_COUNT, "clicks cannot be negative (got " + item.clicks + ").", "clicks");
            }
            refs.channel(i, item.channelId, at);
            refs.campaign(i, item.campaignId, at);
        }
        refs.lookUp(ids -> channels.findByIds(ids).keySet(), campaigns::existingIds);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < n; i++) {
            InputErrors at = errors.at(String.valueOf(i));
            refs.reportUnknown(i, at);
            if (keywords[i] != null && days[i] != null && refs.decoded(i)
                    && !keys.add(keywords[i] + "|" + refs.channel(i) + "|" + refs.campaign(i) + "|" + days[i])) {
                at.add(UserErrorCode.DUPLICATE, "The same keyword, channel, campaign and date is already in this batch.",
                        "date");
            }
        }
        errors.throwIfAny();

        List<OrganicClicksEntity.Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new OrganicClicksEntity.Row(keywords[i], days[i], refs.channel(i), refs.campaign(i),
                    items.get(i).clicks));
        }
        return OrganicClicksEntity.upsertAll(em, ws, AuditedEntity.currentSubject(), rows);
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
        if (input.mediaType == null) {
            errors.add(UserErrorCode.REQUIRED, "Name the media type: OWNED or EARNED.", "mediaType");
        } else if (input.mediaType == MediaType.PAID) {
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
                    errors.add(UserErrorCode.NOT_FOUND, "No channel with ID " + Echo.of(input.channelId) + ".", "channelId");
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
            at.add(UserErrorCode.INVALID_VALUE, "Control characters are not allowed.", "keyword");
            return null;
        }
        return keyword;
    }

}
