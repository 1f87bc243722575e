// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rule.h"

#include <QCoreApplication>
#include <QUrl>

namespace Threadkeeper {

QString siteOfThread(const QString &threadUrl)
{
    const QUrl url(threadUrl);
    return url.scheme() == QLatin1String("qrc") || url.isLocalFile() ? QStringLiteral("local") : url.host();
}

bool Rule::appliesTo(const QString &postSite, const QString &postThreadUrl) const
{
    if (site.compare(postSite, Qt::CaseInsensitive) != 0)
        return false;
    return scope == Scope::Site || threadUrl == postThreadUrl;
}

QString Rule::describe() const
{
    const QString where = scope == Scope::Site ? QCoreApplication::translate("Rule", "site")
                                               : QCoreApplication::translate("Rule", "thread");
    QString text;
    if (kind == Kind::Keyword) {
        text = QCoreApplication::translate("Rule", "keyword '%1' %2")
                   .arg(pattern)
                   .arg(score > 0 ? QStringLiteral("+%1").arg(score) : QString::number(score));
    } else if (score <= ScoreThresholds {}.hide) {
        text = QCoreApplication::translate("Rule", "Hide %1").arg(pattern);
    } else if (score >= ScoreThresholds {}.follow) {
        text = QCoreApplication::translate("Rule", "Follow %1").arg(pattern);
    } else {
        text = QCoreApplication::translate("Rule", "%1 %2")
                   .arg(pattern, score > 0 ? QStringLiteral("+%1").arg(score) : QString::number(score));
    }
    return QStringLiteral("%1 (%2)").arg(text, where);
}

} // namespace Threadkeeper
