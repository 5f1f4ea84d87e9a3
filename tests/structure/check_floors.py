#!/usr/bin/env python3
"""The floors rule, read from every include line.

Floors, lowest first: models/ (value types and item models), app/ (the core and the command line), ui/ (widgets,
dialogs, the clipboard guard and the GUI program). A file may include its own floor and the floors below it, never one
above. Project includes name their folder from the repository root ("app/tokens/TokenCore.h"); a bare name is allowed
only for a file beside the includer. app/ uses no QtGui and no QtWidgets; models/ uses no QtWidgets. ui/ makes no Hub
call of its own: it includes no request of app/hub/ (…Request.h), only what the core offers.

    check_floors.py ROOT QT_INCLUDE_DIR     check the tree at ROOT (QT_INCLUDE_DIR holds QtGui/ and QtWidgets/)
    check_floors.py --self-test QT_INCLUDE_DIR
                                            check that each kind of breach is caught, on a made-up tree
Exits 1 and names every file and line that breaks a rule.
"""
import os
import re
import sys
import tempfile

FLOORS = ['models', 'app', 'ui']           # lowest first
SOURCE_DIRS = FLOORS + ['tests']
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def module_headers(qt_include_dir, module):
    """Every header a Qt module installs (QWidget, qwidget.h, QtWidgets/QWidget, …)."""
    folder = os.path.join(qt_include_dir, module)
    names = set()
    if os.path.isdir(folder):
        for name in os.listdir(folder):
            names.add(name)
            names.add(module + '/' + name)
    names.add(module)
    return names


def floor_of(path):
    top = path.split('/', 1)[0]
    return top if top in FLOORS else None


def check(root, qt_include_dir):
    gui = module_headers(qt_include_dir, 'QtGui')
    widgets = module_headers(qt_include_dir, 'QtWidgets')
    if len(gui) < 50 or len(widgets) < 50:
        return ['%s: QtGui or QtWidgets headers not found; cannot check the floors' % qt_include_dir], 0
    # Qt's module headers that share a name across modules (none today) would be ambiguous: keep them out.
    problems = []
    checked = 0
    for top in SOURCE_DIRS:
        for folder, _, files in os.walk(os.path.join(root, top)):
            for name in sorted(files):
                if not name.endswith(('.h', '.cpp')):
                    continue
                path = os.path.relpath(os.path.join(folder, name), root).replace(os.sep, '/')
                here = os.path.dirname(path)
                floor = floor_of(path)
                with open(os.path.join(root, path), encoding='utf-8') as f:
                    lines = f.read().splitlines()
                checked += 1
                for number, line in enumerate(lines, 1):
                    m = INCLUDE.match(line)
                    if not m:
                        continue
                    kind, target = m.groups()
                    where = '%s:%d: #include %s%s%s' % (path, number, kind, target, '"' if kind == '"' else '>')
                    if kind == '<':
                        if floor == 'app' and target in gui | widgets:
                            problems.append(where + ': app/ uses no QtGui or QtWidgets')
                        elif floor == 'models' and target in widgets:
                            problems.append(where + ': models/ uses no QtWidgets')
                        continue
                    if target.endswith('.moc') or target.startswith(('moc_', 'ui_')):
                        continue
                    if '/' not in target:
                        if not os.path.isfile(os.path.join(root, here, target)):
                            problems.append(where + ': a bare name is only for a file beside the includer; name '
                                            'its folder from the repository root')
                        continue
                    if not os.path.isfile(os.path.join(root, target)):
                        problems.append(where + ': no such file from the repository root')
                        continue
                    target_floor = floor_of(target)
                    if floor == 'ui' and re.match(r'app/hub/\w+Request\.h$', target):
                        problems.append(where + ': ui/ makes no Hub call of its own; ask the core')
                    elif target.split('/', 1)[0] == 'tests' and top != 'tests':
                        problems.append(where + ': product code never includes tests/')
                    elif floor and target_floor and FLOORS.index(target_floor) > FLOORS.index(floor):
                        problems.append(where + ': %s/ may not include the floor above it (%s/)' % (floor, target_floor))
    return problems, checked


def self_test(qt_include_dir):
    """Each rule, broken once in a made-up tree, must be reported; the clean files must not be."""
    cases = {
        'models/Low.h': '#include <QString>\n',
        'models/UpToApp.h': '#include "app/core/Core.h"\n',                 # up a floor
        'models/Wid.h': '#include <QWidget>\n',                            # QtWidgets in models
        'app/core/Core.h': '#include "models/Low.h"\n#include "Beside.h"\n',  # fine
        'app/core/Beside.h': '#include <QObject>\n',
        'app/core/Bare.h': '#include "Low.h"\n',                           # bare name, not beside
        'app/core/Gui.h': '#include <QColor>\n',                           # QtGui in app
        'app/core/WidgetsModule.h': '#include <QtWidgets/QLabel>\n',       # QtWidgets in app
        'app/core/UpToUi.h': '#include "ui/Win.h"\n',                      # up a floor
        'app/core/Missing.h': '#include "app/core/Nope.h"\n',              # no such file
        'app/core/Test.h': '#include "tests/support/Double.h"\n',          # product includes tests
        'ui/Win.h': '#include "app/core/Core.h"\n#include "models/Low.h"\n#include <QWidget>\n',  # fine
        'tests/support/Double.h': '#include "ui/Win.h"\n',                 # fine
        'app/hub/SignInRequest.h': '#include <QObject>\n',
        'app/hub/HubClient.h': '#include "SignInRequest.h"\n',            # fine: the core calls
        'ui/Calls.h': '#include "app/hub/SignInRequest.h"\n',             # ui makes a call of its own
        'ui/Client.h': '#include "app/hub/HubClient.h"\n',                # fine: the client, not a call
    }
    expected_bad = {'models/UpToApp.h', 'models/Wid.h', 'app/core/Bare.h', 'app/core/Gui.h',
                    'app/core/WidgetsModule.h', 'app/core/UpToUi.h', 'app/core/Missing.h', 'app/core/Test.h',
                    'ui/Calls.h'}
    with tempfile.TemporaryDirectory() as root:
        for path, text in cases.items():
            os.makedirs(os.path.join(root, os.path.dirname(path)), exist_ok=True)
            with open(os.path.join(root, path), 'w', encoding='utf-8') as f:
                f.write(text)
        problems, checked = check(root, qt_include_dir)
    reported = {p.split(':', 1)[0] for p in problems}
    ok = reported == expected_bad and checked == len(cases)
    for p in problems:
        print('  caught: ' + p)
    if not ok:
        print('self-test FAILED: expected %s, reported %s' % (sorted(expected_bad), sorted(reported)))
        return 1
    print('self-test: every kind of breach caught (%d), no clean file reported' % len(expected_bad))
    return 0


def main(argv):
    if len(argv) == 3 and argv[1] == '--self-test':
        return self_test(argv[2])
    if len(argv) != 3:
        print(__doc__)
        return 2
    problems, checked = check(argv[1], argv[2])
    for p in problems:
        print(p)
    if problems:
        print('floors: %d problem(s) in %d files' % (len(problems), checked))
        return 1
    print('floors: %d files, every include names its folder and reaches only down' % checked)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
