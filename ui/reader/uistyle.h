// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/postrenderer.h"

#include <QPalette>

namespace Threadkeeper {

// Reader colours from the window palette, so light and dark both read well.
inline PostRenderer::Style readerStyle(const QPalette &palette)
{
    PostRenderer::Style style;
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = base.lightness() < 128;
    style.quoteBackground = dark ? base.lighter(135) : base.darker(106);
    style.codeBackground = dark ? base.lighter(120) : base.darker(103);
    style.border = dark ? base.lighter(190) : base.darker(125);
    style.mutedText = QColor::fromRgbF((text.redF() + base.redF()) / 2, (text.greenF() + base.greenF()) / 2,
        (text.blueF() + base.blueF()) / 2);
    style.link = palette.color(QPalette::Link);
    // A warm tint for followed posters, kept faint in both palettes.
    style.followedBackground = dark ? QColor(0x4a, 0x40, 0x22) : QColor(0xfd, 0xf3, 0xd6);
    style.noteBackground = dark ? QColor(0x2c, 0x3a, 0x2a) : QColor(0xf1, 0xf7, 0xe9);
    style.highlight = dark ? QColor(0x6b, 0x5d, 0x1a) : QColor(0xff, 0xec, 0x8a);
    return style;
}

} // namespace Threadkeeper
