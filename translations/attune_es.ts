<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApiMessage</name>
    <message>
        <source>field &quot;%1&quot; must be a string</source>
        <translation>el campo «%1» debe ser una cadena de texto</translation>
    </message>
    <message>
        <source>field &quot;caller&quot; must be an object</source>
        <translation>el campo «caller» debe ser un objeto</translation>
    </message>
    <message>
        <source>unknown field &quot;caller.%1&quot;</source>
        <translation>campo desconocido «caller.%1»</translation>
    </message>
    <message>
        <source>field &quot;caller.fields&quot; must be an object of strings</source>
        <translation>el campo «caller.fields» debe ser un objeto de textos</translation>
    </message>
    <message>
        <source>field &quot;caller.fields&quot; has more than %1 entries</source>
        <translation>el campo «caller.fields» tiene más de %1 entradas</translation>
    </message>
    <message>
        <source>field &quot;caller.fields&quot; must map short names to short strings</source>
        <translation>el campo «caller.fields» debe asociar nombres cortos a textos cortos</translation>
    </message>
    <message>
        <source>message longer than %1 bytes</source>
        <translation>mensaje de más de %1 bytes</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <translation>JSON mal formado en la posición %1: %2</translation>
    </message>
    <message>
        <source>a message must be a JSON object</source>
        <translation>un mensaje debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>field &quot;id&quot; must be a number or a string of at most %1 characters</source>
        <translation>el campo «id» debe ser un número o un texto de %1 caracteres como máximo</translation>
    </message>
    <message>
        <source>unsupported protocol version (field &quot;version&quot;); expected %1</source>
        <translation>versión del protocolo no admitida (campo «version»); se esperaba %1</translation>
    </message>
    <message>
        <source>field &quot;type&quot; is missing or not a string</source>
        <translation>falta el campo «type» o no es un texto</translation>
    </message>
    <message>
        <source>unknown message type &quot;%1&quot;</source>
        <translation>tipo de mensaje desconocido «%1»</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; for &quot;%2&quot;</source>
        <translation>campo desconocido «%1» para «%2»</translation>
    </message>
    <message>
        <source>field &quot;token&quot; is missing or empty</source>
        <translation>falta el campo «token» o está vacío</translation>
    </message>
    <message>
        <source>field &quot;caller&quot; is missing or empty</source>
        <translation>falta el campo «caller» o está vacío</translation>
    </message>
    <message>
        <source>field &quot;speaker&quot; must be &quot;customer&quot; or &quot;agent&quot;</source>
        <translation>el campo «speaker» debe ser «customer» o «agent»</translation>
    </message>
    <message>
        <source>field &quot;text&quot; is missing or empty</source>
        <translation>el campo «text» falta o está vacío</translation>
    </message>
    <message>
        <source>field &quot;final&quot; must be true or false</source>
        <translation>el campo «final» debe ser true o false</translation>
    </message>
    <message>
        <source>field &quot;timestamp&quot; must be milliseconds since 1970 (or an ISO 8601 time)</source>
        <translation>el campo «timestamp» debe estar en milisegundos desde 1970 (o ser una hora ISO 8601)</translation>
    </message>
    <message>
        <source>field &quot;timestamp&quot; is not an ISO 8601 time</source>
        <translation>el campo «timestamp» no es una hora ISO 8601</translation>
    </message>
    <message>
        <source>field &quot;timestamp&quot; must be a number or a string</source>
        <translation>el campo «timestamp» debe ser un número o un texto</translation>
    </message>
    <message>
        <source>field &quot;caller.language&quot; is longer than 16 characters</source>
        <translation>el campo «caller.language» tiene más de 16 caracteres</translation>
    </message>
    <message>
        <source>field &quot;requestId&quot; must be a string of 1 to %1 characters</source>
        <translation>el campo &quot;requestId&quot; debe ser una cadena de 1 a %1 caracteres</translation>
    </message>
</context>
<context>
    <name>ApiToken</name>
    <message>
        <source>Cannot write the API token file %1.</source>
        <translation>No se puede escribir el archivo del token de la API %1.</translation>
    </message>
    <message>
        <source>Cannot create the API token file %1: %2</source>
        <translation>No se puede crear el archivo del token de la API %1: %2</translation>
    </message>
    <message>
        <source>The API token file %1 does not hold a token (at least 32 letters, digits, &apos;-&apos; or &apos;_&apos;); delete it to have a new one made.</source>
        <translation>El archivo del token de la API %1 no contiene un token (al menos 32 letras, dígitos, «-» o «_»); bórralo para que se cree uno nuevo.</translation>
    </message>
    <message>
        <source>Cannot read the API token file: %1</source>
        <translation>No se puede leer el archivo del token de la API: %1</translation>
    </message>
</context>
<context>
    <name>AssessmentExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>BaresipEvent</name>
    <message>
        <source>baresip sent something that is not a JSON object</source>
        <translation>baresip envió algo que no es un objeto JSON</translation>
    </message>
    <message>
        <source>baresip sent %1 without a call id</source>
        <translation>baresip envió %1 sin identificador de llamada</translation>
    </message>
</context>
<context>
    <name>BreathingCoach</name>
    <message>
        <source>A call is live; breathing can wait until it ends.</source>
        <translation>Hay una llamada en curso; la respiración puede esperar a que termine.</translation>
    </message>
    <message>
        <source>There is no breathing pattern &quot;%1&quot;.</source>
        <translation>No existe el patrón de respiración «%1».</translation>
    </message>
</context>
<context>
    <name>BreathingPattern</name>
    <message>
        <source>Box breathing</source>
        <translation>Respiración cuadrada</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <translation>Respiración 4-7-8</translation>
    </message>
    <message>
        <source>Coherent breathing</source>
        <translation>Respiración coherente</translation>
    </message>
    <message>
        <source>Cyclic sighing</source>
        <translation>Suspiro cíclico</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: start with a name and a colon, e.g. &quot;Calm: in 4, out 6&quot;</source>
        <translation>«%1»: empieza con un nombre y dos puntos, p. ej. «Calma: in 4, out 6»</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: phase %2 &quot;%3&quot;: %4</source>
        <translation>«%1»: fase %2 «%3»: %4</translation>
    </message>
    <message>
        <source>write in, top-up, hold or out and a number of seconds</source>
        <translation>escribe in, top-up, hold u out y un número de segundos</translation>
    </message>
    <message>
        <source>the length must be above 0 seconds</source>
        <translation>la duración debe ser mayor que 0 segundos</translation>
    </message>
    <message>
        <source>the length must be at most %1 seconds</source>
        <translation>la duración debe ser como máximo de %1 segundos</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a breath needs at least one &quot;in&quot; and one &quot;out&quot;</source>
        <translation>«%1»: una respiración necesita al menos un «in» y un «out»</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: one breath takes %2 seconds; it must take %3 to %4 seconds</source>
        <translation>«%1»: una respiración dura %2 segundos; debe durar de %3 a %4 segundos</translation>
    </message>
    <message>
        <source>pattern %1: %2</source>
        <translation>patrón %1: %2</translation>
    </message>
</context>
<context>
    <name>CallAudioFollower</name>
    <message>
        <source>baresip&apos;s call audio file cannot be read: %1.</source>
        <translation>No se puede leer el archivo de audio de la llamada de baresip: %1.</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <source>%1: there is no call.</source>
        <translation>%1: no hay ninguna llamada.</translation>
    </message>
    <message>
        <source>%1: call &quot;%2&quot; is not the current call.</source>
        <translation>%1: la llamada «%2» no es la llamada actual.</translation>
    </message>
    <message>
        <source>%1: the call is %2.</source>
        <translation>%1: la llamada está en estado %2.</translation>
    </message>
    <message>
        <source>call start: call &quot;%1&quot; is already live.</source>
        <translation>inicio de llamada: la llamada «%1» ya está en curso.</translation>
    </message>
    <message>
        <source>call start: call &quot;%1&quot; is still live; end it first.</source>
        <translation>inicio de llamada: la llamada «%1» sigue en curso; finalícela primero.</translation>
    </message>
    <message>
        <source>utterance: the text is empty.</source>
        <translation>intervención: el texto está vacío.</translation>
    </message>
    <message>
        <source>finish wrap-up: the call is %1.</source>
        <translation>cerrar el posllamada: la llamada está en estado %1.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Could not start Attune: %1</source>
        <translation>No se pudo iniciar Attune: %1</translation>
    </message>
    <message>
        <source>Attune was started but did not come up within 15 seconds; see %1.</source>
        <translation>Attune se inició pero no respondió en 15 segundos; consulte %1.</translation>
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
        <translation>attune: rechazado: %1
</translation>
    </message>
    <message>
        <source>attune: Attune is already running for this data folder (%1); quit it first.
</source>
        <translation>attune: Attune ya se está ejecutando para esta carpeta de datos (%1); ciérrelo primero.
</translation>
    </message>
    <message>
        <source>Attune is already running; brought it forward.
</source>
        <translation>Attune ya estaba en ejecución; se ha traído al frente.
</translation>
    </message>
    <message>
        <source>Attune cannot save call history</source>
        <translation>Attune no puede guardar el historial de llamadas</translation>
    </message>
    <message>
        <source>Wrote a screenshot to %1
</source>
        <translation>Captura de pantalla guardada en %1
</translation>
    </message>
    <message>
        <source>attune: could not write the screenshot %1
</source>
        <translation>attune: no se pudo guardar la captura de pantalla %1
</translation>
    </message>
    <message>
        <source>No display found, so Attune runs offscreen and writes a screenshot instead of opening a window.
</source>
        <translation>No se encontró ninguna pantalla: Attune se ejecuta sin ventana y guarda una captura de pantalla en su lugar.
</translation>
    </message>
    <message>
        <source>attune: %1

</source>
        <translation>attune: %1

</translation>
    </message>
    <message>
        <source>Attune found its database damaged and started a fresh one. Nothing was deleted: the damaged file is kept at %1.</source>
        <translation>Attune encontró dañada su base de datos y empezó una nueva. No se borró nada: el archivo dañado se conserva en %1.</translation>
    </message>
    <message>
        <source>Attune</source>
        <translation>Attune</translation>
    </message>
    <message>
        <source>attune: there is nothing to export yet (no database at %1)
</source>
        <translation>attune: aún no hay nada que exportar (no hay base de datos en %1)
</translation>
    </message>
    <message>
        <source>attune: nothing was imported: %1
</source>
        <translation>attune: no se importó nada: %1
</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Otra vez: </translation>
    </message>
    <message>
        <source>attune: the two PINs differ; nothing was printed
</source>
        <translation>attune: los dos PIN no coinciden; no se imprimió nada
</translation>
    </message>
    <message numerus="yes">
        <source>%1 (customer %2): %n earlier contact(s) on record.</source>
        <translation>
            <numerusform>%1 (cliente %2): %n contacto anterior registrado.</numerusform>
            <numerusform>%1 (cliente %2): %n contactos anteriores registrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>attune: the history cannot open: %1
</source>
        <translation>attune: el historial no se puede abrir: %1
</translation>
    </message>
    <message>
        <source>The history cannot open: %1</source>
        <translation>El historial no se puede abrir: %1</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 bytes and was not read</source>
        <translation>la línea %1 supera los %2 bytes y no se leyó</translation>
    </message>
    <message>
        <source>attune: the PIN is longer than %1 bytes; nothing was printed
</source>
        <translation>attune: el PIN supera los %1 bytes; no se imprimió nada
</translation>
    </message>
    <message>
        <source>the output was cut short</source>
        <translation>la salida quedó incompleta</translation>
    </message>
    <message>
        <source>attune: could not write the output: %1
</source>
        <translation>attune: no se pudo escribir la salida: %1
</translation>
    </message>
    <message>
        <source>Supervisor PIN or passphrase: </source>
        <translation>PIN o frase de paso del supervisor: </translation>
    </message>
    <message>
        <source>Attune cannot save</source>
        <translation>Attune no puede guardar</translation>
    </message>
    <message>
        <source>the self-assessment questions set by %1 were refused, using the built-in ones: %2</source>
        <translation>se rechazaron las preguntas de autoevaluación indicadas en %1; se usan las integradas: %2</translation>
    </message>
    <message>
        <source>the phrase library set by %1 was refused, using the built-in one: %2</source>
        <translation>se rechazó la biblioteca de frases indicada en %1; se usa la integrada: %2</translation>
    </message>
    <message>
        <source>attune: there is no practice scenario &quot;%1&quot;; the scenarios are: %2
</source>
        <translation>attune: no existe el escenario de práctica «%1»; los escenarios son: %2
</translation>
    </message>
    <message>
        <source>Practice is open in Attune: choose a scenario.
</source>
        <translation>La práctica está abierta en Attune: elija un escenario.
</translation>
    </message>
    <message>
        <source>Practice &quot;%1&quot; is open in Attune.
</source>
        <translation>La práctica «%1» está abierta en Attune.
</translation>
    </message>
    <message>
        <source>Password of the team server&apos;s admin role: </source>
        <translation>Contraseña del rol de administración del servidor de equipo: </translation>
    </message>
    <message>
        <source>the password on standard input is longer than %1 bytes</source>
        <translation>la contraseña de la entrada estándar tiene más de %1 bytes</translation>
    </message>
    <message>
        <source>the password file %1 does not exist or is not a file</source>
        <translation>el archivo de contraseña %1 no existe o no es un archivo</translation>
    </message>
    <message>
        <source>the password file %1 can be read by others or is not yours; it is used only when it belongs to you and no one else can read it (chmod 600)</source>
        <translation>el archivo de contraseña %1 lo pueden leer otros o no es suyo; solo se usa si es suyo y nadie más puede leerlo (chmod 600)</translation>
    </message>
    <message>
        <source>the password file %1 cannot be read: %2</source>
        <translation>no se puede leer el archivo de contraseña %1: %2</translation>
    </message>
    <message>
        <source>the PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed</source>
        <translation>el controlador de PostgreSQL (QPSQL, paquete de Debian libqt6sql6-psql) no está instalado</translation>
    </message>
    <message>
        <source>cannot connect to the team server %1 (database %2) as %3: %4</source>
        <translation>no se puede conectar al servidor de equipo %1 (base de datos %2) como %3: %4</translation>
    </message>
    <message>
        <source>the team server was not set up: %1</source>
        <translation>el servidor de equipo no se preparó: %1</translation>
    </message>
    <message>
        <source>The team server %1 (database %2) is set up: schema version %3, roles attune_agent and attune_supervisor, row-level security on.
</source>
        <translation>El servidor de equipo %1 (base de datos %2) está listo: versión de esquema %3, roles attune_agent y attune_supervisor, seguridad por filas activada.
</translation>
    </message>
    <message>
        <source>The team server %1 (database %2) is at schema version %3 (it was at %4); grants and policies were restored.
</source>
        <translation>El servidor de equipo %1 (base de datos %2) está en la versión de esquema %3 (estaba en %4); se restauraron permisos y políticas.
</translation>
    </message>
    <message>
        <source>%1 is an agent of team %2.
</source>
        <translation>%1 es agente del equipo %2.
</translation>
    </message>
    <message>
        <source>%1 is a supervisor of team %2.
</source>
        <translation>%1 es supervisor del equipo %2.
</translation>
    </message>
    <message>
        <source>Give %1 a password with psql&apos;s \password %1 (or map a client certificate), then set team/user=%1 in their Attune&apos;s system settings.
</source>
        <translation>Dé a %1 una contraseña con \password %1 en psql (o asigne un certificado de cliente) y luego ponga team/user=%1 en los ajustes del sistema de su Attune.
</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n assessment(s) to %1.
</source>
        <translation>
            <numerusform>Se exportó %n autoevaluación a %1.
</numerusform>
            <numerusform>Se exportaron %n autoevaluaciones a %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n survey answer(s) from %1: %2 new, %3 already imported; %4 from a customer who left upset.
</source>
        <translation>
            <numerusform>Se importó %n respuesta de encuesta de %1: %2 nueva, %3 ya importada; %4 de un cliente que se quedó molesto.
</numerusform>
            <numerusform>Se importaron %n respuestas de encuesta de %1: %2 nuevas, %3 ya importadas; %4 de un cliente que se quedó molesto.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from %1: %2 new, %3 updated.
</source>
        <translation>
            <numerusform>Se importó %n fila de %1: %2 nueva, %3 actualizada.
</numerusform>
            <numerusform>Se importaron %n filas de %1: %2 nuevas, %3 actualizadas.
</numerusform>
        </translation>
    </message>
    <message>
        <source>attune: warning: %1
</source>
        <translation>attune: aviso: %1
</translation>
    </message>
    <message>
        <source>Attune is already running for this data folder (process %1) but does not answer. If its window does not come back in a moment, end that process and start Attune again.</source>
        <translation>Attune ya se está ejecutando para esta carpeta de datos (proceso %1), pero no responde. Si su ventana no vuelve a responder en un momento, finalice ese proceso e inicie Attune de nuevo.</translation>
    </message>
    <message>
        <source>Attune is already running for this data folder but does not answer. If its window does not come back in a moment, end it and start Attune again.</source>
        <translation>Attune ya se está ejecutando para esta carpeta de datos, pero no responde. Si su ventana no vuelve a responder en un momento, ciérrelo e inicie Attune de nuevo.</translation>
    </message>
    <message>
        <source>Attune does not answer</source>
        <translation>Attune no responde</translation>
    </message>
    <message>
        <source>Attune was started but stopped before it could take the request; see %1.</source>
        <translation>Attune se inició, pero se detuvo antes de poder atender la solicitud; consulte %1.</translation>
    </message>
    <message>
        <source>attune: %1 is not a file of yours, so the Attune started now writes no log.
</source>
        <translation>attune: %1 no es un archivo suyo, así que el Attune iniciado ahora no escribe ningún registro.
</translation>
    </message>
