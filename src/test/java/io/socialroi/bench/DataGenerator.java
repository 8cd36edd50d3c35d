package io.socialroi.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Loads one realistic workspace for benchmarks and demos, with plain JDBC and set-based SQL
 * ({@code generate_series}, {@code random()} after {@code setseed}): the same options and seed give the
 * same data. Defaults: 8 channels, 40 campaigns with about 20 cost entries each, 200,000 persons with
 * about 1,000,000 touchpoints over one year (a heavy tail of persons with hundreds of touches, most
 * with a few), about 100,000 funnel conversions (LEAD → MQL → SQL → OPPORTUNITY → SALE) and daily
 * USD/GBP → EUR rates. The workspace's reporting currency is set to EUR.
 *
 * <pre>
 * java ... io.socialroi.bench.DataGenerator jdbcUrl user password
 *     [--workspace SLUG] [--replace] [--persons N] [--touchpoints N] [--conversions N]
 *     [--end-date YYYY-MM-DD] [--seed S]
 * </pre>
 *
 * Without {@code --replace} it refuses a workspace that already holds data; with it, that workspace's
 * channels, campaigns, costs, rates, touchpoints and conversions are deleted first (other workspaces
 * are left alone). A slug that does not exist is created. Test code only: not shipped.
 */
public final class DataGenerator {

    /** What to generate. */
    public record Options(String workspaceSlug, boolean replace, int persons, int touchpoints, int conversions,
            LocalDate endDate, double seed) {

        public static Options defaults() {
            return new Options("default", false, 200_000, 1_000_000, 100_000, LocalDate.of(2026, 6, 30), 0.42);
        }

        public Options withReplace(boolean value) {
            return new Options(workspaceSlug, value, persons, touchpoints, conversions, endDate, seed);
        }

        LocalDate startDate() {
            return endDate.minusDays(364);
        }
    }

    /** What was generated: the workspace, its row count per table, and the time it took. */
    public record Result(long workspaceId, Map<String, Long> rowCounts, long millis) {
    }

    /** channel name, kind, weight in the touchpoint mix (sums to 100), aliases (lower-case source keys). */
    private record ChannelSpec(String name, String kind, int weight, String... aliases) {
    }

    private static final List<ChannelSpec> CHANNELS = List.of(
            new ChannelSpec("LinkedIn", "SOCIAL", 20, "li", "linkedin.com", "lnkd.in"),
            new ChannelSpec("Facebook", "SOCIAL", 18, "fb", "facebook.com", "m.facebook.com"),
            new ChannelSpec("Instagram", "SOCIAL", 15, "ig", "instagram.com"),
            new ChannelSpec("X", "SOCIAL", 8, "twitter", "twitter.com", "t.co", "x.com"),
            new ChannelSpec("TikTok", "SOCIAL", 9, "tt", "tiktok.com"),
            new ChannelSpec("YouTube", "SOCIAL", 8, "yt", "youtube.com"),
            new ChannelSpec("Email", "EMAIL", 12, "newsletter", "mailchimp"),
            new ChannelSpec("Blog", "BLOG", 10, "blog.example.com", "medium"));

    private static final String[] THEMES = {"Product launch", "Flash sale", "Webinar series", "Customer stories",
        "Brand awareness", "Retargeting", "Thought leadership", "Partner program", "Free trial push",
        "Newsletter growth", "Community AMA", "Feature release", "Case study", "Event follow-up", "Loyalty rewards",
        "Influencer collab", "Employer branding", "Ebook lead magnet", "Demo days", "Customer referral"};

    private static final int CAMPAIGNS = 40;
    /** The last campaigns start after the data window: drafts, with planning costs only. */
    private static final int DRAFTS = 2;
    /** Share of leads that come from offline persons without any touchpoint (unattributed unless a source is recorded). */
    private static final double OFFLINE_LEAD_SHARE = 0.02;

    private DataGenerator() {
    }

