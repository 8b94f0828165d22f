"""The résumé and job-posting word lists: complete in both languages, and they find what they mean."""

from __future__ import annotations

import pytest

from valmis.analysis.joblexicon import JOB_LEXICON, JobLexicon, Term, job_lexicon
from valmis.analysis.lexicon import cue_pattern, find_cues

LANGS = ("en", "fi")
TERM_FIELDS = (
    "sections",
    "processes",
    "markets",
    "shifts",
    "languages",
    "language_levels",
    "skills",
    "tools",
    "education",
    "topics",
)
CUE_FIELDS = ("action_verbs", "weak_openers", "fresher_cues", "must_cues", "nice_cues")


def all_terms() -> list[tuple[str, Term]]:
    out = [(field, t) for field in TERM_FIELDS for t in getattr(JOB_LEXICON, field)]
    out += [(f"track_signals.{k}", t) for k, terms in JOB_LEXICON.track_signals.items() for t in terms]
    return out


def found(text: str, field: str, lang: str) -> set[str]:
    """Ids of the terms of one field whose cues occur in the text."""
    terms: tuple[Term, ...] = getattr(JOB_LEXICON, field)
    return {t.id for t in terms if find_cues(text, t.cues[lang])}


def hits(text: str, field: str, lang: str) -> list[str]:
    """The words of a plain cue list (action verbs, must cues, ...) found in the text."""
    cues: dict[str, tuple[str, ...]] = getattr(JOB_LEXICON, field)
    return [h[0].lower() for h in find_cues(text, cues[lang])]


def test_the_lexicon_is_one_shared_constant() -> None:
    assert isinstance(JOB_LEXICON, JobLexicon)
    assert job_lexicon() is JOB_LEXICON


@pytest.mark.parametrize(("field", "term"), all_terms(), ids=lambda v: getattr(v, "id", v))
def test_every_term_has_a_label_and_cues_in_both_languages(field: str, term: Term) -> None:
    assert set(term.label) == set(LANGS), field
    assert set(term.cues) == set(LANGS), field
    for lang in LANGS:
        assert term.label[lang].strip(), (field, term.id, lang)
        assert term.cues[lang], (field, term.id, lang)


def test_every_cue_list_has_both_languages() -> None:
    for field in CUE_FIELDS:
        cues = getattr(JOB_LEXICON, field)
        assert set(cues) == set(LANGS), field
        assert all(cues[lang] for lang in LANGS), field


def test_every_cue_compiles_and_is_written_plainly() -> None:
    groups = [(f"{f}.{t.id}.{lang}", t.cues[lang]) for f, t in all_terms() for lang in LANGS]
    groups += [(f"{f}.{lang}", getattr(JOB_LEXICON, f)[lang]) for f in CUE_FIELDS for lang in LANGS]
    for where, cues in groups:
        assert len(set(cues)) == len(cues), f"{where}: a cue is listed twice"
        for cue in cues:
            assert cue == cue.strip().lower(), (where, cue)
            # Currency signs are the one kind of cue a single character long.
            assert len(cue.rstrip("*")) >= 2 or cue in ("€", "₹"), (where, cue)
            # A stem this short would end inside too many unrelated words.
            assert not (cue.endswith("*") and len(cue) <= 3), (where, cue)
            cue_pattern(cue)


def test_ids_are_unique_and_the_named_ones_are_there() -> None:
    expected = {
        "sections": {
            "contact",
            "summary",
            "experience",
            "education",
            "skills",
            "languages",
            "certifications",
            "projects",
            "volunteering",
            "interests",
            "references",
        },
        "processes": {"voice", "chat", "email", "back_office", "kpo"},
        "markets": {"domestic", "international"},
        "shifts": {"night", "rotational", "weekend", "evening", "day", "flexible"},
        "language_levels": {
            "native",
            "fluent",
            "professional",
            "good",
            "basic",
            "c2",
            "c1",
            "b2",
            "b1",
            "a2",
        },
        "education": {
            "secondary",
            "vocational",
            "bachelor",
            "master",
            "commerce",
            "it",
            "finance",
            "medical",
        },
        "topics": {"training", "pay", "metrics", "growth", "location", "start_date", "contract"},
    }
    for field in TERM_FIELDS:
        ids = [t.id for t in getattr(JOB_LEXICON, field)]
        assert len(set(ids)) == len(ids), field
        if field in expected:
            assert set(ids) == expected[field], field
    languages = {t.id for t in JOB_LEXICON.languages}
    assert {
        "english",
        "finnish",
        "swedish",
        "german",
        "french",
        "spanish",
        "norwegian",
        "danish",
    } <= languages
    assert {"russian", "estonian", "hindi", "arabic"} <= languages
    signals = {k: {t.id for t in v} for k, v in JOB_LEXICON.track_signals.items()}
    assert signals == {
        "voice": {"customer_contact", "communication", "language_level", "shift_flexibility"},
        "nonvoice": {"typing_speed", "accuracy", "tools", "written_communication"},
        "kpo": {"domain_skills", "analysis", "tools", "qualifications"},
    }


