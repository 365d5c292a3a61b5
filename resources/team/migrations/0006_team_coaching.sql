-- Attune team server, schema version 6: supervisors coach from the team scope of the history.
--
-- Every row a supervisor writes carries an id the supervisor's Attune made before sending it
-- (the tables' uuid primary keys), so a double click, a retry after a lost reply or a re-send
-- inserts nothing more: notes and kudos are `INSERT … ON CONFLICT (id) DO NOTHING`, and a score
-- (one per supervisor and assessment, UNIQUE (assessment_id, author)) takes the id of the
-- latest rescoring, so sending that same rescoring again changes nothing.
--
-- Kudos name a behaviour and may have no words of their own, as on the agent's computer: the
-- message may be empty when the behaviour is not. Dropped and made again, so the server
-- keeps exactly this check whatever an earlier version named it.

ALTER TABLE attune.kudos DROP CONSTRAINT IF EXISTS kudos_message_check;
ALTER TABLE attune.kudos DROP CONSTRAINT IF EXISTS kudos_words;
ALTER TABLE attune.kudos ADD CONSTRAINT kudos_words
    CHECK (length(message) <= 1000 AND (length(message) >= 1 OR length(behaviour) >= 1));

INSERT INTO attune.meta (key, value) VALUES ('schema_version', '6')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value
    WHERE attune.meta.value::integer < 6;
