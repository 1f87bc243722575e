// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/windowsettings.h"

#include "window/panelayout.h"

#include "models/threadtreemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

namespace Threadkeeper {

WindowSettings::WindowSettings(
    QMainWindow *window, QSplitter *outer, QSplitter *inner, QHeaderView *treeHeader, QAction *articleAction)
    : m_window(window)
    , m_outer(outer)
    , m_inner(inner)
    , m_treeHeader(treeHeader)
    , m_articleAction(articleAction)
{ }

void WindowSettings::restore(const QSettings &settings) const
{
    m_window->restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        m_window->resize(PaneLayout::firstWindowSize(m_window->screen()->availableSize()));
    m_window->restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!m_outer->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray()))
        m_outer->setSizes({760, 520});
    if (!m_inner->restoreState(settings.value(QStringLiteral("window/readingSplitter")).toByteArray()))
        m_inner->setSizes({420, 330});
    const QByteArray header = settings.value(QStringLiteral("window/treeHeader")).toByteArray();
    if (header.isEmpty() || !m_treeHeader->restoreState(header))
        m_treeHeader->resizeSection(ThreadTreeModel::PostColumn, 150);
    PaneLayout::fitTreeColumns(m_treeHeader);
    m_articleAction->setChecked(settings.value(QStringLiteral("window/article"), true).toBool());
}

void WindowSettings::save(QSettings *settings) const
{
    settings->setValue(QStringLiteral("window/geometry"), m_window->saveGeometry());
    settings->setValue(QStringLiteral("window/state"), m_window->saveState());
    settings->setValue(QStringLiteral("window/mainSplitter"), m_outer->saveState());
    settings->setValue(QStringLiteral("window/readingSplitter"), m_inner->saveState());
    settings->setValue(QStringLiteral("window/treeHeader"), m_treeHeader->saveState());
    settings->setValue(QStringLiteral("window/article"), m_articleAction->isChecked());
}

} // namespace Threadkeeper
