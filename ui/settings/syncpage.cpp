// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/syncpage.h"

#include "services/syncservice.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Threadkeeper {

namespace {
QString when(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

SyncPage::SyncPage(SyncService *sync, QWidget *parent)
    : QWidget(parent)
    , m_sync(sync)
    , m_kind(new QComboBox)
    , m_folder(new QLineEdit)
    , m_browse(new QPushButton(tr("&Browse…")))
    , m_address(new QLineEdit)
    , m_user(new QLineEdit)
    , m_password(new QLineEdit)
    , m_interval(new QSpinBox)
    , m_syncNow(new QPushButton(tr("S&ync Now")))
    , m_message(new QLabel)
    , m_lastRound(new QLabel)
    , m_devices(new QLabel)
{
    setObjectName(QStringLiteral("syncPage"));
    m_kind->setObjectName(QStringLiteral("syncKind"));
    m_folder->setObjectName(QStringLiteral("syncFolder"));
    m_browse->setObjectName(QStringLiteral("syncBrowse"));
    m_address->setObjectName(QStringLiteral("syncAddress"));
    m_user->setObjectName(QStringLiteral("syncUser"));
    m_password->setObjectName(QStringLiteral("syncPassword"));
    m_interval->setObjectName(QStringLiteral("syncInterval"));
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_message->setObjectName(QStringLiteral("syncMessage"));
    m_lastRound->setObjectName(QStringLiteral("syncLastRound"));
    m_devices->setObjectName(QStringLiteral("syncDevices"));

    m_kind->addItem(tr("Nowhere (this device only)"), int(SyncTarget::Kind::None));
    m_kind->addItem(tr("A folder"), int(SyncTarget::Kind::Folder));
    m_kind->addItem(tr("A WebDAV folder"), int(SyncTarget::Kind::WebDav));
    m_folder->setPlaceholderText(tr("A folder Syncthing, Nextcloud or a network drive shares"));
    m_folder->setClearButtonEnabled(true);
    m_address->setPlaceholderText(tr("https://cloud.example.org/remote.php/dav/files/me/Threadkeeper/"));
    m_password->setEchoMode(QLineEdit::Password);
    m_interval->setRange(1, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setToolTip(tr("Changes made here also go out within a minute"));
    for (QLabel *label : {m_message, m_lastRound, m_devices}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto *intro = new QLabel(
        tr("Keeps what you read, where you stopped, watched threads, rules, notes and subscriptions the same "
           "on your other devices, through a folder they share or a WebDAV server. Posts themselves are not "
           "sent: each device fetches them from the forum."));
    intro->setWordWrap(true);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Sync &to:"), m_kind);
    auto *folderLabel = new QLabel(tr("&Folder:"));
    folderLabel->setBuddy(m_folder); // a row of a layout gets no buddy of its own
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("A&ddress:"), m_address);
    form->addRow(tr("Us&er name:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("Sync e&very:"), m_interval);
    form->addRow(m_message);
    m_form = form;
    m_message->hide();
    m_folderRow = folderRow;

    auto *status = new QGroupBox(tr("Status"));
    auto *statusLayout = new QVBoxLayout(status);
    statusLayout->addWidget(m_lastRound);
    statusLayout->addWidget(m_devices);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_syncNow);
    buttons->addStretch(1);
    statusLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(status);
    layout->addStretch(1);
    // In the order they show; Tab passes over the hidden rows.
    setTabOrder({m_kind, m_folder, m_browse, m_address, m_user, m_password, m_interval, m_syncNow});

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        showKind();
        tell(QString());
    });
    connect(m_browse, &QPushButton::clicked, this, &SyncPage::chooseFolder);
    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        if (m_sync)
            m_sync->syncNow();
    });
    if (m_sync) {
        connect(m_sync, &SyncService::started, this, &SyncPage::showStatus);
        connect(m_sync, &SyncService::finished, this, &SyncPage::showStatus);
        showTarget(m_sync->target());
    } else {
        showKind();
        setEnabled(false);
    }
    showStatus();
}

void SyncPage::showTarget(const SyncTarget &target)
{
    m_kind->setCurrentIndex(m_kind->findData(int(target.kind)));
    showKind();
    m_folder->setText(QDir::toNativeSeparators(target.folder));
    m_address->setText(target.webdav.toString());
    m_user->setText(target.user);
    m_interval->setValue(target.intervalMinutes);
    m_password->clear();
    // Never read back into the page: the secret store keeps it.
    m_password->setPlaceholderText(
        target.kind == SyncTarget::Kind::WebDav ? tr("Kept; type a new one to replace it") : QString());
}

void SyncPage::showKind()
{
    // Only the rows of the place chosen show; the others keep what was typed.
    const auto kind = SyncTarget::Kind(m_kind->currentData().toInt());
    m_form->setRowVisible(m_folderRow, kind == SyncTarget::Kind::Folder);
    for (QWidget *field : {static_cast<QWidget *>(m_address), static_cast<QWidget *>(m_user),
             static_cast<QWidget *>(m_password)})
        m_form->setRowVisible(field, kind == SyncTarget::Kind::WebDav);
    m_interval->setEnabled(kind != SyncTarget::Kind::None);
}

