// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QObject>
#include <QPalette>

class QAction;
class QActionGroup;
class QMenu;
class QSettings;
class QWidget;

namespace Threadkeeper {

class ImageCache;
class ReaderView;

// How the reader looks: the reading font and its size, a light or dark palette (or
// the system's), and which sites' pictures load. Owns the View menu's actions for
// them and keeps them in the settings.
class Appearance : public QObject
{
    Q_OBJECT
public:
    enum class Theme
    {
        System,
        Light,
        Dark
    };

    static constexpr qreal MinPointSize = 7;
    static constexpr qreal MaxPointSize = 32;

    Appearance(ImageCache *images, const QList<ReaderView *> &readers, QObject *parent = nullptr);

    void addActions(QMenu *view);
    void restore(const QSettings &settings);
    void save(QSettings *settings) const;

    void setTheme(Theme theme);
    Theme theme() const { return m_theme; }
    void setReaderFont(const QFont &font);
    QFont readerFont() const { return m_font; }
    // Steps the text size by points; 0 resets it to the system's.
    void zoom(int steps);
    void setShowAvatars(bool show);
    // Whether the open thread's forum has pictures of posters to show at all.
    void setAvatarsAvailable(bool available);
    QAction *avatarAction() const { return m_avatarAction; }
    bool showsAvatars() const { return m_avatars; }

    static QPalette darkPalette();
    static QPalette lightPalette();

private:
    void apply();
    void fillImageSites(QMenu *menu);

    ImageCache *m_images;
    QList<ReaderView *> m_readers;
    QFont m_font;
    Theme m_theme = Theme::System;
    QPalette m_systemPalette;
    QActionGroup *m_themes = nullptr;
    QAction *m_avatarAction = nullptr;
    bool m_avatarsAvailable = true;
    bool m_avatars = false;
};

} // namespace Threadkeeper
