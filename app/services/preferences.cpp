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

// QSettings hands back what an INI file holds as text ("true", "2"), what this process set as
// it was set: both read as the same text here.
QString syncedText(const QVariant &v)
{
    const QString text = v.toString();
    return text == QLatin1String("true") ? QStringLiteral("1")
        : text == QLatin1String("false") ? QStringLiteral("0")
                                         : QString::number(v.toInt());
}

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
    // Only what the reader changed is written: a default never chosen stays unset, so sync
    // never carries a new device's defaults over another device's choices.
    QSettings settings;
    const ReadingPreferences defaults;
    auto put = [&settings](const QString &key, int value, int fallback, bool boolean) {
        if (settings.contains(key) ? syncedText(settings.value(key)) != QString::number(value)
                                   : value != fallback)
            settings.setValue(key, boolean ? QVariant(value != 0) : QVariant(value));
    };
    put(HideThresholdKey, thresholds.hide, defaults.thresholds.hide, false);
    put(FollowThresholdKey, thresholds.follow, defaults.thresholds.follow, false);
    put(HideModeKey, int(hideMode), int(defaults.hideMode), false);
    put(FoldParentQuotesKey, foldParentQuotes, defaults.foldParentQuotes, true);
    put(MarkReadSecondsKey, markReadSeconds, defaults.markReadSeconds, false);
}

namespace {

// The reading settings that sync, each with the range a value must be in (booleans 0..1).
struct SyncedKey
{
    const QString &key;
    int min, max;
};

const QList<SyncedKey> &syncedKeys()
{
    static const QList<SyncedKey> keys {{HideThresholdKey, -1000000, 1000000},
        {FollowThresholdKey, -1000000, 1000000}, {HideModeKey, 0, 2}, {FoldParentQuotesKey, 0, 1},
        {MarkReadSecondsKey, 0, ReadingPreferences::MaxMarkReadSeconds}};
    return keys;
}

} // namespace

QHash<QString, QString> ReadingPreferences::syncedValues()
{
    const QSettings settings;
    QHash<QString, QString> out;
    for (const SyncedKey &k : syncedKeys()) {
        if (!settings.contains(k.key))
            continue;
        out.insert(k.key, syncedText(settings.value(k.key)));
    }
    return out;
}

bool ReadingPreferences::applySynced(const QHash<QString, QString> &values)
{
    QSettings settings;
    bool changed = false;
    for (const SyncedKey &k : syncedKeys()) {
        const auto it = values.constFind(k.key);
        if (it == values.cend())
            continue;
        bool ok = false;
        const int value = it->toInt(&ok);
        if (!ok || value < k.min || value > k.max)
            continue;
        if (settings.contains(k.key) && syncedText(settings.value(k.key)) == QString::number(value))
            continue;
        settings.setValue(k.key, k.max == 1 && k.min == 0 ? QVariant(value == 1) : QVariant(value));
        changed = true;
    }
    return changed;
}

} // namespace Threadkeeper
