"""Words for the analysis: each finding's message id becomes a sentence in the user's UI language."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from valmis.analysis.findings import Note
from valmis.db.errors import DB_ERRORS
from valmis.i18n import N_

Gettext = Callable[[str], str]

PART_LABELS = {
    "relevance": N_("Answers the question"),
    "key_points": N_("Key points"),
    "structure": N_("Structure"),
    "specificity": N_("Specific and concrete"),
    "length": N_("Length"),
    "clarity": N_("Clear wording"),
    "professionalism": N_("Professional attitude"),
}

STRUCTURE_NAMES = {
    "star": N_("STAR (situation, task, action, result)"),
    "present_past_future": N_("present – past – future"),
    "definition_example": N_("definition, then an example"),
    "none": N_("a direct answer with support"),
}

ELEMENT_NAMES = {
    "situation": N_("Situation"),
    "task": N_("Task"),
    "action": N_("Action"),
    "result": N_("Result"),
    "present": N_("Present"),
    "past": N_("Past"),
    "future": N_("Future"),
    "definition": N_("Definition"),
    "example": N_("Example"),
    "opening": N_("Direct opening"),
    "support": N_("Supporting detail"),
}

CATEGORY_NAMES = {
    "self_introduction": N_("Self-introduction"),
    "motivation": N_("Motivation"),
    "bpo_knowledge": N_("BPO knowledge"),
    "b2b_practices": N_("B2B practices"),
    "behavioural": N_("Behavioural"),
    "scenario": N_("Scenarios"),
    "customer_handling": N_("Customer handling"),
    "shifts_logistics": N_("Shifts and logistics"),
    "communication_language": N_("Communication and language"),
    "kpo_technical": N_("KPO and technical"),
    "questions_to_ask": N_("Questions to ask the employer"),
}

LANGUAGE_NAMES = {"en": N_("English"), "fi": N_("Finnish")}

PROCESS_NAMES = {
    "voice": N_("Voice (calls)"),
    "nonvoice": N_("Non-voice (chat, email, back office)"),
    "kpo": N_("KPO (knowledge work)"),
}
MARKET_NAMES = {"domestic": N_("Domestic"), "international": N_("International")}
LEVEL_NAMES = {"fresher": N_("Fresher"), "experienced": N_("Experienced")}

MESSAGES = {
    "key_points.summary": N_("You covered {covered} of {total} key points."),
    "key_points.covered": N_("Covered: {point}"),
    "key_points.missed": N_("Missed: {point} — {hint}"),
    "key_points.off_topic": N_(
        "None of the key points came up. Check that your answer addresses the question that was asked."
    ),
    "key_points.tip": N_("Add this: {point}. {hint}"),
    "key_points.tip.generic": N_(
        "If it fits this question, answers of this kind often also say: {point}. {hint}"
    ),
    "key_points.covered_meaning": N_("Covered in your own words: {point}"),
    "key_points.definition_words": N_(
        "This question asks what terms mean. {count} of your points were made without the words a "
        "recruiter listens for, so each counts {percent} %: use the standard terms as well as your own "
        "explanation."
    ),
    "key_points.generic": N_(
        "This question is judged with a general rubric, whose points may not all apply; as your answer is "
        "on the question's topic, it keeps {percent} % of this part."
    ),
    "key_points.stuffed": N_(
        "The right key words are there, but not what they mean: the points are named, not explained."
    ),
    "key_points.stuffed.buzzwords": N_(
        "It strings together the trade's buzzwords ({words}) with no example of what you did."
    ),
    "key_points.stuffed.jargon": N_(
        "It strings abstract nouns and jargon ({words}) into lists, with no example of what you did."
    ),
    "key_points.stuffed.abstract": N_(
        "It is built of abstract nouns ({words}): it never says what you actually did or said, so a "
        "recruiter has nothing to believe."
    ),
    "key_points.stuffed.blend": N_(
        "It piles up acronyms, buzzwords and abstract nouns ({words}) and never says what you actually "
        "did: a recruiter has nothing to check."
    ),
    "key_points.stuffed.shell": N_(
        "Nothing in it can be checked: no name, no figure, no words anyone said, only the trade's "
        "buzzwords ({words})."
    ),
    "key_points.stuffed.circular": N_(
        "It goes round in circles, saying {words} again and again without adding a fact, a reason or "
        "an example."
    ),
    "key_points.stuffed.parroted": N_(
        "It repeats the key points' own words ({words}) and backs none of them: no moment, no name, no "
        "figure a recruiter could check."
    ),
    "key_points.stuffed.acronyms": N_(
        "It reels off acronyms ({words}) without a figure or an example that shows you know what they measure."
    ),
    "key_points.stuffed.packed": N_(
        "The question's key words are packed close together, with no example, figure or “I” of your own."
    ),
    "key_points.stuffed.importance": N_(
        "It calls things important ({words}) instead of saying why they matter or what you did."
    ),
    "key_points.stuffed.list": N_("Most of it is a list of words joined by commas and “and”."),
    "key_points.stuffed.hollow": N_("The key words are named, but the points they stand for are not said."),
    "key_points.tip.stuffed.abstract": N_(
        "Swap the abstract nouns for what happened: who it was, what you said and did, and what came of it."
    ),
    "key_points.tip.stuffed.shell": N_(
        "Add what a recruiter could check: who it was, what you said and did, and a figure for what came "
        "of it."
    ),
    "key_points.tip.stuffed.circular": N_(
        "Say each thing once, then add what the recruiter cannot guess: a moment from your own work, "
        "what you did, a figure."
    ),
    "key_points.tip.stuffed.parroted": N_(
        "Don't retell the key points: for each one, say what you did, where and when, and a figure for "
        "what came of it."
    ),
    "key_points.tip.stuffed": N_(
        "Don't list key words: explain each point in a full sentence, with what you did or would do."
    ),
    "relevance.language": N_(
        "Your answer is in {answer} and the question in {question}: it is judged on its meaning. "
        "In the interview, answer in the language you are asked in."
    ),
    "relevance.words_only": N_(
        "Judged from key words only ({percent} % of the key points named), because the meaning model is off."
    ),
    "relevance.on_topic": N_(
        "Your answer is about this question: it is closer to it than to {percent} % of the other questions."
    ),
    "relevance.partly": N_(
        "Your answer is only partly about this question: it is closer to it than to {percent} % of the other "
        "questions, but not clearly."
    ),
    "relevance.off_topic": N_(
        "Your answer does not address this question — it is closer to other questions than to this one. "
        "The question is after this: {intent}"
    ),
    "relevance.other_question": N_(
        "Much of your answer fits another question better: “{question}” Check that you answer the one "
        "you were asked."
    ),
    "relevance.other_question_off": N_(
        "Your answer fits another question much better: “{question}” This question is after this: {intent}"
    ),
    "relevance.fits_own": N_("It makes this question's key points clearly better than any other question's."),
    "relevance.fits_near": N_(
        "It would answer another question about as well: “{question}” Say more of what this question is after."
    ),
    "relevance.echo": N_(
        "Your answer is about this question: it takes up the question's own words ({words})."
    ),
    "relevance.echo_partly": N_(
        "Your answer is partly about this question: it takes up some of the question's own words ({words})."
    ),
    "relevance.closer_strong": N_("It is closer to the strong example answer than to the weak one."),
    "relevance.closer_weak": N_("It is closer to the weak example answer than to the strong one."),
    "relevance.tip": N_("Answer what is asked. The interviewer is looking for this: {intent}"),
    "structure.expected": N_("This question suits {structure}."),
    "structure.found": N_("{element}: found"),
    "structure.missing": N_("{element}: not found"),
    "structure.tip.situation": N_("Open with the situation: when and where it happened, in one sentence."),
    "structure.tip.task": N_("Say what you had to achieve — your task or goal — before what you did."),
    "structure.tip.action": N_('Describe the steps you took yourself: "First I…, then I…".'),
    "structure.tip.result": N_("End with the result, ideally with a number, and what you learned."),
    "structure.tip.present": N_("Start with where you are now: your current job or studies."),
    "structure.tip.past": N_("Add what you have done before that prepared you for this job."),
    "structure.tip.future": N_("Finish with where you want to go next and why this role fits."),
    "structure.tip.definition": N_("Start with a one-sentence definition in your own words."),
    "structure.tip.example": N_("Follow the definition with an example from a real BPO process."),
    "structure.tip.opening": N_("Open with a short, direct sentence that answers the question."),
    "structure.tip.support": N_("Add a sentence or two that supports your answer with a reason or example."),
    "specificity.number": N_("You gave a number or measure."),
    "specificity.no_number": N_(
        "No numbers: a figure (calls a day, a rating, a percentage) makes it believable."
    ),
    "specificity.example": N_("You gave a concrete example."),
    "specificity.example_hollow": N_(
        "You set up a moment, but nothing in it can be checked: no name, no figure, no words you said."
    ),
    "specificity.no_example": N_("No concrete example or moment from your own experience."),
    "specificity.cliche": N_("Self-praise without proof ({words}): back it with one real example."),
    "specificity.ownership": N_('You speak about your own actions ("I" {i}×, "we" {we}×).'),
    "specificity.we_heavy": N_(
        'Say what you did yourself: "I" {i}×, "we" {we}×. The recruiter is hiring you, not your team.'
    ),
    "specificity.plain": N_("Plain sentences, about {words} words each."),
    "specificity.wordy": N_("Long sentences, about {words} words each: shorter ones are easier to follow."),
    "specificity.tip.example": N_(
        "Add one real example: when it happened, what you did, and what came of it."
    ),
    "specificity.tip.number": N_("Add one number: how many customers, how fast, what rating or target."),
    "length.ok": N_("{words} words, within the target of {min}–{max}."),
    "length.short": N_("{words} words: shorter than the target of {min}–{max}."),
    "length.long": N_("{words} words: longer than the target of {min}–{max}."),
    "length.tip.short": N_("Say more: aim for at least {min} words, about {seconds} seconds when spoken."),
    "length.tip.long": N_(
        "Cut it down to {max} words or fewer: keep the example and the result, drop the rest."
    ),
    "clarity.clean": N_("No fillers or hedges."),
    "clarity.rambling": N_("Rambling: it is long, and most sentences are not about the question."),
    "clarity.tip.rambling": N_(
        "Keep to the point: one example and its result; cut what the question did not ask."
    ),
    "clarity.fillers": N_("{count} filler word(s): {words}."),
    "clarity.hedges": N_("{count} hedge(s): {words}. They make you sound unsure."),
    "clarity.long_sentence": N_("A very long sentence (over 40 words)."),
    "clarity.tip.hedges": N_('Replace "maybe" and "I think" with a plain statement of what you would do.'),
    "clarity.tip.fillers": N_("Pause silently instead of using fillers; a short pause sounds confident."),
    "clarity.tip.long": N_("Split long sentences: one idea per sentence."),
    "professionalism.ok": N_("No red flags."),
    "part.mostly_on_topic": N_(
        "The answer is mostly about the question asked, so the parts about form count {percent} %."
    ),
    "part.off_topic": N_(
        "The answer is not clearly about the question asked, so the parts about form count {percent} %: "
        "a well-told answer must also answer the question."
    ),
    "part.stuffed": N_(
        "Key words without substance make the rest count less: the parts about content and form count "
        "{percent} %."
    ),
    "part.cliche": N_(
        "Clichés without an example (anyone can say them) make the rest count less: the parts about "
        "content and form count {percent} %."
    ),
    "part.red_flag": N_("A red flag makes the rest count less: every other part counts {percent} %."),
    "part.too_short": N_("The answer is too short to show this fully, so this part counts {percent} %."),
    "professionalism.flag": N_("Red flag — {label}: {why}"),
    "professionalism.caution": N_(
        "Worth checking — this sentence may come across as: {label}. {why} (Recognised from what the "
        "sentence means; it costs no points.)"
    ),
    "professionalism.tip.caution": N_(
        "Check how one sentence comes across ({label}); if that is not what you meant, say it another way."
    ),
    "professionalism.tip": N_("Rephrase or remove this: {label}."),
    "professionalism.tip.term": N_("Get the term right: {why}"),
    "professionalism.tip.fact": N_("Get the facts right: {why}"),
}


# A reason that three or more parts share (a gate that scales them all) is said once, above the parts.
SHARED_BY = 3


def shared_notes(parts: Any) -> list[Note | dict[str, Any]]:
    """The notes that SHARED_BY or more parts carry alike, in the order they first appear."""

    def key(note: Note | dict[str, Any]) -> str:
        code = note.code if isinstance(note, Note) else note["code"]
        params = note.params if isinstance(note, Note) else note.get("params", {})
        quote = note.quote if isinstance(note, Note) else note.get("quote")
        return f"{code} {sorted(params.items())} {quote}"

    first: dict[str, Note | dict[str, Any]] = {}
    count: Counter[str] = Counter()
    for part in parts:
        notes = part.notes if hasattr(part, "notes") else part["notes"]
        for k, note in {key(n): n for n in notes}.items():  # a part counts each note once
            first.setdefault(k, note)
            count[k] += 1
    return [note for k, note in first.items() if count[k] >= SHARED_BY]


def explain(note: Note | dict[str, Any], gettext: Gettext) -> str:
    """One finding as a sentence in the UI language."""
    code = note.code if isinstance(note, Note) else note["code"]
    params = dict(note.params if isinstance(note, Note) else note.get("params", {}))
    if "structure" in params:
        params["structure"] = gettext(STRUCTURE_NAMES.get(params["structure"]) or str(params["structure"]))
    for key in ("answer", "question"):
        if key in params and params[key] in LANGUAGE_NAMES:
            params[key] = gettext(LANGUAGE_NAMES[params[key]])
    if "element" in params:
        params["element"] = gettext(ELEMENT_NAMES.get(params["element"]) or str(params["element"]))
    template = MESSAGES.get(code)
    if template is None:
        return code
    try:
        return gettext(template).format(**params)
    except (KeyError, IndexError):
        return template.format(**params)


def part_label(name: str, gettext: Gettext) -> str:
    return gettext(PART_LABELS.get(name, name))


def category_name(category: str | None, gettext: Gettext) -> str:
    return gettext(CATEGORY_NAMES.get(category or "", category or ""))


INPUT_ERRORS = {
    ("answer", "empty"): N_("The answer is empty. Write your answer, then send it."),
    ("answer", "too_long"): N_(
        "The answer is too long ({length} characters; the limit is {limit}). Shorten it and send it again — "
        "your text is still in the box."
    ),
    ("answer", "not_text"): N_(
        "This does not look like an answer in words (it may be the contents of a file). "
        "Type or paste your answer as plain text."
    ),
    ("question", "empty"): N_("The question is empty. Paste or type the question you want to practise."),
    ("question", "too_long"): N_("The question is too long ({length} characters; the limit is {limit})."),
    ("question", "not_text"): N_("The question does not look like text. Paste it as plain text."),
}


def input_error(field: str, code: str, gettext: Gettext, *, length: int = 0, limit: int | None = None) -> str:
    template = INPUT_ERRORS.get((field, code), N_("That input cannot be used."))
    return gettext(template).format(length=length, limit=limit or 0)


STORAGE_ERROR = N_(
    "Your answer could not be saved: the database is busy or read-only. Your text is still in the box — "
    "wait a moment and send it again."
)


def db_error(kind: str, gettext: Gettext, *, where: str, error: str = "") -> str:
    return gettext(DB_ERRORS.get(kind, DB_ERRORS["other"])).format(where=where, error=error)


DELIVERY_MESSAGES = {
    "speech.none": N_("No speech was heard in the recording. Check the microphone and try again."),
    "start.slow": N_(
        "You started speaking after {seconds} s. A short pause to think is fine; over {limit} s sounds unprepared."
    ),
    "pace.fast": N_(
        "{wpm} words a minute: fast. On the phone, {low}–{high} is easy to follow — slow down and breathe."
    ),
    "pace.slow": N_("{wpm} words a minute: slow. On the phone, {low}–{high} keeps the caller with you."),
    "pause.long": N_(
        "A pause of {seconds} s. Long silences on a call make the customer think the line dropped."
    ),
    "fillers.many": N_(
        "{count} fillers, {per_minute} a minute (most often “{most_common}”, {most_common_count}×). "
        "Pause silently instead."
    ),
    "repeats": N_("{count} repeated words or restarts. Finish the sentence you started, even if imperfect."),
    "length.short": N_("You spoke for {seconds} s; this question wants about {min}–{max} s."),
    "length.long": N_(
        "You spoke for {seconds} s; this question wants about {min}–{max} s. Keep to the point."
    ),
}


def explain_delivery(code: str, params: dict[str, Any], gettext: Gettext) -> str:
    template = DELIVERY_MESSAGES.get(code)
    if template is None:
        return code
    try:
        return gettext(template).format(**params)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)


RECORDING_ERRORS = {
    "type": N_("This file type is not accepted. Use a recording in one of these formats: {allowed}."),
    "too_big": N_("The file is too big (the limit is {limit} MB). Record a shorter answer."),
    "empty": N_("The recording is empty. Record again, and check the microphone."),
    "not_audio": N_("This file is not a sound recording. Use wav, mp3, m4a, ogg or webm."),
    "corrupt": N_("The recording is damaged and cannot be played. Record or export it again."),
    "too_long": N_("The recording is too long: answers can be at most 20 minutes."),
    "silence": N_("Nothing but silence was recorded. Check that the right microphone is on, and try again."),
    "unavailable": N_("Speech recognition is not installed on this computer. Type your answer instead."),
    "error": N_("The recording could not be transcribed. It is saved: try again."),
}


def recording_error(code: str, gettext: Gettext, **params: Any) -> str:
    fallback = RECORDING_ERRORS["error"]
    template = RECORDING_ERRORS.get(code, fallback)
    try:
        return gettext(template).format(**params)
    except (KeyError, IndexError):
        return gettext(fallback)
