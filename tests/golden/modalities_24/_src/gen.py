"""Write every report and expected file: /work/main/.venv/bin/python gen.py"""
import glob, importlib, os
from common import write, HERE
items = []
for path in sorted(glob.glob(os.path.join(HERE, "data_*.py"))):
    items += importlib.import_module(os.path.basename(path)[:-3]).ITEMS
write(items)
print(f"{len(items)} reports written")
