// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/rule.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QUndoStack;

namespace Threadkeeper {

class RuleBook;

// Posters and Rules: every rule with its score, scope, expiry and note; add, remove
// (undoably, through the window's undo stack) and the hide/follow thresholds.
class RulesDialog : public QDialog
{
    Q_OBJECT
public:
    RulesDialog(RuleBook *rules, QUndoStack *undo, const QString &threadUrl,
        const ScoreThresholds &thresholds, QWidget *parent = nullptr);
    ScoreThresholds thresholds() const;
    // Starts a new poster rule for this name.
    void preparePosterRule(const QString &name);
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void thresholdsChanged(const Threadkeeper::ScoreThresholds &thresholds);

private:
    void fill();
    void addRule();
    void removeSelected();

    RuleBook *m_rules;
    QUndoStack *m_undo;
    QString m_threadUrl;
    QTableWidget *m_table;
    QComboBox *m_kind;
    QLineEdit *m_pattern;
    QSpinBox *m_score;
    QComboBox *m_scope;
    QSpinBox *m_days;
    QLineEdit *m_note;
    QSpinBox *m_hide;
    QSpinBox *m_follow;
};

} // namespace Threadkeeper
