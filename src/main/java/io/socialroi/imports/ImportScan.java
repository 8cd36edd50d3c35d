package io.socialroi.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.socialroi.audience.AudienceDimension;
import io.socialroi.audience.AudienceService;
import io.socialroi.content.ContentType;
import io.socialroi.cost.CostCategory;
import io.socialroi.imports.file.AdDayRow;
import io.socialroi.imports.file.AudienceRow;
import io.socialroi.imports.file.CostSheetRow;
import io.socialroi.imports.file.DealRow;
import io.socialroi.imports.file.ImportRow;
import io.socialroi.imports.file.LineError;
import io.socialroi.imports.file.PostRow;
import io.socialroi.imports.file.RowSink;
import io.socialroi.imports.file.TouchpointRow;
import io.socialroi.tracking.ConversionType;
import io.socialroi.tracking.Utm;

/**
 * The first pass over a file: checks every row the service's way (on top of the reader's checks), and keeps what
 * mapping and the preview need per origin (lines, rows, costs per currency, days), never the rows themselves. The
 * second pass (ImportWriter) reads the file again and writes, with the same {@link #checked} rules.
 */
final class ImportScan implements RowSink {

    /** First lines kept per unmapped name. */
    static final int LINES_SHOWN = 10;

    /** What the file holds for one origin. */
    static final class OriginFigures {
        final List<Integer> lines = new ArrayList<>();
        int rows;
        final Map<String, BigDecimal> costs = new TreeMap<>();
        final Set<LocalDate> days = new HashSet<>();
        LocalDate firstDay;
    }

    private final String defaultCurrency;
    private final Map<String, ConversionType> stageMapping;
    final Map<Origin, OriginFigures> origins = new LinkedHashMap<>();
    final List<LineError> errors = new ArrayList<>();
    int errorCount;
    int read;
    int rejected;
    int conversions;
    int touchpoints;
    int skipped;
    /** Posts (one per source and post id) and audience snapshots (one per source and day) the file holds. */
    final Set<List<String>> posts = new HashSet<>();
    final Map<List<String>, Distribution> distributions = new LinkedHashMap<>();
    private int lastRejectedLine = -1;

    ImportScan(String defaultCurrency, Map<String, ConversionType> stageMapping) {
        this.defaultCurrency = defaultCurrency;
        this.stageMapping = stageMapping;
    }

    @Override
    public void row(ImportRow row) {
        read++;
        List<LineError> problems = new ArrayList<>();
        Origin origin = checked(row, defaultCurrency, stageMapping, problems);
        problems.forEach(this::error);
        if (!problems.isEmpty()) {
            return;
        }
        if (row instanceof AdDayRow ad) {
            add(origin, ad.line(), ad.day(), ad.spend(), currency(ad.currency(), defaultCurrency));
        } else if (row instanceof CostSheetRow cost) {
            add(origin, cost.line(), cost.from(), cost.cost(), currency(cost.currency(), defaultCurrency));
        } else if (row instanceof DealRow deal) {
            if (conversionType(deal.stage(), stageMapping) == null) {
                skipped++;
            } else {
                conversions++;
            }
        } else if (row instanceof TouchpointRow touch) {
            touchpoints++;
            add(origin, touch.line(), null, null, null);
        } else if (row instanceof PostRow post) {
            posts.add(Arrays.asList(origin.source(), post.postId()));
            add(origin, post.line(), null, null, null);
        } else if (row instanceof AudienceRow share) {
            distributions.computeIfAbsent(Arrays.asList(origin.source(), share.day().toString(),
                    dimension(share.dimension()).name()), k -> new Distribution(share.line())).add(share, this);
            add(origin, share.line(), null, null, null);
        }
    }

    /** The segments of one dimension of one snapshot in the file: their shares add up to 100 ± the tolerance. */
    static final class Distribution {
        final int firstLine;
        final Set<String> segments = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;

        Distribution(int firstLine) {
            this.firstLine = firstLine;
        }

