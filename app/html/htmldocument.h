// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

struct myhtml_tree;
struct myhtml_tree_node;

namespace Threadkeeper {

// A read-only handle on one node of a parsed document. Cheap to copy; valid while
// its HtmlDocument lives.
class HtmlNode
{
public:
    HtmlNode() = default;
    explicit HtmlNode(myhtml_tree_node *node)
        : m_node(node)
    { }

    bool isNull() const { return m_node == nullptr; }
    explicit operator bool() const { return m_node != nullptr; }
    bool operator==(const HtmlNode &other) const = default;

    bool isText() const;
    bool isElement() const;
    // The lower-case tag name, e.g. "div"; empty for text and comments.
    QByteArrayView tag() const;
    bool is(QByteArrayView tagName) const { return tag() == tagName; }

    // The raw attribute value, entities decoded, or a null view.
    QByteArrayView attribute(QByteArrayView name) const;
    bool hasAttribute(QByteArrayView name) const { return attribute(name).data() != nullptr; }
    QString attributeString(QByteArrayView name) const;
    // Whether the class attribute contains this whole token.
    bool hasClass(QByteArrayView cls) const;

    HtmlNode parent() const;
    HtmlNode firstChild() const;
    HtmlNode next() const;

    // The text of a text node.
    QByteArrayView ownText() const;
    // All descendant text, as the browser's textContent (not normalised).
    QString textContent() const;

    enum class Walk
    {
        Descend,
        Skip,
        Stop
    };
    // Visits this node's subtree depth-first, in document order (not the node itself);
    // the visitor says whether to descend into a node, skip its subtree, or stop.
    // Iterative, so hostile nesting cannot exhaust the stack.
    template<typename Visit> void walk(Visit &&visit) const;

    // Depth-first search in this node's subtree (not the node itself), skipping the
    // subtrees of matches. Iterative, so hostile nesting cannot exhaust the stack.
    template<typename Pred, typename Fn> void forEachMatch(Pred &&pred, Fn &&fn) const;
    // The first match in document order; stops there.
    template<typename Pred> HtmlNode findFirst(Pred &&pred) const
    {
        HtmlNode found;
        walk([&](HtmlNode n) {
            if (n.isElement() && pred(n)) {
                found = n;
                return Walk::Stop;
            }
            return Walk::Descend;
        });
        return found;
    }
    HtmlNode findFirstWithClass(QByteArrayView cls) const
    {
        return findFirst([cls](HtmlNode n) { return n.hasClass(cls); });
    }
    HtmlNode findFirstTag(QByteArrayView tagName) const
    {
        return findFirst([tagName](HtmlNode n) { return n.is(tagName); });
    }

private:
    myhtml_tree_node *m_node = nullptr;
};

// An HTML5 document parsed with MyHTML (Debian's libmodest), its nesting first cut at
// limitNesting()'s depth so that any page parses in time linear in its size. Parsing is
// thread-safe: each thread keeps its own parser instance.
class HtmlDocument
{
public:
    explicit HtmlDocument(QByteArrayView utf8);
    ~HtmlDocument();
    HtmlDocument(const HtmlDocument &) = delete;
    HtmlDocument &operator=(const HtmlDocument &) = delete;

    bool isValid() const { return m_tree != nullptr; }
    HtmlNode document() const;
    HtmlNode body() const;

private:
    QByteArray m_source; // the page as parsed: nesting cut at limitNesting()'s depth
    myhtml_tree *m_tree = nullptr;
};

template<typename Visit> void HtmlNode::walk(Visit &&visit) const
{
    if (!m_node)
        return;
    HtmlNode n = firstChild();
    while (n) {
        const Walk next = visit(n);
        if (next == Walk::Stop)
            return;
        HtmlNode child = next == Walk::Descend ? n.firstChild() : HtmlNode();
        if (child) {
            n = child;
            continue;
        }
        // Climb until a next sibling exists, never above this node.
        while (n && n != *this && !n.next())
            n = n.parent();
        if (!n || n == *this)
            break;
        n = n.next();
    }
}

template<typename Pred, typename Fn> void HtmlNode::forEachMatch(Pred &&pred, Fn &&fn) const
{
    walk([&](HtmlNode n) {
        if (n.isElement() && pred(n)) {
            fn(n);
            return Walk::Skip;
        }
        return Walk::Descend;
    });
}

} // namespace Threadkeeper
