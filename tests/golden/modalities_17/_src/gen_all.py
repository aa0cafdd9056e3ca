"""Write all .txt and .expected.json files of modalities_17."""
import common, gen_us, gen_mri, gen_cem
ALL = gen_us.ITEMS + gen_mri.ITEMS + gen_cem.ITEMS
if __name__ == "__main__":
    common.write(ALL)
    print(len(ALL), "reports written")
