#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Threadkeeper authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""How faithfully each engine reads real pages, against a second reader.

Every real page in ../shared/real-pages that an engine reads is read twice: by our engine
(threadkeeper-fixture-tool read URL FILE) and by a reader written here with BeautifulSoup
and the engine's markup as its templates define it (the post containers, the message, the
quotes and the forum's own labels to leave out). Per engine:

- posts: posts we found / posts the page holds;
- own words: word F1 of our own words against the visible message minus quotes and the
  forum's labels (bag of lower-case words);
- quote sources: quotes naming a post whose source we read right / quotes naming a post;
- dates: posts dated to the minute as the page's machine-readable date says (<time
  datetime>, data-time, an API's created_at, the topic's own feed) / posts with such a date.

Usage: tests/fidelity.py TOOL SHARED [--json FILE] [--min-posts 0.99 --min-f1 0.95 ...]
Exits 1 when a figure is under its minimum (none by default), 0 otherwise.
"""
import argparse
import collections
import datetime
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

from bs4 import BeautifulSoup

WORD = re.compile(r"\w+", re.UNICODE)


def words(text):
    return collections.Counter(w.lower() for w in WORD.findall(text or ""))


def minute(value):
    """An ISO date or a Unix time → 'YYYY-MM-DDTHH:MM' in UTC."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) or re.fullmatch(r"\d{9,11}", str(value)):
        moment = datetime.datetime.fromtimestamp(int(value), datetime.timezone.utc)
    else:
        text = str(value).replace("Z", "+00:00")
        moment = datetime.datetime.fromisoformat(text)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=datetime.timezone.utc)
    return moment.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M")


def visible(node, drop):
    """The text a reader sees in node, without the elements drop selects, smilies as
    their names, pictures and scripts left out."""
    node = BeautifulSoup(str(node), "lxml")
    for selector in drop + ["script", "style", "svg", "noscript", "iframe"]:
        for n in node.select(selector):
            n.decompose()
    for img in node.select("img"):
        classes = img.get("class") or []
        smilie = any(c.startswith(("smilie", "smiley", "emoji", "mceSmilie")) for c in classes) or "/smilies/" in (
            "/" + img.get("src", ""))
        img.replace_with(" %s " % img.get("alt", "") if smilie else " ")
    return node.get_text(" ")


def top_level(nodes):
    """Of nodes, those not inside another of them."""
    ids = {id(n) for n in nodes}
    return [n for n in nodes if not any(id(p) in ids for p in n.parents)]


def post_id_in(text, pattern=r"(?:post[-:s/]\s*|id=|p=|#p|#post)(\d+)"):
    m = re.search(pattern, text or "")
    return m.group(1) if m else ""


# Readers: page bytes → list of {id, text, quotes: [source], date (minute or None)}.

def read_xenforo2(html, _):
    soup = BeautifulSoup(html, "lxml")
    posts = []
    for art in soup.select("article.message--post"):
        pid = post_id_in(art.get("data-content", ""))
        body = art.select_one(".message-body .bbWrapper")
        quotes = top_level(body.select("blockquote.bbCodeBlock--quote")) if body else []
        sources = []
        for q in quotes:
            source = post_id_in(q.get("data-source", ""))
            jump = q.select_one(".bbCodeBlock-sourceJump")
            sources.append(source or post_id_in(jump.get("href", "") if jump else ""))
        time = art.select_one(".message-attribution time[datetime]") or art.select_one("time[datetime]")
        text = visible(body, ["blockquote.bbCodeBlock--quote", ".bbCodeBlock-title",
                              ".bbCodeBlock-expandLink", ".js-selectToQuoteEnd"]) if body else ""
        posts.append({"id": pid, "text": text, "quotes": sources,
                      "date": minute(time.get("datetime")) if time else None})
    return posts


