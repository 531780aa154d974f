// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "CustomerCommands.h"

#include "CliInput.h"
#include "CliSession.h"
#include "ListCollector.h"
#include "RecordTables.h"
#include "domain/Validation.h"

using namespace Qt::StringLiterals;

namespace balie::cli {

CustomerCommands::CustomerCommands(CliSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{}

void CustomerCommands::printCustomers(const QString& organisationId,
                                      const api::CustomerQuery& query, int limit,
                                      const QString& heading, const std::function<void()>& then)
{
    // The search is also applied here, for servers that ignore it.
    const QString search = query.search;
    ListCollector<api::Customer>::Filter keep;
    if (!search.isEmpty()) {
        keep = [search](const api::Customer& c) {
            for (const QString& field : {c.name, c.email, c.phone, c.company}) {
                if (field.contains(search, Qt::CaseInsensitive))
                    return true;
            }
            return false;
        };
    }
    const auto print = [this, heading, then](const QList<api::Customer>& rows) {
        m_session->out().printList(RecordTables::customers(rows), heading);
        then();
    };
    if (!m_session->isCached()) {
        ListCollector<api::Customer>::collect(
            m_session, m_session->connector()->customers(organisationId, query), limit, print,
            keep);
        return;
    }
    // The server's part of the query, here.
    const QDateTime after = query.updatedAfter;
    ListCollector<api::Customer>::collect(m_session, m_session->kept()->customers(organisationId),
                                          limit, print, [keep, after](const api::Customer& c) {
                                              return (!keep || keep(c)) &&
                                                     (!after.isValid() || c.updatedAt > after);
                                          });
}

void CustomerCommands::list(const Invocation& invocation)
{
    api::CustomerQuery query;
    query.search = invocation.value(u"search"_s);
    if (invocation.isSet(u"updated-after"_s)) {
        QString why;
        const std::optional<QDateTime> after = CliInput::dateTime(
            invocation.value(u"updated-after"_s), QTimeZone::systemTimeZone(), &why);
        if (!after) {
            m_session->failUsage(why);
            return;
        }
        query.updatedAfter = *after;
    }
    m_session->openConnection([this, query] {
        if (!m_session->require(api::Capability::Customers, tr("customers")))
            return;
        if (query.updatedAfter.isValid() &&
            !m_session->require(api::Capability::IncrementalSync,
                                tr("a list of the customers changed after a time")))
            return;
        const QString organisation = m_session->organisationId();
        if (organisation.isEmpty())
            return;
        printCustomers(organisation, query, m_session->options().limit, {},
                       [this] { m_session->finish(); });
    });
}

void CustomerCommands::listAccounts(const Invocation&)
{
    m_session->openConnection([this] {
        if (!m_session->require(api::Capability::Accounts, tr("accounts")))
            return;
        const QString organisation = m_session->organisationId();
        if (organisation.isEmpty())
            return;
        const auto print = [this](const QList<api::Account>& rows) {
            m_session->out().printList(RecordTables::accounts(rows), {});
            m_session->finish();
        };
        if (m_session->isCached())
            ListCollector<api::Account>::collect(m_session,
                                                 m_session->kept()->accounts(organisation),
                                                 m_session->options().limit, print);
        else
            ListCollector<api::Account>::collect(m_session,
                                                 m_session->connector()->accounts(organisation),
                                                 m_session->options().limit, print);
    });
}

void CustomerCommands::create(const Invocation& invocation)
{
    api::CustomerDraft draft;
    draft.name = invocation.value(u"name"_s);
    draft.email = invocation.value(u"email"_s);
    draft.phone = invocation.value(u"phone"_s);
    if (draft.name.isEmpty()) {
        m_session->failUsage(tr("Give the customer's name with --name."));
        return;
    }
    if (!api::Validation::isValidEmail(draft.email)) {
        m_session->failUsage(draft.email.isEmpty()
                                 ? tr("Give the customer's e-mail address with --email.")
                                 : tr("\"%1\" is not a valid e-mail address.").arg(draft.email));
        return;
    }
    const std::optional<QByteArray> key = m_session->idempotencyKey(invocation);
    if (!key)
        return;
    m_session->openConnection([this, draft, key = *key] {
        if (!m_session->require(api::Capability::CreateCustomer, tr("adding customers")))
            return;
        const QString organisation = m_session->organisationId();
        if (organisation.isEmpty())
            return;
        auto* job = m_session->connector()->createCustomer(organisation, draft, key);
        connect(job, &api::ApiJob::finished, this, [this, job] {
            if (!job->isOk()) {
                m_session->fail(job->error());
                return;
            }
            const api::Customer created = job->value();
            m_session->out().info(
                tr("Added the customer \"%1\" (%2).").arg(created.name, created.id));
            m_session->out().printRecord(RecordTables::customers({created}));
            m_session->finish();
        });
    });
}

} // namespace balie::cli
