"""All passage lines of passages.txt, in order, each with its figure checks (see check.py)."""
from p1 import A
from p2 import B
from p3 import C
from p4 import E, DEBRIS as DB, TAB1, TAB2, TAB3, TAB4, TAB5
from p5 import F

P = (A[:20] + [DB[0]] + A[20:] + [DB[1]]
     + TAB1 + B[:20] + [DB[2], DB[3]] + B[20:]
     + TAB2 + C[:20] + [DB[4], DB[5]] + C[20:]
     + TAB3 + E[:20] + [DB[6], DB[7]] + E[20:]
     + TAB4 + F[:20] + [DB[8], DB[9], DB[10]] + F[20:]
     + TAB5 + [DB[11]])
