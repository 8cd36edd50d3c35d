package io.socialroi.campaign;

public enum CampaignStatus {
    DRAFT, ACTIVE, PAUSED, COMPLETED, ARCHIVED
}
