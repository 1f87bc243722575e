// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/threadactivity.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace Threadkeeper {

class ThreadSession;

// A small bar chart of a thread's posts over time, above the tree: one bar per
// bucket, its unread part marked, and the top posters beside it. Clicking a bar (or
// Left/Right then Enter) asks for the first post in it.
class ActivityChart : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityChart(QWidget *parent = nullptr);
    ~ActivityChart() override;

    // Follows the open thread: new posts, read marks and rule changes redraw the chart.
    void setSession(ThreadSession *session);
    void setActivity(const ThreadActivity &activity);
    const ThreadActivity &activity() const { return m_activity; }
    // The bar under a point of the widget, or -1.
    int barAt(const QPoint &pos) const;
    QRect barRect(int index) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void postRequested(const QString &postId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect plotRect() const;
    QString describe(int index) const;
    QString postersText() const;
    void activate(int index);

    QPointer<ThreadSession> m_session;
    QTimer m_refresh; // many changes in a row (a page of posts, mark all read) redraw once
    quint64 m_generation = 0; // of the newest count asked for
    ThreadActivity m_activity;
    int m_hover = -1;
    int m_current = -1; // keyboard cursor
};

} // namespace Threadkeeper
