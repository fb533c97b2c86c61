"""The engine's messages (issue 17): a marked English template and its arguments, English as str(), and every
message built in core/ from a marked literal (an ast scan of the engine's source)."""
import ast
import pickle
from pathlib import Path

import pytest

from resilience_planner.core.errors import (
    QT_TRANSLATE_NOOP,
    Cancelled,
    InputError,
    Message,
    ResiliencePlannerError,
    Template,
    words,
)

CORE = Path(__file__).resolve().parents[2] / 'resilience_planner' / 'core'


def test_an_input_error_keeps_its_template_and_arguments_and_reads_as_english():
    err = InputError(QT_TRANSLATE_NOOP('Engine', 'Preset "{0}" lists no indicators ({1:.1f}).'), 'a.json', 2.25)
    assert err.template == 'Preset "{0}" lists no indicators ({1:.1f}).' and isinstance(err.template, Template)
    assert err.args == ('a.json', 2.25)
    assert str(err) == 'Preset "a.json" lists no indicators (2.2).'
    assert err.translatable and isinstance(err, ResiliencePlannerError)
    with pytest.raises(InputError, match=r'Preset "a\.json" lists no'):
        raise err
    again = pickle.loads(pickle.dumps(err))          # a worker's error crosses a process intact
    assert (type(again), again.template, again.args, str(again)) == (InputError, err.template, err.args, str(err))


def test_a_text_already_translated_and_formatted_is_kept_as_it_is():
    err = InputError('La couche « {x} » est vide.')    # the QGIS side's own raise: no args, braces left alone
    assert str(err) == 'La couche « {x} » est vide.' and err.args == () and not err.translatable
    assert str(Cancelled(QT_TRANSLATE_NOOP('Engine', 'Cancelled: no output was written.'))) == \
        'Cancelled: no output was written.'


def test_a_message_is_its_english_text_and_carries_what_translation_needs():
    part = QT_TRANSLATE_NOOP('Engine', 'counted as score 0')
    note = Message(QT_TRANSLATE_NOOP('Engine', '{0}: no value on {1:.1%} of the cells ({2}).'), 'Flood', 0.25, part)
    assert note == 'Flood: no value on 25.0% of the cells (counted as score 0).'
    assert note.args[2] is part and note.translatable
    assert '; '.join([note, 'x']).startswith('Flood: no value')           # joins as a str
    assert pickle.loads(pickle.dumps(note)).args == note.args
    listed = words([QT_TRANSLATE_NOOP('Engine', 'settlements'), 'Kibera'])
    assert listed == 'settlements, Kibera' and not listed.translatable and isinstance(listed.args[0], Template)


def test_the_engine_raises_its_messages_with_the_arguments_apart():
    from resilience_planner.core.indicators import parse_judgement
    from resilience_planner.core.priority import check_options
    from resilience_planner.core.rules import parse_rule
    with pytest.raises(InputError) as caught:
        parse_judgement('ten')
    assert caught.value.template == '"{0}" is not a pairwise judgement. Use 1-9 or a reciprocal such as 1/3.'
    assert caught.value.args == ('ten',) and str(caught.value).startswith('"ten" is not a pairwise judgement')
    with pytest.raises(InputError) as caught:
        parse_rule('>=x', 'Flood')
    assert caught.value.args == ('>=x', 'Flood') and caught.value.translatable
    with pytest.raises(InputError, match='Unknown method "max"; use sum or product.'):
        check_options('max', 'zero', [object()])
    with pytest.raises(ValueError) as caught:
        from resilience_planner.core.actions import parse_date
        parse_date('2027-02-30')
    reason = caught.value.args[0]
    assert reason == '"2027-02-30" is not a date: month 2 of 2027 has no day 30'
    assert isinstance(reason.args[1], Message) and reason.args[1].template == 'month {0} of {1} has no day {2}'


# -- every engine message is built from a marked literal ------------------------------------------------------

