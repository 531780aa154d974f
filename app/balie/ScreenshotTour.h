// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QObject>
#include <QPalette>
#include <QPoint>
#include <QStringList>
#include <functional>

namespace balie {
class Translations;
}

namespace balie::ui {
class MainWindow;
}

// `balie --demo --screenshots DIR` (./dev shots): waits for the demo to load, then saves the main
// screens in English and in Dutch as PNG files, and quits. For the README and reviews.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(balie::ui::MainWindow* window, balie::Translations* translations,
                   QString directory, QObject* parent = nullptr);
    void start();

private:
    void then(int delayMs, std::function<void()> step);
    void runNext();
    void waitUntilLoaded(const std::function<void()>& next, int attemptsLeft = 100);
    void save(QWidget* widget, const QString& name);
    void grabScreen(const QString& name);
    void searchForACaller();
    void startDrag();
    void endDrag();
    static QPalette darkPalette();

    balie::ui::MainWindow* m_window;
    balie::Translations* m_translations;
    QString m_directory;
    QList<std::pair<int, std::function<void()>>> m_steps;
    QStringList m_saved;
    QPoint m_dragFrom;
};
