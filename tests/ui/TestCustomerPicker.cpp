// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

// The customer picker as a person uses it, in the booking editor and in the bookings page's
// customer filter: type part of a name without its accents, arrow down the real popup and press
// Enter, or click a row; between namesakes nothing is guessed.

#include "ConsoleFixture.h"
#include "RecordFilterProxy.h"
#include "SearchIndex.h"
#include "bookings/BookingEditorDialog.h"
#include "bookings/CustomerPicker.h"

#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace balie::test;
using namespace balie::models;
namespace api = balie::api;
using balie::ui::BookingEditorDialog;
using balie::ui::CustomerPicker;

class TestCustomerPicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void editorPicksTheThirdWithTheKeyboard();
    void editorPicksWithAClick();
    void namesakesAreNeverGuessed();
    void bookingsFilterPicksWithTheKeyboard();
    void bookingsFilterNeverGuessesBetweenNamesakes();
    void aNameTypedComesBeforeAnAddressThatMatches();

private:
    BookingEditorDialog* openNewBooking();
    static QString idAt(QTreeView* popup, int row);
    // Types the name two customers share and Tab: nothing is chosen, the namesakes are listed.
    static void typeNamesakesThenTab(CustomerPicker* picker);
    // Down to the customer with this id in the open list, and Enter.
    static void chooseInList(QTreeView* popup, const QString& id);

    ConsoleFixture f;
    QStringList namesakes; // ids of the two "Sanne Çelik"s made for the test
    QStringList quintyVos;
    QStringList quintyAbbings;
};

void TestCustomerPicker::initTestCase()
{
    QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
    QString why;
    ConsoleFixture::Options options;
    options.name = u"picker"_s;
    options.screen = ConsoleFixture::Screen::BookingsPage;
    options.beforeConsole = [this](SandboxHarness& h) {
        auto c = h.connector(Flavour::Balie, AuthScheme::ApiKeyHeader);
        for (const QString& email : {u"sanne.celik@example.nl"_s, u"s.celik@voorbeeld.nl"_s}) {
            auto job = await(c->createCustomer(h.firstOrganisation(),
                                               {u"Sanne Çelik"_s, email, u"+31 6 1234 5678"_s},
                                               api::ApiRequest::newIdempotencyKey()));
            if (!job->isOk()) {
                qWarning() << "creating a namesake failed:" << job->error().message()
                           << job->error().technicalDetails();
                return false;
            }
            namesakes << job->value().id;
        }
        // Three whose address holds a "v", named before the one whose name does.
        for (const QString& email :
             {u"quinty.abbing.1@voorbeeld.nl"_s, u"quinty.abbing.2@voorbeeld.nl"_s,
              u"quinty.abbing.3@voorbeeld.nl"_s, u"quinty@example.com"_s}) {
            const bool vos = email.startsWith(u"quinty@"_s);
            auto job = await(c->createCustomer(
                h.firstOrganisation(),
                {vos ? u"Quinty Vos"_s : u"Quinty Abbing"_s, email, u"+31 6 8765 4321"_s},
                api::ApiRequest::newIdempotencyKey()));
            if (!job->isOk())
                return false;
            (vos ? quintyVos : quintyAbbings) << job->value().id;
        }
        return true;
    };
    const bool started = f.start(options, &why);
    QVERIFY2(started, qPrintable(why));
}

void TestCustomerPicker::cleanupTestCase()
{
    f.stop();
}

void TestCustomerPicker::cleanup()
{
    if (BookingEditorDialog* dialog = f.bookingsPage->editor())
        dialog->discard();
    QTRY_VERIFY(!f.bookingsPage->editor());
}

BookingEditorDialog* TestCustomerPicker::openNewBooking()
{
    f.bookingsPage->newBooking();
    BookingEditorDialog* dialog = f.bookingsPage->editor();
    if (!dialog)
        return nullptr;
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog))
        return nullptr;
    return dialog;
}

QString TestCustomerPicker::idAt(QTreeView* popup, int row)
{
    return popup->model()->index(row, 0).data(RecordTableModel::IdRole).toString();
}

void TestCustomerPicker::typeNamesakesThenTab(CustomerPicker* picker)
{
    QLineEdit* search = picker->searchEdit();
    QTest::keyClicks(search, u"Sanne Çelik"_s);
    QTreeView* popup = picker->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Escape);
    QTRY_VERIFY(!popup->isVisible());
    QTest::keyClick(search, Qt::Key_Tab);
    QVERIFY(picker->customerId().isEmpty());
    QCOMPARE(picker->ambiguity(), 2);
    QTRY_VERIFY(popup->isVisible()); // the namesakes, to choose from
}

