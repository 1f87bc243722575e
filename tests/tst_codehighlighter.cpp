// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "renderutil.h"

#include "render/codehighlighter.h"
#include "render/postrenderer.h"

#include <KSyntaxHighlighting/Repository>

#include <QGuiApplication>
#include <QPalette>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

class TestCodeHighlighter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void languages_data();
    void languages();
    void guessing_data();
    void guessing();
    void themeFollowsPalette();
    void codeBlockInAPost();

private:
    KSyntaxHighlighting::Theme light() const
    {
        return m_repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme);
    }
    static int distinct(const QList<QTextLayout::FormatRange> &ranges)
    {
        QSet<QRgb> colours;
        for (const auto &r : ranges) {
            if (r.format.foreground().style() != Qt::NoBrush)
                colours.insert(r.format.foreground().color().rgb());
        }
        return int(colours.size());
    }
    KSyntaxHighlighting::Repository m_repository;
};

void TestCodeHighlighter::languages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("minColours");
    QTest::newRow("cpp") << "cpp"
                         << "#include <vector>\nint main() { return 0; } // done" << 3;
    QTest::newRow("C++ by name") << "C++"
                                 << "class A { public: virtual ~A(); };" << 1;
    QTest::newRow("python") << "python"
                            << "def f(x):\n    return \"x\" if x else None  # why" << 3;
    QTest::newRow("py") << "py"
                        << "import os\nprint(os.sep)" << 1;
    QTest::newRow("bash") << "bash"
                          << "vulkaninfo --summary | grep -i driver\nexport A=1" << 2;
    QTest::newRow("shell") << "shell"
                           << "for f in *; do echo \"$f\"; done" << 2;
    QTest::newRow("json") << "json"
                          << "{\"a\": [1, 2.5, true, null], \"b\": \"c\"}" << 2;
    QTest::newRow("unknown language") << "klingon"
                                      << "tlhIngan Hol Dajatlh'a'?" << 0;
    QTest::newRow("no language, nothing telling") << ""
                                                  << "plain <b>text</b>" << 0;
}

void TestCodeHighlighter::languages()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    QFETCH(int, minColours);
    const CodeHighlighter highlighter(&m_repository);
    const QList<QTextLayout::FormatRange> ranges = highlighter.formats(code, language, light());
    QVERIFY2(distinct(ranges) >= minColours, qPrintable(QString::number(distinct(ranges))));
    if (minColours == 0)
        QVERIFY(ranges.isEmpty());
    for (const auto &r : ranges)
        QVERIFY(r.start >= 0 && r.length > 0 && r.start + r.length <= code.size());
}

void TestCodeHighlighter::guessing_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("shebang sh") << "#!/bin/sh\nset -e\nmake -j8"
                                << "Bash";
    QTest::newRow("shebang python") << "#!/usr/bin/env python3\nprint(1)"
                                    << "Python";
    QTest::newRow("include") << "#include <stdio.h>\nint main(void) { return 0; }"
                             << "C++";
    QTest::newRow("python def") << "import sys\n\ndef main(argv):\n    return 0"
                                << "Python";
    QTest::newRow("json object") << "{\n  \"driver\": \"kestrel\",\n  \"version\": [1, 2]\n}"
                                 << "JSON";
    QTest::newRow("braces, not json") << "{ this is not json }"
                                      << "";
    QTest::newRow("shell prompt") << "$ sudo apt install mesa-vulkan-drivers\n$ vulkaninfo"
                                  << "Bash";
    QTest::newRow("sql") << "SELECT id, author FROM posts WHERE thread = 7;"
                         << "SQL";
    QTest::newRow("ini") << "[Unit]\nDescription=Kestrel GPU daemon\n"
                         << "INI Files";
    QTest::newRow("rust") << "fn main() {\n    println!(\"hi\");\n}"
                          << "Rust";
    QTest::newRow("prose") << "The card runs at 2.1 GHz under load, 1.8 when hot."
                           << "";
    QTest::newRow("dmesg") << "[    2.103] kestrel 0000:03:00.0: firmware loaded"
                           << "";
}

