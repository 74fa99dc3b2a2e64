"""Start Mystery Shop: `python main.py [--data-dir DIR]` (same as the `mysteryshop` command)."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
