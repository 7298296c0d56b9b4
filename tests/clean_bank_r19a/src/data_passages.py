"""Line order of passages.txt: P = list of (line, checks)."""
import p1, p2, p3, p4, p5, p6
DB, PR = p6.L[:12], p6.L[12:]
P = (p1.L[:10] + [DB[0]] + p1.L[10:25] + p5.T1 + p1.L[25:40] + [DB[9]] + p1.L[40:] + [DB[8]]
     + p2.L[:12] + [DB[10]] + p2.L[12:24] + p5.T2 + p2.L[24:] + PR[0:3] + [DB[1]]
     + p3.L[:10] + [DB[2]] + p3.L[10:25] + p5.T3 + p3.L[25:] + [DB[6], DB[5]]
     + p4.L[:15] + p5.T4 + p4.L[15:30] + [DB[3]] + p4.L[30:] + PR[3:7] + p5.T5 + PR[7:]
     + [DB[7], DB[4], DB[11]])
assert len(P) == 250, len(P)
