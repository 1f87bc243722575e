// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProgressBar>
#include <QTimer>

namespace Threadkeeper {

// The status bar's "page N of M". QProgressBar repaints at once on every step, and a
// repaint flushes the whole window (the tree with its new rows) there and then; a long
// thread reports hundreds of pages a second. This shows the latest count at most every
// few frames, painted with the rest of the window in the event loop.
class LoadProgressBar : public QProgressBar
{
    Q_OBJECT
public:
    explicit LoadProgressBar(QWidget *parent = nullptr);

    void showProgress(int done, int total);
    // Shows the last count now (the load ended).
    void flush();

private:
    QTimer m_timer;
    int m_done = 0;
    int m_total = 1;
};

} // namespace Threadkeeper