</context>
<context>
    <name>CoachingStore</name>
    <message>
        <source>A coaching note needs some text.</source>
        <translation>Una nota de coaching necesita algo de texto.</translation>
    </message>
    <message>
        <source>A coaching note can be at most %1 characters.</source>
        <translation>Una nota de coaching puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>That call is no longer in the history.</source>
        <translation>Esa llamada ya no está en el historial.</translation>
    </message>
    <message>
        <source>Kudos name the behaviour they recognise.</source>
        <translation>Un reconocimiento nombra la conducta que reconoce.</translation>
    </message>
    <message>
        <source>The behaviour can be at most %1 characters.</source>
        <translation>La conducta puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Kudos can be at most %1 characters.</source>
        <translation>Un reconocimiento puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>That assessment is no longer in the history.</source>
        <translation>Esa autoevaluación ya no está en el historial.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (the call with %2)</source>
        <translation>%1 (la llamada con %2)</translation>
    </message>
    <message>
        <source>Only a signed-in supervisor can add this, and the supervisor PIN must be one made by this version of &quot;attune hash-pin&quot; (ask IT to run it again).</source>
        <translation>Solo un supervisor que haya iniciado sesión puede añadir esto, y el PIN de supervisor debe haberse creado con esta versión de «attune hash-pin» (pide a TI que lo vuelva a ejecutar).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--lang must be one of %1</source>
        <translation>--lang debe ser uno de estos: %1</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>opción desconocida «%1»</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>la opción %1 necesita un valor</translation>
    </message>
    <message>
        <source>option %1 needs a non-empty value</source>
        <translation>la opción %1 necesita un valor no vacío</translation>
    </message>
    <message>
        <source>&quot;call&quot; needs a subcommand: start, answer, say or end</source>
        <translation>«call» necesita un subcomando: start, answer, say o end</translation>
    </message>
    <message>
        <source>&quot;call say&quot; needs --speaker customer or --speaker agent</source>
        <translation>«call say» necesita --speaker customer o --speaker agent</translation>
    </message>
    <message>
        <source>--speaker must be customer or agent, not &quot;%1&quot;</source>
        <translation>--speaker debe ser customer o agent, no «%1»</translation>
    </message>
    <message>
        <source>&quot;call say&quot; needs the text of what was said</source>
        <translation>«call say» necesita el texto de lo que se dijo</translation>
    </message>
    <message>
        <source>unknown call subcommand &quot;%1&quot;</source>
        <translation>subcomando de llamada desconocido «%1»</translation>
    </message>
    <message>
        <source>&quot;status&quot; takes no arguments</source>
        <translation>«status» no admite argumentos</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconocido «%1»</translation>
    </message>
    <message>
        <source>option --screenshot needs a file name</source>
        <translation>la opción --screenshot necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>&quot;breathe&quot; takes no arguments</source>
        <translation>&quot;breathe&quot; no admite argumentos</translation>
    </message>
    <message>
        <source>&quot;export&quot; needs what to export: assessments</source>
        <translation>&quot;export&quot; necesita qué exportar: assessments</translation>
    </message>
    <message>
        <source>--format needs csv or json</source>
        <translation>--format necesita csv o json</translation>
    </message>
    <message>
        <source>--format must be csv or json, not &quot;%1&quot;</source>
        <translation>--format debe ser csv o json, no «%1»</translation>
    </message>
    <message>
        <source>&quot;export assessments&quot; writes one file; got &quot;%1&quot; too</source>
        <translation>&quot;export assessments&quot; escribe un solo archivo; también se recibió «%1»</translation>
    </message>
    <message>
        <source>&quot;export assessments&quot; needs --format csv or --format json</source>
        <translation>&quot;export assessments&quot; necesita --format csv o --format json</translation>
    </message>
    <message>
        <source>&quot;export assessments&quot; needs the file to write</source>
        <translation>&quot;export assessments&quot; necesita el archivo que escribir</translation>
    </message>
    <message>
        <source>--map needs &quot;CRM header=field,...&quot;</source>
        <translation>--map necesita &quot;cabecera del CRM=campo,...&quot;</translation>
    </message>
    <message>
        <source>&quot;import&quot; reads one file; got &quot;%1&quot; too</source>
        <translation>&quot;import&quot; lee un solo archivo; también se recibió «%1»</translation>
    </message>
    <message>
        <source>&quot;import %1&quot; needs the file to read</source>
        <translation>&quot;import %1&quot; necesita el archivo que leer</translation>
    </message>
    <message>
        <source>&quot;hash-pin&quot; takes no arguments; it reads the PIN on standard input</source>
        <translation>&quot;hash-pin&quot; no admite argumentos; lee el PIN de la entrada estándar</translation>
    </message>
    <message>
        <source>the attune:// link was refused: %1</source>
        <translation>se rechazó el enlace attune://: %1</translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>it is not a valid URL</source>
        <translation>no es una URL válida</translation>
    </message>
    <message>
        <source>it does not start with attune://</source>
        <translation>no empieza por attune://</translation>
    </message>
    <message>
        <source>only attune://call?… links are understood</source>
        <translation>solo se entienden los enlaces attune://call?…</translation>
    </message>
    <message>
        <source>a phone number (digits, spaces, + ( ) . -)</source>
        <translation>un número de teléfono (dígitos, espacios, + ( ) . -)</translation>
    </message>
    <message>
        <source>a name of at most 200 characters</source>
        <translation>un nombre de 200 caracteres como máximo</translation>
    </message>
    <message>
        <source>an id of letters, digits and . _ : @ -</source>
        <translation>un identificador de letras, dígitos y . _ : @ -</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>campo desconocido «%1»</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is given twice</source>
        <translation>el campo «%1» aparece dos veces</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be %2</source>
        <translation>el campo «%1» debe ser %2</translation>
    </message>
    <message>
        <source>it needs at least a phone, a name or a customerId</source>
        <translation>necesita al menos un teléfono (phone), un nombre (name) o un customerId</translation>
    </message>
    <message>
        <source>an attune:// link comes alone, without other arguments</source>
        <translation>un enlace attune:// va solo, sin otros argumentos</translation>
    </message>
    <message>
        <source>&quot;import&quot; needs what to import: customers, contacts, cases or feedback</source>
        <translation>«import» necesita qué importar: customers, contacts, cases o feedback</translation>
    </message>
    <message>
        <source>&quot;practice&quot; takes at most one scenario id</source>
        <translation>«practice» admite como máximo un id de escenario</translation>
    </message>
    <message>
        <source>a practice scenario id is 1 to 40 lower-case letters, digits and -, not &quot;%1&quot;</source>
        <translation>un id de escenario de práctica tiene de 1 a 40 letras minúsculas, dígitos y -, no «%1»</translation>
    </message>
    <message>
        <source>&quot;team&quot; needs what to do: init, add-agent or add-supervisor</source>
        <translation>«team» necesita qué hacer: init, add-agent o add-supervisor</translation>
    </message>
    <message>
        <source>&quot;team %1&quot; needs --server HOST</source>
        <translation>«team %1» necesita --server HOST</translation>
    </message>
    <message>
        <source>--port must be a port number from 1 to 65535</source>
        <translation>--port debe ser un número de puerto de 1 a 65535</translation>
    </message>
    <message>
        <source>--sslmode must be one of %1</source>
        <translation>--sslmode debe ser uno de %1</translation>
    </message>
    <message>
        <source>&quot;team init&quot; takes no --team</source>
        <translation>«team init» no admite --team</translation>
    </message>
    <message>
        <source>&quot;team %1&quot; needs exactly one person (their PostgreSQL role name)</source>
        <translation>«team %1» necesita exactamente una persona (su nombre de rol de PostgreSQL)</translation>
    </message>
    <message>
        <source>&quot;team %1&quot; needs --team TEAM</source>
        <translation>«team %1» necesita --team TEAM</translation>
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
        <translation>Uso:
  attune [--demo] [--screenshot ARCHIVO] [--exit-after-first-frame]
  attune call start [--call-id ID] [--phone NÚMERO | NÚMERO] [--customer-id ID] [--name NOMBRE] [--lang en|es|de|fr|pt]
  attune call answer [--call-id ID]
  attune call say --speaker customer|agent [--call-id ID] [--partial] TEXTO
  attune call end [--call-id ID]
  attune status
  attune breathe
  attune practice [ESCENARIO]
  attune export assessments --format csv|json ARCHIVO
  attune import customers|contacts|cases ARCHIVO [--map &quot;cabecera del CRM=campo,...&quot;]
  attune import feedback ARCHIVO
  attune hash-pin
  attune team init --server HOST [CONNECTION]
  attune team add-agent PERSON --team TEAM --server HOST [CONNECTION]
  attune team add-supervisor PERSON --team TEAM --server HOST [CONNECTION]
  attune cues [--lang en|es|de|fr|pt|auto] &lt; frases.txt
  attune &quot;attune://call?phone=NÚMERO&amp;name=NOMBRE&amp;id=ID-LLAMADA&quot;
  attune --version | --help

Sin comando, inicia Attune o trae al frente el que ya se está ejecutando.
Los comandos «call» pasan un evento de llamada al Attune en ejecución (y lo
inician si hace falta); los softphones pueden ejecutarlos al entrar, contestar
y terminar una llamada.
«status» muestra el estado en vivo del Attune en ejecución en JSON (sale con 3
si no hay ninguno).
«breathe» inicia un ejercicio de respiración en Attune (no durante una llamada).
«practice» abre la práctica en Attune, con Attune en el papel del cliente (no
durante una llamada); con ESCENARIO (un id como repeat-failure) empieza ese.
«export assessments» escribe tus autoevaluaciones en ARCHIVO; una nota privada
nunca sale de la base de datos del equipo.
«import» lee una exportación del CRM (CSV o JSON) en los perfiles de clientes; una
fila incorrecta lo detiene indicando archivo, línea y campo, y no se escribe nada.
«import feedback» lee resultados de encuestas posteriores a la llamada (CSV o JSON)
junto a tus llamadas, con las mismas reglas; se rechaza una encuesta cuya llamada
no está en el historial.
«hash-pin» lee un PIN de supervisor (sin mostrarlo) e imprime la línea que TI pone
en la configuración del sistema para habilitar la vista de supervisor.
«team» prepara el servidor de equipo (PostgreSQL) para TI: «init» crea o
actualiza su esquema, roles y políticas (se puede repetir sin riesgo);
«add-agent» y «add-supervisor» hacen de un rol de PostgreSQL miembro de un
equipo. CONNECTION es [--port N] [--database NOMBRE] [--user ADMIN]
[--ca-file ARCHIVO] [--sslmode verify-full|verify-ca|require|disable]
[--password-file ARCHIVO]; la contraseña de administración se lee de ARCHIVO
(solo legible por su dueño) o de la entrada estándar, nunca de la línea de
órdenes.
«cues» lee frases del cliente, una por línea, y escribe un objeto JSON con las
señales emocionales de cada línea, en el mismo orden.
Un enlace attune://call (de un escritorio de centro de contacto) abre la llamada
como «call start»; un enlace que no es válido no cambia nada.

Opciones:
  --demo                    reproduce una llamada de demostración guionizada, en
                            una base de datos de demostración aparte
  --screenshot ARCHIVO      guarda la ventana principal en un PNG y sale (con
                            --demo: tras las primeras frases de la demostración)
  --exit-after-first-frame  indica el primer fotograma y sale al terminar el
                            arranque (prueba de rendimiento de arranque)
  --version, --help

Códigos de salida: 0 éxito, 1 solicitud rechazada o fallida, 2 línea de comandos
incorrecta (o un escenario de práctica desconocido), 3 Attune no está en
ejecución (status).
</translation>
    </message>
    <message>
        <source>option %1 is given twice; give it once</source>
        <translation>la opción %1 se ha indicado dos veces; indíquela solo una vez</translation>
    </message>
</context>
<context>
    <name>ConnectionThread</name>
    <message>
        <source>Attune asked the database from the wrong thread, and nothing was read or written. Please report this.</source>
        <translation>Attune consultó la base de datos desde el hilo equivocado y no se leyó ni se escribió nada. Por favor, infórmelo.</translation>
    </message>
</context>
<context>
    <name>ControlProtocol</name>
    <message>
        <source>field &quot;%1&quot; must be a string</source>
        <translation>el campo «%1» debe ser una cadena de texto</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <translation>JSON mal formado en la posición %1: %2</translation>
    </message>
    <message>
        <source>a request must be a JSON object</source>
        <translation>una solicitud debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>unsupported protocol version (field &quot;v&quot;); expected %1</source>
        <translation>versión de protocolo no admitida (campo «v»); se esperaba %1</translation>
    </message>
    <message>
        <source>field &quot;speaker&quot; must be &quot;customer&quot; or &quot;agent&quot;</source>
        <translation>el campo «speaker» debe ser «customer» o «agent»</translation>
    </message>
    <message>
        <source>field &quot;text&quot; is missing or empty</source>
        <translation>el campo «text» falta o está vacío</translation>
    </message>
    <message>
        <source>field &quot;command&quot; is missing</source>
        <translation>falta el campo «command»</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconocido «%1»</translation>
    </message>
    <message>
        <source>the breathing exercise is not ready yet</source>
        <translation>el ejercicio de respiración aún no está listo</translation>
    </message>
    <message>
        <source>self-assessments are not available (no database)</source>
        <translation>las autoevaluaciones no están disponibles (no hay base de datos)</translation>
    </message>
    <message>
        <source>field &quot;answers&quot; must be an object</source>
        <translation>el campo &quot;answers&quot; debe ser un objeto</translation>
    </message>
    <message>
        <source>field &quot;answers.%1&quot; must be a string</source>
        <translation>el campo &quot;answers.%1&quot; debe ser un texto</translation>
    </message>
    <message>
        <source>the history is not available (no database)</source>
        <translation>el historial no está disponible (no hay base de datos)</translation>
    </message>
    <message>
        <source>field &quot;private&quot; must be true or false</source>
        <translation>el campo «private» debe ser true o false</translation>
    </message>
    <message>
        <source>field &quot;scenario&quot; must be a scenario id of at most 40 characters</source>
        <translation>el campo «scenario» debe ser un id de escenario de 40 caracteres como máximo</translation>
    </message>
    <message>
        <source>practice is not ready yet</source>
        <translation>la práctica aún no está lista</translation>
    </message>
</context>
<context>
    <name>ControlReply</name>
    <message>
        <source>this request is answered once its write has run</source>
        <translation>esta solicitud se responde cuando su escritura se ha hecho</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1:%2: the file is not UTF-8 text (at or after this line); save it from the CRM as CSV UTF-8</source>
        <translation>%1:%2: el archivo no es texto UTF-8 (en esta línea o después); guárdalo desde el CRM como CSV UTF-8</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (at or after this line); save it from the CRM as CSV UTF-8</source>
        <translation>el archivo no es texto UTF-8 (en esta línea o después); guárdalo desde el CRM como CSV UTF-8</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>un campo entre comillas no se cierra nunca</translation>
    </message>
    <message>
        <source>field %1 is longer than %2 characters</source>
        <translation>el campo %1 tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>the record is longer than %1 characters</source>
        <translation>el registro tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>the record has more than %1 fields</source>
        <translation>el registro tiene más de %1 campos</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>--map &quot;%1&quot;: write CRM header=field, with field one of %2</source>
        <translation>--map «%1»: escribe cabecera del CRM=campo, con campo uno de %2</translation>
    </message>
    <message>
        <source>is empty, and every row needs it</source>
        <translation>está vacío, y todas las filas lo necesitan</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD</source>
        <translation>«%1» no es una fecha escrita AAAA-MM-DD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>«%1» no es uno de %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or time written YYYY-MM-DD[THH:MM]</source>
        <translation>«%1» no es una fecha u hora escrita AAAA-MM-DD[THH:MM]</translation>
    </message>
    <message>
        <source>no customer &quot;%1&quot;; import the customers first</source>
        <translation>no hay cliente «%1»; importa primero los clientes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:1: the required column &quot;%2&quot; is missing (columns: %3)</source>
        <translation>%1:1: falta la columna obligatoria &quot;%2&quot; (columnas: %3)</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: &quot;%3&quot; is already on line %4</source>
        <translation>%1: campo &quot;%2&quot;: «%3» ya está en la línea %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not open or closed</source>
        <translation>«%1» no es open ni closed</translation>
    </message>
</context>
<context>
    <name>CustomerStore</name>
    <message>
        <source>a note is 1 to 2000 characters</source>
        <translation>una nota tiene de 1 a 2000 caracteres</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>No se puede crear la base de datos %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>No se puede leer la versión del esquema de %1.</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer Attune (schema %2; this one knows %3).</source>
        <translation>La base de datos %1 la creó un Attune más reciente (esquema %2; esta versión conoce hasta el %3).</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>La migración %1 (%2) falló: %3</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program (%2). Attune did not change it; close the other program and start Attune again.</source>
        <translation>Otro programa está usando la base de datos %1 (%2). Attune no la modificó; cierra el otro programa y vuelve a iniciar Attune.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2) and could not be moved aside.</source>
        <translation>La base de datos %1 está dañada (%2) y no se pudo apartar.</translation>
    </message>
    <message>
        <source>The database %1 was truncated or replaced while Attune was running, so nothing more can be saved safely; this was not saved. Quit Attune and start it again.</source>
        <translation>La base de datos %1 se ha truncado o sustituido mientras Attune estaba en marcha, así que ya no se puede guardar nada con seguridad; esto no se ha guardado. Cierra Attune y vuelve a abrirlo.</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>la base de datos</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so this was not saved. Free some space on it (or ask IT to), then try again.</source>
        <translation>El disco que contiene %1 está lleno, así que esto no se ha guardado. Libera espacio en él (o pídeselo a TI) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Attune cannot write to %1 (the file or its folder is read-only), so this was not saved. Make them writable for your user (or ask IT to), then try again.</source>
        <translation>Attune no puede escribir en %1 (el archivo o su carpeta son de solo lectura), así que esto no se ha guardado. Haz que tu usuario pueda escribir en ellos (o pídeselo a TI) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The disk reported an error while writing %1, so this was not saved. Check the disk (or ask IT to), then try again.</source>
        <translation>El disco ha dado un error al escribir %1, así que esto no se ha guardado. Revisa el disco (o pídeselo a TI) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The database %1 is damaged, so this was not saved. Quit Attune and start it again: it keeps the damaged file aside and starts a fresh one.</source>
        <translation>La base de datos %1 está dañada, así que esto no se ha guardado. Cierra Attune y vuelve a abrirlo: guardará aparte el archivo dañado y empezará uno nuevo.</translation>
    </message>
    <message>
        <source>Attune cannot write to its data folder %1 (%2). Nothing was changed. Make the folder and the files in it writable for your user (or ask IT to), then start Attune again.</source>
        <translation>Attune no puede escribir en su carpeta de datos %1 (%2). No se ha cambiado nada. Haz que tu usuario pueda escribir en la carpeta y en sus archivos (o pídeselo a TI) y vuelve a abrir Attune.</translation>
    </message>
    <message>
        <source>%1 Attune did not change anything.</source>
        <translation>%1 Attune no ha cambiado nada.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Nothing was changed. Start Attune: it keeps the damaged file aside and starts a fresh one.</source>
        <translation>La base de datos %1 está dañada (%2). No se ha cambiado nada. Abre Attune: guardará aparte el archivo dañado y empezará uno nuevo.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a folder, a device or a FIFO, or a link to one). Attune did not open or change it. Move it out of the way (or ask IT to), then start Attune again.</source>
        <translation>%1 no es un archivo normal (una carpeta, un dispositivo, un FIFO o un enlace a uno de ellos). Attune no lo abrió ni lo cambió. Muévalo a otro sitio (o pida a TI que lo haga) y vuelva a iniciar Attune.</translation>
    </message>
