// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/subscribedialog.h"

#include "services/subscriptionbook.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>

namespace Threadkeeper {

SubscribeDialog::SubscribeDialog(SubscriptionBook *book, QWidget *parent)
    : QDialog(parent)
    , m_book(book)
    , m_address(new QLineEdit)
    , m_error(new QLabel)
    , m_offeredLabel(new QLabel(tr("This page offers several feeds; choose one:")))
    , m_offered(new QListWidget)
    , m_busy(new QProgressBar)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("subscribeDialog"));
    setWindowTitle(tr("Subscribe"));
    auto *label = new QLabel(tr("&Address of a feed, a forum section, a front page or a site's page:"));
    label->setBuddy(m_address);
    label->setWordWrap(true);
    m_address->setObjectName(QStringLiteral("subscribeAddress"));
    m_address->setPlaceholderText(QStringLiteral("https://"));
    m_address->setClearButtonEnabled(true);
    m_error->setObjectName(QStringLiteral("subscribeError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setAutoFillBackground(true);
    m_error->setBackgroundRole(QPalette::Highlight);
    {
        // A clear error colour from the palette, readable light or dark.
        QPalette p = m_error->palette();
        p.setColor(QPalette::Highlight, QColor(0xb0, 0x20, 0x20));
        p.setColor(QPalette::BrightText, Qt::white);
        m_error->setPalette(p);
        m_error->setMargin(6);
    }
    m_error->hide();
    m_offered->setObjectName(QStringLiteral("subscribeOffered"));
    m_offeredLabel->hide();
    m_offered->hide();
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(8);
    m_busy->setTextVisible(false);
    m_busy->hide();
    QPushButton *ok = m_buttons->addButton(tr("&Subscribe"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("subscribeButton"));
    ok->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_address);
    layout->addWidget(m_error);
    layout->addWidget(m_offeredLabel);
    layout->addWidget(m_offered, 1);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SubscribeDialog::subscribe);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_offered, &QListWidget::itemActivated, this, &SubscribeDialog::subscribe);
    connect(m_address, &QLineEdit::textEdited, this, [this] {
        // Another address: what was offered for the last one no longer holds.
        offer({});
    });
    connect(book, &SubscriptionBook::added, this, [this](const Subscription &subscription) {
        if (m_asked.isEmpty())
            return;
        m_asked.clear();
        setBusy(false);
        Q_EMIT subscribed(subscription);
        accept();
    });
    connect(book, &SubscriptionBook::addFailed, this,
        [this](const QUrl &url, const QString &error, const QList<FeedLink> &offered) {
            if (m_asked.isEmpty() || url != m_asked)
                return;
            m_asked.clear();
            setBusy(false);
            offer(offered);
            if (offered.isEmpty())
                showError(error);
            else
                showError({});
        });
}

void SubscribeDialog::subscribe()
{
    if (!m_asked.isEmpty())
        return; // one at a time
    QUrl url;
    if (m_offered->isVisible() && m_offered->currentItem())
        url = m_offered->currentItem()->data(Qt::UserRole).toUrl();
    else
        url = QUrl::fromUserInput(m_address->text().trimmed());
    if (!url.isValid() || url.isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        showError(m_address->text().trimmed().isEmpty()
                ? tr("Type the address of a feed, a forum section or a site.")
                : tr("\u201C%1\u201D is not a web address.").arg(m_address->text().trimmed()));
        return;
    }
    if (const std::optional<Subscription> known = m_book->subscriptionFor(url)) {
        showError(tr("You are already subscribed to this as \u201C%1\u201D.").arg(known->title));
        return;
    }
    showError({});
    m_asked = url;
    setBusy(true);
    m_book->add(url);
}

void SubscribeDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_address->setReadOnly(busy);
    for (QAbstractButton *b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(!busy);
}

void SubscribeDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString SubscribeDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void SubscribeDialog::offer(const QList<FeedLink> &feeds)
{
    m_offered->clear();
    for (const FeedLink &feed : feeds) {
        const QString kind = feed.type.contains(QLatin1String("atom")) ? QStringLiteral("Atom")
            : feed.type.contains(QLatin1String("rss"))                 ? QStringLiteral("RSS")
                                                                       : QString();
        QString text = feed.title.isEmpty() ? feed.url.toDisplayString() : feed.title;
        if (!kind.isEmpty())
            text += QStringLiteral(" (%1)").arg(kind);
        auto *entry = new QListWidgetItem(text, m_offered);
        entry->setData(Qt::UserRole, feed.url);
        entry->setToolTip(feed.url.toDisplayString());
    }
    m_offered->setCurrentRow(feeds.isEmpty() ? -1 : 0);
    m_offeredLabel->setVisible(!feeds.isEmpty());
    m_offered->setVisible(!feeds.isEmpty());
}

} // namespace Threadkeeper
