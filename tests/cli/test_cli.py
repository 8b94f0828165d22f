from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from valmis.cli import app

runner = CliRunner()
ANSWER = (
    "I am in my final year of a commerce degree. Last summer I worked in a mobile shop where I handled "
    "about 30 customers a day. I want to start my career in an international voice process."
)


def _env(tmp_path: Path) -> dict[str, str]:
    return {"VALMIS_DATA_DIR": str(tmp_path / "data")}


def test_feedback_json_has_the_stable_fields(coach) -> None:  # type: ignore[no-untyped-def]
    qid = coach.bank("en").select(category="self_introduction")[0].id  # type: ignore[arg-type]
    result = runner.invoke(
        app, ["feedback", "--question-id", qid, "--answer", ANSWER, "--lang", "en", "--json"]
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert 0 <= out["score"] <= 100
    assert out["score"] == sum(p["points"] for p in out["parts"])
    assert {"name", "points", "max", "evidence"} <= set(out["parts"][0])
    assert set(out["key_points"]) == {"covered", "missed"}
    assert out["rubric"]["kind"] == "question" and out["rubric"]["question_id"] == qid


def test_a_pasted_question_says_which_rubric_it_used() -> None:
    result = runner.invoke(
        app, ["feedback", "--question", "Tell me about yourself, please.", "--answer", ANSWER, "--json"]
    )
    out = json.loads(result.stdout)
    assert out["rubric"]["matched_from_text"] is True
    assert out["rubric"]["kind"] in ("question", "category")
    assert "similarity" in out["rubric"]


def test_a_question_typed_in_finnish_is_practised_in_finnish_without_being_told(coach) -> None:  # type: ignore[no-untyped-def]
    question = "Miten toimit, jos asiakas keskeyttää sinut jatkuvasti?"
    answer = "Annan hänen puhua loppuun ja kerron sitten lyhyesti, mitä kuulin, ennen kuin jatkan."
    out = json.loads(
        runner.invoke(app, ["feedback", "--question", question, "--answer", answer, "--json"]).stdout
    )
    assert out["rubric"]["kind"] == "question"
    assert coach.bank("fi").get(out["rubric"]["question_id"]) is not None
    relevance = next(p for p in out["parts"] if p["name"] == "relevance")
    assert relevance["label"] == "Vastaa kysymykseen"
    told = json.loads(
        runner.invoke(
            app, ["feedback", "--question", question, "--answer", answer, "--lang", "en", "--json"]
        ).stdout
    )
    assert next(p for p in told["parts"] if p["name"] == "relevance")["label"] == "Answers the question"


# A question far from the bank: judged with a general rubric.
CRYING = ["feedback", "--question", "What would you do if a caller started crying?", "--answer", ANSWER]


def test_a_pasted_question_names_the_nearest_bank_question_by_its_wording_not_its_id(coach) -> None:  # type: ignore[no-untyped-def]
    result = runner.invoke(app, CRYING)
    assert result.exit_code == 0, result.output
    out = json.loads(runner.invoke(app, [*CRYING, "--json"]).stdout)
    nearest = coach.bank("en").get(out["rubric"]["closest_question_id"])
    assert out["rubric"]["closest_question_text"] == nearest.text
    printed = " ".join(result.stdout.split())
    assert " ".join(nearest.text.split()) in printed and nearest.id not in printed


def test_as_new_judges_a_pasted_question_with_its_kinds_general_rubric() -> None:
    args = ["feedback", "--question", "Tell me about yourself, please.", "--answer", ANSWER, "--json"]
    out = json.loads(runner.invoke(app, [*args, "--as-new"]).stdout)
    assert (out["rubric"]["kind"], out["rubric"]["as_new"]) == ("category", True)


def test_a_question_far_from_the_bank_uses_a_category_rubric() -> None:
    out = json.loads(runner.invoke(app, [*CRYING, "--json"]).stdout)
    assert out["rubric"]["kind"] == "category"
    # A caller in tears is a situation to handle: either kind of rubric fits it.
    assert out["rubric"]["category"] in {"scenario", "customer_handling"}
    assert out["rubric"]["matched_by"] == "meaning"


def test_the_answer_can_come_from_a_file(tmp_path: Path) -> None:
    answer_file = tmp_path / "answer.txt"
    answer_file.write_text(ANSWER, encoding="utf-8")
    result = runner.invoke(
        app, ["feedback", "--question", "Tell me about yourself", "--answer-file", str(answer_file), "--json"]
    )
    assert result.exit_code == 0
    assert json.loads(result.stdout)["word_count"] == len(ANSWER.split())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--question", "Why BPO?", "--answer", "   "], "empty"),
        (["--question", "Why BPO?", "--answer", "x" * 100_000], "too long"),
        (["--question-id", "no-such-id", "--answer", "Hello there"], "no question with id"),
        (["--answer", "Hello"], "give the question"),
        (["--question", "Why BPO?", "--answer", "Hi", "--lang", "sv"], "unknown language"),
    ],
)
def test_bad_input_exits_non_zero_with_a_message_on_stderr(args: list[str], message: str) -> None:
    result = runner.invoke(app, ["feedback", *args])
    assert result.exit_code != 0
    assert message in result.stderr
    assert result.stdout == ""


