// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkpolicy.h"

namespace Threadkeeper {

LinkTarget classifyLink(const QUrl &url, const QUrl &thread)
{
    const QString scheme = url.scheme().toLower();
    if (!thread.isEmpty() && (scheme == QLatin1String("qrc") || scheme == QLatin1String("file"))
        && scheme == thread.scheme() && url.host() == thread.host())
        return {LinkTarget::Kind::Thread};
    if (scheme.startsWith(QLatin1String("tk-")))
        return {LinkTarget::Kind::Reader};
    if ((scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !url.host().isEmpty())
        return {LinkTarget::Kind::External};
    if (scheme == QLatin1String("mailto") && !url.path().isEmpty())
        return {LinkTarget::Kind::External};
    return {LinkTarget::Kind::Blocked};
}

} // namespace Threadkeeper
