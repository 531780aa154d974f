// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "ScreenshotTour.h"

#include "OrganisationSession.h"
#include "ResourceModels.h"
#include "Workspace.h"
#include "bookings/BookingCalendarGrid.h"
#include "bookings/BookingCalendarView.h"
#include "bookings/BookingEditorDialog.h"
#include "bookings/BookingsPage.h"
#include "shell/CustomerCard.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"
#include "shell/QuickSwitcher.h"
#include "shell/ResourcePage.h"
#include "shell/SearchPopup.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPixmap>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;
using balie::ui::MainWindow;

ScreenshotTour::ScreenshotTour(MainWindow* window, balie::Translations* translations,
                               QString directory, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_translations(translations)
    , m_directory(std::move(directory))
{}

void ScreenshotTour::then(int delayMs, std::function<void()> step)
{
    m_steps.append({delayMs, std::move(step)});
}

void ScreenshotTour::runNext()
{
    if (m_steps.isEmpty()) {
        std::printf("%s\n", qPrintable(m_saved.join(u'\n')));
        QApplication::exit(m_saved.isEmpty() ? 1 : 0);
        return;
    }
    const auto [delay, step] = m_steps.takeFirst();
    QTimer::singleShot(delay, this, [this, step] {
        step();
        runNext();
    });
}

void ScreenshotTour::waitUntilLoaded(const std::function<void()>& next, int attemptsLeft)
{
    bool loading = false;
    for (auto tab : {MainWindow::Tab::Organisations, MainWindow::Tab::Customers,
                     MainWindow::Tab::Services, MainWindow::Tab::Products}) {
        if (auto* page = m_window->page(tab))
            loading = loading || page->model()->isLoading();
    }
    // No bookings table until an organisation is active.
    const auto* bookings = m_window->bookingsPage()->bookings();
    loading = loading || !bookings || bookings->isLoading();
    const bool ready = m_window->workspace()->active().isValid() && !loading;
    if (ready || attemptsLeft == 0) {
        next();
        return;
    }
    QTimer::singleShot(200, this,
                       [this, next, attemptsLeft] { waitUntilLoaded(next, attemptsLeft - 1); });
}

void ScreenshotTour::save(QWidget* widget, const QString& name)
{
    const QString path = QDir(m_directory).filePath(name + u".png"_s);
    if (widget->grab().save(path))
        m_saved << path;
    else
        std::fprintf(stderr, "could not save %s\n", qPrintable(path));
}

void ScreenshotTour::grabScreen(const QString& name)
{
    // Popups are windows of their own: take the screen where the window is.
    const QPixmap screen = m_window->screen()->grabWindow(0).copy(m_window->frameGeometry());
    const QString path = QDir(m_directory).filePath(name + u".png"_s);
    if (screen.save(path))
        m_saved << path;
    else
        std::fprintf(stderr, "could not save %s\n", qPrintable(path));
}

void ScreenshotTour::searchForACaller()
{
    // A caller with bookings, their number typed as dialled at home, without spaces.
    m_window->searchEverything();
    const balie::models::OrganisationSession* session = m_window->workspace()->session();
    for (const balie::api::Booking& b : session->bookings()->records()) {
        const std::optional<balie::api::Customer> c = session->customers()->find(b.customerId);
        if (c && c->phone.startsWith(u"+31 6"_s)) {
            m_window->searchPopup()->searchEdit()->setText(u"06"_s + c->phone.mid(6).remove(u' '));
            return;
        }
    }
}

namespace {

void sendMouse(QWidget* widget, QEvent::Type type, const QPoint& at, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, at, widget->mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

} // namespace

void ScreenshotTour::startDrag()
{
    // A booking picked up and carried an hour down, as the mouse does it.
    balie::ui::BookingCalendarGrid* grid = m_window->bookingsPage()->calendar()->grid();
    const QStringList ids = grid->visibleBookingIds();
    if (ids.isEmpty())
        return;
    const QRect block = grid->blockRect(ids.first());
    m_dragFrom = block.center();
    QWidget* viewport = grid->viewport();
    sendMouse(viewport, QEvent::MouseButtonPress, m_dragFrom, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseMove, m_dragFrom + QPoint(0, 10), Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseMove, m_dragFrom + QPoint(0, 2 * block.height()),
              Qt::LeftButton);
}

void ScreenshotTour::endDrag()
{
    // Esc lets go: nothing moves.
    balie::ui::BookingCalendarGrid* grid = m_window->bookingsPage()->calendar()->grid();
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(grid, &escape);
    sendMouse(grid->viewport(), QEvent::MouseButtonRelease, m_dragFrom, Qt::NoButton);
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_directory);
    m_window->resize(1280, 800);
    const QList<std::pair<MainWindow::Tab, QString>> tabs = {
        {MainWindow::Tab::Today, u"today"_s},
        {MainWindow::Tab::Organisations, u"organisations"_s},
        {MainWindow::Tab::Customers, u"customers"_s},
        {MainWindow::Tab::Bookings, u"bookings"_s},
        {MainWindow::Tab::Products, u"products"_s},
    };
    for (const QString& language : {u"en"_s, u"nl"_s}) {
        then(0, [this, language] { balie::ui::Language::apply(m_translations, language); });
        for (const auto& [tab, name] : tabs) {
            then(400, [this, tab = tab] { m_window->showTab(tab); });
            then(600, [this, language, name = name] { save(m_window, language + u'-' + name); });
        }
        then(0, [this] {
            m_window->showTab(MainWindow::Tab::Bookings);
            m_window->bookingsPage()->showCalendar();
        });
        then(800, [this, language] { save(m_window, language + u"-calendar"_s); });
        then(0, [this] { startDrag(); });
        then(300, [this, language] {
            save(m_window, language + u"-calendar-drag"_s);
            endDrag();
        });
        then(0, [this] { m_window->bookingsPage()->printPreview(); });
        then(300, [this] {
            if (auto* preview = m_window->bookingsPage()->findChild<QDialog*>(u"printPreview"_s))
                preview->resize(1100, 780);
        });
        then(1200, [this, language] {
            if (auto* preview = m_window->bookingsPage()->findChild<QDialog*>(u"printPreview"_s)) {
                save(preview, language + u"-print-preview"_s);
                preview->close();
            }
        });
        then(0, [this] { m_window->bookingsPage()->showList(); });
        then(200, [this] { m_window->newBooking(); });
        then(800, [this, language] {
            if (QWidget* editor = m_window->bookingsPage()->editor()) {
                save(editor, language + u"-booking-editor"_s);
                editor->close();
            }
        });
        then(300, [this] { searchForACaller(); });
        then(600, [this, language] {
            grabScreen(language + u"-search"_s);
            m_window->searchPopup()->openCurrent();
        });
        then(600, [this, language] {
            if (auto* card = m_window->findChild<balie::ui::CustomerCard*>()) {
                save(card, language + u"-customer-card"_s);
                card->close();
            }
        });
        then(300, [this] { m_window->switchOrganisation(); });
        then(500, [this, language] {
            grabScreen(language + u"-quick-switcher"_s);
            m_window->quickSwitcher()->hide();
        });
    }
    // A dark theme, as a dark desktop gives it: the main screens again.
    then(0, [] {
        QApplication::setStyle(u"Fusion"_s);
        QApplication::setPalette(darkPalette());
    });
    then(0, [this] { balie::ui::Language::apply(m_translations, u"en"_s); });
    for (const auto& [tab, name] : {std::pair{MainWindow::Tab::Customers, u"customers"_s},
                                    std::pair{MainWindow::Tab::Bookings, u"bookings"_s}}) {
        then(400, [this, tab = tab] { m_window->showTab(tab); });
        then(600, [this, name = name] { save(m_window, u"dark-en-"_s + name); });
    }
    then(0, [this] { m_window->bookingsPage()->showCalendar(); });
    then(800, [this] { save(m_window, u"dark-en-calendar"_s); });
    then(0, [this] { m_window->bookingsPage()->showList(); });
    then(200, [this] { m_window->newBooking(); });
    then(800, [this] {
        if (auto* editor = m_window->bookingsPage()->editor()) {
            save(editor, u"dark-en-booking-editor"_s);
            editor->close();
        }
    });
    waitUntilLoaded([this] { runNext(); });
}

QPalette ScreenshotTour::darkPalette()
{
    // The colours of a common dark desktop theme (Breeze Dark's window, base and text).
    QPalette p;
    const QColor window(0x31, 0x36, 0x3b), base(0x23, 0x26, 0x29), text(0xef, 0xf0, 0xf1);
    const QColor disabled(0x7f, 0x8c, 0x8d), highlight(0x3d, 0xae, 0xe9);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xda, 0x44, 0x53));
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, base);
    p.setColor(QPalette::Link, highlight);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}
