// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiError.h"

#include <QFrame>
#include <functional>
#include <optional>

class QLabel;
class QToolButton;

namespace balie::ui {

// A non-modal bar at the top of the window's central area: one translated sentence, the
// technical details (status, code, request id) behind a "Details" disclosure, and a close
// button. Shows errors and, in a calmer colour, information.
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
    void setAction(const QString& text, std::function<void()> triggered);
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
    std::function<void()> m_triggered;
    QString m_topic;
    Level m_level = Level::Info;
    // Kept so that the message follows a change of language.
    std::optional<api::ApiError> m_error;
    QString m_context;
};

} // namespace balie::ui
