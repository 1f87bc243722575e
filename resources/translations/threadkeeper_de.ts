<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AnnotationsCommand</name>
    <message>
        <source>The cache file.</source>
        <translation>Die Cache-Datei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>export: md or json.</source>
        <translation>export: md oder json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>export: only this thread.</source>
        <translation>export: nur dieser Thread.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>export, or import FILE</source>
        <translation>export oder import DATEI</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (known: md, json)</source>
        <translation>unbekanntes Format „%1“ (bekannt: md, json)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>usage: threadkeeper annotations export [--format md|json] [--thread URL] | import FILE</source>
        <translation>Aufruf: threadkeeper annotations export [--format md|json] [--thread URL] | import DATEI</translation>
    </message>
</context>
<context>
    <name>ArticleEngine</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>the page has no article to read</source>
        <translation>die Seite enthält keinen lesbaren Artikel</translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Threadkeeper cache: %2</source>
        <translation>%1 ist kein Threadkeeper-Cache: %2</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this Threadkeeper knows (%3); not touching it</source>
        <translation>%1 hat die Schemaversion %2, neuer als dieses Threadkeeper kennt (%3); die Datei bleibt unangetastet</translation>
    </message>
    <message>
        <source>missing migration %1</source>
        <translation>Migration %1 fehlt</translation>
    </message>
</context>
<context>
    <name>CertificatePrompt</name>
    <message>
        <source>Untrusted Certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; showed a certificate that no authority vouches for.&lt;/p&gt;&lt;p&gt;Trust it only if you know this forum uses its own certificate, ideally after comparing the fingerprint with one the site&apos;s owners published. Threadkeeper will accept exactly this certificate for %1, and ask again if it ever changes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; hat ein Zertifikat vorgelegt, für das keine Zertifizierungsstelle bürgt.&lt;/p&gt;&lt;p&gt;Vertrauen Sie ihm nur, wenn Sie wissen, dass dieses Forum ein eigenes Zertifikat verwendet, am besten nachdem Sie den Fingerabdruck mit einem von den Betreibern der Website veröffentlichten verglichen haben. Threadkeeper akzeptiert dann genau dieses Zertifikat für %1 und fragt erneut, falls es sich jemals ändert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Issued to: %1
Issued by: %2
Valid: %3 to %4
SHA-256: %5</source>
        <translation>Ausgestellt für: %1
Ausgestellt von: %2
Gültig: %3 bis %4
SHA-256: %5</translation>
    </message>
    <message>
        <source>Trust for %1</source>
        <translation>Für %1 vertrauen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Displays this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
</context>
<context>
    <name>CrashReports</name>
    <message>
        <source>A calm desktop reader for long forum threads.</source>
        <translation>Ein ruhiger Desktop-Leser für lange Forenthreads.</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <comment>QLocale::toString format</comment>
        <translation>d. MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>QLocale::toString format</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>QLocale::toString format</comment>
        <translation>d. MMM HH:mm</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>QLocale::toString format</comment>
        <translation>MMM yyyy</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
</context>
<context>
    <name>FeedSource</name>
    <message>
        <source>line %1: elements nested deeper than %2</source>
        <translation>Zeile %1: Elemente tiefer als %2 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>RSS/Atom feed</source>
        <translation>RSS-/Atom-Feed</translation>
    </message>
    <message>
        <source>not a feed: it holds no XML element</source>
        <translation>kein Feed: er enthält kein XML-Element</translation>
    </message>
    <message>
        <source>not a feed: its root element is &lt;%1&gt;, not &lt;rss&gt;, &lt;rdf:RDF&gt; or an Atom &lt;feed&gt;</source>
        <translation>kein Feed: sein Wurzelelement ist &lt;%1&gt;, nicht &lt;rss&gt;, &lt;rdf:RDF&gt; oder ein Atom-&lt;feed&gt;</translation>
    </message>
    <message>
        <source>the feed does not parse: %1</source>
        <translation>der Feed lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>the feed does not parse: Syndication does not read this %1 document</source>
        <translation>der Feed lässt sich nicht lesen: Syndication liest dieses %1-Dokument nicht</translation>
    </message>
