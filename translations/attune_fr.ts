<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiMessage</name>
    <message>
        <source>field &quot;%1&quot; must be a string</source>
        <translation>le champ «&#x202f;%1&#x202f;» doit être une chaîne de caractères</translation>
    </message>
    <message>
        <source>field &quot;caller&quot; must be an object</source>
        <translation>le champ «&#x202f;caller&#x202f;» doit être un objet</translation>
    </message>
    <message>
        <source>unknown field &quot;caller.%1&quot;</source>
        <translation>champ inconnu «&#x202f;caller.%1&#x202f;»</translation>
    </message>
    <message>
        <source>field &quot;caller.fields&quot; must be an object of strings</source>
        <translation>le champ «&#x202f;caller.fields&#x202f;» doit être un objet de chaînes de caractères</translation>
    </message>
    <message>
        <source>field &quot;caller.fields&quot; has more than %1 entries</source>
        <translation>le champ «&#x202f;caller.fields&#x202f;» contient plus de %1 entrées</translation>
    </message>
    <message>
        <source>field &quot;caller.fields&quot; must map short names to short strings</source>
        <translation>le champ «&#x202f;caller.fields&#x202f;» doit associer des noms courts à des chaînes courtes</translation>
    </message>
    <message>
        <source>message longer than %1 bytes</source>
        <translation>message de plus de %1 octets</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <translation>JSON mal formé à la position %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>a message must be a JSON object</source>
        <translation>un message doit être un objet JSON</translation>
    </message>
    <message>
        <source>field &quot;id&quot; must be a number or a string of at most %1 characters</source>
        <translation>le champ «&#x202f;id&#x202f;» doit être un nombre ou une chaîne de %1 caractères au plus</translation>
    </message>
    <message>
        <source>unsupported protocol version (field &quot;version&quot;); expected %1</source>
        <translation>version de protocole non prise en charge (champ «&#x202f;version&#x202f;»)&#x202f;; version attendue&#x202f;: %1</translation>
    </message>
    <message>
        <source>field &quot;type&quot; is missing or not a string</source>
        <translation>le champ «&#x202f;type&#x202f;» est absent ou n&apos;est pas une chaîne de caractères</translation>
    </message>
    <message>
        <source>unknown message type &quot;%1&quot;</source>
        <translation>type de message inconnu «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; for &quot;%2&quot;</source>
        <translation>champ inconnu «&#x202f;%1&#x202f;» pour «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>field &quot;token&quot; is missing or empty</source>
        <translation>le champ «&#x202f;token&#x202f;» est absent ou vide</translation>
    </message>
    <message>
        <source>field &quot;caller&quot; is missing or empty</source>
        <translation>le champ «&#x202f;caller&#x202f;» est absent ou vide</translation>
    </message>
    <message>
        <source>field &quot;speaker&quot; must be &quot;customer&quot; or &quot;agent&quot;</source>
        <translation>le champ «&#x202f;speaker&#x202f;» doit valoir «&#x202f;customer&#x202f;» ou «&#x202f;agent&#x202f;»</translation>
    </message>
    <message>
        <source>field &quot;text&quot; is missing or empty</source>
        <translation>le champ «&#x202f;text&#x202f;» est absent ou vide</translation>
    </message>
    <message>
        <source>field &quot;final&quot; must be true or false</source>
        <translation>le champ «&#x202f;final&#x202f;» doit valoir true ou false</translation>
    </message>
    <message>
        <source>field &quot;timestamp&quot; must be milliseconds since 1970 (or an ISO 8601 time)</source>
        <translation>le champ «&#x202f;timestamp&#x202f;» doit être en millisecondes depuis 1970 (ou une heure ISO 8601)</translation>
    </message>
    <message>
        <source>field &quot;timestamp&quot; is not an ISO 8601 time</source>
        <translation>le champ «&#x202f;timestamp&#x202f;» n&apos;est pas une heure ISO 8601</translation>
    </message>
    <message>
        <source>field &quot;timestamp&quot; must be a number or a string</source>
        <translation>le champ «&#x202f;timestamp&#x202f;» doit être un nombre ou une chaîne de caractères</translation>
    </message>
    <message>
        <source>field &quot;caller.language&quot; is longer than 16 characters</source>
        <translation>le champ « caller.language » dépasse 16 caractères</translation>
    </message>
    <message>
        <source>field &quot;requestId&quot; must be a string of 1 to %1 characters</source>
        <translation>le champ &quot;requestId&quot; doit être une chaîne de 1 à %1 caractères</translation>
    </message>
</context>
<context>
    <name>ApiToken</name>
    <message>
        <source>Cannot write the API token file %1.</source>
        <translation>Impossible d&apos;écrire le fichier du jeton d&apos;API %1.</translation>
    </message>
    <message>
        <source>Cannot create the API token file %1: %2</source>
        <translation>Impossible de créer le fichier du jeton d&apos;API %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>The API token file %1 does not hold a token (at least 32 letters, digits, &apos;-&apos; or &apos;_&apos;); delete it to have a new one made.</source>
        <translation>Le fichier du jeton d&apos;API %1 ne contient pas de jeton (au moins 32 lettres, chiffres, «&#x202f;-&#x202f;» ou «&#x202f;_&#x202f;»)&#x202f;; supprimez-le pour qu&apos;un nouveau soit créé.</translation>
    </message>
    <message>
        <source>Cannot read the API token file: %1</source>
        <translation>Impossible de lire le fichier du jeton d’API : %1</translation>
    </message>
</context>
<context>
    <name>AssessmentExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>BaresipEvent</name>
    <message>
        <source>baresip sent something that is not a JSON object</source>
        <translation>baresip a envoyé quelque chose qui n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>baresip sent %1 without a call id</source>
        <translation>baresip a envoyé %1 sans identifiant d&apos;appel</translation>
    </message>
</context>
<context>
    <name>BreathingCoach</name>
    <message>
        <source>A call is live; breathing can wait until it ends.</source>
        <translation>Un appel est en cours&#x202f;; la respiration attendra la fin de l&apos;appel.</translation>
    </message>
    <message>
        <source>There is no breathing pattern &quot;%1&quot;.</source>
        <translation>Aucun rythme respiratoire ne s&apos;appelle «&#x202f;%1&#x202f;».</translation>
    </message>
</context>
<context>
    <name>BreathingPattern</name>
    <message>
        <source>Box breathing</source>
        <translation>Respiration carrée</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <translation>Respiration 4-7-8</translation>
    </message>
    <message>
        <source>Coherent breathing</source>
        <translation>Cohérence cardiaque</translation>
    </message>
    <message>
        <source>Cyclic sighing</source>
        <translation>Soupir cyclique</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: start with a name and a colon, e.g. &quot;Calm: in 4, out 6&quot;</source>
        <translation>«&#x202f;%1&#x202f;»&#x202f;: commencez par un nom suivi de deux-points, par exemple «&#x202f;Calme: in 4, out 6&#x202f;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: phase %2 &quot;%3&quot;: %4</source>
        <translation>«&#x202f;%1&#x202f;»&#x202f;: phase %2 «&#x202f;%3&#x202f;»&#x202f;: %4</translation>
    </message>
    <message>
        <source>write in, top-up, hold or out and a number of seconds</source>
        <translation>écrivez in, top-up, hold ou out suivi d&apos;un nombre de secondes</translation>
    </message>
    <message>
        <source>the length must be above 0 seconds</source>
        <translation>la durée doit être supérieure à 0 seconde</translation>
    </message>
    <message>
        <source>the length must be at most %1 seconds</source>
        <translation>la durée ne doit pas dépasser %1 secondes</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a breath needs at least one &quot;in&quot; and one &quot;out&quot;</source>
        <translation>«&#x202f;%1&#x202f;»&#x202f;: une respiration doit comporter au moins un «&#x202f;in&#x202f;» et un «&#x202f;out&#x202f;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: one breath takes %2 seconds; it must take %3 to %4 seconds</source>
        <translation>«&#x202f;%1&#x202f;»&#x202f;: une respiration dure %2 secondes&#x202f;; elle doit durer de %3 à %4 secondes</translation>
    </message>
    <message>
        <source>pattern %1: %2</source>
        <translation>rythme %1&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>CallAudioFollower</name>
    <message>
        <source>baresip&apos;s call audio file cannot be read: %1.</source>
        <translation>Le fichier audio d’appel de baresip est illisible : %1.</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <source>%1: there is no call.</source>
        <translation>%1&#x202f;: aucun appel en cours.</translation>
    </message>
    <message>
        <source>%1: call &quot;%2&quot; is not the current call.</source>
        <translation>%1&#x202f;: l&apos;appel «&#x202f;%2&#x202f;» n&apos;est pas l&apos;appel en cours.</translation>
    </message>
    <message>
        <source>%1: the call is %2.</source>
        <translation>%1&#x202f;: l&apos;appel est dans l&apos;état %2.</translation>
    </message>
    <message>
        <source>call start: call &quot;%1&quot; is already live.</source>
        <translation>call start&#x202f;: l&apos;appel «&#x202f;%1&#x202f;» est déjà en cours.</translation>
    </message>
    <message>
        <source>call start: call &quot;%1&quot; is still live; end it first.</source>
        <translation>call start&#x202f;: l&apos;appel «&#x202f;%1&#x202f;» est toujours en cours&#x202f;; terminez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>utterance: the text is empty.</source>
        <translation>utterance&#x202f;: le texte est vide.</translation>
    </message>
    <message>
        <source>finish wrap-up: the call is %1.</source>
        <translation>fin du post-appel&#x202f;: l&apos;appel est dans l&apos;état %1.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Could not start Attune: %1</source>
        <translation>Impossible de démarrer Attune&#x202f;: %1</translation>
    </message>
    <message>
        <source>Attune was started but did not come up within 15 seconds; see %1.</source>
        <translation>Attune a été lancé mais n&apos;a pas répondu dans les 15 secondes&#x202f;; consultez %1.</translation>
    </message>
    <message>
        <source>attune: %1
</source>
        <translation>attune&#x202f;: %1
</translation>
    </message>
    <message>
        <source>attune: refused: %1
</source>
        <translation>attune&#x202f;: refusé&#x202f;: %1
</translation>
    </message>
    <message>
        <source>attune: there is nothing to export yet (no database at %1)
</source>
        <translation>attune&#x202f;: rien à exporter pour l&apos;instant (aucune base de données dans %1)
</translation>
    </message>
    <message>
        <source>attune: nothing was imported: %1
</source>
        <translation>attune&#x202f;: rien n&apos;a été importé&#x202f;: %1
</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Confirmez&#x202f;: </translation>
    </message>
    <message>
        <source>attune: the two PINs differ; nothing was printed
</source>
        <translation>attune&#x202f;: les deux PIN sont différents&#x202f;; rien n&apos;a été affiché
</translation>
    </message>
    <message numerus="yes">
        <source>%1 (customer %2): %n earlier contact(s) on record.</source>
        <translation>
            <numerusform>%1 (client %2)&#x202f;: %n contact précédent enregistré.</numerusform>
            <numerusform>%1 (client %2)&#x202f;: %n contacts précédents enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>attune: Attune is already running for this data folder (%1); quit it first.
</source>
        <translation>attune&#x202f;: Attune est déjà lancé pour ce dossier de données (%1)&#x202f;; quittez-le d&apos;abord.
</translation>
    </message>
    <message>
        <source>Attune is already running; brought it forward.
</source>
        <translation>Attune est déjà lancé&#x202f;; sa fenêtre a été mise au premier plan.
</translation>
    </message>
    <message>
        <source>Wrote a screenshot to %1
</source>
        <translation>Capture d&apos;écran enregistrée dans %1
</translation>
    </message>
    <message>
        <source>attune: could not write the screenshot %1
</source>
        <translation>attune&#x202f;: impossible d&apos;enregistrer la capture d&apos;écran %1
</translation>
    </message>
    <message>
        <source>Attune found its database damaged and started a fresh one. Nothing was deleted: the damaged file is kept at %1.</source>
        <translation>Attune a trouvé sa base de données endommagée et en a créé une nouvelle. Rien n&apos;a été supprimé&#x202f;: le fichier endommagé est conservé dans %1.</translation>
    </message>
    <message>
        <source>Attune</source>
        <translation>Attune</translation>
    </message>
    <message>
        <source>Attune cannot save call history</source>
        <translation>Attune ne peut pas enregistrer l&apos;historique des appels</translation>
    </message>
    <message>
        <source>No display found, so Attune runs offscreen and writes a screenshot instead of opening a window.
</source>
        <translation>Aucun écran détecté&#x202f;: Attune s&apos;exécute sans fenêtre et enregistre une capture d&apos;écran à la place.
</translation>
    </message>
    <message>
        <source>attune: %1

</source>
        <translation>attune&#x202f;: %1

</translation>
    </message>
    <message>
        <source>attune: the history cannot open: %1
</source>
        <translation>attune&#x202f;: impossible d&apos;ouvrir l&apos;historique&#x202f;: %1
</translation>
    </message>
    <message>
        <source>The history cannot open: %1</source>
        <translation>Impossible d&apos;ouvrir l&apos;historique&#x202f;: %1</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 bytes and was not read</source>
        <translation>la ligne %1 dépasse %2 octets et n&apos;a pas été lue</translation>
    </message>
    <message>
        <source>attune: the PIN is longer than %1 bytes; nothing was printed
</source>
        <translation>attune&#x202f;: le PIN dépasse %1 octets&#x202f;; rien n&apos;a été affiché
</translation>
    </message>
    <message>
        <source>the output was cut short</source>
        <translation>la sortie a été tronquée</translation>
    </message>
    <message>
        <source>attune: could not write the output: %1
</source>
        <translation>attune&#x202f;: impossible d&apos;écrire la sortie&#x202f;: %1
</translation>
    </message>
    <message>
        <source>Supervisor PIN or passphrase: </source>
        <translation>PIN ou phrase secrète du superviseur : </translation>
    </message>
    <message>
        <source>Attune cannot save</source>
        <translation>Attune ne peut pas enregistrer</translation>
    </message>
    <message>
        <source>the self-assessment questions set by %1 were refused, using the built-in ones: %2</source>
        <translation>attune&#x202f;: les questions d&apos;autoévaluation définies par %1 ont été refusées, les questions intégrées sont utilisées&#x202f;: %2</translation>
    </message>
    <message>
        <source>the phrase library set by %1 was refused, using the built-in one: %2</source>
        <translation>attune&#x202f;: la bibliothèque de phrases définie par %1 a été refusée, la bibliothèque intégrée est utilisée&#x202f;: %2</translation>
    </message>
    <message>
        <source>attune: there is no practice scenario &quot;%1&quot;; the scenarios are: %2
</source>
        <translation>attune&#x202f;: il n’existe pas de scénario d’entraînement «&#x202f;%1&#x202f;»&#x202f;; les scénarios sont&#x202f;: %2
</translation>
    </message>
    <message>
        <source>Practice is open in Attune: choose a scenario.
</source>
        <translation>L’entraînement est ouvert dans Attune&#x202f;: choisissez un scénario.
</translation>
    </message>
    <message>
        <source>Practice &quot;%1&quot; is open in Attune.
</source>
        <translation>L’entraînement «&#x202f;%1&#x202f;» est ouvert dans Attune.
</translation>
    </message>
    <message>
        <source>Password of the team server&apos;s admin role: </source>
        <translation>Mot de passe du rôle d&apos;administration du serveur d&apos;équipe : </translation>
    </message>
    <message>
        <source>the password on standard input is longer than %1 bytes</source>
        <translation>le mot de passe lu sur l&apos;entrée standard dépasse %1 octets</translation>
    </message>
    <message>
        <source>the password file %1 does not exist or is not a file</source>
        <translation>le fichier de mot de passe %1 n&apos;existe pas ou n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>the password file %1 can be read by others or is not yours; it is used only when it belongs to you and no one else can read it (chmod 600)</source>
        <translation>le fichier de mot de passe %1 est lisible par d&apos;autres ou ne vous appartient pas ; il n&apos;est utilisé que s&apos;il vous appartient et que personne d&apos;autre ne peut le lire (chmod 600)</translation>
    </message>
    <message>
        <source>the password file %1 cannot be read: %2</source>
        <translation>le fichier de mot de passe %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>the PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed</source>
        <translation>le pilote PostgreSQL (QPSQL, paquet Debian libqt6sql6-psql) n&apos;est pas installé</translation>
    </message>
    <message>
        <source>cannot connect to the team server %1 (database %2) as %3: %4</source>
        <translation>impossible de se connecter au serveur d&apos;équipe %1 (base %2) en tant que %3 : %4</translation>
    </message>
    <message>
        <source>the team server was not set up: %1</source>
        <translation>le serveur d&apos;équipe n&apos;a pas été préparé : %1</translation>
    </message>
    <message>
        <source>The team server %1 (database %2) is set up: schema version %3, roles attune_agent and attune_supervisor, row-level security on.
</source>
        <translation>Le serveur d&apos;équipe %1 (base %2) est prêt : schéma en version %3, rôles attune_agent et attune_supervisor, sécurité au niveau des lignes active.
</translation>
    </message>
    <message>
        <source>The team server %1 (database %2) is at schema version %3 (it was at %4); grants and policies were restored.
</source>
        <translation>Le serveur d&apos;équipe %1 (base %2) est en version de schéma %3 (il était en %4) ; droits et règles ont été rétablis.
</translation>
    </message>
    <message>
        <source>%1 is an agent of team %2.
</source>
        <translation>%1 est agent de l&apos;équipe %2.
</translation>
    </message>
    <message>
        <source>%1 is a supervisor of team %2.
</source>
        <translation>%1 est superviseur de l&apos;équipe %2.
</translation>
    </message>
    <message>
        <source>Give %1 a password with psql&apos;s \password %1 (or map a client certificate), then set team/user=%1 in their Attune&apos;s system settings.
</source>
        <translation>Donnez à %1 un mot de passe avec \password %1 dans psql (ou associez un certificat client), puis réglez team/user=%1 dans les paramètres système de son Attune.
</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n assessment(s) to %1.
</source>
        <translation>
            <numerusform>%n autoévaluation exportée dans %1.
</numerusform>
            <numerusform>%n autoévaluations exportées dans %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n survey answer(s) from %1: %2 new, %3 already imported; %4 from a customer who left upset.
</source>
        <translation>
            <numerusform>%n réponse d&apos;enquête importée depuis %1&#x202f;: %2 nouvelle, %3 déjà importée&#x202f;; %4 d&apos;un client resté mécontent.
</numerusform>
            <numerusform>%n réponses d&apos;enquête importées depuis %1&#x202f;: %2 nouvelles, %3 déjà importées&#x202f;; %4 d&apos;un client resté mécontent.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from %1: %2 new, %3 updated.
</source>
        <translation>
            <numerusform>%n ligne importée depuis %1&#x202f;: %2 nouvelle, %3 mise à jour.
</numerusform>
            <numerusform>%n lignes importées depuis %1&#x202f;: %2 nouvelles, %3 mises à jour.
</numerusform>
        </translation>
    </message>
    <message>
        <source>attune: warning: %1
</source>
        <translation>attune&#x202f;: avertissement&#x202f;: %1
</translation>
    </message>
    <message>
        <source>Attune is already running for this data folder (process %1) but does not answer. If its window does not come back in a moment, end that process and start Attune again.</source>
        <translation>Attune est déjà lancé pour ce dossier de données (processus %1) mais ne répond pas. Si sa fenêtre ne revient pas dans un instant, arrêtez ce processus et relancez Attune.</translation>
    </message>
    <message>
        <source>Attune is already running for this data folder but does not answer. If its window does not come back in a moment, end it and start Attune again.</source>
        <translation>Attune est déjà lancé pour ce dossier de données mais ne répond pas. Si sa fenêtre ne revient pas dans un instant, arrêtez-le et relancez Attune.</translation>
    </message>
    <message>
        <source>Attune does not answer</source>
        <translation>Attune ne répond pas</translation>
    </message>
    <message>
        <source>Attune was started but stopped before it could take the request; see %1.</source>
        <translation>Attune a été lancé mais s&apos;est arrêté avant de pouvoir prendre la demande ; consultez %1.</translation>
    </message>
    <message>
        <source>attune: %1 is not a file of yours, so the Attune started now writes no log.
</source>
        <translation>attune : %1 n&apos;est pas l&apos;un de vos fichiers, donc l&apos;Attune lancé maintenant n&apos;écrit aucun journal.
</translation>
    </message>
</context>
<context>
    <name>CoachingStore</name>
    <message>
        <source>A coaching note needs some text.</source>
        <translation>Une note de coaching doit contenir du texte.</translation>
    </message>
    <message>
        <source>A coaching note can be at most %1 characters.</source>
        <translation>Une note de coaching ne peut pas dépasser %1 caractères.</translation>
    </message>
    <message>
        <source>That call is no longer in the history.</source>
        <translation>Cet appel ne figure plus dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Kudos name the behaviour they recognise.</source>
        <translation>Des félicitations doivent nommer le comportement qu&apos;elles saluent.</translation>
    </message>
    <message>
        <source>The behaviour can be at most %1 characters.</source>
        <translation>Le comportement ne peut pas dépasser %1 caractères.</translation>
    </message>
    <message>
        <source>Kudos can be at most %1 characters.</source>
        <translation>Les félicitations ne peuvent pas dépasser %1 caractères.</translation>
    </message>
    <message>
        <source>That assessment is no longer in the history.</source>
        <translation>Cette autoévaluation ne figure plus dans l&apos;historique.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1 (the call with %2)</source>
        <translation>%1 (l&apos;appel avec %2)</translation>
    </message>
    <message>
        <source>Only a signed-in supervisor can add this, and the supervisor PIN must be one made by this version of &quot;attune hash-pin&quot; (ask IT to run it again).</source>
        <translation>Seul un superviseur connecté peut ajouter ceci, et le PIN superviseur doit avoir été créé par cette version de « attune hash-pin » (demandez à l’informatique de le relancer).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--lang must be one of %1</source>
        <translation>--lang doit être l’une de ces valeurs : %1</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>option inconnue «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>l&apos;option %1 attend une valeur</translation>
    </message>
    <message>
        <source>option %1 needs a non-empty value</source>
        <translation>l&apos;option %1 attend une valeur non vide</translation>
    </message>
    <message>
        <source>&quot;call&quot; needs a subcommand: start, answer, say or end</source>
        <translation>«&#x202f;call&#x202f;» attend une sous-commande&#x202f;: start, answer, say ou end</translation>
    </message>
    <message>
        <source>&quot;call say&quot; needs --speaker customer or --speaker agent</source>
        <translation>«&#x202f;call say&#x202f;» attend --speaker customer ou --speaker agent</translation>
    </message>
    <message>
        <source>--speaker must be customer or agent, not &quot;%1&quot;</source>
        <translation>--speaker doit valoir customer ou agent, et non «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>&quot;call say&quot; needs the text of what was said</source>
        <translation>«&#x202f;call say&#x202f;» attend le texte de ce qui a été dit</translation>
    </message>
    <message>
        <source>unknown call subcommand &quot;%1&quot;</source>
        <translation>sous-commande d&apos;appel inconnue «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>&quot;export&quot; needs what to export: assessments</source>
        <translation>«&#x202f;export&#x202f;» attend ce qu&apos;il faut exporter&#x202f;: assessments</translation>
    </message>
    <message>
        <source>--format needs csv or json</source>
        <translation>--format attend csv ou json</translation>
    </message>
    <message>
        <source>--format must be csv or json, not &quot;%1&quot;</source>
        <translation>--format doit valoir csv ou json, et non «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>&quot;export assessments&quot; writes one file; got &quot;%1&quot; too</source>
        <translation>«&#x202f;export assessments&#x202f;» écrit un seul fichier&#x202f;; «&#x202f;%1&#x202f;» a aussi été reçu</translation>
    </message>
    <message>
        <source>&quot;export assessments&quot; needs --format csv or --format json</source>
        <translation>«&#x202f;export assessments&#x202f;» attend --format csv ou --format json</translation>
    </message>
    <message>
        <source>&quot;export assessments&quot; needs the file to write</source>
        <translation>«&#x202f;export assessments&#x202f;» attend le fichier à écrire</translation>
    </message>
    <message>
        <source>--map needs &quot;CRM header=field,...&quot;</source>
        <translation>--map attend «&#x202f;en-tête CRM=champ,...&#x202f;»</translation>
    </message>
    <message>
        <source>&quot;import&quot; reads one file; got &quot;%1&quot; too</source>
        <translation>«&#x202f;import&#x202f;» lit un seul fichier&#x202f;; «&#x202f;%1&#x202f;» a aussi été reçu</translation>
    </message>
    <message>
        <source>&quot;import %1&quot; needs the file to read</source>
        <translation>«&#x202f;import %1&#x202f;» attend le fichier à lire</translation>
    </message>
    <message>
        <source>&quot;status&quot; takes no arguments</source>
        <translation>«&#x202f;status&#x202f;» ne prend aucun argument</translation>
    </message>
    <message>
        <source>&quot;hash-pin&quot; takes no arguments; it reads the PIN on standard input</source>
        <translation>«&#x202f;hash-pin&#x202f;» ne prend aucun argument&#x202f;; la commande lit le PIN sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>&quot;breathe&quot; takes no arguments</source>
        <translation>«&#x202f;breathe&#x202f;» ne prend aucun argument</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>option --screenshot needs a file name</source>
        <translation>l&apos;option --screenshot attend un nom de fichier</translation>
    </message>
    <message>
        <source>the attune:// link was refused: %1</source>
        <translation>le lien attune:// a été refusé&#x202f;: %1</translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation>il dépasse %1 caractères</translation>
    </message>
    <message>
        <source>it is not a valid URL</source>
        <translation>ce n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <source>it does not start with attune://</source>
        <translation>il ne commence pas par attune://</translation>
    </message>
    <message>
        <source>only attune://call?… links are understood</source>
        <translation>seuls les liens attune://call?… sont pris en charge</translation>
    </message>
    <message>
        <source>a phone number (digits, spaces, + ( ) . -)</source>
        <translation>un numéro de téléphone (chiffres, espaces, + ( ) . -)</translation>
    </message>
    <message>
        <source>a name of at most 200 characters</source>
        <translation>un nom de 200 caractères au plus</translation>
    </message>
    <message>
        <source>an id of letters, digits and . _ : @ -</source>
        <translation>un identifiant composé de lettres, de chiffres et de . _ : @ -</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>champ inconnu «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is given twice</source>
        <translation>le champ «&#x202f;%1&#x202f;» est indiqué deux fois</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be %2</source>
        <translation>le champ «&#x202f;%1&#x202f;» doit être %2</translation>
    </message>
    <message>
        <source>it needs at least a phone, a name or a customerId</source>
        <translation>il doit indiquer au moins un téléphone (phone), un nom (name) ou un customerId</translation>
    </message>
    <message>
        <source>an attune:// link comes alone, without other arguments</source>
        <translation>un lien attune:// doit être seul, sans autre argument</translation>
    </message>
    <message>
        <source>&quot;import&quot; needs what to import: customers, contacts, cases or feedback</source>
        <translation>«&#x202f;import&#x202f;» a besoin de ce qu&apos;il faut importer&#x202f;: customers, contacts, cases ou feedback</translation>
    </message>
    <message>
        <source>&quot;practice&quot; takes at most one scenario id</source>
        <translation>«&#x202f;practice&#x202f;» accepte au plus un identifiant de scénario</translation>
    </message>
    <message>
        <source>a practice scenario id is 1 to 40 lower-case letters, digits and -, not &quot;%1&quot;</source>
        <translation>un identifiant de scénario compte 1 à 40 lettres minuscules, chiffres et -, pas «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>&quot;team&quot; needs what to do: init, add-agent or add-supervisor</source>
        <translation>« team » a besoin de ce qu&apos;il faut faire : init, add-agent ou add-supervisor</translation>
    </message>
    <message>
        <source>&quot;team %1&quot; needs --server HOST</source>
        <translation>« team %1 » a besoin de --server HOST</translation>
    </message>
    <message>
        <source>--port must be a port number from 1 to 65535</source>
        <translation>--port doit être un numéro de port de 1 à 65535</translation>
    </message>
    <message>
        <source>--sslmode must be one of %1</source>
        <translation>--sslmode doit être l&apos;un de %1</translation>
    </message>
    <message>
        <source>&quot;team init&quot; takes no --team</source>
        <translation>« team init » ne prend pas --team</translation>
    </message>
    <message>
        <source>&quot;team %1&quot; needs exactly one person (their PostgreSQL role name)</source>
        <translation>« team %1 » a besoin d&apos;exactement une personne (son nom de rôle PostgreSQL)</translation>
    </message>
    <message>
        <source>&quot;team %1&quot; needs --team TEAM</source>
        <translation>« team %1 » a besoin de --team TEAM</translation>
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
        <translation>Utilisation&#x202f;:
  attune [--demo] [--screenshot FICHIER] [--exit-after-first-frame]
  attune call start [--call-id ID] [--phone NUMÉRO | NUMÉRO] [--customer-id ID] [--name NOM] [--lang en|es|de|fr|pt]
  attune call answer [--call-id ID]
  attune call say --speaker customer|agent [--call-id ID] [--partial] TEXTE
  attune call end [--call-id ID]
  attune status
  attune breathe
  attune practice [SCÉNARIO]
  attune export assessments --format csv|json FICHIER
  attune import customers|contacts|cases FICHIER [--map &quot;en-tête CRM=champ,...&quot;]
  attune import feedback FICHIER
  attune hash-pin
  attune team init --server HOST [CONNECTION]
  attune team add-agent PERSON --team TEAM --server HOST [CONNECTION]
  attune team add-supervisor PERSON --team TEAM --server HOST [CONNECTION]
  attune cues [--lang en|es|de|fr|pt|auto] &lt; propos.txt
  attune &quot;attune://call?phone=NUMÉRO&amp;name=NOM&amp;id=ID-APPEL&quot;
  attune --version | --help

Sans commande, démarre Attune, ou met au premier plan l&apos;instance déjà lancée.
Les commandes «&#x202f;call&#x202f;» transmettent un événement d&apos;appel à l&apos;instance d&apos;Attune
en cours (et la démarrent si besoin)&#x202f;; un softphone peut les lancer quand un
appel arrive, est décroché ou se termine.
«&#x202f;status&#x202f;» affiche en JSON l&apos;état en direct de l&apos;instance d&apos;Attune en cours
(code de sortie 3 si aucune n&apos;est lancée).
«&#x202f;breathe&#x202f;» lance un exercice de respiration dans Attune (pas pendant un appel).
«&#x202f;practice&#x202f;» ouvre l’entraînement dans Attune, qui joue le client (pas pendant un
appel)&#x202f;; avec SCÉNARIO (un identifiant comme repeat-failure), celui-ci commence.
«&#x202f;export assessments&#x202f;» écrit vos propres autoévaluations post-appel dans
FICHIER&#x202f;; une note privée ne quitte jamais la base de données de l&apos;ordinateur.
«&#x202f;import&#x202f;» charge un export du CRM (CSV ou JSON) dans les profils clients&#x202f;;
une ligne incorrecte l&apos;interrompt en indiquant le fichier, la ligne et le champ,
et rien n&apos;est écrit.
« import feedback » charge les résultats d&apos;enquêtes après appel (CSV ou JSON) à côté
de vos appels, selon les mêmes règles ; une enquête dont l&apos;appel n&apos;est pas dans
l&apos;historique est refusée.
«&#x202f;hash-pin&#x202f;» lit un PIN superviseur (sans l&apos;afficher) et affiche la ligne que
le service informatique ajoute aux paramètres système pour activer la vue
superviseur.
« team » prépare le serveur d&apos;équipe (PostgreSQL) pour l&apos;informatique :
« init » crée ou met à jour son schéma, ses rôles et ses règles (peut être
relancé sans risque) ; « add-agent » et « add-supervisor » rendent un rôle
PostgreSQL membre d&apos;une équipe. CONNECTION est [--port N] [--database NOM]
[--user ADMIN] [--ca-file FICHIER] [--sslmode verify-full|verify-ca|require|disable]
[--password-file FICHIER] ; le mot de passe d&apos;administration est lu dans FICHIER
(lisible par son seul propriétaire) ou sur l&apos;entrée standard, jamais sur la ligne
de commande.
«&#x202f;cues&#x202f;» lit des propos de clients, un par ligne, et écrit pour chaque ligne un
objet JSON des signaux émotionnels détectés, dans le même ordre.
Un lien attune://call (issu du poste de travail du centre de contact) transmet
l&apos;appel comme «&#x202f;call start&#x202f;»&#x202f;; un lien qui ne passe pas la validation ne
change rien.

Options&#x202f;:
  --demo                    joue un appel de démonstration scénarisé, sur une
                            base de données de démonstration séparée
  --screenshot FICHIER      enregistre la fenêtre principale en PNG et quitte
                            (avec --demo&#x202f;: après les premières répliques de la
                            démonstration)
  --exit-after-first-frame  signale la première image et quitte une fois le
                            démarrage terminé (mesure du temps de démarrage)
  --version, --help

Codes de sortie&#x202f;: 0 succès, 1 demande refusée ou en échec, 2 ligne de commande
incorrecte (ou scénario d’entraînement inconnu), 3 Attune n&apos;est pas lancé (status).
</translation>
    </message>
    <message>
        <source>option %1 is given twice; give it once</source>
        <translation>l’option %1 est donnée deux fois ; donnez-la une seule fois</translation>
    </message>
</context>
<context>
    <name>ConnectionThread</name>
    <message>
        <source>Attune asked the database from the wrong thread, and nothing was read or written. Please report this.</source>
        <translation>Attune a interrogé la base de données depuis le mauvais fil d’exécution ; rien n’a été lu ni écrit. Merci de le signaler.</translation>
    </message>
</context>
<context>
    <name>ControlProtocol</name>
    <message>
        <source>field &quot;%1&quot; must be a string</source>
        <translation>le champ «&#x202f;%1&#x202f;» doit être une chaîne de caractères</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <translation>JSON mal formé à la position %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>a request must be a JSON object</source>
        <translation>une requête doit être un objet JSON</translation>
    </message>
    <message>
        <source>unsupported protocol version (field &quot;v&quot;); expected %1</source>
        <translation>version de protocole non prise en charge (champ «&#x202f;v&#x202f;»)&#x202f;; version attendue&#x202f;: %1</translation>
    </message>
    <message>
        <source>field &quot;speaker&quot; must be &quot;customer&quot; or &quot;agent&quot;</source>
        <translation>le champ «&#x202f;speaker&#x202f;» doit valoir «&#x202f;customer&#x202f;» ou «&#x202f;agent&#x202f;»</translation>
    </message>
    <message>
        <source>field &quot;text&quot; is missing or empty</source>
        <translation>le champ «&#x202f;text&#x202f;» est absent ou vide</translation>
    </message>
    <message>
        <source>self-assessments are not available (no database)</source>
        <translation>les autoévaluations ne sont pas disponibles (aucune base de données)</translation>
    </message>
    <message>
        <source>field &quot;answers&quot; must be an object</source>
        <translation>le champ «&#x202f;answers&#x202f;» doit être un objet</translation>
    </message>
    <message>
        <source>field &quot;answers.%1&quot; must be a string</source>
        <translation>le champ «&#x202f;answers.%1&#x202f;» doit être une chaîne de caractères</translation>
    </message>
    <message>
        <source>the breathing exercise is not ready yet</source>
        <translation>l&apos;exercice de respiration n&apos;est pas encore prêt</translation>
    </message>
    <message>
        <source>field &quot;command&quot; is missing</source>
        <translation>le champ «&#x202f;command&#x202f;» est absent</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>the history is not available (no database)</source>
        <translation>l&apos;historique n&apos;est pas disponible (pas de base de données)</translation>
    </message>
    <message>
        <source>field &quot;private&quot; must be true or false</source>
        <translation>le champ « private » doit valoir true ou false</translation>
    </message>
    <message>
        <source>field &quot;scenario&quot; must be a scenario id of at most 40 characters</source>
        <translation>le champ «&#x202f;scenario&#x202f;» doit être un identifiant de scénario d’au plus 40 caractères</translation>
    </message>
    <message>
        <source>practice is not ready yet</source>
        <translation>l’entraînement n’est pas encore prêt</translation>
    </message>
</context>
<context>
    <name>ControlReply</name>
    <message>
        <source>this request is answered once its write has run</source>
        <translation>cette requête reçoit sa réponse une fois son écriture faite</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1:%2: the file is not UTF-8 text (at or after this line); save it from the CRM as CSV UTF-8</source>
        <translation>%1:%2: le fichier n&apos;est pas du texte UTF-8 (à cette ligne ou après)&#x202f;; enregistrez-le depuis le CRM au format CSV UTF-8</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (at or after this line); save it from the CRM as CSV UTF-8</source>
        <translation>le fichier n&apos;est pas du texte UTF-8 (à cette ligne ou après)&#x202f;; enregistrez-le depuis le CRM au format CSV UTF-8</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>un champ entre guillemets n&apos;est jamais refermé</translation>
    </message>
    <message>
        <source>field %1 is longer than %2 characters</source>
        <translation>le champ %1 dépasse %2 caractères</translation>
    </message>
    <message>
        <source>the record is longer than %1 characters</source>
        <translation>l’enregistrement dépasse %1 caractères</translation>
    </message>
    <message>
        <source>the record has more than %1 fields</source>
        <translation>l’enregistrement a plus de %1 champs</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>--map &quot;%1&quot;: write CRM header=field, with field one of %2</source>
        <translation>--map «&#x202f;%1&#x202f;»&#x202f;: écrivez en-tête CRM=champ, où champ est l&apos;un de ces noms&#x202f;: %2</translation>
    </message>
    <message>
        <source>is empty, and every row needs it</source>
        <translation>est vide, alors que chaque ligne doit le renseigner</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>«&#x202f;%1&#x202f;» ne fait pas partie des valeurs possibles&#x202f;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not open or closed</source>
        <translation>«&#x202f;%1&#x202f;» ne vaut ni open ni closed</translation>
    </message>
    <message>
        <source>no customer &quot;%1&quot;; import the customers first</source>
        <translation>aucun client «&#x202f;%1&#x202f;»&#x202f;; importez d&apos;abord les clients</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or time written YYYY-MM-DD[THH:MM]</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une date ou une heure au format AAAA-MM-JJ[THH:MM]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1:1: the required column &quot;%2&quot; is missing (columns: %3)</source>
        <translation>%1:1: la colonne obligatoire «&#x202f;%2&#x202f;» est absente (colonnes&#x202f;: %3)</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: &quot;%3&quot; is already on line %4</source>
        <translation>%1&#x202f;: champ «&#x202f;%2&#x202f;»&#x202f;: «&#x202f;%3&#x202f;» figure déjà à la ligne %4</translation>
    </message>
</context>
<context>
    <name>CustomerStore</name>
    <message>
        <source>a note is 1 to 2000 characters</source>
        <translation>une note comporte de 1 à 2000 caractères</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Impossible de créer la base de données %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program (%2). Attune did not change it; close the other program and start Attune again.</source>
        <translation>La base de données %1 est utilisée par un autre programme (%2). Attune ne l&apos;a pas modifiée&#x202f;; fermez l&apos;autre programme et relancez Attune.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2) and could not be moved aside.</source>
        <translation>La base de données %1 est endommagée (%2) et n&apos;a pas pu être mise de côté.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Impossible de lire la version du schéma de %1.</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer Attune (schema %2; this one knows %3).</source>
        <translation>La base de données %1 a été créée par une version plus récente d&apos;Attune (schéma %2&#x202f;; cette version connaît jusqu&apos;au schéma %3).</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>La migration %1 (%2) a échoué&#x202f;: %3</translation>
    </message>
    <message>
        <source>The database %1 was truncated or replaced while Attune was running, so nothing more can be saved safely; this was not saved. Quit Attune and start it again.</source>
        <translation>La base de données %1 a été tronquée ou remplacée pendant qu’Attune fonctionnait : plus rien ne peut être enregistré sans risque, et ceci ne l’a pas été. Quittez Attune et relancez-le.</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>la base de données</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so this was not saved. Free some space on it (or ask IT to), then try again.</source>
        <translation>Le disque qui contient %1 est plein : ceci n’a pas été enregistré. Libérez de la place (ou demandez-le à l’informatique), puis réessayez.</translation>
    </message>
    <message>
        <source>Attune cannot write to %1 (the file or its folder is read-only), so this was not saved. Make them writable for your user (or ask IT to), then try again.</source>
        <translation>Attune ne peut pas écrire dans %1 (le fichier ou son dossier est en lecture seule) : ceci n’a pas été enregistré. Rendez-les accessibles en écriture à votre utilisateur (ou demandez-le à l’informatique), puis réessayez.</translation>
    </message>
    <message>
        <source>The disk reported an error while writing %1, so this was not saved. Check the disk (or ask IT to), then try again.</source>
        <translation>Le disque a signalé une erreur en écrivant %1 : ceci n’a pas été enregistré. Vérifiez le disque (ou demandez-le à l’informatique), puis réessayez.</translation>
    </message>
    <message>
        <source>The database %1 is damaged, so this was not saved. Quit Attune and start it again: it keeps the damaged file aside and starts a fresh one.</source>
        <translation>La base de données %1 est endommagée : ceci n’a pas été enregistré. Quittez Attune et relancez-le : il met le fichier endommagé de côté et en commence un nouveau.</translation>
    </message>
    <message>
        <source>Attune cannot write to its data folder %1 (%2). Nothing was changed. Make the folder and the files in it writable for your user (or ask IT to), then start Attune again.</source>
        <translation>Attune ne peut pas écrire dans son dossier de données %1 (%2). Rien n’a été modifié. Rendez le dossier et ses fichiers accessibles en écriture à votre utilisateur (ou demandez-le à l’informatique), puis relancez Attune.</translation>
    </message>
    <message>
        <source>%1 Attune did not change anything.</source>
        <translation>%1 Attune n’a rien modifié.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Nothing was changed. Start Attune: it keeps the damaged file aside and starts a fresh one.</source>
        <translation>La base de données %1 est endommagée (%2). Rien n&apos;a été modifié. Lancez Attune : il met le fichier endommagé de côté et en commence un nouveau.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a folder, a device or a FIFO, or a link to one). Attune did not open or change it. Move it out of the way (or ask IT to), then start Attune again.</source>
        <translation>%1 n’est pas un fichier ordinaire (un dossier, un périphérique, un FIFO ou un lien vers l’un d’eux). Attune ne l’a ni ouvert ni modifié. Déplacez-le (ou demandez-le à l’informatique), puis redémarrez Attune.</translation>
    </message>
</context>
<context>
    <name>DisplayLabels</name>
    <message>
        <source>frustrated</source>
        <translation>frustré</translation>
    </message>
    <message>
        <source>worried</source>
        <translation>inquiet</translation>
    </message>
    <message>
        <source>sad</source>
        <translation>triste</translation>
    </message>
    <message>
        <source>confused</source>
        <translation>perdu</translation>
    </message>
    <message>
        <source>in a hurry</source>
        <translation>pressé</translation>
    </message>
    <message>
        <source>grateful</source>
        <translation>reconnaissant</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Reconnaître</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Légitimer</translation>
    </message>
    <message>
        <source>Apologise</source>
        <translation>S&apos;excuser</translation>
    </message>
    <message>
        <source>Reassure</source>
        <translation>Rassurer</translation>
    </message>
    <message>
        <source>Open question</source>
        <translation>Question ouverte</translation>
    </message>
    <message>
        <source>Clarify</source>
        <translation>Clarifier</translation>
    </message>
    <message>
        <source>Set expectations</source>
        <translation>Annoncer la suite</translation>
    </message>
    <message>
        <source>De-escalate</source>
        <translation>Désamorcer</translation>
    </message>
    <message>
        <source>Personalise</source>
        <translation>Personnaliser</translation>
    </message>
    <message>
        <source>Close warmly</source>
        <translation>Conclure chaleureusement</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>suivi nécessaire</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escaladé</translation>
    </message>
</context>
<context>
    <name>ExportPolicy</name>
    <message>
        <source>exporting is turned off by your IT department (%1); nothing was written</source>
        <translation>votre service informatique a désactivé l’export (%1) ; rien n’a été écrit</translation>
    </message>
</context>
<context>
    <name>FeedbackImport</name>
    <message>
        <source>no answered call &quot;%1&quot; is in this history; nothing is guessed</source>
        <translation>aucun appel décroché «&#x202f;%1&#x202f;» dans cet historique&#x202f;; rien n&apos;est deviné</translation>
    </message>
    <message>
        <source>is empty; give the call id, or customer_id or phone with call_time</source>
        <translation>est vide&#x202f;; donnez l&apos;identifiant de l&apos;appel, ou customer_id ou phone avec call_time</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time written YYYY-MM-DDTHH:MM[:SS][Z or +HH:MM]</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une heure écrite YYYY-MM-DDTHH:MM[:SS][Z ou +HH:MM]</translation>
    </message>
    <message>
        <source>no answered call of &quot;%1&quot; within %2 minutes of %3 is in this history; nothing is guessed</source>
        <translation>aucun appel décroché de «&#x202f;%1&#x202f;» à moins de %2 minutes de %3 dans cet historique&#x202f;; rien n&apos;est deviné</translation>
    </message>
    <message>
        <source>%1 calls of &quot;%2&quot; are within %3 minutes of %4; give call_id to say which</source>
        <translation>%1 appels de «&#x202f;%2&#x202f;» sont à moins de %3 minutes de %4&#x202f;; donnez call_id pour dire lequel</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>is empty, and so is &quot;nps&quot;: a row needs CSAT (1 to 5) or NPS (0 to 10)</source>
        <translation>est vide, tout comme «&#x202f;nps&#x202f;»&#x202f;: une ligne a besoin d&apos;un CSAT (1 à 5) ou d&apos;un NPS (0 à 10)</translation>
    </message>
    <message>
        <source>%1: the same survey of call &quot;%2&quot; is already on line %3</source>
        <translation>%1&#x202f;: la même enquête de l&apos;appel «&#x202f;%2&#x202f;» est déjà à la ligne %3</translation>
    </message>
    <message>
        <source>%1:1: the file needs a column call_id (or customer_id or phone, with call_time) and a column csat or nps (columns: %2)</source>
        <translation>%1:1&#x202f;: le fichier a besoin d&apos;une colonne call_id (ou customer_id ou phone, avec call_time) et d&apos;une colonne csat ou nps (colonnes&#x202f;: %2)</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>from %1 to %2</source>
        <translation>entre %1 et %2</translation>
    </message>
    <message>
        <source>the first call</source>
        <translation>le premier appel</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation>issue&#x202f;: %1</translation>
    </message>
    <message>
        <source>self score below %1</source>
        <translation>note conseiller inférieure à %1</translation>
    </message>
    <message>
        <source>hot calls only</source>
        <translation>appels intenses uniquement</translation>
    </message>
    <message>
        <source>stress 4 or 5 after the call</source>
        <translation>stress de 4 ou 5 après l&apos;appel</translation>
    </message>
    <message>
        <source>customer contains &quot;%1&quot;</source>
        <translation>client contenant «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>All calls.</source>
        <translation>Tous les appels.</translation>
    </message>
    <message>
        <source>Calls %1.</source>
        <translation>Appels&#x202f;: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#x202f;; </translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Semaine par semaine</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Autoévaluations</translation>
    </message>
    <message>
        <source>Hot calls that calmed</source>
        <translation>Appels intenses apaisés</translation>
    </message>
    <message>
        <source>Self / supervisor score</source>
        <translation>Note conseiller / superviseur</translation>
    </message>
    <message>
        <source>Stress before / after breathing</source>
        <translation>Stress avant / après la respiration</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The calls</source>
        <translation>Les appels</translation>
    </message>
    <message>
        <source>The first %1 calls in the view&apos;s order</source>
        <translation>Les %1 premiers appels dans l&apos;ordre de la vue</translation>
    </message>
    <message>
        <source>No call matches.</source>
        <translation>Aucun appel ne correspond.</translation>
    </message>
    <message>
        <source>talk time %1</source>
        <translation>durée de conversation %1</translation>
    </message>
    <message>
        <source>peak: %1</source>
        <translation>pic émotionnel&#x202f;: %1</translation>
    </message>
    <message>
        <source>calmed</source>
        <translation>apaisé</translation>
    </message>
    <message>
        <source>did not calm</source>
        <translation>pas apaisé</translation>
    </message>
    <message>
        <source>self score %1</source>
        <translation>note conseiller %1</translation>
    </message>
    <message>
        <source>supervisor score %1</source>
        <translation>note superviseur %1</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Appelant inconnu</translation>
    </message>
    <message>
        <source>Next time: %1</source>
        <translation>La prochaine fois&#x202f;: %1</translation>
    </message>
    <message>
        <source>Coaching: %1</source>
        <translation>Coaching&#x202f;: %1</translation>
    </message>
    <message>
        <source>Kudos: %1</source>
        <translation>Félicitations&#x202f;: %1</translation>
    </message>
    <message>
        <source>Kudos: %1 – %2</source>
        <translation>Félicitations&#x202f;: %1 – %2</translation>
    </message>
    <message>
        <source>customer score %1, left upset</source>
        <translation>note du client %1, resté mécontent</translation>
    </message>
    <message>
        <source>customer score %1</source>
        <translation>note du client %1</translation>
    </message>
    <message>
        <source>The customer: “%1”</source>
        <translation>Le client&#x202f;: «&#x202f;%1&#x202f;»</translation>
    </message>
</context>
<context>
    <name>HistoryReportPrinter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Attune coaching report</source>
        <translation>Rapport de coaching Attune</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
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
        <translation>%1&#x202f;: le fichier est vide</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1&#x202f;: champ «&#x202f;%2&#x202f;»&#x202f;: %3</translation>
    </message>
    <message>
        <source>holds a lone surrogate (U+%1), which is not a character</source>
        <translation>contient un substitut isolé (U+%1), qui n’est pas un caractère</translation>
    </message>
    <message>
        <source>holds a NUL character (U+0000)</source>
        <translation>contient un caractère NUL (U+0000)</translation>
    </message>
    <message>
        <source>holds the control character U+%1</source>
        <translation>contient le caractère de contrôle U+%1</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>dépasse %1 caractères</translation>
    </message>
    <message>
        <source>%1:1: column &quot;%2&quot; appears twice</source>
        <translation>%1:1: la colonne «&#x202f;%2&#x202f;» apparaît deux fois</translation>
    </message>
    <message>
        <source>%1: there are no rows under the header</source>
        <translation>%1&#x202f;: aucune ligne sous l&apos;en-tête</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: must be text</source>
        <translation>%1&#x202f;: champ «&#x202f;%2&#x202f;»&#x202f;: doit être du texte</translation>
    </message>
    <message>
        <source>%1: the list is empty</source>
        <translation>%1&#x202f;: la liste est vide</translation>
    </message>
    <message numerus="yes">
        <source>%1: has %n field(s), the header has %2</source>
        <translation>
            <numerusform>%1&#x202f;: contient %n champ, l&apos;en-tête en a %2</numerusform>
            <numerusform>%1&#x202f;: contient %n champs, l&apos;en-tête en a %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>took out %n text-direction character(s) (the first U+%1) that override the direction or were left unclosed; they could make the text look different from what it is</source>
        <translation>
            <numerusform>%n caractère de direction du texte retiré (le premier U+%1) : il forçait la direction ou n’était pas fermé et pouvait faire paraître le texte autre qu’il n’est</numerusform>
            <numerusform>%n caractères de direction du texte retirés (le premier U+%1) : ils forçaient la direction ou n’étaient pas fermés et pouvaient faire paraître le texte autre qu’il n’est</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more value(s) had text-direction characters taken out</source>
        <translation>
            <numerusform>%1 : des caractères de direction du texte ont été retirés de %n autre valeur</numerusform>
            <numerusform>%1 : des caractères de direction du texte ont été retirés de %n autres valeurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportStaging</name>
    <message>
        <source>another import is running; run this one when it has finished</source>
        <translation>une autre importation est en cours ; lancez celle-ci quand elle sera terminée</translation>
    </message>
    <message>
        <source>cannot create the staging file %1</source>
        <translation>impossible de créer le fichier intermédiaire %1</translation>
    </message>
    <message>
        <source>cannot prepare the staging file %1: %2</source>
        <translation>impossible de préparer le fichier intermédiaire %1 : %2</translation>
    </message>
    <message>
        <source>the staging file did not accept the row: %1</source>
        <translation>le fichier intermédiaire n’a pas accepté la ligne : %1</translation>
    </message>
    <message>
        <source>the database did not accept the import (%1): %2</source>
        <translation>la base de données n’a pas accepté l’importation (%1) : %2</translation>
    </message>
    <message>
        <source>the staging file did not accept the import: %1</source>
        <translation>le fichier intermédiaire n’a pas accepté l’importation : %1</translation>
    </message>
    <message>
        <source>the database did not accept the import: %1</source>
        <translation>la base de données n’a pas accepté l’importation : %1</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1 : impossible de lire le fichier : %2</translation>
    </message>
    <message>
        <source>%1: not an ordinary file (a folder, device, FIFO or socket); Attune reads only ordinary files</source>
        <translation>%1 : pas un fichier ordinaire (un dossier, un périphérique, un FIFO ou un socket) ; Attune ne lit que des fichiers ordinaires</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2, the most Attune reads for this kind of file</source>
        <translation>%1 : le fichier dépasse %2, le maximum qu’Attune lit pour ce type de fichier</translation>
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
        <translation>%1:1: le fichier doit contenir un seul objet JSON</translation>
    </message>
</context>
<context>
    <name>JsonRecordReader</name>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2 : %3</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: \u%2 is half of a surrogate pair without the other half, which is not a character</source>
        <translation>champ « %1 » : \u%2 est la moitié d’une paire de substituts sans l’autre moitié, ce qui n’est pas un caractère</translation>
    </message>
    <message>
        <source>expected a list of records</source>
        <translation>une liste d’enregistrements était attendue</translation>
    </message>
    <message>
        <source>the list is never closed with ]</source>
        <translation>la liste n’est jamais fermée par ]</translation>
    </message>
    <message>
        <source>expected , or ] after record %1</source>
        <translation>, ou ] attendu après l’enregistrement %1</translation>
    </message>
    <message>
        <source>there is more text after the end of the list</source>
        <translation>il reste du texte après la fin de la liste</translation>
    </message>
    <message>
        <source>record %1 is not an object</source>
        <translation>l’enregistrement %1 n’est pas un objet</translation>
    </message>
    <message>
        <source>record %1 is never closed</source>
        <translation>l’enregistrement %1 n’est jamais fermé</translation>
    </message>
    <message>
        <source>record %1 is longer than %2 KB</source>
        <translation>l’enregistrement %1 dépasse %2 Ko</translation>
    </message>
