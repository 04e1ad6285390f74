-- Wegwijzer schema 4: users, the audit trail and retention tombstones (desktop/access,
-- desktop/audit, desktop/privacy models). Never edit.

CREATE TABLE app_user (
	name VARCHAR(80) NOT NULL, 
	role VARCHAR(32) NOT NULL, 
	active BOOLEAN NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_app_user PRIMARY KEY (id), 
	CONSTRAINT uq_app_user_name UNIQUE (name)
);

CREATE TABLE audit_entry (
	device VARCHAR(16) NOT NULL, 
	seq INTEGER NOT NULL, 
	at VARCHAR(32) NOT NULL, 
	actor VARCHAR(80) NOT NULL, 
	action VARCHAR(40) NOT NULL, 
	person_id VARCHAR(36) NOT NULL, 
	record_table VARCHAR(60) NOT NULL, 
	record_id VARCHAR(36) NOT NULL, 
	fields TEXT NOT NULL, 
	detail TEXT NOT NULL, 
	prev_hash VARCHAR(64) NOT NULL, 
	hash VARCHAR(64) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_audit_entry PRIMARY KEY (id), 
	CONSTRAINT uq_audit_entry_device_seq UNIQUE (device, seq)
);

CREATE INDEX ix_audit_entry_actor ON audit_entry (actor);

CREATE INDEX ix_audit_entry_person_id ON audit_entry (person_id);

CREATE TABLE tombstone (
	tbl VARCHAR(60) NOT NULL, 
	row_id VARCHAR(36) NOT NULL, 
	reason VARCHAR(40) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_tombstone PRIMARY KEY (id)
);

CREATE INDEX ix_tombstone_row_id ON tombstone (row_id);

-- The trail is append-only in the database itself: updates and deletions of entries are
-- silently ignored (RAISE(IGNORE)), also when they arrive through sync from a tampered laptop.
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry BEGIN SELECT RAISE(IGNORE); END;

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry BEGIN SELECT RAISE(IGNORE); END;
