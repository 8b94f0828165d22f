"""Red flags fire on their words side by side: rubric flags in any inflection, generic ones as written."""

from functools import cache

import pytest

from valmis.analysis.findings import FlagHit
from valmis.analysis.lemmas import Lemmatizer, make_lemmatizer
from valmis.analysis.lexicon import lexicon
from valmis.analysis.redflags import find_red_flags
from valmis.analysis.rubric import FlagSpec
from valmis.analysis.text import split_sentences


@cache
def lemmatizer(lang: str) -> Lemmatizer:
    return make_lemmatizer(lang)


def flag(id: str, *phrases: str) -> FlagSpec:
    return FlagSpec(id, f"label {id}", f"why {id}", phrases)


def red_flags(text: str, lang: str, *flags: FlagSpec) -> tuple[FlagHit, ...]:
    return find_red_flags(flags, split_sentences(text), lexicon(lang), lemmatizer(lang))


def ids(text: str, lang: str, *flags: FlagSpec) -> list[str]:
    return [h.id for h in red_flags(text, lang, *flags)]


def test_a_rubric_flag_fires_on_its_words_side_by_side() -> None:
    hits = red_flags("I like the work. They pay more money there.", "en", flag("pay", "more money"))
    assert hits == (FlagHit("pay", "label pay", "why pay", "They pay more money there."),)


def test_a_rubric_flag_does_not_fire_on_one_of_its_words_alone() -> None:
    assert ids("I manage money well and I saved more than I spent.", "en", flag("pay", "more money")) == []


def test_a_rubric_flag_fires_on_inflected_finnish_words() -> None:
    assert ids("Löisin luurin korvaan.", "fi", flag("rude", "lyödä luuri korvaan")) == ["rude"]


def test_a_rubric_flag_is_reported_once_with_the_first_sentence() -> None:
    hits = red_flags("Tämä on välivaihe. Se on vain välivaihe.", "fi", flag("stopgap", "välivaihe"))
    assert [(h.id, h.quote) for h in hits] == [("stopgap", "Tämä on välivaihe.")]


def test_a_negation_just_before_a_rubric_flag_cancels_it() -> None:
    assert ids("I would never hang up on a customer.", "en", flag("rude", "hang up")) == []
    assert ids("En koskaan löisi luuria korvaan.", "fi", flag("rude", "lyödä luuri korvaan")) == []


def test_the_same_words_without_the_negation_still_fire() -> None:
    assert ids("I would hang up on a rude customer.", "en", flag("rude", "hang up")) == [
        "rude",
        "impatient-customers",
    ]
    assert ids("Löisin luurin korvaan.", "fi", flag("rude", "lyödä luuri korvaan")) == ["rude"]


def test_a_finnish_negation_right_after_the_words_it_denies_cancels_the_flag() -> None:
    # Finnish may put what is denied first: "Arvailemaan en rupea" (I won't start guessing).
    assert ids("Arvailemaan en rupea.", "fi", flag("bluff", "arvata")) == []
    assert ids("Arvailen, en tarkista.", "fi", flag("bluff", "arvata")) == ["bluff"]


def test_a_flag_in_a_that_clause_of_a_denial_is_cancelled() -> None:
    text = "Kukaan ei valittanut siitä, että olisin myynyt väkisin."
    assert ids(text, "fi", flag("pushy", "myydä väkisin")) == []
    assert ids("Sanoin, että myyn väkisin.", "fi", flag("pushy", "myydä väkisin")) == ["pushy"]
    assert ids("No customer ever said that I hung up on them.", "en", flag("rude", "hang up")) == []


def test_a_negation_inside_the_flags_own_words_does_not_cancel_it() -> None:
    text = "Sanon, että irtisanominen onnistuu vain kirjallisesti, vaikka se ei olisi ihan totta."
    assert ids(text, "fi") == ["dishonest"]


