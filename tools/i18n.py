"""The translation catalogues: extract the strings into .ts files, compile them into .qm files.

    python3 tools/i18n.py extract              # make i18n: resilience_planner/i18n/resilience_planner_<lang>.ts
    python3 tools/i18n.py compile --into DIR   # make package: DIR/resilience_planner_<lang>.qm
    python3 tools/i18n.py stats                # strings per context in each .ts
    python3 tools/i18n.py todo fr --out F.json # the messages of a .ts still to translate, as JSON
    python3 tools/i18n.py fill fr F.json       # write the translations of such a file into the .ts

``todo`` and ``fill`` carry translations to and from a translator who does not use Qt Linguist: a JSON
list of {"context", "source", "translation"}. ``fill`` refuses a translation whose placeholders ({0} ...)
or HTML tags differ from its source's, and marks the others finished.

``extract`` runs pylupdate5 (Debian pyqt5-dev-tools) over every module of the plugin, then adds the
algorithms' help paragraphs (tools/help_ts.py: one message per paragraph, context ``help:<name>``). The
translations a .ts already has are kept, the help's too; strings no longer in the code are dropped
(``-noobsolete``), so a .ts never holds entries nobody can see. ``compile`` runs lrelease (Debian
qttools5-dev-tools) on each .ts that has at least one translation: a .qm without any would only make
the plugin install a translator that does nothing. The .ts files are sources; the .qm files are build
outputs (gitignored) that the plugin loads from its i18n/ folder (plugin.translation_path).
"""
import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, REPO)
sys.path.insert(0, HERE)

import help_ts  # noqa: E402  (tools/help_ts.py, found through the path set above)

from resilience_planner import assets  # noqa: E402

LANGUAGES = ('fr', 'es', 'pt')
TS_DIR = assets.I18N


def ts_path(language, folder=TS_DIR):
    return os.path.join(folder, 'resilience_planner_{0}.ts'.format(language))


def sources():
    """Every Python module of the plugin, sorted (the engine's too: pylupdate5 finds what is marked)."""
    found = []
    for root, dirs, files in os.walk(assets.PACKAGE_DIR):
        dirs[:] = sorted(d for d in dirs if d != '__pycache__')
        found += [os.path.join(root, f) for f in sorted(files) if f.endswith('.py')]
    return found


def tool(*names):
    """The path of the first of ``names`` on PATH; SystemExit saying which Debian package has it."""
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    package = 'pyqt5-dev-tools' if names[0].startswith('pylupdate') else 'qttools5-dev-tools'
    raise SystemExit('{0} is not installed: install the Debian package {1} (make system does).'.format(
        names[0], package))


def extract(folder=TS_DIR, languages=LANGUAGES):
    """Write (or update) one .ts per language in ``folder``; returns their paths."""
    os.makedirs(folder, exist_ok=True)
    pylupdate = tool('pylupdate5')
    env = dict(os.environ, PYTHONWARNINGS='ignore')
    paths = []
    for language in languages:
        path = ts_path(language, folder)
        keep = help_ts.existing_translations(path)     # read before pylupdate5 drops the help contexts
        subprocess.run([pylupdate, '-noobsolete', *sources(), '-ts', path], check=True, env=env,
                       stdout=subprocess.DEVNULL)
        tree = ET.parse(path)
        root = tree.getroot()
        root.set('language', language)
        for context in help_ts.catalogue(language, keep).getroot().iter('context'):
            for location in context.iter('location'):     # where the help or model file is, seen from the .ts
                base = os.path.basename(location.get('filename'))
                source = (os.path.join(assets.MODELS, base) if base.endswith('.model3')
                          else assets.help_path(os.path.splitext(base)[0]))
                location.set('filename', os.path.relpath(source, folder).replace(os.sep, '/'))
            root.append(context)
        write_ts(tree, path)
        paths.append(path)
    return paths


