// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/secretstore.h"

#include <QHash>
#include <QTimer>

namespace Threadkeeper::Testing {

// A secret store in memory, answering later as the desktop's does, for tests whose
// subject is not the store itself (tst_secretstore runs the real one). refuse: every
// call fails, as a locked or absent store does.
class MemorySecretStore final : public SecretStore
{
public:
    using SecretStore::SecretStore;
    QHash<QString, QString> entries;
    bool refuse = false;

    void read(const QString &key, ReadDone done) override
    {
        later([this, key, done] {
            if (refuse)
                done(std::nullopt, QStringLiteral("locked"));
            else
                done(entries.contains(key) ? std::optional<QString>(entries.value(key)) : std::nullopt, {});
        });
    }
    void write(const QString &key, const QString &value, Done done) override
    {
        later([this, key, value, done] {
            if (!refuse)
                entries.insert(key, value);
            done(refuse ? QStringLiteral("locked") : QString());
        });
    }
    void remove(const QString &key, Done done) override
    {
        later([this, key, done] {
            if (!refuse)
                entries.remove(key);
            done(refuse ? QStringLiteral("locked") : QString());
        });
    }

private:
    template<typename F> void later(F f) { QTimer::singleShot(0, this, f); }
};

} // namespace Threadkeeper::Testing
