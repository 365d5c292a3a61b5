<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ApiMessage</name>
    <message>
        <source>field &quot;%1&quot; must be a string</source>
        <translation>o campo &quot;%1&quot; deve ser um texto</translation>
    </message>
    <message>
        <source>field &quot;caller&quot; must be an object</source>
        <translation>o campo &quot;caller&quot; deve ser um objeto</translation>
    </message>
    <message>
        <source>unknown field &quot;caller.%1&quot;</source>
        <translation>campo desconhecido &quot;caller.%1&quot;</translation>
    </message>
    <message>
        <source>field &quot;caller.fields&quot; must be an object of strings</source>
        <translation>o campo &quot;caller.fields&quot; deve ser um objeto de textos</translation>
    </message>
    <message>
        <source>field &quot;caller.fields&quot; has more than %1 entries</source>
        <translation>o campo &quot;caller.fields&quot; tem mais de %1 entradas</translation>
    </message>
    <message>
        <source>field &quot;caller.fields&quot; must map short names to short strings</source>
        <translation>o campo &quot;caller.fields&quot; deve associar nomes curtos a textos curtos</translation>
    </message>
    <message>
        <source>message longer than %1 bytes</source>
        <translation>mensagem maior que %1 bytes</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <translation>JSON malformado na posição %1: %2</translation>
    </message>
    <message>
        <source>a message must be a JSON object</source>
        <translation>uma mensagem deve ser um objeto JSON</translation>
    </message>
    <message>
        <source>field &quot;id&quot; must be a number or a string of at most %1 characters</source>
        <translation>o campo &quot;id&quot; deve ser um número ou um texto de no máximo %1 caracteres</translation>
    </message>
    <message>
        <source>unsupported protocol version (field &quot;version&quot;); expected %1</source>
        <translation>versão de protocolo não suportada (campo &quot;version&quot;); era esperada a %1</translation>
    </message>
    <message>
        <source>field &quot;type&quot; is missing or not a string</source>
        <translation>o campo &quot;type&quot; está ausente ou não é um texto</translation>
    </message>
    <message>
        <source>unknown message type &quot;%1&quot;</source>
        <translation>tipo de mensagem desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; for &quot;%2&quot;</source>
        <translation>campo desconhecido &quot;%1&quot; para &quot;%2&quot;</translation>
    </message>
    <message>
        <source>field &quot;token&quot; is missing or empty</source>
        <translation>o campo &quot;token&quot; está ausente ou vazio</translation>
    </message>
    <message>
        <source>field &quot;caller&quot; is missing or empty</source>
        <translation>o campo &quot;caller&quot; está ausente ou vazio</translation>
    </message>
    <message>
        <source>field &quot;speaker&quot; must be &quot;customer&quot; or &quot;agent&quot;</source>
        <translation>o campo &quot;speaker&quot; deve ser &quot;customer&quot; ou &quot;agent&quot;</translation>
    </message>
    <message>
        <source>field &quot;text&quot; is missing or empty</source>
        <translation>o campo &quot;text&quot; está ausente ou vazio</translation>
    </message>
    <message>
        <source>field &quot;final&quot; must be true or false</source>
        <translation>o campo &quot;final&quot; deve ser true ou false</translation>
    </message>
    <message>
        <source>field &quot;timestamp&quot; must be milliseconds since 1970 (or an ISO 8601 time)</source>
        <translation>o campo &quot;timestamp&quot; deve estar em milissegundos desde 1970 (ou ser um horário ISO 8601)</translation>
    </message>
    <message>
        <source>field &quot;timestamp&quot; is not an ISO 8601 time</source>
        <translation>o campo &quot;timestamp&quot; não é um horário ISO 8601</translation>
    </message>
    <message>
        <source>field &quot;timestamp&quot; must be a number or a string</source>
        <translation>o campo &quot;timestamp&quot; deve ser um número ou um texto</translation>
    </message>
    <message>
        <source>field &quot;caller.language&quot; is longer than 16 characters</source>
        <translation>o campo “caller.language” tem mais de 16 caracteres</translation>
    </message>
    <message>
        <source>field &quot;requestId&quot; must be a string of 1 to %1 characters</source>
        <translation>o campo &quot;requestId&quot; deve ser um texto de 1 a %1 caracteres</translation>
    </message>
</context>
<context>
    <name>ApiToken</name>
    <message>
        <source>Cannot write the API token file %1.</source>
        <translation>Não é possível gravar o arquivo do token da API %1.</translation>
    </message>
    <message>
        <source>Cannot create the API token file %1: %2</source>
        <translation>Não é possível criar o arquivo do token da API %1: %2</translation>
    </message>
    <message>
        <source>The API token file %1 does not hold a token (at least 32 letters, digits, &apos;-&apos; or &apos;_&apos;); delete it to have a new one made.</source>
        <translation>O arquivo do token da API %1 não contém um token (pelo menos 32 letras, dígitos, &apos;-&apos; ou &apos;_&apos;); apague-o para que um novo seja criado.</translation>
    </message>
    <message>
        <source>Cannot read the API token file: %1</source>
        <translation>Não é possível ler o arquivo do token da API: %1</translation>
    </message>
</context>
<context>
    <name>AssessmentExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>BaresipEvent</name>
    <message>
        <source>baresip sent something that is not a JSON object</source>
        <translation>o baresip enviou algo que não é um objeto JSON</translation>
    </message>
    <message>
        <source>baresip sent %1 without a call id</source>
        <translation>o baresip enviou %1 sem o id da ligação</translation>
    </message>
</context>
<context>
    <name>BreathingCoach</name>
    <message>
        <source>A call is live; breathing can wait until it ends.</source>
        <translation>Há uma ligação em andamento; a respiração pode esperar até ela terminar.</translation>
    </message>
    <message>
        <source>There is no breathing pattern &quot;%1&quot;.</source>
        <translation>Não existe o padrão de respiração &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>BreathingPattern</name>
    <message>
        <source>Box breathing</source>
        <translation>Respiração quadrada</translation>
    </message>
    <message>
        <source>4-7-8 breathing</source>
        <translation>Respiração 4-7-8</translation>
    </message>
    <message>
        <source>Coherent breathing</source>
        <translation>Respiração coerente</translation>
    </message>
    <message>
        <source>Cyclic sighing</source>
        <translation>Suspiro cíclico</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: start with a name and a colon, e.g. &quot;Calm: in 4, out 6&quot;</source>
        <translation>&quot;%1&quot;: comece com um nome e dois-pontos, por exemplo &quot;Calma: in 4, out 6&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: phase %2 &quot;%3&quot;: %4</source>
        <translation>&quot;%1&quot;: fase %2 &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>write in, top-up, hold or out and a number of seconds</source>
        <translation>escreva in, top-up, hold ou out e um número de segundos</translation>
    </message>
    <message>
        <source>the length must be above 0 seconds</source>
        <translation>a duração precisa ser maior que 0 segundos</translation>
    </message>
    <message>
        <source>the length must be at most %1 seconds</source>
        <translation>a duração pode ser de no máximo %1 segundos</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a breath needs at least one &quot;in&quot; and one &quot;out&quot;</source>
        <translation>&quot;%1&quot;: uma respiração precisa de pelo menos um &quot;in&quot; e um &quot;out&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: one breath takes %2 seconds; it must take %3 to %4 seconds</source>
        <translation>&quot;%1&quot;: uma respiração leva %2 segundos; ela precisa levar de %3 a %4 segundos</translation>
    </message>
    <message>
        <source>pattern %1: %2</source>
        <translation>padrão %1: %2</translation>
    </message>
</context>
<context>
    <name>CallAudioFollower</name>
    <message>
        <source>baresip&apos;s call audio file cannot be read: %1.</source>
        <translation>Não é possível ler o arquivo de áudio da chamada do baresip: %1.</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <source>%1: there is no call.</source>
        <translation>%1: não há nenhuma ligação.</translation>
    </message>
    <message>
        <source>%1: call &quot;%2&quot; is not the current call.</source>
        <translation>%1: a ligação &quot;%2&quot; não é a ligação atual.</translation>
    </message>
    <message>
        <source>%1: the call is %2.</source>
        <translation>%1: o estado da ligação é %2.</translation>
    </message>
    <message>
        <source>call start: call &quot;%1&quot; is already live.</source>
        <translation>call start: a ligação &quot;%1&quot; já está em andamento.</translation>
    </message>
    <message>
        <source>call start: call &quot;%1&quot; is still live; end it first.</source>
        <translation>call start: a ligação &quot;%1&quot; ainda está em andamento; encerre-a primeiro.</translation>
    </message>
    <message>
        <source>utterance: the text is empty.</source>
        <translation>fala: o texto está vazio.</translation>
    </message>
    <message>
        <source>finish wrap-up: the call is %1.</source>
        <translation>encerrar pós-atendimento: o estado da ligação é %1.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Could not start Attune: %1</source>
        <translation>Não foi possível iniciar o Attune: %1</translation>
    </message>
    <message>
        <source>Attune was started but did not come up within 15 seconds; see %1.</source>
        <translation>O Attune foi iniciado, mas não respondeu em 15 segundos; veja %1.</translation>
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
        <translation>attune: recusado: %1
</translation>
    </message>
    <message>
        <source>attune: there is nothing to export yet (no database at %1)
</source>
        <translation>attune: ainda não há nada para exportar (nenhum banco de dados em %1)
</translation>
    </message>
    <message>
        <source>attune: nothing was imported: %1
</source>
        <translation>attune: nada foi importado: %1
</translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Repita: </translation>
    </message>
    <message>
        <source>attune: the two PINs differ; nothing was printed
</source>
        <translation>attune: os dois PINs não são iguais; nada foi impresso
</translation>
    </message>
    <message numerus="yes">
        <source>%1 (customer %2): %n earlier contact(s) on record.</source>
        <translation>
            <numerusform>%1 (cliente %2): %n contato anterior registrado.</numerusform>
            <numerusform>%1 (cliente %2): %n contatos anteriores registrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>attune: Attune is already running for this data folder (%1); quit it first.
</source>
        <translation>attune: o Attune já está em execução para esta pasta de dados (%1); feche-o primeiro.
</translation>
    </message>
    <message>
        <source>Attune is already running; brought it forward.
</source>
        <translation>O Attune já estava em execução; ele foi trazido para a frente.
</translation>
    </message>
    <message>
        <source>Wrote a screenshot to %1
</source>
        <translation>Captura de tela salva em %1
</translation>
    </message>
    <message>
        <source>attune: could not write the screenshot %1
</source>
        <translation>attune: não foi possível gravar a captura de tela %1
</translation>
    </message>
    <message>
        <source>Attune found its database damaged and started a fresh one. Nothing was deleted: the damaged file is kept at %1.</source>
        <translation>O Attune encontrou o banco de dados danificado e criou um novo. Nada foi apagado: o arquivo danificado está guardado em %1.</translation>
    </message>
    <message>
        <source>Attune</source>
        <translation>Attune</translation>
    </message>
    <message>
        <source>Attune cannot save call history</source>
        <translation>O Attune não consegue salvar o histórico de ligações</translation>
    </message>
    <message>
        <source>No display found, so Attune runs offscreen and writes a screenshot instead of opening a window.
</source>
        <translation>Nenhuma tela encontrada: o Attune roda sem janela e grava uma captura de tela em vez de abrir uma janela.
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
        <translation>attune: não foi possível abrir o histórico: %1
</translation>
    </message>
    <message>
        <source>The history cannot open: %1</source>
        <translation>Não foi possível abrir o histórico: %1</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 bytes and was not read</source>
        <translation>a linha %1 tem mais de %2 bytes e não foi lida</translation>
    </message>
    <message>
        <source>attune: the PIN is longer than %1 bytes; nothing was printed
</source>
        <translation>attune: o PIN tem mais de %1 bytes; nada foi impresso
</translation>
    </message>
    <message>
        <source>the output was cut short</source>
        <translation>a saída foi interrompida</translation>
    </message>
    <message>
        <source>attune: could not write the output: %1
</source>
        <translation>attune: não foi possível gravar a saída: %1
</translation>
    </message>
    <message>
        <source>Supervisor PIN or passphrase: </source>
        <translation>PIN ou frase secreta do supervisor: </translation>
    </message>
    <message>
        <source>Attune cannot save</source>
        <translation>O Attune não consegue salvar</translation>
    </message>
    <message>
        <source>the self-assessment questions set by %1 were refused, using the built-in ones: %2</source>
        <translation>as perguntas de autoavaliação definidas em %1 foram recusadas; usando as integradas: %2</translation>
    </message>
    <message>
        <source>the phrase library set by %1 was refused, using the built-in one: %2</source>
        <translation>a biblioteca de frases definida em %1 foi recusada; usando a biblioteca integrada: %2</translation>
    </message>
    <message>
        <source>attune: there is no practice scenario &quot;%1&quot;; the scenarios are: %2
</source>
        <translation>attune: não existe o cenário de prática &quot;%1&quot;; os cenários são: %2
</translation>
    </message>
    <message>
        <source>Practice is open in Attune: choose a scenario.
</source>
        <translation>A prática está aberta no Attune: escolha um cenário.
</translation>
    </message>
    <message>
        <source>Practice &quot;%1&quot; is open in Attune.
</source>
        <translation>A prática &quot;%1&quot; está aberta no Attune.
</translation>
    </message>
    <message>
        <source>Password of the team server&apos;s admin role: </source>
        <translation>Senha do papel de administração do servidor da equipe: </translation>
    </message>
    <message>
        <source>the password on standard input is longer than %1 bytes</source>
        <translation>a senha na entrada padrão tem mais de %1 bytes</translation>
    </message>
    <message>
        <source>the password file %1 does not exist or is not a file</source>
        <translation>o arquivo de senha %1 não existe ou não é um arquivo</translation>
    </message>
    <message>
        <source>the password file %1 can be read by others or is not yours; it is used only when it belongs to you and no one else can read it (chmod 600)</source>
        <translation>o arquivo de senha %1 pode ser lido por outros ou não é seu; ele só é usado quando é seu e ninguém mais pode lê-lo (chmod 600)</translation>
    </message>
    <message>
        <source>the password file %1 cannot be read: %2</source>
        <translation>não é possível ler o arquivo de senha %1: %2</translation>
    </message>
    <message>
        <source>the PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed</source>
        <translation>o driver do PostgreSQL (QPSQL, pacote Debian libqt6sql6-psql) não está instalado</translation>
    </message>
    <message>
        <source>cannot connect to the team server %1 (database %2) as %3: %4</source>
        <translation>não é possível conectar ao servidor da equipe %1 (banco %2) como %3: %4</translation>
    </message>
    <message>
        <source>the team server was not set up: %1</source>
        <translation>o servidor da equipe não foi preparado: %1</translation>
    </message>
    <message>
        <source>The team server %1 (database %2) is set up: schema version %3, roles attune_agent and attune_supervisor, row-level security on.
</source>
        <translation>O servidor da equipe %1 (banco %2) está pronto: esquema na versão %3, papéis attune_agent e attune_supervisor, segurança por linha ativada.
</translation>
    </message>
    <message>
        <source>The team server %1 (database %2) is at schema version %3 (it was at %4); grants and policies were restored.
</source>
        <translation>O servidor da equipe %1 (banco %2) está na versão de esquema %3 (estava na %4); permissões e políticas foram restauradas.
</translation>
    </message>
    <message>
        <source>%1 is an agent of team %2.
</source>
        <translation>%1 é agente da equipe %2.
</translation>
    </message>
    <message>
        <source>%1 is a supervisor of team %2.
</source>
        <translation>%1 é supervisor da equipe %2.
</translation>
    </message>
    <message>
        <source>Give %1 a password with psql&apos;s \password %1 (or map a client certificate), then set team/user=%1 in their Attune&apos;s system settings.
</source>
        <translation>Dê a %1 uma senha com \password %1 no psql (ou associe um certificado de cliente) e depois defina team/user=%1 nas configurações do sistema do Attune dessa pessoa.
</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n assessment(s) to %1.
</source>
        <translation>
            <numerusform>%n autoavaliação exportada para %1.
</numerusform>
            <numerusform>%n autoavaliações exportadas para %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n survey answer(s) from %1: %2 new, %3 already imported; %4 from a customer who left upset.
</source>
        <translation>
            <numerusform>Importada %n resposta de pesquisa de %1: %2 nova, %3 já importada; %4 de um cliente que ficou chateado.
</numerusform>
            <numerusform>Importadas %n respostas de pesquisa de %1: %2 novas, %3 já importadas; %4 de um cliente que ficou chateado.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from %1: %2 new, %3 updated.
</source>
        <translation>
            <numerusform>%n linha importada de %1: %2 nova, %3 atualizada.
</numerusform>
            <numerusform>%n linhas importadas de %1: %2 novas, %3 atualizadas.
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
        <translation>O Attune já está em execução para esta pasta de dados (processo %1), mas não responde. Se a janela dele não voltar em instantes, encerre esse processo e inicie o Attune de novo.</translation>
    </message>
    <message>
        <source>Attune is already running for this data folder but does not answer. If its window does not come back in a moment, end it and start Attune again.</source>
        <translation>O Attune já está em execução para esta pasta de dados, mas não responde. Se a janela dele não voltar em instantes, encerre-o e inicie o Attune de novo.</translation>
    </message>
    <message>
        <source>Attune does not answer</source>
        <translation>O Attune não responde</translation>
    </message>
    <message>
        <source>Attune was started but stopped before it could take the request; see %1.</source>
        <translation>O Attune foi iniciado, mas parou antes de poder atender o pedido; veja %1.</translation>
    </message>
    <message>
        <source>attune: %1 is not a file of yours, so the Attune started now writes no log.
</source>
        <translation>attune: %1 não é um arquivo seu, então o Attune iniciado agora não grava nenhum registro.
</translation>
    </message>
