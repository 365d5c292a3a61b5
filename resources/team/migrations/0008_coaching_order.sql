-- Attune team server, schema version 8: a supervisor's record sent again late never undoes a
-- later one. Sending is at-least-once (a reply lost, a retry after a restart), so the server
-- itself must keep a re-send from mattering, whatever the client does.
--
-- Scores: one per supervisor and assessment, replaced by each rescoring. Each carries the time
-- the supervisor gave it (`given_at`, from their Attune, kept through every sending), and a
-- replacement is taken only from a later one: an old rescoring whose reply was lost, sent again
-- after a newer one, changes nothing. Scores from before this version take their created_at.
--
-- Notes, kudos and scores removed by IT (the only ones who may delete) leave their id behind,
-- so a re-send of the same record cannot bring it back; and an id sent again with other words
-- is refused instead of being reported saved while the first words stay.
--
-- Row-level security is unchanged: the triggers look only at the row being written (and at the
-- removed ids, through a function that says no more than whether one was removed).

ALTER TABLE attune.supervisor_scores ADD COLUMN IF NOT EXISTS given_at timestamptz;
UPDATE attune.supervisor_scores SET given_at = created_at WHERE given_at IS NULL;
ALTER TABLE attune.supervisor_scores ALTER COLUMN given_at SET DEFAULT now();
ALTER TABLE attune.supervisor_scores ALTER COLUMN given_at SET NOT NULL;

CREATE OR REPLACE FUNCTION attune.keep_latest_score() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- Not later than the score kept: skipped, so the statement succeeds and changes nothing.
    IF NEW.given_at <= OLD.given_at THEN
        RETURN NULL;
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS supervisor_scores_latest ON attune.supervisor_scores;
CREATE TRIGGER supervisor_scores_latest BEFORE UPDATE ON attune.supervisor_scores
    FOR EACH ROW WHEN (NEW.id IS DISTINCT FROM OLD.id)
    EXECUTE FUNCTION attune.keep_latest_score();

CREATE TABLE IF NOT EXISTS attune.removed_coaching (
    id uuid PRIMARY KEY,
    removed_at timestamptz NOT NULL DEFAULT now()
);

CREATE OR REPLACE FUNCTION attune.remember_removed_coaching() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO attune.removed_coaching (id) VALUES (OLD.id) ON CONFLICT (id) DO NOTHING;
    RETURN OLD;
END
$$;
-- Before a note, kudos or score is written: a record IT removed is skipped (the statement
-- succeeds and writes nothing), and an id already saved by the same author with other content
-- is refused (unique_violation) rather than reported saved while the first content stays.
CREATE OR REPLACE FUNCTION attune.check_sent_again() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    kept jsonb;
BEGIN
    IF EXISTS (SELECT 1 FROM attune.removed_coaching WHERE id = NEW.id) THEN
        RETURN NULL;
    END IF;
    EXECUTE format('SELECT to_jsonb(t) - ''created_at'' FROM %I.%I AS t'
                   ' WHERE t.id = $1 AND t.author = $2', TG_TABLE_SCHEMA, TG_TABLE_NAME)
        INTO kept USING NEW.id, NEW.author;
    IF kept IS NOT NULL AND kept <> to_jsonb(NEW) - 'created_at' THEN
        RAISE EXCEPTION 'attune: % % was already saved with other content', TG_TABLE_NAME, NEW.id
            USING ERRCODE = 'unique_violation';
    END IF;
    RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS coaching_notes_removed ON attune.coaching_notes;
CREATE TRIGGER coaching_notes_removed AFTER DELETE ON attune.coaching_notes
    FOR EACH ROW EXECUTE FUNCTION attune.remember_removed_coaching();
DROP TRIGGER IF EXISTS coaching_notes_not_again ON attune.coaching_notes;
CREATE TRIGGER coaching_notes_not_again BEFORE INSERT ON attune.coaching_notes
    FOR EACH ROW EXECUTE FUNCTION attune.check_sent_again();
DROP TRIGGER IF EXISTS kudos_removed ON attune.kudos;
CREATE TRIGGER kudos_removed AFTER DELETE ON attune.kudos
    FOR EACH ROW EXECUTE FUNCTION attune.remember_removed_coaching();
DROP TRIGGER IF EXISTS kudos_not_again ON attune.kudos;
CREATE TRIGGER kudos_not_again BEFORE INSERT ON attune.kudos
    FOR EACH ROW EXECUTE FUNCTION attune.check_sent_again();
DROP TRIGGER IF EXISTS supervisor_scores_removed ON attune.supervisor_scores;
CREATE TRIGGER supervisor_scores_removed AFTER DELETE ON attune.supervisor_scores
    FOR EACH ROW EXECUTE FUNCTION attune.remember_removed_coaching();
DROP TRIGGER IF EXISTS supervisor_scores_not_again ON attune.supervisor_scores;
CREATE TRIGGER supervisor_scores_not_again BEFORE INSERT ON attune.supervisor_scores
    FOR EACH ROW EXECUTE FUNCTION attune.check_sent_again();

INSERT INTO attune.meta (key, value) VALUES ('schema_version', '8')
    ON CONFLICT (key) DO UPDATE SET value = excluded.value
    WHERE attune.meta.value::integer < 8;
