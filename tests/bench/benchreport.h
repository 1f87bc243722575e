// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QLockFile>
#include <QString>

#include <optional>

namespace Threadkeeper::Testing {

// One measured figure, as tests/bench/report.py shows it in a table row.
struct BenchFigure
{
    QString figure; // what was measured, with its size and number of runs
    std::optional<double> ours; // empty: could not be measured (the note says why)
    std::optional<double> peer; // the peer's figure or the limit it is held to
    std::optional<double> ratio; // ours / peer, or as the goal reads
    QString goal; // "≤ 1.2×", "≥ 4×", "≤ 50 ms", "kept"
    QString unit; // of ours and peer
    std::optional<bool> met; // empty: no numeric goal
    QString note; // what exactly is measured, if the name cannot say it
};

// The figures of one benchmark executable, written to <bench dir>/<name>.json after
// each figure, so that what was measured survives a later timeout. A figure measured beside
// another benchmark is not a figure: a report holds <bench dir>/bench.lock while it lives
// (a second benchmark waits for it) and stamps the machine's load at its start and at each figure.
class BenchReport
{
public:
    explicit BenchReport(const QString &name);

    void add(const BenchFigure &figure);
    QString path() const { return m_path; }

    // Where the JSON goes: $THREADKEEPER_BENCH_DIR, else build/dev/bench.
    static QString directory();

private:
    void write() const;

    QString m_name;
    QDateTime m_started;
    QLockFile m_alone;
    qint64 m_waitedMs = 0; // for another benchmark to finish
    QString m_loadAtStart;
    QString m_path;
    QJsonArray m_figures;
};

double median(QList<double> values);

// THREADKEEPER_BENCH_SCALE (default 1) scales the thread sizes, so that a quick run
// at 0.1 takes minutes, not an hour; never below one page.
int scaledPosts(int posts);
// THREADKEEPER_BENCH_RUNS overrides how many runs a figure takes the median of.
int benchRuns(int runs);
// "10,000 posts".
QString postsLabel(int posts);

} // namespace Threadkeeper::Testing
