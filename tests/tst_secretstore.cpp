// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's secret store as the app uses it, through QtKeychain, against a real
// Secret Service (GNOME Keyring in a D-Bus session of the test's own: secretservice.sh).
#include "accounts/secretstore.h"

#include <QTest>

using namespace Threadkeeper;

class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip();

private:
    std::optional<QString> read(const QString &key, QString *error = nullptr);
    QString write(const QString &key, const QString &value);
    QString remove(const QString &key);
    std::unique_ptr<KeychainSecretStore> m_store;
};

void TestSecretStore::initTestCase()
{
    QVERIFY2(
        !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run it through tests/secretservice.sh");
    m_store = std::make_unique<KeychainSecretStore>(QStringLiteral("Threadkeeper test"));
}

std::optional<QString> TestSecretStore::read(const QString &key, QString *error)
{
    bool answered = false;
    std::optional<QString> out;
    m_store->read(key, [&](const std::optional<QString> &value, const QString &why) {
        answered = true;
        out = value;
        if (error)
            *error = why;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(answered, 10000); }();
    return out;
}

QString TestSecretStore::write(const QString &key, const QString &value)
{
    bool answered = false;
    QString error = QStringLiteral("no answer");
    m_store->write(key, value, [&](const QString &why) {
        answered = true;
        error = why;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(answered, 10000); }();
    return error;
}

QString TestSecretStore::remove(const QString &key)
{
    bool answered = false;
    QString error = QStringLiteral("no answer");
    m_store->remove(key, [&](const QString &why) {
        answered = true;
        error = why;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(answered, 10000); }();
    return error;
}

void TestSecretStore::roundTrip()
{
    const QString key = QStringLiteral("reddit.com/app");
    QString error;
    QCOMPARE(read(key, &error), std::nullopt); // nothing kept yet, and that is no error
    QCOMPARE(error, QString());
    QCOMPARE(write(key, QStringLiteral("client-ünï-123")), QString());
    QCOMPARE(read(key), QStringLiteral("client-ünï-123"));
    QCOMPARE(write(key, QStringLiteral("client-2")), QString()); // replaced, not added
    QCOMPARE(read(key), QStringLiteral("client-2"));
    QCOMPARE(write(QStringLiteral("mastodon.social/token"), QStringLiteral("tok")), QString());
    QCOMPARE(remove(key), QString());
    QCOMPARE(read(key), std::nullopt);
    QCOMPARE(read(QStringLiteral("mastodon.social/token")), QStringLiteral("tok")); // the other stays
    QCOMPARE(remove(key), QString()); // removing what is gone is no error
    QCOMPARE(remove(QStringLiteral("mastodon.social/token")), QString());
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
