#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Threadkeeper authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs a command and writes its peak resident memory, in KiB, to a file.

Usage: peakmemory.py OUTFILE COMMAND [ARGS...]

The command inherits stdin, stdout and stderr; this exits with its exit code (128 + the
signal if a signal ended it). The figure is the kernel's own (getrusage of the one child
waited for: its VmHWM), so it holds however briefly the peak lasted.
"""
import resource
import signal
import subprocess
import sys


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    child = subprocess.Popen(sys.argv[2:])
    # Stopped from outside (a test that gave up on it): the command goes too.
    signal.signal(signal.SIGTERM, lambda *_: child.kill())
    code = child.wait()
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
    with open(sys.argv[1], 'w') as out:
        out.write('%d\n' % peak)
    sys.exit(code if code >= 0 else 128 - code)


if __name__ == '__main__':
    main()
