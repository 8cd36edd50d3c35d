package io.socialroi.cost;

/** Every cost the articles say belongs in ROI (docs/domain.md, "the method", step 3). */
public enum CostCategory {
    AD_SPEND, LABOR, TOOLS, AGENCY, CONTENT_PRODUCTION, SERVICE_REFUNDS, RESEARCH, TRAINING, CONFERENCES, OTHER
}
