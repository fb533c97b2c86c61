"""The QGIS plugin: menu, toolbar, Processing provider and the message-log bridge."""
import logging

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTimer
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu

from . import assets

logger = logging.getLogger(__name__)

LOG_TAG = 'Resilience Planner'


class MessageLogHandler(logging.Handler):
    """Sends the plugin's Python log records to the QGIS message log panel."""

    LEVELS = {logging.DEBUG: Qgis.MessageLevel.Info, logging.INFO: Qgis.MessageLevel.Info,
              logging.WARNING: Qgis.MessageLevel.Warning, logging.ERROR: Qgis.MessageLevel.Critical,
              logging.CRITICAL: Qgis.MessageLevel.Critical}

    def emit(self, record):
        QgsMessageLog.logMessage(self.format(record), LOG_TAG,
                                 self.LEVELS.get(record.levelno, Qgis.MessageLevel.Info))


def processing_provider():
    """A new Resilience Planner Processing provider; the plugin and the command-line runners
    (``demo``, ``qgis_process``) register it. Only this module reaches into ``algorithms``."""
    from .algorithms.provider import ResiliencePlannerProvider
    return ResiliencePlannerProvider()


def translation_path(locale):
    """The compiled translation (.qm) for a QGIS locale such as 'fr' or 'pt_BR' (then 'pt'), or None. The .qm
    files sit beside their .ts sources in the package's i18n/ folder, where ``make package`` compiles them."""
    import os
    for code in (locale, locale.split('_')[0]):
        path = os.path.join(assets.I18N, 'resilience_planner_{0}.qm'.format(code))
        if code and os.path.exists(path):
            return path
    return None


def install_translator():
    """Follow QGIS's language: load the plugin's translation for the user's locale when one ships."""
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QTranslator
    locale = str(QgsSettings().value('locale/userLocale', '') or '')
    path = translation_path(locale)
    if path is None:
        return None
    translator = QTranslator()
    if translator.load(path):
        QCoreApplication.installTranslator(translator)
        return translator
    return None