</context>
<context>
    <name>ForumEngine</name>
    <message>
        <source>not the Hacker News item %1 from Algolia</source>
        <translation>nicht der Hacker-News-Eintrag %1 von Algolia</translation>
    </message>
    <message>
        <source>not the Hacker News item %1</source>
        <translation>nicht der Hacker-News-Eintrag %1</translation>
    </message>
    <message>
        <source>the answer is not whole JSON (%1 at byte %2 of %3)</source>
        <translation>die Antwort ist kein vollständiges JSON (%1 bei Byte %2 von %3)</translation>
    </message>
    <message>
        <source>not the Lemmy post %1</source>
        <translation>nicht der Lemmy-Beitrag %1</translation>
    </message>
    <message>
        <source>not a page of Lemmy comments</source>
        <translation>keine Seite mit Lemmy-Kommentaren</translation>
    </message>
    <message>
        <source>not the Flarum discussion %1</source>
        <translation>nicht die Flarum-Diskussion %1</translation>
    </message>
    <message>
        <source>Flarum has no discussion %1 to show (%2)</source>
        <translation>Flarum zeigt keine Diskussion %1 (%2)</translation>
    </message>
    <message>
        <source>not a list of Flarum posts</source>
        <translation>keine Liste von Flarum-Beiträgen</translation>
    </message>
    <message>
        <source>Flarum refused the posts (%1)</source>
        <translation>Flarum hat die Beiträge verweigert (%1)</translation>
    </message>
    <message>
        <source>not a page of the NodeBB topic %1</source>
        <translation>keine Seite des NodeBB-Themas %1</translation>
    </message>
    <message>
        <source>the page ends before its closing &lt;/html&gt; (%1 bytes arrived)</source>
        <translation>die Seite endet vor ihrem schließenden &lt;/html&gt; (%1 Bytes angekommen)</translation>
    </message>
    <message>
        <source>the answer is too large (%1 bytes)</source>
        <translation>die Antwort ist zu groß (%1 Bytes)</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>not a Discourse topic (the answer has no post_stream)</source>
        <translation>kein Discourse-Thema (die Antwort hat keinen post_stream)</translation>
    </message>
    <message>
        <source>the answer has no post_stream (%1 bytes arrived)</source>
        <translation>die Antwort hat keinen post_stream (%1 Bytes angekommen)</translation>
    </message>
    <message>
        <source>the answer&apos;s post_stream has no %1 (%2 bytes arrived)</source>
        <translation>dem post_stream der Antwort fehlt %1 (%2 Bytes angekommen)</translation>
    </message>
    <message>
        <source>the page could not be parsed as HTML</source>
        <translation>die Seite ließ sich nicht als HTML lesen</translation>
    </message>
    <message>
        <source>no XenForo posts found on the page</source>
        <translation>keine XenForo-Beiträge auf der Seite gefunden</translation>
    </message>
    <message>
        <source>no Vanilla discussion found on the page</source>
        <translation>keine Vanilla-Diskussion auf der Seite gefunden</translation>
    </message>
    <message>
        <source>no Vanilla posts found on the page</source>
        <translation>keine Vanilla-Beiträge auf der Seite gefunden</translation>
    </message>
    <message>
        <source>no FluxBB posts found on the page</source>
        <translation>keine FluxBB-Beiträge auf der Seite gefunden</translation>
    </message>
    <message>
        <source>no phpBB posts found on the page</source>
        <translation>keine phpBB-Beiträge auf der Seite gefunden</translation>
    </message>
    <message>
        <source>no Invision Community posts found on the page</source>
        <translation>keine Invision-Community-Beiträge auf der Seite gefunden</translation>
    </message>
    <message>
        <source>no WoltLab posts found on the page</source>
        <translation>keine WoltLab-Beiträge auf der Seite gefunden</translation>
    </message>
    <message>
        <source>no vBulletin posts found on the page</source>
        <translation>keine vBulletin-Beiträge auf der Seite gefunden</translation>
    </message>
    <message>
        <source>no MyBB posts found on the page</source>
        <translation>keine MyBB-Beiträge auf der Seite gefunden</translation>
    </message>
    <message>
        <source>no Simple Machines Forum posts found on the page</source>
        <translation>keine Simple-Machines-Forum-Beiträge auf der Seite gefunden</translation>
    </message>
    <message>
        <source>Comment feed</source>
        <translation>Kommentar-Feed</translation>
    </message>
    <message>
        <source>a feed of articles, not of one post&apos;s comments</source>
        <translation>ein Feed von Artikeln, nicht der Kommentare eines Beitrags</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>the feed ends early (line %1)</source>
        <translation>der Feed endet vorzeitig (Zeile %1)</translation>
    </message>
    <message>
        <source>the feed is nested too deeply</source>
        <translation>der Feed ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the feed is not well-formed XML (line %1: %2)</source>
        <translation>der Feed ist kein wohlgeformtes XML (Zeile %1: %2)</translation>
    </message>
    <message>
        <source>the feed is larger than %1 MB</source>
        <translation>der Feed ist größer als %1 MB</translation>
    </message>
    <message>
        <source>not an RSS or Atom feed</source>
        <translation>kein RSS- oder Atom-Feed</translation>
    </message>
    <message>
        <source>not the WordPress post %1</source>
        <translation>nicht der WordPress-Beitrag %1</translation>
    </message>
    <message>
        <source>not a page of WordPress comments</source>
        <translation>keine Seite mit WordPress-Kommentaren</translation>
    </message>
    <message>
        <source>the answer is nested too deeply to read (at byte %1 of %2)</source>
        <translation>die Antwort ist zu tief verschachtelt, um sie zu lesen (bei Byte %1 von %2)</translation>
    </message>
    <message>
        <source>not the Reddit thread %1</source>
        <translation>nicht der Reddit-Thread %1</translation>
    </message>
    <message>
        <source>not an answer of Reddit&apos;s morechildren</source>
        <translation>keine Antwort von Reddits morechildren</translation>
    </message>
    <message>
        <source>Reddit&apos;s morechildren: %1</source>
        <translation>Reddits morechildren: %1</translation>
    </message>
    <message>
        <source>this subreddit is private: Reddit shows it only to its approved members</source>
        <translation>dieses Subreddit ist privat: Reddit zeigt es nur seinen zugelassenen Mitgliedern</translation>
    </message>
    <message>
        <source>this subreddit is quarantined: Reddit shows it only to accounts that opted in on its site</source>
        <translation>dieses Subreddit steht unter Quarantäne: Reddit zeigt es nur Konten, die auf seiner Website zugestimmt haben</translation>
    </message>
    <message>
        <source>this subreddit is banned on Reddit</source>
        <translation>dieses Subreddit ist auf Reddit gesperrt</translation>
    </message>
    <message>
        <source>this subreddit is for Reddit Premium members only</source>
        <translation>dieses Subreddit ist nur für Reddit-Premium-Mitglieder</translation>
    </message>
    <message>
        <source>Reddit refused the thread (%1)</source>
        <translation>Reddit hat den Thread verweigert (%1)</translation>
    </message>
    <message>
        <source>not the Mastodon status %1</source>
        <translation>nicht der Mastodon-Status %1</translation>
    </message>
    <message>
        <source>[not shown by this server]</source>
        <translation>[von diesem Server nicht gezeigt]</translation>
    </message>
    <message>
        <source>This server shows %1 of at least %2 replies; sign in to see all</source>
        <translation>Dieser Server zeigt %1 von mindestens %2 Antworten; melden Sie sich an, um alle zu sehen</translation>
    </message>
    <message>
        <source>not the context of Mastodon status %1</source>
        <translation>nicht der Kontext des Mastodon-Status %1</translation>
    </message>
    <message>
        <source>[post not found]</source>
        <translation>[Beitrag nicht gefunden]</translation>
    </message>
    <message>
        <source>not the Bluesky thread of %1</source>
        <translation>nicht der Bluesky-Thread von %1</translation>
    </message>
    <message>
        <source>the Bluesky post %1 is blocked</source>
        <translation>der Bluesky-Beitrag %1 ist blockiert</translation>
    </message>
    <message>
        <source>the Bluesky post %1 was not found</source>
        <translation>der Bluesky-Beitrag %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>Bluesky does not know the handle %1</source>
        <translation>Bluesky kennt das Handle %1 nicht</translation>
    </message>
    <message>
        <source>[blocked post]</source>
        <translation>[blockierter Beitrag]</translation>
    </message>
    <message>
        <source>not the Lobsters story %1</source>
        <translation>nicht die Lobsters-Story %1</translation>
    </message>
    <message>
        <source>Reddit refused the request (HTTP %1)</source>
        <translation>Reddit hat die Anfrage verweigert (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>annotation %1 is incomplete (kind, thread, post, and the words of a highlight)</source>
        <translation>Anmerkung %1 ist unvollständig (Art, Thread, Beitrag und die Worte einer Markierung werden gebraucht)</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>kein JSON: %1 bei Position %2</translation>
    </message>
    <message>
        <source>not a Threadkeeper %1 file: no &quot;%2&quot; list</source>
        <translation>keine Threadkeeper-Datei mit %1: keine Liste „%2“</translation>
    </message>
    <message>
        <source>%1 file version %2 is newer than this Threadkeeper knows</source>
        <translation>die Datei mit %1 hat die Version %2, neuer als dieses Threadkeeper kennt</translation>
    </message>
    <message>
        <source>too many %1 (%2)</source>
        <translation>zu viele %1 (%2)</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>rule %1 is incomplete (kind, site, pattern and scope are needed)</source>
        <translation>Regel %1 ist unvollständig (Art, Website, Muster und Geltungsbereich werden gebraucht)</translation>
    </message>
</context>
<context>
    <name>ListingSource</name>
    <message>
        <source>the page could not be parsed as HTML</source>
        <translation>die Seite ließ sich nicht als HTML lesen</translation>
    </message>
    <message>
        <source>no XenForo thread list found on the page</source>
        <translation>keine XenForo-Themenliste auf der Seite gefunden</translation>
    </message>
    <message>
        <source>no phpBB topic list found on the page</source>
        <translation>keine phpBB-Themenliste auf der Seite gefunden</translation>
    </message>
    <message>
        <source>no vBulletin thread list found on the page</source>
        <translation>keine vBulletin-Themenliste auf der Seite gefunden</translation>
    </message>
    <message>
        <source>not a Discourse topic list (no topic_list.topics)</source>
        <translation>keine Discourse-Themenliste (kein topic_list.topics)</translation>
    </message>
    <message>
        <source>Latest topics on %1</source>
        <translation>Neueste Themen auf %1</translation>
    </message>
    <message>
        <source>not a Lemmy post list (no posts)</source>
        <translation>keine Lemmy-Beitragsliste (kein posts)</translation>
    </message>
    <message>
        <source>not an Algolia search answer (no hits)</source>
        <translation>keine Algolia-Suchantwort (kein hits)</translation>
    </message>
</context>
<context>
    <name>PostRenderer</name>
    <message>
        <source>followed</source>
        <translation>gefolgt</translation>
    </message>
    <message>
        <source>Hidden: post by %1 — %2</source>
        <translation>Ausgeblendet: Beitrag von %1 — %2</translation>
    </message>
    <message>
        <source>Show anyway</source>
        <translation>Trotzdem zeigen</translation>
    </message>
    <message>
        <source>orphaned: no longer in the post</source>
        <translation>verwaist: nicht mehr im Beitrag</translation>
    </message>
    <message>
        <source>Blocked link: %1</source>
        <translation>Blockierter Link: %1</translation>
    </message>
    <message>
        <source>Spoiler: click to read it</source>
        <translation>Spoiler: zum Lesen anklicken</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code · %1</source>
        <translation>Code · %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>%1 said:</source>
        <translation>%1 schrieb:</translation>
    </message>
    <message>
        <source>Hidden: quote of %1 — %2</source>
        <translation>Ausgeblendet: Zitat von %1 — %2</translation>
    </message>
    <message>
        <source>more quotes… (%1)</source>
        <translation>weitere Zitate … (%1)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>go to post</source>
        <translation>zum Beitrag</translation>
    </message>
    <message>
        <source>Spoiler</source>
        <translation>Spoiler</translation>
    </message>
    <message>
        <source>Spoiler: %1</source>
        <translation>Spoiler: %1</translation>
    </message>
    <message>
        <source>not shown: more than %1 pictures in one post</source>
        <translation>nicht gezeigt: mehr als %1 Bilder in einem Beitrag</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation>Öffnet %1</translation>
    </message>
    <message>
        <source>loading from %1…</source>
        <translation>wird von %1 geladen …</translation>
    </message>
    <message>
        <source>could not be loaded: %1</source>
        <translation>konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Show this post&apos;s pictures</source>
        <translation>Bilder dieses Beitrags zeigen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Always show images from %1</source>
        <translation>Bilder von %1 immer zeigen</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>RefreshAnnouncement</name>
    <message>
        <source>1 new post in %1</source>
        <translation>1 neuer Beitrag in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new posts in %1</source>
        <translation>
            <numerusform>%n neuer Beitrag in %1</numerusform>
            <numerusform>%n neue Beiträge in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1, including %2</source>
        <translation>%1, davon %2</translation>
    </message>
</context>
<context>
    <name>RemoveThreadCommand</name>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <source>site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>keyword &apos;%1&apos; %2</source>
        <translation>Stichwort „%1“ %2</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1 ausblenden</translation>
    </message>
    <message>
        <source>Follow %1</source>
        <translation>%1 folgen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>RuleBook</name>
    <message>
        <source>there is no rule %1</source>
        <translation>es gibt keine Regel %1</translation>
    </message>
</context>
<context>
    <name>RulesCommand</name>
    <message>
        <source>Hide, follow and score posters and words.</source>
        <translation>Verfasser und Wörter ausblenden, ihnen folgen und sie bewerten.</translation>
    </message>
    <message>
        <source>The cache file.</source>
        <translation>Die Cache-Datei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>add: a rule on this poster.</source>
        <translation>add: eine Regel für diesen Verfasser.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>add: a rule on this word or phrase.</source>
        <translation>add: eine Regel für dieses Wort oder diese Wortfolge.</translation>
    </message>
    <message>
        <source>words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>add: the forum&apos;s host name.</source>
        <translation>add: der Hostname des Forums.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>add: this thread only.</source>
        <translation>add: nur dieser Thread.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>add: the score to add.</source>
        <translation>add: die hinzuzufügende Punktzahl.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>add: hide (score -100).</source>
        <translation>add: ausblenden (Punktzahl -100).</translation>
    </message>
    <message>
        <source>add: follow (score +100).</source>
        <translation>add: folgen (Punktzahl +100).</translation>
    </message>
    <message>
        <source>add: expire after this many days.</source>
        <translation>add: nach so vielen Tagen ablaufen.</translation>
    </message>
    <message>
        <source>add: why.</source>
        <translation>add: warum.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>list, add, remove ID, export [FILE], import FILE</source>
        <translation>list, add, remove ID, export [DATEI], import DATEI</translation>
    </message>
    <message>
        <source>add needs exactly one of --poster NAME or --keyword WORDS</source>
        <translation>add braucht genau eines von --poster NAME oder --keyword WÖRTER</translation>
    </message>
    <message>
        <source>--thread needs a thread URL</source>
        <translation>--thread braucht eine Thread-URL</translation>
    </message>
    <message>
        <source>add needs --site HOST (or --thread URL)</source>
        <translation>add braucht --site HOST (oder --thread URL)</translation>
    </message>
    <message>
        <source>add needs exactly one of --hide, --follow or --score N</source>
        <translation>add braucht genau eines von --hide, --follow oder --score N</translation>
    </message>
    <message>
        <source>--score needs a whole number</source>
        <translation>--score braucht eine ganze Zahl</translation>
    </message>
    <message>
        <source>--days needs a positive whole number</source>
        <translation>--days braucht eine positive ganze Zahl</translation>
    </message>
    <message>
        <source>the poster or keyword is empty</source>
        <translation>der Verfasser oder das Stichwort ist leer</translation>
    </message>
    <message>
        <source>remove needs a rule id (see &apos;rules list&apos;)</source>
        <translation>remove braucht die ID einer Regel (siehe „rules list“)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>usage: threadkeeper rules list|add|remove ID|export [FILE]|import FILE [--cache FILE]</source>
        <translation>Aufruf: threadkeeper rules list|add|remove ID|export [DATEI]|import DATEI [--cache DATEI]</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>not a date (YYYY-MM-DD): %1</source>
        <translation>kein Datum (JJJJ-MM-TT): %1</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>The cache file.</source>
        <translation>Die Cache-Datei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>At most this many posts (100).</source>
        <translation>Höchstens so viele Beiträge (100).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>search needs a query: words, &quot;a phrase&quot;, prefix*, author:NAME, thread:WORDS, site:HOST, is:unread, is:followed, has:note, before:YYYY-MM-DD, after:YYYY-MM-DD</source>
        <translation>search braucht eine Suchanfrage: Wörter, &quot;eine Wortfolge&quot;, Präfix*, author:NAME, thread:WÖRTER, site:HOST, is:unread, is:followed, has:note, before:JJJJ-MM-TT, after:JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>--limit needs a positive whole number</source>
        <translation>--limit braucht eine positive ganze Zahl</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>the search could not run: %1</source>
        <translation>die Suche konnte nicht laufen: %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the desktop&apos;s secret store refused: %1</source>
        <translation>der Passwortspeicher des Desktops hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>SiteAuthorization</name>
    <message>
        <source>%1 refused the reader&apos;s authorization</source>
        <translation>%1 hat die Anmeldung des Lesers abgelehnt</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::AccountsPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>reddit.com, mastodon.social, …</source>
        <translation>reddit.com, mastodon.social, …</translation>
    </message>
    <message>
        <source>Sites that are read through your own account: Reddit through an installed app you register at reddit.com/prefs/apps (paste its client id), Mastodon servers with an access token (all replies instead of the first 60). Each is kept in the desktop&apos;s secret store, never in a settings file.</source>
        <translation>Seiten, die über Ihr eigenes Konto gelesen werden: Reddit über eine installierte App, die Sie unter reddit.com/prefs/apps registrieren (fügen Sie ihre Client-ID ein), Mastodon-Server mit einem Zugriffstoken (alle Antworten statt der ersten 60). Jedes wird im Passwortspeicher des Desktops aufbewahrt, nie in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Seite:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Client id or token:</source>
        <translation>&amp;Client-ID oder Token:</translation>
    </message>
    <message>
        <source>App client id (Reddit)</source>
        <translation>Client-ID einer App (Reddit)</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Name the site by its host name, such as reddit.com</source>
        <translation>Nennen Sie die Seite mit ihrem Hostnamen, etwa reddit.com</translation>
    </message>
    <message>
        <source>Paste the client id or token to keep</source>
        <translation>Fügen Sie die Client-ID oder das Token ein, das aufbewahrt werden soll</translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation>Nicht aufbewahrt: %1</translation>
    </message>
    <message>
        <source>Kept %1 in the desktop&apos;s secret store</source>
        <translation>%1 im Passwortspeicher des Desktops aufbewahrt</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>Kept %1 again</source>
        <translation>%1 wieder aufbewahrt</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ActivityChart</name>
    <message>
        <source>Thread activity</source>
        <translation>Thread-Aktivität</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>%1: no posts</source>
        <translation>%1: keine Beiträge</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n post(s)</source>
        <translation>
            <numerusform>%1: %n Beitrag</numerusform>
            <numerusform>%1: %n Beiträge</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 unread</source>
        <translation>, %1 ungelesen</translation>
    </message>
    <message>
        <source>Most posts: %1</source>
        <translation>Die meisten Beiträge: %1</translation>
    </message>
    <message>
        <source>Thread activity appears here when a thread opens.</source>
        <translation>Die Thread-Aktivität erscheint hier, sobald ein Thread geöffnet ist.</translation>
    </message>
    <message numerus="yes">
        <source>posts per %n minute(s)</source>
        <translation>
            <numerusform>Beiträge pro %n Minute</numerusform>
            <numerusform>Beiträge pro %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>posts per hour</source>
        <translation>Beiträge pro Stunde</translation>
    </message>
    <message>
        <source>posts per day</source>
        <translation>Beiträge pro Tag</translation>
    </message>
    <message>
        <source>posts per week</source>
        <translation>Beiträge pro Woche</translation>
    </message>
    <message>
        <source>posts per month</source>
        <translation>Beiträge pro Monat</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::AnnotationListModel</name>
    <message>
        <source>%1 (orphaned)</source>
        <translation>%1 (verwaist)</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Highlight or post</source>
        <translation>Markierung oder Beitrag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::AnnotationsDock</name>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>&amp;Orphaned only</source>
        <translation>Nur &amp;verwaiste</translation>
    </message>
    <message>
        <source>Filter notes and highlights</source>
        <translation>Notizen und Markierungen filtern</translation>
    </message>
    <message>
        <source>Highlights whose words are no longer in the post</source>
        <translation>Markierungen, deren Worte nicht mehr im Beitrag stehen</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::Appearance</name>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Schrift</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation>&amp;Größer</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>&amp;Kleiner</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>&amp;Normale Größe</translation>
    </message>
    <message>
        <source>&amp;Font…</source>
        <translation>Schrift&amp;art …</translation>
    </message>
    <message>
        <source>Reading Font</source>
        <translation>Leseschrift</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Show &amp;Avatars</source>
        <translation>A&amp;vatare zeigen</translation>
    </message>
    <message>
        <source>Load posters&apos; pictures from their forum (off: nothing is fetched for them)</source>
        <translation>Profilbilder der Verfasser aus ihrem Forum laden (aus: für sie wird nichts abgerufen)</translation>
    </message>
    <message>
        <source>&amp;Image Sites</source>
        <translation>&amp;Bilder-Websites</translation>
    </message>
    <message>
        <source>No site shows pictures without asking</source>
        <translation>Keine Website zeigt Bilder ohne Nachfrage</translation>
    </message>
    <message>
        <source>Ask Before Loading Pictures from %1</source>
        <translation>Vor dem Laden von Bildern von %1 fragen</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ArticlePanel</name>
    <message>
        <source>The article appears here when a thread opens.</source>
        <translation>Der Artikel erscheint hier, sobald ein Thread geöffnet ist.</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::CacheDatabase</name>
    <message>
        <source>the cache is not open</source>
        <translation>der Cache ist nicht geöffnet</translation>
    </message>
    <message>
        <source>%1 already exists; choose a name that is not taken</source>
        <translation>%1 gibt es schon; wählen Sie einen Namen, der noch frei ist</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>den Ordner %1 gibt es nicht</translation>
    </message>
    <message>
        <source>could not copy the cache to %1: %2</source>
        <translation>der Cache konnte nicht nach %1 kopiert werden: %2</translation>
    </message>
    <message>
        <source>the copy at %1 does not open: %2</source>
        <translation>die Kopie in %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>could not open the cache at %1: %2</source>
        <translation>der Cache in %1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::CacheStore</name>
    <message>
        <source>could not cache page %1: %2</source>
        <translation>Seite %1 konnte nicht in den Cache geschrieben werden: %2</translation>
    </message>
    <message>
        <source>could not save quote links: %1</source>
        <translation>die Zitatverweise konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>could not save read state: %1</source>
        <translation>der Lesestand konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>could not save the reading place: %1</source>
        <translation>die Lesestelle konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>could not save the watch: %1</source>
        <translation>das Beobachten konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>could not save the visit: %1</source>
        <translation>der Besuch konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>could not save the check time: %1</source>
        <translation>der Zeitpunkt der Prüfung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>could not keep what the forum answered: %1</source>
        <translation>die Antwort des Forums konnte nicht behalten werden: %1</translation>
    </message>
    <message>
        <source>the cache is not open</source>
        <translation>der Cache ist nicht geöffnet</translation>
    </message>
    <message>
        <source>nothing kept to put back</source>
        <translation>nichts aufbewahrt, das zurückgelegt werden könnte</translation>
    </message>
    <message>
        <source>could not save the rule: %1</source>
        <translation>die Regel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>could not save the annotation: %1</source>
        <translation>die Anmerkung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>could not remove the annotation: %1</source>
        <translation>die Anmerkung konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>could not remove the rule: %1</source>
        <translation>die Regel konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>could not keep the picture: %1</source>
        <translation>das Bild konnte nicht behalten werden: %1</translation>
    </message>
    <message>
        <source>could not keep the image setting: %1</source>
        <translation>die Bildeinstellung konnte nicht behalten werden: %1</translation>
    </message>
    <message>
        <source>could not keep the folded quotes: %1</source>
        <translation>die eingeklappten Zitate konnten nicht behalten werden: %1</translation>
    </message>
    <message>
        <source>could not keep the article: %1</source>
        <translation>der Artikel konnte nicht behalten werden: %1</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ErrorBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ExportCommand</name>
    <message>
        <source>Print a thread as JSON.</source>
        <translation>Einen Thread als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Output format: json.</source>
        <translation>Ausgabeformat: json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The cache file.</source>
        <translation>Die Cache-Datei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Read from the cache only.</source>
        <translation>Nur aus dem Cache lesen.</translation>
    </message>
    <message>
        <source>Per-request timeout in seconds.</source>
        <translation>Zeitlimit pro Anfrage in Sekunden.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>The thread&apos;s URL.</source>
        <translation>Die URL des Threads.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (known: json)</source>
        <translation>unbekanntes Format „%1“ (bekannt: json)</translation>
    </message>
    <message>
        <source>export takes exactly one thread URL</source>
        <translation>export nimmt genau eine Thread-URL</translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation>Seite %1: %2</translation>
    </message>
    <message>
        <source>incomplete: %1</source>
        <translation>unvollständig: %1</translation>
    </message>
    <message>
        <source>Fetch every page again, even of a cached thread.</source>
        <translation>Jede Seite neu holen, auch bei einem Thread im Cache.</translation>
    </message>
    <message>
        <source>--offline and --reload exclude each other</source>
        <translation>--offline und --reload schließen einander aus</translation>
    </message>
    <message>
        <source>could not refresh: %1</source>
        <translation>konnte nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::FeedCommand</name>
    <message>
        <source>Print the items of a feed, forum section or front page, one JSON object a line.</source>
        <translation>Die Einträge eines Feeds, Forenbereichs oder einer Startseite ausgeben, ein JSON-Objekt je Zeile.</translation>
    </message>
    <message>
        <source>The cache file.</source>
        <translation>Die Cache-Datei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Print a subscription&apos;s items as last read, from the cache alone.</source>
        <translation>Die Einträge eines Abonnements so ausgeben, wie sie zuletzt gelesen wurden, nur aus dem Cache.</translation>
    </message>
    <message>
        <source>Per-request timeout in seconds.</source>
        <translation>Zeitlimit je Anfrage in Sekunden.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>The feed&apos;s address, or a page that offers feeds.</source>
        <translation>Die Adresse des Feeds oder einer Seite, die Feeds anbietet.</translation>
    </message>
    <message>
        <source>feed takes exactly one URL</source>
        <translation>feed nimmt genau eine URL</translation>
    </message>
    <message>
        <source>%1 is not subscribed in %2: nothing of it is cached (threadkeeper subscriptions add URL)</source>
        <translation>%1 ist in %2 nicht abonniert: nichts davon liegt im Cache (threadkeeper subscriptions add URL)</translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation>Seite %1: %2</translation>
    </message>
    <message>
        <source>incomplete: %1</source>
        <translation>unvollständig: %1</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::FindBar</name>
    <message>
        <source>Find in thread: words, or a poster&apos;s name</source>
        <translation>Im Thread suchen: Wörter oder der Name eines Verfassers</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Find in Thread…</source>
        <translation>Im Thread &amp;suchen …</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächsten suchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorherigen suchen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No post matches</source>
        <translation>Kein Beitrag passt</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) by this poster</source>
        <translation>
            <numerusform>%n Beitrag dieses Verfassers</numerusform>
            <numerusform>%n Beiträge dieses Verfassers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n Beitrag</numerusform>
            <numerusform>%n Beiträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Threadkeeper::FolderTransport</name>
    <message>
        <source>cannot create the sync folder %1</source>
        <translation>der Sync-Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot read the sync folder %1</source>
        <translation>der Sync-Ordner %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>not a file of the sync folder: %1</source>
        <translation>keine Datei des Sync-Ordners: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 ist größer als %2 MB</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::FollowedDock</name>
    <message>
        <source>Followed</source>
        <translation>Gefolgt</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::FollowedModel</name>
    <message numerus="yes">
        <source>%1 (%n unread)</source>
        <translation>
            <numerusform>%1 (%n ungelesen)</numerusform>
            <numerusform>%1 (%n ungelesen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n Beitrag</numerusform>
            <numerusform>%n Beiträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::HelpMenu</name>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Threadkeeper&apos;s README: what it does and how to use it</source>
        <translation>Das README von Threadkeeper: was es kann und wie man es benutzt</translation>
    </message>
    <message>
        <source>Open &amp;Demo Thread</source>
        <translation>&amp;Demo-Thread öffnen</translation>
    </message>
    <message>
        <source>&amp;About Threadkeeper</source>
        <translation>&amp;Über Threadkeeper</translation>
    </message>
    <message>
        <source>About Threadkeeper</source>
        <translation>Über Threadkeeper</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Threadkeeper %1&lt;/h3&gt;&lt;p&gt;A calm desktop reader for long forum threads.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (%2).&lt;br&gt;Built with Qt %3 and KDE Frameworks Syntax Highlighting.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Threadkeeper %1&lt;/h3&gt;&lt;p&gt;Ein ruhiger Desktop-Leser für lange Forenthreads.&lt;/p&gt;&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder später (%2).&lt;br&gt;Erstellt mit Qt %3 und KDE Frameworks Syntax Highlighting.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::HideModeMenu</name>
    <message>
        <source>Show a &amp;Placeholder</source>
        <translation>&amp;Platzhalter zeigen</translation>
    </message>
    <message>
        <source>&amp;Remove (Replies Move Up)</source>
        <translation>&amp;Entfernen (Antworten rücken auf)</translation>
    </message>
    <message>
        <source>Remove with &amp;Replies</source>
        <translation>Mit &amp;Antworten entfernen</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ImageCache</name>
    <message>
        <source>not in the cache, and the reader is offline</source>
        <translation>nicht im Cache, und Threadkeeper arbeitet offline</translation>
    </message>
    <message>
        <source>the picture is too large (%1×%2)</source>
        <translation>das Bild ist zu groß (%1×%2)</translation>
    </message>
    <message>
        <source>not a picture Qt can read (%1)</source>
        <translation>kein Bild, das Qt lesen kann (%1)</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ImportExportActions</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Anmerkungen exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON, to import again (*.json)</source>
        <translation>Markdown (*.md);;JSON, zum erneuten Importieren (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to %1</source>
        <translation>
            <numerusform>%n Anmerkung nach %1 exportiert</numerusform>
            <numerusform>%n Anmerkungen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Anmerkungen importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Annotation(s)</source>
        <translation>
            <numerusform>%n Anmerkung importieren</numerusform>
            <numerusform>%n Anmerkungen importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s) from %1</source>
        <translation>
            <numerusform>%n Anmerkung aus %1 importiert</numerusform>
            <numerusform>%n Anmerkungen aus %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Rules</source>
        <translation>Regeln exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rule(s) to %1</source>
        <translation>
            <numerusform>%n Regel nach %1 exportiert</numerusform>
            <numerusform>%n Regeln nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Rules</source>
        <translation>Regeln importieren</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Rule(s)</source>
        <translation>
            <numerusform>%n Regel importieren</numerusform>
            <numerusform>%n Regeln importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s) from %1</source>
        <translation>
            <numerusform>%n Regel aus %1 importiert</numerusform>
            <numerusform>%n Regeln aus %1 importiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Threadkeeper::LibraryDock</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Compact</source>
        <translation>&amp;Komprimieren</translation>
    </message>
    <message>
        <source>Filter by title, address or engine</source>
        <translation>Nach Titel, Adresse oder Forensoftware filtern</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Give the cache&apos;s free space back to the disk (VACUUM); reading goes on meanwhile</source>
        <translation>Den freien Platz im Cache an die Festplatte zurückgeben (VACUUM); Lesen geht währenddessen weiter</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>für immer</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Threads you have not opened for this long are removed from the cache, unless they are watched, annotated, have unread posts or posts by posters you follow</source>
        <translation>Threads, die Sie so lange nicht geöffnet haben, werden aus dem Cache entfernt, außer sie werden beobachtet, haben Anmerkungen, ungelesene Beiträge oder Beiträge von Verfassern, denen Sie folgen</translation>
    </message>
    <message>
        <source>&amp;Keep unwatched threads:</source>
        <translation>Nicht beobachtete Threads &amp;behalten:</translation>
    </message>
    <message>
        <source>Could not let old threads go: %1</source>
        <translation>Alte Threads konnten nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Could not remove the thread: %1</source>
        <translation>Der Thread konnte nicht entfernt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed “%1” (%n post(s)) from the cache. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>„%1“ (%n Beitrag) aus dem Cache entfernt. Rückgängig mit Strg+Z.</numerusform>
            <numerusform>„%1“ (%n Beiträge) aus dem Cache entfernt. Rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not put the thread back: %1</source>
        <translation>Der Thread konnte nicht zurückgelegt werden: %1</translation>
    </message>
    <message>
        <source>“%1” is back in the cache.</source>
        <translation>„%1“ ist wieder im Cache.</translation>
    </message>
    <message>
        <source>Could not compact the cache: %1</source>
        <translation>Der Cache konnte nicht komprimiert werden: %1</translation>
    </message>
    <message>
        <source>Compacted the cache: %1 → %2</source>
        <translation>Cache komprimiert: %1 → %2</translation>
    </message>
    <message>
        <source>Remove Thread</source>
        <translation>Thread entfernen</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n annotation(s). Remove the thread from the cache?</source>
        <translation>
            <numerusform>„%1“ enthält %n Anmerkung. Den Thread aus dem Cache entfernen?</numerusform>
            <numerusform>„%1“ enthält %n Anmerkungen. Den Thread aus dem Cache entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Your annotations are kept: they show again when the thread is cached again.</source>
        <translation>Ihre Anmerkungen bleiben erhalten: Sie erscheinen wieder, sobald der Thread erneut im Cache ist.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Compacting the cache…</source>
        <translation>Cache wird komprimiert …</translation>
    </message>
    <message>
        <source>Cache: %1 on disk, %2 of it free</source>
        <translation>Cache: %1 auf der Festplatte, davon %2 frei</translation>
    </message>
    <message>
        <source>Cache: %1 on disk</source>
        <translation>Cache: %1 auf der Festplatte</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n thread(s) not opened for %1: %2</source>
        <translation>
            <numerusform>%n Thread entfernt, der seit %1 nicht geöffnet wurde: %2</numerusform>
            <numerusform>%n Threads entfernt, die seit %1 nicht geöffnet wurden: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::LibraryModel</name>
    <message numerus="yes">
        <source>%1: %n cached thread(s)</source>
        <translation>
            <numerusform>%1: %n Thread im Cache</numerusform>
            <numerusform>%1: %n Threads im Cache</numerusform>
        </translation>
    </message>
    <message>
        <source>last opened %1</source>
        <translation>zuletzt geöffnet %1</translation>
    </message>
    <message>
        <source>last post %1</source>
        <translation>letzter Beitrag %1</translation>
    </message>
    <message>
        <source>fetched %1</source>
        <translation>abgerufen %1</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n Thread</numerusform>
            <numerusform>%n Threads</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Posts that came in since you last opened the thread</source>
        <translation>Beiträge, die seit Ihrem letzten Öffnen des Threads hinzugekommen sind</translation>
    </message>
    <message>
        <source>About what the thread&apos;s posts take in the cache</source>
        <translation>Etwa der Platz, den die Beiträge des Threads im Cache belegen</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Last Visit</source>
        <translation>Letzter Besuch</translation>
    </message>
    <message>
        <source>Last Post</source>
        <translation>Letzter Beitrag</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Beobachtet</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ListingLoader</name>
    <message>
        <source>not a web address</source>
        <translation>keine Webadresse</translation>
    </message>
    <message>
        <source>not a web address: %1</source>
        <translation>keine Webadresse: %1</translation>
    </message>
    <message>
        <source>could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>%1 offers the feed %2, which is not a feed Threadkeeper can read</source>
        <translation>%1 bietet den Feed %2 an, den Threadkeeper nicht lesen kann</translation>
    </message>
    <message>
        <source>%1 is neither a feed nor a forum listing Threadkeeper can read, and offers no feeds</source>
        <translation>%1 ist weder ein Feed noch eine Forenliste, die Threadkeeper lesen kann, und bietet keine Feeds an</translation>
    </message>
    <message>
        <source>it asked for nothing</source>
        <translation>es wurde nichts angefragt</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::LoadStatus</name>
    <message>
        <source>page %v of %m</source>
        <translation>Seite %v von %m</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop loading (Esc); pages loaded so far are kept</source>
        <translation>Laden beenden (Esc); bereits geladene Seiten bleiben erhalten</translation>
    </message>
    <message>
        <source>part %v of %m</source>
        <translation>Teil %v von %m</translation>
    </message>
    <message>
        <source>Page %1 failed: %2</source>
        <translation>Seite %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Part %1 of the thread failed: %2</source>
        <translation>Teil %1 des Threads fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: reading from the cache</source>
        <translation>Offline: es wird aus dem Cache gelesen</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n post(s) loaded are kept</source>
        <translation>
            <numerusform>Angehalten: %n geladener Beitrag bleibt erhalten</numerusform>
            <numerusform>Angehalten: %n geladene Beiträge bleiben erhalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline (%1): showing the cached copy, %n post(s)</source>
        <translation>
            <numerusform>Offline (%1): die Kopie aus dem Cache wird gezeigt, %n Beitrag</numerusform>
            <numerusform>Offline (%1): die Kopie aus dem Cache wird gezeigt, %n Beiträge</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1 (%2)</source>
        <translation>Seite %1 (%2)</translation>
    </message>
    <message>
        <source>part %1 (%2)</source>
        <translation>Teil %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 of %n page(s); failed: %2. Reload Whole Thread (Ctrl+F5) to retry.</source>
        <translation>
            <numerusform>%1 von %n Seite geladen; fehlgeschlagen: %2. Ganzen Thread neu laden (Strg+F5) für einen neuen Versuch.</numerusform>
            <numerusform>%1 von %n Seiten geladen; fehlgeschlagen: %2. Ganzen Thread neu laden (Strg+F5) für einen neuen Versuch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 of %n part(s); failed: %2. Reload Whole Thread (Ctrl+F5) to retry.</source>
        <translation>
            <numerusform>%1 von %n Teil geladen; fehlgeschlagen: %2. Ganzen Thread neu laden (Strg+F5) für einen neuen Versuch.</numerusform>
            <numerusform>%1 von %n Teilen geladen; fehlgeschlagen: %2. Ganzen Thread neu laden (Strg+F5) für einen neuen Versuch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) on %1</source>
        <translation>
            <numerusform>%n Beitrag auf %1</numerusform>
            <numerusform>%n Beiträge auf %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n Beitrag</numerusform>
            <numerusform>%n Beiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: showing the cached copy, %n post(s)</source>
        <translation>
            <numerusform>Offline: die Kopie aus dem Cache wird gezeigt, %n Beitrag</numerusform>
            <numerusform>Offline: die Kopie aus dem Cache wird gezeigt, %n Beiträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Threadkeeper::MainWindow</name>
    <message>
        <source>Threadkeeper</source>
        <translation>Threadkeeper</translation>
    </message>
    <message>
        <source>%1 — Threadkeeper</source>
        <translation>%1 — Threadkeeper</translation>
    </message>
    <message>
        <source>The cache could not be opened, so nothing will be kept for offline reading: %1</source>
        <translation>Der Cache konnte nicht geöffnet werden, daher wird nichts zum Offline-Lesen behalten: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Be&amp;enden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Thread</source>
        <translation>&amp;Thread</translation>
    </message>
    <message>
        <source>&amp;Posters</source>
        <translation>&amp;Verfasser</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>%1. The thread you were reading stays open.</source>
        <translation>%1. Der Thread, den Sie gelesen haben, bleibt geöffnet.</translation>
    </message>
    <message>
        <source>Trust This Certificate…</source>
        <translation>Diesem Zertifikat vertrauen …</translation>
    </message>
    <message>
        <source>&amp;Subscribe…</source>
        <translation>Abo&amp;nnieren…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::NewsModel</name>
    <message>
        <source>discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n Kommentar</numerusform>
            <numerusform>%n Kommentare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <comment>comments</comment>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>%1, as the listing says</source>
        <translation>%1 laut Liste</translation>
    </message>
    <message>
        <source>No discussion known</source>
        <translation>Keine Diskussion bekannt</translation>
    </message>
    <message>
        <source>Not opened yet: Enter opens it</source>
        <translation>Noch nicht geöffnet: Eingabe öffnet sie</translation>
    </message>
    <message>
        <source>%1 cached, %2 unread</source>
        <translation>%1 im Cache, %2 ungelesen</translation>
    </message>
    <message>
        <source>★ Watched: refreshed in the background (W stops)</source>
        <translation>★ Beobachtet: wird im Hintergrund aktualisiert (W beendet)</translation>
    </message>
    <message>
        <source>Not watched (W watches it)</source>
        <translation>Nicht beobachtet (W beobachtet sie)</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>von %1, %2</translation>
    </message>
    <message>
        <source>Last activity %1</source>
        <translation>Letzte Aktivität %1</translation>
    </message>
    <message>
        <source>Comments in each item&apos;s discussion and how many are new; in italics: not opened yet, the listing&apos;s count; ★: watched</source>
        <translation>Kommentare der Diskussion jedes Eintrags und wie viele neu sind; kursiv: noch nicht geöffnet, die Zahl der Liste; ★: beobachtet</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::NewsView</name>
    <message>
        <source>News</source>
        <translation>Neuigkeiten</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n Kommentar</numerusform>
            <numerusform>%n Kommentare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <comment>comments</comment>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>All subscriptions (%1)</source>
        <translation>Alle Abonnements (%1)</translation>
    </message>
    <message>
        <source>All subscriptions</source>
        <translation>Alle Abonnements</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing unread here.</source>
        <translation>Hier ist nichts ungelesen.</translation>
    </message>
    <message>
        <source>No subscriptions yet: File › Subscribe… (Ctrl+Shift+S) takes a feed, a forum section or a site&apos;s address.</source>
        <translation>Noch keine Abonnements: Datei › Abonnieren… (Strg+Umschalt+S) nimmt die Adresse eines Feeds, eines Forenbereichs oder einer Website.</translation>
    </message>
    <message>
        <source>The last refresh failed: %1</source>
        <translation>Die letzte Aktualisierung ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <comment>items</comment>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Watching “%1”: refreshed in the background</source>
        <translation>„%1“ wird beobachtet und im Hintergrund aktualisiert</translation>
    </message>
    <message>
        <source>No longer watching “%1”</source>
        <translation>„%1“ wird nicht mehr beobachtet</translation>
    </message>
    <message>
        <source>“%1” has no discussion Threadkeeper can watch.</source>
        <translation>„%1“ hat keine Diskussion, die Threadkeeper beobachten kann.</translation>
    </message>
    <message>
        <source>Open “%1” (Enter) before watching it: only a discussion in the library can be watched.</source>
        <translation>Öffnen Sie „%1“ (Eingabe), bevor Sie sie beobachten: Nur eine Diskussion in der Bibliothek lässt sich beobachten.</translation>
    </message>
    <message>
        <source>&amp;Open Discussion</source>
        <translation>Diskussion ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Mark as Read</source>
        <translation>Als gelesen &amp;markieren</translation>
    </message>
    <message>
        <source>&amp;Mark as Unread</source>
        <translation>Als ungelesen &amp;markieren</translation>
    </message>
    <message>
        <source>&amp;Watch Discussion</source>
        <translation>Diskussion &amp;beobachten</translation>
    </message>
    <message>
        <source>No discussion Threadkeeper can watch</source>
        <translation>Keine Diskussion, die Threadkeeper beobachten kann</translation>
    </message>
    <message>
        <source>Open it first: only a discussion in the library can be watched</source>
        <translation>Zuerst öffnen: Nur eine Diskussion in der Bibliothek lässt sich beobachten</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::NotesActions</name>
    <message>
        <source>Remove Annotation</source>
        <translation>Anmerkung entfernen</translation>
    </message>
    <message>
        <source>&amp;Note on Post…</source>
        <translation>&amp;Notiz zum Beitrag …</translation>
    </message>
    <message>
        <source>&amp;Annotate Selection…</source>
        <translation>Auswahl &amp;markieren …</translation>
    </message>
    <message>
        <source>All &amp;Annotations</source>
        <translation>&amp;Alle Anmerkungen</translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation>Anmerkungen &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>Anmerkungen &amp;importieren …</translation>
    </message>
    <message>
        <source>Note on Post</source>
        <translation>Notiz zum Beitrag</translation>
    </message>
    <message>
        <source>Your note (empty removes it):</source>
        <translation>Ihre Notiz (leer entfernt sie):</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Select some of the post&apos;s words to annotate them.</source>
        <translation>Wählen Sie einige Worte des Beitrags aus, um sie zu markieren.</translation>
    </message>
    <message>
        <source>Annotate Selection</source>
        <translation>Auswahl markieren</translation>
    </message>
    <message>
        <source>A note on “%1” (optional):</source>
        <translation>Eine Notiz zu „%1“ (optional):</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Also &amp;written on another device (to copy from):</source>
        <translation>Auch auf einem anderen Gerät ge&amp;schrieben (zum Herauskopieren):</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::OpenThreadActions</name>
    <message>
        <source>&amp;Open Thread…</source>
        <translation>Thread ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Reload W&amp;hole Thread</source>
        <translation>&amp;Ganzen Thread neu laden</translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <translation>Laden &amp;stoppen</translation>
    </message>
    <message>
        <source>Recent &amp;Threads</source>
        <translation>&amp;Zuletzt gelesene Threads</translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation>&amp;Offline arbeiten</translation>
    </message>
    <message>
        <source>Working online again: Refresh (F5) fetches what is new.</source>
        <translation>Wieder online: Aktualisieren (F5) holt, was neu ist.</translation>
    </message>
    <message>
        <source>Open Thread</source>
        <translation>Thread öffnen</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Address of a thread (%1: any page or a post&apos;s link), a news article, a feed or a forum section:</source>
        <translation>Adresse eines Threads (%1: eine beliebige Seite davon oder der Link zu einem Beitrag), eines Nachrichtenartikels, eines Feeds oder eines Forenbereichs:</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::Opml</name>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>die Datei ist größer als %1 MB</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>line %1: not an OPML file (its root is &lt;%2&gt;)</source>
        <translation>Zeile %1: keine OPML-Datei (ihr Wurzelelement ist &lt;%2&gt;)</translation>
    </message>
    <message>
        <source>line %1: outlines nested deeper than %2</source>
        <translation>Zeile %1: Gliederungen tiefer als %2 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>more than %1 subscriptions</source>
        <translation>mehr als %1 Abonnements</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::PageFetcher</name>
    <message>
        <source>the page is larger than %1 MB</source>
        <translation>die Seite ist größer als %1 MB</translation>
    </message>
    <message numerus="yes">
        <source>the server is busy (HTTP %1) and asks to wait %n minute(s)</source>
        <translation>
            <numerusform>der Server ist ausgelastet (HTTP %1) und bittet, %n Minute zu warten</numerusform>
            <numerusform>der Server ist ausgelastet (HTTP %1) und bittet, %n Minuten zu warten</numerusform>
        </translation>
    </message>
    <message>
        <source>the server is busy (HTTP %1)</source>
        <translation>der Server ist ausgelastet (HTTP %1)</translation>
    </message>
    <message>
        <source>%1 showed a certificate that is not trusted (%2); SHA-256 fingerprint %3</source>
        <translation>%1 hat ein nicht vertrauenswürdiges Zertifikat vorgelegt (%2); SHA-256-Fingerabdruck %3</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>Zeitüberschreitung nach %1 s</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>the answer was cut short %n time(s): %1</source>
        <translation>
            <numerusform>die Antwort brach %n-mal ab: %1</numerusform>
            <numerusform>die Antwort brach %n-mal ab: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the page was still arriving after %1 s</source>
        <translation>die Seite kam nach %1 s noch immer an</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::PaneLayout</name>
    <message>
        <source>&amp;Article</source>
        <translation>A&amp;rtikel</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::PostContextMenu</name>
    <message>
        <source>Mark &amp;Unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>Mark &amp;Read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Hide %1</source>
        <translation>%1 &amp;ausblenden</translation>
    </message>
    <message>
        <source>Hide %1 in This &amp;Thread</source>
        <translation>%1 in diesem &amp;Thread ausblenden</translation>
    </message>
    <message>
        <source>&amp;Follow %1</source>
        <translation>%1 &amp;folgen</translation>
    </message>
    <message>
        <source>&amp;Score %1…</source>
        <translation>%1 be&amp;werten …</translation>
    </message>
    <message>
        <source>&amp;Note on Post…</source>
        <translation>&amp;Notiz zum Beitrag …</translation>
    </message>
    <message>
        <source>Copy Post &amp;Link</source>
        <translation>&amp;Link zum Beitrag kopieren</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::PostView</name>
    <message>
        <source>Select a post to read it.</source>
        <translation>Wählen Sie einen Beitrag aus, um ihn zu lesen.</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::PosterActions</name>
    <message>
        <source>&amp;Hide Poster</source>
        <translation>Verfasser &amp;ausblenden</translation>
    </message>
    <message>
        <source>Hide Poster in This &amp;Thread</source>
        <translation>Verfasser in diesem &amp;Thread ausblenden</translation>
    </message>
    <message>
        <source>&amp;Follow Poster</source>
        <translation>Verfasser &amp;folgen</translation>
    </message>
    <message>
        <source>Follow Poster in This T&amp;hread</source>
        <translation>Verfasser in diesem T&amp;hread folgen</translation>
    </message>
    <message>
        <source>Posters and &amp;Rules…</source>
        <translation>Verfasser und &amp;Regeln …</translation>
    </message>
    <message>
        <source>&amp;Export Rules…</source>
        <translation>Regeln &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Import Rules…</source>
        <translation>Regeln &amp;importieren …</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1 ausblenden</translation>
    </message>
    <message>
        <source>Follow %1</source>
        <translation>%1 folgen</translation>
    </message>
    <message>
        <source>%1. Undo with Ctrl+Z; all rules: Posters › Posters and Rules.</source>
        <translation>%1. Rückgängig mit Strg+Z; alle Regeln: Verfasser › Verfasser und Regeln.</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ReadMarkActions</name>
    <message>
        <source>&amp;Mark Thread Read</source>
        <translation>Thread als gelesen &amp;markieren</translation>
    </message>
    <message>
        <source>Mark Thread Read</source>
        <translation>Thread als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark Post Read/&amp;Unread</source>
        <translation>Beitrag als gelesen/&amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>Mark Read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark Unread</source>
        <translation>Als ungelesen markieren</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ReaderView</name>
    <message numerus="yes">
        <source>Copied %n line(s) of code</source>
        <translation>
            <numerusform>%n Zeile Code kopiert</numerusform>
            <numerusform>%n Zeilen Code kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Pictures from %1 now load (View › Image Sites to undo)</source>
        <translation>Bilder von %1 werden jetzt geladen (rückgängig unter Ansicht › Bilder-Websites)</translation>
    </message>
    <message>
        <source>That post is not in the loaded thread</source>
        <translation>Dieser Beitrag ist nicht im geladenen Thread</translation>
    </message>
    <message>
        <source>Not opened: %1 links never open from a post</source>
        <translation>Nicht geöffnet: Links vom Typ „%1“ öffnen sich nie aus einem Beitrag</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>relativ</translation>
    </message>
    <message>
        <source>Go to the quoted post</source>
        <translation>Zum zitierten Beitrag gehen</translation>
    </message>
    <message>
        <source>Copy this code</source>
        <translation>Diesen Code kopieren</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>%1 laden</translation>
    </message>
    <message>
        <source>In this thread: %1</source>
        <translation>In diesem Thread: %1</translation>
    </message>
    <message>
        <source>Blocked link: %1</source>
        <translation>Blockierter Link: %1</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::RecentThreadsMenu</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>all read</source>
        <translation>alles gelesen</translation>
    </message>
    <message>
        <source>No cached threads yet</source>
        <translation>Noch keine Threads im Cache</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::RefreshActions</name>
    <message>
        <source>Not checked: %1 asked not to be asked again before %2</source>
        <translation>Nicht geprüft: %1 hat gebeten, vor %2 nicht erneut gefragt zu werden</translation>
    </message>
    <message>
        <source>&amp;Refresh Thread</source>
        <translation>Thread &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Ask the forum for new posts in this thread (only what can have changed)</source>
        <translation>Das Forum nach neuen Beiträgen in diesem Thread fragen (nur, was sich geändert haben kann)</translation>
    </message>
    <message>
        <source>Refresh &amp;Watched Threads</source>
        <translation>&amp;Beobachtete Threads aktualisieren</translation>
    </message>
    <message>
        <source>Cannot refresh now: %1</source>
        <translation>Aktualisieren ist gerade nicht möglich: %1</translation>
    </message>
    <message>
        <source>Checking %1 for new posts…</source>
        <translation>%1 wird auf neue Beiträge geprüft …</translation>
    </message>
    <message>
        <source>Checking the watched threads…</source>
        <translation>Die beobachteten Threads werden geprüft …</translation>
    </message>
    <message>
        <source>Checking watched threads: %1 of %2 (%3)…</source>
        <translation>Beobachtete Threads werden geprüft: %1 von %2 (%3) …</translation>
    </message>
    <message>
        <source>Refresh stopped</source>
        <translation>Aktualisieren angehalten</translation>
    </message>
    <message>
        <source>Threadkeeper</source>
        <translation>Threadkeeper</translation>
    </message>
    <message>
        <source>%1: part of the check failed (%2)</source>
        <translation>%1: ein Teil der Prüfung ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>No new posts in %1</source>
        <translation>Keine neuen Beiträge in %1</translation>
    </message>
    <message>
        <source>Checked %1 watched threads: no new posts</source>
        <translation>%1 beobachtete Threads geprüft: keine neuen Beiträge</translation>
    </message>
    <message>
        <source>Checked %1 watched threads: 1 new post</source>
        <translation>%1 beobachtete Threads geprüft: 1 neuer Beitrag</translation>
    </message>
    <message>
        <source>Checked %1 watched threads: %2 new posts</source>
        <translation>%1 beobachtete Threads geprüft: %2 neue Beiträge</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::RefreshCommand</name>
    <message>
        <source>Refresh cached threads as F5 does (only what can have changed) and print one JSON line a thread with its new posts.</source>
        <translation>Threads im Cache wie mit F5 aktualisieren (nur, was sich geändert haben kann) und je Thread eine JSON-Zeile mit seinen neuen Beiträgen ausgeben.</translation>
    </message>
    <message>
        <source>The cache file.</source>
        <translation>Die Cache-Datei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Refresh every watched thread.</source>
        <translation>Jeden beobachteten Thread aktualisieren.</translation>
    </message>
    <message>
        <source>Per-request timeout in seconds.</source>
        <translation>Zeitlimit je Anfrage in Sekunden.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Cached threads&apos; URLs.</source>
        <translation>Adressen von Threads im Cache.</translation>
    </message>
    <message>
        <source>[url...]</source>
        <translation>[url...]</translation>
    </message>
    <message>
        <source>refresh takes thread URLs or --watched, one of the two</source>
        <translation>refresh nimmt Thread-Adressen oder --watched, eines von beiden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>part %1: %2</source>
        <translation>Teil %1: %2</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::RulesDialog</name>
    <message>
        <source>Posters and Rules</source>
        <translation>Verfasser und Regeln</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Stichwort</translation>
    </message>
    <message>
        <source>poster name, or words of a post</source>
        <translation>Name des Verfassers oder Worte eines Beitrags</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>Diese Website</translation>
    </message>
    <message>
        <source>This thread only</source>
        <translation>Nur dieser Thread</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Trifft auf</translation>
    </message>
    <message>
        <source>Name or words</source>
        <translation>Name oder Wörter</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>Läuft ab nach</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellen</translation>
    </message>
    <message>
        <source>Hide at or below</source>
        <translation>Ausblenden bei höchstens</translation>
    </message>
    <message>
        <source>Follow at or above</source>
        <translation>Folgen ab</translation>
    </message>
    <message>
        <source>site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Add Rule %1</source>
        <translation>Regel %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>Regel entfernen</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::SearchDock</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, prefix*, author:, thread:, site:, is:unread, is:followed, has:note</source>
        <translation>Wörter, &quot;eine Wortfolge&quot;, Präfix*, author:, thread:, site:, is:unread, is:followed, has:note</translation>
    </message>
    <message>
        <source>Searches every cached post&apos;s own words, never the quotes in it. Filters: author:NAME, thread:WORDS, site:HOST, is:unread, is:followed, has:note, before:YYYY-MM-DD, after:YYYY-MM-DD</source>
        <translation>Durchsucht die eigenen Worte jedes Beitrags im Cache, nie die Zitate darin. Filter: author:NAME, thread:WÖRTER, site:HOST, is:unread, is:followed, has:note, before:JJJJ-MM-TT, after:JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>No cached post says that.</source>
        <translation>Kein Beitrag im Cache sagt das.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s), best first</source>
        <translation>
            <numerusform>%n Beitrag, die besten zuerst</numerusform>
            <numerusform>%n Beiträge, die besten zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::SearchResultsModel</name>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3
