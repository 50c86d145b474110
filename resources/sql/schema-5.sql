-- Schema version 5: archive uploads waiting, running or finished, so the
-- transfers queue survives a restart (the server's part file holds the bytes).
CREATE TABLE transfer (
    id              INTEGER PRIMARY KEY,
    presentation_id INTEGER NOT NULL REFERENCES presentation(id) ON DELETE CASCADE,
    file            TEXT NOT NULL,
    prepare         INTEGER NOT NULL DEFAULT 1,
    state           TEXT NOT NULL DEFAULT 'queued'
                    CHECK (state IN ('queued', 'active', 'paused', 'done', 'failed')),
    bytes_done      INTEGER NOT NULL DEFAULT 0,
    bytes_total     INTEGER NOT NULL DEFAULT 0,
    message         TEXT NOT NULL DEFAULT '',
    remote_path     TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL
);
CREATE INDEX transfer_presentation ON transfer(presentation_id);
