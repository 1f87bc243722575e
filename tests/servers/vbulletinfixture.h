// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Threadkeeper::Testing {

// A small vBulletin thread, written as vB4 (4.2) showthread pages: li#post_N.postcontainer,
// blockquote.postcontent, "Page X of Y", quotes as bbcode_quote boxes.
struct VbPost
{
    int id;
    QString author;
    QString html; // the message, as vB4 renders it
};

constexpr int VbPerPage = 10;

// vB4's quote box, "Originally Posted by NAME", with a link to the quoted post when
// postId > 0; inner is HTML.
QString vb4Quote(const QString &name, int postId, const QString &inner);
// /forum/showthread.php?t=42 (&page=N)
QString vb4PagePath(int page);
QByteArray vb4Page(const QList<VbPost> &posts, int page);

} // namespace Threadkeeper::Testing