void SyncPage::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Sync Through This Folder"),
        m_folder->text().isEmpty() ? QDir::homePath() : m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

QString SyncPage::webDavProblem(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return tr("Give the WebDAV folder's full address, starting with https://");
    if (!url.password().isEmpty())
        return tr("Type the password in the Password field, not in the address");
    const QString host = url.host();
    const bool local = host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || QHostAddress(host).isLoopback();
    if (scheme == QLatin1String("http") && !local)
        return tr(
            "The address must start with https://: over plain http your password and what you read would "
            "travel unencrypted (http is allowed only to this machine)");
    return {};
}

std::optional<SyncTarget> SyncPage::target(QString *why) const
{
    SyncTarget t;
    t.kind = SyncTarget::Kind(m_kind->currentData().toInt());
    t.intervalMinutes = m_interval->value();
    // What the other kinds had stays kept, for when the reader switches back.
    const SyncTarget now = m_sync ? m_sync->target() : SyncTarget();
    t.folder = now.folder;
    t.webdav = now.webdav;
    t.user = now.user;
    if (t.kind == SyncTarget::Kind::Folder) {
        const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
        if (folder.isEmpty() || !QDir::isAbsolutePath(folder)) {
            *why = tr("Choose the folder to sync through by its full path (Browse… finds it)");
            return std::nullopt;
        }
        t.folder = QDir::cleanPath(folder);
    } else if (t.kind == SyncTarget::Kind::WebDav) {
        const QUrl url(m_address->text().trimmed(), QUrl::StrictMode);
        if (const QString problem = webDavProblem(url); !problem.isEmpty()) {
            *why = problem;
            return std::nullopt;
        }
        t.webdav = url.adjusted(QUrl::RemoveUserInfo);
        t.user = m_user->text().trimmed();
        if (t.user.isEmpty() && !url.userName().isEmpty())
            t.user = url.userName();
    }
    return t;
}

bool SyncPage::apply()
{
    if (!m_sync)
        return true;
    QString why;
    const std::optional<SyncTarget> t = target(&why);
    if (!t) {
        tell(why);
        return false;
    }
    const QString password = m_password->text();
    const bool newPassword = t->kind == SyncTarget::Kind::WebDav && !password.isEmpty();
    if (*t == m_sync->target() && !newPassword)
        return true; // nothing to keep, no round to start
    tell(QString());
    if (!newPassword) {
        m_sync->setTarget(*t);
        showTarget(*t);
        Q_EMIT targetChanged();
        return true;
    }
    // The password first, so that the round the target starts finds it. The page may be
    // gone (OK closes the dialog) by the time the secret store answers.
    m_password->clear();
    m_sync->setPassword(
        password, [self = QPointer<SyncPage>(this), sync = m_sync, target = *t](const QString &error) {
            if (!sync)
                return;
            // The address and user are kept either way: a round then fails for want of the
            // password, and says so in the status bar.
            sync->setTarget(target);
            if (!self)
                return;
            self->showTarget(target);
            if (!error.isEmpty())
                self->tell(tr("The password could not be kept in the desktop's secret store: %1").arg(error));
            Q_EMIT self->targetChanged();
        });
    return true;
}

void SyncPage::tell(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty()); // no empty row under the fields
}

QString SyncPage::describe(const SyncReport &report)
{
    QStringList lines;
    lines.append(tr("Sent %1, received %2").arg(report.sent).arg(report.received));
    if (!report.ok())
        lines.append(tr("Failed: %1").arg(report.error));
    if (!report.skipped.isEmpty()) {
        lines.append(tr("Files skipped:"));
        for (const QString &file : report.skipped)
            lines.append(QStringLiteral("  ") + file);
    }
    return lines.join(QLatin1Char('\n'));
}

QString SyncPage::devicesText(const QList<SyncDevice> &devices)
{
    if (devices.isEmpty())
        return tr("No other device seen yet");
    QStringList lines {tr("Devices seen:")};
    for (const SyncDevice &d : devices)
        lines.append(tr("  %1, last seen %2")
                         .arg(d.name.isEmpty() ? d.id : d.name,
                             d.lastSeen.isValid() ? when(d.lastSeen) : tr("never")));
    return lines.join(QLatin1Char('\n'));
}

void SyncPage::showStatus()
{
    const bool on = m_sync && m_sync->target().kind != SyncTarget::Kind::None;
    const bool running = m_sync && m_sync->isRunning();
    m_syncNow->setEnabled(on && !running);
    m_syncNow->setToolTip(on ? QString() : tr("Choose where to sync and apply first"));
    const std::optional<SyncReport> last = m_sync ? m_sync->lastReport() : std::nullopt;
    QString text = last ? tr("Last round: %1").arg(when(last->finished)) + QLatin1Char('\n') + describe(*last)
                        : tr("Last round: never");
    if (running)
        text.prepend(tr("Syncing…") + QLatin1Char('\n'));
    m_lastRound->setText(text);
    m_devices->setText(last ? devicesText(last->devices) : QString());
    m_devices->setVisible(last.has_value());
}

} // namespace Threadkeeper
