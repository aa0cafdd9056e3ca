import common
from teach_data_2 import ITEMS

if __name__ == "__main__":
    common.write_items("teaching", ITEMS)
