#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Threadkeeper authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The peer a user would reach for instead of Threadkeeper's feed reader: Python's
feedparser (Debian's python3-feedparser). Reads the same file the same number of runs and
prints 'PEER feedparser <median ms> <items> <first title> | <first comments>'."""
import statistics
import sys
import time


def main():
    path, runs = sys.argv[1], int(sys.argv[2])
    try:
        import feedparser
    except ImportError:
        print("PEER feedparser unavailable")
        return
    data = open(path, "rb").read()
    times = []
    parsed = None
    for _ in range(runs):
        start = time.perf_counter()
        parsed = feedparser.parse(data)
        times.append((time.perf_counter() - start) * 1000)
    first = parsed.entries[0] if parsed.entries else {}
    print(f"PEER feedparser {statistics.median(times):.1f} {len(parsed.entries)} "
          f"{first.get('title', '')} | {first.get('slash_comments', '')}")


if __name__ == "__main__":
    main()
