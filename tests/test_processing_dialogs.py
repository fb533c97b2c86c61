"""The toolbox, the menu, the icons and the priority map's Processing dialog, as a GIS officer meets them."""
import os

import pytest
from qgis import processing
from qgis.core import QgsApplication, QgsProject, QgsRasterLayer
from qgis.PyQt.QtWidgets import QAbstractButton, QAction, QLabel, QMenu, QScrollArea

from resilience_planner import assets
from resilience_planner.core.priority import value_function
from tests.fit import DIALOG_AREA, buttons_off_screen, dialog_problems, laptop_main_window

SCREENSHOTS = os.environ.get('RP_SCREENSHOTS', '')


def provider():
    return QgsApplication.processingRegistry().providerById('resilienceplanner')


def test_the_toolbox_has_one_group_per_step_and_one_workflow_group(plugin):
    groups = {}
    for algorithm in provider().algorithms():
        groups.setdefault(algorithm.groupId(), set()).add(algorithm.group())
    # One text per group id: two ids with one text are two groups of the same name in the toolbox.
    assert all(len(texts) == 1 for texts in groups.values()), groups
    assert sorted(groups) == ['access', 'actions', 'exposure', 'priorities', 'report', 'training',
                              'vulnerability', 'workflow']
    workflow = sorted(a.name() for a in provider().algorithms() if a.groupId() == 'workflow')
    assert workflow == ['batchcities', 'citywidepriorities']


def test_the_model_has_a_name_a_person_reads_and_keeps_its_id(plugin):
    model = provider().algorithm('citywidepriorities')
    assert model.id() == 'resilienceplanner:citywidepriorities'
    assert model.displayName() == 'Citywide workflow: exposure to action coverage'
    assert model.group() == 'Workflow'
    # The instance a dialog or qgis_process runs is made by createInstance: it must keep all of it.
    instance = QgsApplication.processingRegistry().createAlgorithmById('resilienceplanner:citywidepriorities')
    assert instance.displayName() == model.displayName() and instance.groupId() == 'workflow'
    assert {'settlements', 'hazards', 'hazard_settings'} <= {p.name() for p in instance.parameterDefinitions()}
    assert not instance.icon().isNull()
    assert instance.name() == 'citywidepriorities' and instance.id() == 'resilienceplanner:citywidepriorities'


def test_the_modeler_and_the_models_folder_show_the_model_by_its_name(plugin, monkeypatch):
    """The Graphical Modeler opens the file itself (Open Existing Model…, or the copy in Processing > Models):
    it shows the file's model name, which is the one a person reads, while the plugin's id stays."""
    from processing.modeler.ModelerDialog import ModelerDialog
    from qgis.core import QgsProcessingModelAlgorithm
    from qgis.PyQt.QtWidgets import QLineEdit

    # The test interface's iconSize() wants an argument the real one has a default for; without an iface the
    # Modeler only skips copying the main window's icon size and style sheet.
    monkeypatch.setattr('processing.modeler.ModelerDialog.iface', None)
    path = [p for p in assets.model_paths() if p.endswith('citywide_priorities.model3')][0]
    plain = QgsProcessingModelAlgorithm()
    assert plain.fromFile(path)
    assert plain.name() == plain.displayName() == 'Citywide workflow: exposure to action coverage'
    dialog = ModelerDialog.create()
    try:
        dialog.loadModel(path)
        assert 'Citywide workflow: exposure to action coverage' in dialog.windowTitle()
        assert 'citywidepriorities' not in dialog.windowTitle()
        names = [e.text() for e in dialog.findChildren(QLineEdit) if e.objectName() == 'mNameEdit']
        assert names == ['Citywide workflow: exposure to action coverage']
    finally:
        dialog.close()
    # The batch runs the model by its id, and the registry still answers it.
    assert QgsApplication.processingRegistry().algorithmById('resilienceplanner:citywidepriorities') is not None
    assert provider().algorithm('Citywide workflow: exposure to action coverage') is None


def test_every_tool_has_its_own_icon_file_that_loads(plugin):
    files = {}
    for algorithm in provider().algorithms():
        path = assets.icon_path(algorithm.name())
        assert os.path.isfile(path), '{0} has no icon file {1}'.format(algorithm.id(), path)
        assert not algorithm.icon().isNull(), algorithm.id()
        assert not algorithm.icon().pixmap(24, 24).isNull(), algorithm.id()
        with open(path, 'rb') as handle:
            files[algorithm.id()] = handle.read()
    # Distinct files with distinct drawings: no two tools share an icon, none is the plugin's own.
    assert len(set(files.values())) == len(files) == 20
    with open(assets.icon_path(), 'rb') as handle:
        assert handle.read() not in files.values()


def menu_layout(menu):
    """The menu as a list: '--' for a separator (with its section title after a colon), else the
    action's object name."""
    return ['--' + (':' + a.text() if a.text() else '') if a.isSeparator() else a.objectName()
            for a in menu.actions()]


