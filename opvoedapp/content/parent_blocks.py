"""The Dutch texts a parent reads, as (key, text, sources): parent texts, the answers to the
parent's question and the handout's fixed words.

Kept apart from the ORM rows (no SQLAlchemy here) because two places need the very same
Dutch: the build writes it as text blocks, and the translation check compares each
translation's `nl` with it. Computing it once means a translation can only be current
against the Dutch that is actually built.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

ParentBlock = tuple[str, str, list[str]]
LABEL_PREFIX = "handout.label."


def parent_blocks(texts: dict[str, Any]) -> Iterator[ParentBlock]:
    """Texts for parents: our own words, keyed parent.<name> for the general ones and
    parent.<kind>.<key>.<field> for those about one phase, intervention or outcome."""
    for field, value in texts.items():
        if field.endswith("_own"):
            name = field.removesuffix("_own")
            yield f"parent.{name}", value, texts.get(f"{name}_sources", [])
    for kind in ("phase", "intervention", "outcome"):
        for item in texts.get(kind, []):
            for field, value in item.items():
                if field.endswith("_own"):
                    text = "\n".join(value) if isinstance(value, list) else value
                    name = field.removesuffix("_own")
                    yield f"parent.{kind}.{item['key']}.{name}", text, item.get("sources", [])


def parent_question_blocks(texts: dict[str, Any]) -> Iterator[ParentBlock]:
    """Answers to the parent's question: parent.question.<q>.title and
    parent.question.<q>.<age group>.normal/tips/help; each block lists its sentences' sources."""
    for question in texts.get("question", []):
        yield f"parent.question.{question['key']}.title", question["title_own"], \
            question["sources"]
    for answer in texts.get("answer", []):
        prefix = f"parent.question.{answer['question']}.{answer['age_group']}"
        for part, joiner in (("normal", " "), ("tips", "\n"), ("help", "\n")):
            items = answer.get(part, [])
            if items:
                yield (f"{prefix}.{part}", joiner.join(i["own"] for i in items),
                       list(dict.fromkeys(i["source"] for i in items)))


def label_blocks(labels: dict[str, Any]) -> Iterator[ParentBlock]:
    """The handout's fixed words (headings, labels, footnote): handout.label.<name>.
    They state no guideline fact, so they carry no source."""
    for name, text in labels.get("label", {}).items():
        yield f"{LABEL_PREFIX}{name}", text, []


def dutch_parent_texts(data: dict[str, Any]) -> dict[str, str]:
    """Every Dutch text a translation may translate, by key, exactly as the build writes it."""
    blocks = [*parent_blocks(data["parent_texts"]),
              *parent_question_blocks(data["parent_questions"]),
              *label_blocks(data["handout_labels"])]
    return {key: text for key, text, _sources in blocks}
