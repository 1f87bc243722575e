// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>

namespace Threadkeeper {

// The bundled demo thread, shown when nothing else is asked for.
inline QUrl demoThreadUrl()
{
    return QUrl(QStringLiteral("qrc:/demo/threads/kestrel-labs-open-sources-its-entire-gpu-driver-stack.1/"));
}

} // namespace Threadkeeper
