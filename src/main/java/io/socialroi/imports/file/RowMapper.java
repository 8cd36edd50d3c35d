package io.socialroi.imports.file;

import static io.socialroi.imports.file.Field.*;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.socialroi.tracking.Utm;

/** One data line to the typed row of its format, by the column rules of docs/imports.md. */
final class RowMapper {

    private RowMapper() {
    }

    /**
     * The row the cells hold, or null for a totals row that only shows itself by an empty name.
     *
     * @throws Cells.BadCell when a cell stops the row
     */
    static ImportRow map(ImportFormat format, Cells cells) {
        return switch (format) {
            case META_ADS -> adDay(cells, "meta");
            case LINKEDIN_ADS -> adDay(cells, "linkedin");
            case GOOGLE_ADS -> adDay(cells, "google_ads");
            case AD_REPORTING -> adDay(cells, null);
            case COST_SHEET -> costSheet(cells);
            case HUBSPOT_DEALS -> deal(cells);
            case TOUCHPOINTS -> touchpoint(cells);
            case POST_PERFORMANCE -> post(cells);
            case AUDIENCE -> audience(cells);
            case AUTO -> throw new IllegalArgumentException("AUTO is not a format of a detected file");
        };
    }

    private static AdDayRow adDay(Cells cells, String platformOfFormat) {
        String campaignName = cells.text(CAMPAIGN_NAME);
        String campaignId = cells.text(CAMPAIGN_ID);
        BigDecimal spend = cells.decimal(SPEND);
        if (campaignName == null && campaignId == null) {
            if (spend != null) {
                return null; // a row of totals with an empty name (docs/imports.md)
            }
            throw cells.bad(cells.has(CAMPAIGN_NAME) ? CAMPAIGN_NAME : CAMPAIGN_ID, "MISSING_VALUE",
                    "is empty; every row needs its campaign");
        }
        LocalDate day = adDayOf(cells);
        String platform = platformOfFormat != null ? platformOfFormat : cells.required(PLATFORM);
        BigDecimal results = cells.decimal(RESULTS);
        String resultIndicator = cells.text(RESULT_INDICATOR);
        BigDecimal leads = cells.decimal(LEADS);
        if (leads != null && results == null) {
            results = leads;
            resultIndicator = "leads";
        }
        return new AdDayRow(cells.line(), day, platform, cells.text(ACCOUNT_ID), cells.text(ACCOUNT_NAME), campaignId,
                campaignName, spend, cells.currency(SPEND), cells.count(IMPRESSIONS), cells.count(REACH),
                cells.count(CLICKS), cells.count(LINK_CLICKS), results, resultIndicator, cells.decimal(CONVERSIONS),
                cells.decimal(CONVERSION_VALUE));
    }

    /** Day, else Meta's reporting period, which must be one day: Meta exports a period unless asked "by day". */
    private static LocalDate adDayOf(Cells cells) {
        if (cells.has(DAY)) {
            return cells.requiredDate(DAY);
        }
        LocalDate starts = cells.requiredDate(REPORTING_STARTS);
        LocalDate ends = cells.has(REPORTING_ENDS) ? cells.date(REPORTING_ENDS) : null;
        if (ends != null && !ends.equals(starts)) {
            throw cells.bad(REPORTING_ENDS, "INVALID_DATE_RANGE", "the row covers " + starts + " to " + ends
                    + ", not one day; export the report by day (Breakdown: By time, Day)");
        }
        return starts;
    }

    private static CostSheetRow costSheet(Cells cells) {
        LocalDate from;
        LocalDate to;
        if (cells.has(DATE)) {
            String date = cells.required(DATE);
            int slash = rangeSlash(date);
            if (slash > 0) {
                from = dateOrBad(cells, date.substring(0, slash));
                to = dateOrBad(cells, date.substring(slash + 1));
            } else {
                from = cells.date(DATE);
                to = from;
            }
        } else {
            from = cells.requiredDate(DATE_FROM);
            LocalDate end = cells.has(DATE_TO) ? cells.date(DATE_TO) : null;
            to = end != null ? end : from;
        }
        if (to.isBefore(from)) {
            throw cells.bad(cells.has(DATE) ? DATE : DATE_TO, "INVALID_DATE_RANGE", "the range ends (" + to
                    + ") before it starts (" + from + ")");
        }
        BigDecimal cost = cells.decimal(COST);
        if (cost == null) {
            cells.required(COST);
        }
        return new CostSheetRow(cells.line(), from, to, cost, cells.currency(COST), cells.text(UTM_SOURCE),
                cells.text(UTM_MEDIUM), cells.text(UTM_CAMPAIGN), cells.text(CATEGORY), cells.count(CLICKS),
                cells.count(IMPRESSIONS));
    }

    /**
     * Where a {@code from/to} cell splits: the slash between two ISO dates. A M/D/YYYY date has slashes too, so only
     * {@code 2024-01-01/2024-01-31} is a range.
     */
    private static int rangeSlash(String date) {
        int slash = date.indexOf('/');
        return slash == 10 && date.length() == 21 && date.lastIndexOf('/') == slash ? slash : -1;
    }

