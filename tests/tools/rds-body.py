#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Threadkeeper authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Cut the HTTP body out of an httr2 response saved as R's .rds (gzip + R serialisation).

The body is a raw vector (RAWSXP: the 4-byte header 00 00 00 18, a 4-byte big-endian
length, then the bytes unchanged). We take the raw vector whose bytes parse as one JSON
document and write it out as it is: the answer the server sent, byte for byte.

    tests/tools/rds-body.py IN.rds OUT-body.json
"""
import gzip
import json
import struct
import sys


def body_of(rds: bytes) -> bytes:
    found = []
    at = rds.find(b"\x00\x00\x00\x18")
    while at >= 0:
        (length,) = struct.unpack(">I", rds[at + 4 : at + 8])
        raw = rds[at + 8 : at + 8 + length]
        if len(raw) == length and raw[:1] in (b"{", b"["):
            try:
                json.loads(raw)
                found.append(raw)
            except ValueError:
                pass
        at = rds.find(b"\x00\x00\x00\x18", at + 1)
    if len(found) != 1:
        sys.exit(f"expected one JSON raw vector, found {len(found)}")
    return found[0]


if __name__ == "__main__":
    with open(sys.argv[1], "rb") as f:
        data = f.read()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    with open(sys.argv[2], "wb") as f:
        f.write(body_of(data))
