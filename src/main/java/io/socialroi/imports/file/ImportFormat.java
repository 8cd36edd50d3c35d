package io.socialroi.imports.file;

/** The file layouts of docs/imports.md; AUTO finds the one whose header the file has. */
public enum ImportFormat {
    AUTO, META_ADS, LINKEDIN_ADS, GOOGLE_ADS, AD_REPORTING, COST_SHEET, HUBSPOT_DEALS, TOUCHPOINTS, POST_PERFORMANCE,
    AUDIENCE
}
