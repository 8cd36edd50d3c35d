package io.socialroi.imports.file;

import java.time.OffsetDateTime;

/**
 * A post of a per-post export (Meta Business Suite for Facebook and Instagram, LinkedIn page content, X analytics),
 * with its lifetime metrics. A null count was an empty, {@code -} or {@code --} cell, or a column the file lacks.
 *
 * @param platform    the row's platform column, else the one its permalink's host names ("facebook", "instagram",
 *                    "linkedin", "x"); null when neither tells
 * @param postId      the platform's id of the post, else the permalink (LinkedIn's export has no id column)
 * @param publishedAt when the post went out; a time without an offset is UTC, a date alone its midnight UTC
 * @param postType    the type as the platform writes it ("Photos", "IG reel", "Video"...), null when not given
 */
public record PostRow(int line, String platform, String postId, OffsetDateTime publishedAt, String postType,
        String permalink, Long impressions, Long reach, Long likes, Long comments, Long shares, Long saves,
        Long clicks, Long videoViews) implements ImportRow {
}
