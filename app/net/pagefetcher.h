// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/refresh.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Threadkeeper {

struct PageResult
{
    int page = 0;
    QUrl url; // as requested
    QUrl finalUrl; // after redirects
    QByteArray body;
    QByteArray contentType; // as the server sent it, with its charset if any
    int httpStatus = 0;
    // A conditional request answered 304: nothing changed since the validators sent; no
    // body, and not an error.
    bool notModified = false;
    HttpValidators validators; // what the server sent with this answer (ETag, Last-Modified)
    QString error; // empty on success
    // An error answer's own words (HTTP 4xx/5xx), at most MaxErrorBody bytes: a site may say
    // why it refused (Reddit: a private subreddit), for the page's engine to read.
    QByteArray errorBody;
    // Optional because a QSslCertificate, even a null one, starts the TLS backend (70 ms of
    // reading the system CA store) in programs that never speak TLS.
    std::optional<QSslCertificate>
        untrustedCertificate; // set when the error is a certificate the reader has not trusted
    bool ok() const { return error.isEmpty(); }
};

// Fetches pages asynchronously with at most maxPerHost requests in flight per host,
// bounded retries with backoff for network errors and 5xx, and Retry-After for
// 429/503 (a wait longer than MaxRetryAfter is not waited out: the page fails, and
// hostBusy() tells how long the site asked). Each fetch() ends in exactly one
// pageFinished(), unless cancelled.
class PageFetcher : public QObject
{
    Q_OBJECT
public:
    explicit PageFetcher(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~PageFetcher() override;

    // These apply to requests started from now on; what is in flight keeps its own.
    void setMaxPerHost(int n) { m_maxPerHost = std::max(1, n); }
    int maxPerHost() const { return m_maxPerHost; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }
    // The User-Agent sent; empty sends Threadkeeper's own (userAgent()).
    void setUserAgent(const QByteArray &agent) { m_userAgent = agent; }
    QByteArray userAgentSent() const { return m_userAgent; }
    void setMaxRetries(int n) { m_maxRetries = n; }
    void setRetryDelay(int ms) { m_retryDelayMs = ms; }
    // A page larger than this, decompressed, fails ("the page is larger than N MB").
    void setMaxPageBytes(qint64 bytes) { m_maxPageBytes = std::max<qint64>(1, bytes); }
    qint64 maxPageBytes() const { return m_maxPageBytes; }
    // A page still arriving after this long fails, however steadily it trickles in (the
    // timeout only ends a request that receives nothing for its length); 0: no limit.
    void setMaxPageTime(int ms) { m_maxPageTimeMs = std::max(0, ms); }
    int maxPageTime() const { return m_maxPageTimeMs; }
    static constexpr qint64 DefaultMaxPageBytes = 16 * 1024 * 1024;
    static constexpr int DefaultMaxPageTimeMs = 300 * 1000;
    static constexpr int MaxRetryAfterSeconds = 120;
    static constexpr qsizetype MaxErrorBody = 64 * 1024;

    // Why a body cannot be whole (empty: it can). A body that fails it counts as a
    // network error: retried, and reported as cut short if it stays so.
    using Completeness = std::function<QString(const QByteArray &body)>;
    // accept: the Accept header (empty: HTML). conditional: validators of an earlier
    // answer, sent as If-None-Match / If-Modified-Since; a 304 ends as notModified.
    void fetch(const QUrl &url, int page, Completeness complete = {}, const QByteArray &accept = {},
        const HttpValidators &conditional = {});
    // Aborts everything queued or in flight; nothing more is reported.
    void cancel();
    int pendingCount() const;
    // A Retry-After value in seconds from now: a number, or an HTTP date; none if neither.
    static std::optional<int> retryAfterSeconds(const QByteArray &value);
    int maxInFlightSeen() const { return m_maxInFlightSeen; }
    QNetworkAccessManager *manager() const { return m_manager; }

Q_SIGNALS:
    void pageFinished(const Threadkeeper::PageResult &result);
    // The site answered 429 or 503: no request to its host for this long (seconds).
    void hostBusy(const QUrl &url, int seconds);

private:
    struct Job
    {
        QUrl url;
        int page = 0;
        int attempt = 0;
        Completeness complete;
        QByteArray accept;
        HttpValidators conditional;
        bool renewed = false; // the reader's authorization was renewed once for it
    };
    struct Host
    {
        QList<Job> queue;
        int inFlight = 0;
        qint64 notBefore = 0; // ms since epoch, from Retry-After
        bool budgetTimer = false; // a pump is due when the site's budget allows
    };
    void pump(const QString &hostKey);
    void start(const QString &hostKey, Job job);
    void onFinished(QNetworkReply *reply, const QString &hostKey, Job job, QByteArray body);
    void retryLater(const QString &hostKey, Job job, int delayMs);

    QNetworkAccessManager *m_manager;
    QHash<QString, Host> m_hosts;
    QList<QPointer<QNetworkReply>> m_replies;
    int m_maxPerHost = 4;
    int m_timeoutMs = 30000;
    qint64 m_maxPageBytes = DefaultMaxPageBytes;
    int m_maxPageTimeMs = DefaultMaxPageTimeMs;
    QByteArray m_userAgent;
    int m_maxRetries = 2;
    int m_retryDelayMs = 500;
    int m_inFlight = 0;
    int m_maxInFlightSeen = 0;
    int m_waiting = 0; // jobs parked in retry timers
    quint64 m_generation = 0; // bumped by cancel(), so stale timers do nothing
};

} // namespace Threadkeeper