%4</source>
        <translation>%1 · %2 · %3
%4</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::SelectionController</name>
    <message>
        <source>The first post is the article, shown in the article pane.</source>
        <translation>Der erste Beitrag ist der Artikel und steht im Artikelbereich.</translation>
    </message>
    <message>
        <source>Nothing unread left in this thread.</source>
        <translation>In diesem Thread ist nichts Ungelesenes mehr.</translation>
    </message>
    <message>
        <source>No post by a followed poster in this thread.</source>
        <translation>Kein Beitrag eines gefolgten Verfassers in diesem Thread.</translation>
    </message>
    <message>
        <source>Read On (next unread)</source>
        <translation>Weiterlesen (nächster ungelesener)</translation>
    </message>
    <message>
        <source>&amp;Next Unread Post</source>
        <translation>&amp;Nächster ungelesener Beitrag</translation>
    </message>
    <message>
        <source>&amp;Previous Unread Post</source>
        <translation>&amp;Vorheriger ungelesener Beitrag</translation>
    </message>
    <message>
        <source>Next &amp;Followed Post</source>
        <translation>Nächster Beitrag eines &amp;gefolgten Verfassers</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>Vor&amp;wärts</translation>
    </message>
    <message>
        <source>This post starts its branch: it replies to no other post.</source>
        <translation>Dieser Beitrag beginnt seinen Zweig: Er antwortet auf keinen anderen Beitrag.</translation>
    </message>
    <message>
        <source>Ne&amp;xt Post</source>
        <translation>Nä&amp;chster Beitrag</translation>
    </message>
    <message>
        <source>Previous P&amp;ost</source>
        <translation>V&amp;origer Beitrag</translation>
    </message>
    <message>
        <source>P&amp;arent Post</source>
        <translation>Übergeordneter Beitr&amp;ag</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>How many pages of one site are fetched at the same time</source>
        <translation>Wie viele Seiten einer Website gleichzeitig abgerufen werden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A request that has received nothing for this long fails</source>
        <translation>Eine Anfrage, die so lange nichts empfangen hat, schlägt fehl</translation>
    </message>
    <message>
        <source>Sent with every request; empty sends Threadkeeper&apos;s own</source>
        <translation>Wird mit jeder Anfrage gesendet; leer sendet die Kennung von Threadkeeper</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des Systems verwenden</translation>
    </message>
    <message>
        <source>Off: requests go straight to the forum</source>
        <translation>Aus: Anfragen gehen direkt an das Forum</translation>
    </message>
    <message>
        <source>Parallel requests per site:</source>
        <translation>Parallele Anfragen pro Website:</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>Zeitlimit für Anfragen:</translation>
    </message>
    <message>
        <source>User agent:</source>
        <translation>User-Agent:</translation>
    </message>
    <message>
        <source>Show a placeholder</source>
        <translation>Platzhalter zeigen</translation>
    </message>
    <message>
        <source>Remove (replies move up)</source>
        <translation>Entfernen (Antworten rücken auf)</translation>
    </message>
    <message>
        <source>Remove with replies</source>
        <translation>Mit Antworten entfernen</translation>
    </message>
    <message>
        <source>Hide posts scoring at or below:</source>
        <translation>Beiträge ausblenden bei einer Punktzahl von höchstens:</translation>
    </message>
    <message>
        <source>Follow posters scoring at or above:</source>
        <translation>Verfassern folgen ab einer Punktzahl von:</translation>
    </message>
    <message>
        <source>Hidden posts:</source>
        <translation>Ausgeblendete Beiträge:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <source>Reading font:</source>
        <translation>Leseschrift:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Check watched threads every:</source>
        <translation>Beobachtete Threads prüfen alle:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>für immer</translation>
    </message>
    <message>
        <source>Threads not visited for longer are removed from the cache, unless watched, annotated, unread or with posts of posters you follow</source>
        <translation>Länger nicht besuchte Threads werden aus dem Cache entfernt, außer sie werden beobachtet, haben Anmerkungen, ungelesene Beiträge oder Beiträge von Verfassern, denen Sie folgen</translation>
    </message>
    <message>
        <source>Keep unwatched threads:</source>
        <translation>Nicht beobachtete Threads behalten:</translation>
    </message>
    <message>
        <source>Fold quotes of the post being replied to</source>
        <translation>Zitate des beantworteten Beitrags einklappen</translation>
    </message>
    <message>
        <source>You have just read the parent post: its quote starts as one line</source>
        <translation>Den beantworteten Beitrag haben Sie gerade gelesen: Sein Zitat erscheint als eine Zeile</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source>How long a post must stay selected before it counts as read; moving on sooner leaves it unread</source>
        <translation>Wie lange ein Beitrag ausgewählt bleiben muss, bis er als gelesen gilt; wer früher weitergeht, lässt ihn ungelesen</translation>
    </message>
    <message>
        <source>Mark a post read after:</source>
        <translation>Beitrag als gelesen markieren nach:</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Verschieben …</translation>
    </message>
    <message>
        <source>Copies the cache to a new file, goes on there and removes the old file</source>
        <translation>Kopiert den Cache in eine neue Datei, arbeitet dort weiter und entfernt die alte Datei</translation>
    </message>
    <message>
        <source>Cache file:</source>
        <translation>Cache-Datei:</translation>
    </message>
    <message>
        <source>Not moved: %1. The cache stays where it was.</source>
        <translation>Nicht verschoben: %1. Der Cache bleibt, wo er war.</translation>
    </message>
    <message>
        <source>Moved.</source>
        <translation>Verschoben.</translation>
    </message>
    <message>
        <source>Move the Cache To</source>
        <translation>Cache verschieben nach</translation>
    </message>
    <message>
        <source>Threadkeeper cache (*.sqlite);;All files (*)</source>
        <translation>Threadkeeper-Cache (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Moving the cache to %1…</source>
        <translation>Der Cache wird nach %1 verschoben …</translation>
    </message>
    <message>
        <source>Cache size:</source>
        <translation>Cache-Größe:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>A page, feed or answer larger than this, unpacked, is not read</source>
        <translation>Eine Seite, ein Feed oder eine Antwort, entpackt größer als dies, wird nicht gelesen</translation>
    </message>
    <message>
        <source>A page still arriving after this long fails, however steadily it comes</source>
        <translation>Eine Seite, die nach dieser Zeit noch ankommt, schlägt fehl, wie stetig sie auch kommt</translation>
    </message>
    <message>
        <source>Largest page:</source>
        <translation>Größte Seite:</translation>
    </message>
    <message>
        <source>Longest page:</source>
        <translation>Längste Ladezeit:</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ShortcutSettings</name>
    <message>
        <source>This action&apos;s key cannot be changed.</source>
        <translation>Das Tastenkürzel dieser Aktion lässt sich nicht ändern.</translation>
    </message>
    <message>
        <source>%1 is already the key of “%2”.</source>
        <translation>%1 ist bereits das Tastenkürzel von „%2“.</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Filter by action or key…</source>
        <translation>Nach Aktion oder Taste filtern …</translation>
    </message>
    <message>
        <source>Select an action to change its key.</source>
        <translation>Wählen Sie eine Aktion, um ihr Tastenkürzel zu ändern.</translation>
    </message>
    <message>
        <source>Press the new key; the key you press becomes the action&apos;s only one</source>
        <translation>Drücken Sie das neue Tastenkürzel; es wird das einzige der Aktion</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Standard</translation>
    </message>
    <message>
        <source>The selected action&apos;s keys as Threadkeeper comes</source>
        <translation>Die Tastenkürzel der ausgewählten Aktion, wie Threadkeeper sie mitbringt</translation>
    </message>
    <message>
        <source>&amp;Reset All to Defaults</source>
        <translation>&amp;Alle auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>“%1” has its default keys again.</source>
        <translation>„%1“ hat wieder seine Standardkürzel.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Key for “%1” (press it; the clear button removes it):</source>
        <translation>Tastenkürzel für „%1“ (drücken; der Löschknopf entfernt es):</translation>
    </message>
    <message>
        <source>The key of “%1” cannot be changed.</source>
        <translation>Das Tastenkürzel von „%1“ lässt sich nicht ändern.</translation>
    </message>
    <message>
        <source>“%1” has no key now.</source>
        <translation>„%1“ hat jetzt kein Tastenkürzel.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Your own keys are back.</source>
        <translation>Ihre eigenen Tastenkürzel sind zurück.</translation>
    </message>
    <message>
        <source>Every key is already its default.</source>
        <translation>Alle Tastenkürzel sind bereits Standard.</translation>
    </message>
    <message>
        <source>Every key is its default again; the button undoes this while the sheet is open.</source>
        <translation>Alle Tastenkürzel sind wieder Standard; solange die Übersicht offen ist, macht der Knopf das rückgängig.</translation>
    </message>
    <message>
        <source>&amp;Undo Reset</source>
        <translation>Zurücksetzen &amp;rückgängig</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::SiteAccounts</name>
    <message>
        <source>%1 is read through an app you register there: register an installed app at %2, then add its client id in Settings › Accounts</source>
        <translation>%1 wird über eine App gelesen, die Sie dort registrieren: registrieren Sie eine installierte App unter %2 und tragen Sie ihre Client-ID unter Einstellungen › Konten ein</translation>
    </message>
    <message>
        <source>%1 needs your access token: create one at %2, then add it in Settings › Accounts</source>
        <translation>%1 braucht Ihr Zugriffstoken: erstellen Sie eines unter %2 und tragen Sie es unter Einstellungen › Konten ein</translation>
    </message>
    <message>
        <source>%1 refused the reader&apos;s authorization</source>
        <translation>%1 hat die Anmeldung des Lesers abgelehnt</translation>
    </message>
    <message>
        <source>no secret store: the account cannot be kept safely</source>
        <translation>kein Passwortspeicher: das Konto kann nicht sicher aufbewahrt werden</translation>
    </message>
    <message>
        <source>%1 refused the client id kept in Settings › Accounts (%2): check it there</source>
        <translation>%1 hat die unter Einstellungen › Konten aufbewahrte Client-ID abgelehnt (%2): prüfen Sie sie dort</translation>
    </message>
    <message>
        <source>could not get a token from %1: %2</source>
        <translation>von %1 war kein Token zu bekommen: %2</translation>
    </message>
    <message>
        <source>the answer holds none</source>
        <translation>die Antwort enthält keines</translation>
    </message>
    <message>
        <source>%1 refused the token kept in Settings › Accounts: replace it there</source>
        <translation>%1 hat das unter Einstellungen › Konten aufbewahrte Token abgelehnt: ersetzen Sie es dort</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::SubscribeDialog</name>
    <message>
        <source>This page offers several feeds; choose one:</source>
        <translation>Diese Seite bietet mehrere Feeds an; bitte einen auswählen:</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <source>&amp;Address of a feed, a forum section, a front page or a site&apos;s page:</source>
        <translation>&amp;Adresse eines Feeds, eines Forenbereichs, einer Startseite oder einer Seite der Website:</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>A&amp;bonnieren</translation>
    </message>
    <message>
        <source>Type the address of a feed, a forum section or a site.</source>
        <translation>Gib die Adresse eines Feeds, eines Forenbereichs oder einer Website ein.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>You are already subscribed to this as “%1”.</source>
        <translation>Das ist bereits als „%1“ abonniert.</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::SubscriptionActions</name>
    <message>
        <source>Subscribed to “%1”</source>
        <translation>„%1“ abonniert</translation>
    </message>
    <message>
        <source>Unsubscribed from “%1”. Undo with Ctrl+Z.</source>
        <translation>Abonnement „%1“ beendet. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Subscribed to “%1” again</source>
        <translation>„%1“ wieder abonniert</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) in %1</source>
        <translation>
            <numerusform>%n neuer Eintrag in %1</numerusform>
            <numerusform>%n neue Einträge in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Threadkeeper</source>
        <translation>Threadkeeper</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n subscription(s)</source>
        <translation>
            <numerusform>%n Abonnement importiert</numerusform>
            <numerusform>%n Abonnements importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n bereits abonniert</numerusform>
            <numerusform>%n bereits abonniert</numerusform>
        </translation>
    </message>
    <message>
        <source>Some subscriptions could not be read: %1</source>
        <translation>Einige Abonnements ließen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>&amp;Subscribe…</source>
        <translation>Abo&amp;nnieren…</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe</source>
        <translation>Abonnement &amp;kündigen</translation>
    </message>
    <message>
        <source>&amp;Import Subscriptions…</source>
        <translation>Abonnements &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport Subscriptions…</source>
        <translation>Abonnements e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;News</source>
        <translation>&amp;Neuigkeiten</translation>
    </message>
    <message>
        <source>Choose a subscription in the News view (Ctrl+1) to unsubscribe from it.</source>
        <translation>Wähle in der Ansicht Neuigkeiten (Strg+1) ein Abonnement, um es zu beenden.</translation>
    </message>
    <message>
        <source>“%1” links to nothing to open.</source>
        <translation>„%1“ verweist auf nichts, das sich öffnen ließe.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n subscription(s) to %1</source>
        <translation>
            <numerusform>%n Abonnement nach %1 exportiert</numerusform>
            <numerusform>%n Abonnements nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a list of subscriptions.</source>
        <translation>%1 ist zu groß für eine Liste von Abonnements.</translation>
    </message>
    <message>
        <source>Reading the subscriptions in %1…</source>
        <translation>Die Abonnements in %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Export Subscriptions</source>
        <translation>Abonnements exportieren</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml)</source>
        <translation>OPML-Dateien (*.opml *.xml)</translation>
    </message>
    <message>
        <source>Import Subscriptions</source>
        <translation>Abonnements importieren</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>OPML-Dateien (*.opml *.xml);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::SubscriptionBook</name>
    <message>
        <source>no longer subscribed</source>
        <translation>nicht mehr abonniert</translation>
    </message>
    <message>
        <source>Already subscribed to %1 as “%2”.</source>
        <translation>%1 ist bereits als „%2“ abonniert.</translation>
    </message>
    <message>
        <source>%1 is not a feed, a forum section or a front page.</source>
        <translation>%1 ist weder ein Feed noch ein Forenbereich noch eine Startseite.</translation>
    </message>
    <message numerus="yes">
        <source>%1 offers %n feed(s); choose one.</source>
        <translation>
            <numerusform>%1 bietet %n Feed an; bitte auswählen.</numerusform>
            <numerusform>%1 bietet %n Feeds an; bitte einen auswählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not subscribe to %1: %2</source>
        <translation>%1 konnte nicht abonniert werden: %2</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::SubscriptionList</name>
    <message numerus="yes">
        <source>Refreshed “%1”: %n new item(s)</source>
        <translation>
            <numerusform>„%1“ aktualisiert: %n neuer Eintrag</numerusform>
            <numerusform>„%1“ aktualisiert: %n neue Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not refresh “%1”: %2</source>
        <translation>„%1“ konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Refreshing “%1”…</source>
        <translation>„%1“ wird aktualisiert …</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::SubscriptionListModel</name>
    <message>
        <source>feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>forum section</source>
        <translation>Forenbereich</translation>
    </message>
    <message>
        <source>front page</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <comment>folder › subscription</comment>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>wird aktualisiert …</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::SubscriptionStore</name>
    <message>
        <source>the cache is not open</source>
        <translation>der Cache ist nicht geöffnet</translation>
    </message>
    <message>
        <source>nothing kept to put back</source>
        <translation>nichts aufbewahrt, das sich zurücklegen ließe</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::SubscriptionsCommand</name>
    <message>
        <source>Feeds, forum sections and front pages you follow.</source>
        <translation>Feeds, Forenbereiche und Startseiten, denen du folgst.</translation>
    </message>
    <message>
        <source>The cache file.</source>
        <translation>Die Cache-Datei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>add: the folder it goes in.</source>
        <translation>add: der Ordner, in den es kommt.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>list, add URL, remove ID, refresh [ID], export [FILE], import FILE</source>
        <translation>list, add URL, remove ID, refresh [ID], export [DATEI], import DATEI</translation>
    </message>
    <message>
        <source>usage: threadkeeper subscriptions list|add URL|remove ID|refresh [ID]|export [FILE]|import FILE [--cache FILE] [--folder NAME]</source>
        <translation>Aufruf: threadkeeper subscriptions list|add URL|remove ID|refresh [ID]|export [DATEI]|import DATEI [--cache DATEI] [--folder NAME]</translation>
    </message>
    <message>
        <source>no subscription %1 (see &apos;subscriptions list&apos;)</source>
        <translation>kein Abonnement %1 (siehe &apos;subscriptions list&apos;)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::SyncActions</name>
    <message>
        <source>Sync &amp;Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Keep in step with your other devices now</source>
        <translation>Jetzt mit Ihren anderen Geräten abgleichen</translation>
    </message>
    <message>
        <source>Choose where to sync in Settings › Sync first</source>
        <translation>Wählen Sie zuerst unter Einstellungen › Synchronisation, worüber synchronisiert wird</translation>
    </message>
    <message>
        <source>Last round: %1</source>
        <translation>Letzter Abgleich: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere …</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisation fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Synced %1 · received %2</source>
        <translation>Synchronisiert %1 · %2 empfangen</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::SyncCommand</name>
    <message>
        <source>One round of sync with the reader&apos;s other devices: print what was sent and received as JSON.</source>
        <translation>Ein Abgleich mit den anderen Geräten des Lesers: gibt aus, was gesendet und empfangen wurde, als JSON.</translation>
    </message>
    <message>
        <source>The cache file.</source>
        <translation>Die Cache-Datei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Sync through this folder.</source>
        <translation>Über diesen Ordner synchronisieren.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Sync through this WebDAV collection.</source>
        <translation>Über diese WebDAV-Sammlung synchronisieren.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The WebDAV user.</source>
        <translation>Der WebDAV-Benutzer.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>sync takes --folder or --webdav, not both</source>
        <translation>sync nimmt --folder oder --webdav, nicht beides</translation>
    </message>
    <message>
        <source>there is no place to sync to: give --folder or --webdav, or choose one in Settings › Sync</source>
        <translation>es gibt keinen Ort zum Synchronisieren: geben Sie --folder oder --webdav an oder wählen Sie einen unter Einstellungen › Synchronisation</translation>
    </message>
    <message>
        <source>Mark posts of a cached thread read or unread (no post ids: the whole thread).</source>
        <translation>Beiträge eines Threads im Cache als gelesen oder ungelesen markieren (ohne Beitrags-IDs: den ganzen Thread).</translation>
    </message>
    <message>
        <source>Mark them read.</source>
        <translation>Als gelesen markieren.</translation>
    </message>
    <message>
        <source>Mark them unread.</source>
        <translation>Als ungelesen markieren.</translation>
    </message>
    <message>
        <source>The thread&apos;s address.</source>
        <translation>Die Adresse des Threads.</translation>
    </message>
    <message>
        <source>Post ids.</source>
        <translation>Beitrags-IDs.</translation>
    </message>
    <message>
        <source>[post-id...]</source>
        <translation>[beitrags-id...]</translation>
    </message>
    <message>
        <source>mark takes --read or --unread, one of the two</source>
        <translation>mark nimmt --read oder --unread, eines von beiden</translation>
    </message>
    <message>
        <source>mark needs a thread&apos;s address</source>
        <translation>mark braucht die Adresse eines Threads</translation>
    </message>
    <message>
        <source>%1 is not in the cache</source>
        <translation>%1 ist nicht im Cache</translation>
    </message>
    <message>
        <source>%1 has no post %2</source>
        <translation>%1 hat keinen Beitrag %2</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::SyncJournal</name>
    <message>
        <source>not a name Threadkeeper writes</source>
        <translation>kein Name, den Threadkeeper schreibt</translation>
    </message>
    <message>
        <source>a line longer than %1 bytes</source>
        <translation>eine Zeile länger als %1 Bytes</translation>
    </message>
    <message>
        <source>line at byte %1 is not JSON</source>
        <translation>die Zeile bei Byte %1 ist kein JSON</translation>
    </message>
    <message>
        <source>not a Threadkeeper sync journal (format %1 expected)</source>
        <translation>kein Threadkeeper-Sync-Journal (Format %1 erwartet)</translation>
    </message>
    <message>
        <source>written by another device than its name says</source>
        <translation>von einem anderen Gerät geschrieben, als ihr Name sagt</translation>
    </message>
    <message>
        <source>line at byte %1 is not a change</source>
        <translation>die Zeile bei Byte %1 ist keine Änderung</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::SyncPage</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen …</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Nowhere (this device only)</source>
        <translation>Nirgendwohin (nur dieses Gerät)</translation>
    </message>
    <message>
        <source>A folder</source>
        <translation>Ein Ordner</translation>
    </message>
    <message>
        <source>A WebDAV folder</source>
        <translation>Ein WebDAV-Ordner</translation>
    </message>
    <message>
        <source>A folder Syncthing, Nextcloud or a network drive shares</source>
        <translation>Ein Ordner, den Syncthing, Nextcloud oder ein Netzlaufwerk teilt</translation>
    </message>
    <message>
        <source>https://cloud.example.org/remote.php/dav/files/me/Threadkeeper/</source>
        <translation>https://cloud.example.org/remote.php/dav/files/ich/Threadkeeper/</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Changes made here also go out within a minute</source>
        <translation>Änderungen hier gehen außerdem binnen einer Minute hinaus</translation>
    </message>
    <message>
        <source>Keeps what you read, where you stopped, watched threads, rules, notes and subscriptions the same on your other devices, through a folder they share or a WebDAV server. Posts themselves are not sent: each device fetches them from the forum.</source>
        <translation>Hält Gelesenes, die Stelle, an der Sie aufgehört haben, beobachtete Threads, Regeln, Notizen und Abonnements auf Ihren anderen Geräten gleich, über einen gemeinsamen Ordner oder einen WebDAV-Server. Die Beiträge selbst werden nicht gesendet: Jedes Gerät holt sie vom Forum.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>O&amp;rdner:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Adr&amp;esse:</translation>
    </message>
    <message>
        <source>Us&amp;er name:</source>
        <translation>Benut&amp;zername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Sync &amp;to:</source>
        <translation>Syn&amp;chronisieren über:</translation>
    </message>
    <message>
        <source>Sync e&amp;very:</source>
        <translation>Synchronisieren &amp;im Abstand von:</translation>
    </message>
    <message>
        <source>Kept; type a new one to replace it</source>
        <translation>Aufbewahrt; ein neues ersetzt es</translation>
    </message>
    <message>
        <source>Sync Through This Folder</source>
        <translation>Über diesen Ordner synchronisieren</translation>
    </message>
    <message>
        <source>Give the WebDAV folder&apos;s full address, starting with https://</source>
        <translation>Geben Sie die vollständige Adresse des WebDAV-Ordners an, beginnend mit https://</translation>
    </message>
    <message>
        <source>Type the password in the Password field, not in the address</source>
        <translation>Geben Sie das Passwort im Feld Passwort ein, nicht in der Adresse</translation>
    </message>
    <message>
        <source>The address must start with https://: over plain http your password and what you read would travel unencrypted (http is allowed only to this machine)</source>
        <translation>Die Adresse muss mit https:// beginnen: Über einfaches http gingen Ihr Passwort und was Sie lesen unverschlüsselt über das Netz (http ist nur zu diesem Rechner erlaubt)</translation>
    </message>
    <message>
        <source>Choose the folder to sync through by its full path (Browse… finds it)</source>
        <translation>Wählen Sie den Ordner zum Synchronisieren mit seinem vollständigen Pfad (Durchsuchen … findet ihn)</translation>
    </message>
    <message>
        <source>The password could not be kept in the desktop&apos;s secret store: %1</source>
        <translation>Das Passwort konnte nicht im Passwortspeicher des Desktops aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Files skipped:</source>
        <translation>Übersprungene Dateien:</translation>
    </message>
    <message>
        <source>No other device seen yet</source>
        <translation>Noch kein anderes Gerät gesehen</translation>
    </message>
    <message>
        <source>Devices seen:</source>
        <translation>Gesehene Geräte:</translation>
    </message>
    <message>
        <source>  %1, last seen %2</source>
        <translation>  %1, zuletzt gesehen %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Choose where to sync and apply first</source>
        <translation>Wählen Sie zuerst, worüber synchronisiert wird, und übernehmen Sie es</translation>
    </message>
    <message>
        <source>Last round: %1</source>
        <translation>Letzter Abgleich: %1</translation>
    </message>
    <message>
        <source>Last round: never</source>
        <translation>Letzter Abgleich: nie</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere …</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent %1, received %2</source>
        <translation>%1 gesendet, %2 empfangen</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::SyncRound</name>
    <message>
        <source>the cache is closed</source>
        <translation>der Cache ist geschlossen</translation>
    </message>
    <message>
        <source>the cache is not open</source>
        <translation>der Cache ist nicht geöffnet</translation>
    </message>
    <message>
        <source>no place to sync to</source>
        <translation>kein Ort zum Synchronisieren</translation>
    </message>
    <message>
        <source>%1: not a name Threadkeeper writes</source>
        <translation>%1: kein Name, den Threadkeeper schreibt</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::SyncService</name>
    <message>
        <source>there is no secret store</source>
        <translation>es gibt keinen Passwortspeicher</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ThreadLoader</name>
    <message>
        <source>not a URL</source>
        <translation>keine URL</translation>
    </message>
    <message>
        <source>not a URL: %1</source>
        <translation>keine URL: %1</translation>
    </message>
    <message>
        <source>not a forum thread Threadkeeper can read (%1): %2</source>
        <translation>kein Forenthread, den Threadkeeper lesen kann (%1): %2</translation>
    </message>
    <message>
        <source>%1 names a post but not its thread, and finding the thread needs the network (work online once, or open the thread&apos;s own address)</source>
        <translation>%1 nennt einen Beitrag, aber nicht seinen Thread, und um den Thread zu finden, braucht es das Netz (einmal online arbeiten oder die eigene Adresse des Threads öffnen)</translation>
    </message>
    <message>
        <source>%1 is not the address of a thread of %2, and finding out what it is needs the network</source>
        <translation>%1 ist nicht die Adresse eines Threads von %2, und um herauszufinden, was sie ist, braucht es das Netz</translation>
    </message>
    <message>
        <source>%1 is not in the cache, and Threadkeeper is offline</source>
        <translation>%1 ist nicht im Cache, und Threadkeeper arbeitet offline</translation>
    </message>
    <message>
        <source>could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>%1 did not lead to a thread (it ended at %2)</source>
        <translation>%1 führte zu keinem Thread (es endete bei %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No discussion found for this article: it is shown alone</source>
        <translation>Zu diesem Artikel wurde keine Diskussion gefunden: er wird allein angezeigt</translation>
    </message>
    <message>
        <source>not a forum thread Threadkeeper can read: %1 is not a thread address of %2, the page it gave has none of their marks, and it is not a news article</source>
        <translation>kein Forenthread, den Threadkeeper lesen kann: %1 ist keine Thread-Adresse von %2, die Seite, die es lieferte, trägt keines ihrer Merkmale, und sie ist kein Nachrichtenartikel</translation>
    </message>
    <message>
        <source>No discussion found for this article that Threadkeeper can read (its comments feed is %1): it is shown alone</source>
        <translation>Zu diesem Artikel wurde keine Diskussion gefunden, die Threadkeeper lesen kann (sein Kommentar-Feed ist %1): er wird allein angezeigt</translation>
    </message>
    <message>
        <source>%1 is not a thread but a listing of threads (%2): subscribe to it to follow them</source>
        <translation>%1 ist kein Thread, sondern eine Liste von Threads (%2): abonnieren Sie sie, um ihnen zu folgen</translation>
    </message>
    <message>
        <source>%1 is not a thread, but the page offers feeds: subscribe to it to follow them</source>
        <translation>%1 ist kein Thread, aber die Seite bietet Feeds an: abonnieren Sie sie, um ihnen zu folgen</translation>
    </message>
    <message>
        <source>%1 needs an account, and this Threadkeeper keeps none</source>
        <translation>%1 braucht ein Konto, und dieses Threadkeeper verwaltet keine</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ThreadRefresher</name>
    <message>
        <source>already refreshing %1</source>
        <translation>%1 wird bereits aktualisiert</translation>
    </message>
    <message>
        <source>not a forum thread Threadkeeper can read: %1</source>
        <translation>kein Forenthread, den Threadkeeper lesen kann: %1</translation>
    </message>
    <message>
        <source>there is no cache to refresh</source>
        <translation>es gibt keinen Cache zum Aktualisieren</translation>
    </message>
    <message>
        <source>%1 is not in the cache: open it once to keep it</source>
        <translation>%1 ist nicht im Cache: einmal öffnen, um ihn zu behalten</translation>
    </message>
    <message>
        <source>could not check %1: %2</source>
        <translation>%1 konnte nicht geprüft werden: %2</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ThreadTreeModel</name>
    <message>
        <source>Hidden: post by %1 — %2</source>
        <translation>Ausgeblendet: Beitrag von %1 — %2</translation>
    </message>
    <message>
        <source>(quotes only)</source>
        <translation>(nur Zitate)</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>ungelesen</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Says</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ViewActions</name>
    <message>
        <source>Collapse/Expand &amp;Quotes</source>
        <translation>&amp;Zitate ein-/ausklappen</translation>
    </message>
    <message>
        <source>&amp;Expand Tree</source>
        <translation>Baum a&amp;ufklappen</translation>
    </message>
    <message>
        <source>&amp;Collapse Tree</source>
        <translation>Baum zu&amp;klappen</translation>
    </message>
    <message>
        <source>&amp;Hidden Posts</source>
        <translation>&amp;Ausgeblendete Beiträge</translation>
    </message>
    <message>
        <source>&amp;Search All Threads…</source>
        <translation>Alle Threads &amp;durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>Bib&amp;liothek</translation>
    </message>
    <message>
        <source>&amp;Followed Posters</source>
        <translation>&amp;Gefolgte Verfasser</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::WatchAction</name>
    <message>
        <source>&amp;Watch Thread</source>
        <translation>Thread &amp;beobachten</translation>
    </message>
    <message>
        <source>Keep this thread in the library for good, and refresh it in the background</source>
        <translation>Diesen Thread dauerhaft in der Bibliothek behalten und im Hintergrund aktualisieren</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::WatchScheduler</name>
    <message>
        <source>working offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>the site asked not to be asked again before %1</source>
        <translation>die Website hat gebeten, vor %1 nicht erneut gefragt zu werden</translation>
    </message>
</context>
<context>
    <name>Threadkeeper::WebDavTransport</name>
    <message>
        <source>%1 is not a WebDAV address (https://…)</source>
        <translation>%1 ist keine WebDAV-Adresse (https://…)</translation>
    </message>
    <message>
        <source>WebDAV over plain http is only allowed to this machine; use https</source>
        <translation>WebDAV über einfaches http ist nur zu diesem Rechner erlaubt; verwenden Sie https</translation>
    </message>
    <message>
        <source>“%1” is not a file name in %2</source>
        <translation>„%1“ ist kein Dateiname in %2</translation>
    </message>
    <message>
        <source>%1 sent more than %2 MB</source>
        <translation>%1 hat mehr als %2 MB gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent the request on to %2 (HTTP %3); only redirects within the same server are followed</source>
        <translation>%1 hat die Anfrage an %2 weitergeleitet (HTTP %3); nur Weiterleitungen innerhalb desselben Servers werden befolgt</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The connection to %1 broke off: %2</source>
        <translation>Die Verbindung zu %1 ist abgebrochen: %2</translation>
    </message>
    <message>
        <source>%1 refused the user name or password (HTTP %2)</source>
        <translation>%1 hat Benutzername oder Passwort abgelehnt (HTTP %2)</translation>
    </message>
    <message>
        <source>%1 refused access: the user name or password was refused, or may not use this folder (HTTP %2)</source>
        <translation>%1 hat den Zugriff verweigert: Benutzername oder Passwort wurden abgelehnt oder dürfen diesen Ordner nicht verwenden (HTTP %2)</translation>
    </message>
    <message>
        <source>%1 sent the request to another server (HTTP %2), which is not followed</source>
        <translation>%1 hat die Anfrage an einen anderen Server geschickt (HTTP %2); dem wird nicht gefolgt</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 hat mit HTTP %2 geantwortet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be made: the folder it is in is missing (HTTP 409)</source>
        <translation>%1 kann nicht angelegt werden: Der Ordner, in dem es liegt, fehlt (HTTP 409)</translation>
    </message>
    <message>
        <source>%1 sent another part of the file than asked (%2)</source>
        <translation>%1 hat einen anderen Teil der Datei gesendet als erbeten (%2)</translation>
    </message>
</context>
<context>
    <name>UnsubscribeCommand</name>
    <message>
        <source>Unsubscribe from “%1”</source>
        <translation>Abonnement „%1“ beenden</translation>
    </message>
</context>
<context>
    <name>WebDavListing</name>
    <message>
        <source>the listing is not readable XML (%1)</source>
        <translation>die Auflistung ist kein lesbares XML (%1)</translation>
    </message>
    <message>
        <source>the answer is not a WebDAV listing</source>
        <translation>die Antwort ist keine WebDAV-Auflistung</translation>
    </message>
    <message>
        <source>the listing has more than %L1 entries</source>
        <translation>die Auflistung hat mehr als %L1 Einträge</translation>
    </message>
</context>
<context>
    <name>WindowOptions</name>
    <message>
        <source>The cache file.</source>
        <translation>Die Cache-Datei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Read from the cache only.</source>
        <translation>Nur aus dem Cache lesen.</translation>
    </message>
    <message>
        <source>Select this post id once loaded.</source>
        <translation>Den Beitrag mit dieser ID nach dem Laden auswählen.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Once the thread is loaded, save the window as a PNG and quit.</source>
        <translation>Nach dem Laden des Threads das Fenster als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>Read in this palette: system, light or dark (kept for later starts).</source>
        <translation>In dieser Farbgebung lesen: system, light oder dark (bleibt für spätere Starts).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Once the window shows its thread&apos;s first rows, print the milliseconds since start and the number of posts shown to stderr, and quit (for benchmarks).</source>
        <translation>Sobald das Fenster die ersten Zeilen seines Threads zeigt, die Millisekunden seit dem Start und die Zahl der gezeigten Beiträge auf stderr ausgeben und beenden (für Benchmarks).</translation>
    </message>
    <message>
        <source>A thread URL.</source>
        <translation>Eine Thread-URL.</translation>
    </message>
    <message>
        <source>[url]</source>
        <translation>[url]</translation>
    </message>
    <message>
        <source>threadkeeper: handed over to the window already open on this cache</source>
        <translation>threadkeeper: an das Fenster übergeben, das diesen Cache schon geöffnet hat</translation>
    </message>
    <message>
        <source>threadkeeper: another Threadkeeper has %1 open and does not answer</source>
        <translation>threadkeeper: ein anderes Threadkeeper hat %1 geöffnet und antwortet nicht</translation>
    </message>
    <message>
        <source>threadkeeper: --theme takes system, light or dark, not “%1”</source>
        <translation>threadkeeper: --theme nimmt system, light oder dark, nicht „%1“</translation>
    </message>
    <message>
        <source>threadkeeper: “%1” is neither a command nor an address. Commands: %2 (each takes --help).</source>
        <translation>threadkeeper: „%1“ ist weder ein Befehl noch eine Adresse. Befehle: %2 (jeder kennt --help).</translation>
    </message>
    <message>
        <source>threadkeeper: there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Commands that need none: %1 (each takes --help).</source>
        <translation>threadkeeper: Es gibt keinen Bildschirm für das Fenster (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Befehle, die keinen brauchen: %1 (jeder kennt --help).</translation>
    </message>
    <message>
        <source>A calm desktop reader for long forum threads.

  threadkeeper [URL]                        read a thread; with none, the thread read last
                                            (the demo thread on the first start ever)

Commands that need no display:
  threadkeeper export --format json URL     print a thread as JSON (a cached one refreshed)
  threadkeeper refresh --watched | URL...   refresh cached threads, one JSON line each
  threadkeeper feed URL                     print a feed&apos;s items, one JSON object a line
  threadkeeper subscriptions list|add|remove|refresh|export|import   feeds, sections, front pages
  threadkeeper rules list|add|remove|export|import   hide, follow and score posters
  threadkeeper annotations export|import    notes and highlights, as Markdown or JSON
  threadkeeper search QUERY                 find cached posts by their own words (not quotes)
  threadkeeper sync [--folder DIR | --webdav URL]   one round of sync with the other devices
  threadkeeper mark --read|--unread URL [POST-ID...]   read state from scripts
Each takes --help.</source>
        <translation>Ein ruhiger Desktop-Leser für lange Forenthreads.

  threadkeeper [URL]                        einen Thread lesen; ohne URL der zuletzt gelesene
                                            (beim allerersten Start der Demo-Thread)

Befehle, die keinen Bildschirm brauchen:
  threadkeeper export --format json URL     einen Thread als JSON ausgeben (einen im Cache aktualisiert)
  threadkeeper refresh --watched | URL...   Threads im Cache aktualisieren, eine JSON-Zeile je Thread
  threadkeeper feed URL                     die Einträge eines Feeds ausgeben, ein JSON-Objekt je Zeile
  threadkeeper subscriptions list|add|remove|refresh|export|import   Feeds, Forenbereiche, Startseiten
  threadkeeper rules list|add|remove|export|import   Verfasser ausblenden, ihnen folgen, sie bewerten
  threadkeeper annotations export|import    Notizen und Markierungen, als Markdown oder JSON
  threadkeeper search ANFRAGE               Beiträge im Cache nach ihren eigenen Worten finden (nicht Zitaten)
  threadkeeper sync [--folder ORDNER | --webdav URL]   ein Abgleich mit den anderen Geräten
  threadkeeper mark --read|--unread URL [BEITRAGS-ID...]   Lesestatus aus Skripten
Jeder kennt --help.</translation>
    </message>
</context>
</TS>
