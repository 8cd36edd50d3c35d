-- What an action is worth to the workspace: a conversion type (a LEAD is worth 40 EUR) or an engagement
-- kind (a share is worth 0.50 EUR). Converted into the reporting currency at the rate in force on the day
-- of the action, like revenue.
create table action_value (
    workspace_id bigint       not null references workspace (id),
    action       varchar(32)  not null,
    kind         varchar(16)  not null check (kind in ('CONVERSION', 'ENGAGEMENT')),
    amount       numeric      not null check (amount >= 0),
    currency     varchar(3)   not null,
    created_at   timestamptz  not null default now(),
    created_by   varchar(200),
    updated_at   timestamptz  not null default now(),
    primary key (workspace_id, action)
);
