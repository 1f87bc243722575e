// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/synctransport.h"

#include <QList>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Threadkeeper {

// The shared place as a WebDAV collection: list is PROPFIND (Depth: 1), read GET (with a
// Range from an offset), write PUT, remove DELETE. The user and password go as Basic
// authorization on each request, never in an address, and only over https or to this
// machine: a plain http address elsewhere is refused by every call. Redirects stay on the
// same origin; every request has a transfer timeout, and listings and reads a size bound.
// A transport destroyed with calls pending never answers them.
class WebDavTransport : public SyncTransport
{
    Q_OBJECT
public:
    static constexpr qint64 DefaultMaxListingBytes = 16 * 1024 * 1024;
    static constexpr qint64 DefaultMaxReadBytes = 256 * 1024 * 1024;
    static constexpr int MaxEntries = 100'000;
    static constexpr int DefaultTimeoutMs = 60'000;

    // collection: the folder's address (a missing trailing '/' is added; user information
    // in it is dropped). The manager is borrowed and must outlive this transport's requests.
    WebDavTransport(QNetworkAccessManager *nam, const QUrl &collection, const QString &user,
        const QString &password, QObject *parent = nullptr);
    ~WebDavTransport() override;

    void list(Listed done) override;
    void read(const QString &name, qint64 from, Read done) override;
    void write(const QString &name, const QByteArray &bytes, Done done) override;
    void remove(const QString &name, Done done) override;
    QString describe() const override;

    // How long a request may go without sending or receiving anything.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setMaxListingBytes(qint64 bytes) { m_maxListingBytes = bytes; }
    void setMaxReadBytes(qint64 bytes) { m_maxReadBytes = bytes; }

private:
    // The answer to one request: the reply (finished), its body as far as it was kept, and
    // the error to report when the request failed at the network level or was cut off.
    struct Answer
    {
        int status = 0;
        QByteArray reason;
        QByteArray body;
        QString error; // empty when an HTTP answer came whole
        QByteArray contentRange;
    };
    using Answered = std::function<void(const Answer &answer)>;

    // Why no request can go to the collection, or empty.
    QString refusal() const;
    QString nameRefusal(const QString &name) const;
    QUrl fileUrl(const QString &name) const;
    QNetworkRequest request(const QUrl &url) const;
    // Sends the request; answered runs once when it ends, unless this transport goes first.
    void send(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body, qint64 maxBytes,
        Answered answered);
    void makeCollection(Listed done);
    // Defers a failure, so that no call answers from inside itself.
    void later(std::function<void()> answer);
    // The sentence for an HTTP answer that is not the one hoped for.
    QString statusError(const QUrl &url, const Answer &answer) const;

    QNetworkAccessManager *m_manager;
    QUrl m_collection;
    QByteArray m_authorization;
    int m_timeoutMs = DefaultTimeoutMs;
    qint64 m_maxListingBytes = DefaultMaxListingBytes;
    qint64 m_maxReadBytes = DefaultMaxReadBytes;
    QList<QPointer<QNetworkReply>> m_pending;
};

} // namespace Threadkeeper