def test_the_menu_lists_every_tool_in_sections_then_help_and_about(plugin):
    assert menu_layout(plugin.menu) == [
        '--:Exposure', 'resilienceplanner_settlementexposure', 'resilienceplanner_infrastructureexposure',
        '--:Vulnerability', 'resilienceplanner_vulnerabilitydialog', 'resilienceplanner_vulnerabilityindex',
        'resilienceplanner_ahpweights',
        '--:Access', 'resilienceplanner_serviceaccess', 'resilienceplanner_energyaccess',
        '--:Priorities', 'resilienceplanner_prioritymap', 'resilienceplanner_priorityexplorer',
        '--:Planned actions', 'resilienceplanner_actioneditor', 'resilienceplanner_createactionregister',
        'resilienceplanner_copyregister', 'resilienceplanner_restoreaction', 'resilienceplanner_actioncoverage',
        'resilienceplanner_financereadiness', 'resilienceplanner_importactions', 'resilienceplanner_energyactions',
        'resilienceplanner_exportactionplan',
        '--:Report and workflow', 'resilienceplanner_report', 'resilienceplanner_projectprofiles',
        'resilienceplanner_citywidepriorities',
        'resilienceplanner_batchcities',
        '--:Training', 'resilienceplanner_samplecity',
        '--', 'resilienceplanner_help', 'resilienceplanner_about']
    # Every algorithm of the provider is in the menu.
    names = {a.objectName() for a in plugin.menu.actions()}
    assert {a.id().replace(':', '_') for a in provider().algorithms()} <= names


def test_menu_and_toolbar_show_each_tool_with_the_toolbox_icon(plugin):
    icons = {}
    for action in plugin.menu.actions():
        if action.isSeparator() or action.objectName() in ('resilienceplanner_help', 'resilienceplanner_about'):
            continue
        assert not action.icon().isNull(), action.objectName()
        icons[action.objectName()] = action.icon().pixmap(16, 16).toImage()
    assert len({image.cacheKey() for image in icons.values()}) == len(icons)
    for algorithm in provider().algorithms():
        assert icons[algorithm.id().replace(':', '_')] == algorithm.icon().pixmap(16, 16).toImage(), algorithm.id()
    assert [a.objectName() for a in plugin.toolbar.actions()] == [
        'resilienceplanner_settlementexposure', 'resilienceplanner_prioritymap', 'resilienceplanner_priorityexplorer',
        'resilienceplanner_actioneditor']
    assert all(action in plugin.menu.actions() for action in plugin.toolbar.actions())


def test_help_opens_the_readme_and_about_gives_the_version_from_metadata(plugin, qtbot, monkeypatch):
    from qgis.PyQt.QtGui import QDesktopServices
    opened = []
    monkeypatch.setattr(QDesktopServices, 'openUrl', lambda url: opened.append(url) or True)
    help_action = next(a for a in plugin.menu.actions() if a.objectName() == 'resilienceplanner_help')
    help_action.trigger()
    assert len(opened) == 1 and opened[0].isLocalFile()
    assert os.path.basename(opened[0].toLocalFile()) == 'README.md' and os.path.isfile(opened[0].toLocalFile())
    about = next(a for a in plugin.menu.actions() if a.objectName() == 'resilienceplanner_about')
    about.trigger()
    box = plugin.about_box
    assert box is not None and box.isVisible()
    version = assets.metadata('version')
    assert version and 'Resilience Planner {0}'.format(version) in box.text()
    assert assets.metadata('tracker') in box.text()
    box.close()


def test_the_action_texts_are_unique_and_end_with_an_ellipsis_when_they_open_a_dialog(plugin):
    texts = [a.text() for a in plugin.menu.actions() if not a.isSeparator()]
    assert len(set(texts)) == len(texts)
    for action in plugin.menu.actions():
        if action.objectName().startswith('resilienceplanner_') and action.objectName()[18:] in {
                a.name() for a in provider().algorithms()}:
            assert action.text().endswith('…'), action.text()
    assert isinstance(plugin.menu, QMenu) and all(isinstance(a, QAction) for a in plugin.menu.actions())


# ------------------------------------------------------------------ the priority map's dialog

@pytest.fixture
def hazards(sample_city):
    layers = [QgsRasterLayer(sample_city['flood_depth'], 'flood_depth'),
              QgsRasterLayer(sample_city['heat_lst'], 'Heat (land surface °C)')]
    assert all(layer.isValid() for layer in layers)
    QgsProject.instance().addMapLayers(layers)
    yield layers
    QgsProject.instance().removeMapLayers([layer.id() for layer in layers])


@pytest.fixture
def priority_dialog(plugin, qgis_iface, qtbot, monkeypatch):
    from qgis.gui import QgsBrowserGuiModel
    model = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, 'browserModel', lambda: model, raising=False)
    window = laptop_main_window(qgis_iface, qtbot)
    dialog = processing.createAlgorithmDialog('resilienceplanner:prioritymap')
    dialog.setParent(window, dialog.windowFlags())
    yield dialog
    dialog.close()
    dialog.deleteLater()


