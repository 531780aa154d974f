// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "SettingsDialog.h"

#include "ConnectionDialog.h"
#include "Language.h"
#include "PlainText.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace balie::ui {

SettingsDialog::SettingsDialog(models::Workspace* workspace, Translations* translations,
                               QSettings* settings, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_translations(translations)
    , m_settings(settings)
    , m_connectionsBox(new QGroupBox(this))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_localData(plainLabel(this))
    , m_clearLocalData(new QPushButton(this))
    , m_languageBox(new QGroupBox(this))
    , m_languageLabel(plainLabel(this))
    , m_language(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"settingsDialog"_s);
    m_list->setObjectName(u"connections"_s);
    m_add->setObjectName(u"addConnection"_s);
    m_edit->setObjectName(u"editConnection"_s);
    m_remove->setObjectName(u"removeConnection"_s);
    m_localData->setObjectName(u"localData"_s);
    m_localData->setWordWrap(true);
    m_clearLocalData->setObjectName(u"clearLocalData"_s);
    m_language->setObjectName(u"language"_s);
    m_languageLabel->setBuddy(m_language);

    auto* side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_edit);
    side->addWidget(m_remove);
    side->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(side);
    // What the selected connection keeps on this computer, below the list.
    auto* local = new QHBoxLayout;
    local->addWidget(m_localData, 1);
    local->addWidget(m_clearLocalData);
    auto* connections = new QVBoxLayout(m_connectionsBox);
    connections->addLayout(top, 1);
    connections->addLayout(local);
    auto* language = new QHBoxLayout(m_languageBox);
    language->addWidget(m_languageLabel);
    language->addWidget(m_language, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_connectionsBox, 1);
    layout->addWidget(m_languageBox);
    layout->addWidget(m_buttons);

    m_language->addItem(QString(), QString());
    m_language->addItem(u"Nederlands"_s, u"nl"_s); // each language in its own words
    m_language->addItem(u"English"_s, u"en"_s);
    // The language is the person's, not the demo's or a connection's: the application's own
    // settings, which start-up reads.
    const QSettings preferences;
    m_language->setCurrentIndex(qMax(0, m_language->findData(Language::saved(&preferences))));

    connect(m_add, &QPushButton::clicked, this, &SettingsDialog::addConnection);
    connect(m_edit, &QPushButton::clicked, this, &SettingsDialog::editConnection);
    connect(m_remove, &QPushButton::clicked, this, &SettingsDialog::removeConnection);
    connect(m_clearLocalData, &QPushButton::clicked, this, &SettingsDialog::clearLocalData);
    connect(m_list, &QListWidget::itemActivated, this, &SettingsDialog::editConnection);
    connect(m_list, &QListWidget::currentRowChanged, this, &SettingsDialog::updateButtons);
    connect(m_language, &QComboBox::activated, this, &SettingsDialog::languageChosen);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(workspace, &models::Workspace::connectionsChanged, this, &SettingsDialog::reload);
    connect(workspace, &models::Workspace::connectionStateChanged, this, &SettingsDialog::reload);
    retranslateUi();
    reload();
    resize(560, 420);
}