def test_the_lists_are_big_enough_to_be_useful() -> None:
    assert len(JOB_LEXICON.skills) >= 38
    assert len(JOB_LEXICON.tools) >= 28
    assert len(JOB_LEXICON.languages) >= 15
    for lang in LANGS:
        assert len(JOB_LEXICON.action_verbs[lang]) >= 30


# --- English sentences -----------------------------------------------------------------------


def test_a_resume_line_about_inbound_calls_is_voice_work() -> None:
    text = "Handled 80+ inbound calls a day and resolved billing complaints."
    assert found(text, "processes", "en") == {"voice"}
    assert hits(text, "action_verbs", "en") == ["handled", "resolved"]
    assert {"billing", "complaint_handling"} <= found(text, "skills", "en")


def test_a_posting_and_a_resume_meet_on_the_same_process() -> None:
    assert "voice" in found("Hiring for International Voice Process (inbound).", "processes", "en")
    assert "voice" in found("Worked 2 years in a call centre for a telecom client.", "processes", "en")


def test_a_non_voice_posting_is_not_voice() -> None:
    text = "Non-voice process: email and chat support for UK customers."
    assert found(text, "processes", "en") == {"back_office", "chat", "email"}
    assert found(text, "markets", "en") == {"international"}


def test_an_english_posting_with_must_and_nice_requirements() -> None:
    text = "Must have excellent written English; Zendesk experience is an advantage."
    assert found(text, "languages", "en") == {"english"}
    assert "fluent" in found(text, "language_levels", "en")
    assert found(text, "tools", "en") == {"zendesk"}
    assert "written_communication" in found(text, "skills", "en")
    assert "must" in hits(text, "must_cues", "en")
    assert hits(text, "nice_cues", "en") == ["an advantage"]


def test_freshers_shifts_and_pay_in_an_indian_posting() -> None:
    text = "Freshers welcome! Rotational shifts with night shifts for the US process. Salary 2.5 LPA + incentives, cab facility."
    assert hits(text, "fresher_cues", "en")
    assert {"rotational", "night"} <= found(text, "shifts", "en")
    assert "international" in found(text, "markets", "en")
    assert {"pay", "location"} <= found(text, "topics", "en")


def test_a_kpo_posting_names_qualifications_and_tools() -> None:
    text = "CA Inter or B.Com graduate with Tally and advanced Excel for our F&A process."
    assert {"finance", "commerce", "bachelor"} <= found(text, "education", "en")
    assert {"tally", "excel"} <= found(text, "tools", "en")
    assert "kpo" in found(text, "processes", "en")


def test_office_tools_in_a_skills_line() -> None:
    assert {"excel", "word", "outlook"} <= found("Skilled in MS Excel, Word and Outlook.", "tools", "en")


def test_indian_languages_in_a_resume() -> None:
    text = "Languages known: English, Hindi and Tamil (native)"
    assert found(text, "languages", "en") == {"english", "hindi", "tamil"}
    assert found(text, "language_levels", "en") == {"native"}


def test_a_duty_style_line_is_a_weak_opener() -> None:
    assert hits("Responsible for answering customer queries.", "weak_openers", "en") == ["responsible for"]


@pytest.mark.parametrize(
    ("text", "field", "term_id"),
    [
        ("Worked at Sapphire Solutions.", "tools", "sap"),
        ("I excel at calming angry customers.", "tools", "excel"),
        ("I keep a positive outlook.", "tools", "outlook"),
        ("Apply by email: jobs@example.com", "processes", "email"),
        ("Email: priya@example.com", "processes", "email"),
        ("Non-voice process, data entry.", "processes", "voice"),
        ("Please polish your CV before the interview.", "languages", "polish"),
        ("Three years of B2B sales.", "language_levels", "b2"),
        ("You will report to the team lead.", "skills", "leadership"),
        ("The plan was mis-sold to him.", "skills", "reporting"),
    ],
)
def test_english_near_misses_do_not_hit(text: str, field: str, term_id: str) -> None:
    assert term_id not in found(text, field, "en")


