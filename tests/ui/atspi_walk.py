#!/usr/bin/python3
"""Starts the app in demo mode and walks its AT-SPI tree, as a screen reader sees it.

Fails when a button, check box or toggle, text field, combo box or menu item that is showing has no name, or when a
row's status switch or its "⋯" button does not name the row's token. Then it presses "Generate new token" through
AT-SPI and walks the dialog the same way. Run it inside tests/ui/with-atspi.sh (a private session bus with the AT-SPI
bus, under Xvfb).

usage: atspi_walk.py <hubtokens> <lang>
"""
import os
import subprocess
import sys
import time

import pyatspi

NEEDS_NAME = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM, pyatspi.ROLE_RADIO_MENU_ITEM,
    pyatspi.ROLE_SLIDER, pyatspi.ROLE_PAGE_TAB,
}
# TokenTableModel's columns.
DESCRIPTION, STATUS, ACTIONS = 0, 2, 7


def showing(acc):
    try:
        return acc.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:  # a widget gone meanwhile
        return False


def walk(acc, found, depth=0):
    """Every showing accessible below acc (tables: not their cells, see check_table)."""
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is None or not showing(child):
            continue
        found.append(child)
        if child.getRole() != pyatspi.ROLE_TABLE and depth < 40:
            walk(child, found, depth + 1)


def describe(acc):
    return "%s %r (%s)" % (acc.getRoleName(), acc.name, " > ".join(path(acc)))


def path(acc):
    out = []
    parent = acc.parent
    while parent is not None and len(out) < 6:
        out.append("%s %r" % (parent.getRoleName(), parent.name))
        parent = parent.parent
    return out


def unnamed(root):
    found = []
    walk(root, found)
    problems = [describe(a) for a in found if a.getRole() in NEEDS_NAME and not (a.name or "").strip()]
    return found, problems


def check_table(table):
    """The status switch and the "⋯" button of each row name the row's token."""
    problems = []
    t = table.queryTable()
    rows = min(t.nRows, 8)
    if rows == 0:
        return ["the token table has no rows"]
    for row in range(rows):
        description = t.getAccessibleAt(row, DESCRIPTION).name
        for column in (STATUS, ACTIONS):
            cell = t.getAccessibleAt(row, column)
            if not description or description not in (cell.name or ""):
                problems.append("row %d column %d is named %r, not after its token %r"
                                % (row, column, cell.name, description))
    return problems


# The app exited before it appeared on the bus (with-atspi.sh: try again on a fresh X server).
EXIT_NOT_STARTED = 75


def find_app(process, timeout):
    pid = process.pid
    deadline = time.time() + timeout
    while time.time() < deadline and process.poll() is None:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:
                pass
        time.sleep(0.3)
    return None


def wait_for(predicate, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.3)
    return None


def main():
    program, lang = sys.argv[1], sys.argv[2]
    app_process = subprocess.Popen([program, "--demo", "--lang", lang])
    problems = []
    try:
        app = find_app(app_process, 60)
        if app is None:
            status = app_process.poll()
            print("FAIL: the app never appeared on the AT-SPI bus (exit status %s)" % status, flush=True)
            # It died before showing anything (e.g. it could not open the X display): with-atspi.sh may start
            # again on a fresh X server. An app that runs but never reaches the bus is a plain failure.
            return EXIT_NOT_STARTED if status is not None else 1

        def loaded_table():
            found = []
            walk(app, found)
            tables = [a for a in found if a.getRole() == pyatspi.ROLE_TABLE]
            return tables[0] if tables and tables[0].queryTable().nRows > 0 else None

        table = wait_for(loaded_table, 60)
        if table is None:
            print("FAIL: no token table with rows", flush=True)
            return 1
        found, window_problems = unnamed(app)
        problems += ["window: " + p for p in window_problems]
        problems += ["table: " + p for p in check_table(table)]
        roles = sorted({a.getRoleName() for a in found})
        print("[%s] window: %d showing accessibles, roles: %s" % (lang, len(found), ", ".join(roles)), flush=True)

        # The Generate dialog, opened the way a screen reader user would: the button's "press" action.
        # Generate's tooltip, its accessible description, ends with its shortcut (Ctrl+N) in any language.
        buttons = [a for a in found if a.getRole() == pyatspi.ROLE_PUSH_BUTTON and a.name]
        generate = next(((b, b.queryAction()) for b in buttons if "+N" in (b.description or "")), None)
        if generate is None:
            problems.append("no button to open the Generate dialog")
        else:
            before = app.childCount
            b, action = generate
            for i in range(action.nActions):
                if action.getName(i).lower() == "press":
                    action.doAction(i)
                    break
            if wait_for(lambda: app.childCount > before, 20):
                dialog = app.getChildAtIndex(app.childCount - 1)
                time.sleep(0.5)
                dialog_found, dialog_problems = unnamed(dialog)
                print("[%s] dialog %r: %d showing accessibles" % (lang, dialog.name, len(dialog_found)), flush=True)
                problems += ["dialog %r: %s" % (dialog.name, p) for p in dialog_problems]
                if len(dialog_found) < 5:
                    problems.append("the dialog shows fewer than 5 accessibles")
            else:
                problems.append("pressing %r opened no window" % b.name)
    finally:
        app_process.terminate()
        try:
            app_process.wait(10)
        except subprocess.TimeoutExpired:
            app_process.kill()
    for p in problems:
        print("FAIL: " + p, flush=True)
    print("[%s] %d problem(s)" % (lang, len(problems)), flush=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