def read_xenforo1(html, _):
    soup = BeautifulSoup(html, "lxml")
    posts = []
    for li in soup.select("li.message[id^=post-]"):
        pid = li["id"][5:]
        body = li.select_one("blockquote.messageText")
        quotes = top_level(body.select(".bbCodeQuote")) if body else []
        sources = []
        for q in quotes:
            link = q.select_one("a.AttributionLink")
            sources.append(post_id_in(link.get("href", "") if link else ""))
        stamp = li.select_one(".messageMeta abbr.DateTime[data-time]")
        text = visible(body, [".bbCodeQuote", ".messageTextEndMarker", ".bbCodeBlock > .type",
                              ".bbCodeSpoilerButton"]) if body else ""
        posts.append({"id": pid, "text": text, "quotes": sources,
                      "date": minute(stamp["data-time"]) if stamp else None})
    return posts


def feed_dates(path):
    """A phpBB topic feed's posts: id → published (minute, UTC)."""
    dates = {}
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return dates
    ns = {"a": "http://www.w3.org/2005/Atom"}
    for entry in root.findall("a:entry", ns):
        ident = entry.findtext("a:id", "", ns)
        published = entry.findtext("a:published", "", ns)
        if "#p" in ident and published:
            dates[ident.split("#p")[-1]] = minute(published)
    return dates


def read_phpbb(html, extra):
    soup = BeautifulSoup(html, "lxml")
    feed = feed_dates(extra) if extra else {}
    posts = []
    for div in soup.select("div.post"):
        if not re.fullmatch(r"p\d+", div.get("id", "")):
            continue
        pid = div["id"][1:]
        body = div.select_one("div.content")
        quotes = top_level(body.select("blockquote")) if body else []
        sources = []
        for q in quotes:
            cite = q.find("cite")
            link = cite.select_one("a[data-post-id]") if cite else None
            sources.append(link["data-post-id"] if link else "")
        time = div.select_one(".author time[datetime]")
        date = minute(time["datetime"]) if time else feed.get(pid)
        text = visible(body, ["blockquote", ".codebox > p", ".codebox > dt"]) if body else ""
        posts.append({"id": pid, "text": text, "quotes": sources, "date": date})
    return posts


def vb_quote_source(quote):
    link = quote.select_one("a[href*='showthread.php?p='], a[href*='#post']")
    return post_id_in(link.get("href", "") if link else "", r"(?:p=|#post)(\d+)")


def read_vbulletin(html, _):
    soup = BeautifulSoup(html, "lxml")
    posts = []
    vb5 = soup.select("li.b-post[data-node-id]")
    vb4 = soup.select("li.postcontainer[id^=post_]")
    if vb5:
        for li in vb5:
            body = li.select_one(".js-post__content-text")
            quotes = top_level(body.select(".bbcode_quote")) if body else []
            time = li.select_one("time[datetime]")
            text = visible(body, [".bbcode_container"]) if body else ""
            posts.append({"id": li["data-node-id"], "text": text,
                          "quotes": [vb_quote_source(q) for q in quotes],
                          "date": minute(time["datetime"]) if time else None})
    elif vb4:
        for li in vb4:
            body = li.select_one("blockquote.postcontent")
            quotes = top_level(body.select(".bbcode_quote")) if body else []
            text = visible(body, [".bbcode_container"]) if body else ""
            posts.append({"id": li["id"][5:], "text": text,
                          "quotes": [vb_quote_source(q) for q in quotes], "date": None})
    else:
        for div in soup.select("div[id^=post_message_]"):
            # vB3 quotes: a div whose first line is "Quote:", around a table.
            frames = [d for d in div.find_all("div", recursive=True)
                      if d.find("div", class_="smallfont", recursive=False)
                      and d.find("div", class_="smallfont", recursive=False).get_text(strip=True)
                      .rstrip(":") in ("Quote", "Code", "PHP Code", "HTML Code")]
            quotes = [f for f in top_level(frames)
                      if f.find("div", class_="smallfont", recursive=False).get_text(strip=True) == "Quote:"]
            body = BeautifulSoup(str(div), "lxml")
            for f in body.find_all("div"):
                label = f.find("div", class_="smallfont", recursive=False)
                if label and label.get_text(strip=True).rstrip(":") in ("Quote",):
                    f.decompose()
            for label in body.select("div.smallfont"):
                if label.get_text(strip=True).rstrip(":") in ("Code", "PHP Code", "HTML Code"):
                    label.decompose()
            posts.append({"id": div["id"][13:], "text": visible(body, []),
                          "quotes": [vb_quote_source(q) for q in quotes], "date": None})
    return posts


