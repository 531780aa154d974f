#pragma once

#include "ApiRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <memory>
#include <optional>

namespace balie::api {

// One pagination convention: how to ask for the first page, how to read a page, and which
// requests fetch the rest.
class Paginator
{
public:
    struct Page
    {
        QJsonArray items;
        qint64 total = -1; // rows in the whole set, when the server says
        QUrl next;         // the server's link to the next page, when it gives one
    };

    virtual ~Paginator() = default;
    virtual void prepareFirst(ApiRequest& request) const = 0;
    virtual std::optional<Page> parse(const QJsonDocument& doc, QString* error) const = 0;
    // Every remaining request once the first page is in (fetched in parallel), or empty when
    // they cannot be known in advance: then `next` links are followed one by one. A server
    // that announces more than MaxPages pages gets an error, not a plan that exhausts memory.
    virtual QList<ApiRequest> remaining(const ApiRequest& first, const Page& firstPage,
                                        QString* error) const = 0;

    static constexpr qint64 MaxPages = 20'000;

    static std::unique_ptr<Paginator> drf(int pageSize = 0);
    static std::unique_ptr<Paginator> pagePerPage(int perPage); // Otesse
    static std::unique_ptr<Paginator> offsetLimit(int limit);   // Outseta
    static std::unique_ptr<Paginator> plainArray();
};

} // namespace balie::api
