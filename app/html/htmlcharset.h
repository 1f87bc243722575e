// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Threadkeeper {

// A page's bytes as UTF-8, whatever the server sent. The charset comes, as browsers
// take it, from a byte-order mark, the HTTP Content-Type header, or a <meta> near the
// start of the page; ISO-8859-1 and ASCII labels mean windows-1252. Bytes in a charset
// Qt cannot decode are passed on as they are.
QByteArray htmlAsUtf8(const QByteArray &body, const QByteArray &contentType);

// The charset named by a Content-Type value or a page's <meta>, lower-cased; empty if none.
QByteArray htmlCharset(const QByteArray &body, const QByteArray &contentType);

} // namespace Threadkeeper
