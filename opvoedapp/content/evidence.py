"""The guideline's evidence levels (2013 Databank Effectieve Jeugdinterventies), strongest first.

One label per level, in the guideline's own words: "theoretisch goed onderbouwd" and Table 2
footnote 1's "in theorie effectief" are the same level (content:interventies.md,
"Richtlijnoordeel"), so only the first is used; §5.2's "aanwijzingen van effectiviteit"
(Home-Start, (K-)VHT, the veiligheidsinformatiekaarten, the STAP-programma's) is stronger than
theory alone (review F5). "veelbelovend" in §5.2 describes programmes, it is not a level.
"""

from __future__ import annotations

EVIDENCE_LEVELS = ("bewezen effectief", "waarschijnlijk effectief",
                   "aanwijzingen van effectiviteit", "theoretisch goed onderbouwd")


def at_least(level: str) -> frozenset[str]:
    """The levels as strong as ``level`` or stronger ("ten minste dit oordeel")."""
    if level not in EVIDENCE_LEVELS:
        return frozenset({level})
    return frozenset(EVIDENCE_LEVELS[:EVIDENCE_LEVELS.index(level) + 1])
