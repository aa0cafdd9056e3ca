"""Writes all 60 files of modalities_11."""
import common
from gen_us import US
from gen_mri import MRI
from gen_cem import CEM

ALL = US + MRI + CEM

if __name__ == "__main__":
    print(common.write(ALL), "reports written")
