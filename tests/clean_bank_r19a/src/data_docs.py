"""Documents: D = list of (name, lines, checks)."""
import d1, d2, d3, d4, d5, d6
D = [("doc01.txt",) + d1.DOC, ("doc02.txt",) + d2.DOC, ("doc03.txt",) + d3.DOC,
     ("doc04.txt",) + d4.DOC, ("doc05.txt",) + d5.DOC, ("doc06.txt",) + d6.DOC]
