package io.socialroi.earned;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.socialroi.common.AuditedEntity;
import io.socialroi.tracking.MediaType;

/**
 * The price of 1,000 OWNED or EARNED impressions, workspace-wide (channelId null) or for one channel. Its key is
 * the unique index (workspace_id, media_type, coalesce(channel_id, 0)); the id is a surrogate (V12), because
 * Hibernate loads no entity whose id has a null part and the workspace-wide price has no channel.
 */
@Entity
@Table(name = "earned_media_cpm")
public class EarnedMediaCpmEntity extends AuditedEntity {

    /** generated always as identity */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    @Enumerated(EnumType.STRING)
    @Column(name = "media_type")
    public MediaType mediaType;
    /** Null: the workspace-wide price. */
    @Column(name = "channel_id")
    public Long channelId;
    public BigDecimal amount;
    public String currency;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** The unique key as its index states it: a channel id, or 0 for the workspace-wide price. */
    static final String BY_KEY = "workspaceId = ?1 and mediaType = ?2 and coalesce(channelId, 0) = ?3";

    /** The workspace's prices: OWNED before EARNED, each workspace-wide first, then by channel id. */
    public static List<EarnedMediaCpmEntity> listByWorkspace(long workspaceId) {
        return list("workspaceId = ?1 order by mediaType desc, channelId nulls first", workspaceId);
    }

    /** The media type's price for one channel, or workspace-wide when channelId is null; when one is set. */
    public static Optional<EarnedMediaCpmEntity> findPrice(long workspaceId, MediaType mediaType, Long channelId) {
        return find(BY_KEY, workspaceId, mediaType, keyPart(channelId)).firstResultOptional();
    }

    /** Removes the media type's price for one channel, or workspace-wide when channelId is null: one statement. */
    public static void deletePrice(long workspaceId, MediaType mediaType, Long channelId) {
        delete(BY_KEY, workspaceId, mediaType, keyPart(channelId));
    }

    private static long keyPart(Long channelId) {
        return channelId == null ? 0L : channelId;
    }
}