def context():
    from qgis.core import QgsProcessingContext
    result = QgsProcessingContext()
    result.setProject(QgsProject.instance())
    return result


def wrappers(dialog):
    return dialog.mainWidget().wrappers


def test_the_hazard_settings_show_each_hazard_by_name_with_its_function_from_a_list(priority_dialog, hazards,
                                                                                   qtbot):
    from resilience_planner.gui.hazard_settings import HazardRow, HazardSettingsWrapper
    panel = wrappers(priority_dialog)
    settings = panel['HAZARD_SETTINGS']
    assert isinstance(settings, HazardSettingsWrapper)
    widget = settings.widget
    assert widget.findChildren(HazardRow) == []
    assert 'Choose the hazard rasters' in widget.note.text()
    panel['HAZARDS'].setParameterValue([layer.id() for layer in hazards], context())
    rows = widget.rows
    assert [row.name for row in rows] == ['flood_depth', 'Heat (land surface °C)']
    assert [rows[0].function.itemData(i) for i in range(rows[0].function.count())] == ['linear', 'step', 'classes']
    # Untouched rows are no rows: the algorithm's defaults (and its refusal of an unscored classed raster).
    assert settings.value() == []
    rows[0].function.setCurrentIndex(rows[0].function.findData('step'))
    assert not rows[0].low.isHidden() and rows[0].high.isHidden() and rows[0].classes.isHidden()
    assert rows[0].low_label.text() == 'Threshold'
    rows[0].low.setText('0.5')
    rows[0].weight.setValue(3)
    rows[1].high.setText('40')
    rows[1].low.setText('33')
    # What the dialog passes to the algorithm (ParametersPanel asks each wrapper for parameterValue()).
    parameters = {'HAZARD_SETTINGS': settings.parameterValue()}
    assert parameters['HAZARD_SETTINGS'] == ['flood_depth', 'step', '0.5', '', '', '3',
                                             'Heat (land surface °C)', 'linear', '33', '40', '', '1']
    # The engine reads the rows as the user meant them.
    function = value_function(*parameters['HAZARD_SETTINGS'][1:5], name='flood_depth')
    assert function.kind == 'step' and function.low == 0.5
    function = value_function(*parameters['HAZARD_SETTINGS'][7:11], name='heat')
    assert (function.kind, function.low, function.high) == ('linear', 33.0, 40.0)


def test_a_saved_table_comes_back_by_name_or_position_and_a_stranger_row_is_kept(priority_dialog, hazards):
    panel = wrappers(priority_dialog)
    panel['HAZARDS'].setParameterValue([layer.id() for layer in hazards], context())
    settings = panel['HAZARD_SETTINGS']
    # As the batch or a script writes it: by position, numbers as numbers, and a row for a layer not chosen.
    settings.setValue(['2', 'classes', None, None, '1:0.2; 2:1', 2, 'landslide', 'step', 1, '', '', 1])
    rows = settings.widget.rows
    assert [row.name for row in rows] == ['flood_depth', 'Heat (land surface °C)', 'landslide']
    assert rows[1].kind() == 'classes' and rows[1].classes.text() == '1:0.2; 2:1' and rows[1].weight.value() == 2
    assert rows[0].cells() is None and not rows[2].isEnabled()
    assert settings.value() == ['Heat (land surface °C)', 'classes', '', '', '1:0.2; 2:1', '2',
                                'landslide', 'step', '1', '', '', '1']
    # Dropping the heat layer keeps its row aside; choosing it again brings it back.
    panel['HAZARDS'].setParameterValue([hazards[0].id()], context())
    assert [row.name for row in settings.widget.rows][:1] == ['flood_depth']
    panel['HAZARDS'].setParameterValue([layer.id() for layer in hazards], context())
    assert settings.widget.rows[1].kind() == 'classes'


def test_the_batch_keeps_qgis_matrix_widget(plugin, qgis_iface, qtbot, monkeypatch):
    from processing.gui.BatchAlgorithmDialog import BatchAlgorithmDialog
    from qgis.gui import QgsBrowserGuiModel

    from resilience_planner.gui.hazard_settings import HazardSettingsWrapper
    model = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, 'browserModel', lambda: model, raising=False)
    dialog = BatchAlgorithmDialog(provider().algorithm('prioritymap').create())
    try:
        panel = dialog.mainWidget()
        column = panel.parameter_to_column['HAZARD_SETTINGS']
        wrapper = panel.wrappers[0][column]
        assert not isinstance(wrapper, HazardSettingsWrapper)
        assert wrapper.parameterDefinition().name() == 'HAZARD_SETTINGS'
        # The batch's cell passes the table as the algorithm reads it.
        wrapper.setParameterValue(['flood_depth', 'step', '0.5', '', '', '2'], context())
        assert wrapper.parameterValue() == ['flood_depth', 'step', '0.5', '', '', '2']
    finally:
        dialog.deleteLater()


