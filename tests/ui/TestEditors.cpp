// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

// The editors, the login dialog and the remembered window state, with real widgets under X
// (./dev test runs Xvfb and an unlocked keyring), against the in-process sandbox: errors at the
// field they concern and nothing sent when the input is wrong, what was saved really on the
// server and in the table, a question before throwing typed text away, a sign-in with a wrong
// and a right password, and the window's size and a table's columns and sort surviving a new
// window.

#include "ConsoleFixture.h"
#include "ConsoleTestSupport.h"
#include "OrganisationSession.h"
#include "RecordFilterProxy.h"
#include "ResourceModels.h"
#include "Translations.h"
#include "Workspace.h"
#include "auth/CredentialStore.h"
#include "shell/ConnectionDialog.h"
#include "shell/CustomerCard.h"
#include "shell/CustomerEditorDialog.h"
#include "shell/DemoConnection.h"
#include "shell/Language.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/OrganisationSwitcher.h"
#include "shell/ProductEditorDialog.h"
#include "shell/ResourcePage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace balie::test;
using namespace balie::models;
using balie::ui::CustomerEditorDialog;
using balie::ui::LoginDialog;
using balie::ui::MainWindow;
using balie::ui::ProductEditorDialog;
using balie::ui::ResourcePage;

class TestEditors : public QObject, private ConsoleFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void customerEditorChecksTheEmailAndSaves();
    void customerEditorEditsACustomer();
    void customerEditorAsksBeforeDiscarding();
    void productEditorChecksTheEanAndSaves();
    void productEditorEditsTheStock();
    void loginDialogSignsIn();
    void newLoginConnectionAsksForThePasswordOnce();
    void windowAndTableStateAreRestored();

private:
    void waitLoaded();
    void activate(QWidget* widget);
    qint64 activeOrganisation() const { return workspace->active().organisationId.toLongLong(); }
    ResourcePage* page(MainWindow::Tab tab) const { return window->page(tab); }
    template <class Dialog>
    Dialog* openDialog(const QString& action);
};

void TestEditors::initTestCase()
{
    // Real windows and a real keychain: without them this must fail, not pass as skipped.
    QString why;
    QVERIFY2(start({.name = u"editors"_s,
                    .signIn = SignIn::DemoLogin,
                    .keepsRows = false,
                    .needsKeychain = true,
                    .demoWindow = true},
                   &why),
             qPrintable(why));
    waitLoaded();
}

void TestEditors::cleanupTestCase()
{
    stop();
}

void TestEditors::activate(QWidget* widget)
{
    widget->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(widget));
}

