// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

// Test support: an in-process sandbox over loopback, a real QNetworkAccessManager, and
// connectors for each flavour with the sandbox's demo credentials. No mocks.

#include "connectors/Connector.h"
#include "net/BudgetBook.h"
#include "sandbox/Sandbox.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace balie::test {

using namespace balie::api;
using balie::sandbox::Sandbox;
using balie::sandbox::SandboxOptions;

inline QString prefixOf(Flavour flavour)
{
    switch (flavour) {
    case Flavour::Balie:
    case Flavour::Oas:
        return {};
    case Flavour::Otesse:
        return QStringLiteral("/otesse/v1");
    case Flavour::Booking:
        return QStringLiteral("/booking/v1");
    case Flavour::Telesto:
        return QStringLiteral("/telesto/v2");
    case Flavour::Outseta:
        return QStringLiteral("/outseta/api/v1");
    }
    return {};
}

class SandboxHarness
{
public:
    explicit SandboxHarness(SandboxOptions options = {})
        : sandbox(std::make_unique<Sandbox>(options))
        , budgets(budgetDir.path())
    {
        started = sandbox->start();
    }

    ConnectionSettings settings(Flavour flavour, std::optional<AuthScheme> auth = {}) const
    {
        ConnectionSettings s;
        s.id = QStringLiteral("test-") + Flavours::info(flavour).id;
        s.name = Flavours::info(flavour).displayName;
        s.flavour = flavour;
        s.auth = auth.value_or(Flavours::info(flavour).authSchemes.first());
        QUrl url = sandbox->baseUrl();
        url.setPath(prefixOf(flavour));
        s.baseUrl = url;
        const auto demo = Sandbox::demoCredentials();
        s.username = demo.username;
        s.email = demo.email;
        return s;
    }

    static Credentials goodCredentials(Flavour flavour)
    {
        const auto demo = Sandbox::demoCredentials();
        Credentials c;
        switch (flavour) {
        case Flavour::Balie:
        case Flavour::Oas:
            c.apiKey = demo.apiKey.toUtf8();
            break;
        case Flavour::Otesse:
            c.apiKey = demo.otesseKey.toUtf8();
            break;
        case Flavour::Booking:
            c.apiKey = demo.bookingKey.toUtf8();
            break;
        case Flavour::Telesto:
            c.apiKey = demo.telestoKey.toUtf8();
            break;
        case Flavour::Outseta:
            c.apiKey = demo.outsetaKey.toUtf8();
            c.secret = demo.outsetaSecret.toUtf8();
            break;
        }
        return c;
    }

    // A connector with the demo credentials (API key schemes) or not yet logged in (Login).
    std::unique_ptr<Connector> connector(Flavour flavour, std::optional<AuthScheme> auth = {},
                                         std::optional<Credentials> credentials = {})
    {
        auto c = Connector::create(settings(flavour, auth), &nam, &budgets);
        c->setCredentials(credentials.value_or(goodCredentials(flavour)));
        return c;
    }

    std::unique_ptr<Connector> connector(const ConnectionSettings& s,
                                         const Credentials& credentials)
    {
        auto c = Connector::create(s, &nam, &budgets);
        c->setCredentials(credentials);
        return c;
    }

    QString firstOrganisation() const
    {
        return QString::number(sandbox->organisationIds().value(0));
    }

    // Stops the sandbox for as long as it lives, and starts a new one on the same port at
    // back() or, should the test end early, when it goes: a failed check never leaves the
    // tests after it without a server.
    // The server goes down and comes back with the data it had, as a real one does.
    class Outage
    {
    public:
        explicit Outage(SandboxHarness& harness)
            : m_harness(harness)
            , m_port(harness.sandbox->port())
        {
            m_harness.sandbox->stop();
        }
        ~Outage()
        {
            if (!m_back)
                back();
        }
        Outage(const Outage&) = delete;
        Outage& operator=(const Outage&) = delete;

        // The server is back; false (with the sandbox's reason) when the port was taken.
        bool back()
        {
            m_back = true;
            return m_harness.sandbox->start(m_port);
        }

    private:
        SandboxHarness& m_harness;
        quint16 m_port;
        bool m_back = false;
    };

    std::unique_ptr<Sandbox> sandbox;
    QNetworkAccessManager nam;
    QTemporaryDir budgetDir;
    BudgetBook budgets;
    bool started = false;
};

// Keeps a job alive after it finishes, for jobs awaited after other jobs (an auto-deleting job
// could be gone by then).
template <class Job>
Job* held(Job* job)
{
    job->setAutoDelete(false);
    job->setParent(nullptr); // the test owns it now, not the connector's client
    return job;
}

// Waits for a job to finish and keeps it alive for inspection.
template <class Job>
std::unique_ptr<Job> await(Job* job, int timeoutMs = 15'000)
{
    held(job);
    std::unique_ptr<Job> owned(job);
    if (!job->isFinished()) {
        QSignalSpy spy(job, &Job::finished);
        if (!spy.wait(timeoutMs))
            qWarning("job did not finish within %d ms", timeoutMs);
    }
    return owned;
}

// Collects every row of a list job until it finishes.
template <class T>
struct Collected
{
    std::unique_ptr<ResourceListJob<T>> job;
    QList<T> rows;
    int batches = 0;
};

template <class T>
Collected<T> collect(ResourceListJob<T>* job, int timeoutMs = 30'000)
{
    Collected<T> result;
    QObject::connect(job, &ListJob::rowsAvailable, job, [&result, job] {
        result.rows += job->takeRows();
        ++result.batches;
    });
    result.job = await(job, timeoutMs);
    QObject::disconnect(job, &ListJob::rowsAvailable, job, nullptr);
    return result;
}

} // namespace balie::test
