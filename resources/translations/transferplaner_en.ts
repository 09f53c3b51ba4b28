<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <location filename="../../ui/app.py" line="112"/>
        <source>Die Datenbank „%1“ kann nicht geöffnet werden: %2</source>
        <translation>The database “%1” cannot be opened: %2</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="119"/>
        <source>Datenbankfehler</source>
        <translation>Database error</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="129"/>
        <source>Die Demodaten sind in dieser Version nicht verfügbar.</source>
        <translation>Demo data is not available in this version.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="136"/>
        <location filename="../../ui/app.py" line="145"/>
        <source>Demodaten werden erzeugt …</source>
        <translation>Generating demo data …</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="156"/>
        <source>Die Demodaten konnten nicht erzeugt werden: %1</source>
        <translation>The demo data could not be generated: %1</translation>
    </message>
    <message>
        <location filename="../../ui/common.py" line="24"/>
        <source>Fehler</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/common.py" line="30"/>
        <source>Hinweise</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/common.py" line="55"/>
        <source>Doppelbuchung</source>
        <translation>Double booking</translation>
    </message>
    <message>
        <location filename="../../ui/common.py" line="56"/>
        <source>Trotzdem speichern?</source>
        <translation>Save anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/common.py" line="64"/>
        <source>Der Datensatz wurde inzwischen von jemand anderem geändert. Bitte neu laden und die Änderung wiederholen.</source>
        <translation>The record has been changed by someone else in the meantime. Please reload and repeat the change.</translation>
    </message>
