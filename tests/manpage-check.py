#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Threadkeeper authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The man page and --help must not drift apart.

Runs the binary's --help and each headless command's --help (no display needed), and
checks that the man page names every command in a section of its own, every option of
the window under OPTIONS and every option of a command in that command's section; and
that it names no option --help no longer prints.

    manpage-check.py THREADKEEPER_BINARY MAN_PAGE
"""
import os
import re
import subprocess
import sys

OPTION = re.compile(r"^\s+(?:(-\w), )?(--[\w-]+)")


def help_text(binary, *args):
    env = dict(os.environ)
    # The command line must answer without a screen: no platform plugin asked for.
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run([binary, *args, "--help"], capture_output=True, text=True, env=env, timeout=60)
    if done.returncode != 0:
        sys.exit(f"{' '.join([binary, *args, '--help'])} failed ({done.returncode}): {done.stderr}")
    return done.stdout


def options(text):
    """The options a --help lists, long and short."""
    found = set()
    in_options = False
    for line in text.splitlines():
        if line.strip() == "Options:":
            in_options = True
            continue
        if in_options and line and not line.startswith(" "):
            in_options = False
        if in_options:
            m = OPTION.match(line)
            if m:
                found.update(o for o in m.groups() if o)
    return found


def commands(text):
    """The headless commands the main --help lists."""
    return sorted(set(re.findall(r"^\s+threadkeeper (\w+) ", text, re.M)))


def plain(roff):
    """The man page's text with roff's escapes for dashes and fonts undone."""
    text = roff.replace("\\-", "-").replace("\\(aq", "'").replace("\\e", "\\")
    return re.sub(r"\\f[BIRP]", "", text)


def sections(text):
    """(heading, body) for every .SH and .SS, in order."""
    parts = re.split(r"^\.(SH|SS) +(.*)$", text, flags=re.M)
    return [(parts[i + 1].strip().strip('"'), parts[i + 2]) for i in range(1, len(parts) - 2, 3)]


def named(body):
    """The options a part of the man page names."""
    return set(re.findall(r"(?<![\w-])(--[a-z][\w-]*|-[a-z])\b", body))


def main():
    binary, page = sys.argv[1], sys.argv[2]
    text = plain(open(page, encoding="utf-8").read())
    parts = sections(text)
    problems = []

    main_help = help_text(binary)
    listed = commands(main_help)
    if not listed:
        problems.append("--help lists no commands: has its wording changed?")
    window_body = "".join(body for head, body in parts if head == "OPTIONS")
    if not window_body:
        problems.append("the man page has no OPTIONS section")
    wanted = options(main_help)
    for option in sorted(wanted - named(window_body)):
        problems.append(f"OPTIONS does not describe {option}, which --help prints")
    for option in sorted(o for o in named(window_body) - wanted if o.startswith("--")):
        problems.append(f"OPTIONS describes {option}, which --help no longer prints")

    for command in listed:
        bodies = [body for head, body in parts if re.match(rf"threadkeeper {command}\b", head)]
        if not bodies:
            problems.append(f"no section (.SS threadkeeper {command} ...) for the command {command}")
            continue
        wanted = options(help_text(binary, command))
        if not wanted:
            problems.append(f"{command} --help lists no options")
        body = bodies[0]
        for option in sorted(wanted - named(body)):
            problems.append(f"the {command} section does not describe {option}, which {command} --help prints")
        for option in sorted(o for o in named(body) - wanted if o.startswith("--")):
            problems.append(f"the {command} section describes {option}, which {command} --help no longer prints")
        synopsis = "".join(b for h, b in parts if h == "SYNOPSIS")
        if not re.search(rf"^\.B {command}$", synopsis, re.M):
            problems.append(f"the SYNOPSIS does not show the command {command}")

    for problem in problems:
        print(f"manpage-check: {problem}", file=sys.stderr)
    if not problems:
        print(f"manpage-check: {page} describes the window's options and {len(listed)} commands "
              f"({', '.join(listed)}) as --help prints them")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
