// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "OneShotBody.h"

#include <cstring>

namespace balie::api {

OneShotBody::OneShotBody(QByteArray data, QObject* parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool OneShotBody::reset()
{
    return seek(0);
}

bool OneShotBody::seek(qint64 pos)
{
    // Moving before what was read would send those bytes again.
    if (m_read && pos < this->pos()) {
        m_refused = true;
        return false;
    }
    return QIODevice::seek(pos);
}

qint64 OneShotBody::readData(char* data, qint64 maxSize)
{
    m_read = true; // also an empty body: asked for once, it was sent
    const qint64 at = pos();
    const qint64 n = qMin(maxSize, qint64(m_data.size()) - at);
    if (n <= 0)
        return n == 0 && at >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + at, size_t(n));
    return n;
}

} // namespace balie::api
