// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codehighlighter.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>

#include <QColor>

namespace Threadkeeper {

namespace {

// Collects a line's formatted ranges as HTML spans.
class HtmlSpans final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QString run(const QString &code)
    {
        QString html;
        KSyntaxHighlighting::State state;
        const QStringList lines = code.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            m_line = lines[i];
            m_html.clear();
            m_done = 0;
            state = highlightLine(m_line, state);
            if (m_done < m_line.size()) // text the definition left unformatted
                m_html += m_line.mid(m_done).toHtmlEscaped();
            html += m_html;
            if (i + 1 < lines.size())
                html += QLatin1Char('\n');
        }
        return html;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (offset > m_done)
            m_html += m_line.mid(m_done, offset - m_done).toHtmlEscaped();
        const QString text = m_line.mid(offset, length).toHtmlEscaped();
        QString style;
        if (format.hasTextColor(theme()))
            style += QStringLiteral("color:%1;").arg(format.textColor(theme()).name());
        if (format.isBold(theme()))
            style += QStringLiteral("font-weight:bold;");
        if (format.isItalic(theme()))
            style += QStringLiteral("font-style:italic;");
        m_html += style.isEmpty() ? text : QStringLiteral("<span style=\"%1\">%2</span>").arg(style, text);
        m_done = offset + length;
    }

private:
    QString m_line;
    QString m_html;
    int m_done = 0;
};

} // namespace

CodeHighlighter::CodeHighlighter(const KSyntaxHighlighting::Repository *repository)
    : m_repository(repository)
{ }

KSyntaxHighlighting::Definition CodeHighlighter::definitionFor(const QString &language) const
{
    if (!m_repository || language.trimmed().isEmpty())
        return {};
    const QString name = language.trimmed();
    KSyntaxHighlighting::Definition definition = m_repository->definitionForName(name);
    if (!definition.isValid()) // "cpp", "py", "sh", "json", "rs" … as file extensions
        definition = m_repository->definitionForFileName(QStringLiteral("code.") + name.toLower());
    if (!definition.isValid() && name.compare(QLatin1String("shell"), Qt::CaseInsensitive) == 0)
        definition = m_repository->definitionForName(QStringLiteral("Bash"));
    return definition;
}

QString CodeHighlighter::html(
    const QString &code, const QString &language, const KSyntaxHighlighting::Theme &theme) const
{
    const KSyntaxHighlighting::Definition definition = definitionFor(language);
    if (!definition.isValid() || !theme.isValid())
        return code.toHtmlEscaped();
    HtmlSpans spans;
    spans.setDefinition(definition);
    spans.setTheme(theme);
    return spans.run(code);
}

} // namespace Threadkeeper
