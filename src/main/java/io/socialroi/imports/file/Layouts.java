package io.socialroi.imports.file;

import static io.socialroi.imports.file.Field.*;
import static io.socialroi.imports.file.Layout.FRENCH;
import static io.socialroi.imports.file.Layout.GERMAN;
import static io.socialroi.imports.file.Layout.PORTUGUESE;
import static io.socialroi.imports.file.Layout.SPANISH;

import java.util.List;

/** The nine formats of docs/imports.md, column by column; docs/imports.md in the repo lists the same labels. */
final class Layouts {

    private Layouts() {
    }

    /** Meta Ads Manager, exported in the UI's language: English, German, French, Spanish, Brazilian Portuguese. */
    static final Layout META = Layout.of(ImportFormat.META_ADS, "Meta Ads Manager export")
            .column(DAY, "Day")
            .in(GERMAN, DAY, "Tag").in(FRENCH, DAY, "Jour").in(SPANISH, DAY, "Día").in(PORTUGUESE, DAY, "Dia")
            .column(REPORTING_STARTS, "Reporting starts")
            .in(GERMAN, REPORTING_STARTS, "Berichtsbeginn").in(FRENCH, REPORTING_STARTS, "Début des rapports")
            .in(SPANISH, REPORTING_STARTS, "Inicio del informe")
            .in(PORTUGUESE, REPORTING_STARTS, "Início dos relatórios")
            .column(REPORTING_ENDS, "Reporting ends")
            .in(GERMAN, REPORTING_ENDS, "Berichtsende").in(FRENCH, REPORTING_ENDS, "Fin des rapports")
            .in(SPANISH, REPORTING_ENDS, "Fin del informe").in(PORTUGUESE, REPORTING_ENDS, "Término dos relatórios")
            .column(ACCOUNT_ID, "Account ID")
            .in(GERMAN, ACCOUNT_ID, "Konto-ID").in(FRENCH, ACCOUNT_ID, "Identifiant du compte")
            .in(SPANISH, ACCOUNT_ID, "Identificador de la cuenta")
            .in(PORTUGUESE, ACCOUNT_ID, "Identificação da conta")
            .column(ACCOUNT_NAME, "Account name")
            .in(GERMAN, ACCOUNT_NAME, "Kontoname").in(FRENCH, ACCOUNT_NAME, "Nom du compte")
            .in(SPANISH, ACCOUNT_NAME, "Nombre de la cuenta").in(PORTUGUESE, ACCOUNT_NAME, "Nome da conta")
            .column(CAMPAIGN_NAME, "Campaign name")
            .in(GERMAN, CAMPAIGN_NAME, "Kampagnenname", "Name der Kampagne")
            .in(FRENCH, CAMPAIGN_NAME, "Nom de la campagne").in(SPANISH, CAMPAIGN_NAME, "Nombre de la campaña")
            .in(PORTUGUESE, CAMPAIGN_NAME, "Nome da campanha")
            .column(CAMPAIGN_ID, "Campaign ID")
            .in(GERMAN, CAMPAIGN_ID, "Kampagnen-ID").in(FRENCH, CAMPAIGN_ID, "Identifiant de la campagne")
            .in(SPANISH, CAMPAIGN_ID, "Identificador de la campaña")
            .in(PORTUGUESE, CAMPAIGN_ID, "Identificação da campanha", "ID da campanha")
            .column(SPEND, "Amount spent")
            .in(GERMAN, SPEND, "Ausgegebener Betrag").in(FRENCH, SPEND, "Montant dépensé")
            .in(SPANISH, SPEND, "Importe gastado").in(PORTUGUESE, SPEND, "Valor usado", "Valor gasto")
            .column(CURRENCY, "Currency")
            .in(GERMAN, CURRENCY, "Währung").in(FRENCH, CURRENCY, "Devise")
            .in(SPANISH, CURRENCY, "Divisa", "Moneda").in(PORTUGUESE, CURRENCY, "Moeda")
            .column(IMPRESSIONS, "Impressions")
            .in(GERMAN, IMPRESSIONS, "Impressionen").in(FRENCH, IMPRESSIONS, "Impressions")
            .in(SPANISH, IMPRESSIONS, "Impresiones").in(PORTUGUESE, IMPRESSIONS, "Impressões")
            .column(REACH, "Reach")
            .in(GERMAN, REACH, "Reichweite").in(FRENCH, REACH, "Couverture")
            .in(SPANISH, REACH, "Alcance").in(PORTUGUESE, REACH, "Alcance")
            .column(LINK_CLICKS, "Link clicks")
            .in(GERMAN, LINK_CLICKS, "Link-Klicks").in(FRENCH, LINK_CLICKS, "Clics sur un lien")
            .in(SPANISH, LINK_CLICKS, "Clics en el enlace").in(PORTUGUESE, LINK_CLICKS, "Cliques no link")
            .column(CLICKS, "Clicks (all)")
            .in(GERMAN, CLICKS, "Klicks (alle)").in(FRENCH, CLICKS, "Clics (tous)")
            .in(SPANISH, CLICKS, "Clics (todos)").in(PORTUGUESE, CLICKS, "Cliques (todos)")
            .column(RESULTS, "Results")
            .in(GERMAN, RESULTS, "Ergebnisse").in(FRENCH, RESULTS, "Résultats")
            .in(SPANISH, RESULTS, "Resultados").in(PORTUGUESE, RESULTS, "Resultados")
            .column(RESULT_INDICATOR, "Result indicator")
            .in(GERMAN, RESULT_INDICATOR, "Ergebnisindikator").in(FRENCH, RESULT_INDICATOR, "Indicateur de résultats")
            .in(SPANISH, RESULT_INDICATOR, "Indicador de resultado")
            .in(PORTUGUESE, RESULT_INDICATOR, "Indicador de resultados")
            .requireOneOf(DAY, REPORTING_STARTS).requireOneOf(CAMPAIGN_NAME, CAMPAIGN_ID).requireOneOf(SPEND)
            .money(SPEND);

