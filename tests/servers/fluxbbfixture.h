// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servers/xenforofixture.h"

namespace Threadkeeper::Testing {

// How the board draws its pages: FluxBB 1.5's default style (the Arch Linux forums' markup:
// div.blockpost, dl.postleft, div.postmsg, p.pagelink) or PunBB 1.4's (div.post, .posthead,
// .entry-content, p.paging).
enum class FluxbbStyle
{
    Fluxbb15,
    Punbb14,
};

// A FixtureThread as FluxBB or PunBB shows it: viewtopic.php?id=ID pages of
// thread.perPage posts, &p=N pagination, posts numbered by their place (FluxBB deletes
// posts outright and renumbers), dates "Y-m-d H:i:s", quotes as <div class="quotebox">
// <cite>Name wrote:</cite><blockquote> naming no post, signatures and "Last edited by".
QString fluxbbPagePath(int topicId, int page); // "/forum/viewtopic.php?id=7&p=2"
QByteArray fluxbbPage(
    const FixtureThread &thread, int topicId, int page, FluxbbStyle style = FluxbbStyle::Fluxbb15);

} // namespace Threadkeeper::Testing