void TestCustomerPicker::chooseInList(QTreeView* popup, const QString& id)
{
    int row = 0;
    while (row < popup->model()->rowCount() && idAt(popup, row) != id)
        ++row;
    QVERIFY(row < popup->model()->rowCount());
    for (int i = 0; i <= row; ++i)
        QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
}

void TestCustomerPicker::editorPicksTheThirdWithTheKeyboard()
{
    BookingEditorDialog* dialog = openNewBooking();
    QVERIFY(dialog);
    CustomerPicker* picker = dialog->customerPicker();
    QLineEdit* search = picker->searchEdit();
    QTRY_COMPARE(QApplication::focusWidget(), search);

    // "celik", without the cedilla: every Çelik is offered, with e-mail and phone beside.
    QTest::keyClicks(search, u"celik"_s);
    QTreeView* popup = picker->popup();
    QTRY_VERIFY(popup->isVisible());
    QVERIFY2(popup->model()->rowCount() >= 3, "at least three Çeliks in the demo data");
    for (int row = 0; row < popup->model()->rowCount(); ++row)
        QVERIFY(
            SearchIndex::fold(popup->model()->index(row, 0).data().toString()).contains("celik"));
    const int emailColumn = f.bookingsPage->customers()->columnForKey(u"email"_s);
    QVERIFY(!popup->isColumnHidden(emailColumn));
    const QString third = idAt(popup, 2);
    // No row looks chosen before the first Down (which chooses the first).
    QVERIFY(!popup->currentIndex().isValid());
    QTest::keyClick(popup, Qt::Key_Down);
    QCOMPARE(popup->currentIndex().row(), 0);
    QVERIFY(popup->selectionModel()->isRowSelected(0, popup->rootIndex()));

    // Down twice more, Enter: the third one.
    for (int i = 0; i < 2; ++i)
        QTest::keyClick(popup, Qt::Key_Down);
    QCOMPARE(popup->currentIndex().row(), 2);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(picker->customerId(), third);
    const api::Customer chosen = *f.bookingsPage->customers()->find(third);
    QVERIFY2(search->text().contains(chosen.email), qPrintable(search->text()));

    // And it is booked for that one.
    const QDate day = QDate::currentDate().addDays(70 - QDate::currentDate().dayOfWeek() + 2);
    dialog->setStart(QDateTime(day, QTime(11, 15), QTimeZone("Europe/Amsterdam")));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!f.bookingsPage->editor(), 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(!f.bookingsPage->selectedId().isEmpty() &&
                                 f.bookingsPage->bookings()->find(f.bookingsPage->selectedId()),
                             15'000);
    QCOMPARE(f.bookingsPage->bookings()->find(f.bookingsPage->selectedId())->customerId, third);
}

void TestCustomerPicker::editorPicksWithAClick()
{
    BookingEditorDialog* dialog = openNewBooking();
    QVERIFY(dialog);
    CustomerPicker* picker = dialog->customerPicker();
    QTest::keyClicks(picker->searchEdit(), u"celik"_s);
    QTreeView* popup = picker->popup();
    QTRY_VERIFY(popup->isVisible());
    const QString second = idAt(popup, 1);
    const QModelIndex at = popup->model()->index(1, 0);
    QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, popup->visualRect(at).center());
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(picker->customerId(), second);
}

void TestCustomerPicker::namesakesAreNeverGuessed()
{
    BookingEditorDialog* dialog = openNewBooking();
    QVERIFY(dialog);
    CustomerPicker* picker = dialog->customerPicker();
    QLineEdit* search = picker->searchEdit();
    QTRY_COMPARE(QApplication::focusWidget(), search);

    // The full name and Tab: two customers have it, so the picker asks instead of taking one.
    typeNamesakesThenTab(picker);
    if (QTest::currentTestFailed())
        return;
    QTreeView* popup = picker->popup();
    QCOMPARE(QApplication::focusWidget(), search);
    QSet<QString> offered;
    for (int row = 0; row < popup->model()->rowCount(); ++row)
        offered << idAt(popup, row);
    QVERIFY(offered.contains(namesakes.at(0)) && offered.contains(namesakes.at(1)));

    // Saving now says why, at the field, and sends nothing.
    QTest::keyClick(popup, Qt::Key_Escape);
    QTRY_VERIFY(!popup->isVisible());
    const QList<QWidget*> fields{dialog->dateEdit(), dialog->timeEdit(), dialog->noteEdit()};
    QList<int> heights;
    for (QWidget* field : fields)
        heights << field->height();
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    auto* error = dialog->findChild<QLabel*>(u"customerError"_s);
    QVERIFY(error->isVisible());
    // The error's lines grow the dialog; the fields below keep their height, and the error
    // has all the lines it needs.
    for (qsizetype i = 0; i < fields.size(); ++i)
        QTRY_VERIFY2(fields.at(i)->height() >= heights.at(i),
                     qPrintable(fields.at(i)->objectName()));
    QTRY_VERIFY(error->height() >= error->heightForWidth(error->width()));
    QVERIFY2(error->text().contains(u"2"_s) && error->text().contains(u"Sanne Çelik"_s),
             qPrintable(error->text()));
    QVERIFY(!dialog->isSaving());

    // Down opens the list again; the one chosen is the one taken.
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Down);
    QTRY_VERIFY(popup->isVisible());
    chooseInList(popup, namesakes.at(1));
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(picker->customerId(), namesakes.at(1));
    QVERIFY(search->text().contains(u"s.celik@voorbeeld.nl"_s));
}