def test_the_priority_map_dialog_fits_a_laptop(priority_dialog, hazards, qtbot):
    wrappers(priority_dialog)['HAZARDS'].setParameterValue([layer.id() for layer in hazards],
                                                          context())
    priority_dialog.show()
    qtbot.waitExposed(priority_dialog)
    qtbot.wait(100)
    if SCREENSHOTS:
        os.makedirs(SCREENSHOTS, exist_ok=True)
        priority_dialog.grab().save(os.path.join(SCREENSHOTS, 'prioritymap_dialog.png'))
    scroll = priority_dialog.mainWidget().findChild(QScrollArea)
    # The form's ~30 parameters scroll (QGIS's own scroll area): the buttons inside it are reached by
    # scrolling, up and down only. The dialog itself, its Run and Close, lie on the laptop's screen.
    assert scroll is not None and scroll.verticalScrollBar().isVisible()
    assert not scroll.horizontalScrollBar().isVisible(), 'the form needs sideways scrolling'
    problems = [p for p in dialog_problems(priority_dialog) if not p.startswith(('minimum', 'opens'))]
    inside = [b for b in scroll.widget().findChildren(QAbstractButton) if b.isVisible()]
    assert len(problems) <= len(inside), problems
    assert [p for p in dialog_problems(priority_dialog) if p.startswith(('minimum', 'opens'))] == []
    assert buttons_off_screen(priority_dialog.buttonBox(), DIALOG_AREA) == []
    texts = {b.text() for b in priority_dialog.buttonBox().buttons()}
    assert {'Run', 'Close'} <= texts, texts
    settings = wrappers(priority_dialog)['HAZARD_SETTINGS'].widget
    # The settings are as wide as the form, not a 230 px table.
    assert settings.width() >= 300, settings.width()
    if SCREENSHOTS:
        settings.rows[0].function.setCurrentIndex(1)
        settings.rows[0].low.setText('0.5')
        settings.rows[1].function.setCurrentIndex(2)
        settings.rows[1].classes.setText('1:0.2; 2:0.6; 3:1')
        qtbot.wait(50)
        scroll.ensureWidgetVisible(settings.rows[1])
        qtbot.wait(50)
        priority_dialog.grab().save(os.path.join(SCREENSHOTS, 'prioritymap_hazard_settings.png'))


def test_the_modeler_keeps_qgis_matrix_widget(plugin, qtbot):
    from processing.modeler.ModelerParametersDialog import ModelerParametersDialog
    from qgis.core import QgsProcessingModelAlgorithm
    from qgis.gui import QgsProcessingModelerParameterWidget

    model = QgsProcessingModelAlgorithm('test', 'test', 'test')
    dialog = ModelerParametersDialog(provider().algorithm('prioritymap').create(), model)
    try:
        widget = dialog.widget.widget.wrappers['HAZARD_SETTINGS']
        assert isinstance(widget, QgsProcessingModelerParameterWidget)
    finally:
        dialog.deleteLater()


def test_the_log_pairs_each_hazard_with_its_exposure_rule(plugin, sample_city):
    """Settlement and infrastructure exposure take their rules as one text matched by position: the log's
    first line says which rule went with which hazard, so a swapped order shows before the figures."""
    from resilience_planner.qgis_side.hazards import exposure_rules
    layers = [QgsRasterLayer(sample_city['flood_depth'], 'flood_depth'),
              QgsRasterLayer(sample_city['heat_lst'], 'heat_lst')]
    paths = [sample_city['flood_depth'], sample_city['heat_lst']]
    infos = []
    rules = exposure_rules(layers, paths, '0.5, >=35', infos.append, infos.append)
    assert [rule.text for rule in rules] == ['0.5', '>=35']
    assert infos[0] == 'Exposure rules paired with the hazard rasters, in order: 1. "flood_depth": "0.5"; ' \
                       '2. "heat_lst": ">=35".'
    infos = []
    exposure_rules(layers, paths, '', infos.append, infos.append)
    assert infos[0] == ('Exposure rules paired with the hazard rasters, in order: 1. "flood_depth": no rule (any '
                        'value above 0); 2. "heat_lst": no rule (any value above 0).')


def test_the_help_says_how_thresholds_and_hazard_settings_pair_with_the_hazards(plugin):
    registry = QgsApplication.processingRegistry()
    for algorithm_id in ('resilienceplanner:settlementexposure', 'resilienceplanner:infrastructureexposure'):
        text = registry.algorithmById(algorithm_id).shortHelpString()
        assert 'paired' in text and 'by position' in text and "log's first line" in text, algorithm_id
    text = registry.algorithmById('resilienceplanner:prioritymap').shortHelpString()
    assert 'gets its own row under its layer name' in text


