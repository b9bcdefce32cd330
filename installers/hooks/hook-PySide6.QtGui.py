"""PyInstaller's own QtGui hook, less the Qt plugins a laptop never loads (bundle.py says which).

Filtering here rather than after the analysis matters: a plugin dropped here never has its own
libraries pulled in (the GTK theme plugin alone brings some 25 MB of GTK, cairo and pango).
"""

import bundle  # installers/ is on sys.path: the spec puts it there
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [entry for entry in binaries if bundle.keep_qt_file(entry[0], entry[1])]
