#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Threadkeeper authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The peer a user would write instead of Threadkeeper's engine: a Python scraper that
extracts XenForo posts (id, author, date, number, own text, quotes). Times itself over
the same pages, the same number of rounds, and prints 'PEER name MB/s posts'."""
import sys
import time


def lxml_posts(html):
    from lxml import html as lh
    doc = lh.fromstring(html)
    posts = []
    for art in doc.xpath('//article[contains(concat(" ", normalize-space(@class), " "), " message--post ")]'):
        body = art.xpath('.//div[contains(@class, "bbWrapper")]')
        quotes = []
        text = ""
        if body:
            b = body[0]
            for q in b.xpath('.//blockquote[contains(@class, "bbCodeBlock--quote")]'):
                quotes.append((q.get("data-quote"), q.get("data-source")))
            for q in b.xpath('./blockquote'):
                q.drop_tree()
            text = " ".join(b.text_content().split())
        number = art.xpath('.//ul[contains(@class, "message-attribution-opposite")]//a/text()')
        time_ = art.xpath('.//time[contains(@class, "u-dt")]/@datetime')
        posts.append((art.get("data-content"), art.get("data-author"), time_[:1], number[-1:], text, quotes))
    return posts


def bs4_posts(html):
    from bs4 import BeautifulSoup
    soup = BeautifulSoup(html, "html.parser")
    posts = []
    for art in soup.select("article.message--post"):
        b = art.select_one("div.bbWrapper")
        quotes = []
        text = ""
        if b:
            for q in b.select("blockquote.bbCodeBlock--quote"):
                quotes.append((q.get("data-quote"), q.get("data-source")))
            for q in b.find_all("blockquote", recursive=False):
                q.decompose()
            text = " ".join(b.get_text().split())
        t = art.select_one("time.u-dt")
        posts.append((art.get("data-content"), art.get("data-author"), t and t.get("datetime"), text, quotes))
    return posts


def main():
    rounds = int(sys.argv[1])
    files = sys.argv[2:]
    pages = [open(f, "rb").read() for f in files]
    size = sum(len(p) for p in pages)
    for name, fn, r in (("lxml+XPath", lxml_posts, rounds), ("BeautifulSoup", bs4_posts, max(1, rounds // 5))):
        try:
            fn(pages[0])
        except ImportError:
            print(f"PEER {name} unavailable")
            continue
        count = 0
        start = time.perf_counter()
        for _ in range(r):
            for p in pages:
                count += len(fn(p))
        elapsed = time.perf_counter() - start
        print(f"PEER {name} {size * r / elapsed / 1e6:.2f} {count // r}")


if __name__ == "__main__":
    main()
