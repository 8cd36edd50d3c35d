-- SMART goals (domain.md, method step 1): a metric, a target and a deadline, on a campaign or (campaign_id
-- null) on the whole workspace. Progress is computed when asked for, never stored.
create table goal (
    id                bigint primary key,
    workspace_id      bigint       not null references workspace (id),
    campaign_id       bigint,
    name              varchar(200) not null,
    metric            varchar(32)  not null,
    -- CONVERSIONS only: count conversions of this type (all types when null)
    conversion_type   varchar(16),
    target            numeric      not null,
    start_date        date         not null,
    deadline          date         not null,
    -- how attributed metrics are credited; null columns take the report defaults
    attribution_model varchar(32),
    lookback_days     integer,
    half_life_hours   integer,
    first_weight      numeric,
    last_weight       numeric,
    created_at        timestamptz  not null default now(),
    created_by        varchar(200),
    updated_at        timestamptz  not null default now(),
    check (deadline >= start_date),
    check (conversion_type is null or metric = 'CONVERSIONS'),
    foreign key (campaign_id, workspace_id) references campaign (id, workspace_id) on delete cascade
);
create sequence goal_id_seq increment by 50;
create index goal_workspace_idx on goal (workspace_id, campaign_id, id);
