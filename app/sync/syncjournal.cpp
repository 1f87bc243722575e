// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncjournal.h"
#include "journalline.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace Threadkeeper::SyncJournal {

namespace {

const QRegularExpression &nameShape()
{
    static const QRegularExpression re(QStringLiteral("^tk-([0-9a-f]{16})-(snap-)?([0-9]{8,18})\\.jsonl$"));
    return re;
}

// A time in ms from another device's file: anything not a plausible time reads as 0.
qint64 clock(double ms)
{
    return std::isfinite(ms) && ms > 0 && ms < 1e16 ? qint64(ms) : 0;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("SyncJournal", text);
}

} // namespace

bool looksOurs(const QString &name)
{
    return name.startsWith(QLatin1String("tk-")) && name.endsWith(QLatin1String(".jsonl"));
}

FileName parseName(const QString &name)
{
    const QRegularExpressionMatch m = nameShape().match(name);
    if (!m.hasMatch())
        return {};
    return {m.captured(1), m.captured(3).toLongLong(), !m.captured(2).isEmpty()};
}

QString segmentName(const QString &device, qint64 segment)
{
    return QStringLiteral("tk-%1-%2.jsonl").arg(device).arg(segment, 8, 10, QLatin1Char('0'));
}

QString snapshotName(const QString &device, qint64 segment)
{
    return QStringLiteral("tk-%1-snap-%2.jsonl").arg(device).arg(segment, 8, 10, QLatin1Char('0'));
}

bool isDeviceId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{16}$"));
    return re.match(id).hasMatch();
}

QByteArray encode(const Header &header, const QList<SyncOp> &ops)
{
    QByteArray out = QJsonDocument(
        QJsonObject {{QStringLiteral("threadkeeper-sync"), Format}, {QStringLiteral("device"), header.device},
            {QStringLiteral("name"), header.name}, {QStringLiteral("written"), header.written}})
                         .toJson(QJsonDocument::Compact);
    out += '\n';
    out.reserve(out.size() + ops.size() * 96);
    for (const SyncOp &op : ops) {
        out += "{\"k\":";
        JournalLine::appendString(out, op.kind);
        out += ",\"s\":";
        JournalLine::appendString(out, op.scope);
        out += ",\"h\":\"";
        out += QByteArray::number(op.hlc);
        out += '"';
        if (!op.item.isEmpty()) {
            out += ",\"i\":";
            JournalLine::appendString(out, op.item);
        }
        if (op.deleted) {
            out += ",\"d\":true";
        } else {
            out += ",\"v\":";
            JournalLine::appendString(out, op.value);
        }
        out += "}\n";
    }
    return out;
}

Chunk decode(const QString &name, qint64 from, const QByteArray &bytes)
{
    Chunk chunk;
    const FileName file = parseName(name);
    if (!file.valid()) {
        chunk.damage = tr("not a name Threadkeeper writes");
        return chunk;
    }
    qsizetype at = 0;
    bool wantHeader = from == 0;
    while (at < bytes.size()) {
        const qsizetype end = bytes.indexOf('\n', at);
        if (end < 0) {
            if (bytes.size() - at > MaxLine)
                chunk.damage = tr("a line longer than %1 bytes").arg(MaxLine);
            break; // a torn last line: read again once it is whole
        }
        if (end - at > MaxLine) {
            chunk.damage = tr("a line longer than %1 bytes").arg(MaxLine);
            break;
        }
        const QByteArrayView line(bytes.constData() + at, end - at);
        std::optional<JournalLine::Change> change;
        if (!wantHeader)
            change = JournalLine::parseChange(line);
        if (!change) {
            // The header, and any line of another shape: read as JSON like any other.
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
                chunk.damage = tr("line at byte %1 is not JSON").arg(from + at);
                break;
            }
            const QJsonObject o = doc.object();
            if (wantHeader) {
                if (o.value(QStringLiteral("threadkeeper-sync")).toInt() != Format) {
                    chunk.damage = tr("not a Threadkeeper sync journal (format %1 expected)").arg(Format);
                    break;
                }
                if (o.value(QStringLiteral("device")).toString() != file.device) {
                    chunk.damage = tr("written by another device than its name says");
                    break;
                }
                chunk.hasHeader = true;
                chunk.header = {file.device, o.value(QStringLiteral("name")).toString().left(200),
                    clock(o.value(QStringLiteral("written")).toDouble())};
                wantHeader = false;
                at = end + 1;
                chunk.consumed = at;
                continue;
            }
            const QJsonValue v = o.value(QStringLiteral("v"));
            change = JournalLine::Change {o.value(QStringLiteral("k")).toString(),
                o.value(QStringLiteral("s")).toString(), o.value(QStringLiteral("i")).toString(),
                o.value(QStringLiteral("h")).toString(), v.toString(), !v.isUndefined(),
                o.value(QStringLiteral("d")).toBool(), v.isString()};
        }
        SyncOp op;
        op.kind = std::move(change->k);
        op.scope = std::move(change->s);
        op.item = std::move(change->i);
        bool hlcOk = false;
        op.hlc = change->h.toLongLong(&hlcOk);
        op.deleted = change->d;
        if (!op.deleted) // a deletion's value means nothing, whatever the line holds
            op.value = std::move(change->v);
        op.device = file.device;
        if (!hlcOk || op.hlc <= 0 || op.kind.isEmpty() || op.kind.size() > 16 || op.scope.isEmpty()
            || (!op.deleted && !change->vIsString)) {
            chunk.damage = tr("line at byte %1 is not a change").arg(from + at);
            break;
        }
        chunk.ops.append(std::move(op));
        at = end + 1;
        chunk.consumed = at;
    }
    return chunk;
}

} // namespace Threadkeeper::SyncJournal
