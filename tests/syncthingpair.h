// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Threadkeeper::Testing {

// Two real Syncthing instances on 127.0.0.1 keeping one folder in step between two local
// directories (folderA() and folderB()), as two devices' copies of the sync folder are kept.
//
// Everything stays on loopback: each instance listens for the sync protocol and serves its
// REST API on 127.0.0.1 only, on ports free when start() picked them, knows the other by
// device id at its tcp://127.0.0.1 address, and has discovery (global and LAN), relays, NAT
// traversal, usage and crash reporting and upgrades off in the config.xml written before its
// first start: an instance never runs once with Syncthing's defaults. start() reads each
// config back over REST and refuses a pair that is not loopback-only.
//
// Instances are numbered 0 (A) and 1 (B). Waiting is bounded and runs the caller's event
// loop (this is test code). Destroy the pair before the directory it was given: the
// destructor stops both instances (REST shutdown, a kill after a bound).
class SyncthingPair : public QObject
{
    Q_OBJECT
public:
    static constexpr int A = 0;
    static constexpr int B = 1;

    // Homes, folders and logs go under parentDir (a QTemporaryDir's path), which the
    // instances also get as HOME.
    explicit SyncthingPair(const QString &parentDir, QObject *parent = nullptr);
    ~SyncthingPair() override;

    // The syncthing binary on PATH, or empty: tests QSKIP when it is.
    static QString program();

    // Generates both identities, writes both configs, starts both instances and waits
    // (60 s at most) until each sees the other connected and the shared folder idle on both.
    // False with *error set (the logs hold the rest) when any step fails.
    bool start(QString *error);
    // Stops both instances (what the destructor does); safe to call twice.
    void stop();

    QString folderA() const { return folder(A); }
    QString folderB() const { return folder(B); }
    QString folder(int which) const;
    QString folderId() const { return QStringLiteral("threadkeeper-sync"); }
    QString deviceId(int which) const { return m_nodes[which].deviceId; }
    quint16 listenPort(int which) const { return m_nodes[which].listenPort; }
    quint16 guiPort(int which) const { return m_nodes[which].guiPort; }

    // Scans the shared folder on one side now (REST POST /rest/db/scan, which answers when
    // the scan is done), so tests need not wait for the file watcher.
    bool rescan(int which);
    // Waits until the file `name` (relative to the folder) on side `which` holds exactly
    // `expected`.
    bool waitForFile(int which, const QString &name, const QByteArray &expected, int timeoutMs);
    // Waits until `name` is gone from side `which`.
    bool waitForRemoved(int which, const QString &name, int timeoutMs);
    // Rescans both sides, then waits until both folders hold the same files with the same
    // bytes (dot-files left out: Syncthing's marker and temporaries), both idle with nothing
    // needed.
    bool waitUntilInSync(int timeoutMs);

    // The running configuration (REST GET /rest/config), empty on failure.
    QJsonObject config(int which);
    // What in a configuration (as config() reads it) could reach beyond loopback; empty
    // when nothing does.
    static QStringList loopbackProblems(const QJsonObject &config);

    // Everything an instance printed (and what the fixture noted), for a failing test.
    QString log(int which) const;
    QString logs() const;

private:
    struct Node
    {
        QString name;
        QString home;
        QString folder;
        QString deviceId;
        QByteArray apiKey;
        quint16 listenPort = 0;
        quint16 guiPort = 0;
        std::unique_ptr<QProcess> process;
        QByteArray log;
    };
    struct Reply
    {
        int status = 0; // HTTP status; 0: no answer
        QByteArray body;
        QString error;
    };

    bool generate(Node &node, QString *error);
    bool writeConfig(int which, QString *error);
    bool launch(int which, QString *error);
    Reply rest(int which, const QByteArray &verb, const QString &pathAndQuery, int timeoutMs = 10000);
    QJsonObject restJson(int which, const QString &pathAndQuery);
    bool connectedToOther(int which);
    bool folderSettled(int which);
    bool running(int which) const;
    // Polls check every intervalMs, running events in between, until it holds, timeoutMs
    // pass, or an instance has exited (then *why says which).
    bool pollUntil(const std::function<bool()> &check, int timeoutMs, QString *why = nullptr);
    void note(int which, const QString &line);

    QString m_parent;
    std::array<Node, 2> m_nodes;
    std::unique_ptr<QNetworkAccessManager> m_network;
    int m_configVersion = 37;
};

} // namespace Threadkeeper::Testing