void TestEditors::waitLoaded()
{
    QTRY_VERIFY_WITH_TIMEOUT(!page(MainWindow::Tab::Customers)->model()->isLoading() &&
                                 !page(MainWindow::Tab::Products)->model()->isLoading() &&
                                 page(MainWindow::Tab::Customers)->model()->rowCount() > 0 &&
                                 page(MainWindow::Tab::Products)->model()->rowCount() > 0,
                             30'000);
}

template <class Dialog>
Dialog* TestEditors::openDialog(const QString& actionName)
{
    QAction* action = window->action(actionName);
    if (!action || !action->isVisible() || !action->isEnabled())
        return nullptr;
    action->trigger();
    auto* dialog = window->findChild<Dialog*>();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    dialog->activateWindow();
    return QTest::qWaitForWindowActive(dialog) ? dialog : nullptr;
}

void TestEditors::customerEditorChecksTheEmailAndSaves()
{
    waitLoaded();
    const qint64 org = activeOrganisation();
    const int before = h->sandbox->rowCount(u"customers"_s, org);
    QCOMPARE(page(MainWindow::Tab::Customers)->model()->rowCount(), before);
    auto* dialog = openDialog<CustomerEditorDialog>(u"newCustomerAction"_s);
    QVERIFY(dialog);
    QCOMPARE(window->tabs()->currentIndex(), int(MainWindow::Tab::Customers));
    QPointer<CustomerEditorDialog> alive(dialog);

    // Typing starts in the name, not on Save (where a space would save).
    QTRY_COMPARE(QApplication::focusWidget(), dialog->nameEdit());

    // A wrong address: the error is at the e-mail field, focus goes there, nothing is sent.
    const QString name = u"Fenna de Vries %1"_s.arg(QCoreApplication::applicationPid());
    h->sandbox->resetStats();
    QTest::keyClicks(QApplication::focusWidget(), name);
    QCOMPARE(dialog->nameEdit()->text(), name);
    // Tab goes from the name to the e-mail address.
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->emailEdit());
    QTest::keyClicks(dialog->emailEdit(), u"fenna.at.example.com"_s);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(dialog->fieldError(u"email"_s),
             u"“fenna.at.example.com” is not a valid e-mail address, such as name@example.com."_s);
    QVERIFY(dialog->fieldError(u"name"_s).isEmpty());
    QTRY_VERIFY(dialog->emailEdit()->hasFocus());
    QCOMPARE(dialog->emailEdit()->accessibleDescription(), dialog->fieldError(u"email"_s));
    QVERIFY(dialog->isVisible());
    QCOMPARE(h->sandbox->stats().requests, 0);

    // The same check in Dutch: the message is translated.
    balie::ui::Language::apply(translations.get(), u"nl"_s);
    // The organisation it acts on, named in the title.
    QTRY_COMPARE(dialog->windowTitle(),
                 u"Nieuwe klant — %1"_s.arg(workspace->session()->description()));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(dialog->fieldError(u"email"_s),
             u"„fenna.at.example.com” is geen geldig e-mailadres, zoals naam@voorbeeld.nl."_s);
    QCOMPARE(h->sandbox->stats().requests, 0);
    balie::ui::Language::apply(translations.get(), u"en"_s);
    // The organisation it acts on, named in the title.
    QTRY_COMPARE(dialog->windowTitle(),
                 u"New customer — %1"_s.arg(workspace->session()->description()));

    // Fixed: the error goes as the address is typed again; saved on the server, in the table,
    // and the dialog closes.
    const QString email = u"fenna.%1@example.com"_s.arg(QCoreApplication::applicationPid());
    QVERIFY(!dialog->fieldError(u"email"_s).isEmpty());
    dialog->emailEdit()->selectAll();
    QTest::keyClicks(dialog->emailEdit(), email);
    QCOMPARE(dialog->emailEdit()->text(), email);
    QVERIFY(dialog->fieldError(u"email"_s).isEmpty());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(dialog->fieldError(u"email"_s).isEmpty());
    QVERIFY(!dialog->saveButton()->isEnabled()); // in flight
    QTRY_VERIFY_WITH_TIMEOUT(alive.isNull(), 15'000);
    QCOMPARE(h->sandbox->rowCount(u"customers"_s, org), before + 1);
    QCOMPARE(h->sandbox->stats().creations, 1);
    auto server =
        collect(workspace->activeConnector()->customers(workspace->active().organisationId, {}));
    QString id;
    for (const Customer& c : std::as_const(server.rows)) {
        if (c.email == email) {
            QCOMPARE(c.name, name);
            id = c.id;
        }
    }
    QVERIFY2(!id.isEmpty(), "the customer is on the server");
    // In the table at once, through the view's own model.
    auto* customers = page(MainWindow::Tab::Customers)->model();
    QCOMPARE(customers->rowCount(), before + 1);
    QAbstractItemModel* shown = page(MainWindow::Tab::Customers)->table()->model();
    const int emailColumn = customers->columnForKey(u"email"_s);
    bool found = false;
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, 0).data(RecordTableModel::IdRole).toString() == id) {
            QCOMPARE(shown->index(row, emailColumn).data().toString(), email);
            found = true;
        }
    }
    QVERIFY2(found, "the customer is in the Customers table");
}

