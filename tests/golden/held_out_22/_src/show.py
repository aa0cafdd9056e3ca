import sys
from data_t import T
from data_r import R
for i, dens, ov, bb, fs, text in (T if sys.argv[1:] == ["teach"] else R):
    print("="*20, i, "| dens", dens, "| ov", ov, "| bb", bb or "{}"); print(text); print("  GOLD:", "; ".join(fs))
