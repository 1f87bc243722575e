// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "renderutil.h"

#include <QTest>
#include <QTextEdit>

namespace Threadkeeper::Testing {

// Where the first link of the view whose target starts with prefix is, in viewport
// coordinates, scrolled into view; an invalid point when there is none.
inline QPoint anchorPoint(QTextEdit *view, const QString &prefix)
{
    int position = -1;
    forEachFragment(*view->document(), [&](const QTextFragment &f) {
        if (position < 0 && f.charFormat().isAnchor() && f.charFormat().anchorHref().startsWith(prefix))
            position = f.position() + f.length() / 2;
    });
    if (position < 0)
        return QPoint(-1, -1);
    QTextCursor cursor(view->document());
    cursor.setPosition(position);
    view->setTextCursor(cursor);
    view->ensureCursorVisible();
    return view->cursorRect(cursor).center();
}

// Clicks, with the mouse, the first link of the view whose target starts with prefix,
// as the reader would: scrolled into view, pressed and released on its words.
inline bool clickAnchor(QTextEdit *view, const QString &prefix)
{
    const QPoint at = anchorPoint(view, prefix);
    if (at.x() < 0)
        return false;
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    return true;
}

} // namespace Threadkeeper::Testing
