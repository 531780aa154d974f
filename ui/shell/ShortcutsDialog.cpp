// SPDX-FileCopyrightText: 2026 The Balie developers
// SPDX-License-Identifier: Apache-2.0

#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace balie::ui {

ShortcutsDialog::ShortcutsDialog(QWidget* window, QWidget* parent)
    : QDialog(parent)
    , m_window(window)
    , m_list(new QTreeWidget(this))
{
    setObjectName(u"shortcutsDialog"_s);
    m_list->setObjectName(u"shortcutList"_s);
    m_list->setColumnCount(2);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(520, 560);
    fill();
}

void ShortcutsDialog::fill()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({tr("What"), tr("Keys")});
    m_list->clear();
    QSet<QString> seen;
    const QList<QAction*> actions = m_window->findChildren<QAction*>();
    for (const QAction* action : actions) {
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty())
            continue;
        QString what = action->text();
        what.remove(u'&');
        what.remove(u'…');
        if (what.isEmpty() || seen.contains(what))
            continue;
        seen.insert(what);
        QStringList shown;
        for (const QKeySequence& key : keys)
            shown << key.toString(QKeySequence::NativeText);
        m_list->addTopLevelItem(new QTreeWidgetItem({what, shown.join(tr(", "))}));
    }
    // Keys of the views and fields themselves, which no action names.
    auto key = [](Qt::Key k) {
        return QKeySequence(k).toString(QKeySequence::NativeText);
    };
    auto chord = [](QKeyCombination k) {
        return QKeySequence(k).toString(QKeySequence::NativeText);
    };
    const QList<std::pair<QString, QString>> more{
        {tr("Open the selected row"), key(Qt::Key_Return)},
        {tr("Show the suggestions of a customer field"), key(Qt::Key_Down)},
        {tr("Move to the next field, also out of a date"), key(Qt::Key_Tab)},
        {tr("Choose another booking in the calendar"), tr("Arrow keys")},
        {tr("Move the booking chosen in the calendar a quarter of an hour or a day"),
         QStringList{chord(Qt::ALT | Qt::Key_Up), chord(Qt::ALT | Qt::Key_Down),
                     chord(Qt::ALT | Qt::Key_Left), chord(Qt::ALT | Qt::Key_Right)}
             .join(tr(", "))},
        {tr("Make the booking chosen in the calendar a quarter of an hour longer or shorter"),
         QStringList{chord(Qt::ALT | Qt::SHIFT | Qt::Key_Down),
                     chord(Qt::ALT | Qt::SHIFT | Qt::Key_Up)}
             .join(tr(", "))},
        {tr("Close a dialog or a list"), key(Qt::Key_Escape)},
    };
    for (const auto& [what, keys] : more)
        m_list->addTopLevelItem(new QTreeWidgetItem({what, keys}));
    m_list->sortItems(0, Qt::AscendingOrder);
}

void ShortcutsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QDialog::changeEvent(event);
}

} // namespace balie::ui