</context>
<context>
    <name>DisplayLabels</name>
    <message>
        <source>frustrated</source>
        <translation>frustrado</translation>
    </message>
    <message>
        <source>worried</source>
        <translation>preocupado</translation>
    </message>
    <message>
        <source>sad</source>
        <translation>triste</translation>
    </message>
    <message>
        <source>confused</source>
        <translation>confundido</translation>
    </message>
    <message>
        <source>in a hurry</source>
        <translation>con prisa</translation>
    </message>
    <message>
        <source>grateful</source>
        <translation>agradecido</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Reconocer</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validar</translation>
    </message>
    <message>
        <source>Apologise</source>
        <translation>Disculparse</translation>
    </message>
    <message>
        <source>Reassure</source>
        <translation>Tranquilizar</translation>
    </message>
    <message>
        <source>Open question</source>
        <translation>Pregunta abierta</translation>
    </message>
    <message>
        <source>Clarify</source>
        <translation>Aclarar</translation>
    </message>
    <message>
        <source>Set expectations</source>
        <translation>Fijar expectativas</translation>
    </message>
    <message>
        <source>De-escalate</source>
        <translation>Desescalar</translation>
    </message>
    <message>
        <source>Personalise</source>
        <translation>Personalizar</translation>
    </message>
    <message>
        <source>Close warmly</source>
        <translation>Cerrar con calidez</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escalado</translation>
    </message>
</context>
<context>
    <name>ExportPolicy</name>
    <message>
        <source>exporting is turned off by your IT department (%1); nothing was written</source>
        <translation>tu departamento de TI ha desactivado la exportación (%1); no se ha escrito nada</translation>
    </message>
</context>
<context>
    <name>FeedbackImport</name>
    <message>
        <source>no answered call &quot;%1&quot; is in this history; nothing is guessed</source>
        <translation>no hay ninguna llamada atendida «%1» en este historial; no se adivina nada</translation>
    </message>
    <message>
        <source>is empty; give the call id, or customer_id or phone with call_time</source>
        <translation>está vacío; indique el id de la llamada, o customer_id o phone con call_time</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time written YYYY-MM-DDTHH:MM[:SS][Z or +HH:MM]</source>
        <translation>«%1» no es una hora escrita YYYY-MM-DDTHH:MM[:SS][Z o +HH:MM]</translation>
    </message>
    <message>
        <source>no answered call of &quot;%1&quot; within %2 minutes of %3 is in this history; nothing is guessed</source>
        <translation>no hay ninguna llamada atendida de «%1» a menos de %2 minutos de %3 en este historial; no se adivina nada</translation>
    </message>
    <message>
        <source>%1 calls of &quot;%2&quot; are within %3 minutes of %4; give call_id to say which</source>
        <translation>%1 llamadas de «%2» están a menos de %3 minutos de %4; indique call_id para decir cuál</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation>«%1» no es un número entero de %2 a %3</translation>
    </message>
    <message>
        <source>is empty, and so is &quot;nps&quot;: a row needs CSAT (1 to 5) or NPS (0 to 10)</source>
        <translation>está vacío, y también «nps»: una fila necesita CSAT (1 a 5) o NPS (0 a 10)</translation>
    </message>
    <message>
        <source>%1: the same survey of call &quot;%2&quot; is already on line %3</source>
        <translation>%1: la misma encuesta de la llamada «%2» ya está en la línea %3</translation>
    </message>
    <message>
        <source>%1:1: the file needs a column call_id (or customer_id or phone, with call_time) and a column csat or nps (columns: %2)</source>
        <translation>%1:1: el archivo necesita una columna call_id (o customer_id o phone, con call_time) y una columna csat o nps (columnas: %2)</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>from %1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>the first call</source>
        <translation>la primera llamada</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation>resultado: %1</translation>
    </message>
    <message>
        <source>self score below %1</source>
        <translation>autopuntuación por debajo de %1</translation>
    </message>
    <message>
        <source>hot calls only</source>
        <translation>solo llamadas tensas</translation>
    </message>
    <message>
        <source>stress 4 or 5 after the call</source>
        <translation>tensión de 4 o 5 después de la llamada</translation>
    </message>
    <message>
        <source>customer contains &quot;%1&quot;</source>
        <translation>el cliente contiene «%1»</translation>
    </message>
    <message>
        <source>All calls.</source>
        <translation>Todas las llamadas.</translation>
    </message>
    <message>
        <source>Calls %1.</source>
        <translation>Llamadas: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Semana a semana</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Evaluadas</translation>
    </message>
    <message>
        <source>Hot calls that calmed</source>
        <translation>Llamadas tensas que se calmaron</translation>
    </message>
    <message>
        <source>Self / supervisor score</source>
        <translation>Autopuntuación / puntuación del supervisor</translation>
    </message>
    <message>
        <source>Stress before / after breathing</source>
        <translation>Tensión antes / después de respirar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The calls</source>
        <translation>Las llamadas</translation>
    </message>
    <message>
        <source>The first %1 calls in the view&apos;s order</source>
        <translation>Las primeras %1 llamadas en el orden de la vista</translation>
    </message>
    <message>
        <source>No call matches.</source>
        <translation>Ninguna llamada coincide.</translation>
    </message>
    <message>
        <source>talk time %1</source>
        <translation>duración %1</translation>
    </message>
    <message>
        <source>peak: %1</source>
        <translation>pico: %1</translation>
    </message>
    <message>
        <source>calmed</source>
        <translation>se calmó</translation>
    </message>
    <message>
        <source>did not calm</source>
        <translation>no se calmó</translation>
    </message>
    <message>
        <source>self score %1</source>
        <translation>autopuntuación %1</translation>
    </message>
    <message>
        <source>supervisor score %1</source>
        <translation>puntuación del supervisor %1</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Llamante desconocido</translation>
    </message>
    <message>
        <source>Next time: %1</source>
        <translation>La próxima vez: %1</translation>
    </message>
    <message>
        <source>Coaching: %1</source>
        <translation>Coaching: %1</translation>
    </message>
    <message>
        <source>Kudos: %1</source>
        <translation>Reconocimiento: %1</translation>
    </message>
    <message>
        <source>Kudos: %1 – %2</source>
        <translation>Reconocimiento: %1 – %2</translation>
    </message>
    <message>
        <source>customer score %1, left upset</source>
        <translation>puntuación del cliente %1, se quedó molesto</translation>
    </message>
    <message>
        <source>customer score %1</source>
        <translation>puntuación del cliente %1</translation>
    </message>
    <message>
        <source>The customer: “%1”</source>
        <translation>El cliente: «%1»</translation>
    </message>
</context>
<context>
    <name>HistoryReportPrinter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Attune coaching report</source>
        <translation>Informe de coaching de Attune</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
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
        <translation>%1: el archivo está vacío</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1: campo &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>holds a lone surrogate (U+%1), which is not a character</source>
        <translation>contiene un sustituto suelto (U+%1), que no es un carácter</translation>
    </message>
    <message>
        <source>holds a NUL character (U+0000)</source>
        <translation>contiene un carácter NUL (U+0000)</translation>
    </message>
    <message>
        <source>holds the control character U+%1</source>
        <translation>contiene el carácter de control U+%1</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>%1:1: column &quot;%2&quot; appears twice</source>
        <translation>%1:1: la columna &quot;%2&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>%1: there are no rows under the header</source>
        <translation>%1: no hay filas bajo la cabecera</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: must be text</source>
        <translation>%1: campo &quot;%2&quot;: debe ser texto</translation>
    </message>
    <message>
        <source>%1: the list is empty</source>
        <translation>%1: la lista está vacía</translation>
    </message>
    <message numerus="yes">
        <source>%1: has %n field(s), the header has %2</source>
        <translation>
            <numerusform>%1: tiene %n campo, la cabecera tiene %2</numerusform>
            <numerusform>%1: tiene %n campos, la cabecera tiene %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>took out %n text-direction character(s) (the first U+%1) that override the direction or were left unclosed; they could make the text look different from what it is</source>
        <translation>
            <numerusform>se quitó %n carácter de dirección del texto (el primero U+%1) que forzaba la dirección o quedaba sin cerrar; podía hacer que el texto se viera distinto de lo que es</numerusform>
            <numerusform>se quitaron %n caracteres de dirección del texto (el primero U+%1) que forzaban la dirección o quedaban sin cerrar; podían hacer que el texto se viera distinto de lo que es</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more value(s) had text-direction characters taken out</source>
        <translation>
            <numerusform>%1: a %n valor más se le quitaron caracteres de dirección del texto</numerusform>
            <numerusform>%1: a %n valores más se les quitaron caracteres de dirección del texto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportStaging</name>
    <message>
        <source>another import is running; run this one when it has finished</source>
        <translation>hay otra importación en curso; ejecute esta cuando haya terminado</translation>
    </message>
    <message>
        <source>cannot create the staging file %1</source>
        <translation>no se puede crear el archivo intermedio %1</translation>
    </message>
    <message>
        <source>cannot prepare the staging file %1: %2</source>
        <translation>no se puede preparar el archivo intermedio %1: %2</translation>
    </message>
    <message>
        <source>the staging file did not accept the row: %1</source>
        <translation>el archivo intermedio no aceptó la fila: %1</translation>
    </message>
    <message>
        <source>the database did not accept the import (%1): %2</source>
        <translation>la base de datos no aceptó la importación (%1): %2</translation>
    </message>
    <message>
        <source>the staging file did not accept the import: %1</source>
        <translation>el archivo intermedio no aceptó la importación: %1</translation>
    </message>
    <message>
        <source>the database did not accept the import: %1</source>
        <translation>la base de datos no aceptó la importación: %1</translation>
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
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: no se puede leer el archivo: %2</translation>
    </message>
    <message>
        <source>%1: not an ordinary file (a folder, device, FIFO or socket); Attune reads only ordinary files</source>
        <translation>%1: no es un archivo normal (una carpeta, un dispositivo, un FIFO o un socket); Attune solo lee archivos normales</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2, the most Attune reads for this kind of file</source>
        <translation>%1: el archivo supera %2, el máximo que Attune lee para este tipo de archivo</translation>
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
        <translation>%1:1: el archivo debe contener un único objeto JSON</translation>
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
        <translation>campo «%1»: \u%2 es la mitad de un par sustituto sin la otra mitad, y no es un carácter</translation>
    </message>
    <message>
        <source>expected a list of records</source>
        <translation>se esperaba una lista de registros</translation>
    </message>
    <message>
        <source>the list is never closed with ]</source>
        <translation>la lista nunca se cierra con ]</translation>
    </message>
    <message>
        <source>expected , or ] after record %1</source>
        <translation>se esperaba , o ] después del registro %1</translation>
    </message>
    <message>
        <source>there is more text after the end of the list</source>
        <translation>hay más texto después del final de la lista</translation>
    </message>
    <message>
        <source>record %1 is not an object</source>
        <translation>el registro %1 no es un objeto</translation>
    </message>
    <message>
        <source>record %1 is never closed</source>
        <translation>el registro %1 nunca se cierra</translation>
    </message>
    <message>
        <source>record %1 is longer than %2 KB</source>
        <translation>el registro %1 supera los %2 KB</translation>
    </message>
</context>
<context>
    <name>Lexicon</name>
    <message>
        <source>%1:%2: field &quot;%3&quot;: %4</source>
        <translation>%1:%2: campo &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>debe ser 1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>is missing or empty</source>
        <translation>falta o está vacío</translation>
    </message>
    <message>
        <source>unknown cue</source>
        <translation>señal desconocida</translation>
    </message>
    <message>
        <source>weight must be a number above 0 and at most 1</source>
        <translation>el peso debe ser un número mayor que 0 y como máximo 1</translation>
    </message>
    <message>
        <source>must be 1 to %1 words</source>
        <translation>debe tener de 1 a %1 palabras</translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>%1 has no entry point %2</source>
        <translation>%1 no tiene el punto de entrada %2</translation>
    </message>
</context>
<context>
    <name>NetstringReader</name>
    <message>
        <source>not a netstring: a length must be digits</source>
        <translation>no es un netstring: la longitud debe ser de dígitos</translation>
    </message>
    <message>
        <source>not a netstring: the length is too long</source>
        <translation>no es un netstring: la longitud es demasiado larga</translation>
    </message>
    <message>
        <source>not a netstring: the length has a leading zero</source>
        <translation>no es un netstring: la longitud empieza por cero</translation>
    </message>
    <message>
        <source>a message of %1 bytes is over the limit of %2 bytes</source>
        <translation>un mensaje de %1 bytes supera el límite de %2 bytes</translation>
    </message>
    <message>
        <source>not a netstring: the length is missing</source>
        <translation>no es un netstring: falta la longitud</translation>
    </message>
    <message>
        <source>not a netstring: the message does not end with a comma</source>
        <translation>no es un netstring: el mensaje no termina en coma</translation>
    </message>
</context>
<context>
    <name>OtherInstanceWait</name>
    <message numerus="yes">
        <source>Attune is already running for this data folder (process %1) and is still starting or quitting. This one waits for it, at most %n second(s).</source>
        <translation>
            <numerusform>Attune ya se está ejecutando para esta carpeta de datos (proceso %1) y aún se está iniciando o cerrando. Este lo espera, como mucho %n segundo.</numerusform>
            <numerusform>Attune ya se está ejecutando para esta carpeta de datos (proceso %1) y aún se está iniciando o cerrando. Este lo espera, como mucho %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attune is already running for this data folder and is still starting or quitting. This one waits for it, at most %n second(s).</source>
        <translation>
            <numerusform>Attune ya se está ejecutando para esta carpeta de datos y aún se está iniciando o cerrando. Este lo espera, como mucho %n segundo.</numerusform>
            <numerusform>Attune ya se está ejecutando para esta carpeta de datos y aún se está iniciando o cerrando. Este lo espera, como mucho %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Dejar de esperar</translation>
    </message>
    <message>
        <source>Attune is waiting</source>
        <translation>Attune está esperando</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>cannot write %1: it is not a regular file</source>
        <translation>no se puede escribir %1: no es un archivo normal</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>no se puede escribir %1: la carpeta %2 no existe</translation>
    </message>
</context>
<context>
    <name>OwnFiles</name>
    <message>
        <source>%1 is Attune&apos;s own database (or one of its journal files). Attune never reads it as an import or writes an export over it; nothing was changed. Choose another file.</source>
        <translation>%1 es la propia base de datos de Attune (o uno de sus archivos de diario). Attune nunca la lee como importación ni escribe una exportación encima; no se ha cambiado nada. Elija otro archivo.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>«%1» no es un número de teléfono</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a national number and no default country is set</source>
        <translation>«%1» es un número nacional y no hay un país predeterminado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number</source>
        <translation>«%1» es demasiado corto para ser un número de teléfono</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more digits than any phone number</source>
        <translation>«%1» tiene más cifras que cualquier número de teléfono</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a country code</source>
        <translation>«%1» no empieza por un prefijo de país</translation>
    </message>
