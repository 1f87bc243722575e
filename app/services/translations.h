// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

namespace Threadkeeper {

// The reader's language for every string we show: our catalogue for the locale (built in under
// ":/i18n"), Qt's own for its dialogs' buttons, and under both the English plural forms ("1 post",
// "2 posts"), which also fill in any string a catalogue lacks. A language we have no catalogue for
// reads English. Installed on the application while this object lives; use() switches language
// for what is built afterwards (open windows keep their words). Make it after the application.
class Translations
{
public:
    Translations();
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // Uses the first of the locale's UI languages we have a catalogue for (QLocale() follows
    // LANGUAGE, LC_ALL, LC_MESSAGES and LANG). Returns false when that is none: English then.
    bool use(const QLocale &locale = QLocale());
    // The language in use, as the catalogue's suffix ("de"); "en" for English.
    QString language() const { return m_language; }

    static QString resourceDirectory() { return QStringLiteral(":/i18n"); }

private:
    void removeAll();

    QTranslator m_plurals; // English plural forms, the fallback
    QTranslator m_qt; // Qt's own (qtbase_xx.qm), when the system has it
    QTranslator m_app;
    QString m_language = QStringLiteral("en");
};

} // namespace Threadkeeper
