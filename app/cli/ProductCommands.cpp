// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "ProductCommands.h"

#include "CliInput.h"
#include "CliSession.h"
#include "ListCollector.h"
#include "RecordTables.h"
#include "domain/Validation.h"

using namespace Qt::StringLiterals;

namespace balie::cli {

ProductCommands::ProductCommands(CliSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{}

void ProductCommands::printProducts(const QString& organisationId, int limit,
                                    const QString& heading, const std::function<void()>& then)
{
    const auto print = [this, heading, then](const QList<api::Product>& rows) {
        m_session->out().printList(RecordTables::products(rows), heading);
        then();
    };
    if (m_session->isCached())
        ListCollector<api::Product>::collect(m_session, m_session->kept()->products(organisationId),
                                             limit, print);
    else
        ListCollector<api::Product>::collect(
            m_session, m_session->connector()->products(organisationId), limit, print);
}

void ProductCommands::list(const Invocation&)
{
    m_session->openConnection([this] {
        if (!m_session->require(api::Capability::Products, tr("products")))
            return;
        const QString organisation = m_session->organisationId();
        if (organisation.isEmpty())
            return;
        printProducts(organisation, m_session->options().limit, {},
                      [this] { m_session->finish(); });
    });
}

void ProductCommands::create(const Invocation& invocation)
{
    api::ProductDraft draft;
    draft.name = invocation.value(u"name"_s);
    draft.eanUpc = invocation.value(u"ean"_s);
    if (draft.name.isEmpty()) {
        m_session->failUsage(tr("Give the product's name with --name."));
        return;
    }
    if (!api::Validation::isValidEanUpc(draft.eanUpc)) {
        m_session->failUsage(
            draft.eanUpc.isEmpty()
                ? tr("Give the product's EAN or UPC code with --ean.")
                : tr("\"%1\" is not a valid EAN or UPC code: it needs 8, 12, 13 or 14 digits "
                     "with a correct check digit.")
                      .arg(draft.eanUpc));
        return;
    }
    if (invocation.isSet(u"stock"_s)) {
        QString why;
        const std::optional<qint64> stock =
            CliInput::integer(invocation.value(u"stock"_s), 0, 1'000'000'000, u"stock"_s, &why);
        if (!stock) {
            m_session->failUsage(why);
            return;
        }
        draft.stockOnHand = *stock;
    }
    const std::optional<QByteArray> key = m_session->idempotencyKey(invocation);
    if (!key)
        return;
    m_session->openConnection([this, draft, key = *key] {
        if (!m_session->require(api::Capability::CreateProduct, tr("adding products")))
            return;
        const QString organisation = m_session->organisationId();
        if (organisation.isEmpty())
            return;
        auto* job = m_session->connector()->createProduct(organisation, draft, key);
        connect(job, &api::ApiJob::finished, this, [this, job] {
            if (!job->isOk()) {
                m_session->fail(job->error());
                return;
            }
            const api::Product created = job->value();
            m_session->out().info(
                tr("Added the product \"%1\" (%2).").arg(created.name, created.id));
            m_session->out().printRecord(RecordTables::products({created}));
            m_session->finish();
        });
    });
}

} // namespace balie::cli
