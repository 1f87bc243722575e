// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtureserver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QPointer>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

namespace Threadkeeper::Testing {

FixtureServer::FixtureServer(QObject *parent)
    : QObject(parent)
{ }

FixtureServer::~FixtureServer() = default;

bool FixtureServer::listen(std::unique_ptr<QTcpServer> server, quint16 port)
{
    m_server = std::move(server);
    // Emitted once a connection is usable: at once for TCP, after the handshake for TLS.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &FixtureServer::onConnection);
    return m_server->listen(QHostAddress::LocalHost, port);
}

bool FixtureServer::start()
{
    m_tls = false;
    return listen(std::make_unique<QTcpServer>(), 0);
}

bool FixtureServer::startTls(const QString &identity, quint16 port)
{
    const QString base = QStringLiteral(THREADKEEPER_SOURCE_DIR "/tests/servers/tls/") + identity;
    QFile certFile(base + QLatin1String(".crt"));
    QFile keyFile(base + QLatin1String(".key"));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients show no certificate
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(tls);
    m_tls = true;
    m_buffers.clear(); // the old server's sockets go with it
    return listen(std::move(server), port);
}

QUrl FixtureServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls ? QLatin1String("https") : QLatin1String("http"))
                    .arg(port())
                    .arg(path));
}

void FixtureServer::setPage(const QString &path, const QByteArray &html, int delayMs)
{
    Route route;
    route.body = html;
    route.delayMs = delayMs;
    setRoute(path, route);
}

void FixtureServer::resetCounters()
{
    m_requests.clear();
    m_targets.clear();
    m_conditional.clear();
    m_notModified.clear();
    m_userAgents.clear();
    m_authorizations.clear();
    m_bodies.clear();
    m_requestTimes.clear();
    m_maxConcurrent = 0;
}

QByteArray FixtureServer::etagOf(const QByteArray &body)
{
    return '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex().left(16) + '"';
}

namespace {
// A request header's value, or empty ("If-None-Match: x" in the request's head).
QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QDateTime httpDate(const QByteArray &value)
{
    QString date = QString::fromLatin1(value.trimmed());
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(4) + QLatin1String(" +0000");
    return QDateTime::fromString(date, Qt::RFC2822Date);
}
} // namespace

