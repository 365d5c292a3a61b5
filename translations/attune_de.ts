<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiMessage</name>
    <message>
        <source>field &quot;%1&quot; must be a string</source>
        <translation>Feld „%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>field &quot;caller&quot; must be an object</source>
        <translation>Feld „caller“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown field &quot;caller.%1&quot;</source>
        <translation>unbekanntes Feld „caller.%1“</translation>
    </message>
    <message>
        <source>field &quot;caller.fields&quot; must be an object of strings</source>
        <translation>Feld „caller.fields“ muss ein Objekt aus Zeichenketten sein</translation>
    </message>
    <message>
        <source>field &quot;caller.fields&quot; has more than %1 entries</source>
        <translation>Feld „caller.fields“ hat mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>field &quot;caller.fields&quot; must map short names to short strings</source>
        <translation>Feld „caller.fields“ muss kurzen Namen kurze Zeichenketten zuordnen</translation>
    </message>
    <message>
        <source>message longer than %1 bytes</source>
        <translation>Nachricht länger als %1 Byte</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <translation>fehlerhaftes JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>a message must be a JSON object</source>
        <translation>eine Nachricht muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>field &quot;id&quot; must be a number or a string of at most %1 characters</source>
        <translation>Feld „id“ muss eine Zahl oder eine Zeichenkette mit höchstens %1 Zeichen sein</translation>
    </message>
    <message>
        <source>unsupported protocol version (field &quot;version&quot;); expected %1</source>
        <translation>nicht unterstützte Protokollversion (Feld „version“); erwartet: %1</translation>
    </message>
    <message>
        <source>field &quot;type&quot; is missing or not a string</source>
        <translation>Feld „type“ fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>unknown message type &quot;%1&quot;</source>
        <translation>unbekannter Nachrichtentyp „%1“</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; for &quot;%2&quot;</source>
        <translation>unbekanntes Feld „%1“ für „%2“</translation>
    </message>
    <message>
        <source>field &quot;token&quot; is missing or empty</source>
        <translation>Feld „token“ fehlt oder ist leer</translation>
    </message>
    <message>
        <source>field &quot;caller&quot; is missing or empty</source>
        <translation>Feld „caller“ fehlt oder ist leer</translation>
    </message>
    <message>
        <source>field &quot;speaker&quot; must be &quot;customer&quot; or &quot;agent&quot;</source>
        <translation>Feld „speaker“ muss „customer“ oder „agent“ sein</translation>
    </message>
    <message>
        <source>field &quot;text&quot; is missing or empty</source>
        <translation>Feld „text“ fehlt oder ist leer</translation>
    </message>
    <message>
        <source>field &quot;final&quot; must be true or false</source>
        <translation>Feld „final“ muss true oder false sein</translation>
    </message>
    <message>
        <source>field &quot;timestamp&quot; must be milliseconds since 1970 (or an ISO 8601 time)</source>
        <translation>Feld „timestamp“ muss Millisekunden seit 1970 angeben (oder eine Zeit nach ISO 8601)</translation>
    </message>
    <message>
        <source>field &quot;timestamp&quot; is not an ISO 8601 time</source>
        <translation>Feld „timestamp“ ist keine Zeit nach ISO 8601</translation>
    </message>
    <message>
        <source>field &quot;timestamp&quot; must be a number or a string</source>
        <translation>Feld „timestamp“ muss eine Zahl oder eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>field &quot;caller.language&quot; is longer than 16 characters</source>
        <translation>das Feld „caller.language“ ist länger als 16 Zeichen</translation>
    </message>
    <message>
        <source>field &quot;requestId&quot; must be a string of 1 to %1 characters</source>
        <translation>Das Feld &quot;requestId&quot; muss eine Zeichenkette mit 1 bis %1 Zeichen sein</translation>
    </message>
</context>
<context>
    <name>ApiToken</name>
    <message>
        <source>Cannot write the API token file %1.</source>
        <translation>Die API-Token-Datei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot create the API token file %1: %2</source>
        <translation>Die API-Token-Datei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The API token file %1 does not hold a token (at least 32 letters, digits, &apos;-&apos; or &apos;_&apos;); delete it to have a new one made.</source>
        <translation>Die API-Token-Datei %1 enthält kein Token (mindestens 32 Buchstaben, Ziffern, „-“ oder „_“); löschen Sie sie, damit eine neue angelegt wird.</translation>
    </message>
    <message>
        <source>Cannot read the API token file: %1</source>
        <translation>Die API-Token-Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>AssessmentExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>BaresipEvent</name>
    <message>
        <source>baresip sent something that is not a JSON object</source>
        <translation>baresip hat etwas gesendet, das kein JSON-Objekt ist</translation>
    </message>
    <message>
        <source>baresip sent %1 without a call id</source>
        <translation>baresip hat %1 ohne Anruf-ID gesendet</translation>
    </message>
</context>
<context>
    <name>BreathingCoach</name>
    <message>
        <source>A call is live; breathing can wait until it ends.</source>
        <translation>Gerade läuft ein Anruf; die Atemübung kann warten, bis er vorbei ist.</translation>
    </message>
    <message>
        <source>There is no breathing pattern &quot;%1&quot;.</source>
        <translation>Es gibt kein Atemmuster „%1“.</translation>
    </message>
</context>
<context>
    <name>BreathingPattern</name>
    <message>
        <source>Box breathing</source>
        <translation>Box-Atmung</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <translation>4-7-8-Atmung</translation>
    </message>
    <message>
        <source>Coherent breathing</source>
        <translation>Kohärente Atmung</translation>
    </message>
    <message>
        <source>Cyclic sighing</source>
        <translation>Zyklisches Seufzen</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: start with a name and a colon, e.g. &quot;Calm: in 4, out 6&quot;</source>
        <translation>„%1“: Beginnen Sie mit einem Namen und einem Doppelpunkt, z. B. „Ruhe: in 4, out 6“</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: phase %2 &quot;%3&quot;: %4</source>
        <translation>„%1“: Phase %2 „%3“: %4</translation>
    </message>
    <message>
        <source>write in, top-up, hold or out and a number of seconds</source>
        <translation>schreiben Sie in, top-up, hold oder out und eine Sekundenzahl</translation>
    </message>
    <message>
        <source>the length must be above 0 seconds</source>
        <translation>die Dauer muss über 0 Sekunden liegen</translation>
    </message>
    <message>
        <source>the length must be at most %1 seconds</source>
        <translation>die Dauer darf höchstens %1 Sekunden betragen</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a breath needs at least one &quot;in&quot; and one &quot;out&quot;</source>
        <translation>„%1“: Ein Atemzug braucht mindestens ein „in“ und ein „out“</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: one breath takes %2 seconds; it must take %3 to %4 seconds</source>
        <translation>„%1“: Ein Atemzug dauert %2 Sekunden; er muss %3 bis %4 Sekunden dauern</translation>
    </message>
    <message>
        <source>pattern %1: %2</source>
        <translation>Muster %1: %2</translation>
    </message>
</context>
<context>
    <name>CallAudioFollower</name>
    <message>
        <source>baresip&apos;s call audio file cannot be read: %1.</source>
        <translation>Die Gesprächsaudiodatei von baresip kann nicht gelesen werden: %1.</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <source>%1: there is no call.</source>
        <translation>%1: Es gibt keinen Anruf.</translation>
    </message>
    <message>
        <source>%1: call &quot;%2&quot; is not the current call.</source>
        <translation>%1: Anruf „%2“ ist nicht der aktuelle Anruf.</translation>
    </message>
    <message>
        <source>%1: the call is %2.</source>
        <translation>%1: Der Anruf ist im Zustand %2.</translation>
    </message>
    <message>
        <source>call start: call &quot;%1&quot; is already live.</source>
        <translation>call start: Anruf „%1“ läuft bereits.</translation>
    </message>
    <message>
        <source>call start: call &quot;%1&quot; is still live; end it first.</source>
        <translation>call start: Anruf „%1“ läuft noch; beenden Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>utterance: the text is empty.</source>
        <translation>Äußerung: Der Text ist leer.</translation>
    </message>
    <message>
        <source>finish wrap-up: the call is %1.</source>
        <translation>Nachbearbeitung beenden: Der Anruf ist im Zustand %1.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Could not start Attune: %1</source>
        <translation>Attune konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Attune was started but did not come up within 15 seconds; see %1.</source>
        <translation>Attune wurde gestartet, war aber nach 15 Sekunden noch nicht bereit; siehe %1.</translation>
    </message>
    <message>
        <source>attune: %1
</source>
        <translation>attune: %1
</translation>
    </message>
    <message>
        <source>attune: refused: %1
</source>
        <translation>attune: abgelehnt: %1
</translation>
    </message>
    <message>
        <source>attune: there is nothing to export yet (no database at %1)
</source>
        <translation>attune: Es gibt noch nichts zu exportieren (keine Datenbank unter %1)
</translation>
    </message>
    <message>
        <source>attune: nothing was imported: %1
</source>
        <translation>attune: Es wurde nichts importiert: %1
</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Noch einmal: </translation>
    </message>
    <message>
        <source>attune: the two PINs differ; nothing was printed
</source>
        <translation>attune: Die beiden PINs stimmen nicht überein; es wurde nichts ausgegeben
</translation>
    </message>
    <message numerus="yes">
        <source>%1 (customer %2): %n earlier contact(s) on record.</source>
        <translation>
            <numerusform>%1 (Kunde %2): %n früherer Kontakt gespeichert.</numerusform>
            <numerusform>%1 (Kunde %2): %n frühere Kontakte gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>attune: Attune is already running for this data folder (%1); quit it first.
</source>
        <translation>attune: Attune läuft bereits für diesen Datenordner (%1); beenden Sie es zuerst.
</translation>
    </message>
    <message>
        <source>Attune is already running; brought it forward.
</source>
        <translation>Attune läuft bereits und wurde in den Vordergrund geholt.
</translation>
    </message>
    <message>
        <source>Wrote a screenshot to %1
</source>
        <translation>Screenshot gespeichert unter %1
</translation>
    </message>
    <message>
        <source>attune: could not write the screenshot %1
</source>
        <translation>attune: Der Screenshot %1 konnte nicht gespeichert werden
</translation>
    </message>
    <message>
        <source>Attune found its database damaged and started a fresh one. Nothing was deleted: the damaged file is kept at %1.</source>
        <translation>Attune hat seine Datenbank beschädigt vorgefunden und eine neue angelegt. Gelöscht wurde nichts: Die beschädigte Datei liegt unter %1.</translation>
    </message>
    <message>
        <source>Attune</source>
        <translation>Attune</translation>
    </message>
    <message>
        <source>Attune cannot save call history</source>
        <translation>Attune kann den Anrufverlauf nicht speichern</translation>
    </message>
    <message>
        <source>No display found, so Attune runs offscreen and writes a screenshot instead of opening a window.
</source>
        <translation>Kein Bildschirm gefunden: Attune läuft ohne Fenster und speichert stattdessen einen Screenshot.
</translation>
    </message>
    <message>
        <source>attune: %1

</source>
        <translation>attune: %1

</translation>
    </message>
    <message>
        <source>attune: the history cannot open: %1
</source>
        <translation>attune: der Verlauf lässt sich nicht öffnen: %1
</translation>
    </message>
    <message>
        <source>The history cannot open: %1</source>
        <translation>Der Verlauf lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 bytes and was not read</source>
        <translation>Zeile %1 ist länger als %2 Bytes und wurde nicht gelesen</translation>
    </message>
    <message>
        <source>attune: the PIN is longer than %1 bytes; nothing was printed
</source>
        <translation>attune: Die PIN ist länger als %1 Bytes; es wurde nichts ausgegeben
</translation>
    </message>
    <message>
        <source>the output was cut short</source>
        <translation>die Ausgabe brach vorzeitig ab</translation>
    </message>
    <message>
        <source>attune: could not write the output: %1
</source>
        <translation>attune: Die Ausgabe konnte nicht geschrieben werden: %1
</translation>
    </message>
    <message>
        <source>Supervisor PIN or passphrase: </source>
        <translation>Supervisor-PIN oder Passphrase: </translation>
    </message>
    <message>
        <source>Attune cannot save</source>
        <translation>Attune kann nicht speichern</translation>
    </message>
    <message>
        <source>the self-assessment questions set by %1 were refused, using the built-in ones: %2</source>
        <translation>Die in %1 festgelegten Fragen zur Selbsteinschätzung wurden abgelehnt, die integrierten werden verwendet: %2</translation>
    </message>
    <message>
        <source>the phrase library set by %1 was refused, using the built-in one: %2</source>
        <translation>Die in %1 festgelegte Formulierungsbibliothek wurde abgelehnt, die integrierte wird verwendet: %2</translation>
    </message>
    <message>
        <source>attune: there is no practice scenario &quot;%1&quot;; the scenarios are: %2
</source>
        <translation>attune: es gibt kein Übungsszenario „%1“; die Szenarien sind: %2
</translation>
    </message>
    <message>
        <source>Practice is open in Attune: choose a scenario.
</source>
        <translation>Die Übung ist in Attune geöffnet: Wählen Sie ein Szenario.
</translation>
    </message>
    <message>
        <source>Practice &quot;%1&quot; is open in Attune.
</source>
        <translation>Die Übung „%1“ ist in Attune geöffnet.
</translation>
    </message>
    <message>
        <source>Password of the team server&apos;s admin role: </source>
        <translation>Passwort der Admin-Rolle des Team-Servers: </translation>
    </message>
    <message>
        <source>the password on standard input is longer than %1 bytes</source>
        <translation>das Passwort auf der Standardeingabe ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>the password file %1 does not exist or is not a file</source>
        <translation>die Passwortdatei %1 existiert nicht oder ist keine Datei</translation>
    </message>
    <message>
        <source>the password file %1 can be read by others or is not yours; it is used only when it belongs to you and no one else can read it (chmod 600)</source>
        <translation>die Passwortdatei %1 ist für andere lesbar oder gehört nicht Ihnen; sie wird nur verwendet, wenn sie Ihnen gehört und niemand sonst sie lesen kann (chmod 600)</translation>
    </message>
    <message>
        <source>the password file %1 cannot be read: %2</source>
        <translation>die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed</source>
        <translation>der PostgreSQL-Treiber (QPSQL, Debian-Paket libqt6sql6-psql) ist nicht installiert</translation>
    </message>
    <message>
        <source>cannot connect to the team server %1 (database %2) as %3: %4</source>
        <translation>keine Verbindung zum Team-Server %1 (Datenbank %2) als %3: %4</translation>
    </message>
    <message>
        <source>the team server was not set up: %1</source>
        <translation>der Team-Server wurde nicht eingerichtet: %1</translation>
    </message>
    <message>
        <source>The team server %1 (database %2) is set up: schema version %3, roles attune_agent and attune_supervisor, row-level security on.
</source>
        <translation>Der Team-Server %1 (Datenbank %2) ist eingerichtet: Schemaversion %3, Rollen attune_agent und attune_supervisor, Sicherheit auf Zeilenebene aktiv.
</translation>
    </message>
    <message>
        <source>The team server %1 (database %2) is at schema version %3 (it was at %4); grants and policies were restored.
</source>
        <translation>Der Team-Server %1 (Datenbank %2) hat Schemaversion %3 (vorher %4); Rechte und Richtlinien wurden wiederhergestellt.
</translation>
    </message>
    <message>
        <source>%1 is an agent of team %2.
</source>
        <translation>%1 ist Agent im Team %2.
</translation>
    </message>
    <message>
        <source>%1 is a supervisor of team %2.
</source>
        <translation>%1 ist Supervisor im Team %2.
</translation>
    </message>
    <message>
        <source>Give %1 a password with psql&apos;s \password %1 (or map a client certificate), then set team/user=%1 in their Attune&apos;s system settings.
</source>
        <translation>Geben Sie %1 ein Passwort mit \password %1 in psql (oder ordnen Sie ein Client-Zertifikat zu) und setzen Sie dann team/user=%1 in den Systemeinstellungen ihres Attune.
</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n assessment(s) to %1.
</source>
        <translation>
            <numerusform>%n Selbsteinschätzung nach %1 exportiert.
</numerusform>
            <numerusform>%n Selbsteinschätzungen nach %1 exportiert.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n survey answer(s) from %1: %2 new, %3 already imported; %4 from a customer who left upset.
</source>
        <translation>
            <numerusform>%n Umfrageantwort aus %1 importiert: %2 neu, %3 schon importiert; %4 von einem Kunden, der verärgert blieb.
</numerusform>
            <numerusform>%n Umfrageantworten aus %1 importiert: %2 neu, %3 schon importiert; %4 von einem Kunden, der verärgert blieb.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from %1: %2 new, %3 updated.
</source>
        <translation>
            <numerusform>%n Zeile aus %1 importiert: %2 neu, %3 aktualisiert.
</numerusform>
            <numerusform>%n Zeilen aus %1 importiert: %2 neu, %3 aktualisiert.
</numerusform>
        </translation>
    </message>
    <message>
        <source>attune: warning: %1
</source>
        <translation>attune: Warnung: %1
</translation>
    </message>
    <message>
        <source>Attune is already running for this data folder (process %1) but does not answer. If its window does not come back in a moment, end that process and start Attune again.</source>
        <translation>Attune läuft bereits für diesen Datenordner (Prozess %1), antwortet aber nicht. Wenn sein Fenster nicht gleich wieder reagiert, beenden Sie diesen Prozess und starten Sie Attune neu.</translation>
    </message>
    <message>
        <source>Attune is already running for this data folder but does not answer. If its window does not come back in a moment, end it and start Attune again.</source>
        <translation>Attune läuft bereits für diesen Datenordner, antwortet aber nicht. Wenn sein Fenster nicht gleich wieder reagiert, beenden Sie es und starten Sie Attune neu.</translation>
    </message>
    <message>
        <source>Attune does not answer</source>
        <translation>Attune antwortet nicht</translation>
    </message>
    <message>
        <source>Attune was started but stopped before it could take the request; see %1.</source>
        <translation>Attune wurde gestartet, hat sich aber beendet, bevor es die Anfrage annehmen konnte; siehe %1.</translation>
    </message>
    <message>
        <source>attune: %1 is not a file of yours, so the Attune started now writes no log.
</source>
        <translation>attune: %1 ist keine Datei von Ihnen, daher schreibt das jetzt gestartete Attune kein Protokoll.
</translation>
    </message>