void TestCustomerPicker::bookingsFilterPicksWithTheKeyboard()
{
    // The bookings page's customer filter is the same picker.
    auto* from = f.bookingsPage->findChild<QDateEdit*>(u"fromDate"_s);
    auto* to = f.bookingsPage->findChild<QDateEdit*>(u"toDate"_s);
    to->setDate(QDate::currentDate().addYears(1));
    from->setDate(QDate::currentDate().addYears(-1));
    QVERIFY(f.pageLoaded());
    CustomerPicker* picker = f.bookingsPage->customerFilter();
    QLineEdit* search = picker->searchEdit();
    f.bookingsPage->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.bookingsPage.get()));
    search->setFocus(Qt::ShortcutFocusReason);
    QTest::keyClicks(search, u"celik"_s);
    QTreeView* popup = picker->popup();
    QTRY_VERIFY(popup->isVisible());
    QVERIFY(popup->model()->rowCount() >= 3);
    const QString third = idAt(popup, 2);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(f.bookingsPage->filterCustomerId(), third);
    QTRY_COMPARE(f.bookingsPage->bookings()->query().customerId, third);
    QVERIFY(f.pageLoaded());
    for (const api::Booking& b : f.bookingsPage->bookings()->records())
        QCOMPARE(b.customerId, third);
}

void TestCustomerPicker::bookingsFilterNeverGuessesBetweenNamesakes()
{
    // The full name of two customers and Tab in the bookings filter: no filter on either one;
    // the namesakes are offered, and the one chosen is the one filtered on.
    CustomerPicker* picker = f.bookingsPage->customerFilter();
    QLineEdit* search = picker->searchEdit();
    f.bookingsPage->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.bookingsPage.get()));
    search->setFocus(Qt::ShortcutFocusReason);
    // Whatever the last test left: selected and typed over.
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_Backspace);
    QTRY_VERIFY(f.bookingsPage->filterCustomerId().isEmpty());
    typeNamesakesThenTab(picker);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(f.bookingsPage->filterCustomerId().isEmpty());
    QVERIFY(f.bookingsPage->bookings()->query().customerId.isEmpty());

    chooseInList(picker->popup(), namesakes.at(1));
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE(f.bookingsPage->filterCustomerId(), namesakes.at(1));
    QTRY_COMPARE(f.bookingsPage->bookings()->query().customerId, namesakes.at(1));
}

void TestCustomerPicker::aNameTypedComesBeforeAnAddressThatMatches()
{
    // "quinty v": the Abbings match through their address at voorbeeld.nl and come first by
    // name, yet what was typed is Quinty Vos's name: she leads, and Down, Enter takes her.
    BookingEditorDialog* dialog = openNewBooking();
    QVERIFY(dialog);
    CustomerPicker* picker = dialog->customerPicker();
    QLineEdit* search = picker->searchEdit();
    search->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(search, u"quinty v"_s);
    QTreeView* popup = picker->popup();
    QTRY_VERIFY(popup->isVisible());
    QTRY_COMPARE(popup->model()->rowCount(), 4);
    QCOMPARE(idAt(popup, 0), quintyVos.first());
    for (int row = 1; row < 4; ++row)
        QVERIFY(quintyAbbings.contains(idAt(popup, row)));
    // Her whole name leaves only her; back to "quinty v", she leads again.
    QTest::keyClicks(search, u"os"_s);
    QTRY_COMPARE(popup->model()->rowCount(), 1);
    QCOMPARE(idAt(popup, 0), quintyVos.first());
    QTest::keyClick(search, Qt::Key_Backspace);
    QTest::keyClick(search, Qt::Key_Backspace);
    QTRY_COMPARE(popup->model()->rowCount(), 4);
    QCOMPARE(idAt(popup, 0), quintyVos.first());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(picker->customerId(), quintyVos.first());
}

QTEST_MAIN(TestCustomerPicker)
#include "TestCustomerPicker.moc"
