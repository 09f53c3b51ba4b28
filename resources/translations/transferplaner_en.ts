<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about.py" line="23"/>
        <source>Über %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="28"/>
        <source>Planung, Anmeldung, Anwesenheit und Bescheinigungen für die Transferagenturen für Großstädte.</source>
        <translation>Planning, registration, attendance and certificates for the Transferagenturen für Großstädte.</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="31"/>
        <location filename="../../ui/about.py" line="48"/>
        <source>Datenbank</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="31"/>
        <source>Protokollordner</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="32"/>
        <source>Versionen</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="21"/>
        <source>Angaben kopieren</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../ui/about.py" line="48"/>
        <source>Protokoll</source>
        <translation>Log</translation>
    </message>
</context>
<context>
    <name>AddRegistrationDialog</name>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="54"/>
        <source>bereits angemeldet</source>
        <translation>already registered</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="55"/>
        <source>bereits auf der Warteliste</source>
        <translation>already on the waiting list</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="70"/>
        <source>Anmeldung – {0}</source>
        <translation>Registration – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="72"/>
        <source>Vorhandene Person suchen</source>
        <translation>Find existing person</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="74"/>
        <source>Name, E-Mail oder Organisation</source>
        <translation>Name, e-mail or organisation</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="86"/>
        <source>Neue Person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="90"/>
        <source>– keine –</source>
        <translation>– none –</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="91"/>
        <source>Person anlegen</source>
        <translation>Create person</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="98"/>
        <source>Vorhandene Person verwenden</source>
        <translation>Use existing person</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="99"/>
        <source>Trotzdem neu anlegen</source>
        <translation>Create anyway</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="107"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="108"/>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="109"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="110"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="117"/>
        <source>Buchung</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="118"/>
        <source>ganze Veranstaltung</source>
        <translation>whole event</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="119"/>
        <source>einzelne Termine:</source>
        <translation>individual sessions:</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="129"/>
        <source> (abgesagt)</source>
        <translation> (cancelled)</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="139"/>
        <source>Noch keine Person gewählt.</source>
        <translation>No person selected yet.</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="141"/>
        <source>Anmelden</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="145"/>
        <source>Anmelden und nächste Person</source>
        <translation>Register and next person</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="146"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="155"/>
        <source>Strg+Eingabe: anmelden und gleich die nächste Person suchen</source>
        <translation>Ctrl+Enter: register and search for the next person right away</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="221"/>
        <source>Ausgewählt: {0}</source>
        <translation>Selected: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="233"/>
        <source>Diese Person gibt es vermutlich schon. Bitte die vorhandene verwenden oder bestätigen, dass es eine andere Person ist.</source>
        <translation>This person probably exists already. Please use the existing record or confirm that this is a different person.</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="296"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="298"/>
        <source>Angemeldet: {0} ({1} in diesem Fenster). Nächste Person suchen …</source>
        <translation>Registered: {0} ({1} in this window). Search for the next person …</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="305"/>
        <source>Bitte zuerst eine Person suchen oder anlegen.</source>
        <translation>Please find or create a person first.</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="309"/>
        <source>Bitte mindestens einen Termin ankreuzen.</source>
        <translation>Please tick at least one session.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../ui/plan/agenda_view.py" line="36"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/plan/agenda_view.py" line="36"/>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/plan/agenda_view.py" line="36"/>
        <source>Veranstaltung</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/plan/agenda_view.py" line="37"/>
        <source>Termin</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/plan/agenda_view.py" line="37"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/plan/agenda_view.py" line="37"/>
        <source>Standort</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../ui/plan/agenda_view.py" line="38"/>
        <source>Ort</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/plan/agenda_view.py" line="38"/>
        <source>Referent:innen</source>
        <translation>Trainers</translation>
    </message>
    <message>
        <location filename="../../ui/plan/agenda_view.py" line="66"/>
        <source>ganztägig</source>
        <translation>all day</translation>
    </message>
    <message>
        <location filename="../../ui/plan/agenda_view.py" line="70"/>
        <source>(abgesagt)</source>
        <translation>(cancelled)</translation>
    </message>
</context>
<context>
    <name>AgendaTable</name>
    <message>
        <location filename="../../ui/events/rows.py" line="43"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="44"/>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="45"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="46"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="47"/>
        <source>Referent:innen</source>
        <translation>Trainers</translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="61"/>
        <source>Programmpunkt hinzufügen</source>
        <translation>Add agenda item</translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="62"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="86"/>
        <source>– niemand –</source>
        <translation>– nobody –</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../ui/municipality/agreement_dialog.py" line="55"/>
        <source>Neue Kooperationsvereinbarung</source>
        <translation>New cooperation agreement</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/agreement_dialog.py" line="87"/>
        <source>Ziel hinzufügen</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/agreement_dialog.py" line="88"/>
        <source>Entfernen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/agreement_dialog.py" line="97"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/agreement_dialog.py" line="98"/>
        <source>Zuständiger Standort:</source>
        <translation>Responsible office:</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/agreement_dialog.py" line="99"/>
        <source>Beginn:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/agreement_dialog.py" line="100"/>
        <source>Ende:</source>
        <translation>End:</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/agreement_dialog.py" line="101"/>
        <source>Unterzeichnet am:</source>
        <translation>Signed on:</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/agreement_dialog.py" line="102"/>
        <source>Vereinbarte Formate:</source>
        <translation>Agreed formats:</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/agreement_dialog.py" line="103"/>
        <source>Ziele:</source>
        <translation>Goals:</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/agreement_dialog.py" line="104"/>
        <source>Notizen:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/agreement_dialog.py" line="117"/>
        <source>Kooperationsvereinbarung – %1</source>
        <translation>Cooperation agreement – %1</translation>
    </message>