</context>
<context>
    <name>Lexicon</name>
    <message>
        <source>%1:%2: field &quot;%3&quot;: %4</source>
        <translation>%1:%2: champ «&#x202f;%3&#x202f;»&#x202f;: %4</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>doit valoir 1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>is missing or empty</source>
        <translation>absent ou vide</translation>
    </message>
    <message>
        <source>unknown cue</source>
        <translation>signal inconnu</translation>
    </message>
    <message>
        <source>weight must be a number above 0 and at most 1</source>
        <translation>le poids doit être un nombre supérieur à 0 et au plus égal à 1</translation>
    </message>
    <message>
        <source>must be 1 to %1 words</source>
        <translation>doit comporter de 1 à %1 mots</translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>%1 has no entry point %2</source>
        <translation>%1 n’a pas de point d’entrée %2</translation>
    </message>
</context>
<context>
    <name>NetstringReader</name>
    <message>
        <source>not a netstring: a length must be digits</source>
        <translation>ce n&apos;est pas un netstring&#x202f;: la longueur doit être composée de chiffres</translation>
    </message>
    <message>
        <source>not a netstring: the length is too long</source>
        <translation>ce n&apos;est pas un netstring&#x202f;: la longueur comporte trop de chiffres</translation>
    </message>
    <message>
        <source>not a netstring: the length has a leading zero</source>
        <translation>ce n&apos;est pas un netstring&#x202f;: la longueur commence par un zéro</translation>
    </message>
    <message>
        <source>a message of %1 bytes is over the limit of %2 bytes</source>
        <translation>un message de %1 octets dépasse la limite de %2 octets</translation>
    </message>
    <message>
        <source>not a netstring: the length is missing</source>
        <translation>ce n&apos;est pas un netstring&#x202f;: la longueur est absente</translation>
    </message>
    <message>
        <source>not a netstring: the message does not end with a comma</source>
        <translation>ce n&apos;est pas un netstring&#x202f;: le message ne se termine pas par une virgule</translation>
    </message>
