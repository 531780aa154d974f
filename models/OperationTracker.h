// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "Operation.h"
#include "net/ApiJob.h"

#include <functional>

namespace balie::models {

// Makes Operations of api jobs; for the models' own sources only, so that widgets never see a
// job.
class OperationTracker
{
public:
    // An operation that ends with the job; `apply` runs on success, before finished().
    template <class T>
    static Operation* track(api::ValueJob<T>* job, std::function<void(const T&)> apply,
                            QObject* parent)
    {
        return wrap(
            job,
            [job, apply = std::move(apply)]() -> std::any {
                if (apply)
                    apply(job->value());
                return job->value();
            },
            parent);
    }
    static Operation* track(api::ApiJob* job, std::function<void()> apply, QObject* parent)
    {
        return wrap(
            job,
            [apply = std::move(apply)]() -> std::any {
                if (apply)
                    apply();
                return {};
            },
            parent);
    }
    // An operation that has failed before anything was sent.
    static Operation* failed(const api::ApiError& error, const QString& organisationId,
                             QObject* parent);

private:
    static Operation* wrap(api::ApiJob* job, std::function<std::any()> onSuccess, QObject* parent);
};

} // namespace balie::models
