"""Word lists the analysis reads, per language: small words, fillers, hedges and structure cues.

Cue syntax: words separated by spaces, matched case-insensitively at word boundaries; a trailing
`*` lets the last word continue ("työskentel*" matches "työskentelin", "työskentelen").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache


@dataclass(frozen=True)
class GenericFlag:
    id: str
    label: str
    why: str
    cues: tuple[str, ...]
    # The cue must end its clause: "I don't know." is no effort; "I don't know whether…" is not.
    clause_end: bool = False


@dataclass(frozen=True)
class Lexicon:
    lang: str
    stop_words: frozenset[str]
    fillers: tuple[str, ...]
    hedges: tuple[str, ...]
    i_words: frozenset[str]
    we_words: frozenset[str]
    number_words: frozenset[str]
    example_cues: tuple[str, ...]
    star_cues: dict[str, tuple[str, ...]]
    ppf_cues: dict[str, tuple[str, ...]]
    definition_cues: tuple[str, ...]
    cliches: tuple[str, ...]
    generic_flags: tuple[GenericFlag, ...]
    negations: frozenset[str] = frozenset()
    # Subjects that make a red-flag phrase about someone else ("they hang up"); Finnish marks the
    # person on the verb instead, so its list stays empty.
    other_subjects: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()  # may stand between a subject and its verb
    # Words that open a clause after a comma ("…, because", "…, koska"): such a comma is grammar,
    # not a list. Finnish puts a comma before every subordinate clause.
    clause_words: frozenset[str] = frozenset()
    # Words that make the rest of their clause subordinate: "*if* I don't know, I ask" is a plan,
    # not "I don't know" said to the interviewer.
    subordinators: frozenset[str] = frozenset()
    # The only words that may stand right before a clause-final "I don't know" said to the
    # interviewer ("Honestly, I don't know."); any other word there makes it a relative clause
    # ("a fix I don't know"). Empty: not checked (Finnish marks a relative clause with "jota").
    lead_ins: frozenset[str] = frozenset()
    # Words that report a belief to refute it ("Many people think BPO is only calls, but …"): a
    # sentence with one states no wrong claim of the candidate's own.
    hearsay: tuple[str, ...] = ()
    # Words that open a sentence by pointing back at what the one before was about ("PCI DSS is a
    # standard. *It* only covers phone payments."): a claim may then span the two.
    referents: frozenset[str] = frozenset()


EN = Lexicon(
    lang="en",
    subordinators=frozenset(
        "if when whenever which who whom whose that because although though since where whereas "
        "unless until before after once what whatever whether".split()
    ),
    lead_ins=frozenset(
        "honestly frankly sorry well no actually really just so and but then honest truth okay ok "
        "um uh yeah yes now still simply sadly unfortunately guess think".split()
    ),
    referents=frozenset("it it's its this that they these those".split()),
    hearsay=(
        "people think",
        "people believe",
        "people assume",
        "people say",
        "many think",
        "some think",
        "others think",
        "it is a myth",
        "it's a myth",
        "a common myth",
        "misconception",
        "it is not true that",
        "it's not true that",
        "is wrong to think",
        "mistake to think",
    ),
    clause_words=frozenset(
        "which who whom whose that because if when whenever while but so and or nor then as "
        "although though since where whereas unless until before after once even".split()
    ),
    other_subjects=frozenset(
        "they he she customer customers caller callers client clients someone people agent "
        "agents colleague colleagues they'll they'd he'll she'll he'd she'd".split()
    ),
    auxiliaries=frozenset(
        "will would can could may might should must do does did has have had is are was were been "
        "then just also always usually "
        "often sometimes finally eventually simply already suddenly".split()
    ),
    negations=frozenset(
        "not never no without don't won't wouldn't didn't can't cannot shouldn't nor avoid".split()
    ),
    stop_words=frozenset(
        "a an the and or but if of to in on at by for with from as is are was were be been being am "
        "it its this that these those there here i me my we our us you your he she they them their do "
        "does did have has had will would can could should may might must shall not no so than then "
        "too very just also about into over up out s t m ll ve d re what which who whom when where "
        "why how all any some such own same".split()
    ),
    fillers=(
        "um",
        "umm",
        "ummm",
        "uh",
        "uhh",
        "uhm",
        "er",
        "erm",
        "hmm*",
        "you know",
        "i mean",
        "basically",
        "sort of",
        "literally",
        "so yeah",
        ", like,",
    ),
    hedges=(
        "i think maybe",
        "maybe",
        "perhaps",
        "i guess",
        "i suppose",
        "not sure",
        "kind of",
        "probably",
        "hopefully",
        "i hope so",
        "or something",
    ),
    i_words=frozenset({"i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself", "i’m", "i’ve", "i’d"}),
    we_words=frozenset({"we", "we're", "we've", "we'd", "our", "us", "we’re", "we’ve"}),
    number_words=frozenset(
        "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
        "fifty sixty hundred thousand percent per cent half double twice dozen".split()
    ),
    example_cues=(
        "for example",
        "for instance",
        "example:",
        "e.g.",
        "such as",
        "once",
        "one day",
        "last year",
        "last month",
        "last week",
        "at my previous",
        "in my last",
        "when i was",
        "when i worked",
        "in my previous",
        "during my",
        "a time when",
        "recently",
        "there was a",
        "internship",
        "in my old job",
        "at my old job",
        "in my current job",
        "in my current role",
        "in my first job",
        "in my job at",
        "years ago",
        "months ago",
        "weeks ago",
        "last time",
        "the other day",
        "one evening",
        "one morning",
        "one night",
        "last summer",
        "last winter",
        "i worked at",
        "i worked as",
        "while working at",
        "when i was working",
    ),
    star_cues={
        "situation": (
            "when i",
            "once",
            "one day",
            "last year",
            "last month",
            "at my previous",
            "in my previous",
            "in my last",
            "during my",
            "there was a",
            "a customer called",
            "we had a",
            "while i was",
            "if a customer",
            "if the",
            "in that situation",
            "in this situation",
            "suppose",
            "internship",
            "in my old job",
            "in my current job",
            "years ago",
            "the other day",
            "one evening",
            "one morning",
            "one night",
        ),
        "task": (
            "i had to",
            "i needed to",
            "my task",
            "my job was",
            "my role was",
            "my goal",
            "the goal",
            "i was responsible",
            "i was asked",
            "needed to",
            "the challenge",
            "my priority",
            "the aim",
            "i must",
            "i would need to",
            "my first priority",
        ),
        "action": (
            "so i",
            "i decided",
            "i explained",
            "i listened",
            "i apologi*",
            "i offered",
            "i checked",
            "i asked",
            "i called",
            "i contacted",
            "i escalated",
            "i would",
            "i'd",
            "first,",
            "first i",
            "then i",
            "after that",
            "next,",
            "i started",
            "i made sure",
            "i took",
            "i created",
            "i worked",
            "i spoke",
        ),
        "result": (
            "as a result",
            "in the end",
            "the result",
            "finally",
            "eventually",
            "thanked",
            "resolved",
            "solved",
            "percent",
            "%",
            "improved",
            "reduced",
            "increased",
            "i learned",
            "i learnt",
            "since then",
            "the outcome",
            "satisfied",
            "happy with",
            "this way",
            "that way",
            "calmed down",
            "by the end",
            "fixed",
            "went down",
            "went up",
        ),
    },
    ppf_cues={
        "present": (
            "currently",
            "right now",
            "at the moment",
            "i am a",
            "i'm a",
            "i am working",
            "i'm working",
            "i work",
            "i am studying",
            "i'm studying",
            "i study",
            "today i",
            "these days",
            "at present",
            "i am in my",
            "i'm in my",
        ),
        "past": (
            "before that",
            "previously",
            "i worked",
            "i studied",
            "i graduated",
            "i completed",
            "i have worked",
            "i've worked",
            "i spent",
            "in my last",
            "in my previous",
            "earlier",
            "i was",
            "i did",
            "i have experience",
            "i've handled",
            "i handled",
            "i learned",
        ),
        "future": (
            "i want to",
            "i'd like to",
            "i would like to",
            "looking for",
            "next step",
            "in the future",
            "i hope to",
            "my goal",
            "i aim",
            "i plan",
            "i'm ready",
            "i am ready",
            "that's why",
            "which is why",
            "grow into",
            "this role",
            "this position",
            "this job",
        ),
    },
    definition_cues=(
        "means",
        "mean",
        "is when",
        "refers to",
        "stands for",
        "is a ",
        "is the",
        "is an",
        "are the",
        "is about",
        "is defined",
        "the difference",
        "whereas",
        "while",
        "in other words",
        "simply put",
        "is where",
        "is how",
    ),
    cliches=(
        "hard-working",
        "hardworking",
        "hard worker",
        "team player",
        "passionate",
        "perfectionist",
        "people person",
        "go-getter",
        "think outside the box",
        "love challenges",
        "self-motivated",
        "dynamic",
        "results-driven",
        "quick learner",
        "fast learner",
        "detail-oriented",
        "goal-oriented",
        "self-starter",
        "go the extra mile",
        "give 110",
        "positive attitude",
        "perfect fit",
        "winning team",
        "customer-centric",
        "multitasker",
    ),
    generic_flags=(
        GenericFlag(
            "blames-employer",
            "Blames a former employer or colleague",
            "Recruiters hear it as a sign you will blame this team too; say what you learned instead.",
            (
                "my boss was",
                "my manager was useless",
                "my old company was",
                "they were useless",
                "my team lead was bad",
                "my colleagues were lazy",
                "my previous company was terrible",
                "toxic boss",
                "my boss never",
                "poor management",
                "bad management",
                "my manager couldn't",
                "my boss couldn't",
            ),
        ),
        GenericFlag(
            "only-money",
            "Only about the money",
            "Pay matters, but an answer that is only about money suggests you will leave for a small raise.",
            (
                "just for the money",
                "only for the money",
                "only the money",
                "only reason is money",
                "for the salary only",
                "money is all",
            ),
        ),
        GenericFlag(
            "impatient-customers",
            "Impatience or contempt for customers",
            "The whole job is patience with people; contempt for customers is the first thing a recruiter screens out.",
            (
                "stupid customers",
                "not my fault",
                "not my job",
                "customers don't listen",
                "customers never listen",
                "they can call again",
                "can't sit the whole day",
                "i hate",
                "annoying customers",
                "customers are annoying",
                "waste of time",
                "customers are stupid",
                "customers are idiots",
                "dumb customers",
                "hang up on",
                "not my problem",
                "i would just hang up",
                "i don't care",
                "i dont care",
                "stupid questions",
                "silly questions",
                "timepass",
                "i just cut in",
                "i will disconnect",
                "i'll disconnect",
                "i would disconnect",
                "i'd disconnect",
                "and disconnected",
                "disconnect the call",
                "these callers are the worst",
                "these calls are the worst",
                "these customers are the worst",
                "the problem was never me",
                "their problem, not mine",
                "that's their problem",
            ),
        ),
        GenericFlag(
            "dishonest",
            "Bends the truth",
            "Calls are recorded and audited; a candidate who would mislead a customer or the employer is a risk no process takes.",
            (
                "file it as sick leave",
                "call in sick",
                "fake a sick",
                "pretend to be sick",
                "say the line was unclear",
                "pretend the line",
                "pretend i can't hear",
                "lie to the customer",
                "a small lie",
                "a white lie",
                "even if it's not true",
                "even if it is not true",
                "even if that's not true",
                "not exactly true",
                "make something up",
                "i just guess",
                "just say yes",
            ),
        ),
        GenericFlag(
            "short-stay",
            "Not planning to stay",
            "Attrition is a BPO recruiter's first worry: training a new agent takes weeks. Say what you want "
            "to learn and grow into here.",
            (
                "this job is just for now",
                "until i find a better job",
                "until i get a better job",
                "until i find something better",
                "until i get a government job",
                "don't see myself in bpo",
                "don't see myself staying",
                "not planning to stay long",
                "won't be staying long",
                "i will leave after a year",
                "i'll leave after a year",
            ),
        ),
        GenericFlag(
            "refuses-shifts",
            "Turns down the job's hours",
            "BPO work runs in shifts round the clock, weekends and holidays included; a candidate who rules "
            "out nights or weekends before the offer is usually not taken further. Say what you can do, and "
            "ask about the roster.",
            (
                "day shift only",
                "only day shift",
                "only day shifts",
                "only the day shift",
                "i can't do night",
                "i cannot do night",
                "i won't do night",
                "i can't work night",
                "i cannot work night",
                "i can't work nights",
                "i don't do night shifts",
                "i'm not comfortable with night",
                "i am not comfortable with night",
                "i'm not ready for night",
                "i am not ready for night",
                "i don't work weekends",
                "i can't work weekends",
                "i cannot work weekends",
                "i won't work weekends",
            ),
        ),
        GenericFlag(
            "skips-compliance",
            "Skips a step the process requires",
            "Verification, the recording notice and the script's required lines protect the customer and the "
            "client's contract; skipping them to save time fails an audit, whatever the reason.",
            (
                "i skip the verification",
                "i skip verification",
                "i skipped the verification",
                "i would skip the verification",
                "i'd skip the verification",
                "i skip the security questions",
                "i skip the recording notice",
                "i skip the disclaimer",
                "i leave out the verification",
                "i leave out the recording notice",
                "no need to verify",
                "don't need to verify",
                "without verifying them",
                "i bend the rules",
            ),
        ),
        GenericFlag(
            "asks-for-credentials",
            "Asks for what no agent may ask",
            "No process asks a customer for their password, online banking login or card security code, and no "
            "agent logs in as the customer: it breaks data protection and card rules, and it is how fraud looks.",
            (
                "i ask for their password",
                "i'd ask for their password",
                "i would ask for their password",
                "i ask them for their password",
                "i ask the customer for their password",
                "i ask for their login details",
                "i ask for their online banking",
                "i ask for the cvv",
                "i'd ask for the cvv",
                "i log in as the customer",
                "i log in on their behalf",
                "i'd log in on their behalf",
                "i can log in on their behalf",
                "i log into their account for them",
            ),
        ),
        GenericFlag(
            "no-effort",
            "Says there is nothing to say",
            '"I don\'t know" or "nothing" ends the answer; give your best attempt or how you would find out.',
            ("i don't know", "i dont know", "no idea", "nothing to say", "i have no questions"),
            clause_end=True,
        ),
    ),
)


FI = Lexicon(
    lang="fi",
    referents=frozenset("se sen sitä siinä siihen ne niiden niitä tämä tämän tätä nämä".split()),
    hearsay=(
        "luulevat",
        "luullaan",
        "moni luulee",
        "monet luulevat",
        "usein luullaan",
        "ajattelevat",
        "myytti",
        "harhaluulo",
        "väärinkäsitys",
        "ei pidä paikkaansa",
        "ei ole totta, että",
        "väärin ajatella",
    ),
    subordinators=frozenset(
        "että ettei ettet etten jotta kun koska jos jollei ellei vaikka kunnes mikäli kunhan joka jotka "
        "jonka jota jossa josta johon jolla jolle jolta joiden joita joissa joista joihin joilla joille "
        "jolloin mikä mitä minkä missä mistä mihin millä miten miksi".split()
    ),
    clause_words=frozenset(
        "että ettei ettet etten ettemme jotta kun koska jos jollei vaikka kunnes mikäli kuin "
        "joka jotka jonka jota jossa josta johon jolla jolle jolta joiden joita joissa joista "
        "joihin joilla joille jolloin mikä mitkä mitä minkä missä mistä mihin millä mille miltä "
        "miten miksi kuka ketä kenen kumpi kumman milloin montako paljonko mutta vaan sillä eli "
        "niin joten ennen sitten vai tai ja sekä kuten".split()
    ),
    negations=frozenset("en et ei emme ette eivät älä älkää ikinä koskaan ilman enkä etkä eikä".split()),
    stop_words=frozenset(
        "ja tai mutta että kun jos niin kuin on ovat oli olivat olla ole ei en et emme eivät se ne "
        "tämä tuo nämä nuo joka jotka mikä mitkä minä sinä hän me te he mä sä mun sun minun minua "
        "minulla minulle meidän meillä meitä myös vain jo vielä sitten nyt kanssa sekä eli mm voi "
        "voin voisi pitää pitäisi olen olin olisi ollut on myös hyvin paljon kaikki jokin joku mitä "
        "miten miksi missä mihin siitä siihen siinä sen sitä niitä niiden tässä tästä tähän kun kuten "
        "koska vaan".split()
    ),
    fillers=(
        "öö*",
        "ee",
        "eee*",
        "ööh*",
        "äh",
        "ähh",
        "hmm*",
        "tota",
        "tuota",
        "niinku",
        "niinkun",
        "siis",
        "tavallaan",
        "silleen",
        "sillee",
        "niinku että",
        "no niin",
        "joo ja",
    ),
    hedges=(
        "ehkä",
        "luulen että",
        "luulisin",
        "kai",
        "varmaan",
        "varmaankin",
        "en ole varma",
        "jotenkin",
        "vähän niinku",
        "periaatteessa",
        "jollain tavalla",
        "tai jotain",
    ),
    i_words=frozenset(
        {"minä", "mä", "mää", "minun", "mun", "minua", "minulla", "minulle", "minusta", "itse"}
    ),
    we_words=frozenset({"me", "meidän", "meillä", "meitä", "meille", "meistä", "mekin"}),
    number_words=frozenset(
        "kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän kymmenen kaksikymmentä sata "
        "tuhat prosentti prosenttia puolet kaksinkertainen tusina".split()
    ),
    example_cues=(
        "esimerkiksi",
        "esim.",
        "esimerkki:",
        "esimerkkinä",
        "vaikkapa",
        "kerran",
        "eräänä päivänä",
        "viime vuonna",
        "viime kuussa",
        "viime viikolla",
        "edellisessä työ*",
        "aiemmassa työ*",
        "kun olin",
        "kun työskentel*",
        "kesätyö*",
        "harjoittelu*",
        "tilanne oli",
        "oli tilanne",
        "muistan",
        "viime kesänä",
        "viime talvena",
        "viime syksynä",
        "viime keväänä",
        "vuotta sitten",
        "kuukautta sitten",
        "viikkoa sitten",
        "nykyisessä työ*",
        "entisessä työ*",
        "ensimmäisessä työ*",
        "opiskeluaikana",
        "opiskellessani",
        "työskennellessäni",
        "ollessani",
        "eräs asiakas",
        "kesätöi*",
        "olin töissä",
        "olin kesätöissä",
        "työskentelin",
    ),
    star_cues={
        "situation": (
            "kerran",
            "eräänä päivänä",
            "viime vuonna",
            "viime kuussa",
            "edellisessä työ*",
            "aiemmassa työ*",
            "kun olin",
            "kun työskentel*",
            "kesätyö*",
            "harjoittelu*",
            "tilanne oli",
            "oli tilanne",
            "asiakas soitti",
            "jos asiakas",
            "tällaisessa tilanteessa",
            "siinä tilanteessa",
            "muistan",
            "viime kesänä",
            "vuotta sitten",
            "nykyisessä työ*",
            "entisessä työ*",
            "opiskeluaikana",
            "työskennellessäni",
            "ollessani",
        ),
        "task": (
            "tehtäväni",
            "minun piti",
            "piti saada",
            "tavoite*",
            "vastuullani",
            "minun tehtävä*",
            "minun täytyi",
            "täytyi",
            "haasteena",
            "ensisijai*",
            "tärkeintä",
            "pitäisi",
        ),
        "action": (
            "joten",
            "ensin",
            "ensiksi",
            "sitten",
            "sen jälkeen",
            "seuraavaksi",
            "päätin",
            "selitin",
            "kuuntelin",
            "pahoittelin",
            "tarjosin",
            "tarkistin",
            "kysyin",
            "soitin",
            "otin yhteyttä",
            "eskaloin",
            "siirsin",
            "varmistin",
            "aloitin",
            "tein",
        ),
        "result": (
            "lopulta",
            "lopputulo*",
            "tuloksena",
            "tulos",
            "tämän ansiosta",
            "sen ansiosta",
            "kiitti",
            "ratkesi",
            "ratkaistu*",
            "tyytyväinen",
            "tyytyväisenä",
            "prosent*",
            "%",
            "parani",
            "paransi",
            "väheni",
            "vähensi",
            "kasvoi",
            "opin",
            "siitä lähtien",
            "näin",
            "rauhoittui",
            "korjaantui",
            "laski",
            "nousi",
            "lopuksi",
        ),
    },
    ppf_cues={
        "present": (
            "tällä hetkellä",
            "nyt",
            "nykyään",
            "olen töissä",
            "työskentelen",
            "opiskelen",
            "olen",
            "teen",
            "juuri nyt",
            "parhaillaan",
        ),
        "past": (
            "aiemmin",
            "sitä ennen",
            "työskentelin",
            "opiskelin",
            "valmistuin",
            "olen työskennellyt",
            "olin",
            "tein",
            "kokemusta",
            "hoidin",
            "opin",
            "edellisessä",
            "viime",
        ),
        "future": (
            "haluan",
            "haluaisin",
            "tavoitteeni",
            "seuraavaksi",
            "tulevaisuudessa",
            "toivon",
            "aion",
            "etsin",
            "siksi",
            "sen takia",
            "tämä rooli",
            "tähän rooliin",
            "tämä tehtävä",
            "tähän tehtävään",
            "tässä työssä",
            "tähän työhön",
            "olen valmis",
        ),
    },
    definition_cues=(
        "tarkoittaa",
        "tarkoitetaan",
        "tarkoittavat",
        "on sitä",
        "eli",
        "lyhenne",
        "lyhenne sanoista",
        "on se",
        "on kun",
        "ero on",
        "erona",
        "kun taas",
        "toisin sanoen",
        "yksinkertaisesti",
        "viittaa",
        "on tapa",
    ),
    # Finnish inflects: "ahkera", "ahkerana", "ahkeraa" — most cues are stems (`*`).
    cliches=(
        "ahker*",
        "tiimipelaaj*",
        "intohimoi*",
        "perfektionist*",
        "ihmisläheinen",
        "ihmisläheis*",
        "sosiaalinen ihminen",
        "sosiaalisena ihmisenä",
        "nopea oppimaan",
        "nopea oppija",
        "oppii nopeasti",
        "opin nopeasti",
        "rakastan haasteita",
        "motivoitun*",
        "dynaami*",
        "tuloshakui*",
        "voittajatiim*",
        "täydellinen lisä",
        "täydellisen lisän",
        "positiivinen asenne",
        "positiivisella asenteella",
        "ratkaisukeskei*",
        "avoin uudelle",
        "kasvaa ihmisenä",
        "luotettava ja ahkera",
    ),
    generic_flags=(
        GenericFlag(
            "blames-employer",
            "Syyttää entistä työnantajaa tai kollegaa",
            "Rekrytoija kuulee siitä, että syyttäisit myös uutta tiimiä. Kerro mieluummin, mitä opit.",
            (
                "pomo oli",
                "esimies oli huono",
                "esihenkilö oli huono",
                "entinen työnantaja oli",
                "työkaverit olivat laiskoja",
                "huono johto",
                "surkea firma",
                "pomo ei ikinä",
                "johdon huono*",
                "huonon johdon",
                "esimies ei osannut",
                "esihenkilö ei osannut",
                "pomo ei osannut",
                "johto ei osannut",
            ),
        ),
        GenericFlag(
            "only-money",
            "Pelkkä raha",
            "Palkka on tärkeä, mutta vastaus, jossa puhutaan vain rahasta, kertoo että lähdet pienen korotuksen perässä.",
            (
                "vain rahan takia",
                "pelkän rahan takia",
                "vain rahan vuoksi",
                "ainoa syy on raha",
                "vain palkan takia",
                "raha ratkaisee",
            ),
        ),
        GenericFlag(
            "impatient-customers",
            "Kärsimättömyys tai halveksunta asiakkaita kohtaan",
            "Koko työ on kärsivällisyyttä ihmisten kanssa; asiakkaiden vähättely karsii hakijan ensimmäisenä.",
            (
                "tyhmät asiakkaat",
                "ei ole minun vikani",
                "ei minun vikani",
                "ei kuulu mulle",
                "en jaksa",
                # Not "ärsyttää" alone: in a conflict story "it began to annoy me" is honest, and
                # English flags "annoying customers", not "annoying".
                "ärsyttävät asiakkaat",
                "ärsyttävä asiakas",
                "asiakkaat ärsyttää",
                "asiakkaat ärsyttävät",
                "asiakkaat on ärsyttäviä",
                "asiakkaat ovat ärsyttäviä",
                "ärsyttää, kun asiakas*",
                "ärsyttää kun asiakas*",
                "ärsyttää, kun ihmiset",
                "ärsyttää kun ihmiset",
                "ärsyttää, kun joku",
                "ärsyttää kun joku",
                "vihaan",
                "ajanhukkaa",
                "soittakoon uudestaan",
                "asiakkaat ovat tyhmiä",
                "idiootti",
                "lyön luurin korvaan",
                "katkaisen puhelun",
                "ei minun ongelma",
                "ei kuulu minulle",
                "en välitä",
                "ei se minun vika",
                "ei se mun vika",
                "odottakoon",
                "niiden ongelma",
                "heidän ongelmansa",
                "asiakkaan oma ongelma",
                "hänen oma ongelmansa",
                "niiden oma ongelma",
                "tyhmiä kysymyksiä",
                "tyhmillä kysymyksillä",
                "katkaisen linjan",
                "ei kiinnosta yhtään",
            ),
        ),
        GenericFlag(
            "dishonest",
            "Kiertää totuutta",
            "Puhelut nauhoitetaan ja auditoidaan; hakija, joka johtaisi asiakasta tai työnantajaa harhaan, on riski, jota yksikään prosessi ei ota.",
            (
                "vaikka se ei olisi totta",
                "vaikka se ei olisi ihan totta",
                "vaikka ei olisi totta",
                "vaikka se ei pidä paikkaansa",
                "valehtelen",
                "pieni valkoinen valhe",
                "keksin jotain",
                "yritän arvata",
                "sanon vaan joo joo",
                "sanon vain joo joo",
                "sanon, että linja pätkii",
                "ilmoittaudun sairaaksi",
                "otan sairauslomaa",
                "sairauslomaa, vaikka",
            ),
        ),
        GenericFlag(
            "short-stay",
            "Ei aio jäädä",
            "Vaihtuvuus on rekrytoijan ensimmäinen huoli: uuden asiakaspalvelijan kouluttaminen vie viikkoja. "
            "Kerro, mitä haluat täällä oppia ja mihin kasvaa.",
            (
                "kunnes löydän paremman",
                "kunnes löydän jotain parempaa",
                "kunnes saan paremman",
                "vain väliaikaisesti",
                "väliaikainen työ",
                "väliaikaisena työnä",
                "en näe itseäni tällä alalla",
                "en näe itseäni täällä",
                "en aio jäädä pitkäksi aikaa",
                "en aio jäädä tänne",
                "lähden vuoden päästä",
                "vain vuodeksi",
            ),
        ),
        GenericFlag(
            "refuses-shifts",
            "Rajaa työajat pois",
            "Asiakaspalvelu on auki iltaisin, viikonloppuisin ja pyhinä; hakija, joka sulkee illat, yöt tai "
            "viikonloput pois jo haastattelussa, jää yleensä jatkosta. Kerro, mihin pystyt, ja kysy "
            "vuorosuunnittelusta.",
            (
                "vain päivävuoro*",
                "pelkkiä päivävuoroja",
                "en voi tehdä yövuoroja",
                "en tee yövuoroja",
                "en tee iltavuoroja",
                "en ole valmis tekemään yövuoroja",
                "en ole valmis tekemään viikonloppuja",
                "yövuorot ei käy",
                "yövuorot eivät käy",
                "iltavuorot ei käy",
                "iltavuorot eivät käy",
                "en tee viikonloppuja",
                "en tee viikonloppuvuoroja",
                "viikonloput ei käy",
                "viikonloput eivät käy",
                "viikonloppuvuorot ei käy",
                "viikonloppuvuorot eivät käy",
                "pyhät ei käy",
                "pyhät eivät käy",
            ),
        ),
        GenericFlag(
            "skips-compliance",
            "Ohittaa vaiheen, jonka prosessi vaatii",
            "Tunnistaminen, nauhoitusilmoitus ja skriptin pakolliset lauseet suojaavat asiakasta ja "
            "toimeksiantajan sopimusta. Niiden ohittaminen ajan säästämiseksi kaatuu auditoinnissa, syystä riippumatta.",
            (
                "jätän tunnistamisen pois",
                "jätän tunnistamisen väliin",
                "jätän tunnistuksen pois",
                "jätän tunnistuksen väliin",
                "ohitan tunnistamisen",
                "ohitan tunnistuksen",
                "jätän nauhoitusilmoituksen pois",
                "jätän nauhoitusilmoituksen väliin",
                "ohitan nauhoitusilmoituksen",
                "jätän pakolliset lauseet pois",
                "ilman tunnistamista",
                "ei tarvitse tunnistaa",
                "joustan säännöistä",
            ),
        ),
        GenericFlag(
            "asks-for-credentials",
            "Pyytää tietoja, joita ei saa pyytää",
            "Mikään prosessi ei pyydä asiakkaalta salasanaa, verkkopankkitunnuksia tai kortin turvakoodia, eikä "
            "asiakaspalvelija kirjaudu asiakkaan puolesta: se rikkoo tietosuojaa ja korttimaksujen sääntöjä, ja juuri "
            "siltä huijaus näyttää.",
            (
                "pyydän asiakkaalta verkkopankkitunnukset",
                "pyydän verkkopankkitunnukset",
                "pyydän hänen verkkopankkitunnuksensa",
                "pyydän asiakkaalta pankkitunnukset",
                "pyydän pankkitunnukset",
                "pyydän asiakkaan salasanan",
                "pyydän asiakkaalta salasanan",
                "pyydän hänen salasanansa",
                "pyydän salasanan",
                "kysyn asiakkaan salasanan",
                "kysyn salasanan",
                "pyydän turvakoodin",
                "pyydän cvv",
                "kirjaudun hänen puolestaan",
                "kirjaudun asiakkaan puolesta",
                "kirjautua hänen puolestaan",
                "kirjautua asiakkaan puolesta",
                "kirjaudun hänen tunnuksillaan",
                "kirjaudun asiakkaan tunnuksilla",
            ),
        ),
        GenericFlag(
            "no-effort",
            "Ei sanottavaa",
            '"En tiedä" tai "ei mitään" päättää vastauksen; kerro paras arvauksesi tai miten ottaisit selvää.',
            ("en tiedä", "ei hajuakaan", "ei mitään sanottavaa", "ei ole kysyttävää", "ei kysyttävää"),
            clause_end=True,
        ),
    ),
)


def lexicon(lang: str) -> Lexicon:
    if lang == "fi":
        return FI
    if lang == "en":
        return EN
    raise ValueError(f"unsupported language: {lang}")


_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


@lru_cache(maxsize=8192)
def normalize_quotes(text: str) -> str:
    """Curly apostrophes (phones type them) as straight ones; the length stays the same."""
    return text.translate(_QUOTES)


@cache
def cue_pattern(cue: str) -> re.Pattern[str]:
    """A regex for one cue: word boundaries around it; `*` lets the last word go on."""
    cue = cue.strip()
    prefix = cue.endswith("*")
    body = cue[:-1] if prefix else cue
    escaped = re.escape(body).replace(r"\ ", r"\s+")
    left = r"(?<![\w])" if body[:1].isalnum() else ""
    right = r"\w*" if prefix else (r"(?![\w])" if body[-1:].isalnum() else "")
    return re.compile(left + escaped + right, re.IGNORECASE)


def find_cues(text: str, cues: tuple[str, ...]) -> list[tuple[str, int, int]]:
    """Every place a cue occurs: (the matched text, start, end), in text order."""
    hits = []
    text = normalize_quotes(text)
    for cue in cues:
        for m in cue_pattern(cue).finditer(text):
            hits.append((m.group(), m.start(), m.end()))
    hits.sort(key=lambda h: h[1])
    return hits
