// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/readerservices.h"

#include <QObject>

class QLabel;
class QStatusBar;
class QToolButton;
class QUrl;

namespace Threadkeeper {

class LoadProgressBar;
class StatusMessages;
struct LoadOutcome;

// What the status bar shows of a load: the progress and a Stop button while parts come,
// the open thread's unread count, and how the load went, in pages or in parts as the
// thread's forum numbers them.
class LoadStatus : public QObject
{
    Q_OBJECT
public:
    // Adds its widgets to the bar's permanent (right) side.
    LoadStatus(const ReaderServices &services, QStatusBar *bar, StatusMessages *messages, QObject *parent);

    // A load began: progress and Stop show unless it reads only the cache.
    void started(const QUrl &url, bool offline);
    // A load ended: progress and Stop go, the outcome is told.
    void finished(const LoadOutcome &outcome);

private:
    ReaderServices m_services;
    StatusMessages *m_messages;
    QLabel *m_unread;
    LoadProgressBar *m_progress;
    QToolButton *m_stop;
    bool m_paged = true; // the open thread is numbered pages (else parts: batches, one answer)
};

} // namespace Threadkeeper
