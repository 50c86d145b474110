#pragma once

#include <QByteArray>
#include <QIODevice>

#include <algorithm>
#include <string>

// Where a QXmlStreamWriter writes a document: each piece is appended to a
// std::string as it comes, and bytes() copies the whole once. Through
// QXmlStreamWriter(QByteArray *) every piece went through QBuffer and
// QByteArray's insert, about 100 instructions for each of the million
// pieces of the site's feed and its 10,000 .qtl files.
class ByteAppender : public QIODevice
{
public:
    explicit ByteAppender(std::size_t expected = 0)
    {
        m_bytes.reserve(expected);
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    // All bytes, or those from `from` on.
    QByteArray bytes(std::size_t from = 0) const
    {
        from = std::min(from, m_bytes.size());
        return QByteArray(m_bytes.data() + from, qsizetype(m_bytes.size() - from));
    }
    std::size_t length() const { return m_bytes.size(); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        m_bytes.append(data, std::size_t(size));
        return size;
    }

private:
    std::string m_bytes;
};