</context>
<context>
    <name>CoachingStore</name>
    <message>
        <source>A coaching note needs some text.</source>
        <translation>Uma nota de coaching precisa de algum texto.</translation>
    </message>
    <message>
        <source>A coaching note can be at most %1 characters.</source>
        <translation>Uma nota de coaching pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>That call is no longer in the history.</source>
        <translation>Essa ligação não está mais no histórico.</translation>
    </message>
    <message>
        <source>Kudos name the behaviour they recognise.</source>
        <translation>Um reconhecimento precisa dizer qual comportamento está sendo reconhecido.</translation>
    </message>
    <message>
        <source>The behaviour can be at most %1 characters.</source>
        <translation>O comportamento pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Kudos can be at most %1 characters.</source>
        <translation>Um reconhecimento pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>That assessment is no longer in the history.</source>
        <translation>Essa avaliação não está mais no histórico.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (the call with %2)</source>
        <translation>%1 (na ligação com %2)</translation>
    </message>
    <message>
        <source>Only a signed-in supervisor can add this, and the supervisor PIN must be one made by this version of &quot;attune hash-pin&quot; (ask IT to run it again).</source>
        <translation>Só um supervisor conectado pode adicionar isto, e o PIN de supervisor precisa ter sido criado por esta versão do “attune hash-pin” (peça à TI para executá-lo de novo).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--lang must be one of %1</source>
        <translation>--lang deve ser um destes: %1</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>opção desconhecida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>a opção %1 precisa de um valor</translation>
    </message>
    <message>
        <source>option %1 needs a non-empty value</source>
        <translation>a opção %1 precisa de um valor não vazio</translation>
    </message>
    <message>
        <source>&quot;call&quot; needs a subcommand: start, answer, say or end</source>
        <translation>&quot;call&quot; precisa de um subcomando: start, answer, say ou end</translation>
    </message>
    <message>
        <source>&quot;call say&quot; needs --speaker customer or --speaker agent</source>
        <translation>&quot;call say&quot; precisa de --speaker customer ou --speaker agent</translation>
    </message>
    <message>
        <source>--speaker must be customer or agent, not &quot;%1&quot;</source>
        <translation>--speaker deve ser customer ou agent, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;call say&quot; needs the text of what was said</source>
        <translation>&quot;call say&quot; precisa do texto do que foi dito</translation>
    </message>
    <message>
        <source>unknown call subcommand &quot;%1&quot;</source>
        <translation>subcomando de &quot;call&quot; desconhecido: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;export&quot; needs what to export: assessments</source>
        <translation>&quot;export&quot; precisa saber o que exportar: assessments</translation>
    </message>
    <message>
        <source>--format needs csv or json</source>
        <translation>--format precisa de csv ou json</translation>
    </message>
    <message>
        <source>--format must be csv or json, not &quot;%1&quot;</source>
        <translation>--format deve ser csv ou json, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;export assessments&quot; writes one file; got &quot;%1&quot; too</source>
        <translation>&quot;export assessments&quot; grava um único arquivo; também recebeu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;export assessments&quot; needs --format csv or --format json</source>
        <translation>&quot;export assessments&quot; precisa de --format csv ou --format json</translation>
    </message>
    <message>
        <source>&quot;export assessments&quot; needs the file to write</source>
        <translation>&quot;export assessments&quot; precisa do arquivo a ser gravado</translation>
    </message>
    <message>
        <source>--map needs &quot;CRM header=field,...&quot;</source>
        <translation>--map precisa de &quot;cabeçalho do CRM=campo,...&quot;</translation>
    </message>
    <message>
        <source>&quot;import&quot; reads one file; got &quot;%1&quot; too</source>
        <translation>&quot;import&quot; lê um único arquivo; também recebeu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;import %1&quot; needs the file to read</source>
        <translation>&quot;import %1&quot; precisa do arquivo a ser lido</translation>
    </message>
    <message>
        <source>&quot;status&quot; takes no arguments</source>
        <translation>&quot;status&quot; não aceita argumentos</translation>
    </message>
    <message>
        <source>&quot;hash-pin&quot; takes no arguments; it reads the PIN on standard input</source>
        <translation>&quot;hash-pin&quot; não aceita argumentos; ele lê o PIN da entrada padrão</translation>
    </message>
    <message>
        <source>&quot;breathe&quot; takes no arguments</source>
        <translation>&quot;breathe&quot; não aceita argumentos</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>option --screenshot needs a file name</source>
        <translation>a opção --screenshot precisa de um nome de arquivo</translation>
    </message>
    <message>
        <source>the attune:// link was refused: %1</source>
        <translation>o link attune:// foi recusado: %1</translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation>ele tem mais de %1 caracteres</translation>
    </message>
    <message>
        <source>it is not a valid URL</source>
        <translation>ele não é uma URL válida</translation>
    </message>
    <message>
        <source>it does not start with attune://</source>
        <translation>ele não começa com attune://</translation>
    </message>
    <message>
        <source>only attune://call?… links are understood</source>
        <translation>só links attune://call?… são reconhecidos</translation>
    </message>
    <message>
        <source>a phone number (digits, spaces, + ( ) . -)</source>
        <translation>um número de telefone (dígitos, espaços, + ( ) . -)</translation>
    </message>
    <message>
        <source>a name of at most 200 characters</source>
        <translation>um nome de no máximo 200 caracteres</translation>
    </message>
    <message>
        <source>an id of letters, digits and . _ : @ -</source>
        <translation>um id formado por letras, dígitos e . _ : @ -</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>campo desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is given twice</source>
        <translation>o campo &quot;%1&quot; aparece duas vezes</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be %2</source>
        <translation>o campo &quot;%1&quot; deve ser %2</translation>
    </message>
    <message>
        <source>it needs at least a phone, a name or a customerId</source>
        <translation>ele precisa de pelo menos um telefone (phone), um nome (name) ou um customerId</translation>
    </message>
    <message>
        <source>an attune:// link comes alone, without other arguments</source>
        <translation>um link attune:// vem sozinho, sem outros argumentos</translation>
    </message>
    <message>
        <source>&quot;import&quot; needs what to import: customers, contacts, cases or feedback</source>
        <translation>&quot;import&quot; precisa saber o que importar: customers, contacts, cases ou feedback</translation>
    </message>
    <message>
        <source>&quot;practice&quot; takes at most one scenario id</source>
        <translation>&quot;practice&quot; aceita no máximo um id de cenário</translation>
    </message>
    <message>
        <source>a practice scenario id is 1 to 40 lower-case letters, digits and -, not &quot;%1&quot;</source>
        <translation>um id de cenário tem de 1 a 40 letras minúsculas, dígitos e -, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;team&quot; needs what to do: init, add-agent or add-supervisor</source>
        <translation>&quot;team&quot; precisa do que fazer: init, add-agent ou add-supervisor</translation>
    </message>
    <message>
        <source>&quot;team %1&quot; needs --server HOST</source>
        <translation>&quot;team %1&quot; precisa de --server HOST</translation>
    </message>
    <message>
        <source>--port must be a port number from 1 to 65535</source>
        <translation>--port deve ser um número de porta de 1 a 65535</translation>
    </message>
    <message>
        <source>--sslmode must be one of %1</source>
        <translation>--sslmode deve ser um de %1</translation>
    </message>
    <message>
        <source>&quot;team init&quot; takes no --team</source>
        <translation>&quot;team init&quot; não aceita --team</translation>
    </message>
    <message>
        <source>&quot;team %1&quot; needs exactly one person (their PostgreSQL role name)</source>
        <translation>&quot;team %1&quot; precisa de exatamente uma pessoa (o nome do papel dela no PostgreSQL)</translation>
    </message>
    <message>
        <source>&quot;team %1&quot; needs --team TEAM</source>
        <translation>&quot;team %1&quot; precisa de --team TEAM</translation>
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
  attune [--demo] [--screenshot FILE] [--exit-after-first-frame]
  attune call start [--call-id ID] [--phone NUMBER | NUMBER] [--customer-id ID] [--name NAME] [--lang en|es|de|fr|pt]
  attune call answer [--call-id ID]
  attune call say --speaker customer|agent [--call-id ID] [--partial] TEXT
  attune call end [--call-id ID]
  attune status
  attune breathe
  attune practice [CENÁRIO]
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

Sem comando, inicia o Attune ou traz para a frente o que já está em execução.
Os comandos &quot;call&quot; passam um evento de ligação para o Attune em execução
(iniciando-o, se necessário); softphones podem executá-los quando uma ligação
chega, é atendida e é encerrada.
&quot;status&quot; imprime o estado atual do Attune em execução como JSON (código de
saída 3 se nenhum estiver em execução).
&quot;breathe&quot; inicia um exercício de respiração no Attune (não durante uma ligação).
&quot;practice&quot; abre a prática no Attune, com o Attune no papel do cliente (não durante
uma ligação); com CENÁRIO (um id como repeat-failure) ele começa na hora.
&quot;export assessments&quot; grava em FILE as suas próprias autoavaliações pós-ligação;
uma nota privada nunca sai do banco de dados do computador.
&quot;import&quot; lê uma exportação do CRM (CSV ou JSON) para os perfis de clientes;
uma linha inválida interrompe a importação indicando arquivo, linha e campo, e
nada é gravado.
&quot;import feedback&quot; lê resultados de pesquisas pós-chamada (CSV ou JSON) junto às
suas chamadas, pelas mesmas regras; uma pesquisa cuja chamada não está no
histórico é recusada.
&quot;hash-pin&quot; lê um PIN de supervisor (sem exibi-lo na tela) e imprime a linha que
a TI coloca nas configurações do sistema para habilitar a visão do supervisor.
&quot;team&quot; prepara o servidor da equipe (PostgreSQL) para a TI: &quot;init&quot; cria ou
atualiza o esquema, os papéis e as políticas (pode ser repetido sem risco);
&quot;add-agent&quot; e &quot;add-supervisor&quot; tornam um papel do PostgreSQL membro de uma
equipe. CONNECTION é [--port N] [--database NOME] [--user ADMIN]
[--ca-file ARQUIVO] [--sslmode verify-full|verify-ca|require|disable]
[--password-file ARQUIVO]; a senha de administração é lida de ARQUIVO (legível
só pelo dono) ou da entrada padrão, nunca da linha de comando.
&quot;cues&quot; lê falas do cliente, uma por linha, e escreve um objeto JSON com os
sinais emocionais de cada linha, na mesma ordem.
Um link attune://call (vindo do sistema da central de atendimento) passa a
ligação como &quot;call start&quot;; um link que não passa na validação não muda nada.

Opções:
  --demo                    reproduz uma ligação de demonstração roteirizada, em
                            um banco de dados de demonstração separado
  --screenshot FILE         grava a janela principal em um PNG e sai (com --demo:
                            depois das primeiras falas da demonstração)
  --exit-after-first-frame  informa o primeiro quadro e sai ao fim da
                            inicialização (medição do tempo de inicialização)
  --version, --help

Códigos de saída: 0 sucesso, 1 a solicitação foi recusada ou falhou, 2 linha de
comando inválida (ou cenário de prática desconhecido), 3 o Attune não está em
execução (status).
</translation>
    </message>
    <message>
        <source>option %1 is given twice; give it once</source>
        <translation>a opção %1 foi informada duas vezes; informe-a só uma vez</translation>
    </message>
</context>
<context>
    <name>ConnectionThread</name>
    <message>
        <source>Attune asked the database from the wrong thread, and nothing was read or written. Please report this.</source>
        <translation>O Attune consultou o banco de dados a partir da thread errada, e nada foi lido nem gravado. Por favor, relate isto.</translation>
    </message>
</context>
<context>
    <name>ControlProtocol</name>
    <message>
        <source>field &quot;%1&quot; must be a string</source>
        <translation>o campo &quot;%1&quot; deve ser um texto</translation>
    </message>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <translation>JSON malformado na posição %1: %2</translation>
    </message>
    <message>
        <source>a request must be a JSON object</source>
        <translation>uma solicitação deve ser um objeto JSON</translation>
    </message>
    <message>
        <source>unsupported protocol version (field &quot;v&quot;); expected %1</source>
        <translation>versão de protocolo não suportada (campo &quot;v&quot;); era esperada a %1</translation>
    </message>
    <message>
        <source>field &quot;speaker&quot; must be &quot;customer&quot; or &quot;agent&quot;</source>
        <translation>o campo &quot;speaker&quot; deve ser &quot;customer&quot; ou &quot;agent&quot;</translation>
    </message>
    <message>
        <source>field &quot;text&quot; is missing or empty</source>
        <translation>o campo &quot;text&quot; está ausente ou vazio</translation>
    </message>
    <message>
        <source>self-assessments are not available (no database)</source>
        <translation>as autoavaliações não estão disponíveis (sem banco de dados)</translation>
    </message>
    <message>
        <source>field &quot;answers&quot; must be an object</source>
        <translation>o campo &quot;answers&quot; deve ser um objeto</translation>
    </message>
    <message>
        <source>field &quot;answers.%1&quot; must be a string</source>
        <translation>o campo &quot;answers.%1&quot; deve ser um texto</translation>
    </message>
    <message>
        <source>the breathing exercise is not ready yet</source>
        <translation>o exercício de respiração ainda não está pronto</translation>
    </message>
    <message>
        <source>field &quot;command&quot; is missing</source>
        <translation>o campo &quot;command&quot; está ausente</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the history is not available (no database)</source>
        <translation>o histórico não está disponível (sem banco de dados)</translation>
    </message>
    <message>
        <source>field &quot;private&quot; must be true or false</source>
        <translation>o campo “private” deve ser true ou false</translation>
    </message>
    <message>
        <source>field &quot;scenario&quot; must be a scenario id of at most 40 characters</source>
        <translation>o campo &quot;scenario&quot; deve ser um id de cenário de no máximo 40 caracteres</translation>
    </message>
    <message>
        <source>practice is not ready yet</source>
        <translation>a prática ainda não está pronta</translation>
    </message>
</context>
<context>
    <name>ControlReply</name>
    <message>
        <source>this request is answered once its write has run</source>
        <translation>esta solicitação é respondida quando sua gravação for concluída</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1:%2: the file is not UTF-8 text (at or after this line); save it from the CRM as CSV UTF-8</source>
        <translation>%1:%2: o arquivo não é texto UTF-8 (nesta linha ou depois dela); salve-o a partir do CRM como CSV UTF-8</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (at or after this line); save it from the CRM as CSV UTF-8</source>
        <translation>o arquivo não é texto UTF-8 (nesta linha ou depois dela); salve-o a partir do CRM como CSV UTF-8</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>um campo entre aspas nunca é fechado</translation>
    </message>
    <message>
        <source>field %1 is longer than %2 characters</source>
        <translation>o campo %1 tem mais de %2 caracteres</translation>
    </message>
    <message>
        <source>the record is longer than %1 characters</source>
        <translation>o registro tem mais de %1 caracteres</translation>
    </message>
    <message>
        <source>the record has more than %1 fields</source>
        <translation>o registro tem mais de %1 campos</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>--map &quot;%1&quot;: write CRM header=field, with field one of %2</source>
        <translation>--map &quot;%1&quot;: escreva cabeçalho do CRM=campo, sendo campo um destes: %2</translation>
    </message>
    <message>
        <source>is empty, and every row needs it</source>
        <translation>está vazio, e toda linha precisa dele</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD</source>
        <translation>&quot;%1&quot; não é uma data no formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; não é um destes: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not open or closed</source>
        <translation>&quot;%1&quot; não é open nem closed</translation>
    </message>
    <message>
        <source>no customer &quot;%1&quot;; import the customers first</source>
        <translation>não existe o cliente &quot;%1&quot;; importe os clientes primeiro</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or time written YYYY-MM-DD[THH:MM]</source>
        <translation>&quot;%1&quot; não é uma data ou hora no formato AAAA-MM-DD[THH:MM]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:1: the required column &quot;%2&quot; is missing (columns: %3)</source>
        <translation>%1:1: a coluna obrigatória &quot;%2&quot; está faltando (colunas: %3)</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: &quot;%3&quot; is already on line %4</source>
        <translation>%1: campo &quot;%2&quot;: &quot;%3&quot; já está na linha %4</translation>
    </message>
</context>
<context>
    <name>CustomerStore</name>
    <message>
        <source>a note is 1 to 2000 characters</source>
        <translation>uma nota tem de 1 a 2000 caracteres</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Não é possível criar o banco de dados %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program (%2). Attune did not change it; close the other program and start Attune again.</source>
        <translation>O banco de dados %1 está sendo usado por outro programa (%2). O Attune não o alterou; feche o outro programa e inicie o Attune de novo.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2) and could not be moved aside.</source>
        <translation>O banco de dados %1 está danificado (%2) e não pôde ser movido para outro lugar.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Não é possível ler a versão do esquema de %1.</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer Attune (schema %2; this one knows %3).</source>
        <translation>O banco de dados %1 foi criado por um Attune mais recente (esquema %2; esta versão conhece até o %3).</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>A migração %1 (%2) falhou: %3</translation>
    </message>
    <message>
        <source>The database %1 was truncated or replaced while Attune was running, so nothing more can be saved safely; this was not saved. Quit Attune and start it again.</source>
        <translation>O banco de dados %1 foi truncado ou substituído enquanto o Attune estava em execução, então nada mais pode ser salvo com segurança; isto não foi salvo. Feche o Attune e abra-o de novo.</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>o banco de dados</translation>
    </message>
    <message>
        <source>The disk holding %1 is full, so this was not saved. Free some space on it (or ask IT to), then try again.</source>
        <translation>O disco que contém %1 está cheio, então isto não foi salvo. Libere espaço nele (ou peça à TI) e tente de novo.</translation>
    </message>
    <message>
        <source>Attune cannot write to %1 (the file or its folder is read-only), so this was not saved. Make them writable for your user (or ask IT to), then try again.</source>
        <translation>O Attune não consegue gravar em %1 (o arquivo ou a pasta dele é somente leitura), então isto não foi salvo. Torne-os graváveis para o seu usuário (ou peça à TI) e tente de novo.</translation>
    </message>
    <message>
        <source>The disk reported an error while writing %1, so this was not saved. Check the disk (or ask IT to), then try again.</source>
        <translation>O disco informou um erro ao gravar %1, então isto não foi salvo. Verifique o disco (ou peça à TI) e tente de novo.</translation>
    </message>
    <message>
        <source>The database %1 is damaged, so this was not saved. Quit Attune and start it again: it keeps the damaged file aside and starts a fresh one.</source>
        <translation>O banco de dados %1 está danificado, então isto não foi salvo. Feche o Attune e abra-o de novo: ele guarda à parte o arquivo danificado e começa um novo.</translation>
    </message>
    <message>
        <source>Attune cannot write to its data folder %1 (%2). Nothing was changed. Make the folder and the files in it writable for your user (or ask IT to), then start Attune again.</source>
        <translation>O Attune não consegue gravar na pasta de dados %1 (%2). Nada foi alterado. Torne a pasta e os arquivos nela graváveis para o seu usuário (ou peça à TI) e abra o Attune de novo.</translation>
    </message>
    <message>
        <source>%1 Attune did not change anything.</source>
        <translation>%1 O Attune não alterou nada.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Nothing was changed. Start Attune: it keeps the damaged file aside and starts a fresh one.</source>
        <translation>O banco de dados %1 está danificado (%2). Nada foi alterado. Abra o Attune: ele guarda à parte o arquivo danificado e começa um novo.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a folder, a device or a FIFO, or a link to one). Attune did not open or change it. Move it out of the way (or ask IT to), then start Attune again.</source>
        <translation>%1 não é um arquivo comum (uma pasta, um dispositivo, um FIFO ou um link para um deles). O Attune não o abriu nem o alterou. Mova-o para outro lugar (ou peça à TI), depois inicie o Attune novamente.</translation>
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
        <translation>confuso</translation>
    </message>
    <message>
        <source>in a hurry</source>
        <translation>com pressa</translation>
    </message>
    <message>
        <source>grateful</source>
        <translation>grato</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Reconhecer</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validar</translation>
    </message>
    <message>
        <source>Apologise</source>
        <translation>Pedir desculpas</translation>
    </message>
    <message>
        <source>Reassure</source>
        <translation>Tranquilizar</translation>
    </message>
    <message>
        <source>Open question</source>
        <translation>Pergunta aberta</translation>
    </message>
    <message>
        <source>Clarify</source>
        <translation>Esclarecer</translation>
    </message>
    <message>
        <source>Set expectations</source>
        <translation>Alinhar expectativas</translation>
    </message>
    <message>
        <source>De-escalate</source>
        <translation>Reduzir a tensão</translation>
    </message>
    <message>
        <source>Personalise</source>
        <translation>Personalizar</translation>
    </message>
    <message>
        <source>Close warmly</source>
        <translation>Encerrar com cordialidade</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolvido</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>acompanhamento</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escalonado</translation>
    </message>
