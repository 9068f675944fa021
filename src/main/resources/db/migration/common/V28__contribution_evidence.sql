-- A contribution's evidence (a receipt, a protocol, a photo of what was given): a PDF or an
-- image by its content, kept in the file storage; read by the keepers and the contributor.
alter table contribution add column evidence_key varchar(200);
alter table contribution add column evidence_type varchar(40);
create index contribution_event_only_idx on contribution (event_id, contributed_on);
