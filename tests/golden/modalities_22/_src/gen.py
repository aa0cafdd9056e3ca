"""Writes every report and its expected file into the set folder."""
import importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write_all

items = []
for mod in ("data_us", "data_mri", "data_cem"):
    try:
        items += importlib.import_module(mod).ITEMS
    except ModuleNotFoundError:
        pass
ids = [i["id"] for i in items]
assert len(ids) == len(set(ids)), "duplicate id"
write_all(items)
print("wrote %d reports" % len(items))
