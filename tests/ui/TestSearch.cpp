// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

// One search for the desk, as a caller is found: Ctrl+Shift+F, a phone number typed without
// spaces, Enter on the customer, and their card: the number calls, the address writes, their
// bookings are there and "New booking" starts one for them. Bookings by a day word, products
// by EAN.

#include "ConsoleFixture.h"
#include "DeskSearch.h"
#include "OrganisationSession.h"
#include "ResourceModels.h"
#include "SearchIndex.h"
#include "Workspace.h"
#include "bookings/BookingEditorDialog.h"
#include "bookings/BookingsPage.h"
#include "bookings/CustomerPicker.h"
#include "shell/CustomerCard.h"
#include "shell/MainWindow.h"
#include "shell/ProductEditorDialog.h"
#include "shell/QuickSwitcher.h"
#include "shell/SearchPopup.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QTimeZone>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace balie::test;
using namespace balie::models;
using balie::ui::MainWindow;

class TestSearch : public QObject, private ConsoleFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void phoneNumbersAreSearchedAsDialled();
    void aCallerIsFoundByPhoneAndTheirCardOpens();
    void bookingsByDayWordAndProductsByEan();
    void theSwitcherHandsOverWhatIsNoOrganisation();

private:
    balie::ui::SearchPopup* openSearch();
    QString currentText(balie::ui::SearchPopup* popup) const;
};

