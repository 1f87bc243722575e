// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/statusmessages.h"

#include <QLabel>

namespace Threadkeeper {

StatusMessages::StatusMessages(QLabel *label, QObject *parent)
    : QObject(parent)
    , m_label(label)
{ }

void StatusMessages::show(Cause cause, const QString &text)
{
    m_cause = cause;
    m_label->setText(text);
}

void StatusMessages::clear(Cause cause)
{
    if (cause == m_cause)
        m_label->clear();
}

QString StatusMessages::text() const
{
    return m_label->text();
}

} // namespace Threadkeeper
