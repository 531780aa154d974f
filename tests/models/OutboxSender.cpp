// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

// A console without a window, for the test that kills one in the middle of a send: it opens the
// connection saved in the given settings (its key on standard input, never as an argument),
// books the draft through the outbox like the console does, says "submitted" and keeps running
// until it is killed.
//
//   outbox-sender <settings.ini> <store folder> <budget folder> <connection id> <draft json>
//
// The draft: {"service", "customer" | "customerName" + "customerEmail", "at" (ISO 8601),
// "key" (the Idempotency-Key)}.

#include "OrganisationSession.h"
#include "Workspace.h"
#include "auth/CredentialStore.h"
#include "net/BudgetBook.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace balie;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fputs("usage: outbox-sender <settings.ini> <store folder> <budget folder> "
                   "<connection id> <draft json>\n",
                   stderr);
        return 2;
    }
    const QJsonObject json = QJsonDocument::fromJson(args.at(5).toUtf8()).object();
    api::BookingDraft draft;
    draft.serviceId = json.value(u"service"_s).toString();
    draft.customerId = json.value(u"customer"_s).toString();
    draft.customerName = json.value(u"customerName"_s).toString();
    draft.customerEmail = json.value(u"customerEmail"_s).toString();
    draft.scheduledAt = QDateTime::fromString(json.value(u"at"_s).toString(), Qt::ISODate);
    const QByteArray key = json.value(u"key"_s).toString().toLatin1();
    if (draft.serviceId.isEmpty() || !draft.scheduledAt.isValid() || key.isEmpty()) {
        std::fputs("outbox-sender: the draft needs a service, a time and a key\n", stderr);
        return 2;
    }

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 2;
    api::Credentials credentials;
    credentials.apiKey = in.readLine().trimmed();

    QSettings settings(args.at(1), QSettings::IniFormat);
    api::CredentialStore keychain(u"balie-outbox-sender"_s);
    QNetworkAccessManager nam;
    api::BudgetBook budgets(args.at(3));
    models::Workspace workspace(&settings, &keychain, &nam, &budgets, args.at(2));
    workspace.useInMemoryCredentials(args.at(4), credentials);

    bool submitted = false;
    const auto submit = [&] {
        if (submitted || !workspace.session())
            return;
        submitted = true;
        workspace.session()->createBooking(draft, key);
        std::puts("submitted");
        std::fflush(stdout);
    };
    // The session comes once the organisations are listed (or read from the store).
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, submit);
    poll.start(20);
    // Should the test never kill it.
    QTimer::singleShot(60'000, &app, [] { QCoreApplication::exit(3); });
    return app.exec();
}
