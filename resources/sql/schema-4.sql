-- Schema version 4: publishing that is owed to a target. A row stays until a
-- publish after `requested_at` succeeded, so work survives a closed app or a
-- network that was down.
CREATE TABLE publish_queue (
    target       TEXT NOT NULL PRIMARY KEY,
    requested_at TEXT NOT NULL
);
