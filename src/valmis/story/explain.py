"""Words for the résumé check, the posting checklist and the match, in the user's UI language."""

from __future__ import annotations

from typing import Any

from valmis.analysis.jobterms import label
from valmis.i18n import N_
from valmis.practice.explain import PROCESS_NAMES, Gettext

CHECK_PARTS = {
    "sections": N_("Sections"),
    "contact": N_("Contact details"),
    "layout": N_("Layout an applicant-tracking system can read"),
    "length": N_("Length"),
    "dates": N_("Dates and gaps"),
    "results": N_("Measurable results"),
    "verbs": N_("Action verbs"),
    "spelling": N_("Spelling"),
    "relevance": N_("Relevance to your track"),
}

MATCH_PARTS = {
    "skills": N_("Skills"),
    "experience": N_("Experience"),
    "language": N_("Languages"),
    "process_shifts": N_("Process and shifts"),
    "tools": N_("Tools"),
    "education": N_("Education"),
    "closeness": N_("Close to the job as a whole"),
}

KIND_NAMES = {
    "process": N_("Process"),
    "market": N_("Market"),
    "shift": N_("Shifts"),
    "language": N_("Language"),
    "skill": N_("Skill"),
    "tool": N_("Tool"),
    "experience": N_("Experience"),
    "education": N_("Education"),
}

SECTION_NAMES = {
    "contact": N_("Contact"),
    "summary": N_("Summary"),
    "experience": N_("Experience"),
    "education": N_("Education"),
    "skills": N_("Skills"),
    "languages": N_("Languages"),
    "certifications": N_("Certifications"),
    "projects": N_("Projects"),
    "volunteering": N_("Volunteering"),
    "interests": N_("Interests"),
    "references": N_("References"),
}

