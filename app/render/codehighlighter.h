// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

#include <QString>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Threadkeeper {

// Code blocks of posts as coloured rich text, with KDE's syntax definitions. The
// repository is the application's one, owned by the composition root.
class CodeHighlighter
{
public:
    explicit CodeHighlighter(const KSyntaxHighlighting::Repository *repository);

    // The definition for a block's language as forums name it ("cpp", "py", "bash",
    // "JSON"), or an invalid one.
    KSyntaxHighlighting::Definition definitionFor(const QString &language) const;
    // Escaped HTML with coloured spans; plain escaped text for an unknown language.
    QString html(const QString &code, const QString &language, const KSyntaxHighlighting::Theme &theme) const;

private:
    const KSyntaxHighlighting::Repository *m_repository;
};

} // namespace Threadkeeper
