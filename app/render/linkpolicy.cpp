// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkpolicy.h"

#include "engines/forumengine.h"

#include <QRegularExpression>
#include <QUrlQuery>

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

QString linkedPostId(const QUrl &link, const QUrl &canonical, const ForumEngine &engine)
{
    const LinkTarget::Kind kind = classifyLink(link, canonical).kind;
    if ((kind != LinkTarget::Kind::External && kind != LinkTarget::Kind::Thread)
        || link.host() != canonical.host())
        return {};
    ThreadRef ref;
    if (engine.parseUrl(link, &ref))
        return ref.canonical.path() == canonical.path() ? ref.postId : QString();
    static const QRegularExpression posts(QStringLiteral("/posts/(\\d+)/?$"));
    if (const QRegularExpressionMatch m = posts.match(link.path()); m.hasMatch())
        return m.captured(1);
    if (link.path().endsWith(QLatin1String("/goto/post"))
        || link.query().startsWith(QLatin1String("goto/post"))) {
        const QString id = QUrlQuery(link).queryItemValue(QStringLiteral("id"));
        static const QRegularExpression digits(QStringLiteral("^\\d+$"));
        if (digits.match(id).hasMatch())
            return id;
    }
    return {};
}

} // namespace Threadkeeper
