"""Line order of passages.txt: P = list of (line, checks)."""
import p1, p2, p3, p4, p5, p6
DB, PR = p6.L[:12], p6.L[12:]
P = (p1.L[:8] + [DB[0]] + p1.L[8:20] + p5.T1 + PR[:6] + p1.L[20:32] + [DB[2], DB[3]] + p1.L[32:]
     + p2.L[:10] + [DB[6]] + p2.L[10:19] + p5.T2 + PR[6:12] + p2.L[19:30] + [DB[1]] + p2.L[30:]
     + p3.L[:14] + PR[12:18] + p3.L[14:27] + [DB[9]] + p3.L[27:] + p5.T4 + PR[18:26]
     + p4.L[:14] + [DB[10]] + p4.L[14:26] + p5.T3 + PR[26:34] + [DB[4], DB[5]] + p4.L[26:] + p5.T5
     + PR[34:40] + [DB[7]] + PR[40:] + [DB[8], DB[11]])