def test_a_negation_before_a_generic_flag_cancels_it() -> None:
    assert ids("I'm not here just for the money.", "en") == []
    assert ids("En tee tätä vain rahan takia.", "fi") == []


def test_a_generic_flag_that_is_itself_negative_still_fires() -> None:
    assert ids("It is not my problem.", "en") == ["impatient-customers"]
    assert ids("Minä en välitä siitä.", "fi") == ["impatient-customers"]


def test_just_for_the_money_does_not_fire_on_managing_money() -> None:
    assert ids("I manage money well.", "en") == []


def test_generic_english_flags_fire_as_written() -> None:
    assert ids("I applied just for the money. My boss was never there.", "en") == [
        "blames-employer",
        "only-money",
    ]
    assert ids("Honestly, I don't know.", "en") == ["no-effort"]


def test_generic_finnish_flags_fire_as_written() -> None:
    assert ids("Haen tätä vain rahan takia. En välitä asiakkaista.", "fi") == [
        "only-money",
        "impatient-customers",
    ]


def test_a_generic_flag_quotes_its_sentence_and_says_why() -> None:
    (hit,) = red_flags("Kiitos. En tiedä.", "fi")
    assert (hit.id, hit.label, hit.quote) == ("no-effort", "Ei sanottavaa", "En tiedä.")
    assert hit.why.startswith('"En tiedä"')


def test_a_clean_answer_has_no_red_flags() -> None:
    assert (
        ids("I listened, apologised and refunded the double charge.", "en", flag("pay", "more money")) == []
    )
    assert ids("Kuuntelin, pahoittelin ja hyvitin maksun.", "fi", flag("rude", "lyödä luuri")) == []


def test_english_flags_do_not_fire_on_finnish_text() -> None:
    assert ids("I don't know. Vain rahan takia.", "en") == ["no-effort"]


def test_a_flag_in_both_the_rubric_and_the_generic_list_is_reported_once() -> None:
    assert ids("I would pick it just for the money.", "en", flag("only-money", "just for the money")) == [
        "only-money"
    ]


def test_a_curly_apostrophe_does_not_hide_a_generic_flag() -> None:
    assert ids("I don’t know.", "en") == ["no-effort"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("No, I don't know.", "en"), ("I'm not sure, I don't know.", "en"), ("Ei, en tiedä.", "fi")],
)
def test_a_negation_in_the_clause_before_does_not_cancel_the_flag(text: str, lang: str) -> None:
    assert ids(text, lang) == ["no-effort"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If a caller shouts, I hang up.", ["hangs-up"]),
        ("If they keep shouting I will just hang up.", ["hangs-up"]),
        ("I stay on the line until they hang up.", []),
        ("I wait until the customer has hung up before I write my notes.", []),
        ("After they finally hang up, I write the notes.", []),
    ],
)
def test_an_english_flag_about_an_action_is_not_raised_when_someone_else_does_it(
    text: str, expected: list[str]
) -> None:
    assert ids(text, "en", flag("hangs-up", "hang up")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Äitini on kampaaja ja isäni rakennusmies.", ["family"]),
        ("Asiakas kertoi, että hänen äitinsä on kuollut.", []),
    ],
)
def test_a_finnish_flag_in_the_first_person_keeps_its_person(text: str, expected: list[str]) -> None:
    assert ids(text, "fi", flag("family", "äitini on")) == expected


