-- Customers as the CRM knows them, for the social cohort lift: one row per person and workspace (re-sending
-- a personKey replaces it). Amounts keep their own currency; reports convert them at the rate in force on
-- became_customer_on.
create table customer (
    id                 bigint primary key,
    workspace_id       bigint       not null references workspace (id),
    person_key         varchar(200) not null,
    became_customer_on date         not null,
    contract_amount    numeric      check (contract_amount >= 0),
    contract_currency  varchar(3),
    upsell_amount      numeric      check (upsell_amount >= 0),
    upsell_currency    varchar(3),
    churned_on         date,
    first_lead_on      date,
    social_engaged_on  date,
    created_at         timestamptz  not null default now(),
    created_by         varchar(200),
    updated_at         timestamptz  not null default now(),
    unique (workspace_id, person_key),
    check ((contract_amount is null) = (contract_currency is null)),
    check ((upsell_amount is null) = (upsell_currency is null)),
    check (churned_on is null or churned_on >= became_customer_on),
    check (first_lead_on is null or first_lead_on <= became_customer_on)
);
create sequence customer_id_seq increment by 50;
-- the cohort report: a workspace's customers who became customers in a period. The engaged test per customer
-- (an earlier SOCIAL touchpoint) uses touchpoint_path_idx (workspace_id, person_key, occurred_at).
create index customer_became_idx on customer (workspace_id, became_customer_on);