</context>
<context>
    <name>OtherInstanceWait</name>
    <message numerus="yes">
        <source>Attune is already running for this data folder (process %1) and is still starting or quitting. This one waits for it, at most %n second(s).</source>
        <translation>
            <numerusform>Attune fonctionne déjà pour ce dossier de données (processus %1) et est encore en train de démarrer ou de se fermer. Celui-ci l’attend, %n seconde au plus.</numerusform>
            <numerusform>Attune fonctionne déjà pour ce dossier de données (processus %1) et est encore en train de démarrer ou de se fermer. Celui-ci l’attend, %n secondes au plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attune is already running for this data folder and is still starting or quitting. This one waits for it, at most %n second(s).</source>
        <translation>
            <numerusform>Attune fonctionne déjà pour ce dossier de données et est encore en train de démarrer ou de se fermer. Celui-ci l’attend, %n seconde au plus.</numerusform>
            <numerusform>Attune fonctionne déjà pour ce dossier de données et est encore en train de démarrer ou de se fermer. Celui-ci l’attend, %n secondes au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Ne plus attendre</translation>
    </message>
    <message>
        <source>Attune is waiting</source>
        <translation>Attune attend</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>cannot write %1: it is not a regular file</source>
        <translation>impossible d&apos;écrire %1 : ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>impossible d&apos;écrire %1 : le dossier %2 n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>OwnFiles</name>
    <message>
        <source>%1 is Attune&apos;s own database (or one of its journal files). Attune never reads it as an import or writes an export over it; nothing was changed. Choose another file.</source>
        <translation>%1 est la base de données d&apos;Attune elle-même (ou l&apos;un de ses fichiers de journal). Attune ne la lit jamais comme import et n&apos;écrit jamais d&apos;export par-dessus ; rien n&apos;a été modifié. Choisissez un autre fichier.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a national number and no default country is set</source>
        <translation>«&#x202f;%1&#x202f;» est un numéro national et aucun pays par défaut n&apos;est défini</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number</source>
        <translation>«&#x202f;%1&#x202f;» est trop court pour être un numéro de téléphone</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more digits than any phone number</source>
        <translation>«&#x202f;%1&#x202f;» comporte trop de chiffres pour un numéro de téléphone</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a country code</source>
        <translation>«&#x202f;%1&#x202f;» ne commence pas par un indicatif de pays</translation>
    </message>
