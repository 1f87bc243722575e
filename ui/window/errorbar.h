// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace Threadkeeper {

// Errors show in a bar above the panes, never as a dialog that stops reading. An error
// the reader can do something about carries one button that does it.
class ErrorBar : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBar(QWidget *parent = nullptr);

    void showError(const QString &message);
    void showError(const QString &message, const QString &actionText, std::function<void()> action);
    // Empty while hidden.
    QString text() const;
    QPushButton *actionButton() const { return m_action; }

private:
    QLabel *m_text;
    QPushButton *m_action;
    std::function<void()> m_do;
};

} // namespace Threadkeeper
