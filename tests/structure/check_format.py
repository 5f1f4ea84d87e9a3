#!/usr/bin/env python3
"""The house format, kept by a tool: every C++ file under app/, ui/, models/ and tests/ must be exactly what
clang-format-14 makes of it with the repository's .clang-format.

    check_format.py CLANG_FORMAT ROOT        name every file that differs (and how to fix it); exit 1 if any does
    check_format.py CLANG_FORMAT --self-test check that a badly formatted file is caught and a formatted one is not
"""
import os
import shutil
import subprocess
import sys
import tempfile

DIRS = ['app', 'ui', 'models', 'tests']


def sources(root):
    for top in DIRS:
        for folder, _, files in os.walk(os.path.join(root, top)):
            for name in sorted(files):
                if name.endswith(('.h', '.cpp')):
                    yield os.path.join(folder, name)


def differing(clang_format, root):
    files = list(sources(root))
    bad = []
    for start in range(0, len(files), 50):
        batch = files[start:start + 50]
        for path in batch:
            with open(path, 'rb') as f:
                original = f.read()
            formatted = subprocess.run([clang_format, '--style=file', path], check=True,
                                       capture_output=True).stdout
            if formatted != original:
                bad.append(os.path.relpath(path, root))
    return bad, len(files)


def self_test(clang_format, root_style):
    with tempfile.TemporaryDirectory() as root:
        shutil.copy(os.path.join(root_style, '.clang-format'), root)
        os.makedirs(os.path.join(root, 'app', 'x'))
        with open(os.path.join(root, 'app', 'x', 'Good.h'), 'w') as f:
            f.write('#pragma once\n\nint twice(int n);\n')
        with open(os.path.join(root, 'app', 'x', 'Bad.cpp'), 'w') as f:
            f.write('#include <QString>\n#include "Good.h"\nint twice( int n ){ return n*2; }\n')
        bad, checked = differing(clang_format, root)
    if bad == ['app/x/Bad.cpp'] and checked == 2:
        print('self-test: the badly formatted file is caught, the formatted one is not')
        return 0
    print('self-test FAILED: reported %s of %d files' % (bad, checked))
    return 1


def main(argv):
    if len(argv) == 3 and argv[2] == '--self-test':
        return self_test(argv[1], os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    if len(argv) != 3:
        print(__doc__)
        return 2
    clang_format, root = argv[1], argv[2]
    bad, checked = differing(clang_format, root)
    for path in bad:
        print('not formatted: ' + path)
    if bad:
        print('format: %d of %d files differ from .clang-format; fix with: %s -i %s' %
              (len(bad), checked, clang_format, ' '.join(bad)))
        return 1
    print('format: %d files, each exactly as .clang-format makes it' % checked)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
