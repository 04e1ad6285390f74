-- Wegwijzer schema 7: the agenda (desktop/domain/appointments.py): planned talks and the record of
-- their moves and cancellations. Never edit.

CREATE TABLE appointment (
	person_id VARCHAR(36) NOT NULL, 
	kind VARCHAR(32) NOT NULL, 
	starts_at DATETIME NOT NULL, 
	duration_minutes INTEGER NOT NULL, 
	place VARCHAR(32) NOT NULL, 
	place_detail VARCHAR(200) NOT NULL, 
	interpreter_language VARCHAR(20) NOT NULL, 
	interpreter_mode VARCHAR(32) NOT NULL, 
	coa_casemanager VARCHAR(120) NOT NULL, 
	vwn_begeleider VARCHAR(120) NOT NULL, 
	attendees TEXT NOT NULL, 
	status VARCHAR(32) NOT NULL, 
	sequence INTEGER NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_appointment PRIMARY KEY (id), 
	CONSTRAINT fk_appointment_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE INDEX ix_appointment_person_id ON appointment (person_id);

CREATE INDEX ix_appointment_starts_at ON appointment (starts_at);

CREATE TABLE appointment_change (
	appointment_id VARCHAR(36) NOT NULL, 
	person_id VARCHAR(36) NOT NULL, 
	change VARCHAR(32) NOT NULL, 
	old_starts_at DATETIME, 
	new_starts_at DATETIME, 
	reason TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_appointment_change PRIMARY KEY (id), 
	CONSTRAINT fk_appointment_change_appointment_id_appointment FOREIGN KEY(appointment_id) REFERENCES appointment (id) ON DELETE CASCADE
);

CREATE INDEX ix_appointment_change_appointment_id ON appointment_change (appointment_id);

CREATE INDEX ix_appointment_change_person_id ON appointment_change (person_id);

-- The appointment is from now on the one source of a planned talk. Talks planned before
-- (planned_at of the step tables) become appointments with the id of their step record, so
-- that every laptop migrating the same record makes the same appointment and sync merges them.
INSERT INTO appointment (person_id, kind, starts_at, duration_minutes, place, place_detail,
	interpreter_language, interpreter_mode, coa_casemanager, vwn_begeleider, attendees, status,
	sequence, id, created_at, created_by, changed_at, changed_by)
SELECT person_id, 'koffie_en_koek', planned_at, 60, place, place_detail, interpreter_language,
	interpreter_mode, coa_casemanager, '', '',
	CASE WHEN held_on IS NULL THEN 'gepland' ELSE 'gehouden' END, 0, id, created_at,
	created_by, changed_at, changed_by
FROM koffie_en_koek WHERE planned_at IS NOT NULL;

INSERT INTO appointment (person_id, kind, starts_at, duration_minutes, place, place_detail,
	interpreter_language, interpreter_mode, coa_casemanager, vwn_begeleider, attendees, status,
	sequence, id, created_at, created_by, changed_at, changed_by)
SELECT person_id, 'brede_intake', planned_at, 60, 'gemeentehuis', '', '', 'geen', '', '', '',
	CASE WHEN started_on IS NULL THEN 'gepland' ELSE 'gehouden' END, 0, id, created_at,
	created_by, changed_at, changed_by
FROM brede_intake WHERE planned_at IS NOT NULL;

INSERT INTO appointment (person_id, kind, starts_at, duration_minutes, place, place_detail,
	interpreter_language, interpreter_mode, coa_casemanager, vwn_begeleider, attendees, status,
	sequence, id, created_at, created_by, changed_at, changed_by)
SELECT person_id, 'voortgang', planned_at, 60, 'gemeentehuis', '', '', 'geen', '', '', '',
	CASE WHEN held_on IS NULL THEN 'gepland' ELSE 'gehouden' END, 0, id, created_at,
	created_by, changed_at, changed_by
FROM progress_talk WHERE planned_at IS NOT NULL;
