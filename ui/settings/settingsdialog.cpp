// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settingsdialog.h"

#include "accounts/siteaccounts.h"
#include "settings/accountspage.h"
#include "settings/appearance.h"
#include "settings/syncpage.h"

#include "net/networkfactory.h"
#include "services/retention.h"
#include "services/threadsession.h"
#include "services/watchscheduler.h"
#include "store/cachestore.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>

namespace Threadkeeper {

namespace {
QSpinBox *spinBox(const QString &name, int min, int max, int value, const QString &suffix = {})
{
    auto *box = new QSpinBox;
    box->setObjectName(name);
    box->setRange(min, max);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}
} // namespace

SettingsDialog::SettingsDialog(const Targets &targets, QWidget *parent)
    : QDialog(parent)
    , m_targets(targets)
    , m_pages(new QTabWidget)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_pages->addTab(networkPage(), tr("&Network"));
    m_pages->addTab(readingPage(), tr("&Reading"));
    m_pages->addTab(appearancePage(), tr("A&ppearance"));
    m_pages->addTab(libraryPage(), tr("&Library"));
    m_pages->addTab(
        new AccountsPage(m_targets.services.network ? SiteAccounts::of(m_targets.services.network) : nullptr),
        tr("A&ccounts"));
    if (m_targets.services.sync) {
        m_sync = new SyncPage(m_targets.services.sync);
        m_pages->addTab(m_sync, tr("&Sync"));
        connect(m_sync, &SyncPage::targetChanged, this, &SettingsDialog::syncTargetChanged);
    }

    auto *buttons
        = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(buttons);
}

QWidget *SettingsDialog::networkPage()
{
    const NetworkPreferences now = NetworkPreferences::load();
    m_perHost = spinBox(QStringLiteral("perHost"), 1, NetworkPreferences::MaxPerHost, now.perHost);
    m_perHost->setToolTip(tr("How many pages of one site are fetched at the same time"));
    m_timeout = spinBox(QStringLiteral("timeout"), NetworkPreferences::MinTimeoutSeconds,
        NetworkPreferences::MaxTimeoutSeconds, now.timeoutSeconds, tr(" s"));
    m_timeout->setToolTip(tr("A request that has received nothing for this long fails"));
    m_pageMegabytes = spinBox(QStringLiteral("pageMegabytes"), 1, NetworkPreferences::MaxPageMegabytes,
        now.pageMegabytes, tr(" MB"));
    m_pageMegabytes->setToolTip(tr("A page, feed or answer larger than this, unpacked, is not read"));
    m_pageSeconds = spinBox(QStringLiteral("pageSeconds"), NetworkPreferences::MinPageSeconds,
        NetworkPreferences::MaxPageSeconds, now.pageSeconds, tr(" s"));
    m_pageSeconds->setToolTip(tr("A page still arriving after this long fails, however steadily it comes"));
    m_userAgent = new QLineEdit(now.userAgent);
    m_userAgent->setObjectName(QStringLiteral("userAgent"));
    m_userAgent->setPlaceholderText(QString::fromUtf8(userAgent()));
    m_userAgent->setClearButtonEnabled(true);
    m_userAgent->setToolTip(tr("Sent with every request; empty sends Threadkeeper's own"));
    m_systemProxy = new QCheckBox(tr("Use the system's proxy settings"));
    m_systemProxy->setObjectName(QStringLiteral("systemProxy"));
    m_systemProxy->setChecked(now.systemProxy);
    m_systemProxy->setToolTip(tr("Off: requests go straight to the forum"));
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->addRow(tr("Parallel requests per site:"), m_perHost);
    form->addRow(tr("Request timeout:"), m_timeout);
    form->addRow(tr("Largest page:"), m_pageMegabytes);
    form->addRow(tr("Longest page:"), m_pageSeconds);
    form->addRow(tr("User agent:"), m_userAgent);
    form->addRow(QString(), m_systemProxy);
    return page;
}

