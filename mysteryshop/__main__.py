"""`python -m mysteryshop COMMAND`: the command line only (the window is `mysteryshop`)."""

import sys

from mysteryshop.cli import main

sys.exit(main())
