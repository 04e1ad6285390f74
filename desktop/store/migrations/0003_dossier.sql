-- Wegwijzer schema 3: drafts of the dossier forms (desktop/dossier/models.py). Never edit.

CREATE TABLE dossier_draft (
	id VARCHAR(36) NOT NULL, 
	person_id VARCHAR(36) NOT NULL, 
	form VARCHAR(40) NOT NULL, 
	payload TEXT NOT NULL, 
	saved_at DATETIME NOT NULL, 
	saved_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_dossier_draft PRIMARY KEY (id), 
	CONSTRAINT uq_dossier_draft_person_id_form UNIQUE (person_id, form), 
	CONSTRAINT fk_dossier_draft_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE INDEX ix_dossier_draft_person_id ON dossier_draft (person_id);