</context>
<context>
    <name>CoachingStore</name>
    <message>
        <source>A coaching note needs some text.</source>
        <translation>Eine Coaching-Notiz braucht einen Text.</translation>
    </message>
    <message>
        <source>A coaching note can be at most %1 characters.</source>
        <translation>Eine Coaching-Notiz darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>That call is no longer in the history.</source>
        <translation>Dieser Anruf ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <source>Kudos name the behaviour they recognise.</source>
        <translation>Ein Lob nennt das Verhalten, das es anerkennt.</translation>
    </message>
    <message>
        <source>The behaviour can be at most %1 characters.</source>
        <translation>Das Verhalten darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Kudos can be at most %1 characters.</source>
        <translation>Ein Lob darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>That assessment is no longer in the history.</source>
        <translation>Diese Selbsteinschätzung ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (the call with %2)</source>
        <translation>%1 (Anruf mit %2)</translation>
    </message>
    <message>
        <source>Only a signed-in supervisor can add this, and the supervisor PIN must be one made by this version of &quot;attune hash-pin&quot; (ask IT to run it again).</source>
        <translation>Nur ein angemeldeter Supervisor kann dies hinzufügen, und die Supervisor-PIN muss mit dieser Version von „attune hash-pin“ erzeugt sein (bitten Sie die IT, es erneut auszuführen).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--lang must be one of %1</source>
        <translation>--lang muss eines von diesen sein: %1</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>Option %1 braucht einen Wert</translation>
    </message>
    <message>
        <source>option %1 needs a non-empty value</source>
        <translation>Option %1 braucht einen nicht leeren Wert</translation>
    </message>
    <message>
        <source>&quot;call&quot; needs a subcommand: start, answer, say or end</source>
        <translation>„call“ braucht einen Unterbefehl: start, answer, say oder end</translation>
    </message>
    <message>
        <source>&quot;call say&quot; needs --speaker customer or --speaker agent</source>
        <translation>„call say“ braucht --speaker customer oder --speaker agent</translation>
    </message>
    <message>
        <source>--speaker must be customer or agent, not &quot;%1&quot;</source>
        <translation>--speaker muss customer oder agent sein, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;call say&quot; needs the text of what was said</source>
        <translation>„call say“ braucht den Text des Gesagten</translation>
    </message>
    <message>
        <source>unknown call subcommand &quot;%1&quot;</source>
        <translation>unbekannter Unterbefehl von „call“: „%1“</translation>
    </message>
    <message>
        <source>&quot;export&quot; needs what to export: assessments</source>
        <translation>„export“ braucht die Angabe, was exportiert werden soll: assessments</translation>
    </message>
    <message>
        <source>--format needs csv or json</source>
        <translation>--format braucht csv oder json</translation>
    </message>
    <message>
        <source>--format must be csv or json, not &quot;%1&quot;</source>
        <translation>--format muss csv oder json sein, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;export assessments&quot; writes one file; got &quot;%1&quot; too</source>
        <translation>„export assessments“ schreibt nur eine Datei; zusätzlich angegeben: „%1“</translation>
    </message>
    <message>
        <source>&quot;export assessments&quot; needs --format csv or --format json</source>
        <translation>„export assessments“ braucht --format csv oder --format json</translation>
    </message>
    <message>
        <source>&quot;export assessments&quot; needs the file to write</source>
        <translation>„export assessments“ braucht die Datei, in die geschrieben werden soll</translation>
    </message>
    <message>
        <source>--map needs &quot;CRM header=field,...&quot;</source>
        <translation>--map braucht &quot;CRM-Spalte=Feld,...&quot;</translation>
    </message>
    <message>
        <source>&quot;import&quot; reads one file; got &quot;%1&quot; too</source>
        <translation>„import“ liest nur eine Datei; zusätzlich angegeben: „%1“</translation>
    </message>
    <message>
        <source>&quot;import %1&quot; needs the file to read</source>
        <translation>„import %1“ braucht die Datei, die gelesen werden soll</translation>
    </message>
    <message>
        <source>&quot;status&quot; takes no arguments</source>
        <translation>„status“ erwartet keine Argumente</translation>
    </message>
    <message>
        <source>&quot;hash-pin&quot; takes no arguments; it reads the PIN on standard input</source>
        <translation>„hash-pin“ erwartet keine Argumente; es liest die PIN von der Standardeingabe</translation>
    </message>
    <message>
        <source>&quot;breathe&quot; takes no arguments</source>
        <translation>„breathe“ erwartet keine Argumente</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>option --screenshot needs a file name</source>
        <translation>Option --screenshot braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>the attune:// link was refused: %1</source>
        <translation>der attune://-Link wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation>er ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>it is not a valid URL</source>
        <translation>er ist keine gültige URL</translation>
    </message>
    <message>
        <source>it does not start with attune://</source>
        <translation>er beginnt nicht mit attune://</translation>
    </message>
    <message>
        <source>only attune://call?… links are understood</source>
        <translation>nur Links der Form attune://call?… werden verstanden</translation>
    </message>
    <message>
        <source>a phone number (digits, spaces, + ( ) . -)</source>
        <translation>eine Telefonnummer (Ziffern, Leerzeichen, + ( ) . -)</translation>
    </message>
    <message>
        <source>a name of at most 200 characters</source>
        <translation>ein Name mit höchstens 200 Zeichen</translation>
    </message>
    <message>
        <source>an id of letters, digits and . _ : @ -</source>
        <translation>eine ID aus Buchstaben, Ziffern und . _ : @ -</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is given twice</source>
        <translation>Feld „%1“ ist doppelt angegeben</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be %2</source>
        <translation>Feld „%1“ muss %2 sein</translation>
    </message>
    <message>
        <source>it needs at least a phone, a name or a customerId</source>
        <translation>er braucht mindestens eine Telefonnummer (phone), einen Namen (name) oder eine customerId</translation>
    </message>
    <message>
        <source>an attune:// link comes alone, without other arguments</source>
        <translation>ein attune://-Link steht allein, ohne weitere Argumente</translation>
    </message>
    <message>
        <source>&quot;import&quot; needs what to import: customers, contacts, cases or feedback</source>
        <translation>„import“ braucht die Angabe, was importiert werden soll: customers, contacts, cases oder feedback</translation>
    </message>
    <message>
        <source>&quot;practice&quot; takes at most one scenario id</source>
        <translation>„practice“ nimmt höchstens eine Szenario-ID an</translation>
    </message>
    <message>
        <source>a practice scenario id is 1 to 40 lower-case letters, digits and -, not &quot;%1&quot;</source>
        <translation>eine Szenario-ID besteht aus 1 bis 40 Kleinbuchstaben, Ziffern und -, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;team&quot; needs what to do: init, add-agent or add-supervisor</source>
        <translation>„team“ braucht eine Aktion: init, add-agent oder add-supervisor</translation>
    </message>
    <message>
        <source>&quot;team %1&quot; needs --server HOST</source>
        <translation>„team %1“ braucht --server HOST</translation>
    </message>
    <message>
        <source>--port must be a port number from 1 to 65535</source>
        <translation>--port muss eine Portnummer von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>--sslmode must be one of %1</source>
        <translation>--sslmode muss eines von %1 sein</translation>
    </message>
    <message>
        <source>&quot;team init&quot; takes no --team</source>
        <translation>„team init“ nimmt kein --team</translation>
    </message>
    <message>
        <source>&quot;team %1&quot; needs exactly one person (their PostgreSQL role name)</source>
        <translation>„team %1“ braucht genau eine Person (ihren PostgreSQL-Rollennamen)</translation>
    </message>
    <message>
        <source>&quot;team %1&quot; needs --team TEAM</source>
        <translation>„team %1“ braucht --team TEAM</translation>
    </message>
    <message>
        <source>Usage:
  attune [--demo] [--screenshot FILE] [--exit-after-first-frame]
  attune call start [--call-id ID] [--phone NUMBER | NUMBER] [--customer-id ID] [--name NAME] [--lang en|es|de|fr|pt]
  attune call answer [--call-id ID]
  attune call say --speaker customer|agent [--call-id ID] [--partial] TEXT
  attune call end [--call-id ID]
  attune status
  attune breathe
  attune practice [SCENARIO]
  attune export assessments --format csv|json FILE
  attune import customers|contacts|cases FILE [--map &quot;CRM header=field,...&quot;]
  attune import feedback FILE
  attune hash-pin
  attune team init --server HOST [CONNECTION]
  attune team add-agent PERSON --team TEAM --server HOST [CONNECTION]
  attune team add-supervisor PERSON --team TEAM --server HOST [CONNECTION]
  attune cues [--lang en|es|de|fr|pt|auto] &lt; utterances.txt
  attune &quot;attune://call?phone=NUMBER&amp;name=NAME&amp;id=CALL-ID&quot;
  attune --version | --help

Without a command, starts Attune, or brings the running one forward.
&quot;call&quot; commands pass a call event to the running Attune (starting it if
needed); softphones can run them on incoming, answered and ended calls.
&quot;status&quot; prints the running Attune&apos;s live state as JSON (exit 3 if none runs).
&quot;breathe&quot; starts a breathing exercise in Attune (not while a call is live).
&quot;practice&quot; opens practice in Attune, Attune playing the customer (not while a
call is live); with SCENARIO (an id such as repeat-failure) that one starts.
&quot;export assessments&quot; writes your own post-call self-assessments to FILE;
a private note never leaves the computer&apos;s database.
&quot;import&quot; reads a CRM export (CSV or JSON) into the customer profiles; a bad row
stops it with file, line and field, and nothing is written.
&quot;import feedback&quot; reads post-call survey results (CSV or JSON) beside your calls,
by the same rules; a survey whose call is not in the history is refused.
&quot;hash-pin&quot; reads a supervisor PIN (not echoed) and prints the line IT puts in
the system settings to enable the supervisor view.
&quot;team&quot; sets up the team server (PostgreSQL) for IT: &quot;init&quot; creates or upgrades
its schema, roles and policies (safe to run again); &quot;add-agent&quot; and
&quot;add-supervisor&quot; make a PostgreSQL role a member of a team. CONNECTION is
[--port N] [--database NAME] [--user ADMIN] [--ca-file FILE]
[--sslmode verify-full|verify-ca|require|disable] [--password-file FILE]; the
admin password is read from FILE (only its owner may read it) or standard input,
never from the command line.
&quot;cues&quot; reads customer utterances, one per line, and writes one JSON object of
emotional cues per line, in the same order.
An attune://call link (from a contact-center desktop) pops the call like
&quot;call start&quot;; a link that does not validate changes nothing.

Options:
  --demo                    play a scripted demo call, on a separate demo database
  --screenshot FILE         write the main window to a PNG and exit (with --demo:
                            after the demo&apos;s first lines)
  --exit-after-first-frame  say when the first frame is painted and exit once
                            started (startup benchmark)
  --version, --help

Exit codes: 0 success, 1 the request was refused or failed, 2 bad command line
(or an unknown practice scenario), 3 Attune is not running (status).
</source>
        <translation>Aufruf:
  attune [--demo] [--screenshot DATEI] [--exit-after-first-frame]
  attune call start [--call-id ID] [--phone NUMMER | NUMMER] [--customer-id ID] [--name NAME] [--lang en|es|de|fr|pt]
  attune call answer [--call-id ID]
  attune call say --speaker customer|agent [--call-id ID] [--partial] TEXT
  attune call end [--call-id ID]
  attune status
  attune breathe
  attune practice [SZENARIO]
  attune export assessments --format csv|json DATEI
  attune import customers|contacts|cases DATEI [--map &quot;CRM-Spalte=Feld,...&quot;]
  attune import feedback DATEI
  attune hash-pin
  attune team init --server HOST [CONNECTION]
  attune team add-agent PERSON --team TEAM --server HOST [CONNECTION]
  attune team add-supervisor PERSON --team TEAM --server HOST [CONNECTION]
  attune cues [--lang en|es|de|fr|pt|auto] &lt; utterances.txt
  attune &quot;attune://call?phone=NUMMER&amp;name=NAME&amp;id=ANRUF-ID&quot;
  attune --version | --help

Ohne Befehl wird Attune gestartet oder das laufende Attune in den Vordergrund
geholt.
Die „call“-Befehle geben ein Anrufereignis an das laufende Attune weiter (und
starten es bei Bedarf); Softphones können sie bei eingehenden, angenommenen
und beendeten Anrufen ausführen.
„status“ gibt den aktuellen Zustand des laufenden Attune als JSON aus
(Exit-Code 3, wenn keines läuft).
„breathe“ startet eine Atemübung in Attune (nicht während eines Anrufs).
„practice“ öffnet die Übung in Attune, Attune spielt den Kunden (nicht während
eines Anrufs); mit SZENARIO (eine ID wie repeat-failure) startet dieses sofort.
„export assessments“ schreibt Ihre eigenen Selbsteinschätzungen nach Anrufen
in DATEI; eine private Notiz verlässt nie die Datenbank dieses Computers.
„import“ liest einen CRM-Export (CSV oder JSON) in die Kundenprofile ein; eine
fehlerhafte Zeile bricht den Import mit Angabe von Datei, Zeile und Feld ab,
und es wird nichts geschrieben.
„import feedback“ liest Ergebnisse von Umfragen nach dem Anruf (CSV oder JSON) zu
Ihren Anrufen ein, nach denselben Regeln; eine Umfrage ohne ihren Anruf im Verlauf
wird abgelehnt.
„hash-pin“ liest eine Supervisor-PIN (ohne sie anzuzeigen) und gibt die Zeile
aus, die die IT in die Systemeinstellungen einträgt, um die Supervisor-Ansicht
freizuschalten.
„team“ richtet den Team-Server (PostgreSQL) für die IT ein: „init“ legt Schema,
Rollen und Richtlinien an oder aktualisiert sie (beliebig oft ausführbar);
„add-agent“ und „add-supervisor“ machen eine PostgreSQL-Rolle zum Mitglied eines
Teams. CONNECTION ist [--port N] [--database NAME] [--user ADMIN]
[--ca-file DATEI] [--sslmode verify-full|verify-ca|require|disable]
[--password-file DATEI]; das Admin-Passwort wird aus DATEI (nur für den Besitzer
lesbar) oder der Standardeingabe gelesen, nie von der Befehlszeile.
„cues“ liest Äußerungen von Kunden, eine pro Zeile, und schreibt pro Zeile ein
JSON-Objekt mit den emotionalen Signalen, in derselben Reihenfolge.
Ein attune://call-Link (aus der Contact-Center-Oberfläche) übergibt den Anruf
wie „call start“; ein Link, der die Prüfung nicht besteht, ändert nichts.

Optionen:
  --demo                    einen Demo-Anruf nach Skript abspielen, mit einer
                            eigenen Demo-Datenbank
  --screenshot DATEI        das Hauptfenster als PNG speichern und beenden (mit
                            --demo: nach den ersten Zeilen der Demo)
  --exit-after-first-frame  den ersten Frame melden und nach dem vollständigen
                            Start beenden (Startzeit-Benchmark)
  --version, --help

Exit-Codes: 0 Erfolg, 1 Anfrage abgelehnt oder fehlgeschlagen, 2 fehlerhafte
Befehlszeile (oder unbekanntes Übungsszenario), 3 Attune läuft nicht (status).
</translation>
    </message>
    <message>
        <source>option %1 is given twice; give it once</source>
        <translation>Die Option %1 wurde zweimal angegeben; geben Sie sie nur einmal an</translation>
    </message>
</context>
<context>
    <name>ConnectionThread</name>
    <message>
        <source>Attune asked the database from the wrong thread, and nothing was read or written. Please report this.</source>
        <translation>Attune hat die Datenbank aus dem falschen Thread abgefragt; nichts wurde gelesen oder geschrieben. Bitte melden Sie das.</translation>
    </message>
</context>
<context>
    <name>ControlProtocol</name>
    <message>
        <source>field &quot;%1&quot; must be a string</source>
        <translation>Feld „%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <translation>fehlerhaftes JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>a request must be a JSON object</source>
        <translation>eine Anfrage muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>unsupported protocol version (field &quot;v&quot;); expected %1</source>
        <translation>nicht unterstützte Protokollversion (Feld „v“); erwartet: %1</translation>
    </message>
    <message>
        <source>field &quot;speaker&quot; must be &quot;customer&quot; or &quot;agent&quot;</source>
        <translation>Feld „speaker“ muss „customer“ oder „agent“ sein</translation>
    </message>
    <message>
        <source>field &quot;text&quot; is missing or empty</source>
        <translation>Feld „text“ fehlt oder ist leer</translation>
    </message>
    <message>
        <source>self-assessments are not available (no database)</source>
        <translation>Selbsteinschätzungen sind nicht verfügbar (keine Datenbank)</translation>
    </message>
    <message>
        <source>field &quot;answers&quot; must be an object</source>
        <translation>Feld „answers“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>field &quot;answers.%1&quot; must be a string</source>
        <translation>Feld „answers.%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>the breathing exercise is not ready yet</source>
        <translation>die Atemübung ist noch nicht bereit</translation>
    </message>
    <message>
        <source>field &quot;command&quot; is missing</source>
        <translation>Feld „command“ fehlt</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>the history is not available (no database)</source>
        <translation>der Verlauf ist nicht verfügbar (keine Datenbank)</translation>
    </message>
    <message>
        <source>field &quot;private&quot; must be true or false</source>
        <translation>Feld „private“ muss true oder false sein</translation>
    </message>
    <message>
        <source>field &quot;scenario&quot; must be a scenario id of at most 40 characters</source>
        <translation>Feld „scenario“ muss eine Szenario-ID mit höchstens 40 Zeichen sein</translation>
    </message>
    <message>
        <source>practice is not ready yet</source>
        <translation>die Übung ist noch nicht bereit</translation>
    </message>
</context>
<context>
    <name>ControlReply</name>
    <message>
        <source>this request is answered once its write has run</source>
        <translation>diese Anfrage wird beantwortet, sobald ihr Schreibvorgang gelaufen ist</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1:%2: the file is not UTF-8 text (at or after this line); save it from the CRM as CSV UTF-8</source>
        <translation>%1:%2: Die Datei ist kein UTF-8-Text (ab dieser Zeile oder danach); speichern Sie sie im CRM als CSV UTF-8</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (at or after this line); save it from the CRM as CSV UTF-8</source>
        <translation>die Datei ist kein UTF-8-Text (ab dieser Zeile oder danach); speichern Sie sie im CRM als CSV UTF-8</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>field %1 is longer than %2 characters</source>
        <translation>Feld %1 ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>the record is longer than %1 characters</source>
        <translation>der Datensatz ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the record has more than %1 fields</source>
        <translation>der Datensatz hat mehr als %1 Felder</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>--map &quot;%1&quot;: write CRM header=field, with field one of %2</source>
        <translation>--map „%1“: Schreiben Sie CRM-Spalte=Feld, wobei Feld eines von %2 ist</translation>
    </message>
    <message>
        <source>is empty, and every row needs it</source>
        <translation>ist leer, wird aber in jeder Zeile benötigt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD</source>
        <translation>„%1“ ist kein Datum im Format JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not open or closed</source>
        <translation>„%1“ ist weder open noch closed</translation>
    </message>
    <message>
        <source>no customer &quot;%1&quot;; import the customers first</source>
        <translation>kein Kunde „%1“; importieren Sie zuerst die Kunden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or time written YYYY-MM-DD[THH:MM]</source>
        <translation>„%1“ ist kein Datum und keine Uhrzeit im Format JJJJ-MM-TT[THH:MM]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:1: the required column &quot;%2&quot; is missing (columns: %3)</source>
        <translation>%1:1: Die Pflichtspalte „%2“ fehlt (Spalten: %3)</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: &quot;%3&quot; is already on line %4</source>
        <translation>%1: Feld „%2“: „%3“ steht bereits in Zeile %4</translation>
    </message>