def test_the_priority_map_logs_which_hazard_each_settings_row_went_to(plugin, sample_city):
    layers = [QgsRasterLayer(sample_city['flood_depth'], 'flood_depth'),
              QgsRasterLayer(sample_city['heat_lst'], 'heat_lst')]
    algorithm = provider().algorithm('prioritymap').create()
    infos = []
    settings = algorithm._hazard_settings(
        {'HAZARD_SETTINGS': ['2', 'step', 35, '', '', 2, 'FLOOD_DEPTH', 'linear', 0, 1.5, '', '']}, context(),
        layers, infos.append)
    assert infos == ['Hazard settings row 1 ("2") is hazard 2 "heat_lst": step, weight 2.',
                     'Hazard settings row 2 ("FLOOD_DEPTH") is hazard 1 "flood_depth": linear, weight 1.']
    (flood, flood_weight), (heat, heat_weight) = settings
    assert (flood.kind, flood.low, flood.high, flood_weight) == ('linear', 0.0, 1.5, 1.0)
    assert (heat.kind, heat.low, heat_weight) == ('step', 35.0, 2.0)


def test_the_menu_and_the_toolbox_on_screen(plugin, qgis_iface, qtbot):
    """The menu opened, and the toolbox's Resilience Planner branch: every entry has its icon, the menu
    fits the laptop's height (saved as screenshots with RP_SCREENSHOTS=folder)."""
    from qgis.gui import QgsProcessingToolboxModel, QgsProcessingToolboxProxyModel, QgsProcessingToolboxTreeView
    from qgis.PyQt.QtCore import QPoint
    laptop_main_window(qgis_iface, qtbot)
    plugin.menu.popup(QPoint(100, 30))
    qtbot.waitExposed(plugin.menu)
    try:
        assert plugin.menu.height() <= 768 - 30, plugin.menu.height()
        if SCREENSHOTS:
            os.makedirs(SCREENSHOTS, exist_ok=True)
            plugin.menu.grab().save(os.path.join(SCREENSHOTS, 'menu.png'))
            plugin.toolbar.grab().save(os.path.join(SCREENSHOTS, 'toolbar.png'))
    finally:
        plugin.menu.hide()
    view = QgsProcessingToolboxTreeView(None, QgsApplication.processingRegistry())
    view.setFilters(QgsProcessingToolboxProxyModel.Filter.FilterToolbox)
    view.setFilterString('')
    view.resize(380, 700)
    toolbox = view.model()
    top = [toolbox.index(r, 0) for r in range(toolbox.rowCount())]
    ours = next(i for i in top if toolbox.data(i) == 'Resilience Planner')
    groups = [toolbox.index(r, 0, ours) for r in range(toolbox.rowCount(ours))]
    assert sorted(toolbox.data(g) for g in groups) == ['Access', 'Exposure', 'Planned actions', 'Priorities',
                                                       'Report', 'Training', 'Vulnerability', 'Workflow']
    workflow = next(g for g in groups if toolbox.data(g) == 'Workflow')
    assert sorted(toolbox.data(toolbox.index(r, 0, workflow)) for r in range(toolbox.rowCount(workflow))) == [
        'Batch: many cities', 'Citywide workflow: exposure to action coverage']
    assert QgsProcessingToolboxModel is not None
    if SCREENSHOTS:
        view.collapseAll()
        view.expand(ours)
        for group in groups:
            view.expand(group)
        view.show()
        qtbot.waitExposed(view)
        view.grab().save(os.path.join(SCREENSHOTS, 'toolbox.png'))
    view.deleteLater()


def test_the_workflow_models_dialog_has_the_hazard_rows_too(plugin, qgis_iface, qtbot, monkeypatch, hazards):
    from qgis.gui import QgsBrowserGuiModel

    from resilience_planner.gui.hazard_settings import ExposureRulesWrapper, HazardSettingsWrapper
    model = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, 'browserModel', lambda: model, raising=False)
    dialog = processing.createAlgorithmDialog('resilienceplanner:citywidepriorities')
    try:
        assert dialog.windowTitle().split(' - ')[-1] == 'Citywide workflow: exposure to action coverage'
        panel = wrappers(dialog)
        assert isinstance(panel['hazard_settings'], HazardSettingsWrapper)
        panel['hazards'].setParameterValue([layer.id() for layer in hazards], context())
        assert [row.name for row in panel['hazard_settings'].widget.rows] == ['flood_depth', 'Heat (land surface °C)']
        assert isinstance(panel['thresholds'], ExposureRulesWrapper) and len(panel['thresholds'].widget.edits) == 2
    finally:
        dialog.close()
        dialog.deleteLater()
    # The file keeps no plugin path: the widget is attached when the model is read.
    with open(assets.model_paths()[0], encoding='utf-8') as handle:
        assert 'widget_wrapper' not in handle.read()


@pytest.mark.parametrize('algorithm_id', sorted([
    'resilienceplanner:' + name for name in (
        'actioncoverage', 'ahpweights', 'batchcities', 'citywidepriorities', 'copyregister', 'createactionregister',
        'energyaccess', 'energyactions', 'exportactionplan', 'financereadiness', 'importactions',
        'infrastructureexposure', 'prioritymap', 'projectprofiles', 'report', 'restoreaction', 'samplecity',
        'serviceaccess', 'settlementexposure', 'vulnerabilityindex')]))
