-- Contact journal (dated notes per person) and attachments: their descriptions sync as
-- records; their bytes live once per SHA-256 in attachment_content, which never syncs in batches.

CREATE TABLE contact_note (
	person_id VARCHAR(36) NOT NULL, 
	on_date DATE NOT NULL, 
	category VARCHAR(32) NOT NULL, 
	source VARCHAR(32) NOT NULL, 
	text TEXT NOT NULL, 
	health BOOLEAN NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_contact_note PRIMARY KEY (id), 
	CONSTRAINT fk_contact_note_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE INDEX ix_contact_note_person_id ON contact_note (person_id);

CREATE TABLE attachment (
	person_id VARCHAR(36) NOT NULL, 
	title VARCHAR(200) NOT NULL, 
	kind VARCHAR(32) NOT NULL, 
	file_name VARCHAR(255) NOT NULL, 
	size INTEGER NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	added_on DATE NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_attachment PRIMARY KEY (id), 
	CONSTRAINT fk_attachment_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE INDEX ix_attachment_person_id ON attachment (person_id);

CREATE INDEX ix_attachment_sha256 ON attachment (sha256);

CREATE TABLE attachment_content (
	sha256 VARCHAR(64) NOT NULL, 
	size INTEGER NOT NULL, 
	data BLOB NOT NULL, 
	CONSTRAINT pk_attachment_content PRIMARY KEY (sha256)
);

