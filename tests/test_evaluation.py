"""The evaluation harness, on a tiny fixture whose right answers are known."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from valmis.evaluation import Item, Scored, assign_splits, load_items, report, spearman, worst_pairs


def _item(iid: str, grade: str, question: str = "q1", case: str = "plain", lang: str = "en") -> Item:
    return Item(iid, f"{lang}:{question}", question, None, lang, lang, "answer", grade, case, "test")


def test_pairs_are_compared_only_within_a_question() -> None:
    scored = [
        Scored(_item("a", "strong"), 80, False, "c"),
        Scored(_item("b", "weak"), 30, False, "c"),
        Scored(_item("c", "strong", "q2"), 20, False, "c"),  # lower than q1's weak, but another question
        Scored(_item("d", "weak", "q2"), 10, False, "c"),
    ]
    result = report(scored)
    assert result.pairs["strong>weak"] == (2, 2)
    assert result.accuracy("overall") == 1.0


def test_a_wrongly_ranked_pair_is_counted_and_listed_first() -> None:
    scored = [
        Scored(_item("s", "strong"), 40, False, "c"),
        Scored(_item("a", "adequate"), 50, False, "c"),
        Scored(_item("w", "weak", case="keyword_stuffed"), 60, False, "c"),
    ]
    result = report(scored)
    assert result.pairs["strong>weak"] == (0, 1)
    assert result.pairs["strong>adequate"] == (0, 1)
    assert result.pairs["adequate>weak"] == (0, 1)
    assert result.stuffed_above_strong == 1
    (hi, lo), *_ = worst_pairs(scored)
    assert (hi.item.id, lo.item.id) == ("s", "w")


def test_off_topic_precision_and_recall() -> None:
    scored = [
        Scored(_item("a", "weak", case="off_topic"), 10, True, "c"),
        Scored(_item("b", "weak", case="off_topic"), 10, False, "c"),
        Scored(_item("c", "strong"), 90, True, "c"),
    ]
    result = report(scored)
    assert (result.off_topic_precision, result.off_topic_recall) == (0.5, 0.5)


def test_spearman_of_a_perfect_and_a_reversed_order() -> None:
    assert spearman([1, 2, 3], [10, 20, 30]) == pytest.approx(1.0)
    assert spearman([1, 2, 3], [30, 20, 10]) == pytest.approx(-1.0)


def test_splits_keep_each_question_whole_and_are_stable() -> None:
    items = [_item(f"{q}-{i}", "strong", question=q) for q in ("q1", "q2", "q3", "q4") for i in range(3)]
    first = assign_splits(items)
    assert first == assign_splits(list(reversed(items)))
    for q in ("q1", "q2", "q3", "q4"):
        assert len({first[f"{q}-{i}"] for i in range(3)}) == 1
    assert set(first.values()) == {"dev", "test"}


def test_the_loader_refuses_unknown_grades_and_duplicate_ids(tmp_path: Path) -> None:
    good = {
        "id": "x",
        "question_id": "why-bpo",
        "question": None,
        "question_lang": "en",
        "lang": "en",
        "answer": "a",
        "grade": "strong",
        "case": "plain",
    }
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(good) + "\n" + json.dumps({**good, "grade": "great"}) + "\n")
    with pytest.raises(ValueError, match="unknown grade"):
        load_items([path])
    path.write_text(json.dumps(good) + "\n" + json.dumps(good) + "\n")
    with pytest.raises(ValueError, match="duplicate"):
        load_items([path])


def test_the_committed_evaluation_set_is_graded_split_and_big_enough() -> None:
    data = Path(__file__).resolve().parent.parent / "eval" / "data"
    items = load_items(sorted(data.glob("*.jsonl")))
    assert len(items) >= 300
    assert len({i.question_key for i in items}) >= 60
    assert {i.split for i in items} == {"dev", "test"}
    assert {i.question_lang for i in items} == {"en", "fi"}


def test_no_question_has_answers_in_both_splits() -> None:
    data = Path(__file__).resolve().parent.parent / "eval" / "data"
    splits: dict[str, set[str | None]] = {}
    for item in load_items(sorted(data.glob("*.jsonl"))):
        splits.setdefault(item.question_key, set()).add(item.split)
    assert [key for key, seen in splits.items() if len(seen) > 1] == []


def test_the_pasted_question_set_names_real_bank_questions_and_no_bank_wording() -> None:
    import json
    from pathlib import Path

    from valmis.content.loader import builtin_bank
    from valmis.content.models import Lang

    path = Path(__file__).parents[1] / "eval" / "questions" / "paraphrases.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    banks = {lang: builtin_bank(Lang(lang)) for lang in ("en", "fi")}
    assert {r["split"] for r in rows} == {"dev", "test"}
    assert len({(r["lang"], r["text"]) for r in rows}) == len(rows)
    for r in rows:
        bank = banks[r["lang"]]
        assert r["question_id"] is None or bank.get(r["question_id"]) is not None, r
        # Neither a question's text nor one of the other wordings the bank knows it by: an item the
        # bank holds word for word would measure nothing.
        wordings = {w.casefold() for q in bank.questions for w in (q.text, *q.also_asked)}
        assert r["text"].casefold() not in wordings, r
