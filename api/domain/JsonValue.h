// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArrayView>
#include <QString>
#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <string_view>

namespace balie::api {

// A read-only view of one value of a parsed JsonDocument. Reading a member that is missing, or
// a value of another type, gives Missing or an empty value rather than an error, so readers
// can chain lookups; the readers in JsonFields decide what is an error. Cheap to copy; valid as
// long as its document. Backed by simdjson's DOM, whose header stays out of this one (it is
// large): the element is kept in a small opaque buffer.
class JsonValue
{
public:
    enum class Type
    {
        Missing,
        Null,
        Bool,
        Integer, // an integer that fits in 64 bits
        Double,  // any other number
        String,
        Array,
        Object
    };

    JsonValue() = default;

    Type type() const { return m_type; }
    bool isMissing() const { return type() == Type::Missing; }
    bool isNull() const { return type() == Type::Null; }
    bool isString() const { return type() == Type::String; }
    bool isNumber() const { return type() == Type::Integer || type() == Type::Double; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }
    bool isBool() const { return type() == Type::Bool; }

    // An object's member; Missing when this is no object or has no such member.
    JsonValue operator[](std::string_view key) const;
    // Several members of an object in one pass (each lookup above walks the members again):
    // out[i] becomes the member named keys[i], or Missing.
    void pick(const std::string_view* keys, JsonValue* out, int count) const;
    // A string's text; empty for anything else.
    QString toString() const;
    std::string_view utf8() const;
    // A number as a double; 0 for anything else.
    double toDouble() const;
    // An integer sent as one (not 1.0); nullopt for anything else.
    std::optional<qint64> toInteger() const;
    bool toBool() const;
    // The elements of an array, or members of an object; 0 for anything else.
    qsizetype size() const;

    // Iterates the elements of an array (nothing for anything else).
    class Iterator
    {
    public:
        JsonValue operator*() const;
        Iterator& operator++();
        bool operator==(const Iterator& other) const;

    private:
        friend class JsonValue;
        alignas(8) std::array<std::byte, 16> m_at{};
        bool m_valid = false;
    };
    Iterator begin() const;
    Iterator end() const;

private:
    friend class JsonDocument;
    // Set together with the element: readers ask a value's type several times.
    void setElement(const void* element);

    alignas(8) std::array<std::byte, 16> m_element{}; // a simdjson::dom::element
    Type m_type = Type::Missing;
};

class JsonParserPool;

// Parsed JSON, for reading server answers quickly and off the UI thread: several times faster
// than QJsonDocument for list pages.
class JsonDocument
{
public:
    // With a pool, the parser and its buffers are borrowed from it and given back when the
    // document goes: the pages of one list reuse them instead of allocating their own.
    explicit JsonDocument(QByteArrayView json, JsonParserPool* pool = nullptr);
    ~JsonDocument();
    JsonDocument(const JsonDocument&) = delete;
    JsonDocument& operator=(const JsonDocument&) = delete;

    bool isValid() const { return !m_root.isMissing(); }
    // Why the text is not JSON (untranslated: a detail for logs and technical details).
    QString errorString() const { return m_error; }
    JsonValue root() const { return m_root; }

private:
    friend class JsonParserPool;
    struct Storage;
    std::unique_ptr<Storage> m_storage;
    JsonParserPool* m_pool = nullptr;
    JsonValue m_root;
    QString m_error;
};

// Parsers for the pages of one list, shared by the threads that read them. A page's parser
// and document take a few times the page's size; they are reused from page to page and freed
// with the pool when the list is done, rather than kept per thread for the life of the
// program.
class JsonParserPool
{
public:
    JsonParserPool();
    ~JsonParserPool();
    JsonParserPool(const JsonParserPool&) = delete;
    JsonParserPool& operator=(const JsonParserPool&) = delete;

private:
    friend class JsonDocument;
    std::unique_ptr<JsonDocument::Storage> take();
    void give(std::unique_ptr<JsonDocument::Storage> storage);

    struct Free;
    std::unique_ptr<Free> m_free;
};

} // namespace balie::api
