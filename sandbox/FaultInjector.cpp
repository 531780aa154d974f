// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "FaultInjector.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace balie::sandbox {

namespace {
const QList<QPair<FaultKind, QString>> names = {
    {FaultKind::ServerError, u"500"_s},
    {FaultKind::RateLimited, u"429"_s},
    {FaultKind::Drop, u"drop"_s},
    {FaultKind::Slow, u"slow"_s},
    {FaultKind::Truncate, u"truncate"_s},
    {FaultKind::HtmlPage, u"html"_s},
    {FaultKind::BadJson, u"badjson"_s},
    {FaultKind::NotFound, u"404"_s},
    {FaultKind::CommitDrop, u"commitdrop"_s},
    {FaultKind::Redirect, u"redirect"_s},
    {FaultKind::Trickle, u"trickle"_s},
    {FaultKind::Endless, u"endless"_s},
    {FaultKind::ShortPage, u"short"_s},
    {FaultKind::BadRow, u"badrow"_s},
};
} // namespace

FaultInjector::FaultInjector(quint64 seed)
    : m_random(seed ^ 0xFA017ULL)
{}

void FaultInjector::configure(double rate, const QSet<FaultKind>& kinds)
{
    m_rate = qBound(0.0, rate, 1.0);
    m_kinds = QList<FaultKind>(kinds.cbegin(), kinds.cend());
    std::sort(m_kinds.begin(), m_kinds.end());
}

std::optional<FaultKind> FaultInjector::roll(bool write)
{
    if (write && !m_writeScript.isEmpty())
        return m_writeScript.takeFirst();
    if (!m_script.isEmpty())
        return m_script.takeFirst();
    if (m_rate <= 0 || m_kinds.isEmpty())
        return std::nullopt;
    if (!m_random.chance(m_rate))
        return std::nullopt;
    return m_kinds.at(qsizetype(m_random.below(quint64(m_kinds.size()))));
}

std::optional<FaultKind> FaultInjector::kindFromName(const QString& name)
{
    for (const auto& [kind, text] : names) {
        if (text.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString FaultInjector::nameOf(FaultKind kind)
{
    for (const auto& [k, text] : names) {
        if (k == kind)
            return text;
    }
    return {};
}

} // namespace balie::sandbox
