-- Wegwijzer schema 10: the klantreis follows the seeds (desktop/journey/). Never edit.
-- Where the COA linked a person from (ROL or another AZC) and the DUO registration; the
-- verlenging/ontheffing of the inburgeringstermijn; exam results per part; steps that a team's
-- rules file adds; the team's rules file itself, versioned. The StarterZ-klas is a class
-- within the Z-route, not a route (002:439-440): a PIP with route "starterz" becomes a Z-route
-- PIP with a StarterZ record.

ALTER TABLE trajectory ADD COLUMN linked_via VARCHAR(32);

ALTER TABLE trajectory ADD COLUMN duo_registered_on DATE;

CREATE TABLE termijn_besluit (
	person_id VARCHAR(36) NOT NULL, 
	kind VARCHAR(32) NOT NULL, 
	requested_on DATE, 
	decided_on DATE, 
	decision VARCHAR(32) NOT NULL, 
	until DATE, 
	reason TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_termijn_besluit PRIMARY KEY (id), 
	CONSTRAINT fk_termijn_besluit_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE INDEX ix_termijn_besluit_person_id ON termijn_besluit (person_id);

CREATE TABLE exam_result (
	person_id VARCHAR(36) NOT NULL, 
	part VARCHAR(32) NOT NULL, 
	taken_on DATE NOT NULL, 
	outcome VARCHAR(32) NOT NULL, 
	level VARCHAR(8) NOT NULL, 
	language_provider VARCHAR(120) NOT NULL, 
	notes TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_exam_result PRIMARY KEY (id), 
	CONSTRAINT fk_exam_result_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE INDEX ix_exam_result_person_id ON exam_result (person_id);

CREATE TABLE step_record (
	person_id VARCHAR(36) NOT NULL, 
	step VARCHAR(60) NOT NULL, 
	done_on DATE, 
	notes TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_step_record PRIMARY KEY (id), 
	CONSTRAINT fk_step_record_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE INDEX ix_step_record_person_id ON step_record (person_id);

-- The team's rules file: every imported version (desktop/journey/models.py); synced.
CREATE TABLE rules_version (
	version INTEGER NOT NULL, 
	municipality VARCHAR(120) NOT NULL, 
	text TEXT NOT NULL, 
	note TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_rules_version PRIMARY KEY (id)
);

-- Linked via: the reception location the person lived in first (before any home), if known.
UPDATE trajectory SET linked_via = (
	SELECT r.kind FROM residence r
	WHERE r.person_id = trajectory.person_id AND r.kind IN ('rol', 'azc', 'noodopvang', 'amv')
	ORDER BY r.start_date, r.id LIMIT 1
) WHERE koppeling_date IS NOT NULL;

-- StarterZ: a person whose PIP names route "starterz" and who has no StarterZ record gets one,
-- from the first such PIP version. Its id is that PIP's id, so every laptop of a team that
-- runs this migration makes the same record (no duplicates after sync).
INSERT INTO starterz (person_id, started_on, advice_on, advice, notes, id, created_at,
	created_by, changed_at, changed_by)
SELECT p.person_id,
	COALESCE(p.route_started_on, p.beschikking_on, p.signed_on, p.drafted_on, date(p.created_at)),
	NULL, NULL,
	'Overgenomen uit PIP versie ' || p.version || ' met route StarterZ-klas (schema 10).',
	p.id, p.created_at, p.created_by, p.changed_at, p.changed_by
FROM pip p
WHERE p.route = 'starterz'
	AND p.version = (SELECT MIN(q.version) FROM pip q
		WHERE q.person_id = p.person_id AND q.route = 'starterz')
	AND NOT EXISTS (SELECT 1 FROM starterz s WHERE s.person_id = p.person_id);

-- The PIP itself keeps every value and becomes a Z-route PIP; the old route is noted.
UPDATE pip SET route = 'z',
	change_reason = CASE WHEN change_reason = '' THEN 'StarterZ-klas binnen de Z-route (schema 10).'
		ELSE change_reason || ' (StarterZ-klas binnen de Z-route, schema 10.)' END
WHERE route = 'starterz';

-- An advice "starterz" is no route: it is kept in the notes.
UPDATE starterz SET advice = NULL,
	notes = CASE WHEN notes = '' THEN 'Advies was: StarterZ-klas (schema 10).'
		ELSE notes || ' Advies was: StarterZ-klas (schema 10).' END
WHERE advice = 'starterz';
