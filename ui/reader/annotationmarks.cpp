// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/annotationmarks.h"

#include "domain/anchoring.h"
#include "domain/posttext.h"

#include <QHash>
#include <QTextCursor>
#include <QTextDocument>

namespace Threadkeeper {

TextSelector selectorFromSelection(const QTextEdit *view, const TextMap &map, const Post &post)
{
    const QTextCursor cursor = view->textCursor();
    if (!cursor.hasSelection())
        return {};
    const TextMap::Range range = map.fromDocument(cursor.selectionStart(), cursor.selectionEnd());
    if (!range.isValid())
        return {};
    const QString text = anchorText(post, range.space);
    int start = std::clamp(range.start, 0, int(text.size()));
    int end = std::clamp(range.end, start, int(text.size()));
    while (start < end && text[start].isSpace())
        ++start;
    while (end > start && text[end - 1].isSpace())
        --end;
    if (start == end)
        return {};
    TextSelector s = Anchoring::makeSelector(text, start, end);
    s.quote = range.space;
    return s;
}

void showHighlights(QTextEdit *view, const TextMap &map, const Post &post,
    const QList<Annotation> &annotations, const QColor &colour)
{
    QList<QTextEdit::ExtraSelection> marks;
    QHash<QString, QString> texts; // by space: each read once per post
    for (const Annotation &a : annotations) {
        if (a.kind != Annotation::Kind::Highlight || a.orphaned || a.selector.exact.isEmpty())
            continue;
        const TextSelector &s = a.selector;
        int start = s.start;
        int end = s.end;
        // The stored offsets, unless the words there are no longer the highlight's (a
        // newer copy of the post than the highlight has followed yet): then where they are now.
        auto text = texts.find(s.quote);
        if (text == texts.end())
            text = texts.insert(s.quote, anchorText(post, s.quote));
        if (start < 0 || QStringView(*text).mid(start, end - start) != s.exact) {
            const Anchoring::Match match = Anchoring::anchor(*text, s);
            if (!match.found)
                continue;
            start = match.start;
            end = match.end;
        }
        for (const auto &[from, to] : map.toDocument(s.quote, start, end)) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(view->document());
            mark.cursor.setPosition(from);
            mark.cursor.setPosition(to, QTextCursor::KeepAnchor);
            mark.format.setBackground(colour);
            mark.format.setToolTip(a.note);
            marks.append(mark);
        }
    }
    setMarkLayer(view, "highlights", marks);
}

void setMarkLayer(QTextEdit *view, const char *layer, const QList<QTextEdit::ExtraSelection> &marks)
{
    using Marks = QList<QTextEdit::ExtraSelection>;
    const QByteArray name = QByteArrayLiteral("markLayer_") + layer;
    view->setProperty(name.constData(), QVariant::fromValue(marks));
    Marks all;
    for (const QByteArray &property : view->dynamicPropertyNames()) {
        if (property.startsWith("markLayer_"))
            all += view->property(property.constData()).value<Marks>();
    }
    view->setExtraSelections(all);
}

} // namespace Threadkeeper
