// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "ApiRequest.h"
#include "domain/JsonValue.h"

#include <QUrl>
#include <memory>
#include <optional>

namespace balie::api {

// One pagination convention: how to ask for the first page, how to read a page, and which
// requests fetch the rest. A paginator keeps no state of its own: pages are read on worker
// threads, in any order.
class Paginator
{
public:
    struct Page
    {
        JsonValue items;        // the rows, valid while the page's document lives
        qint64 itemCount = 0;   // how many rows the page holds
        qint64 total = -1;      // rows in the whole set, when the server says
        QUrl next;              // the server's link to the next page, when it gives one
        qint64 totalPages = -1; // pages in the whole set, when the server says
        qint64 step = 0;        // offset paging: rows the server put on a page
    };

    virtual ~Paginator() = default;
    virtual void prepareFirst(ApiRequest& request) const = 0;
    virtual std::optional<Page> parse(const JsonValue& root, QString* error) const = 0;
    // Every remaining request once the first page is in (fetched in parallel), or empty when
    // they cannot be known in advance: then `next` links are followed one by one. A server
    // that announces more than MaxPages pages gets an error, not a plan that exhausts memory.
    virtual QList<ApiRequest> remaining(const ApiRequest& first, const Page& firstPage,
                                        QString* error) const = 0;
    // The page after `page` (asked by `request`) when the server gave neither a total nor a
    // `next` link: a full page means there may be more, so the list goes on until a page
    // comes back short. Empty when the list is known to end here.
    virtual std::optional<ApiRequest> following(const ApiRequest& request, const Page& page) const
    {
        Q_UNUSED(request);
        Q_UNUSED(page);
        return std::nullopt;
    }

    static constexpr qint64 MaxPages = 20'000;

    static std::unique_ptr<Paginator> drf(int pageSize = 0);
    static std::unique_ptr<Paginator> pagePerPage(int perPage); // Otesse
    // Outseta; `offsetCountsPages` where the server's offset is a page number.
    static std::unique_ptr<Paginator> offsetLimit(int limit, bool offsetCountsPages = false);
    static std::unique_ptr<Paginator> plainArray();
};

} // namespace balie::api
