-- Wegwijzer schema 9: a person's income situation over time (uitkering, werk, studie), so
-- that the report can count the outflow from welfare to work or study (001 §3.3, indicator 2).
-- Report targets are settings (the setting table); they need no schema. Never edit.

CREATE TABLE income_situation (
	person_id VARCHAR(36) NOT NULL, 
	kind VARCHAR(32) NOT NULL, 
	start_date DATE NOT NULL, 
	end_date DATE, 
	note TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_income_situation PRIMARY KEY (id), 
	CONSTRAINT fk_income_situation_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE INDEX ix_income_situation_person_id ON income_situation (person_id);
