"""Writes all .txt + .expected.json files of modalities_13."""
import gen_us, gen_mri, gen_cem
from common import write

ALL = gen_us.ITEMS + gen_mri.ITEMS + gen_cem.ITEMS

if __name__ == "__main__":
    write(ALL)
    print(len(ALL), "reports written")