</context>
<context>
    <name>CustomerStore</name>
    <message>
        <source>a note is 1 to 2000 characters</source>
        <translation>eine Notiz hat 1 bis 2000 Zeichen</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program (%2). Attune did not change it; close the other program and start Attune again.</source>
        <translation>Die Datenbank %1 wird von einem anderen Programm verwendet (%2). Attune hat sie nicht verändert; schließen Sie das andere Programm und starten Sie Attune neu.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2) and could not be moved aside.</source>
        <translation>Die Datenbank %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Die Schemaversion von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer Attune (schema %2; this one knows %3).</source>
        <translation>Die Datenbank %1 stammt von einer neueren Attune-Version (Schema %2; diese Version kennt bis %3).</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The database %1 was truncated or replaced while Attune was running, so nothing more can be saved safely; this was not saved. Quit Attune and start it again.</source>
        <translation>Die Datenbank %1 wurde gekürzt oder ersetzt, während Attune lief; daher lässt sich nichts mehr sicher speichern, und dies wurde nicht gespeichert. Beenden Sie Attune und starten Sie es neu.</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>die Datenbank</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so this was not saved. Free some space on it (or ask IT to), then try again.</source>
        <translation>Der Datenträger mit %1 ist voll; dies wurde daher nicht gespeichert. Schaffen Sie dort Platz (oder bitten Sie die IT darum) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Attune cannot write to %1 (the file or its folder is read-only), so this was not saved. Make them writable for your user (or ask IT to), then try again.</source>
        <translation>Attune kann %1 nicht schreiben (die Datei oder ihr Ordner ist schreibgeschützt); dies wurde daher nicht gespeichert. Machen Sie beide für Ihren Benutzer beschreibbar (oder bitten Sie die IT darum) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk reported an error while writing %1, so this was not saved. Check the disk (or ask IT to), then try again.</source>
        <translation>Der Datenträger meldete beim Schreiben von %1 einen Fehler; dies wurde daher nicht gespeichert. Prüfen Sie den Datenträger (oder bitten Sie die IT darum) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database %1 is damaged, so this was not saved. Quit Attune and start it again: it keeps the damaged file aside and starts a fresh one.</source>
        <translation>Die Datenbank %1 ist beschädigt; dies wurde daher nicht gespeichert. Beenden Sie Attune und starten Sie es neu: Es legt die beschädigte Datei beiseite und beginnt eine neue.</translation>
    </message>
    <message>
        <source>Attune cannot write to its data folder %1 (%2). Nothing was changed. Make the folder and the files in it writable for your user (or ask IT to), then start Attune again.</source>
        <translation>Attune kann nicht in seinen Datenordner %1 schreiben (%2). Es wurde nichts verändert. Machen Sie den Ordner und die Dateien darin für Ihren Benutzer beschreibbar (oder bitten Sie die IT darum) und starten Sie Attune neu.</translation>
    </message>
    <message>
        <source>%1 Attune did not change anything.</source>
        <translation>%1 Attune hat nichts verändert.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Nothing was changed. Start Attune: it keeps the damaged file aside and starts a fresh one.</source>
        <translation>Die Datenbank %1 ist beschädigt (%2). Es wurde nichts geändert. Starten Sie Attune: Es legt die beschädigte Datei beiseite und beginnt eine neue.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a folder, a device or a FIFO, or a link to one). Attune did not open or change it. Move it out of the way (or ask IT to), then start Attune again.</source>
        <translation>%1 ist keine gewöhnliche Datei (ein Ordner, ein Gerät, ein FIFO oder ein Link darauf). Attune hat sie weder geöffnet noch verändert. Verschieben Sie sie (oder bitten Sie die IT darum) und starten Sie Attune dann erneut.</translation>
    </message>
</context>
<context>
    <name>DisplayLabels</name>
    <message>
        <source>frustrated</source>
        <translation>frustriert</translation>
    </message>
    <message>
        <source>worried</source>
        <translation>besorgt</translation>
    </message>
    <message>
        <source>sad</source>
        <translation>traurig</translation>
    </message>
    <message>
        <source>confused</source>
        <translation>verwirrt</translation>
    </message>
    <message>
        <source>in a hurry</source>
        <translation>in Eile</translation>
    </message>
    <message>
        <source>grateful</source>
        <translation>dankbar</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Spiegeln</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Verständnis zeigen</translation>
    </message>
    <message>
        <source>Apologise</source>
        <translation>Entschuldigen</translation>
    </message>
    <message>
        <source>Reassure</source>
        <translation>Sicherheit geben</translation>
    </message>
    <message>
        <source>Open question</source>
        <translation>Offene Frage</translation>
    </message>
    <message>
        <source>Clarify</source>
        <translation>Klären</translation>
    </message>
    <message>
        <source>Set expectations</source>
        <translation>Ausblick geben</translation>
    </message>
    <message>
        <source>De-escalate</source>
        <translation>Deeskalieren</translation>
    </message>
    <message>
        <source>Personalise</source>
        <translation>Persönlich eingehen</translation>
    </message>
    <message>
        <source>Close warmly</source>
        <translation>Herzlich abschließen</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
</context>
<context>
    <name>ExportPolicy</name>
    <message>
        <source>exporting is turned off by your IT department (%1); nothing was written</source>
        <translation>Ihre IT-Abteilung hat das Exportieren abgeschaltet (%1); es wurde nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>FeedbackImport</name>
    <message>
        <source>no answered call &quot;%1&quot; is in this history; nothing is guessed</source>
        <translation>kein angenommener Anruf „%1“ ist in diesem Verlauf; es wird nichts geraten</translation>
    </message>
    <message>
        <source>is empty; give the call id, or customer_id or phone with call_time</source>
        <translation>ist leer; geben Sie die Anruf-ID an, oder customer_id oder phone mit call_time</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time written YYYY-MM-DDTHH:MM[:SS][Z or +HH:MM]</source>
        <translation>„%1“ ist keine Zeit im Format YYYY-MM-DDTHH:MM[:SS][Z oder +HH:MM]</translation>
    </message>
    <message>
        <source>no answered call of &quot;%1&quot; within %2 minutes of %3 is in this history; nothing is guessed</source>
        <translation>kein angenommener Anruf von „%1“ innerhalb von %2 Minuten um %3 ist in diesem Verlauf; es wird nichts geraten</translation>
    </message>
    <message>
        <source>%1 calls of &quot;%2&quot; are within %3 minutes of %4; give call_id to say which</source>
        <translation>%1 Anrufe von „%2“ liegen innerhalb von %3 Minuten um %4; geben Sie call_id an, um zu sagen, welcher</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation>„%1“ ist keine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>is empty, and so is &quot;nps&quot;: a row needs CSAT (1 to 5) or NPS (0 to 10)</source>
        <translation>ist leer, ebenso „nps“: eine Zeile braucht CSAT (1 bis 5) oder NPS (0 bis 10)</translation>
    </message>
    <message>
        <source>%1: the same survey of call &quot;%2&quot; is already on line %3</source>
        <translation>%1: dieselbe Umfrage zum Anruf „%2“ steht schon in Zeile %3</translation>
    </message>
    <message>
        <source>%1:1: the file needs a column call_id (or customer_id or phone, with call_time) and a column csat or nps (columns: %2)</source>
        <translation>%1:1: die Datei braucht eine Spalte call_id (oder customer_id oder phone, mit call_time) und eine Spalte csat oder nps (Spalten: %2)</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>from %1 to %2</source>
        <translation>vom %1 bis %2</translation>
    </message>
    <message>
        <source>the first call</source>
        <translation>ersten Anruf</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>self score below %1</source>
        <translation>eigene Bewertung unter %1</translation>
    </message>
    <message>
        <source>hot calls only</source>
        <translation>nur Anrufe mit starken Gefühlen</translation>
    </message>
    <message>
        <source>stress 4 or 5 after the call</source>
        <translation>Anspannung 4 oder 5 nach dem Anruf</translation>
    </message>
    <message>
        <source>customer contains &quot;%1&quot;</source>
        <translation>Kunde enthält „%1“</translation>
    </message>
    <message>
        <source>All calls.</source>
        <translation>Alle Anrufe.</translation>
    </message>
    <message>
        <source>Calls %1.</source>
        <translation>Anrufe: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Woche für Woche</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Selbsteinschätzungen</translation>
    </message>
    <message>
        <source>Hot calls that calmed</source>
        <translation>Beruhigte Anrufe mit starken Gefühlen</translation>
    </message>
    <message>
        <source>Self / supervisor score</source>
        <translation>Eigene / Supervisor-Bewertung</translation>
    </message>
    <message>
        <source>Stress before / after breathing</source>
        <translation>Anspannung vor / nach der Atemübung</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The calls</source>
        <translation>Die Anrufe</translation>
    </message>
    <message>
        <source>The first %1 calls in the view&apos;s order</source>
        <translation>Die ersten %1 Anrufe in der Reihenfolge der Ansicht</translation>
    </message>
    <message>
        <source>No call matches.</source>
        <translation>Keine passenden Anrufe.</translation>
    </message>
    <message>
        <source>talk time %1</source>
        <translation>Gesprächsdauer %1</translation>
    </message>
    <message>
        <source>peak: %1</source>
        <translation>stärkstes Gefühl: %1</translation>
    </message>
    <message>
        <source>calmed</source>
        <translation>beruhigt</translation>
    </message>
    <message>
        <source>did not calm</source>
        <translation>nicht beruhigt</translation>
    </message>
    <message>
        <source>self score %1</source>
        <translation>eigene Bewertung %1</translation>
    </message>
    <message>
        <source>supervisor score %1</source>
        <translation>Supervisor-Bewertung %1</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Unbekannter Anrufer</translation>
    </message>
    <message>
        <source>Next time: %1</source>
        <translation>Nächstes Mal: %1</translation>
    </message>
    <message>
        <source>Coaching: %1</source>
        <translation>Coaching: %1</translation>
    </message>
    <message>
        <source>Kudos: %1</source>
        <translation>Lob: %1</translation>
    </message>
    <message>
        <source>Kudos: %1 – %2</source>
        <translation>Lob: %1 – %2</translation>
    </message>
    <message>
        <source>customer score %1, left upset</source>
        <translation>Kundenbewertung %1, verärgert geblieben</translation>
    </message>
    <message>
        <source>customer score %1</source>
        <translation>Kundenbewertung %1</translation>
    </message>
    <message>
        <source>The customer: “%1”</source>
        <translation>Der Kunde: „%1“</translation>
    </message>
</context>
<context>
    <name>HistoryReportPrinter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Attune coaching report</source>
        <translation>Attune-Coaching-Bericht</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: Die Datei ist leer</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1: Feld „%2“: %3</translation>
    </message>
    <message>
        <source>holds a lone surrogate (U+%1), which is not a character</source>
        <translation>enthält ein einzelnes Surrogat (U+%1), das kein Zeichen ist</translation>
    </message>
    <message>
        <source>holds a NUL character (U+0000)</source>
        <translation>enthält ein NUL-Zeichen (U+0000)</translation>
    </message>
    <message>
        <source>holds the control character U+%1</source>
        <translation>enthält das Steuerzeichen U+%1</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>%1:1: column &quot;%2&quot; appears twice</source>
        <translation>%1:1: Spalte „%2“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>%1: there are no rows under the header</source>
        <translation>%1: Unter der Kopfzeile stehen keine Zeilen</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: must be text</source>
        <translation>%1: Feld „%2“: muss Text sein</translation>
    </message>
    <message>
        <source>%1: the list is empty</source>
        <translation>%1: Die Liste ist leer</translation>
    </message>
    <message numerus="yes">
        <source>%1: has %n field(s), the header has %2</source>
        <translation>
            <numerusform>%1: hat %n Feld, die Kopfzeile hat %2</numerusform>
            <numerusform>%1: hat %n Felder, die Kopfzeile hat %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>took out %n text-direction character(s) (the first U+%1) that override the direction or were left unclosed; they could make the text look different from what it is</source>
        <translation>
            <numerusform>%n Textrichtungszeichen entfernt (das erste U+%1), das die Richtung erzwang oder nicht geschlossen war; es konnte den Text anders aussehen lassen, als er ist</numerusform>
            <numerusform>%n Textrichtungszeichen entfernt (das erste U+%1), die die Richtung erzwangen oder nicht geschlossen waren; sie konnten den Text anders aussehen lassen, als er ist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more value(s) had text-direction characters taken out</source>
        <translation>
            <numerusform>%1: bei %n weiteren Wert wurden Textrichtungszeichen entfernt</numerusform>
            <numerusform>%1: bei %n weiteren Werten wurden Textrichtungszeichen entfernt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportStaging</name>
    <message>
        <source>another import is running; run this one when it has finished</source>
        <translation>ein anderer Import läuft; starten Sie diesen, wenn er beendet ist</translation>
    </message>
    <message>
        <source>cannot create the staging file %1</source>
        <translation>die Zwischendatei %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot prepare the staging file %1: %2</source>
        <translation>die Zwischendatei %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>the staging file did not accept the row: %1</source>
        <translation>die Zwischendatei hat die Zeile nicht angenommen: %1</translation>
    </message>
    <message>
        <source>the database did not accept the import (%1): %2</source>
        <translation>die Datenbank hat den Import nicht angenommen (%1): %2</translation>
    </message>
    <message>
        <source>the staging file did not accept the import: %1</source>
        <translation>die Zwischendatei hat den Import nicht angenommen: %1</translation>
    </message>
    <message>
        <source>the database did not accept the import: %1</source>
        <translation>die Datenbank hat den Import nicht angenommen: %1</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not an ordinary file (a folder, device, FIFO or socket); Attune reads only ordinary files</source>
        <translation>%1: keine gewöhnliche Datei (ein Ordner, Gerät, FIFO oder Socket); Attune liest nur gewöhnliche Dateien</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2, the most Attune reads for this kind of file</source>
        <translation>%1: die Datei ist größer als %2, das Höchste, was Attune für diese Art Datei liest</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1:1: the file must hold one JSON object</source>
        <translation>%1:1: Die Datei muss genau ein JSON-Objekt enthalten</translation>
    </message>
</context>
<context>
    <name>JsonRecordReader</name>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: \u%2 is half of a surrogate pair without the other half, which is not a character</source>
        <translation>Feld „%1“: \u%2 ist die Hälfte eines Surrogatpaars ohne die andere Hälfte und damit kein Zeichen</translation>
    </message>
    <message>
        <source>expected a list of records</source>
        <translation>eine Liste von Datensätzen erwartet</translation>
    </message>
    <message>
        <source>the list is never closed with ]</source>
        <translation>die Liste wird nie mit ] geschlossen</translation>
    </message>
    <message>
        <source>expected , or ] after record %1</source>
        <translation>, oder ] nach Datensatz %1 erwartet</translation>
    </message>
    <message>
        <source>there is more text after the end of the list</source>
        <translation>nach dem Ende der Liste folgt noch Text</translation>
    </message>
    <message>
        <source>record %1 is not an object</source>
        <translation>Datensatz %1 ist kein Objekt</translation>
    </message>
    <message>
        <source>record %1 is never closed</source>
        <translation>Datensatz %1 wird nie geschlossen</translation>
    </message>
    <message>
        <source>record %1 is longer than %2 KB</source>
        <translation>Datensatz %1 ist länger als %2 KB</translation>
    </message>
</context>
<context>
    <name>Lexicon</name>
    <message>
        <source>%1:%2: field &quot;%3&quot;: %4</source>
        <translation>%1:%2: Feld „%3“: %4</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>muss 1 sein</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is missing or empty</source>
        <translation>fehlt oder ist leer</translation>
    </message>
    <message>
        <source>unknown cue</source>
        <translation>unbekanntes Signal</translation>
    </message>
    <message>
        <source>weight must be a number above 0 and at most 1</source>
        <translation>das Gewicht muss eine Zahl über 0 und höchstens 1 sein</translation>
    </message>
    <message>
        <source>must be 1 to %1 words</source>
        <translation>muss 1 bis %1 Wörter lang sein</translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>%1 has no entry point %2</source>
        <translation>%1 hat keinen Einstiegspunkt %2</translation>
    </message>
</context>
<context>
    <name>NetstringReader</name>
    <message>
        <source>not a netstring: a length must be digits</source>
        <translation>kein netstring: eine Längenangabe muss aus Ziffern bestehen</translation>
    </message>
    <message>
        <source>not a netstring: the length is too long</source>
        <translation>kein netstring: die Längenangabe ist zu lang</translation>
    </message>
    <message>
        <source>not a netstring: the length has a leading zero</source>
        <translation>kein netstring: die Längenangabe hat eine führende Null</translation>
    </message>
    <message>
        <source>a message of %1 bytes is over the limit of %2 bytes</source>
        <translation>eine Nachricht mit %1 Byte überschreitet die Grenze von %2 Byte</translation>
    </message>
    <message>
        <source>not a netstring: the length is missing</source>
        <translation>kein netstring: die Längenangabe fehlt</translation>
    </message>
    <message>
        <source>not a netstring: the message does not end with a comma</source>
        <translation>kein netstring: die Nachricht endet nicht mit einem Komma</translation>
    </message>
</context>
<context>
    <name>OtherInstanceWait</name>
    <message numerus="yes">
        <source>Attune is already running for this data folder (process %1) and is still starting or quitting. This one waits for it, at most %n second(s).</source>
        <translation>
            <numerusform>Attune läuft bereits für diesen Datenordner (Prozess %1) und startet oder beendet sich noch. Dieses wartet darauf, höchstens %n Sekunde.</numerusform>
            <numerusform>Attune läuft bereits für diesen Datenordner (Prozess %1) und startet oder beendet sich noch. Dieses wartet darauf, höchstens %n Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attune is already running for this data folder and is still starting or quitting. This one waits for it, at most %n second(s).</source>
        <translation>
            <numerusform>Attune läuft bereits für diesen Datenordner und startet oder beendet sich noch. Dieses wartet darauf, höchstens %n Sekunde.</numerusform>
            <numerusform>Attune läuft bereits für diesen Datenordner und startet oder beendet sich noch. Dieses wartet darauf, höchstens %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Nicht mehr warten</translation>
    </message>
    <message>
        <source>Attune is waiting</source>
        <translation>Attune wartet</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>cannot write %1: it is not a regular file</source>
        <translation>%1 kann nicht geschrieben werden: es ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>%1 kann nicht geschrieben werden: der Ordner %2 existiert nicht</translation>
    </message>
</context>
<context>
    <name>OwnFiles</name>
    <message>
        <source>%1 is Attune&apos;s own database (or one of its journal files). Attune never reads it as an import or writes an export over it; nothing was changed. Choose another file.</source>
        <translation>%1 ist Attunes eigene Datenbank (oder eine ihrer Journaldateien). Attune liest sie nie als Import und schreibt keinen Export darüber; nichts wurde geändert. Wählen Sie eine andere Datei.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>„%1“ ist keine Telefonnummer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a national number and no default country is set</source>
        <translation>„%1“ ist eine nationale Nummer, und es ist kein Standardland eingestellt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number</source>
        <translation>„%1“ ist zu kurz für eine Telefonnummer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more digits than any phone number</source>
        <translation>„%1“ hat mehr Ziffern als jede Telefonnummer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a country code</source>
        <translation>„%1“ beginnt nicht mit einer Ländervorwahl</translation>
    </message>
