package io.socialroi.imports.file;

/** A column some format reads, whatever its label in the file; numeric ones take part in locale inference. */
enum Field {
    DAY, REPORTING_STARTS, REPORTING_ENDS, PLATFORM, ACCOUNT_ID, ACCOUNT_NAME, CAMPAIGN_ID, CAMPAIGN_NAME,
    SPEND(true), CURRENCY, IMPRESSIONS(true), REACH(true), CLICKS(true), LINK_CLICKS(true), RESULTS(true),
    RESULT_INDICATOR, CONVERSIONS(true), CONVERSION_VALUE(true), LEADS(true),
    DATE, DATE_FROM, DATE_TO, COST(true), UTM_SOURCE, UTM_MEDIUM, UTM_CAMPAIGN, UTM_TERM, UTM_CONTENT, CATEGORY,
    RECORD_ID, DEAL_STAGE, AMOUNT(true), AMOUNT_IN_COMPANY_CURRENCY(true), CLOSE_DATE, CREATE_DATE, CONTACT_ID,
    ORIGINAL_SOURCE, SOURCE_DRILL_DOWN_1, SOURCE_DRILL_DOWN_2,
    PERSON, TIMESTAMP, LANDING_URL, EXTERNAL_ID, GCLID, FBCLID, LI_FAT_ID,
    POST_ID, PUBLISHED_AT, POST_DATE, MEDIA_TYPE, POST_TYPE, PERMALINK, LIKES(true), COMMENTS(true), SHARES(true), SAVES(true),
    VIDEO_VIEWS(true), DIMENSION, SEGMENT, SHARE(true);

    final boolean numeric;

    Field() {
        this(false);
    }

    Field(boolean numeric) {
        this.numeric = numeric;
    }
}
