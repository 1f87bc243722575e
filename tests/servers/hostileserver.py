#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Threadkeeper authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A loopback HTTP server for tests that streams answers too big to hold in memory.

Usage: hostileserver.py ROOT [PATH=KIND ...]

Serves the files under ROOT (a path ending in '/' serves its index.html) with their
length, as text/html; each PATH given answers KIND instead:
  gzip-bomb  Content-Encoding: gzip, about 1 MB that inflates to 1 GiB of spaces
  huge       a 300 MB page, its length announced
  endless    a page with no length that never ends
  trickle    a page with no length, one byte every 0.2 s, never ending: never quiet long
             enough for a timeout, never big enough for the size limit
Listens on 127.0.0.1, on a free port, and prints the port on its first line. Every
request is logged to stderr as "GET PATH". Python 3 standard library only.
"""
import http.server
import os
import struct
import sys
import time
import zlib

MIB = 1 << 20
BOMB_INFLATED = 1024 * MIB
HUGE_BYTES = 300 * 1000 * 1000

PAGE_HEAD = (b'<!DOCTYPE html><html id="XF" lang="en-US"><head><meta charset="utf-8">'
             b'<title>Endless</title></head><body><div class="block-body js-replyNewMessageContainer">')
FILLER = b'<article class="message message--post"><div class="bbWrapper">' + b'Lorem ipsum dolor sit amet. ' * 30 + \
    b'</div></article>\n'


def bomb_parts():
    """The gzip member, in parts: header, one deflate block of a MiB (the same bytes each
    time after a full flush), the final block; the trailer is computed when sent."""
    header = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff'
    spaces = b' ' * MIB
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = deflater.compress(spaces) + deflater.flush(zlib.Z_FULL_FLUSH)
    again = deflater.compress(spaces) + deflater.flush(zlib.Z_FULL_FLUSH)
    assert block == again
    return header, block, deflater.flush(zlib.Z_FINISH), spaces


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    root = '.'
    kinds = {}

    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        pass

    def do_GET(self):
        path = self.path.split('?', 1)[0]
        sys.stderr.write('GET %s\n' % path)
        sys.stderr.flush()
        kind = self.kinds.get(path)
        try:
            if kind == 'gzip-bomb':
                self.gzip_bomb()
            elif kind == 'huge':
                self.huge()
            elif kind == 'endless':
                self.endless()
            elif kind == 'trickle':
                self.trickle()
            else:
                self.file(path)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the reader stopped reading: what it should do

    def head(self, length=None, extra=()):
        self.send_response(200)
        self.send_header('Content-Type', 'text/html; charset=utf-8')
        if length is None:
            self.send_header('Connection', 'close')
            self.close_connection = True
        else:
            self.send_header('Content-Length', str(length))
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()

    def file(self, path):
        relative = path.lstrip('/')
        if relative.endswith('/') or not relative:
            relative += 'index.html'
        full = os.path.realpath(os.path.join(self.root, relative))
        if not full.startswith(os.path.realpath(self.root) + os.sep) or not os.path.isfile(full):
            self.send_error(404)
            return
        self.head(os.path.getsize(full))
        with open(full, 'rb') as f:
            while True:
                chunk = f.read(MIB)
                if not chunk:
                    break
                self.wfile.write(chunk)

    def gzip_bomb(self):
        header, block, final, spaces = bomb_parts()
        blocks = BOMB_INFLATED // MIB
        self.head(len(header) + len(block) * blocks + len(final) + 8, [('Content-Encoding', 'gzip')])
        self.wfile.write(header)
        for _ in range(blocks):
            self.wfile.write(block)
        crc = 0
        for _ in range(blocks):
            crc = zlib.crc32(spaces, crc)
        self.wfile.write(final + struct.pack('<II', crc, BOMB_INFLATED & 0xffffffff))

    def huge(self):
        self.head(HUGE_BYTES)
        self.wfile.write(PAGE_HEAD)
        sent = len(PAGE_HEAD)
        block = FILLER * (MIB // len(FILLER))
        while sent < HUGE_BYTES:
            part = block[:HUGE_BYTES - sent]
            self.wfile.write(part)
            sent += len(part)

    def endless(self):
        self.head(None)
        self.wfile.write(PAGE_HEAD)
        block = FILLER * (MIB // len(FILLER))
        while True:
            self.wfile.write(block)

    def trickle(self):
        self.head(None)
        self.wfile.write(PAGE_HEAD)
        self.wfile.flush()
        while True:
            time.sleep(0.2)
            self.wfile.write(b' ')
            self.wfile.flush()


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    Handler.root = sys.argv[1]
    for spec in sys.argv[2:]:
        path, _, kind = spec.partition('=')
        if kind not in ('gzip-bomb', 'huge', 'endless', 'trickle'):
            sys.exit('unknown kind: %s' % spec)
        Handler.kinds[path] = kind
    server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == '__main__':
    main()
