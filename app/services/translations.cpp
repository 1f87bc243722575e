// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>

namespace Threadkeeper {

Translations::Translations()
{
    // Installed first, asked last: every catalogue above it has the first word.
    if (m_plurals.load(QStringLiteral("threadkeeper_en"), resourceDirectory()))
        QCoreApplication::installTranslator(&m_plurals);
}

Translations::~Translations()
{
    removeAll();
    QCoreApplication::removeTranslator(&m_plurals);
}

void Translations::removeAll()
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    m_language = QStringLiteral("en");
}

bool Translations::use(const QLocale &locale)
{
    removeAll();
    // Tries each of the locale's UI languages in turn ("de-AT", "de", ...); English is the
    // source language, whose only catalogue is the plural forms installed already.
    if (!m_app.load(locale, QStringLiteral("threadkeeper"), QStringLiteral("_"), resourceDirectory()))
        return false;
    const QString language = QFileInfo(m_app.filePath()).completeBaseName().section(QLatin1Char('_'), 1);
    if (language == QLatin1String("en"))
        return false;
    m_language = language;
    // Qt's buttons (OK, Cancel) in the same language; only with ours, so a window never mixes
    // two languages. Missing (qt6-translations-l10n not installed), they stay English.
    if (m_qt.load(QLocale(m_language), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    QCoreApplication::installTranslator(&m_app);
    return true;
}

} // namespace Threadkeeper
