// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

// libFuzzer target for everything that reads server bytes: the error parser (every shape,
// every status), each pagination style's page reader and each domain row reader. A crash, a
// sanitizer report or an id-less row accepted is a bug.

#include "domain/DomainJson.h"
#include "domain/JsonValue.h"
#include "net/ErrorParser.h"
#include "net/Paginator.h"

#include <QCoreApplication>
#include <cstdint>
#include <cstdlib>

using namespace balie::api;

namespace {

template <class T>
void readRows(const JsonValue& items, std::optional<T> (*read)(const JsonValue&, QString*))
{
    for (const JsonValue item : items) {
        QString error;
        const std::optional<T> row = read(item, &error);
        if (row && row->id.isEmpty())
            std::abort(); // an id-less row must never be accepted
        if (!row && error.isEmpty())
            std::abort(); // a refusal must say why
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 100 + data[0] % 500;
    const QByteArray body(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));

    ReplySnapshot reply;
    reply.httpStatus = data[0] % 7 == 0 ? 0 : status;
    reply.networkError =
        data[0] % 7 == 0 ? QNetworkReply::RemoteHostClosedError : QNetworkReply::NoError;
    reply.body = body;
    reply.contentType = data[0] % 3 ? QByteArray("application/json") : QByteArray("text/html");
    reply.retryAfter = body.left(40);
    const ApiError error = ErrorParser::parse(reply);
    if (!error.isError())
        std::abort();
    (void)error.message();
    (void)error.technicalDetails();

    const JsonDocument doc(body);
    for (const auto& paginator : {Paginator::drf(50), Paginator::pagePerPage(100),
                                  Paginator::offsetLimit(100), Paginator::plainArray()}) {
        QString why;
        const auto page = paginator->parse(doc.root(), &why);
        if (!page) {
            if (why.isEmpty())
                std::abort();
            continue;
        }
        ApiRequest first = ApiRequest::get(QStringLiteral("/x"));
        paginator->prepareFirst(first);
        QString tooMany;
        if (paginator->remaining(first, *page, &tooMany).size() > Paginator::MaxPages)
            std::abort();
        readRows(page->items, &DomainJson::customer);
        readRows(page->items, &DomainJson::booking);
        readRows(page->items, &DomainJson::service);
        readRows(page->items, &DomainJson::product);
        readRows(page->items, &DomainJson::organisation);
        readRows(page->items, &DomainJson::outsetaPerson);
    }
    return 0;
}
