#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

// SHA-256 through OpenSSL's libcrypto, which uses the CPU's SHA extensions:
// about 1.2 GB/s here against 175 MB/s for QCryptographicHash, which matters
// when a whole site or a 1 GB archive is hashed.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    // Lower-case hex; the object can be used again after reset().
    QByteArray hexResult();
    void reset();

    static QByteArray hex(QByteArrayView data);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};
