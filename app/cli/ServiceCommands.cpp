// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "ServiceCommands.h"

#include "CliSession.h"
#include "ListCollector.h"
#include "RecordTables.h"

using namespace Qt::StringLiterals;

namespace balie::cli {

ServiceCommands::ServiceCommands(CliSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{}

void ServiceCommands::printServices(const QString& organisationId, const QString& heading,
                                    const std::function<void()>& then)
{
    const auto print = [this, heading, then](const QList<api::Service>& rows) {
        m_session->out().printList(RecordTables::services(rows), heading);
        then();
    };
    const int limit = m_session->options().limit;
    if (m_session->isCached())
        ListCollector<api::Service>::collect(m_session, m_session->kept()->services(organisationId),
                                             limit, print);
    else
        ListCollector<api::Service>::collect(
            m_session, m_session->connector()->services(organisationId), limit, print);
}

void ServiceCommands::list(const Invocation&)
{
    m_session->openConnection([this] {
        if (!m_session->require(api::Capability::Services, tr("services")))
            return;
        const QString organisation = m_session->organisationId();
        if (organisation.isEmpty())
            return;
        printServices(organisation, {}, [this] { m_session->finish(); });
    });
}

void ServiceCommands::find(const QString& organisationId, const QString& serviceId,
                           const std::function<void(const api::Service&)>& then,
                           const std::function<void()>& ifMissing)
{
    ListCollector<api::Service>::collect(
        m_session, m_session->connector()->services(organisationId), 1,
        [this, serviceId, then, ifMissing](const QList<api::Service>& rows) {
            if (!rows.isEmpty()) {
                then(rows.first());
            } else if (ifMissing) {
                ifMissing();
            } else {
                m_session->fail(ExitCode::NotFound,
                                tr("There is no service with the id \"%1\". See them with: "
                                   "balie-cli services list")
                                    .arg(serviceId));
            }
        },
        [serviceId](const api::Service& s) { return s.isReferencedBy(serviceId); });
}

} // namespace balie::cli
