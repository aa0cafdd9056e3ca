"""Writes teaching/t6_NN_<slug>.txt + .expected.json."""
import glob
import os
from common import ROOT, expected, write_item
from teach_1 import T1
from teach_2 import T2

for old in glob.glob(os.path.join(ROOT, "teaching", "t6_*")):
    os.remove(old)
nf = 0
for n, slug, style, text, dens, overall, bb, codes in T1 + T2:
    write_item("teaching", "t6_%02d_%s" % (n, slug), text, expected(dens, overall, bb, codes))
    nf += len(codes)
assert [x[0] for x in T1 + T2] == list(range(1, 16))
print("teaching", len(T1 + T2), nf)