</context>
<context>
    <name>PhraseLibrary</name>
    <message>
        <source>%1:%2: field &quot;%3&quot;: %4</source>
        <translation>%1:%2: campo «%3»: %4</translation>
    </message>
    <message>
        <source>%1:%2: phrase %3: field &quot;%4&quot;: %5</source>
        <translation>%1:%2: frase %3: campo «%4»: %5</translation>
    </message>
    <message>
        <source>%1:%2: phrase %3: must be an object</source>
        <translation>%1:%2: frase %3: debe ser un objeto</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be a list with at least one value</source>
        <translation>debe ser una lista con al menos un valor</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation>valor desconocido «%1»</translation>
    </message>
    <message>
        <source>value &quot;%1&quot; is listed twice</source>
        <translation>el valor «%1» aparece dos veces</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may only hold lowercase letters, digits and hyphens</source>
        <translation>«%1» solo puede contener letras minúsculas, dígitos y guiones</translation>
    </message>
    <message>
        <source>duplicate id, first used on line %1</source>
        <translation>id duplicado, usado por primera vez en la línea %1</translation>
    </message>
    <message>
        <source>unknown placeholder &quot;%1&quot;</source>
        <translation>marcador desconocido «%1»</translation>
    </message>
    <message>
        <source>must not contain placeholders; found &quot;%1&quot;</source>
        <translation>no puede contener marcadores; se encontró «%1»</translation>
    </message>
    <message>
        <source>must be left out when &quot;text&quot; has no placeholder</source>
        <translation>debe omitirse cuando «text» no tiene marcadores</translation>
    </message>
    <message>
        <source>missing; &quot;text&quot; uses only name placeholders, so it needs a fallback</source>
        <translation>falta; «text» solo usa marcadores de nombre, así que necesita un «fallback»</translation>
    </message>
    <message>
        <source>The phrase is empty.</source>
        <translation>La frase está vacía.</translation>
    </message>
    <message>
        <source>The phrase is longer than %1 characters.</source>
        <translation>La frase tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a placeholder Attune knows.</source>
        <translation>«%1» no es un marcador que Attune conozca.</translation>
    </message>
    <message>
        <source>Choose at least one feeling and one part of the call the phrase fits.</source>
        <translation>Elige al menos un sentimiento y una parte de la llamada en la que encaje la frase.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more problem(s) not listed</source>
        <translation>
            <numerusform>%1: %n problema más sin listar</numerusform>
            <numerusform>%1: %n problemas más sin listar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinGuard</name>
    <message>
        <source>Try again in %1 s.</source>
        <translation>Vuelve a intentarlo en %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>Locked for %n minute(s) after %1 wrong PINs.</source>
        <translation>
            <numerusform>Bloqueado %n minuto tras %1 PIN incorrectos.</numerusform>
            <numerusform>Bloqueado %n minutos tras %1 PIN incorrectos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticeScenario</name>
    <message>
        <source>%1:%2: field &quot;%3&quot;: %4</source>
        <translation>%1:%2: campo &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>%1:%2: turn &quot;%3&quot;: field &quot;%4&quot;: %5</source>
        <translation>%1:%2: turno &quot;%3&quot;: campo &quot;%4&quot;: %5</translation>
    </message>
    <message>
        <source>%1:%2: turn &quot;%3&quot;: %4</source>
        <translation>%1:%2: turno &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be text of 1 to %1 characters</source>
        <translation>debe ser un texto de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>debe ser &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>debe ser 1</translation>
    </message>
    <message>
        <source>must be 1 to 40 lowercase letters, digits or hyphens</source>
        <translation>debe tener de 1 a 40 letras minúsculas, dígitos o guiones</translation>
    </message>
    <message>
        <source>must match the file name &quot;%1&quot;</source>
        <translation>debe coincidir con el nombre del archivo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>debe ser uno de %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must hold at least %1 turns</source>
        <translation>debe tener al menos %1 turnos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a turn of this scenario</source>
        <translation>&quot;%1&quot; no es un turno de este escenario</translation>
    </message>
    <message>
        <source>its name must be 1 to 40 lowercase letters, digits or hyphens</source>
        <translation>su nombre debe tener de 1 a 40 letras minúsculas, dígitos o guiones</translation>
    </message>
    <message>
        <source>has both &quot;next&quot; and &quot;end&quot;; a turn has one or the other</source>
        <translation>tiene &quot;next&quot; y &quot;end&quot; a la vez; un turno tiene uno u otro</translation>
    </message>
    <message>
        <source>needs &quot;next&quot; or &quot;end&quot;</source>
        <translation>necesita &quot;next&quot; o &quot;end&quot;</translation>
    </message>
    <message>
        <source>must be a list with at least one branch</source>
        <translation>debe ser una lista con al menos una rama</translation>
    </message>
    <message>
        <source>needs exactly one of &quot;when&quot;, &quot;whenAny&quot; or &quot;otherwise&quot;</source>
        <translation>necesita exactamente uno de &quot;when&quot;, &quot;whenAny&quot; u &quot;otherwise&quot;</translation>
    </message>
    <message>
        <source>must be true</source>
        <translation>debe ser true</translation>
    </message>
    <message>
        <source>only the last branch may be &quot;otherwise&quot;</source>
        <translation>solo la última rama puede ser &quot;otherwise&quot;</translation>
    </message>
    <message>
        <source>must be a list with at least one behaviour</source>
        <translation>debe ser una lista con al menos una conducta</translation>
    </message>
    <message>
        <source>unknown behaviour &quot;%1&quot;</source>
        <translation>conducta desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must end with one &quot;otherwise&quot; branch</source>
        <translation>debe terminar con una rama &quot;otherwise&quot;</translation>
    </message>
    <message>
        <source>cannot be reached from &quot;start&quot;</source>
        <translation>no se puede alcanzar desde &quot;start&quot;</translation>
    </message>
    <message>
        <source>at least two different &quot;end&quot; values must be reachable</source>
        <translation>deben poder alcanzarse al menos dos valores distintos de &quot;end&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more problem(s) not listed</source>
        <translation>
            <numerusform>%1: %n problema más sin listar</numerusform>
            <numerusform>%1: %n problemas más sin listar</numerusform>
        </translation>
    </message>
    <message>
        <source>holds a text-direction character (U+%1) that overrides the direction or is left unclosed; it could make the text look different from what it is</source>
        <translation>contiene un carácter de dirección del texto (U+%1) que fuerza la dirección o queda sin cerrar; podría hacer que el texto se viera distinto de lo que es</translation>
    </message>
</context>
<context>
    <name>PracticeScenarioSet</name>
    <message>
        <source>%1: the scenario folder does not exist</source>
        <translation>%1: la carpeta de escenarios no existe</translation>
    </message>
    <message>
        <source>%1: more than %2 scenario files; only the first %2 are read</source>
        <translation>%1: más de %2 archivos de escenario; solo se leen los primeros %2</translation>
    </message>
    <message>
        <source>%1: the scenario is in &quot;%2&quot;, this folder is for &quot;%3&quot;</source>
        <translation>%1: el escenario está en &quot;%2&quot;, esta carpeta es para &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: the scenario folder is not a folder</source>
        <translation>%1: la carpeta de escenarios no es una carpeta</translation>
    </message>
</context>
<context>
    <name>PracticeSession</name>
    <message>
        <source>Practice is paused while a call rings.</source>
        <translation>La práctica está en pausa mientras suena una llamada.</translation>
    </message>
    <message>
        <source>This practice run is over.</source>
        <translation>Esta práctica ha terminado.</translation>
    </message>
    <message>
        <source>Write a reply first.</source>
        <translation>Escriba primero una respuesta.</translation>
    </message>
    <message>
        <source>The reply is longer than %1 characters.</source>
        <translation>La respuesta tiene más de %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>PracticeStore</name>
    <message>
        <source>Only a finished practice run can be saved.</source>
        <translation>Solo se puede guardar una práctica terminada.</translation>
    </message>
</context>
<context>
    <name>PrivatePath</name>
    <message>
        <source>Cannot check %1: %2</source>
        <translation>No se puede comprobar %1: %2</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which cannot be reached (%3). Attune did not use or change it. Point the link elsewhere or remove it (or ask IT to), then start Attune again.</source>
        <translation>%1 es un enlace a %2, que no se puede alcanzar (%3). Attune no lo ha usado ni modificado. Haga que el enlace apunte a otro sitio o elimínelo (o pídaselo a TI) y vuelva a iniciar Attune.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which is not a folder. Attune did not use or change it. Point the link at a folder of your own or remove it (or ask IT to), then start Attune again.</source>
        <translation>%1 es un enlace a %2, que no es una carpeta. Attune no lo ha usado ni modificado. Haga que el enlace apunte a una carpeta suya o elimínelo (o pídaselo a TI) y vuelva a iniciar Attune.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which is not an ordinary file. Attune did not use or change it. Point the link at a file of your own or remove it (or ask IT to), then start Attune again.</source>
        <translation>%1 es un enlace a %2, que no es un archivo normal. Attune no lo ha usado ni modificado. Haga que el enlace apunte a un archivo suyo o elimínelo (o pídaselo a TI) y vuelva a iniciar Attune.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which belongs to another user or can be changed by other users. Attune did not use it or change its permissions. Point the link at one of your own that only you can write to (or ask IT to), then start Attune again.</source>
        <translation>%1 es un enlace a %2, que pertenece a otro usuario o que otros usuarios pueden modificar. Attune no lo ha usado ni ha cambiado sus permisos. Haga que el enlace apunte a uno suyo en el que solo usted pueda escribir (o pídaselo a TI) y vuelva a iniciar Attune.</translation>
    </message>
    <message>
        <source>%1 is not a folder. Attune did not use or change it. Move it out of the way (or ask IT to), then start Attune again.</source>
        <translation>%1 no es una carpeta. Attune no la ha usado ni modificado. Apártela (o pídaselo a TI) y vuelva a iniciar Attune.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file. Attune did not use or change it. Move it out of the way (or ask IT to), then start Attune again.</source>
        <translation>%1 no es un archivo normal. Attune no lo ha usado ni modificado. Apártelo (o pídaselo a TI) y vuelva a iniciar Attune.</translation>
    </message>
    <message>
        <source>%1 belongs to another user. Attune did not use it or change its permissions. Give it to your user (or ask IT to), then start Attune again.</source>
        <translation>%1 pertenece a otro usuario. Attune no lo ha usado ni ha cambiado sus permisos. Asígnelo a su usuario (o pídaselo a TI) y vuelva a iniciar Attune.</translation>
    </message>
    <message>
        <source>Cannot make %1 private to your user: %2</source>
        <translation>No se puede hacer %1 privado para su usuario: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>No se puede crear la carpeta %1: %2</translation>
    </message>
</context>
<context>
    <name>ReplyReader</name>
    <message>
        <source>%1:%2: field &quot;%3&quot;: %4</source>
        <translation>%1:%2: campo &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>debe ser &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>debe ser 1</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>falta o está vacío</translation>
    </message>
    <message>
        <source>must be an object naming the behaviours</source>
        <translation>debe ser un objeto que nombre las conductas</translation>
    </message>
    <message>
        <source>not a behaviour the reader recognises by rules</source>
        <translation>no es una conducta que el lector reconozca por reglas</translation>
    </message>
    <message>
        <source>must be a list with at least one rule</source>
        <translation>debe ser una lista con al menos una regla</translation>
    </message>
    <message>
        <source>must be &quot;any&quot;, &quot;question&quot; or &quot;statement&quot;</source>
        <translation>debe ser &quot;any&quot;, &quot;question&quot; o &quot;statement&quot;</translation>
    </message>
    <message>
        <source>must be a list with at least one pattern</source>
        <translation>debe ser una lista con al menos un patrón</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid pattern: %2</source>
        <translation>&quot;%1&quot; no es un patrón válido: %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
</context>
<context>
    <name>Rubric</name>
    <message>
        <source>%1:%2: field &quot;%3&quot;: %4</source>
        <translation>%1:%2: campo &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>debe ser 1</translation>
    </message>
    <message>
        <source>must be 1 to 40 lowercase letters, digits, - or _</source>
        <translation>debe tener de 1 a 40 minúsculas, cifras, - o _</translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation>debe ser un número entero desde 1</translation>
    </message>
    <message>
        <source>is missing or empty</source>
        <translation>falta o está vacío</translation>
    </message>
    <message>
        <source>must be a list with at least one question</source>
        <translation>debe ser una lista con al menos una pregunta</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>«%1» se usa dos veces</translation>
    </message>
    <message>
        <source>each option needs an id and a label</source>
        <translation>cada opción necesita un id y una etiqueta</translation>
    </message>
    <message>
        <source>a choice needs at least two options</source>
        <translation>una elección necesita al menos dos opciones</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of yes_partly_no, scale5, choice</source>
        <translation>«%1» no es yes_partly_no, scale5 ni choice</translation>
    </message>
    <message>
        <source>must be from 1 to 10000</source>
        <translation>debe estar entre 1 y 10000</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a question of the rubric &quot;%2&quot;</source>
        <translation>«%1» no es una pregunta de la rúbrica «%2»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer to &quot;%2&quot;; expected one of %3</source>
        <translation>«%1» no es una respuesta a «%2»; se esperaba una de %3</translation>
    </message>
    <message>
        <source>the note is longer than %1 characters</source>
        <translation>la nota tiene más de %1 caracteres</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>%1: field &quot;schema&quot; must be 1</source>
        <translation>%1: el campo «schema» debe ser 1</translation>
    </message>
    <message>
        <source>%1: field &quot;steps&quot; is missing or empty</source>
        <translation>%1: el campo «steps» falta o está vacío</translation>
    </message>
    <message>
        <source>%1: step %2: field &quot;%3&quot;: %4</source>
        <translation>%1: paso %2: campo «%3»: %4</translation>
    </message>
    <message>
        <source>steps must be in time order</source>
        <translation>los pasos deben estar en orden cronológico</translation>
    </message>
    <message>
        <source>must be &quot;customer&quot; or &quot;agent&quot;</source>
        <translation>debe ser «customer» o «agent»</translation>
    </message>
    <message>
        <source>is missing or empty</source>
        <translation>falta o está vacío</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>evento desconocido «%1»</translation>
    </message>
    <message>
        <source>must be a number of seconds from 0 to 86400</source>
        <translation>debe ser un número de segundos entre 0 y 86400</translation>
    </message>
</context>
<context>
    <name>SelfAssessment</name>
    <message>
        <source>the call id is missing</source>
        <translation>falta el id de la llamada</translation>
    </message>
    <message>
        <source>the answers are for rubric &quot;%1&quot; version %2, but &quot;%3&quot; version %4 is in use</source>
        <translation>las respuestas son de la rúbrica «%1» versión %2, pero se usa «%3» versión %4</translation>
    </message>
    <message>
        <source>private notes are turned off by your IT department (privacy/allowPrivateNotes)</source>
        <translation>tu departamento de TI ha desactivado las notas privadas (privacy/allowPrivateNotes)</translation>
    </message>
    <message>
        <source>there is nothing to save for call &quot;%1&quot;: no draft, no answers and no note</source>
        <translation>no hay nada que guardar para la llamada «%1»: ni borrador, ni respuestas, ni nota</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>expected true or false, got &quot;%1&quot;</source>
        <translation>se esperaba true o false y se recibió «%1»</translation>
    </message>
    <message>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation>se esperaba uno de estos valores: %1; se recibió «%2»</translation>
    </message>
    <message>
        <source>%1 is set by your IT department and cannot be changed here.</source>
        <translation>El departamento de TI gestiona %1 y no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>expected a whole number from 0 (no limit) to 1000, got &quot;%1&quot;</source>
        <translation>se esperaba un número entero de 0 (sin límite) a 1000; se recibió «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a technique</source>
        <translation>«%1» no es una técnica</translation>
    </message>
    <message>
        <source>expected a number of days from 0 (keep forever) to 36500, got &quot;%1&quot;</source>
        <translation>se esperaba un número de días de 0 (conservar siempre) a 36500, no «%1»</translation>
    </message>
    <message>
        <source>expected a port number from 1 to 65535, got &quot;%1&quot;</source>
        <translation>se esperaba un número de puerto de 1 a 65535, no «%1»</translation>
    </message>
    <message>
        <source>expected a host name or an IP address, got &quot;%1&quot;</source>
        <translation>se esperaba un nombre de equipo o una dirección IP, no «%1»</translation>
    </message>
    <message>
        <source>expected at least 32 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>se esperaban al menos 32 letras, dígitos, «-» o «_»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin like https://crm.example.com</source>
        <translation>«%1» no es un origen como https://crm.example.com</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter, got &quot;%1&quot;</source>
        <translation>se esperaban letras minúsculas, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, empezando por una letra; se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an absolute file path without &apos;;&apos; or control characters, got &quot;%1&quot;</source>
        <translation>se esperaba una ruta de archivo absoluta sin «;» ni caracteres de control; se recibió «%1»</translation>
    </message>
</context>
<context>
    <name>SpeechModel</name>
    <message>
        <source>The English speech model is not installed (%1 is missing; Debian package pocketsphinx-en-us).</source>
        <translation>El modelo de voz en inglés no está instalado (falta %1; paquete de Debian pocketsphinx-en-us).</translation>
    </message>
    <message>
        <source>Cannot link %1 into the speech model folder %2.</source>
        <translation>No se puede enlazar %1 en la carpeta del modelo de voz %2.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>Suggester</name>
    <message>
        <source>opening</source>
        <translation>apertura</translation>
    </message>
    <message>
        <source>discovery</source>
        <translation>indagación</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>resolución</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>cierre</translation>
    </message>
    <message>
        <source>frustrated</source>
        <translation>frustración</translation>
    </message>
    <message>
        <source>anxious</source>
        <translation>preocupación</translation>
    </message>
    <message>
        <source>sad</source>
        <translation>tristeza</translation>
    </message>
    <message>
        <source>confused</source>
        <translation>confusión</translation>
    </message>
    <message>
        <source>in a hurry</source>
        <translation>prisa</translation>
    </message>
    <message>
        <source>grateful</source>
        <translation>gratitud</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;</source>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <source>same technique</source>
        <translation>misma técnica</translation>
    </message>
    <message>
        <source>fits the same feeling</source>
        <translation>encaja con el mismo sentimiento</translation>
    </message>
</context>
<context>
    <name>SupervisorDialogs</name>
    <message>
        <source>Coaching note</source>
        <translation>Nota de coaching</translation>
    </message>
    <message>
        <source>What to keep doing, and one thing to try next time</source>
        <translation>Qué seguir haciendo y una cosa que probar la próxima vez</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Conducta</translation>
    </message>
    <message>
        <source>What was good</source>
        <translation>Qué estuvo bien</translation>
    </message>
    <message>
        <source>e.g. great empathy about the late refund</source>
        <translation>p. ej., buena empatía con el reembolso tardío</translation>
    </message>
    <message>
        <source>Give kudos</source>
        <translation>Dar un reconocimiento</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Sin puntuar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Your score of this call</source>
        <translation>Tu puntuación de esta llamada</translation>
    </message>
</context>
<context>
    <name>SupervisorGate</name>
    <message>
        <source>The supervisor view is not set up on this computer. IT turns it on by running &quot;attune hash-pin&quot; and adding the line it prints to the system settings file (/etc/xdg/Attune/Attune.conf). Your own history is always here.</source>
        <translation>La vista de supervisor no está configurada en este equipo. El departamento de TI la activa ejecutando «attune hash-pin» y añadiendo la línea que imprime al archivo de configuración del sistema (/etc/xdg/Attune/Attune.conf). Tu propio historial siempre está aquí.</translation>
    </message>
</context>
<context>
    <name>SupervisorPin</name>
    <message>
        <source>the PIN must have at least %1 characters</source>
        <translation>el PIN debe tener al menos %1 caracteres</translation>
    </message>
    <message>
        <source>expected pbkdf2-sha256$ITERATIONS$SALT$KEY as printed by attune hash-pin</source>
        <translation>se esperaba pbkdf2-sha256$ITERACIONES$SAL$CLAVE tal como lo imprime attune hash-pin</translation>
    </message>
    <message>
        <source>at least %1 iterations are needed</source>
        <translation>se necesitan al menos %1 iteraciones</translation>
    </message>
    <message>
        <source>the salt or the key is not valid base64 of the right length</source>
        <translation>la sal o la clave no son base64 válido de la longitud correcta</translation>
    </message>
    <message>
        <source>the record key is not valid base64 of the right length</source>
        <translation>la clave de registros no es base64 válido de la longitud correcta</translation>
    </message>
    <message>
        <source>This PIN is short: anyone who can read the settings file can find it by trying every PIN on their own computer. A passphrase of %1 characters or more (a few words) is far stronger.</source>
        <translation>Este PIN es corto: quien pueda leer el archivo de configuración puede encontrarlo probando todos los PIN en su propio ordenador. Una frase de paso de %1 caracteres o más (unas cuantas palabras) es mucho más segura.</translation>
    </message>
    <message>
        <source>the key that signs supervisor records could not be made (is Attune&apos;s signing module installed?)</source>
        <translation>no se pudo crear la clave que firma los registros del supervisor (¿está instalado el módulo de firma de Attune?)</translation>
    </message>
