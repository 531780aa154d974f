// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <functional>

namespace balie::api {

// Every failure of every flavour ends up as one of these: the HTTP status, what kind of failure
// it is, the server's code and message, per-field messages, machine-readable details (such as a
// conflict's next available slot), when a retry may go, and the server's request id.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
    Q_GADGET

public:
    enum class Kind
    {
        None,
        Network,
        OutcomeUnknown, // a write was sent, its answer lost, and it cannot be safely repeated
        Timeout,
        Tls,
        Auth,
        LoginRequired,
        Forbidden,
        NotFound,
        Validation,
        Conflict,
        RateLimited,
        Server,
        BadResponse,
        Unsupported,
        Insecure,
        Cancelled,
    };
    Q_ENUM(Kind)

    ApiError() = default;
    ApiError(Kind kind, QString message);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QString code() const { return m_code; }
    // The server's own words, when it sent any.
    QString serverMessage() const { return m_serverMessage; }
    QMap<QString, QStringList> fieldErrors() const { return m_fieldErrors; }
    QJsonObject details() const { return m_details; }
    // A booking's time is taken (the Booking API's BOOKING_CONFLICT), not a refused change of
    // status.
    bool isTimeTaken() const;
    // The next free start the server offered with a refusal (details.next_available); invalid
    // when it offered none.
    QDateTime nextAvailable() const;
    QString requestId() const { return m_requestId; }
    // Milliseconds until a retry may go, or -1 when the server did not say.
    qint64 retryAfterMs() const { return m_retryAfterMs; }
    QDateTime retryAt() const { return m_retryAt; }

    // A translated sentence for a person: what went wrong and, where it helps, what to do.
    QString message() const;
    // Status, code and request id, for a "Details" disclosure or a log line.
    QString technicalDetails() const;
    static QString kindName(Kind kind);

    void setKind(Kind kind) { m_kind = kind; }
    void setHttpStatus(int status) { m_httpStatus = status; }
    void setCode(const QString& code) { m_code = code; }
    void setServerMessage(const QString& message) { m_serverMessage = message; }
    void addFieldError(const QString& field, const QString& message);
    // Renames the fields of the field errors (the server's names to Balie's own).
    void renameFields(const std::function<QString(const QString&)>& rename);
    void setDetails(const QJsonObject& details) { m_details = details; }
    void setRequestId(const QString& id) { m_requestId = id; }
    void setRetryAfterMs(qint64 ms, const QDateTime& now = QDateTime::currentDateTimeUtc());
    // Balie's own complete, translated sentence, said instead of the kind's general one (a
    // refused redirect, a list cut short): message() then adds no server words.
    void setSentence(const QString& sentence) { m_sentence = sentence; }
    static ApiError said(Kind kind, const QString& code, const QString& sentence);

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_code;
    QString m_serverMessage;
    QString m_sentence;
    QMap<QString, QStringList> m_fieldErrors;
    QJsonObject m_details;
    QString m_requestId;
    qint64 m_retryAfterMs = -1;
    QDateTime m_retryAt;
};

} // namespace balie::api

Q_DECLARE_METATYPE(balie::api::ApiError)
