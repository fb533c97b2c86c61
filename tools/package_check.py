"""`make check-package`: the plugin zip against the QGIS plugin repository's upload rules.

The rules are those of the repository's validator (qgis/QGIS-Django, qgis-app/plugins/validator.py):
size, paths, forbidden folders and .pyc files, one top folder with a valid name, __init__.py and
metadata.txt, the required metadata, a readable icon, URLs, LICENSE, author. It adds what this
project promises: a category the repository knows, a QGIS version range, the changelog taken from
CHANGELOG.md, no placeholder URL in a release, and the compiled translation (i18n/<name>.qm) of every
catalogue (.ts) that holds a translation. Usage:

    python tools/package_check.py build/resilience_planner.zip [--release] [--ts-dir resilience_planner/i18n]

Without --release, placeholder URLs are reported as such and do not fail the check.
"""
import argparse
import configparser
import io
import os
import re
import sys
import zipfile
from urllib.parse import urlparse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHANGELOG = os.path.join(ROOT, 'CHANGELOG.md')
METADATA = os.path.join(ROOT, 'metadata.txt')
MAX_SIZE = 25000000                        # the validator's PLUGIN_MAX_UPLOAD_SIZE, in bytes
REQUIRED = ('name', 'description', 'version', 'qgisMinimumVersion', 'author', 'email', 'about', 'tracker',
            'repository')
FORBIDDEN_DIRS = ('__MACOSX', '.git', '__pycache__')
FORBIDDEN_URLS = {'tracker': 'http://bugs', 'repository': 'http://repo', 'homepage': 'http://homepage'}
CATEGORIES = ('Plugins', 'Raster', 'Vector', 'Database', 'Mesh', 'Web')
PLACEHOLDER_HOSTS = ('example.org', 'example.com', 'example.net')
TS_DIR = os.path.join(ROOT, 'resilience_planner', 'i18n')


def translated_catalogues(ts_dir=TS_DIR):
    """[(file name, number of translations)] of the .ts files in ``ts_dir`` that hold at least one."""
    from i18n import translated  # tools/i18n.py, beside this file
    if not os.path.isdir(ts_dir):
        return []
    found = [(name, translated(os.path.join(ts_dir, name))) for name in sorted(os.listdir(ts_dir))
             if name.endswith('.ts')]
    return [(name, count) for name, count in found if count]


def changelog_entries(path=CHANGELOG):
    """[(version, date, [lines])] of the released sections of CHANGELOG.md, newest first."""
    entries, current = [], None
    with open(path, encoding='utf-8') as changelog:
        for line in changelog:
            heading = re.match(r'^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})\s*$', line)
            if heading:
                current = (heading.group(1), heading.group(2), [])
                entries.append(current)
            elif line.startswith('## '):
                current = None                          # [Unreleased] feeds nothing
            elif current is not None and line.startswith('- '):
                current[2].append(line[2:].strip())
            elif current is not None and line.startswith('  ') and current[2]:
                current[2][-1] += ' ' + line.strip()
    return entries


def metadata_changelog(entries):
    """The metadata.txt changelog value (continuation lines indented, as configparser reads them)."""
    lines = []
    for version, date, items in entries:
        lines.append('{0} ({1})'.format(version, date))
        lines.extend('  - ' + item for item in items)
    return '\n'.join(lines)


def algorithm_names(archive, package):
    """The names the zip's Processing algorithms give themselves (``def name(self): return '...'``)."""
    found = []
    for member in archive.namelist():
        if member.startswith('{0}/algorithms/'.format(package)) and member.endswith('.py'):
            source = archive.read(member).decode('utf-8')
            found += re.findall(r"def name\(self\):\s*return '([a-z0-9]+)'", source)
    return sorted(found)


