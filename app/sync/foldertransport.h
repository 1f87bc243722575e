// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "synctransport.h"

namespace Threadkeeper {

// A folder that another program (Syncthing, Nextcloud, a network share) keeps in step
// between machines. Files are written beside and renamed into place, so the program never
// sees half of one from us; what it copies in from elsewhere may still be arriving.
class FolderTransport final : public SyncTransport
{
    Q_OBJECT
public:
    explicit FolderTransport(const QString &folder, QObject *parent = nullptr);
    void list(Listed done) override;
    void read(const QString &name, qint64 from, Read done) override;
    void write(const QString &name, const QByteArray &bytes, Done done) override;
    void remove(const QString &name, Done done) override;
    QString describe() const override { return m_folder; }

    // A read larger than this is damage, not a journal.
    static constexpr qint64 MaxRead = 512LL * 1024 * 1024;

private:
    // Answers later, as a network place would, so callers never see a call answer inside itself.
    void later(std::function<void()> answer);
    bool safeName(const QString &name) const;
    QString m_folder;
};

} // namespace Threadkeeper
