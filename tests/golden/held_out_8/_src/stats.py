"""Print the README tables (markdown) from the generators."""
import gen_teaching
import gen_reports


def bb(s):
    if not s:
        return "{}"
    return ", ".join(("both " + t[1:]) if t[0] == "B" else (t[0] + " " + t[1:]) for t in s.split())


for name, items in (("teaching", gen_teaching.T), ("reports", gen_reports.R)):
    print(f"\n### {name}\n")
    print("| id | style | overall | by_breast | findings |")
    print("|---|---|---|---|---|")
    for it in items:
        print(f"| {it['id'][:5]} | {it['style']} | {it['overall'] or 'null'} | {bb(it['bb'])} | {len(it['findings'])} |")
