#include "sidebar/ProfilePanel.h"

#include "common/WrappedLabel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace attune {

ProfilePanel::ProfilePanel(ProfileService& service, QWidget* parent)
    : QFrame(parent)
{
    build();
    setService(service);
}

ProfilePanel::ProfilePanel(QWidget* parent)
    : QFrame(parent)
{
    build();
    showView(ProfileView{});
}

void ProfilePanel::build()
{
    setAccessibleName(tr("Customer profile"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_idle = new WrappedLabel(tr("The caller's profile appears here when a call rings."), this);
    m_idle->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_idle);

    m_headline = new QLabel(this);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    layout->addWidget(m_headline);
    m_details = new WrappedLabel(this);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_details);

    // Impossible to miss, never garish: a bordered strip in the palette's own highlight, with
    // words that say what to be careful about. Its style sheet comes with its first words: a
    // style sheet costs a style of its own at every start, and most calls have nothing to say.
    m_aware = new WrappedLabel(this);
    m_aware->setTextFormat(Qt::PlainText);
    m_aware->setObjectName(QStringLiteral("beAware"));
    layout->addWidget(m_aware);

    auto* choices = new QWidget(this);
    m_choices = new QVBoxLayout(choices);
    m_choices->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(choices);

    m_create = new QWidget(this);
    // Two rows: the sidebar is narrow, and "how to address them" needs room in every language.
    auto* createLayout = new QGridLayout(m_create);
    createLayout->setContentsMargins(0, 0, 0, 0);
    m_createName = new QLineEdit(m_create);
    m_createName->setPlaceholderText(tr("Full name"));
    m_createName->setAccessibleName(tr("Full name for the new profile"));
    m_createPreferred = new QLineEdit(m_create);
    m_createPreferred->setPlaceholderText(tr("Call them…"));
    m_createPreferred->setAccessibleName(tr("How the new customer likes to be addressed"));
    auto* create = new QPushButton(tr("Create profile"), m_create);
    create->setAccessibleName(tr("Create a profile for this caller"));
    createLayout->addWidget(m_createName, 0, 0, 1, 2);
    createLayout->addWidget(m_createPreferred, 1, 0);
    createLayout->addWidget(create, 1, 1);
    createLayout->setColumnStretch(0, 1);
    connect(create, &QPushButton::clicked, this,
            [this] { createProfile(m_createName->text(), m_createPreferred->text()); });
    layout->addWidget(m_create);

    auto* history = new QWidget(this);
    m_history = new QVBoxLayout(history);
    m_history->setContentsMargins(0, 2, 0, 0);
    m_history->setSpacing(2);
    layout->addWidget(history);

    m_noteRow = new QWidget(this);
    auto* noteLayout = new QHBoxLayout(m_noteRow);
    noteLayout->setContentsMargins(0, 2, 0, 0);
    m_note = new QLineEdit(m_noteRow);
    m_note->setPlaceholderText(tr("Add a note…"));
    m_note->setAccessibleName(tr("Note about this customer"));
    auto* add = new QPushButton(tr("Add"), m_noteRow);
    add->setAccessibleName(tr("Add the note"));
    noteLayout->addWidget(m_note, 1);
    noteLayout->addWidget(add);
    const auto addTyped = [this] {
        if (addNote(m_note->text()))
            m_note->clear();
    };
    connect(add, &QPushButton::clicked, this, addTyped);
    connect(m_note, &QLineEdit::returnPressed, this, addTyped);
    layout->addWidget(m_noteRow);

    m_problem = new WrappedLabel(this);
    m_problem->hide();
    layout->addWidget(m_problem);
}

void ProfilePanel::setService(ProfileService& service)
{
    if (m_service)
        return;
    m_service = &service;
    connect(
        m_service, &ProfileService::viewChanged, this,
        [this](const ProfileView& view) { showView(view); }, Qt::QueuedConnection);
    // Queued like the view, so it lands after any view already on its way; what the agent typed
    // stays in the fields for another try.
    connect(
        m_service, &ProfileService::profileNotCreated, this,
        [this](const QString& callId, const QString& reason) {
            if (callId != m_shownCallId || m_create->isHidden())
                return;
            m_problem->setText(tr("No profile was created: %1").arg(reason));
            m_problem->show();
        },
        Qt::QueuedConnection);
    showView(m_service->current());
}

ProfilePanel::~ProfilePanel() = default;

QString ProfilePanel::flagLabel(const QString& flag)
{
    if (flag == QLatin1String("bereavement"))
        return tr("recently bereaved");
    if (flag == QLatin1String("vulnerable"))
        return tr("vulnerable customer");
    if (flag == QLatin1String("complaint-open"))
        return tr("complaint open");
    if (flag == QLatin1String("vip"))
        return tr("VIP");
    return flag;
}

