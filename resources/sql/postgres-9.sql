-- Schema version 9 on PostgreSQL only, applied with schema-9.sql in the same
-- transaction and as one script (function bodies hold semicolons).
--
-- The database itself, not the program, keeps the team's rules: whoever
-- writes (any seat, or psql), the row's version goes up, the edit is
-- audited with the login role, every window is notified, and the roles
-- decide what may be written at all.

INSERT INTO database_identity (id, created_at)
SELECT gen_random_uuid()::text, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
WHERE NOT EXISTS (SELECT 1 FROM database_identity);

-- A row's version rises with each update, whatever the statement said.
CREATE OR REPLACE FUNCTION webcast_bump_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.row_version := OLD.row_version + 1;
    RETURN NEW;
END
$$;

-- One edit_history row per changed field (or per added or deleted row), and
-- one notification "table action id version parent" that the windows listen
-- for. SECURITY DEFINER: a helper may not write the audit table directly.
-- move-to sets webcast.moving to copy a database without auditing the copy.
CREATE OR REPLACE FUNCTION webcast_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    o jsonb := CASE WHEN TG_OP = 'INSERT' THEN '{}'::jsonb ELSE to_jsonb(OLD) END;
    n jsonb := CASE WHEN TG_OP = 'DELETE' THEN '{}'::jsonb ELSE to_jsonb(NEW) END;
    r jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
    rid bigint := COALESCE((r->>'id')::bigint, 0);
    parent bigint := COALESCE((r->>'workshop_id')::bigint, (r->>'presentation_id')::bigint, 0);
    ws bigint := 0;
    label text := COALESCE(r->>'slug', r->>'name', r->>'label', r->>'key', '');
    at text := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    action text := lower(TG_OP);
    k text;
BEGIN
    IF TG_TABLE_NAME = 'workshop' THEN
        ws := rid;
    ELSIF TG_TABLE_NAME = 'attachment' THEN
        SELECT p.workshop_id INTO ws FROM presentation p WHERE p.id = parent;
        ws := COALESCE(ws, 0);
    ELSE
        ws := COALESCE((r->>'workshop_id')::bigint, 0);
    END IF;
    IF TG_TABLE_NAME = 'presentation' THEN
        label := COALESCE((SELECT w.slug FROM workshop w WHERE w.id = ws), '') || '/' || label;
    END IF;
    IF COALESCE(current_setting('webcast.moving', true), '') <> 'on' OR TG_OP <> 'INSERT' THEN
        IF TG_OP = 'UPDATE' THEN
            FOR k IN SELECT jsonb_object_keys(n) LOOP
                CONTINUE WHEN k = 'row_version' OR (o->k) IS NOT DISTINCT FROM (n->k);
                INSERT INTO edit_history (changed_at, changed_by, table_name, row_id, workshop_id,
                                          subject_label, action, field, old_value, new_value)
                VALUES (at, session_user, TG_TABLE_NAME, rid, ws, label, action, k,
                        COALESCE(o->>k, ''), COALESCE(n->>k, ''));
            END LOOP;
        ELSE
            INSERT INTO edit_history (changed_at, changed_by, table_name, row_id, workshop_id,
                                      subject_label, action)
            VALUES (at, session_user, TG_TABLE_NAME, rid, ws, label, action);
        END IF;
    END IF;
    PERFORM pg_notify('webcast_change', concat_ws(' ', TG_TABLE_NAME, action, rid,
                                                  COALESCE(r->>'row_version', '0'), parent));
    RETURN NULL;
END
$$;

-- A state flip's "who" is the login role, whatever the program sent (move-to
-- keeps the history it copies as it was).
CREATE OR REPLACE FUNCTION webcast_history_author() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF COALESCE(current_setting('webcast.moving', true), '') <> 'on' THEN
        NEW.changed_by := session_user;
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION webcast_history_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('webcast_change', concat_ws(' ', 'state_history', 'insert', NEW.id, 0,
                                                  NEW.subject_id));
    RETURN NULL;
