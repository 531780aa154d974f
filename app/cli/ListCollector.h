// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "CliSession.h"
#include "KeptRecords.h"
#include "net/ListJob.h"

#include <functional>
#include <memory>

namespace balie::cli {

// Gathers the rows of a list job (or of a list the console kept) as its pages arrive, keeps those
// `keep` accepts, stops the job once `limit` rows are kept (-1: all), and hands them to `done`; a
// failure ends the run through the session.
template <class T>
class ListCollector
{
public:
    using Done = std::function<void(const QList<T>&)>;
    using Filter = std::function<bool(const T&)>;

    static void collect(CliSession* session, api::ResourceListJob<T>* job, int limit, Done done,
                        Filter keep = {})
    {
        struct State
        {
            QList<T> rows;
            bool full = false;
        };
        auto state = std::make_shared<State>();
        QObject::connect(job, &api::ListJob::rowsAvailable, session, [state, job, limit, keep] {
            const QList<T> rows = job->takeRows();
            for (const T& row : rows) {
                if (limit >= 0 && state->rows.size() >= limit)
                    break;
                if (!keep || keep(row))
                    state->rows.append(row);
            }
            if (limit >= 0 && state->rows.size() >= limit)
                state->full = true;
            if (state->full && !job->isFinished())
                job->cancel();
        });
        QObject::connect(job, &api::ListJob::finished, session,
                         [session, state, done](api::ListJob* finished) {
                             if (finished->isOk() || state->full)
                                 done(state->rows);
                             else
                                 session->fail(finished->error());
                         });
    }

    // The same from what the console keeps (--cached), after saying how old it is.
    static void collect(CliSession* session, const models::KeptRecords::List<T>& kept, int limit,
                        const Done& done, const Filter& keep = {})
    {
        if (!session->noteKeptAsOf(kept.asOf, kept.rows.isEmpty()))
            return;
        QList<T> rows;
        for (const T& row : kept.rows) {
            if (limit >= 0 && rows.size() >= limit)
                break;
            if (!keep || keep(row))
                rows.append(row);
        }
        done(rows);
    }
};

} // namespace balie::cli