        void add(AudienceRow share, ImportScan scan) {
            String segment = AudienceService.segment(share.segment()).toLowerCase(Locale.ROOT);
            if (!segments.add(segment)) {
                scan.error(new LineError(share.line(), "segment", "DUPLICATE", "Segment \""
                        + shown(share.segment()) + "\" is already in this dimension of the snapshot (line "
                        + firstLine + " on)."));
            }
            sum = sum.add(share.share());
        }
    }

    /**
     * The checks that need the whole file: each audience dimension's shares add up to 100 % ± the tolerance the
     * audience recorder allows (the error at the distribution's first line).
     */
    void finish() {
        BigDecimal hundred = BigDecimal.valueOf(100);
        distributions.forEach((key, distribution) -> {
            if (distribution.sum.subtract(hundred).abs().compareTo(AudienceService.TOLERANCE) > 0) {
                error(new LineError(distribution.firstLine, "share", "SHARES_NOT_100", "The " + key.get(2)
                        + " shares of " + key.get(1) + " add up to " + distribution.sum.toPlainString()
                        + " %, not 100 % (± " + AudienceService.TOLERANCE + ")."));
            }
        });
    }

    /** Audience snapshots in the file: one per source and day. */
    int audienceSnapshots() {
        Set<List<String>> snapshots = new HashSet<>();
        distributions.keySet().forEach(key -> snapshots.add(key.subList(0, 2)));
        return snapshots.size();
    }

    @Override
    public void error(LineError error) {
        if (error.line() != lastRejectedLine && error.line() > 0) {
            lastRejectedLine = error.line();
            rejected++;
        }
        errorCount++;
        if (errors.size() < ImportResult.MAX_ERRORS) {
            errors.add(error);
        }
    }

    boolean failed() {
        return errorCount > 0;
    }

    private void add(Origin origin, int line, LocalDate day, BigDecimal cost, String currency) {
        OriginFigures figures = origins.computeIfAbsent(origin, o -> new OriginFigures());
        figures.rows++;
        if (figures.lines.size() < LINES_SHOWN) {
            figures.lines.add(line);
        }
        if (day != null) {
            figures.days.add(day);
            if (figures.firstDay == null || day.isBefore(figures.firstDay)) {
                figures.firstDay = day;
            }
        }
        if (cost != null) {
            figures.costs.merge(currency, cost, BigDecimal::add);
        }
    }

    // ---- the rules both passes apply -----------------------------------------------------------------------------

    /** The row's origin, after adding its problems (if any) to {@code problems}. */
    static Origin checked(ImportRow row, String defaultCurrency, Map<String, ConversionType> stageMapping,
            List<LineError> problems) {
        if (row instanceof AdDayRow ad) {
            return checked(ad, defaultCurrency, problems);
        }
        if (row instanceof CostSheetRow cost) {
            return checked(cost, defaultCurrency, problems);
        }
        if (row instanceof DealRow deal) {
            checked(deal, defaultCurrency, stageMapping, problems);
            return null; // deals carry no campaign or channel
        }
        if (row instanceof PostRow post) {
            return checked(post, problems);
        }
        if (row instanceof AudienceRow share) {
            return checked(share, problems);
        }
        return checked((TouchpointRow) row, problems);
    }

    private static Origin checked(PostRow post, List<LineError> problems) {
        longText(post.line(), "post id", post.postId(), 200, problems);
        longText(post.line(), "permalink", post.permalink(), 2000, problems);
        if (contentType(post.postType()) == null) {
            problems.add(new LineError(post.line(), "post type", "UNKNOWN_CONTENT_TYPE", "Post type \""
                    + shown(post.postType()) + "\" is none of " + List.of(ContentType.values())
                    + " nor a platform's name for one (Photos, IG reel, Status...)."));
        }
        for (Long count : new Long[] {post.impressions(), post.reach(), post.likes(), post.comments(), post.shares(),
                post.saves(), post.clicks(), post.videoViews()}) {
            if (count != null && count < 0) {
                problems.add(new LineError(post.line(), "metrics", "NEGATIVE_COUNT", "Counts cannot be negative."));
                break;
            }
        }
        return new Origin("post", "", null, null, sourceKey(post.platform()));
    }

