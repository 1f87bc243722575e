<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>RefreshAnnouncement</name>
    <message numerus="yes">
        <source>%n new posts in %1</source>
        <translation>
            <numerusform>%n new post in %1</numerusform>
            <numerusform>%n new posts in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ActivityChart</name>
    <message numerus="yes">
        <source>%1: %n post(s)</source>
        <translation>
            <numerusform>%1: %n post</numerusform>
            <numerusform>%1: %n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>posts per %n minute(s)</source>
        <translation>
            <numerusform>posts per %n minute</numerusform>
            <numerusform>posts per %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Threadkeeper::FindBar</name>
    <message numerus="yes">
        <source>%n post(s) by this poster</source>
        <translation>
            <numerusform>%n post by this poster</numerusform>
            <numerusform>%n posts by this poster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Threadkeeper::FollowedModel</name>
    <message numerus="yes">
        <source>%1 (%n unread)</source>
        <translation>
            <numerusform>%1 (%n unread)</numerusform>
            <numerusform>%1 (%n unread)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ImportExportActions</name>
    <message numerus="yes">
        <source>Exported %n annotation(s) to %1</source>
        <translation>
            <numerusform>Exported %n annotation to %1</numerusform>
            <numerusform>Exported %n annotations to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n Annotation(s)</source>
        <translation>
            <numerusform>Import %n Annotation</numerusform>
            <numerusform>Import %n Annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s) from %1</source>
        <translation>
            <numerusform>Imported %n annotation from %1</numerusform>
            <numerusform>Imported %n annotations from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rule(s) to %1</source>
        <translation>
            <numerusform>Exported %n rule to %1</numerusform>
            <numerusform>Exported %n rules to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n Rule(s)</source>
        <translation>
            <numerusform>Import %n Rule</numerusform>
            <numerusform>Import %n Rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s) from %1</source>
        <translation>
            <numerusform>Imported %n rule from %1</numerusform>
            <numerusform>Imported %n rules from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Threadkeeper::LibraryDock</name>
    <message numerus="yes">
        <source>Removed “%1” (%n post(s)) from the cache. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Removed “%1” (%n post) from the cache. Undo with Ctrl+Z.</numerusform>
            <numerusform>Removed “%1” (%n posts) from the cache. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n annotation(s). Remove the thread from the cache?</source>
        <translation>
            <numerusform>“%1” holds %n annotation. Remove the thread from the cache?</numerusform>
            <numerusform>“%1” holds %n annotations. Remove the thread from the cache?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n thread(s) not opened for %1: %2</source>
        <translation>
            <numerusform>Removed %n thread not opened for %1: %2</numerusform>
            <numerusform>Removed %n threads not opened for %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Threadkeeper::LibraryModel</name>
    <message numerus="yes">
        <source>%1: %n cached thread(s)</source>
        <translation>
            <numerusform>%1: %n cached thread</numerusform>
            <numerusform>%1: %n cached threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n thread</numerusform>
            <numerusform>%n threads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Threadkeeper::LoadStatus</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n post(s) loaded are kept</source>
        <translation>
            <numerusform>Stopped: %n post loaded are kept</numerusform>
            <numerusform>Stopped: %n posts loaded are kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline (%1): showing the cached copy, %n post(s)</source>
        <translation>
            <numerusform>Offline (%1): showing the cached copy, %n post</numerusform>
            <numerusform>Offline (%1): showing the cached copy, %n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 of %n page(s); failed: %2. Reload Whole Thread (Ctrl+F5) to retry.</source>
        <translation>
            <numerusform>Loaded %1 of %n page; failed: %2. Reload Whole Thread (Ctrl+F5) to retry.</numerusform>
            <numerusform>Loaded %1 of %n pages; failed: %2. Reload Whole Thread (Ctrl+F5) to retry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 of %n part(s); failed: %2. Reload Whole Thread (Ctrl+F5) to retry.</source>
        <translation>
            <numerusform>Loaded %1 of %n part; failed: %2. Reload Whole Thread (Ctrl+F5) to retry.</numerusform>
            <numerusform>Loaded %1 of %n parts; failed: %2. Reload Whole Thread (Ctrl+F5) to retry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) on %1</source>
        <translation>
            <numerusform>%n post on %1</numerusform>
            <numerusform>%n posts on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: showing the cached copy, %n post(s)</source>
        <translation>
            <numerusform>Offline: showing the cached copy, %n post</numerusform>
            <numerusform>Offline: showing the cached copy, %n posts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Threadkeeper::NewsModel</name>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <comment>comments</comment>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Threadkeeper::NewsView</name>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <comment>comments</comment>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <comment>items</comment>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Threadkeeper::PageFetcher</name>
    <message numerus="yes">
        <source>the server is busy (HTTP %1) and asks to wait %n minute(s)</source>
        <translation>
            <numerusform>the server is busy (HTTP %1) and asks to wait %n minute</numerusform>
            <numerusform>the server is busy (HTTP %1) and asks to wait %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the answer was cut short %n time(s): %1</source>
        <translation>
            <numerusform>the answer was cut short %n time: %1</numerusform>
            <numerusform>the answer was cut short %n times: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Threadkeeper::ReaderView</name>
    <message numerus="yes">
        <source>Copied %n line(s) of code</source>
        <translation>
            <numerusform>Copied %n line of code</numerusform>
            <numerusform>Copied %n lines of code</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Threadkeeper::RecentThreadsMenu</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Threadkeeper::SearchDock</name>
    <message numerus="yes">
        <source>%n post(s), best first</source>
        <translation>
            <numerusform>%n post, best first</numerusform>
            <numerusform>%n posts, best first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Threadkeeper::SubscriptionActions</name>
    <message numerus="yes">
        <source>%n new item(s) in %1</source>
        <translation>
            <numerusform>%n new item in %1</numerusform>
            <numerusform>%n new items in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n subscription(s)</source>
        <translation>
            <numerusform>Imported %n subscription</numerusform>
            <numerusform>Imported %n subscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n already subscribed</numerusform>
            <numerusform>%n already subscribed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n subscription(s) to %1</source>
        <translation>
            <numerusform>Exported %n subscription to %1</numerusform>
            <numerusform>Exported %n subscriptions to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Threadkeeper::SubscriptionBook</name>
    <message numerus="yes">
        <source>%1 offers %n feed(s); choose one.</source>
        <translation>
            <numerusform>%1 offers %n feed; choose it.</numerusform>
            <numerusform>%1 offers %n feeds; choose one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Threadkeeper::SubscriptionList</name>
    <message numerus="yes">
        <source>Refreshed “%1”: %n new item(s)</source>
        <translation>
            <numerusform>Refreshed “%1”: %n new item</numerusform>
            <numerusform>Refreshed “%1”: %n new items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Threadkeeper::WebDavTransport</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>%1 did not answer within %n second</numerusform>
            <numerusform>%1 did not answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
</TS>
