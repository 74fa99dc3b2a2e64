"""`python -m mysteryshop` is the same as the `mysteryshop` command."""

import sys

from mysteryshop.cli import main

sys.exit(main())
