"""`analyze FILE.wav [--json]`: the call events and measures found in any recording (mono,
or two channels: channel 1 me, channel 2 them)."""

from __future__ import annotations

import argparse
from pathlib import Path

from mysteryshop.cli_output import echo, echo_json


def add_analyze_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = commands.add_parser(
        "analyze", help="find the rings, the answer, holds, who spoke when and keyed digits "
                        "in a call recording")
    cmd.add_argument("file", metavar="FILE.wav")
    cmd.add_argument("--json", action="store_true", help="print JSON (times in seconds)")


def run_analyze(args: argparse.Namespace) -> int:
    from mysteryshop.audio.call_analysis import analyze_file

    path = Path(args.file)
    result = analyze_file(path)  # AudioError, naming the file, if it is not audio
    data = result.to_dict()
    if args.json:
        echo_json(data)
        return 0
    sides = "two channels (me, them)" if result.channels == 2 else "one channel (mixed)"
    echo(f"{path.name}: {data['seconds']} s, {sides}")
    if result.rings:
        echo(f"Rang {len(result.rings)} time{'s' if len(result.rings) != 1 else ''} "
             f"({result.ring_plan} ringback), until {result.rings[-1][1]:.1f} s")
    else:
        echo("No ringback found")
    echo("Answered at " + (f"{result.answered_at:.1f} s" if result.answered_at is not None
                           else "– (no speech found)"))
    for start, end in result.holds:
        echo(f"On hold {start:.1f}–{end:.1f} s ({end - start:.0f} s)")
    for key in result.keys:
        echo(f"Keypad tones {key.start:.1f}–{key.end:.1f} s: {key.digits} digits")
    for side, spans in result.speech.items():
        total = sum(e - s for s, e in spans)
        echo(f"Speech ({side}): {len(spans)} stretches, {total:.0f} s")
    if result.talk_share_them is not None:
        echo(f"They talked {result.talk_share_them:.0%} of the time either side spoke")
    if result.longest_monologue:
        side, seconds = result.longest_monologue
        echo(f"Longest monologue: {side}, {seconds:.1f} s")
    for i in result.interruptions:
        echo(f"Interruption at {i.at:.1f} s by {i.by} ({i.seconds:.1f} s over)")
    if result.pause_before_answer is not None:
        echo(f"Their pause before answering me: {result.pause_before_answer:.1f} s on average")
    return 0
