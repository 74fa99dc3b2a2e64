"""Make and build the app's translations.

    .venv/bin/python packaging/translations.py update    # texts -> resources/translations/*.ts
    .venv/bin/python packaging/translations.py release   # *.ts -> *.qm (what the app loads)

`update` hands lupdate every text of the window: the tr()/translate() calls in ui/, the
vocabulary's marked words (mysteryshop/vocabulary.py, context "vocabulary"), the
exercise's step texts (resources/steps.json, context "steps") and the templates of the
errors the domain raises (context "errors"), which lupdate cannot read by itself, through
a generated stub. Translators edit the .ts files with Qt Linguist;
the English one holds plural forms only. The .ts and .qm files are committed.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the domain's error classes are read by name
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("de",)  # full translations; English is plural forms only
TOOLS = Path(sys.executable).parent


def vocabulary_texts() -> list[str]:
    tree = ast.parse((ROOT / "mysteryshop" / "vocabulary.py").read_text(encoding="utf-8"))
    return [node.args[0].value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "_" and node.args and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)]


def error_texts() -> list[str]:
    """The templates of the errors the domain raises: `SomeError("literal", ...)`."""
    from mysteryshop import errors

    ours = {name for name in dir(errors) if name.endswith("Error")}
    texts: list[str] = []
    for path in sorted((ROOT / "mysteryshop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else (
                func.attr if isinstance(func, ast.Attribute) else "")
            first = node.args[0]
            if (name in ours or name == "__init__") and isinstance(first, ast.Constant) \
                    and isinstance(first.value, str) and first.value.strip():
                texts.append(first.value)
    return list(dict.fromkeys(texts))


def step_texts() -> list[str]:
    data = json.loads((ROOT / "resources" / "steps.json").read_text(encoding="utf-8"))
    texts: list[str] = []
    for step in data["steps"]:
        texts += [step["short_title"], step["title"], step["instruction"],
                  step["prediction_prompt"], step["feeling_prompt"],
                  step.get("helped_label", "Helped"), *step["watch_for"]]
        texts += [q["text"] for q in step["questions"]]
    return list(dict.fromkeys(texts))


def stub() -> str:
    lines = ["from PySide6.QtCore import QCoreApplication", "",
             "translate = QCoreApplication.translate", ""]
    lines += [f"translate({'vocabulary'!r}, {text!r})" for text in vocabulary_texts()]
    lines += [f"translate({'steps'!r}, {text!r})" for text in step_texts()]
    lines += [f"translate({'errors'!r}, {text!r})" for text in error_texts()]
    return "\n".join(lines) + "\n"


def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        extra = Path(tmp) / "data_texts.py"
        extra.write_text(stub(), encoding="utf-8")
        common = [str(TOOLS / "pyside6-lupdate"), *sources, str(extra), "-locations", "none",
                  "-no-obsolete"]
        for language in LANGUAGES:
            subprocess.run([*common, "-target-language", language, "-ts",
                            str(FOLDER / f"mysteryshop_{language}.ts")], check=True)
        subprocess.run([*common, "-pluralonly", "-target-language", "en", "-ts",
                        str(FOLDER / "mysteryshop_en.ts")], check=True)


def release() -> None:
    for ts in sorted(FOLDER.glob("*.ts")):
        subprocess.run([str(TOOLS / "pyside6-lrelease"), str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    {"update": update, "release": release}[sys.argv[1]]()
