#include "settings/SettingsDialog.h"

#include "breathing/BreathingPattern.h"
#include "common/Prompts.h"
#include "integration/ApiToken.h"
#include "profile/PhoneNumber.h"
#include "sidebar/BreathingPanel.h"
#include "sidebar/SuggestionPanel.h"
#include "speech/CallTranscription.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace attune {

namespace {

QComboBox* makeChoice(const QList<std::pair<QString, QString>>& choices)
{
    auto* combo = new QComboBox;
    for (const auto& [value, label] : choices)
        combo->addItem(label, value);
    return combo;
}

} // namespace

SettingsDialog::SettingsDialog(Settings& settings, QWidget* parent, Prompts* prompts)
    : QDialog(parent)
    , m_settings(settings)
    , m_prompts(prompts ? prompts : &Prompts::real())
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Attune settings"));
    setAccessibleName(tr("Attune settings"));
    // One tab per subject: all the settings in one column no longer fit a laptop screen.
    auto* tabs = new QTabWidget(this);
    tabs->setAccessibleName(tr("Setting groups"));
    const auto page = [tabs](const QString& title) {
        auto* body = new QWidget;
        auto* pageForm = new QFormLayout(body);
        pageForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
        pageForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        tabs->addTab(body, title);
        return pageForm;
    };
    QFormLayout* form = page(tr("Window"));

    addRow(
        form, SettingKey::DockEdge, tr("Dock to screen edge"),
        makeChoice({{QStringLiteral("right"), tr("Right")}, {QStringLiteral("left"), tr("Left")}}));
    addRow(form, SettingKey::AlwaysOnTop, QString(),
           new QCheckBox(tr("Keep Attune above other windows")));
    addRow(form, SettingKey::RaiseOnCall, QString(),
           new QCheckBox(
               tr("Bring Attune to the front when a call rings (it never takes the keyboard)")));
    addRow(form, SettingKey::CompactMode, QString(), new QCheckBox(tr("Compact view")));
    addRow(form, SettingKey::ReducedMotion, QString(),
           new QCheckBox(tr("Reduce motion (no pulsing or animation)")));
    addRow(form, SettingKey::ShowTrayIcon, QString(),
           new QCheckBox(tr("Show an icon in the system tray")));
    addRow(form, SettingKey::Theme, tr("Colours"),
           makeChoice({{QStringLiteral("system"), tr("Follow the system")},
                       {QStringLiteral("light"), tr("Light")},
                       {QStringLiteral("dark"), tr("Dark")},
                       {QStringLiteral("contrast"), tr("High contrast")}}));
    addRow(form, SettingKey::Language, tr("Language (after restart)"),
           makeChoice({{QString(), tr("Follow the system")},
                       {QStringLiteral("en"), QStringLiteral("English")},
                       {QStringLiteral("es"), QStringLiteral("Español")},
                       {QStringLiteral("de"), QStringLiteral("Deutsch")},
                       {QStringLiteral("fr"), QStringLiteral("Français")},
                       {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")}}));

    form = page(tr("Suggestions"));
    auto* budget = new QSpinBox;
    budget->setRange(0, 200);
    budget->setSpecialValueText(tr("No limit"));
    budget->setSuffix(tr(" updates per call"));
    addRow(form, SettingKey::PromptBudget, tr("Suggestion updates per call"), budget);
    auto* muted = new QListWidget;
    for (int i = 0; i < kTechniqueCount; ++i) {
        const QString name = techniqueName(Technique(i));
        auto* item = new QListWidgetItem(SuggestionPanel::techniqueLabel(name), muted);
        item->setData(Qt::UserRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    muted->setMaximumHeight(muted->sizeHintForRow(0) * 4 + 2 * muted->frameWidth());
    addRow(form, SettingKey::MutedTechniques, tr("Never suggest these techniques"), muted);
    auto* library = new QLineEdit;
    library->setPlaceholderText(tr("Built-in library"));
    addRow(form, SettingKey::PhraseLibraryPath, tr("Phrase library file"), library);

    form = page(tr("Breathing"));
    QList<QPair<QString, QString>> patterns;
    for (const BreathingPattern& pattern : BreathingPattern::builtIns())
        patterns.append({pattern.id, pattern.name});
    for (const BreathingPattern& pattern : m_settings.extraBreathingPatterns())
        patterns.append({pattern.id, pattern.name});
    addRow(form, SettingKey::BreathingPattern, tr("Breathing pattern"), makeChoice(patterns));
    addRow(form, SettingKey::BreathingLength, tr("Breathing exercise length"),
           makeChoice(BreathingPanel::lengthChoices()));
    auto* mine = new QLineEdit;
    mine->setPlaceholderText(tr("Calm: in 4, out 6; Square: in 3, hold 3, out 3, hold 3"));
    addRow(form, SettingKey::MyBreathingPatterns, tr("My breathing patterns"), mine);
    auto* deployed = new QLineEdit;
    deployed->setPlaceholderText(tr("None"));
    addRow(form, SettingKey::BreathingPatterns, tr("Patterns from IT"), deployed);

    form = page(tr("Calls and privacy"));
    QList<std::pair<QString, QString>> countries{{QString(), tr("From the system language")}};
    for (const QString& code : PhoneNumber::knownCountries())
        countries.append({code, code});
    addRow(form, SettingKey::DefaultCountry, tr("Country of national phone numbers"),
           makeChoice(countries));
    // Shown, never edited here: only IT's system settings can set the supervisor PIN.
    auto* pin = new QLabel(m_settings.supervisorPinHash().isEmpty()
                               ? tr("Not set. IT sets it with attune hash-pin.")
                               : tr("Set by your IT department"));
    pin->setWordWrap(true);
    addRow(form, SettingKey::SupervisorPinHash, tr("Supervisor PIN"), pin);
    auto* rubric = new QLineEdit;
    rubric->setPlaceholderText(tr("Built-in questions"));
    addRow(form, SettingKey::AssessmentRubricPath, tr("Self-assessment questions file"), rubric);
    auto* scenarios = new QLineEdit;
    scenarios->setPlaceholderText(tr("Built-in practice calls"));
    addRow(form, SettingKey::PracticeScenarioFolder, tr("Practice calls folder"), scenarios);

    auto* retention = new QSpinBox;
    retention->setRange(0, 36500);
    retention->setSpecialValueText(tr("Forever"));
    retention->setSuffix(tr(" days"));
    addRow(form, SettingKey::RetentionDays, tr("Keep call history for"), retention);
    addRow(form, SettingKey::AllowPrivateNotes, QString(),
           new QCheckBox(tr("Allow private notes in the self-assessment")));
    addRow(form, SettingKey::AllowExport, QString(),
           new QCheckBox(tr("Allow exporting my self-assessments")));
    form = page(tr("Integrations"));
    // Live integrations: what may send calls into Attune.
    addRow(form, SettingKey::BaresipEnabled, QString(),
           new QCheckBox(tr("Take calls from the baresip softphone")));
    auto* baresipHost = new QLineEdit;
    baresipHost->setPlaceholderText(QStringLiteral("127.0.0.1"));
    addRow(form, SettingKey::BaresipHost, tr("baresip control address"), baresipHost);
    auto* baresipPort = new QSpinBox;
    baresipPort->setRange(1, 65535);
    addRow(form, SettingKey::BaresipPort, tr("baresip control port (ctrl_tcp)"), baresipPort);
    addRow(form, SettingKey::TranscribeCalls, QString(),
           new QCheckBox(tr("Transcribe what the customer says in baresip calls, on this "
                            "computer (English only; no audio is kept)")));
    QString notEnglish;
    if (!CallTranscription::languageSupported(m_settings.language(), &notEnglish)) {
        auto* why = new QLabel(notEnglish);
        why->setWordWrap(true);
        form->addRow(QString(), why);
    }
    addRow(form, SettingKey::WebSocketEnabled, QString(),
           new QCheckBox(tr("Accept calls and transcripts from contact-center software on this "
                            "computer (WebSocket API)")));
    auto* apiPort = new QSpinBox;
    apiPort->setRange(1, 65535);
    addRow(form, SettingKey::WebSocketPort, tr("WebSocket API port"), apiPort);
    // Shown, never edited here: the token is generated into a private file, or set by IT.
    auto* token = new QLabel(m_settings.apiToken().isEmpty()
                                 ? tr("Generated on first use in %1 (readable only by you).")
                                       .arg(ApiToken::fileBeside(m_settings.userFile()))
                                 : tr("Set by your IT department"));
    token->setWordWrap(true);
    token->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addRow(form, SettingKey::ApiToken, tr("WebSocket API token"), token);
    auto* origins = new QLineEdit;
    origins->setPlaceholderText(tr("None: programs only, no web pages"));
    addRow(form, SettingKey::AllowedOrigins, tr("Web pages allowed to connect (origins)"), origins);
    // The team server: normally set and locked by IT (docs/team-server.md). What it means is
    // said in words: the sync runs when a server is set.
    // Where the history goes is IT's decision alone (Settings::isItOnly): without a server of
    // theirs there is nothing to connect, so the rows are not offered at all.
    const bool teamServerSet = !m_settings.teamServer().isEmpty();
    auto* teamAbout = new QLabel(
        teamServerSet
            ? tr("With a team server, your answered calls and self-assessments are copied to it "
                 "for your supervisor, and their notes and kudos come back; private notes never "
                 "leave this computer. Changes here apply when Attune starts again.")
            : tr("No team server: your calls and self-assessments stay on this computer. Only "
                 "your IT department can set one up."));
    teamAbout->setWordWrap(true);
    teamAbout->setObjectName(QStringLiteral("teamAbout"));
    teamAbout->setAccessibleName(tr("Team server"));
    teamAbout->setAccessibleDescription(teamAbout->text());
    form->addRow(teamAbout);
    if (teamServerSet) {
        auto* teamServer = new QLineEdit;
        addRow(form, SettingKey::TeamServer, tr("Team server (PostgreSQL)"), teamServer);
        auto* teamPort = new QSpinBox;
        teamPort->setRange(1, 65535);
        addRow(form, SettingKey::TeamPort, tr("Team server port"), teamPort);
        addRow(form, SettingKey::TeamDatabase, tr("Team database"), new QLineEdit);
        addRow(form, SettingKey::TeamUser, tr("My team server user"), new QLineEdit);
        addRow(form, SettingKey::TeamPasswordFile, tr("Password file (only I can read it)"),
               new QLineEdit);
        addRow(form, SettingKey::TeamCaFile, tr("Team server certificate authority (CA file)"),
               new QLineEdit);
        addRow(form, SettingKey::TeamCertFile, tr("My client certificate"), new QLineEdit);
        addRow(form, SettingKey::TeamKeyFile, tr("My client certificate key"), new QLineEdit);
    }
    // Wellbeing is IT's decision alone (Settings::teamShareWellbeing): stated, not offered.
    auto* wellbeing = new QLabel(m_settings.teamShareWellbeing()
                                     ? tr("Your stress ratings are shared with the team server and "
                                          "shown to your supervisor: your IT department decided "
                                          "so.")
                                     : tr("Your stress ratings stay on this computer and are not "
                                          "shown to supervisors; only your IT department can "
                                          "decide to share them."));
    wellbeing->setWordWrap(true);
    wellbeing->setObjectName(QStringLiteral("teamWellbeing"));
    wellbeing->setAccessibleName(tr("Stress ratings"));
    wellbeing->setAccessibleDescription(wellbeing->text());
    form->addRow(tr("Stress ratings"), wellbeing);
    m_editors.insert(SettingKey::TeamShareWellbeing, wellbeing);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save settings"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_buttons);
}

void SettingsDialog::addRow(QFormLayout* form, SettingKey key, const QString& label,
                            QWidget* editor)
{
    const bool locked = m_settings.isLocked(key);
    const QVariant value = m_settings.value(key);
    QString name = label;
    if (auto* check = qobject_cast<QCheckBox*>(editor)) {
        check->setChecked(value.toBool());
        name = check->text();
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(qMax(0, combo->findData(value.toString())));
    } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->setValue(value.toInt());
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setText(value.toString());
    } else if (auto* list = qobject_cast<QListWidget*>(editor)) {
        const QStringList checked = value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(
                checked.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                               : Qt::Unchecked);
    }
    editor->setEnabled(!locked);
    editor->setAccessibleName(locked ? tr("%1 (set by your IT department)").arg(name) : name);
    m_editors.insert(key, editor);

    QWidget* field = editor;
    if (locked) {
        // Said in words, not only by the greyed-out control.
        auto* host = new QWidget;
        auto* column = new QVBoxLayout(host);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(editor);
        auto* note = new QLabel(tr("🔒 Set by your IT department"));
        note->setForegroundRole(QPalette::PlaceholderText);
        note->setAccessibleName(tr("%1 is set by your IT department").arg(name));
        column->addWidget(note);
        field = host;
        editor->setToolTip(tr("Your IT department manages this setting."));
        // Screen readers read the description with the control: who decided, and where.
        editor->setAccessibleDescription(
            tr("Set by your IT department (%1 in %2); it cannot be changed here.")
                .arg(Settings::keyName(key), m_settings.lockedBy(key)));
        note->setToolTip(editor->toolTip());
    }
    if (label.isEmpty()) {
        form->addRow(field);
    } else {
        auto* caption = new QLabel(label);
        caption->setBuddy(editor);
        form->addRow(caption, field);
    }
}

QVariant SettingsDialog::editorValue(SettingKey key) const
{
    QWidget* editor = m_editors.value(key);
    if (auto* check = qobject_cast<QCheckBox*>(editor))
        return check->isChecked();
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        return combo->currentData().toString();
    if (auto* spin = qobject_cast<QSpinBox*>(editor))
        return QString::number(spin->value());
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        return line->text().trimmed();
    if (auto* list = qobject_cast<QListWidget*>(editor)) {
        QStringList checked;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                checked << list->item(i)->data(Qt::UserRole).toString();
        }
        return checked.join(QLatin1Char(','));
    }
    return {};
}

bool SettingsDialog::apply()
{
    QStringList problems;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const SettingKey key = it.key();
        if (m_settings.isLocked(key))
            continue;
        const QVariant wanted = editorValue(key);
        if (!wanted.isValid())
            continue; // shown, not editable here
        if (wanted == m_settings.value(key))
            continue;
        QString error;
        if (!m_settings.setValue(key, wanted, &error))
            problems << error;
    }
    if (!problems.isEmpty()) {
        m_prompts->warn(this, tr("Some settings were not saved"), problems.join(QLatin1Char('\n')));
        return false;
    }
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace attune
