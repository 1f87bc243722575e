// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/searchdock.h"

#include "domain/search.h"
#include "models/searchresultsmodel.h"
#include "store/cachestore.h"

#include <QAbstractTextDocumentLayout>
#include <QBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>

namespace Threadkeeper {

namespace {

// A result in two lines: where and who, then the words with the hits in bold.
class SearchHitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &given, const QModelIndex &index) const override
    {
        QStyleOptionViewItem option = given;
        initStyleOption(&option, index);
        option.text.clear();
        option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &option, painter, option.widget);
        QTextDocument doc;
        layout(&doc, option, index);
        painter->save();
        painter->translate(option.rect.topLeft());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = option.palette;
        if (option.state & QStyle::State_Selected)
            context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QTextDocument doc;
        layout(&doc, option, index);
        return doc.size().toSize();
    }

private:
    static void layout(QTextDocument *doc, const QStyleOptionViewItem &option, const QModelIndex &index)
    {
        const QString head = index.data().toString().section(QLatin1Char('\n'), 0, 0);
        doc->setDefaultFont(option.font);
        doc->setTextWidth(std::max(120, option.rect.width()));
        doc->setHtml(QStringLiteral("<div style='color:%1'>%2</div><div>%3</div>")
                         .arg(option.palette.color(QPalette::PlaceholderText).name(), head.toHtmlEscaped(),
                             index.data(SearchResultsModel::SnippetHtmlRole).toString()));
    }
};

} // namespace

SearchDock::SearchDock(CacheStore *store, QWidget *parent)
    : QDockWidget(tr("Search"), parent)
    , m_store(store)
    , m_results(new SearchResultsModel(this))
    , m_edit(new QLineEdit)
    , m_status(new QLabel)
    , m_list(new QListView)
{
    setObjectName(QStringLiteral("searchDock"));
    m_edit->setObjectName(QStringLiteral("searchText"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(
        tr("Words, \"a phrase\", prefix*, author:, thread:, site:, is:unread, is:followed, has:note"));
    m_edit->setToolTip(
        tr("Searches every cached post's own words, never the quotes in it. Filters: author:NAME, "
           "thread:WORDS, site:HOST, is:unread, is:followed, has:note, before:YYYY-MM-DD, after:YYYY-MM-DD"));
    m_status->setWordWrap(true);
    m_list->setModel(m_results);
    m_list->setItemDelegate(new SearchHitDelegate(m_list));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setAlternatingRowColors(true);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    setWidget(content);
    setMinimumWidth(200);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &SearchDock::search);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (m_results->rowCount() > 0)
            activate(m_results->index(0));
    });
    connect(m_list, &QListView::activated, this, &SearchDock::activate);
    connect(m_store, &CacheStore::searched, this,
        [this](quint64 ticket, const QList<SearchHit> &hits, const QString &error) {
            if (ticket != m_ticket)
                return; // an answer to what was typed before
            m_results->setHits(hits);
            m_status->setText(!error.isEmpty() ? error
                    : hits.isEmpty()           ? tr("No cached post says that.")
                                               : tr("%n post(s), best first", nullptr, int(hits.size())));
            Q_EMIT searchFinished();
        });
}

void SearchDock::setThresholds(const ScoreThresholds &thresholds)
{
    m_thresholds = thresholds;
}

void SearchDock::begin()
{
    show();
    raise();
    m_edit->setFocus();
    m_edit->selectAll();
}

void SearchDock::setQuery(const QString &text)
{
    m_edit->setText(text);
    m_debounce.stop();
    search();
}

QString SearchDock::statusText() const
{
    return m_status->text();
}

void SearchDock::search()
{
    SearchQuery query = SearchQuery::parse(m_edit->text());
    query.thresholds = m_thresholds;
    ++m_ticket;
    if (!query.error.isEmpty() || query.isEmpty()) {
        m_results->setHits({});
        m_status->setText(query.error);
        return;
    }
    m_status->setText(tr("Searching…"));
    m_store->search(query, 200, m_ticket);
}

void SearchDock::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT postActivated(index.data(SearchResultsModel::ThreadUrlRole).toString(),
        index.data(SearchResultsModel::PostIdRole).toString());
}

} // namespace Threadkeeper