</context>
<context>
    <name>PhraseLibrary</name>
    <message>
        <source>%1:%2: field &quot;%3&quot;: %4</source>
        <translation>%1:%2: Feld „%3“: %4</translation>
    </message>
    <message>
        <source>%1:%2: phrase %3: field &quot;%4&quot;: %5</source>
        <translation>%1:%2: Formulierung %3: Feld „%4“: %5</translation>
    </message>
    <message>
        <source>%1:%2: phrase %3: must be an object</source>
        <translation>%1:%2: Formulierung %3: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a list with at least one value</source>
        <translation>muss eine Liste mit mindestens einem Wert sein</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation>unbekannter Wert „%1“</translation>
    </message>
    <message>
        <source>value &quot;%1&quot; is listed twice</source>
        <translation>Wert „%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may only hold lowercase letters, digits and hyphens</source>
        <translation>„%1“ darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten</translation>
    </message>
    <message>
        <source>duplicate id, first used on line %1</source>
        <translation>doppelte ID, zuerst verwendet in Zeile %1</translation>
    </message>
    <message>
        <source>unknown placeholder &quot;%1&quot;</source>
        <translation>unbekannter Platzhalter „%1“</translation>
    </message>
    <message>
        <source>must not contain placeholders; found &quot;%1&quot;</source>
        <translation>darf keine Platzhalter enthalten; gefunden: „%1“</translation>
    </message>
    <message>
        <source>must be left out when &quot;text&quot; has no placeholder</source>
        <translation>muss weggelassen werden, wenn „text“ keinen Platzhalter enthält</translation>
    </message>
    <message>
        <source>missing; &quot;text&quot; uses only name placeholders, so it needs a fallback</source>
        <translation>fehlt; „text“ verwendet nur Namensplatzhalter und braucht daher einen „fallback“</translation>
    </message>
    <message>
        <source>The phrase is empty.</source>
        <translation>Die Formulierung ist leer.</translation>
    </message>
    <message>
        <source>The phrase is longer than %1 characters.</source>
        <translation>Die Formulierung ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a placeholder Attune knows.</source>
        <translation>„%1“ ist kein Platzhalter, den Attune kennt.</translation>
    </message>
    <message>
        <source>Choose at least one feeling and one part of the call the phrase fits.</source>
        <translation>Wählen Sie mindestens ein Gefühl und einen Gesprächsabschnitt, zu dem die Formulierung passt.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more problem(s) not listed</source>
        <translation>
            <numerusform>%1: %n weiteres Problem nicht aufgeführt</numerusform>
            <numerusform>%1: %n weitere Probleme nicht aufgeführt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinGuard</name>
    <message>
        <source>Try again in %1 s.</source>
        <translation>Versuchen Sie es in %1 s erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Locked for %n minute(s) after %1 wrong PINs.</source>
        <translation>
            <numerusform>Nach %1 falschen PINs für %n Minute gesperrt.</numerusform>
            <numerusform>Nach %1 falschen PINs für %n Minuten gesperrt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticeScenario</name>
    <message>
        <source>%1:%2: field &quot;%3&quot;: %4</source>
        <translation>%1:%2: Feld „%3“: %4</translation>
    </message>
    <message>
        <source>%1:%2: turn &quot;%3&quot;: field &quot;%4&quot;: %5</source>
        <translation>%1:%2: Zug „%3“: Feld „%4“: %5</translation>
    </message>
    <message>
        <source>%1:%2: turn &quot;%3&quot;: %4</source>
        <translation>%1:%2: Zug „%3“: %4</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be text of 1 to %1 characters</source>
        <translation>muss ein Text von 1 bis %1 Zeichen sein</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>muss „%1“ sein</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>muss 1 sein</translation>
    </message>
    <message>
        <source>must be 1 to 40 lowercase letters, digits or hyphens</source>
        <translation>muss aus 1 bis 40 Kleinbuchstaben, Ziffern oder Bindestrichen bestehen</translation>
    </message>
    <message>
        <source>must match the file name &quot;%1&quot;</source>
        <translation>muss dem Dateinamen „%1“ entsprechen</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss einer der Werte %1 sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must hold at least %1 turns</source>
        <translation>muss mindestens %1 Züge enthalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a turn of this scenario</source>
        <translation>„%1“ ist kein Zug dieses Szenarios</translation>
    </message>
    <message>
        <source>its name must be 1 to 40 lowercase letters, digits or hyphens</source>
        <translation>sein Name muss aus 1 bis 40 Kleinbuchstaben, Ziffern oder Bindestrichen bestehen</translation>
    </message>
    <message>
        <source>has both &quot;next&quot; and &quot;end&quot;; a turn has one or the other</source>
        <translation>hat sowohl „next“ als auch „end“; ein Zug hat das eine oder das andere</translation>
    </message>
    <message>
        <source>needs &quot;next&quot; or &quot;end&quot;</source>
        <translation>braucht „next“ oder „end“</translation>
    </message>
    <message>
        <source>must be a list with at least one branch</source>
        <translation>muss eine Liste mit mindestens einem Zweig sein</translation>
    </message>
    <message>
        <source>needs exactly one of &quot;when&quot;, &quot;whenAny&quot; or &quot;otherwise&quot;</source>
        <translation>braucht genau eines von „when“, „whenAny“ oder „otherwise“</translation>
    </message>
    <message>
        <source>must be true</source>
        <translation>muss true sein</translation>
    </message>
    <message>
        <source>only the last branch may be &quot;otherwise&quot;</source>
        <translation>nur der letzte Zweig darf „otherwise“ sein</translation>
    </message>
    <message>
        <source>must be a list with at least one behaviour</source>
        <translation>muss eine Liste mit mindestens einem Verhalten sein</translation>
    </message>
    <message>
        <source>unknown behaviour &quot;%1&quot;</source>
        <translation>unbekanntes Verhalten „%1“</translation>
    </message>
    <message>
        <source>must end with one &quot;otherwise&quot; branch</source>
        <translation>muss mit einem „otherwise“-Zweig enden</translation>
    </message>
    <message>
        <source>cannot be reached from &quot;start&quot;</source>
        <translation>ist von „start“ aus nicht erreichbar</translation>
    </message>
    <message>
        <source>at least two different &quot;end&quot; values must be reachable</source>
        <translation>mindestens zwei verschiedene „end“-Werte müssen erreichbar sein</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more problem(s) not listed</source>
        <translation>
            <numerusform>%1: %n weiteres Problem nicht aufgeführt</numerusform>
            <numerusform>%1: %n weitere Probleme nicht aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>holds a text-direction character (U+%1) that overrides the direction or is left unclosed; it could make the text look different from what it is</source>
        <translation>enthält ein Textrichtungszeichen (U+%1), das die Richtung erzwingt oder nicht geschlossen ist; es könnte den Text anders aussehen lassen, als er ist</translation>
    </message>
</context>
<context>
    <name>PracticeScenarioSet</name>
    <message>
        <source>%1: the scenario folder does not exist</source>
        <translation>%1: der Szenarioordner existiert nicht</translation>
    </message>
    <message>
        <source>%1: more than %2 scenario files; only the first %2 are read</source>
        <translation>%1: mehr als %2 Szenariodateien; nur die ersten %2 werden gelesen</translation>
    </message>
    <message>
        <source>%1: the scenario is in &quot;%2&quot;, this folder is for &quot;%3&quot;</source>
        <translation>%1: das Szenario ist auf „%2“, dieser Ordner ist für „%3“</translation>
    </message>
    <message>
        <source>%1: the scenario folder is not a folder</source>
        <translation>%1: der Szenario-Ordner ist kein Ordner</translation>
    </message>
</context>
<context>
    <name>PracticeSession</name>
    <message>
        <source>Practice is paused while a call rings.</source>
        <translation>Die Übung ist pausiert, solange ein Anruf klingelt.</translation>
    </message>
    <message>
        <source>This practice run is over.</source>
        <translation>Diese Übung ist beendet.</translation>
    </message>
    <message>
        <source>Write a reply first.</source>
        <translation>Schreiben Sie zuerst eine Antwort.</translation>
    </message>
    <message>
        <source>The reply is longer than %1 characters.</source>
        <translation>Die Antwort ist länger als %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>PracticeStore</name>
    <message>
        <source>Only a finished practice run can be saved.</source>
        <translation>Nur eine beendete Übung kann gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>PrivatePath</name>
    <message>
        <source>Cannot check %1: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which cannot be reached (%3). Attune did not use or change it. Point the link elsewhere or remove it (or ask IT to), then start Attune again.</source>
        <translation>%1 ist ein Link auf %2, das nicht erreichbar ist (%3). Attune hat ihn weder verwendet noch verändert. Lassen Sie den Link woandershin zeigen oder entfernen Sie ihn (oder bitten Sie die IT darum) und starten Sie Attune dann erneut.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which is not a folder. Attune did not use or change it. Point the link at a folder of your own or remove it (or ask IT to), then start Attune again.</source>
        <translation>%1 ist ein Link auf %2, das kein Ordner ist. Attune hat ihn weder verwendet noch verändert. Lassen Sie den Link auf einen eigenen Ordner zeigen oder entfernen Sie ihn (oder bitten Sie die IT darum) und starten Sie Attune dann erneut.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which is not an ordinary file. Attune did not use or change it. Point the link at a file of your own or remove it (or ask IT to), then start Attune again.</source>
        <translation>%1 ist ein Link auf %2, das keine gewöhnliche Datei ist. Attune hat ihn weder verwendet noch verändert. Lassen Sie den Link auf eine eigene Datei zeigen oder entfernen Sie ihn (oder bitten Sie die IT darum) und starten Sie Attune dann erneut.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which belongs to another user or can be changed by other users. Attune did not use it or change its permissions. Point the link at one of your own that only you can write to (or ask IT to), then start Attune again.</source>
        <translation>%1 ist ein Link auf %2, das einem anderen Benutzer gehört oder von anderen Benutzern geändert werden kann. Attune hat es weder verwendet noch seine Berechtigungen geändert. Lassen Sie den Link auf ein eigenes Ziel zeigen, in das nur Sie schreiben können (oder bitten Sie die IT darum), und starten Sie Attune dann erneut.</translation>
    </message>
    <message>
        <source>%1 is not a folder. Attune did not use or change it. Move it out of the way (or ask IT to), then start Attune again.</source>
        <translation>%1 ist kein Ordner. Attune hat es weder verwendet noch verändert. Verschieben Sie es (oder bitten Sie die IT darum) und starten Sie Attune dann erneut.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file. Attune did not use or change it. Move it out of the way (or ask IT to), then start Attune again.</source>
        <translation>%1 ist keine gewöhnliche Datei. Attune hat sie weder verwendet noch verändert. Verschieben Sie sie (oder bitten Sie die IT darum) und starten Sie Attune dann erneut.</translation>
    </message>
    <message>
        <source>%1 belongs to another user. Attune did not use it or change its permissions. Give it to your user (or ask IT to), then start Attune again.</source>
        <translation>%1 gehört einem anderen Benutzer. Attune hat es weder verwendet noch seine Berechtigungen geändert. Übertragen Sie es Ihrem Benutzer (oder bitten Sie die IT darum) und starten Sie Attune dann erneut.</translation>
    </message>
    <message>
        <source>Cannot make %1 private to your user: %2</source>
        <translation>%1 kann nicht auf Ihren Benutzer beschränkt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>ReplyReader</name>
    <message>
        <source>%1:%2: field &quot;%3&quot;: %4</source>
        <translation>%1:%2: Feld „%3“: %4</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>muss „%1“ sein</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>muss 1 sein</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>fehlt oder ist leer</translation>
    </message>
    <message>
        <source>must be an object naming the behaviours</source>
        <translation>muss ein Objekt sein, das die Verhaltensweisen benennt</translation>
    </message>
    <message>
        <source>not a behaviour the reader recognises by rules</source>
        <translation>kein Verhalten, das der Leser über Regeln erkennt</translation>
    </message>
    <message>
        <source>must be a list with at least one rule</source>
        <translation>muss eine Liste mit mindestens einer Regel sein</translation>
    </message>
    <message>
        <source>must be &quot;any&quot;, &quot;question&quot; or &quot;statement&quot;</source>
        <translation>muss „any“, „question“ oder „statement“ sein</translation>
    </message>
    <message>
        <source>must be a list with at least one pattern</source>
        <translation>muss eine Liste mit mindestens einem Muster sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid pattern: %2</source>
        <translation>„%1“ ist kein gültiges Muster: %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>Rubric</name>
    <message>
        <source>%1:%2: field &quot;%3&quot;: %4</source>
        <translation>%1:%2: Feld „%3“: %4</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>muss 1 sein</translation>
    </message>
    <message>
        <source>must be 1 to 40 lowercase letters, digits, - or _</source>
        <translation>muss aus 1 bis 40 Kleinbuchstaben, Ziffern, - oder _ bestehen</translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation>muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>is missing or empty</source>
        <translation>fehlt oder ist leer</translation>
    </message>
    <message>
        <source>must be a list with at least one question</source>
        <translation>muss eine Liste mit mindestens einer Frage sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>„%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>each option needs an id and a label</source>
        <translation>jede Option braucht eine ID und eine Beschriftung</translation>
    </message>
    <message>
        <source>a choice needs at least two options</source>
        <translation>eine Auswahl braucht mindestens zwei Optionen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of yes_partly_no, scale5, choice</source>
        <translation>„%1“ ist keiner der Werte yes_partly_no, scale5, choice</translation>
    </message>
    <message>
        <source>must be from 1 to 10000</source>
        <translation>muss zwischen 1 und 10000 liegen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a question of the rubric &quot;%2&quot;</source>
        <translation>„%1“ ist keine Frage des Fragebogens „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer to &quot;%2&quot;; expected one of %3</source>
        <translation>„%1“ ist keine Antwort auf „%2“; erwartet wird einer der Werte %3</translation>
    </message>
    <message>
        <source>the note is longer than %1 characters</source>
        <translation>die Notiz ist länger als %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>%1: field &quot;schema&quot; must be 1</source>
        <translation>%1: Feld „schema“ muss 1 sein</translation>
    </message>
    <message>
        <source>%1: field &quot;steps&quot; is missing or empty</source>
        <translation>%1: Feld „steps“ fehlt oder ist leer</translation>
    </message>
    <message>
        <source>%1: step %2: field &quot;%3&quot;: %4</source>
        <translation>%1: Schritt %2: Feld „%3“: %4</translation>
    </message>
    <message>
        <source>steps must be in time order</source>
        <translation>die Schritte müssen zeitlich geordnet sein</translation>
    </message>
    <message>
        <source>must be &quot;customer&quot; or &quot;agent&quot;</source>
        <translation>muss „customer“ oder „agent“ sein</translation>
    </message>
    <message>
        <source>is missing or empty</source>
        <translation>fehlt oder ist leer</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>unbekanntes Ereignis „%1“</translation>
    </message>
    <message>
        <source>must be a number of seconds from 0 to 86400</source>
        <translation>muss eine Sekundenzahl von 0 bis 86400 sein</translation>
    </message>
</context>
<context>
    <name>SelfAssessment</name>
    <message>
        <source>the call id is missing</source>
        <translation>die Anruf-ID fehlt</translation>
    </message>
    <message>
        <source>the answers are for rubric &quot;%1&quot; version %2, but &quot;%3&quot; version %4 is in use</source>
        <translation>die Antworten gehören zum Fragebogen „%1“ Version %2, verwendet wird aber „%3“ Version %4</translation>
    </message>
    <message>
        <source>private notes are turned off by your IT department (privacy/allowPrivateNotes)</source>
        <translation>private Notizen wurden von Ihrer IT-Abteilung deaktiviert (privacy/allowPrivateNotes)</translation>
    </message>
    <message>
        <source>there is nothing to save for call &quot;%1&quot;: no draft, no answers and no note</source>
        <translation>für den Anruf „%1“ gibt es nichts zu speichern: kein Entwurf, keine Antworten, keine Notiz</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>expected true or false, got &quot;%1&quot;</source>
        <translation>erwartet wurde true oder false, erhalten: „%1“</translation>
    </message>
    <message>
        <source>expected a whole number from 0 (no limit) to 1000, got &quot;%1&quot;</source>
        <translation>erwartet wurde eine ganze Zahl von 0 (keine Begrenzung) bis 1000, erhalten: „%1“</translation>
    </message>
    <message>
        <source>expected a number of days from 0 (keep forever) to 36500, got &quot;%1&quot;</source>
        <translation>erwartet wurde eine Anzahl von Tagen von 0 (unbegrenzt aufbewahren) bis 36500, erhalten: „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a technique</source>
        <translation>„%1“ ist keine Technik</translation>
    </message>
    <message>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation>erwartet wurde einer der Werte %1, erhalten: „%2“</translation>
    </message>
    <message>
        <source>%1 is set by your IT department and cannot be changed here.</source>
        <translation>%1 wird von Ihrer IT-Abteilung festgelegt und kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>expected a port number from 1 to 65535, got &quot;%1&quot;</source>
        <translation>erwartet wurde eine Portnummer von 1 bis 65535, erhalten: „%1“</translation>
    </message>
    <message>
        <source>expected a host name or an IP address, got &quot;%1&quot;</source>
        <translation>erwartet wurde ein Hostname oder eine IP-Adresse, erhalten: „%1“</translation>
    </message>
    <message>
        <source>expected at least 32 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>erwartet wurden mindestens 32 Buchstaben, Ziffern, „-“ oder „_“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin like https://crm.example.com</source>
        <translation>„%1“ ist keine Origin-Angabe wie https://crm.example.com</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter, got &quot;%1&quot;</source>
        <translation>erwartet: Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben; erhalten: „%1“</translation>
    </message>
    <message>
        <source>expected an absolute file path without &apos;;&apos; or control characters, got &quot;%1&quot;</source>
        <translation>erwartet wurde ein absoluter Dateipfad ohne „;“ und ohne Steuerzeichen, erhalten: „%1“</translation>
    </message>
</context>
<context>
    <name>SpeechModel</name>
    <message>
        <source>The English speech model is not installed (%1 is missing; Debian package pocketsphinx-en-us).</source>
        <translation>Das englische Sprachmodell ist nicht installiert (%1 fehlt; Debian-Paket pocketsphinx-en-us).</translation>
    </message>
    <message>
        <source>Cannot link %1 into the speech model folder %2.</source>
        <translation>%1 kann nicht im Sprachmodell-Ordner %2 verknüpft werden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Suggester</name>
    <message>
        <source>opening</source>
        <translation>Gesprächsbeginn</translation>
    </message>
    <message>
        <source>discovery</source>
        <translation>Anliegen klären</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>Lösungsphase</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>Gesprächsende</translation>
    </message>
    <message>
        <source>frustrated</source>
        <translation>frustriert</translation>
    </message>
    <message>
        <source>anxious</source>
        <translation>besorgt</translation>
    </message>
    <message>
        <source>sad</source>
        <translation>traurig</translation>
    </message>
    <message>
        <source>confused</source>
        <translation>verwirrt</translation>
    </message>
    <message>
        <source>in a hurry</source>
        <translation>in Eile</translation>
    </message>
    <message>
        <source>grateful</source>
        <translation>dankbar</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>same technique</source>
        <translation>gleiche Technik</translation>
    </message>
    <message>
        <source>fits the same feeling</source>
        <translation>passt zum selben Gefühl</translation>
    </message>
</context>
<context>
    <name>SupervisorDialogs</name>
    <message>
        <source>Coaching note</source>
        <translation>Coaching-Notiz</translation>
    </message>
    <message>
        <source>What to keep doing, and one thing to try next time</source>
        <translation>Was beibehalten werden sollte, und eine Sache, die beim nächsten Mal ausprobiert werden kann</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>What was good</source>
        <translation>Was gut war</translation>
    </message>
    <message>
        <source>e.g. great empathy about the late refund</source>
        <translation>z. B. viel Empathie bei der verspäteten Erstattung</translation>
    </message>
    <message>
        <source>Give kudos</source>
        <translation>Loben</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Your score of this call</source>
        <translation>Ihre Bewertung dieses Anrufs</translation>
    </message>