    public static void main(String[] args) throws SQLException {
        List<String> positional = new ArrayList<>();
        Options o = Options.defaults();
        String slug = o.workspaceSlug();
        boolean replace = false;
        int persons = o.persons();
        int touchpoints = o.touchpoints();
        int conversions = o.conversions();
        LocalDate end = o.endDate();
        double seed = o.seed();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--replace" -> replace = true;
                case "--workspace" -> slug = value(args, ++i, a);
                case "--persons" -> persons = Integer.parseInt(value(args, ++i, a).replace("_", ""));
                case "--touchpoints" -> touchpoints = Integer.parseInt(value(args, ++i, a).replace("_", ""));
                case "--conversions" -> conversions = Integer.parseInt(value(args, ++i, a).replace("_", ""));
                case "--end-date" -> end = LocalDate.parse(value(args, ++i, a));
                case "--seed" -> seed = Double.parseDouble(value(args, ++i, a));
                case "-h", "--help" -> {
                    usage();
                    return;
                }
                default -> {
                    if (a.startsWith("--")) {
                        System.err.println("unknown option " + a);
                        usage();
                        System.exit(2);
                    }
                    positional.add(a);
                }
            }
        }
        if (positional.size() != 3) {
            usage();
            System.exit(2);
        }
        if (persons < 1 || touchpoints < persons || conversions < 0 || seed < -1 || seed > 1) {
            System.err.println("need persons >= 1, touchpoints >= persons, conversions >= 0, -1 <= seed <= 1");
            System.exit(2);
        }
        Options options = new Options(slug, replace, persons, touchpoints, conversions, end, seed);
        try (Connection connection = connect(positional.get(0), positional.get(1), positional.get(2))) {
            generate(connection, options);
        } catch (WorkspaceNotEmptyException e) {
            System.err.println(e.getMessage());
            System.exit(3);
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            System.err.println(option + " needs a value");
            System.exit(2);
        }
        return args[i];
    }

    private static void usage() {
        System.err.println("usage: DataGenerator <jdbcUrl> <user> <password> [--workspace SLUG] [--replace]"
                + " [--persons N] [--touchpoints N] [--conversions N] [--end-date YYYY-MM-DD] [--seed -1..1]");
    }

    /** A connection straight from the PostgreSQL driver (no DriverManager: works in any class loader). */
    public static Connection connect(String url, String user, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        Connection connection = new org.postgresql.Driver().connect(url, props);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL JDBC URL: " + url);
        }
        return connection;
    }

    public static class WorkspaceNotEmptyException extends RuntimeException {
        WorkspaceNotEmptyException(String message) {
            super(message);
        }
    }

    /** Generates the workspace in one transaction, then vacuums and analyzes the tables. */
    public static Result generate(Connection connection, Options o) throws SQLException {
        long started = System.nanoTime();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        long ws;
        try (Statement st = connection.createStatement()) {
            // Session settings for this transaction only: UTC days, room for the sorts, a fixed seed.
            st.execute("set local time zone 'UTC'");
            st.execute("set local work_mem = '256MB'");
            st.execute("set local synchronous_commit = off");
            ws = workspace(connection, o);
            st.execute("select setseed(" + o.seed() + ")");
            Steps steps = new Steps(st);
            steps.run("channels", () -> channels(st, ws));
            steps.run("campaigns", () -> campaigns(st, ws, o));
            steps.run("exchange rates", () -> exchangeRates(st, ws, o));
            steps.run("cost entries", () -> costs(st, ws, o));
            steps.run("persons", () -> persons(st, o));
            steps.run("funnels", () -> funnels(st, o));
            steps.run("touchpoints", () -> touchpoints(st, ws, o));
            steps.run("conversions", () -> conversions(st, ws, o));
            // a running service must not answer from report results cached before this data (the report cache)
            st.execute("update workspace set data_version = nextval('data_version_seq') where id = " + ws);
            // nor from stored credits of the data before: they are rebuilt (at the service's next start, or by
            // StoredCredits.rebuild), and until then reports compute on demand
            st.execute("insert into attribution_default (workspace_id, model, lookback_days, half_life_hours,"
                    + " first_weight, last_weight, created_by, credits_state) values (" + ws + ", 'LAST_TOUCH', 30, 168,"
                    + " 0.4, 0.4, 'generator', 'REBUILDING') on conflict (workspace_id) do update set credits_state ="
                    + " case when attribution_default.model = 'DATA_DRIVEN' then 'ON_DEMAND' else 'REBUILDING' end,"
                    + " credits_cursor = 0, credits_done = 0");
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
            throw e;
        }
        connection.setAutoCommit(true);
        try (Statement st = connection.createStatement()) {
            long t = System.nanoTime();
            // Fresh rows: set hint bits and the visibility map now (as autovacuum would soon), so that
            // benchmarks measure steady state, and give the planner statistics.
            st.execute("vacuum (analyze) touchpoint, conversion, cost_entry, exchange_rate, campaign, campaign_channel,"
                    + " channel, channel_source_key");
            log("vacuum analyze", t);
        }
        connection.setAutoCommit(autoCommit);
        Map<String, Long> counts = rowCounts(connection, ws);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(Locale.ROOT, "generated workspace %d in %.1f s: %s%n", ws, millis / 1000.0, counts);
        return new Result(ws, counts, millis);
    }

    /** Rows of the workspace per table. */
    public static Map<String, Long> rowCounts(Connection connection, long ws) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("channel", "channel_source_key", "campaign", "campaign_channel", "cost_entry",
                "exchange_rate", "touchpoint", "conversion")) {
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery("select count(*) from " + table + " where workspace_id = " + ws)) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
    }

    // ---- steps ------------------------------------------------------------------------------------

    private static long workspace(Connection connection, Options o) throws SQLException {
        Long ws = null;
        try (PreparedStatement ps = connection.prepareStatement("select id from workspace where slug = ?")) {
            ps.setString(1, o.workspaceSlug());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    ws = rs.getLong(1);
                }
            }
        }
        if (ws == null) {
            try (PreparedStatement ps = connection.prepareStatement("insert into workspace (id, slug, name,"
                    + " reporting_currency) values (nextval('workspace_id_seq'), ?, ?, 'EUR') returning id")) {
                ps.setString(1, o.workspaceSlug());
                ps.setString(2, "Generated workspace " + o.workspaceSlug());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    ws = rs.getLong(1);
                }
            }
            System.out.println("created workspace '" + o.workspaceSlug() + "' (id " + ws + ")");
        }
        List<String> tables = List.of("touchpoint", "conversion", "cost_entry", "exchange_rate", "campaign_channel",
                "campaign", "channel_source_key", "channel");
        try (Statement st = connection.createStatement()) {
            String any = tables.stream().map(t -> "exists (select 1 from " + t + " where workspace_id = %d)")
                    .collect(Collectors.joining(" or "));
            boolean hasData;
            try (ResultSet rs = st.executeQuery("select " + any.replace("%d", Long.toString(ws)))) {
                rs.next();
                hasData = rs.getBoolean(1);
            }
            if (hasData && !o.replace()) {
                throw new WorkspaceNotEmptyException("workspace '" + o.workspaceSlug() + "' already holds data: pass"
                        + " --replace to delete it first");
            }
            if (hasData) {
                long t = System.nanoTime();
                for (String table : tables) {
                    st.execute("delete from " + table + " where workspace_id = " + ws);
                }
                log("deleted the workspace's data", t);
            }
            // The generated amounts come with rates to EUR.
            st.execute("update workspace set reporting_currency = 'EUR' where id = " + ws);
        }
        return ws;
    }

    private static void channels(Statement st, long ws) throws SQLException {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < CHANNELS.size(); i++) {
            ChannelSpec c = CHANNELS.get(i);
            String aliases = java.util.Arrays.stream(c.aliases()).map(a -> "'" + a + "'").collect(Collectors.joining(","));
            values.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "(%d, '%s', '%s', %d, array[%s]::text[])",
                    i + 1, c.name(), c.kind(), c.weight(), aliases));
        }
        st.execute("create temp table g_channel on commit drop as"
                + " select v.idx, nextval('channel_id_seq') as id, v.name, v.kind, v.weight, v.aliases,"
                + " array[lower(v.name)] || v.aliases as sources"
                + " from (values " + values + ") v(idx, name, kind, weight, aliases) order by v.idx");
        st.execute("insert into channel (id, workspace_id, name, kind) select id, " + ws
                + ", name, kind from g_channel order by idx");
        // the name (is_name) and the aliases, as ChannelService stores them: label as given, key lower-cased
        st.execute("insert into channel_source_key (id, workspace_id, channel_id, source_key, label, is_name)"
                + " select nextval('channel_source_key_id_seq'), " + ws + ", id, lower(label), label, n = 1"
                + " from (select c.idx, c.id, k.label, k.n from g_channel c"
                + "   cross join lateral unnest(array[c.name] || c.aliases) with ordinality k(label, n)) s"
                + " order by idx, n");
    }

    /** Channel idx 1..8 repeated by weight: a uniform index into it picks a channel by popularity. */
    private static String channelSlots() {
        List<String> slots = new ArrayList<>();
        for (int i = 0; i < CHANNELS.size(); i++) {
            for (int w = 0; w < CHANNELS.get(i).weight(); w++) {
                slots.add(Integer.toString(i + 1));
            }
        }
        return "'{" + String.join(",", slots) + "}'::int[]";
    }

    private static String dateLit(LocalDate d) {
        return "date '" + d + "'";
    }

    private static void campaigns(Statement st, long ws, Options o) throws SQLException {
        String themes = java.util.Arrays.stream(THEMES).map(t -> "'" + t + "'").collect(Collectors.joining(","));
        int inWindow = CAMPAIGNS - DRAFTS;
        String start = dateLit(o.startDate());
        String end = dateLit(o.endDate());
        st.execute(String.format(Locale.ROOT, """
                create temp table g_campaign on commit drop as
                with base as (
                  select i as idx,
                         -- spread over the year, the first ones started a little before it
                         floor((i - 1) * 365.0 / %1$d + random() * 10)::int - 20 as start_off,
                         random() as r_dur, random() as r_obj, random() as r_budget, random() as r_cur,
                         random() as r_n, random() as r_primary
                  from generate_series(1, %2$d) i
                ), d as (
                  select b.*, case when idx > %1$d then %4$s + 5 + idx else %3$s + start_off end as start_date
                  from base b
                ), e as (
                  select d.*, array[%5$s] as themes,
                         -- a few always-on campaigns without an end date
                         case when idx %% 13 = 0 then null else start_date + 30 + floor(r_dur * 90)::int end as end_date
                  from d
                )
                select idx, nextval('campaign_id_seq') as id,
                       themes[1 + (idx - 1) %% 20] || ' ' || to_char(start_date, 'Mon YYYY') as name,
                       lower(regexp_replace(themes[1 + (idx - 1) %% 20], '[^A-Za-z0-9]+', '-', 'g'))
                           || '-' || to_char(start_date, 'YYMM') as utm,
                       (array['CONVERSION','CONVERSION','CONVERSION','AWARENESS','ENGAGEMENT','AUTHORITY',
                              'RETENTION','UPSELL','CUSTOMER_EXPERIENCE','CONVERSION'])[1 + floor(r_obj * 10)::int] as objective,
                       case when start_date > %4$s then 'DRAFT'
                            when end_date is not null and end_date < %4$s
                                 then case when idx %% 9 = 0 then 'ARCHIVED' else 'COMPLETED' end
                            when idx %% 7 = 0 then 'PAUSED'
                            else 'ACTIVE' end as status,
                       start_date, end_date,
                       round((10000 + r_budget * 140000)::numeric / 500) * 500 as budget,
                       case when r_cur < 0.7 then 'EUR' when r_cur < 0.9 then 'USD' else 'GBP' end as currency,
                       1 + floor(r_n * 3)::int as n_channels,
                       (%6$s)[1 + floor(r_primary * 100)::int] as primary_idx
                from e order by idx
                """, inWindow, CAMPAIGNS, start, end, themes, channelSlots()));
        // 1 to 3 distinct channels: the primary one (by popularity) and every third after it
        st.execute("alter table g_campaign add column chan_ids bigint[]");
        st.execute("update g_campaign c set chan_ids = array(select ch.id from generate_series(0, c.n_channels - 1) k"
                + " join g_channel ch on ch.idx = (c.primary_idx - 1 + k * 3) % 8 + 1 order by k)");
        st.execute("insert into campaign (id, workspace_id, name, objective, status, start_date, end_date, budget_amount,"
                + " budget_currency, utm_campaign, utm_campaign_key)"
                + " select id, " + ws + ", name, objective, status, start_date, end_date, budget, currency, utm, lower(utm)"
                + " from g_campaign order by idx");
        st.execute("insert into campaign_channel (workspace_id, campaign_id, channel_id)"
                + " select " + ws + ", id, unnest(chan_ids) from g_campaign");
        // Touchpoints pick a campaign among those running on their day, bigger budgets more often.
        st.execute(String.format(Locale.ROOT, """
                create temp table g_day on commit drop as
                select d.day, array_agg(w.id order by w.idx) filter (where w.id is not null) as camps
                from (select generate_series(%1$s::timestamp, %2$s::timestamp, interval '1 day')::date as day) d
                left join (select c.* from g_campaign c
                           cross join lateral generate_series(1, least(8, ceil(c.budget / 20000)::int)) r) w
                  on w.status <> 'DRAFT' and w.start_date <= d.day and coalesce(w.end_date, %2$s) >= d.day
                group by d.day
                """, start, end));
    }

    private static void exchangeRates(Statement st, long ws, Options o) throws SQLException {
        // Business-day reference rates (none on weekends: amounts of a Saturday use Friday's rate),
        // from six weeks before the window so every cost and conversion has a rate in force.
        st.execute(String.format(Locale.ROOT, """
                insert into exchange_rate (id, workspace_id, base, quote, rate, valid_from)
                select nextval('exchange_rate_id_seq'), %1$d, base, 'EUR', rate, day from (
                  select cur.base, d::date as day,
                         round((cur.mid * (1 + 0.04 * sin(extract(epoch from d) / 86400 / 58.0 + cur.phase)
                                + (random() - 0.5) * 0.01))::numeric, 6) as rate
                  from (values ('USD', 0.92, 0.0), ('GBP', 1.17, 1.3)) cur(base, mid, phase)
                  cross join generate_series((%2$s - 45)::timestamp, %3$s::timestamp, interval '1 day') d
                  where extract(isodow from d) < 6
                  order by cur.base, d) r
                """, ws, dateLit(o.startDate()), dateLit(o.endDate())));
    }

    private static void costs(Statement st, long ws, Options o) throws SQLException {
        String end = dateLit(o.endDate());
        st.execute(String.format(Locale.ROOT, """
                insert into cost_entry (id, workspace_id, campaign_id, channel_id, category, amount, currency, incurred_on,
                                        hours, hourly_rate, description, external_id)
                with c as (
                  select g.*, least(coalesce(g.end_date, %2$s), %2$s) as last_day,
                         case when g.status = 'DRAFT' then 3 else 16 + floor(random() * 9)::int end as n_costs
                  from g_campaign g
                ), k as (
                  select c.*, k, random() as r_cat, random() as r_day, random()::numeric as r_amt, random() as r_ch,
                         random() as r_cur, random() as r_rate
                  from c cross join lateral generate_series(1, c.n_costs) k
                ), cat as (
                  select k.*,
                         case when status = 'DRAFT' then (array['RESEARCH','CONTENT_PRODUCTION','TOOLS'])[k]
                              when k <= 8 then 'AD_SPEND' when k <= 13 then 'LABOR' when k = 14 then 'TOOLS'
                              when k <= 16 then 'CONTENT_PRODUCTION' when k = 17 then 'AGENCY'
                              else (array['SERVICE_REFUNDS','RESEARCH','TRAINING','CONFERENCES','OTHER','AD_SPEND',
                                          'LABOR'])[1 + floor(r_cat * 7)::int] end as category,
                         case when status = 'DRAFT' then %2$s - floor(r_day * 30)::int
                              else start_date + floor(r_day * (last_day - start_date + 1))::int end as incurred_on
                  from k
                ), x as (
                  select cat.*,
                         case when category = 'LABOR' then round(2 + r_amt * 38, 1) end as hours,
                         case when category = 'LABOR' then (array[35, 45, 55, 65, 85, 120])[1 + floor(r_rate * 6)::int]::numeric end as hourly_rate,
                         case when category in ('AD_SPEND', 'TOOLS') and r_cur < 0.4 then 'USD'
                              when category = 'LABOR' then case when currency = 'GBP' then 'GBP' else 'EUR' end
                              else currency end as cost_currency
                  from cat
                )
                select nextval('cost_entry_id_seq'), %1$d, id,
                       case when category in ('AD_SPEND', 'CONTENT_PRODUCTION') or (category = 'LABOR' and r_ch < 0.7)
                            then chan_ids[1 + floor(r_ch * cardinality(chan_ids))::int] end,
                       category,
                       case category
                            when 'AD_SPEND' then round(budget * (0.035 + r_amt * 0.07), 2)
                            when 'LABOR' then hours * hourly_rate
                            when 'TOOLS' then round(49 + r_amt * 550, 2)
                            when 'AGENCY' then round(2000 + r_amt * 18000, 2)
                            when 'CONTENT_PRODUCTION' then round(500 + r_amt * 7500, 2)
                            when 'SERVICE_REFUNDS' then round(20 + r_amt * 480, 2)
                            when 'RESEARCH' then round(300 + r_amt * 2700, 2)
                            when 'TRAINING' then round(200 + r_amt * 1300, 2)
                            when 'CONFERENCES' then round(1000 + r_amt * 8000, 2)
                            else round(50 + r_amt * 750, 2) end,
                       cost_currency, incurred_on, hours, hourly_rate,
                       case category
                            when 'LABOR' then (array['community management', 'copywriting', 'campaign management',
                                                     'design', 'reporting'])[1 + floor(r_rate * 5)::int]
                            when 'TOOLS' then 'social media management suite'
                            when 'AD_SPEND' then 'ads invoice'
                            when 'AGENCY' then 'agency retainer'
                            when 'CONTENT_PRODUCTION' then 'video and creatives' end,
                       case when category = 'AD_SPEND' then 'inv-' || id || '-' || k end
                from x order by idx, k
                """, ws, end));
    }

    /** Leads: about 2.01 conversions each (the funnel below, less the late stages the window's end cuts off). */
    private static long leads(Options o) {
        return Math.round(o.conversions() / 2.01);
    }

    /** Nurture touches: 0 to 3 before each stage after LEAD (1.05 such stages per lead), some cut off. */
    private static long expectedNurtureTouches(Options o) {
        return Math.round(leads(o) * (1 - OFFLINE_LEAD_SHARE) * 1.052 * 1.5 * 0.95);
    }

    private static void persons(Statement st, Options o) throws SQLException {
        // Heavy-tailed touches per person: Pareto(alpha 1.6) weights, capped, scaled so that with the
        // nurture touches added later the total is about the requested number of touchpoints. The
        // median person has 2 touches, the top 1 % more than 40, a few several hundred.
        st.execute(String.format(Locale.ROOT, """
                create temp table g_weight on commit drop as
                select i as no, least(150.0, power(1 - random(), -1.0 / 1.6)) - 1 as w
                from generate_series(1, %d) i
                """, o.persons()));
        double sumW;
        try (ResultSet rs = st.executeQuery("select sum(w) from g_weight")) {
            rs.next();
            sumW = rs.getDouble(1);
        }
        long base = Math.max(o.persons(), o.touchpoints() - expectedNurtureTouches(o));
        double scale = sumW <= 0 ? 0 : (base - (double) o.persons()) / sumW;
        long days = ChronoUnit.DAYS.between(o.startDate(), o.endDate()) + 1;
        // Each person is active for a span that grows with their touches, somewhere in the window.
        st.execute(String.format(Locale.ROOT, """
                create temp table g_person on commit drop as
                select no, key, n, span_days,
                       %3$s::timestamptz + make_interval(secs => random() * (%2$d - span_days) * 86400) as arrive
                from (select no,
                             case when no %% 5 = 0 then 'anon-' || to_hex(no * 2654435761 %% 4294967296)
                                  else 'crm-' || lpad(no::text, 7, '0') end as key,
                             n, least(%2$d - 1.0, n * (1 + random() * 5) + random() * 3) as span_days
                      from (select no, 1 + floor(%1$s * w + random())::int as n from g_weight) w) p
                """, Double.toString(scale), days, dateLit(o.startDate())));
    }

    private static void funnels(Statement st, Options o) throws SQLException {
        // A funnel per converting person: LEAD → MQL 50 %, → SQL 60 %, → OPPORTUNITY 60 %, → SALE 40 %.
        // Leads are drawn with a probability growing with the person's touches (weighted sampling
        // without replacement: the smallest -ln(u)/weight), plus 2 % offline persons without any touch.
        // Touch j of a person's n falls in the j-th n-th of their span, so a LEAD placed after the end of
        // slot k (k uniform in 1..n) follows at least k touches; later stages follow days to weeks after.
        long leads = leads(o);
        long offline = Math.round(leads * OFFLINE_LEAD_SHARE);
        long days = ChronoUnit.DAYS.between(o.startDate(), o.endDate()) + 1;
        st.execute(String.format(Locale.ROOT, """
                create temp table g_lead on commit drop as
                with chosen as (
                  select p.key, p.arrive, p.span_days, p.n from g_person p
                  order by -ln(1 - random()) / power(p.n, 0.7) limit %1$d
                ), l as (
                  select key, false as offline, arrive + make_interval(secs => span_days * 86400 * (1 + floor(random() * n)) / n
                                                                         + random() * 21600) as t1
                  from chosen
                  union all
                  select 'crm-off-' || lpad(i::text, 6, '0'), true,
                         %3$s::timestamptz + make_interval(secs => random() * %4$d * 86400)
                  from generate_series(1, %2$d) i
                ), r as (
                  select l.*, random() as u_depth, random() as r2, random() as r3, random() as r4, random() as r5,
                         random() as r_cur, random() as r_amt, random() as r_src, random() as r_pick
                  from l
                )
                select r.*,
                       1 + (u_depth < 0.5)::int + (u_depth < 0.3)::int + (u_depth < 0.18)::int + (u_depth < 0.072)::int as depth,
                       date_trunc('second', t1) as ts1,
                       date_trunc('second', t1 + make_interval(secs => (1 + r2 * 9) * 86400)) as ts2,
                       date_trunc('second', t1 + make_interval(secs => (1 + r2 * 9 + 2 + r3 * 18) * 86400)) as ts3,
                       date_trunc('second', t1 + make_interval(secs => (1 + r2 * 9 + 2 + r3 * 18 + 3 + r4 * 27) * 86400)) as ts4,
                       date_trunc('second', t1 + make_interval(secs => (1 + r2 * 9 + 2 + r3 * 18 + 3 + r4 * 27 + 5 + r5 * 55) * 86400)) as ts5,
                       d.camps[1 + floor(r_pick * cardinality(d.camps))::int] as source_campaign
                from r left join g_day d on d.day = (r.t1 at time zone 'UTC')::date
                """, leads - offline, offline, dateLit(o.startDate()), days));
        // Nurturing: 0 to 3 touches (newsletter, retargeting) in the two weeks before each later stage,
        // after the previous one, so that opportunities and sales weeks after the lead still have paths.
        st.execute(String.format(Locale.ROOT, """
                create temp table g_nurture on commit drop as
                with s as (
                  select l.key, s.ts, s.prev, floor(random() * 4)::int as m
                  from g_lead l
                  cross join lateral (values (2, l.ts2, l.ts1), (3, l.ts3, l.ts2), (4, l.ts4, l.ts3), (5, l.ts5, l.ts4))
                                      s(stage, ts, prev)
                  where not l.offline and s.stage <= l.depth and s.ts < %1$s::timestamptz
                )
                select s.key, date_trunc('second', s.ts - least(s.ts - s.prev, interval '14 days') * random()) as ts
                from s cross join lateral generate_series(1, s.m) g
                """, dateLit(o.endDate().plusDays(1))));
    }

    private static void touchpoints(Statement st, long ws, Options o) throws SQLException {
        // The person's own touches and the nurture touches; 82 % on a campaign running that day (on one
        // of its channels), the rest organic on any channel, and 40 % of nurture touches are the
        // newsletter. Inserted in time order, like real tracking.
        int updated = st.executeUpdate(String.format(Locale.ROOT, """
                insert into touchpoint (id, workspace_id, person_key, occurred_at, channel_id, campaign_id, media_type,
                                        utm_source, utm_medium, utm_campaign, landing_url)
                with t0 as (
                  select p.key, date_trunc('second', p.arrive + make_interval(secs => p.span_days * 86400
                                 * (g.j - 1 + random()) / p.n)) as ts, false as nurture
                  from g_person p cross join lateral generate_series(1, p.n) g(j)
                  union all
                  select key, ts, true from g_nurture
                ), t as (
                  select t0.*, random() as r_camp, random() as r_pick, random() as r_ch, random() as r_media,
                         random() as r_src, random() as r_page, random() < 0.4 and t0.nurture as newsletter
                  from t0
                ), tc as (
                  select t.*, case when t.r_camp < 0.82 and not t.newsletter
                                   then d.camps[1 + floor(t.r_pick * cardinality(d.camps))::int] end as campaign_id
                  from t left join g_day d on d.day = (t.ts at time zone 'UTC')::date
                ), tch as (
                  select tc.*, c.utm,
                         case when tc.newsletter then s.email
                              else coalesce(c.chan_ids[1 + floor(tc.r_ch * cardinality(c.chan_ids))::int],
                                            s.slots[1 + floor(tc.r_ch * 100)::int]) end as channel_id
                  from tc left join g_campaign c on c.id = tc.campaign_id
                  -- channel ids repeated by weight: a uniform index picks a channel by popularity
                  cross join (select array_agg(ch.id order by ch.idx) as slots,
                                     min(ch.id) filter (where ch.kind = 'EMAIL') as email
                              from g_channel ch cross join generate_series(1, ch.weight)) s
                ), m as (
                  select tch.*, ch.kind, ch.sources,
                         case when tch.campaign_id is null then
                                   case when ch.kind = 'EMAIL' or tch.r_media < 0.7 then 'OWNED' else 'EARNED' end
                              when ch.kind = 'EMAIL' then 'OWNED'
                              when ch.kind = 'BLOG' then case when tch.r_media < 0.8 then 'OWNED' else 'EARNED' end
                              when tch.r_media < 0.65 then 'PAID'
                              when tch.r_media < 0.93 then 'OWNED'
                              else 'EARNED' end as media_type
                  from tch join g_channel ch on ch.id = tch.channel_id
                ), u as (
                  select m.*, m.sources[1 + floor(m.r_src * cardinality(m.sources))::int] as utm_source,
                         case m.media_type
                              when 'PAID' then case when m.kind = 'SOCIAL' and m.r_src < 0.7 then 'paid_social' else 'cpc' end
                              when 'OWNED' then case m.kind when 'EMAIL' then 'email' when 'BLOG' then 'organic' else 'social' end
                              else 'referral' end as utm_medium
                  from m
                )
                select nextval('touchpoint_id_seq'), %1$d, key, ts, channel_id, campaign_id, media_type,
                       utm_source, utm_medium, utm, landing_url
                from (select u.*, 'https://www.example.com/'
                               || (array['', 'pricing', 'features', 'demo', 'webinar', 'blog/social-roi-guide',
                                         'case-studies', 'trial'])[1 + floor(u.r_page * 8)::int]
                               || '?utm_source=' || u.utm_source || '&utm_medium=' || u.utm_medium
                               || coalesce('&utm_campaign=' || u.utm, '') as landing_url
                      from u order by ts) s
                """, ws));
        System.out.printf(Locale.ROOT, "  %,d touchpoints%n", updated);
    }

    private static void conversions(Statement st, long ws, Options o) throws SQLException {
        // Revenue on SALEs in EUR, USD or GBP. A recorded source (a CRM deal's campaign) on 40 % of the
        // offline funnels and 5 % of the others' opportunities and sales.
        int updated = st.executeUpdate(String.format(Locale.ROOT, """
                insert into conversion (id, workspace_id, person_key, occurred_at, type, revenue_amount, revenue_currency,
                                        campaign_id, channel_id, external_id)
                select nextval('conversion_id_seq'), %1$d, key, ts, type, revenue_amount, revenue_currency,
                       campaign_id, channel_id, external_id
                from (select l.key, s.ts, s.type,
                             case when s.type = 'SALE' then round((150 * exp(l.r_amt * 4))::numeric, 2) end as revenue_amount,
                             case when s.type = 'SALE' then case when l.r_cur < 0.55 then 'EUR' when l.r_cur < 0.85 then 'USD'
                                                                 else 'GBP' end end as revenue_currency,
                             sc.id as campaign_id, sc.chan_ids[1] as channel_id,
                             l.key || ':' || lower(s.type) as external_id
                      from g_lead l
                      cross join lateral (values (1, 'LEAD', l.ts1), (2, 'MQL', l.ts2), (3, 'SQL', l.ts3),
                                                 (4, 'OPPORTUNITY', l.ts4), (5, 'SALE', l.ts5)) s(stage, type, ts)
                      left join g_campaign sc on sc.id = l.source_campaign
                           and ((l.offline and l.r_src < 0.4) or (not l.offline and s.stage >= 4 and l.r_src < 0.05))
                      where s.stage <= l.depth and s.ts < %2$s::timestamptz
                      order by s.ts) x
                """, ws, dateLit(o.endDate().plusDays(1))));
        System.out.printf(Locale.ROOT, "  %,d conversions from %,d leads%n", updated, leads(o));
    }

    // ---- logging ----------------------------------------------------------------------------------

    private interface SqlStep {
        void run() throws SQLException;
    }

    private record Steps(Statement st) {
        void run(String name, SqlStep step) throws SQLException {
            long t = System.nanoTime();
            step.run();
            log(name, t);
        }
    }

    private static void log(String what, long startedNanos) {
        System.out.printf(Locale.ROOT, "  %-30s %7.1f s%n", what, (System.nanoTime() - startedNanos) / 1e9);
    }
}
