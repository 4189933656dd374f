"""The main window's menus: Bestand, Ga naar (tabs and the safety route), Help.

Built by ``MainWindow.finish_setup()`` after the first paint: the menu titles are painted
first, their actions and shortcuts follow (bench/: first_window_ratio). Keys that work from
anywhere in the window, the consult bar included, are these window actions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from opvoedapp.views.main_window import MainWindow


def _action(window: MainWindow, text: str, name: str, keys: object = None) -> QAction:
    # QAction(text, parent) would create QIcon's enums (its overloads take an icon).
    action = QAction(window)
    action.setText(text)
    action.setObjectName(name)
    if keys is not None:
        # setShortcuts, not setShortcut: PySide resolves setShortcut's overloads through its
        # signature module, which the first call loads (about 50 ms of start-up, bench/).
        action.setShortcuts(keys)  # type: ignore[call-overload]
    return action


def build_file_menu(window: MainWindow) -> None:
    menu = window.file_menu
    search = _action(window, "&Zoeken in de richtlijn…", "action-search",
                     QKeySequence.StandardKey.Find)
    search.triggered.connect(window.search_requested)
    menu.addAction(search)
    new_consult = _action(window, "&Nieuw consult", "action-new-consult",
                          QKeySequence.StandardKey.New)
    new_consult.triggered.connect(window.new_consult_requested)
    menu.addAction(new_consult)
    handout = _action(window, "&Folder voor deze vraag…", "action-handout",
                      [QKeySequence("Ctrl+Shift+P")])
    handout.triggered.connect(window.handout_requested)
    menu.addAction(handout)
    profile = _action(window, "&Organisatieprofiel…", "action-profile")
    profile.triggered.connect(window.profile_requested)
    menu.addAction(profile)
    menu.addSeparator()
    # Zelfreflectie: a colleague fills in a feedback form.
    fill_form = _action(window, "Feedbackformulier &invullen…", "action-fill-feedback-form")
    fill_form.triggered.connect(window.feedback_form_requested)
    menu.addAction(fill_form)
    menu.addSeparator()
    quit_action = _action(window, "&Afsluiten", "action-quit", QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    menu.addAction(quit_action)


def build_go_menu(window: MainWindow) -> None:
    """Tabs by Ctrl+1…4 and Ctrl+(Shift+)Tab, and the safety route: from anywhere."""
    menu = window.go_menu
    tabs = window.tabs
    for index in range(tabs.count()):
        action = _action(window, f"&{index + 1}  {tabs.tabText(index)}",
                         f"action-tab-{index + 1}", [QKeySequence(f"Ctrl+{index + 1}")])
        action.triggered.connect(lambda _=False, i=index: window.go_to_tab(i))
        menu.addAction(action)
    for name, keys, step in (("action-next-tab", "Ctrl+Tab", 1),
                             ("action-previous-tab", "Ctrl+Shift+Tab", -1)):
        action = _action(window, "Volgende tab" if step > 0 else "Vorige tab", name,
                         [QKeySequence(keys),
                          QKeySequence("Ctrl+PgDown" if step > 0 else "Ctrl+PgUp")])
        action.triggered.connect(lambda _=False, s=step: window.step_tab(s))
        menu.addAction(action)
    menu.addSeparator()
    safety = _action(window, "⚠ &Veiligheid kind in het geding", "action-safety",
                     [QKeySequence("Ctrl+Shift+V")])
    safety.triggered.connect(window.take_safety_route)
    menu.addAction(safety)


def build_help_menu(window: MainWindow) -> None:
    menu = window.help_menu
    guide = _action(window, "&Hulp bij Opvoedapp", "action-help",
                    QKeySequence.StandardKey.HelpContents)
    guide.triggered.connect(window.help_requested)
    menu.addAction(guide)
    about = _action(window, "&Over Opvoedapp", "action-about")
    about.triggered.connect(window.about_requested)
    menu.addAction(about)
