// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/codehighlighter.h"
#include "render/postrenderer.h"

#include <KSyntaxHighlighting/Repository>

#include <QGuiApplication>
#include <QRegularExpression>
#include <QTest>

using namespace Threadkeeper;

class TestCodeHighlighter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void languages_data();
    void languages();
    void themeFollowsPalette();
    void codeBlockInAPost();

private:
    static int colouredSpans(const QString &html)
    {
        static const QRegularExpression span(QStringLiteral("<span style=\"color:#"));
        return int(html.count(span));
    }
    KSyntaxHighlighting::Repository m_repository;
};

void TestCodeHighlighter::languages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("coloured");
    QTest::newRow("cpp") << "cpp"
                         << "#include <vector>\nint main() { return 0; } // done" << true;
    QTest::newRow("C++ by name") << "C++"
                                 << "class A { public: virtual ~A(); };" << true;
    QTest::newRow("python") << "python"
                            << "def f(x):\n    return \"x\" if x else None  # why" << true;
    QTest::newRow("py") << "py"
                        << "import os\nprint(os.sep)" << true;
    QTest::newRow("bash") << "bash"
                          << "vulkaninfo --summary | grep -i driver\nexport A=1" << true;
    QTest::newRow("shell") << "shell"
                           << "for f in *; do echo \"$f\"; done" << true;
    QTest::newRow("json") << "json"
                          << "{\"a\": [1, 2.5, true, null], \"b\": \"c\"}" << true;
    QTest::newRow("unknown language") << "klingon"
                                      << "tlhIngan Hol Dajatlh'a'?" << false;
    QTest::newRow("no language") << ""
                                 << "plain <b>text</b>" << false;
}

void TestCodeHighlighter::languages()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    QFETCH(bool, coloured);
    const CodeHighlighter highlighter(&m_repository);
    const QString html = highlighter.html(
        code, language, m_repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    QCOMPARE(colouredSpans(html) > 0, coloured);
    // Every character of the code is still there, escaped.
    QString text = html;
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    QCOMPARE(text, code);
    QVERIFY(!html.contains(QLatin1String("<b>"))); // the code's own markup stays text
}

void TestCodeHighlighter::themeFollowsPalette()
{
    const CodeHighlighter highlighter(&m_repository);
    const QString code = QStringLiteral("int main() { return 0; }");
    const QString light = highlighter.html(
        code, QStringLiteral("cpp"), m_repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    const QString dark = highlighter.html(
        code, QStringLiteral("cpp"), m_repository.defaultTheme(KSyntaxHighlighting::Repository::DarkTheme));
    QVERIFY(colouredSpans(light) > 0 && colouredSpans(dark) > 0);
    QVERIFY(light != dark);
}

void TestCodeHighlighter::codeBlockInAPost()
{
    Post post;
    post.id = QStringLiteral("1");
    post.author = QStringLiteral("Zoë");
    post.body = {Block {Block::Kind::Code, QStringLiteral("echo <script>alert(1)</script>"), {}, {},
        QStringLiteral("bash"), {}}};
    PostRenderer::Context context;
    QVERIFY(PostRenderer::postHtml(post, context).contains(QLatin1String("<pre>echo &lt;script&gt;")));
    const CodeHighlighter highlighter(&m_repository);
    const auto theme = m_repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme);
    context.highlightCode = [&](const QString &code, const QString &language) {
        return highlighter.html(code, language, theme);
    };
    const QString html = PostRenderer::postHtml(post, context);
    QVERIFY(colouredSpans(html) > 0);
    QVERIFY(!html.contains(QLatin1String("<script>")));
}

QTEST_GUILESS_MAIN(TestCodeHighlighter)
#include "tst_codehighlighter.moc"
