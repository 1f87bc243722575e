// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/sync.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Threadkeeper {

class SyncService;

// Settings › Sync: where this reader keeps in step with its other devices (nowhere, a
// folder another program shares between machines, a WebDAV collection), how often, a
// Sync Now button, and what the last round did: when, what it sent and received, its
// error, the files it skipped and the devices seen. The WebDAV password goes to the
// desktop's secret store through the service, never to a settings file.
class SyncPage : public QWidget
{
    Q_OBJECT
public:
    explicit SyncPage(SyncService *sync, QWidget *parent = nullptr);

    // The target as filled in, or nullopt with why (shown on the page) when it cannot be used.
    std::optional<SyncTarget> target(QString *why) const;
    // What OK and Apply do: a changed target (or a typed password) goes to the service,
    // which keeps it and syncs. False, with the reason shown and nothing changed, when
    // what is filled in cannot be used.
    bool apply();

    // Why an address cannot hold the reader's WebDAV password; empty when it can: https,
    // or plain http to this machine only (as the transport insists).
    static QString webDavProblem(const QUrl &url);
    // "sent 3, received 12", the error, the skipped files, the devices: for the status bar's tooltip too.
    static QString describe(const SyncReport &report);
    static QString devicesText(const QList<SyncDevice> &devices);

Q_SIGNALS:
    // The service has a new target (or none): the window's sync status follows.
    void targetChanged();

private:
    void showTarget(const SyncTarget &target);
    void showKind();
    void chooseFolder();
    void showStatus();
    void tell(const QString &text);

    QPointer<SyncService> m_sync;
    QComboBox *m_kind;
    QFormLayout *m_form = nullptr;
    QLayout *m_folderRow = nullptr; // the folder and Browse…
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QLineEdit *m_address;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QSpinBox *m_interval;
    QPushButton *m_syncNow;
    QLabel *m_message;
    QLabel *m_lastRound;
    QLabel *m_devices;
};

} // namespace Threadkeeper
