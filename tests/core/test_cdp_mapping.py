"""The CDP-ICLEI Track mapping (core/actions/cdp.py): every register value has a CDP word from CDP's own lists."""
from resilience_planner.core.actions import cdp
from resilience_planner.core.actions.schema import ACTION_TYPES, HAZARDS


def test_every_register_hazard_and_action_type_is_mapped_to_a_name_in_cdps_lists():
    assert set(cdp.HAZARDS) == set(HAZARDS)
    assert set(cdp.ACTION_TYPES) == set(ACTION_TYPES)
    # A mapped hazard is one of CDP's 23, spelt as its data spell it; so is each kind of action.
    assert all(name in cdp.CDP_HAZARDS for name in cdp.HAZARDS.values() if name is not None)
    assert len(cdp.CDP_HAZARDS) == len(set(cdp.CDP_HAZARDS)) == 23
    assert all(kind in cdp.ACTION_KINDS for kind in cdp.ACTION_TYPES.values())
    assert len(cdp.ACTION_KINDS) == 9
    # A whole answer is "<kind>: <action>" with one of the nine kinds before the colon.
    for answer in cdp.ACTIONS.values():
        kind, _, action = answer.partition(': ')
        assert kind in cdp.ACTION_KINDS and action


def test_the_action_answer_follows_the_type_and_the_hazards():
    def answer(kind, hazards=''):
        return cdp.action_category({'action_type': kind, 'hazards': hazards})

    flood_defence = cdp.ACTIONS['flood defence']
    assert answer('structural', 'flood') == (flood_defence, [])
    assert answer('Structural', 'heat; storm') == (flood_defence, [])            # type read without case
    # Sea level rise wins over a flood: its works are sea walls.
    assert answer('structural', 'flood, sea level rise')[0] == cdp.ACTIONS['sea walls']
    assert answer('early warning', 'heat')[0] == 'Educational/Informational actions: Early warning and response ' \
                                                 'systems'
    assert answer('policy')[0].startswith('Government policies and programs actions: Development of targeted plan')
    # Structural works against heat: only the kind is known, and the note says to choose the action.
    kind, notes = answer('structural', 'heat')
    assert kind == 'Engineered and built environment actions'
    assert [str(n) for n in notes] == ['choose the action under "Engineered and built environment actions" in '
                                       'CDP\'s list: the register does not say which']
    assert answer('energy')[0] == 'Technological actions'
    assert answer('housing and tenure')[0] == answer('policy', 'heat')[0].split(':')[0]
    # A type the register does not know, and none at all.
    other, notes = answer('murals')
    assert other == 'Other: murals' and [str(n) for n in notes] == ['action type "murals" has no CDP equivalent']
    assert answer('') == ('', answer(None)[1]) and [str(n) for n in answer('')[1]] == ['no action type']


def test_hazards_once_each_with_the_unmapped_as_other():
    hazards, notes = cdp.hazards_of({'hazards': 'Flood, earthquake, flood, storm, sea level rise'})
    assert hazards == ['Urban flooding', 'Other: earthquake', 'Storm', 'Coastal flooding (incl. sea level rise)']
    assert [str(n) for n in notes] == ['hazard "earthquake" has no CDP equivalent']
    assert cdp.hazards_of({'hazards': 'landslide'})[0] == ['Mass movement']


def test_the_row_writes_numbers_where_the_sheet_wants_numbers():
    values = dict(zip(cdp.HEADER, cdp.row({'title': 'Drains', 'action_type': 'structural', 'hazards': 'flood',
                                           'cost_estimate': '1200.5', 'currency': 'kes', 'beneficiaries': 99.6})))
    assert values[cdp.COST_COLUMN] == 1200.5 and values[cdp.PEOPLE_COLUMN] == 100
    assert values['Currency'] == 'KES' and values['Mapping notes'] == ''
    assert cdp.COST_COLUMN in cdp.HEADER and cdp.PEOPLE_COLUMN in cdp.HEADER
