// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "FaultInjector.h"

#include <QAbstractHttpServer>
#include <QHttpServerResponder>
#include <memory>
#include <vector>

namespace balie::sandbox {

class Dialect;
struct SandboxStats;

// The HTTP side: decodes a request, picks the dialect by path prefix, routes it, injects faults
// and writes the answer (always with X-Request-Id).
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    SandboxServer(FaultInjector& faults, SandboxStats& stats, quint64 seed, int slowMs,
                  int trickleMs, QObject* parent = nullptr);
    ~SandboxServer() override;

    void addDialect(std::unique_ptr<Dialect> dialect);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Dialect* dialectFor(const QString& path) const;
    ApiResponse dispatch(Dialect& dialect, ApiRequest& request);
    ApiResponse faultResponse(FaultKind kind, const Dialect& dialect) const;
    QByteArray nextRequestId();
    static ApiRequest decode(const QHttpServerRequest& request);
    static void write(QHttpServerResponder& responder, const ApiResponse& response,
                      const QByteArray& requestId);
    void writeTrickle(QTcpSocket* socket, const ApiResponse& response,
                      const QByteArray& requestId) const;
    void writeEndless(QTcpSocket* socket, const QByteArray& requestId) const;
    static void writeTruncated(QHttpServerResponder& responder, QTcpSocket* socket,
                               const ApiResponse& response, const QByteArray& requestId);

    FaultInjector& m_faults;
    SandboxStats& m_stats;
    SplitMix64 m_requestIds;
    int m_slowMs;
    int m_trickleMs;
    std::vector<std::unique_ptr<Dialect>> m_dialects;
};

} // namespace balie::sandbox