QWidget *SettingsDialog::readingPage()
{
    // The same ranges as Posters and Rules offers.
    m_hide = spinBox(QStringLiteral("hideThreshold"), -100000, 0, m_targets.thresholds.hide);
    m_follow = spinBox(QStringLiteral("followThreshold"), 1, 100000, m_targets.thresholds.follow);
    m_hideMode = new QComboBox;
    m_hideMode->setObjectName(QStringLiteral("hideMode"));
    m_hideMode->addItem(tr("Show a placeholder"), int(HideMode::Placeholder));
    m_hideMode->addItem(tr("Remove (replies move up)"), int(HideMode::Remove));
    m_hideMode->addItem(tr("Remove with replies"), int(HideMode::Subtree));
    if (m_targets.services.session)
        m_hideMode->setCurrentIndex(m_hideMode->findData(int(m_targets.services.session->hideMode())));
    const ReadingPreferences now = ReadingPreferences::load();
    m_foldParentQuotes = new QCheckBox(tr("Fold quotes of the post being replied to"));
    m_foldParentQuotes->setObjectName(QStringLiteral("foldParentQuotes"));
    m_foldParentQuotes->setChecked(now.foldParentQuotes);
    m_foldParentQuotes->setToolTip(tr("You have just read the parent post: its quote starts as one line"));
    m_markReadSeconds = spinBox(QStringLiteral("markReadSeconds"), 0, ReadingPreferences::MaxMarkReadSeconds,
        now.markReadSeconds, tr(" s"));
    m_markReadSeconds->setSpecialValueText(tr("at once"));
    m_markReadSeconds->setToolTip(
        tr("How long a post must stay selected before it counts as read; moving on sooner leaves it unread"));
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->addRow(tr("Hide posts scoring at or below:"), m_hide);
    form->addRow(tr("Follow posters scoring at or above:"), m_follow);
    form->addRow(tr("Hidden posts:"), m_hideMode);
    form->addRow(QString(), m_foldParentQuotes);
    form->addRow(tr("Mark a post read after:"), m_markReadSeconds);
    return page;
}

QWidget *SettingsDialog::appearancePage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    Appearance *appearance = m_targets.appearance;
    if (!appearance)
        return page;
    m_theme = new QComboBox;
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("System"), int(Appearance::Theme::System));
    m_theme->addItem(tr("Light"), int(Appearance::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Appearance::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(appearance->theme())));
    const QFont font = appearance->readerFont();
    m_font = new QFontComboBox;
    m_font->setObjectName(QStringLiteral("font"));
    m_font->setCurrentFont(font);
    m_fontSize = spinBox(QStringLiteral("fontSize"), int(Appearance::MinPointSize),
        int(Appearance::MaxPointSize), qRound(font.pointSizeF() > 0 ? font.pointSizeF() : 10), tr(" pt"));
    form->addRow(tr("Colours:"), m_theme);
    form->addRow(tr("Reading font:"), m_font);
    form->addRow(tr("Size:"), m_fontSize);
    return page;
}

QWidget *SettingsDialog::libraryPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    if (WatchScheduler *watch = m_targets.services.watch) {
        m_watchInterval = spinBox(QStringLiteral("watchInterval"), WatchScheduler::MinIntervalMinutes,
            7 * 24 * 60, watch->intervalMinutes(), tr(" min"));
        form->addRow(tr("Check watched threads every:"), m_watchInterval);
    }
    if (Retention *retention = m_targets.retention) {
        m_keepDays = spinBox(QStringLiteral("keepDays"), 0, 3650, retention->keepDays(), tr(" days"));
        m_keepDays->setSpecialValueText(tr("forever"));
        m_keepDays->setToolTip(tr("Threads not visited for longer are removed from the cache, unless "
                                  "watched, annotated, unread or with posts of posters you follow"));
        form->addRow(tr("Keep unwatched threads:"), m_keepDays);
    }
    if (CacheStore *store = m_targets.services.store) {
        m_cacheFile = new QLabel;
        m_cacheFile->setObjectName(QStringLiteral("cacheFile"));
        m_cacheFile->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_cacheFile->setWordWrap(true);
        m_moveCache = new QPushButton(tr("&Move…"));
        m_moveCache->setObjectName(QStringLiteral("moveCache"));
        m_moveCache->setToolTip(tr("Copies the cache to a new file, goes on there and removes the old file"));
        connect(m_moveCache, &QPushButton::clicked, this, &SettingsDialog::chooseCacheFile);
        m_cacheStatus = new QLabel;
        m_cacheStatus->setObjectName(QStringLiteral("cacheStatus"));
        m_cacheStatus->setWordWrap(true);
        m_cacheSize = new QLabel;
        m_cacheSize->setObjectName(QStringLiteral("cacheSize"));
        auto *row = new QHBoxLayout;
        row->addWidget(m_moveCache);
        row->addStretch(1);
        form->addRow(tr("Cache file:"), m_cacheFile);
        form->addRow(tr("Cache size:"), m_cacheSize);
        form->addRow(QString(), row);
        form->addRow(QString(), m_cacheStatus);
        showCacheFile(store->path());
        connect(store, &CacheStore::moved, this,
            [this](const QString &, const QString &to, const QString &error) {
                m_moveCache->setEnabled(true);
                if (!error.isEmpty()) {
                    m_cacheStatus->setText(tr("Not moved: %1. The cache stays where it was.").arg(error));
                    return;
                }
                showCacheFile(to);
                m_cacheStatus->setText(tr("Moved."));
            });
    }
    return page;
}

