package io.socialroi.content;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.socialroi.campaign.CampaignService;
import io.socialroi.common.AuditedEntity;
import io.socialroi.common.BatchReferences;
import io.socialroi.common.BatchWriter;
import io.socialroi.common.BatchWriter.DuplicateKey;
import io.socialroi.common.BatchWriter.References;
import io.socialroi.common.DateInputs;
import io.socialroi.common.Echo;
import io.socialroi.common.InputErrors;
import io.socialroi.common.TextInputs;
import io.socialroi.common.UserErrorCode;
import io.socialroi.common.Upserts;
import io.socialroi.money.MoneyInputs;
import io.socialroi.money.MoneyInputs.ValidMoney;
import io.socialroi.tracking.Utm;
import io.socialroi.workspace.CurrentWorkspace;
import io.socialroi.workspace.WritesWorkspaceData;

/**
 * Records posts as one atomic batch: every item valid or nothing written. A post sent again (same channel and
 * externalId) replaces its lifetime metrics, as the platforms update them; its production cost is the cost entry
 * linked to it.
 */
@ApplicationScoped
public class PostService {

    /** The most tags a post carries. */
    public static final int MAX_TAGS = 30;
    /** The longest tag. */
    public static final int MAX_TAG_LENGTH = 100;

    @Inject
    CurrentWorkspace workspace;
    @Inject
    CampaignService campaigns;
    @Inject
    BatchWriter batches;
    @Inject
    EntityManager em;

    /** An item checked: its references decoded, its time, tags, key and cost read. */
    private record Checked(PostInput input, Long channel, Long campaign, OffsetDateTime publishedAt, List<String> tags,
            String utmContent, ValidMoney cost) {
    }

    @Transactional
    @WritesWorkspaceData
    public Upserts record(List<PostInput> items) {
        BatchReferences refs = campaigns.batchReferences(items.size());
        return batches.write(items, new BatchWriter.Feature<PostInput, Checked, Upserts>() {
            @Override
            public Checked check(int i, PostInput item, InputErrors at) {
                OffsetDateTime publishedAt = DateInputs.dateTime(item.publishedAt, at, "publishedAt");
                List<String> tags = tags(item.tags, at);
                String key = blankToNull(item.utmContent);
                if (key == null && item.url != null) {
                    key = blankToNull(Utm.parse(item.url).content());
                    if (key != null && key.length() > 200) {
                        at.add(UserErrorCode.TOO_LONG, "The url's utm_content has more than 200 characters.", "url");
                    }
                }
                ValidMoney cost = MoneyInputs.validate(item.productionCost, at.at("productionCost"));
                return new Checked(item, refs.channel(i), refs.campaign(i), publishedAt, tags, key, cost);
            }

            @Override
            public References<PostInput> references() {
                return new References<>(refs, item -> item.channelId, item -> item.campaignId);
            }

            @Override
            public DuplicateKey key(Checked post) {
                return new DuplicateKey(post.channel() + "|" + externalId(post.input()),
                        "The same channel and externalId", "externalId");
            }

            @Override
            public void checkBatch(List<Checked> posts, InputErrors errors) {
                checkUtmContentKeys(posts, errors);
            }

            @Override
            public Upserts write(List<Checked> posts) {
                return PostEntity.upsertAll(em, workspace.id(), AuditedEntity.currentSubject(), null,
                        posts.stream().map(PostService::row).toList());
            }
        });
    }

    /**
     * A utm_content key names one post per channel: a key taken by another post of the batch, or by a stored post
     * with another externalId, is a DUPLICATE at utmContent (one statement looks the stored keys up).
     */
    private void checkUtmContentKeys(List<Checked> posts, InputErrors errors) {
        Map<String, String> owners = new HashMap<>(); // channel|key → externalId
        List<Long> channels = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Checked post : posts) {
            if (post.channel() != null && post.utmContent() != null) {
                channels.add(post.channel());
                keys.add(post.utmContent());
            }
        }
        if (keys.isEmpty()) {
            return;
        }
        for (PostEntity stored : PostEntity.withUtmContent(workspace.id(), channels, keys)) {
            owners.put(stored.channelId + "|" + stored.utmContent, stored.externalId);
        }
        Map<String, String> inBatch = new HashMap<>();
        for (int i = 0; i < posts.size(); i++) {
            Checked post = posts.get(i);
            if (post.channel() == null || post.utmContent() == null) {
                continue;
            }
            String slot = post.channel() + "|" + post.utmContent();
            String externalId = externalId(post.input());
            String batchOwner = inBatch.putIfAbsent(slot, externalId);
            String storedOwner = owners.get(slot);
            String owner = batchOwner != null && !batchOwner.equals(externalId) ? batchOwner
                    : storedOwner != null && !storedOwner.equals(externalId) ? storedOwner : null;
            if (owner != null) {
                errors.at(String.valueOf(i)).add(UserErrorCode.DUPLICATE, "utm_content \"" + Echo.of(post.utmContent())
                        + "\" is the key of post \"" + Echo.of(owner) + "\" on this channel: a key names one post.",
                        "utmContent");
            }
        }
    }

    /** The tags trimmed, without repeats (case-insensitive, the first spelling kept); null when none were sent. */
    static List<String> tags(List<String> tags, InputErrors at) {
        if (tags == null) {
            return null;
        }
        if (tags.size() > MAX_TAGS) {
            at.add(UserErrorCode.INVALID_VALUE, "At most " + MAX_TAGS + " tags (got " + tags.size() + ").", "tags");
            return null;
        }
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        List<String> result = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i) == null ? "" : tags.get(i).trim();
            InputErrors tagAt = at.at("tags");
            if (tag.isEmpty()) {
                tagAt.add(UserErrorCode.REQUIRED, "A tag cannot be empty.", String.valueOf(i));
                continue;
            }
            int before = tagAt.size();
            TextInputs.check(tag, MAX_TAG_LENGTH, tagAt, String.valueOf(i));
            if (tagAt.size() == before && seen.add(tag.toLowerCase(Locale.ROOT))) {
                result.add(tag);
            }
        }
        return result;
    }

    private static String externalId(PostInput input) {
        return input.externalId == null ? null : input.externalId.trim();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static PostEntity.Row row(Checked post) {
        PostInput item = post.input();
        BigDecimal costAmount = post.cost() == null ? null : post.cost().amount();
        String costCurrency = post.cost() == null ? null : post.cost().currency();
        return new PostEntity.Row(Objects.requireNonNull(post.channel()), post.campaign(), externalId(item),
                post.publishedAt(), item.contentType, post.tags(), blankToNull(item.url), post.utmContent(),
                orZero(item.impressions), orZero(item.reach), orZero(item.likes), orZero(item.comments),
                orZero(item.shares), orZero(item.saves), orZero(item.clicks), orZero(item.videoViews), costAmount,
                costCurrency);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
