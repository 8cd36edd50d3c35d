package io.socialroi.content;

/** What contentPerformance groups posts by. */
public enum ContentGroupBy {
    CONTENT_TYPE, TAG, POST
}