</context>
<context>
    <name>AgreementForm</name>
    <message>
        <location filename="../../ui/events/analysis.py" line="62"/>
        <source>Ein Ziel je Zeile</source>
        <translation>One goal per line</translation>
    </message>
    <message>
        <location filename="../../ui/events/analysis.py" line="87"/>
        <source>Kooperationsvereinbarung erfassen</source>
        <translation>Record a cooperation agreement</translation>
    </message>
    <message>
        <location filename="../../ui/events/analysis.py" line="97"/>
        <source>Ziele</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../ui/events/analysis.py" line="98"/>
        <source>Vereinbarte Formate</source>
        <translation>Agreed formats</translation>
    </message>
    <message>
        <location filename="../../ui/events/analysis.py" line="99"/>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/events/analysis.py" line="100"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AttendanceGridWidget</name>
    <message>
        <location filename="../../ui/attendance/grid.py" line="111"/>
        <source>Anwesenheit: Personen und Termine</source>
        <translation>Attendance: persons and sessions</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/grid.py" line="126"/>
        <source>Anwesenheit: Summen je Person</source>
        <translation>Attendance: totals per person</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/grid.py" line="144"/>
        <source>Tastatur: Pfeiltasten bewegen · Leertaste wechselt · P anwesend · T teilweise (Minuten) · E entschuldigt · A abwesend · Entf löscht · Strg+Z macht rückgängig</source>
        <translation>Keyboard: arrow keys move · Space cycles · P present · T partial (minutes) · E excused · A absent · Del clears · Ctrl+Z undoes</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/grid.py" line="149"/>
        <source>Alle anwesend (gewählter Termin)</source>
        <translation>All present (selected session)</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/grid.py" line="151"/>
        <source>Person vor Ort hinzufügen …</source>
        <translation>Add a person present on the day …</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/grid.py" line="153"/>
        <source>Jemand ist ohne Platz gekommen: für den gewählten Termin anmelden (auch über die Kapazität) und als anwesend erfassen</source>
        <translation>Someone came without a place: register them for the selected session (even beyond the capacity) and record them as present</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/grid.py" line="178"/>
        <source>Schwelle für die Reihenbescheinigung: {0} · Bescheinigung fällig: {1} von {2}</source>
        <translation>Threshold for the series certificate: {0} · certificate due: {1} of {2}</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/grid.py" line="216"/>
        <source>Teilweise anwesend</source>
        <translation>Partly present</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/grid.py" line="217"/>
        <source>Anwesende Minuten (1 bis {0}):</source>
        <translation>Minutes present (1 to {0}):</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/grid.py" line="270"/>
        <source>Bitte einen Termin wählen, der stattfindet und begonnen hat.</source>
        <translation>Please select a session that takes place and has begun.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../ui/attendance/model.py" line="31"/>
        <source>UE</source>
        <translation>TU</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/model.py" line="32"/>
        <source>Quote</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/model.py" line="33"/>
        <source>Bescheinigung</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/model.py" line="109"/>
        <source>abgesagt</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/model.py" line="111"/>
        <source>anw.</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/model.py" line="158"/>
        <source>nicht gebucht</source>
        <translation>not booked</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/model.py" line="160"/>
        <source>Der Termin hat noch nicht begonnen.</source>
        <translation>The session has not begun yet.</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/model.py" line="177"/>
        <source>Reihenbescheinigung ab {0} der gebuchten Unterrichtseinheiten, darunter eine Bescheinigung der besuchten Module</source>
        <translation>Series certificate from {0} of the booked teaching units, below that a certificate of the modules attended</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <location filename="../../ui/tasks.py" line="73"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="74"/>
        <source>Bitte warten</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../../ui/backup_tab.py" line="41"/>
        <source>Sicherungen</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tab.py" line="43"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tab.py" line="43"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tab.py" line="43"/>
        <source>Größe</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tab.py" line="44"/>
        <source>Prüfung</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tab.py" line="44"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tab.py" line="49"/>
        <source>Jetzt sichern</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tab.py" line="51"/>
        <source>Ausgewählte wiederherstellen…</source>
        <translation>Restore selected…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tab.py" line="53"/>
        <source>Aus Datei wiederherstellen…</source>
        <translation>Restore from file…</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tab.py" line="55"/>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tab.py" line="75"/>
        <source>Sicherungen gibt es nur für lokale Datenbankdateien; den Datenbankserver sichert die IT.</source>
        <translation>Backups are only available for local database files; the database server is backed up by IT.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tab.py" line="82"/>
        <source>Sicherungen entstehen automatisch beim Start und nach Änderungen (7 tägliche, 4 wöchentliche, 12 monatliche werden aufbewahrt). Ordner: %1</source>
        <translation>Backups are made automatically at start-up and after changes (7 daily, 4 weekly and 12 monthly are kept). Folder: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tab.py" line="86"/>
        <source>Sicherung</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tab.py" line="87"/>
        <source>Kopie vor Wiederherstellung</source>
        <translation>Copy before restore</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tab.py" line="91"/>
        <source>in Ordnung</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tab.py" line="91"/>
        <source>FEHLERHAFT</source>
        <translation>DAMAGED</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tab.py" line="111"/>
        <source>Sicherung fehlgeschlagen</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tab.py" line="123"/>
        <source>Sicherung wählen</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tab.py" line="124"/>
        <source>Transferplaner-Sicherung (*.sqlite *.db);;Alle Dateien (*)</source>
        <translation>Transferplaner backup (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tab.py" line="135"/>
        <source>Wiederherstellen</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tab.py" line="136"/>
        <source>Die Datenbank wird durch die Sicherung „%1“ ersetzt. Der jetzige Stand wird vorher als Kopie aufbewahrt. Fortfahren?</source>
        <translation>The database will be replaced by the backup “%1”. A copy of the current database is kept first. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tab.py" line="144"/>
        <source>Wiederherstellung fehlgeschlagen</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tab.py" line="146"/>
        <source>Der vorherige Stand liegt in %1.</source>
        <translation>The previous version is in %1.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tab.py" line="152"/>
        <source>Die Sicherung enthielt Personen, deren Löschung oder Anonymisierung später beantragt wurde; das wurde erneut angewandt:</source>
        <translation>The backup contained persons whose erasure or anonymisation was requested later; it has been applied again:</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tab.py" line="155"/>
        <source>Wiederhergestellt</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../ui/backup_tab.py" line="156"/>
        <source>Die Sicherung wurde wiederhergestellt.</source>
        <translation>The backup has been restored.</translation>
    </message>
</context>
<context>
    <name>CalDavDialog</name>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="63"/>
        <source>Kalender veröffentlichen (CalDAV)</source>
        <translation>Publish calendar (CalDAV)</translation>
    </message>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="67"/>
        <source>Überträgt die Termine in einen Online-Kalender (z. B. Nextcloud). Jeder Termin wird dort genau einmal geführt: erneutes Veröffentlichen aktualisiert ihn, abgesagte Termine erscheinen als abgesagt.</source>
        <translation>Transfers the sessions to an online calendar (e.g. Nextcloud). Each session appears there exactly once: publishing again updates it, cancelled sessions are shown as cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="80"/>
        <source>Verbindung testen</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="82"/>
        <source>Veröffentlichen</source>
        <translation>Publish</translation>
    </message>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="85"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="97"/>
        <source>Kalenderserver</source>
        <translation>Calendar server</translation>
    </message>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="103"/>
        <source>Adresse des Kalenders (Collection), bei Nextcloud unter Kalender → Einstellungen → „Interne Adresse kopieren“. Fehlt der Kalender, wird er angelegt.</source>
        <translation>Address of the calendar (collection); in Nextcloud under Calendar → Settings → &quot;Copy internal link&quot;. A missing calendar is created.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="108"/>
        <source>wird nur im Passwortspeicher abgelegt</source>
        <translation>stored only in the password store</translation>
    </message>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="112"/>
        <source>Kalender-Adresse:</source>
        <translation>Calendar address:</translation>
    </message>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="113"/>
        <source>Benutzername:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="114"/>
        <source>Passwort:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="119"/>
        <source>Was veröffentlichen?</source>
        <translation>What to publish?</translation>
    </message>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="122"/>
        <source>Termine der Referent:in</source>
        <translation>Trainer&apos;s sessions</translation>
    </message>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="123"/>
        <source>Alle Termine des Standorts</source>
        <translation>All sessions of the office</translation>
    </message>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="154"/>
        <source>Passwortspeicher nicht verfügbar.</source>
        <translation>Password store not available.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="156"/>
        <source>Passwort ist gespeichert.</source>
        <translation>Password is stored.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="157"/>
        <source>Kein Passwort gespeichert.</source>
        <translation>No password stored.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="164"/>
        <source>Bitte die Adresse des Kalenders angeben (beginnt mit https://).</source>
        <translation>Please enter the address of the calendar (starts with https://).</translation>
    </message>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="168"/>
        <source>Bitte den Benutzernamen angeben.</source>
        <translation>Please enter the user name.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="180"/>
        <source>Bitte das Passwort eingeben; es wird im Passwortspeicher des Betriebssystems abgelegt.</source>
        <translation>Please enter the password; it is kept in the operating system&apos;s password store.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="225"/>
        <source>Verbindung wird getestet …</source>
        <translation>Testing the connection …</translation>
    </message>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="231"/>
        <source>Verbindung in Ordnung. Den Kalender gibt es noch nicht; er wird beim ersten Veröffentlichen angelegt.</source>
        <translation>Connection OK. The calendar does not exist yet; it will be created when publishing for the first time.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="234"/>
        <source>Verbindung in Ordnung. Der Kalender enthält 1 Eintrag.</source>
        <translation>Connection OK. The calendar contains 1 entry.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="236"/>
        <source>Verbindung in Ordnung. Der Kalender enthält %1 Einträge.</source>
        <translation>Connection OK. The calendar contains %1 entries.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="246"/>
        <source>Bitte auswählen, wessen Termine veröffentlicht werden.</source>
        <translation>Please choose whose sessions to publish.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="260"/>
        <source>Termine werden veröffentlicht …</source>
        <translation>Publishing sessions …</translation>
    </message>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="267"/>
        <source>Veröffentlicht: %1 Termine neu, %2 aktualisiert.</source>
        <translation>Published: %1 new sessions, %2 updated.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="270"/>
        <source>%1 nicht mehr zugeordnete Termine als abgesagt markiert.</source>
        <translation>%1 sessions no longer assigned marked as cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/caldav_dialog.py" line="273"/>
        <source>Der Kalender wurde angelegt.</source>
        <translation>The calendar was created.</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../../ui/date_edit.py" line="133"/>
        <source>rot: Feiertag · braun: Wochenende</source>
        <translation>red: public holiday · brown: weekend</translation>
    </message>
</context>
<context>
    <name>CancelRegistrationDialog</name>
    <message>
        <location filename="../../ui/registrations/cancel_dialog.py" line="20"/>
        <source>Anmeldung stornieren</source>
        <translation>Cancel registration</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/cancel_dialog.py" line="25"/>
        <source>Grund der Stornierung für {0}:</source>
        <translation>Reason for cancelling {0}:</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/cancel_dialog.py" line="26"/>
        <source>auf Wunsch der Person</source>
        <translation>at the person’s request</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/cancel_dialog.py" line="27"/>
        <source>durch die Transferagentur</source>
        <translation>by the Transferagentur</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/cancel_dialog.py" line="29"/>
        <source>Storniert:</source>
        <translation>Cancelled:</translation>
    </message>
</context>
<context>
    <name>CertificateReasons</name>
    <message>
        <location filename="../../ui/exports/reason_text.py" line="19"/>
        <source>Die Reihe ist noch nicht abgeschlossen: %1 Termin(e) bis %2 stehen noch aus.</source>
        <translation>The series is not finished yet: %1 session(s) up to %2 still to come.</translation>
    </message>
    <message>
        <location filename="../../ui/exports/reason_text.py" line="22"/>
        <source>Die Veranstaltung ist noch nicht abgeschlossen: %1 Termin(e) bis %2 stehen noch aus.</source>
        <translation>The event is not finished yet: %1 session(s) up to %2 still to come.</translation>
    </message>
    <message>
        <location filename="../../ui/exports/reason_text.py" line="25"/>
        <source>Keine Teilnahme an den gebuchten Terminen erfasst.</source>
        <translation>No attendance recorded for the booked sessions.</translation>
    </message>
    <message>
        <location filename="../../ui/exports/reason_text.py" line="27"/>
        <source>%1 von %2 UE (%3) liegen unter der Schwelle von %4: Bescheinigung der besuchten Module.</source>
        <translation>%1 of %2 TU (%3) is below the threshold of %4: certificate of the modules attended.</translation>
    </message>
    <message>
        <location filename="../../ui/exports/reason_text.py" line="31"/>
        <source>%1 findet am %2 statt.</source>
        <translation>%1 takes place on %2.</translation>
    </message>
    <message>
        <location filename="../../ui/exports/reason_text.py" line="32"/>
        <source>%1: keine Teilnahme erfasst.</source>
        <translation>%1: no attendance recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/exports/reason_text.py" line="34"/>
        <source>Für „%1“ ist keine Bescheinigung vorgesehen.</source>
        <translation>No certificate is provided for “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/exports/reason_text.py" line="36"/>
        <source>Keiner der gebuchten Termine findet statt.</source>
        <translation>None of the booked sessions takes place.</translation>
    </message>
</context>
<context>
    <name>CertificatesWizard</name>
    <message>
        <location filename="../../ui/exports/wizard.py" line="334"/>
        <source>Teilnahmebescheinigungen – {0}</source>
        <translation>Certificates of attendance – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="342"/>
        <source>Weiter &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="343"/>
        <source>&lt; Zurück</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="344"/>
        <source>Fertig</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="345"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="369"/>
        <source>{0} und {1}</source>
        <translation>{0} and {1}</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="373"/>
        <source>Bitte eine Begründung für {0} angeben.</source>
        <translation>Please give a reason for {0}.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../ui/reports/chart.py" line="63"/>
        <source>Keine Daten</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>CheckPopup</name>
    <message>
        <location filename="../../ui/check_combo.py" line="36"/>
        <source>Tippen zum Filtern …</source>
        <translation>Type to filter …</translation>
    </message>
    <message>
        <location filename="../../ui/check_combo.py" line="38"/>
        <source>Liste filtern</source>
        <translation>Filter the list</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <location filename="../../ui/gdpr/consent_widget.py" line="23"/>
        <source>(ohne Datum)</source>
        <translation>(no date)</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/consent_widget.py" line="26"/>
        <source>Fotos:</source>
        <translation>Photos:</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/consent_widget.py" line="28"/>
        <source>Teilnehmerliste:</source>
        <translation>Participant list:</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/consent_widget.py" line="30"/>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/consent_widget.py" line="32"/>
        <source>„unbekannt“ gilt als nein</source>
        <translation>“unknown” counts as no</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/consent_widget.py" line="36"/>
        <source>Einwilligung in Fotos und in die Weitergabe in einer Teilnehmerliste an andere Teilnehmende. „unbekannt“ gilt als nein.</source>
        <translation>Consent to photos and to being shared with other participants in a participant list. “unknown” counts as no.</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/consent_widget.py" line="44"/>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/consent_widget.py" line="45"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/consent_widget.py" line="46"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>CopyEventDialog</name>
    <message>
        <location filename="../../ui/events/copy_dialog.py" line="38"/>
        <source>Veranstaltung kopieren</source>
        <translation>Copy event</translation>
    </message>
    <message>
        <location filename="../../ui/events/copy_dialog.py" line="42"/>
        <source>Kopie von „%1“ mit allen Terminen, Orten und Referent:innen, um ganze Wochen verschoben.</source>
        <translation>Copy of “%1” with all sessions, venues and trainers, shifted by whole weeks.</translation>
    </message>
    <message>
        <location filename="../../ui/events/copy_dialog.py" line="51"/>
        <source> Wochen</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location filename="../../ui/events/copy_dialog.py" line="56"/>
        <source>Verschieben um:</source>
        <translation>Shift by:</translation>
    </message>
    <message>
        <location filename="../../ui/events/copy_dialog.py" line="57"/>
        <source>Neue Termine:</source>
        <translation>New dates:</translation>
    </message>
    <message>
        <location filename="../../ui/events/copy_dialog.py" line="58"/>
        <source>Neuer Titel:</source>
        <translation>New title:</translation>
    </message>
    <message>
        <location filename="../../ui/events/copy_dialog.py" line="72"/>
        <source>keine Termine</source>
        <translation>no sessions</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/diagnostics.py" line="123"/>
        <source>Unerwarteter Fehler</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics.py" line="127"/>
        <source>&lt;b&gt;Im Programm ist ein unerwarteter Fehler aufgetreten.&lt;/b&gt;&lt;br&gt;Die letzte Aktion wurde nicht (vollständig) ausgeführt; was vorher gespeichert war, bleibt erhalten. Sie können weiterarbeiten.&lt;br&gt;&lt;br&gt;Bitte schicken Sie die Details („Details kopieren“, dann in eine E-Mail einfügen) und die Protokolldatei an den Support.</source>
        <translation>&lt;b&gt;An unexpected error occurred in the program.&lt;/b&gt;&lt;br&gt;The last action was not (completely) carried out; everything saved before is kept. You can go on working.&lt;br&gt;&lt;br&gt;Please send the details (“Copy details”, then paste them into an e-mail) and the log file to support.</translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics.py" line="134"/>
        <source>Protokoll: %1</source>
        <translation>Log: %1</translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics.py" line="139"/>
        <source>Fehlerdetails</source>
        <translation>Error details</translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics.py" line="121"/>
        <source>Details kopieren</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics.py" line="155"/>
        <source>Protokoll</source>
        <translation>Log</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../ui/date_edit.py" line="252"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location filename="../../ui/date_edit.py" line="256"/>
        <source>Datum eintippen, z. B. 9.3.27, 09.03.2027, 9.3. oder +7 (eine Woche später); ↑/↓ ein Tag, Bild↑/↓ ein Monat, Alt+↓ öffnet den Kalender</source>
        <translation>Type a date, e.g. 9.3.27, 09.03.2027, 9.3. or +7 (a week later); ↑/↓ one day, PgUp/PgDn one month, Alt+↓ opens the calendar</translation>
    </message>
    <message>
        <location filename="../../ui/date_edit.py" line="264"/>
        <source>Kalender (Alt+↓)</source>
        <translation>Calendar (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../ui/date_edit.py" line="265"/>
        <source>Kalender öffnen</source>
        <translation>Open calendar</translation>
    </message>
    <message>
        <location filename="../../ui/date_edit.py" line="354"/>
        <source>„{0}“ ist kein Datum; es bleibt {1}.</source>
        <translation>“{0}” is not a date; the field keeps {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/date_edit.py" line="355"/>
        <source>leer</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../ui/date_edit.py" line="394"/>
        <source>Feiertag: {0}</source>
        <translation>Public holiday: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/date_edit.py" line="397"/>
        <source>Wochenende</source>
        <translation>Weekend</translation>
    </message>
</context>
<context>
    <name>DossierExport</name>
    <message>
        <location filename="../../ui/municipality/dossier_export.py" line="29"/>
        <source>Dossier als PDF</source>
        <translation>Dossier as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/dossier_export.py" line="31"/>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/dossier_export.py" line="42"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/dossier_export.py" line="43"/>
        <source>Dossier gespeichert: %1</source>
        <translation>Dossier saved: %1</translation>
    </message>
</context>
<context>
    <name>DossierForm</name>
    <message>
        <location filename="../../ui/events/analysis.py" line="34"/>
        <source>Wie ist die Lage in der Kommune?</source>
        <translation>What is the situation in the municipality?</translation>
    </message>
    <message>
        <location filename="../../ui/events/analysis.py" line="35"/>
        <source>Welche Handlungsfelder wurden erkannt?</source>
        <translation>Which fields of action were identified?</translation>
    </message>
    <message>
        <location filename="../../ui/events/analysis.py" line="36"/>
        <source>Welche Arbeitspakete folgen daraus?</source>
        <translation>Which work packages follow from this?</translation>
    </message>
    <message>
        <location filename="../../ui/events/analysis.py" line="38"/>
        <source>Ausgangslage</source>
        <translation>Initial situation</translation>
    </message>
    <message>
        <location filename="../../ui/events/analysis.py" line="39"/>
        <source>Handlungsfelder</source>
        <translation>Fields of action</translation>
    </message>
    <message>
        <location filename="../../ui/events/analysis.py" line="40"/>
        <source>Arbeitspakete</source>
        <translation>Work packages</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../ui/editing.py" line="39"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/editing.py" line="41"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EligibilityModel</name>
    <message>
        <location filename="../../ui/exports/eligibility_model.py" line="25"/>
        <source>Ausstellen</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../ui/exports/eligibility_model.py" line="26"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/exports/eligibility_model.py" line="29"/>
        <source>Ausnahme</source>
        <translation>Exception</translation>
    </message>
    <message>
        <location filename="../../ui/exports/eligibility_model.py" line="30"/>
        <source>Begründung</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/exports/eligibility_model.py" line="31"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/exports/eligibility_model.py" line="32"/>
        <source>UE besucht / gebucht</source>
        <translation>TU attended / booked</translation>
    </message>
    <message>
        <location filename="../../ui/exports/eligibility_model.py" line="33"/>
        <source>Quote</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../ui/exports/eligibility_model.py" line="149"/>
        <source>Reihe</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../ui/exports/eligibility_model.py" line="152"/>
        <source>Ausnahme: Reihenbescheinigung trotz Teilnahme unter der Schwelle (statt der besuchten Module); braucht eine Begründung je Person.</source>
        <translation>Exception: series certificate despite attendance below the threshold (instead of the attended modules); needs a reason per person.</translation>
    </message>
    <message>
        <location filename="../../ui/exports/eligibility_model.py" line="27"/>
        <source>Berechtigt</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../../ui/exports/eligibility_model.py" line="28"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/exports/eligibility_model.py" line="35"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/exports/eligibility_model.py" line="36"/>
        <source>noch offen</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../ui/exports/eligibility_model.py" line="37"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <location filename="../../ui/exports/wizard.py" line="86"/>
        <source>Wer erhält eine Bescheinigung?</source>
        <translation>Who receives a certificate?</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="87"/>
        <source>Fällige Bescheinigungen sind angehakt. Noch offene folgen, sobald alle gebuchten Termine stattgefunden haben.</source>
        <translation>Certificates that are due are ticked. Pending ones follow once every booked session has taken place.</translation>
    </message>
</context>
<context>
    <name>EntryGridWidget</name>
    <message>
        <location filename="../../ui/evaluation/entry_grid.py" line="90"/>
        <source>Erfasste Rückmeldebögen</source>
        <translation>Entered feedback forms</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/entry_grid.py" line="109"/>
        <source>Bogen entfernen</source>
        <translation>Remove form</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/entry_grid.py" line="110"/>
        <source>Den gewählten Bogen entfernen (Strg+Entf); gelöscht wird beim Speichern</source>
        <translation>Remove the selected form (Ctrl+Del); it is deleted when saving</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/entry_grid.py" line="113"/>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/entry_grid.py" line="114"/>
        <source>Ungespeicherte Eingaben verwerfen</source>
        <translation>Discard unsaved entries</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/entry_grid.py" line="116"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/entry_grid.py" line="117"/>
        <source>Alle Bögen in einem Schritt speichern (Strg+S)</source>
        <translation>Save all forms in one step (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/entry_grid.py" line="122"/>
        <source>Tastatur: eine Ziffer trägt die Antwort ein und springt zur nächsten Frage, am Zeilenende zum nächsten Bogen · Tab und Pfeiltasten bewegen · Entf löscht die Antwort · im Textfeld einfach tippen, Tab oder Eingabe übernimmt · Strg+S speichert alle Bögen auf einmal</source>
        <translation>Keyboard: a digit enters the answer and moves to the next question, at the end of a row to the next form · Tab and the arrow keys move · Del clears the answer · in a text cell just type, Tab or Enter keeps it · Ctrl+S saves all forms at once</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/entry_grid.py" line="169"/>
        <source>1 Papierbogen</source>
        <translation>1 paper form</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/entry_grid.py" line="169"/>
        <source>%1 Papierbögen</source>
        <translation>%1 paper forms</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/entry_grid.py" line="171"/>
        <source>ungespeicherte Änderungen</source>
        <translation>unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/entry_grid.py" line="186"/>
        <source>Hier nur 1 bis %1 möglich.</source>
        <translation>Only 1 to %1 possible here.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/entry_grid.py" line="224"/>
        <source>Gespeichert: %1 neu, %2 geändert, %3 entfernt.</source>
        <translation>Saved: %1 new, %2 changed, %3 removed.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/entry_grid.py" line="239"/>
        <source>Ungespeicherte Bögen</source>
        <translation>Unsaved forms</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/entry_grid.py" line="240"/>
        <source>Die erfassten Bögen sind noch nicht gespeichert. Jetzt speichern?</source>
        <translation>The entered forms have not been saved yet. Save now?</translation>
    </message>
</context>
<context>
    <name>EventEditorDialog</name>
    <message>
        <location filename="../../ui/events/editor.py" line="111"/>
        <source>Veranstaltung bearbeiten</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="112"/>
        <source>Neue Veranstaltung</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="130"/>
        <source>Veranstaltung und Termine</source>
        <translation>Event and sessions</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="134"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="135"/>
        <source>Kooperationsvereinbarung</source>
        <translation>Cooperation agreement</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="139"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="140"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="147"/>
        <source>Dossier als PDF…</source>
        <translation>Dossier as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="148"/>
        <source>Exportiert den gespeicherten Stand.</source>
        <translation>Exports the saved version.</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="156"/>
        <source>Allgemein</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="158"/>
        <source>Titel der Veranstaltung</source>
        <translation>Title of the event</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="160"/>
        <source>– kein Thema –</source>
        <translation>– no topic –</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="165"/>
        <source>unbegrenzt</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="180"/>
        <source>Standard aus den Einstellungen</source>
        <translation>Default from the settings</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="184"/>
        <source>wie voreingestellt</source>
        <translation>as preset</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="185"/>
        <source> Tage vorher</source>
        <translation> days before</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="186"/>
        <source>Wann die Erinnerung an die Teilnehmenden vor jedem Termin fällig ist (0: keine).</source>
        <translation>When the reminder to participants is due before each session (0: none).</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="190"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="191"/>
        <source>Standort</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="192"/>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="193"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="195"/>
        <source>Kapazität</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="196"/>
        <source>Unterrichtseinheit</source>
        <translation>Teaching unit</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="197"/>
        <source>Pause je Tag</source>
        <translation>Break per day</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="198"/>
        <source>Schwelle Bescheinigung</source>
        <translation>Certificate threshold</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="199"/>
        <source>Förderhinweis</source>
        <translation>Funding note</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="200"/>
        <source>Erinnerung</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="212"/>
        <source>Coaching-Gruppe</source>
        <translation>Coaching group</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="213"/>
        <source>Beteiligte Kommunen</source>
        <translation>Participating municipalities</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="221"/>
        <source>Filtern: Kommune eingeben …</source>
        <translation>Filter: type a municipality …</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="229"/>
        <source>– kein:e Expert:in –</source>
        <translation>– no expert –</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="231"/>
        <source>Externe:r Expert:in</source>
        <translation>External expert</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="238"/>
        <location filename="../../ui/events/editor.py" line="243"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="241"/>
        <source>– Kommune wählen –</source>
        <translation>– choose municipality –</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="249"/>
        <source>Anzahl Module</source>
        <translation>Number of modules</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="250"/>
        <source>Anzahl Treffen</source>
        <translation>Number of meetings</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="251"/>
        <source>Anzahl Tagungstage</source>
        <translation>Number of conference days</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="252"/>
        <source>Anzahl Workshops</source>
        <translation>Number of workshops</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="253"/>
        <source>Anzahl Vorgespräche</source>
        <translation>Number of preliminary talks</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="255"/>
        <source>Termine</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="264"/>
        <source>andere Modulanzahl</source>
        <translation>different number of modules</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="272"/>
        <source>+ Analyseworkshop</source>
        <translation>+ analysis workshop</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="362"/>
        <source>Achtung: Eine Fortbildungsreihe hat {0} Module; geplant sind {1}.</source>
        <translation>Note: a training series has {0} modules; {1} are planned.</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="368"/>
        <source>1 Kommune gewählt</source>
        <translation>1 municipality selected</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="368"/>
        <source>%1 Kommunen gewählt</source>
        <translation>%1 municipalities selected</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="370"/>
        <source>ein Coaching hat {0} bis {1} Kommunen</source>
        <translation>a coaching has {0} to {1} municipalities</translation>
    </message>
</context>
<context>
    <name>EventFeedbackTab</name>
    <message>
        <location filename="../../ui/evaluation/event_tab.py" line="48"/>
        <source>Bogen drucken (PDF) …</source>
        <translation>Print form (PDF) …</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/event_tab.py" line="49"/>
        <source>Den einseitigen Rückmeldebogen für die gewählte Veranstaltung oder den gewählten Termin</source>
        <translation>The one-page feedback form for the chosen event or session</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/event_tab.py" line="51"/>
        <source>Online-Umfrage importieren …</source>
        <translation>Import online survey …</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/event_tab.py" line="52"/>
        <source>Fragebogen anpassen …</source>
        <translation>Adjust questionnaire …</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/event_tab.py" line="57"/>
        <source>Rückmeldungen zu:</source>
        <translation>Feedback on:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/event_tab.py" line="69"/>
        <source>Fragebogen-Version:</source>
        <translation>Questionnaire version:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/event_tab.py" line="76"/>
        <source>Auswertung als PDF …</source>
        <translation>Results as PDF …</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/event_tab.py" line="77"/>
        <source>Alle Zahlen als Excel …</source>
        <translation>All figures as Excel …</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/event_tab.py" line="94"/>
        <source>Bögen erfassen</source>
        <translation>Enter forms</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/event_tab.py" line="95"/>
        <source>Ergebnisse</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/event_tab.py" line="127"/>
        <source>Ganze Veranstaltung</source>
        <translation>Whole event</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/event_tab.py" line="139"/>
        <source>eigener Bogen</source>
        <translation>own form</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/event_tab.py" line="139"/>
        <source>Bogen des Formats</source>
        <translation>format&apos;s form</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/event_tab.py" line="140"/>
        <source>%1, Version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/event_tab.py" line="142"/>
        <source> (vorher verwendet)</source>
        <translation> (used before)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/event_tab.py" line="156"/>
        <source>(1 Bogen)</source>
        <translation>(1 form)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/event_tab.py" line="156"/>
        <source>(%1 Bögen)</source>
        <translation>(%1 forms)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/event_tab.py" line="189"/>
        <source>zu wenige für eine Auswertung</source>
        <translation>too few for an evaluation</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/event_tab.py" line="193"/>
        <source>Bögen zu einzelnen Terminen (wählen Sie oben den Termin): </source>
        <translation>Forms about single sessions (choose the session above): </translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/event_tab.py" line="217"/>
        <source>Rückmeldebogen speichern</source>
        <translation>Save feedback form</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/event_tab.py" line="218"/>
        <location filename="../../ui/evaluation/event_tab.py" line="233"/>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/event_tab.py" line="232"/>
        <location filename="../../ui/evaluation/event_tab.py" line="235"/>
        <source>Auswertung speichern</source>
        <translation>Save results</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/event_tab.py" line="236"/>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>EventWindow</name>
    <message>
        <location filename="../../ui/events/window.py" line="153"/>
        <source>Übersicht und Termine</source>
        <translation>Overview and sessions</translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="154"/>
        <source>Anmeldungen</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="155"/>
        <source>Anwesenheit</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="156"/>
        <source>Exporte</source>
        <translation>Exports</translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="157"/>
        <source>Rückmeldungen</source>
        <translation>Feedback</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../ui/pages/events.py" line="30"/>
        <source>Veranstaltungen</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="36"/>
        <source>Neu</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="42"/>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="43"/>
        <source>Kopieren…</source>
        <translation>Copy…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="46"/>
        <source>Sucht in Titel, Kommunen, Orten, Referent:innen und Thema; alle Wörter müssen vorkommen.</source>
        <translation>Searches titles, municipalities, venues, trainers and topics; every word must match.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="48"/>
        <source>Löschen…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="57"/>
        <source>Alle Formate</source>
        <translation>All formats</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="61"/>
        <source>Alle Standorte</source>
        <translation>All offices</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="63"/>
        <source>Alle Jahre</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="69"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="70"/>
        <source>Standort</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="71"/>
        <source>Jahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="119"/>
        <location filename="../../ui/pages/events.py" line="142"/>
        <source>Bitte zuerst eine Veranstaltung auswählen.</source>
        <translation>Please select an event first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="147"/>
        <source>Veranstaltung löschen</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="148"/>
        <source>„%1“ mit allen Terminen und Anmeldungen löschen? Das kann nicht rückgängig gemacht werden.</source>
        <translation>Delete “%1” with all its sessions and registrations? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>ExcursionFields</name>
    <message>
        <location filename="../../ui/events/rows.py" line="120"/>
        <source>Exkursion</source>
        <translation>Excursion</translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="122"/>
        <source>Ort (Good-Practice-Beispiel)</source>
        <translation>Venue (good-practice example)</translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="124"/>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="126"/>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="129"/>
        <source>Stadt</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="131"/>
        <source>Kontakt vor Ort</source>
        <translation>Local contact</translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <location filename="../../ui/exports/page.py" line="72"/>
        <source>Ändern …</source>
        <translation>Change …</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="75"/>
        <source>Zielordner</source>
        <translation>Target folder</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="103"/>
        <location filename="../../ui/exports/page.py" line="121"/>
        <source>Veranstaltung</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="109"/>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="110"/>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="111"/>
        <source>Unterschriftenliste erstellen</source>
        <translation>Create signature list</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="112"/>
        <source>Anwesenheitsmatrix (.xlsx)</source>
        <translation>Attendance matrix (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="113"/>
        <source>Kalender der Veranstaltung (.ics)</source>
        <translation>Event calendar (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="114"/>
        <source>Teilnahmebescheinigungen …</source>
        <translation>Certificates of attendance …</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="123"/>
        <source>Unterschriftenliste</source>
        <translation>Signature list</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="124"/>
        <source>Dateiformat</source>
        <translation>File format</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="131"/>
        <source>Versenden …</source>
        <translation>Send …</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="132"/>
        <source>Bescheinigungen und Einladungen per E-Mail senden oder als .eml speichern</source>
        <translation>Send certificates and invitations by e-mail or save them as .eml</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="144"/>
        <source>Kalender für Personen</source>
        <translation>Calendars for people</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="147"/>
        <location filename="../../ui/exports/page.py" line="150"/>
        <source>Kalender (.ics)</source>
        <translation>Calendar (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="148"/>
        <source>Einladungen je Termin</source>
        <translation>Invitations per session</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="149"/>
        <source>nur geänderte</source>
        <translation>changed only</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="155"/>
        <source>Referent:in</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="160"/>
        <source>Teilnehmer:in</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="167"/>
        <source>Kalender des Standorts</source>
        <translation>Office calendar</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="172"/>
        <source>Standortkalender (.ics)</source>
        <translation>Office calendar (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="176"/>
        <source>Standort</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="178"/>
        <source>von</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="179"/>
        <source>Zeitraum von</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="180"/>
        <source>bis</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="181"/>
        <source>Zeitraum bis</source>
        <translation>Period to</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="185"/>
        <source>Kalender veröffentlichen (CalDAV) …</source>
        <translation>Publish calendar (CalDAV) …</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="186"/>
        <source>Termine einer Referent:in oder des Standorts in einen Online-Kalender (z. B. Nextcloud) übertragen</source>
        <translation>Transfer a trainer&apos;s or the office&apos;s sessions to an online calendar (e.g. Nextcloud)</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="199"/>
        <source>Noch nichts exportiert.</source>
        <translation>Nothing exported yet.</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="201"/>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="248"/>
        <source>alle Termine (eine Datei)</source>
        <translation>all sessions (one file)</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="259"/>
        <source>Zielordner wählen</source>
        <translation>Choose target folder</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="288"/>
        <source> und {0} weitere</source>
        <translation> and {0} more</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="290"/>
        <source>Fertig: {0} Datei(en) in {1}</source>
        <translation>Done: {0} file(s) in {1}</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="293"/>
        <source>Abgebrochen.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="305"/>
        <source>Bescheinigungen: {0}</source>
        <translation>Certificates: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="339"/>
        <source>Unterschriftenliste wird erstellt …</source>
        <translation>Creating signature list …</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="351"/>
        <source>Anwesenheitsmatrix wird erstellt …</source>
        <translation>Creating attendance matrix …</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="363"/>
        <location filename="../../ui/exports/page.py" line="375"/>
        <location filename="../../ui/exports/page.py" line="401"/>
        <source>Kalender wird erstellt …</source>
        <translation>Creating calendar …</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="389"/>
        <source>Einladungen werden erstellt …</source>
        <translation>Creating invitations …</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="416"/>
        <source>Standortkalender wird erstellt …</source>
        <translation>Creating office calendar …</translation>
    </message>
</context>
<context>
    <name>FeedbackSettings</name>
    <message>
        <location filename="../../ui/evaluation/settings_tab.py" line="34"/>
        <source> Rückmeldungen</source>
        <translation> responses</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/settings_tab.py" line="35"/>
        <source>Mindestzahl speichern</source>
        <translation>Save minimum</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/settings_tab.py" line="39"/>
        <source>Auswertungen mit weniger Rückmeldungen zeigen keine Zahlen, damit niemand einer Antwort zugeordnet werden kann (in der App, im PDF, in Excel, im Bericht und in der Akte einer Kommune). Nie unter 3.</source>
        <translation>Breakdowns with fewer responses show no figures, so that no answer can be traced to anyone (in the app, in PDF, in Excel, in the report and in a municipality&apos;s record). Never below 3.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/settings_tab.py" line="45"/>
        <source>Mindestzahl an Rückmeldungen für eine Auswertung:</source>
        <translation>Minimum number of responses for an evaluation:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/settings_tab.py" line="54"/>
        <source>Fragebogen für das Format:</source>
        <translation>Questionnaire for the format:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/settings_tab.py" line="84"/>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>FeedbackTable</name>
    <message>
        <location filename="../../ui/evaluation/summary_table.py" line="16"/>
        <source>Veranstaltungen</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/summary_table.py" line="17"/>
        <source>Rückmeldungen</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/summary_table.py" line="18"/>
        <source>Rücklauf</source>
        <translation>Response rate</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/summary_table.py" line="19"/>
        <source>Ø Zufriedenheit</source>
        <translation>Ø Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/summary_table.py" line="20"/>
        <source>Ø Relevanz</source>
        <translation>Ø Relevance</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/summary_table.py" line="21"/>
        <source>Ø Organisation</source>
        <translation>Ø Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/summary_table.py" line="22"/>
        <source>Ø Referent:innen</source>
        <translation>Ø Trainers</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/summary_table.py" line="34"/>
        <source>weniger als %1 Rückmeldungen</source>
        <translation>fewer than %1 responses</translation>
    </message>
</context>
<context>
    <name>FeedbackTexts</name>
    <message>
        <location filename="../../ui/evaluation/texts.py" line="25"/>
        <source>1 Rückmeldung (keine Anwesenheit und keine Anmeldungen erfasst)</source>
        <translation>1 response (no attendance and no registrations recorded)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/texts.py" line="27"/>
        <source>%1 Rückmeldungen (keine Anwesenheit und keine Anmeldungen erfasst)</source>
        <translation>%1 responses (no attendance and no registrations recorded)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/texts.py" line="30"/>
        <source>1 Rückmeldung von %2 Anwesenden (Rücklauf %3)</source>
        <translation>1 response from %2 present (response rate %3)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/texts.py" line="32"/>
        <source>%1 Rückmeldungen von %2 Anwesenden (Rücklauf %3)</source>
        <translation>%1 responses from %2 present (response rate %3)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/texts.py" line="39"/>
        <source>Weniger als %1 Rückmeldungen: aus Gründen der Anonymität wird nichts ausgewertet.</source>
        <translation>Fewer than %1 responses: for anonymity nothing is evaluated.</translation>
    </message>
</context>
<context>
    <name>FormsModel</name>
    <message>
        <location filename="../../ui/evaluation/entry_model.py" line="153"/>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/entry_model.py" line="156"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>GdprDialog</name>
    <message>
        <location filename="../../ui/gdpr/page.py" line="360"/>
        <source>Datenschutz</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="364"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>GdprPage</name>
    <message>
        <location filename="../../ui/gdpr/page.py" line="106"/>
        <source>Fällige Anonymisierung</source>
        <translation>Due for anonymisation</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="107"/>
        <source>Auskunft und Löschung</source>
        <translation>Access and erasure</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="108"/>
        <location filename="../../ui/gdpr/page.py" line="174"/>
        <source>Protokoll</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="109"/>
        <source>Aufbewahrungsfristen</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="120"/>
        <location filename="../../ui/gdpr/page.py" line="144"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="120"/>
        <location filename="../../ui/gdpr/page.py" line="144"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="120"/>
        <location filename="../../ui/gdpr/page.py" line="145"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="121"/>
        <source>Veranstaltungen</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="121"/>
        <source>Frist endete</source>
        <translation>Period ended</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="123"/>
        <source>Fällige Anonymisierungen</source>
        <translation>Anonymisations due</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="124"/>
        <source>Ausgewählte anonymisieren …</source>
        <translation>Anonymise selected …</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="125"/>
        <source>Alle fälligen anonymisieren …</source>
        <translation>Anonymise all due …</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="141"/>
        <source>Name, E-Mail oder Organisation suchen …</source>
        <translation>Search name, e-mail or organisation …</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="142"/>
        <source>Person suchen</source>
        <translation>Search person</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="144"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="146"/>
        <source>Gefundene Personen</source>
        <translation>Persons found</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="148"/>
        <source>Auskunft exportieren (JSON + Excel) …</source>
        <translation>Export personal data (JSON + Excel) …</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="149"/>
        <source>Löschen auf Antrag …</source>
        <translation>Erase on request …</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="153"/>
        <source>Löschen entfernt die Person mit Anmeldungen und Anwesenheiten. Wurde eine Bescheinigung ausgestellt oder gehört die Anwesenheit noch zur Dokumentation einer geförderten Veranstaltung, wird stattdessen anonymisiert: Nummern, Unterrichtseinheiten und Anwesenheit bleiben ohne Namen erhalten.</source>
        <translation>Erasing removes the person together with their registrations and attendance. If a certificate was issued, or the attendance is still part of the records of a funded event, the person is anonymised instead: numbers, teaching units and attendance are kept without names.</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="171"/>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="171"/>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="171"/>
        <source>Agentur</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="172"/>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="172"/>
        <source>Datensatz</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="173"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="176"/>
        <source>Änderungen an Personen und Exporte/Versand personenbezogener Daten (neueste zuerst):</source>
        <translation>Changes to people and exports/sending of personal data (newest first):</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="185"/>
        <source>Personenbezogene Daten werden so viele Jahre nach dem Ende der letzten Veranstaltung (oder nach dem Datum des Verwendungsnachweises) anonymisiert:</source>
        <translation>Personal data is anonymised this many years after the end of the last event (or after the date of the final funding report):</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="192"/>
        <source> Jahre</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="198"/>
        <source>z. B. leipzig</source>
        <translation>e.g. leipzig</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="199"/>
        <source>Kürzel der Agentur im Protokoll:</source>
        <translation>Agency code in the audit log:</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="200"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="280"/>
        <source>1 Person unwiderruflich anonymisieren? Name, E-Mail, Telefon und Funktion werden ersetzt; Anmeldungen, Anwesenheit und Bescheinigungsnummern bleiben für die Statistik erhalten.</source>
        <translation>Irreversibly anonymise 1 person? Name, e-mail, phone and position are replaced; registrations, attendance and certificate numbers are kept for the statistics.</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="283"/>
        <source>%1 Personen unwiderruflich anonymisieren? Namen, E-Mail, Telefon und Funktion werden ersetzt; Anmeldungen, Anwesenheit und Bescheinigungsnummern bleiben für die Statistik erhalten.</source>
        <translation>Irreversibly anonymise %1 people? Names, e-mail, phone and position are replaced; registrations, attendance and certificate numbers are kept for the statistics.</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="292"/>
        <source>1 Person anonymisiert.</source>
        <translation>1 person anonymised.</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="292"/>
        <source>%1 Personen anonymisiert.</source>
        <translation>%1 people anonymised.</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="261"/>
        <source>Ordner für die Auskunft</source>
        <translation>Folder for the personal data export</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="61"/>
        <location filename="../../ui/gdpr/page.py" line="265"/>
        <location filename="../../ui/gdpr/page.py" line="328"/>
        <location filename="../../ui/gdpr/page.py" line="337"/>
        <source>Löschantrag</source>
        <translation>Erasure request</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="53"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="54"/>
        <source>Veranstaltung</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="55"/>
        <source>Termin</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="56"/>
        <source>angelegt</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="57"/>
        <source>geändert</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="58"/>
        <source>gelöscht</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="59"/>
        <source>exportiert</source>
        <translation>exported</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="60"/>
        <source>anonymisiert</source>
        <translation>anonymised</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="220"/>
        <source>1 Person ist fällig: die Aufbewahrungsfrist aller ihrer Veranstaltungen ist abgelaufen (Team-Mitglieder und Referent:innen mit künftigen Terminen sind ausgenommen). Die Anonymisierung ersetzt Namen und Kontaktdaten; alle Zahlen (Anmeldungen, Anwesenheit, Unterrichtseinheiten je Kommune) bleiben gleich.</source>
        <translation>1 person is due: the retention period of all their events has expired (team members and trainers with future sessions are excluded). Anonymisation replaces names and contact details; all figures (registrations, attendance, teaching units per municipality) stay the same.</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="225"/>
        <source>%1 Personen sind fällig: die Aufbewahrungsfrist aller ihrer Veranstaltungen ist abgelaufen (Team-Mitglieder und Referent:innen mit künftigen Terminen sind ausgenommen). Die Anonymisierung ersetzt Namen und Kontaktdaten; alle Zahlen (Anmeldungen, Anwesenheit, Unterrichtseinheiten je Kommune) bleiben gleich.</source>
        <translation>%1 people are due: the retention period of all their events has expired (team members and trainers with future sessions are excluded). Anonymisation replaces names and contact details; all figures (registrations, attendance, teaching units per municipality) stay the same.</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="266"/>
        <source>Anlass (z. B. „Antrag per E-Mail vom …“):</source>
        <translation>Reason (e.g. “request by e-mail of …”):</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="279"/>
        <source>Anonymisieren</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="291"/>
        <source>Anonymisiert</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="311"/>
        <source>Auskunft</source>
        <translation>Personal data export</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="311"/>
        <source>Gespeichert:</source>
        <translation>Saved:</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="322"/>
        <source>Für diese Person besteht eine Aufbewahrungspflicht. Sie wird anonymisiert statt gelöscht; erhalten bleibt (ohne Namen):</source>
        <translation>Records about this person must be retained. The person is anonymised instead of erased; kept (without names):</translation>
    </message>
    <message>
        <location filename="../../ui/gdpr/page.py" line="326"/>
        <source>Person %1 mit allen Anmeldungen und Anwesenheiten endgültig löschen?</source>
        <translation>Permanently erase person %1 with all registrations and attendance?</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <location filename="../../ui/date_edit.py" line="107"/>
        <source>Keine Feiertage in diesem Monat</source>
        <translation>No public holidays this month</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/imports/dialog.py" line="56"/>
        <source>– nicht importieren –</source>
        <translation>– do not import –</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="58"/>
        <source>Semikolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="59"/>
        <source>Tabulator</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="60"/>
        <source>Komma</source>
        <translation>comma</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="61"/>
        <source>senkrechter Strich</source>
        <translation>vertical bar</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="62"/>
        <source>UTF-8 mit BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="70"/>
        <source>Excel-Arbeitsmappe (.xlsx), erstes Tabellenblatt</source>
        <translation>Excel workbook (.xlsx), first worksheet</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="78"/>
        <source>CSV, Zeichenkodierung %1, Trennzeichen %2</source>
        <translation>CSV, encoding %1, delimiter %2</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="85"/>
        <source>%1 Datenzeilen: %2 ohne Probleme, %3 mit automatisch behebbaren Problemen, %4 mit Fehlern.</source>
        <translation>%1 data row(s): %2 without problems, %3 with problems that can be fixed automatically, %4 with errors.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="90"/>
        <source>Neu anzulegen: %1 Personen, %2 Organisationen; vorhandene Personen erkannt: %3; doppelte Zeilen: %4.</source>
        <translation>To be created: %1 person(s), %2 organisation(s); existing persons recognised: %3; duplicate rows: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="95"/>
        <source>Anmeldungen: %1 angemeldet, %2 Warteliste, %3 bereits angemeldet.</source>
        <translation>Registrations: %1 registered, %2 waiting list, %3 already registered.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="101"/>
        <source>(In der Vorschau werden %1 unauffällige Zeilen nicht einzeln gezeigt.)</source>
        <translation>(%1 row(s) without problems are not shown individually in the preview.)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="115"/>
        <source>Neu angelegt: %1 Personen</source>
        <translation>Created: %1 person(s)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="117"/>
        <source>Vorhandene Personen erkannt: %1 (davon ergänzt: %2)</source>
        <translation>Existing persons recognised: %1 (of which completed: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="120"/>
        <source>Angemeldet: %1</source>
        <translation>Registered: %1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="121"/>
        <source>Warteliste: %1</source>
        <translation>Waiting list: %1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="122"/>
        <source>Bereits angemeldet: %1</source>
        <translation>Already registered: %1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="124"/>
        <source>Neue Organisationen: %1</source>
        <translation>New organisations: %1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="126"/>
        <source>Übersprungen: %1</source>
        <translation>Skipped: %1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="130"/>
        <source>… und %1 weitere</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="132"/>
        <source>Hinweis: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="149"/>
        <source>Anmeldungen importieren – {0}</source>
        <translation>Import registrations – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="154"/>
        <source>Excel-Datei (.xlsx) oder CSV-Datei wählen …</source>
        <translation>Choose an Excel file (.xlsx) or CSV file …</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="155"/>
        <source>Datei wählen …</source>
        <translation>Choose file …</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="158"/>
        <source>Datei:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="166"/>
        <source>Spalte in der Datei</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="166"/>
        <source>Beispielwert</source>
        <translation>Sample value</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="166"/>
        <source>Übernehmen als</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="185"/>
        <source>Alle Zeilen importieren (automatisch behebbare Probleme werden behoben; bei Fehlern wird nichts importiert)</source>
        <translation>Import all rows (problems that can be fixed automatically are fixed; if there are errors, nothing is imported)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="188"/>
        <source>Nur gültige Zeilen importieren (Zeilen mit Problemen werden übersprungen)</source>
        <translation>Import valid rows only (rows with problems are skipped)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="197"/>
        <source>Importieren</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="199"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="209"/>
        <source>&lt;b&gt;Zuordnung der Spalten&lt;/b&gt; (automatisch erkannt, bitte prüfen)</source>
        <translation>&lt;b&gt;Column mapping&lt;/b&gt; (detected automatically, please check)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="215"/>
        <source>&lt;b&gt;Vorschau&lt;/b&gt; – es wurde noch nichts gespeichert</source>
        <translation>&lt;b&gt;Preview&lt;/b&gt; – nothing has been saved yet</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="236"/>
        <source>Datei mit Anmeldungen wählen</source>
        <translation>Choose a file with registrations</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="237"/>
        <source>Tabellen (*.xlsx *.csv *.txt);;Alle Dateien (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="295"/>
        <source>(Spalte {0} ohne Überschrift)</source>
        <translation>(column {0} without heading)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="378"/>
        <source>Import nicht möglich</source>
        <translation>Import not possible</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="390"/>
        <source>Import abgeschlossen.</source>
        <translation>Import complete.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/dialog.py" line="393"/>
        <source>Fertig</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../ui/imports/model.py" line="17"/>
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/imports/model.py" line="18"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/imports/model.py" line="19"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/imports/model.py" line="20"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/imports/model.py" line="21"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/imports/model.py" line="22"/>
        <source>Module</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location filename="../../ui/imports/model.py" line="23"/>
        <source>Anmeldung</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../ui/imports/model.py" line="24"/>
        <source>Probleme und Hinweise</source>
        <translation>Problems and notes</translation>
    </message>
    <message>
        <location filename="../../ui/imports/model.py" line="27"/>
        <source>anmelden</source>
        <translation>register</translation>
    </message>
    <message>
        <location filename="../../ui/imports/model.py" line="28"/>
        <source>Warteliste</source>
        <translation>waiting list</translation>
    </message>
    <message>
        <location filename="../../ui/imports/model.py" line="29"/>
        <source>bereits angemeldet</source>
        <translation>already registered</translation>
    </message>
    <message>
        <location filename="../../ui/imports/model.py" line="36"/>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/imports/model.py" line="38"/>
        <source>doppelt</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/imports/model.py" line="40"/>
        <source>wird korrigiert</source>
        <translation>will be corrected</translation>
    </message>
    <message>
        <location filename="../../ui/imports/model.py" line="41"/>
        <source>vorhanden</source>
        <translation>existing</translation>
    </message>
    <message>
        <location filename="../../ui/imports/model.py" line="42"/>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/imports/model.py" line="99"/>
        <source>alle</source>
        <translation>all</translation>
    </message>
</context>
<context>
    <name>IssuePage</name>
    <message>
        <location filename="../../ui/exports/wizard.py" line="170"/>
        <source>Ausstellen</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="171"/>
        <source>Eine PDF-Datei je Person und eine Sammeldatei zum Drucken.</source>
        <translation>One PDF file per person and a combined file for printing.</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="173"/>
        <source>Ändern …</source>
        <translation>Change …</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="178"/>
        <source>Sammeldatei zum Drucken (alle in einer PDF)</source>
        <translation>Combined file for printing (all in one PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="180"/>
        <source>Bescheinigungen ausstellen</source>
        <translation>Issue certificates</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="184"/>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="188"/>
        <source>Zielordner</source>
        <translation>Target folder</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="204"/>
        <source>Zielordner wählen</source>
        <translation>Choose target folder</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="213"/>
        <source>Bitte mindestens eine Person anhaken.</source>
        <translation>Please tick at least one person.</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="227"/>
        <source>Wenig Speicherplatz</source>
        <translation>Low disk space</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="228"/>
        <source>Trotzdem fortfahren?</source>
        <translation>Continue anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="234"/>
        <source>Bescheinigungen erneut ausstellen?</source>
        <translation>Issue certificates again?</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="235"/>
        <source>{0} hat schon eine Bescheinigung: {1}.</source>
        <translation>{0} already has a certificate: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="236"/>
        <source>{0} haben schon eine Bescheinigung: {1}.</source>
        <translation>{0} already have a certificate: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="237"/>
        <source>Person</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="237"/>
        <source>Personen</source>
        <translation>people</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="239"/>
        <source>Unveränderte werden mit derselben Nummer erneut erzeugt, geänderte durch eine neue Fassung ersetzt. Fortfahren?</source>
        <translation>Unchanged ones are produced again under the same number, changed ones are replaced by a new revision. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="243"/>
        <source>%1 von %2 Bescheinigungen</source>
        <translation>%1 of %2 certificates</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="259"/>
        <source>Bescheinigungen werden erstellt …</source>
        <translation>Creating certificates …</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="281"/>
        <source>{0} neu ausgestellt</source>
        <translation>{0} newly issued</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="282"/>
        <source>Bescheinigung</source>
        <translation>certificate</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="282"/>
        <source>Bescheinigungen</source>
        <translation>certificates</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="284"/>
        <source>{0} unverändert erneut ausgestellt</source>
        <translation>{0} issued again unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="285"/>
        <source>{0} ersetzt (neue Fassung)</source>
        <translation>{0} replaced (new revision)</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="286"/>
        <source>{0} nicht ausgestellt</source>
        <translation>{0} not issued</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="307"/>
        <source>Abgebrochen: die fertigen Dateien sind gespeichert.</source>
        <translation>Cancelled: the finished files have been saved.</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="309"/>
        <source>Sammeldatei: {0}</source>
        <translation>Combined file: {0}</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="87"/>
        <source>Frage bearbeiten</source>
        <translation>Edit question</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="87"/>
        <source>Neue Frage</source>
        <translation>New question</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="95"/>
        <source>eine Antwortmöglichkeit je Zeile</source>
        <translation>one option per line</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="98"/>
        <source>Art:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="99"/>
        <source>Frage:</source>
        <translation>Question:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="100"/>
        <source>1 bedeutet:</source>
        <translation>1 means:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="101"/>
        <source>5 bedeutet:</source>
        <translation>5 means:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="102"/>
        <source>Antwortmöglichkeiten:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="103"/>
        <source>z. B. gar nicht zufrieden</source>
        <translation>e.g. not satisfied at all</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="104"/>
        <source>z. B. sehr zufrieden</source>
        <translation>e.g. very satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="115"/>
        <source>Die Frage behält ihre Nummer auf allen Bögen, auch auf früheren: bitte nur die Formulierung verbessern, nicht den Sinn ändern. Beantwortete Auswahlfragen können nur neue Antwortmöglichkeiten am Ende erhalten.</source>
        <translation>The question keeps its number on all forms, earlier ones included: please only improve the wording, do not change the meaning. Answered choice questions can only gain new options at the end.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="122"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="123"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MailSettingsWidget</name>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="45"/>
        <source>STARTTLS (Port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="46"/>
        <source>SSL/TLS (Port 465)</source>
        <translation>SSL/TLS (port 465)</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="47"/>
        <source>keine Verschlüsselung</source>
        <translation>no encryption</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="62"/>
        <source>Mailserver (SMTP)</source>
        <translation>Mail server (SMTP)</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="78"/>
        <source>wird nur im Passwortspeicher abgelegt</source>
        <translation>stored only in the password store</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="79"/>
        <source>Passwort speichern</source>
        <translation>Save password</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="85"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="86"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="87"/>
        <source>Verschlüsselung:</source>
        <translation>Encryption:</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="88"/>
        <source>Benutzername:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="89"/>
        <source>Passwort:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="91"/>
        <source>Absenderadresse:</source>
        <translation>Sender address:</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="92"/>
        <source>Absendername:</source>
        <translation>Sender name:</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="93"/>
        <source>Ohne Mailserver speichert der Versand fertige .eml-Dateien, die sich in Outlook oder Thunderbird öffnen und senden lassen.</source>
        <translation>Without a mail server, sending saves ready-made .eml files that can be opened and sent in Outlook or Thunderbird.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="99"/>
        <source>Einstellungen speichern</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="101"/>
        <source>Verbindung testen</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="126"/>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="133"/>
        <source>Bitte zuerst den Benutzernamen angeben.</source>
        <translation>Please enter the user name first.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="143"/>
        <source>Das Passwort liegt im Passwortspeicher des Betriebssystems.</source>
        <translation>The password is kept in the operating system’s password store.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="152"/>
        <source>Passwortspeicher nicht verfügbar.</source>
        <translation>Password store not available.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="154"/>
        <source>Passwort ist gespeichert.</source>
        <translation>Password is saved.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="155"/>
        <source>Kein Passwort gespeichert.</source>
        <translation>No password saved.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="170"/>
        <source>Verbindung wird getestet …</source>
        <translation>Testing connection …</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="175"/>
        <source>Vorlagen</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="185"/>
        <source>Platzhalter: </source>
        <translation>Placeholders: </translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="190"/>
        <source>Vorlage speichern</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="192"/>
        <source>Standardtext</source>
        <translation>Default text</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="198"/>
        <source>Vorlage:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="199"/>
        <source>Betreff:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="200"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../../ui/mail/settings_widget.py" line="221"/>
        <source>Vorlage gespeichert.</source>
        <translation>Template saved.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="52"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Veranstaltungen</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Kommunen</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Orte</source>
        <translation>Venues</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Berichte/Exporte</source>
        <translation>Reports/Exports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Postausgang</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Erinnerungen in den Postausgang legen</source>
        <translation>Put the reminders into the outbox</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>&amp;Neu…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>Andere Datenbank öffnen…</source>
        <translation>Open another database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;Exportieren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>&amp;Datenschutz…</source>
        <translation>Data &amp;protection…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>&amp;Rückgängig: Termin verschieben</source>
        <translation>&amp;Undo: move session</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>&amp;Suchen</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>&amp;Aktualisieren</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>Ü&amp;ber Transferplaner</source>
        <translation>&amp;About Transferplaner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>Nichts rückgängig zu machen.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>Verschiebung rückgängig gemacht.</source>
        <translation>Move undone.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>Datenbank: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>1 Veranstaltung</source>
        <translation>1 event</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>%1 Veranstaltungen</source>
        <translation>%1 events</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>1 Termin</source>
        <translation>1 session</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>%1 Termine</source>
        <translation>%1 sessions</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>1 Person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>%1 Personen</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>1 Kommune</source>
        <translation>1 municipality</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>%1 Kommunen</source>
        <translation>%1 municipalities</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>1 Erinnerung fällig</source>
        <translation>1 reminder due</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307"/>
        <source>%1 Erinnerungen fällig</source>
        <translation>%1 reminders due</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>1 Erinnerung fällig – ein Klick legt sie in den Postausgang.</source>
        <translation>1 reminder due – one click puts it into the outbox.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>%1 Erinnerungen fällig – ein Klick legt sie in den Postausgang.</source>
        <translation>%1 reminders due – one click puts them into the outbox.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/people/merge_dialog.py" line="35"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge_dialog.py" line="36"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge_dialog.py" line="37"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge_dialog.py" line="38"/>
        <source>Funktion</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge_dialog.py" line="39"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge_dialog.py" line="40"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge_dialog.py" line="41"/>
        <source>Anmeldungen</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge_dialog.py" line="42"/>
        <source>Anwesenheiten</source>
        <translation>Attendance records</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge_dialog.py" line="43"/>
        <source>Bescheinigungen</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge_dialog.py" line="44"/>
        <source>Termine als Referent:in</source>
        <translation>Sessions as trainer</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge_dialog.py" line="47"/>
        <source>Teilnehmende/r</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge_dialog.py" line="48"/>
        <source>Referent:in</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge_dialog.py" line="49"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge_dialog.py" line="54"/>
        <source>%1 (Nr. %2)</source>
        <translation>%1 (No. %2)</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge_dialog.py" line="151"/>
        <location filename="../../ui/people/merge_dialog.py" line="198"/>
        <source>Personen zusammenführen</source>
        <translation>Merge people</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge_dialog.py" line="153"/>
        <source>Person A</source>
        <translation>Person A</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge_dialog.py" line="154"/>
        <source>Person B</source>
        <translation>Person B</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge_dialog.py" line="163"/>
        <source>Anmeldungen, Anwesenheiten, Bescheinigungen und Termine als Referent:in des anderen Datensatzes werden übernommen; leere Felder werden ergänzt. Der andere Datensatz wird danach gelöscht. Die Zusammenführung wird protokolliert.</source>
        <translation>Registrations, attendance, certificates and trainer sessions of the other record are taken over; empty fields are filled in. The other record is then deleted. The merge is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge_dialog.py" line="168"/>
        <source>Zusammenführen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge_dialog.py" line="199"/>
        <source>Person Nr. {0} in Nr. {1} aufnehmen und Nr. {0} löschen?</source>
        <translation>Merge person no. {0} into no. {1} and delete no. {0}?</translation>
    </message>
</context>
<context>
    <name>MessageEditDialog</name>
    <message>
        <location filename="../../ui/outbox/dialogs.py" line="38"/>
        <source>Nachricht bearbeiten</source>
        <translation>Edit message</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/dialogs.py" line="49"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/dialogs.py" line="50"/>
        <source>Betreff:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/dialogs.py" line="52"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/dialogs.py" line="54"/>
        <source>Ändert sich die Buchung danach noch einmal, wird die Nachricht neu aus der Vorlage zusammengestellt (mit einem Hinweis).</source>
        <translation>If the booking changes again afterwards, the message is composed anew from the template (with a note).</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/dialogs.py" line="63"/>
        <source>Vorlage verwenden</source>
        <translation>Use the template</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <location filename="../../ui/plan/month_view.py" line="122"/>
        <source>+ %n weitere</source>
        <translation>
            <numerusform>+ %n more</numerusform>
            <numerusform>+ %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveSessionDialog</name>
    <message>
        <location filename="../../ui/plan/move_dialog.py" line="25"/>
        <source>Termin verschieben</source>
        <translation>Move session</translation>
    </message>
    <message>
        <location filename="../../ui/plan/move_dialog.py" line="35"/>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/move_dialog.py" line="36"/>
        <source>Beginn:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/move_dialog.py" line="37"/>
        <source>Ende:</source>
        <translation>End:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/move_dialog.py" line="39"/>
        <source>Folgetermine mitverschieben (%1 spätere Termine)</source>
        <translation>Move the following sessions too (%1 later sessions)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/move_dialog.py" line="41"/>
        <source>Folgetermin mitverschieben (1 späterer Termin)</source>
        <translation>Move the following session too (1 later session)</translation>
    </message>
    <message>
        <location filename="../../ui/plan/move_dialog.py" line="44"/>
        <source>Die späteren Termine der Veranstaltung rücken um dieselbe Anzahl Tage; ihre Uhrzeiten bleiben.</source>
        <translation>The event&apos;s later sessions move by the same number of days; their times stay.</translation>
    </message>
</context>
<context>
    <name>MunicipalitiesPage</name>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="119"/>
        <source>Kommunen</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="166"/>
        <source>auch andere Organisationen zeigen</source>
        <translation>also show other organisations</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="168"/>
        <source>Zeigt neben den Kommunen auch Organisationen wie Büros und Agenturen, etwa um sie zu bearbeiten</source>
        <translation>Shows organisations such as offices and agencies besides the municipalities, e.g. to edit them</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="172"/>
        <source>Akte…</source>
        <translation>Record…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="173"/>
        <source>Akte der Kommune öffnen (Doppelklick)</source>
        <translation>Open the municipality’s record (double-click)</translation>
    </message>
</context>
<context>
    <name>MunicipalityRecordDialog</name>
    <message>
        <location filename="../../ui/municipality/record.py" line="321"/>
        <source>Akte: %1</source>
        <translation>Record: %1</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="326"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MunicipalityRecordView</name>
    <message>
        <location filename="../../ui/municipality/record.py" line="110"/>
        <source>Veranstaltung / Termin / Person</source>
        <translation>Event / Session / Person</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="111"/>
        <source>Format / Datum</source>
        <translation>Format / Date</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="111"/>
        <source>Beteiligung</source>
        <translation>Involvement</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="112"/>
        <source>Anwesenheit</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="114"/>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="115"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="115"/>
        <source>Funktion</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="115"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="116"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="117"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="120"/>
        <source>Klärung und Analyse</source>
        <translation>Clarification and analysis</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="120"/>
        <source>Stand</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="121"/>
        <source>Ausgangslage</source>
        <translation>Initial situation</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="122"/>
        <source>Dossier als PDF…</source>
        <translation>Dossier as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="129"/>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="132"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="132"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="132"/>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="133"/>
        <source>Standort</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="133"/>
        <source>Formate</source>
        <translation>Formats</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="133"/>
        <source>Ziele</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="139"/>
        <source>Neue Vereinbarung…</source>
        <translation>New agreement…</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="140"/>
        <source>Bearbeiten…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="146"/>
        <source>Kooperationsvereinbarungen</source>
        <translation>Cooperation agreements</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="152"/>
        <source>Veranstaltung</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="153"/>
        <source>Rückmeldungen zu besuchten Veranstaltungen</source>
        <translation>Feedback on attended events</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="157"/>
        <source>Rückmeldungen</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="171"/>
        <source>unter 250.000 Einwohnern</source>
        <translation>under 250,000 inhabitants</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="173"/>
        <source>%1 Einwohner</source>
        <translation>%1 inhabitants</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="174"/>
        <source>letzte Aktivität: %1</source>
        <translation>last activity: %1</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="181"/>
        <source>Seit über einem Jahr keine Aktivität dieser Kommune.</source>
        <translation>No activity by this municipality for more than a year.</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="183"/>
        <source>Die Kooperationsvereinbarung endet am %1 (in %2 Tagen).</source>
        <translation>The cooperation agreement ends on %1 (in %2 days).</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="198"/>
        <source>Kontakte (%1)</source>
        <translation>Contacts (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="199"/>
        <source>Dossiers (%1)</source>
        <translation>Dossiers (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="200"/>
        <source>Kooperationsvereinbarungen (%1)</source>
        <translation>Cooperation agreements (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="208"/>
        <source>Rückmeldungen aller Teilnehmenden zu den Veranstaltungen, die Personen dieser Kommune besucht haben – nie die Antworten einzelner Personen (die Bögen sind anonym). Mittelwerte auf der Skala 1 (niedrigster) bis 5 (höchster Wert); Veranstaltungen mit zu wenigen Rückmeldungen zeigen keine Zahlen.</source>
        <translation>Feedback of all participants on the events that people of this municipality attended – never the answers of single persons (the forms are anonymous). Means on the scale 1 (lowest) to 5 (highest value); events with too few responses show no figures.</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="214"/>
        <source>Alle besuchten Veranstaltungen</source>
        <translation>All attended events</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="218"/>
        <source>Rückmeldungen (%1)</source>
        <translation>Feedback (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="224"/>
        <source>1 Veranstaltung</source>
        <translation>1 event</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="225"/>
        <source>%1 Veranstaltungen</source>
        <translation>%1 events</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="226"/>
        <source>ohne Termin</source>
        <translation>no session</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="243"/>
        <source>abgesagt</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="247"/>
        <source>%1 angemeldet, nicht erfasst</source>
        <translation>%1 registered, not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="250"/>
        <source>Gastgeberin</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="258"/>
        <source>%1/%2 UE (%3 %)</source>
        <translation>%1/%2 TU (%3 %)</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="302"/>
        <source>Dossier als PDF</source>
        <translation>Dossier as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/record.py" line="304"/>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OpenLocation</name>
    <message>
        <location filename="../../ui/open_location.py" line="22"/>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/open_location.py" line="23"/>
        <source>Der Ordner konnte nicht geöffnet werden. Er liegt hier:</source>
        <translation>The folder could not be opened. It is here:</translation>
    </message>
    <message>
        <location filename="../../ui/open_location.py" line="26"/>
        <source>Datei öffnen</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../ui/open_location.py" line="27"/>
        <source>Die Datei konnte nicht geöffnet werden. Sie liegt hier:</source>
        <translation>The file could not be opened. It is here:</translation>
    </message>
    <message>
        <location filename="../../ui/open_location.py" line="33"/>
        <source>Pfad kopieren</source>
        <translation>Copy path</translation>
    </message>
</context>
<context>
    <name>OrganisationEditorDialog</name>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="58"/>
        <source>Kommune (Stadt mit Bildungsmanagement)</source>
        <translation>Municipality (city with education management)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="62"/>
        <source>z. B. 628718</source>
        <translation>e.g. 628718</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="66"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="68"/>
        <source>Bundesland:</source>
        <translation>Federal state:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="69"/>
        <source>Einwohnerzahl:</source>
        <translation>Population:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="70"/>
        <source>Stadt:</source>
        <translation>City:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="71"/>
        <source>Notizen:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="73"/>
        <source>Neue Kommune / Organisation</source>
        <translation>New municipality / organisation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="88"/>
        <source>Bearbeiten: %1</source>
        <translation>Edit: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="95"/>
        <source>Die Einwohnerzahl muss eine ganze Zahl sein.</source>
        <translation>The population must be a whole number.</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../../ui/outbox/page.py" line="73"/>
        <source>Erinnerungen erstellen</source>
        <translation>Create reminders</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="83"/>
        <source>Erledigte anzeigen</source>
        <translation>Show settled</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="92"/>
        <source>Nachrichten im Postausgang</source>
        <translation>Messages in the outbox</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="94"/>
        <source>Empfänger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="94"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="94"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="95"/>
        <source>Weg</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="95"/>
        <source>Betreff</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="119"/>
        <source>Vorschau der Nachricht</source>
        <translation>Preview of the message</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="123"/>
        <source>Bearbeiten…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="125"/>
        <source>Verwerfen</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="127"/>
        <source>Ist angekommen</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="128"/>
        <source>Unklare Nachricht: Sie ist beim Empfänger angekommen (nachgefragt oder im Postfach gesehen).</source>
        <translation>Unclear message: it reached the recipient (asked, or seen in the mailbox).</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="132"/>
        <source>Nicht angekommen</source>
        <translation>Did not arrive</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="133"/>
        <source>Unklare Nachricht: Sie ist nicht angekommen und wird beim nächsten Senden erneut verschickt.</source>
        <translation>Unclear message: it did not arrive and is sent again with the next send.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="151"/>
        <source>Auswahl senden</source>
        <translation>Send selected</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="153"/>
        <source>Alle senden</source>
        <translation>Send all</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="156"/>
        <source>Als .eml-Entwürfe speichern…</source>
        <translation>Save as .eml drafts…</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="157"/>
        <source>Ohne Mailserver: fertige Nachrichten, die Outlook oder Thunderbird als Entwurf öffnet.</source>
        <translation>Without a mail server: finished messages that Outlook or Thunderbird open as drafts.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="182"/>
        <source>1 Nachricht im Postausgang</source>
        <translation>1 message in the outbox</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="183"/>
        <source>%1 Nachrichten im Postausgang</source>
        <translation>%1 messages in the outbox</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="184"/>
        <source>Keine Nachrichten im Postausgang.</source>
        <translation>No messages in the outbox.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="186"/>
        <source>%1 unklar, bitte prüfen</source>
        <translation>%1 unclear, please check</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="189"/>
        <source>Erledigte Nachrichten (die neuesten zuerst)</source>
        <translation>Settled messages (newest first)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="232"/>
        <source>1 Nachricht</source>
        <translation>1 message</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="233"/>
        <source>%1 Nachrichten</source>
        <translation>%1 messages</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="240"/>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="241"/>
        <source>– nicht zustellbar –</source>
        <translation>– cannot be delivered –</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="247"/>
        <source>1 Erinnerung fällig: ein Termin in den nächsten Tagen, dessen Teilnehmende noch nicht erinnert wurden.</source>
        <translation>1 reminder due: a session in the next days whose participants have not been reminded yet.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="249"/>
        <source>%1 Erinnerungen fällig: Termine in den nächsten Tagen, deren Teilnehmende noch nicht erinnert wurden.</source>
        <translation>%1 reminders due: sessions in the next days whose participants have not been reminded yet.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="288"/>
        <source>1 Nachricht ausgewählt</source>
        <translation>1 message selected</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="289"/>
        <source>%1 Nachrichten ausgewählt</source>
        <translation>%1 messages selected</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="290"/>
        <source>Keine Nachricht ausgewählt.</source>
        <translation>No message selected.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="302"/>
        <source>An: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="303"/>
        <source>Betreff: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="305"/>
        <source>Kalendereinträge: %1</source>
        <translation>Calendar entries: %1</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="307"/>
        <source>Geht als Brief (keine E-Mail-Adresse hinterlegt).</source>
        <translation>Goes out as a letter (no e-mail address on file).</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="311"/>
        <source>Von Hand bearbeitet.</source>
        <translation>Edited by hand.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="321"/>
        <source>1 Erinnerung in den Postausgang gelegt.</source>
        <translation>1 reminder put into the outbox.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="322"/>
        <source>%1 Erinnerungen in den Postausgang gelegt.</source>
        <translation>%1 reminders put into the outbox.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="341"/>
        <source>1 Nachricht verworfen.</source>
        <translation>1 message discarded.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="342"/>
        <source>%1 Nachrichten verworfen.</source>
        <translation>%1 messages discarded.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="364"/>
        <source>Briefe speichern (eine PDF-Datei zum Drucken)</source>
        <translation>Save letters (one PDF file to print)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="365"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="384"/>
        <source>Ordner für die .eml-Entwürfe</source>
        <translation>Folder for the .eml drafts</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="397"/>
        <source>Nachrichten werden gesendet …</source>
        <translation>Sending messages …</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/page.py" line="404"/>
        <source>Versand: %1</source>
        <translation>Sent: %1</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/events/window.py" line="51"/>
        <source>Veranstaltung bearbeiten …</source>
        <translation>Edit event …</translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="54"/>
        <source>Termin absagen …</source>
        <translation>Cancel session …</translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="55"/>
        <source>Absage zurücknehmen</source>
        <translation>Undo cancellation</translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="62"/>
        <source>Termin</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="77"/>
        <source>unbegrenzt</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="79"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="80"/>
        <source>Standort</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="81"/>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="82"/>
        <source>Kommunen</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="83"/>
        <source>Kapazität</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="84"/>
        <source>Schwelle Bescheinigung</source>
        <translation>Certificate threshold</translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="88"/>
        <source>abgesagt</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="93"/>
        <source>Termine</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="101"/>
        <source> (abgesagt)</source>
        <translation> (cancelled)</translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="123"/>
        <source>Termin absagen</source>
        <translation>Cancel session</translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="124"/>
        <source>Grund der Absage:</source>
        <translation>Reason for cancellation:</translation>
    </message>
</context>
<context>
    <name>PaintedPlanView</name>
    <message>
        <location filename="../../ui/plan/base_view.py" line="72"/>
        <source>abgesagt</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/plan/base_view.py" line="127"/>
        <source>Veranstaltung öffnen</source>
        <translation>Open event</translation>
    </message>
    <message>
        <location filename="../../ui/plan/base_view.py" line="129"/>
        <source>Verschieben…</source>
        <translation>Move…</translation>
    </message>
</context>
<context>
    <name>ParticipantTemplatesWidget</name>
    <message>
        <location filename="../../ui/outbox/templates.py" line="60"/>
        <source>Deutsch</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/templates.py" line="61"/>
        <source>Englisch</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/templates.py" line="62"/>
        <source>Standort:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/templates.py" line="63"/>
        <source>Nachricht:</source>
        <translation>Message:</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/templates.py" line="64"/>
        <source>Sprache:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/templates.py" line="79"/>
        <source>Betreff:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/templates.py" line="80"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/templates.py" line="84"/>
        <source>Platzhalter (Doppelklick fügt ein):</source>
        <translation>Placeholders (double-click inserts):</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/templates.py" line="87"/>
        <source>Platzhalter</source>
        <translation>Placeholders</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/templates.py" line="104"/>
        <source>Vorschau (erfundene Teilnehmerin und Termine)</source>
        <translation>Preview (invented participant and dates)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/templates.py" line="109"/>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/templates.py" line="118"/>
        <source>Vorlage speichern</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/templates.py" line="120"/>
        <source>Standardtext wiederherstellen</source>
        <translation>Restore the standard text</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/templates.py" line="129"/>
        <source>Erinnerungen</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/templates.py" line="133"/>
        <source> Tage vor dem Termin</source>
        <translation> days before the session</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/templates.py" line="134"/>
        <source>keine Erinnerungen</source>
        <translation>no reminders</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/templates.py" line="135"/>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/templates.py" line="137"/>
        <source>Fällig ab:</source>
        <translation>Due from:</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/templates.py" line="140"/>
        <source>(Voreinstellung; eine Veranstaltung kann eigene Tage haben)</source>
        <translation>(default; an event may have its own)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/templates.py" line="181"/>
        <source>Vorlage nicht gespeichert</source>
        <translation>Template not saved</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/templates.py" line="182"/>
        <source>Die Änderungen an der Vorlage sind nicht gespeichert. Verwerfen?</source>
        <translation>The changes to the template are not saved. Discard them?</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/templates.py" line="208"/>
        <source>Eigene Fassung des Standorts</source>
        <translation>The office’s own version</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/templates.py" line="209"/>
        <source>Standardtext</source>
        <translation>Standard text</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/templates.py" line="221"/>
        <source>Betreff: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/templates.py" line="235"/>
        <source>Vorlage gespeichert.</source>
        <translation>Template saved.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/templates.py" line="246"/>
        <source>Der Standardtext gilt wieder.</source>
        <translation>The standard text applies again.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/templates.py" line="263"/>
        <source>Erinnerungen 1 Tag vor dem Termin.</source>
        <translation>Reminders 1 day before the session.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/templates.py" line="264"/>
        <source>Erinnerungen %1 Tage vor dem Termin.</source>
        <translation>Reminders %1 days before the session.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../ui/pages/people.py" line="17"/>
        <source>Personen</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="25"/>
        <source>Alle Rollen</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="26"/>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="27"/>
        <source>Referent:innen</source>
        <translation>Trainers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="28"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="30"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="31"/>
        <source>Zusammenführen…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="32"/>
        <source>Zwei Datensätze derselben Person zusammenführen</source>
        <translation>Merge two records of the same person</translation>
    </message>
</context>
<context>
    <name>PersonEditorDialog</name>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="45"/>
        <source>für Briefe an Personen ohne E-Mail</source>
        <translation>for letters to people without e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="48"/>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="50"/>
        <source>Ort</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="52"/>
        <source>Deutsch</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="53"/>
        <source>Englisch</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="56"/>
        <source>(keine)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="66"/>
        <source>Teilnehmer:in</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="67"/>
        <source>Referent:in</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="68"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="73"/>
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="74"/>
        <source>Vorname:</source>
        <translation>First name:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="75"/>
        <source>Nachname:</source>
        <translation>Last name:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="76"/>
        <source>E-Mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="77"/>
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="78"/>
        <source>Funktion:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="79"/>
        <source>Organisation / Kommune:</source>
        <translation>Organisation / municipality:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="83"/>
        <source>Postanschrift:</source>
        <translation>Postal address:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="84"/>
        <source>PLZ und Ort:</source>
        <translation>Postcode and town:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="85"/>
        <source>Sprache der Nachrichten:</source>
        <translation>Language of messages:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="86"/>
        <source>Rollen:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="88"/>
        <source>Einwilligungen:</source>
        <translation>Consents:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="92"/>
        <source>Neue Person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="119"/>
        <source>Person bearbeiten: %1</source>
        <translation>Edit person: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="147"/>
        <source>Person schon vorhanden?</source>
        <translation>Person already exists?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="148"/>
        <source>ohne E-Mail</source>
        <translation>no e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="149"/>
        <source>• %1 (%2, Nr. %3)</source>
        <translation>• %1 (%2, no. %3)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="152"/>
        <source>Diese Person gibt es möglicherweise schon:</source>
        <translation>This person may already exist:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="153"/>
        <source>Vorhandene öffnen</source>
        <translation>Open existing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="155"/>
        <source>Trotzdem neu anlegen</source>
        <translation>Create anyway</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="157"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="175"/>
        <source>Die vorhandene Person wurde geöffnet. Änderungen bitte speichern.</source>
        <translation>The existing person has been opened. Please save your changes.</translation>
    </message>
</context>
<context>
    <name>PersonsModel</name>
    <message>
        <location filename="../../ui/models/people.py" line="28"/>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/models/people.py" line="30"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/models/people.py" line="32"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/models/people.py" line="35"/>
        <source>Organisation / Kommune</source>
        <translation>Organisation / municipality</translation>
    </message>
    <message>
        <location filename="../../ui/models/people.py" line="38"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/models/people.py" line="40"/>
        <source>Einwilligung Fotos / Liste</source>
        <translation>Consent photos / list</translation>
    </message>
    <message>
        <location filename="../../ui/models/people.py" line="57"/>
        <source>Teilnehmer:in</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ui/models/people.py" line="58"/>
        <source>Referent:in</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../ui/models/people.py" line="59"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/models/people.py" line="66"/>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../ui/models/people.py" line="67"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/models/people.py" line="68"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/plan/page.py" line="105"/>
        <source>Farbe = Format, linker Streifen = Standort (blau Berlin, rot Hamburg); gelb = Feiertag. Doppelklick öffnet die Veranstaltung, Rechtsklick/Ziehen verschiebt einen Termin.</source>
        <translation>Colour = format, left stripe = office (blue Berlin, red Hamburg); yellow = public holiday. Double-click opens the event, right-click/drag moves a session.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="120"/>
        <source>Monat</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="120"/>
        <source>Woche</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="77"/>
        <location filename="../../ui/plan/page.py" line="121"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="132"/>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="145"/>
        <source>Verschieben…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="155"/>
        <source>Termine suchen</source>
        <translation>Search sessions</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="156"/>
        <source>Suchen: Titel, Ort, Referent:in, Kommune</source>
        <translation>Search: title, venue, trainer, municipality</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="157"/>
        <source>Zeigt nur Termine, deren Veranstaltung, Titel, Ort, Referent:in oder Kommune die eingegebenen Wörter enthält (Akzente egal).</source>
        <translation>Shows only sessions whose event, title, venue, trainer or municipality contains the typed words (accents do not matter).</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="171"/>
        <source>Standort:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="172"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="173"/>
        <source>Thema:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="174"/>
        <source>Referent:in:</source>
        <translation>Trainer:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="188"/>
        <source>Alle Standorte</source>
        <translation>All offices</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="190"/>
        <source>Alle Formate</source>
        <translation>All formats</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="192"/>
        <source>Alle Themen</source>
        <translation>All topics</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="193"/>
        <source>Alle Referent:innen</source>
        <translation>All trainers</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="323"/>
        <source>Keine Treffer für „%1“ in diesem Zeitraum</source>
        <translation>No matches for “%1” in this period</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="372"/>
        <source>KW %1: %2 – %3</source>
        <translation>Week %1: %2 – %3</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="405"/>
        <source>Bitte zuerst in der Agenda einen Termin auswählen, oder im Monat/in der Woche mit der rechten Maustaste auf einen Termin klicken.</source>
        <translation>Please select a session in the agenda first, or right-click a session in the month or week view.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="407"/>
        <source>Verschieben</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/exports/wizard.py" line="113"/>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="114"/>
        <source>So sieht eine Bescheinigung aus (ohne Nummer, nicht ausgestellt).</source>
        <translation>This is what a certificate looks like (without a number, not issued).</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="117"/>
        <source>Vorschau erstellen</source>
        <translation>Create preview</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="119"/>
        <source>Noch keine Vorschau.</source>
        <translation>No preview yet.</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="126"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="161"/>
        <source>Die Vorschau wurde im PDF-Betrachter geöffnet:
{0}</source>
        <translation>The preview has been opened in the PDF viewer:
{0}</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="470"/>
        <source>Fragebogen anpassen</source>
        <translation>Adjust questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="473"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>QuestionnaireEditor</name>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="69"/>
        <source>Skala 1–5</source>
        <translation>Scale 1–5</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="70"/>
        <source>Einfachauswahl</source>
        <translation>Single choice</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="71"/>
        <source>Freitext</source>
        <translation>Free text</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="198"/>
        <source>Fragensammlung</source>
        <translation>Question library</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="199"/>
        <source>Fragen auf dem Bogen</source>
        <translation>Questions on the form</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="205"/>
        <source>Aufnehmen →</source>
        <translation>Add →</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="206"/>
        <source>← Herausnehmen</source>
        <translation>← Take out</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="207"/>
        <source>Nach oben</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="208"/>
        <source>Nach unten</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="209"/>
        <source>Neue Frage …</source>
        <translation>New question …</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="210"/>
        <source>Frage bearbeiten …</source>
        <translation>Edit question …</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="211"/>
        <source>Aus der Sammlung nehmen</source>
        <translation>Remove from library</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="213"/>
        <source>Die Frage wird nicht mehr angeboten; Bögen, die sie schon enthalten, behalten sie und ihre Antworten.</source>
        <translation>The question is no longer offered; forms that already contain it keep it and its answers.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="227"/>
        <source>Fragebogen speichern</source>
        <translation>Save questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="229"/>
        <source>Bogen des Formats verwenden</source>
        <translation>Use the format&apos;s form</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="231"/>
        <source>Die Veranstaltung verwendet wieder den Fragebogen ihres Formats; schon erfasste Bögen bleiben bei ihrer Version.</source>
        <translation>The event uses its format&apos;s questionnaire again; forms already entered stay with their version.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="242"/>
        <source>&lt;b&gt;Fragensammlung&lt;/b&gt; (nicht auf dem Bogen)</source>
        <translation>&lt;b&gt;Question library&lt;/b&gt; (not on the form)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="243"/>
        <source>&lt;b&gt;Auf dem Bogen&lt;/b&gt;, in dieser Reihenfolge</source>
        <translation>&lt;b&gt;On the form&lt;/b&gt;, in this order</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="245"/>
        <source>Alle Fragen der Sammlung stehen schon auf dem Bogen. „Neue Frage …“ legt eine weitere an.</source>
        <translation>All questions of the library are on the form already. &quot;New question …&quot; adds another.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="265"/>
        <source>Überschrift:</source>
        <translation>Heading:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="266"/>
        <source>Einleitung:</source>
        <translation>Introduction:</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="300"/>
        <source>Fragebogen der Veranstaltung „%1“</source>
        <translation>Questionnaire of the event &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="305"/>
        <source>Fragebogen für das Format „%1“</source>
        <translation>Questionnaire for the format &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="313"/>
        <source>Die Veranstaltung verwendet den Bogen ihres Formats (Version %1). Speichern legt einen eigenen Bogen nur für diese Veranstaltung an.</source>
        <translation>The event uses its format&apos;s form (version %1). Saving creates a form of its own for this event only.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="317"/>
        <source>Version %1, %2 Bögen erfasst. Speichern legt Version %3 an; die erfassten Antworten bleiben bei Version %1 und werden weiter ausgewertet.</source>
        <translation>Version %1, %2 forms entered. Saving creates version %3; the answers entered stay with version %1 and are still evaluated.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="322"/>
        <source>Version %1, noch keine Bögen erfasst: Änderungen gelten für diese Version.</source>
        <translation>Version %1, no forms entered yet: changes apply to this version.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="355"/>
        <source>✓ passt auf eine A4-Seite</source>
        <translation>✓ fits on one A4 page</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="358"/>
        <source>⚠ passt nicht auf eine A4-Seite: bitte Fragen herausnehmen oder kürzen</source>
        <translation>⚠ does not fit on one A4 page: please take out or shorten questions</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="409"/>
        <source>Bitte eine Frage in der Sammlung wählen.</source>
        <translation>Please choose a question in the library.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="439"/>
        <source>Keine Änderung.</source>
        <translation>No change.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="441"/>
        <source>Neue Version %1 gespeichert. Die %2 vorhandenen Bögen bleiben bei Version %3 und werden weiter ausgewertet.</source>
        <translation>New version %1 saved. The %2 existing forms stay with version %3 and are still evaluated.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="446"/>
        <source>Fragebogen (Version %1) gespeichert.</source>
        <translation>Questionnaire (version %1) saved.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/editor.py" line="460"/>
        <source>Die Veranstaltung verwendet wieder den Bogen ihres Formats.</source>
        <translation>The event uses its format&apos;s form again.</translation>
    </message>
</context>
<context>
    <name>RegistrationTableModel</name>
    <message>
        <location filename="../../ui/registrations/model.py" line="23"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/model.py" line="24"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/model.py" line="25"/>
        <source>Buchung</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/model.py" line="26"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/model.py" line="27"/>
        <source>Warteliste</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/model.py" line="28"/>
        <source>Angemeldet am</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/model.py" line="29"/>
        <source>Storno-Grund</source>
        <translation>Cancellation reason</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/model.py" line="31"/>
        <source>ganze Veranstaltung</source>
        <translation>whole event</translation>
    </message>
</context>
<context>
    <name>RegistrationsPanel</name>
    <message>
        <location filename="../../ui/registrations/panel.py" line="40"/>
        <source>Anmeldungen</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/panel.py" line="49"/>
        <source>Person anmelden …</source>
        <translation>Register person …</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/panel.py" line="50"/>
        <source>Nachrücken lassen</source>
        <translation>Move up from waiting list</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/panel.py" line="51"/>
        <source>Stornieren …</source>
        <translation>Cancel registration …</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/panel.py" line="53"/>
        <source>Importieren …</source>
        <translation>Import …</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/panel.py" line="54"/>
        <source>Anmeldungen aus einer Excel- oder CSV-Datei</source>
        <translation>Registrations from an Excel or CSV file</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/panel.py" line="82"/>
        <source>unbegrenzt</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/panel.py" line="84"/>
        <source>&lt;b&gt;Kapazität:&lt;/b&gt; {0} · &lt;b&gt;angemeldet:&lt;/b&gt; {1} · &lt;b&gt;Warteliste:&lt;/b&gt; {2} · &lt;b&gt;storniert:&lt;/b&gt; {3}</source>
        <translation>&lt;b&gt;Capacity:&lt;/b&gt; {0} · &lt;b&gt;registered:&lt;/b&gt; {1} · &lt;b&gt;waiting list:&lt;/b&gt; {2} · &lt;b&gt;cancelled:&lt;/b&gt; {3}</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/panel.py" line="89"/>
        <source>{0}: abgesagt</source>
        <translation>{0}: cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/panel.py" line="92"/>
        <source>(voll)</source>
        <translation>(full)</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/panel.py" line="95"/>
        <source>Belegung je Termin: </source>
        <translation>Bookings per session: </translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <location filename="../../ui/municipality/reminders.py" line="45"/>
        <source>Vorlauf:</source>
        <translation>Lead time:</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/reminders.py" line="47"/>
        <source> Wochen</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/reminders.py" line="74"/>
        <source>Erinnerungen</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/reminders.py" line="79"/>
        <location filename="../../ui/municipality/reminders.py" line="89"/>
        <source> und %1 weitere</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/reminders.py" line="82"/>
        <source>Kooperationsvereinbarungen enden bald: %1</source>
        <translation>Cooperation agreements ending soon: %1</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/reminders.py" line="84"/>
        <source>Keine Kooperationsvereinbarung endet in diesem Zeitraum.</source>
        <translation>No cooperation agreement ends in this period.</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/reminders.py" line="92"/>
        <source>Ohne Aktivität im letzten Jahr: %1</source>
        <translation>No activity in the last year: %1</translation>
    </message>
    <message>
        <location filename="../../ui/municipality/reminders.py" line="94"/>
        <source>Alle Kommunen waren im letzten Jahr aktiv.</source>
        <translation>All municipalities were active in the last year.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/reports/page.py" line="60"/>
        <source>nach Standort</source>
        <translation>by office</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="61"/>
        <source>nach Format</source>
        <translation>by format</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="62"/>
        <source>nach Thema</source>
        <translation>by topic</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="63"/>
        <source>nach Kommune</source>
        <translation>by municipality</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="64"/>
        <source>nach Bundesland</source>
        <translation>by federal state</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="65"/>
        <source>nach Monat</source>
        <translation>by month</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="94"/>
        <source>Zeitraum:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="106"/>
        <source>Termine nach dem Stichtag zählen als geplant</source>
        <translation>Sessions after the reference date count as planned</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="108"/>
        <location filename="../../ui/reports/page.py" line="368"/>
        <source>alle Standorte</source>
        <translation>all offices</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="112"/>
        <source>Aktualisieren</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="113"/>
        <source>Als .xlsx exportieren…</source>
        <translation>Export as .xlsx…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="114"/>
        <source>Als PDF exportieren…</source>
        <translation>Export as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="117"/>
        <source>Jahr:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="119"/>
        <source>Standort:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="120"/>
        <source>Stichtag:</source>
        <translation>Reference date:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="186"/>
        <source>&lt;b&gt;Rückmeldungen der Teilnehmenden&lt;/b&gt;</source>
        <translation>&lt;b&gt;Participants&apos; feedback&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="190"/>
        <source>Gruppe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="191"/>
        <source>Rückmeldungen nach Format und Thema</source>
        <translation>Feedback by format and topic</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="288"/>
        <source>Im Zeitraum wurden keine Rückmeldungen erfasst.</source>
        <translation>No feedback was entered for the period.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="293"/>
        <source>Anonyme Rückmeldebögen (Papier und Online-Umfragen); Mittelwerte auf der Skala 1 (niedrigster) bis 5 (höchster Wert). Rücklauf: Rückmeldungen ÷ anwesende Personen. Gruppen mit weniger als %1 Rückmeldungen werden nicht ausgewertet.</source>
        <translation>Anonymous feedback forms (paper and online surveys); means on the scale 1 (lowest) to 5 (highest value). Response rate: responses ÷ persons present. Groups with fewer than %1 responses are not evaluated.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="298"/>
        <source>Alle Veranstaltungen</source>
        <translation>All events</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="332"/>
        <source>Teilnahmetage %1</source>
        <translation>Participant days %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="161"/>
        <source>Aufschlüsselung:</source>
        <translation>Breakdown:</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="115"/>
        <source>Zeitraum von</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="116"/>
        <source>Zeitraum bis</source>
        <translation>Period to</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="171"/>
        <source>Zahlen je Gruppe</source>
        <translation>Figures per group</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="245"/>
        <source>Das Ende des Zeitraums liegt vor seinem Beginn.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="261"/>
        <source>Bericht %1 – %2</source>
        <translation>Report %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="270"/>
        <source>Stichtag %1: %2 Termine stattgefunden, %3 noch geplant, %4 abgesagt, %5 ohne erfasste Anwesenheit (dort zählen die Angemeldeten). Alle Zahlen sind anonym.</source>
        <translation>Reference date %1: %2 sessions held, %3 still planned, %4 cancelled, %5 without recorded attendance (registrations count there). All figures are anonymous.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="278"/>
        <source>Verlauf nach Monaten</source>
        <translation>Trend by month</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="279"/>
        <source>Teilnahmetage</source>
        <translation>Participant days</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="280"/>
        <source>Unterrichtseinheiten</source>
        <translation>Teaching units</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="334"/>
        <source> (die %1 größten)</source>
        <translation> (the %1 largest)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="364"/>
        <source>Jahr %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="302"/>
        <location filename="../../ui/reports/page.py" line="376"/>
        <source>ohne Thema</source>
        <translation>no topic</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="387"/>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="388"/>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="389"/>
        <source>Bericht exportieren</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="401"/>
        <source>Zahlen werden berechnet …</source>
        <translation>Calculating figures …</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="402"/>
        <source>Datei wird geschrieben …</source>
        <translation>Writing file …</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="428"/>
        <source>Bericht wird erstellt …</source>
        <translation>Creating report …</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="436"/>
        <source>Bericht gespeichert: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/page.py" line="439"/>
        <source>Der Bericht konnte nicht gespeichert werden: %1</source>
        <translation>The report could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../ui/evaluation/results_view.py" line="71"/>
        <source>Noch keine Rückmeldungen erfasst.</source>
        <translation>No feedback entered yet.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/results_view.py" line="98"/>
        <source>1 = niedrigster, 5 = höchster Wert</source>
        <translation>1 = lowest, 5 = highest value</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/results_view.py" line="107"/>
        <location filename="../../ui/evaluation/results_view.py" line="120"/>
        <source>zu wenige Antworten für eine Auswertung</source>
        <translation>too few answers for an evaluation</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/results_view.py" line="142"/>
        <source>%1 (%2 Antworten)</source>
        <translation>%1 (%2 answers)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/results_view.py" line="145"/>
        <source>keine Antworten</source>
        <translation>no answers</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/results_view.py" line="153"/>
        <source>ausblenden</source>
        <translation>leave out</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/results_view.py" line="155"/>
        <source>Nicht in Listen, PDF und Excel zeigen (z. B. wenn der Text jemanden erkennbar macht); gezählt wird er weiter.</source>
        <translation>Do not show in lists, PDF and Excel (e.g. when the text identifies someone); it is still counted.</translation>
    </message>
</context>
<context>
    <name>RowFilter</name>
    <message>
        <location filename="../../ui/row_filter.py" line="27"/>
        <source>Filtern: Name eingeben …</source>
        <translation>Filter: type a name …</translation>
    </message>
    <message>
        <location filename="../../ui/row_filter.py" line="29"/>
        <source>Liste filtern</source>
        <translation>Filter the list</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="32"/>
        <source>Bescheinigung</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="33"/>
        <source>Einladung</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="34"/>
        <source>Absage</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="35"/>
        <source>gesendet</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="36"/>
        <source>fehlgeschlagen</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="37"/>
        <source>als .eml gespeichert</source>
        <translation>saved as .eml</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="38"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="39"/>
        <source>Empfänger:in</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="40"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="41"/>
        <source>Inhalt</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="42"/>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="62"/>
        <source>%1 gesendet</source>
        <translation>%1 sent</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="64"/>
        <source>%1 als .eml gespeichert</source>
        <translation>%1 saved as .eml</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="65"/>
        <source>%1 fehlgeschlagen</source>
        <translation>%1 failed</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="69"/>
        <source>nichts versendet</source>
        <translation>nothing sent</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="70"/>
        <source> (abgebrochen)</source>
        <translation> (cancelled)</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="85"/>
        <source>Versenden</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="104"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="105"/>
        <source>Keine</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="108"/>
        <source>Senden</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="111"/>
        <source>Als .eml speichern …</source>
        <translation>Save as .eml …</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="113"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="156"/>
        <source>Es gibt nichts Neues zu versenden. {n} Nachricht(en) wurden nur als .eml-Entwurf gespeichert; ob sie verschickt wurden, weiß das Programm nicht – bitte im Mailprogramm prüfen (Postausgang/Gesendet).</source>
        <translation>Nothing new to send. {n} message(s) were only saved as .eml drafts; the program cannot know whether they were sent – please check in your mail program (Outbox/Sent).</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="162"/>
        <source>Es gibt nichts zu versenden: alle Bescheinigungen und Einladungen sind in ihrer aktuellen Fassung verschickt.</source>
        <translation>There is nothing to send: all certificates and invitations have been sent in their current version.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="165"/>
        <source>Diese Nachrichten stehen an (neu oder seit dem letzten Versand geändert). Versand über {host}.</source>
        <translation>These messages are pending (new or changed since they were last sent). Sending via {host}.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="169"/>
        <source>Diese Nachrichten stehen an. Es ist kein Mailserver eingerichtet: „Als .eml speichern“ legt fertige Nachrichten ab, die Outlook oder Thunderbird senden.</source>
        <translation>These messages are pending. No mail server is set up: “Save as .eml” stores ready-made messages that Outlook or Thunderbird can send.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="191"/>
        <source>Ordner für die .eml-Dateien</source>
        <translation>Folder for the .eml files</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="198"/>
        <source>Bitte mindestens eine Nachricht auswählen.</source>
        <translation>Please select at least one message.</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="207"/>
        <source>Nachrichten werden gespeichert …</source>
        <translation>Saving messages …</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="208"/>
        <source>Nachrichten werden gesendet …</source>
        <translation>Sending messages …</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="228"/>
        <source> nach {n} Versuchen</source>
        <translation> after {n} attempts</translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="249"/>
        <source>Ergebnis: </source>
        <translation>Result: </translation>
    </message>
    <message>
        <location filename="../../ui/mail/send_dialog.py" line="253"/>
        <source>Fehlgeschlagene Nachrichten bleiben ausgewählt und können erneut gesendet werden.</source>
        <translation>Failed messages stay selected and can be sent again.</translation>
    </message>
</context>
<context>
    <name>SendResultDialog</name>
    <message>
        <location filename="../../ui/outbox/dialogs.py" line="93"/>
        <source>Ergebnis des Versands</source>
        <translation>Result of the send</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/dialogs.py" line="100"/>
        <source>Die Briefe zum Drucken: %1</source>
        <translation>The letters to print: %1</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/dialogs.py" line="106"/>
        <source>Ergebnis je Empfänger</source>
        <translation>Result per recipient</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/dialogs.py" line="107"/>
        <source>Empfänger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/dialogs.py" line="107"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/dialogs.py" line="108"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/dialogs.py" line="108"/>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/dialogs.py" line="109"/>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/dialogs.py" line="111"/>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/dialogs.py" line="123"/>
        <source>Bei unklaren Nachrichten brach die Verbindung ab, nachdem die Nachricht übertragen war. Sie werden nicht von selbst erneut gesendet: bitte beim Empfänger nachfragen und im Postausgang „Ist angekommen“ oder „Nicht angekommen“ wählen.</source>
        <translation>For unclear messages the connection broke after the message had been transmitted. They are not sent again on their own: please ask the recipient and choose “Arrived” or “Did not arrive” in the outbox.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/dialogs.py" line="135"/>
        <source>gesendet</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/dialogs.py" line="136"/>
        <source>als .eml-Entwurf gespeichert (noch nicht beim Empfänger)</source>
        <translation>saved as .eml draft (not yet with the recipient)</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/dialogs.py" line="137"/>
        <source>fehlgeschlagen</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/dialogs.py" line="137"/>
        <source>unklar, bitte prüfen</source>
        <translation>unclear, please check</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/dialogs.py" line="138"/>
        <source>als Brief gedruckt</source>
        <translation>printed as a letter</translation>
    </message>
    <message>
        <location filename="../../ui/outbox/dialogs.py" line="138"/>
        <source>nicht versendet</source>
        <translation>not sent</translation>
    </message>
</context>
<context>
    <name>SeriesTools</name>
    <message>
        <location filename="../../ui/events/series_tools.py" line="27"/>
        <source>wöchentlich</source>
        <translation>weekly</translation>
    </message>
    <message>
        <location filename="../../ui/events/series_tools.py" line="28"/>
        <source>alle 2 Wochen</source>
        <translation>every 2 weeks</translation>
    </message>
    <message>
        <location filename="../../ui/events/series_tools.py" line="29"/>
        <source>alle 3 Wochen</source>
        <translation>every 3 weeks</translation>
    </message>
    <message>
        <location filename="../../ui/events/series_tools.py" line="30"/>
        <source>monatlich (gleicher Wochentag)</source>
        <translation>monthly (same weekday)</translation>
    </message>
    <message>
        <location filename="../../ui/events/series_tools.py" line="54"/>
        <source>Termine nach Rhythmus verteilen</source>
        <translation>Fill dates by rhythm</translation>
    </message>
    <message>
        <location filename="../../ui/events/series_tools.py" line="57"/>
        <source>Ab dem Datum von Termin 1 im gewählten Rhythmus; Feiertage und die Tage zwischen Weihnachten und Neujahr werden übersprungen.</source>
        <translation>From the date of session 1 in the chosen rhythm; public holidays and the days between Christmas and New Year are skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/events/series_tools.py" line="60"/>
        <source>Folgetermine mitverschieben</source>
        <translation>Move following sessions too</translation>
    </message>
    <message>
        <location filename="../../ui/events/series_tools.py" line="63"/>
        <source>Ändert sich das Datum eines Termins, rücken die späteren um dieselbe Anzahl Tage mit.</source>
        <translation>When a session&apos;s date changes, the later ones move by the same number of days.</translation>
    </message>
    <message>
        <location filename="../../ui/events/series_tools.py" line="66"/>
        <source>Ort</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/events/series_tools.py" line="67"/>
        <source>Referent:innen</source>
        <translation>Trainers</translation>
    </message>
    <message>
        <location filename="../../ui/events/series_tools.py" line="68"/>
        <source>Uhrzeiten</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../ui/events/series_tools.py" line="73"/>
        <source>Von Termin 1 für alle Termine übernehmen</source>
        <translation>Apply session 1&apos;s value to all sessions</translation>
    </message>
    <message>
        <location filename="../../ui/events/series_tools.py" line="78"/>
        <source>Rhythmus:</source>
        <translation>Rhythm:</translation>
    </message>
    <message>
        <location filename="../../ui/events/series_tools.py" line="90"/>
        <source>Von Termin 1 für alle übernehmen:</source>
        <translation>Apply session 1 to all:</translation>
    </message>
    <message>
        <location filename="../../ui/events/series_tools.py" line="104"/>
        <source>Nach Datum ordnen</source>
        <translation>Sort by date</translation>
    </message>
    <message>
        <location filename="../../ui/events/series_tools.py" line="202"/>
        <source>%1 (%2) liegt vor %3 (%4)</source>
        <translation>%1 (%2) is before %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../ui/events/series_tools.py" line="223"/>
        <source>Die Reihenfolge passt nicht zu den Nummern.</source>
        <translation>The order does not match the numbers.</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <location filename="../../ui/pages/server_settings.py" line="43"/>
        <source>Gemeinsamer Datenbankserver (PostgreSQL)</source>
        <translation>Shared database server (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/server_settings.py" line="52"/>
        <source>leer lassen: Schlüsselbund oder .pgpass</source>
        <translation>leave empty: keychain or .pgpass</translation>
    </message>
    <message>
        <location filename="../../ui/pages/server_settings.py" line="53"/>
        <source>Server-URL:</source>
        <translation>Server URL:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/server_settings.py" line="54"/>
        <source>Passwort:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/server_settings.py" line="56"/>
        <source>Verbindung testen</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../ui/pages/server_settings.py" line="58"/>
        <source>Server verwenden</source>
        <translation>Use server</translation>
    </message>
    <message>
        <location filename="../../ui/pages/server_settings.py" line="60"/>
        <source>Wieder lokale Datei verwenden</source>
        <translation>Use local file again</translation>
    </message>
    <message>
        <location filename="../../ui/pages/server_settings.py" line="69"/>
        <source>Das Passwort wird nie in den Einstellungen gespeichert, sondern im Schlüsselbund des Betriebssystems (oder in einer .pgpass-Datei). Jeder Standort sieht alle Veranstaltungen; der Plan zeigt zunächst den eigenen Standort.</source>
        <translation>The password is never stored in the settings, but in the operating system’s keychain (or in a .pgpass file). Every office sees all events; the plan initially shows your own office.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/server_settings.py" line="79"/>
        <source>Bitte eine PostgreSQL-URL angeben, z. B. %1</source>
        <translation>Please enter a PostgreSQL URL, e.g. %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/server_settings.py" line="124"/>
        <source>Beim nächsten Start wird wieder die lokale Datei geöffnet.</source>
        <translation>The local file will be opened again at the next start.</translation>
    </message>
</context>
<context>
    <name>SessionGrid</name>
    <message>
        <location filename="../../ui/events/rows.py" line="262"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="263"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="264"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="265"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="266"/>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="267"/>
        <source>Ort</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="268"/>
        <source>Referent:innen</source>
        <translation>Trainers</translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="269"/>
        <source>Gastgeberstadt</source>
        <translation>Host city</translation>
    </message>
</context>
<context>
    <name>SessionLine</name>
    <message>
        <location filename="../../ui/events/rows.py" line="189"/>
        <source>– kein Ort –</source>
        <translation>– no venue –</translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="191"/>
        <source>– niemand –</source>
        <translation>– nobody –</translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="192"/>
        <source>– Gastgeberstadt –</source>
        <translation>– host city –</translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="245"/>
        <source>abgesagt</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="64"/>
        <source>Standorte</source>
        <translation>Offices</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="65"/>
        <source>Bescheinigungen</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="66"/>
        <source>Datenbank und Sprache</source>
        <translation>Database and language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="70"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="74"/>
        <source>Nachrichten an Teilnehmende</source>
        <translation>Messages to participants</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="79"/>
        <source>Rückmeldebögen</source>
        <translation>Feedback forms</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="82"/>
        <source>Sicherung</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="92"/>
        <source>Standort:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="94"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="94"/>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="95"/>
        <source>Träger:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="95"/>
        <source>Straße:</source>
        <translation>Street:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="96"/>
        <source>PLZ:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="96"/>
        <source>Stadt:</source>
        <translation>City:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="97"/>
        <source>E-Mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="97"/>
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="98"/>
        <source>Leitung (unterschreibt):</source>
        <translation>Head (signs):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="99"/>
        <source>Funktion der Leitung:</source>
        <translation>Head’s position:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="100"/>
        <source>Kürzel für Bescheinigungsnummern:</source>
        <translation>Certificate number prefix:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="101"/>
        <source>Logo (Bilddatei):</source>
        <translation>Logo (image file):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="102"/>
        <source>Unterschrift (Bilddatei):</source>
        <translation>Signature (image file):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="112"/>
        <source>Auswählen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="120"/>
        <source>Standort speichern</source>
        <translation>Save office</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="129"/>
        <source>Bild auswählen</source>
        <translation>Choose image</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="130"/>
        <source>Bilder (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="159"/>
        <location filename="../../ui/pages/settings.py" line="199"/>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="167"/>
        <source>Überschrift:</source>
        <translation>Heading:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="168"/>
        <source>Überschrift der Teilnahmebestätigung:</source>
        <translation>Heading of the confirmation of participation:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="169"/>
        <source>Schlusstext:</source>
        <translation>Closing text:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="170"/>
        <source>Förderhinweis:</source>
        <translation>Funding note:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="182"/>
        <source> Minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="183"/>
        <source>Mindestteilnahme für eine Reihenbescheinigung:</source>
        <translation>Minimum attendance for a series certificate:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="184"/>
        <source>Länge einer Unterrichtseinheit:</source>
        <translation>Length of a teaching unit:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="186"/>
        <source>Einstellungen speichern</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="209"/>
        <source>Andere Datenbank öffnen…</source>
        <translation>Open another database…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="211"/>
        <source>Aktuelle Datenbank:</source>
        <translation>Current database:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="213"/>
        <source>Die Datenbank gehört auf ein lokales Laufwerk, nicht auf ein Netzlaufwerk: dort können Daten verloren gehen.</source>
        <translation>Keep the database on a local drive, not on a network share: data can be lost there.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="227"/>
        <source>Sprache:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="233"/>
        <source>Gilt nur für diesen Rechner: Änderungen werden mit diesem Standort protokolliert, und der Plan zeigt zuerst seine Veranstaltungen.</source>
        <translation>Applies to this computer only: changes are logged with this office, and the plan shows its events first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="236"/>
        <source>Dieser Arbeitsplatz gehört zum Standort:</source>
        <translation>This workstation belongs to the office:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="248"/>
        <source>Gespeichert. Der Plan filtert beim nächsten Start auf diesen Standort.</source>
        <translation>Saved. The plan filters to this office from the next start.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="252"/>
        <source>Datenbank öffnen</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="253"/>
        <source>Transferplaner-Datenbank (*.sqlite *.db);;Alle Dateien (*)</source>
        <translation>Transferplaner database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="263"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="264"/>
        <source>Sprache jetzt wechseln? Das Fenster wird neu aufgebaut.</source>
        <translation>Switch language now? The window will be rebuilt.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="270"/>
        <source>Wird beim nächsten Start wirksam.</source>
        <translation>Takes effect at the next start.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="300"/>
        <source>– nicht festgelegt –</source>
        <translation>– not set –</translation>
    </message>
</context>
<context>
    <name>SupportDialog</name>
    <message>
        <location filename="../../ui/diagnostics.py" line="96"/>
        <source>Protokollordner öffnen</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <location filename="../../ui/diagnostics.py" line="101"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <location filename="../../ui/evaluation/import_dialog.py" line="42"/>
        <source>Antwort-Nr. (ID)</source>
        <translation>Response no. (ID)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/import_dialog.py" line="43"/>
        <source>Abgeschickt am</source>
        <translation>Submitted at</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/import_dialog.py" line="119"/>
        <source>Online-Umfrage importieren – %1</source>
        <translation>Import online survey – %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/import_dialog.py" line="122"/>
        <source>Export der Umfrage (LimeSurvey, Microsoft Forms …) als .xlsx oder .csv wählen …</source>
        <translation>Choose the survey&apos;s export (LimeSurvey, Microsoft Forms …) as .xlsx or .csv …</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/import_dialog.py" line="126"/>
        <source>Export der Online-Umfrage wählen</source>
        <translation>Choose the online survey&apos;s export</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/import_dialog.py" line="127"/>
        <source>Tabellen (*.xlsx *.csv *.txt);;Alle Dateien (*)</source>
        <translation>Tables (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/import_dialog.py" line="157"/>
        <source>Nie übernommen (Angaben zur Person, Rückmeldungen bleiben anonym): %1</source>
        <translation>Never imported (personal data, feedback stays anonymous): %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/import_dialog.py" line="160"/>
        <source>Keiner Frage zugeordnet: %1</source>
        <translation>Not matched to any question: %1</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/import_dialog.py" line="162"/>
        <source>%1 Datenzeilen: %2 ohne Probleme, %3 mit automatisch behebbaren Problemen, %4 mit Fehlern.</source>
        <translation>%1 data rows: %2 without problems, %3 with problems fixed automatically, %4 with errors.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/import_dialog.py" line="166"/>
        <source>Neue Rückmeldungen: %1; doppelte Zeilen: %2; bereits importiert: %3; leer: %4.</source>
        <translation>New responses: %1; duplicate rows: %2; already imported: %3; empty: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/import_dialog.py" line="171"/>
        <source>(In der Vorschau werden %1 unauffällige Zeilen nicht einzeln gezeigt.)</source>
        <translation>(%1 rows without problems are not shown one by one in the preview.)</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/import_dialog.py" line="183"/>
        <source>Importiert: %1 Rückmeldungen</source>
        <translation>Imported: %1 responses</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/import_dialog.py" line="184"/>
        <source>Übersprungen: %1</source>
        <translation>Skipped: %1</translation>
    </message>
</context>
<context>
    <name>SurveyPreviewModel</name>
    <message>
        <location filename="../../ui/evaluation/import_dialog.py" line="38"/>
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/import_dialog.py" line="39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/import_dialog.py" line="40"/>
        <source>Antworten</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/import_dialog.py" line="41"/>
        <source>Probleme und Hinweise</source>
        <translation>Problems and notes</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/import_dialog.py" line="51"/>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/import_dialog.py" line="53"/>
        <source>doppelt</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/import_dialog.py" line="55"/>
        <source>bereits importiert</source>
        <translation>already imported</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/import_dialog.py" line="57"/>
        <source>leer</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/import_dialog.py" line="59"/>
        <source>wird korrigiert</source>
        <translation>will be corrected</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation/import_dialog.py" line="60"/>
        <source>neu</source>
        <translation>new</translation>
    </message>
</context>
<context>
    <name>TableModels</name>
    <message>
        <location filename="../../ui/models/masterdata.py" line="38"/>
        <location filename="../../ui/models/masterdata.py" line="82"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="39"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="40"/>
        <source>Bundesland</source>
        <translation>Federal state</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="43"/>
        <source>Einwohner</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="47"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="60"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="62"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="83"/>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="84"/>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="85"/>
        <source>Stadt</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="86"/>
        <source>Land</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="88"/>
        <source>Plätze</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="116"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="117"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="118"/>
        <source>Standort</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="119"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="120"/>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="122"/>
        <source>Termine</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="126"/>
        <source>Anmeldungen</source>
        <translation>Registrations</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../ui/pages/table_page.py" line="47"/>
        <source>Suchen</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/pages/table_page.py" line="49"/>
        <source>Suchen … (Strg+F)</source>
        <translation>Search … (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/table_page.py" line="53"/>
        <source>Neu…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/table_page.py" line="54"/>
        <source>Bearbeiten…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/table_page.py" line="127"/>
        <source>1 Eintrag</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/table_page.py" line="128"/>
        <source>%1 Einträge</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <location filename="../../ui/no_hits.py" line="25"/>
        <location filename="../../ui/pages/table_page.py" line="136"/>
        <source>Keine Treffer für „%1“</source>
        <translation>No matches for “%1”</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../ui/terms.py" line="13"/>
        <source>UE = Unterrichtseinheiten: 1 UE = %1 Minuten Lehrzeit ohne Pausen (je Veranstaltung einstellbar)</source>
        <translation>TU = teaching units: 1 TU = %1 minutes of teaching time without breaks (set per event)</translation>
    </message>
</context>
<context>
    <name>TimeEdit</name>
    <message>
        <location filename="../../ui/date_edit.py" line="445"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../ui/date_edit.py" line="448"/>
        <source>Uhrzeit eintippen, z. B. 9, 930 oder 9:30; ↑/↓ eine Viertelstunde</source>
        <translation>Type a time, e.g. 9, 930 or 9:30; ↑/↓ a quarter of an hour</translation>
    </message>
    <message>
        <location filename="../../ui/date_edit.py" line="497"/>
        <source>„{0}“ ist keine Uhrzeit; es bleibt {1}.</source>
        <translation>“{0}” is not a time; the field keeps {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/date_edit.py" line="498"/>
        <source>leer</source>
        <translation>empty</translation>
    </message>
</context>
<context>
    <name>VenueEditorDialog</name>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="222"/>
        <source>z. B. Straßenbahn 4 bis Markt; Eingang neben dem Café (steht in den Erinnerungen an Teilnehmende)</source>
        <translation>e.g. tram 4 to Markt; entrance next to the café (printed in the reminders to participants)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="224"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="225"/>
        <source>Straße:</source>
        <translation>Street:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="226"/>
        <source>PLZ:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="227"/>
        <source>Stadt:</source>
        <translation>City:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="228"/>
        <source>Bundesland:</source>
        <translation>Federal state:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="229"/>
        <source>Plätze:</source>
        <translation>Seats:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="230"/>
        <source>Anfahrt:</source>
        <translation>Directions:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="231"/>
        <source>Notizen:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="233"/>
        <source>Neuer Veranstaltungsort</source>
        <translation>New venue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="251"/>
        <source>Bearbeiten: %1</source>
        <translation>Edit: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="260"/>
        <source>Die Kapazität muss eine ganze Zahl sein.</source>
        <translation>The capacity must be a whole number.</translation>
    </message>
</context>
<context>
    <name>VenuesPage</name>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="281"/>
        <source>Veranstaltungsorte</source>
        <translation>Venues</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../ui/attendance/walk_in.py" line="21"/>
        <source>Vor Ort hinzugekommen – {0}</source>
        <translation>Present on the day – {0}</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/walk_in.py" line="24"/>
        <source>Die Person wird für „{0}“ angemeldet (auch wenn der Termin voll ist) und als anwesend erfasst. Sie erscheint danach auf allen Listen, Bescheinigungen und in der Statistik.</source>
        <translation>The person is registered for “{0}” (even if the session is full) and recorded as present. They then appear on every list, certificate and in the statistics.</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/walk_in.py" line="29"/>
        <source>Anmelden und anwesend</source>
        <translation>Register as present</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/walk_in.py" line="33"/>
        <source>Bitte zuerst eine Person suchen oder anlegen.</source>
        <translation>Please find or create a person first.</translation>
    </message>
</context>
<context>
    <name>WarningsDialog</name>
    <message>
        <location filename="../../ui/warnings_dialog.py" line="34"/>
        <source>Ort bereits belegt</source>
        <translation>Venue already booked</translation>
    </message>
    <message>
        <location filename="../../ui/warnings_dialog.py" line="35"/>
        <source>Referent:in bereits eingeplant</source>
        <translation>Trainer already booked</translation>
    </message>
    <message>
        <location filename="../../ui/warnings_dialog.py" line="30"/>
        <source>%1 Teilnehmende bereits angemeldet</source>
        <translation>%1 participants already registered</translation>
    </message>
    <message>
        <location filename="../../ui/warnings_dialog.py" line="31"/>
        <source>1 Teilnehmer:in bereits angemeldet</source>
        <translation>1 participant already registered</translation>
    </message>
    <message>
        <location filename="../../ui/warnings_dialog.py" line="38"/>
        <source>Feiertage, Wochenenden, Uhrzeit</source>
        <translation>Holidays, weekends, clock change</translation>
    </message>
    <message>
        <location filename="../../ui/warnings_dialog.py" line="40"/>
        <source>Plätze</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../ui/warnings_dialog.py" line="42"/>
        <source>Weitere Hinweise</source>
        <translation>Further notes</translation>
    </message>
    <message>
        <location filename="../../ui/warnings_dialog.py" line="86"/>
        <source>Doppelbuchung</source>
        <translation>Double booking</translation>
    </message>
    <message>
        <location filename="../../ui/warnings_dialog.py" line="86"/>
        <source>Bitte prüfen</source>
        <translation>Please check</translation>
    </message>
    <message>
        <location filename="../../ui/warnings_dialog.py" line="87"/>
        <source>Dieser Termin überschneidet sich mit anderen Buchungen.</source>
        <translation>This session overlaps with other bookings.</translation>
    </message>
    <message>
        <location filename="../../ui/warnings_dialog.py" line="89"/>
        <source>Vor dem Speichern bitte prüfen:</source>
        <translation>Please check before saving:</translation>
    </message>
    <message>
        <location filename="../../ui/warnings_dialog.py" line="103"/>
        <source>Trotzdem speichern</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../../ui/warnings_dialog.py" line="108"/>
        <source>Anderen Termin wählen</source>
        <translation>Choose another date</translation>
    </message>
    <message>
        <location filename="../../ui/warnings_dialog.py" line="112"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome.py" line="18"/>
        <source>Willkommen bei %1</source>
        <translation>Welcome to %1</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="28"/>
        <source>Willkommen!</source>
        <translation>Welcome!</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="29"/>
        <source>Es gibt noch keine Datenbank. Sie können mit einer leeren Datenbank beginnen oder sich das Programm zuerst mit Beispieldaten (zwei Jahre Veranstaltungen beider Standorte) ansehen.</source>
        <translation>There is no database yet. You can start with an empty database, or first explore the program with sample data (two years of events of both offices).</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="32"/>
        <source>Speicherort: %1</source>
        <translation>Location: %1</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="38"/>
        <source>Leere Datenbank anlegen</source>
        <translation>Create empty database</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="39"/>
        <source>Mit Beispieldaten ausprobieren</source>
        <translation>Try with sample data</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="40"/>
        <source>Beenden</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>_PersonPicker</name>
    <message>
        <location filename="../../ui/people/merge_dialog.py" line="93"/>
        <source>Name oder E-Mail suchen …</source>
        <translation>Search name or e-mail …</translation>
    </message>
    <message>
        <location filename="../../ui/people/merge_dialog.py" line="99"/>
        <source>Diesen Datensatz behalten</source>
        <translation>Keep this record</translation>
    </message>
</context>
<context>
    <name>agendaKinds</name>
    <message>
        <location filename="../../planner/models/enums.py" line="60"/>
        <source>Vortrag</source>
        <translation>Talk</translation>
    </message>
    <message>
        <location filename="../../planner/models/enums.py" line="61"/>
        <source>Podium</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../planner/models/enums.py" line="62"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../planner/models/enums.py" line="63"/>
        <source>Pause</source>
        <translation>Break</translation>
    </message>
</context>
<context>
    <name>agreementStatus</name>
    <message>
        <location filename="../../planner/models/enums.py" line="114"/>
        <source>Entwurf</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../planner/models/enums.py" line="115"/>
        <source>unterzeichnet</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../../planner/models/enums.py" line="116"/>
        <source>laufend</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../planner/models/enums.py" line="117"/>
        <source>beendet</source>
        <translation>ended</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="130"/>
        <source>Die Datenbank „%1“ kann nicht geöffnet werden: %2</source>
        <translation>The database “%1” cannot be opened: %2</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="155"/>
        <source>Datenbankfehler</source>
        <translation>Database error</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="166"/>
        <source>Demodaten werden erzeugt …</source>
        <translation>Generating demo data …</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="180"/>
        <source>Die Demodaten konnten nicht erzeugt werden: %1</source>
        <translation>The demo data could not be generated: %1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="239"/>
        <source>schreibgeschützt (beschädigt)</source>
        <translation>read-only (damaged)</translation>
    </message>
</context>
<context>
    <name>attendanceStatus</name>
    <message>
        <location filename="../../planner/models/enums.py" line="99"/>
        <source>anwesend</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../planner/models/enums.py" line="100"/>
        <source>teilweise</source>
        <translation>partial</translation>
    </message>
    <message>
        <location filename="../../planner/models/enums.py" line="101"/>
        <source>entschuldigt</source>
        <translation>excused</translation>
    </message>
    <message>
        <location filename="../../planner/models/enums.py" line="102"/>
        <source>abwesend</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../planner/reports/municipality.py" line="198"/>
        <source>abgesagt</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../planner/reports/municipality.py" line="203"/>
        <source>nicht gebucht</source>
        <translation>not booked</translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <location filename="../../planner/rules/certificates.py" line="50"/>
        <source>Reihenbescheinigung</source>
        <translation>Series certificate</translation>
    </message>
    <message>
        <location filename="../../planner/rules/certificates.py" line="51"/>
        <source>Bescheinigung besuchter Module</source>
        <translation>Certificate of modules attended</translation>
    </message>
    <message>
        <location filename="../../planner/rules/certificates.py" line="53"/>
        <source>Modulbescheinigung</source>
        <translation>Module certificate</translation>
    </message>
    <message>
        <location filename="../../planner/rules/certificates.py" line="54"/>
        <source>Teilnahmebestätigung</source>
        <translation>Confirmation of participation</translation>
    </message>
    <message>
        <location filename="../../planner/rules/certificates.py" line="57"/>
        <source>{n} Modulbescheinigungen</source>
        <translation>{n} module certificates</translation>
    </message>
    <message>
        <location filename="../../planner/rules/certificates.py" line="58"/>
        <source>noch offen</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../planner/rules/certificates.py" line="59"/>
        <source>keine</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <location filename="../../ui/operations.py" line="150"/>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="158"/>
        <source>Hinweise</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>conflict</name>
    <message>
        <location filename="../../ui/operations.py" line="188"/>
        <source>Der Datensatz wurde inzwischen von jemand anderem geändert — neu laden oder überschreiben?</source>
        <translation>The record has been changed by someone else in the meantime — reload or overwrite?</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="187"/>
        <source>Bearbeitungskonflikt</source>
        <translation>Editing conflict</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="193"/>
        <source>Neu laden: Ihre Eingaben verwerfen und den aktuellen Stand anzeigen.
Überschreiben: Ihre Eingaben speichern und die andere Änderung ersetzen.</source>
        <translation>Reload: discard your input and show the current version.
Overwrite: save your input and replace the other change.</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="199"/>
        <source>Neu laden</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="205"/>
        <source>Überschreiben</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="209"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>diagnostics</name>
    <message>
        <location filename="../../ui/diagnostics.py" line="83"/>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <location filename="../../planner/models/enums.py" line="20"/>
        <source>Fortbildungsreihe</source>
        <translation>Training series</translation>
    </message>
    <message>
        <location filename="../../planner/models/enums.py" line="21"/>
        <source>Netzwerk on Tour</source>
        <translation>Network on Tour</translation>
    </message>
    <message>
        <location filename="../../planner/models/enums.py" line="22"/>
        <source>Fachtagung</source>
        <translation>Conference</translation>
    </message>
    <message>
        <location filename="../../planner/models/enums.py" line="23"/>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location filename="../../planner/models/enums.py" line="24"/>
        <source>Klärung und Analyse</source>
        <translation>Clarification and analysis</translation>
    </message>
</context>
<context>
    <name>holidays</name>
    <message>
        <location filename="../../ui/holiday_names.py" line="19"/>
        <source>Neujahr</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="20"/>
        <source>Heilige Drei Könige</source>
        <translation>Epiphany</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="21"/>
        <source>Frauentag</source>
        <translation>International Women&apos;s Day</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="22"/>
        <source>Karfreitag</source>
        <translation>Good Friday</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="23"/>
        <source>Ostersonntag</source>
        <translation>Easter Sunday</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="24"/>
        <source>Ostermontag</source>
        <translation>Easter Monday</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="25"/>
        <source>Erster Mai</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="26"/>
        <source>Christi Himmelfahrt</source>
        <translation>Ascension Day</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="27"/>
        <source>Pfingstsonntag</source>
        <translation>Whit Sunday</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="28"/>
        <source>Pfingstmontag</source>
        <translation>Whit Monday</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="29"/>
        <source>Fronleichnam</source>
        <translation>Corpus Christi</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="30"/>
        <source>Mariä Himmelfahrt</source>
        <translation>Assumption Day</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="31"/>
        <source>Weltkindertag</source>
        <translation>World Children&apos;s Day</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="32"/>
        <source>Tag der Deutschen Einheit</source>
        <translation>Day of German Unity</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="33"/>
        <source>Reformationstag</source>
        <translation>Reformation Day</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="34"/>
        <source>Allerheiligen</source>
        <translation>All Saints&apos; Day</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="35"/>
        <source>Buß- und Bettag</source>
        <translation>Day of Repentance and Prayer</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="36"/>
        <source>Erster Weihnachtstag</source>
        <translation>Christmas Day</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="37"/>
        <source>Zweiter Weihnachtstag</source>
        <translation>Boxing Day</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="38"/>
        <source>75. Jahrestag des Aufstandes vom 17. Juni 1953</source>
        <translation>75th anniversary of the uprising of 17 June 1953</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="39"/>
        <source>75. Jahrestag der Befreiung vom Nationalsozialismus und der Beendigung des Zweiten Weltkriegs in Europa</source>
        <translation>75th anniversary of the liberation from National Socialism and the end of the Second World War in Europe</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="41"/>
        <source>80. Jahrestag der Befreiung vom Nationalsozialismus und der Beendigung des Zweiten Weltkriegs in Europa</source>
        <translation>80th anniversary of the liberation from National Socialism and the end of the Second World War in Europe</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="104"/>
        <source>Der {0} ist ein Feiertag ({1}, {2}).</source>
        <translation>{0} is a public holiday ({1}, {2}).</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="109"/>
        <source>Der {0} ist ein Samstag.</source>
        <translation>{0} is a Saturday.</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="111"/>
        <source>Der {0} ist ein Sonntag.</source>
        <translation>{0} is a Sunday.</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="116"/>
        <source>„{0}“ ({1}, {2} {3}–{4})</source>
        <translation>“{0}” ({1}, {2}, {3}–{4})</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="125"/>
        <source>Der Ort „{0}“ ist bereits belegt: {1}.</source>
        <translation>The venue “{0}” is already booked: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="126"/>
        <source>{0} ist zur selben Zeit bereits eingeplant: {1}.</source>
        <translation>{0} is already scheduled at the same time: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="128"/>
        <source>{0} ist zur selben Zeit bereits angemeldet: {1}.</source>
        <translation>{0} is already registered at the same time: {1}.</translation>
    </message>
</context>
<context>
    <name>importFields</name>
    <message>
        <location filename="../../planner/imports/columns.py" line="12"/>
        <source>Name (Vor- und Nachname)</source>
        <translation>Name (first and last name)</translation>
    </message>
    <message>
        <location filename="../../planner/imports/columns.py" line="13"/>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../planner/imports/columns.py" line="14"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../planner/imports/columns.py" line="15"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../planner/imports/columns.py" line="16"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../planner/imports/columns.py" line="17"/>
        <source>Kommune/Organisation</source>
        <translation>Municipality/organisation</translation>
    </message>
    <message>
        <location filename="../../planner/imports/columns.py" line="18"/>
        <source>Funktion</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../planner/imports/columns.py" line="19"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../planner/imports/columns.py" line="20"/>
        <source>Module/Termine</source>
        <translation>Modules/sessions</translation>
    </message>
    <message>
        <location filename="../../planner/imports/columns.py" line="21"/>
        <source>Anmeldedatum</source>
        <translation>Registration date</translation>
    </message>
</context>
<context>
    <name>mailTemplates</name>
    <message>
        <location filename="../../planner/mail/templates.py" line="40"/>
        <source>Bescheinigung an Teilnehmende</source>
        <translation>Certificate to participants</translation>
    </message>
    <message>
        <location filename="../../planner/mail/templates.py" line="41"/>
        <source>Einladung an Referent:innen</source>
        <translation>Invitation to trainers</translation>
    </message>
    <message>
        <location filename="../../planner/mail/templates.py" line="42"/>
        <source>Absage an Referent:innen</source>
        <translation>Cancellation to trainers</translation>
    </message>
    <message>
        <location filename="../../planner/mail/templates.py" line="22"/>
        <source>Anrede mit Namen, z. B. „Guten Tag Dr. Anna Müller“</source>
        <translation>Salutation with name, e.g. “Guten Tag Dr. Anna Müller”</translation>
    </message>
    <message>
        <location filename="../../planner/mail/templates.py" line="24"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../planner/mail/templates.py" line="25"/>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../planner/mail/templates.py" line="26"/>
        <source>Titel der Veranstaltung</source>
        <translation>Title of the event</translation>
    </message>
    <message>
        <location filename="../../planner/mail/templates.py" line="27"/>
        <source>Titel des Termins (Modul, Tagungstag …)</source>
        <translation>Title of the session (module, conference day …)</translation>
    </message>
    <message>
        <location filename="../../planner/mail/templates.py" line="28"/>
        <source>Datum des Termins bzw. Zeitraum der Veranstaltung</source>
        <translation>Date of the session or period of the event</translation>
    </message>
    <message>
        <location filename="../../planner/mail/templates.py" line="30"/>
        <source>Uhrzeit des Termins</source>
        <translation>Time of the session</translation>
    </message>
    <message>
        <location filename="../../planner/mail/templates.py" line="31"/>
        <source>Veranstaltungsort mit Adresse</source>
        <translation>Venue with address</translation>
    </message>
    <message>
        <location filename="../../planner/mail/templates.py" line="32"/>
        <source>Name der Transferagentur</source>
        <translation>Name of the transfer agency</translation>
    </message>
    <message>
        <location filename="../../planner/mail/templates.py" line="33"/>
        <source>Name des Absenders</source>
        <translation>Name of the sender</translation>
    </message>
    <message>
        <location filename="../../planner/mail/templates.py" line="34"/>
        <source>Absender und Standort (ohne Wiederholung)</source>
        <translation>Sender and office (without repetition)</translation>
    </message>
    <message>
        <location filename="../../planner/mail/templates.py" line="35"/>
        <source>Nummer der Bescheinigung</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <location filename="../../planner/mail/templates.py" line="36"/>
        <source>Grund einer Absage</source>
        <translation>Reason for a cancellation</translation>
    </message>
</context>
<context>
    <name>municipalityRoles</name>
    <message>
        <location filename="../../planner/reports/municipality.py" line="52"/>
        <source>beteiligte Kommune</source>
        <translation>participating municipality</translation>
    </message>
    <message>
        <location filename="../../planner/reports/municipality.py" line="53"/>
        <source>Gastgeberin</source>
        <translation>host</translation>
    </message>
    <message>
        <location filename="../../planner/reports/municipality.py" line="54"/>
        <source>Teilnehmende</source>
        <translation>participants</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../ui/operations.py" line="428"/>
        <source>Die Datei, der Ordner oder die Verbindung kann nicht verwendet werden: %1</source>
        <translation>The file, the folder or the connection cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../../ui/operations.py" line="438"/>
        <source>Unerwarteter Fehler; die Einzelheiten stehen im Fehlerfenster und im Protokoll.</source>
        <translation>Unexpected error; the details are in the error window and in the log.</translation>
    </message>
</context>
<context>
    <name>outboxKinds</name>
    <message>
        <location filename="../../planner/notify/templates.py" line="26"/>
        <source>Anmeldung bestätigt</source>
        <translation>Registration confirmed</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="27"/>
        <source>Auf der Warteliste</source>
        <translation>On the waiting list</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="28"/>
        <source>Von der Warteliste nachgerückt</source>
        <translation>Moved up from the waiting list</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="29"/>
        <source>Stornierung auf eigenen Wunsch</source>
        <translation>Cancelled at their request</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="30"/>
        <source>Stornierung durch die Agentur</source>
        <translation>Cancelled by the office</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="31"/>
        <source>Buchung geändert</source>
        <translation>Booking changed</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="32"/>
        <source>Termin verlegt</source>
        <translation>Session moved</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="33"/>
        <source>Termin abgesagt</source>
        <translation>Session cancelled</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="34"/>
        <source>Termin findet doch statt</source>
        <translation>Session takes place after all</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="35"/>
        <source>Ersatztermin</source>
        <translation>Replacement date</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="36"/>
        <source>Erinnerung vor dem Termin</source>
        <translation>Reminder before the session</translation>
    </message>
</context>
<context>
    <name>outboxPlaceholders</name>
    <message>
        <location filename="../../planner/notify/templates.py" line="40"/>
        <source>Anrede mit Namen, z. B. „Guten Tag Dr. Anna Müller“</source>
        <translation>Salutation with name, e.g. “Dear Dr Anna Müller”</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="42"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="43"/>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="44"/>
        <source>Titel der Veranstaltung</source>
        <translation>Title of the event</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="45"/>
        <source>Format (Fortbildungsreihe, Fachtagung …)</source>
        <translation>Format (training series, conference …)</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="46"/>
        <source>Datum bzw. Zeitraum der gebuchten Termine</source>
        <translation>Date or period of the booked sessions</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="48"/>
        <source>Die betroffenen Termine mit Datum, Uhrzeit, Ort und Änderung</source>
        <translation>The sessions concerned with date, time, place and change</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="50"/>
        <source>Platz auf der Warteliste</source>
        <translation>Position on the waiting list</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="51"/>
        <source>Grund einer Absage oder Stornierung (mit „Grund: “, sonst leer)</source>
        <translation>Reason for a cancellation (with “Reason: ”, else empty)</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="53"/>
        <source>Titel des Termins (Erinnerung)</source>
        <translation>Title of the session (reminder)</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="54"/>
        <source>Datum des Termins (Erinnerung)</source>
        <translation>Date of the session (reminder)</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="55"/>
        <source>Uhrzeit des Termins (Erinnerung)</source>
        <translation>Time of the session (reminder)</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="56"/>
        <source>Veranstaltungsort mit Adresse (Erinnerung)</source>
        <translation>Venue with address (reminder)</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="57"/>
        <source>Anfahrtsbeschreibung des Ortes (Erinnerung)</source>
        <translation>Directions to the venue (reminder)</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="59"/>
        <source>Programm bzw. Exkursion des Termins (Erinnerung)</source>
        <translation>Programme or excursion of the session (reminder)</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="61"/>
        <source>Namen der Referent:innen (Erinnerung)</source>
        <translation>Names of the trainers (reminder)</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="62"/>
        <source>Hinweis auf die beiliegenden Kalendereinträge (entfällt im Brief)</source>
        <translation>Note on the attached calendar entries (left out in letters)</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="64"/>
        <source>Kontakt der Transferagentur (E-Mail, Telefon)</source>
        <translation>Contact of the Transferagentur (e-mail, phone)</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="66"/>
        <source>Name der Transferagentur</source>
        <translation>Name of the Transferagentur</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="67"/>
        <source>Name des Absenders</source>
        <translation>Name of the sender</translation>
    </message>
    <message>
        <location filename="../../planner/notify/templates.py" line="68"/>
        <source>Absender und Standort (ohne Wiederholung)</source>
        <translation>Sender and office (without repetition)</translation>
    </message>
</context>
<context>
    <name>outboxStatus</name>
    <message>
        <location filename="../../planner/notify/queue.py" line="25"/>
        <source>wartet</source>
        <translation>waiting</translation>
    </message>
    <message>
        <location filename="../../planner/notify/queue.py" line="26"/>
        <source>fehlgeschlagen</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../planner/notify/queue.py" line="27"/>
        <source>unklar, bitte prüfen</source>
        <translation>unclear, please check</translation>
    </message>
    <message>
        <location filename="../../planner/notify/queue.py" line="28"/>
        <source>gesendet</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../planner/notify/queue.py" line="29"/>
        <source>als .eml gespeichert</source>
        <translation>saved as .eml</translation>
    </message>
    <message>
        <location filename="../../planner/notify/queue.py" line="30"/>
        <source>als Brief gedruckt</source>
        <translation>printed as a letter</translation>
    </message>
    <message>
        <location filename="../../planner/notify/queue.py" line="31"/>
        <source>verworfen</source>
        <translation>discarded</translation>
    </message>
    <message>
        <location filename="../../planner/notify/queue.py" line="32"/>
        <source>erledigt (Änderungen heben sich auf)</source>
        <translation>settled (the changes cancel out)</translation>
    </message>
    <message>
        <location filename="../../planner/notify/queue.py" line="35"/>
        <source>wird gerade gesendet</source>
        <translation>being sent</translation>
    </message>
</context>
<context>
    <name>registrationStatus</name>
    <message>
        <location filename="../../planner/models/enums.py" line="85"/>
        <source>angemeldet</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../planner/models/enums.py" line="86"/>
        <source>Warteliste</source>
        <translation>waiting list</translation>
    </message>
    <message>
        <location filename="../../planner/models/enums.py" line="87"/>
        <source>storniert</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../planner/reports/statistics.py" line="68"/>
        <source>Standort</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../planner/reports/statistics.py" line="69"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../planner/reports/statistics.py" line="70"/>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../planner/reports/statistics.py" line="71"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../planner/reports/statistics.py" line="72"/>
        <source>Bundesland</source>
        <translation>Federal state</translation>
    </message>
    <message>
        <location filename="../../planner/reports/statistics.py" line="73"/>
        <source>Monat</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../planner/reports/statistics.py" line="160"/>
        <source>Veranstaltungen</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../planner/reports/statistics.py" line="161"/>
        <source>Termine</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../planner/reports/statistics.py" line="162"/>
        <source>Teilnahmetage</source>
        <translation>Participant days</translation>
    </message>
    <message>
        <location filename="../../planner/reports/statistics.py" line="163"/>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../planner/reports/statistics.py" line="164"/>
        <source>Kommunen</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../planner/reports/statistics.py" line="165"/>
        <source>UE</source>
        <translation>TU</translation>
    </message>
    <message>
        <location filename="../../planner/reports/statistics.py" line="166"/>
        <source>Anwesenheit</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../planner/reports/statistics.py" line="167"/>
        <source>Bescheinigungen</source>
        <translation>Certificates</translation>
    </message>
</context>
<context>
    <name>sessionKinds</name>
    <message>
        <location filename="../../planner/models/enums.py" line="38"/>
        <source>Modul</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../planner/models/enums.py" line="39"/>
        <source>Treffen</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../planner/models/enums.py" line="40"/>
        <source>Tagungstag</source>
        <translation>Conference day</translation>
    </message>
    <message>
        <location filename="../../planner/models/enums.py" line="41"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../planner/models/enums.py" line="42"/>
        <source>Vorgespräch</source>
        <translation>Preliminary talk</translation>
    </message>
    <message>
        <location filename="../../planner/models/enums.py" line="43"/>
        <source>Analyseworkshop</source>
        <translation>Analysis workshop</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../ui/startup_checks.py" line="26"/>
        <location filename="../../ui/startup_checks.py" line="32"/>
        <location filename="../../ui/startup_checks.py" line="91"/>
        <source>Datenbank beschädigt</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <location filename="../../ui/startup_checks.py" line="27"/>
        <source>Es gibt keine geprüfte Sicherung, die wiederhergestellt werden könnte.</source>
        <translation>There is no verified backup that could be restored.</translation>
    </message>
    <message>
        <location filename="../../ui/startup_checks.py" line="33"/>
        <source>Die neueste geprüfte Sicherung ist „%1“. Jetzt wiederherstellen? Der beschädigte Stand wird vorher als Kopie aufbewahrt.</source>
        <translation>The newest verified backup is “%1”. Restore it now? A copy of the damaged database is kept first.</translation>
    </message>
    <message>
        <location filename="../../ui/startup_checks.py" line="51"/>
        <source>Wiederherstellung fehlgeschlagen</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../ui/startup_checks.py" line="56"/>
        <source>Löschanträge erneut angewandt</source>
        <translation>Erasure requests applied again</translation>
    </message>
    <message>
        <location filename="../../ui/startup_checks.py" line="57"/>
        <source>Die Sicherung enthielt Personen, deren Löschung oder Anonymisierung später beantragt wurde; das wurde erneut angewandt:</source>
        <translation>The backup contained persons whose erasure or anonymisation was requested later; it has been applied again:</translation>
    </message>
    <message>
        <location filename="../../ui/startup_checks.py" line="79"/>
        <source>Die Prüfung der Datenbank hat Schäden gefunden: %1</source>
        <translation>The database check found damage: %1</translation>
    </message>
    <message>
        <location filename="../../ui/startup_checks.py" line="94"/>
        <source>Schreibgeschützt geöffnet</source>
        <translation>Opened read-only</translation>
    </message>
    <message>
        <location filename="../../ui/startup_checks.py" line="95"/>
        <source>Die Datenbank ist beschädigt und wurde nur zum Lesen geöffnet. Änderungen sind nicht möglich, bis eine Sicherung wiederhergestellt ist (Einstellungen → Sicherung).</source>
        <translation>The database is damaged and was opened read-only. Changes are not possible until a backup is restored (Settings → Backup).</translation>
    </message>
    <message>
        <location filename="../../ui/startup_checks.py" line="121"/>
        <source>Automatische Sicherung fehlgeschlagen: %1</source>
        <translation>Automatic backup failed: %1</translation>
    </message>
</context>
<context>
    <name>states</name>
    <message>
        <location filename="../../ui/holiday_names.py" line="46"/>
        <source>Baden-Württemberg</source>
        <translation>Baden-Württemberg</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="47"/>
        <source>Bayern</source>
        <translation>Bavaria</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="48"/>
        <source>Berlin</source>
        <translation>Berlin</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="49"/>
        <source>Brandenburg</source>
        <translation>Brandenburg</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="50"/>
        <source>Bremen</source>
        <translation>Bremen</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="51"/>
        <source>Hamburg</source>
        <translation>Hamburg</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="52"/>
        <source>Hessen</source>
        <translation>Hesse</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="53"/>
        <source>Mecklenburg-Vorpommern</source>
        <translation>Mecklenburg-Western Pomerania</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="54"/>
        <source>Niedersachsen</source>
        <translation>Lower Saxony</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="55"/>
        <source>Nordrhein-Westfalen</source>
        <translation>North Rhine-Westphalia</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="56"/>
        <source>Rheinland-Pfalz</source>
        <translation>Rhineland-Palatinate</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="57"/>
        <source>Saarland</source>
        <translation>Saarland</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="58"/>
        <source>Sachsen</source>
        <translation>Saxony</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="59"/>
        <source>Sachsen-Anhalt</source>
        <translation>Saxony-Anhalt</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="60"/>
        <source>Schleswig-Holstein</source>
        <translation>Schleswig-Holstein</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="61"/>
        <source>Thüringen</source>
        <translation>Thuringia</translation>
    </message>
    <message>
        <location filename="../../ui/holiday_names.py" line="63"/>
        <source>bundesweit</source>
        <translation>nationwide</translation>
    </message>
</context>
</TS>
