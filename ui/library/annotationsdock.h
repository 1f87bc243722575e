// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QCheckBox;
class QLineEdit;
class QTreeView;

namespace Threadkeeper {

class AnnotationBook;
class AnnotationFilterProxy;
class AnnotationListModel;

// All notes and highlights across cached threads, filterable by any text; activating
// one opens its post, Delete removes it (undoably, through the window).
class AnnotationsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit AnnotationsDock(AnnotationBook *book, QWidget *parent = nullptr);
    QTreeView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }
    AnnotationFilterProxy *proxy() const { return m_proxy; }
    QCheckBox *orphanedOnly() const { return m_orphanedOnly; }

Q_SIGNALS:
    void postActivated(const QString &threadUrl, const QString &postId);
    void removeRequested(qint64 annotationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AnnotationBook *m_book;
    AnnotationListModel *m_model;
    AnnotationFilterProxy *m_proxy;
    QCheckBox *m_orphanedOnly;
    QLineEdit *m_filter;
    QTreeView *m_view;
};

} // namespace Threadkeeper
