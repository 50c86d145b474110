<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AddPresentationCommand</name>
    <message>
        <location filename="../../app/editing/commands.cpp" line="+269"/>
        <source>add presentation &quot;%1&quot;</source>
        <translation>Vortrag „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddSlidesCommand</name>
    <message>
        <location line="+65"/>
        <source>remove slides &quot;%1&quot;</source>
        <translation>Folien „%1“ entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add slides &quot;%1&quot;</source>
        <translation>Folien „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddWorkshopCommand</name>
    <message>
        <location line="-126"/>
        <source>add workshop &quot;%1&quot;</source>
        <translation>Workshop „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>ArchiveMatchDialog</name>
    <message>
        <location filename="../../ui/transfers/archivematchdialog.cpp" line="+24"/>
        <source>Upload archives</source>
        <translation>Archive hochladen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check which presentation each file belongs to. Nothing is uploaded until you press Upload.</source>
        <translation>Bitte prüfen, zu welchem Vortrag jede Datei gehört. Hochgeladen wird erst nach Klick auf „Hochladen“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presentation</source>
        <translation>Vortrag</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Presentation for %1</source>
        <translation>Vortrag für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— skip this file —</source>
        <translation>— diese Datei überspringen —</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Upload</source>
        <translation>&amp;Hochladen</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflictdialog.cpp" line="+36"/>
        <source>Saved by someone else meanwhile</source>
        <translation>Inzwischen von jemand anderem gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; was saved by %2 while you were editing it. For each field that now differs, keep what you typed or take what was saved. &quot;Back to my editor&quot; returns to it; nothing you typed is lost.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wurde von %2 gespeichert, während Sie es bearbeitet haben. Behalten Sie für jedes Feld, das sich jetzt unterscheidet, Ihre Eingabe oder übernehmen Sie das Gespeicherte. „Zurück zu meinem Editor“ führt dorthin zurück; nichts, was Sie eingegeben haben, geht verloren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another seat</source>
        <translation>ein anderer Arbeitsplatz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Feld&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;You typed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihre Eingabe&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;They saved&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gespeichert&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, what you typed</source>
        <translation>%1, Ihre Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, what they saved</source>
        <translation>%1, das Gespeicherte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine</source>
        <translation>Meines behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Gespeichertes übernehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: keep what you typed</source>
        <translation>%1: Ihre Eingabe behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: take what they saved</source>
        <translation>%1: das Gespeicherte übernehmen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Save these</source>
        <translation>&amp;So speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to my editor</source>
        <translation>&amp;Zurück zu meinem Editor</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../../app/publish/connectiontest.cpp" line="+42"/>
        <source>Connected to %1: files can be written and removed there.</source>
        <translation>Verbunden mit %1: Dateien können dort geschrieben und entfernt werden.</translation>
    </message>
</context>
<context>
    <name>ControlRoomWindow</name>
    <message>
        <location filename="../../ui/controlroom/controlroomwindow.cpp" line="+31"/>
        <source>Control Room — Webcast Admin</source>
        <translation>Regieraum — Webcast Admin</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No room is in use today.

A room appears here on the days of its workshop when a talk is scheduled in it. Rooms come from the workshop&apos;s schedule (Workshop → Import Schedule…) or Workshop → Rooms….</source>
        <translation>Heute wird kein Raum genutzt.

Ein Raum erscheint hier an den Tagen seines Workshops, wenn ein Vortrag darin geplant ist. Räume kommen aus dem Programm des Workshops (Workshop → Programm importieren…) oder aus Workshop → Räume….</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Live stream of %1 (%2)</source>
        <translation>Live-Stream von %1 (%2)</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>No live stream address</source>
        <translation>Keine Live-Stream-Adresse</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Keys: 1–9 choose a room · Space takes its step · Ctrl+Z undoes · F11 full screen</source>
        <translation>Tasten: 1–9 wählen einen Raum · Leertaste macht seinen Schritt · Strg+Z nimmt zurück · F11 Vollbild</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n room(s) today · streams checked every %1 s, pictures every %2 s</source>
        <translation>
            <numerusform>%n Raum heute · Streams alle %1 s geprüft, Bilder alle %2 s</numerusform>
            <numerusform>%n Räume heute · Streams alle %1 s geprüft, Bilder alle %2 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../models/database.cpp" line="+207"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+104"/>
        <source>Cannot prepare the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1 is not a Webcast Admin database (it could not be read as SQLite).</source>
        <translation>%1 ist keine Datenbank von Webcast Admin (sie konnte nicht als SQLite gelesen werden).</translation>
    </message>
    <message>
        <location line="-313"/>
        <source>%1 is not a PostgreSQL address: write it as postgresql://user@host:port/database</source>
        <translation>%1 ist keine PostgreSQL-Adresse: bitte als postgresql://benutzer@rechner:port/datenbank schreiben</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 is a team database (PostgreSQL), not a file.</source>
        <translation>%1 ist eine Team-Datenbank (PostgreSQL), keine Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webcast Admin cannot open a database at the %1:// address %2: give the path of a database file or a postgresql:// address.</source>
        <translation>Webcast Admin kann keine Datenbank unter der %1://-Adresse %2 öffnen: bitte den Pfad einer Datenbankdatei oder eine postgresql://-Adresse angeben.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Cannot open the team database %1: %2</source>
        <translation>Die Team-Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was written by a newer Webcast Admin (schema %2; this version knows up to %3). Update Webcast Admin to open it.</source>
        <translation>%1 wurde von einer neueren Version von Webcast Admin geschrieben (Schema %2; diese Version kennt Schemas bis %3). Zum Öffnen Webcast Admin aktualisieren.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Qt&apos;s driver for %1 is not installed (Debian package %2).</source>
        <translation>Qts Treiber für %1 ist nicht installiert (Debian-Paket %2).</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+79"/>
        <source>Missing schema migration %1</source>
        <translation>Schema-Migration %1 fehlt</translation>
    </message>
    <message>
        <location line="-229"/>
        <location line="+2"/>
        <location line="+152"/>
        <location line="+47"/>
        <source>Cannot start a transaction: %1</source>
        <translation>Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+7"/>
        <location line="+38"/>
        <source>Schema migration %1 failed: %2</source>
        <translation>Schema-Migration %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>EditPresentationCommand</name>
    <message>
        <location filename="../../app/editing/commands.cpp" line="-33"/>
        <source>edit presentation &quot;%1&quot;</source>
        <translation>Vortrag „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <location filename="../../app/editing/editsession.cpp" line="+27"/>
        <source>Someone else saved &quot;%1&quot; while you were editing it.</source>
        <translation>Jemand anderes hat „%1“ gespeichert, während Sie es bearbeitet haben.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+49"/>
        <location line="+17"/>
        <location line="+24"/>
        <source>The workshop no longer exists.</source>
        <translation>Der Workshop existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+18"/>
        <source>The state could not be changed.</source>
        <translation>Der Status konnte nicht geändert werden.</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+98"/>
        <location line="+17"/>
        <location line="+11"/>
        <source>The presentation no longer exists.</source>
        <translation>Der Vortrag existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>The workshop could not be added.</source>
        <translation>Der Workshop konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The workshop could not be deleted.</source>
        <translation>Der Workshop konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The presentation could not be added.</source>
        <translation>Der Vortrag konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The presentation could not be deleted.</source>
        <translation>Der Vortrag konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The slides could not be added.</source>
        <translation>Die Folien konnten nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The slides no longer exist.</source>
        <translation>Die Folien existieren nicht mehr.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>import the schedule of %1</source>
        <translation>das Programm von %1 importieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>add the demo workshops</source>
        <translation>Demo-Workshops hinzufügen</translation>
    </message>
