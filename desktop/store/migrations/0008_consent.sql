-- Wegwijzer schema 8: the person's consent to share their PIP with a partner
-- (desktop/documents/partners.py). Never edit.

CREATE TABLE consent (
	person_id VARCHAR(36) NOT NULL,
	recipient VARCHAR(32) NOT NULL,
	recipient_name VARCHAR(120) NOT NULL,
	scope VARCHAR(32) NOT NULL,
	given_on DATE NOT NULL,
	withdrawn_on DATE,
	note TEXT NOT NULL,
	id VARCHAR(36) NOT NULL,
	created_at DATETIME NOT NULL,
	created_by VARCHAR(80) NOT NULL,
	changed_at DATETIME NOT NULL,
	changed_by VARCHAR(80) NOT NULL,
	CONSTRAINT pk_consent PRIMARY KEY (id),
	CONSTRAINT fk_consent_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE INDEX ix_consent_person_id ON consent (person_id);
