-- Schema version 1: workshops, presentations, slides, state history.
-- Kept to portable SQL (types, constraints, no SQLite-only syntax) so the
-- PostgreSQL backend can apply the same file with its own id type.
-- Statements are separated by a line holding only a semicolon-terminated
-- statement end; the migrator splits on ";\n".

CREATE TABLE workshop (
    id               INTEGER PRIMARY KEY,
    slug             TEXT    NOT NULL UNIQUE,
    title            TEXT    NOT NULL,
    description      TEXT    NOT NULL DEFAULT '',
    location         TEXT    NOT NULL DEFAULT '',
    first_day        TEXT    NOT NULL,
    last_day         TEXT    NOT NULL,
    time_zone        TEXT    NOT NULL,
    webcast_state    TEXT    NOT NULL DEFAULT 'upcoming',
    live_stream_url  TEXT    NOT NULL DEFAULT '',
    external_url     TEXT    NOT NULL DEFAULT '',
    external_note    TEXT    NOT NULL DEFAULT '',
    CHECK (webcast_state IN ('upcoming', 'live', 'concluded', 'archive', 'external'))
);

CREATE TABLE presentation (
    id                  INTEGER PRIMARY KEY,
    workshop_id         INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
    slug                TEXT    NOT NULL,
    title               TEXT    NOT NULL,
    speaker_name        TEXT    NOT NULL DEFAULT '',
    speaker_affiliation TEXT    NOT NULL DEFAULT '',
    speaker_bio         TEXT    NOT NULL DEFAULT '',
    summary             TEXT    NOT NULL DEFAULT '',
    starts_at           TEXT    NOT NULL,
    ends_at             TEXT    NOT NULL,
    room                TEXT    NOT NULL DEFAULT '',
    has_webcast         INTEGER NOT NULL DEFAULT 0,
    webcast_state       TEXT    NOT NULL DEFAULT 'upcoming',
    webcast_path        TEXT    NOT NULL DEFAULT '',
    webcast_filename    TEXT    NOT NULL DEFAULT '',
    external_url        TEXT    NOT NULL DEFAULT '',
    sort_order          INTEGER NOT NULL DEFAULT 0,
    UNIQUE (workshop_id, slug),
    CHECK (webcast_state IN ('upcoming', 'live', 'concluded', 'archive', 'external'))
);

CREATE INDEX presentation_by_workshop ON presentation (workshop_id, starts_at);

CREATE TABLE attachment (
    id              INTEGER PRIMARY KEY,
    presentation_id INTEGER NOT NULL REFERENCES presentation(id) ON DELETE CASCADE,
    label           TEXT    NOT NULL,
    local_file      TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    CHECK (kind IN ('pdf', 'ppt', 'pptx', 'key', 'odp'))
);

CREATE INDEX attachment_by_presentation ON attachment (presentation_id);

-- History outlives what it describes: no foreign key, the subject is named by
-- kind + id + a readable label captured at the time of the flip.
CREATE TABLE state_history (
    id            INTEGER PRIMARY KEY,
    subject_kind  TEXT    NOT NULL,
    subject_id    INTEGER NOT NULL,
    subject_label TEXT    NOT NULL,
    from_state    TEXT    NOT NULL,
    to_state      TEXT    NOT NULL,
    changed_by    TEXT    NOT NULL,
    changed_at    TEXT    NOT NULL,
    CHECK (subject_kind IN ('workshop', 'presentation'))
);

CREATE INDEX state_history_by_subject ON state_history (subject_kind, subject_id);
