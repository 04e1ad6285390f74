-- Wegwijzer schema 12: the sync engine's change log (desktop/sync/models.py, SyncChange).
-- Triggers on every synced table (made by desktop/sync/change_log.py when a store opens, so that
-- a table added by a later migration gets them too) write the key of each row an INSERT,
-- UPDATE or DELETE touches; a sync compares only those rows with their baseline. While the
-- sync engine inserts rows it has just baselined, sync_quiet names the table. Never edit.

CREATE TABLE sync_change (
	tbl VARCHAR(60) NOT NULL, 
	row_id VARCHAR(36) NOT NULL, 
	CONSTRAINT pk_sync_change PRIMARY KEY (tbl, row_id)
);

CREATE TABLE sync_quiet (
	tbl VARCHAR(60) NOT NULL, 
	CONSTRAINT pk_sync_quiet PRIMARY KEY (tbl)
);
