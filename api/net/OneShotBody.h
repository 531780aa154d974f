// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QIODevice>

namespace balie::api {

// A request body that can be sent only once. Qt's HTTP/1 channel silently sends a request again
// when the connection drops before the status line, whatever the method; it first rewinds the
// body, and this body refuses to rewind once read, so Qt reports ContentReSendError instead.
// A write then reaches the server at most once per attempt, and only RetryPolicy decides
// whether there is another attempt. (A QBuffer would not do: Qt reads a QBuffer's bytes
// directly, without asking it to rewind.)
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray data, QObject* parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool reset() override;
    bool seek(qint64 pos) override;

    // Qt asked to rewind after sending: the request would otherwise have gone twice.
    bool refusedARewind() const { return m_refused; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    bool m_read = false;
    bool m_refused = false;
};

} // namespace balie::api
