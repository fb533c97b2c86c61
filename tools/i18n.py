"""The translation catalogues: extract the strings into .ts files, compile them into .qm files.

    python3 tools/i18n.py extract              # make i18n: resilience_planner/i18n/resilience_planner_<lang>.ts
    python3 tools/i18n.py compile --into DIR   # make package: DIR/resilience_planner_<lang>.qm
    python3 tools/i18n.py stats                # strings per context in each .ts

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
import os
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
            for location in context.iter('location'):     # where the help file is, seen from the .ts
                name = os.path.splitext(os.path.basename(location.get('filename')))[0]
                location.set('filename', os.path.relpath(assets.help_path(name), folder).replace(os.sep, '/'))
            root.append(context)
        ET.indent(tree, space='    ')
        with open(path, 'wb') as handle:
            handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(handle, encoding='utf-8')
            handle.write(b'\n')
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


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('command', choices=('extract', 'compile', 'stats'))
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
