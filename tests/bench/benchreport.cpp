// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchreport.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace Threadkeeper::Testing {

namespace {
QJsonValue orNull(const std::optional<double> &v)
{
    // JSON has no NaN or infinity: a figure that overflowed is reported as missing.
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}
// The 1, 5 and 15 minute load averages, as the kernel has them ("0.12 0.30 0.41").
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromLatin1(f.readLine()).section(QLatin1Char(' '), 0, 2);
}
} // namespace

BenchReport::BenchReport(const QString &name)
    : m_name(name)
    , m_alone((QDir().mkpath(directory()), QDir(directory()).filePath(QStringLiteral("bench.lock"))))
    , m_path(QDir(directory()).filePath(name + QStringLiteral(".json")))
{
    m_alone.setStaleLockTime(0); // a benchmark may run for an hour; a dead one's lock is found by its pid
    QElapsedTimer waited;
    waited.start();
    if (!m_alone.tryLock(0)) {
        qInfo("waiting for another benchmark to finish (%s)", qPrintable(m_alone.fileName()));
        m_alone.lock();
    }
    m_waitedMs = waited.elapsed();
    m_started = QDateTime::currentDateTimeUtc();
    m_loadAtStart = loadAverage();
    write(); // an empty list: the bench ran, and a stale file from an earlier run is gone
}

QString BenchReport::directory()
{
    const QString dir = qEnvironmentVariable("THREADKEEPER_BENCH_DIR");
    return dir.isEmpty() ? QStringLiteral(THREADKEEPER_BENCH_DIR) : dir;
}

void BenchReport::add(const BenchFigure &f)
{
    m_figures.append(QJsonObject {
        {QStringLiteral("figure"), f.figure},
        {QStringLiteral("ours"), orNull(f.ours)},
        {QStringLiteral("peer"), orNull(f.peer)},
        {QStringLiteral("ratio"), orNull(f.ratio)},
        {QStringLiteral("goal"), f.goal},
        {QStringLiteral("unit"), f.unit},
        {QStringLiteral("met"), f.met ? QJsonValue(*f.met) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("note"), f.note},
        {QStringLiteral("load"), loadAverage()},
    });
    qInfo("FIGURE %s: ours %s %s, peer/limit %s, ratio %s, goal %s", qPrintable(f.figure),
        f.ours ? qPrintable(QString::number(*f.ours, 'g', 4)) : "-", qPrintable(f.unit),
        f.peer ? qPrintable(QString::number(*f.peer, 'g', 4)) : "-",
        f.ratio ? qPrintable(QString::number(*f.ratio, 'f', 2)) : "-", qPrintable(f.goal));
    write();
}

void BenchReport::write() const
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        qWarning("cannot write %s", qPrintable(m_path));
        return;
    }
    const QJsonObject root {{QStringLiteral("bench"), m_name},
        {QStringLiteral("started"), m_started.toString(Qt::ISODate)},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("loadAtStart"), m_loadAtStart}, {QStringLiteral("waitedForAnotherMs"), m_waitedMs},
        {QStringLiteral("figures"), m_figures}};
    file.write(QJsonDocument(root).toJson());
    file.commit();
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return qQNaN();
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

int scaledPosts(int posts)
{
    bool ok = false;
    const double scale = qEnvironmentVariable("THREADKEEPER_BENCH_SCALE").toDouble(&ok);
    if (!ok || scale <= 0)
        return posts;
    return std::max(20, int(std::lround(posts * scale / 20.0)) * 20); // whole pages
}

int benchRuns(int runs)
{
    bool ok = false;
    const int override = qEnvironmentVariableIntValue("THREADKEEPER_BENCH_RUNS", &ok);
    return ok && override > 0 ? override : runs;
}

QString postsLabel(int posts)
{
    return QLocale(QLocale::English).toString(posts) + QStringLiteral(" posts");
}

} // namespace Threadkeeper::Testing