</context>
<context>
    <name>EditWorkshopCommand</name>
    <message>
        <location filename="../../app/editing/commands.cpp" line="-69"/>
        <source>edit workshop &quot;%1&quot;</source>
        <translation>Workshop „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <location filename="../../ui/dialogs/helpbrowser.cpp" line="+13"/>
        <source>Webcast Admin — User Guide</source>
        <translation>Webcast Admin — Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <location filename="../../app/publish/knownhosts.cpp" line="+155"/>
        <source>The server&apos;s key is of a type that cannot be saved.</source>
        <translation>Der Schlüssel des Servers hat einen Typ, der nicht gespeichert werden kann.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>Cannot save the accepted host key to %1.</source>
        <translation>Der akzeptierte Host-Schlüssel kann nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot create the folder %1 for %2.</source>
        <translation>Der Ordner %1 für %2 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>Cannot save the accepted host key to %1: %2</source>
        <translation>Der akzeptierte Host-Schlüssel kann nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>LocalTransport</name>
    <message>
        <location filename="../../app/publish/localtransport.cpp" line="+44"/>
        <location line="+9"/>
        <location line="+16"/>
        <location line="+13"/>
        <source>Refusing the unsafe path &quot;%1&quot;.</source>
        <translation>Der unsichere Pfad „%1“ wird abgelehnt.</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+25"/>
        <location line="+13"/>
        <source>Not open.</source>
        <translation>Nicht geöffnet.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1 is a link; it is not followed.</source>
        <translation>%1 ist ein Verweis; ihm wird nicht gefolgt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <location line="+15"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+25"/>
        <source>The upload was cancelled.</source>
        <translation>Das Hochladen wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+81"/>
        <location line="+500"/>
        <source>Webcast Admin</source>
        <translation>Webcast Admin</translation>
    </message>
    <message>
        <location line="-421"/>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Team: %1 (%2)</source>
        <translation>Team: %1 (%2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Neuer Workshop …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit &amp;Workshop…</source>
        <translation>Workshop &amp;bearbeiten …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workshop R&amp;ooms…</source>
        <translation>R&amp;äume des Workshops …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the workshop&apos;s rooms and give parallel rooms a live stream of their own</source>
        <translation>Die Räume des Workshops benennen und parallelen Räumen einen eigenen Livestream geben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete Wor&amp;kshop…</source>
        <translation>Workshop &amp;löschen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Presentation…</source>
        <translation>Vortrag &amp;hinzufügen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit Presentation…</source>
        <translation>Vortrag bearb&amp;eiten …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Presentation</source>
        <translation>Vortrag lö&amp;schen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importieren …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;Schedule…</source>
        <translation>&amp;Programm importieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a conference&apos;s talks and rooms from its schedule (frab, C3VOC, pretalx, Indico, iCalendar)</source>
        <translation>Vorträge und Räume einer Konferenz aus ihrem Programm übernehmen (frab, C3VOC, pretalx, Indico, iCalendar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Update from Schedule…</source>
        <translation>Aus dem Programm a&amp;ktualisieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the workshop&apos;s schedule again and show what changed before anything is changed</source>
        <translation>Das Programm des Workshops neu lesen und zeigen, was sich geändert hat, bevor etwas geändert wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport JSON…</source>
        <translation>JSON e&amp;xportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find Workshop</source>
        <translation>Workshop s&amp;uchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to &amp;Team Database…</source>
        <translation>Mit &amp;Team-Datenbank verbinden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work with your team on one shared database, or go back to this computer&apos;s</source>
        <translation>Mit dem Team an einer gemeinsamen Datenbank arbeiten oder zu der dieses Computers zurückkehren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site &amp;Settings…</source>
        <translation>Website-&amp;Einstellungen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Preview Site</source>
        <translation>Website-&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+P</source>
        <translation>Ctrl+Alt+P</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish &amp;Now</source>
        <translation>&amp;Jetzt veröffentlichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Render the public pages into a local folder and open the current page in your browser</source>
        <translation>Die öffentlichen Seiten in einem lokalen Ordner erzeugen und die aktuelle Seite im Browser öffnen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Preview ready: %n file(s) in %1</source>
        <translation>
            <numerusform>Vorschau fertig: %n Datei in %1</numerusform>
            <numerusform>Vorschau fertig: %n Dateien in %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The preview could not be made: %1</source>
        <translation>Die Vorschau konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preview &amp;Live Stream</source>
        <translation>Vorschau des &amp;Live-Streams</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview &amp;Archive</source>
        <translation>Vorschau des &amp;Archivs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview a &amp;Video File…</source>
        <translation>Vorschau einer &amp;Videodatei …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule &amp;Assistant</source>
        <translation>Programm-&amp;Assistent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suggest Live at a talk&apos;s start (when the stream is up) and Concluded after its end</source>
        <translation>Zu Beginn eines Vortrags Live vorschlagen (wenn der Stream läuft) und nach seinem Ende Beendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole &amp;Workshop</source>
        <translation>Ganzer &amp;Workshop</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;State</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;ite</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Setup &amp;Assistant…</source>
        <translation>&amp;Einrichtungsassistent …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Transfers</source>
        <translation>&amp;Übertragungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Control Room</source>
        <translation>&amp;Regieraum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every room in use today on one screen, each with its stream light, picture and next step (F11 there: full screen)</source>
        <translation>Alle heute genutzten Räume auf einem Bildschirm, jeder mit Stream-Ampel, Bild und nächstem Schritt (dort F11: Vollbild)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;About Webcast Admin</source>
        <translation>&amp;Über Webcast Admin</translation>
    </message>
    <message>
        <location line="+238"/>
        <source>Delete the workshop &quot;%1&quot;?</source>
        <translation>Den Workshop „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete the workshop &quot;%1&quot; and its %n presentation(s)?</source>
        <translation>
            <numerusform>Den Workshop „%1“ und seinen %n Vortrag löschen?</numerusform>
            <numerusform>Den Workshop „%1“ und seine %n Vorträge löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete workshop</source>
        <translation>Workshop löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can undo this with Edit → Undo.</source>
        <translation>Dies lässt sich mit Bearbeiten → Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Import workshops</source>
        <translation>Workshops importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Webcast Admin JSON (*.json)</source>
        <translation>JSON von Webcast Admin (*.json)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Schedule imported: %1</source>
        <translation>Programm importiert: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exported to %1, without these slides, whose files were never kept:

%2</source>
        <translation>Nach %1 exportiert, ohne diese Folien, deren Dateien nie gespeichert wurden:

%2</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Nothing was imported.

%1</source>
        <translation>Es wurde nichts importiert.

%1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported %n workshop(s)</source>
        <translation>
            <numerusform>%n Workshop importiert</numerusform>
            <numerusform>%n Workshops importiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export workshops</source>
        <translation>Workshops exportieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported to %1, the slides into %2</source>
        <translation>Nach %1 exportiert, die Folien nach %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rendering the preview…</source>
        <translation>Vorschau wird erstellt …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Webcast Admin</source>
        <translation>Über Webcast Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Webcast Admin %1&lt;/h3&gt;&lt;p&gt;Runs the webcasts of multi-day workshops: states, pages, archives.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Webcast Admin %1&lt;/h3&gt;&lt;p&gt;Steuert die Webcasts mehrtägiger Workshops: Status, Seiten, Archive.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>One video per presentation</source>
        <translation>Ein Video pro Vortrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 videos were dropped on one presentation; only %2 is uploaded. Drop each video on its own presentation.</source>
        <translation>%1 Videos wurden auf einen Vortrag gezogen; nur %2 wird hochgeladen. Bitte jedes Video auf seinen eigenen Vortrag ziehen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Added the slides %1; they are published with the page.</source>
        <translation>Folien %1 hinzugefügt; sie werden mit der Seite veröffentlicht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Archive ready</source>
        <translation>Archiv bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The archive of &quot;%1&quot; is on the streaming server and checked. Switch the presentation to Archive now? Its page and reference movie are published at once.</source>
        <translation>Das Archiv von „%1“ liegt auf dem Streaming-Server und wurde geprüft. Den Vortrag jetzt auf Archiv umschalten? Seine Seite und der Referenzfilm werden sofort veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>OpenSshCommand</name>
    <message>
        <location filename="../../app/publish/opensshcommand.cpp" line="+157"/>
        <location line="+6"/>
        <source>The server&apos;s host key is not known to this connection.</source>
        <translation>Der Host-Schlüssel des Servers ist dieser Verbindung nicht bekannt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ssh (OpenSSH&apos;s client) is not installed.</source>
        <translation>ssh (der Client von OpenSSH) ist nicht installiert.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>ssh could not start: %1</source>
        <translation>ssh konnte nicht starten: %1</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>ssh ended (exit %1)</source>
        <translation>ssh wurde beendet (Exit-Code %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ssh ended</source>
        <translation>ssh wurde beendet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ssh could not start.</source>
        <translation>ssh konnte nicht starten.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ssh did not log in in time.</source>
        <translation>ssh hat sich nicht rechtzeitig angemeldet.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+53"/>
        <source>The server stopped taking data.</source>
        <translation>Der Server nimmt keine Daten mehr an.</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+13"/>
        <source>The file ended before all of it was sent.</source>
        <translation>Die Datei endete, bevor alles gesendet war.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The server stopped answering.</source>
        <translation>Der Server antwortet nicht mehr.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/passworddialog.cpp" line="+14"/>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the password for &lt;b&gt;%1&lt;/b&gt;. Type it again:</source>
        <translation>Der Server hat das Passwort für &lt;b&gt;%1&lt;/b&gt; abgelehnt. Bitte erneut eingeben:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Passwort für &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Webcast Admin publishes to %1.</source>
        <translation>Webcast Admin veröffentlicht auf %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored by your desktop&apos;s keychain, never in Webcast Admin&apos;s database or settings. Without a keychain it is kept until Webcast Admin closes.</source>
        <translation>Wird im Schlüsselbund der Arbeitsumgebung gespeichert, nie in der Datenbank oder den Einstellungen von Webcast Admin. Ohne Schlüsselbund bleibt es nur bis zum Beenden von Webcast Admin erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Log In</source>
        <translation>&amp;Anmelden</translation>
    </message>
</context>
<context>
    <name>PresentationEditorDialog</name>
    <message>
        <location filename="../../ui/presentations/presentationeditordialog.cpp" line="+40"/>
        <source>An archived recording exists</source>
        <translation>Eine archivierte Aufzeichnung ist vorhanden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit presentation</source>
        <translation>Vortrag bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New presentation</source>
        <translation>Neuer Vortrag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Part of the public web address: lowercase letters, digits, hyphens</source>
        <translation>Teil der öffentlichen Webadresse: Kleinbuchstaben, Ziffern, Bindestriche</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>folder on the streaming server, e.g. qmat-2026</source>
        <translation>Ordner auf dem Streaming-Server, z. B. qmat-2026</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. keynote.mov</source>
        <translation>z. B. keynote.mov</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Markdown: **bold**, *italic*, - lists</source>
        <translation>Markdown: **fett**, *kursiv*, - Listen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The talk&apos;s title as the public pages show it</source>
        <translation>Der Titel des Vortrags, wie ihn die öffentlichen Seiten zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short name for the talk&apos;s web address: lowercase letters, digits and hyphens</source>
        <translation>Ein Kürzel für die Webadresse des Vortrags: Kleinbuchstaben, Ziffern und Bindestriche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who gives the talk</source>
        <translation>Wer den Vortrag hält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The speaker&apos;s institution</source>
        <translation>Die Einrichtung der vortragenden Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the talk starts, in the workshop&apos;s time zone</source>
        <translation>Wann der Vortrag beginnt, in der Zeitzone des Workshops</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the talk ends, in the workshop&apos;s time zone</source>
        <translation>Wann der Vortrag endet, in der Zeitzone des Workshops</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the talk takes place</source>
        <translation>Wo der Vortrag stattfindet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick when the talk&apos;s recording is on the streaming server (needed for Archive)</source>
        <translation>Ankreuzen, wenn die Aufzeichnung des Vortrags auf dem Streaming-Server liegt (nötig für Archiv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recording&apos;s folder on the streaming server</source>
        <translation>Der Ordner der Aufzeichnung auf dem Streaming-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording&apos;s file name on the streaming server</source>
        <translation>Der Dateiname der Aufzeichnung auf dem Streaming-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A partner&apos;s page that carries this talk&apos;s webcast (needed for External)</source>
        <translation>Die Seite eines Partners, die den Webcast dieses Vortrags zeigt (nötig für Extern)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the talk is about; Markdown</source>
        <translation>Worum es im Vortrag geht; Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few lines about the speaker; Markdown</source>
        <translation>Ein paar Zeilen zur vortragenden Person; Markdown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Slug:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;peaker:</source>
        <translation>&amp;Vortragende:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Affiliation:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times in %1</source>
        <translation>Zeiten in %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>St&amp;arts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Webcast:</source>
        <translation>&amp;Webcast:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webcast &amp;path:</source>
        <translation>Webcast-&amp;Pfad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webcast &amp;file:</source>
        <translation>Webcast-&amp;Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xternal URL:</source>
        <translation>E&amp;xterne URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker &amp;bio:</source>
        <translation>Kurzbio&amp;grafie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sli&amp;des:</source>
        <translation>Fo&amp;lien:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+131"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+134"/>
        <source>Slug</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+137"/>
        <source>Speaker</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <location line="-136"/>
        <location line="+140"/>
        <source>Affiliation</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+143"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="-142"/>
        <location line="+146"/>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="-145"/>
        <location line="+149"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+156"/>
        <source>Webcast path</source>
        <translation>Webcast-Pfad</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+159"/>
        <source>Webcast file</source>
        <translation>Webcast-Datei</translation>
    </message>
    <message>
        <location line="-158"/>
        <location line="+162"/>
        <source>External URL</source>
        <translation>Externe URL</translation>
    </message>
    <message>
        <location line="-161"/>
        <location line="+165"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+168"/>
        <source>Speaker bio</source>
        <translation>Kurzbiografie</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Someone else deleted this presentation while you were editing it.</source>
        <translation>Jemand anderes hat diesen Vortrag gelöscht, während Sie ihn bearbeitet haben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Webcast</source>
        <translation>Webcast</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not saved yet: your text is still here. Save again to compare it with what was saved meanwhile.</source>
        <translation>Noch nicht gespeichert: Ihr Text ist noch da. Speichern Sie erneut, um ihn mit dem inzwischen Gespeicherten zu vergleichen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Slides</source>
        <translation>Folien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The talk&apos;s slides, published with its page; changes here take effect at once</source>
        <translation>Die Folien des Vortrags, veröffentlicht mit seiner Seite; Änderungen hier gelten sofort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add S&amp;lides…</source>
        <translation>Folien &amp;hinzufügen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected slides</source>
        <translation>Die ausgewählten Folien entfernen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Save the talk first, then add its slides.</source>
        <translation>Zuerst den Vortrag speichern, dann seine Folien hinzufügen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add Slides</source>
        <translation>Folien hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slides (*.pdf *.ppt *.pptx *.key *.odp);;All files (*)</source>
        <translation>Folien (*.pdf *.ppt *.pptx *.key *.odp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Slides not added</source>
        <translation>Folien nicht hinzugefügt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove Slides</source>
        <translation>Folien entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1” from the talk? The next publish takes it off the web server.</source>
        <translation>„%1“ aus dem Vortrag entfernen? Die nächste Veröffentlichung nimmt die Datei vom Webserver.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Slides not removed</source>
        <translation>Folien nicht entfernt</translation>
    </message>
</context>
<context>
    <name>PresentationTreeModel</name>
    <message>
        <location filename="../../models/presentationtreemodel.cpp" line="+194"/>
        <source>%1 (cancelled)</source>
        <translation>%1 (abgesagt)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: no longer in the conference&apos;s schedule; kept for its webcast work</source>
        <translation>%1: nicht mehr im Programm der Konferenz; für die Webcast-Arbeit behalten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaker</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webcast</source>
        <translation>Webcast</translation>
    </message>
</context>
<context>
    <name>PreviewDock</name>
    <message>
        <location filename="../../ui/preview/previewdock.cpp" line="+58"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Live stream</source>
        <translation>&amp;Live-Stream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the selected workshop&apos;s live stream</source>
        <translation>Den Live-Stream des ausgewählten Workshops abspielen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play the selected talk&apos;s archive from the streaming server</source>
        <translation>Das Archiv des ausgewählten Vortrags vom Streaming-Server abspielen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File…</source>
        <translation>&amp;Datei …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play a video file on this computer</source>
        <translation>Eine Videodatei auf diesem Computer abspielen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder pausieren (Leertaste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause</source>
        <translation>Abspielen oder pausieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position in the recording</source>
        <translation>Position in der Aufzeichnung</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full screen (double-click the picture; Esc leaves it)</source>
        <translation>Vollbild (Doppelklick auf das Bild; Esc beendet es)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Set the streaming server&apos;s rtsp or HTTP/HLS base in Site Settings to preview archives.</source>
        <translation>Für die Vorschau von Archiven die RTSP- oder HTTP/HLS-Basis des Streaming-Servers in den Website-Einstellungen eintragen.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Preview a Video</source>
        <translation>Vorschau eines Videos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Videos (*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.ts);;All files (*)</source>
        <translation>Videos (*.mp4 *.mov *.m4v *.mkv *.webm *.avi *.ts);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>The server does answer (%1); the picture may still be on its way.</source>
        <translation>Der Server antwortet (%1); das Bild ist vielleicht noch unterwegs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does answer.</source>
        <translation>Der Server antwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1.</source>
        <translation>Grund: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose Live stream, Archive or File… to preview it here.</source>
        <translation>„Live-Stream“, „Archiv“ oder „Datei …“ wählen, um hier eine Vorschau zu sehen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Video preview</source>
        <translation>Videovorschau</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Buffering… %1 %</source>
        <translation>Puffern … %1 %</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Select a talk in the schedule to preview its archive.</source>
        <translation>Einen Vortrag im Programm auswählen, um sein Archiv anzusehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” has no archive yet (no webcast path and file).</source>
        <translation>„%1“ hat noch kein Archiv (kein Webcast-Pfad und keine Datei).</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+7"/>
        <source>Play %1</source>
        <translation>%1 abspielen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>This workshop has no live stream address yet.</source>
        <translation>Dieser Workshop hat noch keine Live-Stream-Adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Select a workshop to preview its live stream.</source>
        <translation>Einen Workshop auswählen, um seinen Live-Stream anzusehen.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>“%1” has no live stream address. Enter it in the workshop&apos;s Live stream URL field.</source>
        <translation>„%1“ hat keine Live-Stream-Adresse. Die Adresse im Feld „Live-Stream-URL“ des Workshops eintragen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Live stream of “%1”</source>
        <translation>Live-Stream von „%1“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Archive of “%1”</source>
        <translation>Archiv von „%1“</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is a folder, not a video file.</source>
        <translation>%1 ist ein Ordner, keine Videodatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+102"/>
        <source>Playing</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+93"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Stopped. Press Play to watch again.</source>
        <translation>Gestoppt. Zum erneuten Ansehen „Abspielen“ drücken.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Playing (first picture after %1 ms)</source>
        <translation>Wiedergabe (erstes Bild nach %1 ms)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No picture after %1 s.</source>
        <translation>Kein Bild nach %1 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture stopped %1 s ago.</source>
        <translation>Das Bild ist vor %1 s stehen geblieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Checking the stream…</source>
        <translation>Stream wird geprüft …</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Buffering…</source>
        <translation>Puffern …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>End of the recording</source>
        <translation>Ende der Aufzeichnung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This cannot be played: its format is not supported here (a decoder may be missing).</source>
        <translation>Dies kann nicht abgespielt werden: Das Format wird hier nicht unterstützt (vielleicht fehlt ein Decoder).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stream could not be reached.</source>
        <translation>Der Stream war nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not let us watch this stream.</source>
        <translation>Der Server erlaubt es nicht, diesen Stream anzusehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file cannot be played.</source>
        <translation>Diese Datei kann nicht abgespielt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stream could not be played.</source>
        <translation>Der Stream konnte nicht abgespielt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped by an error</source>
        <translation>Wegen eines Fehlers gestoppt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking why…</source>
        <translation>Ursache wird ermittelt …</translation>
    </message>
</context>
<context>
    <name>PublishPipeline</name>
    <message>
        <location filename="../../app/publish/publishpipeline.cpp" line="+32"/>
        <source>%1 on %2 (%3)</source>
        <translation>%1 auf %2 (%3)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot wait for the other seats&apos; publishing: %1</source>
        <translation>Kann nicht auf das Veröffentlichen der anderen Arbeitsplätze warten: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This database has no identity; open it with this version of Webcast Admin once.</source>
        <translation>Diese Datenbank hat keine Kennung; öffnen Sie sie einmal mit dieser Version von Webcast Admin.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 holds a publishing marker (%2) that cannot be read, so it is not known which database publishes there.</source>
        <translation>%1 enthält eine Veröffentlichungsmarke (%2), die nicht lesbar ist; daher ist unbekannt, welche Datenbank dorthin veröffentlicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 receives the site of another database, %2 (published from it since %3). This is %4. Take the target over only when that database is no longer used.</source>
        <translation>%1 erhält die Website einer anderen Datenbank, %2 (von ihr veröffentlicht seit %3). Dies ist %4. Übernehmen Sie das Ziel nur, wenn jene Datenbank nicht mehr benutzt wird.</translation>
    </message>
</context>
<context>
    <name>PublishStatusWidget</name>
    <message>
        <location filename="../../ui/publish/publishstatuswidget.cpp" line="+19"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish the pages again now</source>
        <translation>Die Seiten jetzt erneut veröffentlichen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Web: not published yet</source>
        <translation>Web: noch nicht veröffentlicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web: changes waiting…</source>
        <translation>Web: Änderungen warten …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web: publishing…</source>
        <translation>Web: wird veröffentlicht …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web: published %1</source>
        <translation>Web: veröffentlicht %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Web: failed: %1</source>
        <translation>Web: fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publishing to %1
%2</source>
        <translation>Veröffentlichung auf %1
%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Certificate not remembered</source>
        <translation>Zertifikat nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <location filename="../../app/publish/publisher.cpp" line="+217"/>
        <source>Publishing was cancelled; %1 of %2 changes were made.</source>
        <translation>Das Veröffentlichen wurde abgebrochen; %1 von %2 Änderungen wurden übertragen.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/dialogs/loginprompt.cpp" line="+65"/>
        <source>Another database publishes here</source>
        <translation>Hierhin veröffentlicht eine andere Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish this database to %1 instead? Its pages then replace those of %2, and %2 is refused there from now on.</source>
        <translation>Stattdessen diese Datenbank nach %1 veröffentlichen? Ihre Seiten ersetzen dann die von %2, und %2 wird dort ab jetzt abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the other database</source>
        <translation>die andere Datenbank</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown server</source>
        <translation>Unbekannter Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webcast Admin has not connected to %1 before.

Its key fingerprint is
%2

Compare it with the one the server&apos;s administrator gives you. Trust this server?</source>
        <translation>Webcast Admin war noch nie mit %1 verbunden.

Der Fingerabdruck seines Schlüssels lautet
%2

Bitte mit dem Fingerabdruck vergleichen, den die Administration des Servers angibt. Diesem Server vertrauen?</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>

The certificate is not made out for %1 but for another name. Trusting it accepts that too, for %1 only.</source>
        <translation>

Das Zertifikat ist nicht für %1 ausgestellt, sondern für einen anderen Namen. Wer ihm vertraut, akzeptiert auch das, allerdings nur für %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of %1 is not trusted:
%2

Its SHA-256 fingerprint is
%3%4

Trust this certificate only if the server&apos;s administrator confirms the fingerprint. Trust it for %1 and remember the decision?</source>
        <translation>Das Zertifikat von %1 ist nicht vertrauenswürdig:
%2

Sein SHA-256-Fingerabdruck lautet
%3%4

Diesem Zertifikat nur vertrauen, wenn die Administration des Servers den Fingerabdruck bestätigt. Dem Zertifikat für %1 vertrauen und die Entscheidung merken?</translation>
    </message>
    <message>
        <location filename="../../ui/gui/guiapplication.cpp" line="+39"/>
        <location line="+6"/>
        <source>Webcast Admin</source>
        <translation>Webcast Admin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry, or Open the database on this computer (%1) instead?</source>
        <translation>Erneut versuchen („Wiederholen“) oder stattdessen die Datenbank auf diesem Computer öffnen („Öffnen“, %1)?</translation>
    </message>
    <message>
        <location filename="../../ui/transfers/transfersdock.cpp" line="+39"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>RecordReader</name>
    <message>
        <location filename="../../models/jsonexchange.cpp" line="+126"/>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a positive whole number</source>
        <translation>muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a date like 2026-03-14</source>
        <translation>„%1“ ist kein Datum wie 2026-03-14</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not an ISO 8601 time like 2026-03-14T09:30:00+01:00</source>
        <translation>„%1“ ist keine ISO-8601-Zeitangabe wie 2026-03-14T09:30:00+01:00</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a state (use one of: %2)</source>
        <translation>„%1“ ist kein Status (möglich: %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is not a known field</source>
        <translation>ist kein bekanntes Feld</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Not valid JSON at byte %1: %2</source>
        <translation>Kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a Webcast Admin file: expected an object with a &quot;workshops&quot; list.</source>
        <translation>Keine Webcast-Admin-Datei: erwartet wird ein Objekt mit einer Liste „workshops“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file was written by a newer Webcast Admin (format %1).</source>
        <translation>Die Datei stammt von einer neueren Version von Webcast Admin (Format %1).</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+61"/>
        <source>: must be an object</source>
        <translation>: muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>: slug: appears twice in the file</source>
        <translation>: slug: kommt in der Datei zweimal vor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>: presentations: must be a list</source>
        <translation>: presentations: muss eine Liste sein</translation>
    </message>
</context>
<context>
    <name>RemovePresentationCommand</name>
    <message>
        <location filename="../../app/editing/commands.cpp" line="+193"/>
        <source>delete presentation &quot;%1&quot;</source>
        <translation>Vortrag „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>RemoveWorkshopCommand</name>
    <message>
        <location line="-56"/>
        <source>delete workshop &quot;%1&quot;</source>
        <translation>Workshop „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>RoomTile</name>
    <message>
        <location filename="../../ui/controlroom/roomtile.cpp" line="+212"/>
        <source>Press %1 to choose this room</source>
        <translation>%1 drücken, um diesen Raum zu wählen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Room %1</source>
        <translation>Raum %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>whole workshop</source>
        <translation>ganzer Workshop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over time: %1–%2</source>
        <translation>Überzogen: %1–%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now %1–%2</source>
        <translation>Jetzt %1–%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not webcast</source>
        <translation>ohne Webcast</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No talk on now</source>
        <translation>Gerade kein Vortrag</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next %1 · %2</source>
        <translation>Als Nächstes %1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing after this today</source>
        <translation>Heute nichts mehr danach</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: set “%2” to %3 (Space)</source>
        <translation>%1: „%2“ auf %3 setzen (Leertaste)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This room has no live stream address (Workshop → Rooms…).</source>
        <translation>Dieser Raum hat keine Live-Stream-Adresse (Workshop → Räume…).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No new picture: the stream is down</source>
        <translation>Kein neues Bild: der Stream ist ausgefallen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No picture: the stream is down</source>
        <translation>Kein Bild: der Stream ist ausgefallen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No picture yet: %1</source>
        <translation>Noch kein Bild: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for a picture…</source>
        <translation>Warte auf ein Bild…</translation>
    </message>
</context>
<context>
    <name>RoomsDialog</name>
    <message>
        <location filename="../../ui/workshops/roomsdialog.cpp" line="+41"/>
        <source>The room&apos;s name</source>
        <translation>Der Name des Raums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The room&apos;s own live stream</source>
        <translation>Der eigene Livestream des Raums</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add Room</source>
        <translation>Raum &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Room</source>
        <translation>Raum &amp;entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rooms of %1</source>
        <translation>Räume von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A talk in a room with a live stream of its own goes live on that stream. The workshop has no live stream of its own yet.</source>
        <translation>Ein Vortrag in einem Raum mit eigenem Livestream geht auf diesem Stream live. Der Workshop hat noch keinen eigenen Livestream.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A talk in a room with a live stream of its own goes live on that stream; talks in the other rooms use the workshop&apos;s (%1).</source>
        <translation>Ein Vortrag in einem Raum mit eigenem Livestream geht auf diesem Stream live; Vorträge in den anderen Räumen nutzen den des Workshops (%1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Live stream (optional)</source>
        <translation>Livestream (optional)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per room: its name and an optional rtsp, http or https live stream</source>
        <translation>Eine Zeile je Raum: sein Name und ein optionaler rtsp-, http- oder https-Livestream</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add a row for a new room and type its name</source>
        <translation>Eine Zeile für einen neuen Raum anlegen und seinen Namen eingeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected room; its talks keep the room&apos;s name</source>
        <translation>Den gewählten Raum entfernen; seine Vorträge behalten den Raumnamen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>rtsp://…, or an HLS address ending in .m3u8; empty: the workshop&apos;s</source>
        <translation>rtsp://… oder eine HLS-Adresse auf .m3u8; leer: der des Workshops</translation>
    </message>
</context>
<context>
    <name>ScheduleAssistant</name>
    <message>
        <location filename="../../app/stream/scheduleassistant.cpp" line="+102"/>
        <source>It started at %1 and the live stream is up.</source>
        <translation>Er hat um %1 begonnen, und der Live-Stream läuft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It ended at %1 and is still shown as Live.</source>
        <translation>Er endete um %1 und wird noch als Live angezeigt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>schedule assistant</source>
        <translation>Programm-Assistent</translation>
    </message>
</context>
<context>
    <name>ScheduleImportDialog</name>
    <message>
        <location filename="../../ui/workshops/scheduleimportdialog.cpp" line="+32"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>speakers</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back in the schedule</source>
        <translation>wieder im Programm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose &amp;File…</source>
        <translation>&amp;Datei wählen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show &amp;unchanged talks</source>
        <translation>&amp;Unveränderte Vorträge zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Schedule</source>
        <translation>Programm importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://… or a file: schedule.xml, schedule.json, .ics</source>
        <translation>https://… oder eine Datei: schedule.xml, schedule.json, .ics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A conference schedule: frab or C3VOC schedule.xml or schedule.json, pretalx&apos;s exports, Indico&apos;s JSON export, or an iCalendar file.</source>
        <translation>Ein Konferenzprogramm: frab- oder C3VOC-schedule.xml oder -schedule.json, die Exporte von pretalx, der JSON-Export von Indico oder eine iCalendar-Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Into workshop</source>
        <translation>In den Workshop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workshop the talks go into, or a new one named after the conference</source>
        <translation>Der Workshop, in den die Vorträge kommen, oder ein neuer, nach der Konferenz benannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New workshop&apos;s address name</source>
        <translation>Adressname des neuen Workshops</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower-case letters, digits and hyphens; part of the public addresses</source>
        <translation>Kleinbuchstaben, Ziffern und Bindestriche; Teil der öffentlichen Adressen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list the talks the schedule has not changed</source>
        <translation>Auch die Vorträge auflisten, die das Programm nicht geändert hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>address name, e.g. wpd26</source>
        <translation>Adressname, z. B. wpd26</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new workshop</source>
        <translation>Ein neuer Workshop</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Schedule:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Into &amp;workshop:</source>
        <translation>In den &amp;Workshop:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>What the import changes</source>
        <translation>Was der Import ändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Talk</source>
        <translation>Vortrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose a schedule</source>
        <translation>Ein Programm wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedules (*.xml *.json *.ics);;All files (*)</source>
        <translation>Programme (*.xml *.json *.ics);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the schedule&apos;s address or choose its file.</source>
        <translation>Die Adresse des Programms eingeben oder seine Datei wählen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This schedule cannot be imported: %1</source>
        <translation>Dieses Programm kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Name the new workshop&apos;s address: lower-case letters, digits and hyphens, like wpd26.</source>
        <translation>Den Adressnamen des neuen Workshops angeben: Kleinbuchstaben, Ziffern und Bindestriche, etwa wpd26.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no longer in the schedule; deleted</source>
        <translation>nicht mehr im Programm; gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no longer in the schedule; kept and marked cancelled because %1</source>
        <translation>nicht mehr im Programm; behalten und als abgesagt markiert, weil %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;b&gt;A new workshop %1&lt;/b&gt; with %2 talks from %3.</source>
        <translation>&lt;b&gt;Ein neuer Workshop %1&lt;/b&gt; mit %2 Vorträgen aus %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; into %2. Webcast states, slides and archives stay.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; in %2. Webcast-Status, Folien und Archive bleiben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;%1 is up to date&lt;/b&gt; with this schedule.</source>
        <translation>&lt;b&gt;%1 ist auf dem Stand&lt;/b&gt; dieses Programms.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 new, %2 changed, %3 removed, %4 unchanged</source>
        <translation>%1 neu, %2 geändert, %3 entfernt, %4 unverändert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <location filename="../../ui/presentations/schedulepanel.cpp" line="+38"/>
        <source>Choose a workshop on the left,
or create one with File → New Workshop (Ctrl+N).</source>
        <translation>Links einen Workshop auswählen
oder mit Datei → Neuer Workshop (Strg+N) einen anlegen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Schedule</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workshop&apos;s presentations by day; choose one to change its state or edit it</source>
        <translation>Die Vorträge des Workshops nach Tagen; einen auswählen, um seinen Status zu ändern oder ihn zu bearbeiten</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>times in %1</source>
        <translation>Zeiten in %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n presentation(s)</source>
        <translation>
            <numerusform>%n Vortrag</numerusform>
            <numerusform>%n Vorträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetRoomsCommand</name>
    <message>
        <location filename="../../app/editing/commands.cpp" line="-102"/>
        <source>edit the rooms of &quot;%1&quot;</source>
        <translation>die Räume von „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>SetStateCommand</name>
    <message>
        <location line="-68"/>
        <source>set &quot;%1&quot; to %2</source>
        <translation>„%1“ auf %2 setzen</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/site/setupwizard.cpp" line="+61"/>
        <source>Set Up Webcast Admin</source>
        <translation>Webcast Admin einrichten</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Welcome to Webcast Admin</source>
        <translation>Willkommen bei Webcast Admin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Webcast Admin runs the webcasts of your workshops: helpers switch each talk between Upcoming, Live, Concluded, Archive and External, and the public web pages follow every change by themselves.</source>
        <translation>Webcast Admin betreut die Webcasts Ihrer Workshops: Hilfskräfte schalten jeden Vortrag zwischen Demnächst, Live, Beendet, Archiv und Extern um, und die öffentlichen Webseiten folgen jeder Änderung von selbst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This assistant asks where the web pages should go, where the streaming server is, and whether to start with demo workshops. It takes a minute; everything can be changed later in Site → Site Settings.</source>
        <translation>Dieser Assistent fragt, wohin die Webseiten sollen, wo der Streaming-Server ist und ob mit Demo-Workshops begonnen werden soll. Das dauert eine Minute; alles lässt sich später unter Website → Website-Einstellungen ändern.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Where should the web pages go?</source>
        <translation>Wohin sollen die Webseiten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change is published there at once. A folder on this computer is fine to start with.</source>
        <translation>Jede Änderung wird sofort dort veröffentlicht. Für den Anfang genügt ein Ordner auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A &amp;folder on this computer</source>
        <translation>Ein &amp;Ordner auf diesem Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A web server over &amp;SFTP (SSH)</source>
        <translation>Ein Webserver über &amp;SFTP (SSH)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A web server over &amp;WebDAV (https)</source>
        <translation>Ein Webserver über &amp;WebDAV (https)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Publish Into</source>
        <translation>Veröffentlichen in</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Server &amp;name:</source>
        <translation>Server&amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;older on the server:</source>
        <translation>Ordner auf dem &amp;Server:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WebDAV address</source>
        <translation>WebDAV-Adresse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Public address of the pages (optional):</source>
        <translation>Ö&amp;ffentliche Adresse der Seiten (optional):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The folder the pages are written into</source>
        <translation>Der Ordner, in den die Seiten geschrieben werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The web server&apos;s name, with :port when it is not 22</source>
        <translation>Der Name des Webservers, mit :Port, wenn es nicht 22 ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account on the web server (empty: your own user name)</source>
        <translation>Das Konto auf dem Webserver (leer: der eigene Benutzername)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder on the server the web server serves the pages from</source>
        <translation>Der Ordner auf dem Server, aus dem der Webserver die Seiten ausliefert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The WebDAV folder&apos;s full https address</source>
        <translation>Die vollständige https-Adresse des WebDAV-Ordners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the public reaches the pages; used in links and to check what was published</source>
        <translation>Wo die Öffentlichkeit die Seiten erreicht; für Links und zum Prüfen des Veröffentlichten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The streaming server</source>
        <translation>Der Streaming-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived talks play from the streaming server. Leave this empty if you do not know it yet.</source>
        <translation>Archivierte Vorträge werden vom Streaming-Server abgespielt. Lassen Sie dies leer, wenn er noch nicht bekannt ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The start of every archive&apos;s rtsp address on the streaming server</source>
        <translation>Der Anfang der rtsp-Adresse jedes Archivs auf dem Streaming-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where archive videos are uploaded (optional)</source>
        <translation>Wohin Archivvideos hochgeladen werden (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address the players use (rtsp):</source>
        <translation>&amp;Adresse für die Player (rtsp):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Where archive videos are uploaded:</source>
        <translation>&amp;Wohin Archivvideos hochgeladen werden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uploads go over SFTP (sftp://user@server/folder) or WebDAV (https://…), or into a folder (file:///…).</source>
        <translation>Hochgeladen wird über SFTP (sftp://benutzer@server/ordner) oder WebDAV (https://…) oder in einen Ordner (file:///…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;est Connection</source>
        <translation>Verbindung t&amp;esten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How would you like to start?</source>
        <translation>Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With three &amp;demo workshops, to try everything out</source>
        <translation>Mit drei &amp;Demo-Workshops, um alles auszuprobieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Empty, to enter my own workshops</source>
        <translation>&amp;Leer, um eigene Workshops einzutragen</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>This database already holds %n workshop(s); they stay as they are.</source>
        <translation>
            <numerusform>Diese Datenbank enthält bereits %n Workshop; er bleibt, wie er ist.</numerusform>
            <numerusform>Diese Datenbank enthält bereits %n Workshops; sie bleiben, wie sie sind.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo workshops can be deleted later like any other.</source>
        <translation>Demo-Workshops lassen sich später wie alle anderen löschen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter the web server&apos;s name, e.g. www.example.org.</source>
        <translation>Geben Sie den Namen des Webservers ein, z. B. www.example.org.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the WebDAV address, e.g. https://www.example.org/dav/webcasts/.</source>
        <translation>Geben Sie die WebDAV-Adresse ein, z. B. https://www.example.org/dav/webcasts/.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Enter where archive videos are uploaded first.</source>
        <translation>Geben Sie zuerst an, wohin Archivvideos hochgeladen werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The players&apos; address starts with rtsp://, e.g. rtsp://stream.example.org/vod/.</source>
        <translation>Die Adresse für die Player beginnt mit rtsp://, z. B. rtsp://stream.example.org/vod/.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No demo workshops</source>
        <translation>Keine Demo-Workshops</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo workshops could not be added: %1</source>
        <translation>Die Demo-Workshops konnten nicht hinzugefügt werden: %1</translation>
    </message>
</context>
<context>
    <name>SftpTransport</name>
    <message>
        <location filename="../../app/publish/sftpbatch.cpp" line="+140"/>
        <source>Cannot pack %1: %2</source>
        <translation>%1 kann nicht gepackt werden: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot pack the files to upload.</source>
        <translation>Die hochzuladenden Dateien können nicht gepackt werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+77"/>
        <location line="+11"/>
        <location line="+7"/>
        <location line="+13"/>
        <location line="+3"/>
        <location line="+18"/>
        <source>Cannot upload the files: %1</source>
        <translation>Die Dateien können nicht hochgeladen werden: %1</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>%1 on the server changed since this connection read it; nothing was put in place.</source>
        <translation>%1 hat sich auf dem Server geändert, seit diese Verbindung die Datei gelesen hat; es wurde nichts an seinen Platz gelegt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server could not put the uploaded files in place (exit %1): %2</source>
        <translation>Der Server konnte die hochgeladenen Dateien nicht an ihren Platz bringen (Exit-Code %1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location line="+88"/>
        <location line="+19"/>
        <source>the server ended the upload helper</source>
        <translation>der Server hat das Hilfsprogramm zum Hochladen beendet</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Cannot put the uploaded files in place: %1</source>
        <translation>Die hochgeladenen Dateien können nicht an ihren Platz gebracht werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot put the uploaded files in place: the server&apos;s mv failed (exit %1).</source>
        <translation>Die hochgeladenen Dateien können nicht an ihren Platz gebracht werden: mv auf dem Server ist fehlgeschlagen (Exit-Code %1).</translation>
    </message>
    <message>
        <location filename="../../app/publish/sftptransport.cpp" line="+135"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server&apos;s disk is full</source>
        <translation>die Festplatte des Servers ist voll</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SFTP error %1 (%2)</source>
        <translation>SFTP-Fehler %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/publish/sftplogin.cpp" line="+36"/>
        <source>The server %1 could not be found.</source>
        <translation>Der Server %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot connect to %1 port %2: %3</source>
        <translation>Keine Verbindung zu %1, Port %2 möglich: %3</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The server sent no host key.</source>
        <translation>Der Server hat keinen Host-Schlüssel gesendet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>WARNING: the host key of %1 has CHANGED (now %2). Someone may be intercepting the connection, or the server was reinstalled. Nothing was sent. If the change is expected, remove the old key from %3 first.</source>
        <translation>WARNUNG: Der Host-Schlüssel von %1 hat sich GEÄNDERT (jetzt %2). Möglicherweise wird die Verbindung abgefangen, oder der Server wurde neu installiert. Es wurde nichts gesendet. Falls die Änderung erwartet ist, zuerst den alten Schlüssel aus %3 entfernen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The server %1 is not known yet; its key fingerprint is %2. Compare it with the one the server&apos;s administrator gives you, then accept it.</source>
        <translation>Der Server %1 ist noch nicht bekannt; der Fingerabdruck seines Schlüssels lautet %2. Bitte mit dem Fingerabdruck vergleichen, den die Administration des Servers angibt, und ihn dann akzeptieren.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The server %1 asks for the password of %2.</source>
        <translation>Der Server %1 fragt nach dem Passwort von %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server %1 refused the password of %2.</source>
        <translation>Der Server %1 hat das Passwort von %2 abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 refused the login as %2 (tried: %3). Add your key to the server&apos;s authorized_keys, or set a key file for this target.</source>
        <translation>Der Server %1 hat die Anmeldung als %2 abgelehnt (versucht: %3). Den eigenen Schlüssel zu authorized_keys auf dem Server hinzufügen oder eine Schlüsseldatei für dieses Ziel festlegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>The SSH handshake with %1 failed: %2</source>
        <translation>Der SSH-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>WARNING: %1 now shows another kind of host key (%2) than the one it is known by (%3). Someone may be intercepting the connection. Nothing was sent and nothing was saved. If the server was really reinstalled, remove its old line from %4 first.</source>
        <translation>WARNUNG: %1 zeigt jetzt eine andere Art von Host-Schlüssel (%2) als die bekannte (%3). Möglicherweise wird die Verbindung abgefangen. Es wurde nichts gesendet und nichts gespeichert. Falls der Server wirklich neu installiert wurde, zuerst seine alte Zeile aus %4 entfernen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>WARNING: %1 shows the key %2, which %3 marks as revoked. Nothing was sent.</source>
        <translation>WARNUNG: %1 zeigt den Schlüssel %2, den %3 als widerrufen kennzeichnet. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>WARNING: %1 showed the key %2 when you accepted it, and now shows %3. Someone may be intercepting the connection. Nothing was sent and nothing was saved.</source>
        <translation>WARNUNG: %1 hat beim Akzeptieren den Schlüssel %2 gezeigt und zeigt jetzt %3. Möglicherweise wird die Verbindung abgefangen. Es wurde nichts gesendet und nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/publish/sftptransport.cpp" line="+40"/>
        <source>The server %1 does not offer SFTP: %2</source>
        <translation>Der Server %1 bietet kein SFTP an: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Refusing to write into %1 on the server: it is a link.</source>
        <translation>In %1 auf dem Server wird nicht geschrieben: Es ist ein Link.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on the server is not a folder.</source>
        <translation>%1 auf dem Server ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot create the folder %1 on the server: %2</source>
        <translation>Der Ordner %1 kann auf dem Server nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Refusing to remove anything under %1 on the server: it is a link or a file, not a folder.</source>
        <translation>Unter %1 auf dem Server wird nichts entfernt: Es ist ein Link oder eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+86"/>
        <location line="+36"/>
        <location filename="../../app/publish/sftpupload.cpp" line="+230"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+85"/>
        <location line="+37"/>
        <location filename="../../app/publish/sftpupload.cpp" line="+2"/>
        <source>Refusing the unsafe path &quot;%1&quot;.</source>
        <translation>Der unsichere Pfad „%1“ wird abgelehnt.</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+9"/>
        <location filename="../../app/publish/sftpupload.cpp" line="+132"/>
        <location line="+372"/>
        <location line="+35"/>
        <source>Cannot upload %1: %2</source>
        <translation>%1 kann nicht hochgeladen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/publish/sftpupload.cpp" line="-376"/>
        <source>Cannot finish %1: %2</source>
        <translation>%1 kann nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/publish/sftpupload.cpp" line="+24"/>
        <location line="+465"/>
        <source>Cannot put %1 in place: %2</source>
        <translation>%1 kann nicht an seinen Platz gebracht werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the server&apos;s mv failed (exit %1)</source>
        <translation>mv auf dem Server ist fehlgeschlagen (Exit-Code %1)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 on the server is larger than expected.</source>
        <translation>%1 ist auf dem Server größer als erwartet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Refusing to remove %1 on the server: it is not a plain file.</source>
        <translation>%1 auf dem Server wird nicht entfernt: Es ist keine normale Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/publish/sftpupload.cpp" line="-666"/>
        <source>the server&apos;s copy is shorter than expected</source>
        <translation>die Kopie auf dem Server ist kürzer als erwartet</translation>
    </message>
    <message>
        <location filename="../../app/publish/sftptransport.cpp" line="-44"/>
        <location line="+9"/>
        <location filename="../../app/publish/sftpupload.cpp" line="+17"/>
        <location line="+154"/>
        <location line="+253"/>
        <location line="+192"/>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/publish/sftpupload.cpp" line="-561"/>
        <source>Refusing to write %1 on the server: it is not a plain file.</source>
        <translation>%1 auf dem Server wird nicht geschrieben: Es ist keine normale Datei.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Another upload of %1 is still writing on the server; try again when it has finished.</source>
        <translation>Ein anderer Hochladevorgang von %1 schreibt noch auf dem Server; bitte erneut versuchen, wenn er abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+442"/>
        <source>The upload of %1 was paused; it resumes from here next time.</source>
        <translation>Das Hochladen von %1 wurde pausiert; es wird beim nächsten Mal an dieser Stelle fortgesetzt.</translation>
    </message>
    <message>
        <location line="-439"/>
        <location line="+445"/>
        <source>The upload of %1 stopped at %2: %3</source>
        <translation>Das Hochladen von %1 wurde bei %2 abgebrochen: %3</translation>
    </message>
    <message>
        <location line="-425"/>
        <location line="+472"/>
        <source>The server&apos;s copy of %1 has the wrong size.</source>
        <translation>Die Kopie von %1 auf dem Server hat die falsche Größe.</translation>
    </message>
    <message>
        <location line="-468"/>
        <location line="+464"/>
        <source>The server&apos;s copy of %1 does not match the file (checksum); it was removed. Upload it again.</source>
        <translation>Die Kopie von %1 auf dem Server stimmt nicht mit der Datei überein (Prüfsumme); sie wurde entfernt. Bitte erneut hochladen.</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a stripe of the file did not arrive whole (exit %1): %2</source>
        <translation>ein Streifen der Datei kam nicht vollständig an (Exit-Code %1): %2</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>it changed while it was sent</source>
        <translation>sie hat sich beim Senden geändert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The upload of %1 stopped at its end: %2</source>
        <translation>Das Hochladen von %1 brach am Ende ab: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server&apos;s part of %1 changed while resuming (expected %2 bytes, %3).</source>
        <translation>Der Teil von %1 auf dem Server hat sich beim Fortsetzen geändert (erwartet: %2 Bytes, %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write the server&apos;s part of %1: %2</source>
        <translation>Der Teil von %1 auf dem Server kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server could not write %1 (exit %2).</source>
        <translation>Der Server konnte %1 nicht schreiben (Exit-Code %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server could not write %1 (exit %2): %3.</source>
        <translation>Der Server konnte %1 nicht schreiben (Exit-Code %2): %3.</translation>
    </message>
</context>
<context>
    <name>SiteSettingsDialog</name>
    <message>
        <location filename="../../ui/site/sitesettingsdialog.cpp" line="+38"/>
        <source>Site settings</source>
        <translation>Website-Einstellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the public pages can be reached; used in the feed and calendar links</source>
        <translation>Wo die öffentlichen Seiten erreichbar sind; wird für die Links zu Feed und Kalender verwendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The streaming server&apos;s address for archives; a talk&apos;s webcast path and file name are added to it</source>
        <translation>Die Adresse des Streaming-Servers für Archive; Webcast-Pfad und Dateiname eines Vortrags werden angehängt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Optional: the same archives over HTTP or HLS, for the player inside the web page</source>
        <translation>Optional: dieselben Archive über HTTP oder HLS, für den Player in der Webseite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTML5 video (modern browsers)</source>
        <translation>HTML5-Video (moderne Browser)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QuickTime plug-in (legacy)</source>
        <translation>QuickTime-Plug-in (veraltet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>built-in templates</source>
        <translation>eingebaute Vorlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen …</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+4"/>
        <source>Template folder</source>
        <translation>Vorlagenordner</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Public site URL:</source>
        <translation>&amp;Öffentliche Website-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;RTSP base:</source>
        <translation>&amp;RTSP-Basis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;HTTP/HLS base:</source>
        <translation>&amp;HTTP/HLS-Basis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;layer:</source>
        <translation>&amp;Player:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Templates:</source>
        <translation>&amp;Vorlagen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public site URL</source>
        <translation>Öffentliche Website-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RTSP base</source>
        <translation>RTSP-Basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP/HLS base</source>
        <translation>HTTP/HLS-Basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publishing</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>empty: a folder on this computer; or sftp://user@host/path, https://host/dav/</source>
        <translation>leer: ein Ordner auf diesem Computer; oder sftp://user@host/path, https://host/dav/</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>SSH key file (empty: agent, ~/.ssh)</source>
        <translation>SSH-Schlüsseldatei (leer: Agent, ~/.ssh)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>empty: a folder on this computer; or sftp://user@host/path</source>
        <translation>leer: ein Ordner auf diesem Computer; oder sftp://user@host/path</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: ~/.ssh/known_hosts</source>
        <translation>leer: ~/.ssh/known_hosts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The address where the public reaches the pages; used in links, the feed and the calendar, and to check what was published</source>
        <translation>Die Adresse, unter der die Öffentlichkeit die Seiten erreicht; für Links, den Feed und den Kalender sowie zum Prüfen des Veröffentlichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The start of every archive&apos;s rtsp address on the streaming server</source>
        <translation>Der Anfang der rtsp-Adresse jedes Archivs auf dem Streaming-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same recordings over HTTP/HLS, for the browser&apos;s player (optional)</source>
        <translation>Dieselben Aufzeichnungen über HTTP/HLS, für den Player im Browser (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the pages play a recording: the browser&apos;s own player, or the QuickTime plug-in of old</source>
        <translation>Wie die Seiten eine Aufzeichnung abspielen: mit dem Player des Browsers oder mit dem alten QuickTime-Plug-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder whose page templates replace the built-in ones (optional)</source>
        <translation>Ein Ordner, dessen Seitenvorlagen die eingebauten ersetzen (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the web pages are published: empty for a folder on this computer, sftp://user@host/path or https:// (WebDAV)</source>
        <translation>Wohin die Webseiten veröffentlicht werden: leer für einen Ordner auf diesem Computer, sftp://benutzer@host/pfad oder https:// (WebDAV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SSH key for the web server (empty: the key agent and ~/.ssh)</source>
        <translation>Der SSH-Schlüssel für den Webserver (leer: der Schlüsselagent und ~/.ssh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where archive videos are uploaded: empty for a folder on this computer, sftp://user@host/path or https:// (WebDAV)</source>
        <translation>Wohin Archivvideos hochgeladen werden: leer für einen Ordner auf diesem Computer, sftp://benutzer@host/pfad oder https:// (WebDAV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SSH key for the streaming server (empty: the key agent and ~/.ssh)</source>
        <translation>Der SSH-Schlüssel für den Streaming-Server (leer: der Schlüsselagent und ~/.ssh)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list of servers whose SSH keys are trusted (empty: ~/.ssh/known_hosts)</source>
        <translation>Die Liste der Server, deren SSH-Schlüsseln vertraut wird (leer: ~/.ssh/known_hosts)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test &amp;web connection</source>
        <translation>Web-Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test &amp;streaming connection</source>
        <translation>Streamin&amp;g-Verbindung testen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>W&amp;eb server:</source>
        <translation>W&amp;ebserver:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web &amp;key file:</source>
        <translation>&amp;Web-Schlüsseldatei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream&amp;ing server:</source>
        <translation>&amp;Streaming-Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streaming key f&amp;ile:</source>
        <translation>Streaming-Schlüssel&amp;datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known &amp;hosts:</source>
        <translation>&amp;Bekannte Hosts:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web server</source>
        <translation>Webserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web key file</source>
        <translation>Web-Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streaming server</source>
        <translation>Streaming-Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Streaming key file</source>
        <translation>Streaming-Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known hosts</source>
        <translation>Bekannte Hosts</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
</context>
<context>
    <name>SiteSettingsStore</name>
    <message>
        <location filename="../../models/sitesettings.cpp" line="+298"/>
        <source>unknown setting &quot;%1&quot; (use one of: %2)</source>
        <translation>unbekannte Einstellung „%1“ (möglich: %2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+5"/>
        <source>Could not save the settings: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>StateGuard</name>
    <message>
        <location filename="../../ui/state/stateguard.cpp" line="+105"/>
        <source>The live stream is not answering: %1 (last checked %2).

If you switch to Live now, the public page shows a player that does not play. Switch to Live anyway?</source>
        <translation>Der Live-Stream antwortet nicht: %1 (zuletzt geprüft %2).

Wird jetzt auf Live umgeschaltet, zeigt die öffentliche Seite einen Player, der nichts abspielt. Trotzdem auf Live umschalten?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The live stream is down</source>
        <translation>Der Live-Stream ist ausgefallen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Checking that the archive answers on the streaming server…</source>
        <translation>Es wird geprüft, ob das Archiv auf dem Streaming-Server antwortet …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the archive</source>
        <translation>Archiv wird geprüft</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>• %1 (%2): %3</source>
        <translation>• %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The streaming server does not play %n archive(s):</source>
        <translation>
            <numerusform>Der Streaming-Server spielt %n Archiv nicht ab:</numerusform>
            <numerusform>Der Streaming-Server spielt %n Archive nicht ab:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
… and %1 more</source>
        <translation>
… und %1 weitere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visitors would find a player that does not play. Switch to Archive anyway?</source>
        <translation>Besucher würden einen Player vorfinden, der nichts abspielt. Trotzdem auf Archiv umschalten?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The archive does not answer</source>
        <translation>Das Archiv antwortet nicht</translation>
    </message>
</context>
<context>
    <name>StateHistoryModel</name>
    <message>
        <location filename="../../models/statehistorymodel.cpp" line="+81"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speaker</source>
        <translation>Vortragende(r)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>affiliation</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speaker bio</source>
        <translation>Kurzbiografie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first day</source>
        <translation>erster Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last day</source>
        <translation>letzter Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>webcast path</source>
        <translation>Webcast-Pfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>webcast file</source>
        <translation>Webcast-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>external URL</source>
        <translation>externe URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>live stream</source>
        <translation>Live-Stream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>room&apos;s %1</source>
        <translation>%1 des Raums</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2 added by %3</source>
        <translation>%1: %2 hinzugefügt von %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a room</source>
        <translation>ein Raum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this</source>
        <translation>dies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: a room removed by %2</source>
        <translation>%1: ein Raum entfernt von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 “%3” → “%4”, by %5</source>
        <extracomment>history line: &quot;&lt;time&gt;: title “Old” → “New”, by alice&quot;</extracomment>
        <translation>%1: %2 „%3“ → „%4“, von %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 changed by %3 at %4 UTC
was: %5
now: %6</source>
        <translation>%1 von %2 geändert von %3 um %4 UTC
vorher: %5
jetzt: %6</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 suggested %3 → %4</source>
        <extracomment>history line: &quot;&lt;time&gt;: schedule assistant suggested Upcoming → Live&quot;</extracomment>
        <translation>%1: %2 hat %3 → %4 vorgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 accepted the suggestion %3 → %4</source>
        <translation>%1: %2 hat den Vorschlag %3 → %4 angenommen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 dismissed the suggestion %3 → %4</source>
        <translation>%1: %2 hat den Vorschlag %3 → %4 verworfen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 → %3, by %4</source>
        <extracomment>history line: &quot;&lt;time&gt;: Upcoming → Live, by alice&quot;</extracomment>
        <translation>%1: %2 → %3, von %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 (%3 → %4) by %5 at %6 UTC; the state was not changed by this line</source>
        <translation>%1: %2 (%3 → %4) von %5 um %6 UTC; diese Zeile hat den Status nicht geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changed from %2 to %3 by %4 at %5 UTC</source>
        <translation>%1 wurde um %5 UTC durch %4 von %2 auf %3 geändert</translation>
    </message>
</context>
<context>
    <name>StillView</name>
    <message>
        <location filename="../../ui/controlroom/roomtile.cpp" line="-253"/>
        <source>Click to watch this room in the preview</source>
        <translation>Klicken, um diesen Raum in der Vorschau anzusehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture of the room&apos;s live stream</source>
        <translation>Bild aus dem Live-Stream des Raums</translation>
    </message>
</context>
<context>
    <name>StreamHealthMonitor</name>
    <message>
        <location filename="../../app/stream/streamhealth.cpp" line="+147"/>
        <source>No live stream address</source>
        <translation>Keine Live-Stream-Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the stream…</source>
        <translation>Stream wird geprüft …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream up (%1), answered in %2 ms</source>
        <translation>Stream läuft (%1), Antwort in %2 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stream up but slow: answered in %1 ms</source>
        <translation>Stream läuft, aber langsam: Antwort in %1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream did not answer once: %1 (checking again)</source>
        <translation>Stream hat einmal nicht geantwortet: %1 (wird erneut geprüft)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream down: %1</source>
        <translation>Stream ausgefallen: %1</translation>
    </message>
</context>
<context>
    <name>StreamLight</name>
    <message>
        <location line="+9"/>
        <source>green</source>
        <translation>grün</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amber</source>
        <translation>gelb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>red</source>
        <translation>rot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>grey</source>
        <translation>grau</translation>
    </message>
</context>
<context>
    <name>StreamLightWidget</name>
    <message>
        <location filename="../../ui/state/streamlight.cpp" line="+64"/>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the live stream now and decode a picture from it</source>
        <translation>Den Live-Stream jetzt prüfen und ein Bild daraus decodieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the live stream now</source>
        <translation>Den Live-Stream jetzt prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the stream and decoding a picture…</source>
        <translation>Stream wird geprüft und ein Bild decodiert …</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Last checked %1</source>
        <translation>Zuletzt geprüft %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Live stream light: %1</source>
        <translation>Live-Stream-Ampel: %1</translation>
    </message>
</context>
<context>
    <name>SuggestionBar</name>
    <message>
        <location filename="../../ui/state/suggestionbar.cpp" line="+14"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schedule assistant suggestion</source>
        <translation>Vorschlag des Programm-Assistenten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep the state as it is; the assistant will not ask again</source>
        <translation>Den Status unverändert lassen; der Assistent fragt nicht noch einmal</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>“%1”: %2 Set it to %3?</source>
        <translation>„%1“: %2 Auf %3 setzen?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(%n weiterer Vorschlag wartet)</numerusform>
            <numerusform>(%n weitere Vorschläge warten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set to &amp;%1</source>
        <translation>Auf &amp;%1 setzen</translation>
    </message>
</context>
<context>
    <name>TeamConnectDialog</name>
    <message>
        <location filename="../../ui/dialogs/teamconnectdialog.cpp" line="+20"/>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This Computer&apos;s &amp;Database</source>
        <translation>&amp;Datenbank dieses Computers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to Team Database</source>
        <translation>Mit Team-Datenbank verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A team shares one PostgreSQL database: every helper, coordinator and staff member sees the others&apos; changes as they happen, and one publishes at a time. Ask the team&apos;s coordinator for the address and your login.</source>
        <translation>Ein Team teilt sich eine PostgreSQL-Datenbank: Alle Hilfskräfte, Koordinatorinnen und Mitarbeitenden sehen die Änderungen der anderen sofort, und es veröffentlicht immer nur einer zugleich. Fragen Sie die Koordination des Teams nach der Adresse und Ihrem Login.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Team database address</source>
        <translation>Adresse der Team-Datenbank</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password of your login</source>
        <translation>Passwort Ihres Logins</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Work on the database file on this computer again</source>
        <translation>Wieder mit der Datenbankdatei auf diesem Computer arbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Write the address as postgresql://login@host/database (a port and ?sslmode=require may follow).</source>
        <translation>Schreiben Sie die Adresse als postgresql://login@rechner/datenbank (ein Port und ?sslmode=require dürfen folgen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the password in its own field, not in the address: the address is remembered in the settings, the password is not.</source>
        <translation>Geben Sie das Passwort in seinem eigenen Feld ein, nicht in der Adresse: Die Adresse wird in den Einstellungen gemerkt, das Passwort nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
</context>
<context>
    <name>TeamListener</name>
    <message>
        <location filename="../../models/teamlistener.cpp" line="+132"/>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Team database: reconnecting… (%1)</source>
        <translation>Team-Datenbank: verbinde neu… (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Team database: connected again</source>
        <translation>Team-Datenbank: wieder verbunden</translation>
    </message>
</context>
<context>
    <name>TeamRights</name>
    <message>
        <location filename="../../models/teamrights.cpp" line="+11"/>
        <source>Your login (%1) may only read this team database.</source>
        <translation>Ihr Login (%1) darf diese Team-Datenbank nur lesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your login is a helper: it may change webcast states only.</source>
        <translation>Ihr Login ist eine Hilfskraft (helper): Es darf nur Webcast-Status ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your login is staff: it may change webcast states, upload archives and edit webcast fields.</source>
        <translation>Ihr Login gehört zum Personal (staff): Es darf Webcast-Status ändern, Archive hochladen und Webcast-Felder bearbeiten.</translation>
    </message>
</context>
<context>
    <name>TemplateSet</name>
    <message>
        <location filename="../../app/render/templateset.cpp" line="+88"/>
        <source>The template folder %1 does not exist.</source>
        <translation>Der Vorlagenordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the template %1.</source>
        <translation>Die Vorlage %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The template %1 is broken: %2</source>
        <translation>Die Vorlage %1 ist fehlerhaft: %2</translation>
    </message>
</context>
<context>
    <name>TransferQueue</name>
    <message>
        <location filename="../../app/media/transferqueue.cpp" line="+27"/>
        <source>The transfers could not be kept in the database: %1</source>
        <translation>Die Übertragungen konnten nicht in der Datenbank gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>In place at %1</source>
        <translation>Abgelegt unter %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused; resumes where it stopped.</source>
        <translation>Pausiert; wird an der unterbrochenen Stelle fortgesetzt.</translation>
    </message>
</context>
<context>
    <name>TransfersDock</name>
    <message>
        <location filename="../../ui/transfers/transfersdock.cpp" line="+6"/>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear &amp;Finished</source>
        <translation>&amp;Erledigte entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Archive uploads</source>
        <translation>Hochladen von Archiven</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presentation</source>
        <translation>Vortrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Play this file in the preview</source>
        <translation>Diese Datei in der Vorschau abspielen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop this upload and take it off the list</source>
        <translation>Diesen Hochladevorgang abbrechen und aus der Liste entfernen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparing</source>
        <translation>Wird vorbereitet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>preparing %p%</source>
        <translation>Vorbereitung %p%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Drop archive videos on a presentation in the schedule.</source>
        <translation>Archivvideos auf einen Vortrag im Programm ziehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 done · %3 of %4</source>
        <translation>%1 von %2 erledigt · %3 von %4</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <location filename="../../app/publish/transport.cpp" line="+38"/>
        <source>This kind of target cannot take archive uploads yet; use an sftp:// or file:/// streaming target.</source>
        <translation>Diese Art von Ziel kann noch keine Archive zum Hochladen annehmen; ein Streaming-Ziel mit sftp:// oder file:/// verwenden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This kind of target cannot be read.</source>
        <translation>Diese Art von Ziel kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Publishing over %1 is not available yet.</source>
        <translation>Veröffentlichen über %1 ist noch nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>WebDavTransport</name>
    <message>
        <location filename="../../app/publish/webdavtransport.cpp" line="+113"/>
        <source>Refusing to send the password of %1 over plain http:// to %2: anyone on the network could read it. Use https://%2%3 instead.</source>
        <translation>Das Passwort von %1 wird nicht über unverschlüsseltes http:// an %2 gesendet: Jeder im Netzwerk könnte es mitlesen. Stattdessen https://%2%3 verwenden.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The certificate of %1 is not trusted (%2). Its SHA-256 fingerprint is %3. If the server&apos;s administrator confirms it, trust it in Site Settings or with `webcast-admin config trusted-certificates %4`.</source>
        <translation>Das Zertifikat von %1 ist nicht vertrauenswürdig (%2). Sein SHA-256-Fingerabdruck lautet %3. Wenn die Administration des Servers ihn bestätigt, dem Zertifikat in den Website-Einstellungen oder mit `webcast-admin config trusted-certificates %4` vertrauen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server %1 asks for a login: put the user name in the address, like https://name@%1/path.</source>
        <translation>Der Server %1 verlangt eine Anmeldung: den Benutzernamen in die Adresse schreiben, etwa https://name@%1/path.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server %1 refused the password of %2.</source>
        <translation>Der Server %1 hat das Passwort von %2 abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 asks for the password of %2.</source>
        <translation>Der Server %1 fragt nach dem Passwort von %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 does not allow %2 to write here (%3).</source>
        <translation>Der Server %1 erlaubt %2 nicht, hier zu schreiben (%3).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The server %1 sends the request on to %2, another server. The password is only ever sent to %1, so nothing was sent there. If the new address is right, make it the target.</source>
        <translation>Der Server %1 leitet die Anfrage an %2 weiter, einen anderen Server. Das Passwort wird immer nur an %1 gesendet, daher wurde dorthin nichts gesendet. Wenn die neue Adresse stimmt, sie als Ziel eintragen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server %1 sends the request on to %2; redirects are not followed. If that address is right, make it the target.</source>
        <translation>Der Server %1 leitet die Anfrage an %2 weiter; Weiterleitungen wird nicht gefolgt. Wenn diese Adresse stimmt, sie als Ziel eintragen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot create the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+90"/>
        <location line="+156"/>
        <location line="+40"/>
        <source>Refusing the unsafe path &quot;%1&quot;.</source>
        <translation>Der unsichere Pfad „%1“ wird abgelehnt.</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+138"/>
        <source>Cannot upload %1: %2</source>
        <translation>%1 kann nicht hochgeladen werden: %2</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+134"/>
        <source>Cannot put %1 in place: %2</source>
        <translation>%1 kann nicht an seinen Platz gebracht werden: %2</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="-268"/>
        <location line="+273"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The upload of %1 was cancelled.</source>
        <translation>Das Hochladen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The server&apos;s copy of %1 does not match the file (size or checksum); it was removed. Upload it again.</source>
        <translation>Die Kopie von %1 auf dem Server stimmt nicht mit der Datei überein (Größe oder Prüfsumme); sie wurde entfernt. Bitte erneut hochladen.</translation>
    </message>
</context>
<context>
    <name>WebcastRepository</name>
    <message>
        <location filename="../../models/repository.cpp" line="+229"/>
        <location line="+9"/>
        <location line="+15"/>
        <location filename="../../models/repositoryslides.cpp" line="+170"/>
        <source>Could not %1: %2</source>
        <translation>Fehler beim %1: %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Could not %1: your login may not change this on the team database (%2).</source>
        <translation>Fehler beim %1: Ihr Login darf dies in der Team-Datenbank nicht ändern (%2).</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>&quot;%1&quot; is already used by the workshop &quot;%2&quot;</source>
        <translation>„%1“ wird bereits vom Workshop „%2“ verwendet</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+33"/>
        <source>%1 is not possible: %2</source>
        <translation>%1 ist nicht möglich: %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>is needed while the presentation &quot;%1&quot; is Live</source>
        <translation>wird benötigt, solange der Vortrag „%1“ Live ist</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is already used by &quot;%2&quot; in this workshop</source>
        <translation>„%1“ wird in diesem Workshop bereits von „%2“ verwendet</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+15"/>
        <location line="+47"/>
        <location line="+25"/>
        <location line="+182"/>
        <location line="+30"/>
        <source>The workshop no longer exists.</source>
        <translation>Der Workshop existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="-287"/>
        <location line="+125"/>
        <location line="+24"/>
        <location line="+133"/>
        <location filename="../../models/repositoryslides.cpp" line="-69"/>
        <source>The presentation no longer exists.</source>
        <translation>Der Vortrag existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>id %1 is already used by the workshop &quot;%2&quot;</source>
        <translation>ID %1 wird bereits vom Workshop „%2“ verwendet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>add the workshop</source>
        <translation>Hinzufügen des Workshops</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+75"/>
        <source>Change the state with the state buttons, not the editor.</source>
        <translation>Den Status mit den Status-Schaltflächen ändern, nicht im Editor.</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>save the workshop</source>
        <translation>Speichern des Workshops</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>delete the workshop</source>
        <translation>Löschen des Workshops</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>id %1 is already used by the presentation &quot;%2&quot;</source>
        <translation>ID %1 wird bereits vom Vortrag „%2“ verwendet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>add the presentation</source>
        <translation>Hinzufügen des Vortrags</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A presentation cannot move to another workshop.</source>
        <translation>Ein Vortrag kann nicht in einen anderen Workshop verschoben werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>save the presentation</source>
        <translation>Speichern des Vortrags</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>delete the presentation</source>
        <translation>Löschen des Vortrags</translation>
    </message>
    <message>
        <location filename="../../models/repositoryslides.cpp" line="-33"/>
        <source>file: the slides are empty</source>
        <translation>file: Die Folien sind leer</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+81"/>
        <source>keep the slides</source>
        <translation>Speichern der Folien</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The slides&apos; bytes are not in the database.</source>
        <translation>Die Daten der Folien sind nicht in der Datenbank.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>label: is required</source>
        <translation>label: ist erforderlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file: slides must be a .pdf, .ppt, .pptx, .key or .odp file</source>
        <translation>file: Folien müssen eine .pdf-, .ppt-, .pptx-, .key- oder .odp-Datei sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>file: the slides&apos; bytes are not in the database</source>
        <translation>file: Die Daten der Folien sind nicht in der Datenbank</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>add the slides</source>
        <translation>Hinzufügen der Folien</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+32"/>
        <source>The slides no longer exist.</source>
        <translation>Die Folien existieren nicht mehr.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>tidy the kept slides</source>
        <translation>Aufräumen der gespeicherten Folien</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>remove the slides</source>
        <translation>Entfernen der Folien</translation>
    </message>
    <message>
        <location filename="../../models/repositoryrooms.cpp" line="+44"/>
        <source>name: a room needs a name</source>
        <translation>name: ein Raum braucht einen Namen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name: must be a single line without control characters</source>
        <translation>name: muss eine einzelne Zeile ohne Steuerzeichen sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>live_stream_url: must be an rtsp, http or https address</source>
        <translation>live_stream_url: muss eine rtsp-, http- oder https-Adresse sein</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>add the room</source>
        <translation>den Raum anlegen</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+72"/>
        <source>save the room</source>
        <translation>den Raum speichern</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>The room no longer exists.</source>
        <translation>Den Raum gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>remove the room</source>
        <translation>den Raum entfernen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Room %1</source>
        <translation>Raum %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name: &quot;%1&quot; is already a room of this workshop</source>
        <translation>name: „%1“ ist schon ein Raum dieses Workshops</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>move the talks to the renamed room</source>
        <translation>die Vorträge in den umbenannten Raum verschieben</translation>
    </message>
    <message>
        <location filename="../../models/repository.cpp" line="+31"/>
        <source>record the state change</source>
        <translation>Speichern der Statusänderung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A state change is stored with the state, not as a suggestion.</source>
        <translation>Eine Statusänderung wird mit dem Status gespeichert, nicht als Vorschlag.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+10"/>
        <source>change the state</source>
        <translation>Ändern des Status</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not change the state: %1</source>
        <translation>Der Status konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot switch &quot;%1&quot; to %2: %3</source>
        <translation>„%1“ kann nicht auf %2 umgeschaltet werden: %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot switch &quot;%1/%2&quot; to %3: %4</source>
        <translation>„%1/%2“ kann nicht auf %3 umgeschaltet werden: %4</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not start a transaction: %1</source>
        <translation>Transaktion konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not save the changes: %1</source>
        <translation>Die Änderungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../models/edithistory.cpp" line="+86"/>
        <source>Someone else saved &quot;%1&quot; while you were editing it.</source>
        <translation>Jemand anderes hat „%1“ gespeichert, während Sie es bearbeitet haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; no longer exists.</source>
        <translation>„%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>record the edit</source>
        <translation>die Änderung festhalten</translation>
    </message>
</context>
<context>
    <name>WebcastState</name>
    <message>
        <location filename="../../models/webcaststate.cpp" line="+36"/>
        <source>Upcoming</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concluded</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The page says when the webcast starts.</source>
        <translation>Die Seite nennt den Beginn des Webcasts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The page shows the live player.</source>
        <translation>Die Seite zeigt den Live-Player.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The page says the webcast is over and the archive is coming soon.</source>
        <translation>Die Seite meldet, dass der Webcast vorbei ist und das Archiv bald folgt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The page plays the archived recording.</source>
        <translation>Die Seite spielt die archivierte Aufzeichnung ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The page links to a partner&apos;s webcast page.</source>
        <translation>Die Seite verlinkt auf die Webcast-Seite eines Partners.</translation>
    </message>
</context>
<context>
    <name>WebcastStatePanel</name>
    <message>
        <location filename="../../ui/state/webcaststatepanel.cpp" line="+43"/>
        <source>&amp;Whole workshop</source>
        <translation>Ganzer &amp;Workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected &amp;talk</source>
        <translation>Ausgewählter Vor&amp;trag</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Webcast state</source>
        <translation>Webcast-Status</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Flip the state of the workshop&apos;s master page</source>
        <translation>Den Status der Hauptseite des Workshops umschalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flip the state of the talk selected in the schedule</source>
        <translation>Den Status des im Programm ausgewählten Vortrags umschalten</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Shortcut: Ctrl+%1</source>
        <translation>Tastenkürzel: Strg+%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 state</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>State history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who changed the state, when, from what to what</source>
        <translation>Wer den Status wann von was auf was geändert hat</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Master page of &quot;%1&quot;</source>
        <translation>Hauptseite von „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Talk &quot;%1&quot;</source>
        <translation>Vortrag „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a workshop to see its webcast state.</source>
        <translation>Einen Workshop auswählen, um seinen Webcast-Status zu sehen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (now)</source>
        <translation>%1 (jetzt)</translation>
    </message>
</context>
<context>
    <name>WorkshopEditorDialog</name>
    <message>
        <location filename="../../ui/workshops/workshopeditordialog.cpp" line="+55"/>
        <source>Edit workshop</source>
        <translation>Workshop bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New workshop</source>
        <translation>Neuer Workshop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. quantum-materials-2026</source>
        <translation>z. B. quantum-materials-2026</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of the public web address: lowercase letters, digits, hyphens</source>
        <translation>Teil der öffentlichen Webadresse: Kleinbuchstaben, Ziffern, Bindestriche</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The workshop&apos;s name as the public pages show it</source>
        <translation>Der Name des Workshops, wie ihn die öffentlichen Seiten zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short name for the web address, e.g. quantum-2026: lowercase letters, digits and hyphens</source>
        <translation>Ein Kürzel für die Webadresse, z. B. quantum-2026: Kleinbuchstaben, Ziffern und Bindestriche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the workshop takes place, shown under its title</source>
        <translation>Wo der Workshop stattfindet, unter dem Titel angezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first day of the workshop</source>
        <translation>Der erste Tag des Workshops</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last day of the workshop</source>
        <translation>Der letzte Tag des Workshops</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time zone of the workshop&apos;s place; talk times are entered and shown in it</source>
        <translation>Die Zeitzone des Workshop-Orts; Vortragszeiten werden darin eingegeben und angezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the live stream plays from: rtsp://… or an HLS address ending in .m3u8 (needed for Live)</source>
        <translation>Woher der Livestream kommt: rtsp://… oder eine HLS-Adresse, die auf .m3u8 endet (nötig für Live)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A partner&apos;s page that carries the webcast (needed for External)</source>
        <translation>Die Seite eines Partners, die den Webcast zeigt (nötig für Extern)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short note shown with the link to the partner&apos;s page</source>
        <translation>Ein kurzer Hinweis, der mit dem Link zur Partnerseite angezeigt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on the workshop&apos;s page; Markdown: *italic*, **bold**, lists and links</source>
        <translation>Auf der Seite des Workshops angezeigt; Markdown: *kursiv*, **fett**, Listen und Links</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Markdown: **bold**, *italic*, - lists, [links](https://...)</source>
        <translation>Markdown: **fett**, *kursiv*, - Listen, [Links](https://...)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Slug:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First day:</source>
        <translation>&amp;Erster Tag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last &amp;day:</source>
        <translation>&amp;Letzter Tag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live stream &amp;URL:</source>
        <translation>Live-Stream-&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xternal URL:</source>
        <translation>E&amp;xterne URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External &amp;note:</source>
        <translation>Externer &amp;Hinweis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+66"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+69"/>
        <source>Slug</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+72"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+75"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+78"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+81"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+84"/>
        <source>Live stream URL</source>
        <translation>Live-Stream-URL</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+87"/>
        <source>External URL</source>
        <translation>Externe URL</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+90"/>
        <source>External note</source>
        <translation>Externer Hinweis</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+93"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Someone else deleted this workshop while you were editing it.</source>
        <translation>Jemand anderes hat diesen Workshop gelöscht, während Sie ihn bearbeitet haben.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Not saved yet: your text is still here. Save again to compare it with what was saved meanwhile.</source>
        <translation>Noch nicht gespeichert: Ihr Text ist noch da. Speichern Sie erneut, um ihn mit dem inzwischen Gespeicherten zu vergleichen.</translation>
    </message>
</context>
<context>
    <name>WorkshopListPanel</name>
    <message>
        <location filename="../../ui/workshops/workshoplistpanel.cpp" line="+28"/>
        <source>&amp;Workshops</source>
        <translation>&amp;Workshops</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search workshops (Ctrl+F)</source>
        <translation>Workshops durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search workshops</source>
        <translation>Workshops durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filters the list by title, slug, place or state</source>
        <translation>Filtert die Liste nach Titel, Kürzel, Ort oder Status</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the workshop to work on</source>
        <translation>Den Workshop auswählen, an dem gearbeitet werden soll</translation>
    </message>
</context>
<context>
    <name>archiveupload</name>
    <message>
        <location filename="../../app/media/archiveupload.cpp" line="+48"/>
        <location line="+79"/>
        <source>The presentation no longer exists.</source>
        <translation>Der Vortrag existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>The workshop no longer exists.</source>
        <translation>Der Workshop existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Uploaded to %1, but the presentation could not be updated: %2</source>
        <translation>Nach %1 hochgeladen, aber der Vortrag konnte nicht aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>commandline</name>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="+62"/>
        <source>the database already holds workshops; demo data goes only into an empty database</source>
        <translation>die Datenbank enthält bereits Workshops; Demodaten kommen nur in eine leere Datenbank</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created demo data in %1</source>
        <translation>Demodaten in %1 angelegt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown state &quot;%1&quot; (use one of: %2)</source>
        <translation>unbekannter Status „%1“ (möglich: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/cli/publishcommands.cpp" line="+89"/>
        <location filename="../../app/cli/teamcommands.cpp" line="+83"/>
        <source>no workshop &quot;%1&quot; (see `webcast-admin list`)</source>
        <translation>kein Workshop „%1“ (siehe `webcast-admin list`)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../app/cli/publishcommands.cpp" line="+3"/>
        <location filename="../../app/cli/teamcommands.cpp" line="+7"/>
        <source>no presentation &quot;%1&quot; in workshop &quot;%2&quot; (see `webcast-admin list`)</source>
        <translation>kein Vortrag „%1“ im Workshop „%2“ (siehe `webcast-admin list`)</translation>
    </message>
    <message>
        <location filename="../../app/cli/teamcommands.cpp" line="-39"/>
        <source>move-to needs a team database&apos;s address: postgresql://user@host/name</source>
        <translation>move-to braucht die Adresse einer Team-Datenbank: postgresql://benutzer@rechner/name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>move-to copies a database file; this is already a team database</source>
        <translation>move-to kopiert eine Datenbankdatei; dies ist schon eine Team-Datenbank</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied into %1. Open it with --database %1 or WEBCAST_ADMIN_DATABASE; %2 is left as it was.</source>
        <translation>Nach %1 kopiert. Mit --database %1 oder WEBCAST_ADMIN_DATABASE öffnen; %2 bleibt, wie es war.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--limit: &quot;%1&quot; is not a positive number</source>
        <translation>--limit: „%1“ ist keine positive Zahl</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>change webcast states</source>
        <translation>Webcast-Status ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change webcast states, upload archives and edit webcast fields</source>
        <translation>Webcast-Status ändern, Archive hochladen und Webcast-Felder bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>change everything</source>
        <translation>alles ändern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--role: &quot;%1&quot; is not a role (use helper, staff or coordinator)</source>
        <translation>--role: „%1“ ist keine Rolle (helper, staff oder coordinator verwenden)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a user name (lower-case letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;; a letter first)</source>
        <translation>„%1“ ist kein Benutzername (Kleinbuchstaben, Ziffern, „_“, „.“, „-“; zuerst ein Buchstabe)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no password given; %1 was not added</source>
        <translation>kein Passwort angegeben; %1 wurde nicht angelegt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was not added: %2 (%3). Adding users needs the database&apos;s owner with the right to create roles.</source>
        <translation>%1 wurde nicht angelegt: %2 (%3). Benutzer anlegen kann nur der Eigentümer der Datenbank mit dem Recht, Rollen anzulegen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is a %2 on %3: may %4.</source>
        <translation>%1 ist %2 auf %3: darf %4.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>team: %1 is a database file for one person; a team shares a postgresql:// database (see move-to)</source>
        <translation>team: %1 ist eine Datenbankdatei für eine Person; ein Team teilt sich eine postgresql://-Datenbank (siehe move-to)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: team add-user NAME --role helper|staff|coordinator, or team users</source>
        <translation>Aufruf: team add-user NAME --role helper|staff|coordinator, oder team users</translation>
    </message>
    <message>
        <location filename="../../app/cli/exchangecommands.cpp" line="+20"/>
        <location line="+13"/>
        <location line="+53"/>
        <source>nothing was imported: %1</source>
        <translation>es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Imported %1 new and %2 replaced workshops with %3 presentations.</source>
        <translation>%1 neue und %2 ersetzte Workshops mit %3 Vorträgen importiert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the schedule names no conference; say which workshop with --workshop SLUG</source>
        <translation>das Programm nennt keine Konferenz; den Workshop mit --workshop SLUG angeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--workshop: &quot;%1&quot; is not a slug (lower-case letters, digits and hyphens)</source>
        <translation>--workshop: &quot;%1&quot; ist kein Slug (Kleinbuchstaben, Ziffern und Bindestriche)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New workshop %1 from %2 (%3 talks)</source>
        <translation>Neuer Workshop %1 aus %2 (%3 Vorträge)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(kept and marked cancelled: %1)</source>
        <translation>(behalten und als abgesagt markiert: %1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>dry run: nothing was changed</source>
        <translation>Probelauf: nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>schedule-export needs --workshop SLUG</source>
        <translation>schedule-export braucht --workshop SLUG</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format: &quot;%1&quot; is not one of %2</source>
        <translation>--format: &quot;%1&quot; ist keines von %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="+10"/>
        <source>render needs --out DIR</source>
        <translation>render braucht --out DIR</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Rendered %1 files into %2: %3 written, %4 unchanged, %5 removed (read %6 ms, render %7 ms, write %8 ms).</source>
        <translation>%1 Dateien nach %2 gerendert: %3 geschrieben, %4 unverändert, %5 entfernt (Lesen %6 ms, Rendern %7 ms, Schreiben %8 ms).</translation>
    </message>
    <message>
        <location filename="../../app/cli/publishcommands.cpp" line="-39"/>
        <source>use: password set|forget [web|streaming]</source>
        <translation>Aufruf: password set|forget [web|streaming]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not log in with a password (put the user name in the address if it should)</source>
        <translation>%1 meldet sich nicht mit einem Passwort an (falls doch, den Benutzernamen in die Adresse schreiben)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forgot the password of %1.</source>
        <translation>Passwort von %1 entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+170"/>
        <location filename="../../app/cli/teamcommands.cpp" line="-79"/>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <location line="-168"/>
        <source>no password given</source>
        <translation>kein Passwort angegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stored the password of %1 in the system keychain.</source>
        <translation>Passwort von %1 im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>upload needs &lt;workshop&gt;/&lt;presentation&gt;</source>
        <translation>upload braucht &lt;workshop&gt;/&lt;presentation&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Preparing for streaming %1%</source>
        <translation>Vorbereitung für Streaming %1%</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Uploading %1% %2 of %3</source>
        <translation>Hochladen %1% %2 von %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, %1/s, %2 s left</source>
        <translation>, %1/s, noch %2 s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resumed at %1 (that part was already on the server and checked).</source>
        <translation>Bei %1 fortgesetzt (dieser Teil war bereits auf dem Server und geprüft).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uploaded to %1 (%2, checksum verified). %3/%4 now has its webcast; switch it to Archive with: webcast-admin state %3/%4 archive</source>
        <translation>Nach %1 hochgeladen (%2, Prüfsumme bestätigt). %3/%4 hat jetzt seinen Webcast; auf Archiv umschalten mit: webcast-admin state %3/%4 archive</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="+20"/>
        <source>up: %1 (%2 ms)</source>
        <translation>läuft: %1 (%2 ms)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>down: %1 (%2 ms)</source>
        <translation>ausgefallen: %1 (%2 ms)</translation>
    </message>
    <message>
        <location filename="../../app/cli/publishcommands.cpp" line="+14"/>
        <source>--target is web or streaming</source>
        <translation>--target ist web oder streaming</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Published to %1: 0 uploaded (0 bytes), 0 deleted, %2 unchanged (nothing changed since the last publish).</source>
        <translation>Auf %1 veröffentlicht: 0 hochgeladen (0 Bytes), 0 gelöscht, %2 unverändert (seit der letzten Veröffentlichung hat sich nichts geändert).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 to upload, %2 to delete, %3 unchanged on %4 (dry run: nothing sent)</source>
        <translation>%1 hochzuladen, %2 zu löschen, %3 unverändert auf %4 (Probelauf: nichts gesendet)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>To publish this database there instead, run publish --take-over.</source>
        <translation>Um stattdessen diese Datenbank dorthin zu veröffentlichen: publish --take-over.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Published to %1: %2 uploaded (%3 bytes), %4 deleted, %5 unchanged.</source>
        <translation>Auf %1 veröffentlicht: %2 hochgeladen (%3 Bytes), %4 gelöscht, %5 unverändert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Verified %1 files at %2.</source>
        <translation>%1 Dateien auf %2 überprüft.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="+15"/>
        <source>unknown setting &quot;%1&quot; (use one of: %2)</source>
        <translation>unbekannte Einstellung „%1“ (möglich: %2)</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>export, schedule-export: write to &lt;file&gt; instead of stdout.</source>
        <translation>export, schedule-export: in &lt;Datei&gt; statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>history: show at most &lt;n&gt; lines (100).</source>
        <translation>history: höchstens &lt;n&gt; Zeilen zeigen (100).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>team add-user: helper, staff or coordinator.</source>
        <translation>team add-user: helper, staff oder coordinator.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>publish: publish even though another database published to the target last; the target then names this one.</source>
        <translation>publish: veröffentlichen, obwohl zuletzt eine andere Datenbank in das Ziel veröffentlicht hat; das Ziel nennt danach diese.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>--target, --accept-new-host-key and --take-over belong to publish</source>
        <translation>--target, --accept-new-host-key und --take-over gehören zu publish</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--role belongs to team add-user</source>
        <translation>--role gehört zu team add-user</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--limit belongs to history</source>
        <translation>--limit gehört zu history</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--out belongs to export, schedule-export and render</source>
        <translation>--out gehört zu export, schedule-export und render</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>publish, schedule-import: list the changes, change nothing.</source>
        <translation>publish, schedule-import: die Änderungen auflisten, nichts ändern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>slug</source>
        <translation>slug</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>--dry-run belongs to publish and schedule-import</source>
        <translation>--dry-run gehört zu publish und schedule-import</translation>
    </message>
    <message>
        <location filename="../../app/cli/exchangecommands.cpp" line="+9"/>
        <source>the slides %1 are not kept in the database; left out</source>
        <translation>die Folien %1 sind nicht in der Datenbank gespeichert; ausgelassen</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n slide file(s) not written: use --out FILE.json to write them beside the JSON</source>
        <translation>
            <numerusform>%n Foliendatei nicht geschrieben: mit --out FILE.json wird sie neben die JSON-Datei geschrieben</numerusform>
            <numerusform>%n Foliendateien nicht geschrieben: mit --out FILE.json werden sie neben die JSON-Datei geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="-278"/>
        <source>the slides %1 are not kept in the database; add the file again</source>
        <translation>die Folien %1 sind nicht in der Datenbank gespeichert; bitte die Datei erneut hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/cli/publishcommands.cpp" line="-192"/>
        <source>Without a keychain, set %1 for scripts.</source>
        <translation>Ohne Schlüsselbund für Skripte %1 setzen.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>the slides %1 are not kept in the database; they are left out (add the file again)</source>
        <translation>die Folien %1 sind nicht in der Datenbank gespeichert; sie werden ausgelassen (bitte die Datei erneut hinzufügen)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Set %1, or store it with `webcast-admin password set %2`.</source>
        <translation>%1 setzen oder das Passwort mit `webcast-admin password set %2` speichern.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commandline.cpp" line="+84"/>
        <source>Runs the webcasts of multi-day workshops.

Without a command, opens the window. Commands:
  init [--demo]                 create the database (with demo data)
  list                          one line per workshop and presentation
  state &lt;workshop&gt;[/&lt;talk&gt;] &lt;state&gt;
                                set a webcast state: upcoming, live, concluded,
                                archive or external
  import FILE.json              import workshops (all or nothing)
  export [--out FILE.json]      export everything as JSON
  schedule-import FILE|URL [--workshop SLUG] [--dry-run]
                                import or update a workshop&apos;s talks and rooms from
                                a conference schedule (frab/C3VOC XML or JSON,
                                pretalx, Indico, iCalendar); talks keep their
                                webcast state, slides and archive
  schedule-export --workshop SLUG --format frab-xml|c3voc-json|ical [--out FILE]
                                write a workshop&apos;s schedule with each talk&apos;s
                                webcast state, page and recording
  move-to postgresql://user@host/name
                                copy this database file into an empty team
                                database (all or nothing)
  history [&lt;workshop&gt;[/&lt;talk&gt;]] [--limit N]
                                who changed which state or field when, newest
                                first: time, user, subject, what, from, to
                                (tab-separated; the last 100 unless --limit)
  team add-user NAME --role helper|staff|coordinator
                                on a team database: make a login for NAME
                                (password asked) that may change webcast states
                                (helper), also archives and webcast fields
                                (staff) or everything (coordinator)
  team users                    the team&apos;s logins and their roles
  now [--at TIME] [--check]     the rooms in use today (at TIME: ISO date and
                                time, or a time of today): room, workshop/talk
                                on now, its state, the stream (up, slow, down,
                                none; - unless --check) and why, tab-separated;
                                with --check exit 1 when a stream is down
  render --out DIR              write the public site into DIR
  config [KEY [VALUE]]          list, show or set a site setting: public-url,
                                rtsp-base, playback-base, player (html5 or
                                quicktime), template-dir, web-target,
                                streaming-target, web-identity, streaming-identity,
                                known-hosts, trusted-certificates (SHA-256 of TLS
                                certificates to trust), archive-pattern (default
                                &lt;workshop-slug&gt;/&lt;talk-slug&gt;.&lt;ext&gt;); an empty VALUE
                                resets
  publish [--target web|streaming] [--dry-run] [--accept-new-host-key]
          [--take-over]         send what changed to the target and verify it; a
                                target another database publishes to is refused
                                unless taken over
  upload &lt;workshop&gt;/&lt;talk&gt; FILE [--no-prepare]
                                check an archive video, prepare it for streaming
                                (faststart, RTP hints), upload it to the streaming
                                target with resume and point the talk at it
  check-stream URL [--decode]   is a live or archive stream up (rtsp://, HLS)?
                                exit 0 only when it is
  paths                         where the database, the default publish folders,
                                the settings and the cache are
  password set|forget [web|streaming]
                                store the target&apos;s password in the system
                                keychain (asked on the terminal), or remove it
Passwords: WEBCAST_ADMIN_PASSWORD_WEB or _STREAMING, else the keychain, else a
terminal prompt.</source>
        <translation>Steuert die Webcasts mehrtägiger Workshops.

Ohne Befehl öffnet sich das Fenster. Befehle:
  init [--demo]                 Datenbank anlegen (mit Demodaten)
  list                          eine Zeile je Workshop und Vortrag
  state &lt;workshop&gt;[/&lt;talk&gt;] &lt;state&gt;
                                Webcast-Status setzen: upcoming, live, concluded,
                                archive oder external
  import FILE.json              Workshops importieren (alles oder nichts)
  export [--out FILE.json]      alles als JSON exportieren
  schedule-import FILE|URL [--workshop SLUG] [--dry-run]
                                Vorträge und Räume eines Workshops aus einem
                                Konferenzprogramm importieren oder aktualisieren
                                (frab/C3VOC XML oder JSON, pretalx, Indico,
                                iCalendar); Vorträge behalten Webcast-Status,
                                Folien und Archiv
  schedule-export --workshop SLUG --format frab-xml|c3voc-json|ical [--out FILE]
                                das Programm eines Workshops schreiben, mit
                                Webcast-Status, Seite und Aufzeichnung jedes
                                Vortrags
  move-to postgresql://benutzer@rechner/name
                                diese Datenbankdatei in eine leere Team-Datenbank
                                kopieren (alles oder nichts)
  history [&lt;workshop&gt;[/&lt;talk&gt;]] [--limit N]
                                wer welchen Status oder welches Feld wann geändert
                                hat, neueste zuerst: Zeit, Benutzer, Gegenstand,
                                Art, von, nach (durch Tabulatoren getrennt; die
                                letzten 100, außer mit --limit)
  team add-user NAME --role helper|staff|coordinator
                                in einer Team-Datenbank: ein Login für NAME
                                anlegen (Passwort wird abgefragt), das Webcast-
                                Status ändern darf (helper), dazu Archive und
                                Webcast-Felder (staff) oder alles (coordinator)
  team users                    die Logins des Teams und ihre Rollen
  now [--at TIME] [--check]     die heute genutzten Räume (zu TIME: ISO-Datum und
                                -Uhrzeit oder eine Uhrzeit von heute): Raum,
                                Workshop/Vortrag, der gerade läuft, sein Status,
                                der Stream (up, slow, down, none; - ohne --check)
                                und warum, durch Tabs getrennt; mit --check
                                Exit-Status 1, wenn ein Stream ausgefallen ist
  render --out DIR              die öffentliche Website nach DIR schreiben
  config [KEY [VALUE]]          eine Website-Einstellung auflisten, anzeigen oder
                                setzen: public-url, rtsp-base, playback-base,
                                player (html5 oder quicktime), template-dir,
                                web-target, streaming-target, web-identity,
                                streaming-identity, known-hosts,
                                trusted-certificates (SHA-256 vertrauenswürdiger
                                TLS-Zertifikate), archive-pattern (Standard:
                                &lt;workshop-slug&gt;/&lt;talk-slug&gt;.&lt;ext&gt;); ein leerer
                                VALUE setzt zurück
  publish [--target web|streaming] [--dry-run] [--accept-new-host-key]
          [--take-over]         Änderungen an das Ziel senden und prüfen; ein Ziel,
                                in das eine andere Datenbank veröffentlicht, wird
                                abgelehnt, außer es wird übernommen
  upload &lt;workshop&gt;/&lt;talk&gt; FILE [--no-prepare]
                                ein Archivvideo prüfen, für Streaming vorbereiten
                                (faststart, RTP-Hints), mit Fortsetzung auf das
                                Streaming-Ziel hochladen und den Vortrag darauf
                                verweisen lassen
  check-stream URL [--decode]   läuft ein Live- oder Archiv-Stream (rtsp://, HLS)?
                                Exit-Code 0 nur, wenn ja
  paths                         wo die Datenbank, die Standardordner für die
                                Veröffentlichung, die Einstellungen und der
                                Cache liegen
  password set|forget [web|streaming]
                                das Passwort des Ziels im System-Schlüsselbund
                                speichern (wird im Terminal abgefragt) oder
                                daraus entfernen
Passwörter: WEBCAST_ADMIN_PASSWORD_WEB oder _STREAMING, sonst der Schlüsselbund,
sonst eine Abfrage im Terminal.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Use the database file &lt;path&gt; instead of the default.</source>
        <translation>Die Datenbankdatei &lt;path&gt; statt der Standarddatei verwenden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>init: fill the new database with demo data.</source>
        <translation>init: die neue Datenbank mit Demodaten füllen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>publish: web (default) or streaming.</source>
        <translation>publish: web (Standard) oder streaming.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>schedule-import: the workshop to import into (default: the one this source was imported into before, else the conference&apos;s acronym); schedule-export: the workshop to write.</source>
        <translation>schedule-import: der Workshop, in den importiert wird (Standard: der, in den diese Quelle schon importiert wurde, sonst das Kürzel der Konferenz); schedule-export: der Workshop, der geschrieben wird.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>schedule-export: frab-xml, c3voc-json or ical.</source>
        <translation>schedule-export: frab-xml, c3voc-json oder ical.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check-stream: also decode one picture from the stream.</source>
        <translation>check-stream: zusätzlich ein Bild aus dem Stream decodieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now: the rooms at this time instead of now (2026-11-28T10:30, or 10:30 for today).</source>
        <translation>now: die Räume zu dieser Zeit statt jetzt (2026-11-28T10:30, oder 10:30 für heute).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now: also check each room&apos;s live stream (in parallel).</source>
        <translation>now: auch den Live-Stream jedes Raums prüfen (parallel).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>upload: send the file as it is (no faststart, no hint tracks).</source>
        <translation>upload: die Datei unverändert senden (kein faststart, keine Hint-Spuren).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>publish: trust an SSH server seen for the first time (a changed key is always refused).</source>
        <translation>publish: einem erstmals gesehenen SSH-Server vertrauen (ein geänderter Schlüssel wird immer abgelehnt).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the window, print the startup time and quit.</source>
        <translation>Das Fenster öffnen, die Startzeit ausgeben und beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to do (see above).</source>
        <translation>Was zu tun ist (siehe oben).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[command]</source>
        <translation>[Befehl]</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>wrong number of arguments for &quot;%1&quot;</source>
        <translation>falsche Anzahl von Argumenten für „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--workshop belongs to schedule-import and schedule-export</source>
        <translation>--workshop gehört zu schedule-import und schedule-export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format belongs to schedule-export</source>
        <translation>--format gehört zu schedule-export</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--decode belongs to check-stream</source>
        <translation>--decode gehört zu check-stream</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--at and --check belong to now</source>
        <translation>--at und --check gehören zu now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--no-prepare belongs to upload</source>
        <translation>--no-prepare gehört zu upload</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--demo belongs to init</source>
        <translation>--demo gehört zu init</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>no database at %1 (create one with `webcast-admin init`)</source>
        <translation>keine Datenbank unter %1 (mit `webcast-admin init` eine anlegen)</translation>
    </message>
    <message>
        <location filename="../../app/cli/roomcommands.cpp" line="+43"/>
        <source>--at wants an ISO date and time such as 2026-11-28T10:30 or 2026-11-28T10:30+01:00, or a time of today such as 10:30; not &quot;%1&quot;</source>
        <translation>--at erwartet ein ISO-Datum mit Uhrzeit wie 2026-11-28T10:30 oder 2026-11-28T10:30+01:00, oder eine Uhrzeit von heute wie 10:30; nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no live stream address</source>
        <translation>keine Live-Stream-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 ms</source>
        <translation>%1, %2 ms</translation>
    </message>
</context>
<context>
    <name>controlroom</name>
    <message>
        <location filename="../../app/stream/controlroom.cpp" line="+158"/>
        <source>Conclude</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” ended at %2 and is still Live.</source>
        <translation>„%1“ endete um %2 und ist noch Live.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the stream is up</source>
        <translation>der Stream läuft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the stream is slow</source>
        <translation>der Stream ist langsam</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the stream is down</source>
        <translation>der Stream ist ausgefallen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the room has no stream address</source>
        <translation>der Raum hat keine Stream-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the stream is being checked</source>
        <translation>der Stream wird geprüft</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Go Live</source>
        <translation>Live schalten</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>“%1” started at %2; %3.</source>
        <translation>„%1“ begann um %2; %3.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording of “%1” is in place.</source>
        <translation>Die Aufzeichnung von „%1“ liegt bereit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live until %1</source>
        <translation>Live bis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclude is offered when “%1” ends.</source>
        <translation>Beenden wird angeboten, wenn „%1“ endet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next at %1</source>
        <translation>Als Nächstes um %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go Live is offered when “%1” starts.</source>
        <translation>Live schalten wird angeboten, wenn „%1“ beginnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not webcast.</source>
        <translation>„%1“ wird nicht übertragen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing more today</source>
        <translation>Heute nichts mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No talk in this room starts later today.</source>
        <translation>In diesem Raum beginnt heute kein Vortrag mehr.</translation>
    </message>
</context>
<context>
    <name>credentials</name>
    <message>
        <location filename="../../app/publish/credentials.cpp" line="+107"/>
        <source>the keychain did not answer</source>
        <translation>der Schlüsselbund hat nicht geantwortet</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The password could not be stored in the system keychain (%1); it is kept until Webcast Admin closes.</source>
        <translation>Das Passwort konnte nicht im System-Schlüsselbund gespeichert werden (%1); es bleibt bis zum Beenden von Webcast Admin erhalten.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The password could not be removed from the system keychain: %1</source>
        <translation>Das Passwort konnte nicht aus dem System-Schlüsselbund entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>databasemove</name>
    <message>
        <location filename="../../models/databasemove.cpp" line="+45"/>
        <source>move-to copies a database file into a team database (postgresql://…)</source>
        <translation>move-to kopiert eine Datenbankdatei in eine Team-Datenbank (postgresql://…)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the table %1 is not known to move-to; nothing was copied</source>
        <translation>die Tabelle %1 kennt move-to nicht; nichts wurde kopiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not empty (its table %2 has rows); move-to only fills a new team database</source>
        <translation>%1 ist nicht leer (die Tabelle %2 hat Zeilen); move-to füllt nur eine neue Team-Datenbank</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was copied.</source>
        <translation>Nichts wurde kopiert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1, row %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
</context>
<context>
    <name>ffmpegmodule</name>
    <message>
        <location filename="../../app/stream/ffmpegmodule.cpp" line="+55"/>
        <source>Video support is missing: %1 could not be loaded (%2). Reinstall Webcast Admin.</source>
        <translation>Die Videounterstützung fehlt: %1 konnte nicht geladen werden (%2). Installieren Sie Webcast Admin neu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Video support does not fit this program: %1 comes from another build. Reinstall Webcast Admin.</source>
        <translation>Die Videounterstützung passt nicht zu diesem Programm: %1 stammt aus einem anderen Build. Installieren Sie Webcast Admin neu.</translation>
    </message>
</context>
<context>
    <name>jsonexchange</name>
    <message>
        <location filename="../../models/jsonexchange.cpp" line="-324"/>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slides can only be imported from a file, with their folder beside it</source>
        <translation>Folien lassen sich nur aus einer Datei importieren, mit ihrem Ordner daneben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; must be a path inside %2</source>
        <translation>&quot;%1&quot; muss ein Pfad innerhalb von %2 sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder %1 with the slides is missing (it is written beside the JSON, named after it)</source>
        <translation>der Ordner %1 mit den Folien fehlt (er wird neben das JSON geschrieben und nach ihm benannt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not exist</source>
        <translation>%1 gibt es nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; leads out of %2 (through a link)</source>
        <translation>&quot;%1&quot; führt aus %2 hinaus (über eine Verknüpfung)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not slides (.pdf, .ppt, .pptx, .key, .odp)</source>
        <translation>%1 sind keine Folien (.pdf, .ppt, .pptx, .key, .odp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is larger than slides can be</source>
        <translation>%1 ist größer, als Folien sein dürfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not the file that was exported (its SHA-256 differs)</source>
        <translation>%1 ist nicht die exportierte Datei (ihr SHA-256 weicht ab)</translation>
    </message>
    <message>
        <location line="+322"/>
        <source>: local_file: is no longer read (it could name any file on this computer, and importing would publish it). Export again: slides are now written beside the JSON and named by &quot;file&quot;.</source>
        <translation>: local_file: wird nicht mehr gelesen (es könnte jede Datei dieses Computers nennen, und der Import würde sie veröffentlichen). Erneut exportieren: Folien werden jetzt neben das JSON geschrieben und mit &quot;file&quot; benannt.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Cannot write the slides to %1: it is not a folder.</source>
        <translation>Die Folien können nicht nach %1 geschrieben werden: Es ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create a folder beside %1.</source>
        <translation>Neben %1 kann kein Ordner angelegt werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+20"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Cannot replace the folder %1.</source>
        <translation>Der Ordner %1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write the slides to %1.</source>
        <translation>Die Folien können nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than 256 MiB; that is not a schedule.</source>
        <translation>%1 ist größer als 256 MiB; das ist kein Programm.</translation>
    </message>
</context>
<context>
    <name>media</name>
    <message>
        <location filename="../../app/media/mediaprobe.cpp" line="+20"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../../app/media/ffmpegprobe.cpp" line="+39"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is empty (0 bytes): the copy or export did not finish.</source>
        <translation>%1 ist leer (0 Bytes): Das Kopieren oder Exportieren wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read (permissions).</source>
        <translation>%1 kann nicht gelesen werden (Berechtigungen).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a video file FFmpeg can read, or it is damaged (%2).</source>
        <translation>%1 ist keine Videodatei, die FFmpeg lesen kann, oder sie ist beschädigt (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is damaged: its streams cannot be read (%2).</source>
        <translation>%1 ist beschädigt: Die Streams darin können nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 has no video in it (found: %2).</source>
        <translation>%1 enthält kein Video (gefunden: %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing playable</source>
        <translation>nichts Abspielbares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sound only, %1</source>
        <translation>nur Ton, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is truncated: it ends at %2 but its index says the video runs to %3. Copy or export it again.</source>
        <translation>%1 ist abgeschnitten: Die Datei endet bei %2, aber laut Index läuft das Video bis %3. Bitte erneut kopieren oder exportieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has no length: it may be damaged.</source>
        <translation>%1 hat keine Länge: Die Datei ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <location filename="../../app/media/mediaprobe.cpp" line="+44"/>
        <source>this file is %1, the talk was %2 — right file?</source>
        <translation>diese Datei dauert %1, der Vortrag dauerte %2 — die richtige Datei?</translation>
    </message>
    <message>
        <location filename="../../app/media/remux.cpp" line="+66"/>
        <location line="+3"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+55"/>
        <source>Cannot prepare %1: %2</source>
        <translation>%1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Cannot prepare %1: out of memory.</source>
        <translation>%1 kann nicht vorbereitet werden: Nicht genügend Speicher.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be prepared for streaming (%2): its codecs cannot be hinted. Upload it without preparing, or export it as H.264/AAC.</source>
        <translation>%1 kann nicht für Streaming vorbereitet werden (%2): Für die enthaltenen Codecs können keine Hint-Spuren erstellt werden. Ohne Vorbereitung hochladen oder als H.264/AAC exportieren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preparing %1 was cancelled.</source>
        <translation>Die Vorbereitung von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is damaged part-way: %2</source>
        <translation>%1 ist mittendrin beschädigt: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot finish %1: %2</source>
        <translation>%1 kann nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot put the prepared file at %1.</source>
        <translation>Die vorbereitete Datei kann nicht unter %1 abgelegt werden.</translation>
    </message>
</context>
<context>
    <name>publishverifier</name>
    <message>
        <location filename="../../app/publish/publishverifier.cpp" line="+21"/>
        <source>Configure the web server to send .%1 files as %2: on Apache the published .htaccess does it (AllowOverride FileInfo), on nginx add the types block from the README.</source>
        <translation>Den Webserver so einrichten, dass er .%1-Dateien als %2 ausliefert: Unter Apache erledigt das die veröffentlichte .htaccess (AllowOverride FileInfo), unter nginx den types-Block aus der README hinzufügen.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 could not be fetched: %2</source>
        <translation>%1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered HTTP %2 instead of 200.</source>
        <translation>%1 hat mit HTTP %2 statt 200 geantwortet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not what was published (%2 bytes served, %3 published); a cache in front of the server may still hold an old copy.</source>
        <translation>%1 entspricht nicht dem Veröffentlichten (%2 Bytes ausgeliefert, %3 veröffentlicht); ein Cache vor dem Server hält möglicherweise noch eine alte Kopie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is served as %2 instead of %3. %4</source>
        <translation>%1 wird als %2 statt als %3 ausgeliefert. %4</translation>
    </message>
</context>
<context>
    <name>schedule</name>
    <message>
        <location filename="../../app/schedule/frabjson.cpp" line="+55"/>
        <location filename="../../app/schedule/indico.cpp" line="+109"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: schedule.conference: is missing (not a C3VOC or pretalx schedule.json)</source>
        <translation>%1: schedule.conference: fehlt (kein schedule.json von C3VOC oder pretalx)</translation>
    </message>
    <message>
        <location line="+49"/>
        <location filename="../../app/schedule/indico.cpp" line="-26"/>
        <source>%1: %2 (&quot;%3&quot;): %4: %5</source>
        <translation>%1: %2 (&quot;%3&quot;): %4: %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/schedule/frabxml.cpp" line="+149"/>
        <location filename="../../app/schedule/indico.cpp" line="+4"/>
        <location line="+8"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a date and time with its offset</source>
        <translation>&quot;%1&quot; ist kein Datum mit Uhrzeit und Versatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; has no offset (+01:00 or Z)</source>
        <translation>&quot;%1&quot; hat keinen Versatz (+01:00 oder Z)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../app/schedule/frabxml.cpp" line="+24"/>
        <source>&quot;%1&quot; is not a length (HH:MM, HH:MM:SS or minutes)</source>
        <translation>&quot;%1&quot; ist keine Dauer (HH:MM, HH:MM:SS oder Minuten)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: schedule.conference.days: is missing</source>
        <translation>%1: schedule.conference.days: fehlt</translation>
    </message>
    <message>
        <location filename="../../app/schedule/frabxml.cpp" line="-143"/>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;%1&gt; where a frab schedule starts with &lt;schedule&gt;</source>
        <translation>&lt;%1&gt;, wo ein frab-Programm mit &lt;schedule&gt; beginnt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>day: the date &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>day: &quot;%1&quot; ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1, line %2: event %3 (&quot;%4&quot;): %5: %6</source>
        <translation>%1, Zeile %2: Event %3 (&quot;%4&quot;): %5: %6</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>&quot;%1&quot; ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a time (HH:MM) on a day</source>
        <translation>&quot;%1&quot; ist keine Uhrzeit (HH:MM) an einem Tag</translation>
    </message>
    <message>
        <location filename="../../app/schedule/icalendar.cpp" line="+57"/>
        <source>%1: not an iCalendar file (no VCALENDAR)</source>
        <translation>%1: keine iCalendar-Datei (kein VCALENDAR)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: event %2: %3</source>
        <translation>%1: Event %2: %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: event %2 (&quot;%3&quot;): DTSTART: is missing</source>
        <translation>%1: Event %2 (&quot;%3&quot;): DTSTART: fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: event %2: SUMMARY: is missing</source>
        <translation>%1: Event %2: SUMMARY: fehlt</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n all-day entr(y/ies) left out: they are not talks.</source>
        <translation>
            <numerusform>%n ganztägiger Eintrag ausgelassen: er ist kein Vortrag.</numerusform>
            <numerusform>%n ganztägige Einträge ausgelassen: sie sind keine Vorträge.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some times carry no time zone; they are read in %1.</source>
        <translation>Manche Zeiten tragen keine Zeitzone; sie werden in %1 gelesen.</translation>
    </message>
    <message>
        <location filename="../../app/schedule/indico.cpp" line="-5"/>
        <source>is missing or not {date, time, tz}</source>
        <translation>fehlt oder ist nicht {date, time, tz}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1: results: is missing or empty (not an Indico export, or its contributions are not published)</source>
        <translation>%1: results: fehlt oder ist leer (kein Indico-Export, oder seine Beiträge sind nicht veröffentlicht)</translation>
    </message>
    <message>
        <location filename="../../app/schedule/schedule.cpp" line="+61"/>
        <source>%1 is not a schedule this program reads (frab or C3VOC schedule.xml or schedule.json, pretalx, Indico&apos;s JSON export, or iCalendar).</source>
        <translation>%1 ist kein Programm, das dieses Programm liest (frab oder C3VOC schedule.xml oder schedule.json, pretalx, Indicos JSON-Export oder iCalendar).</translation>
    </message>
</context>
<context>
    <name>schedule::internal</name>
    <message>
        <location line="+33"/>
        <source>The identity %1 is used by more than one talk (%2); they are told apart by their room and start.</source>
        <translation>Die Kennung %1 tragen mehrere Vorträge (%2); sie werden an Raum und Beginn unterschieden.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n talk(s) have no guid or UID: they are matched on title and start time, so a retitled or moved talk counts as removed and added.</source>
        <translation>
            <numerusform>%n Vortrag hat keine guid oder UID: er wird über Titel und Beginn zugeordnet, ein umbenannter oder verschobener Vortrag zählt also als entfernt und hinzugefügt.</numerusform>
            <numerusform>%n Vorträge haben keine guid oder UID: sie werden über Titel und Beginn zugeordnet, ein umbenannter oder verschobener Vortrag zählt also als entfernt und hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 carries the offset %2, but the time zone %3 has %4 then; the offset in the times is used.</source>
        <translation>%1 trägt den Versatz %2, die Zeitzone %3 hat dann aber %4; der Versatz in den Zeiten gilt.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
</context>
<context>
    <name>scheduleexport</name>
    <message>
        <location filename="../../app/schedule/scheduleexport.cpp" line="+487"/>
        <source>there is no workshop &quot;%1&quot;</source>
        <translation>es gibt keinen Workshop „%1“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
</context>
<context>
    <name>scheduleimport</name>
    <message>
        <location filename="../../app/schedule/scheduleimport.cpp" line="+111"/>
        <source>it has an archive</source>
        <translation>er hat ein Archiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is %1</source>
        <translation>er ist %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has slides</source>
        <translation>er hat Folien</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>None of the schedule&apos;s %1 identities match the last import, but %2 talks match on title and start: this source makes new identities on every export, so talks are matched on title and start time.</source>
        <translation>Keine der %1 Kennungen des Programms passt zum letzten Import, aber %2 Vorträge passen nach Titel und Beginn: Diese Quelle erzeugt bei jedem Export neue Kennungen, daher werden Vorträge nach Titel und Beginn zugeordnet.</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+3"/>
        <source>workshop %1</source>
        <translation>Workshop %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>room %1</source>
        <translation>Raum %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>talk %1 (&quot;%2&quot;)</source>
        <translation>Vortrag %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is larger than 256 MiB; that is not a schedule.</source>
        <translation>%1 ist größer als 256 MiB; das ist kein Programm.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered %2 %3.</source>
        <translation>%1 antwortete %2 %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot fetch %1: %2</source>
        <translation>%1 kann nicht abgerufen werden: %2</translation>
    </message>
</context>
<context>
    <name>sitesettings</name>
    <message>
        <location filename="../../models/sitesettings.cpp" line="-281"/>
        <source>public-url: must be a web address starting with http:// or https://</source>
        <translation>public-url: muss eine Webadresse sein, die mit http:// oder https:// beginnt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rtsp-base: must start with rtsp:// or rtsps://</source>
        <translation>rtsp-base: muss mit rtsp:// oder rtsps:// beginnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>playback-base: must start with http:// or https://</source>
        <translation>playback-base: muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>player: must be html5 or quicktime</source>
        <translation>player: muss html5 oder quicktime sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>template-dir: the folder %1 does not exist</source>
        <translation>template-dir: Der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the file %2 does not exist</source>
        <translation>%1: Die Datei %2 existiert nicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 is a folder, not a file</source>
        <translation>%1: %2 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>archive-pattern: must contain &lt;talk-slug&gt; or &lt;talk-id&gt;, so each talk has its own file</source>
        <translation>archive-pattern: muss &lt;talk-slug&gt; oder &lt;talk-id&gt; enthalten, damit jeder Vortrag eine eigene Datei bekommt</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&quot;%1&quot; is not a relative path inside the target (known parts: &lt;workshop-slug&gt;, &lt;talk-slug&gt;, &lt;talk-id&gt;, &lt;date&gt;, &lt;ext&gt;)</source>
        <translation>„%1“ ist kein relativer Pfad innerhalb des Ziels (bekannte Teile: &lt;workshop-slug&gt;, &lt;talk-slug&gt;, &lt;talk-id&gt;, &lt;date&gt;, &lt;ext&gt;)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; must name the server and the certificate&apos;s SHA-256: host:port=fingerprint (64 hex digits, colons allowed)</source>
        <translation>„%1“ muss den Server und den SHA-256-Fingerabdruck des Zertifikats nennen: host:port=fingerprint (64 Hexadezimalziffern, Doppelpunkte erlaubt)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>is not a valid address</source>
        <translation>ist keine gültige Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not contain a password (it is asked for and kept in the keychain)</source>
        <translation>darf kein Passwort enthalten (es wird abgefragt und im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not have a query or fragment</source>
        <translation>darf keinen Query-Teil und kein Fragment enthalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not contain &quot;..&quot;</source>
        <translation>darf kein „..“ enthalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a folder must be written file:///absolute/path</source>
        <translation>ein Ordner muss als file:///absolute/path geschrieben werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must look like sftp://user@host:port/path</source>
        <translation>muss wie sftp://user@host:port/path aussehen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must look like https://host/path</source>
        <translation>muss wie https://host/path aussehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must start with sftp://, https://, http:// or file:///</source>
        <translation>muss mit sftp://, https://, http:// oder file:/// beginnen</translation>
    </message>
</context>
<context>
    <name>sitewriter</name>
    <message>
        <location filename="../../app/render/sitewriter.cpp" line="+319"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create a folder beside %1: %2</source>
        <translation>Neben %1 kann kein Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Cannot move the site into %1: %2</source>
        <translation>Die Website kann nicht nach %1 verschoben werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refusing to write the unsafe path &quot;%1&quot;.</source>
        <translation>Der unsichere Pfad „%1“ wird nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>sitewriter::SafeFolder</name>
    <message>
        <location line="-284"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot open the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot create the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refusing to use %1: it is not a folder (a link or a file).</source>
        <translation>%1 wird nicht verwendet: Es ist kein Ordner (sondern ein Link oder eine Datei).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot use the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Refusing to replace %1: it is not a plain file.</source>
        <translation>%1 wird nicht ersetzt: Es ist keine normale Datei.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+13"/>
        <location line="+28"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Refusing to remove %1: it is not a plain file.</source>
        <translation>%1 wird nicht entfernt: Es ist keine normale Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>slides</name>
    <message>
        <location filename="../../app/editing/slides.cpp" line="+27"/>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not slides: PDF, PowerPoint (.ppt, .pptx), Keynote or OpenDocument (.odp) files can be added.</source>
        <translation>%1 sind keine Folien: Hinzufügen lassen sich PDF-, PowerPoint- (.ppt, .pptx), Keynote- oder OpenDocument-Dateien (.odp).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2; slides can be at most %3.</source>
        <translation>%1 ist %2 groß; Folien dürfen höchstens %3 groß sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>PowerPoint</source>
        <translation>PowerPoint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keynote</source>
        <translation>Keynote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument</source>
        <translation>OpenDocument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2, not kept: add the file again)</source>
        <translation>%1 (%2, nicht gespeichert: bitte die Datei erneut hinzufügen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>staterules</name>
    <message>
        <location filename="../../models/staterules.cpp" line="+27"/>
        <source>Needs the streaming server&apos;s address, so the archive can play.</source>
        <translation>Benötigt die Adresse des Streaming-Servers, damit das Archiv abgespielt werden kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the RTSP base or the HTTP/HLS base in Site → Site Settings.</source>
        <translation>Die RTSP-Basis oder die HTTP/HLS-Basis unter Website → Website-Einstellungen eintragen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Needs the first day of the workshop.</source>
        <translation>Benötigt den ersten Tag des Workshops.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the first day in the workshop editor.</source>
        <translation>Den ersten Tag im Workshop-Editor eintragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs a live stream URL.</source>
        <translation>Benötigt eine Live-Stream-URL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Enter it in the workshop&apos;s &quot;Live stream URL&quot; field.</source>
        <translation>Im Feld „Live-Stream-URL“ des Workshops eintragen.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Needs at least one presentation with an archived webcast.</source>
        <translation>Benötigt mindestens einen Vortrag mit archiviertem Webcast.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the archive file on a presentation, or fill in its webcast path and file name.</source>
        <translation>Die Archivdatei auf einen Vortrag ziehen oder seinen Webcast-Pfad und Dateinamen eintragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+54"/>
        <source>Needs the partner&apos;s webcast URL.</source>
        <translation>Benötigt die Webcast-URL des Partners.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Enter it in the workshop&apos;s &quot;External URL&quot; field.</source>
        <translation>Im Feld „Externe URL“ des Workshops eintragen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Needs a start time.</source>
        <translation>Benötigt eine Startzeit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the start time in the presentation editor.</source>
        <translation>Die Startzeit im Vortrags-Editor eintragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs the workshop&apos;s live stream URL.</source>
        <translation>Benötigt die Live-Stream-URL des Workshops.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needs an archived webcast.</source>
        <translation>Benötigt einen archivierten Webcast.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the archive file here, or tick &quot;Has webcast&quot; and fill in its path and file name.</source>
        <translation>Die Archivdatei hierher ziehen oder „Webcast“ ankreuzen und Pfad und Dateinamen eintragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs the webcast path and file name.</source>
        <translation>Benötigt Webcast-Pfad und Dateinamen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the archive file here, or fill in both in the presentation editor.</source>
        <translation>Die Archivdatei hierher ziehen oder beides im Vortrags-Editor eintragen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter it in the presentation&apos;s &quot;External URL&quot; field.</source>
        <translation>Im Feld „Externe URL“ des Vortrags eintragen.</translation>
    </message>
</context>
<context>
    <name>streamcheck</name>
    <message>
        <location filename="../../app/stream/streamcheck.cpp" line="+31"/>
        <location line="+179"/>
        <source>the server did not answer in time</source>
        <translation>der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>the server refused the connection (nothing listens at that address and port)</source>
        <translation>der Server hat die Verbindung abgelehnt (an dieser Adresse und diesem Port lauscht nichts)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>no stream at this address (the server says 404 Not Found)</source>
        <translation>kein Stream unter dieser Adresse (der Server meldet 404 Not Found)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the server does not let us watch this stream (login needed or forbidden)</source>
        <translation>der Server erlaubt es nicht, diesen Stream anzusehen (Anmeldung nötig oder verboten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server answered, but not with a stream a player can use</source>
        <translation>der Server hat geantwortet, aber nicht mit einem Stream, den ein Player nutzen kann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server cannot be reached (network)</source>
        <translation>der Server ist nicht erreichbar (Netzwerk)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the server&apos;s name is unknown</source>
        <translation>der Name des Servers ist unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the stream could not be opened (%1)</source>
        <translation>der Stream konnte nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>not a stream address (rtsp://, http:// or https://)</source>
        <translation>keine Stream-Adresse (rtsp://, http:// oder https://)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server&apos;s name %1 is unknown</source>
        <translation>der Servername %1 ist unbekannt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the server answered, but describes no stream</source>
        <translation>der Server hat geantwortet, beschreibt aber keinen Stream</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the stream has no video</source>
        <translation>der Stream enthält kein Video</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no picture could be decoded from the stream</source>
        <translation>aus dem Stream konnte kein Bild decodiert werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, a picture decoded</source>
        <translation>, ein Bild decodiert</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../models/validation.cpp" line="+22"/>
        <source>is required (it becomes part of the web address)</source>
        <translation>ist erforderlich (es wird Teil der Webadresse)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <location line="+12"/>
        <location line="+11"/>
        <source>is too long (at most %1 characters)</source>
        <translation>ist zu lang (höchstens %1 Zeichen)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>use only lowercase letters a-z, digits and single hyphens inside, e.g. &quot;day-1-keynote&quot;</source>
        <translation>nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche im Inneren verwenden, z. B. „day-1-keynote“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>must be a single line without control characters</source>
        <translation>muss eine einzelne Zeile ohne Steuerzeichen sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be a full web address starting with %1</source>
        <translation>muss eine vollständige Webadresse sein, die mit %1 beginnt</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>is required (a date like 2026-03-14)</source>
        <translation>ist erforderlich (ein Datum wie 2026-03-14)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required (a date like 2026-03-16)</source>
        <translation>ist erforderlich (ein Datum wie 2026-03-16)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is before the first day</source>
        <translation>liegt vor dem ersten Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is required (an IANA name like Europe/Berlin)</source>
        <translation>ist erforderlich (ein IANA-Name wie Europe/Berlin)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a known time zone (use an IANA name like America/New_York)</source>
        <translation>„%1“ ist keine bekannte Zeitzone (einen IANA-Namen wie America/New_York verwenden)</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+2"/>
        <source>is required (a date and time)</source>
        <translation>ist erforderlich (Datum und Uhrzeit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be after the start</source>
        <translation>muss nach dem Beginn liegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a relative folder on the streaming server, without &quot;..&quot; or backslashes</source>
        <translation>muss ein relativer Ordner auf dem Streaming-Server sein, ohne „..“ oder Backslashes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a plain file name, without folders</source>
        <translation>muss ein reiner Dateiname sein, ohne Ordner</translation>
    </message>
</context>
</TS>
