// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "articles/articlereader.h"
#include "cli/cliutil.h"
#include "cli/jsontext.h"
#include "domain/scorer.h"
#include "models/threadtreemodel.h"
#include "services/readerservices.h"
#include "services/threadloader.h"
#include "services/threadrefresher.h"
#include "services/threadsession.h"
#include "store/cachestore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

namespace Threadkeeper {

using namespace Qt::StringLiterals;

namespace {
// A value as QJsonDocument indents it, nested `depth` levels deep.
QString indented(const QJsonObject &object, int depth)
{
    const QString pad(depth * 4, QLatin1Char(' '));
    QString text = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
    text.replace(QLatin1Char('\n'), QLatin1Char('\n') + pad);
    return pad + text;
}

const QLatin1StringView boolText(bool b)
{
    return b ? QLatin1StringView("true") : QLatin1StringView("false");
}

// One post as QJsonDocument would indent it two levels deep, keys in its (sorted) order.
void appendPost(QString &out, const Post &p, const QString &parent, bool read, int score, bool hidden)
{
    using namespace JsonText;
    out += QLatin1String("        {");
    appendKey(out, 3, "author"_L1);
    appendString(out, p.author);
    out += u',';
    appendKey(out, 3, "date"_L1);
    if (p.date.isValid())
        appendString(out, p.date.toUTC().toString(Qt::ISODate));
    else
        out += "null"_L1;
    out += u',';
    appendKey(out, 3, "hidden"_L1);
    out += boolText(hidden);
    out += u',';
    appendKey(out, 3, "id"_L1);
    appendString(out, p.id);
    out += u',';
    appendKey(out, 3, "number"_L1);
    out += QString::number(p.number);
    out += u',';
    appendKey(out, 3, "parent"_L1);
    appendStringOrNull(out, parent);
    out += u',';
    appendKey(out, 3, "quotes"_L1);
    out += u'[';
    for (qsizetype i = 0; i < p.quotes.size(); ++i) {
        const Quote &q = p.quotes[i];
        out += i ? "\n                },\n                {"_L1 : "\n                {"_L1;
        appendKey(out, 5, "author"_L1);
        appendString(out, q.author);
        out += u',';
        appendKey(out, 5, "source"_L1);
        appendStringOrNull(out, q.resolved);
        out += u',';
        appendKey(out, 5, "text"_L1);
        appendString(out, q.text);
    }
    out += p.quotes.isEmpty() ? "\n            ],"_L1 : "\n                }\n            ],"_L1;
    appendKey(out, 3, "read"_L1);
    out += boolText(read);
    out += u',';
    appendKey(out, 3, "score"_L1);
    out += QString::number(score);
    out += u',';
    appendKey(out, 3, "text"_L1);
    appendString(out, p.text);
    out += "\n        }"_L1;
}
} // namespace

void writeExportJson(
    QTextStream &out, const ThreadSession &session, const Scorer &scorer, const LoadOutcome *outcome)
{
    const ThreadInfo info = session.info();
    const QJsonObject thread {{QStringLiteral("url"), info.url}, {QStringLiteral("title"), info.title},
        {QStringLiteral("engine"), info.engine}, {QStringLiteral("pages"), info.pageCount}};
    const ThreadTreeModel *model = session.model();
    out << "{\n";
    // The article of a news address: its own title (the thread's may differ), the rest as
    // its post holds it.
    if (const Post *article = session.tree().post(ArticleReader::postId());
        article && outcome && outcome->articleUrl.isValid()) {
        const QJsonObject object {{QStringLiteral("url"), outcome->articleUrl.toString()},
            {QStringLiteral("title"), outcome->articleTitle.isEmpty() ? info.title : outcome->articleTitle},
            {QStringLiteral("author"), article->author},
            {QStringLiteral("date"),
                article->date.isValid() ? QJsonValue(article->date.toUTC().toString(Qt::ISODate))
                                        : QJsonValue()},
            {QStringLiteral("text"), article->text}};
        out << "    \"article\": " << indented(object, 1).trimmed() << ",\n";
    }
    out << "    \"posts\": [";
    bool first = true;
    QString chunk;
    for (const Post *p : session.tree().posts()) {
        const PostScore score = scorer.score(*p, info.url);
        chunk += first ? u'\n' : u',';
        if (!first)
            chunk += u'\n';
        appendPost(chunk, *p, session.tree().parentOf(p->id),
            model->indexOf(p->id).data(ThreadTreeModel::ReadRole).toBool(), score.score, score.hidden);
        first = false;
        if (chunk.size() > 1 << 16) {
            out << chunk;
            chunk.clear();
        }
    }
    out << chunk;
    out << (first ? "]" : "\n    ]") << ",\n    \"thread\": " << indented(thread, 1).trimmed() << "\n}\n";
}

ExportCommand::ExportCommand(QTextStream *out, QTextStream *err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{ }

void ExportCommand::fail(const QString &message, int code)
{
    Cli::fail(*m_err, message);
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
}

bool ExportCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print a thread as JSON."));
    const QCommandLineOption format(
        QStringLiteral("format"), tr("Output format: json."), tr("format"), QStringLiteral("json"));
    const QCommandLineOption cache(QStringLiteral("cache"), tr("The cache file."), tr("file"));
    const QCommandLineOption offline(QStringLiteral("offline"), tr("Read from the cache only."));
    const QCommandLineOption reload(
        QStringLiteral("reload"), tr("Fetch every page again, even of a cached thread."));
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Per-request timeout in seconds."),
        tr("seconds"), QStringLiteral("30"));
    parser.addOptions({format, cache, offline, reload, timeout});
    parser.addPositionalArgument(QStringLiteral("url"), tr("The thread's URL."));
    if (const int code = Cli::parse(parser, QStringLiteral("threadkeeper export"), arguments, *m_out, *m_err);
        code >= 0) {
        QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
        return code == 0;
    }
    if (parser.value(format) != QLatin1String("json")) {
        fail(tr("unknown format '%1' (known: json)").arg(parser.value(format)), 2);
        return false;
    }
    if (parser.positionalArguments().size() != 1) {
        fail(tr("export takes exactly one thread URL"), 2);
        return false;
    }
    if (parser.isSet(offline) && parser.isSet(reload)) {
        fail(tr("--offline and --reload exclude each other"), 2);
        return false;
    }
    m_url = QUrl::fromUserInput(parser.positionalArguments().constFirst());