    /** LinkedIn Campaign Manager's campaign performance report: preamble lines, then the header. */
    static final Layout LINKEDIN = Layout.of(ImportFormat.LINKEDIN_ADS, "LinkedIn Campaign Manager report")
            .column(DAY, "Start Date (in UTC)", "Start Date")
            .column(ACCOUNT_ID, "Account ID")
            .column(ACCOUNT_NAME, "Account Name")
            .column(CAMPAIGN_NAME, "Campaign Name")
            .column(CAMPAIGN_ID, "Campaign ID")
            .column(CURRENCY, "Currency")
            .column(SPEND, "Total Spent")
            .column(IMPRESSIONS, "Impressions")
            .column(CLICKS, "Clicks")
            .column(CONVERSIONS, "Conversions")
            .column(LEADS, "Leads")
            .requireOneOf(DAY).requireOneOf(CAMPAIGN_NAME, CAMPAIGN_ID).requireOneOf(SPEND)
            .money(SPEND);

    /** A Google Ads report download (CSV, or the UTF-16 tab-separated "Excel CSV"): 2 preamble lines. */
    static final Layout GOOGLE_ADS = Layout.of(ImportFormat.GOOGLE_ADS, "Google Ads report")
            .column(DAY, "Day")
            .column(ACCOUNT_ID, "Customer ID")
            .column(ACCOUNT_NAME, "Account", "Account name")
            .column(CAMPAIGN_NAME, "Campaign")
            .column(CAMPAIGN_ID, "Campaign ID")
            .column(CURRENCY, "Currency code")
            .column(SPEND, "Cost")
            .column(IMPRESSIONS, "Impr.", "Impressions")
            .column(CLICKS, "Clicks")
            .column(CONVERSIONS, "Conversions")
            .column(CONVERSION_VALUE, "Conv. value")
            .requireOneOf(DAY).requireOneOf(CAMPAIGN_NAME, CAMPAIGN_ID).requireOneOf(SPEND)
            .money(SPEND);

    /** The tidy table of Fivetran's dbt_ad_reporting (also what Airbyte+dbt and Windsor users produce). */
    static final Layout AD_REPORTING = Layout.of(ImportFormat.AD_REPORTING, "tidy ad reporting table")
            .column(DAY, "date_day")
            .column(PLATFORM, "platform")
            .column(ACCOUNT_ID, "account_id")
            .column(ACCOUNT_NAME, "account_name")
            .column(CAMPAIGN_ID, "campaign_id")
            .column(CAMPAIGN_NAME, "campaign_name")
            .column(CLICKS, "clicks")
            .column(IMPRESSIONS, "impressions")
            .column(SPEND, "spend")
            .column(CURRENCY, "currency")
            .requireOneOf(DAY).requireOneOf(PLATFORM).requireOneOf(CAMPAIGN_ID, CAMPAIGN_NAME).requireOneOf(SPEND)
            .money(SPEND);

    /** A cost sheet keyed by UTM codes (GA4 cost import, Yandex Metrica, SegmentStream). */
    static final Layout COST_SHEET = Layout.of(ImportFormat.COST_SHEET, "cost sheet")
            .column(DATE, "date")
            .column(DATE_FROM, "from", "date_from", "start_date")
            .column(DATE_TO, "to", "date_to", "end_date")
            .column(COST, "cost", "expenses")
            .column(CURRENCY, "currency")
            .column(UTM_SOURCE, "utm_source")
            .column(UTM_MEDIUM, "utm_medium")
            .column(UTM_CAMPAIGN, "utm_campaign")
            .column(CATEGORY, "category")
            .column(CLICKS, "clicks")
            .column(IMPRESSIONS, "impressions")
            .requireOneOf(DATE, DATE_FROM).requireOneOf(COST).requireOneOf(UTM_SOURCE).requireOneOf(UTM_MEDIUM)
            .requireOneOf(UTM_CAMPAIGN).money(COST);