@pytest.mark.parametrize(
    ("text", "field", "term_id"),
    [
        ("Worked in cross-functional teams.", "tools", "teams"),
        ("A positive outlook on life.", "tools", "outlook"),
        ("Tallying the daily totals.", "tools", "tally"),
        ("Mastered the art of calm calls.", "education", "master"),
        ("Provisional offer letter.", "topics", "pay"),
        ("Two years with an e-commerce client.", "education", "commerce"),
        ("Address: Chennai, Tamil Nadu", "languages", "tamil"),
        ("Worked in Saudi Arabia.", "languages", "arabic"),
        ("Word-of-mouth referrals.", "tools", "word"),
    ],
)
def test_no_cue_of_either_language_misreads_english(text: str, field: str, term_id: str) -> None:
    # Résumés and postings mix languages, so callers read the cues of both in any text.
    assert term_id not in found(text, field, "en") | found(text, field, "fi")


# --- Finnish sentences -----------------------------------------------------------------------


def test_a_finnish_posting_asks_for_fluent_english_and_shift_work() -> None:
    text = "Edellytämme sujuvaa englannin kielen taitoa ja valmiutta vuorotyöhön."
    assert found(text, "languages", "fi") == {"english"}
    assert "fluent" in found(text, "language_levels", "fi")
    assert found(text, "shifts", "fi") == {"rotational"}
    assert hits(text, "must_cues", "fi") == ["edellytämme"]


def test_a_finnish_resume_line_about_calls_is_voice_work() -> None:
    text = "Hoidin päivittäin noin 60 puhelua ja ratkaisin asiakkaiden laskutusasioita."
    assert found(text, "processes", "fi") == {"voice"}
    assert hits(text, "action_verbs", "fi") == ["hoidin", "ratkaisin"]
    assert "billing" in found(text, "skills", "fi")


def test_a_language_that_is_an_advantage() -> None:
    text = "Ruotsin kielen taito katsotaan eduksi."
    assert found(text, "languages", "fi") == {"swedish"}
    assert "katsotaan eduksi" in hits(text, "nice_cues", "fi")


def test_evening_and_weekend_shifts_and_onboarding() -> None:
    text = "Työ tehdään ilta- ja viikonloppuvuoroissa, ja perehdytys kestää kaksi viikkoa."
    assert found(text, "shifts", "fi") == {"evening", "weekend"}
    assert "training" in found(text, "topics", "fi")


def test_pay_under_the_collective_agreement_and_remote_work() -> None:
    text = "Tarjoamme TES:n mukaisen palkan ja mahdollisuuden etätyöhön."
    assert {"pay", "location"} <= found(text, "topics", "fi")


def test_chat_and_email_for_finnish_customers() -> None:
    text = "Palvelet suomalaisia asiakkaita chatissa ja sähköpostitse."
    assert found(text, "processes", "fi") == {"chat", "email"}
    assert found(text, "markets", "fi") == {"domestic"}


def test_a_finnish_language_list_in_a_resume() -> None:
    text = "Kielitaito: suomi (äidinkieli), englanti (erinomainen), ruotsi (hyvä)"
    assert found(text, "languages", "fi") == {"finnish", "english", "swedish"}
    assert {"native", "fluent", "good"} <= found(text, "language_levels", "fi")
    assert "languages" in found("Kielitaito", "sections", "fi")


def test_tools_in_finnish_case_endings() -> None:
    text = "Vaatimuksena on kokemus Excelistä ja SAP-järjestelmästä sekä Wordin käytöstä."
    assert {"excel", "sap", "word"} <= found(text, "tools", "fi")
    assert hits(text, "must_cues", "fi") == ["vaatimuksena"]


def test_no_experience_needed_is_a_fresher_cue_and_not_a_must() -> None:
    text = "Aiempaa kokemusta ei vaadita, perehdytämme sinut tehtävään."
    assert hits(text, "fresher_cues", "fi")
    assert hits(text, "must_cues", "fi") == []
    assert "training" in found(text, "topics", "fi")


def test_finnish_education_words() -> None:
    text = "Olen ylioppilas ja valmistun tradenomiksi ammattikorkeakoulusta."
    assert {"secondary", "bachelor", "commerce"} <= found(text, "education", "fi")