void TestEditors::customerEditorAsksBeforeDiscarding()
{
    auto* dialog = openDialog<CustomerEditorDialog>(u"newCustomerAction"_s);
    QVERIFY(dialog);
    QPointer<CustomerEditorDialog> alive(dialog);
    h->sandbox->resetStats();
    QVERIFY(!dialog->hasUnsavedChanges());
    QTest::keyClicks(dialog->nameEdit(), u"Half typed"_s);
    QVERIFY(dialog->hasUnsavedChanges());
    // The dialog's way out is "Close": "Cancel" is what happens to an appointment.
    for (QAbstractButton* b : dialog->findChildren<QAbstractButton*>())
        QVERIFY2(b->text() != u"Cancel"_s, "a dialog button says Cancel");

    // Escape asks first; "Keep editing" keeps the dialog and the text.
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Escape);
    QTRY_VERIFY(dialog->discardQuestion() && dialog->discardQuestion()->isVisible());
    QMessageBox* question = dialog->discardQuestion();
    QCOMPARE(question->text(), u"Close without saving? What you typed will be lost."_s);
    QCOMPARE(question->button(QMessageBox::Cancel)->text(), u"Keep editing"_s);
    QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
    QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!dialog->discardQuestion());
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->nameEdit()->text(), u"Half typed"_s);

    // The window's close button asks too; "Close without saving" closes and sends nothing.
    QVERIFY(!dialog->close());
    QTRY_VERIFY(dialog->discardQuestion() && dialog->discardQuestion()->isVisible());
    QVERIFY(dialog->isVisible());
    QTest::mouseClick(dialog->discardQuestion()->button(QMessageBox::Discard), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(alive.isNull(), 5'000);
    QCOMPARE(h->sandbox->stats().requests, 0);

    // Nothing typed: closes at once, without a question.
    dialog = openDialog<CustomerEditorDialog>(u"newCustomerAction"_s);
    QVERIFY(dialog);
    alive = dialog;
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Escape);
    QVERIFY(!dialog->discardQuestion());
    QTRY_VERIFY_WITH_TIMEOUT(alive.isNull(), 5'000);
}

void TestEditors::productEditorChecksTheEanAndSaves()
{
    window->showTab(MainWindow::Tab::Products);
    waitLoaded();
    const qint64 org = activeOrganisation();
    const int before = h->sandbox->rowCount(u"products"_s, org);
    auto* dialog = openDialog<ProductEditorDialog>(u"newProductAction"_s);
    QVERIFY(dialog);
    // The organisation it acts on, named in the title.
    QCOMPARE(dialog->windowTitle(), u"New product — %1"_s.arg(workspace->session()->description()));
    QPointer<ProductEditorDialog> alive(dialog);

    // A wrong check digit (4006381333931 is right): refused at the field, nothing sent.
    const QString name = u"Haarlak %1"_s.arg(QCoreApplication::applicationPid());
    h->sandbox->resetStats();
    QTest::keyClicks(dialog->nameEdit(), name);
    QTest::keyClicks(dialog->eanEdit(), u"4006381333932"_s);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(dialog->fieldError(u"eanUpc"_s),
             u"“4006381333932” is not a valid EAN or UPC code: check the digits, the last one is "
             u"a check digit."_s);
    QVERIFY(dialog->fieldError(u"name"_s).isEmpty());
    QTRY_VERIFY(dialog->eanEdit()->hasFocus());
    QCOMPARE(h->sandbox->stats().requests, 0);

    // The stock field takes up to 12 digits; the server only takes a 32-bit integer, so it
    // answers 400 {"stock_onhand": [...]}: the error is at the stock field, the dialog stays
    // open with everything typed, and nothing is created.
    dialog->eanEdit()->selectAll();
    QTest::keyClicks(dialog->eanEdit(), u"4006381333931"_s);
    QTest::keyClicks(dialog->stockEdit(), u"999999999999"_s);
    QCOMPARE(dialog->stockEdit()->text(), u"999999999999"_s);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(dialog->fieldError(u"eanUpc"_s).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15'000);
    QVERIFY(h->sandbox->stats().requests >= 1);
    QCOMPARE(dialog->fieldError(u"stockOnHand"_s), u"A valid integer is required."_s);
    QVERIFY(dialog->fieldError(u"eanUpc"_s).isEmpty());
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->saveButton()->isEnabled());
    QCOMPARE(dialog->nameEdit()->text(), name);
    QCOMPARE(dialog->eanEdit()->text(), u"4006381333931"_s);
    QCOMPARE(dialog->stockEdit()->text(), u"999999999999"_s);
    QTRY_VERIFY(dialog->stockEdit()->hasFocus());
    QCOMPARE(h->sandbox->rowCount(u"products"_s, org), before);
    QCOMPARE(h->sandbox->stats().creations, 0);

    // A stock it takes: saved, on the server and in the table.
    dialog->stockEdit()->selectAll();
    QTest::keyClicks(dialog->stockEdit(), u"7"_s);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(alive.isNull(), 15'000);
    QCOMPARE(h->sandbox->rowCount(u"products"_s, org), before + 1);
    QCOMPARE(h->sandbox->stats().creations, 1);
    auto server =
        collect(workspace->activeConnector()->products(workspace->active().organisationId));
    QString id;
    for (const Product& p : std::as_const(server.rows)) {
        if (p.name == name) {
            QCOMPARE(p.eanUpc, u"4006381333931"_s);
            QCOMPARE(p.stockOnHand, std::optional<qint64>(7));
            id = p.id;
        }
    }
    QVERIFY2(!id.isEmpty(), "the product is on the server");
    auto* products = static_cast<ProductTableModel*>(page(MainWindow::Tab::Products)->model());
    QCOMPARE(products->rowCount(), before + 1);
    bool found = false;
    for (const Product& p : products->records())
        found = found || (p.id == id && p.eanUpc == u"4006381333931"_s);
    QVERIFY2(found, "the product is in the Products table");
}

void TestEditors::customerEditorEditsACustomer()
{
    QVERIFY(workspace->activeConnector()->can(Capability::UpdateCustomer));
    window->showTab(MainWindow::Tab::Customers);
    waitLoaded();
    activate(window.get());
    ResourcePage* customers = page(MainWindow::Tab::Customers);
    auto* model = static_cast<CustomerTableModel*>(customers->model());
    QTableView* table = customers->table();

    // Enter on a row opens the customer's card; its Edit… opens them for editing, filled in.
    const QModelIndex index = table->model()->index(1, 0);
    const Customer existing = model->record(customers->proxy()->mapToSource(index).row());
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    table->setCurrentIndex(index);
    QTest::keyClick(table, Qt::Key_Return);
    balie::ui::CustomerCard* card = nullptr;
    QTRY_VERIFY((card = window->findChild<balie::ui::CustomerCard*>()) && card->isVisible());
    QCOMPARE(card->customerId(), existing.id);
    QTest::mouseClick(card->editButton(), Qt::LeftButton);
    CustomerEditorDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<CustomerEditorDialog*>()) && dialog->isVisible());
    activate(dialog);
    QPointer<CustomerEditorDialog> alive(dialog);
    // The organisation it acts on, named in the title.
    QCOMPARE(dialog->windowTitle(),
             u"Edit customer — %1"_s.arg(workspace->session()->description()));
    QCOMPARE(dialog->emailEdit()->text(), existing.email);
    QVERIFY(!dialog->hasUnsavedChanges());

    // A bad address is still refused at its field, without a request.
    h->sandbox->resetStats();
    dialog->emailEdit()->selectAll();
    QTest::keyClicks(dialog->emailEdit(), u"not-an-address"_s);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QCOMPARE(h->sandbox->stats().requests, 0);
    QVERIFY(alive);

    const QString email = u"edited.%1@example.nl"_s.arg(existing.id);
    dialog->emailEdit()->selectAll();
    QTest::keyClicks(dialog->emailEdit(), email);
    const int count = h->sandbox->rowCount(u"customers"_s, activeOrganisation());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(alive.isNull(), 15'000);

    // Changed on the server, nothing created, and the table shows it.
    QCOMPARE(h->sandbox->stats().creations, 0);
    QCOMPARE(h->sandbox->rowCount(u"customers"_s, activeOrganisation()), count);
    auto server =
        collect(workspace->activeConnector()->customers(workspace->active().organisationId, {}));
    bool found = false;
    for (const Customer& c : std::as_const(server.rows))
        found = found || (c.id == existing.id && c.email == email && c.name == existing.name);
    QVERIFY2(found, "the server has the new address");
    QCOMPARE(model->record(model->rowOf(existing.id)).email, email);
    // The card, still open, shows the new address, as a link that writes to it.
    QTRY_VERIFY2(card->contactLabel()->text().contains(u"mailto:"_s + email),
                 qPrintable(card->contactLabel()->text()));
    card->close();
}

void TestEditors::productEditorEditsTheStock()
{
    QVERIFY(workspace->activeConnector()->can(Capability::UpdateProduct));
    window->showTab(MainWindow::Tab::Products);
    waitLoaded();
    activate(window.get());
    ResourcePage* products = page(MainWindow::Tab::Products);
    auto* model = static_cast<ProductTableModel*>(products->model());
    QTableView* table = products->table();

    // Enter on a row opens it for editing.
    const QModelIndex index = table->model()->index(2, 0);
    const int sourceRow = products->proxy()->mapToSource(index).row();
    const Product existing = model->record(sourceRow);
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    table->setCurrentIndex(index);
    QTest::keyClick(table, Qt::Key_Return);
    ProductEditorDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ProductEditorDialog*>()) && dialog->isVisible());
    activate(dialog);
    QPointer<ProductEditorDialog> alive(dialog);
    // The organisation it acts on, named in the title.
    QCOMPARE(dialog->windowTitle(),
             u"Edit product — %1"_s.arg(workspace->session()->description()));
    QCOMPARE(dialog->nameEdit()->text(), existing.name);
    QCOMPARE(dialog->eanEdit()->text(), existing.eanUpc);
    QCOMPARE(dialog->stockEdit()->text(),
             existing.stockOnHand ? QString::number(*existing.stockOnHand) : QString());
    QVERIFY(!dialog->hasUnsavedChanges());

    const qint64 stock = existing.stockOnHand.value_or(0) + 13;
    dialog->stockEdit()->selectAll();
    QTest::keyClicks(dialog->stockEdit(), QString::number(stock));
    QVERIFY(dialog->hasUnsavedChanges());
    h->sandbox->resetStats();
    const int count = h->sandbox->rowCount(u"products"_s, activeOrganisation());
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(alive.isNull(), 15'000);

    // Changed on the server, nothing created; the table shows it.
    QCOMPARE(h->sandbox->stats().creations, 0);
    QCOMPARE(h->sandbox->rowCount(u"products"_s, activeOrganisation()), count);
    auto server =
        collect(workspace->activeConnector()->products(workspace->active().organisationId));
    bool found = false;
    for (const Product& p : std::as_const(server.rows)) {
        if (p.id == existing.id) {
            QCOMPARE(p.stockOnHand, std::optional<qint64>(stock));
            QCOMPARE(p.name, existing.name);
            QCOMPARE(p.eanUpc, existing.eanUpc);
            found = true;
        }
    }
    QVERIFY2(found, "the product is still on the server");
    QCOMPARE(model->rowCount(), count);
    bool shown = false;
    for (const Product& p : model->records())
        shown = shown || (p.id == existing.id && p.stockOnHand == std::optional<qint64>(stock));
    QVERIFY2(shown, "the table shows the new stock");
}

