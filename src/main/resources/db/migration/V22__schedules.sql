-- Scheduled deliveries of saved reports and their log (issue 16; docs/delivery.md).

-- When and where a saved report is delivered. next_due_at is the next occurrence, advanced by the tick that
-- claims the current one.
create table delivery_schedule (
    id              bigint primary key,
    workspace_id    bigint        not null references workspace (id),
    saved_report_id bigint        not null references saved_report (id) on delete cascade,
    frequency       varchar(16)   not null,
    day_of_week     varchar(16),
    day_of_month    integer       check (day_of_month between 1 and 31),
    local_time      time          not null,
    time_zone       varchar(64)   not null,
    channel         varchar(16)   not null,
    -- EMAIL: addresses, comma-separated
    recipients      varchar(6000),
    -- WEBHOOK
    webhook_url     varchar(2000),
    webhook_format  varchar(16),
    skip_when_empty boolean       not null default false,
    active          boolean       not null default true,
    next_due_at     timestamptz   not null,
    created_by      varchar(200),
    created_at      timestamptz   not null default now(),
    unique (id, workspace_id)
);
create sequence delivery_schedule_id_seq increment by 50;
create index delivery_schedule_due_idx on delivery_schedule (next_due_at) where active;

-- One due occurrence of a schedule (or one alert): the claim row that makes it happen once whatever the number of
-- instances (unique key), and its log entry (status, attempts, error). Kept when the schedule is deleted.
create table delivery (
    id              bigint primary key,
    workspace_id    bigint        not null references workspace (id),
    schedule_id     bigint,
    -- what was delivered, kept for the log after the schedule or report is gone
    report_name     varchar(200)  not null,
    due_at          timestamptz   not null,
    channel         varchar(16)   not null,
    recipients      varchar(6000) not null,
    status          varchar(16)   not null,
    attempts        integer       not null default 0,
    next_attempt_at timestamptz,
    -- a SENDING claim is held until then; past it, the outcome is unknown and the delivery is not sent again
    claimed_until   timestamptz,
    sent_at         timestamptz,
    error           varchar(2000),
    created_by      varchar(200),
    created_at      timestamptz   not null default now(),
    unique (schedule_id, due_at)
);
create sequence delivery_id_seq increment by 50;
create index delivery_workspace_idx on delivery (workspace_id, due_at desc);
create index delivery_pending_idx on delivery (next_attempt_at) where status in ('PENDING', 'RETRYING');
