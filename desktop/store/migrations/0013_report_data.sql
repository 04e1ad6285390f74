-- Wegwijzer schema 13: what the report counts of each inburgeraar, kept between reports
-- (desktop/reports/kept.py). Never edit.
-- report_person holds, per person with a trajectory, the facts the indicators read and the
-- klantreis as the indicators see it (current step, overdue, route, three steps) at every
-- month end and at the day it was made, with the days each holds for; the rules it was made
-- with (rules_key) and the day (made_on). Derived and local: it never syncs. report_dirty names
-- the people a write touched since; triggers fill it on every write path (ORM, sync SQL,
-- import, purge), like journey_dirty (migration 11), with handhaving and income_situation as
-- well. The report brings those people up to date when it next reads. Deleting a person or a
-- trajectory deletes the row at once (a purge leaves nothing behind).

CREATE TABLE report_person (
	person_id VARCHAR(36) NOT NULL,
	rules_key VARCHAR(64) NOT NULL,
	made_on DATE NOT NULL,
	data TEXT NOT NULL,
	CONSTRAINT pk_report_person PRIMARY KEY (person_id)
);

CREATE TABLE report_dirty (
	person_id VARCHAR(36) NOT NULL,
	CONSTRAINT pk_report_dirty PRIMARY KEY (person_id)
);

CREATE TRIGGER report_dirty_person_insert AFTER INSERT ON person BEGIN
	INSERT INTO report_dirty (person_id) SELECT NEW.id WHERE NEW.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.id);
END;

CREATE TRIGGER report_dirty_person_update AFTER UPDATE ON person BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.id WHERE OLD.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.id);
	INSERT INTO report_dirty (person_id) SELECT NEW.id WHERE NEW.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.id);
END;

CREATE TRIGGER report_dirty_person_delete AFTER DELETE ON person BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.id WHERE OLD.id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.id);
END;

CREATE TRIGGER report_dirty_trajectory_insert AFTER INSERT ON trajectory BEGIN
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_trajectory_update AFTER UPDATE ON trajectory BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_trajectory_delete AFTER DELETE ON trajectory BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER report_dirty_residence_insert AFTER INSERT ON residence BEGIN
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_residence_update AFTER UPDATE ON residence BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_residence_delete AFTER DELETE ON residence BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER report_dirty_koffie_en_koek_insert AFTER INSERT ON koffie_en_koek BEGIN
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_koffie_en_koek_update AFTER UPDATE ON koffie_en_koek BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_koffie_en_koek_delete AFTER DELETE ON koffie_en_koek BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER report_dirty_appointment_insert AFTER INSERT ON appointment BEGIN
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_appointment_update AFTER UPDATE ON appointment BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_appointment_delete AFTER DELETE ON appointment BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER report_dirty_brede_intake_insert AFTER INSERT ON brede_intake BEGIN
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_brede_intake_update AFTER UPDATE ON brede_intake BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_brede_intake_delete AFTER DELETE ON brede_intake BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER report_dirty_leerbaarheidstoets_insert AFTER INSERT ON leerbaarheidstoets BEGIN
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_leerbaarheidstoets_update AFTER UPDATE ON leerbaarheidstoets BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_leerbaarheidstoets_delete AFTER DELETE ON leerbaarheidstoets BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER report_dirty_starterz_insert AFTER INSERT ON starterz BEGIN
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_starterz_update AFTER UPDATE ON starterz BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_starterz_delete AFTER DELETE ON starterz BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER report_dirty_pip_insert AFTER INSERT ON pip BEGIN
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_pip_update AFTER UPDATE ON pip BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_pip_delete AFTER DELETE ON pip BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER report_dirty_progress_talk_insert AFTER INSERT ON progress_talk BEGIN
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_progress_talk_update AFTER UPDATE ON progress_talk BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_progress_talk_delete AFTER DELETE ON progress_talk BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER report_dirty_pvt_insert AFTER INSERT ON pvt BEGIN
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_pvt_update AFTER UPDATE ON pvt BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_pvt_delete AFTER DELETE ON pvt BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER report_dirty_map_module_insert AFTER INSERT ON map_module BEGIN
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_map_module_update AFTER UPDATE ON map_module BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_map_module_delete AFTER DELETE ON map_module BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER report_dirty_ontzorgen_insert AFTER INSERT ON ontzorgen BEGIN
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_ontzorgen_update AFTER UPDATE ON ontzorgen BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_ontzorgen_delete AFTER DELETE ON ontzorgen BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER report_dirty_participation_activity_insert AFTER INSERT ON participation_activity BEGIN
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_participation_activity_update AFTER UPDATE ON participation_activity BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_participation_activity_delete AFTER DELETE ON participation_activity BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER report_dirty_termijn_besluit_insert AFTER INSERT ON termijn_besluit BEGIN
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_termijn_besluit_update AFTER UPDATE ON termijn_besluit BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_termijn_besluit_delete AFTER DELETE ON termijn_besluit BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER report_dirty_step_record_insert AFTER INSERT ON step_record BEGIN
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_step_record_update AFTER UPDATE ON step_record BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_step_record_delete AFTER DELETE ON step_record BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER report_dirty_handhaving_insert AFTER INSERT ON handhaving BEGIN
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_handhaving_update AFTER UPDATE ON handhaving BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_handhaving_delete AFTER DELETE ON handhaving BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER report_dirty_income_situation_insert AFTER INSERT ON income_situation BEGIN
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_income_situation_update AFTER UPDATE ON income_situation BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
	INSERT INTO report_dirty (person_id) SELECT NEW.person_id WHERE NEW.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = NEW.person_id);
END;

CREATE TRIGGER report_dirty_income_situation_delete AFTER DELETE ON income_situation BEGIN
	INSERT INTO report_dirty (person_id) SELECT OLD.person_id WHERE OLD.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_dirty WHERE person_id = OLD.person_id);
END;

CREATE TRIGGER report_person_gone_with_person AFTER DELETE ON person BEGIN
	DELETE FROM report_person WHERE person_id = OLD.id;
END;

CREATE TRIGGER report_person_gone_with_trajectory AFTER DELETE ON trajectory BEGIN
	DELETE FROM report_person WHERE person_id = OLD.person_id;
END;
