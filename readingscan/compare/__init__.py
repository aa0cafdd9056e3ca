"""Compare: an older and a newer Report of the same person.

Takes two Reports; puts them in order by their exam dates (with notes when they are hard to compare);
gives a Comparison: each finding new, unchanged, changed or gone, and the category and
density changes, in plain sentences (content data).
"""

from readingscan.compare.changes import Change, Comparison, FindingChange, compare_reports
from readingscan.compare.order import Ordered, in_exam_order

__all__ = ["Change", "Comparison", "FindingChange", "Ordered", "compare_reports", "in_exam_order"]
