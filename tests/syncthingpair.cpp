// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncthingpair.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

namespace Threadkeeper::Testing {

namespace {

constexpr int StartTimeoutMs = 60000;
constexpr int PollIntervalMs = 100;

// Ports the kernel hands out for 127.0.0.1 now, all different: the servers stay bound until
// every port is chosen. Another process may take one before Syncthing binds it; start()
// then fails with the instance's log saying so.
QList<quint16> freeLoopbackPorts(int count)
{
    std::vector<std::unique_ptr<QTcpServer>> servers;
    QList<quint16> ports;
    for (int i = 0; i < count; ++i) {
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(QHostAddress::LocalHost, 0))
            return {};
        ports.append(server->serverPort());
        servers.push_back(std::move(server));
    }
    return ports;
}

QByteArray randomKey()
{
    static const QByteArray alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QByteArray key;
    for (int i = 0; i < 32; ++i)
        key.append(alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size()))));
    return key;
}

QString loopbackUrl(quint16 port)
{
    return QStringLiteral("tcp://127.0.0.1:%1").arg(port);
}

// The files under dir by relative path with their bytes; dot-files and dot-folders (the
// .stfolder marker, Syncthing's .syncthing.*.tmp temporaries, QSaveFile's) left out.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    const QDir root(dir);
    QDirIterator it(dir, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = root.relativeFilePath(path);
        const QStringList parts = relative.split(QLatin1Char('/'));
        if (std::any_of(parts.cbegin(), parts.cend(), [](const QString &p) { return p.startsWith(u'.'); }))
            continue;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files.insert(relative, f.readAll());
    }
    return files;
}

} // namespace

SyncthingPair::SyncthingPair(const QString &parentDir, QObject *parent)
    : QObject(parent)
    , m_parent(parentDir)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    // The REST API is on loopback: a proxy from the environment must not stand between.
    m_network->setProxy(QNetworkProxy::NoProxy);
    const QDir root(m_parent);
    const char *names[] = {"A", "B"};
    for (int i = 0; i < 2; ++i) {
        Node &n = m_nodes[i];
        n.name = QLatin1String(names[i]);
        n.home = root.filePath(QStringLiteral("home") + n.name);
        n.folder = root.filePath(QStringLiteral("folder") + n.name);
        n.apiKey = randomKey();
    }
}

SyncthingPair::~SyncthingPair()
{
    stop();
}

QString SyncthingPair::program()
{
    return QStandardPaths::findExecutable(QStringLiteral("syncthing"));
}

QString SyncthingPair::folder(int which) const
{
    return m_nodes[which].folder;
}

bool SyncthingPair::start(QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (program().isEmpty()) {
        *error = QStringLiteral("syncthing is not on PATH");
        return false;
    }
    const QList<quint16> ports = freeLoopbackPorts(4);
    if (ports.size() != 4) {
        *error = QStringLiteral("no free ports on 127.0.0.1");
        return false;
    }
    for (int i = 0; i < 2; ++i) {
        m_nodes[i].listenPort = ports[2 * i];
        m_nodes[i].guiPort = ports[2 * i + 1];
        if (!QDir().mkpath(m_nodes[i].folder) || !generate(m_nodes[i], error))
            return false;
    }
    // Both identities exist before either config is written: each config names both devices.
    for (int i = 0; i < 2; ++i) {
        if (!writeConfig(i, error))
            return false;
    }
    for (int i = 0; i < 2; ++i) {
        if (!launch(i, error))
            return false;
    }

    QString why;
    const auto bounded = [&](const std::function<bool()> &check, const QString &what) {
        if (pollUntil(check, StartTimeoutMs, &why))
            return true;
        *error = why.isEmpty() ? QStringLiteral("timed out waiting until %1").arg(what) : why;
        return false;
    };
    // The REST API answers first; the config it reports is the one the instance runs with.
    if (!bounded([&] { return rest(A, "GET", QStringLiteral("/rest/system/ping"), 2000).status == 200; },
            QStringLiteral("A's REST API answers"))
        || !bounded([&] { return rest(B, "GET", QStringLiteral("/rest/system/ping"), 2000).status == 200; },
            QStringLiteral("B's REST API answers")))
        return false;
    for (int i = 0; i < 2; ++i) {
        const QStringList problems = loopbackProblems(config(i));
        if (!problems.isEmpty()) {
            *error = QStringLiteral("instance %1 is not loopback-only: %2")
                         .arg(m_nodes[i].name, problems.join(QStringLiteral("; ")));
            return false;
        }
    }
    return bounded([&] { return connectedToOther(A) && connectedToOther(B); },
               QStringLiteral("both instances see each other connected"))
        && bounded([&] { return folderSettled(A) && folderSettled(B); },
            QStringLiteral("the shared folder is idle on both sides"));
}

