-- Wegwijzer schema 11: each person's evaluated klantreis, kept for the lists
-- (desktop/journey/cache.py). Never edit.
-- journey_cache holds what the caseload, Vandaag, the Agenda and the deadlines command need of a
-- person's journey: the rules it was evaluated with (rules_key), the days it holds for
-- (evaluated_on to valid_until), the list columns, and the steps without their notes. It is
-- derived and local: it never syncs. journey_dirty names the people a write touched; triggers
-- fill it on every write path (ORM, sync SQL, import, purge) and the store's commit hook
-- re-evaluates them in the same transaction. The triggers test for the row themselves rather than
-- INSERT OR IGNORE: a statement that fires them from a foreign-key action (a table rebuilt by a
-- later migration) would otherwise turn the IGNORE into an error.

CREATE TABLE journey_cache (
	person_id VARCHAR(36) NOT NULL,
	rules_key VARCHAR(64) NOT NULL,
	evaluated_on DATE NOT NULL,
	valid_until DATE NOT NULL,
	route VARCHAR(32),
	current_step VARCHAR(80),
	current_step_label VARCHAR(200) NOT NULL,
	next_step VARCHAR(80),
	next_step_label VARCHAR(200) NOT NULL,
	next_due DATE,
	next_status VARCHAR(32),
	overdue BOOLEAN NOT NULL,
	ended BOOLEAN NOT NULL,
	violation_count INTEGER NOT NULL,
	violation_codes TEXT NOT NULL,
	steps TEXT NOT NULL,
	CONSTRAINT pk_journey_cache PRIMARY KEY (person_id)
);

CREATE TABLE journey_dirty (
	person_id VARCHAR(36) NOT NULL,
	CONSTRAINT pk_journey_dirty PRIMARY KEY (person_id)
);

CREATE TRIGGER journey_dirty_person_insert AFTER INSERT ON person BEGIN
	INSERT INTO journey_dirty (person_id) SELECT NEW.id WHERE NEW.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.id);
END;

CREATE TRIGGER journey_dirty_person_update AFTER UPDATE ON person BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.id WHERE OLD.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.id);
	INSERT INTO journey_dirty (person_id) SELECT NEW.id WHERE NEW.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.id);
END;

CREATE TRIGGER journey_dirty_person_delete AFTER DELETE ON person BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.id WHERE OLD.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.id);
END;

CREATE TRIGGER journey_dirty_trajectory_insert AFTER INSERT ON trajectory BEGIN
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_trajectory_update AFTER UPDATE ON trajectory BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_trajectory_delete AFTER DELETE ON trajectory BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER journey_dirty_residence_insert AFTER INSERT ON residence BEGIN
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_residence_update AFTER UPDATE ON residence BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_residence_delete AFTER DELETE ON residence BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER journey_dirty_koffie_en_koek_insert AFTER INSERT ON koffie_en_koek BEGIN
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_koffie_en_koek_update AFTER UPDATE ON koffie_en_koek BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_koffie_en_koek_delete AFTER DELETE ON koffie_en_koek BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER journey_dirty_appointment_insert AFTER INSERT ON appointment BEGIN
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_appointment_update AFTER UPDATE ON appointment BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_appointment_delete AFTER DELETE ON appointment BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER journey_dirty_brede_intake_insert AFTER INSERT ON brede_intake BEGIN
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_brede_intake_update AFTER UPDATE ON brede_intake BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_brede_intake_delete AFTER DELETE ON brede_intake BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER journey_dirty_leerbaarheidstoets_insert AFTER INSERT ON leerbaarheidstoets BEGIN
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_leerbaarheidstoets_update AFTER UPDATE ON leerbaarheidstoets BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_leerbaarheidstoets_delete AFTER DELETE ON leerbaarheidstoets BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER journey_dirty_starterz_insert AFTER INSERT ON starterz BEGIN
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_starterz_update AFTER UPDATE ON starterz BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_starterz_delete AFTER DELETE ON starterz BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER journey_dirty_pip_insert AFTER INSERT ON pip BEGIN
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_pip_update AFTER UPDATE ON pip BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_pip_delete AFTER DELETE ON pip BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER journey_dirty_progress_talk_insert AFTER INSERT ON progress_talk BEGIN
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_progress_talk_update AFTER UPDATE ON progress_talk BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_progress_talk_delete AFTER DELETE ON progress_talk BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER journey_dirty_pvt_insert AFTER INSERT ON pvt BEGIN
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_pvt_update AFTER UPDATE ON pvt BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_pvt_delete AFTER DELETE ON pvt BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER journey_dirty_map_module_insert AFTER INSERT ON map_module BEGIN
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_map_module_update AFTER UPDATE ON map_module BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_map_module_delete AFTER DELETE ON map_module BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER journey_dirty_ontzorgen_insert AFTER INSERT ON ontzorgen BEGIN
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_ontzorgen_update AFTER UPDATE ON ontzorgen BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_ontzorgen_delete AFTER DELETE ON ontzorgen BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER journey_dirty_participation_activity_insert AFTER INSERT ON participation_activity BEGIN
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_participation_activity_update AFTER UPDATE ON participation_activity BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_participation_activity_delete AFTER DELETE ON participation_activity BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER journey_dirty_termijn_besluit_insert AFTER INSERT ON termijn_besluit BEGIN
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_termijn_besluit_update AFTER UPDATE ON termijn_besluit BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_termijn_besluit_delete AFTER DELETE ON termijn_besluit BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER journey_dirty_step_record_insert AFTER INSERT ON step_record BEGIN
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_step_record_update AFTER UPDATE ON step_record BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
	INSERT INTO journey_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER journey_dirty_step_record_delete AFTER DELETE ON step_record BEGIN
	INSERT INTO journey_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM journey_dirty WHERE person_id = OLD.person_id);
END;