def translated(path):
    """How many messages of a .ts have a translation (finished or not)."""
    count = 0
    for message in ET.parse(path).getroot().iter('message'):
        translation = message.find('translation')
        if translation is None or translation.get('type') in ('obsolete', 'vanished'):
            continue
        if (translation.text or '').strip() or any((f.text or '').strip() for f in translation.iter('numerusform')):
            count += 1
    return count


def compile_all(into, folder=TS_DIR):
    """lrelease each translated .ts of ``folder`` into ``into``; returns the .qm paths written."""
    os.makedirs(into, exist_ok=True)
    written = []
    names = sorted(f for f in os.listdir(folder) if f.endswith('.ts')) if os.path.isdir(folder) else []
    for name in names:
        path = os.path.join(folder, name)
        if not translated(path):
            print('{0}: no translation yet, no .qm'.format(name))
            continue
        lrelease = tool('lrelease', 'lrelease-qt5')
        qm = os.path.join(into, name[:-3] + '.qm')
        subprocess.run([lrelease, '-silent', path, '-qm', qm], check=True)
        print('{0}: {1} translated -> {2}'.format(name, translated(path), qm))
        written.append(qm)
    return written


def stats(path):
    """{context: number of messages} of a .ts."""
    counts = collections.Counter()
    for context in ET.parse(path).getroot().iter('context'):
        counts[context.findtext('name')] += len(context.findall('message'))
    return counts


PLACEHOLDER = re.compile(r'\{[0-9]*(?:[:!][^{}]*)?\}')
TAG = re.compile(r'</?([a-zA-Z0-9]+)[^>]*>')


def mismatch(source, translation):
    """Why ``translation`` cannot stand for ``source`` (placeholders, HTML tags or the spaces at either end
    differ: 'Warning: ' is followed by the message, so its translation must end in a space too), or None."""
    for end, name in ((slice(None, 1), 'start'), (slice(-1, None), 'end')):
        if source[end].isspace() != translation[end].isspace():
            has, lacks = 'the source', 'the translation'
            if not source[end].isspace():
                has, lacks = lacks, has
            return 'a space at the {0} in {1} but not in {2}'.format(name, has, lacks)
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
        return 'placeholders {0} in the source, {1} in the translation'.format(
            sorted(PLACEHOLDER.findall(source)), sorted(PLACEHOLDER.findall(translation)))
    if sorted(TAG.findall(source)) != sorted(TAG.findall(translation)):
        return 'HTML tags {0} in the source, {1} in the translation'.format(
            sorted(TAG.findall(source)), sorted(TAG.findall(translation)))
    return None


def todo(path):
    """The messages of the .ts ``path`` without a finished translation: [{context, source, translation}]."""
    rows = []
    for context in ET.parse(path).getroot().iter('context'):
        for message in context.iter('message'):
            translation = message.find('translation')
            if translation is not None and translation.get('type') is None and (translation.text or '').strip():
                continue
            rows.append({'context': context.findtext('name'), 'source': message.findtext('source'),
                         'translation': (translation.text or '') if translation is not None else ''})
    return rows


def write_ts(tree, path):
    """Write a .ts the way ``extract`` does (indented, the DOCTYPE Linguist expects)."""
    ET.indent(tree, space='    ')
    with open(path, 'wb') as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding='utf-8')
        handle.write(b'\n')


