"""The six documents (name, lines, checks)."""
from d1 import DOC1
from d2 import DOC2
from d3 import DOC3
from d4 import DOC4
from d5 import DOC5
from d6 import DOC6
D = [DOC1, DOC2, DOC3, DOC4, DOC5, DOC6]