    private static Origin checked(AudienceRow share, List<LineError> problems) {
        if (dimension(share.dimension()) == null) {
            problems.add(new LineError(share.line(), "dimension", "UNKNOWN_DIMENSION", "Dimension \""
                    + shown(share.dimension()) + "\" is none of age, gender, country, city, language."));
        }
        longText(share.line(), "segment", share.segment(), 200, problems);
        if (share.share() != null && (share.share().signum() < 0 || share.share().compareTo(BigDecimal.valueOf(100)) > 0)) {
            problems.add(new LineError(share.line(), "share", "INVALID_VALUE",
                    "A share is a percentage between 0 and 100."));
        }
        return new Origin("audience", "", null, null, sourceKey(share.platform()));
    }

    /**
     * The content type a post type names: ours by name, or the platforms' (Meta's Photos, Links, Status, IG reel,
     * IG carousel; LinkedIn's Article, Document, Poll; X's none); a column without one is OTHER. LinkedIn's Organic
     * and Sponsored say who paid, not what the post is: OTHER too. Null: an unknown type.
     */
    static ContentType contentType(String raw) {
        if (raw == null || raw.isBlank()) {
            return ContentType.OTHER;
        }
        String key = raw.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        if (key.startsWith("ig") && key.length() > 2) {
            key = key.substring(2); // Instagram's "IG image", "IG reel"
        }
        for (ContentType type : ContentType.values()) {
            if (type.name().toLowerCase(Locale.ROOT).equals(key)) {
                return type;
            }
        }
        return CONTENT_TYPE_NAMES.get(key);
    }

    private static final Map<String, ContentType> CONTENT_TYPE_NAMES = Map.ofEntries(
            Map.entry("photo", ContentType.IMAGE), Map.entry("photos", ContentType.IMAGE),
            Map.entry("images", ContentType.IMAGE), Map.entry("picture", ContentType.IMAGE),
            Map.entry("videos", ContentType.VIDEO), Map.entry("nativevideo", ContentType.VIDEO),
            Map.entry("reels", ContentType.REEL), Map.entry("clip", ContentType.REEL),
            Map.entry("stories", ContentType.STORY), Map.entry("carouselalbum", ContentType.CAROUSEL),
            Map.entry("album", ContentType.CAROUSEL), Map.entry("document", ContentType.CAROUSEL),
            Map.entry("status", ContentType.TEXT), Map.entry("textonly", ContentType.TEXT),
            Map.entry("links", ContentType.LINK), Map.entry("article", ContentType.LINK),
            Map.entry("tv", ContentType.VIDEO), Map.entry("livevideo", ContentType.LIVE), Map.entry("poll", ContentType.OTHER),
            Map.entry("event", ContentType.OTHER), Map.entry("organic", ContentType.OTHER),
            Map.entry("sponsored", ContentType.OTHER), Map.entry("boosted", ContentType.OTHER));

    /** The dimension an audience file names: age (band, range, group), gender (sex), country, city, language. */
    static AudienceDimension dimension(String raw) {
        String key = raw == null ? "" : raw.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        return switch (key) {
            case "age", "ageband", "agerange", "agegroup", "agebands" -> AudienceDimension.AGE_BAND;
            case "gender", "sex", "genders" -> AudienceDimension.GENDER;
            case "country", "countries" -> AudienceDimension.COUNTRY;
            case "city", "cities", "town" -> AudienceDimension.CITY;
            case "language", "languages", "locale" -> AudienceDimension.LANGUAGE;
            default -> null;
        };
    }

