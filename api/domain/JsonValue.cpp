// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "JsonValue.h"

#include <QMutex>
#include <cstring>
#include <simdjson.h>
#include <type_traits>
#include <vector>

namespace balie::api {

namespace dom = simdjson::dom;

namespace {

static_assert(sizeof(dom::element) <= 16 && alignof(dom::element) <= 8 &&
              std::is_trivially_copyable_v<dom::element>);
static_assert(sizeof(dom::array::iterator) <= 16 && alignof(dom::array::iterator) <= 8 &&
              std::is_trivially_copyable_v<dom::array::iterator>);

template <class T, class Buffer>
T load(const Buffer& buffer)
{
    T value;
    std::memcpy(static_cast<void*>(&value), buffer.data(), sizeof(T));
    return value;
}

template <class T, class Buffer>
void store(Buffer& buffer, const T& value)
{
    std::memcpy(buffer.data(), static_cast<const void*>(&value), sizeof(T));
}

JsonValue::Type typeOf(const dom::element& element)
{
    switch (element.type()) {
    case dom::element_type::ARRAY:
        return JsonValue::Type::Array;
    case dom::element_type::OBJECT:
        return JsonValue::Type::Object;
    case dom::element_type::INT64:
        return JsonValue::Type::Integer;
    case dom::element_type::UINT64: // beyond qint64: only as a double
    case dom::element_type::DOUBLE:
        return JsonValue::Type::Double;
    case dom::element_type::STRING:
        return JsonValue::Type::String;
    case dom::element_type::BOOL:
        return JsonValue::Type::Bool;
    case dom::element_type::NULL_VALUE:
        return JsonValue::Type::Null;
    }
    return JsonValue::Type::Missing;
}

} // namespace

void JsonValue::setElement(const void* element)
{
    std::memcpy(m_element.data(), element, sizeof(dom::element));
    m_type = typeOf(*static_cast<const dom::element*>(element));
}

JsonValue JsonValue::operator[](std::string_view key) const
{
    JsonValue member;
    if (!isObject())
        return member;
    dom::element found;
    if (load<dom::element>(m_element).get_object().at_key(key).get(found) == simdjson::SUCCESS)
        member.setElement(&found);
    return member;
}

void JsonValue::pick(const std::string_view* keys, JsonValue* out, int count) const
{
    for (int i = 0; i < count; ++i)
        out[i] = JsonValue();
    if (!isObject())
        return;
    const auto same = [](std::string_view a, std::string_view b) {
        return a.size() == b.size() && (a.empty() || a.front() == b.front()) && a == b;
    };
    // A server sends the members of every row in one order: the key that the member at this
    // position had in the last row read here is tried first.
    constexpr int Remembered = 32;
    thread_local const std::string_view* lastKeys = nullptr;
    thread_local std::array<int, Remembered> lastMatch{};
    if (lastKeys != keys) {
        lastKeys = keys;
        lastMatch.fill(-1);
    }
    const dom::object object = load<dom::element>(m_element).get_object().value_unsafe();
    int position = 0;
    for (const dom::key_value_pair member : object) {
        int matched = -1;
        const int guess = position < Remembered ? lastMatch[size_t(position)] : -1;
        if (guess >= 0 && guess < count && same(member.key, keys[guess])) {
            matched = guess;
        } else {
            for (int i = 0; i < count; ++i) {
                if (same(member.key, keys[i])) {
                    matched = i;
                    break;
                }
            }
        }
        if (position < Remembered)
            lastMatch[size_t(position)] = matched;
        ++position;
        if (matched >= 0 && out[matched].isMissing()) // the first of duplicates
            out[matched].setElement(&member.value);
    }
}

std::string_view JsonValue::utf8() const
{
    std::string_view text;
    if (!isString() || load<dom::element>(m_element).get_string().get(text) != simdjson::SUCCESS)
        return {};
    return text;
}

QString JsonValue::toString() const
{
    const std::string_view text = utf8();
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

double JsonValue::toDouble() const
{
    double d = 0;
    if (!isNumber() || load<dom::element>(m_element).get_double().get(d) != simdjson::SUCCESS)
        return 0;
    return d;
}

std::optional<qint64> JsonValue::toInteger() const
{
    int64_t n = 0;
    if (type() != Type::Integer ||
        load<dom::element>(m_element).get_int64().get(n) != simdjson::SUCCESS)
        return std::nullopt;
    return qint64(n);
}

bool JsonValue::toBool() const
{
    bool b = false;
    if (!isBool() || load<dom::element>(m_element).get_bool().get(b) != simdjson::SUCCESS)
        return false;
    return b;
}

qsizetype JsonValue::size() const
{
    const auto element = load<dom::element>(m_element);
    if (isArray())
        return qsizetype(element.get_array().value_unsafe().size());
    if (isObject())
        return qsizetype(element.get_object().value_unsafe().size());
    return 0;
}

JsonValue::Iterator JsonValue::begin() const
{
    Iterator it;
    if (!isArray())
        return it;
    store(it.m_at, load<dom::element>(m_element).get_array().value_unsafe().begin());
    it.m_valid = true;
    return it;
}

JsonValue::Iterator JsonValue::end() const
{
    Iterator it;
    if (!isArray())
        return it;
    store(it.m_at, load<dom::element>(m_element).get_array().value_unsafe().end());
    it.m_valid = true;
    return it;
}

JsonValue JsonValue::Iterator::operator*() const
{
    JsonValue value;
    const dom::element element = *load<dom::array::iterator>(m_at);
    value.setElement(&element);
    return value;
}

JsonValue::Iterator& JsonValue::Iterator::operator++()
{
    auto at = load<dom::array::iterator>(m_at);
    ++at;
    store(m_at, at);
    return *this;
}

bool JsonValue::Iterator::operator==(const Iterator& other) const
{
    if (!m_valid || !other.m_valid)
        return m_valid == other.m_valid;
    return load<dom::array::iterator>(m_at) == load<dom::array::iterator>(other.m_at);
}

struct JsonDocument::Storage
{
    dom::parser parser;
    dom::document document;
};

struct JsonParserPool::Free
{
    QMutex mutex;
    std::vector<std::unique_ptr<JsonDocument::Storage>> storages;
};

JsonParserPool::JsonParserPool()
    : m_free(std::make_unique<Free>())
{}

JsonParserPool::~JsonParserPool() = default;

std::unique_ptr<JsonDocument::Storage> JsonParserPool::take()
{
    {
        const QMutexLocker lock(&m_free->mutex);
        if (!m_free->storages.empty()) {
            std::unique_ptr<JsonDocument::Storage> storage = std::move(m_free->storages.back());
            m_free->storages.pop_back();
            return storage;
        }
    }
    return std::make_unique<JsonDocument::Storage>();
}

void JsonParserPool::give(std::unique_ptr<JsonDocument::Storage> storage)
{
    const QMutexLocker lock(&m_free->mutex);
    m_free->storages.push_back(std::move(storage));
}

JsonDocument::JsonDocument(QByteArrayView json, JsonParserPool* pool)
    : m_storage(pool ? pool->take() : std::make_unique<Storage>())
    , m_pool(pool)
{
    dom::element root;
    const simdjson::error_code error =
        m_storage->parser
            .parse_into_document(m_storage->document, reinterpret_cast<const uint8_t*>(json.data()),
                                 size_t(json.size()), true)
            .get(root);
    if (error != simdjson::SUCCESS) {
        m_error = QString::fromUtf8(simdjson::error_message(error));
        return;
    }
    m_root.setElement(&root);
}

JsonDocument::~JsonDocument()
{
    if (m_pool)
        m_pool->give(std::move(m_storage));
}

} // namespace balie::api
