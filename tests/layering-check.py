#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Threadkeeper authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The lower layers of app/ include only what lies below them.

Reads every #include of the files in the layers named in ALLOWED and prints each one that
names a folder of app/ the layer may not use; fails if there is one. Qt, the standard
library and other libraries (anything not a folder of app/) are always allowed.

    layering-check.py APP_DIR
    layering-check.py --self-test
"""
import os
import re
import sys
import tempfile

# Layer (a folder of app/) -> the folders of app/ its files may include. A layer not named
# here is not checked.
ALLOWED = {
    "domain": {"domain"},  # value types and pure algorithms over them
    "store": {"store", "domain"},  # SQL over domain values; never engines or services
    "models": {"models", "domain"},  # models hold values only
    "render": {"render", "domain", "html"},
}

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
SOURCES = (".h", ".hpp", ".cpp", ".cc")


def layer_of(app_dir, including_file, name, quoted):
    """The folder of app/ that an include names, or None when it is not one of ours."""
    paths = [os.path.join(os.path.dirname(including_file), name)] if quoted else []
    paths.append(os.path.join(app_dir, name))  # app/ is on the include path
    for path in paths:  # quotes look beside the including file first, as the compiler does
        relative = os.path.relpath(os.path.normpath(path), app_dir)
        parts = relative.split(os.sep)
        if not relative.startswith("..") and len(parts) > 1 and os.path.isfile(path):
            return parts[0]
    # Not there (a generated file, a header still to come): judge it by the folder it names.
    parts = os.path.normpath(name).split(os.sep)
    if len(parts) > 1 and os.path.isdir(os.path.join(app_dir, parts[0])):
        return parts[0]
    return None


def offences(app_dir):
    found = []
    for layer in sorted(ALLOWED):
        top = os.path.join(app_dir, layer)
        for root, dirs, files in os.walk(top):
            dirs.sort()
            for file in sorted(files):
                if not file.endswith(SOURCES):
                    continue
                path = os.path.join(root, file)
                with open(path, encoding="utf-8") as f:
                    for number, line in enumerate(f, 1):
                        m = INCLUDE.match(line)
                        if not m:
                            continue
                        target = layer_of(app_dir, path, m.group(2), m.group(1) == '"')
                        if target is not None and target not in ALLOWED[layer]:
                            shown = os.path.relpath(path, os.path.dirname(app_dir))
                            allowed = ", ".join(sorted(ALLOWED[layer]))
                            found.append(f"{shown}:{number}: {line.strip()}  ({layer} may include {allowed})")
    return found


def self_test():
    """The check finds what it must and nothing else, on a small tree made here."""
    files = {
        "domain/post.h": "#include <QString>\n",
        "domain/rule.h": '#include "post.h"\n#include "domain/post.h"\n',
        "html/htmldocument.h": "",
        "engines/forumengine.h": '#include "domain/post.h"\n',
        "services/scorer.h": "",
        "store/sqlaccess.h": "",
        "store/threadrepository.cpp": '#include "sqlaccess.h"\n#include "domain/rule.h"\n'
        '#include "engines/forumengine.h"\n#include <QSqlQuery>\n',
        "models/treemodel.h": ' #  include "services/scorer.h"\n#include "../engines/forumengine.h"\n',
        "render/renderer.cpp": '#include "html/htmldocument.h"\n#include <domain/post.h>\n',
        "domain/bad.h": '#include "html/htmldocument.h"\n',
    }
    with tempfile.TemporaryDirectory() as tmp:
        app = os.path.join(tmp, "app")
        for name, text in files.items():
            os.makedirs(os.path.dirname(os.path.join(app, name)), exist_ok=True)
            with open(os.path.join(app, name), "w", encoding="utf-8") as f:
                f.write(text)
        got = [o.split("  (")[0] for o in offences(app)]
    expected = [
        'app/domain/bad.h:1: #include "html/htmldocument.h"',
        'app/models/treemodel.h:1: #  include "services/scorer.h"',
        'app/models/treemodel.h:2: #include "../engines/forumengine.h"',
        'app/store/threadrepository.cpp:3: #include "engines/forumengine.h"',
    ]
    if got != expected:
        print("self-test: expected\n  " + "\n  ".join(expected) + "\ngot\n  " + "\n  ".join(got))
        return 1
    print("self-test: the check finds each layering offence and nothing else")
    return 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    if len(sys.argv) != 2 or not os.path.isdir(sys.argv[1]):
        sys.exit(__doc__)
    app_dir = os.path.abspath(sys.argv[1])
    found = offences(app_dir)
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} include(s) reach up past their layer")
        return 1
    print("layers point down: " + "; ".join(f"{k} -> {', '.join(sorted(v))}" for k, v in sorted(ALLOWED.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