def test_binary_answer_files_are_refused(tmp_path: Path) -> None:
    junk = tmp_path / "photo.jpg"
    junk.write_bytes(bytes(range(256)) * 10)
    result = runner.invoke(app, ["feedback", "--question", "Why BPO?", "--answer-file", str(junk)])
    assert result.exit_code != 0
    assert "does not look like" in result.stderr


def test_the_error_is_in_finnish_for_finnish(tmp_path: Path) -> None:
    result = runner.invoke(app, ["feedback", "--question", "Miksi BPO?", "--answer", " ", "--lang", "fi"])
    assert result.exit_code != 0
    assert "tyhjä" in result.stderr.lower()


def test_questions_lists_and_filters_the_bank() -> None:
    everything = json.loads(runner.invoke(app, ["questions", "--json"]).stdout)
    kpo = json.loads(runner.invoke(app, ["questions", "--track", "kpo-domestic", "--json"]).stdout)
    scenarios = json.loads(
        runner.invoke(app, ["questions", "--lang", "fi", "--category", "scenario", "--json"]).stdout
    )
    assert len(everything) >= 100
    assert 0 < len(kpo) < len(everything)
    assert all("kpo" in q["processes"] and "domestic" in q["markets"] for q in kpo)
    assert scenarios and all(q["category"] == "scenario" for q in scenarios)


def test_an_unknown_track_is_refused() -> None:
    result = runner.invoke(app, ["questions", "--track", "telepathy"])
    assert result.exit_code == 2
    assert "unknown track" in result.stderr