</context>
<context>
    <name>ExportPolicy</name>
    <message>
        <source>exporting is turned off by your IT department (%1); nothing was written</source>
        <translation>a exportação foi desativada pelo seu departamento de TI (%1); nada foi gravado</translation>
    </message>
</context>
<context>
    <name>FeedbackImport</name>
    <message>
        <source>no answered call &quot;%1&quot; is in this history; nothing is guessed</source>
        <translation>nenhuma chamada atendida &quot;%1&quot; está neste histórico; nada é adivinhado</translation>
    </message>
    <message>
        <source>is empty; give the call id, or customer_id or phone with call_time</source>
        <translation>está vazio; informe o id da chamada, ou customer_id ou phone com call_time</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time written YYYY-MM-DDTHH:MM[:SS][Z or +HH:MM]</source>
        <translation>&quot;%1&quot; não é um horário escrito YYYY-MM-DDTHH:MM[:SS][Z ou +HH:MM]</translation>
    </message>
    <message>
        <source>no answered call of &quot;%1&quot; within %2 minutes of %3 is in this history; nothing is guessed</source>
        <translation>nenhuma chamada atendida de &quot;%1&quot; a menos de %2 minutos de %3 está neste histórico; nada é adivinhado</translation>
    </message>
    <message>
        <source>%1 calls of &quot;%2&quot; are within %3 minutes of %4; give call_id to say which</source>
        <translation>%1 chamadas de &quot;%2&quot; estão a menos de %3 minutos de %4; informe call_id para dizer qual</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; não é um número inteiro de %2 a %3</translation>
    </message>
    <message>
        <source>is empty, and so is &quot;nps&quot;: a row needs CSAT (1 to 5) or NPS (0 to 10)</source>
        <translation>está vazio, assim como &quot;nps&quot;: uma linha precisa de CSAT (1 a 5) ou NPS (0 a 10)</translation>
    </message>
    <message>
        <source>%1: the same survey of call &quot;%2&quot; is already on line %3</source>
        <translation>%1: a mesma pesquisa da chamada &quot;%2&quot; já está na linha %3</translation>
    </message>
    <message>
        <source>%1:1: the file needs a column call_id (or customer_id or phone, with call_time) and a column csat or nps (columns: %2)</source>
        <translation>%1:1: o arquivo precisa de uma coluna call_id (ou customer_id ou phone, com call_time) e de uma coluna csat ou nps (colunas: %2)</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>from %1 to %2</source>
        <translation>entre %1 e %2</translation>
    </message>
    <message>
        <source>the first call</source>
        <translation>a primeira ligação</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation>resultado: %1</translation>
    </message>
    <message>
        <source>self score below %1</source>
        <translation>nota da autoavaliação abaixo de %1</translation>
    </message>
    <message>
        <source>hot calls only</source>
        <translation>só ligações intensas</translation>
    </message>
    <message>
        <source>stress 4 or 5 after the call</source>
        <translation>estresse 4 ou 5 depois da ligação</translation>
    </message>
    <message>
        <source>customer contains &quot;%1&quot;</source>
        <translation>cliente contém &quot;%1&quot;</translation>
    </message>
    <message>
        <source>All calls.</source>
        <translation>Todas as ligações.</translation>
    </message>
    <message>
        <source>Calls %1.</source>
        <translation>Ligações: %1.</translation>
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
        <translation>Semana de</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Autoavaliações</translation>
    </message>
    <message>
        <source>Hot calls that calmed</source>
        <translation>Ligações intensas que se acalmaram</translation>
    </message>
    <message>
        <source>Self / supervisor score</source>
        <translation>Nota da autoavaliação / do supervisor</translation>
    </message>
    <message>
        <source>Stress before / after breathing</source>
        <translation>Estresse antes / depois da respiração</translation>
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
        <translation>As ligações</translation>
    </message>
    <message>
        <source>The first %1 calls in the view&apos;s order</source>
        <translation>As primeiras %1 ligações na ordem da visualização</translation>
    </message>
    <message>
        <source>No call matches.</source>
        <translation>Nenhuma ligação corresponde aos filtros.</translation>
    </message>
    <message>
        <source>talk time %1</source>
        <translation>tempo de conversa %1</translation>
    </message>
    <message>
        <source>peak: %1</source>
        <translation>pico: %1</translation>
    </message>
    <message>
        <source>calmed</source>
        <translation>se acalmou</translation>
    </message>
    <message>
        <source>did not calm</source>
        <translation>não se acalmou</translation>
    </message>
    <message>
        <source>self score %1</source>
        <translation>nota da autoavaliação %1</translation>
    </message>
    <message>
        <source>supervisor score %1</source>
        <translation>nota do supervisor %1</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Cliente não identificado</translation>
    </message>
    <message>
        <source>Next time: %1</source>
        <translation>Da próxima vez: %1</translation>
    </message>
    <message>
        <source>Coaching: %1</source>
        <translation>Coaching: %1</translation>
    </message>
    <message>
        <source>Kudos: %1</source>
        <translation>Reconhecimento: %1</translation>
    </message>
    <message>
        <source>Kudos: %1 – %2</source>
        <translation>Reconhecimento: %1 – %2</translation>
    </message>
    <message>
        <source>customer score %1, left upset</source>
        <translation>nota do cliente %1, ficou chateado</translation>
    </message>
    <message>
        <source>customer score %1</source>
        <translation>nota do cliente %1</translation>
    </message>
    <message>
        <source>The customer: “%1”</source>
        <translation>O cliente: “%1”</translation>
    </message>
</context>
<context>
    <name>HistoryReportPrinter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Attune coaching report</source>
        <translation>Relatório de coaching do Attune</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não é possível gravar %1.</translation>
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
        <translation>%1: o arquivo está vazio</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1: campo &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>holds a lone surrogate (U+%1), which is not a character</source>
        <translation>contém um substituto isolado (U+%1), que não é um caractere</translation>
    </message>
    <message>
        <source>holds a NUL character (U+0000)</source>
        <translation>contém um caractere NUL (U+0000)</translation>
    </message>
    <message>
        <source>holds the control character U+%1</source>
        <translation>contém o caractere de controle U+%1</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>tem mais de %1 caracteres</translation>
    </message>
    <message>
        <source>%1:1: column &quot;%2&quot; appears twice</source>
        <translation>%1:1: a coluna &quot;%2&quot; aparece duas vezes</translation>
    </message>
    <message>
        <source>%1: there are no rows under the header</source>
        <translation>%1: não há linhas abaixo do cabeçalho</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: must be text</source>
        <translation>%1: campo &quot;%2&quot;: deve ser texto</translation>
    </message>
    <message>
        <source>%1: the list is empty</source>
        <translation>%1: a lista está vazia</translation>
    </message>
    <message numerus="yes">
        <source>%1: has %n field(s), the header has %2</source>
        <translation>
            <numerusform>%1: tem %n campo, mas o cabeçalho tem %2</numerusform>
            <numerusform>%1: tem %n campos, mas o cabeçalho tem %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>took out %n text-direction character(s) (the first U+%1) that override the direction or were left unclosed; they could make the text look different from what it is</source>
        <translation>
            <numerusform>%n caractere de direção do texto removido (o primeiro U+%1): ele forçava a direção ou não estava fechado e podia fazer o texto parecer diferente do que é</numerusform>
            <numerusform>%n caracteres de direção do texto removidos (o primeiro U+%1): eles forçavam a direção ou não estavam fechados e podiam fazer o texto parecer diferente do que é</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more value(s) had text-direction characters taken out</source>
        <translation>
            <numerusform>%1: caracteres de direção do texto foram removidos de mais %n valor</numerusform>
            <numerusform>%1: caracteres de direção do texto foram removidos de mais %n valores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportStaging</name>
    <message>
        <source>another import is running; run this one when it has finished</source>
        <translation>outra importação está em andamento; execute esta quando ela terminar</translation>
    </message>
    <message>
        <source>cannot create the staging file %1</source>
        <translation>não é possível criar o arquivo intermediário %1</translation>
    </message>
    <message>
        <source>cannot prepare the staging file %1: %2</source>
        <translation>não é possível preparar o arquivo intermediário %1: %2</translation>
    </message>
    <message>
        <source>the staging file did not accept the row: %1</source>
        <translation>o arquivo intermediário não aceitou a linha: %1</translation>
    </message>
    <message>
        <source>the database did not accept the import (%1): %2</source>
        <translation>o banco de dados não aceitou a importação (%1): %2</translation>
    </message>
    <message>
        <source>the staging file did not accept the import: %1</source>
        <translation>o arquivo intermediário não aceitou a importação: %1</translation>
    </message>
    <message>
        <source>the database did not accept the import: %1</source>
        <translation>o banco de dados não aceitou a importação: %1</translation>
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
        <translation>%1: não é possível ler o arquivo: %2</translation>
    </message>
    <message>
        <source>%1: not an ordinary file (a folder, device, FIFO or socket); Attune reads only ordinary files</source>
        <translation>%1: não é um arquivo comum (uma pasta, um dispositivo, um FIFO ou um socket); o Attune só lê arquivos comuns</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2, the most Attune reads for this kind of file</source>
        <translation>%1: o arquivo é maior que %2, o máximo que o Attune lê para este tipo de arquivo</translation>
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
        <translation>%1:1: o arquivo deve conter um único objeto JSON</translation>
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
        <translation>campo &quot;%1&quot;: \u%2 é metade de um par substituto sem a outra metade, o que não é um caractere</translation>
    </message>
    <message>
        <source>expected a list of records</source>
        <translation>esperava-se uma lista de registros</translation>
    </message>
    <message>
        <source>the list is never closed with ]</source>
        <translation>a lista nunca é fechada com ]</translation>
    </message>
    <message>
        <source>expected , or ] after record %1</source>
        <translation>esperava-se , ou ] após o registro %1</translation>
    </message>
    <message>
        <source>there is more text after the end of the list</source>
        <translation>há mais texto após o fim da lista</translation>
    </message>
    <message>
        <source>record %1 is not an object</source>
        <translation>o registro %1 não é um objeto</translation>
    </message>
    <message>
        <source>record %1 is never closed</source>
        <translation>o registro %1 nunca é fechado</translation>
    </message>
    <message>
        <source>record %1 is longer than %2 KB</source>
        <translation>o registro %1 tem mais de %2 KB</translation>
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
        <translation>deve ser 1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>está ausente</translation>
    </message>
    <message>
        <source>is missing or empty</source>
        <translation>está ausente ou vazio</translation>
    </message>
    <message>
        <source>unknown cue</source>
        <translation>sinal desconhecido</translation>
    </message>
    <message>
        <source>weight must be a number above 0 and at most 1</source>
        <translation>o peso deve ser um número maior que 0 e no máximo 1</translation>
    </message>
    <message>
        <source>must be 1 to %1 words</source>
        <translation>deve ter de 1 a %1 palavras</translation>
    </message>
</context>
<context>
    <name>Modules</name>
    <message>
        <source>%1 has no entry point %2</source>
        <translation>%1 não tem o ponto de entrada %2</translation>
    </message>
</context>
<context>
    <name>NetstringReader</name>
    <message>
        <source>not a netstring: a length must be digits</source>
        <translation>não é um netstring: o comprimento deve ser formado por dígitos</translation>
    </message>
    <message>
        <source>not a netstring: the length is too long</source>
        <translation>não é um netstring: o comprimento tem dígitos demais</translation>
    </message>
    <message>
        <source>not a netstring: the length has a leading zero</source>
        <translation>não é um netstring: o comprimento começa com zero</translation>
    </message>
    <message>
        <source>a message of %1 bytes is over the limit of %2 bytes</source>
        <translation>uma mensagem de %1 bytes passa do limite de %2 bytes</translation>
    </message>
    <message>
        <source>not a netstring: the length is missing</source>
        <translation>não é um netstring: o comprimento está ausente</translation>
    </message>
    <message>
        <source>not a netstring: the message does not end with a comma</source>
        <translation>não é um netstring: a mensagem não termina com vírgula</translation>
    </message>
</context>
<context>
    <name>OtherInstanceWait</name>
    <message numerus="yes">
        <source>Attune is already running for this data folder (process %1) and is still starting or quitting. This one waits for it, at most %n second(s).</source>
        <translation>
            <numerusform>O Attune já está em execução para esta pasta de dados (processo %1) e ainda está iniciando ou fechando. Este aguarda por ele, no máximo %n segundo.</numerusform>
            <numerusform>O Attune já está em execução para esta pasta de dados (processo %1) e ainda está iniciando ou fechando. Este aguarda por ele, no máximo %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attune is already running for this data folder and is still starting or quitting. This one waits for it, at most %n second(s).</source>
        <translation>
            <numerusform>O Attune já está em execução para esta pasta de dados e ainda está iniciando ou fechando. Este aguarda por ele, no máximo %n segundo.</numerusform>
            <numerusform>O Attune já está em execução para esta pasta de dados e ainda está iniciando ou fechando. Este aguarda por ele, no máximo %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Parar de esperar</translation>
    </message>
    <message>
        <source>Attune is waiting</source>
        <translation>O Attune está aguardando</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>cannot write %1: it is not a regular file</source>
        <translation>não é possível gravar %1: não é um arquivo comum</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>não é possível gravar %1: a pasta %2 não existe</translation>
    </message>
</context>
<context>
    <name>OwnFiles</name>
    <message>
        <source>%1 is Attune&apos;s own database (or one of its journal files). Attune never reads it as an import or writes an export over it; nothing was changed. Choose another file.</source>
        <translation>%1 é o próprio banco de dados do Attune (ou um dos seus arquivos de diário). O Attune nunca o lê como importação nem grava uma exportação por cima dele; nada foi alterado. Escolha outro arquivo.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>&quot;%1&quot; não é um número de telefone</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a national number and no default country is set</source>
        <translation>&quot;%1&quot; é um número nacional e nenhum país padrão está definido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to be a phone number</source>
        <translation>&quot;%1&quot; é curto demais para ser um número de telefone</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more digits than any phone number</source>
        <translation>&quot;%1&quot; tem mais dígitos do que qualquer número de telefone</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with a country code</source>
        <translation>&quot;%1&quot; não começa com um código de país</translation>
    </message>
