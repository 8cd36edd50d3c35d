package io.socialroi.audience;

/** What an audience export breaks the followers down by. */
public enum AudienceDimension {
    AGE_BAND, GENDER, COUNTRY, CITY, LANGUAGE
}