</context>
<context>
    <name>SupervisorGate</name>
    <message>
        <source>The supervisor view is not set up on this computer. IT turns it on by running &quot;attune hash-pin&quot; and adding the line it prints to the system settings file (/etc/xdg/Attune/Attune.conf). Your own history is always here.</source>
        <translation>Die Supervisor-Ansicht ist auf diesem Computer nicht eingerichtet. Die IT aktiviert sie, indem sie „attune hash-pin“ ausführt und die ausgegebene Zeile in die Systemeinstellungsdatei (/etc/xdg/Attune/Attune.conf) einträgt. Ihr eigener Verlauf ist immer hier verfügbar.</translation>
    </message>
</context>
<context>
    <name>SupervisorPin</name>
    <message>
        <source>the PIN must have at least %1 characters</source>
        <translation>die PIN muss mindestens %1 Zeichen haben</translation>
    </message>
    <message>
        <source>expected pbkdf2-sha256$ITERATIONS$SALT$KEY as printed by attune hash-pin</source>
        <translation>erwartet wurde pbkdf2-sha256$ITERATIONEN$SALT$SCHLÜSSEL, wie von attune hash-pin ausgegeben</translation>
    </message>
    <message>
        <source>at least %1 iterations are needed</source>
        <translation>es sind mindestens %1 Iterationen nötig</translation>
    </message>
    <message>
        <source>the salt or the key is not valid base64 of the right length</source>
        <translation>Salt oder Schlüssel sind kein gültiges Base64 der richtigen Länge</translation>
    </message>
    <message>
        <source>the record key is not valid base64 of the right length</source>
        <translation>der Datensatzschlüssel ist kein gültiges Base64 der richtigen Länge</translation>
    </message>
    <message>
        <source>This PIN is short: anyone who can read the settings file can find it by trying every PIN on their own computer. A passphrase of %1 characters or more (a few words) is far stronger.</source>
        <translation>Diese PIN ist kurz: Wer die Einstellungsdatei lesen kann, findet sie, indem er auf dem eigenen Computer jede PIN ausprobiert. Eine Passphrase mit %1 oder mehr Zeichen (ein paar Wörter) ist weit stärker.</translation>
    </message>
    <message>
        <source>the key that signs supervisor records could not be made (is Attune&apos;s signing module installed?)</source>
        <translation>der Schlüssel, der Einträge von Vorgesetzten signiert, konnte nicht erzeugt werden (ist das Signaturmodul von Attune installiert?)</translation>
    </message>
</context>
<context>
    <name>TeamCoachingStore</name>
    <message>
        <source>Choose a call of one of your agents first.</source>
        <translation>Wählen Sie zuerst ein Gespräch eines Ihrer Agenten.</translation>
    </message>
    <message>
        <source>Only a self-assessed call can be scored.</source>
        <translation>Nur ein selbst bewertetes Gespräch kann bewertet werden.</translation>
    </message>
    <message>
        <source>Score at least one behaviour, or cancel.</source>
        <translation>Bewerten Sie mindestens ein Verhalten oder brechen Sie ab.</translation>
    </message>
    <message>
        <source>Sign in to the team server first; nothing was saved.</source>
        <translation>Melden Sie sich zuerst am Teamserver an; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>What you wrote is kept: try again.</source>
        <translation>Ihr Text bleibt erhalten: versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>That call is no longer on the team server, so nothing was saved.</source>
        <translation>Dieses Gespräch ist nicht mehr auf dem Teamserver, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The team server took too long to answer, so nothing was saved. %1</source>
        <translation>Der Teamserver hat zu lange nicht geantwortet, daher wurde nichts gespeichert. %1</translation>
    </message>
    <message>
        <source>The team server no longer accepts the name or password of %1, so nothing was saved. Sign out and in again; %2</source>
        <translation>Der Teamserver akzeptiert den Namen oder das Passwort von %1 nicht mehr, daher wurde nichts gespeichert. Melden Sie sich ab und wieder an; %2</translation>
    </message>
    <message>
        <source>The connection to the team server %1 was lost while saving, and the server does not answer now. %2 It is never saved twice.</source>
        <translation>Die Verbindung zum Teamserver %1 ist beim Speichern abgebrochen, und der Server antwortet gerade nicht. %2 Es wird nie doppelt gespeichert.</translation>
    </message>
    <message>
        <source>The team server %1 does not answer, so nothing was saved. %2</source>
        <translation>Der Teamserver %1 antwortet nicht, daher wurde nichts gespeichert. %2</translation>
    </message>
    <message>
        <source>The team server refused this (%1), so nothing was saved.</source>
        <translation>Der Teamserver hat das abgelehnt (%1), daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The team server refused this: you may coach only calls of agents in the teams you supervise, so nothing was saved.</source>
        <translation>Der Teamserver hat das abgelehnt: Sie dürfen nur Gespräche von Agenten der Teams coachen, die Sie leiten, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>This was saved before with other words, and the team server keeps those; nothing was changed.</source>
        <translation>Dies wurde schon einmal mit anderen Worten gespeichert, und der Teamserver behält diese; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>TeamHistoryStore</name>
    <message>
        <source>%1 is not a supervisor on the team server: the team view is for supervisors.</source>
        <translation>%1 ist auf dem Teamserver keine Teamleitung: Die Teamansicht ist für Teamleitungen.</translation>
    </message>
</context>
<context>
    <name>TeamSchema</name>
    <message>
        <source>The team server has no Attune schema yet; IT sets it up with `attune team init`.</source>
        <translation>Der Teamserver hat noch kein Attune-Schema; die IT richtet es mit `attune team init` ein.</translation>
    </message>
    <message>
        <source>The team server uses a newer schema (version %1; this Attune knows up to %2). Attune keeps working on this computer; update it to share history.</source>
        <translation>Der Teamserver verwendet ein neueres Schema (Version %1; dieses Attune kennt bis %2). Attune arbeitet auf diesem Computer weiter; aktualisieren Sie es, um den Verlauf zu teilen.</translation>
    </message>
    <message>
        <source>The team server uses a newer schema (version %1) than this Attune knows (%2); nothing was changed.</source>
        <translation>Der Teamserver verwendet ein neueres Schema (Version %1), als dieses Attune kennt (%2); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>Migration %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid person name: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter (at most 63).</source>
        <translation>„%1“ ist kein gültiger Personenname: Kleinbuchstaben, Ziffern, „.“, „_“ und „-“, beginnend mit einem Buchstaben (höchstens 63).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid team name: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter (at most 63).</source>
        <translation>„%1“ ist kein gültiger Teamname: Kleinbuchstaben, Ziffern, „.“, „_“ und „-“, beginnend mit einem Buchstaben (höchstens 63).</translation>
    </message>
    <message>
        <source>The team server&apos;s access rules failed: %1</source>
        <translation>Die Zugriffsregeln des Teamservers sind fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>TextRule</name>
    <message>
        <source>field &quot;%1&quot; is longer than %2 characters</source>
        <translation>Feld „%1“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; contains an invalid character (a lone UTF-16 surrogate)</source>
        <translation>Feld „%1“ enthält ein ungültiges Zeichen (ein einzelnes UTF-16-Surrogat)</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; contains a control character (U+%2)</source>
        <translation>Feld „%1“ enthält ein Steuerzeichen (U+%2)</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; contains an invisible formatting or text-direction character (U+%2), which can make text look different from what it is</source>
        <translation>Feld „%1“ enthält ein unsichtbares Formatierungs- oder Schreibrichtungszeichen (U+%2), durch das Text anders aussehen kann, als er ist</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; contains a text-direction character (U+%2) that overrides the direction or is left unclosed, which can make text look different from what it is</source>
        <translation>Feld „%1“ enthält ein Textrichtungszeichen (U+%2), das die Richtung erzwingt oder nicht geschlossen ist; so kann Text anders aussehen, als er ist</translation>
    </message>
</context>
<context>
    <name>Transcriber</name>
    <message>
        <source>The speech recogniser refused its settings.</source>
        <translation>Die Spracherkennung hat ihre Einstellungen abgelehnt.</translation>
    </message>
    <message>
        <source>The speech recogniser could not load its model from %1.</source>
        <translation>Die Spracherkennung konnte ihr Modell nicht aus %1 laden.</translation>
    </message>
    <message>
        <source>The speech recogniser could not load its language models %1 and %2.</source>
        <translation>Die Spracherkennung konnte ihre Sprachmodelle %1 und %2 nicht laden.</translation>
    </message>
    <message>
        <source>The speech recogniser is not installed with Attune: %1</source>
        <translation>Die Spracherkennung ist nicht mit Attune installiert: %1</translation>
    </message>
</context>
<context>
    <name>WavStream</name>
    <message>
        <source>it is not a RIFF/WAVE file</source>
        <translation>es ist keine RIFF/WAVE-Datei</translation>
    </message>
    <message>
        <source>its data chunk comes before its format chunk</source>
        <translation>sein Datenblock steht vor seinem Formatblock</translation>
    </message>
    <message>
        <source>its format chunk has %1 bytes</source>
        <translation>sein Formatblock hat %1 Bytes</translation>
    </message>
    <message>
        <source>it is not 16-bit PCM (format %1, %2 bits)</source>
        <translation>es ist kein 16-Bit-PCM (Format %1, %2 Bit)</translation>
    </message>
    <message>
        <source>it has %1 channels at %2 Hz</source>
        <translation>es hat %1 Kanäle bei %2 Hz</translation>
    </message>
    <message>
        <source>it has no data chunk in its first %1 bytes</source>
        <translation>es hat in seinen ersten %1 Bytes keinen Datenblock</translation>
    </message>
</context>
<context>
    <name>attune::AgentComparison</name>
    <message>
        <source>Behaviour</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Agents compared week by week</source>
        <translation>Agenten im Wochenvergleich</translation>
    </message>
    <message>
        <source>Reading the team&apos;s weeks…</source>
        <translation>Die Wochen des Teams werden gelesen…</translation>
    </message>
    <message>
        <source>No assessed calls in this period.</source>
        <translation>Keine bewerteten Anrufe in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Share of assessed calls with this behaviour; a &quot;partly&quot; counts half.</source>
        <translation>Anteil der bewerteten Anrufe mit diesem Verhalten; ein „teilweise“ zählt halb.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Assessed calls: %1</source>
        <translation>Bewertete Anrufe: %1</translation>
    </message>
</context>
<context>
    <name>attune::ArcChart</name>
    <message>
        <source>How the customer&apos;s feelings ran</source>
        <translation>Gefühlsverlauf des Kunden</translation>
    </message>
    <message>
        <source>The customer&apos;s emotional arc on this call</source>
        <translation>Der Gefühlsverlauf des Kunden in diesem Anruf</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
</context>
<context>
    <name>attune::AssessmentForm</name>
    <message>
        <source>About the call</source>
        <translation>Zum Anruf</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Private Notiz</translation>
    </message>
    <message>
        <source>Keep this note private</source>
        <translation>Diese Notiz privat halten</translation>
    </message>
    <message>
        <source>A private note is never shown to a supervisor or exported.</source>
        <translation>Eine private Notiz wird nie einem Supervisor gezeigt und nie exportiert.</translation>
    </message>
    <message>
        <source>🔒 Your IT department has turned off private notes: a supervisor may read every note.</source>
        <translation>🔒 Ihre IT-Abteilung hat private Notizen deaktiviert: Ein Supervisor kann jede Notiz lesen.</translation>
    </message>
    <message>
        <source>Problem saving the self-assessment</source>
        <translation>Problem beim Speichern der Selbsteinschätzung</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the self-assessment (Ctrl+S)</source>
        <translation>Selbsteinschätzung speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Finish the self-assessment later; it is kept as a draft</source>
        <translation>Selbsteinschätzung später abschließen; sie bleibt als Entwurf erhalten</translation>
    </message>
    <message>
        <source>Your answers cannot be written to disk right now (%1). They are kept and Attune keeps trying.</source>
        <translation>Ihre Antworten können gerade nicht gespeichert werden (%1). Sie bleiben erhalten, und Attune versucht es weiter.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>You had not finished this one (last changed %1).</source>
        <translation>Diese hatten Sie noch nicht abgeschlossen (zuletzt geändert %1).</translation>
    </message>
    <message>
        <source>%1 · %2 on the call</source>
        <translation>%1 · %2 Gesprächsdauer</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Unbekannter Anrufer</translation>
    </message>
    <message>
        <source>The customer was most %1 (%2%) after %3%4.</source>
        <translation>Am stärksten %1 (%2 %) war der Kunde nach %3%4.</translation>
    </message>
    <message>
        <source>, and calmed down by the end</source>
        <translation>, am Ende hatte er sich beruhigt</translation>
    </message>
    <message>
        <source>You used: %1</source>
        <translation>Verwendet: %1</translation>
    </message>
    <message>
        <source>Not saved: %1. Your answers are kept as a draft.</source>
        <translation>Nicht gespeichert: %1. Ihre Antworten bleiben als Entwurf erhalten.</translation>
    </message>
</context>
<context>
    <name>attune::AssessmentSection</name>
    <message>
        <source>Self-assess an earlier call</source>
        <translation>Früheren Anruf selbst einschätzen</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Selbsteinschätzung</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Unbekannter Anrufer</translation>
    </message>
    <message>
        <source>No earlier calls yet</source>
        <translation>Noch keine früheren Anrufe</translation>
    </message>
</context>
<context>
    <name>attune::BreathingPanel</name>
    <message>
        <source>Breathing exercise</source>
        <translation>Atemübung</translation>
    </message>
    <message>
        <source>That was a hard call. A minute of slow breathing?</source>
        <translation>Das war ein schwieriges Gespräch. Eine Minute langsam atmen?</translation>
    </message>
    <message>
        <source>Breathe now</source>
        <translation>Jetzt atmen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Not now, no breathing exercise</source>
        <translation>Nicht jetzt, keine Atemübung</translation>
    </message>
    <message>
        <source>Breathing pattern</source>
        <translation>Atemmuster</translation>
    </message>
    <message>
        <source>Length of the exercise</source>
        <translation>Dauer der Übung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the breathing exercise (Ctrl+B)</source>
        <translation>Atemübung starten (Ctrl+B)</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Before: how tense do you feel?</source>
        <translation>Vorher: Wie angespannt sind Sie?</translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation>Atemanleitung</translation>
    </message>
    <message>
        <source>Progress through this phase</source>
        <translation>Fortschritt in dieser Phase</translation>
    </message>
    <message>
        <source>Breathing phase</source>
        <translation>Atemphase</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume the exercise</source>
        <translation>Übung pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop the exercise</source>
        <translation>Übung beenden</translation>
    </message>
    <message>
        <source>After: how tense do you feel now?</source>
        <translation>Nachher: Wie angespannt sind Sie jetzt?</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Close the breathing summary</source>
        <translation>Zusammenfassung der Atemübung schließen</translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation>30 Sekunden</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>2 minutes</source>
        <translation>2 Minuten</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <source>3 breaths</source>
        <translation>3 Atemzüge</translation>
    </message>
    <message>
        <source>6 breaths</source>
        <translation>6 Atemzüge</translation>
    </message>
    <message>
        <source>10 breaths</source>
        <translation>10 Atemzüge</translation>
    </message>
    <message>
        <source>Tension before: %1 of 5</source>
        <translation>Anspannung vorher: %1 von 5</translation>
    </message>
    <message>
        <source>Tension after: %1 of 5</source>
        <translation>Anspannung nachher: %1 von 5</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>Noch etwas mehr einatmen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Breathe out slowly</source>
        <translation>Langsam ausatmen</translation>
    </message>
    <message>
        <source>Stopped after %1. Any breathing helps.</source>
        <translation>Nach %1 beendet. Jeder bewusste Atemzug hilft.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>%1 s · breath %2 of %3</source>
        <translation>%1 s · Atemzug %2 von %3</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>Well done: %n breath(s) in %1.</source>
        <translation>
            <numerusform>Gut gemacht: %n Atemzug in %1.</numerusform>
            <numerusform>Gut gemacht: %n Atemzüge in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::CallHeaderWidget</name>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Call state</source>
        <translation>Anrufstatus</translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation>Anrufdauer</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Anrufer</translation>
    </message>
    <message>
        <source>Caller details</source>
        <translation>Angaben zum Anrufer</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Kein Anruf</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>The caller will appear here as soon as a call rings.</source>
        <translation>Sobald ein Anruf eingeht, erscheint hier, wer anruft.</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Anruf beendet</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Unbekannter Anrufer</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
</context>
<context>
    <name>attune::CallTranscription</name>
    <message>
        <source>baresip stopped writing the customer&apos;s audio for this call.</source>
        <translation>baresip schreibt das Audio des Kunden für dieses Gespräch nicht mehr.</translation>
    </message>
    <message>
        <source>No audio from baresip for this call. Its config needs &quot;module sndfile.so&quot; and &quot;snd_path %1&quot;.</source>
        <translation>Kein Audio von baresip für dieses Gespräch. Seine Konfiguration braucht &quot;module sndfile.so&quot; und &quot;snd_path %1&quot;.</translation>
    </message>
    <message>
        <source>Transcription understands English only; the language chosen for Attune is %1.</source>
        <translation>Die Transkription versteht nur Englisch; für Attune ist %1 eingestellt.</translation>
    </message>
    <message>
        <source>baresip went away during the call (it restarted or quit); the call&apos;s transcription stopped with it.</source>
        <translation>baresip ist während des Gesprächs verschwunden (neu gestartet oder beendet); die Transkription des Gesprächs endete damit.</translation>
    </message>
    <message>
        <source>baresip opened the customer&apos;s audio for this call but writes nothing into it: no audio arrives from the customer.</source>
        <translation>baresip hat das Audio des Kunden für diesen Anruf geöffnet, schreibt aber nichts hinein: Vom Kunden kommt kein Audio an.</translation>
    </message>
    <message>
        <source>The customer&apos;s side of this call has been silent for %1 seconds: baresip writes the call&apos;s audio, but no sound arrives (the customer may be muted, or their audio does not reach this computer).</source>
        <translation>Die Seite des Kunden ist in diesem Anruf seit %1 Sekunden stumm: baresip schreibt das Audio des Anrufs, aber es kommt kein Ton an (der Kunde ist vielleicht stummgeschaltet, oder sein Audio erreicht diesen Computer nicht).</translation>
    </message>
</context>
<context>
    <name>attune::CustomerFeedbackView</name>
    <message>
        <source>The customer&apos;s verdict</source>
        <translation>Das Urteil des Kunden</translation>
    </message>
    <message>
        <source>The customer&apos;s comment</source>
        <translation>Der Kommentar des Kunden</translation>
    </message>
    <message>
        <source>CSAT %1 of 5</source>
        <translation>CSAT %1 von 5</translation>
    </message>
    <message>
        <source>NPS %1 of 10</source>
        <translation>NPS %1 von 10</translation>
    </message>
    <message>
        <source>(%1 of 100; your self score %2, gap %3).</source>
        <translation>(%1 von 100; Ihre Selbstbewertung %2, Abstand %3).</translation>
    </message>
    <message>
        <source>(%1 of 100).</source>
        <translation>(%1 von 100).</translation>
    </message>
    <message>
        <source>The customer left upset.</source>
        <translation>Der Kunde blieb verärgert.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>(reads %1)</source>
        <translation>(klingt %1)</translation>
    </message>
    <message>
        <source>Customer left &amp;upset</source>
        <translation>Kunde blieb &amp;verärgert</translation>
    </message>
    <message>
        <source>Calls whose post-call survey reads upset: a low score, or a comment that reads negative</source>
        <translation>Anrufe, deren Umfrage nach dem Anruf Verärgerung zeigt: eine niedrige Bewertung oder ein negativer Kommentar</translation>
    </message>
