-- Schema version 2: settings that belong to the data, not to one desktop
-- (public site URL, streaming server profile): they travel with the database.
CREATE TABLE site_setting (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);
