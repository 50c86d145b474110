#pragma once

#include <QString>

class Database;

// What the database lets this seat write, read from its grants (not from
// role names), so the window offers exactly what the database would accept.
// A database file allows everything.
struct TeamRights
{
    bool editEverything = true; // workshops, talks, rooms, slides, imports
    bool editWebcast = true;    // a talk's webcast fields, archives (uploads)
    bool changeStates = true;
    QString role; // helper, staff, coordinator, owner; empty for a file

    // Why an action this role may not do is off, for its tooltip.
    QString whyNot() const;

    static TeamRights of(const Database &database);
};
