-- Schema version 3: what each publishing target holds, so a publish sends
-- only what changed and removes only files this app put there.
CREATE TABLE publish_manifest (
    target TEXT    NOT NULL,
    path   TEXT    NOT NULL,
    size   INTEGER NOT NULL,
    sha256 TEXT    NOT NULL,
    PRIMARY KEY (target, path)
);
