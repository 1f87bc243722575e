// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/readerservices.h"

#include <QObject>

class QPoint;

namespace Threadkeeper {

class NotesActions;
class PosterActions;
class ReadMarkActions;
class ThreadView;

// The thread tree's context menu for a post: read or unread, hide, follow or score its
// poster, a note, why it scored so, its link on the web.
class PostContextMenu : public QObject
{
    Q_OBJECT
public:
    PostContextMenu(const ReaderServices &services, ThreadView *tree, ReadMarkActions *marks,
        PosterActions *posters, NotesActions *notes, QObject *parent);

private:
    void show(const QPoint &pos);

    ReaderServices m_services;
    ThreadView *m_tree;
    ReadMarkActions *m_marks;
    PosterActions *m_posters;
    NotesActions *m_notes;
};

} // namespace Threadkeeper
