// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "Paginator.h"

#include "domain/JsonFields.h"

#include <QCoreApplication>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace balie::api {

namespace {

bool tooManyPages(qint64 pages, QString* error)
{
    if (pages <= Paginator::MaxPages)
        return false;
    *error = QCoreApplication::translate("balie::api::Paginator",
                                         "the server announced %1 pages, more than Balie fetches "
                                         "(%2)")
                 .arg(pages)
                 .arg(Paginator::MaxPages);
    return true;
}

qint64 pagesFor(qint64 rows, qint64 perPage)
{
    return perPage > 0 ? qMax<qint64>(1, rows / perPage + (rows % perPage ? 1 : 0)) : 1;
}

ApiRequest withQueryItem(const ApiRequest& base, const QString& key, qint64 value)
{
    ApiRequest request = base;
    request.query.removeAllQueryItems(key);
    request.query.addQueryItem(key, QString::number(value));
    return request;
}

// DRF: {count, next, previous, results}; next is an absolute URL or null.
class DrfPaginator final : public Paginator
{
public:
    explicit DrfPaginator(int pageSize)
        : m_pageSize(pageSize)
    {}

    void prepareFirst(ApiRequest& request) const override
    {
        if (m_pageSize > 0)
            request.query.addQueryItem(u"page_size"_s, QString::number(m_pageSize));
    }

    std::optional<Page> parse(const JsonValue& root, QString* error) const override
    {
        if (!root["results"].isArray()) {
            *error = QCoreApplication::translate("balie::api::Paginator",
                                                 "expected a page with \"results\"");
            return std::nullopt;
        }
        Page page;
        page.items = root["results"];
        page.itemCount = page.items.size();
        page.total = JsonFields::count(root["count"]);
        const QString next = root["next"].toString();
        if (!next.isEmpty())
            page.next = QUrl(next);
        return page;
    }

    QList<ApiRequest> remaining(const ApiRequest& first, const Page& page,
                                QString* error) const override
    {
        // Page URLs are derived from the server's own `next` link, changing only its page
        // number, so that whatever else the server put in it is kept.
        QList<ApiRequest> requests;
        const QUrlQuery nextQuery(page.next);
        if (!page.next.isValid() || page.total < 0 || page.itemCount == 0 ||
            !nextQuery.hasQueryItem(u"page"_s) || nextQuery.queryItemValue(u"page"_s) != u"2")
            return requests;
        const qint64 size = page.itemCount;
        const qint64 pages = page.total / size + (page.total % size ? 1 : 0);
        if (tooManyPages(pages, error))
            return requests;
        for (qint64 n = 2; n <= pages; ++n) {
            QUrl url = page.next;
            QUrlQuery query(url);
            query.removeAllQueryItems(u"page"_s);
            query.addQueryItem(u"page"_s, QString::number(n));
            url.setQuery(query);
            ApiRequest request = first;
            request.absoluteUrl = url;
            requests.append(request);
        }
        return requests;
    }

private:
    int m_pageSize;
};

// Otesse: ?page=N&per_page=M -> {data, pagination{total_pages}}.
class PagePerPagePaginator final : public Paginator
{
public:
    explicit PagePerPagePaginator(int perPage)
        : m_perPage(perPage)
    {}

    void prepareFirst(ApiRequest& request) const override
    {
        request.query.addQueryItem(u"page"_s, u"1"_s);
        request.query.addQueryItem(u"per_page"_s, QString::number(m_perPage));
    }

    std::optional<Page> parse(const JsonValue& root, QString* error) const override
    {
        if (!root["data"].isArray()) {
            *error = QCoreApplication::translate("balie::api::Paginator",
                                                 "expected a page with \"data\"");
            return std::nullopt;
        }
        Page page;
        page.items = root["data"];
        page.itemCount = page.items.size();
        const JsonValue pagination = root["pagination"];
        page.total = JsonFields::count(pagination["total"]);
        const JsonValue totalPages = pagination["total_pages"];
        page.totalPages = totalPages.isMissing() || totalPages.isNull()
                              ? (page.total >= 0 ? pagesFor(page.total, m_perPage) : -1)
                              : JsonFields::count(totalPages);
        if (page.totalPages < 0 && !(totalPages.isMissing() || totalPages.isNull())) {
            *error = QCoreApplication::translate("balie::api::Paginator",
                                                 "\"total_pages\" is not a page count");
            return std::nullopt;
        }
        return page;
    }

