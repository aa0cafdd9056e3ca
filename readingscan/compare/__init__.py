"""Compare: an older and a newer Report of the same person.

Takes two Reports; gives a Comparison: each finding new, unchanged, changed or gone, and the category and
density changes, in plain sentences (content data).
"""

from readingscan.compare.changes import Change, Comparison, FindingChange, compare_reports

__all__ = ["Change", "Comparison", "FindingChange", "compare_reports"]
