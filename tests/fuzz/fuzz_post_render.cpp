// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as the inside of a post (bbWrapper), read by the post body
// reader and rendered into a laid-out document by our renderer, code coloured.
#include "engines/xenforo/xenforoengine.h"
#include "render/codehighlighter.h"
#include "render/postrenderer.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QTextDocument>

using namespace Threadkeeper;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv); // fonts and layout need one
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const KSyntaxHighlighting::Repository repository;
    static const CodeHighlighter highlighter(&repository);
    static const XenForoEngine engine;
    // A whole page around the fuzzed post content, as XenForo 2 marks a post up.
    QByteArray page = "<!DOCTYPE html><html><head><title>t</title></head><body>"
                      "<article class=\"message message--post\" data-author=\"Zoë\" data-content=\"post-7\" "
                      "id=\"js-post-7\"><div class=\"message-userContent\"><article class=\"message-body\">"
                      "<div class=\"bbWrapper\">";
    page += QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    page += "</div></article></div></article></body></html>";
    const ParsedPage parsed
        = engine.parsePage(page, QUrl(QStringLiteral("https://forum.example/threads/a.1/")));
    PostRenderer::Context context;
    context.highlighter = &highlighter;
    context.theme = repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme);
    for (const Post &p : parsed.posts) {
        QTextDocument document;
        PostRenderer::renderPost(&document, p, context);
        document.setTextWidth(500);
        (void)document.documentLayout()->documentSize();
        QTextDocument article;
        PostRenderer::renderArticle(&article, QStringLiteral("Title"), p, context);
    }
    return 0;
}
