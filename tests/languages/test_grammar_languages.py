"""The explanation's grammar in each language: word order, articles by gender, Chinese spacing, the hour one."""

from __future__ import annotations

from readingscan import analyze, compare_reports, explain, use_language

CALCS = "LEFT BREAST: Grouped fine pleomorphic calcifications at 2 o'clock, upper outer quadrant, 8 mm. BI-RADS 4B."


def test_a_findings_words_follow_each_languages_order() -> None:
    report = analyze(CALCS)
    with use_language("es"):
        spanish = explain(report).findings[0].sentence
    with use_language("zh-Hant"):
        chinese = explain(report).findings[0].sentence
    assert "calcificaciones pleomórficas finas agrupadas" in spanish  # the name first, its words after it
    assert "成組細小多形性鈣化點" in chinese and " " not in chinese.split("大小")[0]  # no spaces between words
    assert "2點鐘位置、" in chinese  # a Chinese list takes the enumeration comma


def test_spanish_articles_follow_the_nouns_gender_and_one_oclock_is_said_apart() -> None:
    with use_language("es"):
        cyst = explain(analyze("RIGHT BREAST: A simple cyst at 10 o'clock. BI-RADS 2.")).findings[0].sentence
        mass = explain(analyze("RIGHT BREAST: An oval mass at 1 o'clock. BI-RADS 3.")).findings[0].sentence
    assert "un quiste" in cyst and "una masa" in mass
    assert "a la 1 del reloj" in mass and "a las 1" not in mass
    assert "a las 10 del reloj" in cyst


def test_a_comparison_names_findings_in_the_readers_words() -> None:
    older = analyze("LEFT BREAST: Possible grouped amorphous calcifications. BI-RADS 0.")
    newer = analyze("LEFT BREAST: Possible grouped amorphous calcifications, unchanged. BI-RADS 0.")
    with use_language("es"):
        said = " ".join(change.sentence for change in compare_reports(older, newer).findings)
    assert "posibles calcificaciones" in said and "calcifications" not in said