def read_discourse(raw, _):
    data = json.loads(raw)
    stream = data.get("post_stream", {}).get("posts", [])
    topic = str(data.get("id", ""))
    by_number = {p.get("post_number"): str(p.get("id")) for p in stream}
    posts = []
    for p in stream:
        cooked = BeautifulSoup(p.get("cooked", ""), "lxml")
        sources = []
        for aside in top_level(cooked.select("aside.quote")):
            number = aside.get("data-post")
            same = aside.get("data-topic", topic) == topic
            # A quote names the post by its number; its id where this answer holds it.
            sources.append(by_number.get(int(number), "#" + number) if number and same else "")
        posts.append({"id": str(p.get("id")), "text": visible(cooked, ["aside.quote", "blockquote", ".lightbox-wrapper .meta"]),
                      "quotes": sources, "date": minute(p.get("created_at"))})
    return posts


def read_smf(html, _):
    soup = BeautifulSoup(html, "lxml")
    posts = []
    for inner in soup.select("div.inner[id^=msg_]"):
        quotes = [q for q in top_level(inner.select("blockquote.bbc_standard_quote, div.quoteheader"))
                  if q.name == "div" or not q.find_previous_sibling("div", class_="quoteheader")]
        sources = []
        for q in quotes:
            header = q if q.name == "div" else (q.find("cite") or q)
            link = header.select_one("a[href*=msg]")
            sources.append(post_id_in(link.get("href", "") if link else "", r"msg(\d+)"))
        text = visible(inner, ["blockquote", "div.quoteheader", "div.quotefooter", "div.codeheader",
                               "span.topslice_quote", "span.botslice_quote"])
        posts.append({"id": inner["id"][4:], "text": text, "quotes": sources, "date": None})
    return posts


def read_fluxbb(html, _):
    soup = BeautifulSoup(html, "lxml")
    posts = []
    for box in soup.select("div.blockpost[id^=p]"):
        if not re.fullmatch(r"p\d+", box["id"]):
            continue
        body = box.select_one("div.postmsg")
        # FluxBB and PunBB quotes name their poster only, never the post.
        text = visible(body, ["div.quotebox", "div.postquote", "blockquote", "p.postedit", "div.postsignature",
                              "div.codebox h4", "div.scrollbox > h4"]) if body else ""
        posts.append({"id": box["id"][1:], "text": text, "quotes": [], "date": None})
    return posts


def read_invision(html, _):
    soup = BeautifulSoup(html, "lxml")
    posts = []
    for art in soup.select("article[id^=elComment_]"):
        pid = art.get("data-commentid") or art["id"][len("elComment_"):]
        body = art.select_one("[data-role=commentContent]")
        quotes = top_level(body.select("blockquote.ipsQuote")) if body else []
        time = art.select_one("time[datetime]")
        text = visible(body, ["blockquote.ipsQuote", "[data-excludequote]"]) if body else ""
        posts.append({"id": pid, "text": text,
                      "quotes": [q.get("data-ipsquote-contentcommentid", "") for q in quotes],
                      "date": minute(time["datetime"]) if time else None})
    return posts


def read_vanilla(html, _):
    soup = BeautifulSoup(html, "lxml")
    posts = []
    items = soup.select("div.ItemDiscussion, li.ItemComment")
    for item in items:
        ident = item.get("id", "")
        if not ident:
            holder = item.find_parent(id=re.compile(r"^Discussion_\d+$"))
            ident = holder["id"] if holder else ""
        # The discussion's own post is dN: Vanilla numbers discussions and comments apart.
        pid = post_id_in(ident, r"Comment_(\d+)") or ("d" + post_id_in(ident, r"Discussion_(\d+)"))
        body = item.select_one("div.Message.userContent") or item.select_one("div.Message")
        quotes = top_level(body.select("blockquote.Quote, blockquote.UserQuote")) if body else []
        sources = []
        for q in quotes:
            link = q.select_one("a.QuoteLink, a[href*='/discussion/comment/']")
            href = link.get("href", "") if link else ""
            comment = post_id_in(href, r"/discussion/comment/(\d+)")
            discussion = post_id_in(href, r"/discussion/(\d+)")
            sources.append(comment or ("d" + discussion if discussion else ""))
        time = item.select_one(".DateCreated time[datetime], time[datetime]")
        text = visible(body, ["blockquote.Quote", "blockquote.UserQuote"]) if body else ""
        posts.append({"id": pid, "text": text, "quotes": sources,
                      "date": minute(time["datetime"]) if time else None})
    return posts


