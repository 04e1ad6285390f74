"""PyInstaller's entry script: the bundled ``wegwijzer`` executable runs ``ui.launcher.main``.

A separate file (not ``ui/launcher.py`` itself) because PyInstaller puts the entry script's
folder on the import path, and ``ui/`` must stay a package, not a folder of top-level modules.
"""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
