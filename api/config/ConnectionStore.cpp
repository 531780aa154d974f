// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "ConnectionStore.h"

#include <QSettings>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace balie::api {

namespace {
const QString group = u"Connections"_s;
}

ConnectionStore::ConnectionStore(QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{}

QList<ConnectionSettings> ConnectionStore::connections() const
{
    QList<ConnectionSettings> result;
    m_settings->beginGroup(group);
    const QStringList ids = m_settings->childGroups();
    for (const QString& id : ids) {
        m_settings->beginGroup(id);
        ConnectionSettings c;
        c.id = id;
        c.name = m_settings->value(u"name"_s).toString();
        c.flavour =
            Flavours::fromId(m_settings->value(u"flavour"_s).toString()).value_or(Flavour::Balie);
        c.baseUrl = QUrl(m_settings->value(u"baseUrl"_s).toString());
        c.auth = Flavours::authSchemeFromId(m_settings->value(u"auth"_s).toString())
                     .value_or(Flavours::info(c.flavour).authSchemes.first());
        c.username = m_settings->value(u"username"_s).toString();
        c.email = m_settings->value(u"email"_s).toString();
        c.refreshPath = m_settings->value(u"refreshPath"_s, c.refreshPath).toString();
        c.pageSize = m_settings->value(u"pageSize"_s, 0).toInt();
        c.requestBudget = m_settings->value(u"requestBudget"_s, 0).toInt();
        c.offsetCountsPages = m_settings->value(u"offsetCountsPages"_s, false).toBool();
        m_settings->endGroup();
        result.append(c);
    }
    m_settings->endGroup();
    std::sort(result.begin(), result.end(),
              [](const auto& a, const auto& b) { return a.name.localeAwareCompare(b.name) < 0; });
    return result;
}

std::optional<ConnectionSettings> ConnectionStore::find(const QString& idOrName) const
{
    const QList<ConnectionSettings> all = connections();
    for (const ConnectionSettings& c : all) {
        if (c.id == idOrName)
            return c;
    }
    for (const ConnectionSettings& c : all) {
        if (c.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

ConnectionSettings ConnectionStore::save(ConnectionSettings c)
{
    if (c.id.isEmpty())
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_settings->beginGroup(group + u'/' + c.id);
    m_settings->setValue(u"name"_s, c.name);
    m_settings->setValue(u"flavour"_s, Flavours::info(c.flavour).id);
    // Never a password in the settings, even one typed into the address.
    m_settings->setValue(u"baseUrl"_s, c.baseUrl.adjusted(QUrl::RemoveUserInfo).toString());
    m_settings->setValue(u"auth"_s, Flavours::authSchemeId(c.auth));
    m_settings->setValue(u"username"_s, c.username);
    m_settings->setValue(u"email"_s, c.email);
    m_settings->setValue(u"refreshPath"_s, c.refreshPath);
    m_settings->setValue(u"pageSize"_s, c.pageSize);
    m_settings->setValue(u"requestBudget"_s, c.requestBudget);
    m_settings->setValue(u"offsetCountsPages"_s, c.offsetCountsPages);
    m_settings->endGroup();
    m_settings->sync();
    Q_EMIT changed();
    return c;
}

void ConnectionStore::remove(const QString& id)
{
    m_settings->remove(group + u'/' + id);
    m_settings->remove(u"ActiveOrganisation/"_s + id);
    if (activeConnectionId() == id)
        m_settings->remove(u"activeConnection"_s);
    m_settings->sync();
    Q_EMIT changed();
}

QString ConnectionStore::activeConnectionId() const
{
    return m_settings->value(u"activeConnection"_s).toString();
}

void ConnectionStore::setActiveConnectionId(const QString& id)
{
    m_settings->setValue(u"activeConnection"_s, id);
    m_settings->sync();
}

QString ConnectionStore::activeOrganisationId(const QString& connectionId) const
{
    return m_settings->value(u"ActiveOrganisation/"_s + connectionId).toString();
}

void ConnectionStore::setActiveOrganisationId(const QString& connectionId,
                                              const QString& organisationId)
{
    m_settings->setValue(u"ActiveOrganisation/"_s + connectionId, organisationId);
    m_settings->sync();
}

} // namespace balie::api