    private static LocalDate dateOrBad(Cells cells, String part) {
        LocalDate day = DateCells.parseDate(part);
        if (day == null) {
            throw cells.bad(DATE, "INVALID_DATE", "\"" + cells.text(DATE)
                    + "\" is not a day or a range of two days (2024-01-01/2024-01-31)");
        }
        return day;
    }

    /** Amount in the deal's Currency; without one, the amount in company currency, which is the workspace's. */
    private static DealRow deal(Cells cells) {
        BigDecimal amount = cells.decimal(AMOUNT);
        String currency = amount == null ? null : cells.currency(AMOUNT);
        if (amount == null && cells.has(AMOUNT_IN_COMPANY_CURRENCY)) {
            amount = cells.decimal(AMOUNT_IN_COMPANY_CURRENCY);
            currency = amount == null ? null : cells.fileCurrency(AMOUNT_IN_COMPANY_CURRENCY);
        }
        return new DealRow(cells.line(), cells.required(RECORD_ID), cells.required(DEAL_STAGE), amount, currency,
                cells.date(CLOSE_DATE), cells.date(CREATE_DATE), firstId(cells.text(CONTACT_ID)),
                cells.text(ORIGINAL_SOURCE), cells.text(SOURCE_DRILL_DOWN_1), cells.text(SOURCE_DRILL_DOWN_2));
    }

    /** HubSpot lists several associated contacts separated by ; or ,: the first one is the person. */
    private static String firstId(String ids) {
        if (ids == null) {
            return null;
        }
        String first = ids.split("[;,]", 2)[0].strip();
        return first.isEmpty() ? null : first;
    }

    private static TouchpointRow touchpoint(Cells cells) {
        String landingUrl = cells.text(LANDING_URL);
        Utm.Parameters columns = new Utm.Parameters(cells.text(UTM_SOURCE), cells.text(UTM_MEDIUM),
                cells.text(UTM_CAMPAIGN), cells.text(UTM_TERM), cells.text(UTM_CONTENT));
        Utm.Parameters utm = landingUrl == null ? columns : columns.orElse(Utm.parse(landingUrl));
        Map<String, String> clickIds = new LinkedHashMap<>();
        putIfPresent(clickIds, "gclid", cells.text(GCLID));
        putIfPresent(clickIds, "fbclid", cells.text(FBCLID));
        putIfPresent(clickIds, "li_fat_id", cells.text(LI_FAT_ID));
        return new TouchpointRow(cells.line(), cells.required(PERSON), cells.timestamp(TIMESTAMP), landingUrl,
                utm.source(), utm.medium(), utm.campaign(), utm.term(), utm.content(), cells.text(EXTERNAL_ID),
                clickIds);
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** The post's id, else its permalink; the publishing time, else the post's date; the content type, else the post type. */
    private static PostRow post(Cells cells) {
        String permalink = cells.text(PERMALINK);
        String postId = cells.text(POST_ID);
        if (postId == null && permalink == null) {
            throw cells.bad(cells.has(POST_ID) ? POST_ID : PERMALINK, "MISSING_VALUE",
                    "is empty; every post needs its id or its link");
        }
        OffsetDateTime publishedAt = cells.has(PUBLISHED_AT) ? cells.postedAt(PUBLISHED_AT) : cells.postedAt(POST_DATE);
        String type = cells.text(MEDIA_TYPE) != null ? cells.text(MEDIA_TYPE) : cells.text(POST_TYPE);
        String platform = cells.text(PLATFORM);
        return new PostRow(cells.line(), platform != null ? platform : platformOfLink(permalink),
                postId != null ? postId : permalink, publishedAt, type, permalink, cells.count(IMPRESSIONS),
                cells.count(REACH), cells.count(LIKES), cells.count(COMMENTS), cells.count(SHARES), cells.count(SAVES),
                cells.count(LINK_CLICKS), cells.count(VIDEO_VIEWS));
    }

    /** The platform a post's link names by its host, or null: the exports without a platform column tell it so. */
    static String platformOfLink(String link) {
        if (link == null) {
            return null;
        }
        String host;
        try {
            host = URI.create(link.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        for (String[] platform : PLATFORM_HOSTS) {
            if (host.equals(platform[0]) || host.endsWith("." + platform[0])) {
                return platform[1];
            }
        }
        return null;
    }

    private static final String[][] PLATFORM_HOSTS = {{"facebook.com", "facebook"}, {"fb.com", "facebook"},
            {"instagram.com", "instagram"}, {"linkedin.com", "linkedin"}, {"x.com", "x"}, {"twitter.com", "x"}};

    private static AudienceRow audience(Cells cells) {
        BigDecimal share = cells.decimal(SHARE);
        if (share == null) {
            cells.required(SHARE);
        }
        if (cells.text(SHARE).endsWith("%")) {
            share = share.movePointRight(2); // a number read "55%" as 0.55; the column is in percent: 55 and 55% alike
        }
        return new AudienceRow(cells.line(), cells.text(PLATFORM), cells.requiredDate(DATE), cells.required(DIMENSION),
                cells.required(SEGMENT), share);
    }
}
