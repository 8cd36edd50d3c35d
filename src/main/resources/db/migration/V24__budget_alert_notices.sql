-- What each BUDGET_ALERTS schedule has told its recipients (issue 16; docs/delivery.md, "Budget alerts"): per
-- campaign, the pacing alert last delivered. A delivery lists only the campaigns whose alert rose above it, so a
-- campaign is reported once when it crosses a threshold, not every day it stays over; a campaign back below (its
-- budget raised) loses its row and is reported again when it crosses again.
create table budget_alert_notice (
    id           bigint primary key,
    workspace_id bigint      not null references workspace (id),
    schedule_id  bigint      not null references delivery_schedule (id) on delete cascade,
    campaign_id  bigint      not null references campaign (id) on delete cascade,
    alert        varchar(16) not null check (alert in ('WARNING', 'EXCEEDED')),
    -- the delivery that told it
    delivery_id  bigint      references delivery (id) on delete set null,
    created_by   varchar(200),
    created_at   timestamptz not null default now(),
    unique (schedule_id, campaign_id)
);
create sequence budget_alert_notice_id_seq increment by 50;
