-- Wegwijzer schema 1: the first schema. Never edit; add a new migration instead.

CREATE TABLE consultant (
	name VARCHAR(120) NOT NULL, 
	phone VARCHAR(40) NOT NULL, 
	email VARCHAR(120) NOT NULL, 
	active BOOLEAN NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_consultant PRIMARY KEY (id)
);

CREATE TABLE household (
	label VARCHAR(120) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_household PRIMARY KEY (id)
);

CREATE TABLE setting (
	"key" VARCHAR(80) NOT NULL, 
	value TEXT NOT NULL, 
	CONSTRAINT pk_setting PRIMARY KEY ("key")
);

CREATE TABLE person (
	given_names VARCHAR(120) NOT NULL, 
	family_name VARCHAR(120) NOT NULL, 
	name_original VARCHAR(200) NOT NULL, 
	birth_date DATE, 
	sex VARCHAR(1) NOT NULL, 
	bsn VARCHAR(9), 
	v_nummer VARCHAR(10), 
	category VARCHAR(32) NOT NULL, 
	country_of_origin VARCHAR(2) NOT NULL, 
	languages VARCHAR(120) NOT NULL, 
	interpreter_needed BOOLEAN NOT NULL, 
	phone VARCHAR(40) NOT NULL, 
	email VARCHAR(120) NOT NULL, 
	search_key TEXT NOT NULL, 
	household_id VARCHAR(36), 
	household_role VARCHAR(32) NOT NULL, 
	abroad BOOLEAN NOT NULL, 
	family_reunification VARCHAR(32), 
	schooling VARCHAR(32), 
	school_name VARCHAR(120) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_person PRIMARY KEY (id), 
	CONSTRAINT uq_person_bsn UNIQUE (bsn), 
	CONSTRAINT uq_person_v_nummer UNIQUE (v_nummer), 
	CONSTRAINT fk_person_household_id_household FOREIGN KEY(household_id) REFERENCES household (id) ON DELETE SET NULL
);

CREATE INDEX ix_person_household_id ON person (household_id);