MESSAGES = {
    # sections
    "resume.sections.found": N_("Sections found: {sections}."),
    "resume.sections.missing.experience": N_("No Experience section."),
    "resume.sections.missing.education": N_("No Education section."),
    "resume.sections.missing.skills": N_("No Skills section."),
    "resume.sections.missing.languages": N_(
        "No Languages section: BPO recruiters look for your languages and level first."
    ),
    "resume.sections.no_summary": N_(
        "No summary at the top: two lines saying who you are and the job you want."
    ),
    "resume.sections.tip.experience": N_(
        'Add an "Experience" heading; with no jobs yet, list internships, part-time work or projects there.'
    ),
    "resume.sections.tip.education": N_(
        'Add an "Education" heading with your degree or school and the years.'
    ),
    "resume.sections.tip.skills": N_(
        'Add a "Skills" heading: customer service, typing speed, the tools you know.'
    ),
    "resume.sections.tip.languages": N_(
        'Add a "Languages" heading with each language and your level, e.g. "English – fluent (C1)".'
    ),
    # contact
    "resume.contact.email": N_("E-mail: {value}"),
    "resume.contact.no_email": N_("No e-mail address found."),
    "resume.contact.phone": N_("Phone: {value}"),
    "resume.contact.no_phone": N_("No phone number found."),
    "resume.contact.header_only": N_(
        "Your contact details are only in the page header, which many applicant-tracking systems skip."
    ),
    "resume.contact.tip.header": N_("Move your e-mail and phone number into the body, under your name."),
    "resume.contact.tip.missing": N_("Put your e-mail and phone number under your name, on one line."),
    # layout
    "resume.layout.columns": N_(
        "Two columns (page {pages}): applicant-tracking systems often read across the columns and mix the lines."
    ),
    "resume.layout.tables": N_("{count} table(s): their cells may be read in the wrong order or skipped."),
    "resume.layout.text_boxes": N_(
        "{count} text box(es): text in boxes is often skipped by applicant-tracking systems."
    ),
    "resume.layout.header_contact": N_("Contact details only in the header."),
    "resume.layout.images": N_(
        "{count} picture(s): fine for people, invisible to applicant-tracking systems."
    ),
    "resume.layout.image_pages": N_(
        "Page {pages} is a picture without text: a system cannot read it. Save it from the original document."
    ),
    "resume.layout.extension": N_(
        "The file's name does not match what it is (it is a {kind} file): some job portals refuse it."
    ),
    "resume.layout.plain_text": N_("Plain text: every system can read it; send a PDF or DOCX when applying."),
    "resume.layout.simple": N_("A simple one-column layout: easy for applicant-tracking systems to read."),
    "resume.layout.tip": N_(
        "Use one column, no tables or text boxes, and plain headings; keep contact details in the body."
    ),
    # length
    "resume.length.summary": N_("{pages} page(s), {words} words."),
    "resume.length.too_long": N_("{pages} pages: recruiters expect one page, two at most."),
    "resume.length.wordy": N_("{words} words: over {max}, more than two pages' worth."),
    "resume.length.short": N_("{words} words: under {min}, too little to show what you can do."),
    "resume.length.tip.long": N_("Cut to two pages: keep the last three jobs and the lines with results."),
    "resume.length.tip.short": N_("Add a summary, your skills with examples, and what you did in each role."),
    # dates
    "resume.dates.fresher": N_(
        "No work history yet: that is fine for a fresher role; list education with years."
    ),
    "resume.dates.none": N_("Your experience has no dates: recruiters want to see when and how long."),
    "resume.dates.roles": N_(
        "{count} role(s) with dates, {years} year(s) {months} month(s) of experience in all."
    ),
    "resume.dates.years_only": N_("Years only, no months: a recruiter cannot tell how long you stayed."),
    "resume.dates.gap": N_("A gap of {years} year(s) {months} month(s) before this role."),
    "resume.dates.since_last": N_("{years} year(s) {months} month(s) since your last role ended."),
    "resume.dates.order": N_("The roles are not newest first."),
    "resume.dates.tip.add": N_('Add dates to every role as "Mar 2022 – Jun 2023" (month and year).'),
    "resume.dates.tip.gap": N_(
        "Use month and year for every role, newest first, and say in a line what you did in a gap "
        "(studies, a course, family)."
    ),
    # results
    "resume.results.found": N_("A measurable result."),
    "resume.results.missing": N_("{count} line(s) say what you did, but not how well."),
    "resume.results.no_lines": N_("No lines describing what you did."),
    "resume.results.tip": N_(
        "Add a number to what you did: calls or chats a day, a CSAT or quality score, accuracy, a target met."
    ),
    # verbs
    "resume.verbs.strong": N_("{count} of {total} lines start with an action verb."),
    "resume.verbs.none": N_("None of your {total} lines starts with an action verb."),
    "resume.verbs.weak": N_('A duty, not an action: "responsible for" tells what you were meant to do.'),
    "resume.verbs.no_lines": N_("No lines describing what you did."),
    "resume.verbs.tip": N_(
        'Start each line with a verb in the past tense: "Handled", "Resolved", "Trained", "Reduced".'
    ),
    # spelling
    "resume.spelling.clean": N_("No spelling mistakes found."),
    "resume.spelling.word": N_('"{word}" — did you mean "{suggestion}"?'),
    "resume.spelling.unavailable": N_(
        "Spelling was not checked: the word list for this language is not installed."
    ),
    "resume.spelling.tip": N_("Fix these: a spelling mistake is the fastest way onto the no pile."),
    # relevance
    "resume.relevance.track": N_("What recruiters look for in {track}:"),
    "resume.relevance.found": N_("{term}: shown"),
    "resume.relevance.missing": N_("{term}: not shown"),
    "resume.relevance.tip": N_("Show {term}: add a line in your summary or experience that proves it."),
    # match
    "match.found": N_("{term}: in your résumé"),
    "match.meaning": N_("{term}: said in other words in your résumé"),
    "match.missing": N_("{term}: not in your résumé"),
    "match.language.found": N_("{term}: listed"),
    "match.language.written_in": N_("{term}: your résumé is written in it"),
    "match.language.missing": N_("{term}: not listed"),
    "match.experience.fresher_ok": N_("Freshers are welcome: you have {have} year(s) of experience."),
    "match.experience.enough": N_("Asks {want} year(s); you show {have}."),
    "match.experience.short": N_("Asks {want} year(s); you show {have}."),
    "match.education.higher": N_("{term}: you have {have}, which covers it"),
    "match.process.other": N_("{term}: not shown, but you have {have} experience, which partly carries over"),
    "match.closeness.close": N_("Your résumé as a whole reads close to this job ({percent} %). Closest:"),
    "match.closeness.partly": N_(
        "Your résumé is only partly about this kind of work ({percent} %). Closest:"
    ),
    "match.closeness.far": N_(
        "Your résumé reads far from this job ({percent} %): little of it is about this work. Closest:"
    ),
    "match.closeness.line": N_("Also close:"),
    "match.fix.skill": N_(
        'Add "{words}" to your Skills, and one line in your experience that shows it — only if it is true.'
    ),
    "match.fix.tool": N_(
        'List "{words}" under Skills if you have used it; name the tool as the posting does.'
    ),
    "match.fix.language": N_('Add "{words}" under Languages, with your level.'),
    "match.fix.language_level": N_(
        'Add "{words}" under Languages with your level; the posting asks for: {level}.'
    ),
    "match.fix.process": N_(
        'Describe your customer work in the posting\'s words, "{words}": e.g. what you handled and how many a day.'
    ),
    "match.fix.shift": N_('If it is true, say so in your summary: "Available for {words}".'),
    "match.fix.market": N_('Mention the customers you have served: "{words}".'),
    "match.fix.education": N_(
        'Put your education first if it is "{words}"; otherwise show a course that comes close.'
    ),
    "match.fix.experience": N_(
        "It asks {want} year(s): count internships, part-time and freelance work with dates, if relevant."
    ),
}

