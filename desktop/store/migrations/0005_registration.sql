-- Wegwijzer schema 5: registering newcomers (desktop/dossier/registration.py). Never edit.
-- A gezinsmigrant's trajectory starts at the melding; the VWN begeleider is named; the
-- duplicate check looks people up by birth date.

ALTER TABLE trajectory ADD COLUMN melding_date DATE;

ALTER TABLE trajectory ADD COLUMN vwn_begeleider VARCHAR(120) NOT NULL DEFAULT '';

CREATE INDEX ix_person_birth_date ON person (birth_date);
