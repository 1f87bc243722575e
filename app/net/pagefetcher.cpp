// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagefetcher.h"

#include "certificatetrust.h"
#include "hostbudgets.h"
#include "networkfactory.h"
#include "siteauthorization.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

#include <memory>

namespace Threadkeeper {

namespace {

QString hostKeyOf(const QUrl &url)
{
    return url.scheme() + QLatin1String("://") + url.host() + QLatin1Char(':') + QString::number(url.port());
}

// qrc: and file: have no server to map a directory to its index page.
QUrl requestUrlFor(const QUrl &url)
{
    if ((url.scheme() == QLatin1String("qrc") || url.isLocalFile())
        && url.path().endsWith(QLatin1Char('/'))) {
        QUrl local = url;
        local.setPath(url.path() + QLatin1String("index.html"));
        return local;
    }
    return url;
}

bool isRetryable(QNetworkReply::NetworkError error, int status)
{
    if (status >= 500 && status != 501)
        return true;
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

} // namespace

PageFetcher::PageFetcher(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{ }

PageFetcher::~PageFetcher()
{
    cancel();
}

int PageFetcher::pendingCount() const
{
    int n = m_inFlight + m_waiting;
    for (const Host &h : m_hosts)
        n += int(h.queue.size());
    return n;
}

void PageFetcher::fetch(const QUrl &url, int page, Completeness complete, const QByteArray &accept,
    const HttpValidators &conditional)
{
    const QString key = hostKeyOf(url);
    m_hosts[key].queue.append(Job {url, page, 0, std::move(complete), accept, conditional});
    pump(key);
}

void PageFetcher::cancel()
{
    ++m_generation;
    m_hosts.clear();
    const auto replies = std::exchange(m_replies, {});
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    m_inFlight = 0;
    m_waiting = 0;
}

void PageFetcher::pump(const QString &hostKey)
{
    auto it = m_hosts.find(hostKey);
    if (it == m_hosts.end())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (it->notBefore > now) {
        const quint64 generation = m_generation;
        QTimer::singleShot(int(it->notBefore - now), this, [this, hostKey, generation] {
            if (generation == m_generation)
                pump(hostKey);
        });
        return;
    }
    HostBudgets *budgets = HostBudgets::of(m_manager);
    while (it->inFlight < m_maxPerHost && !it->queue.isEmpty()) {
        // The site's budget: what it allows in its window, and what it says is left.
        if (const qint64 wait = budgets->waitMs(it->queue.first().url, now); wait > 0) {
            if (!it->budgetTimer) {
                it->budgetTimer = true;
                const quint64 generation = m_generation;
                QTimer::singleShot(int(std::min<qint64>(wait, HostBudgets::MaxResetWaitMs)), this,
                    [this, hostKey, generation] {
                        if (generation != m_generation)
                            return;
                        if (auto host = m_hosts.find(hostKey); host != m_hosts.end())
                            host->budgetTimer = false;
                        pump(hostKey);
                    });
            }
            return;
        }
        Job job = it->queue.takeFirst();
        budgets->noteStart(job.url, now);
        ++it->inFlight;
        start(hostKey, job);
        it = m_hosts.find(hostKey); // start() does not touch m_hosts, but stay safe
    }
}

void PageFetcher::start(const QString &hostKey, Job job)
{
    ++m_inFlight;
    m_maxInFlightSeen = std::max(m_maxInFlightSeen, m_inFlight);
    QNetworkRequest request = makeRequest(requestUrlFor(job.url), m_timeoutMs, job.accept, m_userAgent);
    if (!job.conditional.etag.isEmpty())
        request.setRawHeader("If-None-Match", job.conditional.etag);
    if (!job.conditional.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", job.conditional.lastModified);
    // The reader's token for this site's API, to this host only: a redirect elsewhere
    // would carry it along, so none is followed off the host.
    if (const QByteArray authorization = SiteAuthorization::of(m_manager)->headerFor(job.url);
        !authorization.isEmpty()) {
        request.setRawHeader("Authorization", authorization);
        request.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    }
    QNetworkReply *reply = m_manager->get(request);
    // The body is taken out of the reply as it comes, and counted: a stream that goes past
    // the limit ends at once, however the network hands it over. The reply's own buffer is
    // bounded, so Qt cannot read far ahead of us (a fast stream piled up 100 MB and more
    // over loopback); a smaller bound stalled compressed answers in Qt.
    auto body = std::make_shared<QByteArray>();
    const qint64 maxBytes = m_maxPageBytes;
    reply->setProperty("maxBytes", maxBytes);
    reply->setReadBufferSize(maxBytes + 64 * 1024);
    connect(reply, &QNetworkReply::readyRead, this, [reply, body, maxBytes] {
        if (reply->property("tooLarge").toBool())
            return;
        body->append(reply->readAll());
        if (body->size() > maxBytes) {
            reply->setProperty("tooLarge", true);
            body->clear();
            reply->abort();
        }
    });
    m_replies.append(reply);
    connect(reply, &QNetworkReply::downloadProgress, this, [reply, maxBytes](qint64 received, qint64 total) {
        if (received > maxBytes || total > maxBytes) {
            reply->setProperty("tooLarge", true);
            reply->abort();
        }
    });
    if (m_maxPageTimeMs > 0) {
        // The timer lives with the reply: it goes when the reply goes.
        const int limit = m_maxPageTimeMs;
        reply->setProperty("maxTimeMs", limit);
        QTimer::singleShot(limit, reply, [reply] {
            if (reply->isRunning()) {
                reply->setProperty("tooSlow", true);
                reply->abort();
            }
        });
    }
    // Kept for the report: after a refused handshake the reply no longer says why.
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
        QStringList why;
        for (const QSslError &e : errors)
            why.append(e.errorString());
        reply->setProperty("sslWhy", why.join(QLatin1String("; ")));
        reply->setProperty(
            "sslCertificate", QVariant::fromValue(reply->sslConfiguration().peerCertificate()));
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, hostKey, job, body] {
        if (reply->isOpen()) // not after an abort
            body->append(reply->readAll());
        onFinished(reply, hostKey, job, std::move(*body));
    });
}

void PageFetcher::retryLater(const QString &hostKey, Job job, int delayMs)
{
    ++m_waiting;
    const quint64 generation = m_generation;
    QTimer::singleShot(delayMs, this, [this, hostKey, job, generation] {
        if (generation != m_generation)
            return;
        --m_waiting;
        m_hosts[hostKey].queue.prepend(job);
        pump(hostKey);
    });
}

std::optional<int> PageFetcher::retryAfterSeconds(const QByteArray &value)
{
    // Either a number of seconds or an HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT").
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return seconds;
    QString date = QString::fromLatin1(value.trimmed());
    if (date.endsWith(QLatin1String(" GMT"))) // HTTP's zone name; Qt reads the numeric form
        date = date.chopped(4) + QLatin1String(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    // Not before that moment: a part of a second still to wait is a whole one.
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(when);
    return int(std::max<qint64>(0, (ms + 999) / 1000));
}

void PageFetcher::onFinished(QNetworkReply *reply, const QString &hostKey, Job job, QByteArray body)
{
    reply->deleteLater();
    m_replies.removeAll(reply);
    --m_inFlight;
    auto host = m_hosts.find(hostKey);
    if (host != m_hosts.end())
        --host->inFlight;

    PageResult result;
    result.page = job.page;
    result.url = job.url;
    result.finalUrl = reply->url();
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();

    HostBudgets::of(m_manager)->noteAnswer(job.url, reply, QDateTime::currentMSecsSinceEpoch());
    result.validators = HttpValidators {reply->rawHeader("ETag"), reply->rawHeader("Last-Modified")};
    if (reply->property("tooLarge").toBool()) {
        result.error = tr("the page is larger than %1 MB")
                           .arg(reply->property("maxBytes").toLongLong() / double(1024 * 1024), 0, 'g', 3);
    } else if (reply->property("tooSlow").toBool()) {
        result.error = tr("the page was still arriving after %1 s")
                           .arg(reply->property("maxTimeMs").toInt() / 1000.0, 0, 'g', 3);
    } else if (result.httpStatus == 304 && !job.conditional.isEmpty()) {
        result.notModified = true; // what we have is still the page
        result.validators = job.conditional;
    } else if (result.httpStatus == 429 || result.httpStatus == 503) {
        // Back off the whole host as the server asks, then retry this page; a wait longer
        // than we would keep a reader waiting is not waited out.
        const std::optional<int> seconds = retryAfterSeconds(reply->rawHeader("Retry-After"));
        const int delay
            = seconds ? std::clamp(*seconds, 0, MaxRetryAfterSeconds) * 1000 : m_retryDelayMs << job.attempt;
        Q_EMIT hostBusy(job.url, seconds ? std::max(0, *seconds) : (delay + 999) / 1000);
        if (seconds && *seconds > MaxRetryAfterSeconds) {
            if (host != m_hosts.end())
                host->notBefore = QDateTime::currentMSecsSinceEpoch() + delay;
            result.error = tr(
                "the server is busy (HTTP %1) and asks to wait %n minute(s)", nullptr, (*seconds + 59) / 60)
                               .arg(result.httpStatus);
        } else if (job.attempt < m_maxRetries && host != m_hosts.end()) {
            host->notBefore = QDateTime::currentMSecsSinceEpoch() + delay;
            ++job.attempt;
            retryLater(hostKey, job, delay);
            pump(hostKey);
            return;
        } else {
            result.error = tr("the server is busy (HTTP %1)").arg(result.httpStatus);
        }
    } else if (result.httpStatus == 401 && !reply->request().rawHeader("Authorization").isEmpty()
        && !job.renewed) {
        // The site refused the reader's token (expired, revoked): renewed once, then asked again.
        job.renewed = true;
        ++m_waiting;
        const quint64 generation = m_generation;
        SiteAuthorization::of(m_manager)->renew(
            job.url, [self = QPointer<PageFetcher>(this), hostKey, job, generation](const QString &why) {
                if (!self || generation != self->m_generation)
                    return;
                --self->m_waiting;
                if (why.isEmpty()) {
                    self->m_hosts[hostKey].queue.prepend(job);
                    self->pump(hostKey);
                    return;
                }
                PageResult refused;
                refused.page = job.page;
                refused.url = job.url;
                refused.finalUrl = job.url;
                refused.httpStatus = 401;
                refused.error = why;
                Q_EMIT self->pageFinished(refused);
            });
        pump(hostKey);
        return;
    } else if (error != QNetworkReply::NoError) {
        if (job.attempt < m_maxRetries && isRetryable(error, result.httpStatus)) {
            ++job.attempt;
            retryLater(hostKey, job, m_retryDelayMs << (job.attempt - 1));
            pump(hostKey);
            return;
        }
        const QVariant peer = reply->property("sslCertificate");
        const auto certificate
            = peer.isValid() ? peer.value<QSslCertificate>() : std::optional<QSslCertificate>();
        if (error == QNetworkReply::SslHandshakeFailedError && certificate && !certificate->isNull()) {
            // Never retried, never trusted here: only the reader can decide.
            result.untrustedCertificate = certificate;
            result.error
                = tr("%1 showed a certificate that is not trusted (%2); SHA-256 fingerprint %3")
                      .arg(CertificateTrust::siteOf(result.finalUrl), reply->property("sslWhy").toString(),
                          CertificateTrust::fingerprint(*certificate));
        } else if (error == QNetworkReply::OperationCanceledError) {
            result.error = tr("timed out after %1 s").arg(m_timeoutMs / 1000.0, 0, 'g', 3);
        } else if (result.httpStatus >= 400) {
            result.errorBody = body.left(MaxErrorBody);
            result.error = tr("HTTP %1 %2")
                               .arg(result.httpStatus)
                               .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
        } else {
            result.error = reply->errorString();
        }
    } else {
        result.body = std::move(body);
        result.contentType = reply->rawHeader("Content-Type");
        // An answer can end early without an error: a compressed stream or one without a
        // length that the server closed. Only the page's own engine can tell.
        if (const QString cut = job.complete ? job.complete(result.body) : QString(); !cut.isEmpty()) {
            if (job.attempt < m_maxRetries) {
                ++job.attempt;
                retryLater(hostKey, job, m_retryDelayMs << (job.attempt - 1));
                pump(hostKey);
                return;
            }
            result.body.clear();
            result.error = tr("the answer was cut short %n time(s): %1", nullptr, job.attempt + 1).arg(cut);
        }
    }
    pump(hostKey);
    Q_EMIT pageFinished(result);
}

} // namespace Threadkeeper