bool SyncthingPair::generate(Node &node, QString *error)
{
    // `generate` makes the key, the certificate and a config.xml, and exits: it never
    // serves. Its config is read only for the schema version, then replaced whole.
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_parent);
    env.insert(QStringLiteral("STNOUPGRADE"), QStringLiteral("1"));
    env.insert(QStringLiteral("STNODEFAULTFOLDER"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.start(program(),
        {QStringLiteral("generate"), QStringLiteral("--home"), node.home,
            QStringLiteral("--no-default-folder"), QStringLiteral("--skip-port-probing")});
    const bool done = p.waitForFinished(30000);
    const QByteArray out = p.readAll();
    node.log += "--- syncthing generate\n" + out;
    if (!done || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("syncthing generate failed for %1: %2")
                     .arg(node.name, QString::fromLocal8Bit(out).trimmed());
        return false;
    }
    static const QRegularExpression idLine(QStringLiteral("Device ID: ([A-Z0-9]{7}(?:-[A-Z0-9]{7}){7})"));
    const QRegularExpressionMatch m = idLine.match(QString::fromLocal8Bit(out));
    if (!m.hasMatch()) {
        *error = QStringLiteral("syncthing generate printed no device ID for %1").arg(node.name);
        return false;
    }
    node.deviceId = m.captured(1);

    QFile generated(QDir(node.home).filePath(QStringLiteral("config.xml")));
    if (generated.open(QIODevice::ReadOnly)) {
        QXmlStreamReader xml(&generated);
        if (xml.readNextStartElement() && xml.name() == QLatin1String("configuration"))
            m_configVersion = xml.attributes().value(QLatin1String("version")).toInt();
    }
    if (m_configVersion <= 0) {
        *error = QStringLiteral("no schema version in %1's generated config.xml").arg(node.name);
        return false;
    }
    return true;
}

bool SyncthingPair::writeConfig(int which, QString *error)
{
    const Node &self = m_nodes[which];
    QSaveFile file(QDir(self.home).filePath(QStringLiteral("config.xml")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartElement(QStringLiteral("configuration"));
    xml.writeAttribute(QStringLiteral("version"), QString::number(m_configVersion));

    // The shared folder, on both devices. The watcher reacts within a second; the periodic
    // scan is a backstop only, rescan() is what tests use.
    xml.writeStartElement(QStringLiteral("folder"));
    xml.writeAttribute(QStringLiteral("id"), folderId());
    xml.writeAttribute(QStringLiteral("label"), QStringLiteral("Threadkeeper sync"));
    xml.writeAttribute(QStringLiteral("path"), self.folder);
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("sendreceive"));
    xml.writeAttribute(QStringLiteral("rescanIntervalS"), QStringLiteral("10"));
    xml.writeAttribute(QStringLiteral("fsWatcherEnabled"), QStringLiteral("true"));
    xml.writeAttribute(QStringLiteral("fsWatcherDelayS"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("ignorePerms"), QStringLiteral("true"));
    xml.writeAttribute(QStringLiteral("autoNormalize"), QStringLiteral("true"));
    xml.writeTextElement(QStringLiteral("filesystemType"), QStringLiteral("basic"));
    for (const Node &n : m_nodes) {
        xml.writeStartElement(QStringLiteral("device"));
        xml.writeAttribute(QStringLiteral("id"), n.deviceId);
        xml.writeAttribute(QStringLiteral("introducedBy"), QString());
        xml.writeEndElement();
    }
    // A test machine's disk may be nearly full; that is no reason to stop syncing bytes.
    xml.writeStartElement(QStringLiteral("minDiskFree"));
    xml.writeAttribute(QStringLiteral("unit"), QStringLiteral("%"));
    xml.writeCharacters(QStringLiteral("0"));
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("markerName"), QStringLiteral(".stfolder"));
    xml.writeEndElement(); // folder

    // Both devices at their loopback addresses (an instance ignores its own entry's address,
    // but "dynamic" there would name discovery).
    for (const Node &n : m_nodes) {
        xml.writeStartElement(QStringLiteral("device"));
        xml.writeAttribute(QStringLiteral("id"), n.deviceId);
        xml.writeAttribute(QStringLiteral("name"), n.name);
        xml.writeAttribute(QStringLiteral("compression"), QStringLiteral("metadata"));
        xml.writeAttribute(QStringLiteral("introducer"), QStringLiteral("false"));
        xml.writeTextElement(QStringLiteral("address"), loopbackUrl(n.listenPort));
        xml.writeTextElement(QStringLiteral("autoAcceptFolders"), QStringLiteral("false"));
        xml.writeEndElement();
    }

    xml.writeStartElement(QStringLiteral("gui"));
    xml.writeAttribute(QStringLiteral("enabled"), QStringLiteral("true"));
    xml.writeAttribute(QStringLiteral("tls"), QStringLiteral("false"));
    xml.writeTextElement(QStringLiteral("address"), QStringLiteral("127.0.0.1:%1").arg(self.guiPort));
    xml.writeTextElement(QStringLiteral("apikey"), QString::fromLatin1(self.apiKey));
    xml.writeTextElement(QStringLiteral("theme"), QStringLiteral("default"));
    xml.writeEndElement();

    // Every way an instance could reach past loopback, off; see loopbackProblems().
    const QList<std::pair<QString, QString>> options = {
        {QStringLiteral("listenAddress"), loopbackUrl(self.listenPort)},
        {QStringLiteral("globalAnnounceEnabled"), QStringLiteral("false")},
        {QStringLiteral("localAnnounceEnabled"), QStringLiteral("false")},
        {QStringLiteral("relaysEnabled"), QStringLiteral("false")},
        {QStringLiteral("natEnabled"), QStringLiteral("false")},
        {QStringLiteral("announceLANAddresses"), QStringLiteral("false")},
        {QStringLiteral("urAccepted"), QStringLiteral("-1")},
        {QStringLiteral("crashReportingEnabled"), QStringLiteral("false")},
        {QStringLiteral("autoUpgradeIntervalH"), QStringLiteral("0")},
        {QStringLiteral("startBrowser"), QStringLiteral("false")},
        // A dial that lost the race with the other's listener is retried soon, not in 60 s.
        {QStringLiteral("reconnectionIntervalS"), QStringLiteral("1")},
        {QStringLiteral("setLowPriority"), QStringLiteral("false")},
    };
    xml.writeStartElement(QStringLiteral("options"));
    for (const auto &[name, value] : options)
        xml.writeTextElement(name, value);
    xml.writeEndElement();

    xml.writeEndElement(); // configuration
    xml.writeEndDocument();
    if (xml.hasError() || !file.commit()) {
        *error = QStringLiteral("cannot write %1").arg(file.fileName());
        return false;
    }
    return true;
}

bool SyncthingPair::launch(int which, QString *error)
{
    Node &n = m_nodes[which];
    n.process = std::make_unique<QProcess>();
    n.process->setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_parent);
    env.insert(QStringLiteral("STNOUPGRADE"), QStringLiteral("1"));
    env.insert(QStringLiteral("STNODEFAULTFOLDER"), QStringLiteral("1"));
    env.insert(QStringLiteral("STNORESTART"), QStringLiteral("1"));
    // Syncthing dials through a proxy named in the environment: that would leave loopback.
    for (const char *proxy :
        {"all_proxy", "ALL_PROXY", "http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY"})
        env.remove(QLatin1String(proxy));
    n.process->setProcessEnvironment(env);
    QProcess *p = n.process.get();
    connect(p, &QProcess::readyRead, this, [this, which, p] { m_nodes[which].log += p->readAll(); });
    n.log += "--- syncthing serve\n";
    p->start(program(),
        {QStringLiteral("serve"), QStringLiteral("--home"), n.home, QStringLiteral("--no-browser"),
            QStringLiteral("--no-restart"), QStringLiteral("--no-upgrade"),
            QStringLiteral("--no-default-folder"), QStringLiteral("--logflags=3")});
    if (!p->waitForStarted(10000)) {
        *error = QStringLiteral("cannot start syncthing for %1: %2").arg(n.name, p->errorString());
        return false;
    }
    return true;
}

void SyncthingPair::stop()
{
    bool any = false;
    for (int i = 0; i < 2; ++i) {
        if (!running(i))
            continue;
        any = true;
        const Reply r = rest(i, "POST", QStringLiteral("/rest/system/shutdown"), 3000);
        note(i, QStringLiteral("shutdown requested: HTTP %1 %2").arg(r.status).arg(r.error));
    }
    if (any)
        pollUntil([this] { return !running(A) && !running(B); }, 10000);
    for (Node &n : m_nodes) {
        if (!n.process)
            continue;
        if (n.process->state() != QProcess::NotRunning) {
            n.log += "--- killed: no exit within 10 s of the shutdown request\n";
            n.process->kill();
            n.process->waitForFinished(5000);
        }
        n.log += n.process->readAll();
        n.process->disconnect(this);
        n.process.reset();
    }
}

bool SyncthingPair::running(int which) const
{
    const auto &p = m_nodes[which].process;
    return p && p->state() != QProcess::NotRunning;
}

SyncthingPair::Reply SyncthingPair::rest(
    int which, const QByteArray &verb, const QString &pathAndQuery, int timeoutMs)
{
    Reply result;
    const Node &n = m_nodes[which];
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(n.guiPort).arg(pathAndQuery)));
    request.setRawHeader("X-API-Key", n.apiKey);
    request.setTransferTimeout(timeoutMs);
    std::unique_ptr<QNetworkReply> reply(m_network->sendCustomRequest(request, verb));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, timeoutMs + 1000)) {
        reply->abort();
        result.error = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError)
        result.error = reply->errorString();
    return result;
}