def fill(path, rows, strict=False):
    """Put ``rows`` ([{context, source, translation}]) into the .ts ``path`` as finished translations.
    A row whose context no longer holds its source fills the messages of the same source in other contexts
    that have no finished translation (unless ``strict``: then it is unknown). Returns (filled, refused,
    unknown): refused are (row, reason), unknown the rows no message of the .ts can take."""
    tree = ET.parse(path)
    index, by_source = {}, collections.defaultdict(list)
    for context in tree.getroot().iter('context'):
        for message in context.iter('message'):
            index[(context.findtext('name'), message.findtext('source'))] = message
            by_source[message.findtext('source')].append(message)
    filled, refused, unknown = 0, [], []
    for row in rows:
        text = row.get('translation') or ''
        message = index.get((row.get('context'), row.get('source')))
        # A string the code moved to another context since the JSON was written: the same text, where it
        # has no finished translation yet.
        targets = [message] if message is not None else [] if strict else [
            m for m in by_source.get(row.get('source'), ()) if m.find('translation') is None
            or m.find('translation').get('type') is not None or not (m.find('translation').text or '').strip()]
        if not targets:
            unknown.append(row)
            continue
        if not text.strip():
            continue
        why = mismatch(row['source'], text)
        if why:
            refused.append((row, why))
            continue
        for message in targets:
            translation = message.find('translation')
            if translation is None:
                translation = ET.SubElement(message, 'translation')
            translation.text = text
            translation.attrib.pop('type', None)
            filled += 1
    write_ts(tree, path)
    return filled, refused, unknown


def fill_pairs(path, translations):
    """Fill {(context, source): translation} into the .ts ``path`` (as a translator would in Linguist), each
    under its own context only; returns the keys that could not be filled (not extracted under that context,
    or refused), so that a test can assert the set is empty."""
    rows = [{'context': c, 'source': s, 'translation': t} for (c, s), t in translations.items()]
    _, refused, unknown = fill(path, rows, strict=True)
    return {(r['context'], r['source']) for r in unknown} | {(r['context'], r['source']) for r, _ in refused}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('command', choices=('extract', 'compile', 'stats', 'todo', 'fill'))
    parser.add_argument('language', nargs='?', help='todo, fill: fr, es or pt')
    parser.add_argument('json', nargs='?', help='fill: the JSON file of translations')
    parser.add_argument('--out', help='todo: the JSON file to write (default: standard output)')
    parser.add_argument('--ts-dir', default=TS_DIR, help='the folder of the .ts files (default: %(default)s)')
    parser.add_argument('--into', help='compile: the folder the .qm files go to')
    args = parser.parse_args(argv)
    if args.command == 'extract':
        for path in extract(args.ts_dir):
            counts = stats(path)
            print('{0}: {1} strings in {2} contexts, {3} translated'.format(
                os.path.relpath(path), sum(counts.values()), len(counts), translated(path)))
    elif args.command == 'compile':
        if not args.into:
            parser.error('compile needs --into')
        compile_all(args.into, args.ts_dir)
    elif args.command in ('todo', 'fill'):
        if args.language not in LANGUAGES:
            parser.error('{0} needs a language: one of {1}'.format(args.command, ', '.join(LANGUAGES)))
        path = ts_path(args.language, args.ts_dir)
        if args.command == 'todo':
            text = json.dumps(todo(path), ensure_ascii=False, indent=1)
            if args.out:
                with open(args.out, 'w', encoding='utf-8') as handle:
                    handle.write(text + '\n')
            else:
                print(text)
        else:
            if not args.json:
                parser.error('fill needs the JSON file of translations')
            with open(args.json, encoding='utf-8') as handle:
                rows = json.load(handle)
            filled, refused, unknown = fill(path, rows)
            for row, why in refused:
                print('refused [{0}] {1!r}: {2}'.format(row['context'], row['source'][:70], why))
            for row in unknown:
                print('not in {0}: [{1}] {2!r}'.format(os.path.basename(path), row.get('context'),
                                                       (row.get('source') or '')[:70]))
            print('{0}: {1} filled, {2} refused, {3} not found; {4} still to translate'.format(
                os.path.relpath(path), filled, len(refused), len(unknown), len(todo(path))))
            return 1 if refused else 0
    else:
        for language in LANGUAGES:
            path = ts_path(language, args.ts_dir)
            if os.path.exists(path):
                counts = stats(path)
                print('{0}: {1} strings'.format(os.path.relpath(path), sum(counts.values())))
                for name, count in sorted(counts.items()):
                    print('  {0:5d}  {1}'.format(count, name))
    return 0


if __name__ == '__main__':
    sys.exit(main())
