// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiError.h"

#include <QFrame>
#include <functional>
#include <optional>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace balie::ui {

// The one message widget, of the window and of its dialogs: a non-modal bar with one translated
// sentence, the technical details (status, code, request id) behind a "Details" disclosure, a
// close button, and at most one button that offers the next step ("Undo", "Book at …"). Shows
// errors and, in calmer colours, warnings and information.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Level
    {
        Info,
        Warning,
        Error
    };
    Q_ENUM(Level)

    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(const QString& text, Level level = Level::Info, const QString& details = {});
    // The error's own translated message, with `context` (such as a table's name) before it.
    void showError(const api::ApiError& error, const QString& context = {});

    // One button after the text that offers the next step ("Undo"); the next message clears it.
    // Clicked, the message goes and `triggered` runs.
    void setAction(const QString& text, std::function<void()> triggered);
    void setActionEnabled(bool enabled);
    // The button on a line of its own under the text, for a long offer ("Book at Monday …").
    void setActionBelow(bool below);
    QToolButton* actionButton() const { return m_action; }
    // What the message is about ("offline"), so that it can go when that is over; the next
    // message clears it.
    void setTopic(const QString& topic) { m_topic = topic; }
    QString topic() const { return isVisible() ? m_topic : QString(); }

    QString text() const;
    QString details() const;
    Level level() const { return m_level; }
    bool detailsShown() const;

public Q_SLOTS:
    void dismiss();
    void setDetailsShown(bool shown);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void applyLevel();

    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_detailsToggle;
    QLabel* m_details;
    QToolButton* m_close;
    QToolButton* m_action;
    QHBoxLayout* m_top;
    QHBoxLayout* m_below;
    bool m_actionBelow = false;
    bool m_applyingLevel = false; // its own setPalette() sends a PaletteChange too
    std::function<void()> m_triggered;
    QString m_topic;
    Level m_level = Level::Info;
    // Kept so that the message follows a change of language.
    std::optional<api::ApiError> m_error;
    QString m_context;
};

} // namespace balie::ui