QJsonObject SyncthingPair::restJson(int which, const QString &pathAndQuery)
{
    const Reply r = rest(which, "GET", pathAndQuery);
    return r.status == 200 ? QJsonDocument::fromJson(r.body).object() : QJsonObject();
}

QJsonObject SyncthingPair::config(int which)
{
    return restJson(which, QStringLiteral("/rest/config"));
}

QStringList SyncthingPair::loopbackProblems(const QJsonObject &config)
{
    if (config.isEmpty())
        return {QStringLiteral("no configuration")};
    QStringList problems;
    const QJsonObject options = config.value(QLatin1String("options")).toObject();
    const auto expect = [&](const char *key, const QJsonValue &wanted) {
        const QJsonValue actual = options.value(QLatin1String(key));
        if (actual != wanted)
            problems.append(QStringLiteral("options.%1 is %2")
                                .arg(QLatin1String(key),
                                    QString::fromUtf8(
                                        QJsonDocument(QJsonArray {actual}).toJson(QJsonDocument::Compact))));
    };
    expect("globalAnnounceEnabled", false);
    expect("localAnnounceEnabled", false);
    expect("relaysEnabled", false);
    expect("natEnabled", false);
    expect("announceLANAddresses", false);
    expect("urAccepted", -1);
    expect("crashReportingEnabled", false);
    expect("autoUpgradeIntervalH", 0);

    static const QRegularExpression loopbackTcp(QStringLiteral("^tcp://127\\.0\\.0\\.1:[0-9]+$"));
    const QJsonArray listen = options.value(QLatin1String("listenAddresses")).toArray();
    if (listen.isEmpty())
        problems.append(QStringLiteral("no listen address"));
    for (const QJsonValue &a : listen) {
        if (!loopbackTcp.match(a.toString()).hasMatch())
            problems.append(QStringLiteral("listens on %1").arg(a.toString()));
    }
    for (const QJsonValue &d : config.value(QLatin1String("devices")).toArray()) {
        for (const QJsonValue &a : d.toObject().value(QLatin1String("addresses")).toArray()) {
            if (!loopbackTcp.match(a.toString()).hasMatch())
                problems.append(QStringLiteral("a device at %1").arg(a.toString()));
        }
    }
    static const QRegularExpression loopbackGui(QStringLiteral("^127\\.0\\.0\\.1:[0-9]+$"));
    const QString gui
        = config.value(QLatin1String("gui")).toObject().value(QLatin1String("address")).toString();
    if (!loopbackGui.match(gui).hasMatch())
        problems.append(QStringLiteral("the GUI on %1").arg(gui));
    return problems;
}