</context>
<context>
    <name>TeamCoachingStore</name>
    <message>
        <source>Choose a call of one of your agents first.</source>
        <translation>Primero elija una llamada de uno de sus agentes.</translation>
    </message>
    <message>
        <source>Only a self-assessed call can be scored.</source>
        <translation>Solo se puede puntuar una llamada autoevaluada.</translation>
    </message>
    <message>
        <source>Score at least one behaviour, or cancel.</source>
        <translation>Puntúe al menos un comportamiento, o cancele.</translation>
    </message>
    <message>
        <source>Sign in to the team server first; nothing was saved.</source>
        <translation>Inicie sesión primero en el servidor del equipo; no se guardó nada.</translation>
    </message>
    <message>
        <source>What you wrote is kept: try again.</source>
        <translation>Lo que escribió se conserva: inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That call is no longer on the team server, so nothing was saved.</source>
        <translation>Esa llamada ya no está en el servidor del equipo, así que no se guardó nada.</translation>
    </message>
    <message>
        <source>The team server took too long to answer, so nothing was saved. %1</source>
        <translation>El servidor del equipo tardó demasiado en responder, así que no se guardó nada. %1</translation>
    </message>
    <message>
        <source>The team server no longer accepts the name or password of %1, so nothing was saved. Sign out and in again; %2</source>
        <translation>El servidor del equipo ya no acepta el nombre o la contraseña de %1, así que no se guardó nada. Cierre sesión y vuelva a entrar; %2</translation>
    </message>
    <message>
        <source>The connection to the team server %1 was lost while saving, and the server does not answer now. %2 It is never saved twice.</source>
        <translation>Se perdió la conexión con el servidor del equipo %1 mientras se guardaba, y ahora el servidor no responde. %2 Nunca se guarda dos veces.</translation>
    </message>
    <message>
        <source>The team server %1 does not answer, so nothing was saved. %2</source>
        <translation>El servidor del equipo %1 no responde, así que no se guardó nada. %2</translation>
    </message>
    <message>
        <source>The team server refused this (%1), so nothing was saved.</source>
        <translation>El servidor del equipo lo rechazó (%1), así que no se guardó nada.</translation>
    </message>
    <message>
        <source>The team server refused this: you may coach only calls of agents in the teams you supervise, so nothing was saved.</source>
        <translation>El servidor del equipo lo rechazó: solo puede dar coaching en llamadas de agentes de los equipos que supervisa, así que no se guardó nada.</translation>
    </message>
    <message>
        <source>This was saved before with other words, and the team server keeps those; nothing was changed.</source>
        <translation>Esto ya se guardó antes con otras palabras y el servidor del equipo conserva esas; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>TeamHistoryStore</name>
    <message>
        <source>%1 is not a supervisor on the team server: the team view is for supervisors.</source>
        <translation>%1 no es supervisor en el servidor del equipo: la vista de equipo es para supervisores.</translation>
    </message>
</context>
<context>
    <name>TeamSchema</name>
    <message>
        <source>The team server has no Attune schema yet; IT sets it up with `attune team init`.</source>
        <translation>El servidor del equipo aún no tiene el esquema de Attune; TI lo prepara con `attune team init`.</translation>
    </message>
    <message>
        <source>The team server uses a newer schema (version %1; this Attune knows up to %2). Attune keeps working on this computer; update it to share history.</source>
        <translation>El servidor del equipo usa un esquema más reciente (versión %1; este Attune conoce hasta la %2). Attune sigue funcionando en este equipo; actualízalo para compartir el historial.</translation>
    </message>
    <message>
        <source>The team server uses a newer schema (version %1) than this Attune knows (%2); nothing was changed.</source>
        <translation>El servidor del equipo usa un esquema más reciente (versión %1) del que conoce este Attune (%2); no se cambió nada.</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>La migración %1 falló: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid person name: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter (at most 63).</source>
        <translation>«%1» no es un nombre de persona válido: usa minúsculas, cifras, «.», «_» y «-», empezando por una letra (63 como máximo).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid team name: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter (at most 63).</source>
        <translation>«%1» no es un nombre de equipo válido: usa minúsculas, cifras, «.», «_» y «-», empezando por una letra (63 como máximo).</translation>
    </message>
    <message>
        <source>The team server&apos;s access rules failed: %1</source>
        <translation>Las reglas de acceso del servidor del equipo fallaron: %1</translation>
    </message>
</context>
<context>
    <name>TextRule</name>
    <message>
        <source>field &quot;%1&quot; is longer than %2 characters</source>
        <translation>el campo «%1» tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; contains an invalid character (a lone UTF-16 surrogate)</source>
        <translation>el campo «%1» contiene un carácter no válido (un sustituto UTF-16 aislado)</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; contains a control character (U+%2)</source>
        <translation>el campo «%1» contiene un carácter de control (U+%2)</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; contains an invisible formatting or text-direction character (U+%2), which can make text look different from what it is</source>
        <translation>el campo «%1» contiene un carácter invisible de formato o de dirección del texto (U+%2), que puede hacer que el texto parezca distinto de lo que es</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; contains a text-direction character (U+%2) that overrides the direction or is left unclosed, which can make text look different from what it is</source>
        <translation>el campo «%1» contiene un carácter de dirección del texto (U+%2) que fuerza la dirección o queda sin cerrar, lo que puede hacer que el texto se vea distinto de lo que es</translation>
    </message>
</context>
<context>
    <name>Transcriber</name>
    <message>
        <source>The speech recogniser refused its settings.</source>
        <translation>El reconocedor de voz rechazó su configuración.</translation>
    </message>
    <message>
        <source>The speech recogniser could not load its model from %1.</source>
        <translation>El reconocedor de voz no pudo cargar su modelo desde %1.</translation>
    </message>
    <message>
        <source>The speech recogniser could not load its language models %1 and %2.</source>
        <translation>El reconocedor de voz no pudo cargar sus modelos de lenguaje %1 y %2.</translation>
    </message>
    <message>
        <source>The speech recogniser is not installed with Attune: %1</source>
        <translation>El reconocedor de voz no está instalado con Attune: %1</translation>
    </message>
</context>
<context>
    <name>WavStream</name>
    <message>
        <source>it is not a RIFF/WAVE file</source>
        <translation>no es un archivo RIFF/WAVE</translation>
    </message>
    <message>
        <source>its data chunk comes before its format chunk</source>
        <translation>su bloque de datos va antes de su bloque de formato</translation>
    </message>
    <message>
        <source>its format chunk has %1 bytes</source>
        <translation>su bloque de formato tiene %1 bytes</translation>
    </message>
    <message>
        <source>it is not 16-bit PCM (format %1, %2 bits)</source>
        <translation>no es PCM de 16 bits (formato %1, %2 bits)</translation>
    </message>
    <message>
        <source>it has %1 channels at %2 Hz</source>
        <translation>tiene %1 canales a %2 Hz</translation>
    </message>
    <message>
        <source>it has no data chunk in its first %1 bytes</source>
        <translation>no tiene bloque de datos en sus primeros %1 bytes</translation>
    </message>
</context>
<context>
    <name>attune::AgentComparison</name>
    <message>
        <source>Behaviour</source>
        <translation>Comportamiento</translation>
    </message>
    <message>
        <source>Agents compared week by week</source>
        <translation>Agentes comparados semana a semana</translation>
    </message>
    <message>
        <source>Reading the team&apos;s weeks…</source>
        <translation>Leyendo las semanas del equipo…</translation>
    </message>
    <message>
        <source>No assessed calls in this period.</source>
        <translation>No hay llamadas evaluadas en este periodo.</translation>
    </message>
    <message>
        <source>Share of assessed calls with this behaviour; a &quot;partly&quot; counts half.</source>
        <translation>Proporción de llamadas evaluadas con este comportamiento; un «en parte» cuenta la mitad.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Assessed calls: %1</source>
        <translation>Llamadas evaluadas: %1</translation>
    </message>
</context>
<context>
    <name>attune::ArcChart</name>
    <message>
        <source>How the customer&apos;s feelings ran</source>
        <translation>Cómo evolucionó lo que sentía el cliente</translation>
    </message>
    <message>
        <source>The customer&apos;s emotional arc on this call</source>
        <translation>El arco emocional del cliente en esta llamada</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Tensa</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
