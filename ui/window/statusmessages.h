// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLabel;

namespace Threadkeeper {

// The status bar's message, with what caused it: a message is replaced by the next one
// and cleared when its cause changes (an undone rule, going back online), so it never
// speaks of something that is no longer so.
class StatusMessages : public QObject
{
    Q_OBJECT
public:
    enum class Cause
    {
        Load, // loading a thread, its pages, its outcome
        Offline, // working offline
        Rule, // a rule just added, with its undo hint
        Reading, // moving through the thread (nothing unread, ...)
        File, // exports and imports
        Store, // the cache
        Refresh, // checking threads for new posts, and what was found
    };
    explicit StatusMessages(QLabel *label, QObject *parent = nullptr);

    void show(Cause cause, const QString &text);
    // Clears the message if cause made it.
    void clear(Cause cause);
    QString text() const;

private:
    QLabel *m_label;
    Cause m_cause = Cause::Load;
};

} // namespace Threadkeeper