#: Calls that build a message from something other than QT_TRANSLATE_NOOP('Engine', '<literal>'), each with
#: why: (file under core/, the first argument's source).
ALLOWED = {
    ('errors.py', 'template'): 'the Message of an error: the template its raise site marked',
    ('errors.py', "separator.join(('{%d}' % i for i in range(len(items))))"): 'words(): a list, no words of its own',
    ('numbers.py', 'says[mark]'): 'one of two templates marked just above',
    ('rules.py', "QT_TRANSLATE_NOOP('Engine', '{0} or {1}')"): 'either(): marked (a literal, checked below)',
    ('actions/rules.py', "'{0}.'"): 'a date reason (marked where parse_date raises it) and a full stop',
    ('actions/schema.py', "'{0}: {1}'"): "Problem.line: a field's label and the problem's (marked) message",
}
#: The classes whose first argument is a message template, and the lists that collect messages.
BUILDERS = {'InputError', 'Cancelled', 'Message', 'ResiliencePlannerError'}
COLLECTED = {'notes', 'signs', 'problems', 'conventions'}


def _name(node):
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None


def _marked(node):
    """True for QT_TRANSLATE_NOOP('Engine', '<literal>')."""
    return (isinstance(node, ast.Call) and _name(node.func) == 'QT_TRANSLATE_NOOP' and len(node.args) == 2
            and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
            and node.args[0].value == 'Engine')


def engine_message_sites():
    """(file, line, what, source of the message argument, ok) for every place core/ builds a message."""
    sites = []
    for path in sorted(CORE.rglob('*.py')):
        relative = path.relative_to(CORE).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding='utf-8'))):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            if name == 'QT_TRANSLATE_NOOP':
                sites.append((relative, node.lineno, name, ast.unparse(node), _marked(node)))
            elif name in BUILDERS and node.args:
                first = node.args[0]
                sites.append((relative, node.lineno, name, ast.unparse(first),
                               _marked(first) or (relative, ast.unparse(first)) in ALLOWED))
            elif name in BUILDERS and name != 'ResiliencePlannerError':
                sites.append((relative, node.lineno, name, '', False))           # InputError(): no message
            elif name == 'append' and _name(node.func.value) in COLLECTED and node.args:
                arg = node.args[0]
                sites.append((relative, node.lineno, 'append', ast.unparse(arg),       # a Problem: checked itself
                              isinstance(arg, ast.Call) and _name(arg.func) in ('Message', 'Problem')))
            elif name == 'Problem' and len(node.args) >= 2:
                arg = node.args[1]
                sites.append((relative, node.lineno, name, ast.unparse(arg),
                              isinstance(arg, ast.Call) and _name(arg.func) == 'Message'))
            elif name == 'ValueError' and relative == 'actions/values.py' and node.args \
                    and 'date' in ast.unparse(node.args[0]):
                arg = node.args[0]                      # parse_date's reasons reach the register's users
                sites.append((relative, node.lineno, name, ast.unparse(arg),
                              isinstance(arg, ast.Call) and _name(arg.func) == 'Message'))
    return sites


def test_every_message_the_engine_builds_is_a_marked_literal_template():
    sites = engine_message_sites()
    bad = [site[:4] for site in sites if not site[4]]
    assert bad == []
    raised = [s for s in sites if s[2] in ('InputError', 'Cancelled')]
    assert len(raised) >= 70                   # 67 InputError and 6 Cancelled when issue 17 was done
    assert len([s for s in sites if s[2] == 'QT_TRANSLATE_NOOP']) >= 120
    used = {(s[0], s[3]) for s in sites}
    assert set(ALLOWED) <= used, set(ALLOWED) - used           # no allowance outlives its call


def test_the_scan_catches_a_message_formatted_before_it_is_marked(tmp_path, monkeypatch):
    """The scan itself: a raise formatted in English, an unmarked note and a wrong context are found."""
    import tests.core.test_errors as me
    (tmp_path / 'bad.py').write_text(
        "raise InputError('Layer {0} is empty.'.format(name))\n"
        "notes.append('{0} rows skipped'.format(n))\n"
        "x = QT_TRANSLATE_NOOP('Other', 'text')\n"
        "raise InputError(QT_TRANSLATE_NOOP('Engine', 'Layer {0} is empty.'), name)\n", encoding='utf-8')
    monkeypatch.setattr(me, 'CORE', tmp_path)
    found = [(s[1], s[2], s[4]) for s in engine_message_sites()]
    assert found == [(1, 'InputError', False), (2, 'append', False), (3, 'QT_TRANSLATE_NOOP', False),
                     (4, 'InputError', True), (4, 'QT_TRANSLATE_NOOP', True)]
