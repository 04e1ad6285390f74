-- Wegwijzer schema 2: the sync engine's tables (desktop/sync/models.py). Never edit.

CREATE TABLE sync_version (
	tbl VARCHAR(60) NOT NULL, 
	row_id VARCHAR(36) NOT NULL, 
	field VARCHAR(60) NOT NULL, 
	device VARCHAR(16) NOT NULL, 
	counter INTEGER NOT NULL, 
	hlc VARCHAR(40) NOT NULL, 
	at VARCHAR(32) NOT NULL, 
	"by" VARCHAR(80) NOT NULL, 
	value TEXT NOT NULL, 
	ctx TEXT NOT NULL, 
	CONSTRAINT pk_sync_version PRIMARY KEY (tbl, row_id, field, device, counter)
);

CREATE INDEX ix_sync_version_device_counter ON sync_version (device, counter);

CREATE TABLE sync_row (
	tbl VARCHAR(60) NOT NULL, 
	row_id VARCHAR(36) NOT NULL, 
	state TEXT NOT NULL, 
	shown BOOLEAN NOT NULL, 
	CONSTRAINT pk_sync_row PRIMARY KEY (tbl, row_id)
);

CREATE TABLE sync_conflict (
	tbl VARCHAR(60) NOT NULL, 
	row_id VARCHAR(36) NOT NULL, 
	field VARCHAR(60) NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	CONSTRAINT pk_sync_conflict PRIMARY KEY (tbl, row_id, field)
);

CREATE TABLE sync_file (
	name VARCHAR(120) NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	detail TEXT NOT NULL, 
	CONSTRAINT pk_sync_file PRIMARY KEY (name)
);