def test_every_toolbox_dialog_fits_a_laptop_without_sideways_scrolling(plugin, qgis_iface, qtbot, monkeypatch,
                                                                      algorithm_id):
    """At the size QGIS opens it, next to its help panel: no label cut, no sideways scroll bar (the
    long explanations are the parameters' tooltips), Run and Close on the screen."""
    from qgis.gui import QgsBrowserGuiModel
    model = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, 'browserModel', lambda: model, raising=False)
    laptop_main_window(qgis_iface, qtbot)
    dialog = processing.createAlgorithmDialog(algorithm_id)
    try:
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(50)
        scroll = dialog.mainWidget().findChild(QScrollArea)
        assert not scroll.horizontalScrollBar().isVisible(), [
            (label.text(), label.minimumSizeHint().width()) for label in scroll.widget().findChildren(QLabel)
            if label.isVisible() and label.minimumSizeHint().width() > scroll.viewport().width()]
        assert [p for p in dialog_problems(dialog) if p.startswith(('minimum', 'opens'))] == []
        assert buttons_off_screen(dialog.buttonBox(), DIALOG_AREA) == []
    finally:
        dialog.close()
        dialog.deleteLater()


def test_a_short_label_keeps_its_explanation_as_the_tooltip(plugin):
    algorithm = provider().algorithm('settlementexposure')
    rules = algorithm.parameterDefinition('THRESHOLDS')
    assert rules.description() == 'Exposure rules, one per hazard'
    assert 'in the order of the hazard rasters' in rules.help() and '=1|2' in rules.toolTip()
    model = QgsApplication.processingRegistry().createAlgorithmById('resilienceplanner:citywidepriorities')
    assert 'in the order of the hazard rasters' in model.parameterDefinition('thresholds').help()


@pytest.mark.parametrize('algorithm_id', ['resilienceplanner:settlementexposure',
                                          'resilienceplanner:infrastructureexposure'])
def test_the_exposure_rules_are_entered_beside_each_hazard(plugin, qgis_iface, qtbot, monkeypatch, hazards,
                                                           algorithm_id):
    from qgis.gui import QgsBrowserGuiModel

    from resilience_planner.core.rules import parse_rules
    from resilience_planner.gui.hazard_settings import ExposureRulesWrapper
    model = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, 'browserModel', lambda: model, raising=False)
    dialog = processing.createAlgorithmDialog(algorithm_id)
    try:
        panel = wrappers(dialog)
        rules = panel['THRESHOLDS']
        assert isinstance(rules, ExposureRulesWrapper)
        assert rules.widget.edits == [] and rules.parameterValue() == ''
        panel['HAZARDS'].setParameterValue([layer.id() for layer in hazards], context())
        widget = rules.widget
        labels = [widget.grid.itemAtPosition(row, 0).widget().toolTip() for row in (1, 2)]
        assert labels == ['flood_depth', 'Heat (land surface °C)']
        widget.edits[1].setText('>=35')
        assert rules.parameterValue() == ', >=35'          # the flood's rule stays the default, by position
        widget.edits[0].setText('0.5')
        assert rules.parameterValue() == '0.5, >=35'
        parsed = parse_rules(rules.parameterValue(), [layer.name() for layer in hazards])
        assert [rule.text for rule in parsed] == ['0.5', '>=35']
        # The other order: each rule stays with its hazard's name.
        panel['HAZARDS'].setParameterValue([hazards[1].id(), hazards[0].id()], context())
        assert rules.parameterValue() == '>=35, 0.5'
        # A value with a rule too many keeps it, and says so.
        rules.setValue('0.3, 36, =2')
        assert [edit.text() for edit in widget.edits] == ['0.3', '36']
        assert '1 more rule(s) than hazard rasters: =2' in widget.note.text()
        assert rules.parameterValue() == '0.3, 36, =2'
        if SCREENSHOTS:
            rules.setValue('0.5, >=35')
            dialog.show()
            qtbot.waitExposed(dialog)
            dialog.mainWidget().findChild(QScrollArea).ensureWidgetVisible(widget)
            qtbot.wait(50)
            dialog.grab().save(os.path.join(SCREENSHOTS, algorithm_id.split(':')[1] + '_rules.png'))
    finally:
        dialog.close()
        dialog.deleteLater()


# ------------------------------------------------------------------ the wrappers pass what the text passed

def priority_run(sample_city, tmp_path, hazard_ids, settings, tag):
    """The priority map's ranking (every feature's attributes, in order) for hazard layers and a settings
    table, as the dialog would run it (no sensitivity runs: the same input gives the same ranking)."""
    from qgis.core import QgsVectorLayer
    gpkg = sample_city['vectors']
    ranking = str(tmp_path / 'ranking_{0}.gpkg'.format(tag))
    processing.run('resilienceplanner:prioritymap', {
        'BOUNDARY': gpkg + '|layername=city_boundary', 'CELL_SIZE': 100, 'HAZARDS': hazard_ids,
        'HAZARD_SETTINGS': settings, 'POPULATION': sample_city['population'],
        'SETTLEMENTS': gpkg + '|layername=settlements', 'FACILITIES': gpkg + '|layername=health_facilities',
        'SENSITIVITY_RUNS': 0, 'PRIORITY': 'TEMPORARY_OUTPUT', 'CLASSES': 'TEMPORARY_OUTPUT',
        'ZONES': 'TEMPORARY_OUTPUT', 'RANKING': ranking}, context=context())
    layer = QgsVectorLayer(ranking, 'ranking', 'ogr')
    assert layer.isValid()
    return [f.attributes()[1:] for f in layer.getFeatures()]


