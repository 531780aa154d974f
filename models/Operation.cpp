// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "Operation.h"

#include "OperationTracker.h"
#include "domain/DomainJson.h"

#include <QTimer>

namespace balie::models {

namespace {

// An Operation with a public way in, for the tracker.
class TrackedOperation : public Operation
{
public:
    TrackedOperation(const QString& organisationId, QObject* parent)
        : Operation(organisationId, parent)
    {}
    using Operation::finish;
    using Operation::setCanceller;
};

} // namespace

Operation::Operation(QString organisationId, QObject* parent)
    : QObject(parent)
    , m_organisationId(std::move(organisationId))
{}

Operation::~Operation() = default;

void Operation::cancel()
{
    if (m_finished)
        return;
    if (m_cancel)
        m_cancel();
    finish(api::ApiError(api::ApiError::Kind::Cancelled, QString()));
}

void Operation::finish(const api::ApiError& error, std::any value)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_value = std::move(value);
    Q_EMIT finished(this);
    deleteLater();
}

void Operation::finishQueued(std::any value)
{
    if (m_finished)
        return;
    m_queued = true;
    finish({}, std::move(value));
}

Operation* OperationTracker::wrap(api::ApiJob* job, std::function<std::any()> onSuccess,
                                  QObject* parent)
{
    auto* operation = new TrackedOperation(job->organisationId(), parent);
    const QPointer<api::ApiJob> guarded(job);
    operation->setCanceller([guarded] {
        if (guarded)
            guarded->cancel();
    });
    QObject::connect(job, &api::ApiJob::finished, operation,
                     [operation, onSuccess = std::move(onSuccess)](api::ApiJob* j) {
                         if (!j->isOk()) {
                             // Field errors in the drafts' own field names.
                             api::ApiError error = j->error();
                             error.renameFields(&api::DomainJson::draftField);
                             operation->finish(error);
                             return;
                         }
                         operation->finish({}, onSuccess());
                     });
    return operation;
}

Operation* OperationTracker::failed(const api::ApiError& error, const QString& organisationId,
                                    QObject* parent)
{
    auto* operation = new TrackedOperation(organisationId, parent);
    // Later, so that the caller can connect first, as with any other operation.
    QTimer::singleShot(0, operation, [operation, error] { operation->finish(error); });
    return operation;
}

} // namespace balie::models