def test_a_finnish_first_person_verb_in_a_flag_is_not_found_in_the_third_person() -> None:
    flags = (flag("ends-call", "lopetan puhelun"),)
    assert ids("Jos hän huutaa, lopetan puhelun.", "fi", *flags) == ["ends-call"]
    assert ids("Odotan, kunnes asiakas lopettaa puhelun.", "fi", *flags) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Honestly, I don't know.", "en", ["no-effort"]),
        ("I don't know, sorry.", "en", ["no-effort"]),
        ("I don't know whether your process has night shifts, but I am flexible.", "en", []),
        ("En tiedä.", "fi", ["no-effort"]),
        ("Ehkä jotain vastuullisempaa, en tiedä onko se sitten tiiminvetäjä vai kouluttaja.", "fi", []),
        ("En tiedä, huomaako IT vian itse, joten ilmoitan siitä heti.", "fi", []),
        ("En tiedä, mitä siihen sanoisin.", "fi", []),
        ("En tiedä, sori.", "fi", ["no-effort"]),
        ("IT sanoi, että se johtuu päivityksistä, en tiedä.", "fi", []),
        ("They said it was the weekly update that slowed it down, I don't know.", "en", []),
        ("I'm sorry, honestly, I don't know.", "en", ["no-effort"]),
    ],
)
def test_saying_i_dont_know_is_no_effort_only_when_it_ends_the_thought(
    text: str, lang: str, expected: list[str]
) -> None:
    assert ids(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("If I don't know, I check the knowledge base.", "en"),
        ("When I don't know, I ask my team lead.", "en"),
        ("I won't guess at a fix I don't know.", "en"),
        ("Jos en tiedä, kysyn tiiminvetäjältä.", "fi"),
        ("Asiaa, jota en tiedä, en arvaa.", "fi"),
    ],
)
def test_i_dont_know_in_a_condition_or_a_relative_clause_is_a_plan_not_no_effort(
    text: str, lang: str
) -> None:
    assert ids(text, lang) == []


def test_i_dont_know_after_a_lead_in_word_is_still_no_effort() -> None:
    assert ids("To be honest I don't know.", "en") == ["no-effort"]
    assert ids("Rehellisesti sanottuna en tiedä.", "fi") == ["no-effort"]


def test_misleading_the_customer_or_the_employer_is_a_flag_in_both_languages() -> None:
    assert ids("If Christmas is on my roster, I'll just file it as sick leave.", "en") == ["dishonest"]
    assert ids("Sanon, että irtisanominen onnistuu vain kirjallisesti, vaikka se ei olisi totta.", "fi") == [
        "dishonest"
    ]


def test_saying_you_never_call_in_sick_is_no_flag() -> None:
    assert ids("In two years I have never had to call in sick.", "en") == []


def test_the_customer_hanging_up_is_no_flag_on_the_candidate() -> None:
    assert ids("If the call drops, I call the customer back at once.", "en") == []
    assert sorted(ids("I say the line was unclear and disconnect the call.", "en")) == [
        "dishonest",
        "impatient-customers",
    ]


def test_blaming_others_for_the_customers_problem_is_a_flag_in_finnish() -> None:
    assert ids("Laitan tiketin uudestaan, ja asiakas odottakoon.", "fi") == ["impatient-customers"]


def test_a_phrase_may_have_two_other_words_between_its_words_within_a_clause() -> None:
    flags = (flag("abscond", "leave without notice"),)
    assert ids("If needed, I will just leave my job without notice.", "en", *flags) == ["abscond"]
    assert ids("I would leave the job that I have held for years without notice.", "en", *flags) == []
    assert ids("I never leave my job without notice.", "en", *flags) == []
    assert ids("I leave on time, without notice of overtime.", "en", *flags) == []


