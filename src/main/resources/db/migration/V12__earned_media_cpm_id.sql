-- earned_media_cpm gets a surrogate key, so that its entity (EarnedMediaCpmEntity) finds every row. The price's own
-- key (workspace_id, media_type, coalesce(channel_id, 0)) has a nullable part, and Hibernate loads no entity whose
-- id has a null part: the workspace-wide prices (channel_id null) could only be read and written by SQL. The unique
-- index stays the rule, one price per media type workspace-wide and one per channel; existing rows are numbered here.
alter table earned_media_cpm add column id bigint generated always as identity primary key;
