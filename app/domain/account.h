// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Threadkeeper {

// What a site needs of the reader to be read: nothing, a token it issued (pasted in
// Settings › Accounts), or the client id of an app the reader registered there, for which
// Threadkeeper fetches and renews its own tokens.
struct AccountNeed
{
    enum class Kind
    {
        None,
        Token, // "Authorization: Bearer …", the reader's own token
        InstalledApp, // an OAuth installed app's client id; tokens fetched by us (Reddit)
    };
    Kind kind = Kind::None;
    bool required = false; // without it the site refuses; else it only shows less
    QString site; // the account's site, as the reader names it: "reddit.com", "mastodon.social"
    QStringList apiHosts; // the hosts the authorization is sent to, and only these
    QString registerUrl; // where the reader gets a client id or a token
    QUrl tokenUrl; // InstalledApp: where its tokens are fetched
    bool isNone() const { return kind == Kind::None; }
};

// One account the reader keeps: the secret itself is in the desktop's secret store.
struct Account
{
    QString site;
    AccountNeed::Kind kind = AccountNeed::Kind::Token;
    bool operator==(const Account &) const = default;
};

// How many requests a site allows in a window of time, as the site states it.
struct RateBudget
{
    int requests = 0;
    int seconds = 0;
    bool isValid() const { return requests > 0 && seconds > 0; }
    bool operator==(const RateBudget &) const = default;
};

} // namespace Threadkeeper
