import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write
from gen_us import US
from gen_mri import MRI
from gen_cem import CEM
ALL = US + MRI + CEM
if __name__ == "__main__":
    write(ALL)
    print(len(ALL), "reports written")
