#include "settings/Settings.h"
#include "widgets/SettingsDialog.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
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

private Q_SLOTS:
    void init()
    {
        QFile::remove(userFile());
        QFile::remove(systemFile());
    }

    void lockedSettingsAreDisabledAndSayWhy()
    {
        QFile system(systemFile());
        QVERIFY(system.open(QIODevice::WriteOnly));
        system.write("[ui]\nalwaysOnTop=false\ndockEdge=left\n");
        system.close();
        Settings settings(userFile(), systemFile());
        SettingsDialog dialog(settings);
        auto* onTop = qobject_cast<QCheckBox*>(dialog.editorFor(SettingKey::AlwaysOnTop));
        QVERIFY(onTop);
        QVERIFY(!onTop->isEnabled());
        QVERIFY(!onTop->isChecked());
        QVERIFY(onTop->accessibleName().contains(QStringLiteral("IT")));
        auto* edge = qobject_cast<QComboBox*>(dialog.editorFor(SettingKey::DockEdge));
        QVERIFY(!edge->isEnabled());
        QCOMPARE(edge->currentData().toString(), QStringLiteral("left"));
        QVERIFY(dialog.editorFor(SettingKey::Theme)->isEnabled());
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

    void everyEditorHasAnAccessibleName()
    {
        Settings settings(userFile(), systemFile());
        SettingsDialog dialog(settings);
        for (SettingKey key : Settings::allKeys()) {
            QWidget* editor = dialog.editorFor(key);
            QVERIFY2(editor, qPrintable(Settings::keyName(key)));
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(editor);
            QVERIFY(iface && !iface->text(QAccessible::Name).isEmpty());
        }
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
