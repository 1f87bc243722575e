// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <atomic>
#include <dlfcn.h>

namespace Threadkeeper::Testing {

// Counts the SQL statements SQLite itself runs, on every connection opened while it
// exists (the store's own thread included): what a piece of the app asks of the cache,
// whatever code asked it. SQLite is reached through the same library Qt's driver loads
// (no header needed: the two entry points are declared here as SQLite documents them);
// available() is false where it cannot be reached.
class SqlStatementCounter
{
public:
    SqlStatementCounter()
    {
        m_library = dlopen("libsqlite3.so.0", RTLD_NOW);
        if (!m_library)
            return;
        m_autoExtension = reinterpret_cast<AutoExtension>(dlsym(m_library, "sqlite3_auto_extension"));
        m_cancel = reinterpret_cast<AutoExtension>(dlsym(m_library, "sqlite3_cancel_auto_extension"));
        trace() = reinterpret_cast<TraceV2>(dlsym(m_library, "sqlite3_trace_v2"));
        if (!m_autoExtension || !m_cancel || !trace())
            return;
        m_available = m_autoExtension(reinterpret_cast<void (*)()>(&onOpen)) == 0;
    }
    ~SqlStatementCounter()
    {
        if (m_available)
            m_cancel(reinterpret_cast<void (*)()>(&onOpen));
        if (m_library)
            dlclose(m_library);
    }
    SqlStatementCounter(const SqlStatementCounter &) = delete;
    SqlStatementCounter &operator=(const SqlStatementCounter &) = delete;

    bool available() const { return m_available; }
    int count() const { return counter().load(); }
    void reset() { counter() = 0; }

private:
    using AutoExtension = int (*)(void (*)());
    using TraceV2 = int (*)(void *db, unsigned mask, int (*)(unsigned, void *, void *, void *), void *);
    static constexpr unsigned TraceStatement = 0x01; // SQLITE_TRACE_STMT

    static std::atomic<int> &counter()
    {
        static std::atomic<int> n {0};
        return n;
    }
    static TraceV2 &trace()
    {
        static TraceV2 fn = nullptr;
        return fn;
    }
    // Runs as each connection opens: from then on every statement it starts is counted
    // (trigger programs, which SQLite reports as "--" comments, are not statements asked).
    static int onOpen(void *db, const char **, const void *)
    {
        trace()(db, TraceStatement, &onStatement, nullptr);
        return 0;
    }
    static int onStatement(unsigned, void *, void *, void *sql)
    {
        if (!QByteArray(static_cast<const char *>(sql)).startsWith("--"))
            ++counter();
        return 0;
    }

    void *m_library = nullptr;
    AutoExtension m_autoExtension = nullptr;
    AutoExtension m_cancel = nullptr;
    bool m_available = false;
};

} // namespace Threadkeeper::Testing
