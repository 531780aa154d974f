#include "JsonValue.h"

#include <cstring>
#include <simdjson.h>
#include <type_traits>

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

// One parser per thread: its buffers grow to the largest page seen and are reused.
dom::parser& threadParser()
{
    thread_local dom::parser parser;
    return parser;
}

} // namespace

JsonValue::Type JsonValue::type() const
{
    if (!m_present)
        return Type::Missing;
    switch (load<dom::element>(m_element).type()) {
    case dom::element_type::ARRAY:
        return Type::Array;
    case dom::element_type::OBJECT:
        return Type::Object;
    case dom::element_type::INT64:
        return Type::Integer;
    case dom::element_type::UINT64: // beyond qint64: only as a double
    case dom::element_type::DOUBLE:
        return Type::Double;
    case dom::element_type::STRING:
        return Type::String;
    case dom::element_type::BOOL:
        return Type::Bool;
    case dom::element_type::NULL_VALUE:
        return Type::Null;
    }
    return Type::Missing;
}

JsonValue JsonValue::operator[](std::string_view key) const
{
    JsonValue member;
    if (!isObject())
        return member;
    dom::element found;
    if (load<dom::element>(m_element).get_object().at_key(key).get(found) == simdjson::SUCCESS) {
        store(member.m_element, found);
        member.m_present = true;
    }
    return member;
}

void JsonValue::pick(const std::string_view* keys, JsonValue* out, int count) const
{
    for (int i = 0; i < count; ++i)
        out[i] = JsonValue();
    if (!isObject())
        return;
    const dom::object object = load<dom::element>(m_element).get_object().value_unsafe();
    for (const dom::key_value_pair member : object) {
        for (int i = 0; i < count; ++i) {
            if (member.key == keys[i] && !out[i].m_present) { // the first of duplicates
                store(out[i].m_element, member.value);
                out[i].m_present = true;
                break;
            }
        }
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
    store(value.m_element, *load<dom::array::iterator>(m_at));
    value.m_present = true;
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
    dom::document document;
};

JsonDocument::JsonDocument(QByteArrayView json, Reuse reuse)
{
    // A page's document is a few times its size: reusing the thread's saves the allocation
    // (and its page faults) for every page of a long list.
    thread_local dom::document scratch;
    if (reuse == Reuse::Nothing)
        m_storage = std::make_unique<Storage>();
    dom::document& document = m_storage ? m_storage->document : scratch;
    dom::element root;
    const simdjson::error_code error =
        threadParser()
            .parse_into_document(document, reinterpret_cast<const uint8_t*>(json.data()),
                                 size_t(json.size()), true)
            .get(root);
    if (error != simdjson::SUCCESS) {
        m_error = QString::fromUtf8(simdjson::error_message(error));
        return;
    }
    store(m_root.m_element, root);
    m_root.m_present = true;
}

JsonDocument::~JsonDocument() = default;

} // namespace balie::api