</context>
<context>
    <name>PhraseLibrary</name>
    <message>
        <source>%1:%2: field &quot;%3&quot;: %4</source>
        <translation>%1:%2: campo &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>%1:%2: phrase %3: field &quot;%4&quot;: %5</source>
        <translation>%1:%2: frase %3: campo &quot;%4&quot;: %5</translation>
    </message>
    <message>
        <source>%1:%2: phrase %3: must be an object</source>
        <translation>%1:%2: frase %3: deve ser um objeto</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>must be a list with at least one value</source>
        <translation>deve ser uma lista com pelo menos um valor</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation>valor desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>value &quot;%1&quot; is listed twice</source>
        <translation>o valor &quot;%1&quot; aparece duas vezes</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>deve ser um texto</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>não pode estar vazio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may only hold lowercase letters, digits and hyphens</source>
        <translation>&quot;%1&quot; só pode conter letras minúsculas, dígitos e hifens</translation>
    </message>
    <message>
        <source>duplicate id, first used on line %1</source>
        <translation>id duplicado, usado pela primeira vez na linha %1</translation>
    </message>
    <message>
        <source>unknown placeholder &quot;%1&quot;</source>
        <translation>marcador desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must not contain placeholders; found &quot;%1&quot;</source>
        <translation>não pode conter marcadores; foi encontrado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be left out when &quot;text&quot; has no placeholder</source>
        <translation>deve ser omitido quando &quot;text&quot; não tem marcador</translation>
    </message>
    <message>
        <source>missing; &quot;text&quot; uses only name placeholders, so it needs a fallback</source>
        <translation>ausente; &quot;text&quot; usa só marcadores de nome, então precisa de um &quot;fallback&quot;</translation>
    </message>
    <message>
        <source>The phrase is empty.</source>
        <translation>A frase está vazia.</translation>
    </message>
    <message>
        <source>The phrase is longer than %1 characters.</source>
        <translation>A frase tem mais de %1 caracteres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a placeholder Attune knows.</source>
        <translation>&quot;%1&quot; não é um marcador que o Attune conheça.</translation>
    </message>
    <message>
        <source>Choose at least one feeling and one part of the call the phrase fits.</source>
        <translation>Escolha pelo menos um sentimento e uma etapa da ligação em que a frase se encaixe.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more problem(s) not listed</source>
        <translation>
            <numerusform>%1: mais %n problema não listado</numerusform>
            <numerusform>%1: mais %n problemas não listados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinGuard</name>
    <message>
        <source>Try again in %1 s.</source>
        <translation>Tente de novo em %1 s.</translation>
    </message>
    <message numerus="yes">
        <source>Locked for %n minute(s) after %1 wrong PINs.</source>
        <translation>
            <numerusform>Bloqueado por %n minuto após %1 PINs incorretos.</numerusform>
            <numerusform>Bloqueado por %n minutos após %1 PINs incorretos.</numerusform>
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
        <translation>ausente</translation>
    </message>
    <message>
        <source>must be text of 1 to %1 characters</source>
        <translation>deve ser um texto de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>deve ser &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>deve ser 1</translation>
    </message>
    <message>
        <source>must be 1 to 40 lowercase letters, digits or hyphens</source>
        <translation>deve ter de 1 a 40 letras minúsculas, dígitos ou hifens</translation>
    </message>
    <message>
        <source>must match the file name &quot;%1&quot;</source>
        <translation>deve corresponder ao nome do arquivo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>deve ser um de %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <source>must hold at least %1 turns</source>
        <translation>deve ter pelo menos %1 turnos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a turn of this scenario</source>
        <translation>&quot;%1&quot; não é um turno deste cenário</translation>
    </message>
    <message>
        <source>its name must be 1 to 40 lowercase letters, digits or hyphens</source>
        <translation>seu nome deve ter de 1 a 40 letras minúsculas, dígitos ou hifens</translation>
    </message>
    <message>
        <source>has both &quot;next&quot; and &quot;end&quot;; a turn has one or the other</source>
        <translation>tem &quot;next&quot; e &quot;end&quot; ao mesmo tempo; um turno tem um ou outro</translation>
    </message>
    <message>
        <source>needs &quot;next&quot; or &quot;end&quot;</source>
        <translation>precisa de &quot;next&quot; ou &quot;end&quot;</translation>
    </message>
    <message>
        <source>must be a list with at least one branch</source>
        <translation>deve ser uma lista com pelo menos um ramo</translation>
    </message>
    <message>
        <source>needs exactly one of &quot;when&quot;, &quot;whenAny&quot; or &quot;otherwise&quot;</source>
        <translation>precisa de exatamente um de &quot;when&quot;, &quot;whenAny&quot; ou &quot;otherwise&quot;</translation>
    </message>
    <message>
        <source>must be true</source>
        <translation>deve ser true</translation>
    </message>
    <message>
        <source>only the last branch may be &quot;otherwise&quot;</source>
        <translation>só o último ramo pode ser &quot;otherwise&quot;</translation>
    </message>
    <message>
        <source>must be a list with at least one behaviour</source>
        <translation>deve ser uma lista com pelo menos um comportamento</translation>
    </message>
    <message>
        <source>unknown behaviour &quot;%1&quot;</source>
        <translation>comportamento desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must end with one &quot;otherwise&quot; branch</source>
        <translation>deve terminar com um ramo &quot;otherwise&quot;</translation>
    </message>
    <message>
        <source>cannot be reached from &quot;start&quot;</source>
        <translation>não pode ser alcançado a partir de &quot;start&quot;</translation>
    </message>
    <message>
        <source>at least two different &quot;end&quot; values must be reachable</source>
        <translation>pelo menos dois valores diferentes de &quot;end&quot; devem ser alcançáveis</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more problem(s) not listed</source>
        <translation>
            <numerusform>%1: mais %n problema não listado</numerusform>
            <numerusform>%1: mais %n problemas não listados</numerusform>
        </translation>
    </message>
    <message>
        <source>holds a text-direction character (U+%1) that overrides the direction or is left unclosed; it could make the text look different from what it is</source>
        <translation>contém um caractere de direção do texto (U+%1) que força a direção ou não está fechado; ele pode fazer o texto parecer diferente do que é</translation>
    </message>
</context>
<context>
    <name>PracticeScenarioSet</name>
    <message>
        <source>%1: the scenario folder does not exist</source>
        <translation>%1: a pasta de cenários não existe</translation>
    </message>
    <message>
        <source>%1: more than %2 scenario files; only the first %2 are read</source>
        <translation>%1: mais de %2 arquivos de cenário; só os primeiros %2 são lidos</translation>
    </message>
    <message>
        <source>%1: the scenario is in &quot;%2&quot;, this folder is for &quot;%3&quot;</source>
        <translation>%1: o cenário está em &quot;%2&quot;, esta pasta é para &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: the scenario folder is not a folder</source>
        <translation>%1: a pasta de cenários não é uma pasta</translation>
    </message>
</context>
<context>
    <name>PracticeSession</name>
    <message>
        <source>Practice is paused while a call rings.</source>
        <translation>A prática está pausada enquanto uma chamada toca.</translation>
    </message>
    <message>
        <source>This practice run is over.</source>
        <translation>Esta prática terminou.</translation>
    </message>
    <message>
        <source>Write a reply first.</source>
        <translation>Escreva uma resposta primeiro.</translation>
    </message>
    <message>
        <source>The reply is longer than %1 characters.</source>
        <translation>A resposta tem mais de %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>PracticeStore</name>
    <message>
        <source>Only a finished practice run can be saved.</source>
        <translation>Só uma prática terminada pode ser salva.</translation>
    </message>
</context>
<context>
    <name>PrivatePath</name>
    <message>
        <source>Cannot check %1: %2</source>
        <translation>Não é possível verificar %1: %2</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which cannot be reached (%3). Attune did not use or change it. Point the link elsewhere or remove it (or ask IT to), then start Attune again.</source>
        <translation>%1 é um link para %2, que não pode ser alcançado (%3). O Attune não o usou nem o alterou. Aponte o link para outro lugar ou remova-o (ou peça à TI), depois inicie o Attune novamente.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which is not a folder. Attune did not use or change it. Point the link at a folder of your own or remove it (or ask IT to), then start Attune again.</source>
        <translation>%1 é um link para %2, que não é uma pasta. O Attune não o usou nem o alterou. Aponte o link para uma pasta sua ou remova-o (ou peça à TI), depois inicie o Attune novamente.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which is not an ordinary file. Attune did not use or change it. Point the link at a file of your own or remove it (or ask IT to), then start Attune again.</source>
        <translation>%1 é um link para %2, que não é um arquivo comum. O Attune não o usou nem o alterou. Aponte o link para um arquivo seu ou remova-o (ou peça à TI), depois inicie o Attune novamente.</translation>
    </message>
    <message>
        <source>%1 is a link to %2, which belongs to another user or can be changed by other users. Attune did not use it or change its permissions. Point the link at one of your own that only you can write to (or ask IT to), then start Attune again.</source>
        <translation>%1 é um link para %2, que pertence a outro usuário ou pode ser alterado por outros usuários. O Attune não o usou nem alterou suas permissões. Aponte o link para um destino seu em que só você possa gravar (ou peça à TI), depois inicie o Attune novamente.</translation>
    </message>
    <message>
        <source>%1 is not a folder. Attune did not use or change it. Move it out of the way (or ask IT to), then start Attune again.</source>
        <translation>%1 não é uma pasta. O Attune não o usou nem o alterou. Tire-o do caminho (ou peça à TI), depois inicie o Attune novamente.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file. Attune did not use or change it. Move it out of the way (or ask IT to), then start Attune again.</source>
        <translation>%1 não é um arquivo comum. O Attune não o usou nem o alterou. Tire-o do caminho (ou peça à TI), depois inicie o Attune novamente.</translation>
    </message>
    <message>
        <source>%1 belongs to another user. Attune did not use it or change its permissions. Give it to your user (or ask IT to), then start Attune again.</source>
        <translation>%1 pertence a outro usuário. O Attune não o usou nem alterou suas permissões. Passe-o para o seu usuário (ou peça à TI), depois inicie o Attune novamente.</translation>
    </message>
    <message>
        <source>Cannot make %1 private to your user: %2</source>
        <translation>Não é possível tornar %1 privado para o seu usuário: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Não é possível criar a pasta %1: %2</translation>
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
        <translation>deve ser &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>deve ser 1</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>ausente ou vazio</translation>
    </message>
    <message>
        <source>must be an object naming the behaviours</source>
        <translation>deve ser um objeto que nomeie os comportamentos</translation>
    </message>
    <message>
        <source>not a behaviour the reader recognises by rules</source>
        <translation>não é um comportamento que o leitor reconheça por regras</translation>
    </message>
    <message>
        <source>must be a list with at least one rule</source>
        <translation>deve ser uma lista com pelo menos uma regra</translation>
    </message>
    <message>
        <source>must be &quot;any&quot;, &quot;question&quot; or &quot;statement&quot;</source>
        <translation>deve ser &quot;any&quot;, &quot;question&quot; ou &quot;statement&quot;</translation>
    </message>
    <message>
        <source>must be a list with at least one pattern</source>
        <translation>deve ser uma lista com pelo menos um padrão</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid pattern: %2</source>
        <translation>&quot;%1&quot; não é um padrão válido: %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
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
        <translation>deve ser 1</translation>
    </message>
    <message>
        <source>must be 1 to 40 lowercase letters, digits, - or _</source>
        <translation>deve ter de 1 a 40 letras minúsculas, dígitos, - ou _</translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation>deve ser um número inteiro a partir de 1</translation>
    </message>
    <message>
        <source>is missing or empty</source>
        <translation>está ausente ou vazio</translation>
    </message>
    <message>
        <source>must be a list with at least one question</source>
        <translation>deve ser uma lista com pelo menos uma pergunta</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>&quot;%1&quot; é usado duas vezes</translation>
    </message>
    <message>
        <source>each option needs an id and a label</source>
        <translation>cada opção precisa de um id e de um rótulo</translation>
    </message>
    <message>
        <source>a choice needs at least two options</source>
        <translation>uma escolha precisa de pelo menos duas opções</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of yes_partly_no, scale5, choice</source>
        <translation>&quot;%1&quot; não é yes_partly_no, scale5 nem choice</translation>
    </message>
    <message>
        <source>must be from 1 to 10000</source>
        <translation>deve estar entre 1 e 10000</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a question of the rubric &quot;%2&quot;</source>
        <translation>&quot;%1&quot; não é uma pergunta do questionário &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer to &quot;%2&quot;; expected one of %3</source>
        <translation>&quot;%1&quot; não é uma resposta para &quot;%2&quot;; era esperado um destes: %3</translation>
    </message>
    <message>
        <source>the note is longer than %1 characters</source>
        <translation>a nota tem mais de %1 caracteres</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>%1: field &quot;schema&quot; must be 1</source>
        <translation>%1: o campo &quot;schema&quot; deve ser 1</translation>
    </message>
    <message>
        <source>%1: field &quot;steps&quot; is missing or empty</source>
        <translation>%1: o campo &quot;steps&quot; está ausente ou vazio</translation>
    </message>
    <message>
        <source>%1: step %2: field &quot;%3&quot;: %4</source>
        <translation>%1: passo %2: campo &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>steps must be in time order</source>
        <translation>os passos devem estar em ordem cronológica</translation>
    </message>
    <message>
        <source>must be &quot;customer&quot; or &quot;agent&quot;</source>
        <translation>deve ser &quot;customer&quot; ou &quot;agent&quot;</translation>
    </message>
    <message>
        <source>is missing or empty</source>
        <translation>está ausente ou vazio</translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>evento desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a number of seconds from 0 to 86400</source>
        <translation>deve ser um número de segundos entre 0 e 86400</translation>
    </message>
</context>
<context>
    <name>SelfAssessment</name>
    <message>
        <source>the call id is missing</source>
        <translation>o id da ligação está ausente</translation>
    </message>
    <message>
        <source>the answers are for rubric &quot;%1&quot; version %2, but &quot;%3&quot; version %4 is in use</source>
        <translation>as respostas são do questionário &quot;%1&quot; versão %2, mas o questionário em uso é &quot;%3&quot; versão %4</translation>
    </message>
    <message>
        <source>private notes are turned off by your IT department (privacy/allowPrivateNotes)</source>
        <translation>as notas privadas foram desativadas pelo seu departamento de TI (privacy/allowPrivateNotes)</translation>
    </message>
    <message>
        <source>there is nothing to save for call &quot;%1&quot;: no draft, no answers and no note</source>
        <translation>não há nada a salvar para a chamada “%1”: nem rascunho, nem respostas, nem nota</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>expected true or false, got &quot;%1&quot;</source>
        <translation>era esperado true ou false, mas veio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a whole number from 0 (no limit) to 1000, got &quot;%1&quot;</source>
        <translation>era esperado um número inteiro de 0 (sem limite) a 1000, mas veio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a number of days from 0 (keep forever) to 36500, got &quot;%1&quot;</source>
        <translation>era esperado um número de dias de 0 (manter para sempre) a 36500, mas veio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a technique</source>
        <translation>&quot;%1&quot; não é uma técnica</translation>
    </message>
    <message>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation>era esperado um destes: %1; mas veio &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is set by your IT department and cannot be changed here.</source>
        <translation>%1 é definido pelo seu departamento de TI e não pode ser alterado aqui.</translation>
    </message>
    <message>
        <source>expected a port number from 1 to 65535, got &quot;%1&quot;</source>
        <translation>era esperado um número de porta de 1 a 65535, mas veio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a host name or an IP address, got &quot;%1&quot;</source>
        <translation>era esperado um nome de host ou um endereço IP, mas veio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected at least 32 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>eram esperados pelo menos 32 letras, dígitos, &apos;-&apos; ou &apos;_&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin like https://crm.example.com</source>
        <translation>&quot;%1&quot; não é uma origem como https://crm.example.com</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter, got &quot;%1&quot;</source>
        <translation>esperado letras minúsculas, dígitos, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, começando por uma letra; recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an absolute file path without &apos;;&apos; or control characters, got &quot;%1&quot;</source>
        <translation>esperava-se um caminho de arquivo absoluto sem &quot;;&quot; nem caracteres de controle, recebido &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SpeechModel</name>
    <message>
        <source>The English speech model is not installed (%1 is missing; Debian package pocketsphinx-en-us).</source>
        <translation>O modelo de fala em inglês não está instalado (falta %1; pacote Debian pocketsphinx-en-us).</translation>
    </message>
    <message>
        <source>Cannot link %1 into the speech model folder %2.</source>
        <translation>Não é possível vincular %1 na pasta do modelo de fala %2.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Não é possível gravar %1.</translation>
    </message>
</context>
<context>
    <name>Suggester</name>
    <message>
        <source>opening</source>
        <translation>abertura</translation>
    </message>
    <message>
        <source>discovery</source>
        <translation>sondagem</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>resolução</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>encerramento</translation>
    </message>
    <message>
        <source>frustrated</source>
        <translation>frustrado</translation>
    </message>
    <message>
        <source>anxious</source>
        <translation>ansioso</translation>
    </message>
    <message>
        <source>sad</source>
        <translation>triste</translation>
    </message>
    <message>
        <source>confused</source>
        <translation>confuso</translation>
    </message>
    <message>
        <source>in a hurry</source>
        <translation>com pressa</translation>
    </message>
    <message>
        <source>grateful</source>
        <translation>grato</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;</source>
        <translation>%1: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>same technique</source>
        <translation>mesma técnica</translation>
    </message>
    <message>
        <source>fits the same feeling</source>
        <translation>combina com o mesmo sentimento</translation>
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
        <translation>O que continuar fazendo e uma coisa para tentar da próxima vez</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportamento</translation>
    </message>
    <message>
        <source>What was good</source>
        <translation>O que foi bom</translation>
    </message>
    <message>
        <source>e.g. great empathy about the late refund</source>
        <translation>ex.: boa empatia com o reembolso atrasado</translation>
    </message>
    <message>
        <source>Give kudos</source>
        <translation>Dar reconhecimento</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Sem nota</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Em parte</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Your score of this call</source>
        <translation>Sua avaliação desta ligação</translation>
    </message>
</context>
<context>
    <name>SupervisorGate</name>
    <message>
        <source>The supervisor view is not set up on this computer. IT turns it on by running &quot;attune hash-pin&quot; and adding the line it prints to the system settings file (/etc/xdg/Attune/Attune.conf). Your own history is always here.</source>
        <translation>A visão do supervisor não está configurada neste computador. A TI a ativa executando &quot;attune hash-pin&quot; e adicionando a linha que ele imprime ao arquivo de configurações do sistema (/etc/xdg/Attune/Attune.conf). Seu próprio histórico está sempre aqui.</translation>
    </message>
</context>
<context>
    <name>SupervisorPin</name>
    <message>
        <source>the PIN must have at least %1 characters</source>
        <translation>o PIN deve ter pelo menos %1 caracteres</translation>
    </message>
    <message>
        <source>expected pbkdf2-sha256$ITERATIONS$SALT$KEY as printed by attune hash-pin</source>
        <translation>era esperado pbkdf2-sha256$ITERAÇÕES$SALT$CHAVE, como impresso por attune hash-pin</translation>
    </message>
    <message>
        <source>at least %1 iterations are needed</source>
        <translation>são necessárias pelo menos %1 iterações</translation>
    </message>
    <message>
        <source>the salt or the key is not valid base64 of the right length</source>
        <translation>o salt ou a chave não é base64 válido do tamanho certo</translation>
    </message>
    <message>
        <source>the record key is not valid base64 of the right length</source>
        <translation>a chave de registros não é base64 válido do tamanho certo</translation>
    </message>
    <message>
        <source>This PIN is short: anyone who can read the settings file can find it by trying every PIN on their own computer. A passphrase of %1 characters or more (a few words) is far stronger.</source>
        <translation>Este PIN é curto: quem consegue ler o arquivo de configurações pode descobri-lo testando todos os PINs no próprio computador. Uma frase secreta de %1 caracteres ou mais (algumas palavras) é muito mais forte.</translation>
    </message>
    <message>
        <source>the key that signs supervisor records could not be made (is Attune&apos;s signing module installed?)</source>
        <translation>não foi possível criar a chave que assina os registros do supervisor (o módulo de assinatura do Attune está instalado?)</translation>
    </message>
