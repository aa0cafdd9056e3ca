import common
from gen_us import US
from gen_mri import MRI
from gen_cem import CEM
ALL = US + MRI + CEM
if __name__ == "__main__":
    common.write(ALL)
    print(len(ALL), "reports written")