bool SyncthingPair::connectedToOther(int which)
{
    const QJsonObject connections = restJson(which, QStringLiteral("/rest/system/connections"))
                                        .value(QLatin1String("connections"))
                                        .toObject();
    return connections.value(m_nodes[1 - which].deviceId)
        .toObject()
        .value(QLatin1String("connected"))
        .toBool();
}

bool SyncthingPair::folderSettled(int which)
{
    const QJsonObject status = restJson(which, QStringLiteral("/rest/db/status?folder=") + folderId());
    return status.value(QLatin1String("state")).toString() == QLatin1String("idle")
        && status.value(QLatin1String("needTotalItems")).toInt(-1) == 0;
}

bool SyncthingPair::rescan(int which)
{
    const Reply r = rest(which, "POST", QStringLiteral("/rest/db/scan?folder=") + folderId(), 30000);
    if (r.status != 200)
        note(which,
            QStringLiteral("rescan failed: HTTP %1 %2 %3")
                .arg(r.status)
                .arg(r.error, QString::fromUtf8(r.body).trimmed()));
    return r.status == 200;
}

bool SyncthingPair::waitForFile(int which, const QString &name, const QByteArray &expected, int timeoutMs)
{
    const QString path = QDir(folder(which)).filePath(name);
    return pollUntil(
        [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) && f.readAll() == expected;
        },
        timeoutMs);
}