def test_terminal_practice_stores_answers_in_the_history(tmp_path: Path) -> None:
    env = {**os.environ, **_env(tmp_path)}
    script = f"{ANSWER}\n\nr\nI am a hard worker.\n\nq\n"
    proc = subprocess.run(
        [sys.executable, "-m", "valmis.cli", "practice", "--mode", "offhand"],
        input=script,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count("/100") >= 2
    from sqlalchemy import text

    from valmis.config import Settings
    from valmis.db.engine import make_engine

    engine = make_engine(Settings(data_dir=tmp_path / "data").resolved_database_url())
    with engine.connect() as conn:
        rows = conn.execute(text("select previous_attempt_id from attempts order by id")).all()
    engine.dispose()
    assert len(rows) == 2 and rows[0][0] is None and rows[1][0] is not None


def test_db_upgrade_refuses_a_read_only_database(tmp_path: Path) -> None:
    db = tmp_path / "valmis.db"
    sqlite3.connect(db).close()
    # mode=ro makes the file read-only for this connection, even for root.
    url = f"sqlite:///file:{db}?mode=ro&uri=true"
    result = runner.invoke(app, ["db", "upgrade"], env={"VALMIS_DATABASE_URL": url})
    assert result.exit_code == 1
    assert "read-only" in result.stderr


def test_db_upgrade_says_when_the_database_is_locked(tmp_path: Path) -> None:
    db = tmp_path / "valmis.db"
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = runner.invoke(app, ["db", "upgrade"], env={"VALMIS_DATABASE_URL": f"sqlite:///{db}"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1
    assert "locked" in result.stderr


def test_a_file_that_is_not_a_database_is_named(tmp_path: Path) -> None:
    db = tmp_path / "valmis.db"
    db.write_bytes(b"this is not sqlite" * 100)
    result = runner.invoke(app, ["db", "upgrade"], env={"VALMIS_DATABASE_URL": f"sqlite:///{db}"})
    assert result.exit_code == 1
    assert "not a Valmis database" in result.stderr


def test_serve_refuses_an_invalid_content_pack_and_names_the_file(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    (pack / "questions").mkdir(parents=True)
    (pack / "questions" / "scenario.en.yaml").write_text(
        "lang: en\ncategory: scenario\nquestions: [{id: 1}]\n"
    )
    env = {**os.environ, **_env(tmp_path), "VALMIS_CONTENT_DIR": str(pack), "VALMIS_PORT": "9"}
    proc = subprocess.run(
        [sys.executable, "-m", "valmis.cli", "serve"], capture_output=True, text=True, env=env, timeout=60
    )
    assert proc.returncode == 1
    assert "scenario.en.yaml" in proc.stderr
    assert "invalid question file" in proc.stderr


def test_feedback_uses_a_content_pack_of_ones_own(tmp_path: Path) -> None:
    import shutil

    from valmis.content.loader import BUILTIN_PACK

    pack = tmp_path / "pack"
    shutil.copytree(BUILTIN_PACK, pack)
    text = (pack / "questions" / "motivation.en.yaml").read_text(encoding="utf-8")
    (pack / "questions" / "motivation.en.yaml").write_text(text.replace("id: why-bpo", "id: why-our-bpo"))
    result = runner.invoke(
        app, ["questions", "--json", "--category", "motivation"], env={"VALMIS_CONTENT_DIR": str(pack)}
    )
    assert "why-our-bpo" in [q["id"] for q in json.loads(result.stdout)]


def test_data_export_and_delete_from_the_terminal(tmp_path: Path) -> None:
    env = _env(tmp_path)
    empty = runner.invoke(app, ["data", "export"], env=env)
    assert empty.exit_code == 0 and json.loads(empty.stdout)["attempts"] == []
    refused = runner.invoke(app, ["data", "delete"], env=env)
    assert refused.exit_code == 2 and "--yes" in refused.stderr
    done = runner.invoke(app, ["data", "delete", "--yes"], env=env)
    assert done.exit_code == 0 and "Deleted 0 answers" in done.stderr


def test_batch_feedback_writes_one_result_per_line_and_survives_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"question_id": "why-bpo", "answer": ANSWER, "lang": "en"}),
        "this is not json",
        json.dumps(
            {"question": "Miksi haluat BPO-alalle?", "answer": "Haluan auttaa asiakkaita.", "lang": "fi"}
        ),
        json.dumps({"question_id": "no-such-question", "answer": "Hello there", "lang": "en"}),
        json.dumps({"question_id": "why-bpo", "answer": "   ", "lang": "en"}),
    ]
    batch = tmp_path / "answers.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["feedback", "--batch", str(batch), "--json"])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["line"] for o in out] == [1, 2, 3, 4, 5]
    assert 0 <= out[0]["score"] <= 100 and out[0]["rubric"]["question_id"] == "why-bpo"
    assert "not valid JSON" in out[1]["error"]
    assert out[2]["rubric"]["matched_from_text"] is True
    assert "no question" in out[3]["error"]
    assert "empty" in out[4]["error"]


def test_a_batch_line_can_judge_its_pasted_question_as_a_new_one(tmp_path: Path) -> None:
    line = {"question": "Tell me about yourself, please.", "answer": ANSWER, "lang": "en"}
    batch = tmp_path / "answers.jsonl"
    batch.write_text(json.dumps(line) + "\n" + json.dumps({**line, "as_new": True}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["feedback", "--batch", str(batch), "--json"])
    first, second = (json.loads(x) for x in result.stdout.splitlines())
    assert first["rubric"]["kind"] == "question"
    assert (second["rubric"]["kind"], second["rubric"]["as_new"]) == ("category", True)


def test_batch_feedback_as_a_table_sums_up_the_scores_and_the_errors(tmp_path: Path) -> None:
    lines = [
        json.dumps({"question_id": "why-bpo", "answer": ANSWER, "lang": "en"}),
        "this is not json",
        json.dumps({"question_id": "why-bpo", "answer": "Only for the money, to be honest.", "lang": "en"}),
    ]
    batch = tmp_path / "answers.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["feedback", "--batch", str(batch)])
    assert result.exit_code == 0, result.output
    assert "2 answers judged · mean score" in result.stdout
    assert "1 line with an error" in result.stdout
    assert "only-money" in result.stdout
