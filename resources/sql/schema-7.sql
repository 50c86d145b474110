-- Schema version 7: slides live in the database, not as paths to files on
-- this computer. A path could name any file (an imported record could point
-- at ~/Documents/payroll.pdf) and publishing would put it on the web; the
-- bytes kept here are exactly what was added, on purpose, and any seat
-- working on the same database can publish them.
--
-- attachment_content holds each distinct file once, by its SHA-256 (hex).
-- A row is not removed with its slides at once (undo puts slides back);
-- bytes nothing refers to are dropped when the program starts.
CREATE TABLE attachment_content (
    sha256 TEXT    PRIMARY KEY,
    size   INTEGER NOT NULL,
    bytes  BLOB    NOT NULL
);

-- An attachment's local_file is now the name the file had when it was added
-- (its extension gives the kind); sha256 names its bytes. Rows from before
-- this version have no bytes yet: the program takes them from the folder
-- where earlier versions kept copies, and only from there.
ALTER TABLE attachment ADD COLUMN sha256 TEXT NOT NULL DEFAULT '';
ALTER TABLE attachment ADD COLUMN size INTEGER NOT NULL DEFAULT -1;
