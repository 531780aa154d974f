// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "OrganisationCommands.h"

#include "CliInput.h"
#include "CliSession.h"
#include "ListCollector.h"
#include "RecordTables.h"
#include "config/ConnectionStore.h"

using namespace Qt::StringLiterals;

namespace balie::cli {

OrganisationCommands::OrganisationCommands(CliSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{}

void OrganisationCommands::printOrganisations(
    const QString& heading, const std::function<void(const QList<api::Organisation>&)>& then)
{
    const auto print = [this, heading, then](const QList<api::Organisation>& rows) {
        const QString active = m_session->store()->activeOrganisationId(m_session->connection().id);
        m_session->out().printList(RecordTables::organisations(rows, active), heading);
        then(rows);
    };
    const int limit = m_session->options().limit;
    if (m_session->isCached())
        ListCollector<api::Organisation>::collect(m_session, m_session->kept()->organisations(),
                                                  limit, print);
    else
        ListCollector<api::Organisation>::collect(
            m_session, m_session->connector()->organisations(), limit, print);
}

void OrganisationCommands::list(const Invocation&)
{
    m_session->openConnection([this] {
        printOrganisations({}, [this](const QList<api::Organisation>&) { m_session->finish(); });
    });
}

void OrganisationCommands::create(const Invocation& invocation)
{
    api::OrganisationDraft draft;
    draft.name = invocation.value(u"name"_s);
    if (draft.name.isEmpty()) {
        m_session->failUsage(tr("Give the organisation a name with --name."));
        return;
    }
    QString why;
    const std::optional<QString> base =
        CliInput::currency(invocation.value(u"base-currency"_s), &why);
    if (!invocation.isSet(u"base-currency"_s) || !base) {
        m_session->failUsage(invocation.isSet(u"base-currency"_s)
                                 ? why
                                 : tr("Give the base currency with --base-currency, such as "
                                      "EUR."));
        return;
    }
    draft.baseCurrency = *base;
    draft.currencies = {*base};
    if (invocation.isSet(u"currencies"_s)) {
        const std::optional<QStringList> currencies =
            CliInput::currencies(invocation.value(u"currencies"_s), &why);
        if (!currencies) {
            m_session->failUsage(why);
            return;
        }
        if (!currencies->contains(*base)) {
            m_session->failUsage(tr("The base currency %1 must be one of --currencies (%2).")
                                     .arg(*base, currencies->join(u","_s)));
            return;
        }
        draft.currencies = *currencies;
    }
    if (invocation.isSet(u"image"_s)) {
        draft.image = QUrl(invocation.value(u"image"_s), QUrl::StrictMode);
        const QString scheme = draft.image.scheme();
        if (!draft.image.isValid() || draft.image.host().isEmpty() ||
            (scheme != u"https"_s && scheme != u"http"_s)) {
            m_session->failUsage(tr("--image needs a web address such as "
                                    "https://example.com/logo.png."));
            return;
        }
    }
    const std::optional<QByteArray> key = m_session->idempotencyKey(invocation);
    if (!key)
        return;
    m_session->openConnection([this, draft, key = *key] {
        if (!m_session->require(api::Capability::CreateOrganisation, tr("creating organisations")))
            return;
        auto* job = m_session->connector()->createOrganisation(draft, key);
        connect(job, &api::ApiJob::finished, this, [this, job] {
            if (!job->isOk()) {
                m_session->fail(job->error());
                return;
            }
            const api::Organisation created = job->value();
            m_session->out().info(
                tr("Created the organisation \"%1\" (%2).").arg(created.name, created.id));
            m_session->out().printRecord(RecordTables::organisations({created}, {}));
            m_session->finish();
        });
    });
}

void OrganisationCommands::makeActive(const QString& organisationId, const QString& name,
                                      const std::function<void()>& then)
{
    auto remember = [this, organisationId, name, then] {
        m_session->store()->setActiveOrganisationId(m_session->connection().id, organisationId);
        m_session->out().info(
            name.isEmpty()
                ? tr("The organisation %1 is now the active one.").arg(organisationId)
                : tr("\"%1\" (%2) is now the active organisation.").arg(name, organisationId));
        then();
    };
    if (!m_session->connector()->can(api::Capability::ActivateOrganisation)) {
        // Flavours without organisations have just the implicit one.
        if (organisationId != api::Connector::implicitOrganisationId()) {
            m_session->fail(ExitCode::NotFound, tr("This connection has one organisation only: %1.")
                                                    .arg(api::Connector::implicitOrganisationId()));
            return;
        }
        remember();
        return;
    }
    api::ApiJob* job = m_session->connector()->activateOrganisation(organisationId);
    connect(job, &api::ApiJob::finished, this, [this, remember](api::ApiJob* done) {
        if (!done->isOk()) {
            m_session->fail(done->error());
            return;
        }
        remember();
    });
}

void OrganisationCommands::activate(const Invocation& invocation)
{
    const QString id = invocation.arg(0).trimmed();
    m_session->openConnection(
        [this, id] { makeActive(id, QString(), [this] { m_session->finish(); }); });
}

} // namespace balie::cli
