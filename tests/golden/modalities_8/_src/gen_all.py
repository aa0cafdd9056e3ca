import os, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write, OUT
from gen_us import US
from gen_mri import MRI
from gen_cem import CEM

ALL = US + MRI + CEM

if __name__ == "__main__":
    for p in glob.glob(os.path.join(OUT, "*.txt")) + glob.glob(os.path.join(OUT, "*.expected.json")):
        os.remove(p)
    write(ALL)
    print("wrote %d reports" % len(ALL))