@pytest.mark.parametrize(
    ("text", "field", "term_id"),
    [
        ("Olemme kiinnostuneita sinusta.", "languages", "chinese"),
        ("Suomen suurin asiakaspalvelukeskus etsii sinua.", "languages", "finnish"),
        ("Palkkaamme uusia asiakaspalvelijoita.", "topics", "pay"),
        ("Tarkista vuorolista intrasta.", "topics", "pay"),
        ("Valitut hakijat kutsutaan haastatteluun.", "skills", "complaint_handling"),
        ("Hyväksytty tutkinto.", "language_levels", "good"),
        ("Hyvät vuorovaikutustaidot.", "shifts", "rotational"),
        ("Sähköposti: matti@example.com", "processes", "email"),
        ("Lähetä hakemus sähköpostitse.", "processes", "email"),
        ("Puhelin: 040 123 4567", "processes", "voice"),
        ("Odotamme hakemustasi!", "must_cues", ""),
        ("Raportoit tiiminvetäjällesi.", "skills", "leadership"),
        ("Toimimme Ruotsin ja Suomen markkinoilla ja ostamme vakuuttajalta.", "skills", "negotiation"),
        ("Haemme Excellence-tiimiin.", "tools", "excel"),
        ("Palvelu on saatavilla heti.", "skills", "collections"),
    ],
)
def test_finnish_near_misses_do_not_hit(text: str, field: str, term_id: str) -> None:
    if field.endswith("_cues"):
        assert hits(text, field, "fi") == []
    else:
        assert term_id not in found(text, field, "fi")


FINNISH_FORMS = {
    ("processes", "voice"): "puheluita puheluihin puhelinpalvelussa puhelimitse puhelinasiakaspalvelussa",
    ("processes", "chat"): "chatissa chattiin verkkochatissa",
    ("processes", "back_office"): "taustatoimistossa tallennustyötä korvauskäsittelyssä",
    ("processes", "kpo"): "kirjanpidon taloushallinnossa tilinpäätöksen analyytikkona",
    ("markets", "domestic"): "kotimaisille kotimaan",
    ("markets", "international"): "kansainvälisille ulkomaisille pohjoismaiden",
    ("shifts", "night"): "yövuoroja yövuoroissa yötyötä",
    ("shifts", "rotational"): "vuorotyöhön vuorotyössä kolmivuorotyötä jaksotyössä",
    ("shifts", "weekend"): "viikonloppuisin viikonloppuna viikonlopun lauantaisin arkipyhinä",
    ("shifts", "evening"): "iltavuoroissa iltatyötä iltaisin",
    ("languages", "english"): "englannin englantia englanniksi englanninkielinen",
    ("languages", "swedish"): "ruotsin ruotsia ruotsiksi ruotsinkielinen",
    ("languages", "german"): "saksan saksaa saksaksi",
    ("languages", "russian"): "venäjän venäjää venäjäksi",
    ("languages", "estonian"): "viron viroa viroksi",
    ("languages", "chinese"): "kiinaa kiinaksi kiinankielinen",
    ("languages", "finnish"): "suomea suomeksi suomenkielinen",
    ("language_levels", "native"): "äidinkielenä äidinkieleni kaksikielinen",
    ("language_levels", "fluent"): "sujuvaa sujuvan sujuvasti erinomaista",
    ("skills", "customer_service"): "asiakaspalvelijana asiakaspalvelussa asiakastyössä",
    ("skills", "empathy"): "empatiaa empaattinen kärsivällisyyttä",
    ("skills", "complaint_handling"): "reklamaatioiden valituksen valituksia tyytymättömän",
    ("skills", "bookkeeping"): "kirjanpito kirjanpidon kirjanpitäjä tiliöinti",
    ("skills", "collections"): "perintä perinnän perinnässä",
    ("skills", "reporting"): "raportointi raportit raportteja",
    ("skills", "service_attitude"): "palveluhenkinen asiakaslähtöisyys palvelualttius palvelualtis",
    ("tools", "excel"): "excelin exceliä excelissä excel-taidot",
    ("tools", "ticketing"): "tiketti tiketit tiketeistä tikettijärjestelmä",
    ("education", "secondary"): "ylioppilastutkinto lukiossa perustutkinto",
    ("education", "bachelor"): "kandidaatin ammattikorkeakoulussa tradenomi",
    ("topics", "training"): "perehdytys perehdytyksen perehdytämme",
    ("topics", "pay"): "palkkaus tuntipalkka provisio bonukset vuorolisät työehtosopimuksen",
    ("topics", "growth"): "urapolku urapolut etenemismahdollisuudet ylennys",
    ("topics", "location"): "etätyötä etätyöhön toimipisteessä",
    ("topics", "start_date"): "aloituspäivä aloittamaan irtisanomisajan",
    ("topics", "contract"): "vakituinen määräaikainen osa-aikainen koeaika koeajan koeajalla",
    ("topics", "metrics"): "mittarit mittareita asiakastyytyväisyys käsittelyajan",
}


@pytest.mark.parametrize(("field", "term_id"), list(FINNISH_FORMS), ids=lambda v: v)
def test_finnish_stems_find_their_inflected_forms(field: str, term_id: str) -> None:
    for word in FINNISH_FORMS[field, term_id].split():
        assert term_id in found(word, field, "fi"), word