class ResiliencePlannerPlugin:
    """Entry point returned by ``classFactory``."""

    def __init__(self, iface):
        self.iface = iface
        self.translator = install_translator()
        self.provider = None
        self.actions = []
        self.menu = None
        self.toolbar = None
        self.dialog = None
        self.vulnerability_dialog = None
        self.priority_explorer = None
        self.action_editor = None
        self.log_handler = None
        self.about_box = None

    def tr(self, text):
        return QCoreApplication.translate('ResiliencePlannerPlugin', text)

    def initProcessing(self):
        """Register the Processing provider (also called by qgis_process)."""
        if self.provider is not None:
            return
        self.provider = processing_provider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):
        self._start_logging()
        self.initProcessing()
        self.menu = QMenu(self.tr('&Resilience Planner'), self.iface.mainWindow())
        self.menu.setObjectName('ResiliencePlannerMenu')
        menu_bar = self.iface.mainWindow().menuBar()
        help_menu = self.iface.helpMenu() if hasattr(self.iface, 'helpMenu') else None
        if isinstance(help_menu, QMenu):
            menu_bar.insertMenu(help_menu.menuAction(), self.menu)
        else:
            menu_bar.addMenu(self.menu)
        self.toolbar = self.iface.addToolBar(self.tr('Resilience Planner'))
        self.toolbar.setObjectName('ResiliencePlannerToolbar')
        self._build_menu()
        # Importing rasterio and fiona for the GDAL check takes most of the plugin's
        # start-up time: do it once QGIS's window is up, not while it starts.
        QTimer.singleShot(0, self.check_engine)

    def check_engine(self):
        """Say what to install when rasterio/fiona are missing or built on another GDAL."""
        if self.menu is None:
            return                        # unloaded before the check ran
        from .dependencies import engine_problem
        problem = engine_problem()
        if problem:
            logger.error(problem)
            self.iface.messageBar().pushMessage(LOG_TAG, problem, Qgis.MessageLevel.Critical, 0)
        return problem

    def unload(self):
        for action in self.actions:
            action.deleteLater()
        self.actions = []
        if self.menu is not None:
            self.menu.menuAction().setVisible(False)
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.vulnerability_dialog is not None:
            self.vulnerability_dialog.close()
            self.vulnerability_dialog.deleteLater()
            self.vulnerability_dialog = None
        if self.action_editor is not None:
            self.action_editor.close_down()
            self.iface.removeDockWidget(self.action_editor)
            self.action_editor.deleteLater()
            self.action_editor = None
        if self.priority_explorer is not None:
            self.iface.removeDockWidget(self.priority_explorer)
            self.priority_explorer.deleteLater()
            self.priority_explorer = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
        if self.log_handler is not None:
            logging.getLogger('resilience_planner').removeHandler(self.log_handler)
            self.log_handler = None

    def menu_sections(self):
        """The menu's sections in the order of the work, each (title, [(text, icon name, what it opens)]):
        an algorithm id opens its Processing dialog, a method name of this class opens a dock or dialog.
        The toolbar carries the four a person opens most."""
        return [
            (self.tr('Exposure'), [
                (self.tr('Settlement hazard exposure…'), 'resilienceplanner:settlementexposure'),
                (self.tr('Infrastructure hazard exposure…'), 'resilienceplanner:infrastructureexposure')]),
            (self.tr('Vulnerability'), [
                (self.tr('Vulnerability indicators…'), 'open_vulnerability_dialog'),
                (self.tr('Settlement vulnerability index…'), 'resilienceplanner:vulnerabilityindex'),
                (self.tr('Indicator weights by pairwise comparison (AHP)…'), 'resilienceplanner:ahpweights')]),
            (self.tr('Access'), [
                (self.tr('Access to services…'), 'resilienceplanner:serviceaccess'),
                (self.tr('Energy access options…'), 'resilienceplanner:energyaccess')]),
            (self.tr('Priorities'), [
                (self.tr('Citywide resilience priorities…'), 'resilienceplanner:prioritymap'),
                (self.tr('Priority explorer'), 'open_priority_explorer')]),
            (self.tr('Planned actions'), [
                (self.tr('Planned actions'), 'open_action_editor'),
                (self.tr('Create planned-action register…'), 'resilienceplanner:createactionregister'),
                (self.tr('Copy planned-action register…'), 'resilienceplanner:copyregister'),
                (self.tr('Restore a planned action from its history…'), 'resilienceplanner:restoreaction'),
                (self.tr('Action coverage and gaps…'), 'resilienceplanner:actioncoverage'),
                (self.tr('Finance readiness of the actions…'), 'resilienceplanner:financereadiness'),
                (self.tr('Import actions from CSV…'), 'resilienceplanner:importactions'),
                (self.tr('Energy plan actions into the register…'), 'resilienceplanner:energyactions'),
                (self.tr('Export action plan (CSV or Excel)…'), 'resilienceplanner:exportactionplan')]),
            (self.tr('Report and workflow'), [
                (self.tr('Resilience priorities report…'), 'resilienceplanner:report'),
                (self.tr('Project profiles (PDF)…'), 'resilienceplanner:projectprofiles'),
                (self.tr('Citywide workflow: exposure to action coverage…'), 'resilienceplanner:citywidepriorities'),
                (self.tr('Batch: many cities…'), 'resilienceplanner:batchcities')]),
            (self.tr('Training'), [
                (self.tr('Generate sample city…'), 'resilienceplanner:samplecity')]),
        ]

    TOOLBAR = ('resilienceplanner:settlementexposure', 'resilienceplanner:prioritymap', 'open_priority_explorer',
               'open_action_editor')

    def _build_menu(self):
        # A section is a separator that carries its title (styles that draw section titles show it).
        for title, items in self.menu_sections():
            self.menu.addSection(title)
            for text, target in items:
                self._add_action(text, target, toolbar=target in self.TOOLBAR)
        self.menu.addSeparator()
        action = QAction(QgsApplication.getThemeIcon('/mActionHelpContents.svg'), self.tr('Help'),
                         self.iface.mainWindow())
        action.setObjectName('resilienceplanner_help')
        action.setToolTip(self.tr('Open the Resilience Planner guide'))
        action.triggered.connect(lambda: self.open_help())
        self.menu.addAction(action)
        self.actions.append(action)
        action = QAction(QIcon(assets.icon_path()), self.tr('About Resilience Planner…'), self.iface.mainWindow())
        action.setObjectName('resilienceplanner_about')
        action.triggered.connect(lambda: self.show_about())
        self.menu.addAction(action)
        self.actions.append(action)

    def _add_action(self, text, target, toolbar=False):
        """A menu entry with the tool's own icon: ``target`` is an algorithm id or a method of this class."""
        if ':' in target:
            name = target.split(':', 1)[1]
            object_name = target.replace(':', '_')
            action = QAction(QIcon(assets.icon_path(name)), text, self.iface.mainWindow())
            action.triggered.connect(lambda: self.open_algorithm(target))
        else:
            name = target[len('open_'):].replace('_', '')
            object_name = 'resilienceplanner_' + name
            action = QAction(QIcon(assets.icon_path(name)), text, self.iface.mainWindow())
            action.triggered.connect(lambda: getattr(self, target)())
        action.setObjectName(object_name)
        self.menu.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def help_url(self):
        """The guide Help opens: the README beside the plugin when it is there (a source checkout, or a
        package that ships it), else the plugin's homepage from metadata.txt."""
        import os

        from qgis.PyQt.QtCore import QUrl
        for folder in (assets.ROOT, os.path.dirname(assets.ROOT)):
            path = os.path.join(folder, 'README.md')
            if os.path.isfile(path):
                return QUrl.fromLocalFile(path)
        return QUrl(assets.metadata('homepage'))

    def open_help(self):
        from qgis.PyQt.QtGui import QDesktopServices
        url = self.help_url()
        QDesktopServices.openUrl(url)
        return url

    def about_text(self):
        """What About says, from metadata.txt (the single source of the version)."""
        return self.tr('<p><b>Resilience Planner {version}</b></p><p>{description}</p>'
                       '<p>Home page: <a href="{homepage}">{homepage}</a><br>Report a problem: '
                       '<a href="{tracker}">{tracker}</a></p><p>Licence: {license}</p>').format(
            version=assets.metadata('version'), description=assets.metadata('description'),
            homepage=assets.metadata('homepage'), tracker=assets.metadata('tracker'),
            license=assets.metadata('license'))

    def show_about(self):
        """The About box, window-modal and without blocking (QGIS keeps running behind it)."""
        from qgis.PyQt.QtWidgets import QMessageBox
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr('About Resilience Planner'), self.about_text(),
                          QMessageBox.StandardButton.Close, self.iface.mainWindow())
        box.setIconPixmap(QIcon(assets.icon_path()).pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setObjectName('resilienceplanner_aboutbox')
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about_box = box
        box.open()
        return box

    def open_algorithm(self, algorithm_id):
        """Open the Processing dialog of one of our algorithms, without blocking QGIS."""
        from qgis import processing
        self.dialog = processing.createAlgorithmDialog(algorithm_id)
        self.dialog.show()
        return self.dialog

    def open_vulnerability_dialog(self):
        """Open (or raise) the Vulnerability indicators dialog."""
        from .gui.vulnerability_dialog import VulnerabilityDialog
        if self.vulnerability_dialog is None:
            self.vulnerability_dialog = VulnerabilityDialog(self.iface)
        self.vulnerability_dialog.show()
        self.vulnerability_dialog.raise_()
        return self.vulnerability_dialog

    def open_priority_explorer(self, layer=None):
        """Show the Priority explorer dock, on ``layer`` or on the active layer if it is a ranking."""
        from .gui.priority_explorer import PriorityExplorerDock
        if self.priority_explorer is None:
            self.priority_explorer = PriorityExplorerDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.priority_explorer)
        layer = layer or self.iface.activeLayer()
        if layer is not None and hasattr(layer, 'fields') and layer.fields().lookupField('priority_settings') >= 0:
            self.priority_explorer.set_layer(layer)
        self.priority_explorer.show()
        self.priority_explorer.raise_()
        return self.priority_explorer

    def open_action_editor(self, path=None):
        """Show the Planned actions dock, on ``path`` or on the register remembered in the project."""
        from .gui.action_editor import ActionEditorDock
        if self.action_editor is None:
            self.action_editor = ActionEditorDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.action_editor)
        if path is None:
            self.action_editor.open_remembered()          # a file's or a database's register
        elif path != self.action_editor.path:
            self.action_editor.open_register(path)
        self.action_editor.show()
        self.action_editor.raise_()
        return self.action_editor

    def _start_logging(self):
        package_logger = logging.getLogger('resilience_planner')
        if self.log_handler is None:
            self.log_handler = MessageLogHandler()
            self.log_handler.setFormatter(logging.Formatter('%(name)s: %(message)s'))
            package_logger.addHandler(self.log_handler)
            package_logger.setLevel(logging.INFO)