void TestEditors::loginDialogSignsIn()
{
    // A window of its own (not the demo's, which never asks) on settings of its own.
    QSettings loginSettings(dir->filePath(u"login.ini"_s), QSettings::IniFormat);
    Workspace loginWorkspace(&loginSettings, keychain.get(), &h->nam, &h->budgets);
    MainWindow loginWindow(&loginWorkspace, &loginSettings, translations.get());
    loginWindow.show();
    activate(&loginWindow);

    ConnectionSettings s = h->settings(Flavour::Balie, AuthScheme::Login);
    s.id = u"test-login-%1"_s.arg(QCoreApplication::applicationPid());
    s.name = u"Balie (login)"_s;
    std::optional<bool> saved;
    loginWorkspace.saveConnection(s, {}, [&saved](bool ok, const QString&) { saved = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 15'000);
    QVERIFY(*saved);
    QTRY_COMPARE_WITH_TIMEOUT(loginWorkspace.state(s.id), Workspace::ConnectionState::NeedsLogin,
                              15'000);

    // The window asks for the password.
    LoginDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = loginWindow.findChild<LoginDialog*>()) && dialog->isVisible(), 15'000);
    activate(dialog);
    QPointer<LoginDialog> alive(dialog);
    QCOMPARE(dialog->windowTitle(), u"Sign in to Balie (login)"_s);
    QCOMPARE(dialog->passwordEdit()->echoMode(), QLineEdit::Password);

    // Nothing typed: asked for, nothing sent.
    h->sandbox->resetStats();
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QCOMPARE(dialog->errorText(), u"Enter your password."_s);
    QCOMPARE(h->sandbox->stats().requests, 0);

    // Wrong: the error under the password, the dialog open, still not signed in.
    QTest::keyClicks(dialog->passwordEdit(), u"not-the-password"_s);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->signInButton()->isEnabled(), 15'000);
    QVERIFY(!dialog->errorText().isEmpty());
    QVERIFY2(dialog->errorText() != u"Enter your password."_s, qPrintable(dialog->errorText()));
    QCOMPARE(dialog->passwordEdit()->accessibleDescription(), dialog->errorText());
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->passwordEdit()->text(), u"not-the-password"_s);
    QTRY_VERIFY(dialog->passwordEdit()->hasFocus());
    QCOMPARE(dialog->passwordEdit()->selectedText(), u"not-the-password"_s);
    QVERIFY(h->sandbox->stats().requests >= 1);
    QVERIFY(loginWorkspace.state(s.id) != Workspace::ConnectionState::Ready);

    // Right: the dialog closes, the connection is ready, its organisations are in the switcher.
    QTest::keyClicks(dialog->passwordEdit(), Sandbox::demoCredentials().password);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(alive.isNull() || !alive->isVisible(), 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(loginWorkspace.state(s.id), Workspace::ConnectionState::Ready,
                              15'000);
    QTRY_VERIFY_WITH_TIMEOUT(loginWorkspace.active().isValid(), 15'000);
    balie::ui::OrganisationSwitcher* switcher = loginWindow.switcher();
    QTRY_COMPARE_WITH_TIMEOUT(switcher->count(), 1 + h->sandbox->organisationIds().size(), 15'000);
    for (qint64 org : h->sandbox->organisationIds())
        QVERIFY(switcher->rowOf({s.id, QString::number(org)}) > 0);
    QCOMPARE(switcher->currentIndex(), switcher->rowOf(loginWorkspace.active()));
    QVERIFY(!loginWindow.findChild<LoginDialog*>() || !alive || !alive->isVisible());

    std::optional<bool> removed;
    loginWorkspace.removeConnection(s.id, [&removed](bool ok, const QString&) { removed = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 15'000);
    QVERIFY(*removed);
    activate(window.get());
}

void TestEditors::windowAndTableStateAreRestored()
{
    window->showTab(MainWindow::Tab::Customers);
    waitLoaded();
    activate(window.get());
    window->resize(1010, 650);
    QTRY_COMPARE(window->size(), QSize(1010, 650));

    // Hide the phone column, put the e-mail column first, sort by name with a header click.
    ResourcePage* customers = page(MainWindow::Tab::Customers);
    QHeaderView* header = customers->table()->horizontalHeader();
    const int email = customers->model()->columnForKey(u"email"_s);
    const int phone = customers->model()->columnForKey(u"phone"_s);
    const int name = customers->model()->columnForKey(u"name"_s);
    QVERIFY(email >= 0 && phone >= 0 && name >= 0);
    header->setSectionHidden(phone, true);
    header->moveSection(header->visualIndex(email), 0);
    const QPoint onName(header->sectionViewportPosition(name) + header->sectionSize(name) / 2,
                        header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, onName);
    QCOMPARE(header->sortIndicatorSection(), name);
    if (header->sortIndicatorOrder() != Qt::DescendingOrder)
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, onName);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(customers->proxy()->sortColumn(), name);
    const QList<int> visible = customers->visibleColumns();
    const QList<int> all = customers->allColumnsInViewOrder();
    QVERIFY(!visible.contains(phone));
    QCOMPARE(visible.first(), email);

    // Quit (which closes the window), then a new window on the same settings.
    window->action(u"quitAction"_s)->trigger();
    QVERIFY(!window->isVisible());
    window.reset();
    QCoreApplication::processEvents();
    QVERIFY(showWindow(true));
    waitLoaded();

    QCOMPARE(window->size(), QSize(1010, 650));
    QCOMPARE(window->tabs()->currentIndex(), int(MainWindow::Tab::Customers));
    customers = page(MainWindow::Tab::Customers);
    header = customers->table()->horizontalHeader();
    QCOMPARE(customers->visibleColumns(), visible);
    QCOMPARE(customers->allColumnsInViewOrder(), all);
    QVERIFY(header->isSectionHidden(phone));
    QCOMPARE(header->sortIndicatorSection(), name);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(customers->proxy()->sortColumn(), name);
    QCOMPARE(customers->proxy()->sortOrder(), Qt::DescendingOrder);
    // And the rows really are in that order.
    QAbstractItemModel* shown = customers->table()->model();
    QVERIFY(shown->rowCount() > 2);
    for (int row = 1; row < shown->rowCount(); ++row) {
        const QString previous =
            shown->index(row - 1, name).data(RecordTableModel::SortRole).toString();
        const QString current = shown->index(row, name).data(RecordTableModel::SortRole).toString();
        QVERIFY2(QString::localeAwareCompare(previous, current) >= 0,
                 qPrintable(u"%1 before %2"_s.arg(previous, current)));
    }
}

void TestEditors::newLoginConnectionAsksForThePasswordOnce()
{
    // The password typed to test a new connection signs it in when it is saved: no second
    // dialog asks for it, and only the session (a refresh token) is kept, never the password.
    QSettings ownSettings(dir->filePath(u"once.ini"_s), QSettings::IniFormat);
    Workspace ownWorkspace(&ownSettings, keychain.get(), &h->nam, &h->budgets);
    MainWindow ownWindow(&ownWorkspace, &ownSettings, translations.get());
    ownWindow.show();
    activate(&ownWindow);
    ownWindow.newConnection();
    balie::ui::ConnectionDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = ownWindow.findChild<balie::ui::ConnectionDialog*>()) &&
                dialog->isVisible());
    activate(dialog);
    dialog->flavourBox()->setCurrentIndex(dialog->flavourBox()->findData(int(Flavour::Balie)));
    dialog->authBox()->setCurrentIndex(dialog->authBox()->findData(int(AuthScheme::Login)));
    const ConnectionSettings platform = h->settings(Flavour::Balie, AuthScheme::Login);
    const QString password = Sandbox::demoCredentials().password;
    QTest::keyClicks(dialog->nameEdit(), u"Eigen platform"_s);
    QTest::keyClicks(dialog->urlEdit(), platform.baseUrl.toString());
    QTest::keyClicks(dialog->usernameEdit(), platform.username);
    QTest::keyClicks(dialog->emailEdit(), platform.email);
    QTest::keyClicks(dialog->passwordEdit(), password);
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isTesting(), 15'000);
    QVERIFY(dialog->fieldError(u"password"_s).isEmpty());

    bool asked = false;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this,
            [&] { asked = asked || ownWindow.findChild<LoginDialog*>() != nullptr; });
    watch.start(5);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!ownWindow.findChild<balie::ui::ConnectionDialog*>(), 15'000);
    QCOMPARE(ownWorkspace.connections().size(), 1);
    const QString id = ownWorkspace.connections().first().id;
    QTRY_COMPARE_WITH_TIMEOUT(ownWorkspace.state(id), Workspace::ConnectionState::Ready, 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(ownWorkspace.active().isValid(), 15'000);
    QTest::qWait(200);
    watch.stop();
    QVERIFY2(!asked, "the password was asked for again");

    // Kept: a refresh token in the keychain; the password nowhere.
    std::optional<CredentialStore::Result> token;
    keychain->read(id, SecretEntry::refreshToken,
                   [&token](const CredentialStore::Result& r) { token = r; });
    QTRY_VERIFY(token.has_value());
    QVERIFY(token->ok() && !token->data.isEmpty());
    QVERIFY(!token->data.contains(password.toUtf8()));
    ownSettings.sync();
    QFile file(ownSettings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(password.toUtf8()));
    std::optional<bool> removed;
    ownWorkspace.removeConnection(id, [&removed](bool ok, const QString&) { removed = ok; });
    QTRY_VERIFY(removed.has_value() && *removed);
}

QTEST_MAIN(TestEditors)
#include "TestEditors.moc"
