// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiJob.h"
#include "ApiRequest.h"
#include "ListJob.h"
#include "auth/Authenticator.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace balie::api {

// The network client of one connection: a base URL, an injected QNetworkAccessManager and the
// connection's authenticator. It makes jobs and keeps track of them so that everything done
// for an organisation can be cancelled at once when the user switches away.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    HttpClient(QNetworkAccessManager* nam, QUrl baseUrl, QObject* parent = nullptr);
    ~HttpClient() override;

    QNetworkAccessManager* networkManager() const { return m_nam; }
    QUrl baseUrl() const { return m_baseUrl; }
    QByteArray userAgent() const { return m_userAgent; }

    // Not owned; must outlive the client's jobs (the connection owns both).
    void setAuthenticator(Authenticator* authenticator) { m_authenticator = authenticator; }
    Authenticator* authenticator() const { return m_authenticator; }

    ApiJob* send(const ApiRequest& request);

    template <class T>
    ValueJob<T>* send(const ApiRequest& request, typename ValueJob<T>::Parser parser)
    {
        auto* job = new ValueJob<T>(this, request, std::move(parser));
        enqueue(job);
        return job;
    }

    template <class T>
    ResourceListJob<T>* list(const ApiRequest& first, std::unique_ptr<Paginator> paginator,
                             typename ResourceListJob<T>::Parser parser)
    {
        auto* job = new ResourceListJob<T>(this, first, std::move(paginator), std::move(parser));
        startList(job);
        return job;
    }

    // A job that ends at once with `error` (for what a flavour does not offer), so that
    // callers handle it like any other failure.
    template <class T>
    ValueJob<T>* failed(const ApiError& error)
    {
        auto* job = new ValueJob<T>(this, ApiRequest(), nullptr);
        job->failOnStart(error);
        enqueue(job);
        return job;
    }
    ApiJob* failed(const ApiError& error);
    template <class T>
    ResourceListJob<T>* failedList(const ApiError& error)
    {
        auto* job = new ResourceListJob<T>(this, ApiRequest(), Paginator::plainArray(), nullptr);
        job->failOnStart(error);
        startList(job);
        return job;
    }

    QUrl urlFor(const ApiRequest& request) const;
    bool isSameOrigin(const QUrl& url) const;

    // Cancels every job in flight, or those working for one organisation.
    void cancelAll();
    void cancelOrganisation(const QString& organisationId);
    int jobsInFlight() const;

    // How many pages of a list go out at once, at most `wanted`: after the server said 429 the
    // connection's lists send fewer, and win one back per quiet half minute.
    int listParallelism(int wanted) const;
    void noteRateLimited(int pagesInUse);

    // https, or plain http only to this computer (loopback).
    static bool isTransportAllowed(const QUrl& url);
    static bool isLoopbackHost(const QString& host);
    // A URL safe to log: no user info, no query, no feed token.
    static QString redacted(const QUrl& url);

private:
    void enqueue(ApiJob* job);
    void startList(ListJob* job);

    QNetworkAccessManager* m_nam;
    QUrl m_baseUrl;
    QPointer<Authenticator> m_authenticator;
    QList<QPointer<ApiJob>> m_jobs;
    QList<QPointer<ListJob>> m_lists;
    QByteArray m_userAgent;
    int m_parallelAfter429 = 0; // 0: no 429 seen
    QElapsedTimer m_since429;
};

} // namespace balie::api
