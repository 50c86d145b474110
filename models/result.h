#pragma once

#include <QString>

#include <utility>

// The outcome of an operation that can fail with a message for people.
// Services return these; only the user interface decides how to show them.
// [[nodiscard]]: a failure nobody looks at is a failure nobody is told
// about; where ignoring one is right, `(void)` says so.
class [[nodiscard]] Status
{
public:
    Status() = default;
    static Status failure(QString message, QString field = {})
    {
        Status s;
        s.m_error = std::move(message);
        s.m_field = std::move(field);
        s.m_failed = true;
        return s;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }
    // The field the error is about (JSON/editor name), empty when none.
    const QString &field() const { return m_field; }

private:
    QString m_error;
    QString m_field;
    bool m_failed = false;
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Status failure)
        : m_status(std::move(failure))
    {
    }
    bool ok() const { return m_status.ok(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return m_value; }
    T &value() { return m_value; }
    const QString &error() const { return m_status.error(); }
    const Status &status() const { return m_status; }

private:
    T m_value{};
    Status m_status;
};
