"""Assign dev/test splits to the evaluation set, once: `python eval/split.py`.

Items that already have a split keep it; only new items get one. Never re-split: tuning happens on
dev, and test stays unseen.
"""

from __future__ import annotations

import json
from pathlib import Path

from valmis.evaluation import assign_splits, load_items

DATA = Path(__file__).parent / "data"


def main() -> None:
    files = sorted(DATA.glob("*.jsonl"))
    items = load_items(files)
    fresh = assign_splits(items)
    existing = {i.question_key: i.split for i in items if i.split}
    for path in files:
        lines = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            d = json.loads(line)
            if not d.get("split"):
                key = f"{d['question_lang']}:{d.get('question_id') or d.get('question')}"
                d["split"] = existing.get(key) or fresh[d["id"]]
            lines.append(json.dumps(d, ensure_ascii=False))
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts: dict[str, int] = {}
    for item in load_items(files):
        counts[item.split or "?"] = counts.get(item.split or "?", 0) + 1
    print(counts)


if __name__ == "__main__":
    main()
