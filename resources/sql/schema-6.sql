-- Schema version 6: the state history also keeps what the schedule assistant
-- suggested and how it was answered. A row's event says which: 'change' (the
-- state was changed), 'suggested' (by the assistant; nothing changed),
-- 'accepted' or 'dismissed' (someone answered a suggestion).
ALTER TABLE state_history ADD COLUMN event TEXT NOT NULL DEFAULT 'change'
    CHECK (event IN ('change', 'suggested', 'accepted', 'dismissed'));
