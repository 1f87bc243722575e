// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmldocument.h"
#include "htmlnesting.h"

#include <myhtml/api.h>

namespace Threadkeeper {

namespace {

// One parser per thread: myhtml_t is not shareable across threads, and creating
// one per page costs more than parsing a small page.
struct ThreadParser
{
    myhtml_t *handle = nullptr;
    ThreadParser()
    {
        handle = myhtml_create();
        if (myhtml_init(handle, MyHTML_OPTIONS_PARSE_MODE_SINGLE, 1, 0) != MyHTML_STATUS_OK) {
            myhtml_destroy(handle);
            handle = nullptr;
        }
    }
    ~ThreadParser()
    {
        if (handle)
            myhtml_destroy(handle);
    }
};

myhtml_t *threadParser()
{
    thread_local ThreadParser parser;
    return parser.handle;
}

} // namespace

bool HtmlNode::isText() const
{
    return m_node && myhtml_node_tag_id(m_node) == MyHTML_TAG__TEXT;
}

bool HtmlNode::isElement() const
{
    if (!m_node)
        return false;
    const myhtml_tag_id_t id = myhtml_node_tag_id(m_node);
    return id != MyHTML_TAG__TEXT && id != MyHTML_TAG__COMMENT && id != MyHTML_TAG__UNDEF
        && id != MyHTML_TAG__DOCTYPE && id != MyHTML_TAG__END_OF_FILE;
}

QByteArrayView HtmlNode::tag() const
{
    if (!isElement())
        return {};
    size_t length = 0;
    const char *name = myhtml_tag_name_by_id(myhtml_node_tree(m_node), myhtml_node_tag_id(m_node), &length);
    return name ? QByteArrayView(name, qsizetype(length)) : QByteArrayView();
}

QByteArrayView HtmlNode::attribute(QByteArrayView name) const
{
    if (!m_node)
        return {};
    myhtml_tree_attr_t *attr = myhtml_attribute_by_key(m_node, name.data(), size_t(name.size()));
    if (!attr)
        return {};
    size_t length = 0;
    const char *value = myhtml_attribute_value(attr, &length);
    // An attribute with no value is present but empty: keep a non-null pointer.
    return value ? QByteArrayView(value, qsizetype(length)) : QByteArrayView("", 0);
}

QString HtmlNode::attributeString(QByteArrayView name) const
{
    return QString::fromUtf8(attribute(name));
}

bool HtmlNode::hasClass(QByteArrayView cls) const
{
    const QByteArrayView classes = attribute("class");
    qsizetype from = 0;
    while (from < classes.size()) {
        const qsizetype at = classes.indexOf(cls, from);
        if (at < 0)
            return false;
        const qsizetype end = at + cls.size();
        const bool startOk = at == 0 || QChar::isSpace(uchar(classes[at - 1]));
        const bool endOk = end == classes.size() || QChar::isSpace(uchar(classes[end]));
        if (startOk && endOk)
            return true;
        from = at + 1;
    }
    return false;
}

HtmlNode HtmlNode::parent() const
{
    return HtmlNode(m_node ? myhtml_node_parent(m_node) : nullptr);
}

HtmlNode HtmlNode::firstChild() const
{
    return HtmlNode(m_node ? myhtml_node_child(m_node) : nullptr);
}

HtmlNode HtmlNode::next() const
{
    return HtmlNode(m_node ? myhtml_node_next(m_node) : nullptr);
}

QByteArrayView HtmlNode::ownText() const
{
    if (!isText())
        return {};
    size_t length = 0;
    const char *text = myhtml_node_text(m_node, &length);
    return text ? QByteArrayView(text, qsizetype(length)) : QByteArrayView();
}

QString HtmlNode::textContent() const
{
    if (isText())
        return QString::fromUtf8(ownText());
    QByteArray out;
    walk([&out](HtmlNode n) {
        if (n.isText())
            out += n.ownText();
        return Walk::Descend;
    });
    return QString::fromUtf8(out);
}

HtmlDocument::HtmlDocument(QByteArrayView utf8)
{
    myhtml_t *parser = threadParser();
    if (!parser)
        return;
    // Cut before the tree builder sees it: its scope checks walk the stack of open elements,
    // so deep nesting costs it time quadratic in the depth. Kept while the tree lives, as
    // the parser was handed it.
    m_source = limitNesting(utf8);
    m_tree = myhtml_tree_create();
    if (myhtml_tree_init(m_tree, parser) != MyHTML_STATUS_OK
        || myhtml_parse(m_tree, MyENCODING_UTF_8, m_source.constData(), size_t(m_source.size()))
            != MyHTML_STATUS_OK) {
        myhtml_tree_destroy(m_tree);
        m_tree = nullptr;
    }
}

HtmlDocument::~HtmlDocument()
{
    if (m_tree)
        myhtml_tree_destroy(m_tree);
}

HtmlNode HtmlDocument::document() const
{
    return HtmlNode(m_tree ? myhtml_tree_get_document(m_tree) : nullptr);
}

HtmlNode HtmlDocument::body() const
{
    return HtmlNode(m_tree ? myhtml_tree_get_node_body(m_tree) : nullptr);
}

} // namespace Threadkeeper
