// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A forum with a self-signed certificate, read through the window: refused with a clear
// error and nothing lost, trusted only when the reader says so for that site, remembered,
// and asked again when the certificate changes.
#include "readerwindow.h"
#include "servers/fixtureserver.h"
#include "servers/xenforofixture.h"
#include "testutil.h"

#include "models/threadtreemodel.h"
#include "net/certificatetrust.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

class TestCertificates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refusedThenTrustedThenRemembered();

private:
    // Clicks the error bar's action and answers the question it asks.
    static bool answerTrustQuestion(MainWindow *window, bool trust, QString *shown);
    void serve(FixtureServer *server);
    FixtureThread m_seed;
};

void TestCertificates::initTestCase()
{
    m_seed = seedThread(sharedPath(QStringLiteral("seeds/000_03c0485d06bfdc0b.txt")));
    QVERIFY(m_seed.posts.size() > 20);
}

void TestCertificates::serve(FixtureServer *server)
{
    for (int page = 1; page <= m_seed.pageCount(); ++page)
        server->setPage(m_seed.pagePath(page), xenforoPage(m_seed, page));
}

bool TestCertificates::answerTrustQuestion(MainWindow *window, bool trust, QString *shown)
{
    auto *action = window->findChild<QPushButton *>(QStringLiteral("errorAction"));
    if (!action || !action->isVisible())
        return false;
    QTest::mouseClick(action, Qt::LeftButton);
    auto *box = window->findChild<QMessageBox *>(QStringLiteral("trustCertificate"));
    if (!box || !box->isVisible())
        return false;
    *shown = box->text() + QLatin1Char('\n') + box->informativeText();
    QAbstractButton *answer
        = trust ? box->findChild<QPushButton *>(QStringLiteral("trust")) : box->button(QMessageBox::Cancel);
    if (!answer)
        return false;
    QTest::mouseClick(answer, Qt::LeftButton);
    return true;
}

void TestCertificates::refusedThenTrustedThenRemembered()
{
    FixtureServer server;
    QVERIFY(server.startTls(QStringLiteral("site")));
    serve(&server);
    const QUrl url = server.url(m_seed.path);
    const QString site = CertificateTrust::siteOf(url);
    QTemporaryDir folder;

    {
        ReaderWindow reader(folder.path());
        MainWindow *window = reader.window.get();
        // Refused: the error names the site and why, nothing was sent, nothing shown.
        QVERIFY(reader.open(url));
        const QString error = window->errorText();
        QVERIFY2(error.contains(site) && error.contains(QLatin1String("not trusted")), qPrintable(error));
        QCOMPARE(reader.services.model->postCount(), 0);
        QCOMPARE(server.requestCount(m_seed.path), 0);

        // "Cancel" trusts nothing.
        QString shown;
        QVERIFY(answerTrustQuestion(window, false, &shown));
        QVERIFY(reader.services.trust->sites().isEmpty());
        QVERIFY(window->errorText().isEmpty());

        // Asked again, the reader sees the fingerprint and says yes: the thread loads.
        QVERIFY(reader.open(url));
        QSignalSpy loaded(window, &MainWindow::loadFinished);
        QVERIFY(answerTrustQuestion(window, true, &shown));
        const QString fingerprint = error.section(QLatin1String("SHA-256 fingerprint "), 1);
        QVERIFY2(!fingerprint.isEmpty() && shown.contains(fingerprint), qPrintable(shown));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(reader.services.model->postCount(), m_seed.posts.size());
        QVERIFY2(window->errorText().isEmpty(), qPrintable(window->errorText()));
        QCOMPARE(reader.services.trust->sites(), QStringList {site});
    }
    {
        // Started again: remembered, nothing asked.
        ReaderWindow reader(folder.path());
        QVERIFY(reader.open(url));
        QVERIFY2(reader.window->errorText().isEmpty(), qPrintable(reader.window->errorText()));
        QCOMPARE(reader.services.model->postCount(), m_seed.posts.size());
    }
    {
        // The site's certificate changes: refused again, and the cached thread stays.
        QVERIFY(server.startTls(QStringLiteral("other"), server.port()));
        serve(&server);
        ReaderWindow reader(folder.path());
        QVERIFY(reader.open(url));
        QCOMPARE(reader.services.model->postCount(), m_seed.posts.size());
        const QString error = reader.window->errorText();
        QVERIFY2(error.contains(QLatin1String("not trusted")), qPrintable(error));
        QVERIFY(reader.window->findChild<QPushButton *>(QStringLiteral("errorAction"))->isVisible());
    }
}

QTEST_MAIN(TestCertificates)
#include "tst_certificates.moc"
