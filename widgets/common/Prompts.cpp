#include "common/Prompts.h"

#include <QFileDialog>
#include <QMessageBox>

namespace attune {

namespace {

class WidgetPrompts final : public Prompts
{
public:
    void inform(QWidget* parent, const QString& title, const QString& text) override
    {
        QMessageBox::information(parent, title, text);
    }
    void warn(QWidget* parent, const QString& title, const QString& text) override
    {
        QMessageBox::warning(parent, title, text);
    }
    void warnWithoutBlocking(QWidget* parent, const QString& title, const QString& text) override
    {
        // A modal box here once held the socket closed until it was clicked.
        auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setModal(false);
        box->setAttribute(Qt::WA_ShowWithoutActivating); // never steals focus from a call
        box->show();
    }
    QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                         const QString& filter) override
    {
        return QFileDialog::getSaveFileName(parent, caption, suggestedName, filter);
    }
};

} // namespace

Prompts& Prompts::real()
{
    static WidgetPrompts prompts;
    return prompts;
}

} // namespace attune
