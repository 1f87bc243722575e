// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpSocket;

namespace Threadkeeper::Testing {

// A small HTTP/1.1 server on 127.0.0.1 for tests: serves fixed routes with optional
// delays, status codes, redirects, or no answer at all, and records what it was asked.
// Runs in the test's own event loop: no threads, no sleeps.
class FixtureServer : public QObject
{
    Q_OBJECT
public:
    struct Route
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "text/html; charset=utf-8";
        QByteArray location; // for 3xx
        QList<QPair<QByteArray, QByteArray>> headers;
        int delayMs = 0;
        bool hang = false; // accept, never answer
        int failTimes = 0; // answer failStatus with Retry-After this many times first
        int failStatus = 503;
        QByteArray retryAfter = "0"; // seconds, or an HTTP date
        // Cut the answer short this many times first (-1: always): send cutAt bytes of
        // the body (the whole length still announced, unless withoutLength), then close.
        int cutTimes = 0;
        int cutAt = 0;
        bool withoutLength = false; // no Content-Length: the close ends the body
        bool deflate = false; // Content-Encoding: deflate (cutAt counts compressed bytes)
        bool cut = false; // this answer is cut (set per request)
        // Answer this other body (a whole page, but not this one) this many times first.
        QByteArray otherBody;
        int otherTimes = 0;
        // When set, the body is made from the request's query (decoded), as an API that
        // answers any combination of parameters does (Discourse's post_ids[]=…).
        std::function<QByteArray(const QString &query)> bodyForQuery;
        // With validators on: sent as Last-Modified, and If-Modified-Since this date (or
        // later) is answered 304. An HTTP date; empty: no Last-Modified.
        QByteArray lastModified;
        // "user:password": a request without them in its Authorization (Basic) is answered
        // 401 with a challenge.
        QByteArray basicAuth;
        // A request whose Authorization is not exactly this ("bearer TOKEN") is answered
        // 401, as an API refuses a missing, wrong or expired token.
        QByteArray authorization;
        // The body one byte every trickleMs ms, its whole length announced: a server that
        // never goes quiet long enough for a timeout, and never finishes.
        int trickleMs = 0;
    };

    explicit FixtureServer(QObject *parent = nullptr);
    ~FixtureServer() override;
    bool start();
    // HTTPS with one of the test identities in tests/servers/tls ("site" or "other"),
    // self-signed for 127.0.0.1. Listening again on the same port keeps the URLs.
    bool startTls(const QString &identity, quint16 port = 0);
    QUrl url(const QString &path) const;
    quint16 port() const { return m_server ? m_server->serverPort() : 0; }

    void setRoute(const QString &path, const Route &route) { m_routes.insert(path, route); }
    void setPage(const QString &path, const QByteArray &html, int delayMs = 0);
    void clearRoutes() { m_routes.clear(); }

    QStringList requests() const { return m_requests; }
    int requestCount(const QString &path) const { return int(m_requests.count(path)); }
    // Every request as asked: path and query, decoded.
    QStringList targets() const { return m_targets; }
    // Validators, as a server that keeps them: 200 answers carry an ETag (a hash of the
    // body) and the route's Last-Modified; a request whose If-None-Match names the body's
    // ETag, or whose If-Modified-Since is not before the route's date, is answered 304
    // with no body.
    void setValidators(bool on) { m_validators = on; }
    static QByteArray etagOf(const QByteArray &body);
    // Paths asked with a validator (If-None-Match or If-Modified-Since), and of those the
    // ones answered 304.
    QStringList conditionalRequests() const { return m_conditional; }
    QStringList notModified() const { return m_notModified; }
    int maxConcurrent() const { return m_maxConcurrent; }
    // The User-Agent of every request, in order.
    QList<QByteArray> userAgents() const { return m_userAgents; }
    // The Authorization and the body (a POST's form) of every request, and when each came
    // (ms since the epoch), in order.
    QList<QByteArray> authorizations() const { return m_authorizations; }
    QList<QByteArray> bodies() const { return m_bodies; }
    QList<qint64> requestTimes() const { return m_requestTimes; }
    void resetCounters();

private:
    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Route &route);
    void trickle(QTcpSocket *socket, const QByteArray &body, qsizetype at, int everyMs);

    QHash<QString, Route> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QStringList m_requests;
    QStringList m_targets;
    QStringList m_conditional;
    QStringList m_notModified;
    QList<QByteArray> m_userAgents;
    QList<QByteArray> m_authorizations;
    QList<QByteArray> m_bodies;
    QList<qint64> m_requestTimes;
    bool m_validators = false;
    int m_open = 0; // requests received and not yet answered
    int m_maxConcurrent = 0;
    bool listen(std::unique_ptr<QTcpServer> server, quint16 port);

    std::unique_ptr<QTcpServer> m_server; // last: its sockets go first, while the rest still exists
    bool m_tls = false;
};

} // namespace Threadkeeper::Testing
