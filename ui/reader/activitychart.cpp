// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/activitychart.h"

#include "domain/dateformat.h"
#include "domain/handoff.h"
#include "models/threadtreemodel.h"
#include "services/threadsession.h"

#include <QFutureWatcher>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QtConcurrent/QtConcurrentRun>

namespace Threadkeeper {

namespace {
constexpr int Margin = 4;
constexpr int LabelGap = 4;

QString when(const QDateTime &t, ThreadActivity::Unit unit)
{
    const QDateTime local = t.toLocalTime();
    switch (unit) {
    case ThreadActivity::Unit::Minutes:
    case ThreadActivity::Unit::Hour:
        return QLocale().toString(local, DateFormat::dayAndTime());
    case ThreadActivity::Unit::Day:
    case ThreadActivity::Unit::Week:
        return QLocale().toString(local.date(), DateFormat::date());
    case ThreadActivity::Unit::Month:
        return QLocale().toString(local.date(), DateFormat::month());
    }
    return {};
}
} // namespace

ActivityChart::ActivityChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("activityChart"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Thread activity"));
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(100);
    // Counting a 100,000-post thread into bars takes a tenth of a second: done on a worker,
    // so marking a post read never stalls the window. The newest count wins.
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (!m_session)
            return;
        const quint64 generation = ++m_generation;
        auto *watcher = new QFutureWatcher<ThreadActivity>(this);
        connect(watcher, &QFutureWatcher<ThreadActivity>::finished, this, [this, watcher, generation] {
            if (generation == m_generation)
                setActivity(watcher->result());
            letGo(watcher);
        });
        watcher->setFuture(QtConcurrent::run(handedOff(
            [entries = ThreadActivity::entriesOf(*m_session)] { return ThreadActivity::compute(entries); })));
    });
}

ActivityChart::~ActivityChart()
{
    // A count still running writes its result into its watcher: wait for it (a tenth of a
    // second at most) rather than free the watcher under the worker.
    for (QFutureWatcherBase *watcher : findChildren<QFutureWatcherBase *>(Qt::FindDirectChildrenOnly)) {
        watcher->waitForFinished();
        letGo(static_cast<QFutureWatcher<ThreadActivity> *>(watcher)); // the only kind it makes
    }
}

void ActivityChart::setSession(ThreadSession *session)
{
    m_session = session;
    auto refresh = [this] { m_refresh.start(); };
    connect(session, &ThreadSession::postsChanged, this, refresh);
    connect(session, &ThreadSession::scoresChanged, this, refresh);
    connect(session->model(), &ThreadTreeModel::unreadCountChanged, this, refresh);
    connect(session->model(), &QAbstractItemModel::modelReset, this, refresh);
}

void ActivityChart::setActivity(const ThreadActivity &activity)
{
    m_activity = activity;
    if (m_current >= m_activity.buckets.size())
        m_current = -1;
    m_hover = -1;
    setToolTip(QString());
    update();
}

QSize ActivityChart::sizeHint() const
{
    return {400, fontMetrics().height() * 2 + 56};
}

QSize ActivityChart::minimumSizeHint() const
{
    return {120, fontMetrics().height() * 2 + 24};
}

QRect ActivityChart::plotRect() const
{
    const int label = fontMetrics().height();
    // The posters' line on top, dates under the bars.
    return rect().adjusted(Margin, Margin + label + LabelGap, -Margin, -(Margin + label + LabelGap));
}

QRect ActivityChart::barRect(int index) const
{
    const int n = int(m_activity.buckets.size());
    if (index < 0 || index >= n)
        return {};
    const QRect plot = plotRect();
    const qreal slot = qreal(plot.width()) / n;
    const int most = std::max(1, m_activity.maxPosts());
    const int height = std::max(m_activity.buckets[index].posts > 0 ? 2 : 0,
        int(plot.height() * m_activity.buckets[index].posts / qreal(most)));
    const int gap = slot > 4 ? 1 : 0;
    const int left = plot.left() + int(index * slot);
    const int right = plot.left() + int((index + 1) * slot) - gap;
    return QRect(QPoint(left, plot.bottom() - height + 1), QPoint(std::max(left, right - 1), plot.bottom()));
}

int ActivityChart::barAt(const QPoint &pos) const
{
    const QRect plot = plotRect();
    const int n = int(m_activity.buckets.size());
    if (n == 0 || pos.x() < plot.left() || pos.x() > plot.right() || pos.y() < rect().top()
        || pos.y() > plot.bottom() + LabelGap)
        return -1;
    return std::clamp(int((pos.x() - plot.left()) * n / qreal(plot.width())), 0, n - 1);
}

QString ActivityChart::describe(int index) const
{
    const ThreadActivity::Bucket &b = m_activity.buckets.value(index);
    const QString range
        = m_activity.unit == ThreadActivity::Unit::Hour || m_activity.unit == ThreadActivity::Unit::Minutes
        ? tr("%1–%2").arg(
            when(b.start, m_activity.unit), b.end.toLocalTime().toString(QStringLiteral("HH:mm")))
        : m_activity.unit == ThreadActivity::Unit::Day  ? when(b.start, m_activity.unit)
        : m_activity.unit == ThreadActivity::Unit::Week ? tr("week of %1").arg(when(b.start, m_activity.unit))
                                                        : when(b.start, m_activity.unit);
    if (b.posts == 0)
        return tr("%1: no posts").arg(range);
    return tr("%1: %n post(s)", nullptr, b.posts).arg(range)
        + (b.unread ? tr(", %1 unread").arg(b.unread) : QString());
}