@pytest.mark.parametrize(
    ("text", "lang", "flag"),
    [
        ("If the caller is in a hurry, I skip the verification to save time.", "en", "skips-compliance"),
        ("Kiireisen asiakkaan kanssa jätän tunnistamisen väliin.", "fi", "skips-compliance"),
        (
            "Honestly, I don't see myself in BPO for long; it pays the bills until I find a better job.",
            "en",
            "short-stay",
        ),
        ("Teen tätä vain väliaikaisesti, kunnes löydän paremman.", "fi", "short-stay"),
        ("If the caller sounded genuine, I bent that rule and helped him anyway.", "en", "skips-compliance"),
        ("Kiireessä venytin sääntöjä ja hoidin asian ilman tarkistusta.", "fi", "skips-compliance"),
    ],
)
def test_skipping_a_required_step_or_planning_to_leave_soon_is_a_red_flag(
    text: str, lang: str, flag: str
) -> None:
    assert ids(text, lang) == [flag]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Even when the caller is in a hurry, I never skip the verification.", "en"),
        ("En koskaan jätä tunnistamisen väliin, vaikka asiakas kiirehtisi.", "fi"),
        ("I put the caller on hold just until I find the right article.", "en"),
        ("En aio jäädä paikalleni, vaan kehittyä tiiminvetäjäksi.", "fi"),
    ],
)
def test_refusing_to_skip_a_step_planning_to_grow_or_a_short_hold_are_no_red_flag(
    text: str, lang: str
) -> None:
    assert ids(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("To save time I ask the customer for their password and log in on their behalf.", "en"),
        ("Pyydän asiakkaalta verkkopankkitunnukset, niin voin kirjautua hänen puolestaan.", "fi"),
    ],
)
def test_asking_for_a_customers_password_or_logging_in_as_them_is_a_red_flag(text: str, lang: str) -> None:
    assert ids(text, lang) == ["asks-for-credentials"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I never ask for their password; resets go through the verified process.", "en"),
        ("Scammers ask for their password and log in on their behalf, so I warn customers about it.", "en"),
        ("En koskaan pyydä asiakkaan salasanaa.", "fi"),
    ],
)
def test_refusing_to_ask_for_a_password_is_no_red_flag(text: str, lang: str) -> None:
    assert ids(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Can I be considered for day shift only? The distance is too much at night.", "en"),
        ("I'm not comfortable with night shifts, my sleep gets disturbed.", "en"),
        ("Tekisin mieluiten vain päivävuoroja, ja viikonloput eivät käy.", "fi"),
        ("An extra hour is fine now and then, but I'm not available at weekends.", "en"),
        ("Arkena joustan, mutta en ole käytettävissä viikonloppuisin.", "fi"),
    ],
)
def test_ruling_out_nights_or_weekends_is_a_red_flag(text: str, lang: str) -> None:
    assert ids(text, lang) == ["refuses-shifts"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Night shifts are fine; I did a year of US nights and kept my sleep on a fixed routine.", "en"),
        ("Some friends can't do night shifts, but I have done them for two years.", "en"),
        ("Yövuorot käyvät minulle, ja viikonloppuisinkin pääsen töihin bussilla.", "fi"),
    ],
)
def test_accepting_the_hours_is_no_shift_red_flag(text: str, lang: str) -> None:
    assert ids(text, lang) == []


def test_a_flag_in_the_condition_of_what_follows_is_not_what_the_candidate_does() -> None:
    talk_over = flag("talk-over", "talk over")
    assert ids("If I talk over them, the call only gets longer.", "en", talk_over) == []
    assert ids("Jos puhun päälle, puhelu vain pitkittyy.", "fi", flag("talk-over", "puhua päälle")) == []
    assert ids("If they keep interrupting, I talk over them.", "en", talk_over) == ["talk-over"]


def test_an_english_condition_without_its_comma_ends_where_a_second_subject_begins() -> None:
    talk_over, hang_up = flag("talk-over", "talk over"), flag("hang-up", "hang up")
    assert ids("If I try to talk over them it becomes a fight for the line.", "en", talk_over) == []
    assert ids("If they keep shouting I will hang up.", "en", hang_up) == ["hang-up"]
    assert ids("If a customer is rude I hang up and they call back.", "en", hang_up) == ["hang-up"]


def test_being_annoyed_in_a_story_about_a_colleague_is_no_flag_on_customers() -> None:
    assert ids("Muutaman viikon päästä se alkoi ärsyttää, ja huomasin olevani hänelle aika tyly.", "fi") == []