CREATE TABLE brede_intake (
	person_id VARCHAR(36) NOT NULL, 
	variant VARCHAR(32) NOT NULL, 
	planned_at DATETIME, 
	started_on DATE, 
	completed_on DATE, 
	voorinburgering_participation TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_brede_intake PRIMARY KEY (id), 
	CONSTRAINT fk_brede_intake_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE INDEX ix_brede_intake_person_id ON brede_intake (person_id);

CREATE TABLE handhaving (
	person_id VARCHAR(36) NOT NULL, 
	kind VARCHAR(32) NOT NULL, 
	on_date DATE NOT NULL, 
	legal_ground VARCHAR(32) NOT NULL, 
	amount_cents INTEGER, 
	reason TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_handhaving PRIMARY KEY (id), 
	CONSTRAINT fk_handhaving_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE INDEX ix_handhaving_person_id ON handhaving (person_id);

CREATE TABLE koffie_en_koek (
	person_id VARCHAR(36) NOT NULL, 
	planned_at DATETIME, 
	held_on DATE, 
	place VARCHAR(32) NOT NULL, 
	place_detail VARCHAR(200) NOT NULL, 
	coa_casemanager VARCHAR(120) NOT NULL, 
	interpreter_language VARCHAR(20) NOT NULL, 
	interpreter_mode VARCHAR(32) NOT NULL, 
	topic_acquaintance TEXT NOT NULL, 
	topic_voorinburgering TEXT NOT NULL, 
	topic_housing_family TEXT NOT NULL, 
	topic_questions TEXT NOT NULL, 
	agreements TEXT NOT NULL, 
	klantreis_handed_over BOOLEAN NOT NULL, 
	klantreis_language VARCHAR(20) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_koffie_en_koek PRIMARY KEY (id), 
	CONSTRAINT fk_koffie_en_koek_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE INDEX ix_koffie_en_koek_person_id ON koffie_en_koek (person_id);

CREATE TABLE leerbaarheidstoets (
	person_id VARCHAR(36) NOT NULL, 
	taken_on DATE NOT NULL, 
	outcome VARCHAR(32) NOT NULL, 
	score INTEGER, 
	notes TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_leerbaarheidstoets PRIMARY KEY (id), 
	CONSTRAINT fk_leerbaarheidstoets_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE INDEX ix_leerbaarheidstoets_person_id ON leerbaarheidstoets (person_id);

CREATE TABLE map_module (
	person_id VARCHAR(36) NOT NULL, 
	started_on DATE, 
	completed_on DATE, 
	provider VARCHAR(120) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_map_module PRIMARY KEY (id), 
	CONSTRAINT fk_map_module_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE INDEX ix_map_module_person_id ON map_module (person_id);

CREATE TABLE ontzorgen (
	person_id VARCHAR(36) NOT NULL, 
	start_date DATE NOT NULL, 
	end_date DATE, 
	extension_reason TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_ontzorgen PRIMARY KEY (id), 
	CONSTRAINT fk_ontzorgen_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE INDEX ix_ontzorgen_person_id ON ontzorgen (person_id);

CREATE TABLE participation_activity (
	person_id VARCHAR(36) NOT NULL, 
	kind VARCHAR(32) NOT NULL, 
	description TEXT NOT NULL, 
	organisation VARCHAR(120) NOT NULL, 
	hours_per_week DOUBLE NOT NULL, 
	start_date DATE, 
	end_date DATE, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_participation_activity PRIMARY KEY (id), 
	CONSTRAINT fk_participation_activity_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE INDEX ix_participation_activity_person_id ON participation_activity (person_id);

CREATE TABLE pip (
	person_id VARCHAR(36) NOT NULL, 
	version INTEGER NOT NULL, 
	route VARCHAR(32) NOT NULL, 
	deviation_reason TEXT NOT NULL, 
	change VARCHAR(32) NOT NULL, 
	change_reason TEXT NOT NULL, 
	drafted_on DATE, 
	signed_on DATE, 
	beschikking_on DATE, 
	language_provider VARCHAR(120) NOT NULL, 
	route_registered_on DATE, 
	route_started_on DATE, 
	support TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_pip PRIMARY KEY (id), 
	CONSTRAINT uq_pip_person_id_version UNIQUE (person_id, version), 
	CONSTRAINT fk_pip_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE INDEX ix_pip_person_id ON pip (person_id);

CREATE TABLE progress_talk (
	person_id VARCHAR(36) NOT NULL, 
	planned_at DATETIME, 
	held_on DATE, 
	formal BOOLEAN NOT NULL, 
	progress VARCHAR(32), 
	summary TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_progress_talk PRIMARY KEY (id), 
	CONSTRAINT fk_progress_talk_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE INDEX ix_progress_talk_person_id ON progress_talk (person_id);

CREATE TABLE pvt (
	person_id VARCHAR(36) NOT NULL, 
	started_on DATE, 
	signed_on DATE, 
	certificate_on DATE, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_pvt PRIMARY KEY (id), 
	CONSTRAINT fk_pvt_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE INDEX ix_pvt_person_id ON pvt (person_id);

CREATE TABLE residence (
	person_id VARCHAR(36) NOT NULL, 
	kind VARCHAR(32) NOT NULL, 
	location VARCHAR(200) NOT NULL, 
	start_date DATE NOT NULL, 
	end_date DATE, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_residence PRIMARY KEY (id), 
	CONSTRAINT fk_residence_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE INDEX ix_residence_person_id ON residence (person_id);

CREATE TABLE starterz (
	person_id VARCHAR(36) NOT NULL, 
	started_on DATE NOT NULL, 
	advice_on DATE, 
	advice VARCHAR(32), 
	notes TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_starterz PRIMARY KEY (id), 
	CONSTRAINT fk_starterz_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE
);

CREATE INDEX ix_starterz_person_id ON starterz (person_id);

CREATE TABLE trajectory (
	person_id VARCHAR(36) NOT NULL, 
	consultant_id VARCHAR(36), 
	koppeling_date DATE, 
	voorinburgering_start DATE, 
	voorinburgering_end DATE, 
	vwn_start DATE, 
	end_kind VARCHAR(32), 
	end_date DATE, 
	end_note TEXT NOT NULL, 
	new_municipality VARCHAR(120) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_trajectory PRIMARY KEY (id), 
	CONSTRAINT uq_trajectory_person_id UNIQUE (person_id), 
	CONSTRAINT fk_trajectory_person_id_person FOREIGN KEY(person_id) REFERENCES person (id) ON DELETE CASCADE, 
	CONSTRAINT fk_trajectory_consultant_id_consultant FOREIGN KEY(consultant_id) REFERENCES consultant (id) ON DELETE SET NULL
);

CREATE INDEX ix_trajectory_consultant_id ON trajectory (consultant_id);

CREATE TABLE intake_domain (
	intake_id VARCHAR(36) NOT NULL, 
	domain VARCHAR(32) NOT NULL, 
	assessment VARCHAR(40) NOT NULL, 
	details TEXT NOT NULL, 
	notes TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_intake_domain PRIMARY KEY (id), 
	CONSTRAINT uq_intake_domain_intake_id_domain UNIQUE (intake_id, domain), 
	CONSTRAINT fk_intake_domain_intake_id_brede_intake FOREIGN KEY(intake_id) REFERENCES brede_intake (id) ON DELETE CASCADE
);

CREATE INDEX ix_intake_domain_intake_id ON intake_domain (intake_id);

CREATE TABLE pip_agreement (
	pip_id VARCHAR(36) NOT NULL, 
	domain VARCHAR(32) NOT NULL, 
	text TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by VARCHAR(80) NOT NULL, 
	changed_at DATETIME NOT NULL, 
	changed_by VARCHAR(80) NOT NULL, 
	CONSTRAINT pk_pip_agreement PRIMARY KEY (id), 
	CONSTRAINT fk_pip_agreement_pip_id_pip FOREIGN KEY(pip_id) REFERENCES pip (id) ON DELETE CASCADE
);

CREATE INDEX ix_pip_agreement_pip_id ON pip_agreement (pip_id);
