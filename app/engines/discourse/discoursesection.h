// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/listingsource.h"

namespace Threadkeeper {

// Discourse's topic lists through its JSON API: /latest (a front page) and a category
// /c/slug/ID (or /c/parent/slug/ID), read as /latest.json?page=N and /c/…/ID.json?page=N
// (N from 0). Pinned topics come first, as Discourse lists them; replies are
// posts_count - 1, last activity bumped_at, the starter the first of posters[] (the
// original poster, named through users[]).
class DiscourseSection final : public ListingSource
{
public:
    QString name() const override { return QStringLiteral("discourse-section"); }
    QString displayName() const override { return QStringLiteral("Discourse topic list"); }
    bool parseUrl(const QUrl &url, QUrl *canonical) const override;
    // A topic list answer: {"topic_list": {"topics": […]}, …}.
    bool recognize(const QByteArray &body, const QByteArray &contentType, const QUrl &url) const override;
    QList<ListingRequest> firstRequests(const QUrl &canonical, int maxPages) const override;
    ListingAnswer readAnswer(const ListingRequest &request, const QByteArray &body, const QUrl &finalUrl,
        int maxPages) const override;

    // The JSON address of page n (from 1) of the list at canonical.
    static QUrl jsonUrl(const QUrl &canonical, int page);
    static constexpr qsizetype MaxUsers = 2000; // users[] read from one answer
};

} // namespace Threadkeeper
