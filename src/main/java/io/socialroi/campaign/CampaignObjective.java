package io.socialroi.campaign;

/** The business goals of docs/domain.md, "the method", step 1. */
public enum CampaignObjective {
    AWARENESS, ENGAGEMENT, AUTHORITY, CONVERSION, RETENTION, UPSELL, CUSTOMER_EXPERIENCE
}
