"""Entry point of both frozen executables (minutes-app, minutes-app-cli): the same main()
as the `minutes-app` command."""

import sys

from minutes_app.cli import main

sys.exit(main())
