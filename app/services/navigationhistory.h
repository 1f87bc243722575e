// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Threadkeeper {

// Back and forward through the jumps of one thread, as a browser does: a jump records
// where it came from and forgets the forward steps. Plain value, no signals.
class NavigationHistory
{
public:
    // A jump from one post to another; a jump from nowhere or to the same post is none.
    void jumped(const QString &from, const QString &to);
    // The post to go back to from current (which becomes a forward step), or empty.
    QString back(const QString &current);
    QString forward(const QString &current);
    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    void clear();

    static constexpr int MaxSteps = 200;

private:
    QStringList m_back; // most recent last
    QStringList m_forward; // next step last
};

} // namespace Threadkeeper
