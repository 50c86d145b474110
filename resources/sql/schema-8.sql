-- Schema version 8: schedules from where conferences keep them.
--
-- A workshop has rooms (from its schedule or typed): a name, the schedule's
-- guid for it when there is one, and a live stream of its own (a talk's Live
-- uses its room's stream when the room has one, the workshop's otherwise).
-- Talks keep naming their room by name, so a one-room workshop is exactly
-- what it was.
CREATE TABLE room (
    id              INTEGER PRIMARY KEY,
    workshop_id     INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
    name            TEXT    NOT NULL,
    guid            TEXT    NOT NULL DEFAULT '',
    live_stream_url TEXT    NOT NULL DEFAULT '',
    sort_order      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (workshop_id, name)
);

-- A talk knows which talk of its source it is (the source's guid, UID or
-- Indico id), so a re-import finds it again whatever the source did to its
-- title, slug or time. A talk the source dropped but that has webcast work
-- (an archive, a state other than Upcoming) is kept and marked cancelled.
ALTER TABLE presentation ADD COLUMN source_key TEXT NOT NULL DEFAULT '';
ALTER TABLE presentation ADD COLUMN cancelled INTEGER NOT NULL DEFAULT 0;

-- Where the workshop's schedule came from (a file or an http(s) address),
-- so "Update from source" is one click.
ALTER TABLE workshop ADD COLUMN schedule_source TEXT NOT NULL DEFAULT '';