bool SyncthingPair::waitForRemoved(int which, const QString &name, int timeoutMs)
{
    const QString path = QDir(folder(which)).filePath(name);
    return pollUntil([&] { return !QFileInfo::exists(path); }, timeoutMs);
}

bool SyncthingPair::waitUntilInSync(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    if (!rescan(A) || !rescan(B))
        return false;
    return pollUntil(
        [&] { return snapshot(folderA()) == snapshot(folderB()) && folderSettled(A) && folderSettled(B); },
        int(deadline.remainingTime()));
}

bool SyncthingPair::pollUntil(const std::function<bool()> &check, int timeoutMs, QString *why)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (check())
            return true;
        for (int i = 0; i < 2; ++i) {
            const auto &p = m_nodes[i].process;
            if (p && p->state() == QProcess::NotRunning && why) {
                *why
                    = QStringLiteral("syncthing %1 exited (code %2)").arg(m_nodes[i].name).arg(p->exitCode());
                return false;
            }
        }
        if (deadline.hasExpired())
            return false;
        QTest::qWait(PollIntervalMs);
    }
}

void SyncthingPair::note(int which, const QString &line)
{
    m_nodes[which].log += "--- " + line.toUtf8() + '\n';
}

QString SyncthingPair::log(int which) const
{
    return QString::fromUtf8(m_nodes[which].log);
}

QString SyncthingPair::logs() const
{
    QString all;
    for (int i = 0; i < 2; ++i)
        all += QStringLiteral("===== syncthing %1 (%2)\n%3\n").arg(m_nodes[i].name, m_nodes[i].home, log(i));
    return all;
}

} // namespace Threadkeeper::Testing
