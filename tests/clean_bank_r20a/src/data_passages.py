"""Line order of passages.txt: P = list of (line, checks)."""
from gen import P
assert len(P) == 250, len(P)
