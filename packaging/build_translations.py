"""Collect the app's texts into resources/translations/*.ts and compile them to .qm.

    python packaging/build_translations.py           # update the .ts files, then compile
    python packaging/build_translations.py --check   # exit 1 if a .ts misses or keeps a text
    python packaging/build_translations.py --new tr  # start a catalog for another language

``pyside6-lupdate`` finds every ``tr``/``translate``/``QT_TRANSLATE_NOOP`` in
gui/, engine/ and main.py. Translators edit the German and Spanish .ts files
(Qt Linguist, or any text editor); ``pyside6-lrelease`` turns them into the .qm
files the app loads. English needs only its plural forms ("1 point", "2
points"), which this script fills from the "(s)" in each source text.
The .ts files carry no line numbers, so moving code does not change them.
"""

import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
FOLDER = os.path.join(ROOT, "resources", "translations")
# The languages are the catalogs there are: adding one is `--new CODE`, and no list in the code names them.
TRANSLATED = tuple(sorted(os.path.basename(path)[len("loss_explorer_"):-len(".ts")]
                          for path in glob.glob(os.path.join(FOLDER, "loss_explorer_*.ts"))
                          if not path.endswith("_en.ts")))


def tool(name):
    """A Qt tool shipped with PySide6, beside this Python or on the PATH."""
    beside = os.path.join(os.path.dirname(sys.executable), name)
    found = beside if os.path.exists(beside) else shutil.which(name)
    if not found:
        sys.exit(f"error: {name} was not found; it ships with PySide6-Essentials (pip install -r requirements.txt).")
    return found


def sources():
    files = [os.path.join(ROOT, "main.py")]
    for package in ("gui", "engine"):
        files += sorted(glob.glob(os.path.join(ROOT, package, "**", "*.py"), recursive=True))
    return files


def ts_path(code, folder=FOLDER):
    return os.path.join(folder, f"loss_explorer_{code}.ts")


def run_lupdate(ts_file, plural_only=False, language=None):
    command = [tool("pyside6-lupdate"), *sources(), "-locations", "none", "-no-obsolete", "-silent"]
    if plural_only:
        command.append("-pluralonly")
    if language:
        command += ["-source-language", "en", "-target-language", language]
    subprocess.run(command + ["-ts", ts_file], check=True, cwd=ROOT)


def fill_english_plurals(ts_file):
    """Give each English plural text its two forms: "(s)" dropped, and "(s)" made "s"."""
    tree = ElementTree.parse(ts_file)
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        for form in list(translation):
            translation.remove(form)
        for text in (source.replace("(s)", ""), source.replace("(s)", "s")):
            ElementTree.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)


def update(folder=FOLDER):
    os.makedirs(folder, exist_ok=True)
    for code in TRANSLATED:
        run_lupdate(ts_path(code, folder), language=code)
    english = ts_path("en", folder)
    run_lupdate(english, plural_only=True, language="en")
    fill_english_plurals(english)


def release(folder=FOLDER):
    for ts_file in sorted(glob.glob(os.path.join(folder, "*.ts"))):
        qm_file = ts_file[:-3] + ".qm"
        # Written beside and moved into place: a running app maps its .qm file, and one rewritten
        # under it would crash it (SIGBUS) at its next translation.
        subprocess.run([tool("pyside6-lrelease"), "-silent", ts_file, "-qm", qm_file + ".new"], check=True)
        os.replace(qm_file + ".new", qm_file)


def messages(ts_file):
    """{(context, source): translation} of one .ts file."""
    found = {}
    for context in ElementTree.parse(ts_file).iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message.find("translation")
    return found


def check():
    """Which texts in the code are missing from the .ts files, and which are there no more."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for code in TRANSLATED:
            shutil.copy(ts_path(code), ts_path(code, scratch))
            run_lupdate(ts_path(code, scratch), language=code)
            kept, fresh = set(messages(ts_path(code))), set(messages(ts_path(code, scratch)))
            problems += [f"{code}: new text {source!r} ({context})" for context, source in sorted(fresh - kept)]
            problems += [f"{code}: vanished text {source!r} ({context})" for context, source in sorted(kept - fresh)]
    return problems


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report texts the .ts files miss or keep")
    parser.add_argument("--new", metavar="CODE", help="start a catalog for a new language, e.g. tr or pt_BR")
    args = parser.parse_args(argv)
    if args.new:
        run_lupdate(ts_path(args.new), language=args.new)
        release()
        print(f"Started {os.path.relpath(ts_path(args.new), ROOT)}: translate it, then run this script again. "
              f"View → Language lists it by the translation of \"English\" in the context \"language\".")
        return 0
    if args.check:
        problems = check()
        print("\n".join(problems) or "The .ts files hold every text in the code.")
        return 1 if problems else 0
    update()
    release()
    print(f"Updated and compiled the translations in {os.path.relpath(FOLDER, ROOT)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
