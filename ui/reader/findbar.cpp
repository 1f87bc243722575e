// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/findbar.h"

#include "reader/annotationmarks.h"
#include "reader/selectioncontroller.h"
#include "reader/threadview.h"

#include "models/threadtreemodel.h"
#include "services/threadfinder.h"
#include "services/threadsession.h"

#include <QAction>
#include <QBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTextEdit>
#include <QToolButton>

namespace Threadkeeper {

FindBar::FindBar(ThreadSession *session, SelectionController *selection, ThreadView *tree,
    QList<QTextEdit *> views, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_selection(selection)
    , m_tree(tree)
    , m_views(std::move(views))
    , m_edit(new QLineEdit)
    , m_count(new QLabel)
{
    setObjectName(QStringLiteral("findBar"));
    m_edit->setObjectName(QStringLiteral("findText"));
    m_edit->setPlaceholderText(tr("Find in thread: words, or a poster's name"));
    m_edit->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("findCount"));
    auto button = [this](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton;
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_count);
    layout->addWidget(
        button(QStringLiteral("\u25B2"), tr("Previous match (Shift+F3)"), &FindBar::findPrevious));
    layout->addWidget(button(QStringLiteral("\u25BC"), tr("Next match (F3)"), &FindBar::findNext));
    layout->addWidget(button(tr("Close"), tr("Close (Esc)"), &FindBar::close));

    // Typing finds after a short pause: a 10,000-post thread is scanned once per pause.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        update();
        showFirstMatch();
    });
    connect(m_edit, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_edit, &QLineEdit::returnPressed, this, &FindBar::findNext);
    m_edit->installEventFilter(this);
    // New posts may match too. A sync changes posts a page at a time: the thread is
    // scanned again once they stop coming for a moment, not once a page.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(500);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (isVisible())
            update();
    });
    connect(m_session, &ThreadSession::postsChanged, this, [this] {
        if (isVisible())
            m_refresh.start();
    });
    for (QTextEdit *view : std::as_const(m_views))
        connect(view, &QTextEdit::textChanged, this, [this, view] { markTerms(view); });
    hide();
}

QList<QAction *> FindBar::addActions(QMenu *menu)
{
    QAction *find = menu->addAction(tr("&Find in Thread…"), this, &FindBar::open);
    find->setShortcut(QKeySequence::Find);
    QAction *next = menu->addAction(tr("Find &Next"), this, &FindBar::findNext);
    next->setShortcut(QKeySequence::FindNext);
    QAction *previous = menu->addAction(tr("Find Pre&vious"), this, &FindBar::findPrevious);
    previous->setShortcut(QKeySequence::FindPrevious);
    find->setObjectName(QStringLiteral("findAction"));
    next->setObjectName(QStringLiteral("findNextAction"));
    previous->setObjectName(QStringLiteral("findPreviousAction"));
    return {find, next, previous};
}

void FindBar::open()
{
    show();
    m_edit->setFocus();
    m_edit->selectAll();
    update();
}

void FindBar::close()
{
    hide();
    m_debounce.stop();
    m_refresh.stop();
    m_matches.clear();
    m_terms.clear();
    m_tree->clearMatches();
    for (QTextEdit *view : std::as_const(m_views))
        markTerms(view);
    m_tree->setFocus();
}

QString FindBar::query() const
{
    return m_edit->text();
}

void FindBar::setQuery(const QString &text)
{
    if (!isVisible())
        open();
    m_edit->setText(text);
    m_debounce.stop();
    update();
    showFirstMatch();
}

void FindBar::showFirstMatch()
{
    // The post shown stays when it matches; else the next match after it.
    const qsizetype here
        = m_matches.indexOf(m_tree->currentIndex().data(ThreadTreeModel::PostIdRole).toString());
    if (here >= 0)
        m_count->setText(tr("%1 of %2").arg(here + 1).arg(m_matches.size()));
    else if (!m_matches.isEmpty())
        findNext();
}

QString FindBar::countText() const
{
    return m_count->text();
}

void FindBar::update()
{
    const ThreadFinder::Result found = ThreadFinder::find(m_session->tree(), m_edit->text());
    m_matches = found.posts;
    m_terms = found.terms;
    if (m_edit->text().trimmed().isEmpty()) {
        m_tree->clearMatches();
        m_count->clear();
    } else {
        m_tree->setMatches(QSet<QString>(m_matches.cbegin(), m_matches.cend()));
        m_count->setText(m_matches.isEmpty() ? tr("No post matches")
                : found.byPoster             ? tr("%n post(s) by this poster", nullptr, int(m_matches.size()))
                                             : tr("%n post(s)", nullptr, int(m_matches.size())));
    }
    for (QTextEdit *view : std::as_const(m_views))
        markTerms(view);
}

bool FindBar::findNext()
{
    return step(+1);
}

bool FindBar::findPrevious()
{
    return step(-1);
}

bool FindBar::step(int direction)
{
    if (!isVisible()) {
        open();
        return false;
    }
    if (m_matches.isEmpty())
        return false;
    // From the current post, in thread order, round the end.
    const QStringList order = m_session->tree().ids();
    const qsizetype here = order.indexOf(m_tree->currentIndex().data(ThreadTreeModel::PostIdRole).toString());
    const QSet<QString> matching(m_matches.cbegin(), m_matches.cend());
    const qsizetype n = order.size();
    const qsizetype start = here >= 0 ? here : (direction > 0 ? -1 : n);
    for (qsizetype k = 1; k <= n; ++k) {
        const qsizetype i = ((start + direction * k) % n + n) % n;
        if (matching.contains(order[i])) {
            m_selection->selectPost(order[i]);
            const qsizetype number = m_matches.indexOf(order[i]) + 1;
            m_count->setText(tr("%1 of %2").arg(number).arg(m_matches.size()));
            return true;
        }
    }
    return false;
}

void FindBar::markTerms(QTextEdit *view)
{
    // The words found, marked where they show; the view's own selection stays its own.
    QList<QTextEdit::ExtraSelection> marks;
    if (isVisible()) {
        QTextCharFormat format;
        format.setBackground(palette().color(QPalette::Highlight).lighter(160));
        format.setForeground(palette().color(QPalette::Text));
        for (const QString &term : std::as_const(m_terms)) {
            QTextCursor at(view->document());
            while (marks.size() < 500) {
                at = view->document()->find(term, at);
                if (at.isNull())
                    break;
                marks.append(QTextEdit::ExtraSelection {at, format});
            }
        }
    }
    setMarkLayer(view, "find", marks);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    // Escape in the field closes the bar; the window's own Escape (stop loading) waits.
    if (watched == m_edit && event->type() == QEvent::ShortcutOverride
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Threadkeeper
