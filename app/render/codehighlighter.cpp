// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codehighlighter.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>

#include <QColor>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextCharFormat>

namespace Threadkeeper {

namespace {

// Collects the formatted ranges of each line as char formats over the whole code.
class FormatCollector final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QList<QTextLayout::FormatRange> run(const QString &code)
    {
        KSyntaxHighlighting::State state;
        qsizetype lineStart = 0;
        while (lineStart <= code.size()) {
            qsizetype end = code.indexOf(QLatin1Char('\n'), lineStart);
            if (end < 0)
                end = code.size();
            m_lineStart = int(lineStart);
            state = highlightLine(QStringView(code).mid(lineStart, end - lineStart), state);
            lineStart = end + 1;
        }
        return std::move(m_ranges);
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        QTextCharFormat f;
        if (format.hasTextColor(theme()))
            f.setForeground(format.textColor(theme()));
        if (format.isBold(theme()))
            f.setFontWeight(QFont::Bold);
        if (format.isItalic(theme()))
            f.setFontItalic(true);
        if (length > 0 && f.propertyCount() > 0)
            m_ranges.append({m_lineStart + offset, length, f});
    }

private:
    QList<QTextLayout::FormatRange> m_ranges;
    int m_lineStart = 0;
};

} // namespace

CodeHighlighter::CodeHighlighter(const KSyntaxHighlighting::Repository *repository)
    : m_repository(repository)
{ }

KSyntaxHighlighting::Definition CodeHighlighter::definitionFor(
    const QString &language, const QString &code) const
{
    if (!m_repository)
        return {};
    const QString name = language.trimmed().isEmpty() ? guessLanguage(code) : language.trimmed();
    if (name.isEmpty())
        return {};
    KSyntaxHighlighting::Definition definition = m_repository->definitionForName(name);
    if (!definition.isValid()) // "cpp", "py", "sh", "json", "rs" … as file extensions
        definition = m_repository->definitionForFileName(QStringLiteral("code.") + name.toLower());
    if (!definition.isValid() && name.compare(QLatin1String("shell"), Qt::CaseInsensitive) == 0)
        definition = m_repository->definitionForName(QStringLiteral("Bash"));
    return definition;
}

QList<QTextLayout::FormatRange> CodeHighlighter::formats(
    const QString &code, const QString &language, const KSyntaxHighlighting::Theme &theme) const
{
    const KSyntaxHighlighting::Definition definition = definitionFor(language, code);
    if (!definition.isValid() || !theme.isValid())
        return {};
    FormatCollector collector;
    collector.setDefinition(definition);
    collector.setTheme(theme);
    return collector.run(code);
}

QString guessLanguage(const QString &code)
{
    const QString text = code.left(4096);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QString firstLine = trimmed.section(QLatin1Char('\n'), 0, 0);
    if (firstLine.startsWith(QLatin1String("#!"))) {
        if (firstLine.contains(QLatin1String("python")))
            return QStringLiteral("Python");
        if (firstLine.contains(QLatin1String("perl")))
            return QStringLiteral("Perl");
        return QStringLiteral("Bash");
    }
    if ((trimmed.startsWith(QLatin1Char('{')) && trimmed.endsWith(QLatin1Char('}')))
        || (trimmed.startsWith(QLatin1Char('[')) && trimmed.endsWith(QLatin1Char(']')))) {
        QJsonParseError error;
        QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError)
            return QStringLiteral("JSON");
    }
    if (trimmed.startsWith(QLatin1String("<?xml")))
        return QStringLiteral("XML");
    if (trimmed.startsWith(QLatin1String("<!DOCTYPE html"), Qt::CaseInsensitive)
        || trimmed.startsWith(QLatin1String("<html"), Qt::CaseInsensitive))
        return QStringLiteral("HTML");
    // Line-start signs, strongest first.
    static const std::pair<const char *, const char *> signs[] = {
        {"^\\s*#\\s*(include|define|pragma)\\b", "C++"},
        {"^\\s*(fn |let mut |use std::|impl\\b)", "Rust"},
        {"^\\s*(def \\w+\\(.*\\):|from [\\w.]+ import |import \\w+$|class \\w+(\\(.*\\))?:)", "Python"},
        {"^\\s*(package main|func \\w+\\()", "Go"},
        {"^\\s*(SELECT|INSERT INTO|CREATE TABLE|UPDATE \\w+ SET|DELETE FROM)\\b", "SQL"},
        {"^\\s*(\\$|#) (sudo |apt |dnf |pacman |cd |ls |echo |export |git |make |cmake )", "Bash"},
        {"^\\s*(sudo|apt|apt-get|dnf|pacman|git|export|echo) \\S", "Bash"},
        {"^\\s*(public|private|protected) (static )?(class|void|int) ", "Java"},
        {"^\\s*(const|let|var) \\w+ = |function \\w+\\(|=> \\{", "JavaScript"},
        {"^\\s*\\[[\\w .-]+\\]\\s*$", "INI Files"},
        {"^\\s*[\\w.-]+:\\s*$", "YAML"},
    };
    // Compiled once: a thread can hold hundreds of unnamed blocks.
    static const QList<std::pair<QRegularExpression, QString>> compiled = [] {
        QList<std::pair<QRegularExpression, QString>> list;
        for (const auto &[pattern, language] : signs)
            list.append({QRegularExpression(QLatin1String(pattern), QRegularExpression::MultilineOption),
                QLatin1String(language)});
        return list;
    }();
    for (const auto &[re, language] : compiled) {
        if (re.match(text).hasMatch())
            return language;
    }
    return {};
}

} // namespace Threadkeeper