</context>
<context>
    <name>PhraseLibrary</name>
    <message>
        <source>%1:%2: field &quot;%3&quot;: %4</source>
        <translation>%1:%2: champ «&#x202f;%3&#x202f;»&#x202f;: %4</translation>
    </message>
    <message>
        <source>%1:%2: phrase %3: field &quot;%4&quot;: %5</source>
        <translation>%1:%2: phrase %3&#x202f;: champ «&#x202f;%4&#x202f;»&#x202f;: %5</translation>
    </message>
    <message>
        <source>%1:%2: phrase %3: must be an object</source>
        <translation>%1:%2: phrase %3&#x202f;: doit être un objet</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>must be a list with at least one value</source>
        <translation>doit être une liste d&apos;au moins une valeur</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation>valeur inconnue «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>value &quot;%1&quot; is listed twice</source>
        <translation>la valeur «&#x202f;%1&#x202f;» figure deux fois</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne de caractères</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may only hold lowercase letters, digits and hyphens</source>
        <translation>«&#x202f;%1&#x202f;» ne peut contenir que des lettres minuscules, des chiffres et des tirets</translation>
    </message>
    <message>
        <source>duplicate id, first used on line %1</source>
        <translation>identifiant en double, déjà utilisé à la ligne %1</translation>
    </message>
    <message>
        <source>unknown placeholder &quot;%1&quot;</source>
        <translation>champ variable inconnu «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>must not contain placeholders; found &quot;%1&quot;</source>
        <translation>ne doit pas contenir de champ variable&#x202f;; trouvé&#x202f;: «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>must be left out when &quot;text&quot; has no placeholder</source>
        <translation>doit être omis quand «&#x202f;text&#x202f;» ne contient aucun champ variable</translation>
    </message>
    <message>
        <source>missing; &quot;text&quot; uses only name placeholders, so it needs a fallback</source>
        <translation>absent&#x202f;; «&#x202f;text&#x202f;» n&apos;utilise que des champs variables de nom, il faut donc un «&#x202f;fallback&#x202f;»</translation>
    </message>
    <message>
        <source>The phrase is empty.</source>
        <translation>La phrase est vide.</translation>
    </message>
    <message>
        <source>The phrase is longer than %1 characters.</source>
        <translation>La phrase dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a placeholder Attune knows.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un champ variable connu d&apos;Attune.</translation>
    </message>
    <message>
        <source>Choose at least one feeling and one part of the call the phrase fits.</source>
        <translation>Choisissez au moins un ressenti et une étape de l&apos;appel auxquels la phrase convient.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more problem(s) not listed</source>
        <translation>
            <numerusform>%1&#x202f;: %n autre problème non listé</numerusform>
            <numerusform>%1&#x202f;: %n autres problèmes non listés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinGuard</name>
    <message>
        <source>Try again in %1 s.</source>
        <translation>Réessayez dans %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>Locked for %n minute(s) after %1 wrong PINs.</source>
        <translation>
            <numerusform>Verrouillé pendant %n minute après %1 PIN erronés.</numerusform>
            <numerusform>Verrouillé pendant %n minutes après %1 PIN erronés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticeScenario</name>
    <message>
        <source>%1:%2: field &quot;%3&quot;: %4</source>
        <translation>%1:%2 : champ « %3 » : %4</translation>
    </message>
    <message>
        <source>%1:%2: turn &quot;%3&quot;: field &quot;%4&quot;: %5</source>
        <translation>%1:%2 : tour « %3 » : champ « %4 » : %5</translation>
    </message>
    <message>
        <source>%1:%2: turn &quot;%3&quot;: %4</source>
        <translation>%1:%2 : tour « %3 » : %4</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>must be text of 1 to %1 characters</source>
        <translation>doit être un texte de 1 à %1 caractères</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>doit être « %1 »</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>doit être 1</translation>
    </message>
    <message>
        <source>must be 1 to 40 lowercase letters, digits or hyphens</source>
        <translation>doit compter de 1 à 40 lettres minuscules, chiffres ou traits d’union</translation>
    </message>
    <message>
        <source>must match the file name &quot;%1&quot;</source>
        <translation>doit correspondre au nom du fichier « %1 »</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>doit être l’une des valeurs %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must hold at least %1 turns</source>
        <translation>doit contenir au moins %1 tours</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a turn of this scenario</source>
        <translation>« %1 » n’est pas un tour de ce scénario</translation>
    </message>
    <message>
        <source>its name must be 1 to 40 lowercase letters, digits or hyphens</source>
        <translation>son nom doit compter de 1 à 40 lettres minuscules, chiffres ou traits d’union</translation>
    </message>
    <message>
        <source>has both &quot;next&quot; and &quot;end&quot;; a turn has one or the other</source>
        <translation>a à la fois « next » et « end » ; un tour a l’un ou l’autre</translation>
    </message>
    <message>
        <source>needs &quot;next&quot; or &quot;end&quot;</source>
        <translation>a besoin de « next » ou « end »</translation>
    </message>
    <message>
        <source>must be a list with at least one branch</source>
        <translation>doit être une liste d’au moins une branche</translation>
    </message>
    <message>
        <source>needs exactly one of &quot;when&quot;, &quot;whenAny&quot; or &quot;otherwise&quot;</source>
        <translation>a besoin d’exactement un de « when », « whenAny » ou « otherwise »</translation>
    </message>
    <message>
        <source>must be true</source>
        <translation>doit être true</translation>
    </message>
    <message>
        <source>only the last branch may be &quot;otherwise&quot;</source>
        <translation>seule la dernière branche peut être « otherwise »</translation>
    </message>
    <message>
        <source>must be a list with at least one behaviour</source>
        <translation>doit être une liste d’au moins un comportement</translation>
    </message>
    <message>
        <source>unknown behaviour &quot;%1&quot;</source>
        <translation>comportement inconnu « %1 »</translation>
    </message>
    <message>
        <source>must end with one &quot;otherwise&quot; branch</source>
        <translation>doit se terminer par une branche « otherwise »</translation>
    </message>
    <message>
        <source>cannot be reached from &quot;start&quot;</source>
        <translation>est inaccessible depuis « start »</translation>
    </message>
    <message>
        <source>at least two different &quot;end&quot; values must be reachable</source>
        <translation>au moins deux valeurs « end » différentes doivent être accessibles</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more problem(s) not listed</source>
        <translation>
            <numerusform>%1 : %n autre problème non listé</numerusform>
            <numerusform>%1 : %n autres problèmes non listés</numerusform>
        </translation>
    </message>
    <message>
        <source>holds a text-direction character (U+%1) that overrides the direction or is left unclosed; it could make the text look different from what it is</source>
        <translation>contient un caractère de direction du texte (U+%1) qui force la direction ou n’est pas fermé ; il pourrait faire paraître le texte autre qu’il n’est</translation>
    </message>
</context>
<context>
    <name>PracticeScenarioSet</name>
    <message>
        <source>%1: the scenario folder does not exist</source>
        <translation>%1 : le dossier de scénarios n’existe pas</translation>
    </message>
    <message>
        <source>%1: more than %2 scenario files; only the first %2 are read</source>
        <translation>%1 : plus de %2 fichiers de scénario ; seuls les %2 premiers sont lus</translation>
    </message>
    <message>
        <source>%1: the scenario is in &quot;%2&quot;, this folder is for &quot;%3&quot;</source>
        <translation>%1 : le scénario est en « %2 », ce dossier est pour « %3 »</translation>
    </message>
    <message>
        <source>%1: the scenario folder is not a folder</source>
        <translation>%1&#x202f;: le dossier de scénarios n’est pas un dossier</translation>
    </message>
</context>
<context>
    <name>PracticeSession</name>
    <message>
        <source>Practice is paused while a call rings.</source>
        <translation>L’entraînement est en pause pendant qu’un appel sonne.</translation>
    </message>
    <message>
        <source>This practice run is over.</source>
        <translation>Cet entraînement est terminé.</translation>
    </message>
    <message>
        <source>Write a reply first.</source>
        <translation>Écrivez d’abord une réponse.</translation>
    </message>
    <message>
        <source>The reply is longer than %1 characters.</source>
        <translation>La réponse dépasse %1 caractères.</translation>
    </message>
</context>
<context>
    <name>PracticeStore</name>
    <message>
        <source>Only a finished practice run can be saved.</source>
        <translation>Seul un entraînement terminé peut être enregistré.</translation>
    </message>
</context>
<context>
    <name>PrivatePath</name>
    <message>
        <source>Cannot check %1: %2</source>
        <translation>Impossible de vérifier %1 : %2</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which cannot be reached (%3). Attune did not use or change it. Point the link elsewhere or remove it (or ask IT to), then start Attune again.</source>
        <translation>%1 est un lien vers %2, qui est inaccessible (%3). Attune ne l’a ni utilisé ni modifié. Faites pointer le lien ailleurs ou supprimez-le (ou demandez-le à l’informatique), puis relancez Attune.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which is not a folder. Attune did not use or change it. Point the link at a folder of your own or remove it (or ask IT to), then start Attune again.</source>
        <translation>%1 est un lien vers %2, qui n’est pas un dossier. Attune ne l’a ni utilisé ni modifié. Faites pointer le lien vers un dossier à vous ou supprimez-le (ou demandez-le à l’informatique), puis relancez Attune.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which is not an ordinary file. Attune did not use or change it. Point the link at a file of your own or remove it (or ask IT to), then start Attune again.</source>
        <translation>%1 est un lien vers %2, qui n’est pas un fichier ordinaire. Attune ne l’a ni utilisé ni modifié. Faites pointer le lien vers un fichier à vous ou supprimez-le (ou demandez-le à l’informatique), puis relancez Attune.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which belongs to another user or can be changed by other users. Attune did not use it or change its permissions. Point the link at one of your own that only you can write to (or ask IT to), then start Attune again.</source>
        <translation>%1 est un lien vers %2, qui appartient à un autre utilisateur ou peut être modifié par d’autres utilisateurs. Attune ne l’a pas utilisé et n’a pas changé ses droits. Faites pointer le lien vers un emplacement à vous où vous seul pouvez écrire (ou demandez-le à l’informatique), puis relancez Attune.</translation>
    </message>
    <message>
        <source>%1 is not a folder. Attune did not use or change it. Move it out of the way (or ask IT to), then start Attune again.</source>
        <translation>%1 n’est pas un dossier. Attune ne l’a ni utilisé ni modifié. Déplacez-le (ou demandez-le à l’informatique), puis relancez Attune.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file. Attune did not use or change it. Move it out of the way (or ask IT to), then start Attune again.</source>
        <translation>%1 n’est pas un fichier ordinaire. Attune ne l’a ni utilisé ni modifié. Déplacez-le (ou demandez-le à l’informatique), puis relancez Attune.</translation>
    </message>
    <message>
        <source>%1 belongs to another user. Attune did not use it or change its permissions. Give it to your user (or ask IT to), then start Attune again.</source>
        <translation>%1 appartient à un autre utilisateur. Attune ne l’a pas utilisé et n’a pas changé ses droits. Attribuez-le à votre utilisateur (ou demandez-le à l’informatique), puis relancez Attune.</translation>
    </message>
    <message>
        <source>Cannot make %1 private to your user: %2</source>
        <translation>Impossible de rendre %1 privé à votre utilisateur : %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Impossible de créer le dossier %1 : %2</translation>
    </message>
</context>
<context>
    <name>ReplyReader</name>
    <message>
        <source>%1:%2: field &quot;%3&quot;: %4</source>
        <translation>%1:%2 : champ « %3 » : %4</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>doit être « %1 »</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>doit être 1</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>manquant ou vide</translation>
    </message>
    <message>
        <source>must be an object naming the behaviours</source>
        <translation>doit être un objet nommant les comportements</translation>
    </message>
    <message>
        <source>not a behaviour the reader recognises by rules</source>
        <translation>pas un comportement que le lecteur reconnaît par des règles</translation>
    </message>
    <message>
        <source>must be a list with at least one rule</source>
        <translation>doit être une liste d’au moins une règle</translation>
    </message>
    <message>
        <source>must be &quot;any&quot;, &quot;question&quot; or &quot;statement&quot;</source>
        <translation>doit être « any », « question » ou « statement »</translation>
    </message>
    <message>
        <source>must be a list with at least one pattern</source>
        <translation>doit être une liste d’au moins un motif</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid pattern: %2</source>
        <translation>« %1 » n’est pas un motif valide : %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
</context>
<context>
    <name>Rubric</name>
    <message>
        <source>%1:%2: field &quot;%3&quot;: %4</source>
        <translation>%1:%2: champ «&#x202f;%3&#x202f;»&#x202f;: %4</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>doit valoir 1</translation>
    </message>
    <message>
        <source>must be 1 to 40 lowercase letters, digits, - or _</source>
        <translation>doit comporter de 1 à 40 lettres minuscules, chiffres, - ou _</translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation>doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>is missing or empty</source>
        <translation>absent ou vide</translation>
    </message>
    <message>
        <source>must be a list with at least one question</source>
        <translation>doit être une liste d&apos;au moins une question</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>«&#x202f;%1&#x202f;» est utilisé deux fois</translation>
    </message>
    <message>
        <source>each option needs an id and a label</source>
        <translation>chaque option doit avoir un id et un libellé</translation>
    </message>
    <message>
        <source>a choice needs at least two options</source>
        <translation>un choix doit proposer au moins deux options</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of yes_partly_no, scale5, choice</source>
        <translation>«&#x202f;%1&#x202f;» ne fait pas partie de yes_partly_no, scale5, choice</translation>
    </message>
    <message>
        <source>must be from 1 to 10000</source>
        <translation>doit être compris entre 1 et 10000</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a question of the rubric &quot;%2&quot;</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une question de la grille «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer to &quot;%2&quot;; expected one of %3</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une réponse possible à «&#x202f;%2&#x202f;»&#x202f;; réponses attendues&#x202f;: %3</translation>
    </message>
    <message>
        <source>the note is longer than %1 characters</source>
        <translation>la note dépasse %1 caractères</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>%1: field &quot;schema&quot; must be 1</source>
        <translation>%1&#x202f;: le champ «&#x202f;schema&#x202f;» doit valoir 1</translation>
    </message>
    <message>
        <source>%1: field &quot;steps&quot; is missing or empty</source>
        <translation>%1&#x202f;: le champ «&#x202f;steps&#x202f;» est absent ou vide</translation>
    </message>
    <message>
        <source>%1: step %2: field &quot;%3&quot;: %4</source>
        <translation>%1&#x202f;: étape %2&#x202f;: champ «&#x202f;%3&#x202f;»&#x202f;: %4</translation>
    </message>
    <message>
        <source>steps must be in time order</source>
        <translation>les étapes doivent être dans l&apos;ordre chronologique</translation>
    </message>
    <message>
        <source>must be &quot;customer&quot; or &quot;agent&quot;</source>
        <translation>doit valoir «&#x202f;customer&#x202f;» ou «&#x202f;agent&#x202f;»</translation>
    </message>
    <message>
        <source>is missing or empty</source>
        <translation>absent ou vide</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>événement inconnu «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>must be a number of seconds from 0 to 86400</source>
        <translation>doit être un nombre de secondes entre 0 et 86400</translation>
    </message>
</context>
<context>
    <name>SelfAssessment</name>
    <message>
        <source>the call id is missing</source>
        <translation>l&apos;identifiant de l&apos;appel est absent</translation>
    </message>
    <message>
        <source>the answers are for rubric &quot;%1&quot; version %2, but &quot;%3&quot; version %4 is in use</source>
        <translation>les réponses correspondent à la grille «&#x202f;%1&#x202f;» version %2, mais c&apos;est «&#x202f;%3&#x202f;» version %4 qui est utilisée</translation>
    </message>
    <message>
        <source>private notes are turned off by your IT department (privacy/allowPrivateNotes)</source>
        <translation>les notes privées sont désactivées par votre service informatique (privacy/allowPrivateNotes)</translation>
    </message>
    <message>
        <source>there is nothing to save for call &quot;%1&quot;: no draft, no answers and no note</source>
        <translation>rien à enregistrer pour l’appel « %1 » : ni brouillon, ni réponses, ni note</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>expected true or false, got &quot;%1&quot;</source>
        <translation>true ou false attendu, «&#x202f;%1&#x202f;» reçu</translation>
    </message>
    <message>
        <source>expected a whole number from 0 (no limit) to 1000, got &quot;%1&quot;</source>
        <translation>nombre entier de 0 (sans limite) à 1000 attendu, «&#x202f;%1&#x202f;» reçu</translation>
    </message>
    <message>
        <source>expected a number of days from 0 (keep forever) to 36500, got &quot;%1&quot;</source>
        <translation>nombre de jours de 0 (conservation illimitée) à 36500 attendu, «&#x202f;%1&#x202f;» reçu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a technique</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une technique</translation>
    </message>
    <message>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation>une de ces valeurs était attendue&#x202f;: %1&#x202f;; «&#x202f;%2&#x202f;» reçu</translation>
    </message>
    <message>
        <source>%1 is set by your IT department and cannot be changed here.</source>
        <translation>%1 est défini par votre service informatique et ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <source>expected a port number from 1 to 65535, got &quot;%1&quot;</source>
        <translation>numéro de port de 1 à 65535 attendu, «&#x202f;%1&#x202f;» reçu</translation>
    </message>
    <message>
        <source>expected a host name or an IP address, got &quot;%1&quot;</source>
        <translation>nom d&apos;hôte ou adresse IP attendu, «&#x202f;%1&#x202f;» reçu</translation>
    </message>
    <message>
        <source>expected at least 32 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>au moins 32 lettres, chiffres, «&#x202f;-&#x202f;» ou «&#x202f;_&#x202f;» attendus</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin like https://crm.example.com</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une origine du type https://crm.example.com</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter, got &quot;%1&quot;</source>
        <translation>attendu : lettres minuscules, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, commençant par une lettre ; reçu « %1 »</translation>
    </message>
    <message>
        <source>expected an absolute file path without &apos;;&apos; or control characters, got &quot;%1&quot;</source>
        <translation>chemin de fichier absolu attendu, sans « ; » ni caractère de contrôle ; reçu « %1 »</translation>
    </message>