ERRORS = {
    "empty": N_("The file has no text in it."),
    "too_large": N_("The file is {size}; the limit is {limit}."),
    "unsupported": N_(
        "This kind of file cannot be read. Use a PDF, a Word document (DOCX) or a text file (TXT)."
    ),
    "encrypted": N_("The file is protected with a password. Save a copy without a password and upload that."),
    "corrupt": N_(
        "The file is damaged and cannot be opened. Save it again from the original and upload that."
    ),
    "image_only": N_(
        "This is a scanned picture with no text layer: applicant-tracking systems cannot read it either. "
        "Save your résumé as a PDF from the original document (Word, Google Docs), not from a scanner or photo."
    ),
    "too_many_pages": N_("The file has {pages} pages; the limit is {limit}."),
    "language": N_(
        "This text is not in English or Finnish. Valmis checks résumés and postings in these two languages."
    ),
    "too_short": N_("There are only {words} words: paste or upload the whole text."),
    "posting_too_long": N_("The posting is {length} characters long; the limit is {limit}."),
    "no_file": N_("Choose a file, or paste the text."),
}


def _size(value: Any) -> str:
    n = float(value)
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"


def error_text(code: str, params: dict[str, Any], gettext: Gettext) -> str:
    values = dict(params)
    for key in ("size", "limit"):
        if key in values and code == "too_large":
            values[key] = _size(values[key])
    template = ERRORS.get(code, code)
    try:
        return gettext(template).format(**values)
    except (KeyError, IndexError, ValueError):
        return gettext(template)


def describe(note: dict[str, Any], gettext: Gettext, lang: str) -> str:
    """One note as a sentence in the UI language: term ids become their labels."""
    params = dict(note.get("params", {}))
    for key in ("term", "have"):
        if key in params and isinstance(params[key], str):
            text = params.get("text")
            params[key] = text if key == "term" and text else label(str(params[key]), lang)
    if "track" in params:
        params["track"] = gettext(PROCESS_NAMES.get(params["track"]) or str(params["track"]))
    if "sections" in params:
        params["sections"] = ", ".join(gettext(SECTION_NAMES.get(s, s)) for s in params["sections"])
    if "pages" in params and isinstance(params["pages"], list):
        params["pages"] = ", ".join(str(p) for p in params["pages"])
    if params.get("level"):
        params["level"] = label(params["level"], lang)
    for key in ("want", "have"):
        if isinstance(params.get(key), float):
            value = params[key]
            params[key] = (
                int(value)
                if value.is_integer()
                else (f"{value:g}".replace(".", ",") if lang == "fi" else f"{value:g}")
            )
    template = MESSAGES.get(note["code"])
    if template is None:
        return str(note["code"])
    try:
        return gettext(template).format(**params)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)
