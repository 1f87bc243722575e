// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root: builds the services, the window or the command, and runs.
#include "reader/selectioncontroller.h"
#include "settings/appearance.h"
#include "window/crashreports.h"
#include "window/mainwindow.h"

#include "cli/annotationscommand.h"
#include "cli/exportcommand.h"
#include "cli/feedcommand.h"
#include "cli/refreshcommand.h"
#include "cli/rulescommand.h"
#include "cli/searchcommand.h"
#include "cli/subscriptionscommand.h"
#include "cli/synccommand.h"
#include "models/threadtreemodel.h"
#include "net/singleinstance.h"
#include "services/demo.h"
#include "services/subscriptionbook.h"
#include "services/syncservice.h"
#include "services/threadloader.h"
#include "services/translations.h"
#include "services/watchscheduler.h"
#include "store/cachedatabase.h"
#include "store/cachestore.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QCommandLineParser>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QIcon>
#include <QScreen>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

using namespace Threadkeeper;

namespace {

void describeApplication(QCoreApplication &app)
{
    app.setOrganizationName(QStringLiteral("Threadkeeper"));
    app.setApplicationName(QStringLiteral("threadkeeper"));
    app.setApplicationVersion(QStringLiteral(THREADKEEPER_VERSION));
}

// A synchronous headless command: rules, annotations.
int runSimple(int argc, char **argv, int (*command)(const QStringList &, QTextStream &, QTextStream &))
{
    QCoreApplication app(argc, argv);
    describeApplication(app);
    Translations translations; // messages and --help in the reader's language; JSON stays as it is
    translations.use();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return command(app.arguments().mid(2), out, err);
}

// An asynchronous headless command: export, feed, subscriptions.
template<typename Command> int runCommand(int argc, char **argv)
{
    // No display needed: a plain core application.
    QCoreApplication app(argc, argv);
    describeApplication(app);
    Translations translations;
    translations.use();
    QTextStream out(stdout);
    QTextStream err(stderr);
    Command command(&out, &err);
    int code = 0;
    QObject::connect(&command, &Command::finished, &app, [&code, &app](int exitCode) {
        code = exitCode;
        app.exit(exitCode);
    });
    command.start(app.arguments().mid(2));
    app.exec();
    return code;
}

// The window's command line. Its options, and the help and version that need no window.
// Made once the translations are in place, so that --help speaks the reader's language.
struct WindowOptions
{
    Q_DECLARE_TR_FUNCTIONS(WindowOptions)

public:
    QCommandLineOption cache {QStringLiteral("cache"), tr("The cache file."), tr("file")};
    QCommandLineOption offline {QStringLiteral("offline"), tr("Read from the cache only.")};
    QCommandLineOption select {QStringLiteral("select"), tr("Select this post id once loaded."), tr("id")};
    QCommandLineOption screenshot {QStringLiteral("screenshot"),
        tr("Once the thread is loaded, save the window as a PNG and quit."), tr("file")};
    QCommandLineOption theme {QStringLiteral("theme"),
        tr("Read in this palette: system, light or dark (kept for later starts)."), tr("name")};
    QCommandLineOption reportReady {QStringLiteral("report-ready"),
        tr("Once the window shows its thread's first rows, print the milliseconds since start and "
           "the number of posts shown to stderr, and quit (for benchmarks).")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(tr(
            "A calm desktop reader for long forum threads.\n\n"
            "  threadkeeper [URL]                        read a thread; with none, the thread read last\n"
            "                                            (the demo thread on the first start ever)\n\n"
            "Commands that need no display:\n"
            "  threadkeeper export --format json URL     print a thread as JSON (a cached one refreshed)\n"
            "  threadkeeper refresh --watched | URL...   refresh cached threads, one JSON line each\n"
            "  threadkeeper feed URL                     print a feed's items, one JSON object a line\n"
            "  threadkeeper subscriptions list|add|remove|refresh|export|import   feeds, sections, front "
            "pages\n"
            "  threadkeeper rules list|add|remove|export|import   hide, follow and score posters\n"
            "  threadkeeper annotations export|import    notes and highlights, as Markdown or JSON\n"
            "  threadkeeper search QUERY                 find cached posts by their own words (not quotes)\n"
            "  threadkeeper sync [--folder DIR | --webdav URL]   one round of sync with the other devices\n"
            "  threadkeeper mark --read|--unread URL [POST-ID...]   read state from scripts\n"
            "Each takes --help."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({cache, offline, select, screenshot, theme, reportReady});
        parser.addPositionalArgument(QStringLiteral("url"), tr("A thread URL."), tr("[url]"));
    }
};

QString cachePathOf(const QCommandLineParser &parser, const WindowOptions &options)
{
    return parser.isSet(options.cache) ? parser.value(options.cache) : CacheDatabase::defaultPath();
}

// The thread asked for on the command line; empty when none.
QUrl urlOf(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    return args.isEmpty() ? QUrl() : QUrl::fromUserInput(args.constFirst());
}

// Answers --help and --version with a core application only, so they work with no display
// and no platform plugin, and hands the URL to a window already open on the same cache.
// Returns the exit code, or -1 to go on to the window.
int answerWithoutWindow(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    describeApplication(app);
    Translations translations;
    translations.use();
    QCommandLineParser parser;
    const WindowOptions options;
    options.addTo(parser);
    // An option this parser does not know may be one of QApplication's (-platform, -style):
    // the window's parser, after QApplication took its own, has the last word on errors.
    if (!parser.parse(app.arguments()))
        return -1;
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0); // exits
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion(); // exits
    QTextStream err(stderr);
    const QString commands
        = QStringLiteral("export, refresh, feed, subscriptions, rules, annotations, search, sync, mark");
    // A word where an address belongs is a mistyped command: say so rather than open a window on it.
    if (const QStringList words = parser.positionalArguments(); !words.isEmpty()) {
        const QString &word = words.constFirst();
        if (!word.contains(QLatin1Char('.')) && !word.contains(QLatin1Char(':'))
            && !word.contains(QLatin1Char('/'))) {
            err << WindowOptions::tr("threadkeeper: \u201C%1\u201D is neither a command nor an address. "
                                     "Commands: %2 (each takes --help).")
                       .arg(word, commands)
                << Qt::endl;
            return 2;
        }
    }
    // A window already open on this cache takes the URL; this start ends here.
    SingleInstance instance(cachePathOf(parser, options));
    if (instance.handOver(urlOf(parser), 1000)) {
        QTextStream(stderr) << WindowOptions::tr(
            "threadkeeper: handed over to the window already open on this cache")
                            << Qt::endl;
        return 0;
    }
    // No display to open the window on: Qt would abort; say what runs without one.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && !app.arguments().contains(QStringLiteral("-platform"))) {
        err << WindowOptions::tr("threadkeeper: there is no display to open the window on (neither DISPLAY "
                                 "nor WAYLAND_DISPLAY is set). Commands that need none: %1 (each takes "
                                 "--help).")
                   .arg(commands)
            << Qt::endl;
        return 2;
    }
    return -1;
}

// The icon's PNG sizes built into the binary, for when the icon theme has none.
QIcon builtInIcon()
{
    QIcon icon;
    QDirIterator sizes(QStringLiteral(":/icons/hicolor"), {QStringLiteral("*.png")}, QDir::Files,
        QDirIterator::Subdirectories);
    while (sizes.hasNext())
        icon.addFile(sizes.next());
    return icon;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer started; // for --report-ready
    started.start();
    if (argc > 1 && qstrcmp(argv[1], "export") == 0)
        return runCommand<ExportCommand>(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "feed") == 0)
        return runCommand<FeedCommand>(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "refresh") == 0)
        return runCommand<RefreshCommand>(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "subscriptions") == 0)
        return runCommand<SubscriptionsCommand>(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "sync") == 0)
        return runCommand<SyncCommand>(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "mark") == 0)
        return runSimple(argc, argv, &runMarkCommand);
    if (argc > 1 && qstrcmp(argv[1], "rules") == 0)
        return runSimple(argc, argv, &runRulesCommand);
    if (argc > 1 && qstrcmp(argv[1], "annotations") == 0)
        return runSimple(argc, argv, &runAnnotationsCommand);
    if (argc > 1 && qstrcmp(argv[1], "search") == 0)
        return runSimple(argc, argv, &runSearchCommand);
    if (const int code = answerWithoutWindow(argc, argv); code >= 0)
        return code;

    QApplication app(argc, argv);
    describeApplication(app);
    app.setApplicationDisplayName(QStringLiteral("Threadkeeper"));
    app.setDesktopFileName(QStringLiteral("org.threadkeeper.Threadkeeper"));
    app.setWindowIcon(QIcon::fromTheme(QStringLiteral("org.threadkeeper.Threadkeeper"), builtInIcon()));
    // Before any window or service: what they make shows in the reader's language.
    Translations translations;
    translations.use();

    QCommandLineParser parser;
    const WindowOptions options;
    options.addTo(parser);
    parser.process(app);
    const QCommandLineOption &offline = options.offline;
    const QCommandLineOption &select = options.select;
    const QCommandLineOption &screenshot = options.screenshot;
    const QCommandLineOption &theme = options.theme;
    const QCommandLineOption &reportReady = options.reportReady;
    // A crash from here on leaves a report (DrKonqi, or the system's core dump handler);
    // a screenshot or benchmark run just ends, with no dialog waiting for a reader.
    CrashReports::install(CrashReports::isUnattended(
        parser.isSet(screenshot) || parser.isSet(reportReady), QGuiApplication::platformName()));

    const QString cachePath = cachePathOf(parser, options);
    // One window per cache: if another start got there since answerWithoutWindow(), hand over.
    SingleInstance instance(cachePath);
    if (!instance.listen()) {
        if (instance.handOver(urlOf(parser)))
            return 0;
        QTextStream(stderr) << WindowOptions::tr(
            "threadkeeper: another Threadkeeper has %1 open and does not answer")
                                   .arg(cachePath)
                            << Qt::endl;
        return 1;
    }
    // Services go before the application object does (the cache closes on its thread).
    QObject root;
    const ReaderServices services = createReaderServices(cachePath, &root);
    // Moved in Settings: a later start finds this window under the new file's name.
    QObject::connect(services.store, &CacheStore::moved, &instance,
        [&instance](const QString &, const QString &to, const QString &error) {
            if (error.isEmpty())
                instance.moveTo(to);
        });
    const KSyntaxHighlighting::Repository syntax; // one for the application
    MainWindow window(services, &syntax);
    if (parser.isSet(offline))
        window.setOffline(true);
    // Watched threads are checked in the background while the window is up.
    if (!parser.isSet(screenshot) && !parser.isSet(reportReady)) {
        services.watch->start();
        services.subscriptions->startSchedule(); // subscriptions too, each on its interval
        services.sync->start(); // and sync with the other devices, if the reader chose a place
    }

    QUrl url = demoThreadUrl();
    if (!parser.positionalArguments().isEmpty())
        url = QUrl::fromUserInput(parser.positionalArguments().constFirst());
    else if (const QString last = QSettings().value(QStringLiteral("reader/lastThread")).toString();
             !last.isEmpty())
        url = QUrl(last);

    if (parser.isSet(theme)) {
        const QString name = parser.value(theme).toLower();
        static const QStringList names {
            QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
        if (!names.contains(name)) {
            QTextStream(stderr) << WindowOptions::tr(
                "threadkeeper: --theme takes system, light or dark, not \u201C%1\u201D")
                                       .arg(name)
                                << Qt::endl;
            return 2;
        }
        window.appearance()->setTheme(Appearance::Theme(names.indexOf(name)));
    }
    if (parser.isSet(select))
        window.selection()->setPendingSelection(parser.value(select));
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QObject::connect(&window, &MainWindow::loadFinished, &window, [&window, file] {
            // Let the last rows lay out before the grab.
            QTimer::singleShot(400, &window, [&window, file] {
                const bool ok = window.grab().save(file);
                QTextStream(stderr) << (ok ? "saved " : "could not save ") << file << Qt::endl;
                QCoreApplication::exit(ok ? 0 : 1);
            });
        });
    }
    if (parser.isSet(reportReady)) {
        // Usable: the window is up and shows the thread's first rows (or the load ended
        // with none), and the event loop has come round once more to answer the reader.
        auto report = [&window, &started, &services] {
            QTimer::singleShot(0, &window, [&started, &services] {
                QTextStream(stderr) << "ready: " << started.elapsed() << " ms, "
                                    << services.model->postCount() << " posts" << Qt::endl;
                QCoreApplication::exit(0);
            });
        };
        QObject::connect(
            services.model, &QAbstractItemModel::rowsInserted, &window, report, Qt::SingleShotConnection);
        QObject::connect(&window, &MainWindow::loadFinished, &window, [&services, report] {
            if (services.model->postCount() == 0)
                report();
        });
    }
    QObject::connect(&instance, &SingleInstance::urlReceived, &window, [&window](const QUrl &handed) {
        window.showNormal();
        window.raise();
        window.activateWindow();
        if (handed.isValid())
            window.openThread(handed);
    });
    window.show();
    if (!window.openThread(url) && !parser.positionalArguments().isEmpty())
        window.openThread(demoThreadUrl());
    return app.exec();
}
