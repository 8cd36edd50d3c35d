-- Daily totals of the stored credits (docs/design.md, "Daily credit totals"): what the reports under the default
-- setting sum, per conversion day (UTC, the days a report's period is made of), conversion type and channel, at three
-- grains, so a report reads a few rows per day instead of one row per touch of every conversion:
--   grain 0: per channel, campaign and media type   (revenue and conversions per campaign, channel, bucket), of the
--            credit rows that carry a credit or a missing rate
--   grain 2: per channel and media type             (assisted conversions per media type)
--   grain 3: per channel                            (assisted conversions of the channel, each conversion once)
-- Triggers on attribution_credit
-- keep them equal to the sums of its rows, whoever writes it: the rows of one conversion are always inserted and
-- deleted together, so `assisted` (conversions with the group at a position other than the last) adds up exactly
-- across statements.
create table attribution_credit_day (
    id              bigint generated always as identity primary key,
    workspace_id    bigint      not null references workspace (id) on delete cascade,
    on_date         date        not null,
    conversion_type varchar(16) not null,
    grain           smallint    not null check (grain in (0, 2, 3)),
    channel_id      bigint,
    campaign_id     bigint,
    media_type      varchar(8),
    revenue_credit  numeric     not null,
    count_credit    numeric     not null,
    assisted        bigint      not null,
    -- credit rows without an exchange rate: a report that meets one reads attribution_credit for the exact message
    missing_rates   bigint      not null,
    credit_rows     bigint      not null,
    -- in the order the reports read: a workspace's grain over a range of days
    constraint attribution_credit_day_key unique nulls not distinct
        (workspace_id, grain, on_date, conversion_type, channel_id, campaign_id, media_type)
);

-- Both directions are one upsert on the key (an index look-up per group): an addition adds, a removal adds the
-- negated sums and drops the groups left without a credit row. A removal whose workspace is being deleted (its rows
-- go by cascade) writes nothing, so it cannot insert a total for a workspace that is gone.
-- The rows a group sums (grouping sets per grain): grain 0 only the credit rows that carry a credit or a missing rate
-- (as the statements that only sum credits read them, V14: under LAST_TOUCH one row per conversion, not one per
-- touch), grains 2 and 3 every row (an assist carries no credit under a single-touch model).
create function attribution_credit_day_add() returns trigger language plpgsql as $$
begin
    insert into attribution_credit_day as d (workspace_id, on_date, conversion_type, grain, channel_id, campaign_id,
                                             media_type, revenue_credit, count_credit, assisted, missing_rates,
                                             credit_rows)
    select workspace_id, on_date, conversion_type, 0, channel_id, campaign_id,
           media_type, coalesce(sum(revenue_credit), 0), sum(count_credit),
           count(distinct conversion_id) filter (where pos < n), count(missing_rate), count(*)
    from added
    where count_credit <> 0 or revenue_credit <> 0 or missing_rate is not null
    group by workspace_id, on_date, conversion_type, channel_id, campaign_id, media_type
    union all
    select workspace_id, on_date, conversion_type, 2 + grouping(media_type), channel_id, null::bigint,
           media_type, coalesce(sum(revenue_credit), 0), sum(count_credit),
           count(distinct conversion_id) filter (where pos < n), count(missing_rate), count(*)
    from added
    group by workspace_id, on_date, conversion_type, channel_id, grouping sets ((media_type), ())
    on conflict on constraint attribution_credit_day_key do update
        set revenue_credit = d.revenue_credit + excluded.revenue_credit,
            count_credit   = d.count_credit + excluded.count_credit,
            assisted       = d.assisted + excluded.assisted,
            missing_rates  = d.missing_rates + excluded.missing_rates,
            credit_rows    = d.credit_rows + excluded.credit_rows;
    return null;
end $$;

-- Both directions are one upsert on the key (an index look-up per group): an addition adds, a removal adds the
-- negated sums and drops the groups left without a credit row. A removal whose workspace is being deleted (its rows
-- go by cascade) writes nothing, so it cannot insert a total for a workspace that is gone.
create function attribution_credit_day_remove() returns trigger language plpgsql as $$
declare
    emptied bigint[];
begin
    -- (a statement cannot delete the rows its own upsert changed: the emptied groups go in a second one)
    with gone as (
        select * from removed where exists (select 1 from workspace w where w.id = removed.workspace_id)),
    changed as (
        insert into attribution_credit_day as d (workspace_id, on_date, conversion_type, grain, channel_id,
                                                 campaign_id, media_type, revenue_credit, count_credit, assisted,
                                                 missing_rates, credit_rows)
        select workspace_id, on_date, conversion_type, 0, channel_id, campaign_id,
               media_type, -coalesce(sum(revenue_credit), 0), -sum(count_credit),
               -count(distinct conversion_id) filter (where pos < n), -count(missing_rate), -count(*)
        from gone
        where count_credit <> 0 or revenue_credit <> 0 or missing_rate is not null
        group by workspace_id, on_date, conversion_type, channel_id, campaign_id, media_type
        union all
        select workspace_id, on_date, conversion_type, 2 + grouping(media_type), channel_id, null::bigint,
               media_type, -coalesce(sum(revenue_credit), 0), -sum(count_credit),
               -count(distinct conversion_id) filter (where pos < n), -count(missing_rate), -count(*)
        from gone
        group by workspace_id, on_date, conversion_type, channel_id, grouping sets ((media_type), ())
        on conflict on constraint attribution_credit_day_key do update
            set revenue_credit = d.revenue_credit + excluded.revenue_credit,
                count_credit   = d.count_credit + excluded.count_credit,
                assisted       = d.assisted + excluded.assisted,
                missing_rates  = d.missing_rates + excluded.missing_rates,
                credit_rows    = d.credit_rows + excluded.credit_rows
        returning d.id, d.credit_rows)
    select array_agg(id) filter (where credit_rows = 0) into emptied from changed;
    if emptied is not null then
        delete from attribution_credit_day where id = any(emptied);
    end if;
    return null;
end $$;

create trigger attribution_credit_day_on_insert after insert on attribution_credit
    referencing new table as added for each statement execute function attribution_credit_day_add();
create trigger attribution_credit_day_on_delete after delete on attribution_credit
    referencing old table as removed for each statement execute function attribution_credit_day_remove();
-- An update is a removal and an addition (nothing updates credits today; this keeps the totals right if it does).
create trigger attribution_credit_day_on_update_remove after update on attribution_credit
    referencing old table as removed for each statement execute function attribution_credit_day_remove();
create trigger attribution_credit_day_on_update_add after update on attribution_credit
    referencing new table as added for each statement execute function attribution_credit_day_add();

-- The totals of the credits stored before this migration.
insert into attribution_credit_day (workspace_id, on_date, conversion_type, grain, channel_id, campaign_id, media_type,
                                    revenue_credit, count_credit, assisted, missing_rates, credit_rows)
select workspace_id, on_date, conversion_type, 0, channel_id, campaign_id, media_type,
       coalesce(sum(revenue_credit), 0), sum(count_credit), count(distinct conversion_id) filter (where pos < n),
       count(missing_rate), count(*)
from attribution_credit
where count_credit <> 0 or revenue_credit <> 0 or missing_rate is not null
group by workspace_id, on_date, conversion_type, channel_id, campaign_id, media_type
union all
select workspace_id, on_date, conversion_type, 2 + grouping(media_type), channel_id, null::bigint, media_type,
       coalesce(sum(revenue_credit), 0), sum(count_credit), count(distinct conversion_id) filter (where pos < n),
       count(missing_rate), count(*)
from attribution_credit
group by workspace_id, on_date, conversion_type, channel_id, grouping sets ((media_type), ());
