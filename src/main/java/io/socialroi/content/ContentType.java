package io.socialroi.content;

/** What a post is, as the platforms' post-performance exports name it (docs/content.md). */
public enum ContentType {
    IMAGE, VIDEO, REEL, STORY, CAROUSEL, TEXT, LINK, LIVE, OTHER
}