void SettingsDialog::reload()
{
    const QString current =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_list->clear();
    const QList<api::ConnectionSettings> all = m_workspace->connections();
    for (const api::ConnectionSettings& s : all) {
        QString state;
        switch (m_workspace->state(s.id)) {
        case models::Workspace::ConnectionState::Ready:
            state = tr("connected");
            break;
        case models::Workspace::ConnectionState::Offline:
            state = tr("offline");
            break;
        case models::Workspace::ConnectionState::Opening:
            state = tr("connecting…");
            break;
        case models::Workspace::ConnectionState::NeedsLogin:
            state = tr("signed out");
            break;
        case models::Workspace::ConnectionState::Failed:
            state = tr("not available");
            break;
        case models::Workspace::ConnectionState::Closed:
            state = tr("closed");
            break;
        }
        auto* item =
            new QListWidgetItem(tr("%1 — %2, %3 (%4)", "name — kind, address (state)")
                                    .arg(s.name, api::Flavours::info(s.flavour).displayName,
                                         s.baseUrl.toDisplayString(), state),
                                m_list);
        item->setData(Qt::UserRole, s.id);
        if (s.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

QMessageBox* SettingsDialog::askKeepFirst(const QString& objectName, const QString& title,
                                          const QString& text, const QString& doIt)
{
    auto* box = new QMessageBox(QMessageBox::Question, title, text,
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(objectName);
    makePlain(box);
    box->button(QMessageBox::Yes)->setText(doIt);
    box->button(QMessageBox::No)->setText(tr("Keep"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}

QString SettingsDialog::currentConnectionId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

void SettingsDialog::updateButtons()
{
    const bool selected = m_list->currentItem() != nullptr;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    updateLocalData();
}

void SettingsDialog::updateLocalData()
{
    const QString id = currentConnectionId();
    const bool keeps = m_workspace->keepsLocalData() && !id.isEmpty();
    m_localData->setVisible(keeps);
    m_clearLocalData->setVisible(keeps);
    if (!keeps)
        return;
    const qint64 bytes = m_workspace->localDataSize(id);
    m_clearLocalData->setEnabled(bytes > 0);
    m_localData->setText(bytes > 0 ? tr("Kept on this computer, to open at once and to work "
                                        "offline: %1.")
                                         .arg(QLocale().formattedDataSize(bytes))
                                   : tr("Nothing is kept on this computer yet."));
}

void SettingsDialog::clearLocalData()
{
    const QString id = currentConnectionId();
    if (id.isEmpty() || m_clearQuestion)
        return;
    const QString name = m_workspace->connection(id).name;
    m_clearQuestion = askKeepFirst(u"clearQuestion"_s, tr("Clear local data"),
                                   tr("Clear what is kept on this computer of “%1”? The rows are "
                                      "loaded from the server again; nothing on the server "
                                      "changes.")
                                       .arg(name),
                                   tr("Clear"));
    connect(m_clearQuestion, &QMessageBox::finished, this, [this, id](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_clearLocalData->setEnabled(false);
        const QPointer<SettingsDialog> self(this);
        m_workspace->clearLocalData(id, [self, id](qint64 freed) {
            if (!self)
                return;
            self->updateLocalData();
            if (self->currentConnectionId() == id)
                self->m_localData->setText(
                    tr("Cleared: %1 freed.").arg(QLocale().formattedDataSize(freed)));
        });
    });
    m_clearQuestion->open();
}

void SettingsDialog::addConnection()
{
    auto* dialog = new ConnectionDialog(m_workspace, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SettingsDialog::editConnection()
{
    if (!m_list->currentItem())
        return;
    const QString id = m_list->currentItem()->data(Qt::UserRole).toString();
    auto* dialog = new ConnectionDialog(m_workspace, m_workspace->connection(id), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SettingsDialog::removeConnection()
{
    if (!m_list->currentItem() || m_question)
        return;
    const QString id = m_list->currentItem()->data(Qt::UserRole).toString();
    const QString name = m_workspace->connection(id).name;
    m_question = askKeepFirst(
        u"removeQuestion"_s, tr("Remove connection"),
        tr("Remove the connection “%1”? Its keys are deleted from the keychain.").arg(name),
        tr("Remove"));
    connect(m_question, &QMessageBox::finished, this, [this, id](int result) {
        if (result != QMessageBox::Yes)
            return;
        const QPointer<SettingsDialog> self(this);
        m_workspace->removeConnection(id, [self](bool ok, const QString& why) {
            if (!self || ok)
                return;
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Remove connection"), why,
                                        QMessageBox::Close, self);
            makePlain(box);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    });
    m_question->open();
}

void SettingsDialog::languageChosen(int index)
{
    const QString code = m_language->itemData(index).toString();
    QSettings preferences;
    Language::save(&preferences, code);
    Language::apply(m_translations, code);
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_connectionsBox->setTitle(tr("Connections"));
    m_list->setAccessibleName(tr("Connections"));
    m_add->setText(tr("&Add…"));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("&Remove"));
    m_clearLocalData->setText(tr("&Clear local data…"));
    m_languageBox->setTitle(tr("Language"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    const QString system = QLocale::system().nativeLanguageName();
    m_language->setItemText(0, system.isEmpty() ? tr("System") : tr("System (%1)").arg(system));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
}

} // namespace balie::ui
