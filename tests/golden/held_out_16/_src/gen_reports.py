import os
from common import write
from rep_data_1 import ITEMS as A
from rep_data_2 import ITEMS as B
ITEMS = A + B
if __name__ == "__main__":
    write(ITEMS, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "reports"))