void SettingsDialog::showCacheFile(const QString &path)
{
    // The database and its write-ahead log: what the cache takes on disk.
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    m_cacheFile->setText(QDir::toNativeSeparators(path));
    m_cacheSize->setText(QLocale().formattedDataSize(bytes));
}

void SettingsDialog::chooseCacheFile()
{
    const QString now = m_targets.services.store->path();
    // The store refuses a file that exists, with its own message: no overwrite question here.
    const QString path = QFileDialog::getSaveFileName(this, tr("Move the Cache To"), now,
        tr("Threadkeeper cache (*.sqlite);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        moveCache(path);
}

void SettingsDialog::moveCache(const QString &path)
{
    if (!m_moveCache)
        return;
    m_moveCache->setEnabled(false);
    m_cacheStatus->setText(tr("Moving the cache to %1…").arg(QDir::toNativeSeparators(path)));
    m_targets.services.store->moveTo(path);
}

bool SettingsDialog::apply()
{
    NetworkPreferences network;
    network.perHost = m_perHost->value();
    network.timeoutSeconds = m_timeout->value();
    network.pageMegabytes = m_pageMegabytes->value();
    network.pageSeconds = m_pageSeconds->value();
    network.userAgent = m_userAgent->text().simplified();
    network.systemProxy = m_systemProxy->isChecked();
    network.save();
    network.applyTo(m_targets.services);

    ReadingPreferences reading;
    reading.thresholds = ScoreThresholds {m_hide->value(), m_follow->value()};
    reading.hideMode = HideMode(m_hideMode->currentData().toInt());
    reading.foldParentQuotes = m_foldParentQuotes->isChecked();
    reading.markReadSeconds = m_markReadSeconds->value();
    reading.save();
    m_targets.thresholds = reading.thresholds;
    Q_EMIT thresholdsChanged(reading.thresholds);
    Q_EMIT hideModeChanged(reading.hideMode);
    Q_EMIT readingChanged(reading);

    if (Appearance *appearance = m_targets.appearance) {
        appearance->setTheme(Appearance::Theme(m_theme->currentData().toInt()));
        QFont font = appearance->readerFont();
        font.setFamily(m_font->currentFont().family());
        font.setPointSize(m_fontSize->value());
        appearance->setReaderFont(font);
        QSettings settings;
        appearance->save(&settings);
    }

    // Both keep themselves in the settings; eviction runs only when the days change.
    if (m_watchInterval)
        m_targets.services.watch->setIntervalMinutes(m_watchInterval->value());
    if (m_keepDays && m_keepDays->value() != m_targets.retention->keepDays())
        m_targets.retention->setKeepDays(m_keepDays->value());

    // Last: a target that cannot be used keeps the dialog open at its page.
    if (m_sync && !m_sync->apply()) {
        m_pages->setCurrentWidget(m_sync);
        return false;
    }
    return true;
}

} // namespace Threadkeeper
