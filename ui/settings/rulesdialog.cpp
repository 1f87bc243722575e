// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/rulesdialog.h"

#include "services/rulebook.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>

namespace Threadkeeper {

RulesDialog::RulesDialog(RuleBook *rules, QUndoStack *undo, const QString &threadUrl,
    const ScoreThresholds &thresholds, QWidget *parent)
    : QDialog(parent)
    , m_rules(rules)
    , m_undo(undo)
    , m_threadUrl(threadUrl)
    , m_table(new QTableWidget(0, 6))
    , m_kind(new QComboBox)
    , m_pattern(new QLineEdit)
    , m_score(new QSpinBox)
    , m_scope(new QComboBox)
    , m_days(new QSpinBox)
    , m_note(new QLineEdit)
    , m_hide(new QSpinBox)
    , m_follow(new QSpinBox)
{
    setWindowTitle(tr("Posters and Rules"));
    setObjectName(QStringLiteral("rulesDialog"));
    m_table->setHorizontalHeaderLabels(
        {tr("Rule"), tr("Score"), tr("Site"), tr("Scope"), tr("Expires"), tr("Note")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    auto *remove = new QPushButton(tr("&Remove"));
    connect(remove, &QPushButton::clicked, this, &RulesDialog::removeSelected);

    m_kind->addItems({tr("Poster"), tr("Keyword")});
    m_pattern->setPlaceholderText(tr("poster name, or words of a post"));
    m_score->setRange(-10000, 10000);
    m_score->setValue(thresholds.hide);
    m_scope->addItem(tr("This site"));
    m_scope->addItem(tr("This thread only"));
    m_scope->setEnabled(!threadUrl.isEmpty());
    m_days->setRange(0, 3650);
    m_days->setSpecialValueText(tr("never"));
    m_days->setSuffix(tr(" days"));
    auto *add = new QPushButton(tr("&Add Rule"));
    connect(add, &QPushButton::clicked, this, &RulesDialog::addRule);
    auto *addBox = new QGroupBox(tr("New rule"));
    auto *form = new QFormLayout(addBox);
    form->addRow(tr("Matches"), m_kind);
    form->addRow(tr("Name or words"), m_pattern);
    form->addRow(tr("Score"), m_score);
    form->addRow(tr("Scope"), m_scope);
    form->addRow(tr("Expires after"), m_days);
    form->addRow(tr("Why"), m_note);
    form->addRow(QString(), add);

    m_hide->setObjectName(QStringLiteral("hideThreshold"));
    m_follow->setObjectName(QStringLiteral("followThreshold"));
    m_hide->setRange(-100000, 0);
    m_hide->setValue(thresholds.hide);
    m_follow->setRange(1, 100000);
    m_follow->setValue(thresholds.follow);
    auto *thresholdBox = new QGroupBox(tr("Thresholds"));
    auto *thresholdForm = new QFormLayout(thresholdBox);
    thresholdForm->addRow(tr("Hide at or below"), m_hide);
    thresholdForm->addRow(tr("Follow at or above"), m_follow);
    for (QSpinBox *box : {m_hide, m_follow})
        connect(box, &QSpinBox::valueChanged, this, [this] { Q_EMIT thresholdsChanged(this->thresholds()); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *side = new QVBoxLayout;
    side->addWidget(addBox);
    side->addWidget(thresholdBox);
    side->addStretch();
    auto *tableColumn = new QVBoxLayout;
    tableColumn->addWidget(m_table, 1);
    tableColumn->addWidget(remove, 0, Qt::AlignLeft);
    auto *body = new QHBoxLayout;
    body->addLayout(tableColumn, 1);
    body->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    resize(900, 420);

    connect(m_rules, &RuleBook::rulesChanged, this, &RulesDialog::fill);
    fill();
}

ScoreThresholds RulesDialog::thresholds() const
{
    return ScoreThresholds {m_hide->value(), m_follow->value()};
}

void RulesDialog::preparePosterRule(const QString &name)
{
    m_kind->setCurrentIndex(0);
    m_pattern->setText(name);
    m_score->setFocus();
    m_score->selectAll();
}

void RulesDialog::fill()
{
    const QList<Rule> &rules = m_rules->rules();
    m_table->setRowCount(int(rules.size()));
    for (int row = 0; row < rules.size(); ++row) {
        const Rule &r = rules[row];
        const QStringList cells {r.describe(), QString::number(r.score), r.site,
            r.scope == Rule::Scope::Site ? tr("site") : r.threadUrl,
            r.expires.isValid() ? QLocale().toString(r.expires.toLocalTime(), QLocale::ShortFormat)
                                : tr("never"),
            r.note};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, r.id);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
}

void RulesDialog::addRule()
{
    Rule rule;
    rule.kind = m_kind->currentIndex() == 0 ? Rule::Kind::Poster : Rule::Kind::Keyword;
    rule.pattern = m_pattern->text().trimmed();
    if (rule.pattern.isEmpty()) {
        m_pattern->setFocus();
        return;
    }
    rule.score = m_score->value();
    rule.site = siteOfThread(m_threadUrl);
    if (m_scope->currentIndex() == 1) {
        rule.scope = Rule::Scope::Thread;
        rule.threadUrl = m_threadUrl;
    }
    if (m_days->value() > 0)
        rule.expires = QDateTime::currentDateTimeUtc().addDays(m_days->value());
    rule.note = m_note->text();
    m_undo->push(new AddRuleCommand(m_rules, rule, tr("Add Rule %1").arg(rule.describe())));
    m_pattern->clear();
    m_note->clear();
}

void RulesDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    m_undo->push(new RemoveRuleCommand(m_rules, id, tr("Remove Rule")));
}

} // namespace Threadkeeper
