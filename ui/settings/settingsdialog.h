// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/preferences.h"
#include "services/readerservices.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace Threadkeeper {

class Appearance;
class Retention;
class SyncPage;

// Settings (Ctrl+,): network, reading, appearance, library, accounts and sync, each through the object
// that owns it, so that OK or Apply takes effect at once and is kept (QSettings);
// Cancel changes nothing. Shows the values in force when it opens.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Targets
    {
        ReaderServices services;
        Appearance *appearance = nullptr;
        Retention *retention = nullptr;
        ScoreThresholds thresholds; // in force now (the window keeps them)
    };
    explicit SettingsDialog(const Targets &targets, QWidget *parent = nullptr);

    QTabWidget *pages() const { return m_pages; }
    // What OK and Apply do. False when a page cannot take what is filled in (it says why
    // and is shown); the other pages' settings are applied all the same.
    bool apply();
    // Moves the cache file to path at once (what Move… does once a file is chosen); the
    // page shows the outcome. Not undone by Cancel: it is done when it says so.
    void moveCache(const QString &path);

Q_SIGNALS:
    // The window owns these two: it applies them to the session and its panes.
    void thresholdsChanged(const Threadkeeper::ScoreThresholds &thresholds);
    void hideModeChanged(Threadkeeper::HideMode mode);
    // Parent quotes folded, the delay before a post counts as read: for the window's panes.
    void readingChanged(const Threadkeeper::ReadingPreferences &reading);
    // Sync now goes somewhere else, or nowhere.
    void syncTargetChanged();

private:
    QWidget *networkPage();
    QWidget *readingPage();
    QWidget *appearancePage();
    QWidget *libraryPage();
    void chooseCacheFile();
    void showCacheFile(const QString &path);

    Targets m_targets;
    QTabWidget *m_pages;
    QSpinBox *m_perHost = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_pageMegabytes = nullptr;
    QSpinBox *m_pageSeconds = nullptr;
    QLineEdit *m_userAgent = nullptr;
    QCheckBox *m_systemProxy = nullptr;
    QSpinBox *m_hide = nullptr;
    QSpinBox *m_follow = nullptr;
    QComboBox *m_hideMode = nullptr;
    QCheckBox *m_foldParentQuotes = nullptr;
    QSpinBox *m_markReadSeconds = nullptr;
    QComboBox *m_theme = nullptr;
    QFontComboBox *m_font = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QSpinBox *m_watchInterval = nullptr;
    QSpinBox *m_keepDays = nullptr;
    QLabel *m_cacheFile = nullptr;
    QLabel *m_cacheSize = nullptr;
    QLabel *m_cacheStatus = nullptr;
    QPushButton *m_moveCache = nullptr;
    SyncPage *m_sync = nullptr;
};

} // namespace Threadkeeper
