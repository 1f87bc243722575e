<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AnnotationsCommand</name>
    <message>
        <source>The cache file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: md or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: only this thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export, or import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (known: md, json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: threadkeeper annotations export [--format md|json] [--thread URL] | import FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Threadkeeper cache: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this Threadkeeper knows (%3); not touching it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing migration %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatePrompt</name>
    <message>
        <source>Untrusted Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; showed a certificate that no authority vouches for.&lt;/p&gt;&lt;p&gt;Trust it only if you know this forum uses its own certificate, ideally after comparing the fingerprint with one the site&apos;s owners published. Threadkeeper will accept exactly this certificate for %1, and ask again if it ever changes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to: %1
Issued by: %2
Valid: %3 to %4
SHA-256: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Displays this help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForumEngine</name>
    <message>
        <source>not the Hacker News item %1 from Algolia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the Hacker News item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not whole JSON (%1 at byte %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the Lemmy post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a page of Lemmy comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page ends before its closing &lt;/html&gt; (%1 bytes arrived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is too large (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Discourse topic (the answer has no post_stream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no post_stream (%1 bytes arrived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer&apos;s post_stream has no %1 (%2 bytes arrived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page could not be parsed as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no XenForo posts found on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phpBB posts found on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no vBulletin posts found on the page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 is incomplete (kind, thread, post, and the words of a highlight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Threadkeeper %1 file: no &quot;%2&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file version %2 is newer than this Threadkeeper knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 is incomplete (kind, site, pattern and scope are needed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostRenderer</name>
    <message>
        <source>followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden: post by %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphaned: no longer in the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoiler: click to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden: quote of %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more quotes… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go to post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoiler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoiler: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shown: more than %1 pictures in one post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this post&apos;s pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always show images from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshAnnouncement</name>
    <message>
        <source>1 new post in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new posts in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, including %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveThreadCommand</name>
    <message>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyword &apos;%1&apos; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleBook</name>
    <message>
        <source>there is no rule %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesCommand</name>
    <message>
        <source>Hide, follow and score posters and words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: a rule on this poster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: a rule on this word or phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the forum&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: this thread only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the score to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: hide (score -100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: follow (score +100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: expire after this many days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, add, remove ID, export [FILE], import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add needs exactly one of --poster NAME or --keyword WORDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--thread needs a thread URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add needs --site HOST (or --thread URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add needs exactly one of --hide, --follow or --score N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--score needs a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days needs a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the poster or keyword is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove needs a rule id (see &apos;rules list&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: threadkeeper rules list|add|remove ID|export [FILE]|import FILE [--cache FILE]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>not a date (YYYY-MM-DD): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>The cache file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many posts (100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs a query: words, &quot;a phrase&quot;, prefix*, author:NAME, thread:WORDS, site:HOST, is:unread, is:followed, has:note, before:YYYY-MM-DD, after:YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>the search could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ActivityChart</name>
    <message>
        <source>Thread activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n post(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most posts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread activity appears here when a thread opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>posts per %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>posts per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posts per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posts per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posts per month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threadkeeper::AnnotationListModel</name>
    <message>
        <source>%1 (orphaned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight or post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threadkeeper::AnnotationsDock</name>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orphaned only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter notes and highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights whose words are no longer in the post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threadkeeper::Appearance</name>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Font…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Avatars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load posters&apos; pictures from their forum (off: nothing is fetched for them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site shows pictures without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Before Loading Pictures from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ArticlePanel</name>
    <message>
        <source>The article appears here when a thread opens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threadkeeper::CacheStore</name>
    <message>
        <source>could not cache page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save quote links: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save read state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save the reading place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save the watch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save the visit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save the check time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not keep what the forum answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cache is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing kept to put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save the rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save the annotation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not remove the annotation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not remove the rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not keep the picture: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not keep the image setting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not keep the folded quotes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ErrorBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ExportCommand</name>
    <message>
        <source>Print a thread as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the cache only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-request timeout in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thread&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (known: json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes exactly one thread URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threadkeeper::FindBar</name>
    <message>
        <source>Find in thread: words, or a poster&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Thread…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No post matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) by this poster</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Threadkeeper::FollowedDock</name>
    <message>
        <source>Followed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threadkeeper::FollowedModel</name>
    <message numerus="yes">
        <source>%1 (%n unread)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ImageCache</name>
    <message>
        <source>not in the cache, and the reader is offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture is too large (%1×%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a picture Qt can read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ImportExportActions</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON, to import again (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n Annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s) from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rule(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n Rule(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s) from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Threadkeeper::LibraryDock</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title, address or engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the cache&apos;s free space back to the disk (VACUUM); reading goes on meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads you have not opened for this long are removed from the cache, unless they are watched, annotated, have unread posts or posts by posters you follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep unwatched threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not let old threads go: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the thread: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed “%1” (%n post(s)) from the cache. Undo with Ctrl+Z.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not put the thread back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is back in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compact the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compacted the cache: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n annotation(s). Remove the thread from the cache?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your annotations are kept: they show again when the thread is cached again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compacting the cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache: %1 on disk, %2 of it free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache: %1 on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n thread(s) not opened for %1: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Threadkeeper::LibraryModel</name>
    <message numerus="yes">
        <source>%1: %n cached thread(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>last opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts that came in since you last opened the thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About what the thread&apos;s posts take in the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threadkeeper::MainWindow</name>
    <message>
        <source>Threadkeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading (Esc); pages loaded so far are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Threadkeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 of the thread failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache could not be opened, so nothing will be kept for offline reading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Thread…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload W&amp;hole Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working online again: Refresh (F5) fetches what is new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Thread Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Thread Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Post &amp;Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Posters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide Poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Poster in This &amp;Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow Poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow Poster in This T&amp;hread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posters and &amp;Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note on Post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse/Expand &amp;Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collapse Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hidden Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a &amp;Placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove (Replies Move Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove with &amp;Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search All Threads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Followed Posters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread URL (%1: a thread, any page or a post&apos;s link):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: reading from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The thread you were reading stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n post(s) loaded are kept</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>working offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline (%1): showing the cached copy, %n post(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>page %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Trust This Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Undo with Ctrl+Z; all rules: Posters › Posters and Rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note (empty removes it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some of the post&apos;s own words (not its quotes) to annotate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on “%1” (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide %1 in This &amp;Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Post &amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cached threads yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 of %n page(s); failed: %2. Reload Whole Thread (Ctrl+F5) to retry.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 of %n part(s); failed: %2. Reload Whole Thread (Ctrl+F5) to retry.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) on %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Threadkeeper::PageFetcher</name>
    <message>
        <source>the page is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the server is busy (HTTP %1) and asks to wait %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the server is busy (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 showed a certificate that is not trusted (%2); SHA-256 fingerprint %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the answer was cut short %n time(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Threadkeeper::PaneLayout</name>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threadkeeper::PostView</name>
    <message>
        <source>Select a post to read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ReaderView</name>
    <message numerus="yes">
        <source>Copied %n line(s) of code</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pictures from %1 now load (View › Image Sites to undo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That post is not in the loaded thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened: %1 links never open from a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the quoted post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this thread: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked link: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threadkeeper::RefreshActions</name>
    <message>
        <source>Not checked: %1 asked not to be asked again before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the forum for new posts in this thread (only what can have changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;Watched Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot refresh now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 for new posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the watched threads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking watched threads: %1 of %2 (%3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threadkeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: part of the check failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new posts in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 watched threads: no new posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 watched threads: 1 new post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 watched threads: %2 new posts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threadkeeper::RulesDialog</name>
    <message>
        <source>Posters and Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poster name, or words of a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This thread only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide at or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow at or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threadkeeper::SearchDock</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, prefix*, author:, thread:, site:, is:unread, is:followed, has:note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches every cached post&apos;s own words, never the quotes in it. Filters: author:NAME, thread:WORDS, site:HOST, is:unread, is:followed, has:note, before:YYYY-MM-DD, after:YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cached post says that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n post(s), best first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threadkeeper::SearchResultsModel</name>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threadkeeper::SelectionController</name>
    <message>
        <source>The first post is the article, shown in the article pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing unread left in this thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No post by a followed poster in this thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read On (next unread)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Unread Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Unread Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Followed Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threadkeeper::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many pages of one site are fetched at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request that has received nothing for this long fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent with every request; empty sends Threadkeeper&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: requests go straight to the forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel requests per site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove (replies move up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove with replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide posts scoring at or below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow posters scoring at or above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden posts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check watched threads every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads not visited for longer are removed from the cache, unless watched, annotated, unread or with posts of posters you follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep unwatched threads:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action or key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ThreadLoader</name>
    <message>
        <source>not a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a forum thread Threadkeeper can read (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names a post but not its thread, and finding the thread needs the network (work online once, or open the thread&apos;s own address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the address of a thread of %2, and finding out what it is needs the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the cache, and Threadkeeper is offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not lead to a thread (it ended at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a forum thread Threadkeeper can read: %1 is not a thread address of %2, and the page it gave has none of their marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ThreadRefresher</name>
    <message>
        <source>already refreshing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a forum thread Threadkeeper can read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no cache to refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the cache: open it once to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ThreadTreeModel</name>
    <message>
        <source>Hidden: post by %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(quotes only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threadkeeper::WatchAction</name>
    <message>
        <source>&amp;Watch Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this thread in the library for good, and refresh it in the background</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Threadkeeper::WatchScheduler</name>
    <message>
        <source>working offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site asked not to be asked again before %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowOptions</name>
    <message>
        <source>The cache file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the cache only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select this post id once loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the thread is loaded, save the window as a PNG and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read in this palette: system, light or dark (kept for later starts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the window shows its thread&apos;s first rows, print the milliseconds since start and the number of posts shown to stderr, and quit (for benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calm desktop reader for long forum threads.

  threadkeeper [URL]                        read a thread; with none, the thread read last
                                            (the demo thread on the first start ever)

Commands that need no display:
  threadkeeper export --format json URL     print a thread as JSON
  threadkeeper rules list|add|remove|export|import   hide, follow and score posters
  threadkeeper annotations export|import    notes and highlights, as Markdown or JSON
  threadkeeper search QUERY                 find cached posts by their own words (not quotes)
Each takes --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A thread URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[url]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threadkeeper: handed over to the window already open on this cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threadkeeper: another Threadkeeper has %1 open and does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threadkeeper: --theme takes system, light or dark, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
