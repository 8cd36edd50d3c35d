package io.socialroi.tracking;

/** Bought, own or earned reach: every metric is split by it, so organic and paid are judged apart. */
public enum MediaType {
    PAID, OWNED, EARNED
}
