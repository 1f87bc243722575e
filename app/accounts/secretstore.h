// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Threadkeeper {

// Where the reader's client ids and tokens live: the desktop's secret store, never a
// settings file or the cache. Every call answers once, later, on this object's thread.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // value: none when nothing is kept under key; error: why it could not be asked.
    using ReadDone = std::function<void(const std::optional<QString> &value, const QString &error)>;
    using Done = std::function<void(const QString &error)>;
    virtual void read(const QString &key, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &value, Done done) = 0;
    virtual void remove(const QString &key, Done done) = 0;
};

// The desktop's own, through QtKeychain (the Secret Service of GNOME Keyring or KWallet,
// and their counterparts elsewhere). Never falls back to a file.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    // service: the name entries are kept under ("Threadkeeper"; tests use their own).
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &value, Done done) override;
    void remove(const QString &key, Done done) override;

private:
    QString m_service;
};

} // namespace Threadkeeper