</context>
<context>
    <name>attune::AssessmentForm</name>
    <message>
        <source>About the call</source>
        <translation>Sobre la llamada</translation>
    </message>
    <message>
        <source>Problem saving the self-assessment</source>
        <translation>Problema al guardar la autoevaluación</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the self-assessment (Ctrl+S)</source>
        <translation>Guardar la autoevaluación (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Finish the self-assessment later; it is kept as a draft</source>
        <translation>Terminar la autoevaluación más tarde; se guarda como borrador</translation>
    </message>
    <message>
        <source>Your answers cannot be written to disk right now (%1). They are kept and Attune keeps trying.</source>
        <translation>Ahora no se pueden escribir tus respuestas en el disco (%1). Se conservan y Attune lo sigue intentando.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>You had not finished this one (last changed %1).</source>
        <translation>No la habías terminado (último cambio %1).</translation>
    </message>
    <message>
        <source>%1 · %2 on the call</source>
        <translation>%1 · %2 de llamada</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Llamante desconocido</translation>
    </message>
    <message>
        <source>The customer was most %1 (%2%) after %3%4.</source>
        <translation>El cliente estuvo más %1 (%2 %) a los %3%4.</translation>
    </message>
    <message>
        <source>, and calmed down by the end</source>
        <translation>, y al final se calmó</translation>
    </message>
    <message>
        <source>You used: %1</source>
        <translation>Usaste: %1</translation>
    </message>
    <message>
        <source>Not saved: %1. Your answers are kept as a draft.</source>
        <translation>No se guardó: %1. Tus respuestas se conservan como borrador.</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <source>Keep this note private</source>
        <translation>Mantener esta nota en privado</translation>
    </message>
    <message>
        <source>A private note is never shown to a supervisor or exported.</source>
        <translation>Una nota privada nunca se muestra a un supervisor ni se exporta.</translation>
    </message>
    <message>
        <source>🔒 Your IT department has turned off private notes: a supervisor may read every note.</source>
        <translation>🔒 Tu departamento de TI ha desactivado las notas privadas: un supervisor puede leer todas las notas.</translation>
    </message>
</context>
<context>
    <name>attune::AssessmentSection</name>
    <message>
        <source>Self-assess an earlier call</source>
        <translation>Autoevaluar una llamada anterior</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Llamante desconocido</translation>
    </message>
    <message>
        <source>No earlier calls yet</source>
        <translation>Aún no hay llamadas anteriores</translation>
    </message>
</context>
<context>
    <name>attune::BreathingPanel</name>
    <message>
        <source>Breathing exercise</source>
        <translation>Ejercicio de respiración</translation>
    </message>
    <message>
        <source>That was a hard call. A minute of slow breathing?</source>
        <translation>Ha sido una llamada difícil. ¿Un minuto de respiración lenta?</translation>
    </message>
    <message>
        <source>Breathe now</source>
        <translation>Respirar ahora</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Not now, no breathing exercise</source>
        <translation>Ahora no, sin ejercicio de respiración</translation>
    </message>
    <message>
        <source>Breathing pattern</source>
        <translation>Patrón de respiración</translation>
    </message>
    <message>
        <source>Length of the exercise</source>
        <translation>Duración del ejercicio</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start the breathing exercise (Ctrl+B)</source>
        <translation>Empezar el ejercicio de respiración (Ctrl+B)</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Before: how tense do you feel?</source>
        <translation>Antes: ¿qué tensión sientes?</translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation>Guía de respiración</translation>
    </message>
    <message>
        <source>Progress through this phase</source>
        <translation>Avance en esta fase</translation>
    </message>
    <message>
        <source>Breathing phase</source>
        <translation>Fase de la respiración</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause or resume the exercise</source>
        <translation>Pausar o reanudar el ejercicio</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the exercise</source>
        <translation>Detener el ejercicio</translation>
    </message>
    <message>
        <source>After: how tense do you feel now?</source>
        <translation>Después: ¿qué tensión sientes ahora?</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Close the breathing summary</source>
        <translation>Cerrar el resumen de la respiración</translation>
    </message>
    <message>
        <source>30 seconds</source>
        <translation>30 segundos</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>2 minutes</source>
        <translation>2 minutos</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutos</translation>
    </message>
    <message>
        <source>3 breaths</source>
        <translation>3 respiraciones</translation>
    </message>
    <message>
        <source>6 breaths</source>
        <translation>6 respiraciones</translation>
    </message>
    <message>
        <source>10 breaths</source>
        <translation>10 respiraciones</translation>
    </message>
    <message>
        <source>Tension before: %1 of 5</source>
        <translation>Tensión antes: %1 de 5</translation>
    </message>
    <message>
        <source>Tension after: %1 of 5</source>
        <translation>Tensión después: %1 de 5</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspira</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>Un poco más de aire</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Breathe out slowly</source>
        <translation>Espira despacio</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>%1 s · breath %2 of %3</source>
        <translation>%1 s · respiración %2 de %3</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Stopped after %1. Any breathing helps.</source>
        <translation>Detenido tras %1. Cualquier respiración ayuda.</translation>
    </message>
    <message numerus="yes">
        <source>Well done: %n breath(s) in %1.</source>
        <translation>
            <numerusform>Bien hecho: %n respiración en %1.</numerusform>
            <numerusform>Bien hecho: %n respiraciones en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::CallHeaderWidget</name>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Call state</source>
        <translation>Estado de la llamada</translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation>Duración de la llamada</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Persona que llama</translation>
    </message>
    <message>
        <source>Caller details</source>
        <translation>Datos de quien llama</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Sin llamada</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>The caller will appear here as soon as a call rings.</source>
        <translation>Quien llame aparecerá aquí en cuanto suene una llamada.</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>En llamada</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Llamada finalizada</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Número desconocido</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
</context>
<context>
    <name>attune::CallTranscription</name>
    <message>
        <source>baresip stopped writing the customer&apos;s audio for this call.</source>
        <translation>baresip dejó de escribir el audio del cliente de esta llamada.</translation>
    </message>
    <message>
        <source>No audio from baresip for this call. Its config needs &quot;module sndfile.so&quot; and &quot;snd_path %1&quot;.</source>
        <translation>No llega audio de baresip para esta llamada. Su configuración necesita &quot;module sndfile.so&quot; y &quot;snd_path %1&quot;.</translation>
    </message>
    <message>
        <source>Transcription understands English only; the language chosen for Attune is %1.</source>
        <translation>La transcripción solo entiende inglés; el idioma elegido para Attune es %1.</translation>
    </message>
    <message>
        <source>baresip went away during the call (it restarted or quit); the call&apos;s transcription stopped with it.</source>
        <translation>baresip desapareció durante la llamada (se reinició o se cerró); la transcripción de la llamada se detuvo con él.</translation>
    </message>
    <message>
        <source>baresip opened the customer&apos;s audio for this call but writes nothing into it: no audio arrives from the customer.</source>
        <translation>baresip abrió el audio del cliente para esta llamada pero no escribe nada en él: no llega audio del cliente.</translation>
    </message>
    <message>
        <source>The customer&apos;s side of this call has been silent for %1 seconds: baresip writes the call&apos;s audio, but no sound arrives (the customer may be muted, or their audio does not reach this computer).</source>
        <translation>El lado del cliente en esta llamada lleva %1 segundos en silencio: baresip escribe el audio de la llamada, pero no llega ningún sonido (puede que el cliente tenga el micrófono silenciado o que su audio no llegue a este ordenador).</translation>
    </message>
</context>
<context>
    <name>attune::CustomerFeedbackView</name>
    <message>
        <source>The customer&apos;s verdict</source>
        <translation>El veredicto del cliente</translation>
    </message>
    <message>
        <source>The customer&apos;s comment</source>
        <translation>El comentario del cliente</translation>
    </message>
    <message>
        <source>CSAT %1 of 5</source>
        <translation>CSAT %1 de 5</translation>
    </message>
    <message>
        <source>NPS %1 of 10</source>
        <translation>NPS %1 de 10</translation>
    </message>
    <message>
        <source>(%1 of 100; your self score %2, gap %3).</source>
        <translation>(%1 de 100; tu autoevaluación %2, diferencia %3).</translation>
    </message>
    <message>
        <source>(%1 of 100).</source>
        <translation>(%1 de 100).</translation>
    </message>
    <message>
        <source>The customer left upset.</source>
        <translation>El cliente se quedó molesto.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>(reads %1)</source>
        <translation>(se lee %1)</translation>
    </message>
    <message>
        <source>Customer left &amp;upset</source>
        <translation>Cliente se quedó &amp;molesto</translation>
    </message>
    <message>
        <source>Calls whose post-call survey reads upset: a low score, or a comment that reads negative</source>
        <translation>Llamadas cuya encuesta posterior muestra molestia: una puntuación baja o un comentario negativo</translation>
    </message>
</context>
<context>
    <name>attune::HistoryDetailPane</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>en parte</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Detalles de la llamada</translation>
    </message>
    <message>
        <source>Coaching note…</source>
        <translation>Nota de coaching…</translation>
    </message>
    <message>
        <source>Give kudos…</source>
        <translation>Dar un reconocimiento…</translation>
    </message>
    <message>
        <source>Score this call…</source>
        <translation>Puntuar esta llamada…</translation>
    </message>
    <message>
        <source>No call matches.</source>
        <translation>Ninguna llamada coincide.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Llamante desconocido</translation>
    </message>
    <message>
        <source>The customer sounded %1 at the peak, %2 into the call; %3.</source>
        <translation>En el momento más intenso, a los %2 de llamada, el cliente parecía %1; %3.</translation>
    </message>
    <message>
        <source>the call calmed</source>
        <translation>la llamada se calmó</translation>
    </message>
    <message>
        <source>it did not calm</source>
        <translation>no se calmó</translation>
    </message>
    <message>
        <source>Not self-assessed.</source>
        <translation>Sin autoevaluación.</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Self score %1, supervisor score %2 (gap %3).</source>
        <translation>Autopuntuación %1, puntuación del supervisor %2 (diferencia %3).</translation>
    </message>
    <message>
        <source>Self score %1.</source>
        <translation>Autopuntuación %1.</translation>
    </message>
    <message>
        <source>The agent kept their note private.</source>
        <translation>El agente mantuvo su nota en privado.</translation>
    </message>
    <message>
        <source>Next time: %1</source>
        <translation>La próxima vez: %1</translation>
    </message>
    <message>
        <source>private: only you see this</source>
        <translation>privada: solo la ves tú</translation>
    </message>
    <message>
        <source>Suggestions used</source>
        <translation>Sugerencias usadas</translation>
    </message>
    <message>
        <source>Coaching notes</source>
        <translation>Notas de coaching</translation>
    </message>
    <message>
        <source>Kudos</source>
        <translation>Reconocimientos</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>This call is still loading…</source>
        <translation>Esta llamada aún se está cargando…</translation>
    </message>
</context>
<context>
    <name>attune::HistoryFilterBar</name>
    <message>
        <source>Search customer name or number</source>
        <translation>Buscar nombre o número del cliente</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Últimas 12 semanas</translation>
    </message>
    <message>
        <source>Between dates</source>
        <translation>Entre fechas</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>Self score below</source>
        <translation>Autopuntuación por debajo de</translation>
    </message>
    <message>
        <source>Self score threshold</source>
        <translation>Umbral de autopuntuación</translation>
    </message>
    <message>
        <source>Hot calls</source>
        <translation>Llamadas tensas</translation>
    </message>
    <message>
        <source>Calls where the customer&apos;s feelings ran high</source>
        <translation>Llamadas en las que los sentimientos del cliente subieron mucho</translation>
    </message>
    <message>
        <source>My stress 4 or 5</source>
        <translation>Mi tensión 4 o 5</translation>
    </message>
    <message>
        <source>Calls after which the agent rated their stress 4 or 5</source>
        <translation>Llamadas tras las que el agente valoró su tensión con 4 o 5</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>Informe PDF…</translation>
    </message>
    <message>
        <source>Agent&apos;s stress 4 or 5</source>
        <translation>Estrés del agente 4 o 5</translation>
    </message>
    <message>
        <source>Shared only where IT set team/shareWellbeing; otherwise no call matches</source>
        <translation>Solo se comparte si TI activó team/shareWellbeing; si no, ninguna llamada coincide</translation>
    </message>
</context>
<context>
    <name>attune::HistoryModel</name>
    <message>
        <source>Unknown caller</source>
        <translation>Llamante desconocido</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>en calma</translation>
    </message>
    <message>
        <source>The customer stayed calm</source>
        <translation>El cliente se mantuvo en calma</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>hot</source>
        <translation>tensa</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>algo tensa</translation>
    </message>
    <message>
        <source>calmed</source>
        <translation>se calmó</translation>
    </message>
    <message>
        <source>did not calm</source>
        <translation>no se calmó</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>The strongest feeling the customer&apos;s words showed on the call</source>
        <translation>El sentimiento más fuerte que mostraron las palabras del cliente en la llamada</translation>
    </message>
    <message>
        <source>The agent&apos;s own rubric score, 0 to 100</source>
        <translation>La puntuación del propio agente según la rúbrica, de 0 a 100</translation>
    </message>
    <message>
        <source>A supervisor&apos;s rubric score of the same call, 0 to 100</source>
        <translation>La puntuación de un supervisor de la misma llamada según la rúbrica, de 0 a 100</translation>
    </message>
    <message>
        <source>The agent&apos;s own stress before and after the call, 1 (calm) to 5</source>
        <translation>La tensión del propio agente antes y después de la llamada, de 1 (tranquilo) a 5</translation>
    </message>
    <message>
        <source>A breathing exercise was taken after this call</source>
        <translation>Se hizo un ejercicio de respiración después de esta llamada</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Peak feeling</source>
        <translation>Sentimiento máximo</translation>
    </message>
    <message>
        <source>Calmed</source>
        <translation>Se calmó</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Self score</source>
        <translation>Autopuntuación</translation>
    </message>
    <message>
        <source>Supervisor score</source>
        <translation>Puntuación del supervisor</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Tensión</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Kudos</source>
        <translation>Reconocimientos</translation>
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
        <translation>%1, el cliente se quedó molesto</translation>
    </message>
    <message>
        <source>The customer&apos;s own post-call survey, 0 to 100 (CSAT 1 to 5 or NPS 0 to 10)</source>
        <translation>La propia encuesta del cliente tras la llamada, de 0 a 100 (CSAT 1 a 5 o NPS 0 a 10)</translation>
    </message>
    <message>
        <source>Customer score</source>
        <translation>Puntuación del cliente</translation>
    </message>
</context>
<context>
    <name>attune::HistoryWindow</name>
    <message>
        <source>Attune – History</source>
        <translation>Attune – Historial</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Historial de llamadas</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>The supervisor session ended.</source>
        <translation>La sesión de supervisor terminó.</translation>
    </message>
    <message>
        <source>Export the listed calls</source>
        <translation>Exportar las llamadas de la lista</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save a coaching report</source>
        <translation>Guardar un informe de coaching</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Supervisor view. Private notes are hidden. The session ends after 5 idle minutes or when a call rings.</source>
        <translation>Vista de supervisor. Las notas privadas están ocultas. La sesión termina tras 5 minutos sin actividad o cuando suena una llamada.</translation>
    </message>
    <message>
        <source>Your history. Private notes are shown only to you.</source>
        <translation>Tu historial. Las notas privadas solo las ves tú.</translation>
    </message>
    <message>
        <source>End supervisor session</source>
        <translation>Terminar la sesión de supervisor</translation>
    </message>
    <message>
        <source>Supervisor sign-in…</source>
        <translation>Acceso de supervisor…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n llamada a %1.</numerusform>
            <numerusform>Se exportaron %n llamadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Informe guardado en %1.</translation>
    </message>
    <message>
        <source>Calls and trends</source>
        <translation>Llamadas y tendencias</translation>
    </message>
    <message>
        <source>Loading calls…</source>
        <translation>Cargando llamadas…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>The history could not be read. %1</source>
        <translation>No se pudo leer el historial. %1</translation>
    </message>
    <message>
        <source>This call is still loading. Try again in a moment.</source>
        <translation>Esta llamada aún se está cargando. Vuelve a intentarlo en un momento.</translation>
    </message>
</context>
<context>
    <name>attune::InstanceServer</name>
    <message>
        <source>request longer than %1 bytes</source>
        <translation>solicitud de más de %1 bytes</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>todavía no está listo</translation>
    </message>
    <message>
        <source>Attune is not running.</source>
        <translation>Attune no está en ejecución.</translation>
    </message>
    <message>
        <source>Could not send the request: %1</source>
        <translation>No se pudo enviar la solicitud: %1</translation>
    </message>
    <message>
        <source>Attune did not answer: %1</source>
        <translation>Attune no respondió: %1</translation>
    </message>
    <message>
        <source>Cannot take the instance lock %1: its folder cannot be written. Make %2 writable for your user (or ask IT to), then start Attune again.</source>
        <translation>No se puede tomar el bloqueo de instancia %1: no se puede escribir en su carpeta. Haz que tu usuario pueda escribir en %2 (o pídeselo a TI) y vuelve a abrir Attune.</translation>
    </message>
    <message>
        <source>field &quot;requestId&quot; must be a string of 1 to %1 characters</source>
        <translation>el campo &quot;requestId&quot; debe ser una cadena de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>Attune showed this but could not save it to its database; see the log file.</source>
        <translation>Attune lo mostró, pero no pudo guardarlo en su base de datos; consulte el archivo de registro.</translation>
    </message>
    <message>
        <source>Attune did not confirm the request within %1 seconds (%2); it may still be applied, once.</source>
        <translation>Attune no confirmó la solicitud en %1 segundos (%2); aún puede aplicarse, una sola vez.</translation>
    </message>
    <message>
        <source>Attune&apos;s answer is longer than %1 bytes</source>
        <translation>La respuesta de Attune supera los %1 bytes</translation>
    </message>
    <message>
        <source>%1.so cannot be loaded: %2</source>
        <translation>No se puede cargar %1.so: %2</translation>
    </message>
    <message>
        <source>%1.so belongs to another version of Attune (this is %2)</source>
        <translation>%1.so pertenece a otra versión de Attune (esta es la %2)</translation>
    </message>
    <message>
        <source>Attune quit before this was saved; it may still be saved, once. Check before sending it again.</source>
        <translation>Attune se cerró antes de guardar esto; puede que aún se guarde, una sola vez. Compruébelo antes de volver a enviarlo.</translation>
    </message>
    <message>
        <source>field &quot;requestId&quot; was already used for another command; send a new request with a new id</source>
        <translation>el campo &quot;requestId&quot; ya se usó para otro comando; envíe una nueva solicitud con un nuevo id</translation>
    </message>
</context>
<context>
    <name>attune::KudosStrip</name>
    <message>
        <source>Kudos from your supervisor</source>
        <translation>Reconocimientos de tu supervisor</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <source>Dismiss the kudos</source>
        <translation>Cerrar los reconocimientos</translation>
    </message>
</context>
<context>
    <name>attune::LiveIntegrations</name>
    <message>
        <source>The softphone connector and the WebSocket API cannot work: %1</source>
        <translation>La conexión con el softphone y la API WebSocket no pueden funcionar: %1</translation>
    </message>
</context>
<context>
    <name>attune::MyPhrasesDialog</name>
    <message>
        <source>My phrases</source>
        <translation>Mis frases</translation>
    </message>
    <message>
        <source>Phrases you wrote yourself. They are offered alongside the library and stay on this computer.</source>
        <translation>Frases que escribiste tú. Se ofrecen junto a la biblioteca y se quedan en este ordenador.</translation>
    </message>
    <message>
        <source>Your own phrases</source>
        <translation>Tus frases</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add a phrase of your own</source>
        <translation>Añadir una frase propia</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected phrase</source>
        <translation>Quitar la frase seleccionada</translation>
    </message>
    <message>
        <source>Close my phrases</source>
        <translation>Cerrar mis frases</translation>
    </message>
    <message>
        <source>The phrase was not saved: %1</source>
        <translation>La frase no se guardó: %1</translation>
    </message>
    <message>
        <source>The phrase was not removed: %1</source>
        <translation>La frase no se quitó: %1</translation>
    </message>
</context>
<context>
    <name>attune::PersonalPhraseDialog</name>
    <message>
        <source>calm</source>
        <translation>tranquilo</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Finding out</source>
        <translation>Indagación</translation>
    </message>
    <message>
        <source>Solving</source>
        <translation>Solución</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Add my own phrase</source>
        <translation>Añadir una frase propia</translation>
    </message>
    <message>
        <source>Phrase text</source>
        <translation>Texto de la frase</translation>
    </message>
    <message>
        <source>I can see why that would worry you, {customer.preferred_name}.</source>
        <translation>Entiendo que eso le preocupe, {customer.preferred_name}.</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>&amp;Palabras</translation>
    </message>
    <message>
        <source>Placeholders: {customer.preferred_name}, {last_contact.topic}, {agent.name}. A phrase whose placeholder has no value for a caller is not offered to you.</source>
        <translation>Marcadores: {customer.preferred_name}, {last_contact.topic}, {agent.name}. Una frase cuyo marcador no tiene valor para un cliente no se te propone.</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Técnica</translation>
    </message>
    <message>
        <source>&amp;Technique</source>
        <translation>&amp;Técnica</translation>
    </message>
    <message>
        <source>Fits when the customer is %1</source>
        <translation>Encaja cuando el cliente está %1</translation>
    </message>
    <message>
        <source>When the customer is</source>
        <translation>Cuando el cliente está</translation>
    </message>
    <message>
        <source>Fits the call part %1</source>
        <translation>Encaja en la parte de la llamada %1</translation>
    </message>
    <message>
        <source>Part of the call</source>
        <translation>Parte de la llamada</translation>
    </message>
    <message>
        <source>Problem with the phrase</source>
        <translation>Problema con la frase</translation>
    </message>
    <message>
        <source>Save phrase</source>
        <translation>Guardar frase</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>attune::PhraseService</name>
    <message>
        <source>your own phrases need the local database, which could not be opened</source>
        <translation>sus propias frases necesitan la base de datos local, que no se pudo abrir</translation>
    </message>
</context>
<context>
    <name>attune::PracticeHistoryList</name>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Practice runs</source>
        <translation>Prácticas realizadas</translation>
    </message>
    <message>
        <source>Your practice runs, kept apart from real calls. Only what the replies showed is kept, never the replies themselves.</source>
        <translation>Sus prácticas, separadas de las llamadas reales. Solo se guarda lo que mostraron las respuestas, nunca las respuestas.</translation>
    </message>
    <message>
        <source>About practice runs</source>
        <translation>Acerca de las prácticas</translation>
    </message>
    <message>
        <source>No practice runs yet. Practise from the sidebar between calls.</source>
        <translation>Aún no hay prácticas. Practique desde la barra lateral entre llamadas.</translation>
    </message>
    <message>
        <source>No practice runs</source>
        <translation>No hay prácticas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Cómo terminó</translation>
    </message>
    <message>
        <source>What the replies showed</source>
        <translation>Lo que mostraron las respuestas</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>nothing recognised</source>
        <translation>no se reconoció nada</translation>
    </message>
</context>
<context>
    <name>attune::PracticePanel</name>
    <message>
        <source>Blame instead of an apology</source>
        <translation>Culpar en lugar de disculparse</translation>
    </message>
    <message>
        <source>Words the customer may not know</source>
        <translation>Palabras que el cliente quizá no conozca</translation>
    </message>
    <message>
        <source>An assumption instead of a question</source>
        <translation>Una suposición en lugar de una pregunta</translation>
    </message>
    <message>
        <source>The customer&apos;s feeling went unacknowledged</source>
        <translation>No se reconoció lo que sentía el cliente</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Practice message</source>
        <translation>Mensaje de la práctica</translation>
    </message>
    <message>
        <source>Between calls, practise a hard conversation: Attune plays the customer and you type your replies.</source>
        <translation>Entre llamadas, practique una conversación difícil: Attune hace de cliente y usted escribe sus respuestas.</translation>
    </message>
    <message>
        <source>About practice</source>
        <translation>Acerca de la práctica</translation>
    </message>
    <message>
        <source>Practise…</source>
        <translation>Practicar…</translation>
    </message>
    <message>
        <source>Practise a conversation</source>
        <translation>Practicar una conversación</translation>
    </message>
    <message>
        <source>Practise a conversation (%1)</source>
        <translation>Practicar una conversación (%1)</translation>
    </message>
    <message>
        <source>Practice scenarios</source>
        <translation>Escenarios de práctica</translation>
    </message>
    <message>
        <source>Scenario summary</source>
        <translation>Resumen del escenario</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start the practice</source>
        <translation>Empezar la práctica</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel practice</source>
        <translation>Cancelar la práctica</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Practice conversation</source>
        <translation>Conversación de práctica</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>Your reply (Enter sends, Shift+Enter for a new line)</source>
        <translation>Su respuesta (Intro envía, Mayús+Intro para una línea nueva)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Enviar la respuesta</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop practising</source>
        <translation>Dejar de practicar</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Cómo terminó</translation>
    </message>
    <message>
        <source>Practice feedback</source>
        <translation>Comentarios de la práctica</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the practice feedback</source>
        <translation>Cerrar los comentarios de la práctica</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Used the customer&apos;s name</source>
        <translation>Usó el nombre del cliente</translation>
    </message>
    <message>
        <source>Acknowledged the feeling</source>
        <translation>Reconoció el sentimiento</translation>
    </message>
    <message>
        <source>Asked an open question</source>
        <translation>Hizo una pregunta abierta</translation>
    </message>
    <message>
        <source>Assumed instead of asking</source>
        <translation>Supuso en lugar de preguntar</translation>
    </message>
    <message>
        <source>Apologised</source>
        <translation>Se disculpó</translation>
    </message>
    <message>
        <source>Took ownership</source>
        <translation>Asumió la responsabilidad</translation>
    </message>
    <message>
        <source>Said what happens next</source>
        <translation>Explicó los siguientes pasos</translation>
    </message>
    <message>
        <source>Blamed someone or something</source>
        <translation>Culpó a alguien o a algo</translation>
    </message>
    <message>
        <source>Used jargon</source>
        <translation>Usó jerga interna</translation>
    </message>
    <message>
        <source>The customer left feeling better.</source>
        <translation>El cliente terminó sintiéndose mejor.</translation>
    </message>
    <message>
        <source>The customer left feeling much the same.</source>
        <translation>El cliente terminó sintiéndose más o menos igual.</translation>
    </message>
    <message>
        <source>The customer left feeling worse.</source>
        <translation>El cliente terminó sintiéndose peor.</translation>
    </message>
    <message>
        <source>The conversation reached its 12-turn limit.</source>
        <translation>La conversación llegó a su límite de 12 turnos.</translation>
    </message>
    <message>
        <source>You stopped before the end.</source>
        <translation>Se detuvo antes del final.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>What your replies showed</source>
        <translation>Lo que mostraron sus respuestas</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>no se mostró</translation>
    </message>
    <message>
        <source>Moments to try differently</source>
        <translation>Momentos para hacerlo de otra manera</translation>
    </message>
    <message>
        <source>The customer: “%1”</source>
        <translation>El cliente: «%1»</translation>
    </message>
    <message>
        <source>You: “%1”</source>
        <translation>Usted: «%1»</translation>
    </message>
    <message>
        <source>Heard: %1</source>
        <translation>Se oyó: %1</translation>
    </message>
    <message>
        <source>Could sound like:</source>
        <translation>Podría sonar así:</translation>
    </message>
    <message numerus="yes">
        <source>in %n reply(s)</source>
        <translation>
            <numerusform>en %n respuesta</numerusform>
            <numerusform>en %n respuestas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::PracticeService</name>
    <message>
        <source>Practice waits while a call is live.</source>
        <translation>La práctica espera mientras haya una llamada en curso.</translation>
    </message>
    <message>
        <source>No practice scenarios could be loaded.</source>
        <translation>No se pudo cargar ningún escenario de práctica.</translation>
    </message>
    <message>
        <source>There is no practice scenario &quot;%1&quot;. Known: %2.</source>
        <translation>No existe el escenario de práctica «%1». Disponibles: %2.</translation>
    </message>
    <message>
        <source>Choose a scenario first.</source>
        <translation>Elija primero un escenario.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is being practised; stop it first to start another.</source>
        <translation>Se está practicando «%1»; deténgalo antes de empezar otro.</translation>
    </message>
</context>
<context>
    <name>attune::ProfilePanel</name>
    <message>
        <source>Customer profile</source>
        <translation>Perfil del cliente</translation>
    </message>
    <message>
        <source>The caller&apos;s profile appears here when a call rings.</source>
        <translation>El perfil de quien llama aparece aquí cuando suena una llamada.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Full name for the new profile</source>
        <translation>Nombre completo del perfil nuevo</translation>
    </message>
    <message>
        <source>Call them…</source>
        <translation>Llamarle…</translation>
    </message>
    <message>
        <source>How the new customer likes to be addressed</source>
        <translation>Cómo prefiere que le llamen el cliente nuevo</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Crear perfil</translation>
    </message>
    <message>
        <source>Create a profile for this caller</source>
        <translation>Crear un perfil para quien llama</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Añadir una nota…</translation>
    </message>
    <message>
        <source>Note about this customer</source>
        <translation>Nota sobre este cliente</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Añadir la nota</translation>
    </message>
    <message>
        <source>recently bereaved</source>
        <translation>duelo reciente</translation>
    </message>
    <message>
        <source>vulnerable customer</source>
        <translation>cliente vulnerable</translation>
    </message>
    <message>
        <source>complaint open</source>
        <translation>reclamación abierta</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>customer since %1</source>
        <translation>cliente desde %1</translation>
    </message>
    <message>
        <source>The phone system says: %1</source>
        <translation>El sistema telefónico indica: %1</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Abierto: %1</translation>
    </message>
    <message>
        <source>Next time: %1</source>
        <translation>La próxima vez: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>No earlier contacts on file.</source>
        <translation>No hay contactos anteriores registrados.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers share this number</source>
        <translation>
            <numerusform>%n cliente comparte este número</numerusform>
            <numerusform>%n clientes comparten este número</numerusform>
        </translation>
    </message>
    <message>
        <source>This is %1</source>
        <translation>Es %1</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Llamante desconocido</translation>
    </message>
    <message>
        <source>Unknown caller: %1</source>
        <translation>Llamante desconocido: %1</translation>
    </message>
    <message>
        <source>No number was sent</source>
        <translation>No se envió ningún número</translation>
    </message>
    <message>
        <source>Be aware: %1</source>
        <translation>Atención: %1</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>La nota no se guardó: %1</translation>
    </message>
    <message>
        <source>No profile was created: %1</source>
        <translation>No se creó ningún perfil: %1</translation>
    </message>
    <message>
        <source>%1 (from the contact center): %2</source>
        <translation>%1 (del centro de contacto): %2</translation>
    </message>
</context>
<context>
    <name>attune::ProfileService</name>
    <message>
        <source>a profile needs the customer&apos;s name</source>
        <translation>un perfil necesita el nombre del cliente</translation>
    </message>
    <message>
        <source>notes belong to a known customer; create or choose the profile first</source>
        <translation>las notas son de un cliente conocido; crea o elige antes el perfil</translation>
    </message>
    <message>
        <source>the database refused it (%1)</source>
        <translation>la base de datos lo rechazó (%1)</translation>
    </message>
</context>
<context>
    <name>attune::SettingsDialog</name>
    <message>
        <source>Attune settings</source>
        <translation>Ajustes de Attune</translation>
    </message>
    <message>
        <source>Dock to screen edge</source>
        <translation>Acoplar al borde de la pantalla</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Keep Attune above other windows</source>
        <translation>Mantener Attune por encima de las demás ventanas</translation>
    </message>
    <message>
        <source>Bring Attune to the front when a call rings (it never takes the keyboard)</source>
        <translation>Traer Attune al frente cuando suene una llamada (nunca toma el teclado)</translation>
    </message>
    <message>
        <source>Compact view</source>
        <translation>Vista compacta</translation>
    </message>
    <message>
        <source>Reduce motion (no pulsing or animation)</source>
        <translation>Reducir el movimiento (sin pulsos ni animaciones)</translation>
    </message>
    <message>
        <source>Show an icon in the system tray</source>
        <translation>Mostrar un icono en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Language (after restart)</source>
        <translation>Idioma (tras reiniciar)</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar los ajustes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1 (set by your IT department)</source>
        <translation>%1 (lo gestiona el departamento de TI)</translation>
    </message>
    <message>
        <source>🔒 Set by your IT department</source>
        <translation>🔒 Lo gestiona el departamento de TI</translation>
    </message>
    <message>
        <source>%1 is set by your IT department</source>
        <translation>El departamento de TI gestiona «%1»</translation>
    </message>
    <message>
        <source>Your IT department manages this setting.</source>
        <translation>El departamento de TI gestiona este ajuste.</translation>
    </message>
    <message>
        <source>Some settings were not saved</source>
        <translation>Algunos ajustes no se guardaron</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> updates per call</source>
        <translation> actualizaciones por llamada</translation>
    </message>
    <message>
        <source>Suggestion updates per call</source>
        <translation>Actualizaciones de sugerencias por llamada</translation>
    </message>
    <message>
        <source>Never suggest these techniques</source>
        <translation>No sugerir nunca estas técnicas</translation>
    </message>
    <message>
        <source>Built-in library</source>
        <translation>Biblioteca integrada</translation>
    </message>
    <message>
        <source>Phrase library file</source>
        <translation>Archivo de biblioteca de frases</translation>
    </message>
    <message>
        <source>Breathing pattern</source>
        <translation>Patrón de respiración</translation>
    </message>
    <message>
        <source>Breathing exercise length</source>
        <translation>Duración del ejercicio de respiración</translation>
    </message>
    <message>
        <source>Calm: in 4, out 6; Square: in 3, hold 3, out 3, hold 3</source>
        <translation>Calma: in 4, out 6; Cuadrada: in 3, hold 3, out 3, hold 3</translation>
    </message>
    <message>
        <source>My breathing patterns</source>
        <translation>Mis patrones de respiración</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Patterns from IT</source>
        <translation>Patrones de TI</translation>
    </message>
    <message>
        <source>Built-in questions</source>
        <translation>Preguntas integradas</translation>
    </message>
    <message>
        <source>Self-assessment questions file</source>
        <translation>Archivo de preguntas de autoevaluación</translation>
    </message>
    <message>
        <source>From the system language</source>
        <translation>Según el idioma del sistema</translation>
    </message>
    <message>
        <source>Country of national phone numbers</source>
        <translation>País de los números de teléfono nacionales</translation>
    </message>
    <message>
        <source>Not set. IT sets it with attune hash-pin.</source>
        <translation>Sin definir. TI lo define con attune hash-pin.</translation>
    </message>
    <message>
        <source>Set by your IT department</source>
        <translation>Definido por tu departamento de TI</translation>
    </message>
    <message>
        <source>Supervisor PIN</source>
        <translation>PIN de supervisor</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Keep call history for</source>
        <translation>Conservar el historial de llamadas durante</translation>
    </message>
    <message>
        <source>Allow private notes in the self-assessment</source>
        <translation>Permitir notas privadas en la autoevaluación</translation>
    </message>
    <message>
        <source>Allow exporting my self-assessments</source>
        <translation>Permitir exportar mis autoevaluaciones</translation>
    </message>
    <message>
        <source>Set by your IT department (%1 in %2); it cannot be changed here.</source>
        <translation>Definido por tu departamento de TI (%1 en %2); no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Take calls from the baresip softphone</source>
        <translation>Recibir llamadas del softphone baresip</translation>
    </message>
    <message>
        <source>baresip control address</source>
        <translation>Dirección de control de baresip</translation>
    </message>
    <message>
        <source>baresip control port (ctrl_tcp)</source>
        <translation>Puerto de control de baresip (ctrl_tcp)</translation>
    </message>
    <message>
        <source>Accept calls and transcripts from contact-center software on this computer (WebSocket API)</source>
        <translation>Aceptar llamadas y transcripciones del software del centro de contacto en este equipo (API WebSocket)</translation>
    </message>
    <message>
        <source>WebSocket API port</source>
        <translation>Puerto de la API WebSocket</translation>
    </message>
    <message>
        <source>Generated on first use in %1 (readable only by you).</source>
        <translation>Se genera al primer uso en %1 (solo tú puedes leerlo).</translation>
    </message>
    <message>
        <source>WebSocket API token</source>
        <translation>Token de la API WebSocket</translation>
    </message>
    <message>
        <source>None: programs only, no web pages</source>
        <translation>Ninguna: solo programas, ninguna página web</translation>
    </message>
    <message>
        <source>Web pages allowed to connect (origins)</source>
        <translation>Páginas web que pueden conectarse (orígenes)</translation>
    </message>
    <message>
        <source>Setting groups</source>
        <translation>Grupos de ajustes</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Calls and privacy</source>
        <translation>Llamadas y privacidad</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integraciones</translation>
    </message>
    <message>
        <source>Team server (PostgreSQL)</source>
        <translation>Servidor del equipo (PostgreSQL)</translation>
    </message>
    <message>
        <source>Team server port</source>
        <translation>Puerto del servidor del equipo</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Base de datos del equipo</translation>
    </message>
    <message>
        <source>My team server user</source>
        <translation>Mi usuario en el servidor del equipo</translation>
    </message>
    <message>
        <source>Password file (only I can read it)</source>
        <translation>Archivo de contraseña (solo yo puedo leerlo)</translation>
    </message>
    <message>
        <source>Team server certificate authority (CA file)</source>
        <translation>Autoridad de certificación del servidor del equipo (archivo CA)</translation>
    </message>
    <message>
        <source>My client certificate</source>
        <translation>Mi certificado de cliente</translation>
    </message>
    <message>
        <source>My client certificate key</source>
        <translation>Clave de mi certificado de cliente</translation>
    </message>
    <message>
        <source>Transcribe what the customer says in baresip calls, on this computer (English only; no audio is kept)</source>
        <translation>Transcribir lo que dice el cliente en las llamadas de baresip, en este equipo (solo inglés; no se guarda audio)</translation>
    </message>
    <message>
        <source>Built-in practice calls</source>
        <translation>Llamadas de práctica incluidas</translation>
    </message>
    <message>
        <source>Practice calls folder</source>
        <translation>Carpeta de llamadas de práctica</translation>
    </message>
    <message>
        <source>With a team server, your answered calls and self-assessments are copied to it for your supervisor, and their notes and kudos come back; private notes never leave this computer. Changes here apply when Attune starts again.</source>
        <translation>Con un servidor de equipo, sus llamadas atendidas y autoevaluaciones se copian en él para su supervisor, y sus notas y reconocimientos vuelven; las notas privadas nunca salen de este equipo. Los cambios aquí se aplican cuando Attune vuelve a iniciarse.</translation>
    </message>
    <message>
        <source>Your stress ratings are shared with the team server and shown to your supervisor: your IT department decided so.</source>
        <translation>Sus valoraciones de estrés se comparten con el servidor de equipo y las ve su supervisor: así lo decidió su departamento de TI.</translation>
    </message>
    <message>
        <source>Your stress ratings stay on this computer and are not shown to supervisors; only your IT department can decide to share them.</source>
        <translation>Sus valoraciones de estrés se quedan en este equipo y no las ven los supervisores; solo su departamento de TI puede decidir compartirlas.</translation>
    </message>
    <message>
        <source>Stress ratings</source>
        <translation>Valoraciones de estrés</translation>
    </message>
    <message>
        <source>No team server: your calls and self-assessments stay on this computer. Only your IT department can set one up.</source>
        <translation>Sin servidor de equipo: sus llamadas y autoevaluaciones se quedan en este equipo. Solo su departamento de TI puede configurar uno.</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Servidor de equipo</translation>
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
        <translation>Barra lateral de Attune</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Siempre visible</translation>
    </message>
    <message>
        <source>Compact view</source>
        <translation>Vista compacta</translation>
    </message>
    <message>
        <source>Ready for next call</source>
        <translation>Listo para la siguiente llamada</translation>
    </message>
    <message>
        <source>Quit Attune</source>
        <translation>Salir de Attune</translation>
    </message>
    <message>
        <source>Demo mode: a scripted call on a separate demo database.</source>
        <translation>Modo demostración: una llamada guionizada en una base de datos de demostración aparte.</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Modo demostración</translation>
    </message>
    <message>
        <source>Call assistance</source>
        <translation>Ayuda durante la llamada</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>Perfil del cliente</translation>
    </message>
    <message>
        <source>Suggested phrasings</source>
        <translation>Frases sugeridas</translation>
    </message>
    <message>
        <source>Take a breath</source>
        <translation>Respira</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Lo que se dijo</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Attune (demo)</source>
        <translation>Attune (demostración)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show Attune</source>
        <translation>Mostrar Attune</translation>
    </message>
    <message>
        <source>Copy suggestion %1</source>
        <translation>Copiar sugerencia %1</translation>
    </message>
    <message>
        <source>Your own phrases need the local database, which could not be opened.</source>
        <translation>Tus frases propias necesitan la base de datos local, que no se pudo abrir.</translation>
    </message>
    <message>
        <source>The phrase was not saved: %1</source>
        <translation>La frase no se guardó: %1</translation>
    </message>
    <message>
        <source>Start a breathing exercise</source>
        <translation>Empezar un ejercicio de respiración</translation>
    </message>
    <message>
        <source>The breathing exercise is not ready yet.</source>
        <translation>El ejercicio de respiración aún no está listo.</translation>
    </message>
    <message>
        <source>Self-assess an earlier call</source>
        <translation>Autoevaluar una llamada anterior</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Historial de llamadas</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>The customer profile is not available: Attune could not open its database.</source>
        <translation>El perfil del cliente no está disponible: Attune no pudo abrir su base de datos.</translation>
    </message>
    <message>
        <source>Suggested phrasings are not available: Attune could not load its phrase library.</source>
        <translation>Las frases sugeridas no están disponibles: Attune no pudo cargar su biblioteca de frases.</translation>
    </message>
    <message>
        <source>The breathing exercise is not available.</source>
        <translation>El ejercicio de respiración no está disponible.</translation>
    </message>
    <message>
        <source>The softphone connector and the WebSocket API cannot work: Attune could not load its network module. Reinstall Attune, or ask IT.</source>
        <translation>La conexión con el softphone y la API WebSocket no pueden funcionar: Attune no pudo cargar su módulo de red. Reinstale Attune o consulte al departamento de TI.</translation>
    </message>
</context>
<context>
    <name>attune::SuggestionPanel</name>
    <message>
        <source>Suggested phrasings</source>
        <translation>Frases sugeridas</translation>
    </message>
    <message>
        <source>What the customer&apos;s words suggest</source>
        <translation>Lo que sugieren las palabras del cliente</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>No more suggestions during this call</source>
        <translation>No más sugerencias durante esta llamada</translation>
    </message>
    <message>
        <source>Snooze suggestions for this call</source>
        <translation>Pausar las sugerencias en esta llamada</translation>
    </message>
    <message>
        <source>Suggestions appear here while the customer speaks.</source>
        <translation>Las sugerencias aparecen aquí mientras habla el cliente.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy suggestion %1 (Ctrl+%1)</source>
        <translation>Copiar sugerencia %1 (Ctrl+%1)</translation>
    </message>
    <message>
        <source>Star suggestion %1</source>
        <translation>Marcar sugerencia %1 como favorita</translation>
    </message>
    <message>
        <source>Dismiss suggestion %1</source>
        <translation>Descartar sugerencia %1</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>The customer sounds calm.</source>
        <translation>El cliente suena tranquilo.</translation>
    </message>
    <message>
        <source>The customer sounds %1.</source>
        <translation>El cliente suena %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
    <message>
        <source>Snoozed for this call.</source>
        <translation>En pausa durante esta llamada.</translation>
    </message>
    <message>
        <source>That&apos;s enough prompts for one call; they return with the next call.</source>
        <translation>Suficientes avisos para una llamada; vuelven con la siguiente.</translation>
    </message>
    <message>
        <source>More like suggestion %1</source>
        <translation>Más como la sugerencia %1</translation>
    </message>
    <message>
        <source>No other phrasing fits</source>
        <translation>No encaja ninguna otra frase</translation>
    </message>
    <message>
        <source>Stop suggesting &quot;%1&quot;</source>
        <translation>Dejar de sugerir «%1»</translation>
    </message>
    <message>
        <source>Add my own phrase…</source>
        <translation>Añadir una frase propia…</translation>
    </message>
    <message>
        <source>My phrases…</source>
        <translation>Mis frases…</translation>
    </message>
</context>
<context>
    <name>attune::SupervisorPinDialog</name>
    <message>
        <source>Supervisor sign-in</source>
        <translation>Acceso de supervisor</translation>
    </message>
    <message>
        <source>Supervisor PIN</source>
        <translation>PIN de supervisor</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Estado del acceso</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
    <message>
        <source>That PIN is not right. %1</source>
        <translation>Ese PIN no es correcto. %1</translation>
    </message>
    <message>
        <source>Supervisor PIN or passphrase</source>
        <translation>PIN o frase de paso del supervisor</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Comprobando el PIN…</translation>
    </message>
    <message>
        <source>Another PIN is being checked; try again when it is answered.</source>
        <translation>Ya se está comprobando otro PIN; inténtelo de nuevo cuando tenga respuesta.</translation>
    </message>
    <message>
        <source>The sign-in was interrupted (a call rang or the history was put away); nothing was opened. Sign in again.</source>
        <translation>El inicio de sesión se interrumpió (sonó una llamada o se cerró el historial); no se abrió nada. Inicie sesión de nuevo.</translation>
    </message>
</context>
<context>
    <name>attune::TeamCoachingPanel</name>
    <message>
        <source>Coaching notes and kudos on this call</source>
        <translation>Notas de coaching y reconocimientos de esta llamada</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Saving status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Something you wrote on this call is not saved yet; it is kept.</source>
        <translation>Algo que escribió en esta llamada aún no se ha guardado; se conserva.</translation>
    </message>
    <message>
        <source>No coaching notes or kudos on this call yet.</source>
        <translation>Aún no hay notas de coaching ni reconocimientos en esta llamada.</translation>
    </message>
    <message>
        <source>Saved. %1 sees it after their Attune&apos;s next sync.</source>
        <translation>Guardado. %1 lo verá tras la próxima sincronización de su Attune.</translation>
    </message>
    <message>
        <source>This was already saved; nothing was added.</source>
        <translation>Esto ya estaba guardado; no se añadió nada.</translation>
    </message>
</context>
<context>
    <name>attune::TeamHistoryLoader</name>
    <message>
        <source>The team password file %1 does not exist.</source>
        <translation>El archivo de contraseña del equipo %1 no existe.</translation>
    </message>
    <message>
        <source>The team password file %1 can be read by others; Attune uses it only when it belongs to you and no one else can read it (chmod 600).</source>
        <translation>Otras personas pueden leer el archivo de contraseña del equipo %1; Attune solo lo usa si es suyo y nadie más puede leerlo (chmod 600).</translation>
    </message>
    <message>
        <source>The team password file %1 cannot be read.</source>
        <translation>No se puede leer el archivo de contraseña del equipo %1.</translation>
    </message>
    <message>
        <source>Wrong name or password for %1 on the team server.</source>
        <translation>Nombre o contraseña incorrectos para %1 en el servidor del equipo.</translation>
    </message>
    <message>
        <source>The team server %1:%2 does not answer.</source>
        <translation>El servidor del equipo %1:%2 no responde.</translation>
    </message>
    <message>
        <source>The team server&apos;s certificate could not be verified (%1).</source>
        <translation>No se pudo verificar el certificado del servidor del equipo (%1).</translation>
    </message>
    <message>
        <source>The team server refused the sign-in: %1</source>
        <translation>El servidor del equipo rechazó el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Team server unreachable — retrying…</source>
        <translation>Servidor del equipo inaccesible: reintentando…</translation>
    </message>
    <message>
        <source>The team key file %1 can be read by others; Attune uses it only when it belongs to you and no one else can read it (chmod 600).</source>
        <translation>Otras personas pueden leer el archivo de clave del equipo %1; Attune solo lo usa si es suyo y nadie más puede leerlo (chmod 600).</translation>
    </message>
    <message>
        <source>The team key file %1 is not an ordinary file Attune can read.</source>
        <translation>El archivo de clave del equipo %1 no es un archivo normal que Attune pueda leer.</translation>
    </message>
</context>
<context>
    <name>attune::TeamHistoryModel</name>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
</context>
<context>
    <name>attune::TeamHistoryView</name>
    <message>
        <source>Team history</source>
        <translation>Historial del equipo</translation>
    </message>
    <message>
        <source>Team calls, trends and comparison</source>
        <translation>Llamadas, tendencias y comparación del equipo</translation>
    </message>
    <message>
        <source>Team calls</source>
        <translation>Llamadas del equipo</translation>
    </message>
    <message>
        <source>The team server did not answer: %1</source>
        <translation>El servidor del equipo no respondió: %1</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Compare agents</source>
        <translation>Comparar agentes</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Signing in to the team server as %1…</source>
        <translation>Iniciando sesión en el servidor del equipo como %1…</translation>
    </message>
    <message>
        <source>All my teams</source>
        <translation>Todos mis equipos</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Todos los agentes</translation>
    </message>
    <message>
        <source>Signed in to the team server as %1 (agents in your teams: %2). Private notes and (unless IT shares them) stress ratings stay on each agent&apos;s computer.</source>
        <translation>Sesión iniciada en el servidor del equipo como %1 (agentes en sus equipos: %2). Las notas privadas y (salvo que TI las comparta) las valoraciones de estrés se quedan en el ordenador de cada agente.</translation>
    </message>
    <message>
        <source>Sign out of the team server</source>
        <translation>Cerrar sesión en el servidor del equipo</translation>
    </message>
    <message>
        <source>No team server is set up on this computer (team/server).</source>
        <translation>No hay ningún servidor del equipo configurado en este ordenador (team/server).</translation>
    </message>
    <message>
        <source>Sign in with your own supervisor account on the team server %1 to read your team&apos;s calls.</source>
        <translation>Inicie sesión con su propia cuenta de supervisor en el servidor del equipo %1 para leer las llamadas de su equipo.</translation>
    </message>
    <message>
        <source>Sign in to the team server…</source>
        <translation>Iniciar sesión en el servidor del equipo…</translation>
    </message>
    <message>
        <source>Sign in to the team server</source>
        <translation>Iniciar sesión en el servidor del equipo</translation>
    </message>
    <message>
        <source>My calls</source>
        <translation>Mis llamadas</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Mi equipo</translation>
    </message>
    <message>
        <source>The team server answers again.</source>
        <translation>El servidor del equipo vuelve a responder.</translation>
    </message>
</context>
<context>
    <name>attune::TeamService</name>
    <message>
        <source>The team sync could not start: this computer&apos;s database refused to switch the outbox on.</source>
        <translation>La sincronización con el equipo no pudo iniciarse: la base de datos de este equipo no permitió activar la bandeja de salida.</translation>
    </message>
</context>
<context>
    <name>attune::TeamSignInDialog</name>
    <message>
        <source>Sign in to the team server</source>
        <translation>Iniciar sesión en el servidor del equipo</translation>
    </message>
    <message>
        <source>Your own supervisor account on %1. The password is used for this session only and never saved.</source>
        <translation>Su propia cuenta de supervisor en %1. La contraseña solo se usa en esta sesión y nunca se guarda.</translation>
    </message>
    <message>
        <source>Name on the team server</source>
        <translation>Nombre en el servidor del equipo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>attune::TeamSync</name>
    <message>
        <source>Wrong password for agent %1 on the team server.</source>
        <translation>Contraseña incorrecta del agente %1 en el servidor del equipo.</translation>
    </message>
    <message>
        <source>The team server %1 could not prove who it is (its TLS certificate was refused). Records wait on this computer.</source>
        <translation>El servidor del equipo %1 no pudo demostrar quién es (se rechazó su certificado TLS). Los registros esperan en este equipo.</translation>
    </message>
    <message>
        <source>The team server does not let %1 deliver records (IT adds agents to a team). Records wait on this computer.</source>
        <translation>El servidor del equipo no permite que %1 entregue registros (TI añade los agentes a un equipo). Los registros esperan en este equipo.</translation>
    </message>
    <message>
        <source>The team server has no database %1.</source>
        <translation>El servidor del equipo no tiene la base de datos %1.</translation>
    </message>
    <message>
        <source>The team server %1 cannot be reached. Records wait on this computer and are sent when it is back.</source>
        <translation>No se puede contactar con el servidor del equipo %1. Los registros esperan en este equipo y se envían cuando vuelva.</translation>
    </message>
    <message>
        <source>The team password file %1 does not exist.</source>
        <translation>El archivo de contraseña del equipo %1 no existe.</translation>
    </message>
    <message>
        <source>The team password file %1 can be read by others; Attune uses it only when it belongs to you and no one else can read it (chmod 600).</source>
        <translation>Otras personas pueden leer el archivo de contraseña del equipo %1; Attune solo lo usa si es tuyo y nadie más puede leerlo (chmod 600).</translation>
    </message>
    <message>
        <source>The team password file %1 cannot be read.</source>
        <translation>No se puede leer el archivo de contraseña del equipo %1.</translation>
    </message>
    <message>
        <source>The team server refused a record; it stays on this computer (%1).</source>
        <translation>El servidor del equipo rechazó un registro; se queda en este equipo (%1).</translation>
    </message>
    <message>
        <source>The team server refused the certificate of agent %1 (IT issues it in the name %1). Records wait on this computer.</source>
        <translation>El servidor del equipo rechazó el certificado del agente %1 (TI lo emite a nombre de %1). Los registros esperan en este equipo.</translation>
    </message>
    <message>
        <source>The team key file %1 does not exist.</source>
        <translation>El archivo de clave del equipo %1 no existe.</translation>
    </message>
    <message>
        <source>The team key file %1 can be read by others; Attune uses it only when it belongs to you and no one else can read it (chmod 600).</source>
        <translation>Otras personas pueden leer el archivo de clave del equipo %1; Attune solo lo usa si es suyo y nadie más puede leerlo (chmod 600).</translation>
    </message>
    <message>
        <source>The team key file %1 is not an ordinary file Attune can read.</source>
        <translation>El archivo de clave del equipo %1 no es un archivo normal que Attune pueda leer.</translation>
    </message>
</context>
<context>
    <name>attune::TeamSyncIndicator</name>
    <message numerus="yes">
        <source>Team history: sending %n record(s)…</source>
        <translation>
            <numerusform>Historial del equipo: enviando %n registro…</numerusform>
            <numerusform>Historial del equipo: enviando %n registros…</numerusform>
        </translation>
    </message>
    <message>
        <source>Team history: up to date.</source>
        <translation>Historial del equipo: al día.</translation>
    </message>
    <message>
        <source>Team history: connecting…</source>
        <translation>Historial del equipo: conectando…</translation>
    </message>
    <message numerus="yes">
        <source>Team history: offline, %n record(s) wait on this computer.</source>
        <translation>
            <numerusform>Historial del equipo: sin conexión, %n registro espera en este equipo.</numerusform>
            <numerusform>Historial del equipo: sin conexión, %n registros esperan en este equipo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team history: offline.</source>
        <translation>Historial del equipo: sin conexión.</translation>
    </message>
    <message>
        <source>Last sent %1.</source>
        <translation>Último envío: %1.</translation>
    </message>
    <message>
        <source>Team history sync</source>
        <translation>Sincronización del historial del equipo</translation>
    </message>
</context>
<context>
    <name>attune::TranscriptionNotice</name>
    <message>
        <source>The customer&apos;s speech is transcribed on this computer and not stored.</source>
        <translation>La voz del cliente se transcribe en este equipo y no se guarda.</translation>
    </message>
    <message>
        <source>Transcription notice</source>
        <translation>Aviso de transcripción</translation>
    </message>
</context>
<context>
    <name>attune::TrendsView</name>
    <message>
        <source>Self-assessment answers, share of &quot;yes&quot; by week</source>
        <translation>Respuestas de la autoevaluación: porcentaje de «sí» por semana</translation>
    </message>
    <message>
        <source>Hot calls that calmed, by week</source>
        <translation>Llamadas tensas que se calmaron, por semana</translation>
    </message>
    <message>
        <source>Self score and supervisor score, by week</source>
        <translation>Autopuntuación y puntuación del supervisor, por semana</translation>
    </message>
    <message>
        <source>Stress before and after breathing, by week</source>
        <translation>Tensión antes y después de respirar, por semana</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Working out the trends…</source>
        <translation>Calculando las tendencias…</translation>
    </message>
    <message>
        <source>No weeks to show.</source>
        <translation>No hay semanas que mostrar.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Share of hot calls that calmed</source>
        <translation>Porcentaje de llamadas tensas que se calmaron</translation>
    </message>
    <message>
        <source>Self score</source>
        <translation>Autopuntuación</translation>
    </message>
    <message>
        <source>Supervisor score</source>
        <translation>Puntuación del supervisor</translation>
    </message>
    <message>
        <source>Gap (self minus supervisor)</source>
        <translation>Diferencia (propia menos supervisor)</translation>
    </message>
    <message>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <source>Before breathing</source>
        <translation>Antes de respirar</translation>
    </message>
    <message>
        <source>After breathing</source>
        <translation>Después de respirar</translation>
    </message>
    <message>
        <source>stress (1–5)</source>
        <translation>tensión (1–5)</translation>
    </message>
    <message>
        <source>Week of %1: self score %2, supervisor score %3.</source>
        <translation>Semana del %1: autopuntuación %2, puntuación del supervisor %3.</translation>
    </message>
    <message>
        <source>Week of %1: stress %2 before breathing, %3 after.</source>
        <translation>Semana del %1: tensión %2 antes de respirar, %3 después.</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>Week of %1: %2.</source>
        <translation>Semana del %1: %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>How the customer felt vs how you thought it went, by week</source>
        <translation>Cómo se sintió el cliente frente a cómo creíste que fue, por semana</translation>
    </message>
    <message>
        <source>Customer score</source>
        <translation>Puntuación del cliente</translation>
    </message>
    <message>
        <source>Gap (self minus customer)</source>
        <translation>Diferencia (propia menos cliente)</translation>
    </message>
    <message>
        <source>Week of %1: self score %2, customer score %3.</source>
        <translation>Semana del %1: autoevaluación %2, puntuación del cliente %3.</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <comment>weeks, self-assessments</comment>
        <translation>%1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n self-assessment(s)</source>
        <translation>
            <numerusform>%n autoevaluación</numerusform>
            <numerusform>%n autoevaluaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %2 of %n hot call(s) calmed.</source>
        <translation>
            <numerusform>Semana del %1: se calmaron %2 de %n llamada tensa.</numerusform>
            <numerusform>Semana del %1: se calmaron %2 de %n llamadas tensas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::UnixSocketServer</name>
    <message>
        <source>Cannot listen on &quot;%1&quot;: not a usable path</source>
        <translation>No se puede escuchar en «%1»: no es una ruta utilizable</translation>
    </message>
    <message>
        <source>Cannot listen on %1: the path is too long for a local socket (%2 bytes, at most %3)</source>
        <translation>No se puede escuchar en %1: la ruta es demasiado larga para un socket local (%2 bytes, como máximo %3)</translation>
    </message>
    <message>
        <source>Cannot listen on %1: something that is not a socket is in its place (it was left as it is)</source>
        <translation>No se puede escuchar en %1: en su lugar hay algo que no es un socket (se ha dejado como estaba)</translation>
    </message>
    <message>
        <source>Cannot listen on %1: another program listens there</source>
        <translation>No se puede escuchar en %1: otro programa ya escucha ahí</translation>
    </message>
    <message>
        <source>Cannot listen on %1: its old socket file cannot be removed: %2</source>
        <translation>No se puede escuchar en %1: no se puede eliminar su antiguo archivo de socket: %2</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>No se puede escuchar en %1: %2</translation>
    </message>
</context>
<context>
    <name>attune::WebSocketApi</name>
    <message>
        <source>Host &quot;%1&quot; is not this computer&apos;s loopback address with port %2</source>
        <translation>El Host «%1» no es la dirección local (loopback) de este equipo con el puerto %2</translation>
    </message>
    <message>
        <source>Origin &quot;%1&quot; is not allowed (setting api/allowedOrigins)</source>
        <translation>El origen «%1» no está permitido (ajuste api/allowedOrigins)</translation>
    </message>
    <message>
        <source>The WebSocket API has no usable token.</source>
        <translation>La API WebSocket no tiene un token utilizable.</translation>
    </message>
    <message>
        <source>The WebSocket API cannot listen on 127.0.0.1 port %1: %2</source>
        <translation>La API WebSocket no puede escuchar en 127.0.0.1, puerto %1: %2</translation>
    </message>
    <message>
        <source>the WebSocket API was turned off</source>
        <translation>se desactivó la API WebSocket</translation>
    </message>
    <message>
        <source>too many connections (at most %1)</source>
        <translation>demasiadas conexiones (%1 como máximo)</translation>
    </message>
    <message>
        <source>the upgrade request is longer than %1 bytes</source>
        <translation>la solicitud de upgrade tiene más de %1 bytes</translation>
    </message>
    <message>
        <source>not a WebSocket upgrade request</source>
        <translation>no es una solicitud de upgrade a WebSocket</translation>
    </message>
    <message>
        <source>header %1 is repeated</source>
        <translation>la cabecera %1 está repetida</translation>
    </message>
    <message>
        <source>wrong token</source>
        <translation>token incorrecto</translation>
    </message>
    <message>
        <source>no token: send the Authorization header or an &quot;auth&quot; message first</source>
        <translation>sin token: envía la cabecera Authorization o primero un mensaje «auth»</translation>
    </message>
    <message>
        <source>send JSON as text messages, not binary ones</source>
        <translation>envía JSON en mensajes de texto, no binarios</translation>
    </message>
    <message>
        <source>too many messages: at most %1 a second</source>
        <translation>demasiados mensajes: %1 por segundo como máximo</translation>
    </message>
    <message>
        <source>the client does not read its replies</source>
        <translation>el cliente no lee sus respuestas</translation>
    </message>
    <message>
        <source>header %1 is reserved</source>
        <translation>la cabecera %1 está reservada</translation>
    </message>
    <message>
        <source>Attune showed this but could not save it to its database; see the log file.</source>
        <translation>Attune lo mostró, pero no pudo guardarlo en su base de datos; consulte el archivo de registro.</translation>
    </message>
    <message>
        <source>this &quot;requestId&quot; is still being applied; send it again in a moment</source>
        <translation>este &quot;requestId&quot; todavía se está aplicando; envíelo de nuevo en un momento</translation>
    </message>
    <message>
        <source>field &quot;requestId&quot; was already used for another message type; send a new one</source>
        <translation>el campo &quot;requestId&quot; ya se usó para otro tipo de mensaje; envíe uno nuevo</translation>
    </message>
</context>
<context>
    <name>attune::WrapUpBar</name>
    <message>
        <source>Wrap-up</source>
        <translation>Posllamada</translation>
    </message>
    <message>
        <source>Ready for next call</source>
        <translation>Listo para la siguiente llamada</translation>
    </message>
    <message>
        <source>Ends wrap-up (%1)</source>
        <translation>Termina el posllamada (%1)</translation>
    </message>
    <message>
        <source>Call ended after %1. Take a moment before the next one.</source>
        <translation>La llamada terminó tras %1. Tómate un momento antes de la siguiente.</translation>
    </message>
</context>
</TS>