</context>
<context>
    <name>TeamCoachingStore</name>
    <message>
        <source>Choose a call of one of your agents first.</source>
        <translation>Primeiro escolha uma chamada de um dos seus agentes.</translation>
    </message>
    <message>
        <source>Only a self-assessed call can be scored.</source>
        <translation>Só uma chamada autoavaliada pode receber nota.</translation>
    </message>
    <message>
        <source>Score at least one behaviour, or cancel.</source>
        <translation>Dê nota a pelo menos um comportamento, ou cancele.</translation>
    </message>
    <message>
        <source>Sign in to the team server first; nothing was saved.</source>
        <translation>Entre primeiro no servidor da equipe; nada foi salvo.</translation>
    </message>
    <message>
        <source>What you wrote is kept: try again.</source>
        <translation>O que você escreveu foi mantido: tente de novo.</translation>
    </message>
    <message>
        <source>That call is no longer on the team server, so nothing was saved.</source>
        <translation>Essa chamada não está mais no servidor da equipe, então nada foi salvo.</translation>
    </message>
    <message>
        <source>The team server took too long to answer, so nothing was saved. %1</source>
        <translation>O servidor da equipe demorou demais para responder, então nada foi salvo. %1</translation>
    </message>
    <message>
        <source>The team server no longer accepts the name or password of %1, so nothing was saved. Sign out and in again; %2</source>
        <translation>O servidor da equipe não aceita mais o nome ou a senha de %1, então nada foi salvo. Saia e entre de novo; %2</translation>
    </message>
    <message>
        <source>The connection to the team server %1 was lost while saving, and the server does not answer now. %2 It is never saved twice.</source>
        <translation>A conexão com o servidor da equipe %1 caiu durante o salvamento, e o servidor não responde agora. %2 Nunca é salvo duas vezes.</translation>
    </message>
    <message>
        <source>The team server %1 does not answer, so nothing was saved. %2</source>
        <translation>O servidor da equipe %1 não responde, então nada foi salvo. %2</translation>
    </message>
    <message>
        <source>The team server refused this (%1), so nothing was saved.</source>
        <translation>O servidor da equipe recusou isto (%1), então nada foi salvo.</translation>
    </message>
    <message>
        <source>The team server refused this: you may coach only calls of agents in the teams you supervise, so nothing was saved.</source>
        <translation>O servidor da equipe recusou isto: você só pode orientar chamadas de agentes das equipes que supervisiona, então nada foi salvo.</translation>
    </message>
    <message>
        <source>This was saved before with other words, and the team server keeps those; nothing was changed.</source>
        <translation>Isto já foi salvo antes com outras palavras, e o servidor da equipe mantém essas; nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>TeamHistoryStore</name>
    <message>
        <source>%1 is not a supervisor on the team server: the team view is for supervisors.</source>
        <translation>%1 não é supervisor no servidor da equipe: a visão da equipe é para supervisores.</translation>
    </message>
</context>
<context>
    <name>TeamSchema</name>
    <message>
        <source>The team server has no Attune schema yet; IT sets it up with `attune team init`.</source>
        <translation>O servidor da equipe ainda não tem o esquema do Attune; a TI o cria com `attune team init`.</translation>
    </message>
    <message>
        <source>The team server uses a newer schema (version %1; this Attune knows up to %2). Attune keeps working on this computer; update it to share history.</source>
        <translation>O servidor da equipe usa um esquema mais novo (versão %1; este Attune conhece até a %2). O Attune continua funcionando neste computador; atualize-o para compartilhar o histórico.</translation>
    </message>
    <message>
        <source>The team server uses a newer schema (version %1) than this Attune knows (%2); nothing was changed.</source>
        <translation>O servidor da equipe usa um esquema mais novo (versão %1) do que este Attune conhece (%2); nada foi alterado.</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>A migração %1 falhou: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid person name: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter (at most 63).</source>
        <translation>“%1” não é um nome de pessoa válido: use letras minúsculas, dígitos, “.”, “_” e “-”, começando por uma letra (no máximo 63).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid team name: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter (at most 63).</source>
        <translation>“%1” não é um nome de equipe válido: use letras minúsculas, dígitos, “.”, “_” e “-”, começando por uma letra (no máximo 63).</translation>
    </message>
    <message>
        <source>The team server&apos;s access rules failed: %1</source>
        <translation>As regras de acesso do servidor da equipe falharam: %1</translation>
    </message>
</context>
<context>
    <name>TextRule</name>
    <message>
        <source>field &quot;%1&quot; is longer than %2 characters</source>
        <translation>o campo “%1” tem mais de %2 caracteres</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; contains an invalid character (a lone UTF-16 surrogate)</source>
        <translation>o campo “%1” contém um caractere inválido (um substituto UTF-16 isolado)</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; contains a control character (U+%2)</source>
        <translation>o campo “%1” contém um caractere de controle (U+%2)</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; contains an invisible formatting or text-direction character (U+%2), which can make text look different from what it is</source>
        <translation>o campo “%1” contém um caractere invisível de formatação ou de direção do texto (U+%2), que pode fazer o texto parecer diferente do que é</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; contains a text-direction character (U+%2) that overrides the direction or is left unclosed, which can make text look different from what it is</source>
        <translation>o campo &quot;%1&quot; contém um caractere de direção do texto (U+%2) que força a direção ou não está fechado, o que pode fazer o texto parecer diferente do que é</translation>
    </message>
</context>
<context>
    <name>Transcriber</name>
    <message>
        <source>The speech recogniser refused its settings.</source>
        <translation>O reconhecedor de fala recusou suas configurações.</translation>
    </message>
    <message>
        <source>The speech recogniser could not load its model from %1.</source>
        <translation>O reconhecedor de fala não conseguiu carregar seu modelo de %1.</translation>
    </message>
    <message>
        <source>The speech recogniser could not load its language models %1 and %2.</source>
        <translation>O reconhecedor de fala não conseguiu carregar seus modelos de linguagem %1 e %2.</translation>
    </message>
    <message>
        <source>The speech recogniser is not installed with Attune: %1</source>
        <translation>O reconhecedor de voz não está instalado com o Attune: %1</translation>
    </message>
</context>
<context>
    <name>WavStream</name>
    <message>
        <source>it is not a RIFF/WAVE file</source>
        <translation>não é um arquivo RIFF/WAVE</translation>
    </message>
    <message>
        <source>its data chunk comes before its format chunk</source>
        <translation>seu bloco de dados vem antes do bloco de formato</translation>
    </message>
    <message>
        <source>its format chunk has %1 bytes</source>
        <translation>seu bloco de formato tem %1 bytes</translation>
    </message>
    <message>
        <source>it is not 16-bit PCM (format %1, %2 bits)</source>
        <translation>não é PCM de 16 bits (formato %1, %2 bits)</translation>
    </message>
    <message>
        <source>it has %1 channels at %2 Hz</source>
        <translation>tem %1 canais a %2 Hz</translation>
    </message>
    <message>
        <source>it has no data chunk in its first %1 bytes</source>
        <translation>não tem bloco de dados nos primeiros %1 bytes</translation>
    </message>
</context>
<context>
    <name>attune::AgentComparison</name>
    <message>
        <source>Behaviour</source>
        <translation>Comportamento</translation>
    </message>
    <message>
        <source>Agents compared week by week</source>
        <translation>Agentes comparados semana a semana</translation>
    </message>
    <message>
        <source>Reading the team&apos;s weeks…</source>
        <translation>Lendo as semanas da equipe…</translation>
    </message>
    <message>
        <source>No assessed calls in this period.</source>
        <translation>Nenhuma chamada avaliada neste período.</translation>
    </message>
    <message>
        <source>Share of assessed calls with this behaviour; a &quot;partly&quot; counts half.</source>
        <translation>Parcela das chamadas avaliadas com este comportamento; um &quot;em parte&quot; conta metade.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana de %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Assessed calls: %1</source>
        <translation>Chamadas avaliadas: %1</translation>
    </message>
