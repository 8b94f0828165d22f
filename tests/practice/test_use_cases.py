from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from valmis.content.models import Category
from valmis.db.engine import make_engine, make_sessionmaker, upgrade
from valmis.db.models import Profile
from valmis.practice import attempts as uc
from valmis.practice.coach import Coach
from valmis.practice.profiles import InvalidChoice, get_profile, update_profile
from valmis.practice.progress import history, progress
from valmis.practice.sessions import advance, current_question_id, start_session


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Session]:
    url = f"sqlite:///{tmp_path / 'valmis.db'}"
    upgrade(url)
    engine = make_engine(url)
    with make_sessionmaker(engine)() as session:
        yield session
    engine.dispose()


@pytest.fixture
def profile(db: Session) -> Profile:
    return update_profile(db, get_profile(db), process="nonvoice", market="domestic", level="fresher")


def test_the_profile_is_created_once_and_refuses_unknown_values(db: Session) -> None:
    first = get_profile(db)
    assert get_profile(db).id == first.id
    with pytest.raises(InvalidChoice, match="process"):
        update_profile(db, first, process="telepathy")


def test_a_mixed_set_spreads_over_categories_and_fits_the_track(
    db: Session, profile: Profile, coach: Coach
) -> None:
    bank = coach.bank("en")
    session = start_session(db, profile, bank, "mixed", rng=random.Random(7))
    questions = [bank.get(qid) for qid in session.question_ids]
    assert len(questions) == 10
    assert len({q.category for q in questions if q}) >= 7
    assert all(q and "nonvoice" in q.processes for q in questions)


def test_an_offhand_round_is_one_scenario(db: Session, profile: Profile, coach: Coach) -> None:
    session = start_session(db, profile, coach.bank("fi"), "offhand", rng=random.Random(1))
    (qid,) = session.question_ids
    question = coach.bank("fi").get(qid)
    assert question is not None and question.category == Category.SCENARIO


def test_advancing_past_the_last_question_finishes_the_session(
    db: Session, profile: Profile, coach: Coach
) -> None:
    session = start_session(db, profile, coach.bank("en"), "offhand")
    assert current_question_id(session) is not None
    assert advance(db, session) is None
    assert session.finished_at is not None


def test_an_answer_is_stored_before_it_is_analysed(
    db: Session, profile: Profile, coach: Coach, monkeypatch: pytest.MonkeyPatch
) -> None:
    resolved = coach.resolve_id(coach.bank("en").questions[0].id, "en")

    def crash(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(coach, "analyse", crash)
    attempt = uc.submit_answer(db, coach, profile, resolved, "My careful answer.", "en")
    assert (attempt.status, attempt.answer_text, attempt.score) == ("failed", "My careful answer.", None)
    assert "boom" in (attempt.error or "")
    monkeypatch.undo()
    uc.analyse_attempt(db, coach, attempt)
    assert attempt.status == "analysed" and attempt.score is not None


def test_a_retry_is_compared_point_by_point(db: Session, profile: Profile, coach: Coach) -> None:
    q = coach.bank("en").questions[0]
    resolved = coach.resolve_id(q.id, "en")
    first = uc.submit_answer(db, coach, profile, resolved, q.weak_answer.text, "en")
    second = uc.submit_answer(db, coach, profile, resolved, q.strong_answer, "en", previous=first)
    comparison = uc.compare(db, second)
    assert comparison is not None
    assert comparison.previous.id == first.id
    assert comparison.score_change == (second.score or 0) - (first.score or 0) > 0
    assert comparison.newly_covered


def test_history_is_newest_first_and_progress_groups_by_category(
    db: Session, profile: Profile, coach: Coach
) -> None:
    bank = coach.bank("en")
    scenario = bank.select(category=Category.SCENARIO)[0]
    knowledge = bank.select(category=Category.BPO_KNOWLEDGE)[0]
    for q in (scenario, knowledge, scenario):
        uc.submit_answer(db, coach, profile, coach.resolve_id(q.id, "en"), q.strong_answer, "en")
    assert [a.question_id for a in history(db, profile)] == [scenario.id, knowledge.id, scenario.id]
    rows = {row.category: row for row in progress(db, profile)}
    assert rows["scenario"].attempts == 2
    assert rows["bpo_knowledge"].attempts == 1
    assert rows["scenario"].latest == rows["scenario"].first


def test_an_empty_answer_is_refused_before_anything_is_stored(
    db: Session, profile: Profile, coach: Coach
) -> None:
    resolved = coach.resolve_id(coach.bank("en").questions[0].id, "en")
    with pytest.raises(uc.AnswerRejected) as err:
        uc.submit_answer(db, coach, profile, resolved, " \n\t", "en")
    assert err.value.problem.code == "empty"
    assert history(db, profile) == []


def test_a_recording_left_mid_job_is_found_again_at_start(
    db: Session, profile: Profile, tmp_path: Path
) -> None:
    import io

    from valmis.practice.recordings import save_recording, unfinished

    recording = save_recording(
        db,
        profile,
        tmp_path,
        io.BytesIO(b"RIFF....WAVEfmt "),
        filename="a.wav",
        content_type="audio/wav",
        question_id=None,
        question_text="Why BPO?",
        lang="en",
    )
    assert (tmp_path / recording.path).read_bytes() == b"RIFF....WAVEfmt "
    recording.status = "transcribing"  # the process was killed here
    db.commit()
    assert unfinished(db) == [recording.id]