def test_weights_come_back_with_all_their_decimals(priority_dialog, hazards, sample_city, tmp_path, qtbot):
    """The explorer saves weights such as 1/12 and 1/6: two decimals made them 0.08 and 0.17."""
    panel = wrappers(priority_dialog)
    ids = [layer.id() for layer in hazards]
    panel['HAZARDS'].setParameterValue(ids, context())
    settings = panel['HAZARD_SETTINGS']
    given = ['1', 'linear', '0', '1.5', '', '0.083333', '2', 'linear', '33', '40', '', '0.166667']
    settings.setValue(given)
    rows = settings.widget.rows
    assert [row.weight.value() for row in rows] == [0.083333, 0.166667]
    assert [row.weight.text() for row in rows] == ['0.083333', '0.166667']
    priority_dialog.show()
    qtbot.waitExposed(priority_dialog)
    # The box is wide enough for its six decimals.
    assert all(row.weight.lineEdit().width() >= row.weight.fontMetrics().horizontalAdvance('0.083333')
               for row in rows)
    if SCREENSHOTS:
        os.makedirs(SCREENSHOTS, exist_ok=True)
        priority_dialog.mainWidget().findChild(QScrollArea).ensureWidgetVisible(rows[1])
        qtbot.wait(50)
        priority_dialog.grab().save(os.path.join(SCREENSHOTS, 'prioritymap_hazard_settings_weights.png'))
    value = settings.parameterValue()
    assert value == ['flood_depth', 'linear', '0', '1.5', '', '0.083333',
                     'Heat (land surface °C)', 'linear', '33', '40', '', '0.166667']
    # A weight written with more decimals than the box shows passes as it came, until the person changes it.
    settings.setValue(['1', 'step', '0.5', '', '', 1 / 12])
    assert settings.parameterValue()[5] == str(1 / 12)
    settings.widget.rows[0].weight.setValue(0.25)
    assert settings.parameterValue()[5] == '0.25'
    # The run with the dialog's value is the run with the table as given; the two-decimal table was not.
    expected = priority_run(sample_city, tmp_path, ids, given, 'given')
    assert priority_run(sample_city, tmp_path, ids, value, 'dialog') == expected
    rounded = ['1', 'linear', '0', '1.5', '', '0.08', '2', 'linear', '33', '40', '', '0.17']
    assert priority_run(sample_city, tmp_path, ids, rounded, 'rounded') != expected


@pytest.fixture
def french():
    from qgis.PyQt.QtCore import QLocale
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(before)


def test_low_and_high_take_a_dot_and_a_french_comma_and_pass_a_dot(priority_dialog, hazards, qtbot, french):
    from qgis.PyQt.QtCore import QLocale
    panel = wrappers(priority_dialog)
    panel['HAZARDS'].setParameterValue([layer.id() for layer in hazards], context())
    settings = panel['HAZARD_SETTINGS']
    rows = settings.widget.rows
    qtbot.keyClicks(rows[0].low, '0,5')          # the French decimal comma
    qtbot.keyClicks(rows[0].high, '2.5')         # a dot, as the engine writes it: QDoubleValidator() ate it
    assert (rows[0].low.text(), rows[0].high.text()) == ('0.5', '2.5')
    assert settings.parameterValue() == ['flood_depth', 'linear', '0.5', '2.5', '', '1']
    function = value_function(*settings.parameterValue()[1:5], name='flood_depth')
    assert (function.low, function.high) == (0.5, 2.5)
    # In English a comma is a thousands separator: refused as typed, so 1,000 reads 1000 (not 1.000).
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    qtbot.keyClicks(rows[1].high, '1,000')
    assert rows[1].high.text() == '1000'
    # The exposure rule boxes, too: a comma there would split the text into two rules.
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    dialog = processing.createAlgorithmDialog('resilienceplanner:settlementexposure')
    try:
        rules = wrappers(dialog)['THRESHOLDS']
        wrappers(dialog)['HAZARDS'].setParameterValue([layer.id() for layer in hazards], context())
        qtbot.keyClicks(rules.widget.edits[0], '>=0,5')
        assert rules.parameterValue() == '>=0.5, '          # the heat's rule stays the default
    finally:
        dialog.close()
        dialog.deleteLater()


