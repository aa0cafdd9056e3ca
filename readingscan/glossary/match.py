"""Matching glossary names: the search box's scoring and the regex that finds terms in text.

Search tolerates typing mistakes with the optimal string alignment distance (rapidfuzz's OSA: a
swapped pair of letters is one edit, the commonest typo), allowing edits by word length the way
search engines do ("AUTO" fuzziness): none under 4 letters, one for 4-5, two from 6 on.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz.distance import OSA

_NON_WORD = re.compile(r"[\W_]+")
# Chinese writes words without spaces: a Chinese name is matched inside a run of Chinese text, and a
# two-character query is already a word ("鈣化", calcification).
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True, slots=True)
class Name:
    tokens: tuple[str, ...]
    compact: str  # the tokens run together: "bi-rads 4b", "BIRADS 4B" and "birads4b" meet here


Names = tuple[Name, ...]


def normalize(text: str) -> tuple[str, ...]:
    """Lower-case words of ``text``, punctuation and accents dropped: "BI-RADS 4B" -> ("bi", "rads", "4b"),
    "Calcificación" -> ("calcificacion",): a Spanish word is found typed with or without its accent."""
    folded = unicodedata.normalize("NFKD", text.casefold().replace("’", "'").replace("'", ""))
    bare = "".join(c for c in folded if not unicodedata.combining(c))
    return tuple(_NON_WORD.sub(" ", unicodedata.normalize("NFKC", bare)).split())


def term_names(term: str) -> tuple[str, ...]:
    """The ways text may write a term: "BI-RADS 4A: Low suspicion" -> "BI-RADS 4A";
    "Ductal carcinoma in situ (DCIS)" -> "Ductal carcinoma in situ" and "DCIS"."""
    # Chinese writes the colon and the brackets full-width: "活組織檢驗（活檢）".
    head = re.split(r"[:：]", term, maxsplit=1)[0].strip()
    bare = " ".join(re.sub(r"[(（][^)）]*[)）]", " ", head).split())
    inside = [part.strip() for part in re.findall(r"[(（]([^)）]*)[)）]", head)]
    return tuple(dict.fromkeys(n for n in (term, head, bare, *inside) if n))


def names_of(term: str, slug: str, aliases: tuple[str, ...]) -> Names:
    """Every name an entry is searched by: its term, its slug in words, its aliases."""
    names = []
    for raw in dict.fromkeys((*term_names(term), slug.replace("_", " "), *aliases)):
        tokens = normalize(raw)
        if tokens:
            names.append(Name(tokens, "".join(tokens)))
    return tuple(names)


def _allowed_edits(word: str) -> int:
    # A Chinese character is a word part of its own: one changed is another word, not a typo.
    return 0 if len(word) < 4 or _CJK.search(word) else 1 if len(word) < 6 else 2


def _token_quality(word: str, tokens: tuple[str, ...]) -> float:
    """How well one typed word fits the best word of a name: 1 exact, 0.9 prefix, below for typos."""
    best = 0.0
    edits = _allowed_edits(word)
    for token in tokens:
        if token == word:
            return 1.0
        if token.startswith(word):
            best = max(best, 0.9)
        elif edits:
            distance = OSA.distance(word, token, score_cutoff=edits)
            if distance <= edits:
                best = max(best, 0.8 - 0.1 * distance)
            elif len(word) >= 5 and len(token) > len(word):
                # A word still being typed, with a typo in it: "pleomorf" against "pleomorphic".
                distance = OSA.distance(word, token[: len(word)], score_cutoff=edits)
                if distance <= edits:
                    best = max(best, 0.7 - 0.1 * distance)
    return best


def _name_score(words: tuple[str, ...], compact: str, name: Name) -> float:
    if compact == name.compact:
        return 4.0
    if name.compact.startswith(compact):
        return 3.0 + len(compact) / len(name.compact)
    qualities = [_token_quality(word, name.tokens) for word in words]
    if all(qualities):
        # Prefer names the query covers more of: "calcification" over "fine pleomorphic calcifications".
        coverage = min(1.0, len(words) / len(name.tokens))
        return 1.0 + sum(qualities) / len(qualities) + 0.5 * coverage
    if len(compact) >= (2 if _CJK.search(compact) else 3) and compact in name.compact:
        return 1.0 + len(compact) / len(name.compact)
    return 0.0


def score_names(query: str, names: Names) -> float:
    """How well ``query`` fits an entry's names; 0 means no match."""
    words = normalize(query)
    if not words:
        return 0.0
    compact = "".join(words)
    return max((_name_score(words, compact, name) for name in names), default=0.0)