</context>
<context>
    <name>AddRegistrationDialog</name>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="55"/>
        <source>Anmeldung – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="57"/>
        <source>Vorhandene Person suchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="59"/>
        <source>Name, E-Mail oder Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="69"/>
        <source>Neue Person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="73"/>
        <source>– keine –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="74"/>
        <source>Person anlegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="81"/>
        <source>Vorhandene Person verwenden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="82"/>
        <source>Trotzdem neu anlegen</source>
        <translation>Create anyway</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="90"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="91"/>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="92"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="93"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="100"/>
        <source>Buchung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="101"/>
        <source>ganze Veranstaltung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="102"/>
        <source>einzelne Termine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="112"/>
        <source> (abgesagt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="122"/>
        <source>Noch keine Person gewählt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="124"/>
        <source>Anmelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="126"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="160"/>
        <source>Ausgewählt: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="171"/>
        <source>Diese Person gibt es vermutlich schon. Bitte die vorhandene verwenden oder bestätigen, dass es eine andere Person ist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="216"/>
        <source>Bitte zuerst eine Person suchen oder anlegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registrations/add_dialog.py" line="220"/>
        <source>Bitte mindestens einen Termin ankreuzen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../ui/plan/agenda_view.py" line="28"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/plan/agenda_view.py" line="28"/>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/plan/agenda_view.py" line="28"/>
        <source>Veranstaltung</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/plan/agenda_view.py" line="29"/>
        <source>Termin</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/plan/agenda_view.py" line="29"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/plan/agenda_view.py" line="29"/>
        <source>Standort</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../ui/plan/agenda_view.py" line="30"/>
        <source>Ort</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/plan/agenda_view.py" line="30"/>
        <source>Referent/innen</source>
        <translation>Trainers</translation>
    </message>
    <message>
        <location filename="../../ui/plan/agenda_view.py" line="57"/>
        <source>ganztägig</source>
        <translation>all day</translation>
    </message>
    <message>
        <location filename="../../ui/plan/agenda_view.py" line="61"/>
        <source>(abgesagt)</source>
        <translation>(cancelled)</translation>
    </message>
</context>
<context>
    <name>AgendaTable</name>
    <message>
        <location filename="../../ui/events/rows.py" line="73"/>
        <source>Programmpunkt hinzufügen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="74"/>
        <source>Entfernen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="92"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="101"/>
        <source>– niemand –</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementForm</name>
    <message>
        <location filename="../../ui/events/analysis.py" line="61"/>
        <source>Ein Ziel je Zeile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/analysis.py" line="87"/>
        <source>Kooperationsvereinbarung erfassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/analysis.py" line="97"/>
        <source>Ziele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/analysis.py" line="98"/>
        <source>Vereinbarte Formate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/analysis.py" line="99"/>
        <source>Zeitraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/analysis.py" line="100"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceGridWidget</name>
    <message>
        <location filename="../../ui/attendance/grid.py" line="104"/>
        <source>Tastatur: Pfeiltasten bewegen · Leertaste wechselt · P anwesend · T teilweise (Minuten) · E entschuldigt · A abwesend · Entf löscht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attendance/grid.py" line="108"/>
        <source>Alle anwesend (gewählter Termin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attendance/grid.py" line="126"/>
        <source>Schwelle für die Teilnahmebescheinigung: {0} % · berechtigt: {1} von {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attendance/grid.py" line="143"/>
        <source>Teilweise anwesend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attendance/grid.py" line="144"/>
        <source>Anwesende Minuten (1 bis {0}):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../ui/attendance/model.py" line="96"/>
        <source>abgesagt</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/attendance/model.py" line="98"/>
        <source>anw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attendance/model.py" line="140"/>
        <source>nicht gebucht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attendance/model.py" line="151"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attendance/model.py" line="151"/>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attendance/model.py" line="157"/>
        <source>Schwelle: {0} % der gebuchten Unterrichtseinheiten</source>
        <translation type="unfinished"></translation>
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
    <name>CertificatesWizard</name>
    <message>
        <location filename="../../ui/exports/wizard.py" line="259"/>
        <source>Teilnahmebescheinigungen – {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="267"/>
        <source>Weiter &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="268"/>
        <source>&lt; Zurück</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="269"/>
        <source>Fertig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="270"/>
        <source>Schließen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyEventDialog</name>
    <message>
        <location filename="../../ui/pages/events.py" line="33"/>
        <source>Veranstaltung kopieren</source>
        <translation>Copy event</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="35"/>
        <source>Kopie von „%1“ mit allen Terminen, Orten und Referent/innen, um ganze Wochen verschoben.</source>
        <translation>Copy of “%1” with all sessions, venues and trainers, shifted by whole weeks.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="41"/>
        <source> Wochen</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="43"/>
        <source>Verschieben um:</source>
        <translation>Shift by:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="44"/>
        <source>Neuer Titel:</source>
        <translation>New title:</translation>
    </message>
</context>
<context>
    <name>DossierForm</name>
    <message>
        <location filename="../../ui/events/analysis.py" line="33"/>
        <source>Wie ist die Lage in der Kommune?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/analysis.py" line="34"/>
        <source>Welche Handlungsfelder wurden erkannt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/analysis.py" line="35"/>
        <source>Welche Arbeitspakete folgen daraus?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/analysis.py" line="37"/>
        <source>Ausgangslage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/analysis.py" line="38"/>
        <source>Handlungsfelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/analysis.py" line="39"/>
        <source>Arbeitspakete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="../../ui/pages/editing.py" line="33"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editing.py" line="34"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editing.py" line="56"/>
        <location filename="../../ui/pages/editing.py" line="87"/>
        <source>Der Datensatz wurde inzwischen von jemand anderem geändert. Bitte neu öffnen.</source>
        <translation>The record has been changed by someone else in the meantime. Please open it again.</translation>
    </message>
</context>
<context>
    <name>EligibilityModel</name>
    <message>
        <location filename="../../ui/exports/eligibility_model.py" line="90"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/eligibility_model.py" line="90"/>
        <source>nein</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <location filename="../../ui/exports/wizard.py" line="71"/>
        <source>Wer erhält eine Bescheinigung?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="72"/>
        <source>Berechtigte sind angehakt. Wer unter der Schwelle liegt, kann nur mit Begründung eine Bescheinigung erhalten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventEditorDialog</name>
    <message>
        <location filename="../../ui/events/editor.py" line="90"/>
        <source>Veranstaltung bearbeiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="91"/>
        <source>Neue Veranstaltung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="109"/>
        <source>Veranstaltung und Termine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="113"/>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="114"/>
        <source>Kooperationsvereinbarung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="118"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="119"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="127"/>
        <source>Allgemein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="129"/>
        <source>Titel der Veranstaltung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="131"/>
        <source>– kein Thema –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="136"/>
        <source>unbegrenzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="151"/>
        <source>Standard aus den Einstellungen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="154"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="155"/>
        <source>Standort</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="156"/>
        <source>Thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="157"/>
        <source>Beschreibung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="159"/>
        <source>Kapazität</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="160"/>
        <source>Unterrichtseinheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="161"/>
        <source>Pause je Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="162"/>
        <source>Schwelle Bescheinigung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="163"/>
        <source>Förderhinweis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="175"/>
        <source>Coaching-Gruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="176"/>
        <source>Beteiligte Kommunen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="186"/>
        <source>– kein:e Expert:in –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="187"/>
        <source>Externe:r Expert:in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="194"/>
        <location filename="../../ui/events/editor.py" line="198"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="197"/>
        <source>– Kommune wählen –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="204"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="205"/>
        <source>Treffen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="206"/>
        <source>Tagungstage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="207"/>
        <source>Workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="208"/>
        <source>Vorgespräche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="210"/>
        <source>Termine</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="217"/>
        <source>Anzahl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="219"/>
        <source>andere Modulanzahl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="227"/>
        <source>+ Analyseworkshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="300"/>
        <source>Achtung: Eine Fortbildungsreihe hat {0} Module; geplant sind {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="306"/>
        <source>{0} Kommunen gewählt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/editor.py" line="308"/>
        <source>ein Coaching hat {0} bis {1} Kommunen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventWindow</name>
    <message>
        <location filename="../../ui/events/window.py" line="147"/>
        <source>Übersicht und Termine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="148"/>
        <source>Anmeldungen</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="149"/>
        <source>Anwesenheit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="150"/>
        <source>Exporte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../ui/pages/events.py" line="59"/>
        <source>Neu</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="65"/>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="66"/>
        <source>Kopieren…</source>
        <translation>Copy…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="75"/>
        <source>Alle Formate</source>
        <translation>All formats</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="79"/>
        <source>Alle Standorte</source>
        <translation>All offices</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="81"/>
        <source>Alle Jahre</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="113"/>
        <source>Der Veranstaltungseditor ist noch nicht verfügbar.</source>
        <translation>The event editor is not available yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="126"/>
        <source>Die Veranstaltungsansicht ist noch nicht verfügbar.</source>
        <translation>The event view is not available yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events.py" line="140"/>
        <source>Bitte zuerst eine Veranstaltung auswählen.</source>
        <translation>Please select an event first.</translation>
    </message>
</context>
<context>
    <name>ExcursionFields</name>
    <message>
        <location filename="../../ui/events/rows.py" line="135"/>
        <source>Exkursion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="137"/>
        <source>Ort (Good-Practice-Beispiel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="139"/>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="141"/>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="144"/>
        <source>Stadt</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/events/rows.py" line="146"/>
        <source>Kontakt vor Ort</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportsPage</name>
    <message>
        <location filename="../../ui/exports/page.py" line="66"/>
        <source>Ändern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="69"/>
        <source>Zielordner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="93"/>
        <location filename="../../ui/exports/page.py" line="111"/>
        <source>Veranstaltung</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="99"/>
        <source>Excel (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="100"/>
        <source>PDF (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="101"/>
        <source>Unterschriftenliste erstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="102"/>
        <source>Anwesenheitsmatrix (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="103"/>
        <source>Kalender der Veranstaltung (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="104"/>
        <source>Teilnahmebescheinigungen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="113"/>
        <source>Unterschriftenliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="128"/>
        <source>Kalender für Personen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="131"/>
        <location filename="../../ui/exports/page.py" line="134"/>
        <source>Kalender (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="132"/>
        <source>Einladungen je Termin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="133"/>
        <source>nur geänderte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="139"/>
        <source>Referent:in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="144"/>
        <source>Teilnehmende:r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="151"/>
        <source>Kalender des Standorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="156"/>
        <source>Standortkalender (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="159"/>
        <source>Standort</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="161"/>
        <source>von</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="163"/>
        <source>bis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="171"/>
        <source>Noch nichts exportiert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="173"/>
        <source>Ordner öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="220"/>
        <source>alle Termine (eine Datei)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="231"/>
        <source>Zielordner wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="262"/>
        <source> und {0} weitere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="264"/>
        <source>Fertig: {0} Datei(en) in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="267"/>
        <source>Abgebrochen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="275"/>
        <source>Der Export ist fehlgeschlagen: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="304"/>
        <source>Unterschriftenliste wird erstellt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="316"/>
        <source>Anwesenheitsmatrix wird erstellt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="328"/>
        <location filename="../../ui/exports/page.py" line="340"/>
        <location filename="../../ui/exports/page.py" line="369"/>
        <source>Kalender wird erstellt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="357"/>
        <source>Einladungen werden erstellt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/page.py" line="384"/>
        <source>Standortkalender wird erstellt …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuePage</name>
    <message>
        <location filename="../../ui/exports/wizard.py" line="147"/>
        <source>Ausstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="148"/>
        <source>Eine PDF-Datei je Person und eine Sammeldatei zum Drucken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="150"/>
        <source>Ändern …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="155"/>
        <source>Sammeldatei zum Drucken (alle in einer PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="159"/>
        <source>nur nötig für Personen unter der Schwelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="160"/>
        <source>Bescheinigungen ausstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="164"/>
        <source>Ordner öffnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="168"/>
        <source>Zielordner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="170"/>
        <source>Begründung (Ausnahme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="185"/>
        <source>Zielordner wählen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="194"/>
        <source>Bitte mindestens eine Person anhaken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="198"/>
        <source>Für Personen unter der Schwelle ist eine Begründung nötig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="218"/>
        <source>Bescheinigungen werden erstellt …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="227"/>
        <source>{0} ausgestellt, {1} neu ausgestellt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="230"/>
        <source>Abgebrochen: die fertigen Dateien sind gespeichert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="232"/>
        <source>Sammeldatei: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="50"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="50"/>
        <source>Veranstaltungen</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <source>Kommunen</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="52"/>
        <source>Orte</source>
        <translation>Venues</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="52"/>
        <source>Berichte/Exporte</source>
        <translation>Reports/Exports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Berichte und Exporte sind in dieser Version noch nicht verfügbar.</source>
        <translation>Reports and exports are not available in this version yet.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>&amp;Neu…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Andere Datenbank öffnen…</source>
        <translation>Open another database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>&amp;Exportieren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>&amp;Rückgängig: Termin verschieben</source>
        <translation>&amp;Undo: move session</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>&amp;Suchen</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>&amp;Ansicht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>&amp;Aktualisieren</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>Ü&amp;ber Transferplaner</source>
        <translation>&amp;About Transferplaner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>Nichts rückgängig zu machen.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>Verschiebung rückgängig gemacht.</source>
        <translation>Move undone.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>Über %1</source>
        <translation>About %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>Planung, Anmeldung, Anwesenheit und Bescheinigungen für die Transferagenturen für Großstädte.</source>
        <translation>Planning, registration, attendance and certificates for the Transferagenturen für Großstädte.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229"/>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>Datenbank: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>%1 Veranstaltungen · %2 Termine · %3 Personen · %4 Kommunen</source>
        <translation>%1 events · %2 sessions · %3 people · %4 municipalities</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <location filename="../../ui/plan/month_view.py" line="120"/>
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
        <location filename="../../ui/plan/move_dialog.py" line="23"/>
        <source>Termin verschieben</source>
        <translation>Move session</translation>
    </message>
    <message>
        <location filename="../../ui/plan/move_dialog.py" line="37"/>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/move_dialog.py" line="38"/>
        <source>Beginn:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/move_dialog.py" line="39"/>
        <source>Ende:</source>
        <translation>End:</translation>
    </message>
</context>
<context>
    <name>MunicipalitiesPage</name>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="100"/>
        <source>nur Kommunen</source>
        <translation>municipalities only</translation>
    </message>
</context>
<context>
    <name>OrganisationEditorDialog</name>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="42"/>
        <source>Kommune (Stadt mit Bildungsmanagement)</source>
        <translation>Municipality (city with education management)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="50"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="52"/>
        <source>Bundesland:</source>
        <translation>Federal state:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="53"/>
        <source>Einwohnerzahl:</source>
        <translation>Population:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="54"/>
        <source>Stadt:</source>
        <translation>City:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="55"/>
        <source>Notizen:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="57"/>
        <source>Neue Kommune / Organisation</source>
        <translation>New municipality / organisation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="68"/>
        <source>Bearbeiten: %1</source>
        <translation>Edit: %1</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/events/window.py" line="41"/>
        <source>Veranstaltung bearbeiten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="44"/>
        <source>Termin absagen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="45"/>
        <source>Absage zurücknehmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="52"/>
        <source>Termin</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="66"/>
        <source>unbegrenzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="68"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="68"/>
        <source>Standort</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="69"/>
        <source>Thema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="70"/>
        <source>Kommunen</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="71"/>
        <source>Kapazität</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="72"/>
        <source>Schwelle Bescheinigung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="88"/>
        <source> (abgesagt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="110"/>
        <source>Termin absagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/events/window.py" line="111"/>
        <source>Grund der Absage:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaintedPlanView</name>
    <message>
        <location filename="../../ui/plan/base_view.py" line="53"/>
        <source>abgesagt</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/plan/base_view.py" line="108"/>
        <source>Veranstaltung öffnen</source>
        <translation>Open event</translation>
    </message>
    <message>
        <location filename="../../ui/plan/base_view.py" line="109"/>
        <source>Verschieben…</source>
        <translation>Move…</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../ui/pages/people.py" line="22"/>
        <source>Alle Rollen</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="23"/>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="24"/>
        <source>Referent/innen</source>
        <translation>Trainers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/people.py" line="25"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>PersonEditorDialog</name>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="40"/>
        <source>(keine)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="49"/>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="50"/>
        <source>Referent/in</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="51"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="56"/>
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="57"/>
        <source>Vorname:</source>
        <translation>First name:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="58"/>
        <source>Nachname:</source>
        <translation>Last name:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="59"/>
        <source>E-Mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="60"/>
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="61"/>
        <source>Funktion:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="62"/>
        <source>Organisation / Kommune:</source>
        <translation>Organisation / municipality:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="63"/>
        <source>Rollen:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="67"/>
        <source>Neue Person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="86"/>
        <source>Person bearbeiten: %1</source>
        <translation>Edit person: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="110"/>
        <source>Person schon vorhanden?</source>
        <translation>Person already exists?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="113"/>
        <source>Diese Person gibt es möglicherweise schon:</source>
        <translation>This person may already exist:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="114"/>
        <source>Vorhandene öffnen</source>
        <translation>Open existing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="116"/>
        <source>Trotzdem neu anlegen</source>
        <translation>Create anyway</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="118"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/person_editor.py" line="136"/>
        <source>Die vorhandene Person wurde geöffnet. Änderungen bitte speichern.</source>
        <translation>The existing person has been opened. Please save your changes.</translation>
    </message>
</context>
<context>
    <name>PersonsModel</name>
    <message>
        <location filename="../../ui/models/people.py" line="26"/>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/models/people.py" line="28"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/models/people.py" line="30"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/models/people.py" line="33"/>
        <source>Organisation / Kommune</source>
        <translation>Organisation / municipality</translation>
    </message>
    <message>
        <location filename="../../ui/models/people.py" line="36"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/models/people.py" line="53"/>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/models/people.py" line="54"/>
        <source>Referent/in</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../ui/models/people.py" line="55"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/plan/page.py" line="87"/>
        <source>Farbe = Format, linker Streifen = Standort (blau Berlin, rot Hamburg); gelb = Feiertag. Doppelklick öffnet die Veranstaltung, Rechtsklick/Ziehen verschiebt einen Termin.</source>
        <translation>Colour = format, left stripe = office (blue Berlin, red Hamburg); yellow = public holiday. Double-click opens the event, right-click/drag moves a session.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="101"/>
        <source>Monat</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="101"/>
        <source>Woche</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="102"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="113"/>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="126"/>
        <source>Verschieben…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="141"/>
        <source>Standort:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="142"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="143"/>
        <source>Thema:</source>
        <translation>Topic:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="144"/>
        <source>Referent/in:</source>
        <translation>Trainer:</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="156"/>
        <source>Alle Standorte</source>
        <translation>All offices</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="158"/>
        <source>Alle Formate</source>
        <translation>All formats</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="160"/>
        <source>Alle Themen</source>
        <translation>All topics</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="161"/>
        <source>Alle Referent/innen</source>
        <translation>All trainers</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="288"/>
        <source>KW %1: %2 – %3</source>
        <translation>Week %1: %2 – %3</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="301"/>
        <source>Die Veranstaltungsansicht ist noch nicht verfügbar.</source>
        <translation>The event view is not available yet.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="322"/>
        <source>Bitte zuerst in der Agenda einen Termin auswählen, oder im Monat/in der Woche mit der rechten Maustaste auf einen Termin klicken.</source>
        <translation>Please select a session in the agenda first, or right-click a session in the month or week view.</translation>
    </message>
    <message>
        <location filename="../../ui/plan/page.py" line="324"/>
        <source>Verschieben</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/exports/wizard.py" line="89"/>
        <source>Vorschau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="90"/>
        <source>So sieht eine Bescheinigung aus (ohne Nummer, nicht ausgestellt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="93"/>
        <source>Vorschau erstellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="95"/>
        <source>Noch keine Vorschau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="102"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/exports/wizard.py" line="138"/>
        <source>Die Vorschau wurde im PDF-Betrachter geöffnet:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationsPanel</name>
    <message>
        <location filename="../../ui/registrations/panel.py" line="47"/>
        <source>Person anmelden …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registrations/panel.py" line="48"/>
        <source>Nachrücken lassen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registrations/panel.py" line="49"/>
        <source>Stornieren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registrations/panel.py" line="76"/>
        <source>unbegrenzt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registrations/panel.py" line="78"/>
        <source>&lt;b&gt;Kapazität:&lt;/b&gt; {0} · &lt;b&gt;angemeldet:&lt;/b&gt; {1} · &lt;b&gt;Warteliste:&lt;/b&gt; {2} · &lt;b&gt;storniert:&lt;/b&gt; {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registrations/panel.py" line="83"/>
        <source>{0}: abgesagt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registrations/panel.py" line="86"/>
        <source>(voll)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registrations/panel.py" line="89"/>
        <source>Belegung je Termin: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registrations/panel.py" line="133"/>
        <source>Anmeldung stornieren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/registrations/panel.py" line="134"/>
        <source>Grund der Stornierung für {0}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="46"/>
        <source>Standorte</source>
        <translation>Offices</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="47"/>
        <source>Bescheinigungen</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="48"/>
        <source>Datenbank und Sprache</source>
        <translation>Database and language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="58"/>
        <source>Standort:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="60"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="60"/>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="61"/>
        <source>Träger:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="61"/>
        <source>Straße:</source>
        <translation>Street:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="62"/>
        <source>PLZ:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="62"/>
        <source>Stadt:</source>
        <translation>City:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="63"/>
        <source>E-Mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="63"/>
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="64"/>
        <source>Leitung (unterschreibt):</source>
        <translation>Head (signs):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="65"/>
        <source>Funktion der Leitung:</source>
        <translation>Head’s position:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="66"/>
        <source>Kürzel für Bescheinigungsnummern:</source>
        <translation>Certificate number prefix:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="67"/>
        <source>Logo (Bilddatei):</source>
        <translation>Logo (image file):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="68"/>
        <source>Unterschrift (Bilddatei):</source>
        <translation>Signature (image file):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="77"/>
        <source>Auswählen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="85"/>
        <source>Standort speichern</source>
        <translation>Save office</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="94"/>
        <source>Bild auswählen</source>
        <translation>Choose image</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="95"/>
        <source>Bilder (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="116"/>
        <location filename="../../ui/pages/settings.py" line="156"/>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="126"/>
        <source>Überschrift:</source>
        <translation>Heading:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="127"/>
        <source>Einleitungssatz:</source>
        <translation>Introduction:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="128"/>
        <source>Schlusstext:</source>
        <translation>Closing text:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="129"/>
        <source>Förderhinweis:</source>
        <translation>Funding note:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="141"/>
        <source> Minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="142"/>
        <source>Mindestteilnahme für eine Reihenbescheinigung:</source>
        <translation>Minimum attendance for a series certificate:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="143"/>
        <source>Länge einer Unterrichtseinheit:</source>
        <translation>Length of a teaching unit:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="145"/>
        <source>Einstellungen speichern</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="166"/>
        <source>Andere Datenbank öffnen…</source>
        <translation>Open another database…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="168"/>
        <source>Aktuelle Datenbank:</source>
        <translation>Current database:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="170"/>
        <source>Die Datenbank gehört auf ein lokales Laufwerk, nicht auf ein Netzlaufwerk: dort können Daten verloren gehen.</source>
        <translation>Keep the database on a local drive, not on a network share: data can be lost there.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="179"/>
        <source>Sprache:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="185"/>
        <source>Datenbank öffnen</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="186"/>
        <source>Transferplaner-Datenbank (*.sqlite *.db);;Alle Dateien (*)</source>
        <translation>Transferplaner database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="194"/>
        <source>Wird beim nächsten Start wirksam.</source>
        <translation>Takes effect at the next start.</translation>
    </message>
</context>
<context>
    <name>TableModels</name>
    <message>
        <location filename="../../ui/models/masterdata.py" line="33"/>
        <location filename="../../ui/models/masterdata.py" line="74"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="34"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="35"/>
        <source>Bundesland</source>
        <translation>Federal state</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="38"/>
        <source>Einwohner</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="42"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="55"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="57"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="75"/>
        <source>Straße</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="76"/>
        <source>PLZ</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="77"/>
        <source>Stadt</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="78"/>
        <source>Land</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="80"/>
        <source>Plätze</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="105"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="106"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="107"/>
        <source>Standort</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="108"/>
        <source>Beginn</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="109"/>
        <source>Ende</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="111"/>
        <source>Termine</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../ui/models/masterdata.py" line="115"/>
        <source>Anmeldungen</source>
        <translation>Registrations</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../ui/pages/table_page.py" line="41"/>
        <source>Suchen … (Strg+F)</source>
        <translation>Search … (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/table_page.py" line="44"/>
        <source>Neu…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/table_page.py" line="45"/>
        <source>Bearbeiten…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/table_page.py" line="109"/>
        <source>%1 Einträge</source>
        <translation>%1 entries</translation>
    </message>
</context>
<context>
    <name>VenueEditorDialog</name>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="140"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="141"/>
        <source>Straße:</source>
        <translation>Street:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="142"/>
        <source>PLZ:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="143"/>
        <source>Stadt:</source>
        <translation>City:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="144"/>
        <source>Bundesland:</source>
        <translation>Federal state:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="145"/>
        <source>Plätze:</source>
        <translation>Seats:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="146"/>
        <source>Notizen:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="148"/>
        <source>Neuer Veranstaltungsort</source>
        <translation>New venue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/masterdata.py" line="161"/>
        <source>Bearbeiten: %1</source>
        <translation>Edit: %1</translation>
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
    <name>formats</name>
    <message>
        <location filename="../../ui/models/labels.py" line="8"/>
        <source>Fortbildungsreihe</source>
        <translation>Training series</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="9"/>
        <source>Netzwerk on Tour</source>
        <translation>Network on Tour</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="10"/>
        <source>Fachtagung</source>
        <translation>Conference</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="11"/>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.py" line="12"/>
        <source>Klärung und Analyse</source>
        <translation>Clarification and analysis</translation>
    </message>
</context>
</TS>