# The pages, each with the address it is read under and its second reader.
PAGES = [
    ("xenforo2/macrumors-se-or-11-2231616.html", "https://forums.macrumors.com/threads/se-or-11.2231616/",
     read_xenforo2, None),
    ("xenforo2/xf-community-dark-theme-8276.html", "https://xenforo.com/community/threads/a-dark-theme-option.8276/",
     read_xenforo2, None),
    ("xenforo1/sv-renascence-xf1.html",
     "https://forums.sufficientvelocity.com/threads/renascence-a-homura-quest.1234/page-54", read_xenforo1, None),
    ("phpbb/nettally-phpbb.html", "http://www.ilovephilosophy.com/viewtopic.php?f=1&t=194998&start=25",
     read_phpbb, None),
    ("phpbb/marioruns-smg2-t204-p1of2.html", "https://marioruns.com/forum/viewtopic.php?f=10&t=204",
     read_phpbb, "phpbb/marioruns-smg2-t204-feed.atom"),
    ("phpbb/marioruns-smg2-t204-p2of2.html", "https://marioruns.com/forum/viewtopic.php?f=10&t=204&start=10",
     read_phpbb, "phpbb/marioruns-smg2-t204-feed.atom"),
    ("vbulletin/nettally-vb3.html", "https://forums.animesuki.com/showthread.php?t=128882&page=152",
     read_vbulletin, None),
    ("vbulletin/nettally-vb4.html",
     "https://forum.example/showthread.php/9687-Legendary-military-columnist-author-Bob-Dorr-dies-at-76",
     read_vbulletin, None),
    ("vbulletin/nettally-vb5.html",
     "https://fandompost.vbulletin.net/forum/anime-manga-discussions/general-anime-discussions/"
     "727744-isekai-quartet-discussion-thread", read_vbulletin, None),
    ("fluxbb/harvest-archlinux-viewtopic.html", "https://bbs.archlinux.org/viewtopic.php?id=249553", read_fluxbb,
     None),
    ("fluxbb/minimagick-textdrive-punbb12.html", "http://forum.textdrive.com/viewtopic.php?id=7356", read_fluxbb,
     None),
    ("vanilla/harvest-mse-5567669.html", "https://forums.moneysavingexpert.com/discussion/5567669/", read_vanilla,
     None),
    ("vanilla/harvest-mse-6100693.html", "https://forums.moneysavingexpert.com/discussion/6100693/", read_vanilla,
     None),
    ("vanilla/harvest-bitdefender-82059.html", "https://community.bitdefender.com/en/discussion/82059/",
     read_vanilla, None),
    ("vanilla/harvest-bitdefender-81455.html",
     "https://community.bitdefender.com/en/discussion/81455/how-to-disable-notification", read_vanilla, None),
    ("vanilla/harvest-scope-57774.html", "https://community.scope.org.uk/discussion/57774/copd", read_vanilla, None),
    ("vanilla/harvest-scope-68941.html", "https://community.scope.org.uk/discussion/68941/disabled-mum",
     read_vanilla, None),
    ("vanilla/harvest-cc-2183693.html", "https://talk.collegeconfidential.com/discussion/2183693", read_vanilla,
     None),
    ("vanilla/harvest-cc-2184314.html", "https://talk.collegeconfidential.com/discussion/2184314", read_vanilla,
     None),
    ("discourse/urho3d-topic-6834-angelscript.json",
     "https://discourse.urho3d.io/t/using-custom-c-component-from-angelscript/6834", read_discourse, None),
    ("discourse/cf-topic-2108-posts-p1.json", "https://discuss.criticalfallibilism.com/t/x/2108", read_discourse,
     None),
    ("smf/geekhack-noxary-92066-p1of13.html", "https://geekhack.org/index.php?topic=92066.0", read_smf, None),
    ("smf/ptforum-contribs-38573-p1of2.html", "http://forums.contribs.org/index.php?topic=38573.0", read_smf, None),
    ("invision/armbian-rk322x-fragment.html",
     "https://forum.armbian.com/topic/34923-csc-armbian-for-rk322x-tv-box-boards/", read_invision, None),
]


