-- A workspace's default attribution setting (issue "dashboards that stay fast"): the model, lookback and model
-- parameters every report uses when its attribution argument leaves them out, settable by an ADMIN. A workspace
-- without a row uses LAST_TOUCH over 30 days (the defaults before this table existed).
create table attribution_default (
    workspace_id    bigint primary key references workspace (id) on delete cascade,
    model           varchar(32)  not null,
    lookback_days   integer      not null check (lookback_days between 1 and 365),
    half_life_hours integer      not null check (half_life_hours between 1 and 2160),
    first_weight    numeric      not null check (first_weight >= 0),
    last_weight     numeric      not null check (last_weight >= 0 and first_weight + last_weight > 0
                                                 and first_weight + last_weight <= 1),
    created_by      varchar(255),
    created_at      timestamptz  not null default now(),
    updated_by      varchar(255),
    updated_at      timestamptz  not null default now()
);

-- A goal keeps the attribution it was created with: a goal created without one was measured with LAST_TOUCH over
-- 30 days (half-life 168 h, positions 0.4/0.4), so that is written down now that the workspace default can change.
update goal set attribution_model = coalesce(attribution_model, 'LAST_TOUCH'),
                lookback_days     = coalesce(lookback_days, 30),
                half_life_hours   = coalesce(half_life_hours, 168),
                first_weight      = coalesce(first_weight, 0.4),
                last_weight       = coalesce(last_weight, 0.4);

-- Materialized credits of the default setting (docs/design.md, "Materialized credits"): every counted conversion's
-- credits, one row per touch of its path exactly as the on-demand `credit` CTE computes them (all time, every
-- conversion type, revenue in the reporting currency), maintained in the transaction of every write that can change
-- them. Reports under the default setting aggregate these rows instead of joining conversions to touchpoints.
create table attribution_credit (
    workspace_id    bigint      not null references workspace (id) on delete cascade,
    conversion_id   bigint      not null references conversion (id) on delete cascade,
    pos             integer     not null,
    n               integer     not null,
    converted_at    timestamptz not null,
    conversion_type varchar(16) not null,
    on_date         date        not null,
    touchpoint_id   bigint,
    channel_id      bigint,
    campaign_id     bigint,
    media_type      varchar(8),
    revenue_credit  numeric,
    count_credit    numeric     not null,
    -- "currency|date" when the conversion's revenue found no exchange rate (revenue_credit is then null)
    missing_rate    varchar(20),
    primary key (workspace_id, conversion_id, pos)
);
create index attribution_credit_period_idx on attribution_credit (workspace_id, converted_at);

-- Where the credits stand: READY (the rows are complete for the default setting), REBUILDING (a background job is
-- crediting every conversion again, credits_done of credits_total so far, after conversion id credits_cursor;
-- reports compute on demand meanwhile), ON_DEMAND (the default model is DATA_DRIVEN, whose credits depend on the
-- report's period: nothing is stored). No row: READY with LAST_TOUCH over 30 days.
alter table attribution_default
    add column credits_state  varchar(16) not null default 'READY'
        check (credits_state in ('READY', 'REBUILDING', 'ON_DEMAND')),
    add column credits_cursor bigint      not null default 0,
    add column credits_done   bigint      not null default 0,
    add column credits_total  bigint      not null default 0;

-- Existing workspaces with conversions have no stored credits yet: they rebuild at the next start.
insert into attribution_default (workspace_id, model, lookback_days, half_life_hours, first_weight, last_weight,
                                 created_by, credits_state)
select w.id, 'LAST_TOUCH', 30, 168, 0.4, 0.4, 'system', 'REBUILDING'
from workspace w
where exists (select 1 from conversion c where c.workspace_id = w.id);