</context>
<context>
    <name>attune::HistoryDetailPane</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Anrufdetails</translation>
    </message>
    <message>
        <source>Coaching note…</source>
        <translation>Coaching-Notiz…</translation>
    </message>
    <message>
        <source>Give kudos…</source>
        <translation>Loben…</translation>
    </message>
    <message>
        <source>Score this call…</source>
        <translation>Anruf bewerten…</translation>
    </message>
    <message>
        <source>No call matches.</source>
        <translation>Keine passenden Anrufe.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Unbekannter Anrufer</translation>
    </message>
    <message>
        <source>The customer sounded %1 at the peak, %2 into the call; %3.</source>
        <translation>Auf dem Höhepunkt, nach %2 Gesprächsdauer, klang der Kunde %1; %3.</translation>
    </message>
    <message>
        <source>the call calmed</source>
        <translation>danach beruhigte sich das Gespräch</translation>
    </message>
    <message>
        <source>it did not calm</source>
        <translation>es beruhigte sich nicht</translation>
    </message>
    <message>
        <source>Not self-assessed.</source>
        <translation>Keine Selbsteinschätzung.</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Selbsteinschätzung</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Self score %1, supervisor score %2 (gap %3).</source>
        <translation>Eigene Bewertung %1, Supervisor-Bewertung %2 (Differenz %3).</translation>
    </message>
    <message>
        <source>Self score %1.</source>
        <translation>Eigene Bewertung %1.</translation>
    </message>
    <message>
        <source>The agent kept their note private.</source>
        <translation>Der Agent hat seine Notiz privat gehalten.</translation>
    </message>
    <message>
        <source>Next time: %1</source>
        <translation>Nächstes Mal: %1</translation>
    </message>
    <message>
        <source>private: only you see this</source>
        <translation>privat: nur für Sie sichtbar</translation>
    </message>
    <message>
        <source>Suggestions used</source>
        <translation>Verwendete Vorschläge</translation>
    </message>
    <message>
        <source>Coaching notes</source>
        <translation>Coaching-Notizen</translation>
    </message>
    <message>
        <source>Kudos</source>
        <translation>Lob</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>This call is still loading…</source>
        <translation>Dieser Anruf wird noch geladen…</translation>
    </message>
</context>
<context>
    <name>attune::HistoryFilterBar</name>
    <message>
        <source>Search customer name or number</source>
        <translation>Kundenname oder Nummer suchen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Between dates</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Self score below</source>
        <translation>Eigene Bewertung unter</translation>
    </message>
    <message>
        <source>Self score threshold</source>
        <translation>Grenzwert der eigenen Bewertung</translation>
    </message>
    <message>
        <source>Hot calls</source>
        <translation>Starke Gefühle</translation>
    </message>
    <message>
        <source>Calls where the customer&apos;s feelings ran high</source>
        <translation>Anrufe, bei denen die Gefühle des Kunden hochkochten</translation>
    </message>
    <message>
        <source>My stress 4 or 5</source>
        <translation>Meine Anspannung 4 oder 5</translation>
    </message>
    <message>
        <source>Calls after which the agent rated their stress 4 or 5</source>
        <translation>Anrufe, nach denen der Agent seine Anspannung mit 4 oder 5 bewertet hat</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF-Bericht…</translation>
    </message>
    <message>
        <source>Agent&apos;s stress 4 or 5</source>
        <translation>Stress des Agenten 4 oder 5</translation>
    </message>
    <message>
        <source>Shared only where IT set team/shareWellbeing; otherwise no call matches</source>
        <translation>Nur geteilt, wo die IT team/shareWellbeing gesetzt hat; sonst passt kein Anruf</translation>
    </message>
</context>
<context>
    <name>attune::HistoryModel</name>
    <message>
        <source>Unknown caller</source>
        <translation>Unbekannter Anrufer</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>ruhig</translation>
    </message>
    <message>
        <source>The customer stayed calm</source>
        <translation>Der Kunde blieb ruhig</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>hot</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>calmed</source>
        <translation>beruhigt</translation>
    </message>
    <message>
        <source>did not calm</source>
        <translation>nicht beruhigt</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>The strongest feeling the customer&apos;s words showed on the call</source>
        <translation>Das stärkste Gefühl, das die Worte des Kunden im Gespräch zeigten</translation>
    </message>
    <message>
        <source>The agent&apos;s own rubric score, 0 to 100</source>
        <translation>Die eigene Bewertung des Agenten, 0 bis 100</translation>
    </message>
    <message>
        <source>A supervisor&apos;s rubric score of the same call, 0 to 100</source>
        <translation>Die Bewertung desselben Anrufs durch einen Supervisor, 0 bis 100</translation>
    </message>
    <message>
        <source>The agent&apos;s own stress before and after the call, 1 (calm) to 5</source>
        <translation>Die eigene Anspannung des Agenten vor und nach dem Anruf, 1 (ruhig) bis 5</translation>
    </message>
    <message>
        <source>A breathing exercise was taken after this call</source>
        <translation>Nach diesem Anruf wurde eine Atemübung gemacht</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Gesprächsdauer</translation>
    </message>
    <message>
        <source>Peak feeling</source>
        <translation>Stärkstes Gefühl</translation>
    </message>
    <message>
        <source>Calmed</source>
        <translation>Beruhigt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Self score</source>
        <translation>Eigene Bewertung</translation>
    </message>
    <message>
        <source>Supervisor score</source>
        <translation>Supervisor-Bewertung</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Anspannung</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atemübung</translation>
    </message>
    <message>
        <source>Kudos</source>
        <translation>Lob</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 ☹</source>
        <translation>%1 ☹</translation>
    </message>
    <message>
        <source>%1, the customer left upset</source>
        <translation>%1, der Kunde blieb verärgert</translation>
    </message>
    <message>
        <source>The customer&apos;s own post-call survey, 0 to 100 (CSAT 1 to 5 or NPS 0 to 10)</source>
        <translation>Die eigene Umfrage des Kunden nach dem Anruf, 0 bis 100 (CSAT 1 bis 5 oder NPS 0 bis 10)</translation>
    </message>
    <message>
        <source>Customer score</source>
        <translation>Kundenbewertung</translation>
    </message>
</context>
<context>
    <name>attune::HistoryWindow</name>
    <message>
        <source>Attune – History</source>
        <translation>Attune – Verlauf</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Anrufverlauf</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>The supervisor session ended.</source>
        <translation>Die Supervisor-Sitzung ist beendet.</translation>
    </message>
    <message>
        <source>Export the listed calls</source>
        <translation>Aufgelistete Anrufe exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save a coaching report</source>
        <translation>Coaching-Bericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Supervisor view. Private notes are hidden. The session ends after 5 idle minutes or when a call rings.</source>
        <translation>Supervisor-Ansicht. Private Notizen sind ausgeblendet. Die Sitzung endet nach 5 Minuten ohne Aktivität oder wenn ein Anruf eingeht.</translation>
    </message>
    <message>
        <source>Your history. Private notes are shown only to you.</source>
        <translation>Ihr Verlauf. Private Notizen sehen nur Sie.</translation>
    </message>
    <message>
        <source>End supervisor session</source>
        <translation>Supervisor-Sitzung beenden</translation>
    </message>
    <message>
        <source>Supervisor sign-in…</source>
        <translation>Supervisor-Anmeldung…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>%n Anruf nach %1 exportiert.</numerusform>
            <numerusform>%n Anrufe nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Bericht unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Calls and trends</source>
        <translation>Anrufe und Trends</translation>
    </message>
    <message>
        <source>Loading calls…</source>
        <translation>Anrufe werden geladen…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>The history could not be read. %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>This call is still loading. Try again in a moment.</source>
        <translation>Dieser Anruf wird noch geladen. Versuchen Sie es gleich erneut.</translation>
    </message>
</context>
<context>
    <name>attune::InstanceServer</name>
    <message>
        <source>request longer than %1 bytes</source>
        <translation>Anfrage länger als %1 Byte</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>noch nicht bereit</translation>
    </message>
    <message>
        <source>Attune is not running.</source>
        <translation>Attune läuft nicht.</translation>
    </message>
    <message>
        <source>Could not send the request: %1</source>
        <translation>Die Anfrage konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>Attune did not answer: %1</source>
        <translation>Attune hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>Cannot take the instance lock %1: its folder cannot be written. Make %2 writable for your user (or ask IT to), then start Attune again.</source>
        <translation>Die Instanzsperre %1 lässt sich nicht setzen: In ihren Ordner kann nicht geschrieben werden. Machen Sie %2 für Ihren Benutzer beschreibbar (oder bitten Sie die IT darum) und starten Sie Attune neu.</translation>
    </message>
    <message>
        <source>field &quot;requestId&quot; must be a string of 1 to %1 characters</source>
        <translation>Das Feld &quot;requestId&quot; muss eine Zeichenkette mit 1 bis %1 Zeichen sein</translation>
    </message>
    <message>
        <source>Attune showed this but could not save it to its database; see the log file.</source>
        <translation>Attune hat dies angezeigt, konnte es aber nicht in seiner Datenbank speichern; siehe Protokolldatei.</translation>
    </message>
    <message>
        <source>Attune did not confirm the request within %1 seconds (%2); it may still be applied, once.</source>
        <translation>Attune hat die Anfrage nicht innerhalb von %1 Sekunden bestätigt (%2); sie wird möglicherweise noch ausgeführt, einmal.</translation>
    </message>
    <message>
        <source>Attune&apos;s answer is longer than %1 bytes</source>
        <translation>Die Antwort von Attune ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>%1.so cannot be loaded: %2</source>
        <translation>%1.so kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>%1.so belongs to another version of Attune (this is %2)</source>
        <translation>%1.so gehört zu einer anderen Version von Attune (diese ist %2)</translation>
    </message>
    <message>
        <source>Attune quit before this was saved; it may still be saved, once. Check before sending it again.</source>
        <translation>Attune wurde beendet, bevor dies gespeichert war; es kann noch gespeichert werden, einmal. Prüfen Sie das, bevor Sie es erneut senden.</translation>
    </message>
    <message>
        <source>field &quot;requestId&quot; was already used for another command; send a new request with a new id</source>
        <translation>das Feld &quot;requestId&quot; wurde schon für einen anderen Befehl verwendet; senden Sie eine neue Anfrage mit einer neuen ID</translation>
    </message>
</context>
<context>
    <name>attune::KudosStrip</name>
    <message>
        <source>Kudos from your supervisor</source>
        <translation>Lob von Ihrem Supervisor</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Danke</translation>
    </message>
    <message>
        <source>Dismiss the kudos</source>
        <translation>Lob ausblenden</translation>
    </message>
</context>
<context>
    <name>attune::LiveIntegrations</name>
    <message>
        <source>The softphone connector and the WebSocket API cannot work: %1</source>
        <translation>Die Softphone-Anbindung und die WebSocket-API können nicht arbeiten: %1</translation>
    </message>
</context>
<context>
    <name>attune::MyPhrasesDialog</name>
    <message>
        <source>My phrases</source>
        <translation>Meine Formulierungen</translation>
    </message>
    <message>
        <source>Phrases you wrote yourself. They are offered alongside the library and stay on this computer.</source>
        <translation>Formulierungen, die Sie selbst geschrieben haben. Sie werden zusätzlich zur Bibliothek vorgeschlagen und bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Your own phrases</source>
        <translation>Ihre eigenen Formulierungen</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a phrase of your own</source>
        <translation>Eigene Formulierung hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected phrase</source>
        <translation>Ausgewählte Formulierung entfernen</translation>
    </message>
    <message>
        <source>Close my phrases</source>
        <translation>Meine Formulierungen schließen</translation>
    </message>
    <message>
        <source>The phrase was not saved: %1</source>
        <translation>Die Formulierung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The phrase was not removed: %1</source>
        <translation>Die Formulierung wurde nicht entfernt: %1</translation>
    </message>
</context>
<context>
    <name>attune::PersonalPhraseDialog</name>
    <message>
        <source>calm</source>
        <translation>ruhig</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Gesprächsbeginn</translation>
    </message>
    <message>
        <source>Finding out</source>
        <translation>Anliegen klären</translation>
    </message>
    <message>
        <source>Solving</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Gesprächsende</translation>
    </message>
    <message>
        <source>Add my own phrase</source>
        <translation>Eigene Formulierung hinzufügen</translation>
    </message>
    <message>
        <source>Phrase text</source>
        <translation>Text der Formulierung</translation>
    </message>
    <message>
        <source>I can see why that would worry you, {customer.preferred_name}.</source>
        <translation>Ich verstehe gut, dass Sie das beunruhigt, {customer.preferred_name}.</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>&amp;Wortlaut</translation>
    </message>
    <message>
        <source>Placeholders: {customer.preferred_name}, {last_contact.topic}, {agent.name}. A phrase whose placeholder has no value for a caller is not offered to you.</source>
        <translation>Platzhalter: {customer.preferred_name}, {last_contact.topic}, {agent.name}. Eine Formulierung, deren Platzhalter für einen Anrufer keinen Wert hat, wird Ihnen nicht vorgeschlagen.</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>&amp;Technique</source>
        <translation>&amp;Technik</translation>
    </message>
    <message>
        <source>Fits when the customer is %1</source>
        <translation>Passt, wenn der Kunde %1 ist</translation>
    </message>
    <message>
        <source>When the customer is</source>
        <translation>Stimmung des Kunden</translation>
    </message>
    <message>
        <source>Fits the call part %1</source>
        <translation>Passt zum Gesprächsabschnitt %1</translation>
    </message>
    <message>
        <source>Part of the call</source>
        <translation>Gesprächsabschnitt</translation>
    </message>
    <message>
        <source>Problem with the phrase</source>
        <translation>Problem mit der Formulierung</translation>
    </message>
    <message>
        <source>Save phrase</source>
        <translation>Formulierung speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>attune::PhraseService</name>
    <message>
        <source>your own phrases need the local database, which could not be opened</source>
        <translation>Eigene Formulierungen brauchen die lokale Datenbank, die sich nicht öffnen ließ</translation>
    </message>
</context>
<context>
    <name>attune::PracticeHistoryList</name>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Practice runs</source>
        <translation>Übungsdurchläufe</translation>
    </message>
    <message>
        <source>Your practice runs, kept apart from real calls. Only what the replies showed is kept, never the replies themselves.</source>
        <translation>Ihre Übungen, getrennt von echten Anrufen. Gespeichert wird nur, was die Antworten zeigten, nie die Antworten selbst.</translation>
    </message>
    <message>
        <source>About practice runs</source>
        <translation>Über die Übungsdurchläufe</translation>
    </message>
    <message>
        <source>No practice runs yet. Practise from the sidebar between calls.</source>
        <translation>Noch keine Übungen. Üben Sie zwischen Anrufen in der Seitenleiste.</translation>
    </message>
    <message>
        <source>No practice runs</source>
        <translation>Keine Übungsdurchläufe</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Wie es endete</translation>
    </message>
    <message>
        <source>What the replies showed</source>
        <translation>Was die Antworten zeigten</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>nothing recognised</source>
        <translation>nichts erkannt</translation>
    </message>
</context>
<context>
    <name>attune::PracticePanel</name>
    <message>
        <source>Blame instead of an apology</source>
        <translation>Schuld zugewiesen statt entschuldigt</translation>
    </message>
    <message>
        <source>Words the customer may not know</source>
        <translation>Wörter, die der Kunde vielleicht nicht kennt</translation>
    </message>
    <message>
        <source>An assumption instead of a question</source>
        <translation>Eine Annahme statt einer Frage</translation>
    </message>
    <message>
        <source>The customer&apos;s feeling went unacknowledged</source>
        <translation>Das Gefühl des Kunden wurde nicht anerkannt</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Practice message</source>
        <translation>Hinweis zur Übung</translation>
    </message>
    <message>
        <source>Between calls, practise a hard conversation: Attune plays the customer and you type your replies.</source>
        <translation>Üben Sie zwischen Anrufen ein schwieriges Gespräch: Attune spielt den Kunden, Sie tippen Ihre Antworten.</translation>
    </message>
    <message>
        <source>About practice</source>
        <translation>Über die Übung</translation>
    </message>
    <message>
        <source>Practise…</source>
        <translation>Üben…</translation>
    </message>
    <message>
        <source>Practise a conversation</source>
        <translation>Ein Gespräch üben</translation>
    </message>
    <message>
        <source>Practise a conversation (%1)</source>
        <translation>Ein Gespräch üben (%1)</translation>
    </message>
    <message>
        <source>Practice scenarios</source>
        <translation>Übungsszenarien</translation>
    </message>
    <message>
        <source>Scenario summary</source>
        <translation>Zusammenfassung des Szenarios</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start the practice</source>
        <translation>Übung starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel practice</source>
        <translation>Übung abbrechen</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Practice conversation</source>
        <translation>Übungsgespräch</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Your reply (Enter sends, Shift+Enter for a new line)</source>
        <translation>Ihre Antwort (Eingabe sendet, Umschalt+Eingabe für eine neue Zeile)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Antwort senden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop practising</source>
        <translation>Übung beenden</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Wie es endete</translation>
    </message>
    <message>
        <source>Practice feedback</source>
        <translation>Rückmeldung zur Übung</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the practice feedback</source>
        <translation>Rückmeldung zur Übung schließen</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Used the customer&apos;s name</source>
        <translation>Den Namen des Kunden genannt</translation>
    </message>
    <message>
        <source>Acknowledged the feeling</source>
        <translation>Das Gefühl anerkannt</translation>
    </message>
    <message>
        <source>Asked an open question</source>
        <translation>Eine offene Frage gestellt</translation>
    </message>
    <message>
        <source>Assumed instead of asking</source>
        <translation>Angenommen statt gefragt</translation>
    </message>
    <message>
        <source>Apologised</source>
        <translation>Sich entschuldigt</translation>
    </message>
    <message>
        <source>Took ownership</source>
        <translation>Verantwortung übernommen</translation>
    </message>
    <message>
        <source>Said what happens next</source>
        <translation>Die nächsten Schritte genannt</translation>
    </message>
    <message>
        <source>Blamed someone or something</source>
        <translation>Jemandem oder etwas die Schuld gegeben</translation>
    </message>
    <message>
        <source>Used jargon</source>
        <translation>Fachjargon verwendet</translation>
    </message>
    <message>
        <source>The customer left feeling better.</source>
        <translation>Der Kunde ging mit einem besseren Gefühl.</translation>
    </message>
    <message>
        <source>The customer left feeling much the same.</source>
        <translation>Der Kunde ging mit etwa demselben Gefühl.</translation>
    </message>
    <message>
        <source>The customer left feeling worse.</source>
        <translation>Der Kunde ging mit einem schlechteren Gefühl.</translation>
    </message>
    <message>
        <source>The conversation reached its 12-turn limit.</source>
        <translation>Das Gespräch hat sein Limit von 12 Runden erreicht.</translation>
    </message>
    <message>
        <source>You stopped before the end.</source>
        <translation>Sie haben vor dem Ende aufgehört.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>What your replies showed</source>
        <translation>Was Ihre Antworten zeigten</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>nicht gezeigt</translation>
    </message>
    <message>
        <source>Moments to try differently</source>
        <translation>Momente, die Sie anders versuchen können</translation>
    </message>
    <message>
        <source>The customer: “%1”</source>
        <translation>Der Kunde: „%1“</translation>
    </message>
    <message>
        <source>You: “%1”</source>
        <translation>Sie: „%1“</translation>
    </message>
    <message>
        <source>Heard: %1</source>
        <translation>Gehört: %1</translation>
    </message>
    <message>
        <source>Could sound like:</source>
        <translation>Könnte so klingen:</translation>
    </message>
    <message numerus="yes">
        <source>in %n reply(s)</source>
        <translation>
            <numerusform>in %n Antwort</numerusform>
            <numerusform>in %n Antworten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::PracticeService</name>
    <message>
        <source>Practice waits while a call is live.</source>
        <translation>Die Übung wartet, solange ein Anruf läuft.</translation>
    </message>
    <message>
        <source>No practice scenarios could be loaded.</source>
        <translation>Es konnten keine Übungsszenarien geladen werden.</translation>
    </message>
    <message>
        <source>There is no practice scenario &quot;%1&quot;. Known: %2.</source>
        <translation>Es gibt kein Übungsszenario „%1“. Vorhanden: %2.</translation>
    </message>
    <message>
        <source>Choose a scenario first.</source>
        <translation>Wählen Sie zuerst ein Szenario.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is being practised; stop it first to start another.</source>
        <translation>„%1“ wird gerade geübt; beenden Sie es zuerst, um ein anderes zu starten.</translation>
    </message>
