// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkpolicy.h"

#include "engines/forumengine.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace Threadkeeper {

LinkTarget classifyLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
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
    if (classifyLink(link).kind != LinkTarget::Kind::External || link.host() != canonical.host())
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