@pytest.mark.parametrize(
    "text",
    ["Asiakkaat ärsyttää, kun ne ei lue ohjeita.", "Minua ärsyttää, kun asiakas ei kuuntele."],
)
def test_being_annoyed_by_customers_is_a_flag_in_finnish(text: str) -> None:
    assert ids(text, "fi") == ["impatient-customers"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Se on vähän asiakkaan oma ongelma, jos ei ole jaksanut lukea ehtoja.", "fi", "impatient-customers"),
        ("Aikataulut olivat tiukkoja, koska esimies ei osannut suunnitella mitään.", "fi", "blames-employer"),
        ("En jää ylitöihin paikkaamaan johdon huonoa suunnittelua.", "fi", "blames-employer"),
        ("Deadlines were always tight because of poor management.", "en", "blames-employer"),
        ("Rehellisesti sanottuna palkka on minulle tärkein kriteeri.", "fi", "only-money"),
        ("Jos joku toinen tarjoaa paremmin, lähden sinne.", "fi", "short-stay"),
        ("En oikein halua tehdä iltavuoroja.", "fi", "refuses-shifts"),
        ("Pomo ei koskaan arvostanut työtäni.", "fi", "blames-employer"),
        ("Honestly, salary is the most important thing for me.", "en", "only-money"),
        ("If another company pays more, I will go there.", "en", "short-stay"),
        ("I don't want to work weekends.", "en", "refuses-shifts"),
    ],
)
def test_common_ways_of_saying_contempt_blame_money_leaving_or_refusing_hours_are_flags(
    text: str, lang: str, expected: str
) -> None:
    assert ids(text, lang) == [expected]


def test_customers_silly_questions_are_contempt_but_asking_ones_own_is_a_learners_habit() -> None:
    assert ids("Most customers call with stupid questions that are on the website.", "en") == [
        "impatient-customers"
    ]
    assert ids("They ask silly questions all day.", "en") == ["impatient-customers"]
    assert ids("I learn fast, and I ask the silly questions early rather than late.", "en") == []
    assert ids("I am not afraid to ask silly questions.", "en") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("What I don't do is hit the number by cutting corners - a lost renewal helps nobody.", "en"),
        ("The one thing I would never do is cut corners on verification.", "en"),
        ("Mitä en koskaan tee, on se, että leikkaan mutkia tunnistamisessa.", "fi"),
    ],
)
def test_a_negated_cleft_denies_the_flag_that_follows_it(text: str, lang: str) -> None:
    assert ids(text, lang, flag("corners", "cut corners", "leikata mutkia")) == []


@pytest.mark.parametrize(
    "text",
    [
        "What I do is hit the number by cutting corners.",
        "What I don't do is wait; I hit the number by cutting corners.",
    ],
)
def test_the_flag_stands_after_a_cleft_that_is_not_negated_or_already_closed(text: str) -> None:
    assert ids(text, "en", flag("corners", "cut corners")) == ["corners"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We missed the deadline, but that was on them, not me.", "en"),
        ("Jos asiakas siitä pahastuu, se on vähän hänen ongelmansa.", "fi"),
    ],
)
def test_pushing_the_blame_or_the_problem_onto_others_is_a_red_flag(text: str, lang: str) -> None:
    assert ids(text, lang) != []


def test_naming_what_the_customers_problem_is_is_no_red_flag() -> None:
    assert ids("Selvitin ensin, mikä on hänen ongelmansa.", "fi") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("I'd want it clear that I won't be doing nights or weekends.", "en", ["refuses-shifts"]),
        ("If it's mandatory I would probably just take sick leave.", "en", ["dishonest"]),
        ("Jouluna koko suku on koolla, niin en aio olla töissä.", "fi", ["refuses-shifts"]),
        ("Muut pyhät sopivat, mutta juhannus ei käy.", "fi", ["refuses-shifts"]),
        ("I took sick leave once, with a doctor's note.", "en", []),
    ],
)
def test_ruling_out_the_jobs_hours_in_other_words_is_a_red_flag(
    text: str, lang: str, expected: list[str]
) -> None:
    assert ids(text, lang) == expected
