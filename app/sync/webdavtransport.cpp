// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webdavtransport.h"

#include "domain/handoff.h"
#include "net/networkfactory.h"
#include "sync/webdavlisting.h"

#include <QFutureWatcher>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QtConcurrentRun>

#include <algorithm>
#include <memory>
#include <utility>

namespace Threadkeeper {

namespace {
// The properties a listing needs, and no more (allprop may be large, or refused).
const QByteArray PropfindBody
    = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                        "<d:propfind xmlns:d=\"DAV:\"><d:prop>"
                        "<d:getcontentlength/><d:getetag/><d:getlastmodified/><d:resourcetype/>"
                        "</d:prop></d:propfind>\n");

QString shown(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

bool isLoopback(const QString &host)
{
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || QHostAddress(host).isLoopback();
}

// Errors that mean the server was never spoken to.
bool unreached(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return true;
    default:
        return false;
    }
}

// "bytes 10-99/100" → 10; -1 when unreadable.
qint64 rangeStart(const QByteArray &contentRange)
{
    static const QRegularExpression form(QStringLiteral("^\\s*bytes\\s+(\\d+)-\\d+/(\\d+|\\*)\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = form.match(QString::fromLatin1(contentRange));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}
} // namespace

WebDavTransport::WebDavTransport(QNetworkAccessManager *nam, const QUrl &collection, const QString &user,
    const QString &password, QObject *parent)
    : SyncTransport(parent)
    , m_manager(nam)
    , m_collection(collection.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment))
{
    if (!m_collection.path().endsWith(QLatin1Char('/')))
        m_collection.setPath(m_collection.path() + QLatin1Char('/'));
    if (!user.isEmpty() || !password.isEmpty())
        m_authorization = "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

WebDavTransport::~WebDavTransport()
{
    // Pending calls are not answered: their callbacks may reach what owned this transport.
    const QList<QPointer<QNetworkReply>> pending = std::exchange(m_pending, {});
    for (const QPointer<QNetworkReply> &reply : pending) {
        if (!reply)
            continue;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

QString WebDavTransport::describe() const
{
    return shown(m_collection);
}

QString WebDavTransport::refusal() const
{
    const QString scheme = m_collection.scheme();
    if (!m_collection.isValid() || m_collection.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return tr("%1 is not a WebDAV address (https://…)").arg(shown(m_collection));
    // The password goes with every request: never in the clear over a network.
    if (scheme == QLatin1String("http") && !isLoopback(m_collection.host()))
        return tr("WebDAV over plain http is only allowed to this machine; use https");
    return {};
}

QString WebDavTransport::nameRefusal(const QString &name) const
{
    // Names are of files directly in the collection: nothing that would reach elsewhere.
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..")
        || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return tr("“%1” is not a file name in %2").arg(name, describe());
    return {};
}

QUrl WebDavTransport::fileUrl(const QString &name) const
{
    QUrl url = m_collection;
    url.setPath(m_collection.path(QUrl::FullyEncoded) + QString::fromLatin1(QUrl::toPercentEncoding(name)),
        QUrl::TolerantMode);
    return url;
}

QNetworkRequest WebDavTransport::request(const QUrl &url) const
{
    QNetworkRequest request = makeRequest(url, m_timeoutMs, QByteArrayLiteral("*/*"));
    // The authorization goes to this server only: a redirect elsewhere would carry it.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    // Our header decides: no credentials Qt kept for the host are added to it.
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    // Another device's files change under the same address: never from a cache, never kept.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    return request;
}

void WebDavTransport::later(std::function<void()> answer)
{
    QTimer::singleShot(0, this, std::move(answer));
}

void WebDavTransport::send(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body,
    qint64 maxBytes, Answered answered)
{
    // PUT and PROPFIND carry a body (an empty file is still "Content-Length: 0"); the
    // others none at all.
    const bool withBody = verb == "PUT" || verb == "PROPFIND";
    QNetworkReply *reply = withBody ? m_manager->sendCustomRequest(request, verb, body)
                                    : m_manager->sendCustomRequest(request, verb);
    m_pending.append(reply);
    // The body is taken as it comes and counted, so a server cannot make us hold more than
    // the bound; the reply's own buffer is bounded too, so Qt does not read far ahead.
    auto kept = std::make_shared<QByteArray>();
    auto tooLarge = std::make_shared<bool>(false);
    if (maxBytes > 0)
        reply->setReadBufferSize(std::min<qint64>(maxBytes, 4 * 1024 * 1024) + 64 * 1024);
    connect(reply, &QNetworkReply::readyRead, this, [reply, kept, tooLarge, maxBytes] {
        if (*tooLarge)
            return;
        kept->append(reply->readAll());
        if (kept->size() > maxBytes) {
            *tooLarge = true;
            kept->clear();
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [reply, tooLarge, maxBytes](qint64, qint64 total) {
        if (total > maxBytes && !*tooLarge) {
            *tooLarge = true;
            reply->abort();
        }
    });
    const QUrl url = request.url();
    auto finish = [this, reply, kept, tooLarge, maxBytes, url, answered] {
        // Once only: Qt's finished, or the check below, whichever comes first.
        if (!m_pending.removeOne(QPointer<QNetworkReply>(reply)))
            return;
        reply->deleteLater();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        answer.contentRange = reply->rawHeader("Content-Range");
        if (!*tooLarge && reply->isOpen())
            kept->append(reply->readAll());
        answer.body = std::move(*kept);
        const QNetworkReply::NetworkError error = reply->error();
        if (*tooLarge) {
            answer.error = tr("%1 sent more than %2 MB")
                               .arg(shown(url))
                               .arg(maxBytes / double(1024 * 1024), 0, 'g', 4);
        } else if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
            // Only the transfer timeout ends a reply this way: our own aborts are for size,
            // and the destructor's answer nobody.
            answer.error = tr("%1 did not answer within %n second(s)", nullptr, (m_timeoutMs + 999) / 1000)
                               .arg(shown(url));
        } else if (error == QNetworkReply::InsecureRedirectError
            || error == QNetworkReply::TooManyRedirectsError) {
            const QUrl to = url.resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
            answer.error = tr(
                "%1 sent the request on to %2 (HTTP %3); only redirects within the same server are followed")
                               .arg(shown(url), shown(to))
                               .arg(answer.status);
        } else if (unreached(error)) {
            answer.error = tr("Could not reach %1: %2").arg(shown(url), reply->errorString());
        } else if (answer.status == 0 || (error != QNetworkReply::NoError && error < 200)) {
            // No HTTP answer, or one cut off on its way (codes 1–199 are the connection's
            // and the proxy's; 200 and up are HTTP statuses, which the caller reads).
            answer.error = tr("The connection to %1 broke off: %2").arg(shown(url), reply->errorString());
        }
        answered(answer);
    };
    connect(reply, &QNetworkReply::finished, this, finish);
    // A reply that ended before we listened would never say so: answer it, later.
    if (reply->isFinished())
        later(finish);
}

QString WebDavTransport::statusError(const QUrl &url, const Answer &answer) const
{
    const QString status = answer.reason.isEmpty()
        ? QString::number(answer.status)
        : QString::number(answer.status) + QLatin1Char(' ') + QString::fromLatin1(answer.reason);
    if (answer.status == 401)
        return tr("%1 refused the user name or password (HTTP %2)").arg(shown(url), status);
    if (answer.status == 403)
        return tr(
            "%1 refused access: the user name or password was refused, or may not use this folder (HTTP %2)")
            .arg(shown(url), status);
    if (answer.status >= 300 && answer.status < 400)
        return tr("%1 sent the request to another server (HTTP %2), which is not followed")
            .arg(shown(url), status);
    return tr("%1 answered HTTP %2").arg(shown(url), status);
}

void WebDavTransport::list(Listed done)
{
    if (const QString why = refusal(); !why.isEmpty())
        return later([done, why] { done({}, why); });
    QNetworkRequest propfind = request(m_collection);
    propfind.setRawHeader("Depth", "1");
    propfind.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/xml; charset=utf-8"));
    send(propfind, "PROPFIND", PropfindBody, m_maxListingBytes, [this, done](const Answer &answer) {
        if (!answer.error.isEmpty())
            return done({}, answer.error);
        if (answer.status == 404)
            return makeCollection(done);
        if (answer.status != 207)
            return done({}, statusError(m_collection, answer));
        // Read on a worker: a hostile listing may be 16 MiB of XML. A transport gone by then
        // takes its watcher along, and the answer with it.
        auto *watcher = new QFutureWatcher<WebDavListing>(this);
        connect(watcher, &QFutureWatcher<WebDavListing>::finished, this, [this, watcher, done] {
            const WebDavListing listing = watcher->result();
            letGo(watcher);
            if (!listing.error.isEmpty())
                return done({}, tr("%1: %2").arg(describe(), listing.error));
            done(listing.files, {});
        });
        watcher->setFuture(QtConcurrent::run(handedOff([body = answer.body, collection = m_collection] {
            return readWebDavListing(body, collection, MaxEntries);
        })));
    });
}

void WebDavTransport::makeCollection(Listed done)
{
    send(request(m_collection), "MKCOL", {}, m_maxListingBytes, [this, done](const Answer &answer) {
        if (!answer.error.isEmpty())
            return done({}, answer.error);
        if (answer.status == 201 || answer.status == 200)
            return done({}, {});
        if (answer.status == 409)
            return done(
                {}, tr("%1 cannot be made: the folder it is in is missing (HTTP 409)").arg(describe()));
        done({}, statusError(m_collection, answer));
    });
}

void WebDavTransport::read(const QString &name, qint64 from, Read done)
{
    QString why = refusal();
    if (why.isEmpty())
        why = nameRefusal(name);
    if (!why.isEmpty())
        return later([done, why] { done({}, why); });
    from = std::max<qint64>(0, from);
    const QUrl url = fileUrl(name);
    QNetworkRequest get = request(url);
    if (from > 0)
        get.setRawHeader("Range", "bytes=" + QByteArray::number(from) + '-');
    // A server that ignores the range sends the whole file: the bound counts from its start.
    send(get, "GET", {}, m_maxReadBytes, [this, done, url, from](const Answer &answer) {
        if (!answer.error.isEmpty())
            return done({}, answer.error);
        if (answer.status == 416) // from is at or past the end
            return done({}, {});
        if (answer.status == 206) {
            if (rangeStart(answer.contentRange) != from)
                return done({},
                    tr("%1 sent another part of the file than asked (%2)")
                        .arg(shown(url), QString::fromLatin1(answer.contentRange)));
            return done(answer.body, {});
        }
        if (answer.status == 200)
            return done(answer.body.mid(from), {});
        done({}, statusError(url, answer));
    });
}

void WebDavTransport::write(const QString &name, const QByteArray &bytes, Done done)
{
    QString why = refusal();
    if (why.isEmpty())
        why = nameRefusal(name);
    if (!why.isEmpty())
        return later([done, why] { done(why); });
    const QUrl url = fileUrl(name);
    QNetworkRequest put = request(url);
    put.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    send(put, "PUT", bytes, m_maxListingBytes, [this, done, url](const Answer &answer) {
        if (!answer.error.isEmpty())
            return done(answer.error);
        if (answer.status >= 200 && answer.status < 300)
            return done({});
        done(statusError(url, answer));
    });
}

void WebDavTransport::remove(const QString &name, Done done)
{
    QString why = refusal();
    if (why.isEmpty())
        why = nameRefusal(name);
    if (!why.isEmpty())
        return later([done, why] { done(why); });
    const QUrl url = fileUrl(name);
    send(request(url), "DELETE", {}, m_maxListingBytes, [this, done, url](const Answer &answer) {
        if (!answer.error.isEmpty())
            return done(answer.error);
        // Already gone is what was asked.
        if ((answer.status >= 200 && answer.status < 300) || answer.status == 404)
            return done({});
        done(statusError(url, answer));
    });
}

} // namespace Threadkeeper
