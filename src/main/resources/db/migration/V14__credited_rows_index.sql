-- The stored credits that carry a credit (or a missing rate): under LAST_TOUCH and FIRST_TOUCH one row per conversion
-- where a path has ten. The statements that only sum credits (per campaign, per bucket, per channel and campaign)
-- read these from the index alone; assists still read every touch (docs/benchmark.md).
create index attribution_credit_credited_idx on attribution_credit (workspace_id, converted_at)
    include (conversion_type, channel_id, campaign_id, on_date, revenue_credit, count_credit, missing_rate)
    where count_credit <> 0 or revenue_credit <> 0 or missing_rate is not null;
