// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QDialog>
#include <QMessageBox>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSettings;

namespace balie {
class Translations;
}

namespace balie::models {
class Workspace;
}

namespace balie::ui {

// The connections (add, edit, remove after a question; what each keeps on this computer, and
// clearing it) and the language (the system's, Dutch or English), applied at once, without a
// restart.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(models::Workspace* workspace, Translations* translations, QSettings* settings,
                   QWidget* parent = nullptr);

    QListWidget* connectionList() const { return m_list; }
    QComboBox* languageBox() const { return m_language; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* editButton() const { return m_edit; }
    QMessageBox* removeQuestion() const { return m_question; }
    QPushButton* clearLocalDataButton() const { return m_clearLocalData; }
    QLabel* localDataLabel() const { return m_localData; }
    QMessageBox* clearQuestion() const { return m_clearQuestion; }

public Q_SLOTS:
    void addConnection();
    void editConnection();
    void removeConnection(); // asks first
    void clearLocalData();   // asks first

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void updateButtons();
    void updateLocalData();
    QString currentConnectionId() const;
    // A question whose default answer keeps things as they are ("Keep"); `doIt` is the other.
    QMessageBox* askKeepFirst(const QString& objectName, const QString& title, const QString& text,
                              const QString& doIt);
    void languageChosen(int index);
    void retranslateUi();

    models::Workspace* m_workspace;
    Translations* m_translations;
    QSettings* m_settings;
    QGroupBox* m_connectionsBox;
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QLabel* m_localData;
    QPushButton* m_clearLocalData;
    QGroupBox* m_languageBox;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QDialogButtonBox* m_buttons;
    QPointer<QMessageBox> m_question;
    QPointer<QMessageBox> m_clearQuestion;
};

} // namespace balie::ui