END
$$;

CREATE TRIGGER workshop_version BEFORE UPDATE ON workshop
    FOR EACH ROW EXECUTE FUNCTION webcast_bump_version();
CREATE TRIGGER presentation_version BEFORE UPDATE ON presentation
    FOR EACH ROW EXECUTE FUNCTION webcast_bump_version();
CREATE TRIGGER room_version BEFORE UPDATE ON room
    FOR EACH ROW EXECUTE FUNCTION webcast_bump_version();

CREATE TRIGGER workshop_audit AFTER INSERT OR UPDATE OR DELETE ON workshop
    FOR EACH ROW EXECUTE FUNCTION webcast_audit();
CREATE TRIGGER presentation_audit AFTER INSERT OR UPDATE OR DELETE ON presentation
    FOR EACH ROW EXECUTE FUNCTION webcast_audit();
CREATE TRIGGER room_audit AFTER INSERT OR UPDATE OR DELETE ON room
    FOR EACH ROW EXECUTE FUNCTION webcast_audit();
CREATE TRIGGER attachment_audit AFTER INSERT OR UPDATE OR DELETE ON attachment
    FOR EACH ROW EXECUTE FUNCTION webcast_audit();
CREATE TRIGGER site_setting_audit AFTER INSERT OR UPDATE OR DELETE ON site_setting
    FOR EACH ROW EXECUTE FUNCTION webcast_audit();

CREATE TRIGGER state_history_author BEFORE INSERT ON state_history
    FOR EACH ROW EXECUTE FUNCTION webcast_history_author();
CREATE TRIGGER state_history_notify AFTER INSERT ON state_history
    FOR EACH ROW EXECUTE FUNCTION webcast_history_notify();

-- The team's roles (cluster-wide group roles; `webcast-admin team add-user`
-- makes login roles members of one). What each may write:
--   webcast_helper       webcast states (and publishing, which any seat does)
--   webcast_staff        also archives and webcast fields (uploads)
--   webcast_coordinator  everything
-- Everyone reads everything. Run by the database's owner, who needs
-- CREATEROLE to make the group roles; the migration calls it when it can,
-- add-user always does.
CREATE OR REPLACE FUNCTION webcast_setup_roles() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['webcast_helper', 'webcast_staff', 'webcast_coordinator'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO webcast_helper, webcast_staff, '
                   'webcast_coordinator', current_database());
    GRANT USAGE ON SCHEMA public TO webcast_helper, webcast_staff, webcast_coordinator;
    GRANT SELECT ON ALL TABLES IN SCHEMA public
        TO webcast_helper, webcast_staff, webcast_coordinator;
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public
        TO webcast_helper, webcast_staff, webcast_coordinator;
    -- Every seat flips states, records the assistant's suggestions,
    -- publishes (the manifest and the queue are shared) and keeps its own
    -- upload queue.
    GRANT UPDATE (webcast_state, row_version) ON workshop, presentation
        TO webcast_helper, webcast_staff;
    GRANT INSERT ON state_history TO webcast_helper, webcast_staff;
    GRANT INSERT, UPDATE, DELETE ON publish_manifest, publish_queue, transfer
        TO webcast_helper, webcast_staff;
    -- Staff: what an archive upload and the webcast fields write.
    GRANT UPDATE (has_webcast, webcast_path, webcast_filename, external_url) ON presentation
        TO webcast_staff;
    GRANT UPDATE (live_stream_url, external_url, external_note) ON workshop TO webcast_staff;
    GRANT UPDATE (live_stream_url, row_version) ON room TO webcast_staff;
    -- Coordinators: everything but the schema, the identity and the audit.
    GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO webcast_coordinator;
    REVOKE INSERT, UPDATE, DELETE ON webcast_schema, database_identity, edit_history
        FROM webcast_coordinator;
END
$$;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user
               AND (rolcreaterole OR rolsuper)) THEN
        PERFORM webcast_setup_roles();
    END IF;
END
$$;