</context>
<context>
    <name>SpeechModel</name>
    <message>
        <source>The English speech model is not installed (%1 is missing; Debian package pocketsphinx-en-us).</source>
        <translation>Le modèle vocal anglais n’est pas installé (%1 manque ; paquet Debian pocketsphinx-en-us).</translation>
    </message>
    <message>
        <source>Cannot link %1 into the speech model folder %2.</source>
        <translation>Impossible de lier %1 dans le dossier du modèle vocal %2.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>Suggester</name>
    <message>
        <source>opening</source>
        <translation>accueil</translation>
    </message>
    <message>
        <source>discovery</source>
        <translation>découverte</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>résolution</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>conclusion</translation>
    </message>
    <message>
        <source>frustrated</source>
        <translation>frustré</translation>
    </message>
    <message>
        <source>anxious</source>
        <translation>inquiet</translation>
    </message>
    <message>
        <source>sad</source>
        <translation>triste</translation>
    </message>
    <message>
        <source>confused</source>
        <translation>perdu</translation>
    </message>
    <message>
        <source>in a hurry</source>
        <translation>pressé</translation>
    </message>
    <message>
        <source>grateful</source>
        <translation>reconnaissant</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;</source>
        <translation>%1&#x202f;: «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>same technique</source>
        <translation>même technique</translation>
    </message>
    <message>
        <source>fits the same feeling</source>
        <translation>correspond au même ressenti</translation>
    </message>
</context>
<context>
    <name>SupervisorDialogs</name>
    <message>
        <source>Coaching note</source>
        <translation>Note de coaching</translation>
    </message>
    <message>
        <source>What to keep doing, and one thing to try next time</source>
        <translation>Ce qui est à conserver, et une chose à essayer la prochaine fois</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <source>What was good</source>
        <translation>Ce qui a bien fonctionné</translation>
    </message>
    <message>
        <source>e.g. great empathy about the late refund</source>
        <translation>p. ex. belle écoute quand le remboursement a tardé</translation>
    </message>
    <message>
        <source>Give kudos</source>
        <translation>Féliciter</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Your score of this call</source>
        <translation>Votre note pour cet appel</translation>
    </message>
</context>
<context>
    <name>SupervisorGate</name>
    <message>
        <source>The supervisor view is not set up on this computer. IT turns it on by running &quot;attune hash-pin&quot; and adding the line it prints to the system settings file (/etc/xdg/Attune/Attune.conf). Your own history is always here.</source>
        <translation>La vue superviseur n&apos;est pas configurée sur cet ordinateur. Le service informatique l&apos;active en exécutant «&#x202f;attune hash-pin&#x202f;» et en ajoutant la ligne affichée au fichier de paramètres système (/etc/xdg/Attune/Attune.conf). Votre propre historique reste toujours disponible ici.</translation>
    </message>
</context>
<context>
    <name>SupervisorPin</name>
    <message>
        <source>the PIN must have at least %1 characters</source>
        <translation>le PIN doit comporter au moins %1 caractères</translation>
    </message>
    <message>
        <source>expected pbkdf2-sha256$ITERATIONS$SALT$KEY as printed by attune hash-pin</source>
        <translation>format attendu&#x202f;: pbkdf2-sha256$ITERATIONS$SEL$CLÉ, tel qu&apos;affiché par attune hash-pin</translation>
    </message>
    <message>
        <source>at least %1 iterations are needed</source>
        <translation>il faut au moins %1 itérations</translation>
    </message>
    <message>
        <source>the salt or the key is not valid base64 of the right length</source>
        <translation>le sel ou la clé n&apos;est pas du base64 valide de la bonne longueur</translation>
    </message>
    <message>
        <source>the record key is not valid base64 of the right length</source>
        <translation>la clé des enregistrements n’est pas du base64 valide de la bonne longueur</translation>
    </message>
    <message>
        <source>This PIN is short: anyone who can read the settings file can find it by trying every PIN on their own computer. A passphrase of %1 characters or more (a few words) is far stronger.</source>
        <translation>Ce PIN est court : quiconque peut lire le fichier de réglages peut le trouver en essayant tous les PIN sur son propre ordinateur. Une phrase secrète de %1 caractères ou plus (quelques mots) est bien plus solide.</translation>
    </message>
    <message>
        <source>the key that signs supervisor records could not be made (is Attune&apos;s signing module installed?)</source>
        <translation>impossible de créer la clé qui signe les enregistrements du superviseur (le module de signature d&apos;Attune est-il installé ?)</translation>
    </message>
</context>
<context>
    <name>TeamCoachingStore</name>
    <message>
        <source>Choose a call of one of your agents first.</source>
        <translation>Choisissez d’abord un appel de l’un de vos agents.</translation>
    </message>
    <message>
        <source>Only a self-assessed call can be scored.</source>
        <translation>Seul un appel auto-évalué peut être noté.</translation>
    </message>
    <message>
        <source>Score at least one behaviour, or cancel.</source>
        <translation>Notez au moins un comportement, ou annulez.</translation>
    </message>
    <message>
        <source>Sign in to the team server first; nothing was saved.</source>
        <translation>Connectez-vous d’abord au serveur de l’équipe ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>What you wrote is kept: try again.</source>
        <translation>Ce que vous avez écrit est conservé : réessayez.</translation>
    </message>
    <message>
        <source>That call is no longer on the team server, so nothing was saved.</source>
        <translation>Cet appel n’est plus sur le serveur de l’équipe, donc rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The team server took too long to answer, so nothing was saved. %1</source>
        <translation>Le serveur de l’équipe a mis trop de temps à répondre, donc rien n’a été enregistré. %1</translation>
    </message>
    <message>
        <source>The team server no longer accepts the name or password of %1, so nothing was saved. Sign out and in again; %2</source>
        <translation>Le serveur de l’équipe n’accepte plus le nom ou le mot de passe de %1, donc rien n’a été enregistré. Déconnectez-vous puis reconnectez-vous ; %2</translation>
    </message>
    <message>
        <source>The connection to the team server %1 was lost while saving, and the server does not answer now. %2 It is never saved twice.</source>
        <translation>La connexion au serveur de l’équipe %1 a été perdue pendant l’enregistrement, et le serveur ne répond pas pour l’instant. %2 Rien n’est jamais enregistré deux fois.</translation>
    </message>
    <message>
        <source>The team server %1 does not answer, so nothing was saved. %2</source>
        <translation>Le serveur de l’équipe %1 ne répond pas, donc rien n’a été enregistré. %2</translation>
    </message>
    <message>
        <source>The team server refused this (%1), so nothing was saved.</source>
        <translation>Le serveur de l’équipe l’a refusé (%1), donc rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The team server refused this: you may coach only calls of agents in the teams you supervise, so nothing was saved.</source>
        <translation>Le serveur de l’équipe l’a refusé : vous ne pouvez accompagner que les appels des agents des équipes que vous supervisez, donc rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This was saved before with other words, and the team server keeps those; nothing was changed.</source>
        <translation>Ceci a déjà été enregistré avec d’autres mots, et le serveur d’équipe garde ceux-là ; rien n’a été changé.</translation>
    </message>
</context>
<context>
    <name>TeamHistoryStore</name>
    <message>
        <source>%1 is not a supervisor on the team server: the team view is for supervisors.</source>
        <translation>%1 n’est pas superviseur sur le serveur d’équipe : la vue d’équipe est réservée aux superviseurs.</translation>
    </message>
</context>
<context>
    <name>TeamSchema</name>
    <message>
        <source>The team server has no Attune schema yet; IT sets it up with `attune team init`.</source>
        <translation>Le serveur d’équipe n’a pas encore de schéma Attune ; l’informatique le crée avec `attune team init`.</translation>
    </message>
    <message>
        <source>The team server uses a newer schema (version %1; this Attune knows up to %2). Attune keeps working on this computer; update it to share history.</source>
        <translation>Le serveur d’équipe utilise un schéma plus récent (version %1 ; cet Attune connaît jusqu’à la %2). Attune continue de fonctionner sur cet ordinateur ; mettez-le à jour pour partager l’historique.</translation>
    </message>
    <message>
        <source>The team server uses a newer schema (version %1) than this Attune knows (%2); nothing was changed.</source>
        <translation>Le serveur d’équipe utilise un schéma plus récent (version %1) que celui que connaît cet Attune (%2) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>La migration %1 a échoué : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid person name: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter (at most 63).</source>
        <translation>« %1 » n’est pas un nom de personne valide : utilisez des minuscules, des chiffres, « . », « _ » et « - », en commençant par une lettre (63 au plus).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid team name: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter (at most 63).</source>
        <translation>« %1 » n’est pas un nom d’équipe valide : utilisez des minuscules, des chiffres, « . », « _ » et « - », en commençant par une lettre (63 au plus).</translation>
    </message>
    <message>
        <source>The team server&apos;s access rules failed: %1</source>
        <translation>Les règles d&apos;accès du serveur d&apos;équipe ont échoué : %1</translation>
    </message>
</context>
<context>
    <name>TextRule</name>
    <message>
        <source>field &quot;%1&quot; is longer than %2 characters</source>
        <translation>le champ « %1 » dépasse %2 caractères</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; contains an invalid character (a lone UTF-16 surrogate)</source>
        <translation>le champ « %1 » contient un caractère non valide (un demi-codet UTF-16 isolé)</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; contains a control character (U+%2)</source>
        <translation>le champ « %1 » contient un caractère de contrôle (U+%2)</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; contains an invisible formatting or text-direction character (U+%2), which can make text look different from what it is</source>
        <translation>le champ « %1 » contient un caractère invisible de mise en forme ou de sens d’écriture (U+%2), qui peut faire paraître le texte autre qu’il n’est</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; contains a text-direction character (U+%2) that overrides the direction or is left unclosed, which can make text look different from what it is</source>
        <translation>le champ « %1 » contient un caractère de direction du texte (U+%2) qui force la direction ou n’est pas fermé, ce qui peut faire paraître le texte autre qu’il n’est</translation>
    </message>
</context>
<context>
    <name>Transcriber</name>
    <message>
        <source>The speech recogniser refused its settings.</source>
        <translation>La reconnaissance vocale a refusé ses réglages.</translation>
    </message>
    <message>
        <source>The speech recogniser could not load its model from %1.</source>
        <translation>La reconnaissance vocale n’a pas pu charger son modèle depuis %1.</translation>
    </message>
    <message>
        <source>The speech recogniser could not load its language models %1 and %2.</source>
        <translation>La reconnaissance vocale n’a pas pu charger ses modèles de langue %1 et %2.</translation>
    </message>
    <message>
        <source>The speech recogniser is not installed with Attune: %1</source>
        <translation>La reconnaissance vocale n&apos;est pas installée avec Attune : %1</translation>
    </message>
</context>
<context>
    <name>WavStream</name>
    <message>
        <source>it is not a RIFF/WAVE file</source>
        <translation>ce n’est pas un fichier RIFF/WAVE</translation>
    </message>
    <message>
        <source>its data chunk comes before its format chunk</source>
        <translation>son bloc de données précède son bloc de format</translation>
    </message>
    <message>
        <source>its format chunk has %1 bytes</source>
        <translation>son bloc de format fait %1 octets</translation>
    </message>
    <message>
        <source>it is not 16-bit PCM (format %1, %2 bits)</source>
        <translation>ce n’est pas du PCM 16 bits (format %1, %2 bits)</translation>
    </message>
    <message>
        <source>it has %1 channels at %2 Hz</source>
        <translation>il a %1 canaux à %2 Hz</translation>
    </message>
    <message>
        <source>it has no data chunk in its first %1 bytes</source>
        <translation>il n’a pas de bloc de données dans ses %1 premiers octets</translation>
    </message>
</context>
<context>
    <name>attune::AgentComparison</name>
    <message>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <source>Agents compared week by week</source>
        <translation>Agents comparés semaine par semaine</translation>
    </message>
    <message>
        <source>Reading the team&apos;s weeks…</source>
        <translation>Lecture des semaines de l’équipe…</translation>
    </message>
    <message>
        <source>No assessed calls in this period.</source>
        <translation>Aucun appel évalué sur cette période.</translation>
    </message>
    <message>
        <source>Share of assessed calls with this behaviour; a &quot;partly&quot; counts half.</source>
        <translation>Part des appels évalués avec ce comportement ; un « en partie » compte pour moitié.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Assessed calls: %1</source>
        <translation>Appels évalués : %1</translation>
    </message>
</context>
<context>
    <name>attune::ArcChart</name>
    <message>
        <source>How the customer&apos;s feelings ran</source>
        <translation>Évolution du ressenti du client</translation>
    </message>
    <message>
        <source>The customer&apos;s emotional arc on this call</source>
        <translation>L&apos;évolution émotionnelle du client pendant cet appel</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Ressenti</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Intense</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
