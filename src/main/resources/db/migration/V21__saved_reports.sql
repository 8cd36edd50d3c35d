-- Saved reports and the workspace's time zone (issue 16; docs/delivery.md).

-- The IANA zone relative periods ("month to date") are resolved in, and schedules run in by default.
alter table workspace add column time_zone varchar(64) not null default 'UTC';

-- A named report definition: which report, its filters, its attribution setting and a relative period rule.
-- Attribution fields left null take the workspace's default when the report runs (as a report argument would).
create table saved_report (
    id                bigint primary key,
    workspace_id      bigint        not null references workspace (id),
    name              varchar(200)  not null,
    kind              varchar(32)   not null,
    period_rule       varchar(32)   not null,
    fixed_from        date,
    fixed_to          date,
    model             varchar(32),
    lookback_days     integer,
    half_life_hours   integer,
    first_weight      numeric(20, 10),
    last_weight       numeric(20, 10),
    -- the ConversionType names, comma-separated; null: every type
    conversion_types  varchar(200),
    -- ATTRIBUTION_COMPARISON: the AttributionModel names, comma-separated
    comparison_models varchar(200),
    -- TIME_SERIES
    metric            varchar(32),
    granularity       varchar(16),
    campaign_id       bigint,
    channel_id        bigint,
    created_by        varchar(200),
    created_at        timestamptz   not null default now(),
    check ((period_rule = 'FIXED') = (fixed_from is not null and fixed_to is not null)),
    unique (id, workspace_id)
);
create sequence saved_report_id_seq increment by 50;
create index saved_report_workspace_idx on saved_report (workspace_id, name);