</context>
<context>
    <name>attune::ArcChart</name>
    <message>
        <source>How the customer&apos;s feelings ran</source>
        <translation>Como os sentimentos do cliente evoluíram</translation>
    </message>
    <message>
        <source>The customer&apos;s emotional arc on this call</source>
        <translation>A evolução emocional do cliente nesta ligação</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Sentimento</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Intenso</translation>
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
        <translation>Sobre a ligação</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <source>Keep this note private</source>
        <translation>Manter esta nota privada</translation>
    </message>
    <message>
        <source>A private note is never shown to a supervisor or exported.</source>
        <translation>Uma nota privada nunca é mostrada a um supervisor nem exportada.</translation>
    </message>
    <message>
        <source>🔒 Your IT department has turned off private notes: a supervisor may read every note.</source>
        <translation>🔒 Seu departamento de TI desativou as notas privadas: um supervisor pode ler todas as notas.</translation>
    </message>
    <message>
        <source>Problem saving the self-assessment</source>
        <translation>Problema ao salvar a autoavaliação</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save the self-assessment (Ctrl+S)</source>
        <translation>Salvar a autoavaliação (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Finish the self-assessment later; it is kept as a draft</source>
        <translation>Terminar a autoavaliação depois; ela fica guardada como rascunho</translation>
    </message>
    <message>
        <source>Your answers cannot be written to disk right now (%1). They are kept and Attune keeps trying.</source>
        <translation>Não é possível gravar suas respostas no disco agora (%1). Elas ficam guardadas e o Attune continua tentando.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Em parte</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>You had not finished this one (last changed %1).</source>
        <translation>Você não tinha terminado esta (última alteração em %1).</translation>
    </message>
    <message>
        <source>%1 · %2 on the call</source>
        <translation>%1 · %2 de ligação</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Cliente não identificado</translation>
    </message>
    <message>
        <source>The customer was most %1 (%2%) after %3%4.</source>
        <translation>O cliente esteve mais %1 (%2%) aos %3 de ligação%4.</translation>
    </message>
    <message>
        <source>, and calmed down by the end</source>
        <translation>, e se acalmou no final</translation>
    </message>
    <message>
        <source>You used: %1</source>
        <translation>Você usou: %1</translation>
    </message>
    <message>
        <source>Not saved: %1. Your answers are kept as a draft.</source>
        <translation>Não salvo: %1. Suas respostas ficam guardadas como rascunho.</translation>
    </message>
</context>
<context>
    <name>attune::AssessmentSection</name>
    <message>
        <source>Self-assess an earlier call</source>
        <translation>Autoavaliar uma ligação anterior</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoavaliação</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Cliente não identificado</translation>
    </message>
    <message>
        <source>No earlier calls yet</source>
        <translation>Ainda não há ligações anteriores</translation>
    </message>
</context>
<context>
    <name>attune::BreathingPanel</name>
    <message>
        <source>Breathing exercise</source>
        <translation>Exercício de respiração</translation>
    </message>
    <message>
        <source>That was a hard call. A minute of slow breathing?</source>
        <translation>Essa ligação foi difícil. Que tal um minuto de respiração lenta?</translation>
    </message>
    <message>
        <source>Breathe now</source>
        <translation>Respirar agora</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>Not now, no breathing exercise</source>
        <translation>Agora não, sem exercício de respiração</translation>
    </message>
    <message>
        <source>Breathing pattern</source>
        <translation>Padrão de respiração</translation>
    </message>
    <message>
        <source>Length of the exercise</source>
        <translation>Duração do exercício</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
    <message>
        <source>Start the breathing exercise (Ctrl+B)</source>
        <translation>Começar o exercício de respiração (Ctrl+B)</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Before: how tense do you feel?</source>
        <translation>Antes: quanta tensão você está sentindo?</translation>
    </message>
    <message>
        <source>Breathing guide</source>
        <translation>Guia de respiração</translation>
    </message>
    <message>
        <source>Progress through this phase</source>
        <translation>Progresso nesta fase</translation>
    </message>
    <message>
        <source>Breathing phase</source>
        <translation>Fase da respiração</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause or resume the exercise</source>
        <translation>Pausar ou retomar o exercício</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop the exercise</source>
        <translation>Parar o exercício</translation>
    </message>
    <message>
        <source>After: how tense do you feel now?</source>
        <translation>Depois: quanta tensão você está sentindo agora?</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Close the breathing summary</source>
        <translation>Fechar o resumo da respiração</translation>
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
        <translation>3 respirações</translation>
    </message>
    <message>
        <source>6 breaths</source>
        <translation>6 respirações</translation>
    </message>
    <message>
        <source>10 breaths</source>
        <translation>10 respirações</translation>
    </message>
    <message>
        <source>Tension before: %1 of 5</source>
        <translation>Tensão antes: %1 de 5</translation>
    </message>
    <message>
        <source>Tension after: %1 of 5</source>
        <translation>Tensão depois: %1 de 5</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspire</translation>
    </message>
    <message>
        <source>A little more in</source>
        <translation>Mais um pouco de ar</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Segure</translation>
    </message>
    <message>
        <source>Breathe out slowly</source>
        <translation>Expire devagar</translation>
    </message>
    <message>
        <source>Stopped after %1. Any breathing helps.</source>
        <translation>Exercício interrompido após %1. Toda respiração ajuda.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <source>%1 s · breath %2 of %3</source>
        <translation>%1 s · respiração %2 de %3</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message numerus="yes">
        <source>Well done: %n breath(s) in %1.</source>
        <translation>
            <numerusform>Muito bem: %n respiração em %1.</numerusform>
            <numerusform>Muito bem: %n respirações em %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::CallHeaderWidget</name>
    <message>
        <source>Call</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <source>Call state</source>
        <translation>Estado da ligação</translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation>Duração da ligação</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Quem está ligando</translation>
    </message>
    <message>
        <source>Caller details</source>
        <translation>Dados de quem está ligando</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Sem ligação</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <source>The caller will appear here as soon as a call rings.</source>
        <translation>Quem ligar aparece aqui assim que uma ligação tocar.</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Ligação entrando</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>Em ligação</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Ligação encerrada</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Cliente não identificado</translation>
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
        <translation>O baresip parou de gravar o áudio do cliente nesta chamada.</translation>
    </message>
    <message>
        <source>No audio from baresip for this call. Its config needs &quot;module sndfile.so&quot; and &quot;snd_path %1&quot;.</source>
        <translation>Nenhum áudio do baresip nesta chamada. A configuração dele precisa de &quot;module sndfile.so&quot; e &quot;snd_path %1&quot;.</translation>
    </message>
    <message>
        <source>Transcription understands English only; the language chosen for Attune is %1.</source>
        <translation>A transcrição entende apenas inglês; o idioma escolhido para o Attune é %1.</translation>
    </message>
    <message>
        <source>baresip went away during the call (it restarted or quit); the call&apos;s transcription stopped with it.</source>
        <translation>O baresip sumiu durante a chamada (reiniciou ou foi fechado); a transcrição da chamada parou junto.</translation>
    </message>
    <message>
        <source>baresip opened the customer&apos;s audio for this call but writes nothing into it: no audio arrives from the customer.</source>
        <translation>O baresip abriu o áudio do cliente desta chamada, mas não escreve nada nele: nenhum áudio chega do cliente.</translation>
    </message>
    <message>
        <source>The customer&apos;s side of this call has been silent for %1 seconds: baresip writes the call&apos;s audio, but no sound arrives (the customer may be muted, or their audio does not reach this computer).</source>
        <translation>O lado do cliente nesta chamada está em silêncio há %1 segundos: o baresip grava o áudio da chamada, mas nenhum som chega (o cliente pode estar no mudo, ou o áudio dele não chega a este computador).</translation>
    </message>
</context>
<context>
    <name>attune::CustomerFeedbackView</name>
    <message>
        <source>The customer&apos;s verdict</source>
        <translation>O veredito do cliente</translation>
    </message>
    <message>
        <source>The customer&apos;s comment</source>
        <translation>O comentário do cliente</translation>
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
        <translation>(%1 de 100; sua autoavaliação %2, diferença %3).</translation>
    </message>
    <message>
        <source>(%1 of 100).</source>
        <translation>(%1 de 100).</translation>
    </message>
    <message>
        <source>The customer left upset.</source>
        <translation>O cliente ficou chateado.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>(reads %1)</source>
        <translation>(parece %1)</translation>
    </message>
    <message>
        <source>Customer left &amp;upset</source>
        <translation>Cliente ficou &amp;chateado</translation>
    </message>
    <message>
        <source>Calls whose post-call survey reads upset: a low score, or a comment that reads negative</source>
        <translation>Chamadas cuja pesquisa pós-chamada mostra chateação: uma nota baixa ou um comentário negativo</translation>
    </message>
</context>
<context>
    <name>attune::HistoryDetailPane</name>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>em parte</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Detalhes da ligação</translation>
    </message>
    <message>
        <source>Coaching note…</source>
        <translation>Nota de coaching…</translation>
    </message>
    <message>
        <source>Give kudos…</source>
        <translation>Dar reconhecimento…</translation>
    </message>
    <message>
        <source>Score this call…</source>
        <translation>Avaliar esta ligação…</translation>
    </message>
    <message>
        <source>No call matches.</source>
        <translation>Nenhuma ligação corresponde aos filtros.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Cliente não identificado</translation>
    </message>
    <message>
        <source>The customer sounded %1 at the peak, %2 into the call; %3.</source>
        <translation>No momento mais intenso, aos %2 de ligação, o cliente parecia %1; %3.</translation>
    </message>
    <message>
        <source>the call calmed</source>
        <translation>depois a ligação se acalmou</translation>
    </message>
    <message>
        <source>it did not calm</source>
        <translation>a ligação não se acalmou</translation>
    </message>
    <message>
        <source>Not self-assessed.</source>
        <translation>Sem autoavaliação.</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoavaliação</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Atendente</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Self score %1, supervisor score %2 (gap %3).</source>
        <translation>Nota da autoavaliação %1, nota do supervisor %2 (diferença %3).</translation>
    </message>
    <message>
        <source>Self score %1.</source>
        <translation>Nota da autoavaliação %1.</translation>
    </message>
    <message>
        <source>The agent kept their note private.</source>
        <translation>O atendente manteve a nota privada.</translation>
    </message>
    <message>
        <source>Next time: %1</source>
        <translation>Da próxima vez: %1</translation>
    </message>
    <message>
        <source>private: only you see this</source>
        <translation>privada: só você vê</translation>
    </message>
    <message>
        <source>Suggestions used</source>
        <translation>Sugestões usadas</translation>
    </message>
    <message>
        <source>Coaching notes</source>
        <translation>Notas de coaching</translation>
    </message>
    <message>
        <source>Kudos</source>
        <translation>Reconhecimentos</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>This call is still loading…</source>
        <translation>Esta chamada ainda está carregando…</translation>
    </message>
</context>
<context>
    <name>attune::HistoryFilterBar</name>
    <message>
        <source>Search customer name or number</source>
        <translation>Buscar nome ou número do cliente</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo o período</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Últimas 12 semanas</translation>
    </message>
    <message>
        <source>Between dates</source>
        <translation>Entre datas</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Data inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Data final</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Qualquer resultado</translation>
    </message>
    <message>
        <source>Self score below</source>
        <translation>Nota da autoavaliação abaixo de</translation>
    </message>
    <message>
        <source>Self score threshold</source>
        <translation>Limite da nota da autoavaliação</translation>
    </message>
    <message>
        <source>Hot calls</source>
        <translation>Ligações intensas</translation>
    </message>
    <message>
        <source>Calls where the customer&apos;s feelings ran high</source>
        <translation>Ligações em que as emoções do cliente ficaram intensas</translation>
    </message>
    <message>
        <source>My stress 4 or 5</source>
        <translation>Meu estresse 4 ou 5</translation>
    </message>
    <message>
        <source>Calls after which the agent rated their stress 4 or 5</source>
        <translation>Ligações depois das quais o atendente avaliou o próprio estresse com 4 ou 5</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>Relatório PDF…</translation>
    </message>
    <message>
        <source>Agent&apos;s stress 4 or 5</source>
        <translation>Estresse do agente 4 ou 5</translation>
    </message>
    <message>
        <source>Shared only where IT set team/shareWellbeing; otherwise no call matches</source>
        <translation>Compartilhado só onde a TI ativou team/shareWellbeing; caso contrário nenhuma chamada corresponde</translation>
    </message>
</context>
<context>
    <name>attune::HistoryModel</name>
    <message>
        <source>Unknown caller</source>
        <translation>Cliente não identificado</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>calmo</translation>
    </message>
    <message>
        <source>The customer stayed calm</source>
        <translation>O cliente se manteve calmo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>hot</source>
        <translation>intenso</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>calmed</source>
        <translation>se acalmou</translation>
    </message>
    <message>
        <source>did not calm</source>
        <translation>não se acalmou</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>The strongest feeling the customer&apos;s words showed on the call</source>
        <translation>O sentimento mais forte que as palavras do cliente mostraram na ligação</translation>
    </message>
    <message>
        <source>The agent&apos;s own rubric score, 0 to 100</source>
        <translation>A nota que o próprio atendente se deu no questionário, de 0 a 100</translation>
    </message>
    <message>
        <source>A supervisor&apos;s rubric score of the same call, 0 to 100</source>
        <translation>A nota de um supervisor no questionário da mesma ligação, de 0 a 100</translation>
    </message>
    <message>
        <source>The agent&apos;s own stress before and after the call, 1 (calm) to 5</source>
        <translation>O estresse do próprio atendente antes e depois da ligação, de 1 (calma) a 5</translation>
    </message>
    <message>
        <source>A breathing exercise was taken after this call</source>
        <translation>Foi feito um exercício de respiração depois desta ligação</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Tempo de conversa</translation>
    </message>
    <message>
        <source>Peak feeling</source>
        <translation>Sentimento mais forte</translation>
    </message>
    <message>
        <source>Calmed</source>
        <translation>Acalmou</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Self score</source>
        <translation>Autoavaliação</translation>
    </message>
    <message>
        <source>Supervisor score</source>
        <translation>Nota do supervisor</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Estresse</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiração</translation>
    </message>
    <message>
        <source>Kudos</source>
        <translation>Reconhecimentos</translation>
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
        <translation>%1, o cliente ficou chateado</translation>
    </message>
    <message>
        <source>The customer&apos;s own post-call survey, 0 to 100 (CSAT 1 to 5 or NPS 0 to 10)</source>
        <translation>A própria pesquisa do cliente após a chamada, de 0 a 100 (CSAT 1 a 5 ou NPS 0 a 10)</translation>
    </message>
    <message>
        <source>Customer score</source>
        <translation>Nota do cliente</translation>
    </message>
</context>
<context>
    <name>attune::HistoryWindow</name>
    <message>
        <source>Attune – History</source>
        <translation>Attune – Histórico</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Histórico de ligações</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Ligações</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendências</translation>
    </message>
    <message>
        <source>The supervisor session ended.</source>
        <translation>A sessão do supervisor terminou.</translation>
    </message>
    <message>
        <source>Export the listed calls</source>
        <translation>Exportar as ligações listadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save a coaching report</source>
        <translation>Salvar um relatório de coaching</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Supervisor view. Private notes are hidden. The session ends after 5 idle minutes or when a call rings.</source>
        <translation>Visão do supervisor. As notas privadas ficam ocultas. A sessão termina após 5 minutos sem atividade ou quando uma ligação tocar.</translation>
    </message>
    <message>
        <source>Your history. Private notes are shown only to you.</source>
        <translation>Seu histórico. As notas privadas só são mostradas para você.</translation>
    </message>
    <message>
        <source>End supervisor session</source>
        <translation>Encerrar sessão do supervisor</translation>
    </message>
    <message>
        <source>Supervisor sign-in…</source>
        <translation>Acesso do supervisor…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n call(s) to %1.</source>
        <translation>
            <numerusform>%n ligação exportada para %1.</numerusform>
            <numerusform>%n ligações exportadas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Relatório salvo em %1.</translation>
    </message>
    <message>
        <source>Calls and trends</source>
        <translation>Ligações e tendências</translation>
    </message>
    <message>
        <source>Loading calls…</source>
        <translation>Carregando chamadas…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Carregando</translation>
    </message>
    <message>
        <source>The history could not be read. %1</source>
        <translation>Não foi possível ler o histórico. %1</translation>
    </message>
    <message>
        <source>This call is still loading. Try again in a moment.</source>
        <translation>Esta chamada ainda está carregando. Tente de novo em instantes.</translation>
    </message>
</context>
<context>
    <name>attune::InstanceServer</name>
    <message>
        <source>request longer than %1 bytes</source>
        <translation>solicitação maior que %1 bytes</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>ainda não está pronto</translation>
    </message>
    <message>
        <source>Attune is not running.</source>
        <translation>O Attune não está em execução.</translation>
    </message>
    <message>
        <source>Could not send the request: %1</source>
        <translation>Não foi possível enviar a solicitação: %1</translation>
    </message>
    <message>
        <source>Attune did not answer: %1</source>
        <translation>O Attune não respondeu: %1</translation>
    </message>
    <message>
        <source>Cannot take the instance lock %1: its folder cannot be written. Make %2 writable for your user (or ask IT to), then start Attune again.</source>
        <translation>Não foi possível obter a trava de instância %1: a pasta dela não é gravável. Torne %2 gravável para o seu usuário (ou peça à TI) e abra o Attune de novo.</translation>
    </message>
    <message>
        <source>field &quot;requestId&quot; must be a string of 1 to %1 characters</source>
        <translation>o campo &quot;requestId&quot; deve ser um texto de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>Attune showed this but could not save it to its database; see the log file.</source>
        <translation>O Attune mostrou isto, mas não conseguiu salvá-lo no banco de dados; veja o arquivo de log.</translation>
    </message>
    <message>
        <source>Attune did not confirm the request within %1 seconds (%2); it may still be applied, once.</source>
        <translation>O Attune não confirmou a solicitação em %1 segundos (%2); ela ainda pode ser aplicada, uma única vez.</translation>
    </message>
    <message>
        <source>Attune&apos;s answer is longer than %1 bytes</source>
        <translation>A resposta do Attune tem mais de %1 bytes</translation>
    </message>
    <message>
        <source>%1.so cannot be loaded: %2</source>
        <translation>Não é possível carregar %1.so: %2</translation>
    </message>
    <message>
        <source>%1.so belongs to another version of Attune (this is %2)</source>
        <translation>%1.so pertence a outra versão do Attune (esta é a %2)</translation>
    </message>
    <message>
        <source>Attune quit before this was saved; it may still be saved, once. Check before sending it again.</source>
        <translation>O Attune foi fechado antes de salvar isto; ainda pode ser salvo, uma única vez. Verifique antes de enviar de novo.</translation>
    </message>
    <message>
        <source>field &quot;requestId&quot; was already used for another command; send a new request with a new id</source>
        <translation>o campo &quot;requestId&quot; já foi usado para outro comando; envie uma nova solicitação com um novo id</translation>
    </message>
</context>
<context>
    <name>attune::KudosStrip</name>
    <message>
        <source>Kudos from your supervisor</source>
        <translation>Reconhecimentos do seu supervisor</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Agradecer</translation>
    </message>
    <message>
        <source>Dismiss the kudos</source>
        <translation>Fechar os reconhecimentos</translation>
    </message>
</context>
<context>
    <name>attune::LiveIntegrations</name>
    <message>
        <source>The softphone connector and the WebSocket API cannot work: %1</source>
        <translation>A conexão com o softphone e a API WebSocket não podem funcionar: %1</translation>
    </message>
</context>
<context>
    <name>attune::MyPhrasesDialog</name>
    <message>
        <source>My phrases</source>
        <translation>Minhas frases</translation>
    </message>
    <message>
        <source>Phrases you wrote yourself. They are offered alongside the library and stay on this computer.</source>
        <translation>Frases escritas por você. Elas são oferecidas junto com as da biblioteca e ficam só neste computador.</translation>
    </message>
    <message>
        <source>Your own phrases</source>
        <translation>Suas frases</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Add a phrase of your own</source>
        <translation>Adicionar uma frase sua</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected phrase</source>
        <translation>Remover a frase selecionada</translation>
    </message>
    <message>
        <source>Close my phrases</source>
        <translation>Fechar minhas frases</translation>
    </message>
    <message>
        <source>The phrase was not saved: %1</source>
        <translation>A frase não foi salva: %1</translation>
    </message>
    <message>
        <source>The phrase was not removed: %1</source>
        <translation>A frase não foi removida: %1</translation>
    </message>
</context>
<context>
    <name>attune::PersonalPhraseDialog</name>
    <message>
        <source>calm</source>
        <translation>calmo</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Abertura</translation>
    </message>
    <message>
        <source>Finding out</source>
        <translation>Sondagem</translation>
    </message>
    <message>
        <source>Solving</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Encerramento</translation>
    </message>
    <message>
        <source>Add my own phrase</source>
        <translation>Adicionar minha própria frase</translation>
    </message>
    <message>
        <source>Phrase text</source>
        <translation>Texto da frase</translation>
    </message>
    <message>
        <source>I can see why that would worry you, {customer.preferred_name}.</source>
        <translation>Entendo por que isso te preocupa, {customer.preferred_name}.</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>&amp;Palavras</translation>
    </message>
    <message>
        <source>Placeholders: {customer.preferred_name}, {last_contact.topic}, {agent.name}. A phrase whose placeholder has no value for a caller is not offered to you.</source>
        <translation>Marcadores: {customer.preferred_name}, {last_contact.topic}, {agent.name}. Uma frase cujo marcador não tenha valor para quem está ligando não é sugerida a você.</translation>
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
        <translation>Serve quando o cliente está %1</translation>
    </message>
    <message>
        <source>When the customer is</source>
        <translation>Quando o cliente está</translation>
    </message>
    <message>
        <source>Fits the call part %1</source>
        <translation>Serve para a etapa da ligação %1</translation>
    </message>
    <message>
        <source>Part of the call</source>
        <translation>Etapa da ligação</translation>
    </message>
    <message>
        <source>Problem with the phrase</source>
        <translation>Problema com a frase</translation>
    </message>
    <message>
        <source>Save phrase</source>
        <translation>Salvar frase</translation>
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
        <translation>suas próprias frases precisam do banco de dados local, que não pôde ser aberto</translation>
    </message>
</context>
<context>
    <name>attune::PracticeHistoryList</name>
    <message>
        <source>Practice</source>
        <translation>Prática</translation>
    </message>
    <message>
        <source>Practice runs</source>
        <translation>Práticas realizadas</translation>
    </message>
    <message>
        <source>Your practice runs, kept apart from real calls. Only what the replies showed is kept, never the replies themselves.</source>
        <translation>Suas práticas, separadas das ligações reais. Só se guarda o que as respostas mostraram, nunca as respostas em si.</translation>
    </message>
    <message>
        <source>About practice runs</source>
        <translation>Sobre as práticas</translation>
    </message>
    <message>
        <source>No practice runs yet. Practise from the sidebar between calls.</source>
        <translation>Ainda não há práticas. Pratique pela barra lateral entre ligações.</translation>
    </message>
    <message>
        <source>No practice runs</source>
        <translation>Nenhuma prática</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Cenário</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Como terminou</translation>
    </message>
    <message>
        <source>What the replies showed</source>
        <translation>O que as respostas mostraram</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>nothing recognised</source>
        <translation>nada reconhecido</translation>
    </message>
</context>
<context>
    <name>attune::PracticePanel</name>
    <message>
        <source>Blame instead of an apology</source>
        <translation>Culpar em vez de pedir desculpas</translation>
    </message>
    <message>
        <source>Words the customer may not know</source>
        <translation>Palavras que o cliente talvez não conheça</translation>
    </message>
    <message>
        <source>An assumption instead of a question</source>
        <translation>Uma suposição em vez de uma pergunta</translation>
    </message>
    <message>
        <source>The customer&apos;s feeling went unacknowledged</source>
        <translation>O sentimento do cliente não foi reconhecido</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Prática</translation>
    </message>
    <message>
        <source>Practice message</source>
        <translation>Mensagem da prática</translation>
    </message>
    <message>
        <source>Between calls, practise a hard conversation: Attune plays the customer and you type your replies.</source>
        <translation>Entre ligações, pratique uma conversa difícil: o Attune faz o papel do cliente e você digita suas respostas.</translation>
    </message>
    <message>
        <source>About practice</source>
        <translation>Sobre a prática</translation>
    </message>
    <message>
        <source>Practise…</source>
        <translation>Praticar…</translation>
    </message>
    <message>
        <source>Practise a conversation</source>
        <translation>Praticar uma conversa</translation>
    </message>
    <message>
        <source>Practise a conversation (%1)</source>
        <translation>Praticar uma conversa (%1)</translation>
    </message>
    <message>
        <source>Practice scenarios</source>
        <translation>Cenários de prática</translation>
    </message>
    <message>
        <source>Scenario summary</source>
        <translation>Resumo do cenário</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
    <message>
        <source>Start the practice</source>
        <translation>Começar a prática</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel practice</source>
        <translation>Cancelar a prática</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Cenário</translation>
    </message>
    <message>
        <source>Practice conversation</source>
        <translation>Conversa de prática</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Sua resposta</translation>
    </message>
    <message>
        <source>Your reply (Enter sends, Shift+Enter for a new line)</source>
        <translation>Sua resposta (Enter envia, Shift+Enter para uma nova linha)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Enviar a resposta</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop practising</source>
        <translation>Parar de praticar</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Como terminou</translation>
    </message>
    <message>
        <source>Practice feedback</source>
        <translation>Feedback da prática</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close the practice feedback</source>
        <translation>Fechar o feedback da prática</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Used the customer&apos;s name</source>
        <translation>Usou o nome do cliente</translation>
    </message>
    <message>
        <source>Acknowledged the feeling</source>
        <translation>Reconheceu o sentimento</translation>
    </message>
    <message>
        <source>Asked an open question</source>
        <translation>Fez uma pergunta aberta</translation>
    </message>
    <message>
        <source>Assumed instead of asking</source>
        <translation>Supôs em vez de perguntar</translation>
    </message>
    <message>
        <source>Apologised</source>
        <translation>Pediu desculpas</translation>
    </message>
    <message>
        <source>Took ownership</source>
        <translation>Assumiu a responsabilidade</translation>
    </message>
    <message>
        <source>Said what happens next</source>
        <translation>Disse o que acontece a seguir</translation>
    </message>
    <message>
        <source>Blamed someone or something</source>
        <translation>Culpou alguém ou algo</translation>
    </message>
    <message>
        <source>Used jargon</source>
        <translation>Usou jargão</translation>
    </message>
    <message>
        <source>The customer left feeling better.</source>
        <translation>O cliente saiu se sentindo melhor.</translation>
    </message>
    <message>
        <source>The customer left feeling much the same.</source>
        <translation>O cliente saiu se sentindo praticamente igual.</translation>
    </message>
    <message>
        <source>The customer left feeling worse.</source>
        <translation>O cliente saiu se sentindo pior.</translation>
    </message>
    <message>
        <source>The conversation reached its 12-turn limit.</source>
        <translation>A conversa chegou ao limite de 12 turnos.</translation>
    </message>
    <message>
        <source>You stopped before the end.</source>
        <translation>Você parou antes do fim.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>What your replies showed</source>
        <translation>O que suas respostas mostraram</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>não mostrado</translation>
    </message>
    <message>
        <source>Moments to try differently</source>
        <translation>Momentos para tentar de outro jeito</translation>
    </message>
    <message>
        <source>The customer: “%1”</source>
        <translation>O cliente: “%1”</translation>
    </message>
    <message>
        <source>You: “%1”</source>
        <translation>Você: “%1”</translation>
    </message>
    <message>
        <source>Heard: %1</source>
        <translation>Ouvido: %1</translation>
    </message>
    <message>
        <source>Could sound like:</source>
        <translation>Poderia soar assim:</translation>
    </message>
    <message numerus="yes">
        <source>in %n reply(s)</source>
        <translation>
            <numerusform>em %n resposta</numerusform>
            <numerusform>em %n respostas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::PracticeService</name>
    <message>
        <source>Practice waits while a call is live.</source>
        <translation>A prática espera enquanto houver uma ligação em andamento.</translation>
    </message>
    <message>
        <source>No practice scenarios could be loaded.</source>
        <translation>Nenhum cenário de prática pôde ser carregado.</translation>
    </message>
    <message>
        <source>There is no practice scenario &quot;%1&quot;. Known: %2.</source>
        <translation>Não existe o cenário de prática &quot;%1&quot;. Disponíveis: %2.</translation>
    </message>
    <message>
        <source>Choose a scenario first.</source>
        <translation>Escolha um cenário primeiro.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is being practised; stop it first to start another.</source>
        <translation>&quot;%1&quot; está sendo praticado; pare-o antes de começar outro.</translation>
    </message>
</context>
<context>
    <name>attune::ProfilePanel</name>
    <message>
        <source>Customer profile</source>
        <translation>Perfil do cliente</translation>
    </message>
    <message>
        <source>The caller&apos;s profile appears here when a call rings.</source>
        <translation>O perfil de quem está ligando aparece aqui quando uma ligação toca.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Full name for the new profile</source>
        <translation>Nome completo do novo perfil</translation>
    </message>
    <message>
        <source>Call them…</source>
        <translation>Chamar de…</translation>
    </message>
    <message>
        <source>How the new customer likes to be addressed</source>
        <translation>Como o novo cliente gosta de ser chamado</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Criar perfil</translation>
    </message>
    <message>
        <source>Create a profile for this caller</source>
        <translation>Criar um perfil para quem está ligando</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Adicionar uma nota…</translation>
    </message>
    <message>
        <source>Note about this customer</source>
        <translation>Nota sobre este cliente</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Adicionar a nota</translation>
    </message>
    <message>
        <source>recently bereaved</source>
        <translation>luto recente</translation>
    </message>
    <message>
        <source>vulnerable customer</source>
        <translation>cliente vulnerável</translation>
    </message>
    <message>
        <source>complaint open</source>
        <translation>reclamação em aberto</translation>
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
        <translation>O sistema telefônico informa: %1</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Em aberto: %1</translation>
    </message>
    <message>
        <source>Next time: %1</source>
        <translation>Da próxima vez: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>No earlier contacts on file.</source>
        <translation>Nenhum contato anterior registrado.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers share this number</source>
        <translation>
            <numerusform>%n cliente compartilha este número</numerusform>
            <numerusform>%n clientes compartilham este número</numerusform>
        </translation>
    </message>
    <message>
        <source>This is %1</source>
        <translation>Quem está ligando é %1</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Cliente não identificado</translation>
    </message>
    <message>
        <source>Unknown caller: %1</source>
        <translation>Cliente não identificado: %1</translation>
    </message>
    <message>
        <source>No number was sent</source>
        <translation>Nenhum número foi enviado</translation>
    </message>
    <message>
        <source>%1 (from the contact center): %2</source>
        <translation>%1 (da central de atendimento): %2</translation>
    </message>
    <message>
        <source>Be aware: %1</source>
        <translation>Atenção: %1</translation>
    </message>
    <message>
        <source>The note was not saved: %1</source>
        <translation>A nota não foi salva: %1</translation>
    </message>
    <message>
        <source>No profile was created: %1</source>
        <translation>Nenhum perfil foi criado: %1</translation>
    </message>
</context>
<context>
    <name>attune::ProfileService</name>
    <message>
        <source>a profile needs the customer&apos;s name</source>
        <translation>um perfil precisa do nome do cliente</translation>
    </message>
    <message>
        <source>notes belong to a known customer; create or choose the profile first</source>
        <translation>notas pertencem a um cliente conhecido; crie ou escolha o perfil primeiro</translation>
    </message>
    <message>
        <source>the database refused it (%1)</source>
        <translation>o banco de dados recusou (%1)</translation>
    </message>
</context>
<context>
    <name>attune::SettingsDialog</name>
    <message>
        <source>Attune settings</source>
        <translation>Configurações do Attune</translation>
    </message>
    <message>
        <source>Dock to screen edge</source>
        <translation>Encaixar na borda da tela</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Direita</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Esquerda</translation>
    </message>
    <message>
        <source>Keep Attune above other windows</source>
        <translation>Manter o Attune acima das outras janelas</translation>
    </message>
    <message>
        <source>Bring Attune to the front when a call rings (it never takes the keyboard)</source>
        <translation>Trazer o Attune para a frente quando uma ligação tocar (ele nunca toma o foco do teclado)</translation>
    </message>
    <message>
        <source>Compact view</source>
        <translation>Visualização compacta</translation>
    </message>
    <message>
        <source>Reduce motion (no pulsing or animation)</source>
        <translation>Reduzir movimento (sem pulsação nem animação)</translation>
    </message>
    <message>
        <source>Show an icon in the system tray</source>
        <translation>Mostrar um ícone na bandeja do sistema</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Cores</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Language (after restart)</source>
        <translation>Idioma (após reiniciar)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <source> updates per call</source>
        <translation> atualizações por ligação</translation>
    </message>
    <message>
        <source>Suggestion updates per call</source>
        <translation>Atualizações de sugestões por ligação</translation>
    </message>
    <message>
        <source>Never suggest these techniques</source>
        <translation>Nunca sugerir estas técnicas</translation>
    </message>
    <message>
        <source>Built-in library</source>
        <translation>Biblioteca integrada</translation>
    </message>
    <message>
        <source>Phrase library file</source>
        <translation>Arquivo da biblioteca de frases</translation>
    </message>
    <message>
        <source>Breathing pattern</source>
        <translation>Padrão de respiração</translation>
    </message>
    <message>
        <source>Breathing exercise length</source>
        <translation>Duração do exercício de respiração</translation>
    </message>
    <message>
        <source>Calm: in 4, out 6; Square: in 3, hold 3, out 3, hold 3</source>
        <translation>Calma: in 4, out 6; Quadrada: in 3, hold 3, out 3, hold 3</translation>
    </message>
    <message>
        <source>My breathing patterns</source>
        <translation>Meus padrões de respiração</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Patterns from IT</source>
        <translation>Padrões da TI</translation>
    </message>
    <message>
        <source>From the system language</source>
        <translation>Conforme o idioma do sistema</translation>
    </message>
    <message>
        <source>Country of national phone numbers</source>
        <translation>País dos números de telefone nacionais</translation>
    </message>
    <message>
        <source>Not set. IT sets it with attune hash-pin.</source>
        <translation>Não definido. A TI define com attune hash-pin.</translation>
    </message>
    <message>
        <source>Set by your IT department</source>
        <translation>Definido pelo seu departamento de TI</translation>
    </message>
    <message>
        <source>Supervisor PIN</source>
        <translation>PIN do supervisor</translation>
    </message>
    <message>
        <source>Built-in questions</source>
        <translation>Perguntas integradas</translation>
    </message>
    <message>
        <source>Self-assessment questions file</source>
        <translation>Arquivo de perguntas de autoavaliação</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Para sempre</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Keep call history for</source>
        <translation>Manter o histórico de ligações por</translation>
    </message>
    <message>
        <source>Allow private notes in the self-assessment</source>
        <translation>Permitir notas privadas na autoavaliação</translation>
    </message>
    <message>
        <source>Allow exporting my self-assessments</source>
        <translation>Permitir exportar minhas autoavaliações</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Salvar configurações</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1 (set by your IT department)</source>
        <translation>%1 (definido pelo seu departamento de TI)</translation>
    </message>
    <message>
        <source>🔒 Set by your IT department</source>
        <translation>🔒 Definido pelo seu departamento de TI</translation>
    </message>
    <message>
        <source>%1 is set by your IT department</source>
        <translation>%1 é definido pelo seu departamento de TI</translation>
    </message>
    <message>
        <source>Your IT department manages this setting.</source>
        <translation>Seu departamento de TI gerencia esta configuração.</translation>
    </message>
    <message>
        <source>Set by your IT department (%1 in %2); it cannot be changed here.</source>
        <translation>Definido pelo seu departamento de TI (%1 em %2); não pode ser alterado aqui.</translation>
    </message>
    <message>
        <source>Some settings were not saved</source>
        <translation>Algumas configurações não foram salvas</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Take calls from the baresip softphone</source>
        <translation>Receber ligações do softphone baresip</translation>
    </message>
    <message>
        <source>baresip control address</source>
        <translation>Endereço de controle do baresip</translation>
    </message>
    <message>
        <source>baresip control port (ctrl_tcp)</source>
        <translation>Porta de controle do baresip (ctrl_tcp)</translation>
    </message>
    <message>
        <source>Accept calls and transcripts from contact-center software on this computer (WebSocket API)</source>
        <translation>Aceitar ligações e transcrições de softwares da central de atendimento neste computador (API WebSocket)</translation>
    </message>
    <message>
        <source>WebSocket API port</source>
        <translation>Porta da API WebSocket</translation>
    </message>
    <message>
        <source>Generated on first use in %1 (readable only by you).</source>
        <translation>Gerado no primeiro uso em %1 (só você pode ler).</translation>
    </message>
    <message>
        <source>WebSocket API token</source>
        <translation>Token da API WebSocket</translation>
    </message>
    <message>
        <source>None: programs only, no web pages</source>
        <translation>Nenhuma: só programas, nenhuma página web</translation>
    </message>
    <message>
        <source>Web pages allowed to connect (origins)</source>
        <translation>Páginas web que podem se conectar (origens)</translation>
    </message>
    <message>
        <source>Setting groups</source>
        <translation>Grupos de configurações</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Janela</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugestões</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiração</translation>
    </message>
    <message>
        <source>Calls and privacy</source>
        <translation>Ligações e privacidade</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrações</translation>
    </message>
    <message>
        <source>Team server (PostgreSQL)</source>
        <translation>Servidor da equipe (PostgreSQL)</translation>
    </message>
    <message>
        <source>Team server port</source>
        <translation>Porta do servidor da equipe</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Banco de dados da equipe</translation>
    </message>
    <message>
        <source>My team server user</source>
        <translation>Meu usuário no servidor da equipe</translation>
    </message>
    <message>
        <source>Password file (only I can read it)</source>
        <translation>Arquivo de senha (só eu posso lê-lo)</translation>
    </message>
    <message>
        <source>Team server certificate authority (CA file)</source>
        <translation>Autoridade certificadora do servidor da equipe (arquivo CA)</translation>
    </message>
    <message>
        <source>My client certificate</source>
        <translation>Meu certificado de cliente</translation>
    </message>
    <message>
        <source>My client certificate key</source>
        <translation>Chave do meu certificado de cliente</translation>
    </message>
    <message>
        <source>Transcribe what the customer says in baresip calls, on this computer (English only; no audio is kept)</source>
        <translation>Transcrever o que o cliente diz nas chamadas do baresip, neste computador (somente inglês; nenhum áudio é guardado)</translation>
    </message>
    <message>
        <source>Built-in practice calls</source>
        <translation>Chamadas de prática incluídas</translation>
    </message>
    <message>
        <source>Practice calls folder</source>
        <translation>Pasta de chamadas de prática</translation>
    </message>
    <message>
        <source>With a team server, your answered calls and self-assessments are copied to it for your supervisor, and their notes and kudos come back; private notes never leave this computer. Changes here apply when Attune starts again.</source>
        <translation>Com um servidor da equipe, suas chamadas atendidas e autoavaliações são copiadas para ele para o seu supervisor, e as anotações e elogios dele voltam; anotações privadas nunca saem deste computador. As mudanças aqui valem quando o Attune iniciar de novo.</translation>
    </message>
    <message>
        <source>Your stress ratings are shared with the team server and shown to your supervisor: your IT department decided so.</source>
        <translation>Suas avaliações de estresse são compartilhadas com o servidor da equipe e mostradas ao seu supervisor: foi o que o seu departamento de TI decidiu.</translation>
    </message>
    <message>
        <source>Your stress ratings stay on this computer and are not shown to supervisors; only your IT department can decide to share them.</source>
        <translation>Suas avaliações de estresse ficam neste computador e não são mostradas aos supervisores; só o seu departamento de TI pode decidir compartilhá-las.</translation>
    </message>
    <message>
        <source>Stress ratings</source>
        <translation>Avaliações de estresse</translation>
    </message>
    <message>
        <source>No team server: your calls and self-assessments stay on this computer. Only your IT department can set one up.</source>
        <translation>Sem servidor de equipe: suas chamadas e autoavaliações ficam neste computador. Só o seu departamento de TI pode configurar um.</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Servidor de equipe</translation>
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
        <translation>Barra lateral do Attune</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Sempre visível</translation>
    </message>
    <message>
        <source>Compact view</source>
        <translation>Visualização compacta</translation>
    </message>
    <message>
        <source>Ready for next call</source>
        <translation>Disponível para a próxima ligação</translation>
    </message>
    <message>
        <source>Quit Attune</source>
        <translation>Sair do Attune</translation>
    </message>
    <message>
        <source>Demo mode: a scripted call on a separate demo database.</source>
        <translation>Modo de demonstração: uma ligação roteirizada em um banco de dados de demonstração separado.</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Modo de demonstração</translation>
    </message>
    <message>
        <source>Call assistance</source>
        <translation>Apoio durante a ligação</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>Perfil do cliente</translation>
    </message>
    <message>
        <source>Suggested phrasings</source>
        <translation>Frases sugeridas</translation>
    </message>
    <message>
        <source>Take a breath</source>
        <translation>Respire</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiração</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Histórico de ligações</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>O que foi dito</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcrição</translation>
    </message>
    <message>
        <source>Attune (demo)</source>
        <translation>Attune (demonstração)</translation>
    </message>
    <message>
        <source>Copy suggestion %1</source>
        <translation>Copiar sugestão %1</translation>
    </message>
    <message>
        <source>Self-assess an earlier call</source>
        <translation>Autoavaliar uma ligação anterior</translation>
    </message>
    <message>
        <source>Start a breathing exercise</source>
        <translation>Começar um exercício de respiração</translation>
    </message>
    <message>
        <source>The breathing exercise is not ready yet.</source>
        <translation>O exercício de respiração ainda não está pronto.</translation>
    </message>
    <message>
        <source>Your own phrases need the local database, which could not be opened.</source>
        <translation>Suas próprias frases precisam do banco de dados local, que não pôde ser aberto.</translation>
    </message>
    <message>
        <source>The phrase was not saved: %1</source>
        <translation>A frase não foi salva: %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show Attune</source>
        <translation>Mostrar o Attune</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Prática</translation>
    </message>
    <message>
        <source>The customer profile is not available: Attune could not open its database.</source>
        <translation>O perfil do cliente não está disponível: o Attune não conseguiu abrir seu banco de dados.</translation>
    </message>
    <message>
        <source>Suggested phrasings are not available: Attune could not load its phrase library.</source>
        <translation>As frases sugeridas não estão disponíveis: o Attune não conseguiu carregar sua biblioteca de frases.</translation>
    </message>
    <message>
        <source>The breathing exercise is not available.</source>
        <translation>O exercício de respiração não está disponível.</translation>
    </message>
    <message>
        <source>The softphone connector and the WebSocket API cannot work: Attune could not load its network module. Reinstall Attune, or ask IT.</source>
        <translation>A conexão com o softphone e a API WebSocket não podem funcionar: o Attune não conseguiu carregar seu módulo de rede. Reinstale o Attune ou fale com a equipe de TI.</translation>
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
        <translation>O que as palavras do cliente indicam</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>No more suggestions during this call</source>
        <translation>Sem mais sugestões durante esta ligação</translation>
    </message>
    <message>
        <source>Snooze suggestions for this call</source>
        <translation>Pausar as sugestões nesta ligação</translation>
    </message>
    <message>
        <source>Suggestions appear here while the customer speaks.</source>
        <translation>As sugestões aparecem aqui enquanto o cliente fala.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy suggestion %1 (Ctrl+%1)</source>
        <translation>Copiar sugestão %1 (Ctrl+%1)</translation>
    </message>
    <message>
        <source>Star suggestion %1</source>
        <translation>Favoritar sugestão %1</translation>
    </message>
    <message>
        <source>Dismiss suggestion %1</source>
        <translation>Descartar sugestão %1</translation>
    </message>
    <message>
        <source>More like suggestion %1</source>
        <translation>Mais parecidas com a sugestão %1</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>The customer sounds calm.</source>
        <translation>O cliente parece calmo.</translation>
    </message>
    <message>
        <source>The customer sounds %1.</source>
        <translation>O cliente parece %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Por quê: %1</translation>
    </message>
    <message>
        <source>Snoozed for this call.</source>
        <translation>Em pausa nesta ligação.</translation>
    </message>
    <message>
        <source>That&apos;s enough prompts for one call; they return with the next call.</source>
        <translation>Já foram sugestões suficientes para uma ligação; elas voltam na próxima.</translation>
    </message>
    <message>
        <source>No other phrasing fits</source>
        <translation>Nenhuma outra frase se encaixa</translation>
    </message>
    <message>
        <source>Stop suggesting &quot;%1&quot;</source>
        <translation>Parar de sugerir &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add my own phrase…</source>
        <translation>Adicionar minha própria frase…</translation>
    </message>
    <message>
        <source>My phrases…</source>
        <translation>Minhas frases…</translation>
    </message>
</context>
<context>
    <name>attune::SupervisorPinDialog</name>
    <message>
        <source>Supervisor sign-in</source>
        <translation>Acesso do supervisor</translation>
    </message>
    <message>
        <source>Supervisor PIN</source>
        <translation>PIN do supervisor</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Status do acesso</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Esse PIN está incorreto.</translation>
    </message>
    <message>
        <source>That PIN is not right. %1</source>
        <translation>Esse PIN está incorreto. %1</translation>
    </message>
    <message>
        <source>Supervisor PIN or passphrase</source>
        <translation>PIN ou frase secreta do supervisor</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Verificando o PIN…</translation>
    </message>
    <message>
        <source>Another PIN is being checked; try again when it is answered.</source>
        <translation>Outro PIN está sendo verificado; tente de novo quando ele for respondido.</translation>
    </message>
    <message>
        <source>The sign-in was interrupted (a call rang or the history was put away); nothing was opened. Sign in again.</source>
        <translation>O login foi interrompido (uma chamada tocou ou o histórico foi fechado); nada foi aberto. Entre de novo.</translation>
    </message>
</context>
<context>
    <name>attune::TeamCoachingPanel</name>
    <message>
        <source>Coaching notes and kudos on this call</source>
        <translation>Notas de orientação e elogios desta chamada</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Saving status</source>
        <translation>Situação do salvamento</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Something you wrote on this call is not saved yet; it is kept.</source>
        <translation>Algo que você escreveu nesta chamada ainda não foi salvo; está guardado.</translation>
    </message>
    <message>
        <source>No coaching notes or kudos on this call yet.</source>
        <translation>Ainda não há notas de orientação nem elogios nesta chamada.</translation>
    </message>
    <message>
        <source>Saved. %1 sees it after their Attune&apos;s next sync.</source>
        <translation>Salvo. %1 verá depois da próxima sincronização do Attune.</translation>
    </message>
    <message>
        <source>This was already saved; nothing was added.</source>
        <translation>Isto já estava salvo; nada foi adicionado.</translation>
    </message>
</context>
<context>
    <name>attune::TeamHistoryLoader</name>
    <message>
        <source>The team password file %1 does not exist.</source>
        <translation>O arquivo de senha da equipe %1 não existe.</translation>
    </message>
    <message>
        <source>The team password file %1 can be read by others; Attune uses it only when it belongs to you and no one else can read it (chmod 600).</source>
        <translation>O arquivo de senha da equipe %1 pode ser lido por outras pessoas; o Attune só o usa quando pertence a você e ninguém mais pode lê-lo (chmod 600).</translation>
    </message>
    <message>
        <source>The team password file %1 cannot be read.</source>
        <translation>Não é possível ler o arquivo de senha da equipe %1.</translation>
    </message>
    <message>
        <source>Wrong name or password for %1 on the team server.</source>
        <translation>Nome ou senha incorretos para %1 no servidor da equipe.</translation>
    </message>
    <message>
        <source>The team server %1:%2 does not answer.</source>
        <translation>O servidor da equipe %1:%2 não responde.</translation>
    </message>
    <message>
        <source>The team server&apos;s certificate could not be verified (%1).</source>
        <translation>Não foi possível verificar o certificado do servidor da equipe (%1).</translation>
    </message>
    <message>
        <source>The team server refused the sign-in: %1</source>
        <translation>O servidor da equipe recusou o login: %1</translation>
    </message>
    <message>
        <source>Team server unreachable — retrying…</source>
        <translation>Servidor da equipe inacessível — tentando de novo…</translation>
    </message>
    <message>
        <source>The team key file %1 can be read by others; Attune uses it only when it belongs to you and no one else can read it (chmod 600).</source>
        <translation>O arquivo de chave da equipe %1 pode ser lido por outras pessoas; o Attune só o usa quando pertence a você e ninguém mais pode lê-lo (chmod 600).</translation>
    </message>
    <message>
        <source>The team key file %1 is not an ordinary file Attune can read.</source>
        <translation>O arquivo de chave da equipe %1 não é um arquivo comum que o Attune possa ler.</translation>
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
        <translation>Histórico da equipe</translation>
    </message>
    <message>
        <source>Team calls, trends and comparison</source>
        <translation>Chamadas, tendências e comparação da equipe</translation>
    </message>
    <message>
        <source>Team calls</source>
        <translation>Chamadas da equipe</translation>
    </message>
    <message>
        <source>The team server did not answer: %1</source>
        <translation>O servidor da equipe não respondeu: %1</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chamadas</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendências</translation>
    </message>
    <message>
        <source>Compare agents</source>
        <translation>Comparar agentes</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Signing in to the team server as %1…</source>
        <translation>Entrando no servidor da equipe como %1…</translation>
    </message>
    <message>
        <source>All my teams</source>
        <translation>Todas as minhas equipes</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Todos os agentes</translation>
    </message>
    <message>
        <source>Signed in to the team server as %1 (agents in your teams: %2). Private notes and (unless IT shares them) stress ratings stay on each agent&apos;s computer.</source>
        <translation>Conectado ao servidor da equipe como %1 (agentes nas suas equipes: %2). Notas privadas e (a menos que a TI as compartilhe) as avaliações de estresse ficam no computador de cada agente.</translation>
    </message>
    <message>
        <source>Sign out of the team server</source>
        <translation>Sair do servidor da equipe</translation>
    </message>
    <message>
        <source>No team server is set up on this computer (team/server).</source>
        <translation>Nenhum servidor da equipe está configurado neste computador (team/server).</translation>
    </message>
    <message>
        <source>Sign in with your own supervisor account on the team server %1 to read your team&apos;s calls.</source>
        <translation>Entre com sua própria conta de supervisor no servidor da equipe %1 para ler as chamadas da sua equipe.</translation>
    </message>
    <message>
        <source>Sign in to the team server…</source>
        <translation>Entrar no servidor da equipe…</translation>
    </message>
    <message>
        <source>Sign in to the team server</source>
        <translation>Entrar no servidor da equipe</translation>
    </message>
    <message>
        <source>My calls</source>
        <translation>Minhas chamadas</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Minha equipe</translation>
    </message>
    <message>
        <source>The team server answers again.</source>
        <translation>O servidor da equipe voltou a responder.</translation>
    </message>
</context>
<context>
    <name>attune::TeamService</name>
    <message>
        <source>The team sync could not start: this computer&apos;s database refused to switch the outbox on.</source>
        <translation>A sincronização da equipe não pôde começar: o banco de dados deste computador recusou ativar a caixa de saída.</translation>
    </message>
</context>
<context>
    <name>attune::TeamSignInDialog</name>
    <message>
        <source>Sign in to the team server</source>
        <translation>Entrar no servidor da equipe</translation>
    </message>
    <message>
        <source>Your own supervisor account on %1. The password is used for this session only and never saved.</source>
        <translation>Sua própria conta de supervisor em %1. A senha é usada só nesta sessão e nunca é salva.</translation>
    </message>
    <message>
        <source>Name on the team server</source>
        <translation>Nome no servidor da equipe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
</context>
<context>
    <name>attune::TeamSync</name>
    <message>
        <source>Wrong password for agent %1 on the team server.</source>
        <translation>Senha incorreta do agente %1 no servidor da equipe.</translation>
    </message>
    <message>
        <source>The team server %1 could not prove who it is (its TLS certificate was refused). Records wait on this computer.</source>
        <translation>O servidor da equipe %1 não conseguiu provar quem é (seu certificado TLS foi recusado). Os registros aguardam neste computador.</translation>
    </message>
    <message>
        <source>The team server does not let %1 deliver records (IT adds agents to a team). Records wait on this computer.</source>
        <translation>O servidor da equipe não permite que %1 entregue registros (a TI adiciona agentes a uma equipe). Os registros aguardam neste computador.</translation>
    </message>
    <message>
        <source>The team server has no database %1.</source>
        <translation>O servidor da equipe não tem o banco de dados %1.</translation>
    </message>
    <message>
        <source>The team server %1 cannot be reached. Records wait on this computer and are sent when it is back.</source>
        <translation>Não é possível alcançar o servidor da equipe %1. Os registros aguardam neste computador e são enviados quando ele voltar.</translation>
    </message>
    <message>
        <source>The team password file %1 does not exist.</source>
        <translation>O arquivo de senha da equipe %1 não existe.</translation>
    </message>
    <message>
        <source>The team password file %1 can be read by others; Attune uses it only when it belongs to you and no one else can read it (chmod 600).</source>
        <translation>O arquivo de senha da equipe %1 pode ser lido por outras pessoas; o Attune só o usa quando pertence a você e ninguém mais pode lê-lo (chmod 600).</translation>
    </message>
    <message>
        <source>The team password file %1 cannot be read.</source>
        <translation>Não é possível ler o arquivo de senha da equipe %1.</translation>
    </message>
    <message>
        <source>The team server refused a record; it stays on this computer (%1).</source>
        <translation>O servidor da equipe recusou um registro; ele fica neste computador (%1).</translation>
    </message>
    <message>
        <source>The team server refused the certificate of agent %1 (IT issues it in the name %1). Records wait on this computer.</source>
        <translation>O servidor da equipe recusou o certificado do agente %1 (a TI o emite em nome de %1). Os registros aguardam neste computador.</translation>
    </message>
    <message>
        <source>The team key file %1 does not exist.</source>
        <translation>O arquivo de chave da equipe %1 não existe.</translation>
    </message>
    <message>
        <source>The team key file %1 can be read by others; Attune uses it only when it belongs to you and no one else can read it (chmod 600).</source>
        <translation>O arquivo de chave da equipe %1 pode ser lido por outras pessoas; o Attune só o usa quando pertence a você e ninguém mais pode lê-lo (chmod 600).</translation>
    </message>
    <message>
        <source>The team key file %1 is not an ordinary file Attune can read.</source>
        <translation>O arquivo de chave da equipe %1 não é um arquivo comum que o Attune possa ler.</translation>
    </message>
</context>
<context>
    <name>attune::TeamSyncIndicator</name>
    <message numerus="yes">
        <source>Team history: sending %n record(s)…</source>
        <translation>
            <numerusform>Histórico da equipe: enviando %n registro…</numerusform>
            <numerusform>Histórico da equipe: enviando %n registros…</numerusform>
        </translation>
    </message>
    <message>
        <source>Team history: up to date.</source>
        <translation>Histórico da equipe: em dia.</translation>
    </message>
    <message>
        <source>Team history: connecting…</source>
        <translation>Histórico da equipe: conectando…</translation>
    </message>
    <message numerus="yes">
        <source>Team history: offline, %n record(s) wait on this computer.</source>
        <translation>
            <numerusform>Histórico da equipe: offline, %n registro aguarda neste computador.</numerusform>
            <numerusform>Histórico da equipe: offline, %n registros aguardam neste computador.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team history: offline.</source>
        <translation>Histórico da equipe: offline.</translation>
    </message>
    <message>
        <source>Last sent %1.</source>
        <translation>Último envio: %1.</translation>
    </message>
    <message>
        <source>Team history sync</source>
        <translation>Sincronização do histórico da equipe</translation>
    </message>
</context>
<context>
    <name>attune::TranscriptionNotice</name>
    <message>
        <source>The customer&apos;s speech is transcribed on this computer and not stored.</source>
        <translation>A fala do cliente é transcrita neste computador e não é armazenada.</translation>
    </message>
    <message>
        <source>Transcription notice</source>
        <translation>Aviso de transcrição</translation>
    </message>
</context>
<context>
    <name>attune::TrendsView</name>
    <message>
        <source>Self-assessment answers, share of &quot;yes&quot; by week</source>
        <translation>Respostas da autoavaliação, porcentagem de &quot;sim&quot; por semana</translation>
    </message>
    <message>
        <source>Hot calls that calmed, by week</source>
        <translation>Ligações intensas que se acalmaram, por semana</translation>
    </message>
    <message>
        <source>Self score and supervisor score, by week</source>
        <translation>Nota da autoavaliação e nota do supervisor, por semana</translation>
    </message>
    <message>
        <source>Stress before and after breathing, by week</source>
        <translation>Estresse antes e depois da respiração, por semana</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendências</translation>
    </message>
    <message>
        <source>Working out the trends…</source>
        <translation>Calculando as tendências…</translation>
    </message>
    <message>
        <source>No weeks to show.</source>
        <translation>Nenhuma semana para mostrar.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Share of hot calls that calmed</source>
        <translation>Porcentagem de ligações intensas que se acalmaram</translation>
    </message>
    <message>
        <source>Self score</source>
        <translation>Autoavaliação</translation>
    </message>
    <message>
        <source>Supervisor score</source>
        <translation>Nota do supervisor</translation>
    </message>
    <message>
        <source>Gap (self minus supervisor)</source>
        <translation>Diferença (autoavaliação menos supervisor)</translation>
    </message>
    <message>
        <source>score</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>Before breathing</source>
        <translation>Antes da respiração</translation>
    </message>
    <message>
        <source>After breathing</source>
        <translation>Depois da respiração</translation>
    </message>
    <message>
        <source>stress (1–5)</source>
        <translation>estresse (1–5)</translation>
    </message>
    <message>
        <source>Week of %1: self score %2, supervisor score %3.</source>
        <translation>Semana de %1: nota da autoavaliação %2, nota do supervisor %3.</translation>
    </message>
    <message>
        <source>Week of %1: stress %2 before breathing, %3 after.</source>
        <translation>Semana de %1: estresse %2 antes da respiração, %3 depois.</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2%</translation>
    </message>
    <message>
        <source>Week of %1: %2.</source>
        <translation>Semana de %1: %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>How the customer felt vs how you thought it went, by week</source>
        <translation>Como o cliente se sentiu versus como você achou que foi, por semana</translation>
    </message>
    <message>
        <source>Customer score</source>
        <translation>Nota do cliente</translation>
    </message>
    <message>
        <source>Gap (self minus customer)</source>
        <translation>Diferença (própria menos cliente)</translation>
    </message>
    <message>
        <source>Week of %1: self score %2, customer score %3.</source>
        <translation>Semana de %1: autoavaliação %2, nota do cliente %3.</translation>
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
            <numerusform>%n autoavaliação</numerusform>
            <numerusform>%n autoavaliações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %2 of %n hot call(s) calmed.</source>
        <translation>
            <numerusform>Semana de %1: %2 de %n ligação intensa se acalmou.</numerusform>
            <numerusform>Semana de %1: %2 de %n ligações intensas se acalmaram.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>attune::UnixSocketServer</name>
    <message>
        <source>Cannot listen on &quot;%1&quot;: not a usable path</source>
        <translation>Não é possível escutar em “%1”: não é um caminho utilizável</translation>
    </message>
    <message>
        <source>Cannot listen on %1: the path is too long for a local socket (%2 bytes, at most %3)</source>
        <translation>Não é possível escutar em %1: o caminho é longo demais para um socket local (%2 bytes, no máximo %3)</translation>
    </message>
    <message>
        <source>Cannot listen on %1: something that is not a socket is in its place (it was left as it is)</source>
        <translation>Não é possível escutar em %1: há algo que não é um socket no lugar dele (foi deixado como estava)</translation>
    </message>
    <message>
        <source>Cannot listen on %1: another program listens there</source>
        <translation>Não é possível escutar em %1: outro programa já escuta ali</translation>
    </message>
    <message>
        <source>Cannot listen on %1: its old socket file cannot be removed: %2</source>
        <translation>Não é possível escutar em %1: o antigo arquivo de socket não pode ser removido: %2</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Não é possível escutar em %1: %2</translation>
    </message>
</context>
<context>
    <name>attune::WebSocketApi</name>
    <message>
        <source>Host &quot;%1&quot; is not this computer&apos;s loopback address with port %2</source>
        <translation>O cabeçalho Host &quot;%1&quot; não é o endereço de loopback deste computador com a porta %2</translation>
    </message>
    <message>
        <source>Origin &quot;%1&quot; is not allowed (setting api/allowedOrigins)</source>
        <translation>A origem &quot;%1&quot; (cabeçalho Origin) não é permitida (configuração api/allowedOrigins)</translation>
    </message>
    <message>
        <source>The WebSocket API has no usable token.</source>
        <translation>A API WebSocket não tem um token utilizável.</translation>
    </message>
    <message>
        <source>The WebSocket API cannot listen on 127.0.0.1 port %1: %2</source>
        <translation>A API WebSocket não consegue escutar em 127.0.0.1, porta %1: %2</translation>
    </message>
    <message>
        <source>the WebSocket API was turned off</source>
        <translation>a API WebSocket foi desativada</translation>
    </message>
    <message>
        <source>too many connections (at most %1)</source>
        <translation>conexões demais (no máximo %1)</translation>
    </message>
    <message>
        <source>the upgrade request is longer than %1 bytes</source>
        <translation>a solicitação de upgrade tem mais de %1 bytes</translation>
    </message>
    <message>
        <source>not a WebSocket upgrade request</source>
        <translation>não é uma solicitação de upgrade para WebSocket</translation>
    </message>
    <message>
        <source>header %1 is repeated</source>
        <translation>o cabeçalho %1 está repetido</translation>
    </message>
    <message>
        <source>wrong token</source>
        <translation>token incorreto</translation>
    </message>
    <message>
        <source>no token: send the Authorization header or an &quot;auth&quot; message first</source>
        <translation>sem token: envie primeiro o cabeçalho Authorization ou uma mensagem &quot;auth&quot;</translation>
    </message>
    <message>
        <source>send JSON as text messages, not binary ones</source>
        <translation>envie JSON em mensagens de texto, não em mensagens binárias</translation>
    </message>
    <message>
        <source>too many messages: at most %1 a second</source>
        <translation>mensagens demais: no máximo %1 por segundo</translation>
    </message>
    <message>
        <source>the client does not read its replies</source>
        <translation>o cliente WebSocket não lê as respostas</translation>
    </message>
    <message>
        <source>header %1 is reserved</source>
        <translation>o cabeçalho %1 é reservado</translation>
    </message>
    <message>
        <source>Attune showed this but could not save it to its database; see the log file.</source>
        <translation>O Attune mostrou isto, mas não conseguiu salvar no banco de dados; veja o arquivo de log.</translation>
    </message>
    <message>
        <source>this &quot;requestId&quot; is still being applied; send it again in a moment</source>
        <translation>este &quot;requestId&quot; ainda está sendo aplicado; envie-o de novo em instantes</translation>
    </message>
    <message>
        <source>field &quot;requestId&quot; was already used for another message type; send a new one</source>
        <translation>o campo &quot;requestId&quot; já foi usado para outro tipo de mensagem; envie um novo</translation>
    </message>
</context>
<context>
    <name>attune::WrapUpBar</name>
    <message>
        <source>Wrap-up</source>
        <translation>Pós-atendimento</translation>
    </message>
    <message>
        <source>Ready for next call</source>
        <translation>Disponível para a próxima ligação</translation>
    </message>
    <message>
        <source>Ends wrap-up (%1)</source>
        <translation>Encerra o pós-atendimento (%1)</translation>
    </message>
    <message>
        <source>Call ended after %1. Take a moment before the next one.</source>
        <translation>A ligação terminou depois de %1. Reserve um momento para você antes da próxima.</translation>
    </message>
</context>
</TS>