    private static Origin checked(AdDayRow ad, String defaultCurrency, List<LineError> problems) {
        require(ad.line(), "day", ad.day(), problems);
        if (ad.platformCampaignId() == null && ad.platformCampaignName() == null) {
            problems.add(new LineError(ad.line(), "campaign", "MISSING_VALUE",
                    "The row names no campaign (neither a campaign name nor an id)."));
        }
        longText(ad.line(), "campaign", ad.platformCampaignName(), 400, problems);
        longText(ad.line(), "campaign id", ad.platformCampaignId(), 200, problems);
        longText(ad.line(), "account", ad.accountId(), 200, problems);
        nonNegative(ad.line(), "spend", ad.spend(), problems);
        for (Long count : new Long[] {ad.impressions(), ad.reach(), ad.clicks(), ad.linkClicks()}) {
            if (count != null && count < 0) {
                problems.add(new LineError(ad.line(), "impressions/reach/clicks", "NEGATIVE_COUNT",
                        "Counts cannot be negative."));
            }
        }
        currencyOf(ad.line(), ad.currency(), defaultCurrency, problems);
        return new Origin(platformKey(ad.platform()), blankToEmpty(ad.accountId()), ad.platformCampaignId(),
                ad.platformCampaignName(), platformKey(ad.platform()));
    }

    private static Origin checked(CostSheetRow cost, String defaultCurrency, List<LineError> problems) {
        require(cost.line(), "date", cost.from(), problems);
        require(cost.line(), "cost", cost.cost(), problems);
        nonNegative(cost.line(), "cost", cost.cost(), problems);
        if (cost.from() != null && cost.to() != null && cost.to().isBefore(cost.from())) {
            problems.add(new LineError(cost.line(), "date", "END_BEFORE_START", "The range ends before it starts."));
        }
        if (category(cost.category()) == null) {
            problems.add(new LineError(cost.line(), "category", "UNKNOWN_CATEGORY", "Category \""
                    + shown(cost.category()) + "\" is none of " + List.of(CostCategory.values()) + "."));
        }
        if (cost.utmCampaign() == null && cost.utmSource() == null) {
            problems.add(new LineError(cost.line(), "utm_campaign", "MISSING_VALUE",
                    "The row names neither a utm_campaign nor a utm_source."));
        }
        longText(cost.line(), "utm_campaign", cost.utmCampaign(), 200, problems);
        longText(cost.line(), "utm_source", cost.utmSource(), 200, problems);
        longText(cost.line(), "utm_medium", cost.utmMedium(), 200, problems);
        currencyOf(cost.line(), cost.currency(), defaultCurrency, problems);
        return new Origin("utm", "", null, cost.utmCampaign(), sourceKey(cost.utmSource()));
    }

    private static void checked(DealRow deal, String defaultCurrency, Map<String, ConversionType> stageMapping,
            List<LineError> problems) {
        require(deal.line(), "Record ID", deal.recordId(), problems);
        longText(deal.line(), "Record ID", deal.recordId(), 200, problems);
        longText(deal.line(), "contact", deal.contactId(), 200, problems);
        ConversionType type = conversionType(deal.stage(), stageMapping);
        if (type != null) {
            if (deal.closeDate() == null && deal.createDate() == null) {
                problems.add(new LineError(deal.line(), "Close Date", "MISSING_VALUE",
                        "The deal has neither a close date nor a create date."));
            }
            nonNegative(deal.line(), "Amount", deal.amount(), problems);
            if (deal.amount() != null) {
                currencyOf(deal.line(), deal.currency(), defaultCurrency, problems);
            }
        }
    }

