"""The generated stress set of heads and feet (dispatch_tools.evaluate.header_variants): it is the
same for the same seed, its truth follows the conventions of the gold, and the parser reads it."""

from __future__ import annotations

from dispatch_tools.evaluate.header_variants import evaluate, variant


def test_the_same_seed_gives_the_same_variants_and_another_seed_others():
    assert [variant(3, i).text for i in range(5)] == [variant(3, i).text for i in range(5)]
    assert [variant(3, i).text for i in range(5)] != [variant(4, i).text for i in range(5)]


def test_the_truth_follows_the_gold_conventions():
    for i in range(200):
        v = variant(5, i)
        truth = v.truth
        assert " " not in truth["number"] and "  " not in truth["issuer"]
        assert truth["place"] in v.text and truth["issuer"].split()[0] in v.text
        assert truth["signer"]["authority"] in (None, "TM.", "KT.", "TL.", "TUQ.", "Q.")
        if truth["date"] is None:
            assert any(t == "date:blank" for t in v.tags)


def test_the_parser_reads_the_generated_heads_and_feet():
    counts, results = evaluate(60, seed=4242)  # a seed the rules are studied on: 101 and 8081 stay unseen
    assert len(results) == 60
    for name, c in counts.items():
        assert c.f1 >= 0.95, name


def test_the_third_draw_wraps_issuers_quotes_subjects_and_prints_other_numbers_and_blocks():
    from dispatch_tools.evaluate import header_variants_more as more

    seen = set()
    for i in range(400):
        v = variant(6, i)
        tags = set(v.tags)
        if "issuer:dash_line" in tags:  # on its own line, unless the page ran the head's lines together
            assert " - " in v.truth["issuer"]
            assert "\n- " in v.text or tags & {"flat", "flat_parent", "flat_parent-", "layout:paragraphs"}
        if tags & {"subject:quoted_bare", "subject:straight_quoted", "subject:vv_quoted"}:
            assert v.truth["subject"][0] in "“\"" and v.truth["subject"][-1] in "”\""
        seen |= {t.split(":")[0] + ":" + t.split(":")[1] for t in tags if t.startswith(("issuer:", "number:"))}
    assert {"issuer:dash_line", "issuer:wrapped_anywhere", "number:ampersand", "number:spaced"} <= seen
    printed, symbol, _ = more.number(__import__("random").Random(1), "SYT", None)
    assert printed.replace(" ", "").replace("Số:", "").replace("Số", "") .lstrip(":") == symbol