    /** A HubSpot deals export; labels and internal property names both match. */
    static final Layout HUBSPOT_DEALS = Layout.of(ImportFormat.HUBSPOT_DEALS, "HubSpot deals export")
            .column(RECORD_ID, "Record ID", "Deal ID", "hs_object_id")
            .column(DEAL_STAGE, "Deal Stage", "dealstage")
            .column(AMOUNT, "Amount")
            .column(AMOUNT_IN_COMPANY_CURRENCY, "Amount in company currency", "amount_in_home_currency")
            .column(CURRENCY, "Currency", "Deal currency code", "deal_currency_code")
            .column(CLOSE_DATE, "Close Date", "closedate")
            .column(CREATE_DATE, "Create Date", "createdate")
            .column(CONTACT_ID, "Associated Contact IDs", "Associated Contact ID", "Associated Contact",
                    "Contact ID")
            .column(ORIGINAL_SOURCE, "Original Source", "Original Source Type", "hs_analytics_source")
            .column(SOURCE_DRILL_DOWN_1, "Original Source Drill-Down 1", "hs_analytics_source_data_1")
            .column(SOURCE_DRILL_DOWN_2, "Original Source Drill-Down 2", "hs_analytics_source_data_2")
            .requireOneOf(RECORD_ID).requireOneOf(DEAL_STAGE).requireOneOf(AMOUNT, AMOUNT_IN_COMPANY_CURRENCY)
            .money(AMOUNT, AMOUNT_IN_COMPANY_CURRENCY);

    /** Touchpoints from analytics or a warehouse: a person, a time, and a landing URL or UTM columns. */
    static final Layout TOUCHPOINTS = Layout.of(ImportFormat.TOUCHPOINTS, "touchpoints file")
            .column(PERSON, "person", "person_key", "client_id", "user_id")
            .column(TIMESTAMP, "timestamp", "occurred_at")
            .column(LANDING_URL, "landing_url")
            .column(UTM_SOURCE, "utm_source")
            .column(UTM_MEDIUM, "utm_medium")
            .column(UTM_CAMPAIGN, "utm_campaign")
            .column(UTM_TERM, "utm_term")
            .column(UTM_CONTENT, "utm_content")
            .column(EXTERNAL_ID, "external_id")
            .column(GCLID, "gclid")
            .column(FBCLID, "fbclid")
            .column(LI_FAT_ID, "li_fat_id")
            .requireOneOf(PERSON).requireOneOf(TIMESTAMP).requireOneOf(LANDING_URL, UTM_SOURCE);

    /**
     * A per-post export: Meta Business Suite's (Facebook and Instagram), LinkedIn's page content export and X's
     * post analytics, or a tidy table of the same. LinkedIn's {@code Post type} says Organic or Sponsored, so its
     * {@code Content Type} comes first; where a file has two labels of one column (X's Shares and Reposts), the
     * leftmost counts.
     */
    static final Layout POSTS = Layout.of(ImportFormat.POST_PERFORMANCE, "post performance export")
            .column(POST_ID, "Post ID", "Tweet id", "external_id")
            .column(PLATFORM, "platform")
            .column(PUBLISHED_AT, "Publish time", "published_at", "Created date", "time", "Date published",
                    "Posted at")
            .column(POST_DATE, "Date")
            .column(MEDIA_TYPE, "Content type", "Media type", "Media product type")
            .column(POST_TYPE, "Post type", "type")
            .column(PERMALINK, "Permalink", "Post link", "Tweet permalink", "url")
            .column(IMPRESSIONS, "Impressions")
            .column(REACH, "Reach")
            .column(LIKES, "Reactions", "Likes")
            .column(COMMENTS, "Comments", "Replies")
            .column(SHARES, "Shares", "Reposts", "Retweets")
            .column(SAVES, "Saves", "Bookmarks")
            .column(LINK_CLICKS, "Link clicks", "URL clicks", "Clicks")
            .column(VIDEO_VIEWS, "Video views", "3-second video views", "Plays", "Views", "Media views")
            .requireOneOf(POST_ID, PERMALINK).requireOneOf(PUBLISHED_AT, POST_DATE).requireOneOf(IMPRESSIONS);

    /** A channel's audience on a day, one segment a row: what the platforms' audience exports hold, made tidy. */
    static final Layout AUDIENCE = Layout.of(ImportFormat.AUDIENCE, "audience export")
            .column(DATE, "date", "day")
            .column(PLATFORM, "platform")
            .column(DIMENSION, "dimension", "breakdown")
            .column(SEGMENT, "segment", "value", "breakdown value")
            .column(SHARE, "share", "percentage", "percent", "% of audience")
            .requireOneOf(DATE).requireOneOf(DIMENSION).requireOneOf(SEGMENT).requireOneOf(SHARE);

    /** Every format, in the order AUTO breaks ties in. */
    static final List<Layout> ALL = List.of(META, LINKEDIN, GOOGLE_ADS, AD_REPORTING, COST_SHEET, HUBSPOT_DEALS,
            TOUCHPOINTS, POSTS, AUDIENCE);

    static Layout of(ImportFormat format) {
        return ALL.stream().filter(l -> l.format == format).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no layout for " + format));
    }
}