</context>
<context>
    <name>attune::ProfilePanel</name>
    <message>
        <source>Customer profile</source>
        <translation>Kundenprofil</translation>
    </message>
    <message>
        <source>The caller&apos;s profile appears here when a call rings.</source>
        <translation>Sobald ein Anruf eingeht, erscheint hier das Profil des Anrufers.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Full name for the new profile</source>
        <translation>Vollständiger Name für das neue Profil</translation>
    </message>
    <message>
        <source>Call them…</source>
        <translation>Ansprechen als…</translation>
    </message>
    <message>
        <source>How the new customer likes to be addressed</source>
        <translation>Wie der neue Kunde angesprochen werden möchte</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Profil anlegen</translation>
    </message>
    <message>
        <source>Create a profile for this caller</source>
        <translation>Profil für diesen Anrufer anlegen</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Note about this customer</source>
        <translation>Notiz zu diesem Kunden</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>recently bereaved</source>
        <translation>kürzlicher Trauerfall</translation>
    </message>
    <message>
        <source>vulnerable customer</source>
        <translation>schutzbedürftiger Kunde</translation>
    </message>
    <message>
        <source>complaint open</source>
        <translation>Beschwerde offen</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>customer since %1</source>
        <translation>Kunde seit %1</translation>
    </message>
    <message>
        <source>The phone system says: %1</source>
        <translation>Laut Telefonanlage: %1</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Offen: %1</translation>
    </message>
    <message>
        <source>Next time: %1</source>
        <translation>Nächstes Mal: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>No earlier contacts on file.</source>
        <translation>Keine früheren Kontakte gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers share this number</source>
        <translation>
            <numerusform>%n Kunde nutzt diese Nummer</numerusform>
            <numerusform>%n Kunden nutzen diese Nummer</numerusform>
        </translation>
    </message>
    <message>
        <source>This is %1</source>
        <translation>Das ist %1</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Unbekannter Anrufer</translation>
    </message>
    <message>
        <source>Unknown caller: %1</source>
        <translation>Unbekannter Anrufer: %1</translation>
    </message>
    <message>
        <source>No number was sent</source>
        <translation>Keine Nummer übermittelt</translation>
    </message>
    <message>
        <source>%1 (from the contact center): %2</source>
        <translation>%1 (vom Contact Center): %2</translation>
    </message>
    <message>
        <source>Be aware: %1</source>
        <translation>Bitte beachten: %1</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>Die Notiz wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>No profile was created: %1</source>
        <translation>Es wurde kein Profil angelegt: %1</translation>
    </message>
</context>
<context>
    <name>attune::ProfileService</name>
    <message>
        <source>a profile needs the customer&apos;s name</source>
        <translation>ein Profil braucht den Namen des Kunden</translation>
    </message>
    <message>
        <source>notes belong to a known customer; create or choose the profile first</source>
        <translation>Notizen gehören zu einem bekannten Kunden; legen Sie zuerst das Profil an oder wählen Sie es aus</translation>
    </message>
    <message>
        <source>the database refused it (%1)</source>
        <translation>die Datenbank hat es abgelehnt (%1)</translation>
    </message>
