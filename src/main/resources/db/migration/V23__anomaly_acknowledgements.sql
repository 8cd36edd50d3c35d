-- Anomaly alerts that a member has acknowledged (issue 16; docs/delivery.md). The alerts themselves are computed
-- from the reports whenever they are asked for; only the acknowledgement is stored, keyed by what the alert is about.
create table anomaly_acknowledgement (
    id           bigint primary key,
    workspace_id bigint       not null references workspace (id),
    day          date         not null,
    metric       varchar(32)  not null,
    scope        varchar(16)  not null,
    -- the channel's or campaign's id; 0 for the workspace
    scope_id     bigint       not null,
    created_by   varchar(200),
    created_at   timestamptz  not null default now(),
    unique (workspace_id, day, metric, scope, scope_id)
);
create sequence anomaly_acknowledgement_id_seq increment by 50;
