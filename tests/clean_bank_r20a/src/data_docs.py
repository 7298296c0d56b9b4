"""Documents: D = list of (name, lines, checks)."""
from docs import D
