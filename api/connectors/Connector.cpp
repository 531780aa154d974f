// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "Connector.h"

#include "BalieConnector.h"
#include "BookingApiConnector.h"
#include "OtesseConnector.h"
#include "OutsetaConnector.h"
#include "TelestoConnector.h"
#include "auth/Authenticator.h"
#include "auth/TokenAuthenticator.h"
#include "net/RateBudget.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace balie::api {

std::unique_ptr<Connector> Connector::create(const ConnectionSettings& settings,
                                             QNetworkAccessManager* nam, BudgetBook* budgets,
                                             QObject* parent)
{
    switch (settings.flavour) {
    case Flavour::Balie:
    case Flavour::Oas:
        return std::make_unique<BalieConnector>(settings, nam, budgets, parent);
    case Flavour::Otesse:
        return std::make_unique<OtesseConnector>(settings, nam, budgets, parent);
    case Flavour::Booking:
        return std::make_unique<BookingApiConnector>(settings, nam, budgets, parent);
    case Flavour::Telesto:
        return std::make_unique<TelestoConnector>(settings, nam, budgets, parent);
    case Flavour::Outseta:
        return std::make_unique<OutsetaConnector>(settings, nam, budgets, parent);
    }
    return nullptr;
}

Connector::Connector(const ConnectionSettings& settings, QNetworkAccessManager* nam,
                     BudgetBook* book, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_client(new HttpClient(nam, settings.baseUrl, this))
    , m_book(book)
{}

Connector::~Connector()
{
    // Jobs refer to the authenticator: end them before it goes.
    m_client->cancelAll();
}

void Connector::setAuthenticator(std::unique_ptr<Authenticator> authenticator)
{
    // Jobs may wait on the old authenticator's refresh: new credentials end them, rather than
    // leaving them waiting for a signal that can no longer come.
    if (m_authenticator)
        m_client->cancelAll();
    m_client->setAuthenticator(authenticator.get());
    if (authenticator)
        connect(authenticator.get(), &Authenticator::loginRequired, this,
                &Connector::loginRequired);
    m_authenticator = std::move(authenticator);
}

RateBudget* Connector::sharedBudget(const QString& kind, bool perKey, qint64 slackMs,
                                    qint64 maxQueueMs)
{
    const RateLimit rule = info().rateLimit;
    if (!m_book || !rule.exists())
        return nullptr;
    const QUrl& url = m_settings.baseUrl;
    QString key = kind + u'-' + url.host() + u'-' +
                  QString::number(url.port(url.scheme() == u"http" ? 80 : 443));
    if (perKey)
        key += u'-' + QString::fromLatin1(m_keyFingerprint);
    const int limit = m_settings.requestBudget > 0 ? m_settings.requestBudget : rule.documented;
    RateBudget* budget =
        m_book->budget(key, limit, Flavours::windowMs(rule.window) + slackMs, maxQueueMs);
    budget->setServerName(info().displayName);
    if (!m_budgets.contains(budget))
        m_budgets.append(budget);
    return budget;
}

void Connector::setCredentials(const Credentials& credentials)
{
    // Budgets follow the key, not the connection: two connections with one key share one.
    const QByteArray secret =
        credentials.apiKey.isEmpty() ? credentials.refreshToken : credentials.apiKey;
    m_keyFingerprint =
        QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex().left(16);
    m_budgets.clear();
    bindBudgets(credentials);

    switch (m_settings.auth) {
    case AuthScheme::ApiKeyHeader:
        setAuthenticator(
            std::make_unique<StaticHeaderAuthenticator>("X-Api-Key", credentials.apiKey));
        break;
    case AuthScheme::BearerKey:
        setAuthenticator(std::make_unique<StaticHeaderAuthenticator>(
            "Authorization", "Bearer " + credentials.apiKey));
        break;
    case AuthScheme::RawKey:
        setAuthenticator(
            std::make_unique<StaticHeaderAuthenticator>("Authorization", credentials.apiKey));
        break;
    case AuthScheme::KeyAndSecret:
        setAuthenticator(std::make_unique<StaticHeaderAuthenticator>(
            "Authorization", "Outseta " + credentials.apiKey + ':' + credentials.secret));
        break;
    case AuthScheme::Login: {
        auto tokens = std::make_unique<TokenAuthenticator>(m_client, u"/api/auth/login/"_s,
                                                           m_settings.refreshPath);
        connect(tokens.get(), &TokenAuthenticator::tokensChanged, this,
                &Connector::refreshTokenChanged);
        connect(tokens.get(), &TokenAuthenticator::refreshPathFound, this,
                [this](const QString& path) {
                    m_settings.refreshPath = path;
                    Q_EMIT refreshPathFound(path);
                });
        if (!credentials.refreshToken.isEmpty())
            tokens->setTokens(credentials.accessToken, credentials.refreshToken);
        setAuthenticator(std::move(tokens));
        break;
    }
    }
}

ApiJob* Connector::login(const QString& password)
{
    auto* tokens = qobject_cast<TokenAuthenticator*>(m_authenticator.get());
    if (!tokens) {
        setCredentials({});
        tokens = qobject_cast<TokenAuthenticator*>(m_authenticator.get());
    }
    if (!tokens)
        return m_client->failed(unsupported());
    return tokens->login(m_settings.username, m_settings.email, password);
}

QByteArray Connector::refreshToken() const
{
    auto* tokens = qobject_cast<TokenAuthenticator*>(m_authenticator.get());
    return tokens ? tokens->refreshToken() : QByteArray();
}

QByteArray Connector::accessToken() const
{
    auto* tokens = qobject_cast<TokenAuthenticator*>(m_authenticator.get());
    return tokens ? tokens->accessToken() : QByteArray();
}

void Connector::logout()
{
    cancelAll();
    if (auto* tokens = qobject_cast<TokenAuthenticator*>(m_authenticator.get()))
        tokens->logout();
}

ApiError Connector::unsupported() const
{
    return ApiError(ApiError::Kind::Unsupported, info().displayName);
}

OrganisationListJob* Connector::implicitOrganisation()
{
    auto* job = m_client->list<Organisation>(ApiRequest(), Paginator::plainArray(),
                                             [this](const JsonValue&, QString*) {
                                                 Organisation organisation;
                                                 organisation.id = implicitOrganisationId();
                                                 organisation.name = m_settings.name;
                                                 organisation.isActive = true;
                                                 organisation.isImplicit = true;
                                                 return std::optional<Organisation>(organisation);
                                             });
    job->serveWithoutRequest("[{}]");
    return job;
}

ApiJob* Connector::testConnection()
{
    return m_client->failed(unsupported());
}

OrganisationListJob* Connector::organisations()
{
    return implicitOrganisation();
}

ValueJob<Organisation>* Connector::createOrganisation(const OrganisationDraft&, const QByteArray&)
{
    return m_client->failed<Organisation>(unsupported());
}

ApiJob* Connector::activateOrganisation(const QString&)
{
    return m_client->failed(unsupported());
}

CustomerListJob* Connector::customers(const QString&, const CustomerQuery&)
{
    return m_client->failedList<Customer>(unsupported());
}

ValueJob<Customer>* Connector::createCustomer(const QString&, const CustomerDraft&,
                                              const QByteArray&)
{
    return m_client->failed<Customer>(unsupported());
}

ValueJob<Customer>* Connector::updateCustomer(const QString&, const QString&, const CustomerDraft&)
{
    return m_client->failed<Customer>(unsupported());
}

ServiceListJob* Connector::services(const QString&)
{
    return m_client->failedList<Service>(unsupported());
}

BookingListJob* Connector::bookings(const QString&, const BookingQuery&)
{
    return m_client->failedList<Booking>(unsupported());
}

ValueJob<Booking>* Connector::createBooking(const QString&, const BookingDraft&, const QByteArray&)
{
    return m_client->failed<Booking>(unsupported());
}

ValueJob<Booking>* Connector::bookingAction(const QString&, const QString&, BookingAction,
                                            const QDateTime&, int)
{
    return m_client->failed<Booking>(unsupported());
}

ProductListJob* Connector::products(const QString&)
{
    return m_client->failedList<Product>(unsupported());
}

AccountListJob* Connector::accounts(const QString&)
{
    return m_client->failedList<Account>(unsupported());
}

ValueJob<Product>* Connector::createProduct(const QString&, const ProductDraft&, const QByteArray&)
{
    return m_client->failed<Product>(unsupported());
}

ValueJob<Product>* Connector::updateProduct(const QString&, const QString&, const ProductDraft&)
{
    return m_client->failed<Product>(unsupported());
}

void Connector::cancelOrganisation(const QString& organisationId)
{
    m_client->cancelOrganisation(organisationId);
}

void Connector::cancelAll()
{
    m_client->cancelAll();
}

} // namespace balie::api
