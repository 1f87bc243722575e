// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>

namespace Threadkeeper {

// Names for items the reader adds before the database has numbered them. The database
// gives the ids (so two processes never pick the same one); until it answers, an item
// goes by a negative local id, which the store and this class translate afterwards, so
// an undo that still holds the local id reaches the right row.
class LocalIds
{
public:
    qint64 next() { return m_next--; }
    void learn(qint64 local, qint64 stored)
    {
        if (local != stored)
            m_stored.insert(local, stored);
    }
    // The id an item has now: the database's, once known.
    qint64 resolve(qint64 id) const
    {
        for (int hops = 0; hops < 8 && m_stored.contains(id); ++hops)
            id = m_stored.value(id);
        return id;
    }

private:
    qint64 m_next = -1;
    QHash<qint64, qint64> m_stored;
};

} // namespace Threadkeeper