void TestSearch::initTestCase()
{
    QString why;
    QVERIFY2(start({.name = u"search"_s}, &why), qPrintable(why));
    OrganisationSession* session = workspace->session();
    QTRY_VERIFY_WITH_TIMEOUT(
        session->customers()->rowCount() > 0 && !session->customers()->isLoading() &&
            session->products()->rowCount() > 0 && !session->bookings()->isLoading(),
        20'000);
}

void TestSearch::cleanupTestCase()
{
    stop();
}

void TestSearch::phoneNumbersAreSearchedAsDialled()
{
    QCOMPARE(SearchIndex::phoneText(u"+31 6 1234 5678"), u"+31612345678 0612345678"_s);
    QCOMPARE(SearchIndex::phoneText(u"0031 20-555 0101"), u"0031205550101 0205550101"_s);
    QCOMPARE(SearchIndex::phoneText(u"020 555 0101"), u"0205550101"_s);
    QCOMPARE(SearchIndex::phoneText(u"ask at the desk"), u"ask at the desk"_s);
}

balie::ui::SearchPopup* TestSearch::openSearch()
{
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    balie::ui::SearchPopup* popup = window->searchPopup();
    if (!QTest::qWaitFor([popup] { return popup->isVisible() && popup->searchEdit()->hasFocus(); }))
        return nullptr;
    return popup;
}

QString TestSearch::currentText(balie::ui::SearchPopup* popup) const
{
    return popup->list()->currentIndex().data().toString();
}

void TestSearch::aCallerIsFoundByPhoneAndTheirCardOpens()
{
    OrganisationSession* session = workspace->session();
    // A customer with a Dutch mobile number and a booking to come.
    std::optional<Customer> caller;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Booking& b : session->bookings()->records()) {
        const std::optional<Customer> c = session->customers()->find(b.customerId);
        if (b.scheduledAt > now && c && c->phone.startsWith(u"+31 6"_s)) {
            caller = c;
            break;
        }
    }
    QVERIFY(caller);
    // Typed as people say it: 06 and the rest, without spaces.
    const QString dialled = u"06"_s + caller->phone.mid(6).remove(u' ');
    QVERIFY(!caller->phone.contains(dialled));

    balie::ui::SearchPopup* popup = openSearch();
    QVERIFY(popup);
    QTest::keyClicks(popup->searchEdit(), dialled);
    QTRY_VERIFY2(currentText(popup).contains(caller->name), qPrintable(currentText(popup)));
    QCOMPARE(popup->list()->currentIndex().data(DeskSearch::IdRole).toString(), caller->id);
    // As it is written on the card, with its spaces, it is found too.
    popup->searchEdit()->clear();
    QTest::keyClicks(popup->searchEdit(), caller->phone);
    QTRY_COMPARE(popup->list()->currentIndex().data(DeskSearch::IdRole).toString(), caller->id);
    popup->searchEdit()->clear();
    QTest::keyClicks(popup->searchEdit(), dialled);
    QTRY_COMPARE(popup->list()->currentIndex().data(DeskSearch::IdRole).toString(), caller->id);
    if (qEnvironmentVariableIsSet("BALIE_TEST_SCREENSHOTS"))
        popup->grab().save(QDir::temp().filePath(u"balie-search.png"_s));
    QTest::keyClick(popup->searchEdit(), Qt::Key_Return);

    // The card: the number calls, the address writes, the coming booking is listed.
    balie::ui::CustomerCard* card = nullptr;
    QTRY_VERIFY((card = window->findChild<balie::ui::CustomerCard*>()) && card->isVisible());
    QCOMPARE(card->customerId(), caller->id);
    const QString contact = card->contactLabel()->text();
    QVERIFY2(contact.contains(u"tel:+31"_s + caller->phone.mid(4).remove(u' ')),
             qPrintable(contact));
    QVERIFY2(contact.contains(u"mailto:"_s), qPrintable(contact));
    QVERIFY(card->upcoming()->topLevelItemCount() >= 1);
    if (qEnvironmentVariableIsSet("BALIE_TEST_SCREENSHOTS"))
        card->grab().save(QDir::temp().filePath(u"balie-customer-card.png"_s));

    // "New booking": the editor opens with the caller chosen.
    QVERIFY(card->newBookingButton()->isVisible());
    QTest::mouseClick(card->newBookingButton(), Qt::LeftButton);
    balie::ui::BookingsPage* bookings = window->bookingsPage();
    QTRY_VERIFY(bookings->editor() && bookings->editor()->isVisible());
    QCOMPARE(bookings->editor()->customerPicker()->customerId(), caller->id);
    QTRY_VERIFY(!window->findChild<balie::ui::CustomerCard*>());
    // Closed without booking: the customer chosen is a change, so it asks first.
    QTest::keyClick(bookings->editor(), Qt::Key_Escape);
    QMessageBox* question = nullptr;
    QTRY_VERIFY((question = bookings->editor()->findChild<QMessageBox*>(u"discardQuestion"_s)) &&
                question->isVisible());
    QTest::mouseClick(question->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_VERIFY(!bookings->editor());
}

void TestSearch::bookingsByDayWordAndProductsByEan()
{
    OrganisationSession* session = workspace->session();
    // Two bookings on a Wednesday weeks ahead, made out of order; the search's "today" is the
    // day before, so "tomorrow" (and "morgen") is that Wednesday.
    Service service;
    for (const Service& s : session->services()->records()) {
        if (s.durationMinutes == 30)
            service = s;
    }
    QVERIFY(!service.id.isEmpty());
    const QDate now = QDate::currentDate();
    const QDate wednesday = now.addDays(7 * 11 + (Qt::Wednesday - now.dayOfWeek() + 7) % 7);
    const QTimeZone zone(service.availability.timeZone);
    QStringList made;
    for (const QTime& at : {QTime(14, 0), QTime(10, 0)}) {
        BookingDraft draft;
        draft.serviceId = service.id;
        draft.customerId = session->customers()->record(7).id;
        draft.scheduledAt = QDateTime(wednesday, at, zone).toUTC();
        auto job = await(workspace->activeConnector()->createBooking(
            organisation(), draft, balie::api::ApiRequest::newIdempotencyKey()));
        QVERIFY(job->isOk());
        made << job->value().id;
    }
    const QDate day = QDateTime(wednesday, QTime(12, 0), zone).toLocalTime().date();
    window->bookingsPage()->includeDays(day, day);
    QTRY_VERIFY_WITH_TIMEOUT(!session->bookings()->isLoading() &&
                                 session->bookings()->find(made.at(0)) &&
                                 session->bookings()->find(made.at(1)),
                             20'000);

    for (const QString& word : {u"tomorrow"_s, u"morgen"_s}) {
        balie::ui::SearchPopup* popup = openSearch();
        QVERIFY(popup);
        DeskSearch* results = popup->results();
        results->setToday(day.addDays(-1));
        QTest::keyClicks(popup->searchEdit(), word);
        // That day's bookings, in time order, and nothing else.
        QStringList found;
        for (int row = 0; row < results->rowCount(); ++row) {
            const QModelIndex index = results->index(row, 0);
            const auto kind = DeskSearch::Kind(index.data(DeskSearch::KindRole).toInt());
            QVERIFY(kind == DeskSearch::Kind::Heading || kind == DeskSearch::Kind::Booking);
            if (kind == DeskSearch::Kind::Booking)
                found << index.data(DeskSearch::IdRole).toString();
        }
        QCOMPARE(found, (QStringList{made.at(1), made.at(0)})); // 10:00, then 14:00
        // Enter opens the first.
        QCOMPARE(popup->list()->currentIndex().data(DeskSearch::IdRole).toString(), made.at(1));
        QTest::keyClick(popup->searchEdit(), Qt::Key_Return);
        balie::ui::BookingsPage* bookings = window->bookingsPage();
        QTRY_VERIFY(bookings->editor() && bookings->editor()->isVisible());
        QCOMPARE(bookings->editor()->original().id, made.at(1));
        bookings->editor()->reject();
        QTRY_VERIFY(!bookings->editor());
        QTRY_VERIFY(!popup->isVisible());
    }

    // A product by its EAN; Down passes over the heading; Enter opens it.
    std::optional<Product> product;
    for (const Product& p : session->products()->records()) {
        if (!p.eanUpc.isEmpty())
            product = p;
    }
    QVERIFY(product);
    balie::ui::SearchPopup* popup = openSearch();
    QVERIFY(popup);
    QTest::keyClicks(popup->searchEdit(), product->eanUpc);
    QTRY_VERIFY2(currentText(popup).contains(product->name), qPrintable(currentText(popup)));
    QTest::keyClick(popup->searchEdit(), Qt::Key_Return);
    balie::ui::ProductEditorDialog* editor = nullptr;
    QTRY_VERIFY((editor = window->findChild<balie::ui::ProductEditorDialog*>()) &&
                editor->isVisible());
    QCOMPARE(editor->eanEdit()->text(), product->eanUpc);
    editor->reject();

    // Nothing found is said.
    popup = openSearch();
    QVERIFY(popup);
    QTest::keyClicks(popup->searchEdit(), u"zzqxj nobody"_s);
    QCOMPARE(popup->results()->rowCount(), 0);
    QVERIFY(popup->emptyLabel()->isVisible());
    QCOMPARE(popup->emptyLabel()->text(), u"Nothing found."_s);
    QTest::keyClick(popup->searchEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!popup->isVisible());
}

void TestSearch::theSwitcherHandsOverWhatIsNoOrganisation()
{
    // Ctrl+K, a customer's name: no organisation is called that, the switcher says Enter
    // searches for it, and Enter opens the search with the name and the customer found.
    const Customer customer = workspace->session()->customers()->record(3);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier);
    balie::ui::QuickSwitcher* switcher = window->quickSwitcher();
    QTRY_VERIFY(switcher->isVisible() && switcher->searchEdit()->hasFocus());
    QTest::keyClicks(switcher->searchEdit(), customer.name);
    QCOMPARE(switcher->matchCount(), 0);
    auto* elsewhere = switcher->findChild<QLabel*>(u"quickSwitcherElsewhere"_s);
    QVERIFY(elsewhere && elsewhere->isVisible());
    QTest::keyClick(switcher->searchEdit(), Qt::Key_Return);
    balie::ui::SearchPopup* popup = window->searchPopup();
    QTRY_VERIFY(popup->isVisible() && !switcher->isVisible());
    QCOMPARE(popup->searchEdit()->text(), customer.name);
    QTRY_VERIFY2(currentText(popup).contains(customer.name), qPrintable(currentText(popup)));
    QTest::keyClick(popup->searchEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!popup->isVisible());
}

QTEST_MAIN(TestSearch)
#include "TestSearch.moc"
