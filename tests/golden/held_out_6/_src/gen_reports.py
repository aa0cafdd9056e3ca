"""Writes reports/r6_NN_<slug>.txt + .expected.json."""
import glob
import os
from common import ROOT, expected, write_item
from rep_1 import R1
from rep_2 import R2
from rep_3 import R3

for old in glob.glob(os.path.join(ROOT, "reports", "r6_*")):
    os.remove(old)
nf = 0
for n, slug, style, text, dens, overall, bb, codes in R1 + R2 + R3:
    write_item("reports", "r6_%02d_%s" % (n, slug), text, expected(dens, overall, bb, codes))
    nf += len(codes)
assert [x[0] for x in R1 + R2 + R3] == list(range(1, 16))
print("reports", len(R1 + R2 + R3), nf)