void TestCodeHighlighter::guessing()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);
    QCOMPARE(guessLanguage(code), expected);
    // Whatever is guessed must be a definition KDE knows.
    if (!expected.isEmpty())
        QVERIFY(CodeHighlighter(&m_repository).definitionFor(QString(), code).isValid());
}

void TestCodeHighlighter::themeFollowsPalette()
{
    const CodeHighlighter highlighter(&m_repository);
    const QString code = QStringLiteral("int main() { return 0; } // comment");
    const auto light = highlighter.formats(code, QStringLiteral("cpp"), this->light());
    const auto dark = highlighter.formats(
        code, QStringLiteral("cpp"), m_repository.defaultTheme(KSyntaxHighlighting::Repository::DarkTheme));
    QVERIFY(distinct(light) > 0 && distinct(dark) > 0);
    QVERIFY(light != dark);
    // The palette picks the theme: a dark window gets a dark theme.
    QPalette darkPalette(QColor(0x31, 0x36, 0x3b), QColor(0x2a, 0x2e, 0x32));
    darkPalette.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    darkPalette.setColor(QPalette::Text, QColor(0xdf, 0xe1, 0xe3));
    darkPalette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    QPalette lightPalette(QColor(0xef, 0xf0, 0xf1), QColor(0xef, 0xf0, 0xf1));
    lightPalette.setColor(QPalette::Base, Qt::white);
    lightPalette.setColor(QPalette::Text, QColor(0x23, 0x26, 0x29));
    lightPalette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    const auto forDark = m_repository.themeForPalette(darkPalette);
    const auto forLight = m_repository.themeForPalette(lightPalette);
    QVERIFY2(forDark.name() != forLight.name(), qPrintable(forDark.name()));
    QVERIFY(QColor::fromRgba(forDark.backgroundColor(KSyntaxHighlighting::Theme::Normal)).lightness() < 128);
}

void TestCodeHighlighter::codeBlockInAPost()
{
    Post post;
    post.id = QStringLiteral("1");
    post.author = QStringLiteral("Zoë");
    const QString shell = QStringLiteral("echo <script>alert(1)</script> | tee out.txt\nexport A=1");
    const QString cpp = QStringLiteral("#include <vector>\nint main() { return 0; } // done");
    post.body = {Block {.kind = Block::Kind::Code, .text = shell, .language = QStringLiteral("bash")},
        Block {.kind = Block::Kind::Code, .text = cpp}};
    PostRenderer::Context context;
    {
        // Without a highlighter the code is plain text, and the code's markup stays text.
        QTextDocument document;
        PostRenderer::renderPost(&document, post, context);
        QVERIFY(document.toPlainText().contains(QLatin1String("echo <script>alert(1)</script>")));
        QCOMPARE(distinctColours(document, shell), 0);
    }
    const CodeHighlighter highlighter(&m_repository);
    context.highlighter = &highlighter;
    context.theme = light();
    QTextDocument document;
    PostRenderer::renderPost(&document, post, context);
    const QString text = document.toPlainText();
    QVERIFY(text.contains(shell));
    QVERIFY(text.contains(cpp)); // guessed as C++ from #include, coloured below
    QVERIFY2(text.contains(QStringLiteral("Code · Bash")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Code · C++")), qPrintable(text));
    QVERIFY(distinctColours(document, shell) >= 2);
    QVERIFY(distinctColours(document, cpp) >= 3);
    // A copy link for each block, numbered in order, and the text it copies.
    QCOMPARE(links(document), QStringList({QStringLiteral("tk-copy:0"), QStringLiteral("tk-copy:1")}));
    QCOMPARE(PostRenderer::codeBlock(post, 1), cpp);
}

QTEST_MAIN(TestCodeHighlighter)
#include "tst_codehighlighter.moc"