    private static Origin checked(TouchpointRow touch, List<LineError> problems) {
        require(touch.line(), "person", touch.personKey(), problems);
        require(touch.line(), "timestamp", touch.occurredAt(), problems);
        Utm.Parameters utm = utmOf(touch);
        if (utm.source() == null) {
            problems.add(new LineError(touch.line(), "utm_source", "MISSING_VALUE",
                    "The touchpoint has no utm_source (nor a landing_url with one): its channel is unknown."));
        }
        if (Utm.mediaTypeOf(utm.medium()).isEmpty()) {
            problems.add(new LineError(touch.line(), "utm_medium", "UNKNOWN_MEDIUM", "utm_medium \""
                    + shown(utm.medium()) + "\" does not tell PAID, OWNED or EARNED."));
        }
        longText(touch.line(), "person", touch.personKey(), 200, problems);
        for (String[] field : new String[][] {{"utm_source", utm.source()}, {"utm_medium", utm.medium()},
                {"utm_campaign", utm.campaign()}, {"utm_term", utm.term()}, {"utm_content", utm.content()},
                {"external_id", touch.externalId()}}) {
            longText(touch.line(), field[0], field[1], 200, problems);
        }
        longText(touch.line(), "landing_url", touch.landingUrl(), 2000, problems);
        return new Origin("utm", "", null, utm.campaign(), sourceKey(utm.source()));
    }

    /** The touchpoint's UTM parameters: its columns, each filled from its landing URL where absent. */
    static Utm.Parameters utmOf(TouchpointRow touch) {
        return new Utm.Parameters(touch.utmSource(), touch.utmMedium(), touch.utmCampaign(), touch.utmTerm(),
                touch.utmContent()).orElse(Utm.parse(touch.landingUrl()));
    }

    /** The cost category of a cost sheet's cell (default AD_SPEND: what cost sheets mostly carry), or null. */
    static CostCategory category(String raw) {
        if (raw == null || raw.isBlank()) {
            return CostCategory.AD_SPEND;
        }
        String name = raw.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (CostCategory category : CostCategory.values()) {
            if (category.name().equals(name)) {
                return category;
            }
        }
        return null;
    }

    /** A deal stage's conversion: SALE when closed-won, else the stage mapping's (null: skipped). */
    static ConversionType conversionType(String stage, Map<String, ConversionType> stageMapping) {
        if (stage == null) {
            return null;
        }
        String key = stageKey(stage);
        if (key.equals("closedwon") || key.equals("won")) {
            return ConversionType.SALE;
        }
        return stageMapping.get(key);
    }

    /** A deal stage as matched: letters and digits only, lower-cased ("Closed Won" and "closedwon" alike). */
    static String stageKey(String stage) {
        return stage.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** A platform as matched: lower-cased, "_ads" dropped (the tidy table's facebook_ads, linkedin_ads...). */
    static String platformKey(String platform) {
        String key = platform == null ? "" : platform.trim().toLowerCase(Locale.ROOT);
        return key.endsWith("_ads") && !key.equals("google_ads") ? key.substring(0, key.length() - 4) : key;
    }

    static String sourceKey(String source) {
        return source == null || source.isBlank() ? null : source.trim().toLowerCase(Locale.ROOT);
    }

    static String currency(String currency, String defaultCurrency) {
        return currency == null ? defaultCurrency : currency.trim().toUpperCase(Locale.ROOT);
    }

    private static void currencyOf(int line, String currency, String defaultCurrency, List<LineError> problems) {
        if (!currency(currency, defaultCurrency).matches("[A-Z]{3}")) {
            problems.add(new LineError(line, "currency", "INVALID_CURRENCY",
                    "\"" + shown(currency) + "\" is not an ISO 4217 currency code such as EUR."));
        }
    }

    private static void require(int line, String column, Object value, List<LineError> problems) {
        if (value == null) {
            problems.add(new LineError(line, column, "MISSING_VALUE", "Column " + column + " is empty."));
        }
    }

    private static void nonNegative(int line, String column, BigDecimal value, List<LineError> problems) {
        if (value != null && value.signum() < 0) {
            problems.add(new LineError(line, column, "NEGATIVE_AMOUNT", "Column " + column + " is negative."));
        }
    }

    private static void longText(int line, String column, String value, int max, List<LineError> problems) {
        if (value != null && value.length() > max) {
            problems.add(new LineError(line, column, "TOO_LONG",
                    "Column " + column + " is longer than " + max + " characters: \"" + shown(value) + "\"."));
        }
    }

    /** At most 64 characters of a cell, for messages. */
    static String shown(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= 64 ? value : value.substring(0, 64) + "…";
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.trim();
    }
}
