"""Numbers as people type them: one decimal mark per column, decided from the whole column."""
import pytest

from resilience_planner.core.errors import InputError
from resilience_planner.core.numbers import decide, read_column


def read(values, decimal='auto'):
    numbers, convention, bad = read_column(values, 'populacao', 'perfis.csv', decimal)
    return numbers, convention, bad


def test_brazilian_populations_with_point_thousands_read_69156_not_69_156():
    numbers, convention, bad = read(['69.156', '1.234.567', '850', 'n/d', '12.500'])
    assert numbers == [69156.0, 1234567.0, 850.0, None, 12500.0] and bad == []
    assert convention.decimal == ',' and 'decimal comma, thousands points' in convention.reason


def test_decimal_commas_french_spaces_and_percent_signs():
    numbers, convention, _ = read(['1 234,5', '0,25', '45 %', '\u202f12\u202f000,75', 's/d', '-'])
    assert numbers == [1234.5, 0.25, 45.0, 12000.75, None, None]
    assert convention.decimal == ','


def test_english_thousands_commas_and_decimal_points():
    numbers, convention, _ = read(['1,234.5', '69,156', '0.5', 'nd', ''])
    assert numbers == [1234.5, 69156.0, 0.5, None, None] and convention.decimal == '.'


def test_a_column_that_cannot_tell_is_refused_with_the_choice_to_make():
    with pytest.raises(InputError) as raised:
        read(['69.156', '12.000', '850'])
    message = str(raised.value)
    assert 'Column "populacao" in "perfis.csv" cannot tell its decimal mark' in message
    assert '"69.156"' in message and 'DECIMAL = point' in message and 'comma' in message
    # The user's choice settles it either way.
    assert read(['69.156', '12.000', '850'], 'comma')[0] == [69156.0, 12000.0, 850.0]
    assert read(['69.156', '12.000', '850'], 'point')[0] == [69.156, 12.0, 850.0]


def test_a_column_that_mixes_points_and_commas_is_refused():
    with pytest.raises(InputError, match=r'mixes decimal points \("0.5"\) and decimal commas \("0,25"\)'):
        read(['0.5', '0,25'])


def test_text_that_is_no_number_is_named_and_numbers_typed_as_numbers_need_no_convention():
    numbers, convention, bad = read(['1.234,5', 'about half', '1.234.5'])
    assert numbers == [1234.5, None, None] and bad == ['about half', '1.234.5']
    assert read([69156, 12.5, None]) == ([69156.0, 12.5, None], None, [])
    assert decide(['12', '7', 'n/d'], 'c', 't').reason == 'whole numbers only'
    with pytest.raises(InputError, match='DECIMAL "dot" is not one of auto, point, comma'):
        decide(['1'], 'c', 't', 'dot')


def test_stray_marks_misplaced_spaces_and_underscores_never_decide_or_read_as_numbers():
    """Found by review: a lone "." or "7," decided a column's mark; "12 3" read as 123; "1_5" as 15."""
    with pytest.raises(InputError, match='cannot tell its decimal mark'):
        read(['1,500', '2,250', '.'])
    with pytest.raises(InputError, match='cannot tell its decimal mark'):
        read(['1.500', '2.250', '7,'])
    with pytest.raises(InputError, match='cannot tell its decimal mark'):
        read(['1,234', '0,000'])
    numbers, _, bad = read(['12 3', "1'23", '1 2 3', '1_5', '2,5'])
    assert numbers == [None, None, None, None, 2.5] and bad == ['12 3', "1'23", '1 2 3', '1_5']
    numbers, _, bad = read(['1,234 567', '2,5'])
    assert numbers == [None, 2.5] and bad == ['1,234 567']
    assert read(["1'234.5", '0.5'])[0] == [1234.5, 0.5]


def test_a_rule_with_an_underscore_is_refused():
    from resilience_planner.core.rules import parse_rule
    with pytest.raises(InputError, match='not understood'):
        parse_rule('1_0', 'flood')
    with pytest.raises(InputError, match='not a set of classes'):
        parse_rule('=1_0', 'flood')