</context>
<context>
    <name>attune::SettingsDialog</name>
    <message>
        <source>Attune settings</source>
        <translation>Attune-Einstellungen</translation>
    </message>
    <message>
        <source>Dock to screen edge</source>
        <translation>An Bildschirmrand andocken</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Keep Attune above other windows</source>
        <translation>Attune über anderen Fenstern halten</translation>
    </message>
    <message>
        <source>Bring Attune to the front when a call rings (it never takes the keyboard)</source>
        <translation>Attune bei eingehendem Anruf in den Vordergrund holen (ohne den Tastaturfokus zu übernehmen)</translation>
    </message>
    <message>
        <source>Compact view</source>
        <translation>Kompakte Ansicht</translation>
    </message>
    <message>
        <source>Reduce motion (no pulsing or animation)</source>
        <translation>Bewegung reduzieren (kein Pulsieren, keine Animation)</translation>
    </message>
    <message>
        <source>Show an icon in the system tray</source>
        <translation>Symbol im Infobereich anzeigen</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemeinstellung verwenden</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Language (after restart)</source>
        <translation>Sprache (nach Neustart)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <source> updates per call</source>
        <translation> Aktualisierungen pro Anruf</translation>
    </message>
    <message>
        <source>Suggestion updates per call</source>
        <translation>Aktualisierungen der Vorschläge pro Anruf</translation>
    </message>
    <message>
        <source>Never suggest these techniques</source>
        <translation>Diese Techniken nie vorschlagen</translation>
    </message>
    <message>
        <source>Built-in library</source>
        <translation>Integrierte Bibliothek</translation>
    </message>
    <message>
        <source>Phrase library file</source>
        <translation>Datei der Formulierungsbibliothek</translation>
    </message>
    <message>
        <source>Breathing pattern</source>
        <translation>Atemmuster</translation>
    </message>
    <message>
        <source>Breathing exercise length</source>
        <translation>Dauer der Atemübung</translation>
    </message>
    <message>
        <source>Calm: in 4, out 6; Square: in 3, hold 3, out 3, hold 3</source>
        <translation>Ruhe: in 4, out 6; Quadrat: in 3, hold 3, out 3, hold 3</translation>
    </message>
    <message>
        <source>My breathing patterns</source>
        <translation>Meine Atemmuster</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Patterns from IT</source>
        <translation>Atemmuster der IT</translation>
    </message>
    <message>
        <source>From the system language</source>
        <translation>Anhand der Systemsprache</translation>
    </message>
    <message>
        <source>Country of national phone numbers</source>
        <translation>Land für nationale Telefonnummern</translation>
    </message>
    <message>
        <source>Not set. IT sets it with attune hash-pin.</source>
        <translation>Nicht festgelegt. Die IT legt sie mit attune hash-pin fest.</translation>
    </message>
    <message>
        <source>Set by your IT department</source>
        <translation>Von Ihrer IT-Abteilung festgelegt</translation>
    </message>
    <message>
        <source>Supervisor PIN</source>
        <translation>Supervisor-PIN</translation>
    </message>
    <message>
        <source>Built-in questions</source>
        <translation>Integrierte Fragen</translation>
    </message>
    <message>
        <source>Self-assessment questions file</source>
        <translation>Datei mit Fragen zur Selbsteinschätzung</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Keep call history for</source>
        <translation>Anrufverlauf aufbewahren für</translation>
    </message>
    <message>
        <source>Allow private notes in the self-assessment</source>
        <translation>Private Notizen in der Selbsteinschätzung erlauben</translation>
    </message>
    <message>
        <source>Allow exporting my self-assessments</source>
        <translation>Export meiner Selbsteinschätzungen erlauben</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 (set by your IT department)</source>
        <translation>%1 (von Ihrer IT-Abteilung festgelegt)</translation>
    </message>
    <message>
        <source>🔒 Set by your IT department</source>
        <translation>🔒 Von Ihrer IT-Abteilung festgelegt</translation>
    </message>
    <message>
        <source>%1 is set by your IT department</source>
        <translation>%1 wird von Ihrer IT-Abteilung festgelegt</translation>
    </message>
    <message>
        <source>Your IT department manages this setting.</source>
        <translation>Diese Einstellung verwaltet Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <source>Set by your IT department (%1 in %2); it cannot be changed here.</source>
        <translation>Von Ihrer IT-Abteilung festgelegt (%1 in %2); kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Some settings were not saved</source>
        <translation>Einige Einstellungen wurden nicht gespeichert</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Take calls from the baresip softphone</source>
        <translation>Anrufe vom Softphone baresip übernehmen</translation>
    </message>
    <message>
        <source>baresip control address</source>
        <translation>Steuerungsadresse von baresip</translation>
    </message>
    <message>
        <source>baresip control port (ctrl_tcp)</source>
        <translation>Steuerungsport von baresip (ctrl_tcp)</translation>
    </message>
    <message>
        <source>Accept calls and transcripts from contact-center software on this computer (WebSocket API)</source>
        <translation>Anrufe und Transkripte von Contact-Center-Software auf diesem Computer annehmen (WebSocket-API)</translation>
    </message>
    <message>
        <source>WebSocket API port</source>
        <translation>Port der WebSocket-API</translation>
    </message>
    <message>
        <source>Generated on first use in %1 (readable only by you).</source>
        <translation>Wird bei der ersten Verwendung in %1 erzeugt (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>WebSocket API token</source>
        <translation>Token der WebSocket-API</translation>
    </message>
    <message>
        <source>None: programs only, no web pages</source>
        <translation>Keine: nur Programme, keine Webseiten</translation>
    </message>
    <message>
        <source>Web pages allowed to connect (origins)</source>
        <translation>Webseiten, die sich verbinden dürfen (Origins)</translation>
    </message>
    <message>
        <source>Setting groups</source>
        <translation>Einstellungsgruppen</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atemübung</translation>
    </message>
    <message>
        <source>Calls and privacy</source>
        <translation>Anrufe und Datenschutz</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Anbindungen</translation>
    </message>
    <message>
        <source>Team server (PostgreSQL)</source>
        <translation>Team-Server (PostgreSQL)</translation>
    </message>
    <message>
        <source>Team server port</source>
        <translation>Port des Team-Servers</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Team-Datenbank</translation>
    </message>
    <message>
        <source>My team server user</source>
        <translation>Mein Benutzer auf dem Team-Server</translation>
    </message>
    <message>
        <source>Password file (only I can read it)</source>
        <translation>Passwortdatei (nur ich kann sie lesen)</translation>
    </message>
    <message>
        <source>Team server certificate authority (CA file)</source>
        <translation>Zertifizierungsstelle des Team-Servers (CA-Datei)</translation>
    </message>
    <message>
        <source>My client certificate</source>
        <translation>Mein Client-Zertifikat</translation>
    </message>
    <message>
        <source>My client certificate key</source>
        <translation>Schlüssel meines Client-Zertifikats</translation>
    </message>
    <message>
        <source>Transcribe what the customer says in baresip calls, on this computer (English only; no audio is kept)</source>
        <translation>Was der Kunde in baresip-Gesprächen sagt, auf diesem Computer transkribieren (nur Englisch; kein Audio wird aufbewahrt)</translation>
    </message>
    <message>
        <source>Built-in practice calls</source>
        <translation>Mitgelieferte Übungsgespräche</translation>
    </message>
    <message>
        <source>Practice calls folder</source>
        <translation>Ordner für Übungsgespräche</translation>
    </message>
    <message>
        <source>With a team server, your answered calls and self-assessments are copied to it for your supervisor, and their notes and kudos come back; private notes never leave this computer. Changes here apply when Attune starts again.</source>
        <translation>Mit einem Team-Server werden Ihre angenommenen Anrufe und Selbsteinschätzungen für Ihren Supervisor dorthin kopiert, und dessen Notizen und Lob kommen zurück; private Notizen verlassen diesen Computer nie. Änderungen hier gelten ab dem nächsten Start von Attune.</translation>
    </message>
    <message>
        <source>Your stress ratings are shared with the team server and shown to your supervisor: your IT department decided so.</source>
        <translation>Ihre Stresswerte werden mit dem Team-Server geteilt und Ihrem Supervisor gezeigt: so hat es Ihre IT-Abteilung entschieden.</translation>
    </message>
    <message>
        <source>Your stress ratings stay on this computer and are not shown to supervisors; only your IT department can decide to share them.</source>
        <translation>Ihre Stresswerte bleiben auf diesem Computer und werden Supervisoren nicht gezeigt; nur Ihre IT-Abteilung kann entscheiden, sie zu teilen.</translation>
    </message>
    <message>
        <source>Stress ratings</source>
        <translation>Stresswerte</translation>
    </message>
    <message>
        <source>No team server: your calls and self-assessments stay on this computer. Only your IT department can set one up.</source>
        <translation>Kein Team-Server: Ihre Anrufe und Selbsteinschätzungen bleiben auf diesem Computer. Nur Ihre IT-Abteilung kann einen einrichten.</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Team-Server</translation>
    </message>
</context>
<context>
    <name>attune::SidebarTopBar</name>
    <message>
        <source>Attune</source>
        <translation>Attune</translation>
    </message>
</context>
<context>
    <name>attune::SidebarWindow</name>
    <message>
        <source>Attune</source>
        <translation>Attune</translation>
    </message>
    <message>
        <source>Attune sidebar</source>
        <translation>Attune-Seitenleiste</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Immer im Vordergrund</translation>
    </message>
    <message>
        <source>Compact view</source>
        <translation>Kompakte Ansicht</translation>
    </message>
    <message>
        <source>Ready for next call</source>
        <translation>Bereit für den nächsten Anruf</translation>
    </message>
    <message>
        <source>Quit Attune</source>
        <translation>Attune beenden</translation>
    </message>
    <message>
        <source>Demo mode: a scripted call on a separate demo database.</source>
        <translation>Demomodus: ein Anruf nach Skript mit einer eigenen Demo-Datenbank.</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Demomodus</translation>
    </message>
    <message>
        <source>Call assistance</source>
        <translation>Gesprächshilfe</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>Kundenprofil</translation>
    </message>
    <message>
        <source>Suggested phrasings</source>
        <translation>Formulierungsvorschläge</translation>
    </message>
    <message>
        <source>Take a breath</source>
        <translation>Durchatmen</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atemübung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Anrufverlauf</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Was gesagt wurde</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>Attune (demo)</source>
        <translation>Attune (Demo)</translation>
    </message>
    <message>
        <source>Copy suggestion %1</source>
        <translation>Vorschlag %1 kopieren</translation>
    </message>
    <message>
        <source>Self-assess an earlier call</source>
        <translation>Früheren Anruf selbst einschätzen</translation>
    </message>
    <message>
        <source>Start a breathing exercise</source>
        <translation>Atemübung starten</translation>
    </message>
    <message>
        <source>The breathing exercise is not ready yet.</source>
        <translation>Die Atemübung ist noch nicht bereit.</translation>
    </message>
    <message>
        <source>Your own phrases need the local database, which could not be opened.</source>
        <translation>Für eigene Formulierungen wird die lokale Datenbank benötigt, die nicht geöffnet werden konnte.</translation>
    </message>
    <message>
        <source>The phrase was not saved: %1</source>
        <translation>Die Formulierung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show Attune</source>
        <translation>Attune anzeigen</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>The customer profile is not available: Attune could not open its database.</source>
        <translation>Das Kundenprofil ist nicht verfügbar: Attune konnte seine Datenbank nicht öffnen.</translation>
    </message>
    <message>
        <source>Suggested phrasings are not available: Attune could not load its phrase library.</source>
        <translation>Formulierungsvorschläge sind nicht verfügbar: Attune konnte seine Formulierungsbibliothek nicht laden.</translation>
    </message>
    <message>
        <source>The breathing exercise is not available.</source>
        <translation>Die Atemübung ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The softphone connector and the WebSocket API cannot work: Attune could not load its network module. Reinstall Attune, or ask IT.</source>
        <translation>Die Softphone-Anbindung und die WebSocket-API können nicht arbeiten: Attune konnte sein Netzwerkmodul nicht laden. Installieren Sie Attune neu oder wenden Sie sich an die IT.</translation>
    </message>
</context>
<context>
    <name>attune::SuggestionPanel</name>
    <message>
        <source>Suggested phrasings</source>
        <translation>Formulierungsvorschläge</translation>
    </message>
    <message>
        <source>What the customer&apos;s words suggest</source>
        <translation>Was die Worte des Kunden andeuten</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>No more suggestions during this call</source>
        <translation>Keine weiteren Vorschläge in diesem Anruf</translation>
    </message>
    <message>
        <source>Snooze suggestions for this call</source>
        <translation>Vorschläge für diesen Anruf pausieren</translation>
    </message>
    <message>
        <source>Suggestions appear here while the customer speaks.</source>
        <translation>Während der Kunde spricht, erscheinen hier Vorschläge.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy suggestion %1 (Ctrl+%1)</source>
        <translation>Vorschlag %1 kopieren (Ctrl+%1)</translation>
    </message>
    <message>
        <source>Star suggestion %1</source>
        <translation>Vorschlag %1 als Favorit markieren</translation>
    </message>
    <message>
        <source>Dismiss suggestion %1</source>
        <translation>Vorschlag %1 verwerfen</translation>
    </message>
    <message>
        <source>More like suggestion %1</source>
        <translation>Mehr wie Vorschlag %1</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>The customer sounds calm.</source>
        <translation>Der Kunde klingt ruhig.</translation>
    </message>
    <message>
        <source>The customer sounds %1.</source>
        <translation>Der Kunde klingt %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>Snoozed for this call.</source>
        <translation>Für diesen Anruf pausiert.</translation>
    </message>
    <message>
        <source>That&apos;s enough prompts for one call; they return with the next call.</source>
        <translation>Genug Hinweise für einen Anruf; beim nächsten Anruf geht es weiter.</translation>
    </message>
    <message>
        <source>No other phrasing fits</source>
        <translation>Keine andere Formulierung passt</translation>
    </message>
    <message>
        <source>Stop suggesting &quot;%1&quot;</source>
        <translation>„%1“ nicht mehr vorschlagen</translation>
    </message>
    <message>
        <source>Add my own phrase…</source>
        <translation>Eigene Formulierung hinzufügen…</translation>
    </message>
    <message>
        <source>My phrases…</source>
        <translation>Meine Formulierungen…</translation>
    </message>
</context>
<context>
    <name>attune::SupervisorPinDialog</name>
    <message>
        <source>Supervisor sign-in</source>
        <translation>Supervisor-Anmeldung</translation>
    </message>
    <message>
        <source>Supervisor PIN</source>
        <translation>Supervisor-PIN</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Die PIN ist falsch.</translation>
    </message>
    <message>
        <source>That PIN is not right. %1</source>
        <translation>Die PIN ist falsch. %1</translation>
    </message>
    <message>
        <source>Supervisor PIN or passphrase</source>
        <translation>Supervisor-PIN oder Passphrase</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Die PIN wird geprüft…</translation>
    </message>
    <message>
        <source>Another PIN is being checked; try again when it is answered.</source>
        <translation>Eine andere PIN wird gerade geprüft; versuchen Sie es erneut, sobald sie beantwortet ist.</translation>
    </message>
    <message>
        <source>The sign-in was interrupted (a call rang or the history was put away); nothing was opened. Sign in again.</source>
        <translation>Die Anmeldung wurde unterbrochen (ein Anruf kam herein oder der Verlauf wurde geschlossen); nichts wurde geöffnet. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>attune::TeamCoachingPanel</name>
    <message>
        <source>Coaching notes and kudos on this call</source>
        <translation>Coaching-Notizen und Lob zu diesem Gespräch</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Saving status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Something you wrote on this call is not saved yet; it is kept.</source>
        <translation>Etwas, das Sie zu diesem Gespräch geschrieben haben, ist noch nicht gespeichert; es bleibt erhalten.</translation>
    </message>
    <message>
        <source>No coaching notes or kudos on this call yet.</source>
        <translation>Zu diesem Gespräch gibt es noch keine Coaching-Notizen und kein Lob.</translation>
    </message>
    <message>
        <source>Saved. %1 sees it after their Attune&apos;s next sync.</source>
        <translation>Gespeichert. %1 sieht es nach der nächsten Synchronisierung in Attune.</translation>
    </message>
    <message>
        <source>This was already saved; nothing was added.</source>
        <translation>Das war bereits gespeichert; es wurde nichts hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>attune::TeamHistoryLoader</name>
    <message>
        <source>The team password file %1 does not exist.</source>
        <translation>Die Team-Passwortdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The team password file %1 can be read by others; Attune uses it only when it belongs to you and no one else can read it (chmod 600).</source>
        <translation>Die Team-Passwortdatei %1 ist für andere lesbar; Attune verwendet sie nur, wenn sie Ihnen gehört und niemand sonst sie lesen kann (chmod 600).</translation>
    </message>
    <message>
        <source>The team password file %1 cannot be read.</source>
        <translation>Die Team-Passwortdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Wrong name or password for %1 on the team server.</source>
        <translation>Falscher Name oder falsches Passwort für %1 auf dem Teamserver.</translation>
    </message>
    <message>
        <source>The team server %1:%2 does not answer.</source>
        <translation>Der Teamserver %1:%2 antwortet nicht.</translation>
    </message>
    <message>
        <source>The team server&apos;s certificate could not be verified (%1).</source>
        <translation>Das Zertifikat des Teamservers konnte nicht geprüft werden (%1).</translation>
    </message>
    <message>
        <source>The team server refused the sign-in: %1</source>
        <translation>Der Teamserver hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Team server unreachable — retrying…</source>
        <translation>Teamserver nicht erreichbar – neuer Versuch läuft…</translation>
    </message>
    <message>
        <source>The team key file %1 can be read by others; Attune uses it only when it belongs to you and no one else can read it (chmod 600).</source>
        <translation>Die Team-Schlüsseldatei %1 ist für andere lesbar; Attune verwendet sie nur, wenn sie Ihnen gehört und niemand sonst sie lesen kann (chmod 600).</translation>
    </message>
    <message>
        <source>The team key file %1 is not an ordinary file Attune can read.</source>
        <translation>Die Team-Schlüsseldatei %1 ist keine gewöhnliche Datei, die Attune lesen kann.</translation>
    </message>
</context>
<context>
    <name>attune::TeamHistoryModel</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>attune::TeamHistoryView</name>
    <message>
        <source>Team history</source>
        <translation>Team-Verlauf</translation>
    </message>
    <message>
        <source>Team calls, trends and comparison</source>
        <translation>Anrufe, Trends und Vergleich des Teams</translation>
    </message>
    <message>
        <source>Team calls</source>
        <translation>Anrufe des Teams</translation>
    </message>
    <message>
        <source>The team server did not answer: %1</source>
        <translation>Der Teamserver hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Compare agents</source>
        <translation>Agenten vergleichen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Signing in to the team server as %1…</source>
        <translation>Anmeldung am Teamserver als %1…</translation>
    </message>
    <message>
        <source>All my teams</source>
        <translation>Alle meine Teams</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Alle Agenten</translation>
    </message>
    <message>
        <source>Signed in to the team server as %1 (agents in your teams: %2). Private notes and (unless IT shares them) stress ratings stay on each agent&apos;s computer.</source>
        <translation>Am Teamserver angemeldet als %1 (Agenten in Ihren Teams: %2). Private Notizen und (sofern die IT sie nicht teilt) Stressangaben bleiben auf dem Computer jedes Agenten.</translation>
    </message>
    <message>
        <source>Sign out of the team server</source>
        <translation>Vom Teamserver abmelden</translation>
    </message>
    <message>
        <source>No team server is set up on this computer (team/server).</source>
        <translation>Auf diesem Computer ist kein Teamserver eingerichtet (team/server).</translation>
    </message>
    <message>
        <source>Sign in with your own supervisor account on the team server %1 to read your team&apos;s calls.</source>
        <translation>Melden Sie sich mit Ihrem eigenen Teamleitungskonto am Teamserver %1 an, um die Anrufe Ihres Teams zu lesen.</translation>
    </message>
    <message>
        <source>Sign in to the team server…</source>
        <translation>Am Teamserver anmelden…</translation>
    </message>
    <message>
        <source>Sign in to the team server</source>
        <translation>Am Teamserver anmelden</translation>
    </message>
    <message>
        <source>My calls</source>
        <translation>Meine Anrufe</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Mein Team</translation>
    </message>
    <message>
        <source>The team server answers again.</source>
        <translation>Der Teamserver antwortet wieder.</translation>
    </message>
</context>
<context>
    <name>attune::TeamService</name>
    <message>
        <source>The team sync could not start: this computer&apos;s database refused to switch the outbox on.</source>
        <translation>Die Team-Synchronisierung konnte nicht starten: die Datenbank dieses Computers hat das Einschalten des Postausgangs abgelehnt.</translation>
    </message>
</context>
<context>
    <name>attune::TeamSignInDialog</name>
    <message>
        <source>Sign in to the team server</source>
        <translation>Am Teamserver anmelden</translation>
    </message>
    <message>
        <source>Your own supervisor account on %1. The password is used for this session only and never saved.</source>
        <translation>Ihr eigenes Teamleitungskonto auf %1. Das Passwort gilt nur für diese Sitzung und wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Name on the team server</source>
        <translation>Name auf dem Teamserver</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>attune::TeamSync</name>
    <message>
        <source>Wrong password for agent %1 on the team server.</source>
        <translation>Falsches Passwort für Agent %1 auf dem Team-Server.</translation>
    </message>
    <message>
        <source>The team server %1 could not prove who it is (its TLS certificate was refused). Records wait on this computer.</source>
        <translation>Der Team-Server %1 konnte nicht nachweisen, wer er ist (sein TLS-Zertifikat wurde abgelehnt). Die Einträge warten auf diesem Computer.</translation>
    </message>
    <message>
        <source>The team server does not let %1 deliver records (IT adds agents to a team). Records wait on this computer.</source>
        <translation>Der Team-Server lässt %1 keine Einträge liefern (die IT fügt Agenten einem Team hinzu). Die Einträge warten auf diesem Computer.</translation>
    </message>
    <message>
        <source>The team server has no database %1.</source>
        <translation>Der Team-Server hat keine Datenbank %1.</translation>
    </message>
    <message>
        <source>The team server %1 cannot be reached. Records wait on this computer and are sent when it is back.</source>
        <translation>Der Team-Server %1 ist nicht erreichbar. Die Einträge warten auf diesem Computer und werden gesendet, sobald er wieder da ist.</translation>
    </message>
    <message>
        <source>The team password file %1 does not exist.</source>
        <translation>Die Team-Passwortdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The team password file %1 can be read by others; Attune uses it only when it belongs to you and no one else can read it (chmod 600).</source>
        <translation>Die Team-Passwortdatei %1 ist für andere lesbar; Attune verwendet sie nur, wenn sie Ihnen gehört und niemand sonst sie lesen kann (chmod 600).</translation>
    </message>
    <message>
        <source>The team password file %1 cannot be read.</source>
        <translation>Die Team-Passwortdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The team server refused a record; it stays on this computer (%1).</source>
        <translation>Der Team-Server hat einen Eintrag abgelehnt; er bleibt auf diesem Computer (%1).</translation>
    </message>
    <message>
        <source>The team server refused the certificate of agent %1 (IT issues it in the name %1). Records wait on this computer.</source>
        <translation>Der Team-Server hat das Zertifikat von Agent %1 abgelehnt (die IT stellt es auf den Namen %1 aus). Die Einträge warten auf diesem Computer.</translation>
    </message>
    <message>
        <source>The team key file %1 does not exist.</source>
        <translation>Die Team-Schlüsseldatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The team key file %1 can be read by others; Attune uses it only when it belongs to you and no one else can read it (chmod 600).</source>
        <translation>Die Team-Schlüsseldatei %1 ist für andere lesbar; Attune verwendet sie nur, wenn sie Ihnen gehört und niemand sonst sie lesen kann (chmod 600).</translation>
    </message>
    <message>
        <source>The team key file %1 is not an ordinary file Attune can read.</source>
        <translation>Die Team-Schlüsseldatei %1 ist keine gewöhnliche Datei, die Attune lesen kann.</translation>
    </message>
</context>
<context>
    <name>attune::TeamSyncIndicator</name>
    <message numerus="yes">
        <source>Team history: sending %n record(s)…</source>
        <translation>
            <numerusform>Team-Verlauf: sendet %n Eintrag…</numerusform>
            <numerusform>Team-Verlauf: sendet %n Einträge…</numerusform>
        </translation>
    </message>
    <message>
        <source>Team history: up to date.</source>
        <translation>Team-Verlauf: aktuell.</translation>
    </message>
    <message>
        <source>Team history: connecting…</source>
        <translation>Team-Verlauf: verbindet…</translation>
    </message>
    <message numerus="yes">
        <source>Team history: offline, %n record(s) wait on this computer.</source>
        <translation>
            <numerusform>Team-Verlauf: offline, %n Eintrag wartet auf diesem Computer.</numerusform>
            <numerusform>Team-Verlauf: offline, %n Einträge warten auf diesem Computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team history: offline.</source>
        <translation>Team-Verlauf: offline.</translation>
    </message>
    <message>
        <source>Last sent %1.</source>
        <translation>Zuletzt gesendet %1.</translation>
    </message>
    <message>
        <source>Team history sync</source>
        <translation>Team-Verlauf-Synchronisierung</translation>
    </message>
</context>
<context>
    <name>attune::TranscriptionNotice</name>
    <message>
        <source>The customer&apos;s speech is transcribed on this computer and not stored.</source>
        <translation>Die Sprache des Kunden wird auf diesem Computer transkribiert und nicht gespeichert.</translation>
    </message>
    <message>
        <source>Transcription notice</source>
        <translation>Hinweis zur Transkription</translation>
    </message>
</context>
<context>
    <name>attune::TrendsView</name>
    <message>
        <source>Self-assessment answers, share of &quot;yes&quot; by week</source>
        <translation>Antworten der Selbsteinschätzung, Anteil „ja“ pro Woche</translation>
    </message>
    <message>
        <source>Hot calls that calmed, by week</source>
        <translation>Beruhigte Anrufe mit starken Gefühlen, pro Woche</translation>
    </message>
    <message>
        <source>Self score and supervisor score, by week</source>
        <translation>Eigene Bewertung und Supervisor-Bewertung, pro Woche</translation>
    </message>
    <message>
        <source>Stress before and after breathing, by week</source>
        <translation>Anspannung vor und nach der Atemübung, pro Woche</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Working out the trends…</source>
        <translation>Trends werden berechnet…</translation>
    </message>
    <message>
        <source>No weeks to show.</source>
        <translation>Keine Wochen anzuzeigen.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Share of hot calls that calmed</source>
        <translation>Anteil beruhigter Anrufe mit starken Gefühlen</translation>
    </message>
    <message>
        <source>Self score</source>
        <translation>Eigene Bewertung</translation>
    </message>
    <message>
        <source>Supervisor score</source>
        <translation>Supervisor-Bewertung</translation>
    </message>
    <message>
        <source>Gap (self minus supervisor)</source>
        <translation>Differenz (eigene minus Supervisor)</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Before breathing</source>
        <translation>Vor der Atemübung</translation>
    </message>
    <message>
        <source>After breathing</source>
        <translation>Nach der Atemübung</translation>
    </message>
    <message>
        <source>stress (1–5)</source>
        <translation>Anspannung (1–5)</translation>
    </message>
    <message>
        <source>Week of %1: self score %2, supervisor score %3.</source>
        <translation>Woche ab %1: eigene Bewertung %2, Supervisor-Bewertung %3.</translation>
    </message>
    <message>
        <source>Week of %1: stress %2 before breathing, %3 after.</source>
        <translation>Woche ab %1: Anspannung %2 vor der Atemübung, %3 danach.</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>Week of %1: %2.</source>
        <translation>Woche ab %1: %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>How the customer felt vs how you thought it went, by week</source>
        <translation>Wie es dem Kunden ging und wie Sie den Anruf sahen, nach Woche</translation>
    </message>
    <message>
        <source>Customer score</source>
        <translation>Kundenbewertung</translation>
    </message>
    <message>
        <source>Gap (self minus customer)</source>
        <translation>Abstand (selbst minus Kunde)</translation>
    </message>
    <message>
        <source>Week of %1: self score %2, customer score %3.</source>
        <translation>Woche vom %1: Selbstbewertung %2, Kundenbewertung %3.</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <comment>weeks, self-assessments</comment>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n self-assessment(s)</source>
        <translation>
            <numerusform>%n Selbsteinschätzung</numerusform>
            <numerusform>%n Selbsteinschätzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %2 of %n hot call(s) calmed.</source>
        <translation>
            <numerusform>Woche ab %1: %2 von %n Anruf mit starken Gefühlen hat sich beruhigt.</numerusform>
            <numerusform>Woche ab %1: %2 von %n Anrufen mit starken Gefühlen haben sich beruhigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::UnixSocketServer</name>
    <message>
        <source>Cannot listen on &quot;%1&quot;: not a usable path</source>
        <translation>Auf „%1“ können keine Verbindungen angenommen werden: kein verwendbarer Pfad</translation>
    </message>
    <message>
        <source>Cannot listen on %1: the path is too long for a local socket (%2 bytes, at most %3)</source>
        <translation>Auf %1 können keine Verbindungen angenommen werden: Der Pfad ist für einen lokalen Socket zu lang (%2 Bytes, höchstens %3)</translation>
    </message>
    <message>
        <source>Cannot listen on %1: something that is not a socket is in its place (it was left as it is)</source>
        <translation>Auf %1 können keine Verbindungen angenommen werden: An dieser Stelle liegt etwas, das kein Socket ist (es wurde unverändert gelassen)</translation>
    </message>
    <message>
        <source>Cannot listen on %1: another program listens there</source>
        <translation>Auf %1 können keine Verbindungen angenommen werden: Dort nimmt bereits ein anderes Programm Verbindungen an</translation>
    </message>
    <message>
        <source>Cannot listen on %1: its old socket file cannot be removed: %2</source>
        <translation>Auf %1 können keine Verbindungen angenommen werden: Die alte Socket-Datei kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Auf %1 können keine Verbindungen angenommen werden: %2</translation>
    </message>
</context>
<context>
    <name>attune::WebSocketApi</name>
    <message>
        <source>Host &quot;%1&quot; is not this computer&apos;s loopback address with port %2</source>
        <translation>Der Host-Header „%1“ nennt nicht die Loopback-Adresse dieses Computers mit Port %2</translation>
    </message>
    <message>
        <source>Origin &quot;%1&quot; is not allowed (setting api/allowedOrigins)</source>
        <translation>Der Origin-Header „%1“ ist nicht erlaubt (Einstellung api/allowedOrigins)</translation>
    </message>
    <message>
        <source>The WebSocket API has no usable token.</source>
        <translation>Die WebSocket-API hat kein verwendbares Token.</translation>
    </message>
    <message>
        <source>The WebSocket API cannot listen on 127.0.0.1 port %1: %2</source>
        <translation>Die WebSocket-API kann auf 127.0.0.1, Port %1, keine Verbindungen annehmen: %2</translation>
    </message>
    <message>
        <source>the WebSocket API was turned off</source>
        <translation>die WebSocket-API wurde deaktiviert</translation>
    </message>
    <message>
        <source>too many connections (at most %1)</source>
        <translation>zu viele Verbindungen (höchstens %1)</translation>
    </message>
    <message>
        <source>the upgrade request is longer than %1 bytes</source>
        <translation>die Upgrade-Anfrage ist länger als %1 Byte</translation>
    </message>
    <message>
        <source>not a WebSocket upgrade request</source>
        <translation>keine WebSocket-Upgrade-Anfrage</translation>
    </message>
    <message>
        <source>header %1 is repeated</source>
        <translation>Header %1 kommt mehrfach vor</translation>
    </message>
    <message>
        <source>wrong token</source>
        <translation>falsches Token</translation>
    </message>
    <message>
        <source>no token: send the Authorization header or an &quot;auth&quot; message first</source>
        <translation>kein Token: Senden Sie zuerst den Authorization-Header oder eine „auth“-Nachricht</translation>
    </message>
    <message>
        <source>send JSON as text messages, not binary ones</source>
        <translation>senden Sie JSON als Textnachrichten, nicht als Binärnachrichten</translation>
    </message>
    <message>
        <source>too many messages: at most %1 a second</source>
        <translation>zu viele Nachrichten: höchstens %1 pro Sekunde</translation>
    </message>
    <message>
        <source>the client does not read its replies</source>
        <translation>der Client liest seine Antworten nicht</translation>
    </message>
    <message>
        <source>header %1 is reserved</source>
        <translation>Header %1 ist reserviert</translation>
    </message>
    <message>
        <source>Attune showed this but could not save it to its database; see the log file.</source>
        <translation>Attune hat dies angezeigt, konnte es aber nicht in seiner Datenbank speichern; siehe Protokolldatei.</translation>
    </message>
    <message>
        <source>this &quot;requestId&quot; is still being applied; send it again in a moment</source>
        <translation>diese &quot;requestId&quot; wird noch angewendet; senden Sie sie gleich noch einmal</translation>
    </message>
    <message>
        <source>field &quot;requestId&quot; was already used for another message type; send a new one</source>
        <translation>das Feld &quot;requestId&quot; wurde schon für einen anderen Nachrichtentyp verwendet; senden Sie eine neue</translation>
    </message>
</context>
<context>
    <name>attune::WrapUpBar</name>
    <message>
        <source>Wrap-up</source>
        <translation>Nachbearbeitung</translation>
    </message>
    <message>
        <source>Ready for next call</source>
        <translation>Bereit für den nächsten Anruf</translation>
    </message>
    <message>
        <source>Ends wrap-up (%1)</source>
        <translation>Beendet die Nachbearbeitung (%1)</translation>
    </message>
    <message>
        <source>Call ended after %1. Take a moment before the next one.</source>
        <translation>Anruf nach %1 beendet. Nehmen Sie sich einen Moment vor dem nächsten.</translation>
    </message>
</context>
</TS>