@pytest.fixture
def twins(sample_city):
    """Flood and heat rasters both named 'depth' (two files, two layers, one name)."""
    layers = [QgsRasterLayer(sample_city['flood_depth'], 'depth'), QgsRasterLayer(sample_city['heat_lst'], 'depth')]
    assert all(layer.isValid() for layer in layers)
    QgsProject.instance().addMapLayers(layers)
    yield layers
    QgsProject.instance().removeMapLayers([layer.id() for layer in layers])


def test_two_hazards_of_one_name_keep_their_own_rules(plugin, qgis_iface, qtbot, monkeypatch, twins, sample_city):
    from qgis.core import QgsVectorLayer
    from qgis.gui import QgsBrowserGuiModel
    model = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, 'browserModel', lambda: model, raising=False)
    dialog = processing.createAlgorithmDialog('resilienceplanner:settlementexposure')
    try:
        panel = wrappers(dialog)
        ids = [layer.id() for layer in twins]
        panel['HAZARDS'].setParameterValue(ids, context())
        rules = panel['THRESHOLDS']
        rules.setValue('0.3, 35')
        widget = rules.widget
        assert [edit.text() for edit in widget.edits] == ['0.3', '35']
        assert rules.parameterValue() == '0.3, 35'
        labels = [widget.grid.itemAtPosition(row, 0).widget().toolTip() for row in (1, 2)]
        assert labels == ['depth (hazard 1, {0})'.format(os.path.basename(sample_city['flood_depth'])),
                          'depth (hazard 2, {0})'.format(os.path.basename(sample_city['heat_lst']))]
        widget.edits[0].setText('0.5')
        assert rules.parameterValue() == '0.5, 35'
        # The other order: each rule stays with its layer, not with the name.
        panel['HAZARDS'].setParameterValue(ids[::-1], context())
        assert rules.parameterValue() == '35, 0.5'
        panel['HAZARDS'].setParameterValue(ids, context())
        value = rules.parameterValue()
        assert value == '0.5, 35'
        if SCREENSHOTS:
            os.makedirs(SCREENSHOTS, exist_ok=True)
            dialog.show()
            qtbot.waitExposed(dialog)
            dialog.mainWidget().findChild(QScrollArea).ensureWidgetVisible(widget)
            qtbot.wait(50)
            dialog.grab().save(os.path.join(SCREENSHOTS, 'settlementexposure_rules_same_names.png'))
    finally:
        dialog.close()
        dialog.deleteLater()

    def exposure(thresholds):
        result = processing.run('resilienceplanner:settlementexposure', {
            'SETTLEMENTS': sample_city['vectors'] + '|layername=settlements', 'HAZARDS': ids,
            'THRESHOLDS': thresholds, 'OUTPUT': 'TEMPORARY_OUTPUT'}, context=context())
        layer = result['OUTPUT']
        layer = layer if isinstance(layer, QgsVectorLayer) else QgsVectorLayer(layer, 'out', 'ogr')
        return [f.attributes() for f in layer.getFeatures()]
    expected = exposure('0.5, 35')
    assert exposure(value) == expected
    assert exposure('35, 35') != expected          # what the name-keyed boxes passed


def test_a_by_position_table_stays_by_position_when_names_repeat(priority_dialog, twins, sample_city, tmp_path,
                                                                  qtbot):
    panel = wrappers(priority_dialog)
    ids = [layer.id() for layer in twins]
    panel['HAZARDS'].setParameterValue(ids, context())
    settings = panel['HAZARD_SETTINGS']
    given = ['1', 'linear', '0', '1.5', '', '3', '2', 'linear', '33', '40', '', '1']
    settings.setValue(given)
    rows = settings.widget.rows
    assert [(row.low.text(), row.high.text()) for row in rows] == [('0', '1.5'), ('33', '40')]
    # Two 'depth' rows would both go to the first 'depth' (the algorithm refuses that): positions stay.
    value = settings.parameterValue()
    assert value == given
    assert [row.title.toolTip() for row in rows] == [
        'depth (hazard 1, {0})'.format(os.path.basename(sample_city['flood_depth'])),
        'depth (hazard 2, {0})'.format(os.path.basename(sample_city['heat_lst']))]
    if SCREENSHOTS:
        os.makedirs(SCREENSHOTS, exist_ok=True)
        priority_dialog.show()
        qtbot.waitExposed(priority_dialog)
        priority_dialog.mainWidget().findChild(QScrollArea).ensureWidgetVisible(rows[1])
        qtbot.wait(50)
        priority_dialog.grab().save(os.path.join(SCREENSHOTS, 'prioritymap_hazard_settings_same_names.png'))
    rows[1].weight.setValue(2)
    assert settings.parameterValue() == given[:11] + ['2']
    # The other order: each row follows its layer, to its new position.
    panel['HAZARDS'].setParameterValue(ids[::-1], context())
    assert settings.parameterValue() == ['1', 'linear', '33', '40', '', '2', '2', 'linear', '0', '1.5', '', '3']
    assert priority_run(sample_city, tmp_path, ids, value, 'dialog') == priority_run(
        sample_city, tmp_path, ids, given, 'given')