    const ReaderServices services = createReaderServices(
        parser.isSet(cache) ? parser.value(cache) : CacheDatabase::defaultPath(), this);
    m_store = services.store;
    m_loader = services.loader;
    m_session = services.session;
    m_refresher = services.refresher;

    connect(m_store, &CacheStore::opened, this, [this](bool ok, const QString &error) {
        if (!ok) {
            m_loader->cancel();
            m_refresher->cancel();
            fail(error);
        }
    });
    connect(m_loader, &ThreadLoader::finished, this, &ExportCommand::onLoaded);
    connect(m_refresher, &ThreadRefresher::finished, this, &ExportCommand::onRefreshed);
    m_options.timeoutMs = std::max(1, parser.value(timeout).toInt()) * 1000;
    m_refresher->setTimeout(m_options.timeoutMs);
    // The cached copy first, unless told otherwise: then only what can have changed.
    m_cacheFirst = !parser.isSet(reload) && !parser.isSet(offline);
    m_options.offline = !parser.isSet(reload);
    QString error;
    if (m_loader->open(m_url, m_options, &error))
        return true;
    if (m_cacheFirst) { // what it is needs the network to tell
        m_cacheFirst = false;
        m_options.offline = false;
        if (m_loader->open(m_url, m_options, &error))
            return true;
    }
    fail(error);
    return false;
}

void ExportCommand::onLoaded(const LoadOutcome &outcome)
{
    if (outcome.cancelled)
        return;
    if (std::exchange(m_cacheFirst, false)) {
        const QString scheme = QUrl(m_session->info().url).scheme();
        const bool local = scheme == QLatin1String("qrc") || scheme == QLatin1String("file");
        if (outcome.ok() && outcome.fromCache && !local) {
            m_loaded = outcome;
            QString error;
            if (!m_refresher->refresh(m_session->info().url, &error))
                print(outcome, {tr("could not refresh: %1").arg(error)});
            return;
        }
        if (!outcome.ok()) { // not cached: the whole thread
            m_options.offline = false;
            QString error;
            if (!m_loader->open(m_url, m_options, &error))
                fail(error);
            return;
        }
    }
    if (!outcome.ok()) {
        fail(outcome.error);
        return;
    }
    QStringList problems;
    for (auto it = outcome.failedPages.cbegin(); it != outcome.failedPages.cend(); ++it)
        problems.append(tr("page %1: %2").arg(it.key()).arg(it.value()));
    print(outcome, problems);
}

void ExportCommand::onRefreshed(const RefreshOutcome &outcome)
{
    QStringList problems;
    if (!outcome.error.isEmpty())
        problems.append(tr("could not refresh: %1").arg(outcome.error));
    for (auto it = outcome.failedParts.cbegin(); it != outcome.failedParts.cend(); ++it)
        problems.append(tr("page %1: %2").arg(it.key()).arg(it.value()));
    print(m_loaded, problems);
}

void ExportCommand::print(const LoadOutcome &outcome, const QStringList &problems)
{
    // The rules come from the cache, after it has written the thread: the process ends with
    // everything stored.
    connect(
        m_store, &CacheStore::rulesLoaded, this,
        [this, outcome, problems](const QList<Rule> &rules) {
            Scorer scorer;
            scorer.setRules(rules);
            writeExportJson(*m_out, *m_session, scorer, &outcome);
            m_out->flush();
            if (!problems.isEmpty()) {
                fail(tr("incomplete: %1").arg(problems.join(QStringLiteral("; "))), 3);
                return;
            }
            Q_EMIT finished(0);
        },
        Qt::SingleShotConnection);
    m_store->loadRules();
}

} // namespace Threadkeeper
