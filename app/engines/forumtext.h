// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "html/htmldocument.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Threadkeeper {

// Small readings of what forum pages print, shared by the engines that need them.

// "Name wrote:", "Name said:", "Name a écrit :", in the forum's language: the name is what
// precedes the word for "wrote" (a phrase in some languages). Text without the colon is
// taken as the name itself.
QString nameBeforeLastWord(const QString &attribution);
// A count as forums print it ("1,234", "1.234", "#12"), or 0.
int countFrom(QString text);
// "Page 2 of 10" in any language: the two numbers, when the text holds exactly two.
bool pageOfPages(const QString &text, int *page, int *count);
// The number after key= in a link's query or fragment ("p=123", "#p123" with key "p"
// and fragment prefix) without leading zeros, or empty. Bounded: at most 18 digits.
QString numberParameter(const QUrl &url, const QString &key);
// A date as the board printed it, in one of formats (C locale, month names in
// English), taken as UTC since the page does not say its zone; invalid if none fits.
QDateTime dateFromText(const QString &text, const QStringList &formats);
// An ISO 8601 date (<time datetime>), with or without a zone (none: UTC).
QDateTime dateFromIso(QString iso);
// Why an HTML answer cannot be whole: pages close with </html> (a little may follow it,
// a comment a proxy appends), an answer cut short on the way ends before. Empty if whole.
QString missingHtmlEnd(const QByteArray &body);
// A picture's address (data-src for lazy loading, else src) resolved against base, when
// it is a web address; else empty.
QString pictureUrl(HtmlNode img, const QUrl &base);
// What relative links on the page resolve against: its <base href> (vBulletin 4 and 5
// set one), else the page's own address.
QUrl documentBase(HtmlNode document, const QUrl &url);
// The text of a node's subtree, bounded, white space collapsed.
QString shortText(HtmlNode node, qsizetype limit = 300);

} // namespace Threadkeeper
