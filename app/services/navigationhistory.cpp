// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigationhistory.h"

namespace Threadkeeper {

void NavigationHistory::jumped(const QString &from, const QString &to)
{
    if (from.isEmpty() || from == to)
        return;
    if (m_back.isEmpty() || m_back.constLast() != from)
        m_back.append(from);
    if (m_back.size() > MaxSteps)
        m_back.removeFirst();
    m_forward.clear();
}

QString NavigationHistory::back(const QString &current)
{
    if (m_back.isEmpty())
        return {};
    if (!current.isEmpty())
        m_forward.append(current);
    return m_back.takeLast();
}

QString NavigationHistory::forward(const QString &current)
{
    if (m_forward.isEmpty())
        return {};
    if (!current.isEmpty())
        m_back.append(current);
    return m_forward.takeLast();
}

void NavigationHistory::clear()
{
    m_back.clear();
    m_forward.clear();
}

} // namespace Threadkeeper