def _name_regex(name: str) -> str:
    words = [re.escape(w) for w in re.split(r"[\s-]+", name.strip()) if w]
    regex = r"[\s-]+".join(words)
    # On word boundaries, except at a Chinese end: Chinese runs words together ("無定形鈣化點").
    start = "" if _CJK.match(name.strip()[:1]) else r"(?<!\w)"
    end = "" if _CJK.match(name.strip()[-1:]) else r"(?!\w)"
    # Names written in capitals are abbreviations ("US", "DCIS", "MRI"): match them only in capitals,
    # so the pronoun "us" is never taken for ultrasound.
    if re.search(r"[A-Z]", name) and name == name.upper():
        return rf"{start}(?-i:{regex}){end}"
    # A simple plural of the last word: "mass" -> "masses", "calcification" -> "calcifications".
    if name[-1:].isalpha() and not _CJK.match(name[-1:]):
        regex += r"(?:e?s)?"
    return f"{start}{regex}{end}"


def build_link_pattern(
    entries: list[tuple[str, tuple[str, ...], tuple[str, ...]]],
) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One regex finding every name of every entry, longest name first, on word boundaries.

    ``entries`` holds (slug, names from its term, aliases). Returns the regex and, for its group
    ``n<i>``, the slug ``slugs[i]``. A name shared by two entries goes to the one whose term it is,
    else to the entry listed first.
    """
    owner: dict[str, str] = {}
    for kind in (1, 2):  # term names claim first, then aliases
        for slug, *names in entries:
            for name in names[kind - 1]:
                owner.setdefault(" ".join(normalize(name)), slug)
    named = {
        (name, slug)
        for slug, terms, aliases in entries
        for name in (*terms, *aliases)
        if normalize(name) and owner[" ".join(normalize(name))] == slug
    }
    if not named:
        return re.compile(r"(?!)"), ()
    # Python takes the first alternative that matches at a position, so longer names go first.
    ordered = sorted(named, key=lambda pair: (-len(pair[0]), pair[0].casefold(), pair[0]))
    # Grouped by first character behind a lookahead: at each word start only the names that can match
    # there are tried (some 30 instead of 700), which makes linking ~20x faster. Names in different
    # groups cannot match at the same position, so the first-match-wins order is kept.
    groups: dict[str, list[str]] = {}
    for i, (name, _) in enumerate(ordered):
        groups.setdefault(name.strip()[:1].casefold(), []).append(f"(?P<n{i}>{_name_regex(name)})")
    alternatives = [f"(?={re.escape(first)})(?:{'|'.join(parts)})" for first, parts in groups.items()]
    regex = r"(?:" + "|".join(alternatives) + r")"
    return re.compile(regex, re.IGNORECASE), tuple(slug for _, slug in ordered)


# Links are never made inside these: code, existing Markdown links and images, autolinks, bare URLs.
_PROTECTED = re.compile(r"```.*?```|`[^`\n]*`|!?\[[^\]\n]*\]\([^)\n]*\)|<[^>\s]+>|https?://\S+", re.DOTALL)


def link_names(text: str, pattern: re.Pattern[str], slugs: tuple[str, ...], url: Callable[[str], str]) -> str:
    """``text`` with the first match of each slug's names made a Markdown link (see glossary.link_terms)."""
    linked: set[str] = set()

    def _link(match: re.Match[str]) -> str:
        slug = slugs[int(match.lastgroup[1:])] if match.lastgroup else ""
        if not slug or slug in linked:
            return match.group()
        linked.add(slug)
        label = re.sub(r"([\[\]\\])", r"\\\1", match.group())
        return f"[{label}]({url(slug)})"

    out, pos = [], 0
    for protected in _PROTECTED.finditer(text):
        out.append(pattern.sub(_link, text[pos:protected.start()]))
        out.append(protected.group())
        pos = protected.end()
    out.append(pattern.sub(_link, text[pos:]))
    return "".join(out)
