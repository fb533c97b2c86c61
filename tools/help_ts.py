"""Write the algorithms' help paragraphs into a Qt Linguist catalogue (.ts), one message per paragraph.

pylupdate5 finds the strings of the code. The help texts live in resources/help/<name>.html and are
translated paragraph by paragraph in the context help:<name> (see resources/help/README.md); the shipped
models' texts (their names, inputs and help, in processing/models/*.model3) in the context
model:<file name>. This writes those messages into a .ts file, keeping the translations an existing
file already has for texts that did not change. ``make i18n`` (tools/i18n.py) adds them to the
plugin's catalogues, resilience_planner/i18n/resilience_planner_<lang>.ts, after pylupdate5; by hand:

    python3 tools/help_ts.py /tmp/help_fr.ts --language fr
"""
import argparse
import os
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from resilience_planner import assets  # after the path is set, so that it runs from a checkout


def algorithm_names():
    """The names of the algorithms that have a help file, sorted."""
    folder = os.path.join(assets.RESOURCES, 'help')
    return sorted(f[:-5] for f in os.listdir(folder) if f.endswith('.html'))


def existing_translations(path):
    """{(context, source): (translation, finished)} from a .ts file, or {} when there is none."""
    if not os.path.exists(path):
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            translation = message.find('translation')
            if translation is not None and translation.text:
                found[(name, message.findtext('source'))] = (translation.text, translation.get('type') is None)
    return found


def catalogue(language, keep=None):
    """The .ts document (an ElementTree) of every help paragraph, with the translations in ``keep``."""
    keep = keep or {}
    root = ET.Element('TS', version='2.1', language=language)
    for name in algorithm_names():
        context = ET.SubElement(root, 'context')
        ET.SubElement(context, 'name').text = assets.help_context(name)
        for paragraph in assets.help_paragraphs(name):
            if not assets.translatable(paragraph):
                continue
            message = ET.SubElement(context, 'message')
            ET.SubElement(message, 'location', filename='../help/{0}.html'.format(name))
            ET.SubElement(message, 'source').text = paragraph
            text, finished = keep.get((assets.help_context(name), paragraph), (None, False))
            translation = ET.SubElement(message, 'translation')
            if text:
                translation.text = text
            if not finished:
                translation.set('type', 'unfinished')
    for path in assets.model_paths():          # the shipped models' names, inputs and help, by text
        context = ET.SubElement(root, 'context')
        ET.SubElement(context, 'name').text = assets.model_context(path)
        for text in assets.model_texts(path):
            message = ET.SubElement(context, 'message')
            ET.SubElement(message, 'location', filename='../../processing/models/' + os.path.basename(path))
            ET.SubElement(message, 'source').text = text
            done, finished = keep.get((assets.model_context(path), text), (None, False))
            translation = ET.SubElement(message, 'translation')
            if done:
                translation.text = done
            if not finished:
                translation.set('type', 'unfinished')
    return ET.ElementTree(root)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('ts', help='the .ts file to write (its translations are kept)')
    parser.add_argument('--language', required=True, help='the language code, e.g. fr, es, pt_BR')
    args = parser.parse_args(argv)
    tree = catalogue(args.language, existing_translations(args.ts))
    ET.indent(tree)
    with open(args.ts, 'wb') as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding='utf-8')
    count = sum(1 for _ in tree.getroot().iter('message'))
    print('{0}: {1} help paragraphs'.format(args.ts, count))
    return 0


if __name__ == '__main__':
    sys.exit(main())
