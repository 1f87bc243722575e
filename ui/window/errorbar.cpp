// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/errorbar.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace Threadkeeper {

ErrorBar::ErrorBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel)
    , m_action(new QPushButton)
{
    setObjectName(QStringLiteral("errorBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette warn = palette();
    warn.setColor(QPalette::Window, QColor(0xfc, 0xe8, 0xe6));
    warn.setColor(QPalette::WindowText, QColor(0x6b, 0x1a, 0x12));
    setPalette(warn);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(QStringLiteral("errorAction"));
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, [this] {
        hide();
        if (const auto action = std::exchange(m_do, {}))
            action();
    });
    auto *dismiss = new QToolButton;
    dismiss->setText(tr("Dismiss"));
    connect(dismiss, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(dismiss);
    hide();
}

void ErrorBar::showError(const QString &message)
{
    showError(message, QString(), {});
}

void ErrorBar::showError(const QString &message, const QString &actionText, std::function<void()> action)
{
    m_text->setText(message);
    m_do = std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(bool(m_do));
    show();
}

QString ErrorBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace Threadkeeper
