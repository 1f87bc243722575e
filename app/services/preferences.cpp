// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include "net/pagefetcher.h"
#include "services/imagecache.h"
#include "services/listingloader.h"
#include "services/readerservices.h"
#include "services/subscriptionbook.h"
#include "services/threadloader.h"
#include "services/threadrefresher.h"

#include <QNetworkProxyFactory>
#include <QSettings>

namespace Threadkeeper {

namespace {
const QString PerHostKey = QStringLiteral("network/perHost");
const QString TimeoutKey = QStringLiteral("network/timeoutSeconds");
const QString PageMegabytesKey = QStringLiteral("network/pageMegabytes");
const QString PageSecondsKey = QStringLiteral("network/pageSeconds");
const QString UserAgentKey = QStringLiteral("network/userAgent");
const QString SystemProxyKey = QStringLiteral("network/systemProxy");
const QString HideThresholdKey = QStringLiteral("rules/hideThreshold");
const QString FollowThresholdKey = QStringLiteral("rules/followThreshold");
const QString HideModeKey = QStringLiteral("rules/hideMode");
const QString FoldParentQuotesKey = QStringLiteral("reader/foldParentQuotes");
const QString MarkReadSecondsKey = QStringLiteral("reader/markReadSeconds");
} // namespace

NetworkPreferences NetworkPreferences::load()
{
    const QSettings settings;
    NetworkPreferences p;
    p.perHost = std::clamp(settings.value(PerHostKey, DefaultPerHost).toInt(), 1, MaxPerHost);
    p.timeoutSeconds = std::clamp(
        settings.value(TimeoutKey, DefaultTimeoutSeconds).toInt(), MinTimeoutSeconds, MaxTimeoutSeconds);
    p.pageMegabytes
        = std::clamp(settings.value(PageMegabytesKey, DefaultPageMegabytes).toInt(), 1, MaxPageMegabytes);
    p.pageSeconds = std::clamp(
        settings.value(PageSecondsKey, DefaultPageSeconds).toInt(), MinPageSeconds, MaxPageSeconds);
    // A header value is one line: anything else would be refused by the network stack.
    p.userAgent = settings.value(UserAgentKey).toString().simplified();
    p.systemProxy = settings.value(SystemProxyKey, false).toBool();
    return p;
}

void NetworkPreferences::save() const
{
    QSettings settings;
    settings.setValue(PerHostKey, perHost);
    settings.setValue(TimeoutKey, timeoutSeconds);
    settings.setValue(PageMegabytesKey, pageMegabytes);
    settings.setValue(PageSecondsKey, pageSeconds);
    settings.setValue(UserAgentKey, userAgent.simplified());
    settings.setValue(SystemProxyKey, systemProxy);
}

void NetworkPreferences::applyTo(const ReaderServices &services) const
{
    const QByteArray agent = userAgent.simplified().toUtf8();
    for (PageFetcher *fetcher : {services.loader ? services.loader->fetcher() : nullptr,
             services.refresher ? services.refresher->fetcher() : nullptr,
             services.images ? services.images->fetcher() : nullptr,
             services.subscriptions ? services.subscriptions->loader()->fetcher() : nullptr}) {
        if (!fetcher)
            continue;
        fetcher->setMaxPerHost(perHost);
        fetcher->setTimeout(timeoutSeconds * 1000);
        fetcher->setMaxPageBytes(qint64(pageMegabytes) * 1024 * 1024);
        fetcher->setMaxPageTime(pageSeconds * 1000);
        fetcher->setUserAgent(agent);
    }
    QNetworkProxyFactory::setUseSystemConfiguration(systemProxy);
    // The loader sets its fetcher's timeout on each load, so it keeps its own.
    if (services.loader)
        services.loader->setTimeout(timeoutSeconds * 1000);
}

ReadingPreferences ReadingPreferences::load()
{
    const QSettings settings;
    ReadingPreferences p;
    p.thresholds.hide = settings.value(HideThresholdKey, p.thresholds.hide).toInt();
    p.thresholds.follow = settings.value(FollowThresholdKey, p.thresholds.follow).toInt();
    p.hideMode = HideMode(std::clamp(settings.value(HideModeKey, 0).toInt(), 0, 2));
    p.foldParentQuotes = settings.value(FoldParentQuotesKey, true).toBool();
    p.markReadSeconds = std::clamp(settings.value(MarkReadSecondsKey, 0).toInt(), 0, MaxMarkReadSeconds);
    return p;
}

void ReadingPreferences::save() const
{
    QSettings settings;
    settings.setValue(HideThresholdKey, thresholds.hide);
    settings.setValue(FollowThresholdKey, thresholds.follow);
    settings.setValue(HideModeKey, int(hideMode));
    settings.setValue(FoldParentQuotesKey, foldParentQuotes);
    settings.setValue(MarkReadSecondsKey, markReadSeconds);
}

} // namespace Threadkeeper
