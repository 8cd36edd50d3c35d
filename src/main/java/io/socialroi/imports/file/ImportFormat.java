package io.socialroi.imports.file;

public enum ImportFormat { AUTO, META_ADS, LINKEDIN_ADS, GOOGLE_ADS, AD_REPORTING, COST_SHEET, HUBSPOT_DEALS, TOUCHPOINTS }