def check(zip_path, release=False, ts_dir=TS_DIR):
    """(errors, notes) for the zip; ``ts_dir`` holds the .ts files it was built from."""
    errors, notes = [], []
    if os.path.getsize(zip_path) > MAX_SIZE:
        errors.append('the zip is {0:.1f} MB; the repository takes at most 25 MB'.format(
            os.path.getsize(zip_path) / 1e6))
    with zipfile.ZipFile(zip_path) as archive:
        names = archive.namelist()
        for name in names:
            if '..' in name or name.startswith('/'):
                errors.append('path information in the zip: {0}'.format(name))
            if '.pyc' in name:
                errors.append('a .pyc file: {0}'.format(name))
            for forbidden in FORBIDDEN_DIRS:
                if forbidden in name.split('/'):
                    errors.append('a {0} folder: {1}'.format(forbidden, name))
        if archive.testzip():
            errors.append('a damaged member: {0}'.format(archive.testzip()))
        tops = sorted({name.split('/')[0] for name in names})
        if len(tops) != 1:
            errors.append('the zip must hold one top folder, not {0}'.format(', '.join(tops)))
        package = tops[0] if tops else ''
        if not re.match(r'^[A-Za-z][A-Za-z0-9-_]+$', package):
            errors.append('the top folder "{0}" must start with a letter and hold only ASCII letters, digits, - '
                          'and _'.format(package))
        for needed in ('__init__.py', 'metadata.txt', 'LICENSE'):
            if '{0}/{1}'.format(package, needed) not in names:
                errors.append('{0}/{1} is missing'.format(package, needed))
        if errors and '{0}/metadata.txt'.format(package) not in names:
            return errors, notes
        parser = configparser.ConfigParser(interpolation=None)
        parser.optionxform = str
        parser.read_file(io.StringIO(archive.read('{0}/metadata.txt'.format(package)).decode('utf-8')))
        meta = dict(parser.items('general')) if parser.has_section('general') else {}
        if not meta:
            errors.append('metadata.txt has no [general] section')
        for key in REQUIRED:
            if not meta.get(key, '').strip():
                errors.append('metadata.txt lacks {0}'.format(key))
        for algorithm in algorithm_names(archive, package):
            if '{0}/resources/help/{1}.html'.format(package, algorithm) not in names:
                errors.append('the help of algorithm {0} (resources/help/{0}.html) is not in the zip'.format(algorithm))
        icon = meta.get('icon', '')
        if not icon or '{0}/{1}'.format(package, icon.lstrip('./')) not in names:
            errors.append('the icon "{0}" is not in the zip'.format(icon))
        for name, count in translated_catalogues(ts_dir):
            qm = '{0}/i18n/{1}.qm'.format(package, name[:-3])
            if qm not in names:
                errors.append('{0} holds {1} translation(s) but the zip has no {2}: build it with make '
                              'package'.format(name, count, qm))
    if '/' in meta.get('author', ''):
        errors.append('the author name cannot contain a slash')
    if not re.fullmatch(r'\d+\.\d+\.\d+', meta.get('version', '')):
        errors.append('version "{0}" is not MAJOR.MINOR.PATCH'.format(meta.get('version', '')))
    if meta.get('category') not in CATEGORIES:
        errors.append('category "{0}" is not one the repository knows ({1})'.format(
            meta.get('category'), ', '.join(CATEGORIES)))
    low, high = meta.get('qgisMinimumVersion', '0'), meta.get('qgisMaximumVersion', '3.99')
    if tuple(int(p) for p in high.split('.')) < tuple(int(p) for p in low.split('.')):
        errors.append('qgisMaximumVersion {0} is below qgisMinimumVersion {1}'.format(high, low))
    placeholders = []
    for key in ('homepage', 'repository', 'tracker'):
        url = meta.get(key, '')
        parsed = urlparse(url)
        if url == FORBIDDEN_URLS[key] or not (parsed.scheme and parsed.netloc):
            errors.append('{0} "{1}" is not a valid URL'.format(key, url))
        elif parsed.hostname in PLACEHOLDER_HOSTS:
            placeholders.append(key)
    if meta.get('email', '').rpartition('@')[2] in PLACEHOLDER_HOSTS:
        placeholders.append('email')
    if placeholders:
        message = ('PLACEHOLDER: {0} in metadata.txt point to {1}, not to the real project: set the real '
                   'addresses there (the one place they are kept) before publishing'.format(
                       ', '.join(placeholders), ' / '.join(PLACEHOLDER_HOSTS[:1])))
        (errors if release else notes).append(message)
    entries = changelog_entries()
    if not entries:
        errors.append('CHANGELOG.md has no released version')
    else:
        if entries[0][0] != meta.get('version'):
            errors.append('CHANGELOG.md\'s newest release is {0}; metadata.txt says version {1}'.format(
                entries[0][0], meta.get('version')))
        # configparser hands continuation lines back without their indent.
        written = [line.strip() for line in meta.get('changelog', '').strip().splitlines()]
        if written != [line.strip() for line in metadata_changelog(entries).splitlines()]:
            errors.append('metadata.txt\'s changelog is not the one CHANGELOG.md gives: run make changelog')
    return errors, notes


def write_changelog(metadata_path=METADATA):
    """Replace metadata.txt's changelog by the one CHANGELOG.md gives, leaving every other line as it is."""
    with open(metadata_path, encoding='utf-8') as metadata:
        lines = metadata.read().split('\n')
    start = next(i for i, line in enumerate(lines) if line.startswith('changelog='))
    end = start + 1
    while end < len(lines) and lines[end].startswith((' ', '\t')):
        end += 1
    value = metadata_changelog(changelog_entries()).split('\n')
    lines[start:end] = ['changelog=' + value[0]] + value[1:]
    with open(metadata_path, 'w', encoding='utf-8') as metadata:
        metadata.write('\n'.join(lines))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('zip', nargs='?')
    parser.add_argument('--release', action='store_true', help='placeholder URLs are errors')
    parser.add_argument('--write-changelog', action='store_true', help="write metadata.txt's changelog")
    parser.add_argument('--ts-dir', default=TS_DIR, help='the .ts files the zip was built from')
    args = parser.parse_args(argv)
    if args.write_changelog:
        write_changelog()
        print('metadata.txt: changelog written from CHANGELOG.md')
        return 0
    errors, notes = check(args.zip, release=args.release, ts_dir=args.ts_dir)
    for note in notes:
        print(note)
    for error in errors:
        print('ERROR: ' + error)
    if errors:
        print('{0}: {1} problem(s) the plugin repository would refuse'.format(args.zip, len(errors)))
        return 1
    print('{0}: passes the plugin repository\'s upload rules{1}'.format(
        args.zip, ' (apart from the placeholder URLs above)' if notes else ''))
    return 0


if __name__ == '__main__':
    sys.exit(main())
