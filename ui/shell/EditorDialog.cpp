// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "EditorDialog.h"

#include "ApiError.h"
#include "Colours.h"
#include "MessageBar.h"
#include "PlainText.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace balie::ui {

EditorDialog::EditorDialog(QWidget* parent)
    : QDialog(parent)
    , m_message(new MessageBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_save(m_buttons->button(QDialogButtonBox::Save))
{
    m_save->setObjectName(u"saveButton"_s);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (!m_busy)
            save();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditorDialog::reject);
}

QWidget* EditorDialog::withError(QWidget* field, const QString& key)
{
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto* error = plainLabel(box);
    error->setObjectName(key + u"Error"_s);
    error->setWordWrap(true);
    Colours::showAsError(error);
    error->hide();
    layout->addWidget(error);
    m_fields.insert(key, {field, error});
    m_order << key;
    // What was wrong goes as the field is typed in again, not only at the next save.
    if (auto* edit = qobject_cast<QLineEdit*>(field))
        connect(edit, &QLineEdit::textEdited, this, [this, key] { setFieldError(key, {}); });
    return box;
}

void EditorDialog::setForm(QLayout* form)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    // The buttons were made before the fields: Tab goes through the fields first, then Save.
    QWidget* previous = nullptr;
    for (const QString& key : std::as_const(m_order)) {
        QWidget* field = m_fields.value(key).widget;
        if (previous && field)
            setTabOrder(previous, field);
        if (field)
            previous = field;
    }
    if (previous)
        setTabOrder(previous, m_save);
}

void EditorDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // Typing starts in the first field, not on the Save button (where Space would save).
    if (!m_order.isEmpty()) {
        if (QWidget* first = m_fields.value(m_order.first()).widget)
            first->setFocus(Qt::OtherFocusReason);
    }
}

void EditorDialog::setFieldError(const QString& key, const QString& message)
{
    const auto it = m_fields.constFind(key);
    if (it == m_fields.constEnd())
        return;
    it->error->setText(message);
    it->error->setVisible(!message.isEmpty());
    if (it->widget)
        it->widget->setAccessibleDescription(message);
}

QString EditorDialog::fieldError(const QString& key) const
{
    const auto it = m_fields.constFind(key);
    return it == m_fields.constEnd() || it->error->isHidden() ? QString() : it->error->text();
}

void EditorDialog::clearErrors()
{
    for (const QString& key : std::as_const(m_order))
        setFieldError(key, {});
    m_message->dismiss();
}

bool EditorDialog::noFieldErrors()
{
    for (const QString& key : std::as_const(m_order)) {
        const Field& field = m_fields[key];
        if (!field.error->isHidden()) {
            if (field.widget)
                field.widget->setFocus(Qt::OtherFocusReason);
            return false;
        }
    }
    return true;
}

void EditorDialog::showApiError(const api::ApiError& error, const QHash<QString, QString>& aliases)
{
    const QMap<QString, QStringList> fields = error.fieldErrors();
    QStringList unplaced;
    bool placed = false;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QString key = aliases.value(it.key(), it.key());
        if (m_fields.contains(key)) {
            setFieldError(key, it.value().join(u' '));
            placed = true;
        } else {
            unplaced << tr("%1: %2", "field: message").arg(it.key(), it.value().join(u' '));
        }
    }
    if (!placed || !unplaced.isEmpty()) {
        QString text = error.message();
        if (!unplaced.isEmpty())
            text += u'\n' + unplaced.join(u'\n');
        m_message->showMessage(text, MessageBar::Level::Error, error.technicalDetails());
    }
    noFieldErrors();
}

void EditorDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_save->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void EditorDialog::reject()
{
    if (m_closing || !hasUnsavedChanges()) {
        QDialog::reject();
        return;
    }
    if (m_question)
        return m_question->raise();
    m_question = new QMessageBox(QMessageBox::Question, windowTitle(),
                                 tr("Close without saving? What you typed will be lost."),
                                 QMessageBox::Discard | QMessageBox::Cancel, this);
    m_question->setObjectName(u"discardQuestion"_s);
    makePlain(m_question);
    m_question->button(QMessageBox::Discard)->setText(tr("Close without saving"));
    m_question->button(QMessageBox::Cancel)->setText(tr("Keep editing"));
    m_question->setDefaultButton(QMessageBox::Cancel);
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_question, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Discard)
            closeWithoutAsking();
    });
    m_question->open();
}

void EditorDialog::closeEvent(QCloseEvent* event)
{
    if (m_closing || !hasUnsavedChanges()) {
        QDialog::closeEvent(event);
        return;
    }
    event->ignore();
    reject();
}

void EditorDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void EditorDialog::retranslateUi()
{
    m_save->setText(tr("Save"));
    // Close, not Cancel: "cancel" is what happens to an appointment here.
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
}

} // namespace balie::ui
