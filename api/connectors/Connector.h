// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "config/ConnectionSettings.h"
#include "domain/Booking.h"
#include "domain/Customer.h"
#include "domain/Organisation.h"
#include "domain/Product.h"
#include "domain/Service.h"
#include "net/BudgetBook.h"
#include "net/HttpClient.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QNetworkAccessManager;

namespace balie::api {

class Authenticator;
class RateBudget;

using OrganisationListJob = ResourceListJob<Organisation>;
using CustomerListJob = ResourceListJob<Customer>;
using ServiceListJob = ResourceListJob<Service>;
using BookingListJob = ResourceListJob<Booking>;
using ProductListJob = ResourceListJob<Product>;
using AccountListJob = ResourceListJob<Account>;

// One connection to one server, in that server's flavour: it knows the routes, the auth scheme,
// the pagination, the field names and the limits, and offers the same operations whatever the
// flavour. An operation the flavour does not offer ends with an Unsupported error;
// capabilities() says beforehand what works.
class Connector : public QObject
{
    Q_OBJECT

public:
    static std::unique_ptr<Connector> create(const ConnectionSettings& settings,
                                             QNetworkAccessManager* nam, BudgetBook* budgets,
                                             QObject* parent = nullptr);
    ~Connector() override;

    const ConnectionSettings& settings() const { return m_settings; }
    FlavourInfo info() const { return Flavours::info(m_settings.flavour); }
    Capabilities capabilities() const { return info().capabilities; }
    bool can(Capability capability) const { return capabilities().testFlag(capability); }
    HttpClient* client() const { return m_client; }
    Authenticator* authenticator() const { return m_authenticator.get(); }
    // The budgets this connection spends, for a status bar.
    QList<RateBudget*> budgets() const { return m_budgets; }

    // Puts the secrets to use (from the keychain, or just typed).
    virtual void setCredentials(const Credentials& credentials);
    bool usesLogin() const { return m_settings.auth == AuthScheme::Login; }
    // Whether the server documents that a repeated Idempotency-Key gets the first result (the
    // platform and Otesse): only then is a create repeated, by Balie or by a script.
    virtual bool honoursIdempotencyKey() const { return false; }
    // Login flavours: signs in; the refresh token then comes from refreshToken().
    virtual ApiJob* login(const QString& password);
    QByteArray refreshToken() const;
    QByteArray accessToken() const;
    void logout();

    // The cheapest authenticated call: helloworld where there is one.
    virtual ApiJob* testConnection();

    virtual OrganisationListJob* organisations();
    virtual ValueJob<Organisation>* createOrganisation(const OrganisationDraft& draft,
                                                       const QByteArray& idempotencyKey);
    virtual ApiJob* activateOrganisation(const QString& organisationId);

    virtual CustomerListJob* customers(const QString& organisationId, const CustomerQuery& query);
    virtual ValueJob<Customer>* createCustomer(const QString& organisationId,
                                               const CustomerDraft& draft,
                                               const QByteArray& idempotencyKey);
    virtual ValueJob<Customer>* updateCustomer(const QString& organisationId,
                                               const QString& customerId,
                                               const CustomerDraft& draft);
    virtual ServiceListJob* services(const QString& organisationId);
    virtual BookingListJob* bookings(const QString& organisationId, const BookingQuery& query);
    virtual ValueJob<Booking>* createBooking(const QString& organisationId,
                                             const BookingDraft& draft,
                                             const QByteArray& idempotencyKey);
    // newTime is used by Reschedule only, and newDurationMinutes (0: the length stays) by a
    // Reschedule where the flavour can change the length (Capability::ChangeDuration).
    virtual ValueJob<Booking>* bookingAction(const QString& organisationId,
                                             const QString& bookingId, BookingAction action,
                                             const QDateTime& newTime = {},
                                             int newDurationMinutes = 0);
    virtual ProductListJob* products(const QString& organisationId);
    virtual AccountListJob* accounts(const QString& organisationId);
    virtual ValueJob<Product>* createProduct(const QString& organisationId,
                                             const ProductDraft& draft,
                                             const QByteArray& idempotencyKey);
    virtual ValueJob<Product>* updateProduct(const QString& organisationId,
                                             const QString& productId, const ProductDraft& draft);

    // Cancels everything in flight for one organisation (on a switch), or everything.
    void cancelOrganisation(const QString& organisationId);
    void cancelAll();

    // The organisation id of flavours that have none of their own.
    static QString implicitOrganisationId() { return QStringLiteral("default"); }

Q_SIGNALS:
    void loginRequired();
    // The refresh token changed (login, refresh or logout): keep it in the keychain.
    void refreshTokenChanged();
    // The session renews at another route than the settings say: keep it in the settings.
    void refreshPathFound(const QString& path);

protected:
    Connector(const ConnectionSettings& settings, QNetworkAccessManager* nam, BudgetBook* book,
              QObject* parent);
    ApiError unsupported() const;
    // The single organisation of flavours without organisations, named after the connection.
    OrganisationListJob* implicitOrganisation();
    void setAuthenticator(std::unique_ptr<Authenticator> authenticator);
    void addBudget(RateBudget* budget) { m_budgets.append(budget); }
    // The budget of the flavour's rate limit (FlavourInfo::rateLimit), shared by every
    // connection (and process) that spends it: `kind` names the limit; with `perKey`, each API
    // key has its own (a fingerprint of the key, never the key, names the file). The
    // connection's own requestBudget, when set, replaces the documented number. `slackMs`
    // widens the window against the server's clock.
    RateBudget* sharedBudget(const QString& kind, bool perKey, qint64 slackMs, qint64 maxQueueMs);
    // (Re)binds the budgets that depend on the key; called whenever credentials change.
    virtual void bindBudgets(const Credentials& credentials) { Q_UNUSED(credentials); }
    QByteArray apiKeyFingerprint() const { return m_keyFingerprint; }
    BudgetBook* budgetBook() const { return m_book; }

    ConnectionSettings m_settings;
    HttpClient* m_client;

private:
    std::unique_ptr<Authenticator> m_authenticator;
    QPointer<BudgetBook> m_book;
    QList<RateBudget*> m_budgets;
    QByteArray m_keyFingerprint;
};

} // namespace balie::api