def ours(tool, url, path):
    result = subprocess.run([tool, "read", url, path], capture_output=True, check=False)
    answer = json.loads(result.stdout or b"{}")
    return answer.get("engine", "?"), answer.get("posts", [])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("tool")
    parser.add_argument("shared")
    parser.add_argument("--json")
    parser.add_argument("--verbose", action="store_true")
    for name in ("posts", "f1", "quotes", "dates"):
        parser.add_argument("--min-" + name, type=float, default=0.0)
    args = parser.parse_args()

    totals = collections.defaultdict(lambda: collections.Counter())
    pages = collections.Counter()
    for file, url, reader, extra in PAGES:
        path = os.path.join(args.shared, "real-pages", file)
        if not os.path.exists(path):
            print("skipped (absent): %s" % file, file=sys.stderr)
            continue
        with open(path, "rb") as f:
            raw = f.read()
        gold = reader(raw, os.path.join(args.shared, "real-pages", extra) if extra else None)
        engine, posts = ours(args.tool, url, path)
        mine = {p["id"]: p for p in posts}
        t = totals[engine]
        pages[engine] += 1
        for g in gold:
            t["posts"] += 1
            p = mine.get(g["id"])
            if p is None:
                if args.verbose:
                    print("%s: post %s missing" % (file, g["id"]))
                continue
            t["found"] += 1
            a, b = words(g["text"]), words(p["text"])
            t["common"] += sum((a & b).values())
            t["gold_words"] += sum(a.values())
            t["our_words"] += sum(b.values())
            if args.verbose and (a - b or b - a):
                print("%s %s: missing %s; extra %s" % (file, g["id"], dict(a - b), dict(b - a)))
            named = collections.Counter(s for s in g["quotes"] if s)
            read = collections.Counter(q.get("source", "") for q in p.get("quotes", []))
            read.update(("#" + str(q.get("source", ""))) for q in p.get("quotes", []))
            t["sources"] += sum(named.values())
            t["sources_right"] += sum((named & read).values())
            if g["date"]:
                t["dated"] += 1
                t["dates_right"] += (p.get("date") or "")[:16] == g["date"]
                if args.verbose and (p.get("date") or "")[:16] != g["date"]:
                    print("%s %s: date %s, page says %s" % (file, g["id"], p.get("date"), g["date"]))

    def ratio(a, b):
        return a / b if b else None

    report = {}
    failed = []
    print("| engine | pages | posts | own words F1 | quote sources | dates |")
    print("|---|---|---|---|---|---|")
    for engine in sorted(totals):
        t = totals[engine]
        precision = ratio(t["common"], t["our_words"]) or 0.0
        recall = ratio(t["common"], t["gold_words"]) or 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        figures = {"posts": ratio(t["found"], t["posts"]), "f1": f1,
                   "quotes": ratio(t["sources_right"], t["sources"]), "dates": ratio(t["dates_right"], t["dated"])}
        report[engine] = dict(figures, pages=pages[engine], counts=dict(t))

        def cell(key, num, den):
            value = figures[key]
            return "n/a" if value is None else "%.1f%% (%d/%d)" % (100 * value, t[num], t[den])
        print("| %s | %d | %s | %.3f | %s | %s |" % (
            engine, pages[engine], cell("posts", "found", "posts"), f1,
            cell("quotes", "sources_right", "sources"), cell("dates", "dates_right", "dated")))
        for key in figures:
            minimum = getattr(args, "min_" + key)
            if figures[key] is not None and figures[key] < minimum:
                failed.append("%s: %s %.3f < %.3f" % (engine, key, figures[key], minimum))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(report, f, indent=1)
    for line in failed:
        print("under the minimum: " + line, file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