</context>
<context>
    <name>attune::AssessmentForm</name>
    <message>
        <source>About the call</source>
        <translation>À propos de l&apos;appel</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Note privée</translation>
    </message>
    <message>
        <source>Keep this note private</source>
        <translation>Garder cette note privée</translation>
    </message>
    <message>
        <source>A private note is never shown to a supervisor or exported.</source>
        <translation>Une note privée n&apos;est jamais montrée à un superviseur ni exportée.</translation>
    </message>
    <message>
        <source>🔒 Your IT department has turned off private notes: a supervisor may read every note.</source>
        <translation>🔒 Votre service informatique a désactivé les notes privées&#x202f;: un superviseur peut lire toutes les notes.</translation>
    </message>
    <message>
        <source>Problem saving the self-assessment</source>
        <translation>Problème lors de l&apos;enregistrement de l&apos;autoévaluation</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the self-assessment (Ctrl+S)</source>
        <translation>Enregistrer l&apos;autoévaluation (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Finish the self-assessment later; it is kept as a draft</source>
        <translation>Terminer l&apos;autoévaluation plus tard&#x202f;; elle est conservée comme brouillon</translation>
    </message>
    <message>
        <source>Your answers cannot be written to disk right now (%1). They are kept and Attune keeps trying.</source>
        <translation>Vos réponses ne peuvent pas être écrites sur le disque pour le moment (%1). Elles sont conservées et Attune continue d&apos;essayer.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>You had not finished this one (last changed %1).</source>
        <translation>Vous n&apos;aviez pas terminé celle-ci (dernière modification&#x202f;: %1).</translation>
    </message>
    <message>
        <source>%1 · %2 on the call</source>
        <translation>%1 · %2 d&apos;appel</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Appelant inconnu</translation>
    </message>
    <message>
        <source>The customer was most %1 (%2%) after %3%4.</source>
        <translation>Le client a été le plus %1 (%2 %) au bout de %3%4.</translation>
    </message>
    <message>
        <source>, and calmed down by the end</source>
        <translation>, et s&apos;est apaisé avant la fin</translation>
    </message>
    <message>
        <source>You used: %1</source>
        <translation>Vous avez utilisé&#x202f;: %1</translation>
    </message>
    <message>
        <source>Not saved: %1. Your answers are kept as a draft.</source>
        <translation>Non enregistrée&#x202f;: %1. Vos réponses sont conservées comme brouillon.</translation>
    </message>
</context>
<context>
    <name>attune::AssessmentSection</name>
    <message>
        <source>Self-assess an earlier call</source>
        <translation>Autoévaluer un appel précédent</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoévaluation</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Appelant inconnu</translation>
    </message>
    <message>
        <source>No earlier calls yet</source>
        <translation>Aucun appel précédent pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>attune::BreathingPanel</name>
    <message>
        <source>Breathing exercise</source>
        <translation>Exercice de respiration</translation>
    </message>
    <message>
        <source>That was a hard call. A minute of slow breathing?</source>
        <translation>C&apos;était un appel difficile. Une minute de respiration lente&#x202f;?</translation>
    </message>
    <message>
        <source>Breathe now</source>
        <translation>Respirer maintenant</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Not now, no breathing exercise</source>
        <translation>Pas maintenant, pas d&apos;exercice de respiration</translation>
    </message>
    <message>
        <source>Breathing pattern</source>
        <translation>Rythme respiratoire</translation>
    </message>
    <message>
        <source>Length of the exercise</source>
        <translation>Durée de l&apos;exercice</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Start the breathing exercise (Ctrl+B)</source>
        <translation>Commencer l&apos;exercice de respiration (Ctrl+B)</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Before: how tense do you feel?</source>
        <translation>Avant&#x202f;: quel est votre niveau de tension&#x202f;?</translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation>Guide de respiration</translation>
    </message>
    <message>
        <source>Progress through this phase</source>
        <translation>Progression dans cette phase</translation>
    </message>
    <message>
        <source>Breathing phase</source>
        <translation>Phase de la respiration</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume the exercise</source>
        <translation>Mettre en pause ou reprendre l&apos;exercice</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the exercise</source>
        <translation>Arrêter l&apos;exercice</translation>
    </message>
    <message>
        <source>After: how tense do you feel now?</source>
        <translation>Après&#x202f;: quel est votre niveau de tension maintenant&#x202f;?</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Close the breathing summary</source>
        <translation>Fermer le bilan de la respiration</translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation>30 secondes</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>2 minutes</source>
        <translation>2 minutes</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutes</translation>
    </message>
    <message>
        <source>3 breaths</source>
        <translation>3 respirations</translation>
    </message>
    <message>
        <source>6 breaths</source>
        <translation>6 respirations</translation>
    </message>
    <message>
        <source>10 breaths</source>
        <translation>10 respirations</translation>
    </message>
    <message>
        <source>Tension before: %1 of 5</source>
        <translation>Tension avant&#x202f;: %1 sur 5</translation>
    </message>
    <message>
        <source>Tension after: %1 of 5</source>
        <translation>Tension après&#x202f;: %1 sur 5</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspirez</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>Inspirez encore un peu</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Retenez</translation>
    </message>
    <message>
        <source>Breathe out slowly</source>
        <translation>Expirez lentement</translation>
    </message>
    <message>
        <source>Stopped after %1. Any breathing helps.</source>
        <translation>Arrêté au bout de %1. Chaque respiration compte.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>%1 s · breath %2 of %3</source>
        <translation>%1 s · respiration %2 sur %3</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message numerus="yes">
        <source>Well done: %n breath(s) in %1.</source>
        <translation>
            <numerusform>Bravo&#x202f;: %n respiration en %1.</numerusform>
            <numerusform>Bravo&#x202f;: %n respirations en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::CallHeaderWidget</name>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Call state</source>
        <translation>État de l&apos;appel</translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation>Durée de l&apos;appel</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Caller details</source>
        <translation>Informations sur l&apos;appelant</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Aucun appel</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>The caller will appear here as soon as a call rings.</source>
        <translation>L&apos;appelant s&apos;affichera ici dès qu&apos;un appel sonnera.</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>En appel</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Appel terminé</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Appelant inconnu</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
</context>
<context>
    <name>attune::CallTranscription</name>
    <message>
        <source>baresip stopped writing the customer&apos;s audio for this call.</source>
        <translation>baresip a cessé d’écrire l’audio du client pour cet appel.</translation>
    </message>
    <message>
        <source>No audio from baresip for this call. Its config needs &quot;module sndfile.so&quot; and &quot;snd_path %1&quot;.</source>
        <translation>Aucun audio de baresip pour cet appel. Sa configuration doit contenir &quot;module sndfile.so&quot; et &quot;snd_path %1&quot;.</translation>
    </message>
    <message>
        <source>Transcription understands English only; the language chosen for Attune is %1.</source>
        <translation>La transcription ne comprend que l’anglais ; la langue choisie pour Attune est %1.</translation>
    </message>
    <message>
        <source>baresip went away during the call (it restarted or quit); the call&apos;s transcription stopped with it.</source>
        <translation>baresip a disparu pendant l’appel (redémarré ou arrêté) ; la transcription de l’appel s’est arrêtée avec lui.</translation>
    </message>
    <message>
        <source>baresip opened the customer&apos;s audio for this call but writes nothing into it: no audio arrives from the customer.</source>
        <translation>baresip a ouvert l’audio du client pour cet appel mais n’y écrit rien : aucun son n’arrive du client.</translation>
    </message>
    <message>
        <source>The customer&apos;s side of this call has been silent for %1 seconds: baresip writes the call&apos;s audio, but no sound arrives (the customer may be muted, or their audio does not reach this computer).</source>
        <translation>Le côté du client est silencieux depuis %1 secondes dans cet appel : baresip écrit l’audio de l’appel, mais aucun son n’arrive (le client a peut-être coupé son micro, ou son audio n’atteint pas cet ordinateur).</translation>
    </message>
</context>
<context>
    <name>attune::CustomerFeedbackView</name>
    <message>
        <source>The customer&apos;s verdict</source>
        <translation>Le verdict du client</translation>
    </message>
    <message>
        <source>The customer&apos;s comment</source>
        <translation>Le commentaire du client</translation>
    </message>
    <message>
        <source>CSAT %1 of 5</source>
        <translation>CSAT %1 sur 5</translation>
    </message>
    <message>
        <source>NPS %1 of 10</source>
        <translation>NPS %1 sur 10</translation>
    </message>
    <message>
        <source>(%1 of 100; your self score %2, gap %3).</source>
        <translation>(%1 sur 100&#x202f;; votre auto-évaluation %2, écart %3).</translation>
    </message>
    <message>
        <source>(%1 of 100).</source>
        <translation>(%1 sur 100).</translation>
    </message>
    <message>
        <source>The customer left upset.</source>
        <translation>Le client est resté mécontent.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>(reads %1)</source>
        <translation>(se lit %1)</translation>
    </message>
    <message>
        <source>Customer left &amp;upset</source>
        <translation>Client resté &amp;mécontent</translation>
    </message>
    <message>
        <source>Calls whose post-call survey reads upset: a low score, or a comment that reads negative</source>
        <translation>Appels dont l&apos;enquête après l&apos;appel montre du mécontentement&#x202f;: une note basse ou un commentaire négatif</translation>
    </message>
</context>
<context>
    <name>attune::HistoryDetailPane</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>en partie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Détails de l&apos;appel</translation>
    </message>
    <message>
        <source>Coaching note…</source>
        <translation>Note de coaching…</translation>
    </message>
    <message>
        <source>Give kudos…</source>
        <translation>Féliciter…</translation>
    </message>
    <message>
        <source>Score this call…</source>
        <translation>Noter cet appel…</translation>
    </message>
    <message>
        <source>No call matches.</source>
        <translation>Aucun appel ne correspond.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Appelant inconnu</translation>
    </message>
    <message>
        <source>The customer sounded %1 at the peak, %2 into the call; %3.</source>
        <translation>Au plus fort, après %2 d&apos;appel, le client semblait %1&#x202f;; %3.</translation>
    </message>
    <message>
        <source>the call calmed</source>
        <translation>l&apos;appel s&apos;est ensuite apaisé</translation>
    </message>
    <message>
        <source>it did not calm</source>
        <translation>il ne s&apos;est pas apaisé</translation>
    </message>
    <message>
        <source>Not self-assessed.</source>
        <translation>Aucune autoévaluation.</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoévaluation</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Self score %1, supervisor score %2 (gap %3).</source>
        <translation>Note conseiller %1, note superviseur %2 (écart %3).</translation>
    </message>
    <message>
        <source>Self score %1.</source>
        <translation>Note conseiller %1.</translation>
    </message>
    <message>
        <source>The agent kept their note private.</source>
        <translation>Le conseiller a gardé sa note privée.</translation>
    </message>
    <message>
        <source>Next time: %1</source>
        <translation>La prochaine fois&#x202f;: %1</translation>
    </message>
    <message>
        <source>private: only you see this</source>
        <translation>privée&#x202f;: visible par vous seulement</translation>
    </message>
    <message>
        <source>Suggestions used</source>
        <translation>Suggestions utilisées</translation>
    </message>
    <message>
        <source>Coaching notes</source>
        <translation>Notes de coaching</translation>
    </message>
    <message>
        <source>Kudos</source>
        <translation>Félicitations</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>This call is still loading…</source>
        <translation>Cet appel est encore en cours de chargement…</translation>
    </message>
</context>
<context>
    <name>attune::HistoryFilterBar</name>
    <message>
        <source>Search customer name or number</source>
        <translation>Rechercher un nom ou un numéro de client</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>12 dernières semaines</translation>
    </message>
    <message>
        <source>Between dates</source>
        <translation>Entre deux dates</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Toutes les issues</translation>
    </message>
    <message>
        <source>Self score below</source>
        <translation>Note conseiller inférieure à</translation>
    </message>
    <message>
        <source>Self score threshold</source>
        <translation>Seuil de la note conseiller</translation>
    </message>
    <message>
        <source>Hot calls</source>
        <translation>Appels intenses</translation>
    </message>
    <message>
        <source>Calls where the customer&apos;s feelings ran high</source>
        <translation>Appels où les émotions du client se sont intensifiées</translation>
    </message>
    <message>
        <source>My stress 4 or 5</source>
        <translation>Mon stress à 4 ou 5</translation>
    </message>
    <message>
        <source>Calls after which the agent rated their stress 4 or 5</source>
        <translation>Appels après lesquels le conseiller a évalué son stress à 4 ou 5</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>Rapport PDF…</translation>
    </message>
    <message>
        <source>Agent&apos;s stress 4 or 5</source>
        <translation>Stress de l’agent 4 ou 5</translation>
    </message>
    <message>
        <source>Shared only where IT set team/shareWellbeing; otherwise no call matches</source>
        <translation>Partagé seulement si l’informatique a activé team/shareWellbeing ; sinon aucun appel ne correspond</translation>
    </message>
</context>
<context>
    <name>attune::HistoryModel</name>
    <message>
        <source>Unknown caller</source>
        <translation>Appelant inconnu</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>calme</translation>
    </message>
    <message>
        <source>The customer stayed calm</source>
        <translation>Le client est resté calme</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>hot</source>
        <translation>intense</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>modéré</translation>
    </message>
    <message>
        <source>calmed</source>
        <translation>apaisé</translation>
    </message>
    <message>
        <source>did not calm</source>
        <translation>pas apaisé</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>The strongest feeling the customer&apos;s words showed on the call</source>
        <translation>Le ressenti le plus fort exprimé par le client pendant l&apos;appel</translation>
    </message>
    <message>
        <source>The agent&apos;s own rubric score, 0 to 100</source>
        <translation>La note que le conseiller s&apos;est attribuée, de 0 à 100</translation>
    </message>
    <message>
        <source>A supervisor&apos;s rubric score of the same call, 0 to 100</source>
        <translation>La note attribuée au même appel par un superviseur, de 0 à 100</translation>
    </message>
    <message>
        <source>The agent&apos;s own stress before and after the call, 1 (calm) to 5</source>
        <translation>Le stress du conseiller avant et après l&apos;appel, de 1 (calme) à 5</translation>
    </message>
    <message>
        <source>A breathing exercise was taken after this call</source>
        <translation>Un exercice de respiration a été fait après cet appel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Durée de conversation</translation>
    </message>
    <message>
        <source>Peak feeling</source>
        <translation>Pic émotionnel</translation>
    </message>
    <message>
        <source>Calmed</source>
        <translation>Apaisé</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Self score</source>
        <translation>Note conseiller</translation>
    </message>
    <message>
        <source>Supervisor score</source>
        <translation>Note superviseur</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiration</translation>
    </message>
    <message>
        <source>Kudos</source>
        <translation>Félicitations</translation>
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
        <translation>%1, le client est resté mécontent</translation>
    </message>
    <message>
        <source>The customer&apos;s own post-call survey, 0 to 100 (CSAT 1 to 5 or NPS 0 to 10)</source>
        <translation>L&apos;enquête du client lui-même après l&apos;appel, de 0 à 100 (CSAT 1 à 5 ou NPS 0 à 10)</translation>
    </message>
    <message>
        <source>Customer score</source>
        <translation>Note du client</translation>
    </message>
</context>
<context>
    <name>attune::HistoryWindow</name>
    <message>
        <source>Attune – History</source>
        <translation>Attune – Historique</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Historique des appels</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>The supervisor session ended.</source>
        <translation>La session superviseur est terminée.</translation>
    </message>
    <message>
        <source>Export the listed calls</source>
        <translation>Exporter les appels listés</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save a coaching report</source>
        <translation>Enregistrer un rapport de coaching</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Supervisor view. Private notes are hidden. The session ends after 5 idle minutes or when a call rings.</source>
        <translation>Vue superviseur. Les notes privées sont masquées. La session se termine après 5 minutes d&apos;inactivité ou quand un appel sonne.</translation>
    </message>
    <message>
        <source>Your history. Private notes are shown only to you.</source>
        <translation>Votre historique. Les notes privées ne sont visibles que par vous.</translation>
    </message>
    <message>
        <source>End supervisor session</source>
        <translation>Fermer la session superviseur</translation>
    </message>
    <message>
        <source>Supervisor sign-in…</source>
        <translation>Connexion superviseur…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>%n appel exporté dans %1.</numerusform>
            <numerusform>%n appels exportés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Rapport enregistré dans %1.</translation>
    </message>
    <message>
        <source>Calls and trends</source>
        <translation>Appels et tendances</translation>
    </message>
    <message>
        <source>Loading calls…</source>
        <translation>Chargement des appels…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>The history could not be read. %1</source>
        <translation>Impossible de lire l’historique. %1</translation>
    </message>
    <message>
        <source>This call is still loading. Try again in a moment.</source>
        <translation>Cet appel est encore en cours de chargement. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>attune::InstanceServer</name>
    <message>
        <source>request longer than %1 bytes</source>
        <translation>requête de plus de %1 octets</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>pas encore prêt</translation>
    </message>
    <message>
        <source>Attune is not running.</source>
        <translation>Attune n&apos;est pas lancé.</translation>
    </message>
    <message>
        <source>Could not send the request: %1</source>
        <translation>Impossible d&apos;envoyer la requête&#x202f;: %1</translation>
    </message>
    <message>
        <source>Attune did not answer: %1</source>
        <translation>Attune n&apos;a pas répondu&#x202f;: %1</translation>
    </message>
    <message>
        <source>Cannot take the instance lock %1: its folder cannot be written. Make %2 writable for your user (or ask IT to), then start Attune again.</source>
        <translation>Impossible de prendre le verrou d’instance %1 : son dossier n’est pas accessible en écriture. Rendez %2 accessible en écriture à votre utilisateur (ou demandez-le à l’informatique), puis relancez Attune.</translation>
    </message>
    <message>
        <source>field &quot;requestId&quot; must be a string of 1 to %1 characters</source>
        <translation>le champ &quot;requestId&quot; doit être une chaîne de 1 à %1 caractères</translation>
    </message>
    <message>
        <source>Attune showed this but could not save it to its database; see the log file.</source>
        <translation>Attune l’a affiché mais n’a pas pu l’enregistrer dans sa base de données&#x202f;; consultez le fichier journal.</translation>
    </message>
    <message>
        <source>Attune did not confirm the request within %1 seconds (%2); it may still be applied, once.</source>
        <translation>Attune n’a pas confirmé la demande dans les %1 secondes (%2)&#x202f;; elle peut encore être appliquée, une seule fois.</translation>
    </message>
    <message>
        <source>Attune&apos;s answer is longer than %1 bytes</source>
        <translation>La réponse d’Attune dépasse %1 octets</translation>
    </message>
    <message>
        <source>%1.so cannot be loaded: %2</source>
        <translation>Impossible de charger %1.so : %2</translation>
    </message>
    <message>
        <source>%1.so belongs to another version of Attune (this is %2)</source>
        <translation>%1.so appartient à une autre version d’Attune (celle-ci est la %2)</translation>
    </message>
    <message>
        <source>Attune quit before this was saved; it may still be saved, once. Check before sending it again.</source>
        <translation>Attune s’est arrêté avant d’enregistrer ceci ; cela peut encore être enregistré, une seule fois. Vérifiez avant de le renvoyer.</translation>
    </message>
    <message>
        <source>field &quot;requestId&quot; was already used for another command; send a new request with a new id</source>
        <translation>le champ &quot;requestId&quot; a déjà servi pour une autre commande ; envoyez une nouvelle requête avec un nouvel id</translation>
    </message>
</context>
<context>
    <name>attune::KudosStrip</name>
    <message>
        <source>Kudos from your supervisor</source>
        <translation>Félicitations de votre superviseur</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Merci</translation>
    </message>
    <message>
        <source>Dismiss the kudos</source>
        <translation>Fermer les félicitations</translation>
    </message>
</context>
<context>
    <name>attune::LiveIntegrations</name>
    <message>
        <source>The softphone connector and the WebSocket API cannot work: %1</source>
        <translation>La connexion au softphone et l’API WebSocket ne peuvent pas fonctionner : %1</translation>
    </message>
</context>
<context>
    <name>attune::MyPhrasesDialog</name>
    <message>
        <source>My phrases</source>
        <translation>Mes phrases</translation>
    </message>
    <message>
        <source>Phrases you wrote yourself. They are offered alongside the library and stay on this computer.</source>
        <translation>Les phrases que vous avez écrites vous-même. Elles sont proposées en plus de la bibliothèque et restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Your own phrases</source>
        <translation>Vos propres phrases</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add a phrase of your own</source>
        <translation>Ajouter une phrase personnelle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected phrase</source>
        <translation>Supprimer la phrase sélectionnée</translation>
    </message>
    <message>
        <source>Close my phrases</source>
        <translation>Fermer mes phrases</translation>
    </message>
    <message>
        <source>The phrase was not saved: %1</source>
        <translation>La phrase n&apos;a pas été enregistrée&#x202f;: %1</translation>
    </message>
    <message>
        <source>The phrase was not removed: %1</source>
        <translation>La phrase n&apos;a pas été supprimée&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>attune::PersonalPhraseDialog</name>
    <message>
        <source>calm</source>
        <translation>calme</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Finding out</source>
        <translation>Découverte</translation>
    </message>
    <message>
        <source>Solving</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Add my own phrase</source>
        <translation>Ajouter ma propre phrase</translation>
    </message>
    <message>
        <source>Phrase text</source>
        <translation>Texte de la phrase</translation>
    </message>
    <message>
        <source>I can see why that would worry you, {customer.preferred_name}.</source>
        <translation>Je comprends que ça vous inquiète, {customer.preferred_name}.</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>&amp;Formulation</translation>
    </message>
    <message>
        <source>Placeholders: {customer.preferred_name}, {last_contact.topic}, {agent.name}. A phrase whose placeholder has no value for a caller is not offered to you.</source>
        <translation>Champs variables&#x202f;: {customer.preferred_name}, {last_contact.topic}, {agent.name}. Une phrase dont un champ variable n&apos;a pas de valeur pour l&apos;appelant ne vous est pas proposée.</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>&amp;Technique</source>
        <translation>&amp;Technique</translation>
    </message>
    <message>
        <source>Fits when the customer is %1</source>
        <translation>Convient quand le client est %1</translation>
    </message>
    <message>
        <source>When the customer is</source>
        <translation>Quand le client est</translation>
    </message>
    <message>
        <source>Fits the call part %1</source>
        <translation>Convient à l&apos;étape %1 de l&apos;appel</translation>
    </message>
    <message>
        <source>Part of the call</source>
        <translation>Étape de l&apos;appel</translation>
    </message>
    <message>
        <source>Problem with the phrase</source>
        <translation>Problème avec la phrase</translation>
    </message>
    <message>
        <source>Save phrase</source>
        <translation>Enregistrer la phrase</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>attune::PhraseService</name>
    <message>
        <source>your own phrases need the local database, which could not be opened</source>
        <translation>vos propres phrases ont besoin de la base de données locale, qui n’a pas pu être ouverte</translation>
    </message>
</context>
<context>
    <name>attune::PracticeHistoryList</name>
    <message>
        <source>Practice</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Practice runs</source>
        <translation>Entraînements effectués</translation>
    </message>
    <message>
        <source>Your practice runs, kept apart from real calls. Only what the replies showed is kept, never the replies themselves.</source>
        <translation>Vos entraînements, à part des vrais appels. Seul ce que les réponses ont montré est conservé, jamais les réponses elles-mêmes.</translation>
    </message>
    <message>
        <source>About practice runs</source>
        <translation>À propos des entraînements</translation>
    </message>
    <message>
        <source>No practice runs yet. Practise from the sidebar between calls.</source>
        <translation>Aucun entraînement pour l’instant. Entraînez-vous depuis la barre latérale entre deux appels.</translation>
    </message>
    <message>
        <source>No practice runs</source>
        <translation>Aucun entraînement</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Comment cela s’est terminé</translation>
    </message>
    <message>
        <source>What the replies showed</source>
        <translation>Ce que les réponses ont montré</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>nothing recognised</source>
        <translation>rien de reconnu</translation>
    </message>
</context>
<context>
    <name>attune::PracticePanel</name>
    <message>
        <source>Blame instead of an apology</source>
        <translation>Un reproche au lieu d’excuses</translation>
    </message>
    <message>
        <source>Words the customer may not know</source>
        <translation>Des mots que le client ne connaît peut-être pas</translation>
    </message>
    <message>
        <source>An assumption instead of a question</source>
        <translation>Une supposition au lieu d’une question</translation>
    </message>
    <message>
        <source>The customer&apos;s feeling went unacknowledged</source>
        <translation>Le ressenti du client n’a pas été reconnu</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Practice message</source>
        <translation>Message d’entraînement</translation>
    </message>
    <message>
        <source>Between calls, practise a hard conversation: Attune plays the customer and you type your replies.</source>
        <translation>Entre deux appels, entraînez-vous à une conversation difficile&#x202f;: Attune joue le client et vous tapez vos réponses.</translation>
    </message>
    <message>
        <source>About practice</source>
        <translation>À propos de l’entraînement</translation>
    </message>
    <message>
        <source>Practise…</source>
        <translation>S’entraîner…</translation>
    </message>
    <message>
        <source>Practise a conversation</source>
        <translation>S’entraîner à une conversation</translation>
    </message>
    <message>
        <source>Practise a conversation (%1)</source>
        <translation>S’entraîner à une conversation (%1)</translation>
    </message>
    <message>
        <source>Practice scenarios</source>
        <translation>Scénarios d’entraînement</translation>
    </message>
    <message>
        <source>Scenario summary</source>
        <translation>Résumé du scénario</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Start the practice</source>
        <translation>Commencer l’entraînement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel practice</source>
        <translation>Annuler l’entraînement</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Practice conversation</source>
        <translation>Conversation d’entraînement</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>Your reply (Enter sends, Shift+Enter for a new line)</source>
        <translation>Votre réponse (Entrée envoie, Maj+Entrée pour une nouvelle ligne)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop practising</source>
        <translation>Arrêter l’entraînement</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Comment cela s’est terminé</translation>
    </message>
    <message>
        <source>Practice feedback</source>
        <translation>Retour sur l’entraînement</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the practice feedback</source>
        <translation>Fermer le retour sur l’entraînement</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Used the customer&apos;s name</source>
        <translation>A utilisé le nom du client</translation>
    </message>
    <message>
        <source>Acknowledged the feeling</source>
        <translation>A reconnu le ressenti</translation>
    </message>
    <message>
        <source>Asked an open question</source>
        <translation>A posé une question ouverte</translation>
    </message>
    <message>
        <source>Assumed instead of asking</source>
        <translation>A supposé au lieu de demander</translation>
    </message>
    <message>
        <source>Apologised</source>
        <translation>S’est excusé</translation>
    </message>
    <message>
        <source>Took ownership</source>
        <translation>A pris les choses en main</translation>
    </message>
    <message>
        <source>Said what happens next</source>
        <translation>A dit ce qui va se passer</translation>
    </message>
    <message>
        <source>Blamed someone or something</source>
        <translation>A rejeté la faute sur quelqu’un ou quelque chose</translation>
    </message>
    <message>
        <source>Used jargon</source>
        <translation>A employé du jargon</translation>
    </message>
    <message>
        <source>The customer left feeling better.</source>
        <translation>Le client est reparti en se sentant mieux.</translation>
    </message>
    <message>
        <source>The customer left feeling much the same.</source>
        <translation>Le client est reparti à peu près dans le même état.</translation>
    </message>
    <message>
        <source>The customer left feeling worse.</source>
        <translation>Le client est reparti en se sentant plus mal.</translation>
    </message>
    <message>
        <source>The conversation reached its 12-turn limit.</source>
        <translation>La conversation a atteint sa limite de 12 tours.</translation>
    </message>
    <message>
        <source>You stopped before the end.</source>
        <translation>Vous vous êtes arrêté avant la fin.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>What your replies showed</source>
        <translation>Ce que vos réponses ont montré</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>pas montré</translation>
    </message>
    <message>
        <source>Moments to try differently</source>
        <translation>Moments à aborder autrement</translation>
    </message>
    <message>
        <source>The customer: “%1”</source>
        <translation>Le client&#x202f;: «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>You: “%1”</source>
        <translation>Vous&#x202f;: «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Heard: %1</source>
        <translation>Entendu&#x202f;: %1</translation>
    </message>
    <message>
        <source>Could sound like:</source>
        <translation>Pourrait sonner ainsi&#x202f;:</translation>
    </message>
    <message numerus="yes">
        <source>in %n reply(s)</source>
        <translation>
            <numerusform>dans %n réponse</numerusform>
            <numerusform>dans %n réponses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::PracticeService</name>
    <message>
        <source>Practice waits while a call is live.</source>
        <translation>L’entraînement attend tant qu’un appel est en cours.</translation>
    </message>
    <message>
        <source>No practice scenarios could be loaded.</source>
        <translation>Aucun scénario d’entraînement n’a pu être chargé.</translation>
    </message>
    <message>
        <source>There is no practice scenario &quot;%1&quot;. Known: %2.</source>
        <translation>Il n’existe pas de scénario d’entraînement «&#x202f;%1&#x202f;». Disponibles&#x202f;: %2.</translation>
    </message>
    <message>
        <source>Choose a scenario first.</source>
        <translation>Choisissez d’abord un scénario.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is being practised; stop it first to start another.</source>
        <translation>«&#x202f;%1&#x202f;» est en cours d’entraînement&#x202f;; arrêtez-le d’abord pour en commencer un autre.</translation>
    </message>
</context>
<context>
    <name>attune::ProfilePanel</name>
    <message>
        <source>Customer profile</source>
        <translation>Profil client</translation>
    </message>
    <message>
        <source>The caller&apos;s profile appears here when a call rings.</source>
        <translation>Le profil de l&apos;appelant s&apos;affiche ici quand un appel sonne.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Full name for the new profile</source>
        <translation>Nom complet pour le nouveau profil</translation>
    </message>
    <message>
        <source>Call them…</source>
        <translation>Comment l&apos;appeler…</translation>
    </message>
    <message>
        <source>How the new customer likes to be addressed</source>
        <translation>Comment le nouveau client souhaite qu&apos;on s&apos;adresse à lui</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Créer le profil</translation>
    </message>
    <message>
        <source>Create a profile for this caller</source>
        <translation>Créer un profil pour cet appelant</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <source>Note about this customer</source>
        <translation>Note sur ce client</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>recently bereaved</source>
        <translation>deuil récent</translation>
    </message>
    <message>
        <source>vulnerable customer</source>
        <translation>client vulnérable</translation>
    </message>
    <message>
        <source>complaint open</source>
        <translation>réclamation en cours</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>customer since %1</source>
        <translation>client depuis le %1</translation>
    </message>
    <message>
        <source>The phone system says: %1</source>
        <translation>Le système téléphonique indique&#x202f;: %1</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>En cours&#x202f;: %1</translation>
    </message>
    <message>
        <source>Next time: %1</source>
        <translation>La prochaine fois&#x202f;: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#x202f;: %1</translation>
    </message>
    <message>
        <source>No earlier contacts on file.</source>
        <translation>Aucun contact précédent enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers share this number</source>
        <translation>
            <numerusform>%n client partage ce numéro</numerusform>
            <numerusform>%n clients partagent ce numéro</numerusform>
        </translation>
    </message>
    <message>
        <source>This is %1</source>
        <translation>C&apos;est %1</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Appelant inconnu</translation>
    </message>
    <message>
        <source>Unknown caller: %1</source>
        <translation>Appelant inconnu&#x202f;: %1</translation>
    </message>
    <message>
        <source>No number was sent</source>
        <translation>Aucun numéro transmis</translation>
    </message>
    <message>
        <source>%1 (from the contact center): %2</source>
        <translation>%1 (transmis par le centre de contact)&#x202f;: %2</translation>
    </message>
    <message>
        <source>Be aware: %1</source>
        <translation>Attention&#x202f;: %1</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>La note n&apos;a pas été enregistrée&#x202f;: %1</translation>
    </message>
    <message>
        <source>No profile was created: %1</source>
        <translation>Aucun profil n&apos;a été créé&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>attune::ProfileService</name>
    <message>
        <source>a profile needs the customer&apos;s name</source>
        <translation>un profil doit comporter le nom du client</translation>
    </message>
    <message>
        <source>notes belong to a known customer; create or choose the profile first</source>
        <translation>les notes se rattachent à un client connu&#x202f;; créez ou choisissez d&apos;abord le profil</translation>
    </message>
    <message>
        <source>the database refused it (%1)</source>
        <translation>la base de données l’a refusé (%1)</translation>
    </message>
</context>
<context>
    <name>attune::SettingsDialog</name>
    <message>
        <source>Attune settings</source>
        <translation>Paramètres d&apos;Attune</translation>
    </message>
    <message>
        <source>Dock to screen edge</source>
        <translation>Ancrer au bord de l&apos;écran</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Keep Attune above other windows</source>
        <translation>Garder Attune au-dessus des autres fenêtres</translation>
    </message>
    <message>
        <source>Bring Attune to the front when a call rings (it never takes the keyboard)</source>
        <translation>Mettre Attune au premier plan quand un appel sonne (sans jamais prendre le focus clavier)</translation>
    </message>
    <message>
        <source>Compact view</source>
        <translation>Vue compacte</translation>
    </message>
    <message>
        <source>Reduce motion (no pulsing or animation)</source>
        <translation>Réduire les mouvements (ni pulsation ni animation)</translation>
    </message>
    <message>
        <source>Show an icon in the system tray</source>
        <translation>Afficher une icône dans la zone de notification</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Language (after restart)</source>
        <translation>Langue (après redémarrage)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source> updates per call</source>
        <translation> mises à jour par appel</translation>
    </message>
    <message>
        <source>Suggestion updates per call</source>
        <translation>Mises à jour des suggestions par appel</translation>
    </message>
    <message>
        <source>Never suggest these techniques</source>
        <translation>Ne jamais suggérer ces techniques</translation>
    </message>
    <message>
        <source>Built-in library</source>
        <translation>Bibliothèque intégrée</translation>
    </message>
    <message>
        <source>Phrase library file</source>
        <translation>Fichier de bibliothèque de phrases</translation>
    </message>
    <message>
        <source>Breathing pattern</source>
        <translation>Rythme respiratoire</translation>
    </message>
    <message>
        <source>Breathing exercise length</source>
        <translation>Durée de l&apos;exercice de respiration</translation>
    </message>
    <message>
        <source>Calm: in 4, out 6; Square: in 3, hold 3, out 3, hold 3</source>
        <translation>Calme: in 4, out 6; Carré: in 3, hold 3, out 3, hold 3</translation>
    </message>
    <message>
        <source>My breathing patterns</source>
        <translation>Mes rythmes respiratoires</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Patterns from IT</source>
        <translation>Rythmes du service informatique</translation>
    </message>
    <message>
        <source>From the system language</source>
        <translation>Selon la langue du système</translation>
    </message>
    <message>
        <source>Country of national phone numbers</source>
        <translation>Pays des numéros de téléphone nationaux</translation>
    </message>
    <message>
        <source>Not set. IT sets it with attune hash-pin.</source>
        <translation>Non défini. Le service informatique le définit avec attune hash-pin.</translation>
    </message>
    <message>
        <source>Set by your IT department</source>
        <translation>Défini par votre service informatique</translation>
    </message>
    <message>
        <source>Supervisor PIN</source>
        <translation>PIN superviseur</translation>
    </message>
    <message>
        <source>Built-in questions</source>
        <translation>Questions intégrées</translation>
    </message>
    <message>
        <source>Self-assessment questions file</source>
        <translation>Fichier de questions d&apos;autoévaluation</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Indéfiniment</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Keep call history for</source>
        <translation>Conserver l&apos;historique des appels pendant</translation>
    </message>
    <message>
        <source>Allow private notes in the self-assessment</source>
        <translation>Autoriser les notes privées dans l&apos;autoévaluation</translation>
    </message>
    <message>
        <source>Allow exporting my self-assessments</source>
        <translation>Autoriser l&apos;export de mes autoévaluations</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 (set by your IT department)</source>
        <translation>%1 (défini par votre service informatique)</translation>
    </message>
    <message>
        <source>🔒 Set by your IT department</source>
        <translation>🔒 Défini par votre service informatique</translation>
    </message>
    <message>
        <source>%1 is set by your IT department</source>
        <translation>%1 est défini par votre service informatique</translation>
    </message>
    <message>
        <source>Your IT department manages this setting.</source>
        <translation>Ce paramètre est géré par votre service informatique.</translation>
    </message>
    <message>
        <source>Set by your IT department (%1 in %2); it cannot be changed here.</source>
        <translation>Défini par votre service informatique (%1 dans %2)&#x202f;; ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <source>Some settings were not saved</source>
        <translation>Certains paramètres n&apos;ont pas été enregistrés</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Take calls from the baresip softphone</source>
        <translation>Recevoir les appels du softphone baresip</translation>
    </message>
    <message>
        <source>baresip control address</source>
        <translation>Adresse de contrôle de baresip</translation>
    </message>
    <message>
        <source>baresip control port (ctrl_tcp)</source>
        <translation>Port de contrôle de baresip (ctrl_tcp)</translation>
    </message>
    <message>
        <source>Accept calls and transcripts from contact-center software on this computer (WebSocket API)</source>
        <translation>Accepter les appels et les transcriptions des logiciels du centre de contact sur cet ordinateur (API WebSocket)</translation>
    </message>
    <message>
        <source>WebSocket API port</source>
        <translation>Port de l&apos;API WebSocket</translation>
    </message>
    <message>
        <source>Generated on first use in %1 (readable only by you).</source>
        <translation>Généré à la première utilisation dans %1 (lisible par vous seul).</translation>
    </message>
    <message>
        <source>WebSocket API token</source>
        <translation>Jeton de l&apos;API WebSocket</translation>
    </message>
    <message>
        <source>None: programs only, no web pages</source>
        <translation>Aucune&#x202f;: programmes uniquement, aucune page web</translation>
    </message>
    <message>
        <source>Web pages allowed to connect (origins)</source>
        <translation>Pages web autorisées à se connecter (origines)</translation>
    </message>
    <message>
        <source>Setting groups</source>
        <translation>Groupes de réglages</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiration</translation>
    </message>
    <message>
        <source>Calls and privacy</source>
        <translation>Appels et confidentialité</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>Team server (PostgreSQL)</source>
        <translation>Serveur d’équipe (PostgreSQL)</translation>
    </message>
    <message>
        <source>Team server port</source>
        <translation>Port du serveur d’équipe</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Base de données de l’équipe</translation>
    </message>
    <message>
        <source>My team server user</source>
        <translation>Mon utilisateur sur le serveur d’équipe</translation>
    </message>
    <message>
        <source>Password file (only I can read it)</source>
        <translation>Fichier du mot de passe (lisible par moi seul)</translation>
    </message>
    <message>
        <source>Team server certificate authority (CA file)</source>
        <translation>Autorité de certification du serveur d’équipe (fichier CA)</translation>
    </message>
    <message>
        <source>My client certificate</source>
        <translation>Mon certificat client</translation>
    </message>
    <message>
        <source>My client certificate key</source>
        <translation>Clé de mon certificat client</translation>
    </message>
    <message>
        <source>Transcribe what the customer says in baresip calls, on this computer (English only; no audio is kept)</source>
        <translation>Transcrire ce que dit le client dans les appels baresip, sur cet ordinateur (anglais uniquement ; aucun audio conservé)</translation>
    </message>
    <message>
        <source>Built-in practice calls</source>
        <translation>Appels d’entraînement fournis</translation>
    </message>
    <message>
        <source>Practice calls folder</source>
        <translation>Dossier des appels d’entraînement</translation>
    </message>
    <message>
        <source>With a team server, your answered calls and self-assessments are copied to it for your supervisor, and their notes and kudos come back; private notes never leave this computer. Changes here apply when Attune starts again.</source>
        <translation>Avec un serveur d&apos;équipe, vos appels pris et vos auto-évaluations y sont copiés pour votre superviseur, et ses notes et félicitations reviennent ; les notes privées ne quittent jamais cet ordinateur. Les changements faits ici s&apos;appliquent au prochain démarrage d&apos;Attune.</translation>
    </message>
    <message>
        <source>Your stress ratings are shared with the team server and shown to your supervisor: your IT department decided so.</source>
        <translation>Vos niveaux de stress sont partagés avec le serveur d&apos;équipe et montrés à votre superviseur : votre service informatique l&apos;a décidé.</translation>
    </message>
    <message>
        <source>Your stress ratings stay on this computer and are not shown to supervisors; only your IT department can decide to share them.</source>
        <translation>Vos niveaux de stress restent sur cet ordinateur et ne sont pas montrés aux superviseurs ; seul votre service informatique peut décider de les partager.</translation>
    </message>
    <message>
        <source>Stress ratings</source>
        <translation>Niveaux de stress</translation>
    </message>
    <message>
        <source>No team server: your calls and self-assessments stay on this computer. Only your IT department can set one up.</source>
        <translation>Pas de serveur d’équipe : vos appels et vos auto-évaluations restent sur cet ordinateur. Seul votre service informatique peut en configurer un.</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Serveur d’équipe</translation>
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
        <translation>Barre latérale Attune</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Toujours au premier plan</translation>
    </message>
    <message>
        <source>Compact view</source>
        <translation>Vue compacte</translation>
    </message>
    <message>
        <source>Ready for next call</source>
        <translation>Disponible pour l&apos;appel suivant</translation>
    </message>
    <message>
        <source>Quit Attune</source>
        <translation>Quitter Attune</translation>
    </message>
    <message>
        <source>Demo mode: a scripted call on a separate demo database.</source>
        <translation>Mode démo&#x202f;: un appel scénarisé, sur une base de données de démonstration séparée.</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Mode démo</translation>
    </message>
    <message>
        <source>Call assistance</source>
        <translation>Aide pendant l&apos;appel</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>Profil client</translation>
    </message>
    <message>
        <source>Suggested phrasings</source>
        <translation>Formulations suggérées</translation>
    </message>
    <message>
        <source>Take a breath</source>
        <translation>Souffler un instant</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiration</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Historique des appels</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Ce qui a été dit</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Attune (demo)</source>
        <translation>Attune (démo)</translation>
    </message>
    <message>
        <source>Copy suggestion %1</source>
        <translation>Copier la suggestion %1</translation>
    </message>
    <message>
        <source>Self-assess an earlier call</source>
        <translation>Autoévaluer un appel précédent</translation>
    </message>
    <message>
        <source>Start a breathing exercise</source>
        <translation>Commencer un exercice de respiration</translation>
    </message>
    <message>
        <source>The breathing exercise is not ready yet.</source>
        <translation>L&apos;exercice de respiration n&apos;est pas encore prêt.</translation>
    </message>
    <message>
        <source>Your own phrases need the local database, which could not be opened.</source>
        <translation>Vos propres phrases ont besoin de la base de données locale, qui n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>The phrase was not saved: %1</source>
        <translation>La phrase n&apos;a pas été enregistrée&#x202f;: %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Show Attune</source>
        <translation>Afficher Attune</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>The customer profile is not available: Attune could not open its database.</source>
        <translation>Le profil client n’est pas disponible&#x202f;: Attune n’a pas pu ouvrir sa base de données.</translation>
    </message>
    <message>
        <source>Suggested phrasings are not available: Attune could not load its phrase library.</source>
        <translation>Les formulations suggérées ne sont pas disponibles&#x202f;: Attune n’a pas pu charger sa bibliothèque de phrases.</translation>
    </message>
    <message>
        <source>The breathing exercise is not available.</source>
        <translation>L’exercice de respiration n’est pas disponible.</translation>
    </message>
    <message>
        <source>The softphone connector and the WebSocket API cannot work: Attune could not load its network module. Reinstall Attune, or ask IT.</source>
        <translation>La connexion au softphone et l’API WebSocket ne peuvent pas fonctionner : Attune n’a pas pu charger son module réseau. Réinstallez Attune ou adressez-vous au service informatique.</translation>
    </message>
</context>
<context>
    <name>attune::SuggestionPanel</name>
    <message>
        <source>Suggested phrasings</source>
        <translation>Formulations suggérées</translation>
    </message>
    <message>
        <source>What the customer&apos;s words suggest</source>
        <translation>Ce que suggèrent les mots du client</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>No more suggestions during this call</source>
        <translation>Plus de suggestions pendant cet appel</translation>
    </message>
    <message>
        <source>Snooze suggestions for this call</source>
        <translation>Suspendre les suggestions pour cet appel</translation>
    </message>
    <message>
        <source>Suggestions appear here while the customer speaks.</source>
        <translation>Les suggestions s&apos;affichent ici pendant que le client parle.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy suggestion %1 (Ctrl+%1)</source>
        <translation>Copier la suggestion %1 (Ctrl+%1)</translation>
    </message>
    <message>
        <source>Star suggestion %1</source>
        <translation>Ajouter la suggestion %1 aux favoris</translation>
    </message>
    <message>
        <source>Dismiss suggestion %1</source>
        <translation>Écarter la suggestion %1</translation>
    </message>
    <message>
        <source>More like suggestion %1</source>
        <translation>D&apos;autres comme la suggestion %1</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>The customer sounds calm.</source>
        <translation>Le client semble calme.</translation>
    </message>
    <message>
        <source>The customer sounds %1.</source>
        <translation>Le client semble %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi&#x202f;: %1</translation>
    </message>
    <message>
        <source>Snoozed for this call.</source>
        <translation>Suggestions suspendues pour cet appel.</translation>
    </message>
    <message>
        <source>That&apos;s enough prompts for one call; they return with the next call.</source>
        <translation>Assez de suggestions pour cet appel&#x202f;; elles reviendront au prochain.</translation>
    </message>
    <message>
        <source>No other phrasing fits</source>
        <translation>Aucune autre formulation ne convient</translation>
    </message>
    <message>
        <source>Stop suggesting &quot;%1&quot;</source>
        <translation>Ne plus suggérer «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Add my own phrase…</source>
        <translation>Ajouter ma propre phrase…</translation>
    </message>
    <message>
        <source>My phrases…</source>
        <translation>Mes phrases…</translation>
    </message>
</context>
<context>
    <name>attune::SupervisorPinDialog</name>
    <message>
        <source>Supervisor sign-in</source>
        <translation>Connexion superviseur</translation>
    </message>
    <message>
        <source>Supervisor PIN</source>
        <translation>PIN superviseur</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Ce PIN est incorrect.</translation>
    </message>
    <message>
        <source>That PIN is not right. %1</source>
        <translation>Ce PIN est incorrect. %1</translation>
    </message>
    <message>
        <source>Supervisor PIN or passphrase</source>
        <translation>PIN ou phrase secrète du superviseur</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Vérification du code PIN…</translation>
    </message>
    <message>
        <source>Another PIN is being checked; try again when it is answered.</source>
        <translation>Un autre code PIN est en cours de vérification&#x202f;; réessayez quand il aura reçu sa réponse.</translation>
    </message>
    <message>
        <source>The sign-in was interrupted (a call rang or the history was put away); nothing was opened. Sign in again.</source>
        <translation>La connexion a été interrompue (un appel a sonné ou l’historique a été fermé)&#x202f;; rien n’a été ouvert. Reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>attune::TeamCoachingPanel</name>
    <message>
        <source>Coaching notes and kudos on this call</source>
        <translation>Notes d’accompagnement et félicitations sur cet appel</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Saving status</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Something you wrote on this call is not saved yet; it is kept.</source>
        <translation>Quelque chose que vous avez écrit sur cet appel n’est pas encore enregistré ; c’est conservé.</translation>
    </message>
    <message>
        <source>No coaching notes or kudos on this call yet.</source>
        <translation>Pas encore de note d’accompagnement ni de félicitations sur cet appel.</translation>
    </message>
    <message>
        <source>Saved. %1 sees it after their Attune&apos;s next sync.</source>
        <translation>Enregistré. %1 le verra après la prochaine synchronisation de son Attune.</translation>
    </message>
    <message>
        <source>This was already saved; nothing was added.</source>
        <translation>C’était déjà enregistré ; rien n’a été ajouté.</translation>
    </message>
</context>
<context>
    <name>attune::TeamHistoryLoader</name>
    <message>
        <source>The team password file %1 does not exist.</source>
        <translation>Le fichier de mot de passe d’équipe %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The team password file %1 can be read by others; Attune uses it only when it belongs to you and no one else can read it (chmod 600).</source>
        <translation>Le fichier de mot de passe d’équipe %1 est lisible par d’autres ; Attune ne l’utilise que s’il vous appartient et que personne d’autre ne peut le lire (chmod 600).</translation>
    </message>
    <message>
        <source>The team password file %1 cannot be read.</source>
        <translation>Le fichier de mot de passe d’équipe %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Wrong name or password for %1 on the team server.</source>
        <translation>Nom ou mot de passe incorrect pour %1 sur le serveur d’équipe.</translation>
    </message>
    <message>
        <source>The team server %1:%2 does not answer.</source>
        <translation>Le serveur d’équipe %1:%2 ne répond pas.</translation>
    </message>
    <message>
        <source>The team server&apos;s certificate could not be verified (%1).</source>
        <translation>Le certificat du serveur d’équipe n’a pas pu être vérifié (%1).</translation>
    </message>
    <message>
        <source>The team server refused the sign-in: %1</source>
        <translation>Le serveur d’équipe a refusé la connexion : %1</translation>
    </message>
    <message>
        <source>Team server unreachable — retrying…</source>
        <translation>Serveur d’équipe injoignable — nouvelle tentative…</translation>
    </message>
    <message>
        <source>The team key file %1 can be read by others; Attune uses it only when it belongs to you and no one else can read it (chmod 600).</source>
        <translation>Le fichier de clé d’équipe %1 est lisible par d’autres ; Attune ne l’utilise que s’il vous appartient et que personne d’autre ne peut le lire (chmod 600).</translation>
    </message>
    <message>
        <source>The team key file %1 is not an ordinary file Attune can read.</source>
        <translation>Le fichier de clé d’équipe %1 n’est pas un fichier ordinaire qu’Attune peut lire.</translation>
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
        <translation>Historique de l’équipe</translation>
    </message>
    <message>
        <source>Team calls, trends and comparison</source>
        <translation>Appels, tendances et comparaison de l’équipe</translation>
    </message>
    <message>
        <source>Team calls</source>
        <translation>Appels de l’équipe</translation>
    </message>
    <message>
        <source>The team server did not answer: %1</source>
        <translation>Le serveur d’équipe n’a pas répondu : %1</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Compare agents</source>
        <translation>Comparer les agents</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Signing in to the team server as %1…</source>
        <translation>Connexion au serveur d’équipe en tant que %1…</translation>
    </message>
    <message>
        <source>All my teams</source>
        <translation>Toutes mes équipes</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Tous les agents</translation>
    </message>
    <message>
        <source>Signed in to the team server as %1 (agents in your teams: %2). Private notes and (unless IT shares them) stress ratings stay on each agent&apos;s computer.</source>
        <translation>Connecté au serveur d’équipe en tant que %1 (agents de vos équipes : %2). Les notes privées et (sauf partage décidé par l’informatique) les niveaux de stress restent sur l’ordinateur de chaque agent.</translation>
    </message>
    <message>
        <source>Sign out of the team server</source>
        <translation>Se déconnecter du serveur d’équipe</translation>
    </message>
    <message>
        <source>No team server is set up on this computer (team/server).</source>
        <translation>Aucun serveur d’équipe n’est configuré sur cet ordinateur (team/server).</translation>
    </message>
    <message>
        <source>Sign in with your own supervisor account on the team server %1 to read your team&apos;s calls.</source>
        <translation>Connectez-vous avec votre propre compte de superviseur au serveur d’équipe %1 pour lire les appels de votre équipe.</translation>
    </message>
    <message>
        <source>Sign in to the team server…</source>
        <translation>Se connecter au serveur d’équipe…</translation>
    </message>
    <message>
        <source>Sign in to the team server</source>
        <translation>Se connecter au serveur d’équipe</translation>
    </message>
    <message>
        <source>My calls</source>
        <translation>Mes appels</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Mon équipe</translation>
    </message>
    <message>
        <source>The team server answers again.</source>
        <translation>Le serveur d’équipe répond de nouveau.</translation>
    </message>
</context>
<context>
    <name>attune::TeamService</name>
    <message>
        <source>The team sync could not start: this computer&apos;s database refused to switch the outbox on.</source>
        <translation>La synchronisation d&apos;équipe n&apos;a pas pu démarrer : la base de données de cet ordinateur a refusé d&apos;activer la boîte d&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>attune::TeamSignInDialog</name>
    <message>
        <source>Sign in to the team server</source>
        <translation>Se connecter au serveur d’équipe</translation>
    </message>
    <message>
        <source>Your own supervisor account on %1. The password is used for this session only and never saved.</source>
        <translation>Votre propre compte de superviseur sur %1. Le mot de passe ne sert que pour cette session et n’est jamais enregistré.</translation>
    </message>
    <message>
        <source>Name on the team server</source>
        <translation>Nom sur le serveur d’équipe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>attune::TeamSync</name>
    <message>
        <source>Wrong password for agent %1 on the team server.</source>
        <translation>Mot de passe incorrect pour l’agent %1 sur le serveur d’équipe.</translation>
    </message>
    <message>
        <source>The team server %1 could not prove who it is (its TLS certificate was refused). Records wait on this computer.</source>
        <translation>Le serveur d’équipe %1 n’a pas pu prouver son identité (son certificat TLS a été refusé). Les enregistrements attendent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The team server does not let %1 deliver records (IT adds agents to a team). Records wait on this computer.</source>
        <translation>Le serveur d’équipe ne permet pas à %1 de livrer des enregistrements (l’informatique ajoute les agents à une équipe). Les enregistrements attendent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The team server has no database %1.</source>
        <translation>Le serveur d’équipe n’a pas de base de données %1.</translation>
    </message>
    <message>
        <source>The team server %1 cannot be reached. Records wait on this computer and are sent when it is back.</source>
        <translation>Le serveur d’équipe %1 est injoignable. Les enregistrements attendent sur cet ordinateur et partent à son retour.</translation>
    </message>
    <message>
        <source>The team password file %1 does not exist.</source>
        <translation>Le fichier de mot de passe d’équipe %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The team password file %1 can be read by others; Attune uses it only when it belongs to you and no one else can read it (chmod 600).</source>
        <translation>Le fichier de mot de passe d’équipe %1 est lisible par d’autres ; Attune ne l’utilise que s’il vous appartient et que personne d’autre ne peut le lire (chmod 600).</translation>
    </message>
    <message>
        <source>The team password file %1 cannot be read.</source>
        <translation>Impossible de lire le fichier de mot de passe d’équipe %1.</translation>
    </message>
    <message>
        <source>The team server refused a record; it stays on this computer (%1).</source>
        <translation>Le serveur d’équipe a refusé un enregistrement ; il reste sur cet ordinateur (%1).</translation>
    </message>
    <message>
        <source>The team server refused the certificate of agent %1 (IT issues it in the name %1). Records wait on this computer.</source>
        <translation>Le serveur d’équipe a refusé le certificat de l’agent %1 (l’informatique l’émet au nom de %1). Les enregistrements attendent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The team key file %1 does not exist.</source>
        <translation>Le fichier de clé d’équipe %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The team key file %1 can be read by others; Attune uses it only when it belongs to you and no one else can read it (chmod 600).</source>
        <translation>Le fichier de clé d’équipe %1 est lisible par d’autres ; Attune ne l’utilise que s’il vous appartient et que personne d’autre ne peut le lire (chmod 600).</translation>
    </message>
    <message>
        <source>The team key file %1 is not an ordinary file Attune can read.</source>
        <translation>Le fichier de clé d’équipe %1 n’est pas un fichier ordinaire qu’Attune peut lire.</translation>
    </message>
</context>
<context>
    <name>attune::TeamSyncIndicator</name>
    <message numerus="yes">
        <source>Team history: sending %n record(s)…</source>
        <translation>
            <numerusform>Historique d&apos;équipe : envoi de %n enregistrement…</numerusform>
            <numerusform>Historique d&apos;équipe : envoi de %n enregistrements…</numerusform>
        </translation>
    </message>
    <message>
        <source>Team history: up to date.</source>
        <translation>Historique d&apos;équipe : à jour.</translation>
    </message>
    <message>
        <source>Team history: connecting…</source>
        <translation>Historique d&apos;équipe : connexion…</translation>
    </message>
    <message numerus="yes">
        <source>Team history: offline, %n record(s) wait on this computer.</source>
        <translation>
            <numerusform>Historique d&apos;équipe : hors ligne, %n enregistrement attend sur cet ordinateur.</numerusform>
            <numerusform>Historique d&apos;équipe : hors ligne, %n enregistrements attendent sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team history: offline.</source>
        <translation>Historique d&apos;équipe : hors ligne.</translation>
    </message>
    <message>
        <source>Last sent %1.</source>
        <translation>Dernier envoi : %1.</translation>
    </message>
    <message>
        <source>Team history sync</source>
        <translation>Synchronisation de l&apos;historique d&apos;équipe</translation>
    </message>
</context>
<context>
    <name>attune::TranscriptionNotice</name>
    <message>
        <source>The customer&apos;s speech is transcribed on this computer and not stored.</source>
        <translation>La parole du client est transcrite sur cet ordinateur et n’est pas conservée.</translation>
    </message>
    <message>
        <source>Transcription notice</source>
        <translation>Avis de transcription</translation>
    </message>
</context>
<context>
    <name>attune::TrendsView</name>
    <message>
        <source>Self-assessment answers, share of &quot;yes&quot; by week</source>
        <translation>Réponses d&apos;autoévaluation, part de «&#x202f;oui&#x202f;» par semaine</translation>
    </message>
    <message>
        <source>Hot calls that calmed, by week</source>
        <translation>Appels intenses apaisés, par semaine</translation>
    </message>
    <message>
        <source>Self score and supervisor score, by week</source>
        <translation>Note conseiller et note superviseur, par semaine</translation>
    </message>
    <message>
        <source>Stress before and after breathing, by week</source>
        <translation>Stress avant et après la respiration, par semaine</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Working out the trends…</source>
        <translation>Calcul des tendances…</translation>
    </message>
    <message>
        <source>No weeks to show.</source>
        <translation>Aucune semaine à afficher.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Share of hot calls that calmed</source>
        <translation>Part des appels intenses apaisés</translation>
    </message>
    <message>
        <source>Self score</source>
        <translation>Note conseiller</translation>
    </message>
    <message>
        <source>Supervisor score</source>
        <translation>Note superviseur</translation>
    </message>
    <message>
        <source>Gap (self minus supervisor)</source>
        <translation>Écart (conseiller moins superviseur)</translation>
    </message>
    <message>
        <source>score</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Before breathing</source>
        <translation>Avant la respiration</translation>
    </message>
    <message>
        <source>After breathing</source>
        <translation>Après la respiration</translation>
    </message>
    <message>
        <source>stress (1–5)</source>
        <translation>stress (1–5)</translation>
    </message>
    <message>
        <source>Week of %1: self score %2, supervisor score %3.</source>
        <translation>Semaine du %1&#x202f;: note conseiller %2, note superviseur %3.</translation>
    </message>
    <message>
        <source>Week of %1: stress %2 before breathing, %3 after.</source>
        <translation>Semaine du %1&#x202f;: stress %2 avant la respiration, %3 après.</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1&#x202f;: %2 %</translation>
    </message>
    <message>
        <source>Week of %1: %2.</source>
        <translation>Semaine du %1&#x202f;: %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#x202f;; </translation>
    </message>
    <message>
        <source>How the customer felt vs how you thought it went, by week</source>
        <translation>Ce que le client a ressenti face à ce que vous en avez pensé, par semaine</translation>
    </message>
    <message>
        <source>Customer score</source>
        <translation>Note du client</translation>
    </message>
    <message>
        <source>Gap (self minus customer)</source>
        <translation>Écart (soi moins client)</translation>
    </message>
    <message>
        <source>Week of %1: self score %2, customer score %3.</source>
        <translation>Semaine du %1&#x202f;: auto-évaluation %2, note du client %3.</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <comment>weeks, self-assessments</comment>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n self-assessment(s)</source>
        <translation>
            <numerusform>%n autoévaluation</numerusform>
            <numerusform>%n autoévaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %2 of %n hot call(s) calmed.</source>
        <translation>
            <numerusform>Semaine du %1&#x202f;: %2 appel intense apaisé sur %n.</numerusform>
            <numerusform>Semaine du %1&#x202f;: %2 appels intenses apaisés sur %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::UnixSocketServer</name>
    <message>
        <source>Cannot listen on &quot;%1&quot;: not a usable path</source>
        <translation>Impossible d&apos;écouter sur « %1 » : ce chemin n&apos;est pas utilisable</translation>
    </message>
    <message>
        <source>Cannot listen on %1: the path is too long for a local socket (%2 bytes, at most %3)</source>
        <translation>Impossible d&apos;écouter sur %1 : le chemin est trop long pour un socket local (%2 octets, %3 au plus)</translation>
    </message>
    <message>
        <source>Cannot listen on %1: something that is not a socket is in its place (it was left as it is)</source>
        <translation>Impossible d&apos;écouter sur %1 : quelque chose qui n&apos;est pas un socket se trouve à sa place (il a été laissé tel quel)</translation>
    </message>
    <message>
        <source>Cannot listen on %1: another program listens there</source>
        <translation>Impossible d&apos;écouter sur %1 : un autre programme y écoute déjà</translation>
    </message>
    <message>
        <source>Cannot listen on %1: its old socket file cannot be removed: %2</source>
        <translation>Impossible d&apos;écouter sur %1 : son ancien fichier de socket ne peut pas être supprimé : %2</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Impossible d&apos;écouter sur %1&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>attune::WebSocketApi</name>
    <message>
        <source>Host &quot;%1&quot; is not this computer&apos;s loopback address with port %2</source>
        <translation>L&apos;en-tête Host «&#x202f;%1&#x202f;» ne désigne pas l&apos;adresse de bouclage (loopback) de cet ordinateur avec le port %2</translation>
    </message>
    <message>
        <source>Origin &quot;%1&quot; is not allowed (setting api/allowedOrigins)</source>
        <translation>L&apos;origine «&#x202f;%1&#x202f;» (en-tête Origin) n&apos;est pas autorisée (paramètre api/allowedOrigins)</translation>
    </message>
    <message>
        <source>The WebSocket API has no usable token.</source>
        <translation>L&apos;API WebSocket n&apos;a pas de jeton utilisable.</translation>
    </message>
    <message>
        <source>The WebSocket API cannot listen on 127.0.0.1 port %1: %2</source>
        <translation>L&apos;API WebSocket ne peut pas écouter sur 127.0.0.1, port %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>the WebSocket API was turned off</source>
        <translation>l&apos;API WebSocket a été désactivée</translation>
    </message>
    <message>
        <source>too many connections (at most %1)</source>
        <translation>trop de connexions (%1 au maximum)</translation>
    </message>
    <message>
        <source>the upgrade request is longer than %1 bytes</source>
        <translation>la requête d&apos;upgrade dépasse %1 octets</translation>
    </message>
    <message>
        <source>not a WebSocket upgrade request</source>
        <translation>ce n&apos;est pas une requête d&apos;upgrade WebSocket</translation>
    </message>
    <message>
        <source>header %1 is repeated</source>
        <translation>l&apos;en-tête %1 est répété</translation>
    </message>
    <message>
        <source>wrong token</source>
        <translation>jeton incorrect</translation>
    </message>
    <message>
        <source>no token: send the Authorization header or an &quot;auth&quot; message first</source>
        <translation>aucun jeton&#x202f;: envoyez d&apos;abord l&apos;en-tête Authorization ou un message «&#x202f;auth&#x202f;»</translation>
    </message>
    <message>
        <source>send JSON as text messages, not binary ones</source>
        <translation>envoyez le JSON dans des messages texte, pas dans des messages binaires</translation>
    </message>
    <message>
        <source>too many messages: at most %1 a second</source>
        <translation>trop de messages&#x202f;: %1 par seconde au maximum</translation>
    </message>
    <message>
        <source>the client does not read its replies</source>
        <translation>le client ne lit pas ses réponses</translation>
    </message>
    <message>
        <source>header %1 is reserved</source>
        <translation>l’en-tête %1 est réservé</translation>
    </message>
    <message>
        <source>Attune showed this but could not save it to its database; see the log file.</source>
        <translation>Attune l’a affiché mais n’a pas pu l’enregistrer dans sa base de données&#x202f;; consultez le fichier journal.</translation>
    </message>
    <message>
        <source>this &quot;requestId&quot; is still being applied; send it again in a moment</source>
        <translation>ce &quot;requestId&quot; est encore en cours d’application ; renvoyez-le dans un instant</translation>
    </message>
    <message>
        <source>field &quot;requestId&quot; was already used for another message type; send a new one</source>
        <translation>le champ &quot;requestId&quot; a déjà servi pour un autre type de message ; envoyez-en un nouveau</translation>
    </message>
</context>
<context>
    <name>attune::WrapUpBar</name>
    <message>
        <source>Wrap-up</source>
        <translation>Post-appel</translation>
    </message>
    <message>
        <source>Ready for next call</source>
        <translation>Disponible pour l&apos;appel suivant</translation>
    </message>
    <message>
        <source>Ends wrap-up (%1)</source>
        <translation>Termine le post-appel (%1)</translation>
    </message>
    <message>
        <source>Call ended after %1. Take a moment before the next one.</source>
        <translation>Appel terminé au bout de %1. Prenez un moment avant le suivant.</translation>
    </message>
</context>
</TS>
