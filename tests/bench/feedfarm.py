#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Threadkeeper authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Many feeds on many loopback hosts, for the subscription benchmark.

Serves HOSTS servers on 127.0.0.2 … 127.0.0.(HOSTS+1), each with FEEDS RSS feeds at
/feed/N.xml (20 items, stable ETag and Last-Modified). A request that names the current ETag
(If-None-Match) or a date not before it (If-Modified-Since) is answered 304 with no body. Every
answer waits LATENCY ms first, as a distant server would. /stats on the first host answers
"requests conditional notmodified" since the last /stats/reset. Prints the feed addresses, one a
line, then "ready". Loopback only; it stops when stdin closes.
"""
import argparse
import hashlib
import sys
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LAST_MODIFIED = formatdate(1764979200, usegmt=True)  # 2025-12-06
counts = {"requests": 0, "conditional": 0, "notmodified": 0}
lock = threading.Lock()


def feed(host, n):
    items = []
    for i in range(20):
        items.append(
            f"<item><title>Story {n}.{i} on {host}</title>"
            f"<link>http://{host}/story/{n}/{i}</link><guid>{host}-{n}-{i}</guid>"
            f"<pubDate>{formatdate(1764979200 - i * 3600, usegmt=True)}</pubDate>"
            f"<comments>http://{host}/story/{n}/{i}#comments</comments>"
            f"<description>Words of story {i}, with &amp; and ünïcode.</description></item>")
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>Feed {n} on {host}</title><link>http://{host}/</link>"
            + "".join(items) + "</channel></rss>").encode()


def make_handler(latency):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            time.sleep(latency / 1000.0)
            host = self.server.server_address[0]
            if self.path.startswith("/stats"):
                with lock:
                    body = f"{counts['requests']} {counts['conditional']} {counts['notmodified']}\n".encode()
                    if self.path == "/stats/reset":
                        for k in counts:
                            counts[k] = 0
                self.reply(200, body, "text/plain")
                return
            if not self.path.startswith("/feed/"):
                self.reply(404, b"not here", "text/plain")
                return
            n = self.path[len("/feed/"):].split(".")[0]
            body = feed(host, n)
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
            inm = self.headers.get("If-None-Match")
            ims = self.headers.get("If-Modified-Since")
            with lock:
                counts["requests"] += 1
                if inm or ims:
                    counts["conditional"] += 1
            if (inm and inm == etag) or (not inm and ims == LAST_MODIFIED):
                with lock:
                    counts["notmodified"] += 1
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.reply(200, body, "application/rss+xml; charset=utf-8", etag)

        def reply(self, status, body, ctype, etag=None):
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            if etag:
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", LAST_MODIFIED)
            self.end_headers()
            self.wfile.write(body)

    return Handler


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--feeds", type=int, default=10, help="feeds per host")
    parser.add_argument("--latency", type=int, default=20, help="ms before each answer")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    handler = make_handler(args.latency)
    servers = []
    port = args.port
    # A listen backlog that takes every parallel connect: the default 5 drops SYNs, and
    # a dropped one costs its client a second.
    ThreadingHTTPServer.request_queue_size = 256
    for h in range(args.hosts):
        host = f"127.0.0.{h + 2}"
        server = ThreadingHTTPServer((host, port), handler)
        server.daemon_threads = True
        port = server.server_address[1]  # every host on the same port
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    for h in range(args.hosts):
        for n in range(args.feeds):
            print(f"http://127.0.0.{h + 2}:{port}/feed/{n}.xml")
    print(f"stats http://127.0.0.2:{port}/stats")
    print("ready", flush=True)
    sys.stdin.read()  # until the benchmark closes it
    for server in servers:
        server.shutdown()


if __name__ == "__main__":
    main()