void FixtureServer::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FixtureServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    // The head ends a GET; a POST's body follows it, as long as its Content-Length.
    while (true) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        const qsizetype length = headerValue(head, "Content-Length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        m_bodies.append(buffer.mid(end + 4, length));
        buffer.remove(0, end + 4 + length);
        m_authorizations.append(headerValue(head, "Authorization"));
        m_requestTimes.append(QDateTime::currentMSecsSinceEpoch());
        const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
        const QString target = requestLine.size() > 1 ? QString::fromUtf8(requestLine[1]) : QString();
        // Routes are paths; a route that names a query too ("/index.php?threads/a.1/", as
        // forums without friendly URLs have) matches that query only.
        const QUrl requested(target);
        QString path = requested.path(QUrl::FullyEncoded);
        if (requested.hasQuery()
            && m_routes.contains(path + QLatin1Char('?') + requested.query(QUrl::FullyEncoded)))
            path += QLatin1Char('?') + requested.query(QUrl::FullyEncoded);
        m_requests.append(path);
        m_targets.append(requested.path(QUrl::FullyDecoded)
            + (requested.hasQuery() ? QLatin1Char('?') + requested.query(QUrl::FullyDecoded) : QString()));
        m_userAgents.append(headerValue(head, "User-Agent"));
        const QByteArray ifNoneMatch = headerValue(head, "If-None-Match");
        const QByteArray ifModifiedSince = headerValue(head, "If-Modified-Since");
        if (!ifNoneMatch.isEmpty() || !ifModifiedSince.isEmpty())
            m_conditional.append(path);
        ++m_open;
        m_maxConcurrent = std::max(m_maxConcurrent, m_open);
        Route route;
        const auto it = m_routes.constFind(path);
        if (it == m_routes.constEnd()) {
            route.status = 404;
            route.body = "<!DOCTYPE html><html><body><h1>Not found</h1></body></html>";
        } else {
            route = *it;
            if (route.bodyForQuery)
                route.body = route.bodyForQuery(requested.query(QUrl::FullyDecoded));
            if (it->cutTimes != 0) {
                route.cut = true;
                if (it->cutTimes > 0)
                    --m_routes[path].cutTimes;
            }
            if (it->otherTimes > 0) {
                --m_routes[path].otherTimes;
                route.body = it->otherBody;
            }
            if (it->failTimes > 0) {
                --m_routes[path].failTimes;
                route.status = it->failStatus;
                route.body = "busy";
                route.headers.append(qMakePair(QByteArray("Retry-After"), it->retryAfter));
            }
        }
        if (!route.basicAuth.isEmpty()
            && headerValue(head, "Authorization") != "Basic " + route.basicAuth.toBase64()) {
            route.status = 401;
            route.body = "<!DOCTYPE html><html><body><h1>Who are you?</h1></body></html>";
            route.headers.append(
                qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Basic realm=\"forum\"")));
        }
        if (!route.authorization.isEmpty() && headerValue(head, "Authorization") != route.authorization) {
            route.status = 401;
            route.contentType = "application/json";
            route.body = R"({"message": "Unauthorized", "error": 401})";
            route.headers.clear();
        }
        if (m_validators && route.status == 200 && !route.cut) {
            const QByteArray etag = etagOf(route.body);
            route.headers.append(qMakePair(QByteArray("ETag"), etag));
            if (!route.lastModified.isEmpty())
                route.headers.append(qMakePair(QByteArray("Last-Modified"), route.lastModified));
            // If-None-Match decides when it is there (RFC 9110 13.2.2).
            const bool unchanged = !ifNoneMatch.isEmpty()
                ? ifNoneMatch == etag
                : !ifModifiedSince.isEmpty() && !route.lastModified.isEmpty()
                    && httpDate(ifModifiedSince) >= httpDate(route.lastModified);
            if (unchanged) {
                route.status = 304;
                route.body.clear();
                m_notModified.append(path);
            }
        }
        if (route.hang)
            return; // the client's timeout has to end this
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(route.delayMs, this, [this, guarded, route] {
            --m_open;
            if (guarded)
                respond(guarded, route);
        });
    }
}

void FixtureServer::respond(QTcpSocket *socket, const Route &route)
{
    const QByteArray reason = route.status == 200 ? "OK"
        : route.status == 404                     ? "Not Found"
        : route.status == 503                     ? "Service Unavailable"
        : route.status == 429                     ? "Too Many Requests"
        : route.status == 304                     ? "Not Modified"
                                                  : "Status";
    // Deflate as HTTP means it: a zlib stream (qCompress puts a 4-byte length first).
    const QByteArray body = route.deflate ? qCompress(route.body).mid(4) : route.body;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(route.status) + ' ' + reason + "\r\n";
    out += "Content-Type: " + route.contentType + "\r\n";
    if (!route.withoutLength)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    else
        out += "Connection: close\r\n";
    if (route.deflate)
        out += "Content-Encoding: deflate\r\n";
    if (!route.location.isEmpty())
        out += "Location: " + route.location + "\r\n";
    for (const auto &[name, value] : route.headers)
        out += name + ": " + value + "\r\n";
    if (route.trickleMs > 0) {
        socket->write(out + "\r\n");
        trickle(socket, body, 0, route.trickleMs);
        return;
    }
    out += "\r\n" + (route.cut ? body.left(route.cutAt) : body);
    socket->write(out);
    if (route.cut || route.withoutLength)
        socket->disconnectFromHost(); // writes what is buffered, then closes
}

void FixtureServer::trickle(QTcpSocket *socket, const QByteArray &body, qsizetype at, int everyMs)
{
    if (at >= body.size())
        return;
    socket->write(body.sliced(at, 1));
    QPointer<QTcpSocket> guarded(socket);
    QTimer::singleShot(everyMs, this, [this, guarded, body, at, everyMs] {
        if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
            trickle(guarded, body, at + 1, everyMs);
    });
}

} // namespace Threadkeeper::Testing
