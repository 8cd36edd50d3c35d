package io.socialroi.channel;

public enum ChannelKind {
    SOCIAL, SEARCH, EMAIL, BLOG, REFERRAL, DIRECT, OTHER
}
