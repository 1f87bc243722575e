// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

#include <QList>
#include <QString>
#include <QTextLayout>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Threadkeeper {

// Code blocks of posts as coloured text, with KDE's syntax definitions. The
// repository is the application's one, owned by the composition root.
class CodeHighlighter
{
public:
    explicit CodeHighlighter(const KSyntaxHighlighting::Repository *repository);

    // The definition for a block's language as forums name it ("cpp", "py", "bash",
    // "JSON"); when the block names none, one guessed from the code; else invalid.
    KSyntaxHighlighting::Definition definitionFor(const QString &language, const QString &code = {}) const;
    // Formats over the code (offsets into it, lines separated by '\n'); empty for an
    // unknown language.
    QList<QTextLayout::FormatRange> formats(
        const QString &code, const QString &language, const KSyntaxHighlighting::Theme &theme) const;

private:
    const KSyntaxHighlighting::Repository *m_repository;
};

// A definition name for code that names no language, from telling signs (a shebang,
// #include, "def …:", a JSON document …); empty when nothing is telling.
QString guessLanguage(const QString &code);

} // namespace Threadkeeper