void ProfilePanel::clearList(QVBoxLayout* list)
{
    while (QLayoutItem* item = list->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QLabel* ProfilePanel::addLine(QVBoxLayout* list, const QString& text, bool muted)
{
    auto* label = new WrappedLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setAccessibleName(text);
    if (muted)
        label->setForegroundRole(QPalette::PlaceholderText);
    list->addWidget(label);
    return label;
}

void ProfilePanel::showView(const ProfileView& view)
{
    using State = ProfileView::State;
    m_shownCallId = view.state == State::NoCall ? QString() : view.callId;
    m_problem->hide();
    clearList(m_history);
    clearList(m_choices);
    m_idle->setVisible(view.state == State::NoCall);
    m_headline->setVisible(view.state != State::NoCall);
    m_details->setVisible(view.state != State::NoCall);
    m_create->setVisible(view.state == State::Unknown);
    m_noteRow->setVisible(view.state == State::Known);
    QStringList aware;
    const QString number = view.phoneE164.isEmpty() ? view.fromCall.phone : view.phoneE164;
    if (view.state == State::Known) {
        const CustomerProfile& p = view.profile;
        QString headline = p.addressName();
        if (!p.pronunciationHint.isEmpty())
            headline += QStringLiteral(" (%1)").arg(p.pronunciationHint);
        if (!p.pronouns.isEmpty())
            headline += QStringLiteral(" · %1").arg(p.pronouns);
        m_headline->setText(headline);
        QStringList details;
        if (p.fullName != p.addressName())
            details << p.fullName;
        details << p.customerId;
        if (!number.isEmpty())
            details << number;
        if (!p.language.isEmpty())
            details << p.language;
        if (!p.segment.isEmpty())
            details << p.segment;
        if (p.customerSince.isValid())
            details << tr("customer since %1")
                           .arg(QLocale().toString(p.customerSince, QLocale::ShortFormat));
        m_details->setText(details.join(QStringLiteral(" · ")));
        for (const QString& flag : p.sensitiveFlags)
            aware << flagLabel(flag);
        if (!view.fromCall.displayName.isEmpty() && view.fromCall.displayName != p.fullName)
            addLine(m_history, tr("The phone system says: %1").arg(view.fromCall.displayName),
                    true);
        for (const QString& topic : view.openCases)
            addLine(m_history, tr("Open: %1").arg(topic));
        for (const ContactRecord& contact : view.contacts) {
            QStringList parts{
                QLocale().toString(contact.at.toLocalTime().date(), QLocale::ShortFormat)};
            for (const QString& part : {contact.channel, contact.topic, contact.outcome}) {
                if (!part.isEmpty())
                    parts << part;
            }
            QString line = parts.join(QStringLiteral(" · "));
            if (!contact.agentNote.isEmpty())
                line += QStringLiteral(" — ") + contact.agentNote;
            addLine(m_history, line);
        }
        for (const CustomerStore::Note& note : view.notes)
            addLine(m_history,
                    note.fromSelfAssessment ? tr("Next time: %1").arg(note.text)
                                            : tr("Note: %1").arg(note.text),
                    true);
        if (view.contacts.isEmpty() && view.notes.isEmpty() && view.openCases.isEmpty())
            addLine(m_history, tr("No earlier contacts on file."), true);
    } else if (view.state == State::Ambiguous) {
        m_headline->setText(tr("%n customers share this number", "", int(view.candidates.size())));
        m_details->setText(number);
        for (const CustomerProfile& candidate : view.candidates) {
            auto* button = new QPushButton(
                QStringLiteral("%1 · %2").arg(candidate.addressName(), candidate.customerId));
            button->setAccessibleName(tr("This is %1").arg(candidate.fullName));
            const QString id = candidate.customerId;
            connect(button, &QPushButton::clicked, this, [this, id] {
                if (m_service)
                    m_service->choose(id);
            });
            m_choices->addWidget(button);
        }
    } else if (view.state == State::Unknown) {
        m_headline->setText(view.fromCall.displayName.isEmpty()
                                ? tr("Unknown caller")
                                : tr("Unknown caller: %1").arg(view.fromCall.displayName));
        m_details->setText(number.isEmpty() ? tr("No number was sent") : number);
        m_createName->setText(view.fromCall.displayName);
    }
    // Fields the contact center sent with the call, shown as they came, whatever the store knows.
    if (view.state != State::NoCall) {
        for (auto it = view.fromCall.extraFields.cbegin(); it != view.fromCall.extraFields.cend();
             ++it)
            addLine(m_history,
                    tr("%1 (from the contact center): %2").arg(it.key(), it.value().toString()),
                    true);
    }
    m_aware->setText(aware.isEmpty() ? QString()
                                     : tr("Be aware: %1").arg(aware.join(QStringLiteral(", "))));
    m_aware->setAccessibleName(m_aware->text());
    if (!aware.isEmpty() && m_aware->styleSheet().isEmpty())
        m_aware->setStyleSheet(
            QStringLiteral("QLabel#beAware { border-left: 4px solid palette(highlight);"
                           " padding: 4px 8px; background: palette(alternate-base);"
                           " font-weight: 600; }"));
    m_aware->setVisible(!aware.isEmpty());
}

QString ProfilePanel::headline() const
{
    return m_headline->isHidden() ? QString() : m_headline->text();
}

QString ProfilePanel::awareText() const
{
    return m_aware->isHidden() ? QString() : m_aware->text();
}

QStringList ProfilePanel::historyLines() const
{
    QStringList lines;
    for (int i = 0; i < m_history->count(); ++i) {
        if (auto* label = qobject_cast<QLabel*>(m_history->itemAt(i)->widget()))
            lines << label->text();
    }
    return lines;
}

bool ProfilePanel::addNote(const QString& text)
{
    // Without its service the panel only ever shows "no call", which has no note field.
    QString error;
    if (!m_service)
        return false;
    if (!m_service->addNote(text, &error)) {
        m_problem->setText(tr("The note was not saved: %1").arg(error));
        m_problem->show();
        return false;
    }
    return true;
}

bool ProfilePanel::createProfile(const QString& fullName, const QString& preferredName)
{
    CustomerProfile profile;
    profile.fullName = fullName.trimmed();
    profile.preferredName = preferredName.trimmed();
    QString error;
    if (!m_service)
        return false;
    if (!m_service->createProfile(profile, &error)) {
        m_problem->setText(tr("No profile was created: %1").arg(error));
        m_problem->show();
        return false;
    }
    return true;
}

} // namespace attune
