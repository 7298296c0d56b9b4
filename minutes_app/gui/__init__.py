"""The desktop editor: renders what the engine finds; never analyses on the UI thread."""
