-- Daily totals of the stored credits (docs/design.md, "Daily credit totals"): what the reports under the default
-- setting sum, per conversion day (UTC, the days a report's period is made of), conversion type and channel, at three
-- grains, so a report reads a few rows per day instead of one row per touch of every conversion:
--   grain 0: per channel, campaign and media type   (revenue and conversions per campaign, channel, bucket)
--   grain 2: per channel and media type             (assisted conversions per media type)
--   grain 3: per channel                            (assisted conversions of the channel, each conversion once)
-- (the grain is grouping(campaign_id, media_type) of the statement that adds rows). Triggers on attribution_credit
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
    constraint attribution_credit_day_key unique nulls not distinct
        (workspace_id, on_date, conversion_type, grain, channel_id, campaign_id, media_type)
);

create function attribution_credit_day_add() returns trigger language plpgsql as $$
begin
    insert into attribution_credit_day as d (workspace_id, on_date, conversion_type, grain, channel_id, campaign_id,
                                             media_type, revenue_credit, count_credit, assisted, missing_rates,
                                             credit_rows)
    select workspace_id, on_date, conversion_type, grouping(campaign_id, media_type), channel_id, campaign_id,
           media_type, coalesce(sum(revenue_credit), 0), sum(count_credit),
           count(distinct conversion_id) filter (where pos < n), count(missing_rate), count(*)
    from added
    group by workspace_id, on_date, conversion_type, channel_id,
             grouping sets ((campaign_id, media_type), (media_type), ())
    on conflict on constraint attribution_credit_day_key do update
        set revenue_credit = d.revenue_credit + excluded.revenue_credit,
            count_credit   = d.count_credit + excluded.count_credit,
            assisted       = d.assisted + excluded.assisted,
            missing_rates  = d.missing_rates + excluded.missing_rates,
            credit_rows    = d.credit_rows + excluded.credit_rows;
    return null;
end $$;

-- Deletions only subtract from rows that exist (never insert: under a cascade from the workspace the totals may be
-- gone already), then drop the groups left without a credit row.
create function attribution_credit_day_remove() returns trigger language plpgsql as $$
begin
    update attribution_credit_day d
    set revenue_credit = d.revenue_credit - r.revenue_credit,
        count_credit   = d.count_credit - r.count_credit,
        assisted       = d.assisted - r.assisted,
        missing_rates  = d.missing_rates - r.missing_rates,
        credit_rows    = d.credit_rows - r.credit_rows
    from (select workspace_id, on_date, conversion_type, grouping(campaign_id, media_type) as grain, channel_id,
                 campaign_id, media_type, coalesce(sum(revenue_credit), 0) as revenue_credit,
                 sum(count_credit) as count_credit,
                 count(distinct conversion_id) filter (where pos < n) as assisted,
                 count(missing_rate) as missing_rates, count(*) as credit_rows
          from removed
          group by workspace_id, on_date, conversion_type, channel_id,
                   grouping sets ((campaign_id, media_type), (media_type), ())) r
    where d.workspace_id = r.workspace_id and d.on_date = r.on_date and d.conversion_type = r.conversion_type
      and d.grain = r.grain and d.channel_id is not distinct from r.channel_id
      and d.campaign_id is not distinct from r.campaign_id and d.media_type is not distinct from r.media_type;
    delete from attribution_credit_day d
    using (select distinct workspace_id, on_date from removed) r
    where d.workspace_id = r.workspace_id and d.on_date = r.on_date and d.credit_rows = 0;
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
select workspace_id, on_date, conversion_type, grouping(campaign_id, media_type), channel_id, campaign_id, media_type,
       coalesce(sum(revenue_credit), 0), sum(count_credit), count(distinct conversion_id) filter (where pos < n),
       count(missing_rate), count(*)
from attribution_credit
group by workspace_id, on_date, conversion_type, channel_id, grouping sets ((campaign_id, media_type), (media_type), ());

create index attribution_credit_day_period_idx on attribution_credit_day (workspace_id, grain, on_date)
    include (conversion_type, channel_id, campaign_id, media_type, revenue_credit, count_credit, assisted,
             missing_rates);
