// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/appearance.h"

#include "reader/readerview.h"
#include "services/imagecache.h"

#include <QActionGroup>
#include <QApplication>
#include <QFontDatabase>
#include <QFontDialog>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QWidget>

namespace Threadkeeper {

Appearance::Appearance(ImageCache *images, const QList<ReaderView *> &readers, QObject *parent)
    : QObject(parent)
    , m_images(images)
    , m_readers(readers)
    , m_font(QFontDatabase::systemFont(QFontDatabase::GeneralFont))
    , m_systemPalette(QApplication::palette())
{ }

void Appearance::addActions(QMenu *view)
{
    QMenu *text = view->addMenu(tr("&Text"));
    QAction *larger = text->addAction(tr("&Larger"), this, [this] { zoom(1); });
    larger->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *smaller = text->addAction(tr("&Smaller"), this, [this] { zoom(-1); });
    smaller->setShortcut(QKeySequence::ZoomOut);
    QAction *reset = text->addAction(tr("&Normal Size"), this, [this] { zoom(0); });
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    larger->setObjectName(QStringLiteral("largerTextAction"));
    smaller->setObjectName(QStringLiteral("smallerTextAction"));
    reset->setObjectName(QStringLiteral("normalTextAction"));
    text->addSeparator();
    text->addAction(tr("&Font…"), this, [this] {
        auto *dialog = new QFontDialog(m_font, m_readers.value(0) ? m_readers.value(0)->window() : nullptr);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Reading Font"));
        connect(dialog, &QFontDialog::fontSelected, this, &Appearance::setReaderFont);
        dialog->open();
    });
    for (QAction *a : {larger, smaller, reset}) {
        // Window-wide, like the other reading keys.
        a->setShortcutContext(Qt::WindowShortcut);
        if (QWidget *w = m_readers.value(0))
            w->window()->addAction(a);
    }

    QMenu *themes = view->addMenu(tr("&Colours"));
    m_themes = new QActionGroup(this);
    const QList<QPair<Theme, QString>> choices {
        {Theme::System, tr("&System")}, {Theme::Light, tr("&Light")}, {Theme::Dark, tr("&Dark")}};
    for (const auto &[theme, name] : choices) {
        QAction *a = themes->addAction(name, this, [this, theme] { setTheme(theme); });
        a->setCheckable(true);
        a->setChecked(theme == m_theme);
        a->setData(int(theme));
        m_themes->addAction(a);
    }

    m_avatarAction = view->addAction(tr("Show &Avatars"), this, [this](bool on) { setShowAvatars(on); });
    m_avatarAction->setCheckable(true);
    m_avatarAction->setChecked(m_avatars);
    m_avatarAction->setEnabled(m_avatarsAvailable);
    m_avatarAction->setToolTip(
        tr("Load posters' pictures from their forum (off: nothing is fetched for them)"));
    QMenu *sites = view->addMenu(tr("&Image Sites"));
    sites->setObjectName(QStringLiteral("imageSitesMenu"));
    connect(sites, &QMenu::aboutToShow, this, [this, sites] { fillImageSites(sites); });
}

void Appearance::fillImageSites(QMenu *menu)
{
    menu->clear();
    const QStringList hosts = m_images->allowedSites();
    if (hosts.isEmpty()) {
        menu->addAction(tr("No site shows pictures without asking"))->setEnabled(false);
        return;
    }
    for (const QString &host : hosts)
        menu->addAction(tr("Ask Before Loading Pictures from %1").arg(host), this,
            [this, host] { m_images->forbidSite(host); });
}

void Appearance::setTheme(Theme theme)
{
    m_theme = theme;
    if (m_themes) {
        for (QAction *a : m_themes->actions())
            a->setChecked(a->data().toInt() == int(theme));
    }
    QApplication::setPalette(theme == Theme::Dark ? darkPalette()
            : theme == Theme::Light               ? lightPalette()
                                                  : m_systemPalette);
}

void Appearance::setReaderFont(const QFont &font)
{
    m_font = font;
    apply();
}

void Appearance::zoom(int steps)
{
    if (steps == 0) {
        m_font.setPointSizeF(QFontDatabase::systemFont(QFontDatabase::GeneralFont).pointSizeF());
    } else {
        const qreal size = m_font.pointSizeF() > 0 ? m_font.pointSizeF() : 10;
        m_font.setPointSizeF(std::clamp(size + steps, MinPointSize, MaxPointSize));
    }
    apply();
}

void Appearance::apply()
{
    for (ReaderView *w : std::as_const(m_readers)) {
        w->setFont(m_font); // the views re-render on FontChange
        w->setShowAvatars(m_avatars);
    }
}

void Appearance::setAvatarsAvailable(bool available)
{
    // The setting stays; a forum with no pictures of posters just does not offer it.
    m_avatarsAvailable = available;
    if (m_avatarAction)
        m_avatarAction->setEnabled(available);
}

void Appearance::setShowAvatars(bool show)
{
    m_avatars = show;
    if (m_avatarAction)
        m_avatarAction->setChecked(show);
    apply();
}

void Appearance::restore(const QSettings &settings)
{
    QFont font = m_font;
    if (const QString stored = settings.value(QStringLiteral("reader/font")).toString(); !stored.isEmpty())
        font.fromString(stored);
    font.setPointSizeF(std::clamp(font.pointSizeF(), MinPointSize, MaxPointSize));
    m_font = font;
    m_avatars = settings.value(QStringLiteral("reader/avatars"), false).toBool();
    if (m_avatarAction)
        m_avatarAction->setChecked(m_avatars);
    apply();
    setTheme(Theme(std::clamp(settings.value(QStringLiteral("reader/theme"), 0).toInt(), 0, 2)));
}

void Appearance::save(QSettings *settings) const
{
    settings->setValue(QStringLiteral("reader/font"), m_font.toString());
    settings->setValue(QStringLiteral("reader/theme"), int(m_theme));
    settings->setValue(QStringLiteral("reader/avatars"), m_avatars);
}

QPalette Appearance::lightPalette()
{
    QPalette p(QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf7, 0xf8));
    p.setColor(QPalette::Text, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::WindowText, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::ButtonText, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1d, 0x5f, 0xa8));
    p.setColor(QPalette::PlaceholderText, QColor(0x70, 0x74, 0x78));
    return p;
}

QPalette Appearance::darkPalette()
{
    const QColor window(0x2a, 0x2e, 0x32), base(0x1b, 0x1e, 0x20), text(0xdf, 0xe1, 0xe3);
    QPalette p(window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x94));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x73, 0x78));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x73, 0x78));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x73, 0x78));
    return p;
}

} // namespace Threadkeeper
