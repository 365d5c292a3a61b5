<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>attune</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 needs a non-empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;call&quot; needs a subcommand: start, answer, say or end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;call say&quot; needs --speaker customer or --speaker agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--speaker must be customer or agent, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;call say&quot; needs the text of what was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown call subcommand &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::CallHeaderWidget</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller will appear here as soon as a call rings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::CallSession</name>
    <message>
        <source>%1: there is no call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: call &quot;%2&quot; is not the current call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the call is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call start: call &quot;%1&quot; is already live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call start: call &quot;%1&quot; is still live; end it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utterance: the text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish wrap-up: the call is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::CommandLine</name>
    <message>
        <source>&quot;status&quot; takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option --screenshot needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  attune [--demo] [--screenshot FILE] [--exit-after-first-frame]
  attune call start [--call-id ID] [--phone NUMBER] [--customer-id ID] [--name NAME]
  attune call answer [--call-id ID]
  attune call say --speaker customer|agent [--call-id ID] [--partial] TEXT
  attune call end [--call-id ID]
  attune status
  attune --version | --help

Without a command, starts Attune, or brings the running one forward.
&quot;call&quot; commands pass a call event to the running Attune (starting it if
needed); softphones can run them on incoming, answered and ended calls.
&quot;status&quot; prints the running Attune&apos;s live state as JSON (exit 3 if none runs).

Options:
  --demo                    play a scripted demo call, on a separate demo database
  --screenshot FILE         write the main window to a PNG and exit (with --demo:
                            after the demo&apos;s first lines)
  --exit-after-first-frame  exit right after the first frame (startup benchmark)
  --version, --help

Exit codes: 0 success, 1 the request was refused or failed, 2 bad command line,
3 Attune is not running (status).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::ControlProtocol</name>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported protocol version (field &quot;v&quot;); expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;speaker&quot; must be &quot;customer&quot; or &quot;agent&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;text&quot; is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;command&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::Database</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was made by a newer Attune (schema %2; this one knows %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::InstanceClient</name>
    <message>
        <source>Attune is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not send the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attune did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::InstanceServer</name>
    <message>
        <source>Cannot take the instance lock %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::Scenario</name>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;schema&quot; must be 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;steps&quot; is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: step %2: field &quot;%3&quot;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number of seconds, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps must be in time order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;customer&quot; or &quot;agent&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::Settings</name>
    <message>
        <source>expected true or false, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set by your IT department and cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::SettingsDialog</name>
    <message>
        <source>Attune settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dock to screen edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Attune above other windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring Attune to the front when a call rings (it never takes the keyboard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce motion (no pulsing or animation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an icon in the system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (after restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (set by your IT department)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🔒 Set by your IT department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set by your IT department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your IT department manages this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings were not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attune::SidebarWindow</name>
    <message>
        <source>Attune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attune sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for next call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Attune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: a scripted call on a separate demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming soon: earlier contacts, open issues and notes from past calls. Until then the header shows what the phone system sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested phrasings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming soon: a few kind phrasings that fit what the customer is saying right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing exercise (coming soon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming soon: a short guided breathing exercise for after a hard call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends wrap-up (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attune (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ended after %1. Take a moment before the next one. The post-call self-check is coming soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Attune</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
