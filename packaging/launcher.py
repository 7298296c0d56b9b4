"""Entry point for the frozen build: the same main() as the `minutes-app` command."""

import sys

from minutes_app.cli import main

sys.exit(main())
