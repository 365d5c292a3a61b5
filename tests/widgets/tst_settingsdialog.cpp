#include "settings/Settings.h"
#include "widgets/common/Prompts.h"
#include "widgets/settings/SettingsDialog.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString userFile() const { return m_dir.path() + QStringLiteral("/user.conf"); }
    QString systemFile() const { return m_dir.path() + QStringLiteral("/system.conf"); }
    // IT's policy file, replaced whole.
    bool writeSystem(const QByteArray& ini) const
    {
        QFile system(systemFile());
        return system.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
               system.write(ini) == ini.size();
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(userFile());
        QFile::remove(systemFile());
    }

    void lockedSettingsAreDisabledAndSayWhy()
    {
        QVERIFY(writeSystem("[ui]\nalwaysOnTop=false\ndockEdge=left\n"));
        Settings settings(userFile(), systemFile());
        SettingsDialog dialog(settings);
        auto* onTop = qobject_cast<QCheckBox*>(dialog.editorFor(SettingKey::AlwaysOnTop));
        QVERIFY(onTop);
        QVERIFY(!onTop->isEnabled());
        QVERIFY(!onTop->isChecked());
        QVERIFY(onTop->accessibleName().contains(QStringLiteral("IT")));
        // The description says which key and which file, for the agent and for IT's help desk.
        QVERIFY2(onTop->accessibleDescription().contains(QStringLiteral("ui/alwaysOnTop")) &&
                     onTop->accessibleDescription().contains(systemFile()),
                 qPrintable(onTop->accessibleDescription()));
        QVERIFY(!onTop->toolTip().isEmpty());
        auto* edge = qobject_cast<QComboBox*>(dialog.editorFor(SettingKey::DockEdge));
        QVERIFY(!edge->isEnabled());
        QCOMPARE(edge->currentData().toString(), QStringLiteral("left"));
        QVERIFY(dialog.editorFor(SettingKey::Theme)->isEnabled());
    }

    // The privacy keys IT locks: shown with IT's value, not editable, and a user value that was
    // there before never comes back through the dialog.
    void lockedPrivacyKeysCannotBeChangedFromTheDialog()
    {
        {
            Settings before(userFile(), systemFile());
            QVERIFY(before.setValue(SettingKey::RetentionDays, QStringLiteral("0")));
        }
        QVERIFY(writeSystem(
            "[privacy]\nretentionDays=90\nallowExport=false\nallowPrivateNotes=false\n"));
        Settings settings(userFile(), systemFile());
        SettingsDialog dialog(settings);
        auto* retention = qobject_cast<QSpinBox*>(dialog.editorFor(SettingKey::RetentionDays));
        QVERIFY(retention && !retention->isEnabled());
        QCOMPARE(retention->value(), 90);
        for (SettingKey key : {SettingKey::AllowExport, SettingKey::AllowPrivateNotes}) {
            auto* box = qobject_cast<QCheckBox*>(dialog.editorFor(key));
            QVERIFY(box && !box->isEnabled() && !box->isChecked());
        }
        // Even if something ticks the box behind the lock, applying changes nothing.
        qobject_cast<QCheckBox*>(dialog.editorFor(SettingKey::AllowExport))->setChecked(true);
        retention->setValue(0);
        QVERIFY(dialog.apply());
        QVERIFY(!settings.allowExport());
        QCOMPARE(settings.retentionDays(), 90);
    }

    void applyWritesOnlyWhatChanged()
    {
        Settings settings(userFile(), systemFile());
        SettingsDialog dialog(settings);
        auto* motion = qobject_cast<QCheckBox*>(dialog.editorFor(SettingKey::ReducedMotion));
        motion->setChecked(true);
        auto* theme = qobject_cast<QComboBox*>(dialog.editorFor(SettingKey::Theme));
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        QVERIFY(dialog.apply());
        QVERIFY(settings.reducedMotion());
        QCOMPARE(settings.theme(), Theme::Dark);
        QCOMPARE(settings.dockEdge(), DockEdge::Right);
    }

    // A value the settings refuse is said through the prompts seam, with the key and the
    // reason, and nothing else of the dialog is lost.
    void aRefusedValueIsSaidThroughThePrompts()
    {
        Settings settings(userFile(), systemFile());
        ScriptedPrompts prompts;
        SettingsDialog dialog(settings, nullptr, &prompts);
        auto* host = qobject_cast<QLineEdit*>(dialog.editorFor(SettingKey::BaresipHost));
        QVERIFY(host);
        host->setText(QStringLiteral("http://evil.example/path"));
        auto* motion = qobject_cast<QCheckBox*>(dialog.editorFor(SettingKey::ReducedMotion));
        motion->setChecked(true);
        QVERIFY(!dialog.apply());
        QCOMPARE(prompts.notices().size(), 1);
        QVERIFY(prompts.notices().first().warning);
        QVERIFY2(prompts.notices().first().text.contains(QStringLiteral("baresip")),
                 qPrintable(prompts.notices().first().text));
        QVERIFY(settings.reducedMotion());
    }

    // Sharing stress ratings is IT's decision: said in words, never a box the agent can tick,
    // and what it says follows the system file only.
    void wellbeingSharingIsStatedNotOffered()
    {
        {
            Settings settings(userFile(), systemFile());
            QString error;
            QVERIFY(settings.setValue(SettingKey::TeamShareWellbeing, true, &error));
            SettingsDialog dialog(settings);
            auto* row = qobject_cast<QLabel*>(dialog.editorFor(SettingKey::TeamShareWellbeing));
            QVERIFY(row);
            QVERIFY2(row->text().contains(QStringLiteral("stay on this computer")),
                     qPrintable(row->text()));
            QVERIFY(dialog.apply());
        }
        QVERIFY(writeSystem("[team]\nshareWellbeing=true\n"));
        Settings settings(userFile(), systemFile());
        SettingsDialog dialog(settings);
        auto* row = qobject_cast<QLabel*>(dialog.editorFor(SettingKey::TeamShareWellbeing));
        QVERIFY(row);
        QVERIFY2(row->text().contains(QStringLiteral("IT department decided")),
                 qPrintable(row->text()));
        QFile::remove(systemFile());
    }

    // The team server is IT's to name: without one the agent is told so and offered nothing to
    // fill in; with IT's server its place shows as IT's and only who connects is the agent's.
    void theTeamServerIsShownAsItsDecision()
    {
        {
            Settings settings(userFile(), systemFile());
            SettingsDialog dialog(settings);
            QVERIFY(!dialog.editorFor(SettingKey::TeamServer));
            QVERIFY(!dialog.editorFor(SettingKey::TeamUser));
            auto* about = dialog.findChild<QLabel*>(QStringLiteral("teamAbout"));
            QVERIFY(about && about->text().contains(QStringLiteral("IT department")));
        }
        QVERIFY(writeSystem("[team]\nserver=pg.example.org\n"));
        Settings settings(userFile(), systemFile());
        SettingsDialog dialog(settings);
        QWidget* server = dialog.editorFor(SettingKey::TeamServer);
        QWidget* user = dialog.editorFor(SettingKey::TeamUser);
        QVERIFY(server && user);
        QVERIFY(!server->isEnabled());
        QVERIFY(user->isEnabled());
        QCOMPARE(qobject_cast<QLineEdit*>(server)->text(), QStringLiteral("pg.example.org"));
        QFile::remove(systemFile());
    }

    void everyEditorHasAnAccessibleName()
    {
        // With IT's team server, so the team rows are there too.
        QVERIFY(writeSystem("[team]\nserver=pg.example.org\n"));
        Settings settings(userFile(), systemFile());
        SettingsDialog dialog(settings);
        for (SettingKey key : Settings::allKeys()) {
            QWidget* editor = dialog.editorFor(key);
            QVERIFY2(editor, qPrintable(Settings::keyName(key)));
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(editor);
            QVERIFY(iface && !iface->text(QAccessible::Name).isEmpty());
        }
        QFile::remove(systemFile());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
