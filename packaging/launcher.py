"""Entry point of both frozen executables (minutes-app, minutes-app-cli): the same console()
as the `minutes-app` command."""

from minutes_app.cli import console

console()
