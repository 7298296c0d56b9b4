"""Line order of passages.txt: P = list of (line, checks)."""
import p1, p2, p3, p4, p5, p6
P = p1.L + p6.L[:13] + p2.L + p3.L + p4.L + p6.L[13:] + p5.L
