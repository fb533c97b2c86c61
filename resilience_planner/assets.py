"""Where the plugin's files are, in the source tree and in the installed plugin.

In the repository, ``metadata.txt``, ``resources/`` and ``processing/`` sit beside
the ``resilience_planner`` package; ``make package`` stages them inside it. Every
other module asks here instead of building paths itself.
"""
import configparser
import os

PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
if os.path.exists(os.path.join(PACKAGE_DIR, 'metadata.txt')):
    ROOT = PACKAGE_DIR
else:
    ROOT = os.path.dirname(PACKAGE_DIR)

METADATA = os.path.join(ROOT, 'metadata.txt')
RESOURCES = os.path.join(ROOT, 'resources')
MODELS = os.path.join(ROOT, 'processing', 'models')


def icon_path(name='icon.svg'):
    """Path of an icon in ``resources/icons``."""
    return os.path.join(RESOURCES, 'icons', name)


def style_path(name):
    """Path of a QML style in ``resources/styles``."""
    return os.path.join(RESOURCES, 'styles', name)


def help_path(algorithm_name):
    """Path of an algorithm's help text in ``resources/help`` (``<name>.html``)."""
    return os.path.join(RESOURCES, 'help', algorithm_name + '.html')


def model_paths():
    """The Processing models (``.model3``) shipped with the plugin, sorted by name."""
    if not os.path.isdir(MODELS):
        return []
    return sorted(os.path.join(MODELS, f) for f in os.listdir(MODELS) if f.endswith('.model3'))


def metadata(key, default=''):
    """A value from ``metadata.txt``, the single source of the version and the rest."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(METADATA, encoding='utf-8')
    return parser.get('general', key, fallback=default)
