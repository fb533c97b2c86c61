"""Where the plugin's files are, in the source tree and in the installed plugin.

In the repository, ``metadata.txt``, ``resources/`` and ``processing/`` sit beside
the ``resilience_planner`` package; ``make package`` stages them inside it. Every
other module asks here instead of building paths itself.
"""
import os
import re

PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
if os.path.exists(os.path.join(PACKAGE_DIR, 'metadata.txt')):
    ROOT = PACKAGE_DIR
else:
    ROOT = os.path.dirname(PACKAGE_DIR)

METADATA = os.path.join(ROOT, 'metadata.txt')
RESOURCES = os.path.join(ROOT, 'resources')
MODELS = os.path.join(ROOT, 'processing', 'models')
#: The translations: the .ts sources (make i18n) and, once built, the .qm files the plugin loads.
I18N = os.path.join(PACKAGE_DIR, 'i18n')


def icon_path(name='icon.svg'):
    """Path of an icon in ``resources/icons``: ``icon.svg`` (the plugin's), or a tool's by its name with or
    without ``.svg`` (``prioritymap`` for resilienceplanner:prioritymap, ``priorityexplorer`` for the dock)."""
    if not name.endswith('.svg'):
        name += '.svg'
    return os.path.join(RESOURCES, 'icons', name)


def style_path(name):
    """Path of a QML style in ``resources/styles``."""
    return os.path.join(RESOURCES, 'styles', name)


def help_path(algorithm_name):
    """Path of an algorithm's help text in ``resources/help`` (``<name>.html``)."""
    return os.path.join(RESOURCES, 'help', algorithm_name + '.html')


def help_paragraphs(algorithm_name):
    """The paragraphs of an algorithm's help file as written: blocks between blank lines, the lines of a
    block joined by a space. Raises FileNotFoundError naming the file when there is none: an algorithm
    without its help file is a packaging mistake, not an algorithm without help."""
    path = help_path(algorithm_name)
    if not os.path.isfile(path):
        raise FileNotFoundError('Algorithm "{0}" has no help file: {1} is missing. Every algorithm of the '
                                'provider needs one (see resources/help/README.md).'.format(algorithm_name, path))
    with open(path, encoding='utf-8') as handle:
        text = handle.read()
    blocks = (' '.join(line.strip() for line in block.splitlines() if line.strip())
              for block in re.split(r'\n\s*\n', text))
    return [block for block in blocks if block]


def help_context(algorithm_name):
    """The translation context of an algorithm's help paragraphs: ``help:<algorithm name>``."""
    return 'help:' + algorithm_name


def translatable(paragraph):
    """False for a help paragraph that is only markup (``<ul>``, ``</ul>``): it has nothing to translate."""
    return re.fullmatch(r'(\s*<[^>]*>)+\s*', paragraph) is None


def model_paths():
    """The Processing models (``.model3``) shipped with the plugin, sorted by name."""
    if not os.path.isdir(MODELS):
        return []
    return sorted(os.path.join(MODELS, f) for f in os.listdir(MODELS) if f.endswith('.model3'))


#: The entries of a model's help that are not text to translate.
MODEL_HELP_KEPT = ('ALG_CREATOR', 'ALG_HELP_CREATOR', 'ALG_VERSION', 'HELP_URL', 'EXAMPLES')


def model_context(path):
    """The translation context of a shipped model's texts: ``model:<file name without .model3>``."""
    return 'model:' + os.path.splitext(os.path.basename(path))[0]


def model_texts(path):
    """The texts a person reads in a shipped model, read from its file (no QGIS needed): the display name,
    the inputs' descriptions and the help's entries, in file order, each once."""
    # The plugin's own shipped model file, not outside input.
    import xml.etree.ElementTree as ET  # nosec B405
    root = ET.parse(path).getroot()  # nosec B314
    texts = []

    def add(text):
        if text and text.strip() and text not in texts:
            texts.append(text)
    for option in root:
        if option.get('name') == 'model_name':
            add(option.get('value'))
        elif option.get('name') == 'parameterDefinitions':
            for definition in option:
                for item in definition:
                    if item.get('name') == 'description':
                        add(item.get('value'))
        elif option.get('name') == 'help':
            for item in option:
                if item.get('name') not in MODEL_HELP_KEPT:
                    add(item.get('value'))
    return texts


def metadata(key, default=''):
    """A value from ``metadata.txt``, the single source of the version and the rest."""
    import configparser
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(METADATA, encoding='utf-8')
    return parser.get('general', key, fallback=default)