QString ActivityChart::postersText() const
{
    QStringList names;
    for (const auto &[author, count] : m_activity.topPosters)
        names.append(QStringLiteral("%1 %2").arg(author).arg(count));
    return names.isEmpty() ? QString() : tr("Most posts: %1").arg(names.join(QStringLiteral(" · ")));
}

void ActivityChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QColor muted = pal.color(QPalette::PlaceholderText);
    if (m_activity.buckets.isEmpty()) {
        p.setPen(muted);
        p.drawText(rect(), Qt::AlignCenter, tr("Thread activity appears here when a thread opens."));
        return;
    }
    const QFontMetrics fm = fontMetrics();
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(Margin, Margin, width() - 2 * Margin, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(postersText(), Qt::ElideRight, width() - 2 * Margin));

    // Both from the palette: read bars halfway between the highlight and the base, so a
    // dark palette gets dark bars and a light one light bars.
    const QColor unread = pal.color(QPalette::Highlight);
    const QColor base = pal.color(QPalette::Base);
    const QColor read = QColor::fromRgbF((unread.redF() + base.redF()) / 2,
        (unread.greenF() + base.greenF()) / 2, (unread.blueF() + base.blueF()) / 2);
    const QRect plot = plotRect();
    p.setPen(muted);
    p.drawLine(plot.bottomLeft() + QPoint(0, 1), plot.bottomRight() + QPoint(0, 1));
    for (int i = 0; i < m_activity.buckets.size(); ++i) {
        const ThreadActivity::Bucket &b = m_activity.buckets[i];
        const QRect bar = barRect(i);
        if (b.posts == 0)
            continue;
        // The unread part sits at the bottom of the bar, in the strong colour.
        const int unreadHeight = bar.height() * b.unread / b.posts;
        p.fillRect(bar.adjusted(0, 0, 0, -unreadHeight), i == m_hover ? unread.lighter(120) : read);
        if (unreadHeight > 0)
            p.fillRect(QRect(bar.left(), bar.bottom() - unreadHeight + 1, bar.width(), unreadHeight), unread);
    }
    if (hasFocus() && m_current >= 0) {
        p.setPen(QPen(pal.color(QPalette::Text), 1, Qt::DotLine));
        p.drawRect(
            barRect(m_current)
                .adjusted(-1, -1, 0, 0)
                .united(QRect(barRect(m_current).left() - 1, plot.top(), barRect(m_current).width() + 1, 1)));
    }
    p.setPen(muted);
    const QRect labels(plot.left(), plot.bottom() + LabelGap, plot.width(), fm.height());
    const QString from = when(m_activity.buckets.first().start, m_activity.unit);
    const QString to = when(m_activity.buckets.last().start, m_activity.unit);
    const QString unit = m_activity.unit == ThreadActivity::Unit::Minutes
        ? tr("posts per %n minute(s)", nullptr, m_activity.minutes)
        : m_activity.unit == ThreadActivity::Unit::Hour ? tr("posts per hour")
        : m_activity.unit == ThreadActivity::Unit::Day  ? tr("posts per day")
        : m_activity.unit == ThreadActivity::Unit::Week ? tr("posts per week")
                                                        : tr("posts per month");
    // On a narrow chart the middle label gives way, then the last: never drawn over each other.
    const int gap = fm.horizontalAdvance(QStringLiteral("  "));
    const int fromWidth = fm.horizontalAdvance(from);
    const int toWidth = fm.horizontalAdvance(to);
    const int unitWidth = fm.horizontalAdvance(unit);
    p.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, from);
    if (fromWidth + toWidth + gap <= labels.width())
        p.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, to);
    if (labels.width() / 2 - unitWidth / 2 >= fromWidth + gap
        && labels.width() / 2 + unitWidth / 2 + gap <= labels.width() - toWidth)
        p.drawText(labels, Qt::AlignHCenter | Qt::AlignVCenter, unit);
}

void ActivityChart::activate(int index)
{
    const QString id = m_activity.buckets.value(index).firstPostId;
    if (!id.isEmpty())
        Q_EMIT postRequested(id);
}

void ActivityChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int index = barAt(event->position().toPoint());
    if (index < 0)
        return;
    m_current = index;
    update();
    activate(index);
}

void ActivityChart::mouseMoveEvent(QMouseEvent *event)
{
    const int index = barAt(event->position().toPoint());
    if (index != m_hover) {
        m_hover = index;
        update();
    }
}

void ActivityChart::leaveEvent(QEvent *)
{
    m_hover = -1;
    update();
}

void ActivityChart::keyPressEvent(QKeyEvent *event)
{
    const int n = int(m_activity.buckets.size());
    if (n == 0)
        return QWidget::keyPressEvent(event);
    switch (event->key()) {
    case Qt::Key_Left:
        m_current = m_current < 0 ? n - 1 : std::max(0, m_current - 1);
        break;
    case Qt::Key_Right:
        m_current = std::min(n - 1, m_current + 1);
        break;
    case Qt::Key_Home:
        m_current = 0;
        break;
    case Qt::Key_End:
        m_current = n - 1;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activate(m_current);
        return;
    default:
        return QWidget::keyPressEvent(event);
    }
    update();
    QToolTip::showText(mapToGlobal(barRect(m_current).topLeft()), describe(m_current), this);
}

bool ActivityChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = barAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), describe(index), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace Threadkeeper
