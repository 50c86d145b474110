-- Schema version 9: a team on one database.
--
-- Every editable row carries a version, raised by each write, so an editor
-- that was opened on an older version is told instead of overwriting what
-- someone else saved meanwhile.
ALTER TABLE workshop ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE presentation ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE room ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;

-- Who changed what: one row per field of an edit (old -> new), or one per
-- added or deleted row. On PostgreSQL the database writes it itself
-- (triggers, postgres-9.sql) with the login role as "who"; on SQLite (one
-- person) the program writes it. State flips are in state_history.
CREATE TABLE edit_history (
    id            INTEGER PRIMARY KEY,
    changed_at    TEXT    NOT NULL,
    changed_by    TEXT    NOT NULL,
    table_name    TEXT    NOT NULL,
    row_id        INTEGER NOT NULL,
    workshop_id   INTEGER NOT NULL DEFAULT 0,
    subject_label TEXT    NOT NULL DEFAULT '',
    action        TEXT    NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    field         TEXT    NOT NULL DEFAULT '',
    old_value     TEXT    NOT NULL DEFAULT '',
    new_value     TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX edit_history_by_workshop ON edit_history (workshop_id, id);

-- Which database this is. A publishing target remembers the identity of the
-- database that publishes to it, so a forgotten copy elsewhere cannot
-- overwrite the site with older data. The program fills it on first open.
CREATE TABLE database_identity (
    id         TEXT NOT NULL PRIMARY KEY,
    created_at TEXT NOT NULL
);