    QList<ApiRequest> remaining(const ApiRequest& first, const Page& page,
                                QString* error) const override
    {
        QList<ApiRequest> requests;
        if (tooManyPages(page.totalPages, error))
            return requests;
        for (qint64 n = 2; n <= page.totalPages; ++n)
            requests.append(withQueryItem(first, u"page"_s, n));
        return requests;
    }

    std::optional<ApiRequest> following(const ApiRequest& request, const Page& page) const override
    {
        if (page.totalPages >= 0 || page.itemCount < m_perPage)
            return std::nullopt;
        const qint64 current = request.query.queryItemValue(u"page"_s).toLongLong();
        return withQueryItem(request, u"page"_s, qMax<qint64>(1, current) + 1);
    }

private:
    int m_perPage;
};

// Outseta: ?offset=N&limit=M -> {metadata{total}, items}.
class OffsetLimitPaginator final : public Paginator
{
public:
    OffsetLimitPaginator(int limit, bool offsetCountsPages)
        : m_limit(qBound(1, limit, 100))
        , m_inPages(offsetCountsPages)
    {}

    void prepareFirst(ApiRequest& request) const override
    {
        request.query.addQueryItem(u"offset"_s, u"0"_s);
        request.query.addQueryItem(u"limit"_s, QString::number(m_limit));
    }

    std::optional<Page> parse(const JsonValue& root, QString* error) const override
    {
        if (!root["items"].isArray()) {
            *error = QCoreApplication::translate("balie::api::Paginator",
                                                 "expected a page with \"items\"");
            return std::nullopt;
        }
        Page page;
        page.items = root["items"];
        page.itemCount = page.items.size();
        const JsonValue metadata = root["metadata"];
        page.total = JsonFields::count(metadata["total"]);
        // The server may cap the limit (25 with child fields): page by what it used.
        const qint64 used = JsonFields::count(metadata["limit"]);
        page.step = used > 0 ? qMin<qint64>(used, m_limit) : m_limit;
        return page;
    }

    QList<ApiRequest> remaining(const ApiRequest& first, const Page& page,
                                QString* error) const override
    {
        QList<ApiRequest> requests;
        const qint64 step = page.step > 0 ? page.step : m_limit;
        if (tooManyPages(page.total / step + 1, error))
            return requests;
        for (qint64 offset = step; offset < page.total; offset += step)
            requests.append(withQueryItem(first, u"offset"_s, m_inPages ? offset / step : offset));
        return requests;
    }

    std::optional<ApiRequest> following(const ApiRequest& request, const Page& page) const override
    {
        const qint64 step = page.step > 0 ? page.step : m_limit;
        if (page.total >= 0 || page.itemCount < step)
            return std::nullopt;
        const qint64 offset = request.query.queryItemValue(u"offset"_s).toLongLong();
        return withQueryItem(request, u"offset"_s, offset + (m_inPages ? 1 : step));
    }

private:
    int m_limit;
    bool m_inPages;
};

class PlainArrayPaginator final : public Paginator
{
public:
    void prepareFirst(ApiRequest&) const override {}

    std::optional<Page> parse(const JsonValue& root, QString* error) const override
    {
        if (!root.isArray()) {
            *error = QCoreApplication::translate("balie::api::Paginator", "expected a list");
            return std::nullopt;
        }
        Page page;
        page.items = root;
        page.itemCount = page.total = root.size();
        return page;
    }

    QList<ApiRequest> remaining(const ApiRequest&, const Page&, QString*) const override
    {
        return {};
    }
};

} // namespace

std::unique_ptr<Paginator> Paginator::drf(int pageSize)
{
    return std::make_unique<DrfPaginator>(pageSize);
}

std::unique_ptr<Paginator> Paginator::pagePerPage(int perPage)
{
    return std::make_unique<PagePerPagePaginator>(perPage);
}

std::unique_ptr<Paginator> Paginator::offsetLimit(int limit, bool offsetCountsPages)
{
    return std::make_unique<OffsetLimitPaginator>(limit, offsetCountsPages);
}

std::unique_ptr<Paginator> Paginator::plainArray()
{
    return std::make_unique<PlainArrayPaginator>();
}

} // namespace balie::api
