// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>

namespace Threadkeeper::Testing {

// An RSS 2.0 feed of n items in WordPress's shape (guid, link, <comments>, dc:creator,
// pubDate, description, content:encoded, wfw:commentRss, slash:comments), newest first.
// Item i (0-based) is post n - i, published n - i minutes after 2026-01-01T00:00:00Z,
// with (n - i) % 50 comments.
inline QByteArray generatedRss(int n, const QByteArray &site = "https://news.example.org")
{
    QByteArray xml;
    xml.reserve(n * 1200 + 1000);
    xml += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"\n"
           " xmlns:wfw=\"http://wellformedweb.org/CommentAPI/\" "
           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
           " xmlns:slash=\"http://purl.org/rss/1.0/modules/slash/\">\n<channel>\n<title>Generated "
           "news</title>\n<link>"
        + site + "/</link>\n<description>A generated feed</description>\n";
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::UTC);
    for (int i = 0; i < n; ++i) {
        const int post = n - i;
        const QByteArray id = QByteArray::number(post);
        const QByteArray link = site + "/" + id + "/a-story-about-number-" + id + "/";
        xml += "<item>\n<title>Story " + id + ": a headline &amp; a subtitle</title>\n<link>" + link
            + "</link>\n<comments>" + link + "#comments</comments>\n<pubDate>"
            + start.addSecs(qint64(post) * 60).toString(Qt::RFC2822Date).toLatin1()
            + "</pubDate>\n<dc:creator><![CDATA[Writer " + QByteArray::number(post % 17)
            + "]]></dc:creator>\n<guid isPermaLink=\"false\">" + site + "/?p=" + id
            + "</guid>\n<description><![CDATA[The start of story " + id
            + ", which tells what happened and why it matters to the readers of this "
              "site...]]></description>\n"
              "<content:encoded><![CDATA[<p>The start of story "
            + id
            + ", which tells what happened and why it matters.</p>\n<p>A second paragraph with <a href=\""
            + link
            + "more\">a link</a> and <em>emphasis</em>, as articles "
              "have.</p>]]></content:encoded>\n<wfw:commentRss>"
            + link + "feed/</wfw:commentRss>\n<slash:comments>" + QByteArray::number(post % 50)
            + "</slash:comments>\n</item>\n";
    }
    xml += "</channel>\n</rss>\n";
    return xml;
}

} // namespace Threadkeeper::Testing
