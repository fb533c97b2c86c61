<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
    <context>
        <name>ActionCoverageAlgorithm</name>
        <message>
            <location filename="../algorithms/action_coverage.py" line="46" />
            <source>Action coverage and gaps</source>
            <translation>Cobertura das ações e lacunas</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="61" />
            <source>Planned actions</source>
            <translation>Ações previstas</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="56" />
            <source>Persons per cell; the people inside each action's target area are counted from it.</source>
            <translation>Pessoas por célula; a partir dele são contadas as pessoas dentro da área de intervenção de cada ação.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="63" />
            <source>Settlements (priority ranking)</source>
            <translation>Assentamentos (classificação de prioridade)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="65" />
            <source>Settlement key field</source>
            <translation>Campo-chave do assentamento</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="68" />
            <source>Priority field</source>
            <translation>Campo de prioridade</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="71" />
            <source>Priority class field (1-5)</source>
            <translation>Campo de classe de prioridade (1-5)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="74" />
            <source>Population field</source>
            <translation>Campo de população</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="77" />
            <source>Population raster (persons/cell)</source>
            <translation>Raster de população (pessoas/célula)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="81" />
            <source>Actions with coverage</source>
            <translation>Ações com cobertura</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="83" />
            <source>Settlements with actions and gaps</source>
            <translation>Assentamentos com ações e lacunas</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="85" />
            <source>Active actions</source>
            <translation>Ações ativas</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="85" />
            <source>Gaps</source>
            <translation>Lacunas</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="85" />
            <source>People in high-priority settlements</source>
            <translation>Pessoas em assentamentos de alta prioridade</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="85" />
            <source>Share of them served by an active action</source>
            <translation>Parcela delas atendida por uma ação ativa</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="85" />
            <source>Cost of the active actions (when in one currency)</source>
            <translation>Custo das ações ativas (quando em uma só moeda)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="91" />
            <source>Cost of the active actions, per currency</source>
            <translation>Custo das ações ativas, por moeda</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="107" />
            <source>Layer "{0}" is not a planned-action register (it has no title or status field). Create one with "Create planned-action register".</source>
            <translation>A camada "{0}" não é um registro de ações previstas (não tem campo de título nem de status). Crie um com "Criar registro de ações previstas".</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="112" />
            <source>Settlements layer "{0}" has no features.</source>
            <translation>A camada de assentamentos "{0}" não tem feições.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="129" />
            <source>{0} action(s) have no target area, so no beneficiaries from the raster: {1}</source>
            <translation>{0} ação(ões) não têm área de intervenção e, portanto, nenhum beneficiário a partir do raster: {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="140" />
            <source>No priority class field: gaps cannot be found (gap is NULL). Use the ranking of "Citywide resilience priorities".</source>
            <translation>Não há campo de classe de prioridade: não é possível encontrar lacunas (gap é NULL). Use a classificação de "Prioridades de resiliência em escala municipal".</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="181" />
            <source>High priority, no active action</source>
            <translation>Alta prioridade, sem ação ativa</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="181" />
            <source>Served by an active action</source>
            <translation>Atendido por uma ação ativa</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="181" />
            <source>Other</source>
            <translation>Outro</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="187" />
            <source>without a currency</source>
            <translation>sem moeda</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="189" />
            <source>The active actions are costed in different currencies, which are not added together: {0}. The planned cost is given per currency only.</source>
            <translation>As ações ativas têm custos em moedas diferentes, que não são somadas: {0}. O custo previsto é informado apenas por moeda.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="192" />
            <source>Cost of the active actions: {0}.</source>
            <translation>Custo das ações ativas: {0}.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="194" />
            <source>Not counted (the cost is not a number of 0 or more): {0}.</source>
            <translation>Não contabilizado (o custo não é um número igual ou maior que 0): {0}.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="198" />
            <source>{0} active action(s); {1} gap(s); {2:.0%} of the people in high-priority settlements are served.</source>
            <translation>{0} ação(ões) ativa(s); {1} lacuna(s); {2:.0%} das pessoas em assentamentos de alta prioridade são atendidas.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="222" />
            <source>Field "{0}" is not in the settlements layer.</source>
            <translation>O campo "{0}" não está na camada de assentamentos.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="225" />
            <source>The settlements have no "{0}" field; it is left out.</source>
            <translation>Os assentamentos não têm o campo "{0}"; ele é deixado de fora.</translation>
        </message>
    </context>
    <context>
        <name>ActionEditor</name>
        <message>
            <location filename="../gui/action_editor.py" line="166" />
            <source>Cost</source>
            <translation>Custo</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="166" />
            <source>Funding</source>
            <translation>Financiamento</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="167" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="230" />
            <source>To fix: {0}: {1}</source>
            <translation>A corrigir: {0}: {1}</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="382" />
            <source>Planned actions</source>
            <translation>Ações previstas</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="399" />
            <source>Open…</source>
            <translation>Abrir…</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="402" />
            <source>New register…</source>
            <translation>Novo registro…</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="418" />
            <source>Save</source>
            <translation>Salvar</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="418" />
            <source>Save the changes to the register (checked first: nothing is written while an action needs fixing).</source>
            <translation>Salvar as alterações no registro (verificadas antes: nada é gravado enquanto alguma ação precisar de correção).</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="421" />
            <source>Undo</source>
            <translation>Desfazer</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="421" />
            <source>Undo the last change.</source>
            <translation>Desfazer a última alteração.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="423" />
            <source>Redo</source>
            <translation>Refazer</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="423" />
            <source>Redo the change just undone.</source>
            <translation>Refazer a alteração que acabou de ser desfeita.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="425" />
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="425" />
            <source>Export the saved action plan as CSV or Excel.</source>
            <translation>Exportar o plano de ações salvo como CSV ou Excel.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="976" />
            <source>No register open.</source>
            <translation>Nenhum registro aberto.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="439" />
            <source>Settlements (the priority ranking)</source>
            <translation>Assentamentos (a classificação de prioridade)</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="447" />
            <source>The settlements the actions serve: the ranking of "Citywide resilience priorities", chosen by itself when the project has one.</source>
            <translation>Os assentamentos que as ações atendem: a classificação de "Prioridades de resiliência em escala municipal", escolhida automaticamente quando o projeto tem uma.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="450" />
            <source>Layer</source>
            <translation>Camada</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="452" />
            <source>The field holding the settlement keys that actions name.</source>
            <translation>O campo com as chaves dos assentamentos que as ações indicam.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="453" />
            <source>Key</source>
            <translation>Chave</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="530" />
            <source>Search titles, agencies, notes…</source>
            <translation>Pesquisar títulos, órgãos, observações…</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="533" />
            <source>Clear filters</source>
            <translation>Limpar filtros</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="533" />
            <source>Show every action: clear the search and the filters.</source>
            <translation>Mostrar todas as ações: limpar a pesquisa e os filtros.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1098" />
            <source>Filters</source>
            <translation>Filtros</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="542" />
            <source>All statuses</source>
            <translation>Todos os status</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="543" />
            <source>All types</source>
            <translation>Todos os tipos</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="544" />
            <source>All hazards</source>
            <translation>Todas as ameaças</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="545" />
            <source>All funding</source>
            <translation>Todos os financiamentos</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="547" />
            <source>Settlement key</source>
            <translation>Chave do assentamento</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="577" />
            <source>Click to sort; right-click to choose the columns.</source>
            <translation>Clique para ordenar; clique com o botão direito para escolher as colunas.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="596" />
            <source>New</source>
            <translation>Nova</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="596" />
            <source>Add a new action, then fill its form.</source>
            <translation>Adicionar uma nova ação e depois preencher o seu formulário.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="598" />
            <source>New from selected settlements</source>
            <translation>Nova a partir dos assentamentos selecionados</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="598" />
            <source>Add an action serving the settlements selected on the map; its target area is their union.</source>
            <translation>Adicionar uma ação que atende os assentamentos selecionados no mapa; sua área de intervenção é a união deles.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="602" />
            <source>Delete…</source>
            <translation>Excluir…</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="602" />
            <source>Delete the selected action (you can undo it until you save).</source>
            <translation>Excluir a ação selecionada (é possível desfazer até salvar).</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="605" />
            <source>Zoom to</source>
            <translation>Zoom para</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="605" />
            <source>Zoom the map to the selected action's target area.</source>
            <translation>Aplicar zoom no mapa até a área de intervenção da ação selecionada.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="607" />
            <source>Select its settlements</source>
            <translation>Selecionar seus assentamentos</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="607" />
            <source>Select, in the settlements layer, the settlements the selected action serves.</source>
            <translation>Selecionar, na camada de assentamentos, os assentamentos que a ação selecionada atende.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="610" />
            <source>Update beneficiaries</source>
            <translation>Atualizar beneficiários</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="610" />
            <source>Fill beneficiaries and priority_score of every action from the settlements it serves (their grid_population and priority_mean).</source>
            <translation>Preencher beneficiaries e priority_score de cada ação a partir dos assentamentos que ela atende (seus grid_population e priority_mean).</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="624" />
            <source>Area</source>
            <translation>Área</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="624" />
            <source>Line</source>
            <translation>Linha</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="624" />
            <source>Point</source>
            <translation>Ponto</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="628" />
            <source>What to draw: an area as drawn, or a line or point buffered by the distance.</source>
            <translation>O que desenhar: uma área tal como desenhada, ou uma linha ou um ponto com buffer da distância indicada.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="635" />
            <source>Lines and points are buffered by this distance into a target area.</source>
            <translation>Linhas e pontos recebem um buffer desta distância para formar uma área de intervenção.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="637" />
            <source>Draw new</source>
            <translation>Desenhar nova</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="637" />
            <source>Draw a new action on the map: click its vertices, right-click to finish.</source>
            <translation>Desenhar uma nova ação no mapa: clique nos seus vértices e clique com o botão direito para terminar.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="652" />
            <source>Actions</source>
            <translation>Ações</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="978" />
            <source>Select an action in the list, or add one.</source>
            <translation>Selecione uma ação na lista ou adicione uma.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="698" />
            <source>e.g. 90,000 (the currency below)</source>
            <translation>ex.: 90 000 (na moeda abaixo)</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="700" />
            <source>e.g. KES, USD</source>
            <translation>ex.: KES, USD</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="718" />
            <source>Apply to this action</source>
            <translation>Aplicar a esta ação</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="719" />
            <source>Write the form into the register (one change you can undo); problems show beside the fields.</source>
            <translation>Gravar o formulário no registro (uma alteração que pode ser desfeita); os problemas aparecem ao lado dos campos.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="725" />
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="735" />
            <source>Cost of the active actions by funding status</source>
            <translation>Custo das ações ativas por situação do financiamento</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="740" />
            <source>Cost by status</source>
            <translation>Custo por situação</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="749" />
            <source>Summary</source>
            <translation>Resumo</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="754" />
            <source>Choose the settlements layer (the priority ranking) to see the gaps.</source>
            <translation>Escolha a camada de assentamentos (a classificação de prioridade) para ver as lacunas.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="762" />
            <source>Gaps</source>
            <translation>Lacunas</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="833" />
            <source>Open a planned-action register</source>
            <translation>Abrir um registro de ações previstas</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="839" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="839" />
            <source>New planned-action register</source>
            <translation>Novo registro de ações previstas</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="910" />
            <source>Save or undo the changes to the open register first.</source>
            <translation>Primeiro salve ou desfaça as alterações no registro aberto.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="928" />
            <source>Register: {0}</source>
            <translation>Registro: {0}</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1026" />
            <source>They are in red in the list: hover over one to read what, or select it to fix it.</source>
            <translation>Elas aparecem em vermelho na lista: passe o mouse sobre uma para ler o problema, ou selecione-a para corrigi-la.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1034" />
            <source>Saved {0} change(s).</source>
            <translation>{0} alteração(ões) salva(s).</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1098" />
            <source>Filters ({0} on)</source>
            <translation>Filtros ({0} ativos)</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1227" />
            <source>(no title yet)</source>
            <translation>(ainda sem título)</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1228" />
            <source>Action: {0}</source>
            <translation>Ação: {0}</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1231" />
            <source>to fix: {0} (the notes in red below)</source>
            <translation>a corrigir: {0} (as observações em vermelho abaixo)</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1259" />
            <source>Open a register (that can be edited) first.</source>
            <translation>Primeiro abra um registro (que possa ser editado).</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1262" />
            <source>Select settlements on the map (in the settlements layer) first.</source>
            <translation>Primeiro selecione assentamentos no mapa (na camada de assentamentos).</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1282" />
            <source>Click on the map; right-click to finish.</source>
            <translation>Clique no mapa; clique com o botão direito para terminar.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1295" />
            <source>this action</source>
            <translation>esta ação</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1296" />
            <source>Delete action</source>
            <translation>Excluir ação</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1296" />
            <source>Delete "{0}"? You can undo it until you save.</source>
            <translation>Excluir "{0}"? É possível desfazer até salvar.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1312" />
            <source>This action has no target area yet.</source>
            <translation>Esta ação ainda não tem área de intervenção.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1336" />
            <source>Choose the settlements layer (the priority ranking) first.</source>
            <translation>Primeiro escolha a camada de assentamentos (a classificação de prioridade).</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1343" />
            <source>Updated {0} value(s); save to keep them.</source>
            <translation>{0} valor(es) atualizado(s); salve para mantê-los.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1348" />
            <source>Export the action plan</source>
            <translation>Exportar o plano de ações</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1348" />
            <source>CSV (*.csv);;Excel (*.xlsx)</source>
            <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1353" />
            <source>Exporting the saved register: save first to include your latest changes.</source>
            <translation>Exportando o registro salvo: salve antes para incluir as suas últimas alterações.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1357" />
            <source>Action plan written to {0}</source>
            <translation>Plano de ações gravado em {0}</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1422" />
            <source>Settlements: choose the priority ranking</source>
            <translation>Assentamentos: escolha a classificação de prioridade</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1428" />
            <source>Settlements: {0}</source>
            <translation>Assentamentos: {0}</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1429" />
            <source>Settlements layer: {0}; key field: {1}.</source>
            <translation>Camada de assentamentos: {0}; campo-chave: {1}.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1451" />
            <source>without a currency</source>
            <translation>sem moeda</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1463" />
            <source>No active action has both a cost and a funding status yet.</source>
            <translation>Nenhuma ação ativa tem ainda um custo e uma situação do financiamento.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1465" />
            <source>{0} action(s): {1}.</source>
            <translation>{0} ação(ões): {1}.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1467" />
            <source>Active cost: {0}; committed or disbursed: {1}.</source>
            <translation>Custo ativo: {0}; comprometido ou desembolsado: {1}.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1472" />
            <source>Costs in different currencies are not added together: each is totalled in its own.</source>
            <translation>Custos em moedas diferentes não são somados: cada um é totalizado na sua própria moeda.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1475" />
            <source>Not counted (the cost is not a number of 0 or more): {0}.</source>
            <translation>Não contabilizado (o custo não é um número igual ou maior que 0): {0}.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1486" />
            <source>Cost per beneficiary: {0} ({1:,.0f} people served).</source>
            <translation>Custo por beneficiário: {0} ({1:,.0f} pessoas atendidas).</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1490" />
            <source>{0:,.0f} people served; no active action has a cost estimate yet.</source>
            <translation>{0:,.0f} pessoas atendidas; nenhuma ação ativa tem ainda uma estimativa de custo.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1493" />
            <source>{0:.0%} of the people in high-priority settlements are served.</source>
            <translation>{0:.0%} das pessoas em assentamentos de alta prioridade são atendidas.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1503" />
            <source>"{0}" has no priority_class: choose the ranking of "Citywide resilience priorities" to see the gaps.</source>
            <translation>"{0}" não tem priority_class: escolha a classificação de "Prioridades de resiliência em escala municipal" para ver as lacunas.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1513" />
            <source>{0} high-priority settlement(s) (classes 4-5) have no active action. Double-click one to start an action for it.</source>
            <translation>{0} assentamento(s) de alta prioridade (classes 4-5) não têm ação ativa. Clique duas vezes em um deles para iniciar uma ação para ele.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1520" />
            <source>{0}. {1} · priority {2:.1f}</source>
            <translation>{0}. {1} · prioridade {2:.1f}</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1522" />
            <source>Rank {0}: {1}, priority {2:.1f} of 100. Double-click to start an action for it.</source>
            <translation>Posição {0}: {1}, prioridade {2:.1f} de 100. Clique duas vezes para iniciar uma ação para ele.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="696" />
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-DD</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="399" />
            <source>Open a planned-action register: a GeoPackage, or a register shared in a PostgreSQL database.</source>
            <translation>Abrir um registro de ações previstas: um GeoPackage ou um registro compartilhado em um banco de dados PostgreSQL.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="402" />
            <source>Create a new, empty planned-action register: a GeoPackage, or one shared in a PostgreSQL database.</source>
            <translation>Criar um novo registro de ações previstas, vazio: um GeoPackage ou um registro compartilhado em um banco de dados PostgreSQL.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="411" />
            <source>GeoPackage file…</source>
            <translation>Arquivo GeoPackage…</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="413" />
            <source>In a database (PostgreSQL)…</source>
            <translation>Em um banco de dados (PostgreSQL)…</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="903" />
            <source>(read-only)</source>
            <translation>(somente leitura)</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="614" />
            <source>History…</source>
            <translation>Histórico…</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="807" />
            <source>The history of the selected action: every change, who made it and when; restore an earlier state.</source>
            <translation>O histórico da ação selecionada: cada alteração, quem a fez e quando; restaurar um estado anterior.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="796" />
            <source>Open a register in a database (PostgreSQL) to see the history of its actions.</source>
            <translation>Abra um registro em um banco de dados (PostgreSQL) para ver o histórico das suas ações.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="799" />
            <source>A GeoPackage register keeps no history of its own edits: only a register shared in a database (PostgreSQL) records every change, who made it and when. Copy this one into a database (Copy planned-action register) to keep its history from then on.</source>
            <translation>Um registro GeoPackage não mantém histórico das suas próprias edições: somente um registro compartilhado em um banco de dados (PostgreSQL) registra cada alteração, quem a fez e quando. Copie este registro para um banco de dados (Copiar registro de ações previstas) para manter o seu histórico a partir de então.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="804" />
            <source>Select a saved action in the list to see its history (a new action has none until it is saved).</source>
            <translation>Selecione uma ação salva na lista para ver o seu histórico (uma ação nova não tem histórico até ser salva).</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="828" />
            <source>The action was restored from its history and the register read again.</source>
            <translation>A ação foi restaurada a partir do seu histórico e o registro foi recarregado.</translation>
        </message>
    </context>
    <context>
        <name>ActionHistory</name>
        <message>
            <location filename="../gui/action_history.py" line="39" />
            <source>added</source>
            <translation>adicionada</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="39" />
            <source>changed</source>
            <translation>alterada</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="40" />
            <source>deleted</source>
            <translation>excluída</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="50" />
            <source>none</source>
            <translation>nenhuma</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="54" />
            <source>{0} part(s), {1} vertices</source>
            <translation>{0} parte(s), {1} vértices</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="85" />
            <source>(no title)</source>
            <translation>(sem título)</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="87" />
            <source>History of "{0}"</source>
            <translation>Histórico de "{0}"</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="89" />
            <source>Every change of "{0}" (action_id {1}) in the register {2}, newest first. Select an entry to see what differs from the action as it is stored now; Restore this state brings that state back (a change like any other, recorded in the history too).</source>
            <translation>Todas as alterações de "{0}" (action_id {1}) no registro do {2}, das mais recentes às mais antigas. Selecione uma entrada para ver o que difere da ação tal como está armazenada agora; Restaurar este estado traz esse estado de volta (uma alteração como qualquer outra, também registrada no histórico).</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="100" />
            <source>When</source>
            <translation>Quando</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="100" />
            <source>Who</source>
            <translation>Quem</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="100" />
            <source>What</source>
            <translation>O quê</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="100" />
            <source>Version</source>
            <translation>Versão</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="100" />
            <source>Cost</source>
            <translation>Custo</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="122" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="122" />
            <source>In this entry</source>
            <translation>Nesta entrada</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="122" />
            <source>Now</source>
            <translation>Agora</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="144" />
            <source>Restore this state</source>
            <translation>Restaurar este estado</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="168" />
            <source>Cannot read the history of {0}: {1}</source>
            <translation>Não é possível ler o histórico de {0}: {1}</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="181" />
            <source>History entry {0}, {1}</source>
            <translation>Entrada do histórico {0}, {1}</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="220" />
            <source>Target area</source>
            <translation>Área de intervenção</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="223" />
            <source>(deleted)</source>
            <translation>(excluída)</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="230" />
            <source>This action has no history entry yet.</source>
            <translation>Esta ação ainda não tem nenhuma entrada no histórico.</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="232" />
            <source>The action is not in the register now (deleted): restoring this entry adds it back with the values below.</source>
            <translation>A ação não está mais no registro (foi excluída): restaurar esta entrada a adiciona de volta com os valores abaixo.</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="235" />
            <source>This entry is the action as it is stored now: there is nothing to restore.</source>
            <translation>Esta entrada corresponde à ação tal como está armazenada agora: não há nada a restaurar.</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="237" />
            <source>What differs between entry {0} ({1}, {2}) and the action now: {3} field(s). Restoring it brings back the values of this entry.</source>
            <translation>O que difere entre a entrada {0} ({1}, {2}) e a ação atual: {3} campo(s). Restaurá-la traz de volta os valores desta entrada.</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="249" />
            <source>Select an entry that differs from the action as it is now.</source>
            <translation>Selecione uma entrada que difira da ação tal como está agora.</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="253" />
            <source>Put the action back into the state of entry {0}: every field and the target area (a change recorded in the history, so it can be undone the same way).</source>
            <translation>Devolver a ação ao estado da entrada {0}: todos os campos e a área de intervenção (uma alteração registrada no histórico, que pode, portanto, ser desfeita da mesma forma).</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="275" />
            <source>Nothing was restored: the register has changes you have not saved. Save them (Save in the Planned actions dock) or discard them (Undo) first: restoring reads the register again, and they would be lost.</source>
            <translation>Nada foi restaurado: o registro tem alterações que você não salvou. Primeiro salve-as (Salvar no painel Ações previstas) ou descarte-as (Desfazer): a restauração recarrega o registro, e elas seriam perdidas.</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="293" />
            <source>Restored: "{0}" is back in the state of entry {1} ({2}); its row version is now {3}. The restore is the newest entry of the history.</source>
            <translation>Restaurada: "{0}" voltou ao estado da entrada {1} ({2}); a sua versão da linha agora é {3}. A restauração é a entrada mais recente do histórico.</translation>
        </message>
    </context>
    <context>
        <name>AhpWeightsAlgorithm</name>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="39" />
            <source>Indicator weights by pairwise comparison (AHP)</source>
            <translation>Pesos dos indicadores por comparação par a par (AHP)</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="42" />
            <source>Vulnerability</source>
            <translation>Vulnerabilidade</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="49" />
            <source>The full matrix, or only its upper triangle, row by row: numbers such as 3, 1/5 or 0.2 separated by commas, rows by ; or new lines.</source>
            <translation>A matriz completa, ou apenas o seu triângulo superior, linha por linha: números como 3, 1/5 ou 0.2 separados por vírgulas, e as linhas por ; ou por quebras de linha.</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="54" />
            <source>Indicator fields (comma-separated)</source>
            <translation>Campos de indicadores (separados por vírgulas)</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="55" />
            <source>Pairwise comparison matrix</source>
            <translation>Matriz de comparação par a par</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="57" />
            <source>Directions, + or - per indicator</source>
            <translation>Sentidos, + ou - por indicador</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="59" />
            <source>AHP weights</source>
            <translation>Pesos AHP</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="61" />
            <source>Indicator preset</source>
            <translation>Conjunto predefinido de indicadores</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="61" />
            <source>JSON files (*.json)</source>
            <translation>Arquivos JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="64" />
            <source>Indicators (field,direction,weight,...)</source>
            <translation>Indicadores (campo,sentido,peso,...)</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="65" />
            <source>Consistency ratio</source>
            <translation>Razão de consistência</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="66" />
            <source>Principal eigenvalue</source>
            <translation>Autovalor principal</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="75" />
            <source>Give at least two indicator fields, separated by commas.</source>
            <translation>Indique pelo menos dois campos de indicadores, separados por vírgulas.</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="78" />
            <source>Indicator field(s) listed twice: {0}.</source>
            <translation>Campo(s) de indicador listado(s) duas vezes: {0}.</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="80" />
            <source>Saaty's random index is tabulated up to 10 indicators; {0} use its last value, 1.49, so treat the consistency ratio as approximate.</source>
            <translation>O índice aleatório de Saaty está tabelado até 10 indicadores; com {0}, usa-se o seu último valor, 1,49; considere, portanto, a razão de consistência como aproximada.</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="98" />
            <source>λmax = {0:.4f}, CI = {1:.4f}, CR = {2:.4f}</source>
            <translation>λmax = {0:.4f}, CI = {1:.4f}, CR = {2:.4f}</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="101" />
            <source>The consistency ratio is {0:.3f}, above Saaty's limit of 0.1: the judgements contradict each other. Revisit the pairs that disagree most before using these weights.</source>
            <translation>A razão de consistência é {0:.3f}, acima do limite de Saaty de 0,1: os julgamentos se contradizem. Revise os pares mais discordantes antes de usar estes pesos.</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="89" />
            <source>DIRECTIONS has {0} value(s) for {1} indicators.</source>
            <translation>DIRECTIONS tem {0} valor(es) para {1} indicadores.</translation>
        </message>
    </context>
    <context>
        <name>AlgorithmBase</name>
        <message>
            <location filename="../algorithms/base.py" line="74" />
            <source>One rule per hazard, comma-separated, in the order of the hazard rasters: a number (exposed where the value is at least it, e.g. 0.5), a comparison (&gt;=0.5, &lt;2) or classes (=1|2). Empty: any value above 0. The log lists each hazard with its rule.</source>
            <translation>Uma regra por ameaça, separadas por vírgulas, na ordem dos rasters de ameaça: um número com ponto decimal (exposto onde o valor é pelo menos esse número, ex.: 0.5), uma comparação (&gt;=0.5, &lt;2) ou classes (=1|2). Vazio: qualquer valor acima de 0. O log lista cada ameaça com a sua regra.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="196" />
            <source>The style of {0} could not be saved with it: {1}. It opens with QGIS's default style.</source>
            <translation>Não foi possível salvar o estilo de {0} junto com ele: {1}. Ele abre com o estilo padrão do QGIS.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="217" />
            <source>The folder for "{0}" does not exist: {1}. Create it, or choose another place to save.</source>
            <translation>A pasta de "{0}" não existe: {1}. Crie-a ou escolha outro local para salvar.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="221" />
            <source>The folder for "{0}" cannot be written to: {1}. Choose another place to save.</source>
            <translation>Não é possível gravar na pasta de "{0}": {1}. Escolha outro local para salvar.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="233" />
            <source>The GeoPackage {0} already holds {1}. Saving "{2}" as that file would replace the whole file and lose them. Choose a new file, or add the result to it as a new layer with ogr:dbname='{0}' table="{3}" (geom) as the output, which keeps the others.</source>
            <translation>O GeoPackage {0} já contém {1}. Salvar "{2}" como esse arquivo substituiria o arquivo inteiro e os perderia. Escolha um novo arquivo ou adicione o resultado a ele como uma nova camada, com ogr:dbname='{0}' table="{3}" (geom) como saída, o que mantém as demais.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="308" />
            <source>polygons</source>
            <translation>polígonos</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="309" />
            <source>points</source>
            <translation>pontos</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="310" />
            <source>lines</source>
            <translation>linhas</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="311" />
            <source>{0} must be a layer of {1}; "{2}" holds {3}.</source>
            <translation>{0} deve ser uma camada de {1}; "{2}" contém {3}.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="314" />
            <source>Layer "{0}" ({1}) has no CRS. Set it and run again.</source>
            <translation>A camada "{0}" ({1}) não tem SRC. Defina-o e execute novamente.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="46" />
            <source>Decimal mark of numbers written as text</source>
            <translation>Separador decimal dos números escritos como texto</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="46" />
            <source>Automatic, decided per column</source>
            <translation>Automático, decidido por coluna</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="46" />
            <source>Point (1,234.5)</source>
            <translation>Ponto (1,234.5)</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="46" />
            <source>Comma (1.234,5)</source>
            <translation>Vírgula (1.234,5)</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <location filename="../gui/charts.py" line="63" />
            <source>no data</source>
            <translation>sem dados</translation>
        </message>
    </context>
    <context>
        <name>BatchCitiesAlgorithm</name>
        <message>
            <location filename="../algorithms/batch_cities.py" line="91" />
            <source>Batch: many cities</source>
            <translation>Lote: várias cidades</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="94" />
            <source>Workflow</source>
            <translation>Fluxo de trabalho</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="107" />
            <source>One subfolder per city.</source>
            <translation>Uma subpasta por cidade.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="108" />
            <source>A CSV with the columns city and folder, instead of the folder of cities.</source>
            <translation>Um CSV com as colunas city e folder, em vez da pasta de cidades.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="115" />
            <source>Folder of cities</source>
            <translation>Pasta de cidades</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="118" />
            <source>Or a manifest (CSV)</source>
            <translation>Ou um manifesto (CSV)</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="120" />
            <source>Output folder</source>
            <translation>Pasta de saída</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="122" />
            <source>Resume: skip the cities already done</source>
            <translation>Retomar: pular as cidades já concluídas</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="124" />
            <source>Cell size (metres)</source>
            <translation>Tamanho da célula (metros)</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="129" />
            <source>Cities done</source>
            <translation>Cidades concluídas</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="129" />
            <source>Cities failed</source>
            <translation>Cidades com falha</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="129" />
            <source>Cities skipped (resume)</source>
            <translation>Cidades puladas (retomada)</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="132" />
            <source>Summary table (CSV)</source>
            <translation>Tabela-resumo (CSV)</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="140" />
            <source>The output folder {0} overlaps the city folder {1}. Choose an output folder outside the input folders: the results of a city replace its output folder.</source>
            <translation>A pasta de saída {0} se sobrepõe à pasta da cidade {1}. Escolha uma pasta de saída fora das pastas de entrada: os resultados de uma cidade substituem a sua pasta de saída.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="149" />
            <source>The cell size must be a number of metres.</source>
            <translation>O tamanho da célula deve ser um número de metros.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="175" />
            <source>{0}: done before, skipped.</source>
            <translation>{0}: já concluída antes, pulada.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="177" />
            <source>{0} ({1} of {2})…</source>
            <translation>{0} ({1} de {2})…</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="224" />
            <source>{0}: cancelled; nothing of it was kept.</source>
            <translation>{0}: cancelada; nada dela foi mantido.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="232" />
            <source>{0}: failed: {1}</source>
            <translation>{0}: falhou: {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="196" />
            <source>{0} done, {1} failed, {2} skipped. Summary: {3}</source>
            <translation>{0} concluída(s), {1} com falha, {2} pulada(s). Resumo: {3}</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="200" />
            <source>Cancelled: the cities done are kept; the summary lists the others as not run. Run again with Resume to finish them.</source>
            <translation>Cancelado: as cidades concluídas são mantidas; o resumo lista as outras como não executadas. Execute novamente com Retomar para concluí-las.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="249" />
            <source>The manifest {0} needs the columns city and folder.</source>
            <translation>O manifesto {0} precisa das colunas city e folder.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="254" />
            <source>The manifest {0} gives no folder for: {1}.</source>
            <translation>O manifesto {0} não indica pasta para: {1}.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="258" />
            <source>Choose the input folder (one subfolder per city) or a manifest.</source>
            <translation>Escolha a pasta de entrada (uma subpasta por cidade) ou um manifesto.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="262" />
            <source>{0} has no city subfolders.</source>
            <translation>{0} não tem subpastas de cidades.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="109" />
            <source>Empty: one city at a time in this QGIS. local or local:N: a Dask cluster of N worker processes on this machine (default: one per core). tcp://host:port: a running Dask scheduler, whose workers see the input and output folders.</source>
            <translation>Vazio: uma cidade por vez neste QGIS. local ou local:N: um cluster Dask de N processos de trabalho (workers) nesta máquina (padrão: um por núcleo). tcp://host:port: um agendador Dask em execução, cujos workers enxergam as pastas de entrada e de saída.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="126" />
            <source>Dask scheduler</source>
            <translation>Agendador Dask</translation>
        </message>
    </context>
    <context>
        <name>BatchDask</name>
        <message>
            <location filename="../algorithms/batch_dask.py" line="76" />
            <source>Install them into the Python that QGIS runs: on Debian or Ubuntu, {0} -m pip install --user --break-system-packages "dask[distributed]"; on Windows, from the OSGeo4W Shell, python -m pip install "dask[distributed]"; in a conda environment, conda install -c conda-forge dask distributed. Then restart QGIS.</source>
            <translation>Instale-os no Python que o QGIS executa: no Debian ou Ubuntu, {0} -m pip install --user --break-system-packages "dask[distributed]"; no Windows, a partir do OSGeo4W Shell, python -m pip install "dask[distributed]"; em um ambiente conda, conda install -c conda-forge dask distributed. Em seguida, reinicie o QGIS.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="101" />
            <source>The scheduler {0} needs the Python packages dask and distributed, and this QGIS's Python does not have them. {1} Or leave the scheduler empty to run one city at a time.</source>
            <translation>O agendador {0} precisa dos pacotes Python dask e distributed, e o Python deste QGIS não os tem. {1} Ou deixe o agendador vazio para executar uma cidade por vez.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="116" />
            <source>The scheduler "{0}" is not one the batch knows. Leave it empty (one city at a time here), or give local, local:N (N worker processes on this machine) or a Dask scheduler address such as tcp://10.0.0.5:8786.</source>
            <translation>O agendador "{0}" não é um dos que o lote reconhece. Deixe-o vazio (uma cidade por vez aqui) ou informe local, local:N (N processos de trabalho nesta máquina) ou o endereço de um agendador Dask, como tcp://10.0.0.5:8786.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="131" />
            <source>{0}: done before, skipped.</source>
            <translation>{0}: já concluída antes, pulada.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="150" />
            <source>{0} cities submitted to {1} ({2} workers).</source>
            <translation>{0} cidades enviadas para {1} ({2} workers).</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="158" />
            <source>{0}: {1} on {2} (attempt {3})</source>
            <translation>{0}: {1} em {2} (tentativa {3})</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="170" />
            <source>{0}: done on {1} ({2} of {3} cities finished).</source>
            <translation>{0}: concluída em {1} ({2} de {3} cidades terminadas).</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="174" />
            <source>{0}: failed on {1}: {2}</source>
            <translation>{0}: falhou em {1}: {2}</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="177" />
            <source>{0}: cancelled; nothing of it was kept.</source>
            <translation>{0}: cancelada; nada dela foi mantido.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="225" />
            <source>A local Dask cluster of {0} worker processes: {1}</source>
            <translation>Um cluster Dask local de {0} processos de trabalho: {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="231" />
            <source>The Dask scheduler at {0} cannot be reached ({1}). Start it (dask scheduler) and its workers (dask worker {0}), or check the address and the firewall.</source>
            <translation>Não é possível acessar o agendador Dask em {0} ({1}). Inicie-o (dask scheduler) e os seus workers (dask worker {0}), ou verifique o endereço e o firewall.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="238" />
            <source>The Dask scheduler at {0} has no worker. Start one or more on machines with QGIS and the plugin: dask worker {0} --nthreads 1.</source>
            <translation>O agendador Dask em {0} não tem nenhum worker. Inicie um ou mais em máquinas com o QGIS e o plugin: dask worker {0} --nthreads 1.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="249" />
            <source>Not every Dask worker sees the folders of the batch: {0}. The input and output folders must be on a file system that every worker mounts at the same path (e.g. NFS or SMB); mount it there, or run without a scheduler.</source>
            <translation>Nem todos os workers Dask enxergam as pastas do lote: {0}. As pastas de entrada e de saída devem estar em um sistema de arquivos que todos os workers montam no mesmo caminho (ex.: NFS ou SMB); monte-o nesse caminho ou execute sem agendador.</translation>
        </message>
    </context>
    <context>
        <name>CopyRegisterAlgorithm</name>
        <message>
            <location filename="../algorithms/copy_register.py" line="31" />
            <source>Copy planned-action register</source>
            <translation>Copiar registro de ações previstas</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="34" />
            <source>Planned actions</source>
            <translation>Ações previstas</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="40" />
            <source>The name of a QGIS PostgreSQL connection, or a connection string such as service=office or dbname=city host=db.example.org user=planner.</source>
            <translation>O nome de uma conexão PostgreSQL do QGIS, ou uma string de conexão como service=office ou dbname=city host=db.example.org user=planner.</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="43" />
            <source>Copy from a register in a database instead of a file.</source>
            <translation>Copiar de um registro em um banco de dados em vez de um arquivo.</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="44" />
            <source>Copy into a new register in a database instead of a file.</source>
            <translation>Copiar para um novo registro em um banco de dados em vez de um arquivo.</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="45" />
            <source>The schema of the new register; it must not hold a register already.</source>
            <translation>O esquema do novo registro; ele ainda não pode conter um registro.</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="49" />
            <source>Register (GeoPackage)</source>
            <translation>Registro (GeoPackage)</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="51" />
            <source>Or a database (PostgreSQL)</source>
            <translation>Ou um banco de dados (PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="61" />
            <source>Its schema</source>
            <translation>Esquema do banco de dados</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="55" />
            <source>Copy (a new GeoPackage)</source>
            <translation>Cópia (um novo GeoPackage)</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="55" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="59" />
            <source>Or into a database</source>
            <translation>Ou para um banco de dados</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="63" />
            <source>Actions copied</source>
            <translation>Ações copiadas</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="64" />
            <source>History entries copied</source>
            <translation>Entradas do histórico copiadas</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="65" />
            <source>Where the copy is</source>
            <translation>Local da cópia</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="76" />
            <source>Give either a GeoPackage or a database for the {0}, not both.</source>
            <translation>Informe um GeoPackage ou um banco de dados para {0}, não os dois.</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="82" />
            <source>Give the {0}: a GeoPackage file or a database.</source>
            <translation>Informe {0}: um arquivo GeoPackage ou um banco de dados.</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="88" />
            <source>register to copy</source>
            <translation>o registro a copiar</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="90" />
            <source>copy</source>
            <translation>a cópia</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="93" />
            <source>The copy must go somewhere else than the register it copies.</source>
            <translation>A cópia deve ser gravada em outro lugar que não o registro copiado.</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="96" />
            <source>{0} action(s) and {1} history entr(y/ies) copied to {2}.</source>
            <translation>{0} ação(ões) e {1} entrada(s) do histórico copiada(s) para {2}.</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="99" />
            <source>A GeoPackage keeps no history of its own edits: the history copied is in its table planned_actions_history, as it was in the database.</source>
            <translation>Um GeoPackage não mantém histórico das suas próprias edições: o histórico copiado está na sua tabela planned_actions_history, tal como estava no banco de dados.</translation>
        </message>
    </context>
    <context>
        <name>CreateActionRegisterAlgorithm</name>
        <message>
            <location filename="../algorithms/action_register.py" line="37" />
            <source>Create planned-action register</source>
            <translation>Criar registro de ações previstas</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="40" />
            <source>Planned actions</source>
            <translation>Ações previstas</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="51" />
            <source>The CRS of the actions' target areas; empty: WGS 84 (EPSG:4326).</source>
            <translation>O SRC das áreas de intervenção das ações; vazio: WGS 84 (EPSG:4326).</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="60" />
            <source>Register (GeoPackage)</source>
            <translation>Registro (GeoPackage)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="60" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="68" />
            <source>CRS (empty: WGS 84)</source>
            <translation>SRC (vazio: WGS 84)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="70" />
            <source>Table name</source>
            <translation>Nome da tabela</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="82" />
            <source>The register must be a GeoPackage (.gpkg); "{0}" is not.</source>
            <translation>O registro deve ser um GeoPackage (.gpkg); "{0}" não é.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="86" />
            <source>The folder {0} does not exist. Create it or choose another place.</source>
            <translation>A pasta {0} não existe. Crie-a ou escolha outro local.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="92" />
            <source>Register written to {0} (table {1}).</source>
            <translation>Registro gravado em {0} (tabela {1}).</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="52" />
            <source>A shared register in PostgreSQL/PostGIS instead of a file: the name of a QGIS PostgreSQL connection, or a connection string such as service=office or dbname=city host=db.example.org user=planner. Then no GeoPackage is needed.</source>
            <translation>Um registro compartilhado em PostgreSQL/PostGIS em vez de um arquivo: o nome de uma conexão PostgreSQL do QGIS, ou uma string de conexão como service=office ou dbname=city host=db.example.org user=planner. Nesse caso, não é necessário um GeoPackage.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="55" />
            <source>The database schema that holds the register (created if missing); an existing register is never dropped or altered.</source>
            <translation>O esquema do banco de dados que contém o registro (criado se não existir); um registro existente nunca é removido nem alterado.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="64" />
            <source>Or a database (PostgreSQL)</source>
            <translation>Ou um banco de dados (PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="66" />
            <source>Database schema</source>
            <translation>Esquema do banco de dados</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="80" />
            <source>Give the register's GeoPackage file, or a database.</source>
            <translation>Informe o arquivo GeoPackage do registro ou um banco de dados.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="100" />
            <source>Give either a GeoPackage file or a database for the register, not both.</source>
            <translation>Informe um arquivo GeoPackage ou um banco de dados para o registro, não os dois.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="107" />
            <source>Register created in {0}, schema {1} (table {2}).</source>
            <translation>Registro criado em {0}, esquema {1} (tabela {2}).</translation>
        </message>
    </context>
    <context>
        <name>CriterionLabels</name>
        <message>
            <location filename="../qgis_side/names.py" line="115" />
            <source>People</source>
            <translation>Pessoas</translation>
        </message>
        <message>
            <location filename="../qgis_side/names.py" line="117" />
            <source>Vulnerability</source>
            <translation>Vulnerabilidade</translation>
        </message>
        <message>
            <location filename="../qgis_side/names.py" line="119" />
            <source>Access to {0}</source>
            <translation>Acesso a {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/names.py" line="122" />
            <source>Access</source>
            <translation>Acesso</translation>
        </message>
        <message>
            <location filename="../qgis_side/names.py" line="122" />
            <source>Access ({0})</source>
            <translation>Acesso ({0})</translation>
        </message>
    </context>
    <context>
        <name>DatabaseRegister</name>
        <message>
            <location filename="../gui/database_register.py" line="44" />
            <source>Open a register in a database</source>
            <translation>Abrir um registro em um banco de dados</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="44" />
            <source>New register in a database</source>
            <translation>Novo registro em um banco de dados</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="47" />
            <source>A register shared by the office, in PostgreSQL/PostGIS. Choose a QGIS connection (Browser &gt; PostgreSQL) or type a connection string such as service=office. No password is kept in the project: use the connection's authentication configuration or a service file.</source>
            <translation>Um registro compartilhado pela equipe, em PostgreSQL/PostGIS. Escolha uma conexão do QGIS (Navegador &gt; PostgreSQL) ou digite uma string de conexão como service=office. Nenhuma senha é guardada no projeto: use a configuração de autenticação da conexão ou um arquivo de serviço.</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="59" />
            <source>connection, or service=office</source>
            <translation>conexão, ou service=office</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="60" />
            <source>The name of a PostgreSQL connection saved in QGIS, or a connection string such as service=office or dbname=city host=db.example.org user=planner.</source>
            <translation>O nome de uma conexão PostgreSQL salva no QGIS, ou uma string de conexão como service=office ou dbname=city host=db.example.org user=planner.</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="66" />
            <source>Find registers</source>
            <translation>Procurar registros</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="67" />
            <source>Connect and list the schemas that hold a register.</source>
            <translation>Conectar e listar os esquemas que contêm um registro.</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="69" />
            <source>Database</source>
            <translation>Banco de dados</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="72" />
            <source>The schemas of the database that hold a planned-action register.</source>
            <translation>Os esquemas do banco de dados que contêm um registro de ações previstas.</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="74" />
            <source>Registers</source>
            <translation>Registros</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="76" />
            <source>The schema of the new register: lower-case letters, digits and underscores; it must not hold a register already.</source>
            <translation>O esquema do novo registro: letras minúsculas, algarismos e sublinhados; ele ainda não pode conter um registro.</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="82" />
            <source>New schema</source>
            <translation>Novo esquema</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="83" />
            <source>CRS</source>
            <translation>SRC</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="95" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="95" />
            <source>Create</source>
            <translation>Criar</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="134" />
            <source>Choose a connection or type a connection string first.</source>
            <translation>Primeiro escolha uma conexão ou digite uma string de conexão.</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="143" />
            <source>{0} (schema version {1})</source>
            <translation>{0} (versão do esquema {1})</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="145" />
            <source>newer: opens read-only</source>
            <translation>mais recente: abre somente para leitura</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="152" />
            <source>This database holds no register yet.</source>
            <translation>Este banco de dados ainda não contém nenhum registro.</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="152" />
            <source>Create one with New register… &gt; In a database.</source>
            <translation>Crie um com Novo registro… &gt; Em um banco de dados.</translation>
        </message>
    </context>
    <context>
        <name>Dependencies</name>
        <message>
            <location filename="../dependencies.py" line="21" />
            <source>On Windows with OSGeo4W: run the OSGeo4W installer again (osgeo4w-setup.exe, the one that installed QGIS), choose Advanced Install, and at "Select Packages" search for python3-rasterio and python3-fiona and mark both to install (they are under Libs); or, from the OSGeo4W Shell run as administrator: osgeo4w-setup.exe -q -P python3-rasterio,python3-fiona. QGIS's standalone .msi installer cannot add packages: install QGIS with the OSGeo4W installer instead. Then restart QGIS.</source>
            <translation>No Windows com OSGeo4W: execute novamente o instalador do OSGeo4W (osgeo4w-setup.exe, o mesmo que instalou o QGIS), escolha Advanced Install e, em "Select Packages", pesquise python3-rasterio e python3-fiona e marque os dois para instalação (estão em Libs); ou, no OSGeo4W Shell executado como administrador: osgeo4w-setup.exe -q -P python3-rasterio,python3-fiona. O instalador .msi autônomo do QGIS não consegue adicionar pacotes: instale o QGIS com o instalador do OSGeo4W. Depois, reinicie o QGIS.</translation>
        </message>
        <message>
            <location filename="../dependencies.py" line="27" />
            <source>In a conda environment: conda install -c conda-forge rasterio fiona (in the environment QGIS runs from), then restart QGIS.</source>
            <translation>Em um ambiente conda: conda install -c conda-forge rasterio fiona (no ambiente a partir do qual o QGIS é executado) e, depois, reinicie o QGIS.</translation>
        </message>
        <message>
            <location filename="../dependencies.py" line="30" />
            <source>On Debian or Ubuntu: sudo apt install python3-rasterio python3-fiona, then restart QGIS.</source>
            <translation>No Debian ou Ubuntu: sudo apt install python3-rasterio python3-fiona e, depois, reinicie o QGIS.</translation>
        </message>
        <message>
            <location filename="../dependencies.py" line="32" />
            <source>Install rasterio and fiona from the same source as QGIS: the OSGeo4W installer on Windows (python3-rasterio, python3-fiona), apt on Debian/Ubuntu (python3-rasterio, python3-fiona), conda-forge with a conda QGIS. Do not pip install them into QGIS's Python.</source>
            <translation>Instale o rasterio e o fiona a partir da mesma origem do QGIS: o instalador do OSGeo4W no Windows (python3-rasterio, python3-fiona), o apt no Debian/Ubuntu (python3-rasterio, python3-fiona), o conda-forge com um QGIS do conda. Não os instale com pip no Python do QGIS.</translation>
        </message>
        <message>
            <location filename="../dependencies.py" line="72" />
            <source>Resilience Planner needs the Python package rasterio, built on the GDAL that QGIS uses, and it is not installed. {0}</source>
            <translation>O Resilience Planner precisa do pacote Python rasterio, compilado com o GDAL que o QGIS usa, e ele não está instalado. {0}</translation>
        </message>
        <message>
            <location filename="../dependencies.py" line="77" />
            <source>Resilience Planner needs the Python package fiona, built on the GDAL that QGIS uses, and it is not installed. {0}</source>
            <translation>O Resilience Planner precisa do pacote Python fiona, compilado com o GDAL que o QGIS usa, e ele não está instalado. {0}</translation>
        </message>
        <message>
            <location filename="../dependencies.py" line="82" />
            <source>{0} is built on GDAL {1} but QGIS uses GDAL {2}. Mixing two GDALs can crash QGIS, so the algorithms will not run. Remove the pip-installed rasterio and fiona (pip uninstall rasterio fiona, in QGIS's Python) and install the ones built for this QGIS. {3}</source>
            <translation>{0} foi compilado com o GDAL {1}, mas o QGIS usa o GDAL {2}. Misturar dois GDAL pode travar o QGIS; por isso, os algoritmos não serão executados. Remova o rasterio e o fiona instalados com pip (pip uninstall rasterio fiona, no Python do QGIS) e instale os que foram compilados para este QGIS. {3}</translation>
        </message>
    </context>
    <context>
        <name>EnergyAccessAlgorithm</name>
        <message>
            <location filename="../algorithms/energy_access.py" line="158" />
            <source>Energy access options</source>
            <translation>Opções de acesso à energia</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="77" />
            <source>Access</source>
            <translation>Acesso</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="84" />
            <source>The share of households with electricity, 0–1 or 0–100.</source>
            <translation>A parcela de domicílios com eletricidade, 0–1 ou 0–100.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="107" />
            <source>Settlements</source>
            <translation>Assentamentos</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="109" />
            <source>Power lines</source>
            <translation>Linhas de energia</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="111" />
            <source>Substations</source>
            <translation>Subestações</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="113" />
            <source>Electricity field (share)</source>
            <translation>Campo de eletricidade (parcela)</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="116" />
            <source>Population field</source>
            <translation>Campo de população</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="119" />
            <source>Grid distance (m)</source>
            <translation>Distância da rede (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="121" />
            <source>Grid extension distance (m)</source>
            <translation>Distância de extensão da rede (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="124" />
            <source>Mini-grid minimum population</source>
            <translation>População mínima para minirrede</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="191" />
            <source>The settlements layer has no features.</source>
            <translation>A camada de assentamentos não tem feições.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="194" />
            <source>Distances are measured in {0} ({1}).</source>
            <translation>As distâncias são medidas em {0} ({1}).</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="204" />
            <source>The power line layer has no lines.</source>
            <translation>A camada de linhas de energia não tem linhas.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="85" />
            <source>The share of the connected households whose connection is informal (the profile's informal_connections_pct), 0–1 or 0–100.</source>
            <translation>A parcela dos domicílios ligados cuja ligação é informal (o informal_connections_pct do perfil), 0–1 ou 0–100.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="87" />
            <source>The settlement's share exposed to flooding, 0–1: the exposure output's &lt;hazard&gt;_exposed_share (run this on that output).</source>
            <translation>A parcela do assentamento exposta a inundação, 0–1: o &lt;hazard&gt;_exposed_share da saída de exposição (execute esta ferramenta sobre essa saída).</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="89" />
            <source>The Multi-Tier Framework tier every option chosen must serve (1: lights and a phone; 2: and a television and fan; 3: medium appliances; 4 and 5: high-power ones); stand-alone solar serves tier 1 only.</source>
            <translation>O nível do Multi-Tier Framework que toda opção escolhida deve atender (1: iluminação e carregamento de celular; 2: e também televisão e ventilador; 3: eletrodomésticos de média potência; 4 e 5: de alta potência); o solar isolado atende apenas o nível 1.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="92" />
            <source>The currency of every unit cost (an ISO 4217 code); the defaults are in USD.</source>
            <translation>A moeda de todos os custos unitários (um código ISO 4217); os valores padrão estão em USD.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="96" />
            <source>Per household connected to the grid.</source>
            <translation>Por domicílio ligado à rede.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="97" />
            <source>Per household; serves tier 1.</source>
            <translation>Por domicílio; atende o nível 1.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="101" />
            <source>Generation and distribution, per household connected.</source>
            <translation>Geração e distribuição, por domicílio ligado.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="102" />
            <source>A share added to the network options' cost per household, times the settlement's flood share: 0.2 adds 20% where all of it floods.</source>
            <translation>Uma parcela acrescentada ao custo por domicílio das opções de rede, multiplicada pela parcela inundada do assentamento: 0,2 acrescenta 20% onde ele é inteiramente inundado.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="127" />
            <source>Households field</source>
            <translation>Campo de domicílios</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="130" />
            <source>Informal connections field</source>
            <translation>Campo de ligações informais</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="133" />
            <source>Flood share field</source>
            <translation>Campo de parcela inundada</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="136" />
            <source>Persons per household</source>
            <translation>Pessoas por domicílio</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="139" />
            <source>Minimum service tier</source>
            <translation>Nível mínimo de serviço</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="139" />
            <source>Tier 1</source>
            <translation>Nível 1</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="139" />
            <source>Tier 2</source>
            <translation>Nível 2</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="139" />
            <source>Tier 3</source>
            <translation>Nível 3</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="139" />
            <source>Tier 4</source>
            <translation>Nível 4</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="139" />
            <source>Tier 5</source>
            <translation>Nível 5</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="143" />
            <source>Currency of the costs</source>
            <translation>Moeda dos custos</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="145" />
            <source>Grid connection cost</source>
            <translation>Custo de ligação à rede</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="145" />
            <source>Medium-voltage line cost (per km)</source>
            <translation>Custo da linha de média tensão (por km)</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="145" />
            <source>Mini-grid cost per household</source>
            <translation>Custo da minirrede por domicílio</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="145" />
            <source>Solar home system cost</source>
            <translation>Custo do sistema solar domiciliar</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="145" />
            <source>Regularisation cost per connection</source>
            <translation>Custo de regularização por ligação</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="145" />
            <source>Resilience premium (share)</source>
            <translation>Adicional de resiliência (parcela)</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="161" />
            <source>Energy plan by option</source>
            <translation>Plano de energia por opção</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="163" />
            <source>Investment, city-wide</source>
            <translation>Investimento em escala municipal</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="164" />
            <source>Households to connect</source>
            <translation>Domicílios a ligar</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="165" />
            <source>Informal connections to regularise</source>
            <translation>Ligações informais a regularizar</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="221" />
            <source>No population and no households: no mini-grid can be tested, no line shared and no investment counted; give the Population or Households field.</source>
            <translation>Sem população e sem domicílios: nenhuma minirrede pode ser testada, nenhuma linha pode ter o custo rateado e nenhum investimento é contabilizado; informe o campo de população ou o de domicílios.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="225" />
            <source>The informal connections are a share of the connected households: without the Electricity field they cannot be counted.</source>
            <translation>As ligações informais são uma parcela dos domicílios ligados: sem o campo de eletricidade, não é possível contá-las.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="232" />
            <source>The costs are in {0}, but every unit cost is its default, which is in USD: give the unit costs in {0}.</source>
            <translation>Os custos estão em {0}, mas todos os custos unitários estão com o valor padrão, que é em USD: informe os custos unitários em {0}.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="244" />
            <source>{0}: {1} settlement(s), {2:,} household(s) to connect, {3:,.0f} {4}</source>
            <translation>{0}: {1} assentamento(s), {2:,} domicílio(s) a ligar, {3:,.0f} {4}</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="299" />
            <source>Values of "{0}" above 1: read as percentages.</source>
            <translation>Valores de "{0}" acima de 1: lidos como percentuais.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="93" />
            <source>Used where a settlement has no household count: households = people ÷ this. The default, 3.3, is that of Kianda village in Kibera (Nairobi), an informal settlement (see the help).</source>
            <translation>Usado quando um assentamento não tem contagem de domicílios: domicílios = pessoas ÷ este valor. O valor padrão, 3,3, é o da vila de Kianda, em Kibera (Nairobi), um assentamento informal (consulte a ajuda).</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="98" />
            <source>Per informal connection made a metered one. The default, 378 USD, is the standard cost per connection in Kenya Power's slum electrification project (see the help).</source>
            <translation>Por ligação informal convertida em ligação com medidor. O valor padrão, 378 USD, é o custo fixado por ligação no projeto de eletrificação de assentamentos informais da Kenya Power (consulte a ajuda).</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="314" />
            <source>The settlements layer "{0}" has no field "{1}" ({2}): choose one of its fields, or none.</source>
            <translation>A camada de assentamentos "{0}" não tem o campo "{1}" ({2}): escolha um dos seus campos, ou nenhum.</translation>
        </message>
    </context>
    <context>
        <name>EnergyActionsAlgorithm</name>
        <message>
            <location filename="../algorithms/energy_actions.py" line="51" />
            <source>Energy plan actions into the register</source>
            <translation>Incluir as ações do plano de energia no registro</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="54" />
            <source>Planned actions</source>
            <translation>Ações previstas</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="61" />
            <source>The output of "Energy access options": one action for each settlement with an option and an investment.</source>
            <translation>A saída de "Opções de acesso à energia": uma ação para cada assentamento com uma opção e um investimento.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="63" />
            <source>The field with the settlement keys the register's actions name.</source>
            <translation>O campo com as chaves dos assentamentos que as ações do registro indicam.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="67" />
            <source>Energy access options (energy plan)</source>
            <translation>Opções de acesso à energia (plano de energia)</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="69" />
            <source>Settlement key field</source>
            <translation>Campo-chave do assentamento</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="71" />
            <source>Settlement name field</source>
            <translation>Campo de nome do assentamento</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="73" />
            <source>Register (GeoPackage)</source>
            <translation>Registro (GeoPackage)</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="75" />
            <source>Lead agency</source>
            <translation>Órgão responsável</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="76" />
            <source>Actions added</source>
            <translation>Ações adicionadas</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="77" />
            <source>Settlements already in the register</source>
            <translation>Assentamentos já presentes no registro</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="86" />
            <source>Layer "{0}" is not an energy plan: it has no {1}. Use the output of "Energy access options".</source>
            <translation>A camada "{0}" não é um plano de energia: não tem {1}. Use a saída de "Opções de acesso à energia".</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="102" />
            <source>The register {0} cannot be written (is the file read-only?).</source>
            <translation>Não é possível gravar o registro {0} (o arquivo é somente leitura?).</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="112" />
            <source>a settlement without a key</source>
            <translation>um assentamento sem chave</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="125" />
            <source>From the energy plan: {0:,.0f} household(s) to connect for {1:,.0f} {2}</source>
            <translation>Do plano de energia: {0:,.0f} domicílio(s) a ligar por {1:,.0f} {2}</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="128" />
            <source>{0:,.0f} informal connection(s) to regularise for {1:,.0f} {2}</source>
            <translation>{0:,.0f} ligação(ões) informal(is) a regularizar por {1:,.0f} {2}</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="135" />
            <source>Energy: {0} in {1}</source>
            <translation>Energia: {0} em {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="165" />
            <source>{0} energy action(s) added to {1}.</source>
            <translation>{0} ação(ões) de energia adicionada(s) a {1}.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="167" />
            <source>{0} settlement(s) already have their energy-plan action in the register and were left as they are: {1}. Delete an action to add it again from the plan.</source>
            <translation>{0} assentamento(s) já têm a sua ação do plano de energia no registro e foram mantidos como estão: {1}. Exclua uma ação para adicioná-la novamente a partir do plano.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="171" />
            <source>{0} settlement(s) have no option or no investment in the plan (no geometry, or households unknown) and get no action: {1}</source>
            <translation>{0} assentamento(s) não têm opção ou investimento no plano (sem geometria, ou domicílios desconhecidos) e não recebem nenhuma ação: {1}</translation>
        </message>
    </context>
    <context>
        <name>Engine</name>
        <message>
            <location filename="../core/access.py" line="68" />
            <source>The road layer has no usable lines.</source>
            <translation>A camada de vias não tem linhas utilizáveis.</translation>
        </message>
        <message>
            <location filename="../core/access.py" line="99" />
            <source>The road layer has no lines with two or more vertices.</source>
            <translation>A camada de vias não tem linhas com dois ou mais vértices.</translation>
        </message>
        <message>
            <location filename="../core/access.py" line="161" />
            <source>The roads have no segment longer than a point: check the road layer and the snapping tolerance.</source>
            <translation>As vias não têm nenhum segmento mais longo que um ponto: verifique a camada de vias e a tolerância de ajuste.</translation>
        </message>
        <message>
            <location filename="../core/access.py" line="167" />
            <source>The road network has {0} disconnected pieces; the largest holds {1:.0%} of its junctions. Places attached to a small piece can only reach facilities on it.</source>
            <translation>A rede viária tem {0} partes desconectadas; a maior contém {1:.0%} das suas junções. Locais ligados a uma parte pequena só conseguem alcançar os equipamentos que estão nela.</translation>
        </message>
        <message>
            <location filename="../core/coverage.py" line="395" />
            <source>Cancelled while measuring settlement coverage.</source>
            <translation>Cancelado durante a medição da cobertura dos assentamentos.</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="167" />
            <source>Settlement exposure was cancelled; nothing was written.</source>
            <translation>A exposição dos assentamentos foi cancelada; nada foi gravado.</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="177" />
            <source>settlements</source>
            <translation>assentamentos</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="177" />
            <source>settlement</source>
            <translation>assentamento</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="178" />
            <source>features</source>
            <translation>feições</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="178" />
            <source>feature</source>
            <translation>feição</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="218" />
            <source>No hazard raster was given. Choose at least one hazard layer.</source>
            <translation>Nenhum raster de ameaça foi informado. Escolha pelo menos uma camada de ameaça.</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="221" />
            <source>The {0} layer has no CRS. Set its coordinate reference system (Layer Properties &gt; Source) and run again.</source>
            <translation>A camada de {0} não tem SRC. Defina o seu sistema de referência de coordenadas (Propriedades da camada &gt; Fonte) e execute novamente.</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="226" />
            <source>The {0} layer has no features. Choose a layer with {1} polygons.</source>
            <translation>A camada de {0} não tem feições. Escolha uma camada com polígonos de {1}.</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="229" />
            <source>None of the {0} {1} has a usable polygon geometry (all are empty, null or not polygons). Check the {1} layer.</source>
            <translation>Nenhuma das {0} geometrias de {1} é um polígono utilizável (todas estão vazias, nulas ou não são polígonos). Verifique a camada de {1}.</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="270" />
            <source>No population raster or population field was given: exposed population is left empty (NULL).</source>
            <translation>Nenhum raster de população nem campo de população foi informado: a população exposta fica vazia (NULL).</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="285" />
            <source>Hazards are on different grids: any_exposed_share and any_exposed_pop are computed on the grid of the first hazard, with the others resampled to it by nearest neighbour.</source>
            <translation>As ameaças estão em grades diferentes: any_exposed_share e any_exposed_pop são calculados na grade da primeira ameaça, com as demais reamostradas para ela pelo vizinho mais próximo.</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="313" />
            <source>Some settlement vertices cannot be reprojected from {0} to {1}. Check that the settlements layer has the right CRS.</source>
            <translation>Alguns vértices dos assentamentos não podem ser reprojetados de {0} para {1}. Verifique se a camada de assentamentos tem o SRC correto.</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="326" />
            <source>No settlement overlaps hazard raster {0} (extent {1:.6g}, {2:.6g} to {3:.6g}, {4:.6g} in {5}). Check that the layers cover the same city and that both have the right CRS.</source>
            <translation>Nenhum assentamento se sobrepõe ao raster de ameaça {0} (extensão de {1:.6g}, {2:.6g} a {3:.6g}, {4:.6g} em {5}). Verifique se as camadas cobrem a mesma cidade e se ambas têm o SRC correto.</translation>
        </message>
        <message>
            <location filename="../core/grid.py" line="47" />
            <source>Raster "{0}" has no CRS. Assign its coordinate reference system (Layer Properties &gt; Source, or gdal_edit.py -a_srs) and run again.</source>
            <translation>O raster "{0}" não tem SRC. Atribua o seu sistema de referência de coordenadas (Propriedades da camada &gt; Fonte, ou gdal_edit.py -a_srs) e execute novamente.</translation>
        </message>
        <message>
            <location filename="../core/grid.py" line="52" />
            <source>Raster "{0}" is rotated. Warp it to a north-up grid first (Raster &gt; Projections &gt; Warp) and run again.</source>
            <translation>O raster "{0}" está rotacionado. Reprojete-o antes para uma grade orientada para o norte (Raster &gt; Projeções &gt; Reprojetar) e execute novamente.</translation>
        </message>
        <message>
            <location filename="../core/grid.py" line="195" />
            <source>Cannot open raster "{0}": {1}. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Não é possível abrir o raster "{0}": {1}. Verifique se o arquivo existe e se é um raster que o GDAL consegue ler.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="40" />
            <source>Indicator "{0}" has direction "{1}". Use + when a higher value means more vulnerable, - when it means less.</source>
            <translation>O indicador "{0}" tem o sentido "{1}". Use + quando um valor mais alto significa mais vulnerável, e - quando significa menos vulnerável.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="51" />
            <source>Indicator "{0}" has weight {1}. Weights must be zero or positive.</source>
            <translation>O indicador "{0}" tem o peso {1}. Os pesos devem ser zero ou positivos.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="63" />
            <source>INDICATORS needs three columns per row (field, direction, weight); got {0} values.</source>
            <translation>INDICATORS precisa de três colunas por linha (campo, sentido, peso); foram recebidos {0} valores.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="89" />
            <source>Cannot read indicator preset "{0}": {1}. Choose a JSON preset file such as those in resources/indicator_presets.</source>
            <translation>Não é possível ler o conjunto predefinido de indicadores "{0}": {1}. Escolha um arquivo JSON de conjunto predefinido, como os de resources/indicator_presets.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="94" />
            <source>Preset "{0}" lists no indicators.</source>
            <translation>O conjunto predefinido "{0}" não lista nenhum indicador.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="96" />
            <source>Preset "{0}": "indicators" must be a list of objects, each with a "field" (and optionally "direction", "weight", "label", "optional").</source>
            <translation>Conjunto predefinido "{0}": "indicators" deve ser uma lista de objetos, cada um com um "field" (e, opcionalmente, "direction", "weight", "label", "optional").</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="109" />
            <source>Preset "{0}": "{1}" is "{2}", which is not one of: {3}. Write one of these, or remove the key to use the default.</source>
            <translation>Conjunto predefinido "{0}": "{1}" é "{2}", que não é um destes valores: {3}. Escreva um deles ou remova a chave para usar o padrão.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="130" />
            <source>Indicator field(s) listed twice: {0}.</source>
            <translation>Campo(s) de indicador listado(s) duas vezes: {0}.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="177" />
            <source>Unknown normalisation "{0}"; use one of {1}.</source>
            <translation>Normalização desconhecida "{0}"; use uma destas: {1}.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="243" />
            <source>Unknown missing-data policy "{0}"; use one of {1}.</source>
            <translation>Regra para dados ausentes desconhecida "{0}"; use uma destas: {1}.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="247" />
            <source>All indicator weights are zero. Give at least one indicator a positive weight.</source>
            <translation>Todos os pesos dos indicadores são zero. Dê um peso positivo a pelo menos um indicador.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="261" />
            <source>{0}: {1} missing value(s) filled with the median {2:g}.</source>
            <translation>{0}: {1} valor(es) ausente(s) preenchido(s) com a mediana {2:g}.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="269" />
            <source>{0}: every settlement has the same value, so it cannot tell them apart (scored 0.5).</source>
            <translation>{0}: todos os assentamentos têm o mesmo valor, portanto ele não os diferencia (pontuação 0,5).</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="329" />
            <source>"{0}" is not a pairwise judgement. Use 1-9 or a reciprocal such as 1/3.</source>
            <translation>"{0}" não é um julgamento par a par. Use 1-9 ou um recíproco como 1/3.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="332" />
            <source>Judgement "{0}" must be a positive number (1-9 or 1/2-1/9).</source>
            <translation>O julgamento "{0}" deve ser um número positivo (1-9 ou 1/2-1/9).</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="352" />
            <source>The pairwise matrix must be square; it is {0}.</source>
            <translation>A matriz par a par deve ser quadrada; ela é {0}.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="355" />
            <source>Every pairwise judgement must be a positive number.</source>
            <translation>Todo julgamento par a par deve ser um número positivo.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="358" />
            <source>The diagonal must be 1: "{0}" against itself is {1:g}.</source>
            <translation>A diagonal deve ser 1: "{0}" comparado consigo mesmo vale {1:g}.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="363" />
            <source>The matrix is not reciprocal: "{0}" vs "{1}" is {2:g} but "{1}" vs "{0}" is {3:g}, not {4:.3g}.</source>
            <translation>A matriz não é recíproca: "{0}" em relação a "{1}" vale {2:g}, mas "{1}" em relação a "{0}" vale {3:g}, e não {4:.3g}.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="382" />
            <source>{0} indicators need {1} pairwise judgements (the upper triangle, row by row); got {2}.</source>
            <translation>{0} indicadores precisam de {1} julgamentos par a par (o triângulo superior, linha por linha); foram recebidos {2}.</translation>
        </message>
        <message>
            <location filename="../core/numbers.py" line="112" />
            <source>DECIMAL "{0}" is not one of {1}.</source>
            <translation>DECIMAL "{0}" não é um destes valores: {1}.</translation>
        </message>
        <message>
            <location filename="../core/numbers.py" line="114" />
            <source>chosen (DECIMAL = point)</source>
            <translation>escolhido (DECIMAL = ponto)</translation>
        </message>
        <message>
            <location filename="../core/numbers.py" line="116" />
            <source>chosen (DECIMAL = comma)</source>
            <translation>escolhido (DECIMAL = vírgula)</translation>
        </message>
        <message>
            <location filename="../core/numbers.py" line="126" />
            <source>Column "{0}" in "{1}" mixes decimal points ({2}) and decimal commas ({3}), so its figures cannot be read one way. Make the column consistent, or choose DECIMAL = point or comma to read every cell one way.</source>
            <translation>A coluna "{0}" de "{1}" mistura pontos decimais ({2}) e vírgulas decimais ({3}), portanto os seus números não podem ser lidos de uma única maneira. Torne a coluna consistente ou escolha DECIMAL = ponto ou vírgula para ler todas as células da mesma maneira.</translation>
        </message>
        <message>
            <location filename="../core/numbers.py" line="131" />
            <source>decimal point, thousands commas (as in {0})</source>
            <translation>ponto decimal, milhares com vírgulas (como em {0})</translation>
        </message>
        <message>
            <location filename="../core/numbers.py" line="132" />
            <source>decimal comma, thousands points (as in {0})</source>
            <translation>vírgula decimal, milhares com pontos (como em {0})</translation>
        </message>
        <message>
            <location filename="../core/numbers.py" line="137" />
            <source>Column "{0}" in "{1}" cannot tell its decimal mark: every number with a mark has exactly three digits after it ({2}), which reads as thousands (69.156 = 69,156) or as decimals (69.156) alike. Choose DECIMAL = point (1,234.5) or comma (1.234,5) for this table.</source>
            <translation>A coluna "{0}" de "{1}" não permite determinar o seu separador decimal: todo número com separador tem exatamente três algarismos depois dele ({2}), o que pode ser lido tanto como milhares (69.156 = 69 156) quanto como decimais (69.156 = 69,156). Escolha DECIMAL = ponto (1,234.5) ou vírgula (1.234,5) para esta tabela.</translation>
        </message>
        <message>
            <location filename="../core/numbers.py" line="143" />
            <source>whole numbers only</source>
            <translation>apenas números inteiros</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1249" />
            <source>Cancelled: no output was written.</source>
            <translation>Cancelado: nenhuma saída foi gravada.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="176" />
            <source>Criterion "{0}": cannot read class score "{1}". Write classes as "value:score; value:score", e.g. "1:0.3; 2:0.7; 3:1".</source>
            <translation>Critério "{0}": não é possível ler a pontuação de classe "{1}". Escreva as classes como "valor:pontuação; valor:pontuação", ex.: "1:0.3; 2:0.7; 3:1".</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="153" />
            <source>Criterion "{0}": class {1} has score {2:g}; scores must lie between 0 and 1.</source>
            <translation>Critério "{0}": a classe {1} tem pontuação {2:g}; as pontuações devem estar entre 0 e 1.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="158" />
            <source>Criterion "{0}" uses class scores but none are given. Write them as "value:score; value:score", e.g. "1:0.3; 2:0.7; 3:1".</source>
            <translation>O critério "{0}" usa pontuações de classe, mas nenhuma foi informada. Escreva-as como "valor:pontuação; valor:pontuação", ex.: "1:0.3; 2:0.7; 3:1".</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="188" />
            <source>Criterion "{0}": unknown value function "{1}"; use linear, step or classes.</source>
            <translation>Critério "{0}": função de valor desconhecida "{1}"; use linear, step ou classes.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="191" />
            <source>low bound</source>
            <translation>limite inferior</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="192" />
            <source>high bound</source>
            <translation>limite superior</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="199" />
            <source>Criterion "{0}": a step needs its threshold in the Low column.</source>
            <translation>Critério "{0}": um degrau precisa do seu limiar na coluna Baixo.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="211" />
            <source>Criterion "{0}": the {1} "{2}" is not a number.</source>
            <translation>Critério "{0}": o {1} "{2}" não é um número.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="214" />
            <source>Criterion "{0}": the {1} must be a finite number.</source>
            <translation>Critério "{0}": o {1} deve ser um número finito.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="278" />
            <source>The cell size must be a positive number of metres (got {0}).</source>
            <translation>O tamanho da célula deve ser um número positivo de metros (recebido: {0}).</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="282" />
            <source>The boundary has no area in the analysis CRS. Check the boundary layer and its CRS.</source>
            <translation>O limite não tem área no SRC de análise. Verifique a camada de limite e o seu SRC.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="289" />
            <source>A {0:g} m cell size gives {1:,} x {2:,} cells over the boundary, more than this tool handles ({3:,}). Choose a larger cell size.</source>
            <translation>Um tamanho de célula de {0:g} m gera {1:,} x {2:,} células sobre o limite, mais do que esta ferramenta processa ({3:,}). Escolha um tamanho de célula maior.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="893" />
            <source>Unknown method "{0}"; use sum or product.</source>
            <translation>Método desconhecido "{0}"; use sum ou product.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="895" />
            <source>Unknown missing-data policy "{0}".</source>
            <translation>Regra para dados ausentes desconhecida "{0}".</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="897" />
            <source>No criterion was given. Add at least one hazard raster, a population raster, settlements with a vulnerability field, or facilities.</source>
            <translation>Nenhum critério foi informado. Adicione pelo menos um raster de ameaça, um raster de população, assentamentos com um campo de vulnerabilidade ou equipamentos.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="907" />
            <source>Weights must be zero or more; check the weight of {0}.</source>
            <translation>Os pesos devem ser zero ou mais; verifique o peso de {0}.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="910" />
            <source>All criterion weights are zero. Give at least one criterion a weight above 0.</source>
            <translation>Todos os pesos dos critérios são zero. Dê a pelo menos um critério um peso acima de 0.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="967" />
            <source>The boundary covers no cell of the analysis grid.</source>
            <translation>O limite não cobre nenhuma célula da grade de análise.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="992" />
            <source>Criterion "{0}" has no points: the facilities layer is empty.</source>
            <translation>O critério "{0}" não tem pontos: a camada de equipamentos está vazia.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1129" />
            <source>No cell of the grid is at least half inside the boundary and outside the exclude layer. Check the boundary and the exclude layer and the cell size.</source>
            <translation>Nenhuma célula da grade está pelo menos metade dentro do limite e fora da camada de exclusão. Verifique o limite, a camada de exclusão e o tamanho da célula.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1132" />
            <source>No cell of the grid is at least half inside the boundary. Check the boundary and the cell size.</source>
            <translation>Nenhuma célula da grade está pelo menos metade dentro do limite. Verifique o limite e o tamanho da célula.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1136" />
            <source>Criterion "{0}" has no value anywhere inside the boundary. Check that it covers the city, that its CRS is right and that its nodata value is not its data; or remove it.</source>
            <translation>O critério "{0}" não tem valor em nenhum lugar dentro do limite. Verifique se ele cobre a cidade, se o seu SRC está correto e se o seu valor nodata não é um dos seus dados; ou remova-o.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1141" />
            <source>No cell inside the boundary has a priority: the criteria have no data there. Check that the hazard and population rasters cover the boundary and that the layers have the right CRS.</source>
            <translation>Nenhuma célula dentro do limite tem prioridade: os critérios não têm dados ali. Verifique se os rasters de ameaça e de população cobrem o limite e se as camadas têm o SRC correto.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1158" />
            <source>the other criteria carry the weight there</source>
            <translation>os outros critérios assumem o peso ali</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1159" />
            <source>counted as score 0</source>
            <translation>contado como pontuação 0</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1160" />
            <source>those cells have no priority</source>
            <translation>essas células não têm prioridade</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1179" />
            <source>{0}: no value on {1:.1%} of the cells inside the boundary ({2}).</source>
            <translation>{0}: sem valor em {1:.1%} das células dentro do limite ({2}).</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1194" />
            <source>Criterion "{0}": the class scores ({1}) give no score to the class(es) {2} found in the raster. Give every class a score, or one score for all the others with "other:0".</source>
            <translation>Critério "{0}": as pontuações de classe ({1}) não atribuem pontuação à(s) classe(s) {2} encontrada(s) no raster. Dê uma pontuação a cada classe, ou uma única pontuação para todas as demais com "other:0".</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1311" />
            <source>Criterion "{0}" has {1} values for {2} settlements.</source>
            <translation>O critério "{0}" tem {1} valores para {2} assentamentos.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1315" />
            <source>Criterion "{0}" has no value for any settlement. Check the field.</source>
            <translation>O critério "{0}" não tem valor para nenhum assentamento. Verifique o campo.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1607" />
            <source>The ranked settlements fall into {0} of the five priority classes: {1}.</source>
            <translation>Os assentamentos classificados se distribuem por {0} das cinco classes de prioridade: {1}.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1607" />
            <source>the city-wide cell breaks leave the others empty for the settlements</source>
            <translation>as quebras das células em escala municipal deixam as demais vazias para os assentamentos</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1607" />
            <source>too few settlements or too many equal priorities to fill five</source>
            <translation>poucos assentamentos ou muitas prioridades iguais para preencher as cinco</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1619" />
            <source>{0} settlement(s) have no cell with a priority (outside the boundary, excluded or without data) and are not ranked.</source>
            <translation>{0} assentamento(s) não têm nenhuma célula com prioridade (fora do limite, excluída ou sem dados) e não são classificados.</translation>
        </message>
        <message>
            <location filename="../core/profiles.py" line="90" />
            <source>Key(s) used more than once in "{0}": {1}. Each settlement needs a unique key; fix the table and run again.</source>
            <translation>Chave(s) usada(s) mais de uma vez em "{0}": {1}. Cada assentamento precisa de uma chave única; corrija a tabela e execute novamente.</translation>
        </message>
        <message>
            <location filename="../core/profiles.py" line="143" />
            <source>Field "{0}" in "{1}": {2}.</source>
            <translation>Campo "{0}" de "{1}": {2}.</translation>
        </message>
        <message>
            <location filename="../core/profiles.py" line="146" />
            <source>Field "{0}" in "{1}" has {2} value(s) that are not numbers, treated as missing: {3}</source>
            <translation>O campo "{0}" de "{1}" tem {2} valor(es) que não são números, tratados como ausentes: {3}</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="66" />
            <source>class {0}</source>
            <translation>classe {0}</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="68" />
            <source>value {0} {1:g}</source>
            <translation>valor {0} {1:g}</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="157" />
            <source>{0} or {1}</source>
            <translation>{0} ou {1}</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="111" />
            <source>Rule "{0}" for hazard "{1}" is not a set of classes. Write the class values separated by |, e.g. =1 or =1|2.</source>
            <translation>A regra "{0}" da ameaça "{1}" não é um conjunto de classes. Escreva os valores das classes separados por |, ex.: =1 ou =1|2.</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="115" />
            <source>Rule "{0}" for hazard "{1}" names a class that is not a finite number.</source>
            <translation>A regra "{0}" da ameaça "{1}" indica uma classe que não é um número finito.</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="123" />
            <source>Rule "{0}" for hazard "{1}" is not understood. Write a number (exposed where the value is at least it, e.g. 0.5), a comparison (&gt;=0.5, &gt;0.5, &lt;=2, &lt;2) or classes (=1 or =1|2), with a dot for decimals.</source>
            <translation>A regra "{0}" da ameaça "{1}" não foi compreendida. Escreva um número (exposto onde o valor é pelo menos esse número, ex.: 0.5), uma comparação (&gt;=0.5, &gt;0.5, &lt;=2, &lt;2) ou classes (=1 ou =1|2), com ponto para os decimais.</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="129" />
            <source>Rule "{0}" for hazard "{1}" is not a finite number.</source>
            <translation>A regra "{0}" da ameaça "{1}" não é um número finito.</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="140" />
            <source>THRESHOLDS has {0} value(s) ({1}) but {2} hazard layer(s) were given ({3}). Give one rule per hazard, in the same order, separated by commas (a number such as 0.5, a comparison such as &lt;=2, or classes such as =1|2), or leave it empty to count any value above 0 as exposed.</source>
            <translation>THRESHOLDS tem {0} valor(es) ({1}), mas {2} camada(s) de ameaça foram informadas ({3}). Dê uma regra por ameaça, na mesma ordem, separadas por vírgulas (um número como 0.5, uma comparação como &lt;=2 ou classes como =1|2), ou deixe vazio para contar como exposto qualquer valor acima de 0.</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="163" />
            <source>{0} and {1} more</source>
            <translation>{0} e mais {1}</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="219" />
            <source>its name or metadata says {0}</source>
            <translation>o seu nome ou os seus metadados indicam {0}</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="229" />
            <source>its values span {0:,.0f} to {1:,.0f}, as the metres of an elevation model do</source>
            <translation>os seus valores vão de {0:,.0f} a {1:,.0f}, como os metros de um modelo de elevação</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="262" />
            <source>class names</source>
            <translation>nomes de classes</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="264" />
            <source>colour table</source>
            <translation>tabela de cores</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="266" />
            <source>{0} distinct integer values</source>
            <translation>{0} valores inteiros distintos</translation>
        </message>
        <message>
            <location filename="../core/actions/coverage.py" line="79" />
            <source>Settlement keys named by actions but not found: {0}.</source>
            <translation>Chaves de assentamento indicadas pelas ações, mas não encontradas: {0}.</translation>
        </message>
        <message>
            <location filename="../core/actions/coverage.py" line="84" />
            <source>Settlement keys shared by more than one settlement: {0}. An action naming such a key serves all of them; give each settlement its own key in the settlements layer.</source>
            <translation>Chaves de assentamento compartilhadas por mais de um assentamento: {0}. Uma ação que indica uma dessas chaves atende todos eles; dê a cada assentamento a sua própria chave na camada de assentamentos.</translation>
        </message>
        <message>
            <location filename="../core/actions/coverage.py" line="102" />
            <source>{0} action(s) have a cost that is not a number of 0 or more and are left out of the costs: {1}. Correct their cost_estimate.</source>
            <translation>{0} ação(ões) têm um custo que não é um número igual ou maior que 0 e ficam de fora dos custos: {1}. Corrija o cost_estimate delas.</translation>
        </message>
        <message>
            <location filename="../core/actions/coverage.py" line="118" />
            <source>{0} settlement(s) are served by active actions costed in different currencies (or some without a currency): their actions_cost is left empty, as amounts in different currencies are not added. Give every action the same currency to compare them.</source>
            <translation>{0} assentamento(s) são atendidos por ações ativas com custos em moedas diferentes (ou algumas sem moeda): o actions_cost deles fica vazio, pois valores em moedas diferentes não são somados. Use a mesma moeda em todas as ações para compará-las.</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="24" />
            <source>{0} row(s) read: {1} imported, {2} rejected.</source>
            <translation>{0} linha(s) lida(s): {1} importada(s), {2} rejeitada(s).</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="30" />
            <source>Row {0} ("{1}"): {2}</source>
            <translation>Linha {0} ("{1}"): {2}</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="30" />
            <source>Row {0}: {1}</source>
            <translation>Linha {0}: {1}</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="78" />
            <source>CSV file "{0}" is not UTF-8 text. Save it as "CSV UTF-8" (in Excel: Save As &gt; CSV UTF-8) and import it again.</source>
            <translation>O arquivo CSV "{0}" não é texto UTF-8. Salve-o como "CSV UTF-8" (no Excel: Salvar como &gt; CSV UTF-8) e importe-o novamente.</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="89" />
            <source>CSV file "{0}" is empty or has no header row.</source>
            <translation>O arquivo CSV "{0}" está vazio ou não tem linha de cabeçalho.</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="94" />
            <source>CSV file "{0}" has the column(s) {1} more than once; keep one of each.</source>
            <translation>O arquivo CSV "{0}" tem a(s) coluna(s) {1} mais de uma vez; mantenha só uma de cada.</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="98" />
            <source>Columns not in the register, ignored: {0}.</source>
            <translation>Colunas que não existem no registro, ignoradas: {0}.</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="101" />
            <source>CSV file "{0}" has no "title" column; the register needs one. Its columns are: {1}.</source>
            <translation>O arquivo CSV "{0}" não tem a coluna "title"; o registro precisa dela. As suas colunas são: {1}.</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="113" />
            <source>the row has {0} more value(s) than the header.</source>
            <translation>a linha tem {0} valor(es) a mais do que o cabeçalho.</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="129" />
            <source>appears twice in the file.</source>
            <translation>aparece duas vezes no arquivo.</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="150" />
            <source>Column "{0}": {1}.</source>
            <translation>Coluna "{0}": {1}.</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="132" />
            <source>is required.</source>
            <translation>é obrigatório.</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="170" />
            <source>{0} is not one of: {1}.</source>
            <translation>{0} não é um destes valores: {1}.</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="268" />
            <source>"{0}" is not a number; write digits, e.g. 90000 or 90,000.50.</source>
            <translation>"{0}" não é um número; escreva algarismos, ex.: 90000 ou 90.000,50.</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="271" />
            <source>must be a finite number.</source>
            <translation>deve ser um número finito.</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="273" />
            <source>must be {0:,.15g} or more (got {1:,.15g}).</source>
            <translation>deve ser {0:,.15g} ou mais (recebido: {1:,.15g}).</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="363" />
            <source>"{0}" is not {1}; use one such as {2}.</source>
            <translation>"{0}" não é {1}; use, por exemplo, {2}.</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="396" />
            <source>is required when there is a {0} ({1}).</source>
            <translation>é obrigatório quando há um valor em {0} ({1}).</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="427" />
            <source>{0} is before the {1} ({2}); make it that day or later.</source>
            <translation>{0} é anterior a {2} ({1}); use essa data ou uma posterior.</translation>
        </message>
        <message>
            <location filename="../core/actions/values.py" line="31" />
            <source>"{0}" is not a date; write it as YYYY-MM-DD, e.g. 2027-03-31</source>
            <translation>"{0}" não é uma data; escreva-a como AAAA-MM-DD, ex.: 2027-03-31</translation>
        </message>
        <message>
            <location filename="../core/actions/values.py" line="38" />
            <source>there is no month {0}; write it as YYYY-MM-DD</source>
            <translation>não existe o mês {0}; escreva a data como AAAA-MM-DD</translation>
        </message>
        <message>
            <location filename="../core/actions/values.py" line="38" />
            <source>month {0} of {1} has no day {2}</source>
            <translation>o mês {0} de {1} não tem o dia {2}</translation>
        </message>
        <message>
            <location filename="../core/actions/values.py" line="41" />
            <source>"{0}" is not a date: {1}</source>
            <translation>"{0}" não é uma data: {1}</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="161" />
            <source>cost estimate</source>
            <translation>estimativa de custo</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="162" />
            <source>start date</source>
            <translation>data de início</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="453" />
            <source>a three-letter ISO 4217 code</source>
            <translation>um código ISO 4217 de três letras</translation>
        </message>
        <message>
            <location filename="../core/actions/cdp.py" line="119" />
            <source>hazard "{0}" has no CDP equivalent</source>
            <translation>a ameaça "{0}" não tem equivalente no CDP</translation>
        </message>
        <message>
            <location filename="../core/actions/cdp.py" line="143" />
            <source>no action type</source>
            <translation>sem tipo de ação</translation>
        </message>
        <message>
            <location filename="../core/actions/cdp.py" line="145" />
            <source>action type "{0}" has no CDP equivalent</source>
            <translation>o tipo de ação "{0}" não tem equivalente no CDP</translation>
        </message>
        <message>
            <location filename="../core/actions/cdp.py" line="172" />
            <source>cost "{0}" is not a number of 0 or more</source>
            <translation>o custo "{0}" não é um número igual ou maior que 0</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="45" />
            <source>grid densification</source>
            <translation>adensamento da rede</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="46" />
            <source>grid extension</source>
            <translation>extensão da rede</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="47" />
            <source>mini-grid</source>
            <translation>minirrede</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="48" />
            <source>stand-alone solar</source>
            <translation>solar isolado</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="67" />
            <source>The unit cost "{0}" is {1}: give a number of 0 or more.</source>
            <translation>O custo unitário "{0}" é {1}: informe um número igual ou maior que 0.</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="150" />
            <source>The minimum tier is {0}: choose 1, 2, 3, 4 or 5.</source>
            <translation>O nível mínimo é {0}: escolha 1, 2, 3, 4 ou 5.</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="153" />
            <source>The household size is {0}: give a number of persons above 0.</source>
            <translation>O tamanho do domicílio é {0}: informe um número de pessoas acima de 0.</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="182" />
            <source>power line {0}, beyond {1:,.0f} m</source>
            <translation>linha de energia {0}, além de {1:,.0f} m</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="186" />
            <source>power line {0}, beyond the extension distance of {1:,.0f} m</source>
            <translation>linha de energia {0}, além da distância de extensão de {1:,.0f} m</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="190" />
            <source>households unknown, so the line's cost cannot be shared</source>
            <translation>domicílios desconhecidos, portanto o custo da linha não pode ser rateado</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="196" />
            <source>population unknown</source>
            <translation>população desconhecida</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="198" />
            <source>{0:,.0f} people, fewer than {1:,.0f}</source>
            <translation>{0:,.0f} pessoas, menos de {1:,.0f}</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="209" />
            <source>no usable settlement geometry</source>
            <translation>nenhuma geometria de assentamento utilizável</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="226" />
            <source>too far (no line in reach)</source>
            <translation>distante demais (nenhuma linha ao alcance)</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="227" />
            <source>{0:,.0f} m away</source>
            <translation>a {0:,.0f} m</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="234" />
            <source>; next best: {0} at {1:,.2f} {2} per household</source>
            <translation>; segunda melhor opção: {0} a {1:,.2f} {2} por domicílio</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="237" />
            <source>; no other option possible here meets tier {0}</source>
            <translation>; nenhuma outra opção viável aqui atende o nível {0}</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="244" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="244" />
            <source>serves tier 1 only</source>
            <translation>atende apenas o nível 1</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="246" />
            <source>; not possible: {0}</source>
            <translation>; inviáveis: {0}</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="249" />
            <source>{0} at {1:,.2f} {2} per household, the least cost that meets tier {3}{4}{5}</source>
            <translation>{0} a {1:,.2f} {2} por domicílio, o menor custo que atende o nível {3}{4}{5}</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="252" />
            <source>{0} at {1:,.2f} {2} per household: no option possible here meets tier {3}, so this is the least-cost one until one does{4}{5}</source>
            <translation>{0} a {1:,.2f} {2} por domicílio: nenhuma opção viável aqui atende o nível {3}, portanto esta é a de menor custo até que alguma atenda{4}{5}</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="260" />
            <source>{0:.0%} of the settlement is exposed to flooding: network works there (poles, lines, service drops, meters) would sit in the hazard; raise them above the flood level or route them outside it</source>
            <translation>{0:.0%} do assentamento está exposto a inundação: as obras de rede ali (postes, linhas, ramais de ligação, medidores) ficariam na área de ameaça; eleve-as acima do nível de inundação ou desvie o seu traçado para fora dela</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="264" />
            <source>{0} (network costs carry a resilience premium of {1:.0%} on that share)</source>
            <translation>{0} (os custos de rede incluem um adicional de resiliência de {1:.0%} sobre essa parcela)</translation>
        </message>
        <message>
            <location filename="../core/actions/cdp.py" line="150" />
            <source>choose the action under "{0}" in CDP's list: the register does not say which</source>
            <translation>escolha na lista do CDP a ação dentro de "{0}": o registro não indica qual</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="46" />
            <source>Indicator "{0}" has weight "{1}", which is not a number. Give each indicator a weight of zero or more, such as 1 or 0.5.</source>
            <translation>O indicador "{0}" tem o peso "{1}", que não é um número. Dê a cada indicador um peso igual ou maior que zero, como 1 ou 0,5.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="76" />
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="79" />
            <source>Indicator weights read with {0}.</source>
            <translation>Pesos dos indicadores lidos com {0}.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="126" />
            <source>Criterion "{0}": in the class scores "{1}", commas separate the classes, so "{2}" has no score. If a comma is a decimal mark there, separate the classes with ";" (e.g. "1:0,3; 2:0,7; 3:1").</source>
            <translation>Critério "{0}": nas pontuações de classe "{1}", as vírgulas separam as classes, então "{2}" não tem pontuação. Se uma vírgula ali é separador decimal, separe as classes com ";" (p. ex. "1:0,3; 2:0,7; 3:1").</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="139" />
            <source>class values</source>
            <translation>valores de classe</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="141" />
            <source>class scores</source>
            <translation>pontuações de classe</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="170" />
            <source>Criterion "{0}": {1} read with {2}.</source>
            <translation>Critério "{0}": leitura de {1} com {2}.</translation>
        </message>
    </context>
    <context>
        <name>ExportActionPlanAlgorithm</name>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="44" />
            <source>Export action plan (CSV or Excel)</source>
            <translation>Exportar plano de ações (CSV ou Excel)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="53" />
            <source>Planned actions</source>
            <translation>Ações previstas</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="58" />
            <source>Action plan</source>
            <translation>Plano de ações</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="58" />
            <source>CSV (*.csv);;Excel (*.xlsx)</source>
            <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="60" />
            <source>Actions exported</source>
            <translation>Ações exportadas</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="68" />
            <source>Layer "{0}" is not a planned-action register (no {1} field).</source>
            <translation>A camada "{0}" não é um registro de ações previstas (não tem o campo {1}).</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="73" />
            <source>Export to .csv or .xlsx; "{0}" is neither.</source>
            <translation>Exporte para .csv ou .xlsx; "{0}" não é nenhum dos dois.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="85" />
            <source>{0} action(s) written to {1}</source>
            <translation>{0} ação(ões) gravada(s) em {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="130" />
            <source>Cannot write {0}: {1}</source>
            <translation>Não é possível gravar {0}: {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="39" />
            <source>The register's own fields, or the columns of CDP-ICLEI Track's adaptation actions with the hazards and action types mapped to its categories (see the help for the mapping and what has no equivalent).</source>
            <translation>Os próprios campos do registro, ou as colunas de ações de adaptação do CDP-ICLEI Track, com as ameaças e os tipos de ação convertidos para as suas categorias (consulte a ajuda para ver a correspondência e o que não tem equivalente).</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="55" />
            <source>Columns</source>
            <translation>Colunas</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="55" />
            <source>The register's fields</source>
            <translation>Os campos do registro</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="55" />
            <source>CDP-ICLEI Track adaptation actions</source>
            <translation>Ações de adaptação do CDP-ICLEI Track</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="77" />
            <source>{0} action(s) written to {1} in the columns of CDP-ICLEI Track's adaptation actions.</source>
            <translation>{0} ação(ões) gravada(s) em {1} nas colunas de ações de adaptação do CDP-ICLEI Track.</translation>
        </message>
    </context>
    <context>
        <name>FinanceReadinessAlgorithm</name>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="55" />
            <source>Finance readiness of the actions</source>
            <translation>Maturidade das ações para financiamento</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="77" />
            <source>Planned actions</source>
            <translation>Ações previstas</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="65" />
            <source>The register, or the actions output of "Action coverage and gaps".</source>
            <translation>O registro, ou a saída de ações de "Cobertura das ações e lacunas".</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="66" />
            <source>Which exposure keys answer for a register hazard, e.g. flood=flood_depth; heat=heat_lst. Empty: a key answers for a hazard when one of its words names it (flood_depth for flood, heat_lst for heat).</source>
            <translation>Quais chaves de exposição correspondem a uma ameaça do registro, ex.: flood=flood_depth; heat=heat_lst. Vazio: uma chave corresponde a uma ameaça quando uma das suas palavras a designa (flood_depth para flood, heat_lst para heat).</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="72" />
            <source>The language of the texts written (rationale, missing items, checklist), their numbers too: {0}. Empty: QGIS's language.</source>
            <translation>O idioma dos textos gravados (justificativa, itens ausentes, lista de verificação), incluindo os seus números: {0}. Vazio: o idioma do QGIS.</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="80" />
            <source>Settlement priority ranking</source>
            <translation>Classificação de prioridade dos assentamentos</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="82" />
            <source>Settlement key field</source>
            <translation>Campo-chave do assentamento</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="85" />
            <source>Settlement name field</source>
            <translation>Campo de nome do assentamento</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="87" />
            <source>Settlement exposure (output)</source>
            <translation>Exposição dos assentamentos (saída)</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="90" />
            <source>Exposure key field</source>
            <translation>Campo-chave da exposição</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="93" />
            <source>Vulnerability index (output)</source>
            <translation>Índice de vulnerabilidade (saída)</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="96" />
            <source>Vulnerability key field</source>
            <translation>Campo-chave da vulnerabilidade</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="99" />
            <source>Exposure keys by hazard</source>
            <translation>Chaves de exposição por ameaça</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="101" />
            <source>Language of the texts</source>
            <translation>Idioma dos textos</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="103" />
            <source>Actions with finance readiness</source>
            <translation>Ações e sua maturidade para financiamento</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="109" />
            <source>Cost by hazard addressed</source>
            <translation>Custo por ameaça enfrentada</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="112" />
            <source>Actions assessed</source>
            <translation>Ações avaliadas</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="112" />
            <source>Mean readiness of the active actions</source>
            <translation>Maturidade média das ações ativas</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="112" />
            <source>Active actions ready (readiness 0.8 or more)</source>
            <translation>Ações ativas prontas (maturidade de 0,8 ou mais)</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="132" />
            <source>Layer "{0}" is not a planned-action register (it has no title or status field). Create one with "Create planned-action register".</source>
            <translation>A camada "{0}" não é um registro de ações previstas (não tem campo de título nem de status). Crie um com "Criar registro de ações previstas".</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="137" />
            <source>Layer "{0}" is not a priority ranking (no {1}). Use the Ranking output of "Citywide resilience priorities".</source>
            <translation>A camada "{0}" não é uma classificação de prioridade (não tem {1}). Use a saída Classificação de "Prioridades de resiliência em escala municipal".</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="142" />
            <source>Choose the settlement key field of the ranking "{0}": the field the actions name settlements by.</source>
            <translation>Escolha o campo-chave do assentamento da classificação "{0}": o campo pelo qual as ações indicam os assentamentos.</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="153" />
            <source>Layer "{0}" has no {{hazard}}_exposed_pop field: it is not an output of "Settlement hazard exposure" run with people. Run it with a population raster or field.</source>
            <translation>A camada "{0}" não tem campo {{hazard}}_exposed_pop: ela não é uma saída de "Exposição dos assentamentos às ameaças" executada com pessoas. Execute-a com um raster ou um campo de população.</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="159" />
            <source>Layer "{0}" has no vulnerability field: use the output of "Settlement vulnerability index".</source>
            <translation>A camada "{0}" não tem campo de vulnerabilidade: use a saída de "Índice de vulnerabilidade dos assentamentos".</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="165" />
            <source>Exposure keys by hazard: "{0}" is not hazard=key (e.g. flood=flood_depth).</source>
            <translation>Chaves de exposição por ameaça: "{0}" não está no formato ameaça=chave (ex.: flood=flood_depth).</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="171" />
            <source>Exposure keys by hazard name {0}, which the exposure layer "{1}" does not have; its keys are {2}.</source>
            <translation>"Chaves de exposição por ameaça" indica {0}, que a camada de exposição "{1}" não tem; as suas chaves são {2}.</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="177" />
            <source>The ranking "{0}" has no features.</source>
            <translation>A classificação "{0}" não tem feições.</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="250" />
            <source>Could not write the action "{0}": {1}</source>
            <translation>Não foi possível gravar a ação "{0}": {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="221" />
            <source>{0} action(s) assessed; {1} active, {2} of them ready (readiness 0.8 or more); mean readiness of the active actions {3}.</source>
            <translation>{0} ação(ões) avaliada(s); {1} ativa(s), {2} delas pronta(s) (maturidade de 0,8 ou mais); maturidade média das ações ativas: {3}.</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="267" />
            <source>Layer "{0}" has no key field "{1}" to join it to the ranking: choose its key field.</source>
            <translation>A camada "{0}" não tem o campo-chave "{1}" para uni-la à classificação: escolha o seu campo-chave.</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="69" />
            <source>The active actions by funding status and readiness band (ready 0.8 or more, in preparation 0.5 to 0.8, early): their number, cost per currency and beneficiaries.</source>
            <translation>As ações ativas por situação do financiamento e faixa de maturidade (pronta: 0,8 ou mais; em preparação: de 0,5 a 0,8; em fase inicial: abaixo de 0,5): o seu número, o seu custo por moeda e os seus beneficiários.</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="106" />
            <source>Funding pipeline</source>
            <translation>Carteira de financiamento</translation>
        </message>
    </context>
    <context>
        <name>FinanceTexts</name>
        <message>
            <location filename="../qgis_side/finance.py" line="22" />
            <source>a place (a target area or settlements served)</source>
            <translation>um local (uma área de intervenção ou assentamentos atendidos)</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="23" />
            <source>the hazards it addresses</source>
            <translation>as ameaças que enfrenta</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="24" />
            <source>evidence that the settlements served are exposed to them</source>
            <translation>evidências de que os assentamentos atendidos estão expostos a elas</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="25" />
            <source>beneficiaries</source>
            <translation>beneficiários</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="26" />
            <source>a cost estimate with its currency</source>
            <translation>uma estimativa de custo com a sua moeda</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="27" />
            <source>a funding source and funding status</source>
            <translation>uma fonte de financiamento e uma situação do financiamento</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="28" />
            <source>a lead agency</source>
            <translation>um órgão responsável</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="29" />
            <source>start and end dates</source>
            <translation>datas de início e de término</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="30" />
            <source>co-benefits</source>
            <translation>cobenefícios</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="212" />
            <source>Nothing is missing.</source>
            <translation>Não falta nada.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="213" />
            <source>Missing: {0}.</source>
            <translation>Faltam: {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="228" />
            <source>(unnamed)</source>
            <translation>(sem nome)</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="260" />
            <source>{0} (rank {1} of {2}, priority {3})</source>
            <translation>{0} (posição {1} de {2}, prioridade {3})</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="264" />
            <source>It serves {0}.</source>
            <translation>Atende {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="266" />
            <source>It serves no settlement of the ranking.</source>
            <translation>Não atende nenhum assentamento da classificação.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="268" />
            <source>No exposure output was given: the people exposed are not stated.</source>
            <translation>Nenhuma saída de exposição foi informada: as pessoas expostas não são indicadas.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="271" />
            <source>The exposure output has no figure for {0}.</source>
            <translation>A saída de exposição não tem dados para {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="275" />
            <source>The exposure output has no {0} figure for the settlements served.</source>
            <translation>A saída de exposição não tem dados de {0} para os assentamentos atendidos.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="280" />
            <source>{0}: {1} people in them are exposed ({2}: {3}).</source>
            <translation>{0}: {1} pessoas nesses assentamentos estão expostas ({2}: {3}).</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="292" />
            <source>{0} (drivers: {1})</source>
            <translation>{0} (fatores: {1})</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="295" />
            <source>Vulnerability index (0-1): {0}.</source>
            <translation>Índice de vulnerabilidade (0-1): {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="302" />
            <source>Beneficiaries: {0}.</source>
            <translation>Beneficiários: {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="312" />
            <source>Cost: {0}, {1} per beneficiary.</source>
            <translation>Custo: {0}, {1} por beneficiário.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="315" />
            <source>Cost: {0}.</source>
            <translation>Custo: {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="336" />
            <source>Cost: {0}</source>
            <translation>Custo: {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="336" />
            <source>not estimated</source>
            <translation>não estimado</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="341" />
            <source>Funding source: {0}</source>
            <translation>Fonte de financiamento: {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="343" />
            <source>not stated</source>
            <translation>não informado</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="343" />
            <source>Funding status: {0}</source>
            <translation>Situação do financiamento: {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="346" />
            <source>Per beneficiary: {0}</source>
            <translation>Por beneficiário: {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="352" />
            <source>Settlements, ranks and priorities: {0}, fields {1}.</source>
            <translation>Assentamentos, posições e prioridades: {0}, campos {1}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="355" />
            <source>People exposed: {0}, fields {1}.</source>
            <translation>Pessoas expostas: {0}, campos {1}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="355" />
            <source>none for its hazards</source>
            <translation>nenhum para as suas ameaças</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="358" />
            <source>People exposed: no exposure output was given.</source>
            <translation>Pessoas expostas: nenhuma saída de exposição foi informada.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="360" />
            <source>Vulnerability: {0}, fields vulnerability, vulnerability_drivers.</source>
            <translation>Vulnerabilidade: {0}, campos vulnerability, vulnerability_drivers.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="363" />
            <source>Beneficiaries: {0}, field beneficiaries.</source>
            <translation>Beneficiários: {0}, campo beneficiaries.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="365" />
            <source>Beneficiaries: the population of the settlements served, {0}, field grid_population.</source>
            <translation>Beneficiários: a população dos assentamentos atendidos, {0}, campo grid_population.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="367" />
            <source>Cost and funding: {0}, fields cost_estimate, currency, funding_source, funding_status.</source>
            <translation>Custo e financiamento: {0}, campos cost_estimate, currency, funding_source, funding_status.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="169" />
            <source>Action "{0}": the exposure output counts {1} people exposed ({2}), more than the {3} people the ranking gives the settlements served; the two come from different population data. Run the exposure and the priority map on the same population raster.</source>
            <translation>Ação "{0}": a saída de exposição conta {1} pessoas expostas ({2}), mais do que as {3} pessoas que a classificação atribui aos assentamentos atendidos; os dois números vêm de dados de população diferentes. Execute a exposição e o mapa de prioridades com o mesmo raster de população.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="299" />
            <source>Beneficiaries: {0} (the action's own figure in the register).</source>
            <translation>Beneficiários: {0} (o número próprio da ação no registro).</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="304" />
            <source>Warning: the exposure output counts {0} people exposed ({1}) but the ranking counts {2} people in the settlements served; they were computed from different population data, so neither figure is sure. Run the exposure and the priority map on the same population raster.</source>
            <translation>Aviso: a saída de exposição conta {0} pessoas expostas ({1}), mas a classificação conta {2} pessoas nos assentamentos atendidos; eles foram calculados a partir de dados de população diferentes, portanto nenhum dos dois números é confiável. Execute a exposição e o mapa de prioridades com o mesmo raster de população.</translation>
        </message>
    </context>
    <context>
        <name>HazardSettings</name>
        <message>
            <location filename="../gui/hazard_settings.py" line="55" />
            <source>Linear</source>
            <translation>Linear</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="55" />
            <source>Step</source>
            <translation>Degrau</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="56" />
            <source>Classes</source>
            <translation>Classes</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="60" />
            <source>0 at Low, 1 at High, straight between</source>
            <translation>0 em Baixo, 1 em Alto, linear entre eles</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="61" />
            <source>1 from the threshold up, 0 below</source>
            <translation>1 do limiar para cima, 0 abaixo</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="62" />
            <source>A score from 0 to 1 for each class code</source>
            <translation>Uma pontuação de 0 a 1 para cada código de classe</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="242" />
            <source>&lt;b&gt;{0}&lt;/b&gt; (not among the hazard rasters: this row is kept as it is)</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; (não está entre os rasters de ameaça: esta linha é mantida como está)</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="253" />
            <source>How the hazard's values become a 0–1 score</source>
            <translation>Como os valores da ameaça se tornam uma pontuação de 0 a 1</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="255" />
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="262" />
            <source>The hazard's weight; the weights of all criteria are normalised to sum 1</source>
            <translation>O peso da ameaça; os pesos de todos os critérios são normalizados para somar 1</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="294" />
            <source>Low</source>
            <translation>Baixo</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="268" />
            <source>High</source>
            <translation>Alto</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="273" />
            <source>95th percentile</source>
            <translation>Percentil 95</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="274" />
            <source>Empty: the 95th percentile of the values above Low inside the boundary</source>
            <translation>Vazio: o percentil 95 dos valores acima de Baixo dentro do limite</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="278" />
            <source>e.g. 1:0.3; 2:0.7; 3:1; other:0</source>
            <translation>ex.: 1:0.3; 2:0.7; 3:1; other:0</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="279" />
            <source>A score from 0 to 1 for each class code; "other:0" scores every class not listed</source>
            <translation>Uma pontuação de 0 a 1 para cada código de classe; "other:0" atribui pontuação a todas as classes não listadas</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="294" />
            <source>Threshold</source>
            <translation>Limiar</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="295" />
            <source>required</source>
            <translation>obrigatório</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="432" />
            <source>Choose the hazard rasters above: each one gets its row here, by its name.</source>
            <translation>Escolha os rasters de ameaça acima: cada um recebe aqui a sua linha, pelo seu nome.</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="435" />
            <source>How each hazard's values become a 0–1 score, and its weight. A classed hazard needs Classes with a score for each class.</source>
            <translation>Como os valores de cada ameaça se tornam uma pontuação de 0 a 1, e o seu peso. Uma ameaça classificada precisa de Classes com uma pontuação para cada classe.</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="558" />
            <source>above 0</source>
            <translation>acima de 0</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="559" />
            <source>Exposed where: a number (the value is at least it, e.g. 0.5), a comparison (&gt;=0.5, &lt;2) or classes (=1|2). Empty: any value above 0. A classed hazard needs its classes.</source>
            <translation>Exposto onde: um número com ponto decimal (o valor é pelo menos esse número, ex.: 0.5), uma comparação (&gt;=0.5, &lt;2) ou classes (=1|2). Vazio: qualquer valor acima de 0. Uma ameaça classificada precisa das suas classes.</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="568" />
            <source>Choose the hazard rasters above: each one gets its rule box here, by its name.</source>
            <translation>Escolha os rasters de ameaça acima: cada um recebe aqui a sua caixa de regra, pelo seu nome.</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="571" />
            <source>{0} more rule(s) than hazard rasters: {1}. Remove them or choose their hazards.</source>
            <translation>{0} regra(s) a mais do que rasters de ameaça: {1}. Remova-as ou escolha as ameaças correspondentes.</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="574" />
            <source>Where each hazard counts as exposed:</source>
            <translation>Onde cada ameaça conta como exposta:</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="187" />
            <source>{0} (hazard {1}{2})</source>
            <translation>{0} (ameaça {1}{2})</translation>
        </message>
    </context>
    <context>
        <name>Hazards</name>
        <message>
            <location filename="../qgis_side/hazards.py" line="77" />
            <source>Exposure rules paired with the hazard rasters, in order: {0}.</source>
            <translation>Regras de exposição associadas aos rasters de ameaça, em ordem: {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="77" />
            <source>no rule (any value above 0)</source>
            <translation>nenhuma regra (qualquer valor acima de 0)</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="87" />
            <source>Hazard "{0}" looks like an elevation model, not a hazard: {1}. Elevations are not depths or susceptibilities, so its exposure figures would mean nothing: check that this is the hazard layer you meant, and its rule.</source>
            <translation>A ameaça "{0}" parece um modelo de elevação, não uma ameaça: {1}. Elevações não são profundidades nem suscetibilidades, portanto seus números de exposição não teriam sentido: verifique se esta é a camada de ameaça pretendida, e a sua regra.</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="95" />
            <source>Hazard "{0}": exposed where {1}.</source>
            <translation>Ameaça "{0}": exposto onde {1}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="95" />
            <source>value &gt; 0</source>
            <translation>valor &gt; 0</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="109" />
            <source>Hazard "{0}" is classed ({1}): exposed where {2}, that is classes {3}; not exposed: {4}.</source>
            <translation>A ameaça "{0}" é classificada ({1}): exposto onde {2}, ou seja, classes {3}; não exposto: {4}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="109" />
            <source>none</source>
            <translation>nenhuma</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="115" />
            <source>The rule "{0}" for hazard "{1}" includes none of its classes ({2}): nothing would be exposed. Check the rule against the classes.</source>
            <translation>A regra "{0}" da ameaça "{1}" não inclui nenhuma das suas classes ({2}): nada ficaria exposto. Confira a regra com as classes.</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="146" />
            <source>Doubts about the hazards (Resilience Planner):</source>
            <translation>Dúvidas sobre as ameaças (Resilience Planner):</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="150" />
            <source>The doubts could not be stored in the metadata of {0}: {1}</source>
            <translation>Não foi possível guardar as dúvidas nos metadados de {0}: {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="100" />
            <source>Hazard "{0}" is a classed raster ({1}; classes {2}). Counting every value above 0 as exposed would count every class, so say which classes are exposed, in THRESHOLDS (one rule per hazard, in order): "={3}" for class {3} only, "={3}|{4}" for two classes, or a comparison such as "&lt;={3}" or "&gt;={4}" (a plain number means &gt;=).</source>
            <translation>A ameaça "{0}" é um raster classificado ({1}; classes {2}). Contar como exposto todo valor acima de 0 contaria todas as classes; portanto, indique quais classes estão expostas em THRESHOLDS (uma regra por ameaça, em ordem): "={3}" apenas para a classe {3}, "={3}|{4}" para duas classes, ou uma comparação como "&lt;={3}" ou "&gt;={4}" (um número simples significa &gt;=).</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="121" />
            <source>Hazard "{0}" has no nodata value, and its value {1:g} ({2:.0%} of the cells looked at) is not one of its named classes: it is counted as data. If it is the background, set it as nodata (Layer Properties &gt; Transparency, or gdal_edit.py -a_nodata {3}).</source>
            <translation>A ameaça "{0}" não tem valor nodata, e o seu valor {1:g} ({2:.0%} das células examinadas) não é uma das suas classes nomeadas: ele é contado como dado. Se for o fundo, defina-o como nodata (Propriedades da camada &gt; Transparência, ou gdal_edit.py -a_nodata {3}).</translation>
        </message>
    </context>
    <context>
        <name>ImportActionsAlgorithm</name>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="158" />
            <source>Import actions from CSV</source>
            <translation>Importar ações de CSV</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="161" />
            <source>Planned actions</source>
            <translation>Ações previstas</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="174" />
            <source>CSV file</source>
            <translation>Arquivo CSV</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="175" />
            <source>Register (GeoPackage)</source>
            <translation>Registro (GeoPackage)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="181" />
            <source>Settlements (for target areas)</source>
            <translation>Assentamentos (para as áreas de intervenção)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="184" />
            <source>Settlement key field</source>
            <translation>Campo-chave do assentamento</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="187" />
            <source>Decimal mark of numbers</source>
            <translation>Separador decimal dos números</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="187" />
            <source>Automatic, decided per column</source>
            <translation>Automático, decidido por coluna</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="187" />
            <source>Point (1,234.5)</source>
            <translation>Ponto (1,234.5)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="187" />
            <source>Comma (1.234,5)</source>
            <translation>Vírgula (1.234,5)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="191" />
            <source>Import report</source>
            <translation>Relatório de importação</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="191" />
            <source>Text (*.txt)</source>
            <translation>Texto (*.txt)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="193" />
            <source>Rows imported</source>
            <translation>Linhas importadas</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="194" />
            <source>Rows rejected</source>
            <translation>Linhas rejeitadas</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="237" />
            <source>Choose the settlement key field that the CSV's settlements column uses.</source>
            <translation>Escolha o campo-chave do assentamento que a coluna settlements do CSV usa.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="250" />
            <source>is already in the register: importing it again would duplicate the action. Remove the row (or its action_id, to add it as a new action).</source>
            <translation>já está no registro: importá-lo novamente duplicaria a ação. Remova a linha (ou o seu action_id, para adicioná-la como uma nova ação).</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="278" />
            <source>{0} imported action(s) name no settlement found in the settlements layer and have no target area yet.</source>
            <translation>{0} ação(ões) importada(s) não indicam nenhum assentamento encontrado na camada de assentamentos e ainda não têm área de intervenção.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="168" />
            <source>A shared register in PostgreSQL/PostGIS instead of a file: the name of a QGIS PostgreSQL connection, or a connection string such as service=office. The database checks every row itself.</source>
            <translation>Um registro compartilhado em PostgreSQL/PostGIS em vez de um arquivo: o nome de uma conexão PostgreSQL do QGIS, ou uma string de conexão como service=office. O próprio banco de dados verifica cada linha.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="177" />
            <source>Or a database (PostgreSQL)</source>
            <translation>Ou um banco de dados (PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="179" />
            <source>Database schema</source>
            <translation>Esquema do banco de dados</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="202" />
            <source>Give either the register's GeoPackage or a database, not both.</source>
            <translation>Informe o GeoPackage do registro ou um banco de dados, não os dois.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="205" />
            <source>Give the register: its GeoPackage file, or a database.</source>
            <translation>Informe o registro: o seu arquivo GeoPackage ou um banco de dados.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="258" />
            <source>The register {0} cannot be written (is the file read-only, or may you only read the database?).</source>
            <translation>Não é possível gravar o registro {0} (o arquivo é somente leitura, ou você só tem permissão de leitura no banco de dados?).</translation>
        </message>
    </context>
    <context>
        <name>InfrastructureExposureAlgorithm</name>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="40" />
            <source>Infrastructure hazard exposure</source>
            <translation>Exposição da infraestrutura às ameaças</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="43" />
            <source>Exposure</source>
            <translation>Exposição</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="54" />
            <source>Infrastructure</source>
            <translation>Infraestrutura</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="56" />
            <source>Type field</source>
            <translation>Campo de tipo</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="58" />
            <source>Hazard rasters</source>
            <translation>Rasters de ameaça</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="60" />
            <source>Exposure rules, one per hazard</source>
            <translation>Regras de exposição, uma por ameaça</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="63" />
            <source>Infrastructure exposure</source>
            <translation>Exposição da infraestrutura</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="64" />
            <source>Exposure summary by type</source>
            <translation>Resumo da exposição por tipo</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="66" />
            <source>Features exposed to at least one hazard</source>
            <translation>Feições expostas a pelo menos uma ameaça</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="90" />
            <source>Layer "{0}" has no CRS. Set it and run again.</source>
            <translation>A camada "{0}" não tem SRC. Defina-o e execute novamente.</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="94" />
            <source>"{0}" has no points, lines or polygons.</source>
            <translation>"{0}" não tem pontos, linhas nem polígonos.</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="98" />
            <source>Choose at least one hazard raster.</source>
            <translation>Escolha pelo menos um raster de ameaça.</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="109" />
            <source>"{0}" has no features.</source>
            <translation>"{0}" não tem feições.</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="112" />
            <source>Lengths and areas are measured in {0} ({1}).</source>
            <translation>Comprimentos e áreas são medidos em {0} ({1}).</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="196" />
            <source>{0} / {1}: {2} of {3} exposed</source>
            <translation>{0} / {1}: {2} de {3} expostos</translation>
        </message>
    </context>
    <context>
        <name>LayerRoles</name>
        <message>
            <location filename="../qgis_side/layer_roles.py" line="120" />
            <source>joined to its profiles</source>
            <translation>unida aos seus perfis</translation>
        </message>
        <message>
            <location filename="../qgis_side/layer_roles.py" line="125" />
            <source>shares the key "{0}" with "{1}"</source>
            <translation>compartilha a chave "{0}" com "{1}"</translation>
        </message>
        <message>
            <location filename="../qgis_side/layer_roles.py" line="127" />
            <source>the newest settlements layer</source>
            <translation>a camada de assentamentos mais recente</translation>
        </message>
        <message>
            <location filename="../qgis_side/layer_roles.py" line="127" />
            <source>the newest settlements output</source>
            <translation>a saída de assentamentos mais recente</translation>
        </message>
        <message>
            <location filename="../qgis_side/layer_roles.py" line="131" />
            <source>no settlements layer in the project</source>
            <translation>nenhuma camada de assentamentos no projeto</translation>
        </message>
    </context>
    <context>
        <name>Layers</name>
        <message>
            <location filename="../qgis_side/layers.py" line="48" />
            <source>"{0}" is not a valid raster layer.</source>
            <translation>"{0}" não é uma camada raster válida.</translation>
        </message>
        <message>
            <location filename="../qgis_side/layers.py" line="51" />
            <source>Raster "{0}" comes from the "{1}" provider, not from a file. Save it as a GeoTIFF first (right-click &gt; Export &gt; Save As...) and use that file.</source>
            <translation>O raster "{0}" vem do provedor "{1}", não de um arquivo. Salve-o primeiro como GeoTIFF (clique com o botão direito &gt; Exportar &gt; Salvar como...) e use esse arquivo.</translation>
        </message>
        <message>
            <location filename="../qgis_side/layers.py" line="58" />
            <source>Raster "{0}" is not a file on disk ({1}). Save it as a GeoTIFF first (right-click &gt; Export &gt; Save As...) and use that file.</source>
            <translation>O raster "{0}" não é um arquivo em disco ({1}). Salve-o primeiro como GeoTIFF (clique com o botão direito &gt; Exportar &gt; Salvar como...) e use esse arquivo.</translation>
        </message>
        <message>
            <location filename="../qgis_side/layers.py" line="66" />
            <source>Raster "{0}" has no CRS. Assign one and run again: in QGIS, Layer Properties &gt; Source &gt; Assigned coordinate reference system (then choose the layer, not its file), or save it with one through Raster &gt; Projections &gt; Assign Projection; or, outside QGIS, gdal_edit.py -a_srs EPSG:&lt;code&gt; "{1}".</source>
            <translation>O raster "{0}" não tem SRC. Atribua um e execute novamente: no QGIS, Propriedades da camada &gt; Fonte &gt; SRC atribuído (escolha então a camada, não o seu arquivo), ou salve-o com um SRC por meio de Raster &gt; Projeções &gt; Atribuir projeção; ou, fora do QGIS, gdal_edit.py -a_srs EPSG:&lt;code&gt; "{1}".</translation>
        </message>
        <message>
            <location filename="../qgis_side/layers.py" line="95" />
            <source>Raster "{0}" has no CRS in its file, and the one assigned in QGIS ({1}) could not be applied to it. Save it with a CRS (Raster &gt; Projections &gt; Assign Projection) and use that file.</source>
            <translation>O raster "{0}" não tem SRC no seu arquivo, e o SRC atribuído no QGIS ({1}) não pôde ser aplicado a ele. Salve-o com um SRC (Raster &gt; Projeções &gt; Atribuir projeção) e use esse arquivo.</translation>
        </message>
        <message>
            <location filename="../qgis_side/layers.py" line="101" />
            <source>Raster "{0}" has no CRS in its file; it is read with the CRS assigned in QGIS, {1}.</source>
            <translation>O raster "{0}" não tem SRC no seu arquivo; ele é lido com o SRC atribuído no QGIS, {1}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/layers.py" line="125" />
            <source>Input field "{0}" is replaced by the new field of the same name.</source>
            <translation>O campo de entrada "{0}" é substituído pelo novo campo de mesmo nome.</translation>
        </message>
        <message>
            <location filename="../qgis_side/layers.py" line="266" />
            <source>{0} and {1} more</source>
            <translation>{0} e mais {1}</translation>
        </message>
    </context>
    <context>
        <name>NameFields</name>
        <message>
            <location filename="../qgis_side/names.py" line="50" />
            <source>its name</source>
            <translation>o seu nome</translation>
        </message>
        <message>
            <location filename="../qgis_side/names.py" line="40" />
            <source>chosen</source>
            <translation>escolhido</translation>
        </message>
        <message>
            <location filename="../qgis_side/names.py" line="65" />
            <source>the first text field whose values are mostly distinct</source>
            <translation>o primeiro campo de texto cujos valores são, em sua maioria, distintos</translation>
        </message>
        <message>
            <location filename="../qgis_side/names.py" line="67" />
            <source>the settlement key (no name field was found)</source>
            <translation>a chave do assentamento (nenhum campo de nome foi encontrado)</translation>
        </message>
        <message>
            <location filename="../qgis_side/names.py" line="68" />
            <source>no name field or key was found</source>
            <translation>nenhum campo de nome nem chave foi encontrado</translation>
        </message>
    </context>
    <context>
        <name>NumberFormat</name>
        <message>
            <location filename="../qgis_side/translation.py" line="149" />
            <source>en</source>
            <translation>pt</translation>
        </message>
    </context>
    <context>
        <name>PriorityExplorer</name>
        <message>
            <location filename="../gui/priority_explorer.py" line="162" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="162" />
            <source>Settlement</source>
            <translation>Assentamento</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="162" />
            <source>Priority</source>
            <translation>Prioridade</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="163" />
            <source>Main driver</source>
            <translation>Fator principal</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="163" />
            <source>Stable</source>
            <translation>Estável</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="164" />
            <source>Rank: 1 = highest priority with the weights shown; ties share a rank.</source>
            <translation>Posição: 1 = maior prioridade com os pesos mostrados; empates compartilham a mesma posição.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="165" />
            <source>The settlement's name (the name field above).</source>
            <translation>O nome do assentamento (o campo de nome acima).</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="166" />
            <source>Priority 0–100 with the weights shown.</source>
            <translation>Prioridade de 0 a 100 com os pesos mostrados.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="167" />
            <source>The criterion with the largest share of the settlement's priority, and that share. The tooltip and the chart below give the second.</source>
            <translation>O critério com a maior parcela da prioridade do assentamento, e essa parcela. A dica de ferramenta e o gráfico abaixo mostram o segundo.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="169" />
            <source>Whether the settlement kept its quintile in at least 90 % of the sensitivity runs around the weights of the run (not the sliders).</source>
            <translation>Se o assentamento manteve o seu quintil em pelo menos 90 % das execuções de sensibilidade em torno dos pesos da execução (não dos controles deslizantes).</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="223" />
            <source>no driver</source>
            <translation>sem fator</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="258" />
            <source>Priority explorer</source>
            <translation>Explorador de prioridades</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="282" />
            <source>Ranking</source>
            <translation>Classificação</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="284" />
            <source>Names</source>
            <translation>Nomes</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="289" />
            <source>Choose the Ranking output of "Citywide resilience priorities".</source>
            <translation>Escolha a saída Classificação de "Prioridades de resiliência em escala municipal".</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="312" />
            <source>The sliders re-rank this list only: the map and the ranking layer keep the weights of their run until you apply these to the map.</source>
            <translation>Os controles deslizantes reclassificam apenas esta lista: o mapa e a camada de classificação mantêm os pesos da sua execução até que você aplique estes ao mapa.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="335" />
            <source>Reset</source>
            <translation>Redefinir</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="336" />
            <source>Back to the weights of the run that made the ranking.</source>
            <translation>Voltar aos pesos da execução que gerou a classificação.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="338" />
            <source>Save weights…</source>
            <translation>Salvar pesos…</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="339" />
            <source>Write these weights, with the run's hazard scoring, to a JSON file that the workflow model and the batch read (save it as city.json in a batch city's folder; its other settings are kept).</source>
            <translation>Gravar estes pesos, com a pontuação das ameaças da execução, em um arquivo JSON que o modelo de fluxo de trabalho e o lote leem (salve-o como city.json na pasta de uma cidade do lote; as outras configurações dela são mantidas).</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="343" />
            <source>Apply to the map…</source>
            <translation>Aplicar ao mapa…</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="344" />
            <source>Open "Citywide resilience priorities" with these weights and the run's hazard scoring filled in; it runs in the background, with progress and Cancel, and writes a new map and ranking.</source>
            <translation>Abrir "Prioridades de resiliência em escala municipal" com estes pesos e a pontuação das ameaças da execução já preenchidos; ele é executado em segundo plano, com progresso e Cancelar, e grava um novo mapa e uma nova classificação.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="989" />
            <source>yes</source>
            <translation>sim</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="454" />
            <source>"{0}" is not a priority ranking (it has no priority_settings field). Choose the Ranking output of "Citywide resilience priorities".</source>
            <translation>"{0}" não é uma classificação de prioridade (não tem o campo priority_settings). Escolha a saída Classificação de "Prioridades de resiliência em escala municipal".</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="469" />
            <source>The priority_settings of "{0}" cannot be read (cut short?): run the priority map again into a GeoPackage.</source>
            <translation>Não é possível ler o priority_settings de "{0}" (truncado?): execute novamente o mapa de prioridades gravando em um GeoPackage.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="475" />
            <source>No settlement in "{0}" was ranked.</source>
            <translation>Nenhum assentamento em "{0}" foi classificado.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="479" />
            <source>"{0}" lacks the score fields {1}.</source>
            <translation>"{0}" não tem os campos de pontuação {1}.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="560" />
            <source>{0} (field s_{1})</source>
            <translation>{0} (campo s_{1})</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="564" />
            <source>{0}: its share of the total weight. Moving it shares the rest among the other criteria in their present proportions.</source>
            <translation>{0}: a sua parcela do peso total. Movê-lo reparte o restante entre os outros critérios nas proporções atuais.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="723" />
            <source>(unnamed)</source>
            <translation>(sem nome)</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="729" />
            <source>{0}: criterion scores (0–1); priority {1:.1f}</source>
            <translation>{0}: pontuações dos critérios (0–1); prioridade {1:.1f}</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="776" />
            <source>Save weights</source>
            <translation>Salvar pesos</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="776" />
            <source>Weights (JSON) (*.json)</source>
            <translation>Pesos (JSON) (*.json)</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="791" />
            <source>The weights were not saved: {0}</source>
            <translation>Os pesos não foram salvos: {0}</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="793" />
            <source>Weights saved to {0}. The workflow model takes them as its inputs; a batch city reads them from its city.json.</source>
            <translation>Pesos salvos em {0}. O modelo de fluxo de trabalho os recebe como entradas; uma cidade do lote os lê do seu city.json.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="796" />
            <source>The ranking does not record the scoring of {0}: check its row in hazard_settings.</source>
            <translation>A classificação não registra a pontuação de {0}: verifique a linha correspondente em hazard_settings.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="865" />
            <source>The priority map algorithm is not available: is the plugin's Processing provider enabled?</source>
            <translation>O algoritmo do mapa de prioridades não está disponível: o provedor de processamento do complemento está ativado?</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="876" />
            <source>the weights</source>
            <translation>os pesos</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="878" />
            <source>the hazard scoring of the run</source>
            <translation>a pontuação das ameaças da execução</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="882" />
            <source>hazards</source>
            <translation>ameaças</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="883" />
            <source>population</source>
            <translation>população</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="884" />
            <source>facilities</source>
            <translation>equipamentos</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="937" />
            <source>The priority map did not finish (cancelled or failed; its log says why): the map and the ranking are unchanged.</source>
            <translation>O mapa de prioridades não foi concluído (cancelado ou com falha; o log dele explica o motivo): o mapa e a classificação não foram alterados.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="950" />
            <source>The priority map ran with these weights; open its ranking to explore it.</source>
            <translation>O mapa de prioridades foi executado com estes pesos; abra a classificação gerada para explorá-la.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="961" />
            <source>The map and the ranking "{0}" were made with these weights.</source>
            <translation>O mapa e a classificação "{0}" foram gerados com estes pesos.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="989" />
            <source>no</source>
            <translation>não</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="880" />
            <source>its method and missing-data rule</source>
            <translation>o seu método e a regra para dados ausentes</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="881" />
            <source>the cell size</source>
            <translation>o tamanho da célula</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="885" />
            <source>the settlements</source>
            <translation>os assentamentos</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="886" />
            <source>the vulnerability field</source>
            <translation>o campo de vulnerabilidade</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="887" />
            <source>the access field</source>
            <translation>o campo de acesso</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="889" />
            <source>"Citywide resilience priorities" is open with {0} filled in.</source>
            <translation>"Prioridades de resiliência em escala municipal" está aberto com os seguintes itens preenchidos: {0}.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="892" />
            <source>Choose the settlements the ranking was made from (not the ranking).</source>
            <translation>Escolha os assentamentos a partir dos quais a classificação foi feita (não a classificação).</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="893" />
            <source>Choose the city boundary, then Run. The ranking does not record the analysis CRS or the areas excluded: if the first run set them, set them again.</source>
            <translation>Escolha o limite do município e clique em Executar. A classificação não registra o SRC de análise nem as áreas excluídas: se a primeira execução os definiu, defina-os novamente.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="902" />
            <source>The ranking does not record {0}: set it as in the first run, or the new map will differ from this list.</source>
            <translation>A classificação não registra: {0}. Defina esses valores como na primeira execução, ou o novo mapa será diferente desta lista.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="957" />
            <source>The priority map ran, but the ranking "{0}" was not made as this list was: its {1} differ. Its list is shown now.</source>
            <translation>O mapa de prioridades foi executado, mas a classificação "{0}" não foi feita como esta lista (diferença em: {1}). A lista dela é mostrada agora.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="968" />
            <source>settings</source>
            <translation>configurações</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="971" />
            <source>criteria</source>
            <translation>critérios</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="974" />
            <source>weights</source>
            <translation>pesos</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="976" />
            <source>method or missing-data rule</source>
            <translation>método ou regra para dados ausentes</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="979" />
            <source>cell size</source>
            <translation>tamanho da célula</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="981" />
            <source>value functions</source>
            <translation>funções de valor</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="225" />
            <source>; rank stable: {0}</source>
            <translation>; posição estável: {0}</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="726" />
            <source>{0}. Priority {1:.1f}; criterion scores (0–1):</source>
            <translation>{0}. Prioridade {1:.1f}; pontuações dos critérios (0–1):</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="897" />
            <source>Two hazards are named {0}: the ranking does not record which file was which, so they are filled in the order they were added to the project. Check the hazard rasters' order before Run.</source>
            <translation>Duas ameaças se chamam {0}: a classificação não registra qual arquivo era qual, então elas são preenchidas na ordem em que foram adicionadas ao projeto. Verifique a ordem dos rasters de ameaça antes de Executar.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="80" />
            <source>weights shared over the criteria present</source>
            <translation>pesos repartidos entre os critérios presentes</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="81" />
            <source>counted as score 0</source>
            <translation>contado como pontuação 0</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="82" />
            <source>no priority where a criterion is missing</source>
            <translation>sem prioridade onde falta um critério</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="522" />
            <source>{0} of {1} settlements ranked, weighted product: the others lack a criterion that has a weight (missing data: {2}).</source>
            <translation>{0} de {1} assentamentos classificados, produto ponderado: os demais não têm um critério que tem peso (dados ausentes: {2}).</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="525" />
            <source>{0} of {1} settlements ranked, weighted sum: the others lack a criterion that has a weight (missing data: {2}).</source>
            <translation>{0} de {1} assentamentos classificados, soma ponderada: os demais não têm um critério que tem peso (dados ausentes: {2}).</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="529" />
            <source>{0} settlements, weighted product.</source>
            <translation>{0} assentamentos, produto ponderado.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="531" />
            <source>{0} settlements, weighted sum.</source>
            <translation>{0} assentamentos, soma ponderada.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="306" />
            <source>Weights</source>
            <translation>Pesos</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="391" />
            <source>Criterion scores</source>
            <translation>Pontuações dos critérios</translation>
        </message>
    </context>
    <context>
        <name>PriorityMapAlgorithm</name>
        <message>
            <location filename="../algorithms/priority_map.py" line="89" />
            <source>Citywide resilience priorities</source>
            <translation>Prioridades de resiliência em escala municipal</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="92" />
            <source>Priorities</source>
            <translation>Prioridades</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="99" />
            <source>A projected CRS in metres; empty: the UTM zone of the boundary.</source>
            <translation>Um SRC projetado em metros; vazio: a zona UTM do limite.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="100" />
            <source>One row per hazard: its value function (linear, step or classes), the bounds or class scores it needs, and its weight.</source>
            <translation>Uma linha por ameaça: a sua função de valor (linear, degrau ou classes), os limites ou as pontuações de classe de que ela precisa, e o seu peso.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="102" />
            <source>Persons per cell; scored as density (persons per hectare).</source>
            <translation>Pessoas por célula; pontuada como densidade (pessoas por hectare).</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="103" />
            <source>The density (persons per hectare) that scores 1; empty: the 95th percentile.</source>
            <translation>A densidade (pessoas por hectare) que recebe pontuação 1; vazio: o percentil 95.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="105" />
            <source>The vulnerability of cells outside every settlement; empty: the lowest settlement's.</source>
            <translation>A vulnerabilidade das células fora de qualquer assentamento; vazio: a do assentamento menos vulnerável.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="107" />
            <source>A distance in metres of the settlements (e.g. from Access to services), used when no facilities are given.</source>
            <translation>Uma distância em metros dos assentamentos (ex.: de Acesso a serviços), usada quando nenhum equipamento é informado.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="109" />
            <source>The distance (metres) from which the deficit is full; empty: the 95th percentile.</source>
            <translation>A distância (metros) a partir da qual o déficit é total; vazio: o percentil 95.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="114" />
            <source>City boundary</source>
            <translation>Limite do município</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="116" />
            <source>Cell size (metres)</source>
            <translation>Tamanho da célula (metros)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="119" />
            <source>Analysis CRS (empty: UTM zone)</source>
            <translation>SRC de análise (vazio: zona UTM)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="121" />
            <source>Hazard rasters</source>
            <translation>Rasters de ameaça</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="123" />
            <source>Hazard settings</source>
            <translation>Configurações das ameaças</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="123" />
            <source>Hazard (name or position)</source>
            <translation>Ameaça (nome ou posição)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="123" />
            <source>Value function (linear/step/classes)</source>
            <translation>Função de valor (linear/step/classes)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="123" />
            <source>Low</source>
            <translation>Baixo</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="123" />
            <source>High</source>
            <translation>Alto</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="123" />
            <source>Class scores</source>
            <translation>Pontuações das classes</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="123" />
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="132" />
            <source>Population raster (persons/cell)</source>
            <translation>Raster de população (pessoas/célula)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="134" />
            <source>Population bound (persons/ha)</source>
            <translation>Limite de população (pessoas/ha)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="137" />
            <source>Population weight</source>
            <translation>Peso da população</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="140" />
            <source>Settlements (ranked)</source>
            <translation>Assentamentos (classificados)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="142" />
            <source>Vulnerability field</source>
            <translation>Campo de vulnerabilidade</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="145" />
            <source>Vulnerability weight</source>
            <translation>Peso da vulnerabilidade</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="148" />
            <source>Vulnerability outside settlements</source>
            <translation>Vulnerabilidade fora dos assentamentos</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="151" />
            <source>Facilities (points)</source>
            <translation>Equipamentos (pontos)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="153" />
            <source>Access field (metres)</source>
            <translation>Campo de acesso (metros)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="156" />
            <source>Access: no deficit up to (metres)</source>
            <translation>Acesso: sem déficit até (metros)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="159" />
            <source>Access: full deficit from (metres)</source>
            <translation>Acesso: déficit total a partir de (metros)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="162" />
            <source>Access weight</source>
            <translation>Peso do acesso</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="164" />
            <source>Exclude (e.g. water bodies)</source>
            <translation>Excluir (ex.: corpos d'água)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="166" />
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="166" />
            <source>Weighted sum</source>
            <translation>Soma ponderada</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="166" />
            <source>Weighted product (geometric)</source>
            <translation>Produto ponderado (geométrico)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="169" />
            <source>Missing data</source>
            <translation>Dados ausentes</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="169" />
            <source>Reweight over the criteria present</source>
            <translation>Reponderar entre os critérios presentes</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="169" />
            <source>Count as score 0</source>
            <translation>Contar como pontuação 0</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="169" />
            <source>No priority for that cell</source>
            <translation>Sem prioridade para essa célula</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="173" />
            <source>Classes</source>
            <translation>Classes</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="173" />
            <source>City-wide quantiles</source>
            <translation>Quantis em escala municipal</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="173" />
            <source>Equal intervals</source>
            <translation>Intervalos iguais</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="176" />
            <source>Settlement classes (priority_class)</source>
            <translation>Classes dos assentamentos (priority_class)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="176" />
            <source>Quintiles of the settlements ranked</source>
            <translation>Quintis dos assentamentos classificados</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="176" />
            <source>The map's city-wide classes</source>
            <translation>As classes do mapa, em escala municipal</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="181" />
            <source>Sensitivity runs</source>
            <translation>Execuções de sensibilidade</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="184" />
            <source>Sensitivity spread (0 = fixed weights)</source>
            <translation>Dispersão da sensibilidade (0 = pesos fixos)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="187" />
            <source>Priority (0–100)</source>
            <translation>Prioridade (0–100)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="188" />
            <source>Priority classes (1–5)</source>
            <translation>Classes de prioridade (1–5)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="189" />
            <source>High-priority zones</source>
            <translation>Zonas de alta prioridade</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="192" />
            <source>Settlement priority ranking</source>
            <translation>Classificação de prioridade dos assentamentos</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="194" />
            <source>Settlements ranked</source>
            <translation>Assentamentos classificados</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="195" />
            <source>People in high-priority cells (classes 4-5)</source>
            <translation>Pessoas em células de alta prioridade (classes 4-5)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="197" />
            <source>High-priority area (km², classes 4-5)</source>
            <translation>Área de alta prioridade (km², classes 4-5)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="199" />
            <source>People on the grid</source>
            <translation>Pessoas na grade</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="225" />
            <source>Boundary layer "{0}" has no features.</source>
            <translation>A camada de limite "{0}" não tem feições.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="231" />
            <source>The analysis CRS {0} is in {1}, but the cell size and distances are in metres; choose a projected CRS in metres (or leave it empty for the boundary's UTM zone).</source>
            <translation>O SRC de análise {0} está em {1}, mas o tamanho da célula e as distâncias estão em metros; escolha um SRC projetado em metros (ou deixe-o vazio para usar a zona UTM do limite).</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="235" />
            <source>Analysis grid CRS: {0} ({1})</source>
            <translation>SRC da grade de análise: {0} ({1})</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="239" />
            <source>Boundary layer "{0}" has no usable polygon.</source>
            <translation>A camada de limite "{0}" não tem polígono utilizável.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="248" />
            <source>Grid: {0} x {1} cells of {2:g} m</source>
            <translation>Grade: {0} x {1} células de {2:g} m</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="272" />
            <source>The population high bound must be above 0 persons per hectare (got {0:g}); leave it empty to use the 95th percentile.</source>
            <translation>O limite superior de população deve ser maior que 0 pessoas por hectare (recebido: {0:g}); deixe-o vazio para usar o percentil 95.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="284" />
            <source>Settlements layer "{0}" has no features.</source>
            <translation>A camada de assentamentos "{0}" não tem feições.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="289" />
            <source>A vulnerability or access field was chosen but no settlements layer: choose the settlements.</source>
            <translation>Foi escolhido um campo de vulnerabilidade ou de acesso, mas nenhuma camada de assentamentos: escolha os assentamentos.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="302" />
            <source>Access: the full-deficit distance ({0:g} m) must be larger than the no-deficit distance ({1:g} m).</source>
            <translation>Acesso: a distância de déficit total ({0:g} m) deve ser maior que a distância sem déficit ({1:g} m).</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="308" />
            <source>Both facilities and an access field were given: distances to the facilities are used.</source>
            <translation>Foram informados tanto equipamentos quanto um campo de acesso: são usadas as distâncias aos equipamentos.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="312" />
            <source>Facilities layer "{0}" has no point.</source>
            <translation>A camada de equipamentos "{0}" não tem pontos.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="314" />
            <source>distance to {0}</source>
            <translation>distância a {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="329" />
            <source>No criterion: give hazard rasters, a population raster, settlements with a vulnerability or access field, or facilities.</source>
            <translation>Nenhum critério: informe rasters de ameaça, um raster de população, assentamentos com um campo de vulnerabilidade ou de acesso, ou equipamentos.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="404" />
            <source>{0} feature(s) of "{1}" had empty, null or self-crossing geometries (repaired where possible): {2}</source>
            <translation>{0} feição(ões) de "{1}" tinham geometrias vazias, nulas ou que se autointersectam (reparadas quando possível): {2}</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="429" />
            <source>Field "{0}" is not in "{1}". Its numeric fields are: {2}.</source>
            <translation>O campo "{0}" não está em "{1}". Os seus campos numéricos são: {2}.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="429" />
            <source>none</source>
            <translation>nenhum</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="459" />
            <source>The hazard settings table must have 6 columns (hazard, value function, low, high, class scores, weight); it has {0} values.</source>
            <translation>A tabela de configurações das ameaças deve ter 6 colunas (ameaça, função de valor, baixo, alto, pontuações das classes, peso); ela tem {0} valores.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="463" />
            <source>The hazard settings table has rows but no hazard raster was chosen: choose the hazard layers or empty the table.</source>
            <translation>A tabela de configurações das ameaças tem linhas, mas nenhum raster de ameaça foi escolhido: escolha as camadas de ameaça ou esvazie a tabela.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="474" />
            <source>Hazard settings row {0} names "{1}", which is not one of the hazard layers ({2}). Use a layer name or its position (1 = first).</source>
            <translation>A linha {0} das configurações das ameaças indica "{1}", que não é uma das camadas de ameaça ({2}). Use o nome de uma camada ou a sua posição (1 = primeira).</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="478" />
            <source>Hazard "{0}" has two rows in the hazard settings.</source>
            <translation>A ameaça "{0}" tem duas linhas nas configurações das ameaças.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="482" />
            <source>Hazard settings row {0} ("{1}") is hazard {2} "{3}": {4}, weight {5}.</source>
            <translation>A linha {0} das configurações das ameaças ("{1}") é a ameaça {2} "{3}": {4}, peso {5}.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="487" />
            <source>Hazard "{0}": Low and High are equal ({1:g}); use a step function for a threshold.</source>
            <translation>Ameaça "{0}": Baixo e Alto são iguais ({1:g}); para um limiar, use uma função degrau (step).</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="492" />
            <source>Hazard "{0}": the weight "{1}" is not a number.</source>
            <translation>Ameaça "{0}": o peso "{1}" não é um número.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="495" />
            <source>Hazard "{0}": the weight must be zero or more.</source>
            <translation>Ameaça "{0}": o peso deve ser zero ou mais.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="514" />
            <source>Hazard "{0}" is a classed raster ({1}; classes {2}). Scored linearly, its highest class code would get the highest score, whatever the class means. Give it a row in the hazard settings with the value function "classes" and a score from 0 to 1 for each class, e.g. "{3}" (write "other:0" to score every class not listed).</source>
            <translation>A ameaça "{0}" é um raster classificado ({1}; classes {2}). Pontuada de forma linear, o código de classe mais alto receberia a pontuação mais alta, seja qual for o significado da classe. Dê a ela uma linha nas configurações das ameaças com a função de valor "classes" e uma pontuação de 0 a 1 para cada classe, ex.: "{3}" (escreva "other:0" para atribuir pontuação a todas as classes não listadas).</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="533" />
            <source>Raster "{0}" does not overlap the boundary (its extent in {1} is {2:.6g}, {3:.6g} to {4:.6g}, {5:.6g}). Check that it covers the same city and that both layers have the right CRS.</source>
            <translation>O raster "{0}" não se sobrepõe ao limite (a sua extensão em {1} vai de {2:.6g}, {3:.6g} a {4:.6g}, {5:.6g}). Verifique se ele cobre a mesma cidade e se as duas camadas têm o SRC correto.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="542" />
            <source>PRIORITY and CLASSES are the same file ({0}); give them different names.</source>
            <translation>PRIORITY e CLASSES são o mesmo arquivo ({0}); dê a eles nomes diferentes.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="548" />
            <source>{0} must be saved as a GeoTIFF (.tif); "{1}" is not.</source>
            <translation>{0} deve ser salvo como GeoTIFF (.tif); "{1}" não é.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="562" />
            <source>Class breaks (priority 0-100): {0}</source>
            <translation>Limites das classes (prioridade 0-100): {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="560" />
            <source>  {0} [{1}]: {2}; weight {3:.3f}</source>
            <translation>  {0} [{1}]: {2}; peso {3:.3f}</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="556" />
            <source>Method: weighted product. Criteria, value functions and weights (normalised):</source>
            <translation>Método: produto ponderado. Critérios, funções de valor e pesos (normalizados):</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="558" />
            <source>Method: weighted sum. Criteria, value functions and weights (normalised):</source>
            <translation>Método: soma ponderada. Critérios, funções de valor e pesos (normalizados):</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="435" />
            <source>Field "{0}" of "{1}" has {2} value(s) that are not numbers: {3}. Correct them, or empty them to leave those settlements without a value, and run again.</source>
            <translation>O campo "{0}" de "{1}" tem {2} valor(es) que não são números: {3}. Corrija-os, ou esvazie-os para deixar esses assentamentos sem valor, e execute de novo.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="440" />
            <source>Field "{0}" in "{1}": {2}.</source>
            <translation>Campo "{0}" de "{1}": {2}.</translation>
        </message>
    </context>
    <context>
        <name>ProfilePages</name>
        <message>
            <location filename="../algorithms/project_profiles.py" line="156" />
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="184" />
            <source>(untitled)</source>
            <translation>(sem título)</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="184" />
            <source>Readiness {0}</source>
            <translation>Maturidade {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="184" />
            <source>Readiness not known</source>
            <translation>Maturidade desconhecida</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="196" />
            <source>Priority (0 = lowest, 100 = highest)</source>
            <translation>Prioridade (0 = mais baixa, 100 = mais alta)</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="198" />
            <source>Settlements</source>
            <translation>Assentamentos</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="199" />
            <source>Served by the action</source>
            <translation>Atendidos pela ação</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="199" />
            <source>Other settlements</source>
            <translation>Outros assentamentos</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="208" />
            <source>Target area</source>
            <translation>Área de intervenção</translation>
        </message>
    </context>
    <context>
        <name>ProjectProfiles</name>
        <message>
            <location filename="../qgis_side/profiles.py" line="40" />
            <source>Climate rationale</source>
            <translation>Justificativa climática</translation>
        </message>
        <message>
            <location filename="../qgis_side/profiles.py" line="41" />
            <source>Budget</source>
            <translation>Orçamento</translation>
        </message>
        <message>
            <location filename="../qgis_side/profiles.py" line="42" />
            <source>Finance readiness checklist</source>
            <translation>Lista de verificação da maturidade para financiamento</translation>
        </message>
        <message>
            <location filename="../qgis_side/profiles.py" line="43" />
            <source>Where the figures come from</source>
            <translation>Origem dos números</translation>
        </message>
        <message>
            <location filename="../qgis_side/profiles.py" line="117" />
            <source>Project profile {0} of {1}</source>
            <translation>Perfil de projeto {0} de {1}</translation>
        </message>
    </context>
    <context>
        <name>ProjectProfilesAlgorithm</name>
        <message>
            <location filename="../algorithms/project_profiles.py" line="86" />
            <source>Project profiles (PDF)</source>
            <translation>Perfis de projeto (PDF)</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="54" />
            <source>Report</source>
            <translation>Relatório</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="61" />
            <source>The output of "Finance readiness of the actions": its rationale, budget, checklist and provenance fill each page.</source>
            <translation>A saída de "Maturidade das ações para financiamento": a sua justificativa, orçamento, lista de verificação e origem dos dados preenchem cada página.</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="63" />
            <source>The language of the pages' own texts: {0}. Empty: QGIS's language. The rationale is in the language "Finance readiness" wrote it in.</source>
            <translation>O idioma dos textos próprios das páginas: {0}. Vazio: o idioma do QGIS. A justificativa fica no idioma em que "Maturidade das ações para financiamento" a escreveu.</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="68" />
            <source>Actions with finance readiness</source>
            <translation>Ações e sua maturidade para financiamento</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="70" />
            <source>Settlement priority ranking</source>
            <translation>Classificação de prioridade dos assentamentos</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="72" />
            <source>Settlement key field</source>
            <translation>Campo-chave do assentamento</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="75" />
            <source>Settlement name field</source>
            <translation>Campo de nome do assentamento</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="77" />
            <source>Priority raster (0-100)</source>
            <translation>Raster de prioridade (0-100)</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="78" />
            <source>City name</source>
            <translation>Nome da cidade</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="80" />
            <source>Layout template (.qpt)</source>
            <translation>Modelo de layout (.qpt)</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="90" />
            <source>Language of the pages</source>
            <translation>Idioma das páginas</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="86" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="89" />
            <source>Profiles (pages)</source>
            <translation>Perfis (páginas)</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="110" />
            <source>Layer "{0}" has no {1}: use the output of "Finance readiness of the actions".</source>
            <translation>A camada "{0}" não tem {1}: use a saída de "Maturidade das ações para financiamento".</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="115" />
            <source>Layer "{0}" has no action: there is no profile to make.</source>
            <translation>A camada "{0}" não tem nenhuma ação: não há perfil a gerar.</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="122" />
            <source>Choose the settlement key field of the ranking "{0}".</source>
            <translation>Escolha o campo-chave do assentamento da classificação "{0}".</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="144" />
            <source>Cannot use the layout template: {0}</source>
            <translation>Não é possível usar o modelo de layout: {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="191" />
            <source>{0} action(s) have no target area and serve no settlement of the ranking: their map shows the whole city.</source>
            <translation>{0} ação(ões) não têm área de intervenção e não atendem nenhum assentamento da classificação: o seu mapa mostra a cidade inteira.</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="221" />
            <source>{0} project profile(s) written to {1}</source>
            <translation>{0} perfil(is) de projeto gravado(s) em {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="118" />
            <source>No PDF was asked for: no profile is made.</source>
            <translation>Nenhum PDF foi solicitado: nenhum perfil é gerado.</translation>
        </message>
    </context>
    <context>
        <name>Register</name>
        <message>
            <location filename="../qgis_side/register_editor.py" line="100" />
            <source>{0} cannot be written (the file or its folder is read-only, or another program holds it). It is open read-only: make it writable, or save a copy, and open it again.</source>
            <translation>Não é possível gravar em {0} (o arquivo ou a sua pasta é somente leitura, ou outro programa o está usando). Ele está aberto somente para leitura: torne-o gravável, ou salve uma cópia, e abra-o novamente.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="200" />
            <source>New action</source>
            <translation>Nova ação</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="202" />
            <source>Nothing was added: QGIS refused the new action in "{0}".</source>
            <translation>Nada foi adicionado: o QGIS recusou a nova ação em "{0}".</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="233" />
            <source>No action was added: the settlement key(s) {0} in "{1}" hold a comma or a semicolon, which separate keys in the settlements served. Choose a key field without them.</source>
            <translation>Nenhuma ação foi adicionada: a(s) chave(s) de assentamento {0} em "{1}" contêm uma vírgula ou um ponto e vírgula, que separam as chaves nos assentamentos atendidos. Escolha um campo-chave sem esses caracteres.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="271" />
            <source>Edit action "{0}"</source>
            <translation>Editar ação "{0}"</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="277" />
            <source>Nothing was changed: QGIS refused the new target area of "{0}".</source>
            <translation>Nada foi alterado: o QGIS recusou a nova área de intervenção de "{0}".</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="292" />
            <source>Delete action "{0}"</source>
            <translation>Excluir ação "{0}"</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="294" />
            <source>Nothing was deleted: QGIS refused to delete "{0}" from "{1}".</source>
            <translation>Nada foi excluído: o QGIS recusou excluir "{0}" de "{1}".</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="307" />
            <source>Choose the settlements layer (the priority ranking) first.</source>
            <translation>Primeiro escolha a camada de assentamentos (a classificação de prioridade).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="318" />
            <source>Update beneficiaries and priority scores</source>
            <translation>Atualizar beneficiários e pontuações de prioridade</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="321" />
            <source>Nothing was changed: QGIS refused to set {0} of action {1} to {2} in "{3}".</source>
            <translation>Nada foi alterado: o QGIS recusou definir {0} da ação {1} como {2} em "{3}".</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="387" />
            <source>Nothing was changed: QGIS refused to set {0} to "{1}" in "{2}" (the field cannot be edited: it is computed, or joined from another layer).</source>
            <translation>Nada foi alterado: o QGIS recusou definir {0} como "{1}" em "{2}" (o campo não pode ser editado: é calculado ou vem de uma união com outra camada).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="387" />
            <source>cannot be edited here</source>
            <translation>não pode ser editado aqui</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="395" />
            <source>No register is open.</source>
            <translation>Nenhum registro está aberto.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="397" />
            <source>Nothing was changed: the register "{0}" ({1}) is read-only. {2}</source>
            <translation>Nada foi alterado: o registro "{0}" ({1}) é somente leitura. {2}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="397" />
            <source>Start editing it first.</source>
            <translation>Primeiro ative a edição.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="404" />
            <source>Nothing was changed: "{0}" has no action with id {1} (it was deleted, or its creation undone).</source>
            <translation>Nada foi alterado: "{0}" não tem ação com id {1} (ela foi excluída, ou a sua criação foi desfeita).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="415" />
            <source>Nothing was changed: the register "{0}" has no field "{1}" (value "{2}").</source>
            <translation>Nada foi alterado: o registro "{0}" não tem o campo "{1}" (valor "{2}").</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="427" />
            <source>Nothing was changed: a target area must be a polygon, not a {0}; buffer a point or a line first (draw it in the dock, which does).</source>
            <translation>Nada foi alterado: uma área de intervenção deve ser um polígono, não um(a) {0}; aplique antes um buffer ao ponto ou à linha (desenhe-o no painel, que faz isso).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="457" />
            <source>empty</source>
            <translation>vazio</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="458" />
            <source>Nothing was changed: {0} ({1}) {2}: {3}</source>
            <translation>Nada foi alterado: {0} ({1}) {2}: {3}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="483" />
            <source>a {0} cannot be stored; give text, a number or a date.</source>
            <translation>não é possível armazenar um(a) {0}; informe texto, um número ou uma data.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="484" />
            <source>Nothing was changed: {0}: {1}</source>
            <translation>Nada foi alterado: {0}: {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="493" />
            <source>"{0}" is not a number; write digits, e.g. 90000 or 90,000.50.</source>
            <translation>"{0}" não é um número; escreva algarismos, ex.: 90000 ou 90.000,50.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="494" />
            <source>Nothing was changed: {0} ({1}): {2}</source>
            <translation>Nada foi alterado: {0} ({1}): {2}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="37" />
            <source>Action id</source>
            <translation>ID da ação</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="38" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="39" />
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="40" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="41" />
            <source>Hazards</source>
            <translation>Ameaças</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="42" />
            <source>Settlements served</source>
            <translation>Assentamentos atendidos</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="43" />
            <source>Lead agency</source>
            <translation>Órgão responsável</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="44" />
            <source>Partners</source>
            <translation>Parceiros</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="45" />
            <source>Cost estimate</source>
            <translation>Estimativa de custo</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="46" />
            <source>Currency</source>
            <translation>Moeda</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="47" />
            <source>Funding source</source>
            <translation>Fonte de financiamento</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="48" />
            <source>Funding status</source>
            <translation>Situação do financiamento</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="49" />
            <source>Start date</source>
            <translation>Data de início</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="50" />
            <source>End date</source>
            <translation>Data de término</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="51" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="52" />
            <source>Beneficiaries</source>
            <translation>Beneficiários</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="53" />
            <source>Priority score</source>
            <translation>Pontuação de prioridade</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="54" />
            <source>Co-benefits</source>
            <translation>Cobenefícios</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="55" />
            <source>Notes</source>
            <translation>Observações</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="56" />
            <source>Created</source>
            <translation>Criado em</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="57" />
            <source>Modified</source>
            <translation>Modificado em</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="58" />
            <source>Modified by</source>
            <translation>Modificado por</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="272" />
            <source>Planned actions</source>
            <translation>Ações previstas</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="135" />
            <source>"{0}" has no planned-action register (table {1}). Create one with "Create planned-action register".</source>
            <translation>"{0}" não tem registro de ações previstas (tabela {1}). Crie um com "Criar registro de ações previstas".</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="267" />
            <source>new action</source>
            <translation>nova ação</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="269" />
            <source>Not saved: {0} action(s) need fixing first.</source>
            <translation>Não salvo: {0} ação(ões) precisam ser corrigidas antes.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="307" />
            <source>Not saved: an action you changed was deleted by someone else meanwhile, and its other values are not known here. Your edits are kept; copy them, reload the register and enter them again.</source>
            <translation>Não salvo: uma ação que você alterou foi excluída por outra pessoa nesse meio-tempo, e os seus outros valores não são conhecidos aqui. As suas edições foram mantidas; copie-as, recarregue o registro e insira-as novamente.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="322" />
            <source>Not saved: the register file {0} is no longer there (moved or deleted). Your edits are kept in QGIS: put the file back, or copy the layer to a new file (right-click &gt; Export &gt; Save Features As…).</source>
            <translation>Não salvo: o arquivo do registro {0} não está mais lá (foi movido ou excluído). As suas edições foram mantidas no QGIS: coloque o arquivo de volta ou copie a camada para um novo arquivo (clique com o botão direito &gt; Exportar &gt; Salvar feições como…).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="341" />
            <source>it has no table {0}</source>
            <translation>não tem a tabela {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="346" />
            <source>Not saved: the column(s) {0} were added in QGIS but are not in the file, and this save cannot add columns. Your edits are kept: remove the new column(s) and save, or add them to the file first (Layer Properties &gt; Fields, then Save).</source>
            <translation>Não salvo: a(s) coluna(s) {0} foram adicionadas no QGIS, mas não estão no arquivo, e este salvamento não pode adicionar colunas. As suas edições foram mantidas: remova a(s) nova(s) coluna(s) e salve, ou adicione-as antes ao arquivo (Propriedades da camada &gt; Campos e, depois, Salvar).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="361" />
            <source>delete an action</source>
            <translation>excluir uma ação</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="369" />
            <source>restore an action</source>
            <translation>restaurar uma ação</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="372" />
            <source>update an action</source>
            <translation>atualizar uma ação</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="379" />
            <source>add an action</source>
            <translation>adicionar uma ação</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="380" />
            <source>commit</source>
            <translation>confirmar a transação</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="422" />
            <source>could not {0}: {1}</source>
            <translation>não foi possível {0}: {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="422" />
            <source>OGR error {0}</source>
            <translation>erro OGR {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="449" />
            <source>unknown error</source>
            <translation>erro desconhecido</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="464" />
            <source>Not saved: "{0}" is locked by another program. Your edits are kept: close the other program (or wait until it has finished writing) and save again.</source>
            <translation>Não salvo: "{0}" está bloqueado por outro programa. As suas edições foram mantidas: feche o outro programa (ou aguarde até que ele termine de gravar) e salve novamente.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="469" />
            <source>Not saved: "{0}" cannot be opened as an action register ({1}). Your edits are kept: check that the file is the register GeoPackage, or copy the layer to a new file (right-click &gt; Export &gt; Save Features As…).</source>
            <translation>Não salvo: "{0}" não pode ser aberto como registro de ações ({1}). As suas edições foram mantidas: verifique se o arquivo é o GeoPackage do registro ou copie a camada para um novo arquivo (clique com o botão direito &gt; Exportar &gt; Salvar feições como…).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="476" />
            <source>Not saved: writing "{0}" failed ({1}). Your edits are kept; nothing in the file changed.</source>
            <translation>Não salvo: a gravação de "{0}" falhou ({1}). As suas edições foram mantidas; nada mudou no arquivo.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="557" />
            <source>"{0}" already holds an action register (table {1}). Open it in the Planned actions dock, or choose a new file: an existing register is never overwritten.</source>
            <translation>"{0}" já contém um registro de ações (tabela {1}). Abra-o no painel Ações previstas ou escolha um novo arquivo: um registro existente nunca é sobrescrito.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="573" />
            <source>Cannot create the register "{0}": {1}</source>
            <translation>Não é possível criar o registro "{0}": {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="579" />
            <source>The register "{0}" was written but cannot be opened.</source>
            <translation>O registro "{0}" foi gravado, mas não pode ser aberto.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="584" />
            <source>Value lists, constraints and defaults of the planned-action register</source>
            <translation>Listas de valores, restrições e valores padrão do registro de ações previstas</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="84" />
            <source>This QGIS has no PostgreSQL provider, so it cannot reach a database: install QGIS with its PostgreSQL support (Debian: qgis-providers).</source>
            <translation>Este QGIS não tem o provedor PostgreSQL, portanto não consegue acessar um banco de dados: instale o QGIS com suporte a PostgreSQL (Debian: qgis-providers).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="100" />
            <source>service "{0}"</source>
            <translation>serviço "{0}"</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="104" />
            <source>database "{0}" on {1}</source>
            <translation>banco de dados "{0}" em {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="115" />
            <source>the QGIS connection "{0}"</source>
            <translation>a conexão do QGIS "{0}"</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="120" />
            <source>The connection string "{0}" cannot be read: {1}</source>
            <translation>Não é possível ler a string de conexão "{0}": {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="124" />
            <source>none</source>
            <translation>nenhuma</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="125" />
            <source>There is no PostgreSQL connection "{0}" in QGIS (saved connections: {1}). Give the name of one (Browser &gt; PostgreSQL &gt; New Connection), or a connection string such as service=office or dbname=city host=db.example.org user=planner.</source>
            <translation>Não existe uma conexão PostgreSQL "{0}" no QGIS (conexões salvas: {1}). Informe o nome de uma delas (Navegador &gt; PostgreSQL &gt; Nova conexão) ou uma string de conexão como service=office ou dbname=city host=db.example.org user=planner.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="143" />
            <source>Cannot connect to {0}: {1}. Check the host, port, database, user and password (or the service file), and that the server accepts you.</source>
            <translation>Não é possível conectar a {0}: {1}. Verifique o host, a porta, o banco de dados, o usuário e a senha (ou o arquivo de serviço), e se o servidor aceita a sua conexão.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="187" />
            <source>The schema name "{0}" cannot be used: write it in lower-case letters, digits and underscores, starting with a letter, at most 56 characters (e.g. resilience), and not a schema of PostgreSQL or PostGIS itself (public, pg_...).</source>
            <translation>O nome de esquema "{0}" não pode ser usado: escreva-o com letras minúsculas, algarismos e sublinhados, começando por uma letra, com no máximo 56 caracteres (ex.: resilience), e que não seja um esquema do próprio PostgreSQL ou PostGIS (public, pg_...).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="199" />
            <source>The schema "{0}" of {1} already holds an action register (schema version {2}). Open it in the Planned actions dock, or give another SCHEMA: an existing register is never dropped or altered.</source>
            <translation>O esquema "{0}" de {1} já contém um registro de ações (versão do esquema {2}). Abra-o no painel Ações previstas ou informe outro SCHEMA: um registro existente nunca é removido nem alterado.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="204" />
            <source>The schema "{0}" of {1} already has {2} of a register, but no register table: nothing was created. Give another SCHEMA, or have the database owner remove them (they are not dropped here).</source>
            <translation>O esquema "{0}" de {1} já contém objetos de um registro ({2}), mas nenhuma tabela de registro: nada foi criado. Informe outro SCHEMA ou peça ao proprietário do banco de dados que os remova (eles não são removidos aqui).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="209" />
            <source>{0} has no PostGIS: the register's target areas need it. Ask the database owner to run CREATE EXTENSION postgis; in it (Debian: install postgresql-postgis on the server).</source>
            <translation>{0} não tem PostGIS: as áreas de intervenção do registro precisam dele. Peça ao proprietário do banco de dados que execute CREATE EXTENSION postgis; nele (Debian: instale postgresql-postgis no servidor).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="222" />
            <source>The CRS {0} has no SRID that {1} knows (PostGIS's spatial_ref_sys): choose an EPSG CRS, such as the city's UTM zone or EPSG:4326.</source>
            <translation>O SRC {0} não tem um SRID que {1} conheça (spatial_ref_sys do PostGIS): escolha um SRC EPSG, como a zona UTM da cidade ou EPSG:4326.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="229" />
            <source>Nothing was created in the schema "{0}" of {1}: {2}. The creation is one transaction, so the database is as it was.</source>
            <translation>Nada foi criado no esquema "{0}" de {1}: {2}. A criação é uma única transação, portanto o banco de dados ficou como estava.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="248" />
            <source>unreadable</source>
            <translation>ilegível</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="266" />
            <source>Cannot read the schema "{0}" of {1}: {2}</source>
            <translation>Não é possível ler o esquema "{0}" de {1}: {2}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="269" />
            <source>The schema "{0}" of {1} holds no planned-action register (tables {2} and {3}). Create one with "Create planned-action register" and this database.</source>
            <translation>O esquema "{0}" de {1} não contém nenhum registro de ações previstas (tabelas {2} e {3}). Crie um com "Criar registro de ações previstas" e este banco de dados.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="274" />
            <source>The register table {0}.{1} of {2} cannot be opened as a layer: {3}</source>
            <translation>A tabela de registro {0}.{1} de {2} não pode ser aberta como camada: {3}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>proposed</source>
            <translation>proposta</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>approved</source>
            <translation>aprovada</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>in progress</source>
            <translation>em andamento</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>done</source>
            <translation>concluída</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>cancelled</source>
            <translation>cancelada</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>identified</source>
            <translation>identificado</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>proposal</source>
            <translation>proposta enviada</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>committed</source>
            <translation>comprometido</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>disbursed</source>
            <translation>desembolsado</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>structural</source>
            <translation>estrutural</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>nature-based</source>
            <translation>baseada na natureza</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>early warning</source>
            <translation>alerta precoce</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>services</source>
            <translation>serviços</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>energy</source>
            <translation>energia</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>housing and tenure</source>
            <translation>moradia e posse da terra</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>policy</source>
            <translation>políticas públicas</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>capacity</source>
            <translation>fortalecimento de capacidades</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>flood</source>
            <translation>inundação</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>landslide</source>
            <translation>deslizamento</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>heat</source>
            <translation>calor</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>drought</source>
            <translation>seca</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>storm</source>
            <translation>tempestade</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>sea level rise</source>
            <translation>elevação do nível do mar</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>fire</source>
            <translation>incêndio</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>earthquake</source>
            <translation>terremoto</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>other</source>
            <translation>outra</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="78" />
            <source>{0} was written by a newer Resilience Planner (schema version {1}; this one reads version {2}): it is not copied, so that nothing in it is lost. Update the plugin to copy it.</source>
            <translation>{0} foi gravado por uma versão mais recente do Resilience Planner (versão do esquema {1}; esta lê a versão {2}): ele não é copiado, para que nada nele se perca. Atualize o plugin para copiá-lo.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="130" />
            <source>"{0}" has no planned-action register (table {1}): give the register's GeoPackage.</source>
            <translation>"{0}" não tem registro de ações previstas (tabela {1}): informe o GeoPackage do registro.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="172" />
            <source>could not write row {0}</source>
            <translation>não foi possível gravar a linha {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="184" />
            <source>The copy must be a GeoPackage (.gpkg); "{0}" is not.</source>
            <translation>A cópia deve ser um GeoPackage (.gpkg); "{0}" não é.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="188" />
            <source>"{0}" already holds an action register (table {1}): a register is never overwritten. Choose a new file.</source>
            <translation>"{0}" já contém um registro de ações (tabela {1}): um registro nunca é sobrescrito. Escolha um novo arquivo.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="191" />
            <source>"{0}" exists: the copy is written into a new file only. Choose a new file name.</source>
            <translation>"{0}" já existe: a cópia só é gravada em um arquivo novo. Escolha um novo nome de arquivo.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="195" />
            <source>The folder {0} does not exist. Create it or choose another place.</source>
            <translation>A pasta {0} não existe. Crie-a ou escolha outro local.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="211" />
            <source>could not add the history column {0}</source>
            <translation>não foi possível adicionar a coluna de histórico {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="223" />
            <source>"{0}" was created by another program meanwhile</source>
            <translation>"{0}" foi criado por outro programa nesse meio-tempo</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="226" />
            <source>Nothing was written to "{0}": {1}</source>
            <translation>Nada foi gravado em "{0}": {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="291" />
            <source>The register in the schema "{0}" of {1}</source>
            <translation>O registro no esquema "{0}" de {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="295" />
            <source>The schema "{0}" of {1} holds no planned-action register (tables {2} and {3}).</source>
            <translation>O esquema "{0}" de {1} não contém nenhum registro de ações previstas (tabelas {2} e {3}).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="116" />
            <source>The register {0} cannot be changed with your login (the database lets you read it only). It is open read-only: ask the database owner for the editor role.</source>
            <translation>O registro {0} não pode ser alterado com o seu usuário (o banco de dados só permite que você o leia). Ele está aberto somente para leitura: peça ao proprietário do banco de dados o papel de editor.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="291" />
            <source>Nothing was deleted: {0}</source>
            <translation>Nada foi excluído: {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="214" />
            <source>Nothing was created in the schema "{0}" of {1}: the register's roles {2} do not exist and this login may not create roles. Ask the database administrator to create them (CREATE ROLE {3} NOLOGIN;) or to give this login CREATEROLE, then run this again.</source>
            <translation>Nada foi criado no esquema "{0}" de {1}: os papéis {2} do registro não existem e este usuário não tem permissão para criar papéis. Peça ao administrador do banco de dados que os crie (CREATE ROLE {3} NOLOGIN;) ou que conceda CREATEROLE a este usuário e, em seguida, execute isto novamente.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="284" />
            <source>Cannot read the rights on the schema "{0}" of {1}: {2}</source>
            <translation>Não é possível ler as permissões no esquema "{0}" de {1}: {2}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="298" />
            <source>Row version</source>
            <translation>Versão da linha</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="339" />
            <source>Your login "{0}" may read this register but not change it (it is not in the role {1}). It opens read-only: to edit, ask the owner of the register ({2}) to run GRANT {1} TO {0};</source>
            <translation>O seu usuário "{0}" pode ler este registro, mas não alterá-lo (ele não pertence ao papel {1}). O registro é aberto somente para leitura: para editá-lo, peça ao proprietário do registro ({2}) que execute GRANT {1} TO {0};</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="360" />
            <source>Only the owner of the shared register ({0}) deletes actions; set the status to "cancelled" instead, or ask the owner to delete it.</source>
            <translation>Somente o proprietário do registro compartilhado ({0}) exclui ações; em vez disso, defina o status como "cancelada" ou peça ao proprietário que a exclua.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="375" />
            <source>schema "{0}" of {1}</source>
            <translation>esquema "{0}" de {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="410" />
            <source>"{0}" was deleted by {1} at {2}</source>
            <translation>"{0}" foi excluída por {1} em {2}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="411" />
            <source>"{0}" was changed by {1} at {2}</source>
            <translation>"{0}" foi alterada por {1} em {2}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="709" />
            <source>Not saved: others keep changing the same actions in {0}. Your edits are kept; save again.</source>
            <translation>Não salvo: outras pessoas continuam alterando as mesmas ações em {0}. As suas edições foram mantidas; salve novamente.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="734" />
            <source>Saved {0} action(s); not saved: {1} action(s) someone else changed since you read them.</source>
            <translation>{0} ação(ões) salva(s); não salva(s): {1} ação(ões) que outra pessoa alterou desde que você as leu.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="736" />
            <source>{0} {1}. Your edits of them are kept: reload each to take the stored version, or keep yours to overwrite it, then save.</source>
            <translation>{0} {1}. As suas edições nelas foram mantidas: recarregue cada uma para obter a versão armazenada, ou mantenha a sua para sobrescrevê-la e, em seguida, salve.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="764" />
            <source>action {0}</source>
            <translation>ação {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="775" />
            <source>Not saved: the connection to {0} was lost ({1}). Your edits are kept in QGIS; a save is one transaction, so the database holds all of it or none. Check the network or the server, then save again.</source>
            <translation>Não salvo: a conexão com {0} foi perdida ({1}). As suas edições foram mantidas no QGIS; um salvamento é uma única transação, portanto o banco de dados contém tudo ou nada dele. Verifique a rede ou o servidor e salve novamente.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1120" />
            <source>no answer</source>
            <translation>sem resposta</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="779" />
            <source>Not saved: {0} refused the save ({1}). Your edits are kept; nothing in the database changed.</source>
            <translation>Não salvo: {0} recusou o salvamento ({1}). As suas edições foram mantidas; nada mudou no banco de dados.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="829" />
            <source>Cannot list the registers of {0}: {1}</source>
            <translation>Não é possível listar os registros de {0}: {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="864" />
            <source>connection "{0}"</source>
            <translation>conexão "{0}"</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="867" />
            <source>{0} in {1}</source>
            <translation>{0} em {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="669" />
            <source>Not saved: the column(s) {0} were added in QGIS but are not in the database, and this save cannot add columns. Your edits are kept: remove the new column(s) and save, or ask the owner of the register to add them to its table first.</source>
            <translation>Não salvo: a(s) coluna(s) {0} foi(ram) adicionada(s) no QGIS, mas não existe(m) no banco de dados, e este salvamento não pode adicionar colunas. Suas edições foram mantidas: remova a(s) coluna(s) nova(s) e salve, ou peça ao proprietário do registro que as adicione primeiro à tabela dele.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1048" />
            <source>Nothing was restored: give ACTION_ID, the action_id of the action to restore (a UUID: the action's form, or its history, shows it).</source>
            <translation>Nada foi restaurado: informe ACTION_ID, o action_id da ação a restaurar (um UUID: o formulário da ação, ou o seu histórico, o mostra).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1051" />
            <source>the register in the schema "{0}" of {1}</source>
            <translation>o registro no esquema "{0}" de {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1055" />
            <source>Nothing was restored: the schema "{0}" of {1} holds no planned-action register (tables {2} and {3}).</source>
            <translation>Nada foi restaurado: o esquema "{0}" de {1} não contém nenhum registro de ações previstas (tabelas {2} e {3}).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1059" />
            <source>Nothing was restored: {0} has no history table ({1}), so no earlier state of its actions is kept.</source>
            <translation>Nada foi restaurado: {0} não tem tabela de histórico ({1}), portanto nenhum estado anterior das suas ações é mantido.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1064" />
            <source>Nothing was restored: {0} was written by a newer Resilience Planner (schema version {1}; this one reads version {2}), so it is read-only here. Update the plugin, then restore the action.</source>
            <translation>Nada foi restaurado: {0} foi gravado por uma versão mais recente do Resilience Planner (versão do esquema {1}; esta lê a versão {2}), portanto é somente leitura aqui. Atualize o plugin e depois restaure a ação.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1074" />
            <source>Nothing was restored: your login "{0}" may read {1} but not change it (it is not in the role {2}). Ask the owner of the register ({3}) to run GRANT {2} TO {0};</source>
            <translation>Nada foi restaurado: o seu usuário "{0}" pode ler {1}, mas não alterá-lo (ele não pertence ao papel {2}). Peça ao proprietário do registro ({3}) que execute GRANT {2} TO {0};</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1082" />
            <source>Nothing was restored: the action "{0}" is already in the state of history entry {1} (only who changed it last, and when, may differ).</source>
            <translation>Nada foi restaurado: a ação "{0}" já está no estado da entrada do histórico {1} (somente quem a alterou por último, e quando, podem diferir).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1104" />
            <source>Nothing was restored: cannot read {0}: {1}</source>
            <translation>Nada foi restaurado: não é possível ler {0}: {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1120" />
            <source>Nothing was restored: the connection to {0} was lost ({1}). A restore is one transaction, so the database holds none of it: restore again once the connection is back.</source>
            <translation>Nada foi restaurado: a conexão com {0} foi perdida ({1}). Uma restauração é uma única transação, portanto o banco de dados não contém nada dela: restaure novamente quando a conexão voltar.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1124" />
            <source>Nothing was restored: {0} refused the state of history entry {1} ({2}). A restore is checked by the register's rules as any save is: restore another entry, or change the action in the Planned actions dock. Nothing in the database changed.</source>
            <translation>Nada foi restaurado: {0} recusou o estado da entrada do histórico {1} ({2}). Uma restauração é verificada pelas regras do registro, como qualquer salvamento: restaure outra entrada ou altere a ação no painel Ações previstas. Nada foi alterado no banco de dados.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1139" />
            <source>Nothing was restored: history entry {0} is of another action, "{1}" ({2}), not of {3}. Give an entry of {3} as HISTORY_ID (its entries: {4}), or {2} as ACTION_ID to restore "{1}".</source>
            <translation>Nada foi restaurado: a entrada do histórico {0} é de outra ação, "{1}" ({2}), e não de {3}. Informe uma entrada de {3} como HISTORY_ID (as suas entradas: {4}) ou {2} como ACTION_ID para restaurar "{1}".</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1143" />
            <source>Nothing was restored: history entry {0} is of another action, "{1}" ({2}), and {3} has no entry in the history of {4}: give {2} as ACTION_ID to restore "{1}", or check ACTION_ID.</source>
            <translation>Nada foi restaurado: a entrada do histórico {0} é de outra ação, "{1}" ({2}), e {3} não tem nenhuma entrada no histórico de {4}: informe {2} como ACTION_ID para restaurar "{1}" ou verifique ACTION_ID.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1148" />
            <source>Nothing was restored: {0} has no history entry {1}. The entries of the action {2} are {3}: give one of them as HISTORY_ID (the History… of the Planned actions dock lists them).</source>
            <translation>Nada foi restaurado: {0} não tem a entrada do histórico {1}. As entradas da ação {2} são {3}: informe uma delas como HISTORY_ID (o botão Histórico… do painel Ações previstas as lista).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1152" />
            <source>Nothing was restored: {0} has no history entry {1}, and no entry at all of the action {2}: check ACTION_ID and HISTORY_ID (the History… of the Planned actions dock lists an action's entries).</source>
            <translation>Nada foi restaurado: {0} não tem a entrada do histórico {1} nem nenhuma entrada da ação {2}: verifique ACTION_ID e HISTORY_ID (o botão Histórico… do painel Ações previstas lista as entradas de uma ação).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1169" />
            <source>Nothing was restored: the action "{0}" was added back by {1} at {2} since you read it deleted (version {3} stored). Look at its history again (that is its newest entry), then restore.</source>
            <translation>Nada foi restaurado: a ação "{0}" foi adicionada de volta por {1} em {2} desde que você a leu como excluída (versão {3} armazenada). Consulte novamente o seu histórico (essa é a sua entrada mais recente) e depois restaure.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1174" />
            <source>Nothing was restored: the action "{0}" was deleted by {1} at {2} since you read it (version {3}). Look at its history again (the deletion is its newest entry), then restore.</source>
            <translation>Nada foi restaurado: a ação "{0}" foi excluída por {1} em {2} desde que você a leu (versão {3}). Consulte novamente o seu histórico (a exclusão é a sua entrada mais recente) e depois restaure.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1177" />
            <source>Nothing was restored: the action "{0}" was changed by {1} at {2} since you read it (version {3} read, version {4} stored). Look at its history again (that change is its newest entry), then restore.</source>
            <translation>Nada foi restaurado: a ação "{0}" foi alterada por {1} em {2} desde que você a leu (versão {3} lida, versão {4} armazenada). Consulte novamente o seu histórico (essa alteração é a sua entrada mais recente) e depois restaure.</translation>
        </message>
    </context>
    <context>
        <name>ReportAlgorithm</name>
        <message>
            <location filename="../algorithms/report.py" line="55" />
            <source>Resilience priorities report</source>
            <translation>Relatório de prioridades de resiliência</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="58" />
            <source>Report</source>
            <translation>Relatório</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="65" />
            <source>The field that holds the settlement keys as the planned actions name them.</source>
            <translation>O campo que contém as chaves dos assentamentos tal como as ações previstas as indicam.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="72" />
            <source>Settlement priority ranking</source>
            <translation>Classificação de prioridade dos assentamentos</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="74" />
            <source>Settlement name field</source>
            <translation>Campo de nome do assentamento</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="76" />
            <source>Settlement key field</source>
            <translation>Campo-chave do assentamento</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="79" />
            <source>Priority raster (0-100)</source>
            <translation>Raster de prioridade (0-100)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="80" />
            <source>City boundary</source>
            <translation>Limite do município</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="82" />
            <source>Roads</source>
            <translation>Vias</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="84" />
            <source>Planned actions (register)</source>
            <translation>Ações previstas (registro)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="89" />
            <source>City name</source>
            <translation>Nome da cidade</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="90" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="90" />
            <source>Resilience priorities</source>
            <translation>Prioridades de resiliência</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="92" />
            <source>Logo (image)</source>
            <translation>Logotipo (imagem)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="93" />
            <source>Layout template (.qpt)</source>
            <translation>Modelo de layout (.qpt)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="98" />
            <source>Keep the layout in the project</source>
            <translation>Manter o layout no projeto</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="100" />
            <source>Report (PDF)</source>
            <translation>Relatório (PDF)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="100" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="102" />
            <source>City map (PNG)</source>
            <translation>Mapa da cidade (PNG)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="102" />
            <source>PNG (*.png)</source>
            <translation>PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="104" />
            <source>Layout name</source>
            <translation>Nome do layout</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="119" />
            <source>Layer "{0}" is not a priority ranking (no {1}). Use the Ranking output of "Citywide resilience priorities".</source>
            <translation>A camada "{0}" não é uma classificação de prioridade (não tem {1}). Use a saída Classificação de "Prioridades de resiliência em escala municipal".</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="125" />
            <source>The boundary layer "{0}" has no features; choose the city boundary.</source>
            <translation>A camada de limite "{0}" não tem feições; escolha o limite do município.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="148" />
            <source>Cannot use the layout template: {0}</source>
            <translation>Não é possível usar o modelo de layout: {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="156" />
            <source>The name field "{0}" is not in the ranking "{1}".</source>
            <translation>O campo de nome "{0}" não está na classificação "{1}".</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="158" />
            <source>Settlements are named by the field "{0}" ({1}).</source>
            <translation>Os assentamentos são identificados pelo campo "{0}" ({1}).</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="158" />
            <source>Settlements have no name field or key: they are listed as unnamed.</source>
            <translation>Os assentamentos não têm campo de nome nem chave: eles são listados como sem nome.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="164" />
            <source>The ranking "{0}" has no ranked settlement: run "Citywide resilience priorities" with settlements inside the boundary.</source>
            <translation>A classificação "{0}" não tem nenhum assentamento classificado: execute "Prioridades de resiliência em escala municipal" com assentamentos dentro do limite.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="203" />
            <source>The boundary "{0}" does not overlap the priority raster: the map will show the boundary without priorities. Check that both are of the same city.</source>
            <translation>O limite "{0}" não se sobrepõe ao raster de prioridade: o mapa mostrará o limite sem prioridades. Verifique se os dois são da mesma cidade.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="208" />
            <source>The logo {0} does not exist and is left out.</source>
            <translation>O logotipo {0} não existe e é deixado de fora.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="247" />
            <source>Report written to {0}</source>
            <translation>Relatório gravado em {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="67" />
            <source>The language the report is written in, its numbers and dates too: {0}. Empty: QGIS's language.</source>
            <translation>O idioma em que o relatório é escrito, incluindo os seus números e datas: {0}. Vazio: o idioma do QGIS.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="95" />
            <source>Report language</source>
            <translation>Idioma do relatório</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="105" />
            <source>Language of the report</source>
            <translation>Idioma do relatório</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="257" />
            <source>The report is written in {0} ({1}).</source>
            <translation>O relatório é escrito em {0} ({1}).</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="66" />
            <source>The output of "Energy access options": adds an energy plan page.</source>
            <translation>A saída de "Opções de acesso à energia": acrescenta uma página do plano de energia.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="86" />
            <source>Energy plan</source>
            <translation>Plano de energia</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="133" />
            <source>Layer "{0}" is not an energy plan: it has no {1}. Use the output of "Energy access options".</source>
            <translation>A camada "{0}" não é um plano de energia: não tem {1}. Use a saída de "Opções de acesso à energia".</translation>
        </message>
    </context>
    <context>
        <name>ReportContent</name>
        <message>
            <location filename="../qgis_side/report_content.py" line="69" />
            <source>Layer "{0}" is not a planned-action register.</source>
            <translation>A camada "{0}" não é um registro de ações previstas.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="113" />
            <source>yes</source>
            <translation>sim</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="113" />
            <source>no</source>
            <translation>não</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="127" />
            <source>Numbers on the map are the settlements' ranks (1 = highest priority), as in the ranking table that follows; where numbers would overlap, the higher-ranked one is shown. {0} settlements ranked.</source>
            <translation>Os números no mapa são as posições dos assentamentos (1 = maior prioridade), como na tabela de classificação a seguir; onde os números se sobreporiam, é mostrado o de melhor posição. {0} assentamentos classificados.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="153" />
            <source>No planned action yet.</source>
            <translation>Ainda não há ações previstas.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="153" />
            <source>No action register was given.</source>
            <translation>Nenhum registro de ações foi informado.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="160" />
            <source>No action register was given: the gaps are not known.</source>
            <translation>Nenhum registro de ações foi informado: as lacunas não são conhecidas.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="162" />
            <source>High priority, no active action ({0}):</source>
            <translation>Alta prioridade, sem ação ativa ({0}):</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="168" />
            <source>… and {0} more</source>
            <translation>… e mais {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="180" />
            <source>none</source>
            <translation>nenhuma</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="182" />
            <source>no currency</source>
            <translation>sem moeda</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="214" />
            <source>not stated</source>
            <translation>não informado</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="265" />
            <source>not recorded</source>
            <translation>não registrado</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="273" />
            <source>Weight sensitivity: {0} runs, spread {1} (Dirichlet around the weights); "stable" = same quintile in at least 90 % of runs.</source>
            <translation>Sensibilidade aos pesos: {0} execuções, dispersão {1} (Dirichlet em torno dos pesos); "estável" = mesmo quintil em pelo menos 90 % das execuções.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="283" />
            <source>Scoring (value functions): {0}.</source>
            <translation>Pontuação (funções de valor): {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="289" />
            <source>Reading the ranking:</source>
            <translation>Como ler a classificação:</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="290" />
            <source>Rank: 1 is the highest priority. Priority: 0 (lowest) to 100 (highest), the weighted criterion scores of the settlement's own cells.</source>
            <translation>Posição: 1 é a maior prioridade. Prioridade: de 0 (mais baixa) a 100 (mais alta), as pontuações ponderadas dos critérios nas células do próprio assentamento.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="292" />
            <source>People: persons counted in the settlement on the population grid. Main drivers: the two criteria that contribute most to its priority, with their share of it.</source>
            <translation>Pessoas: pessoas contadas no assentamento na grade de população. Fatores principais: os dois critérios que mais contribuem para a sua prioridade, com a respectiva parcela.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="294" />
            <source>Rank range: the 5th to 95th percentile of its rank over the weight sensitivity runs. Stable: it stays in the same priority fifth in at least 90 % of the runs.</source>
            <translation>Intervalo de posições: do percentil 5 ao 95 da sua posição nas execuções de sensibilidade aos pesos. Estável: permanece no mesmo quinto de prioridade em pelo menos 90 % das execuções.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="297" />
            <source>Action: "yes" when a planned action that is not cancelled (proposed, approved, in progress, done) covers it; "—" when no register was given.</source>
            <translation>Ação: "sim" quando uma ação prevista que não está cancelada (proposta, aprovada, em andamento, concluída) o abrange; "—" quando nenhum registro foi informado.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="299" />
            <source>Caveats:</source>
            <translation>Ressalvas:</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="301" />
            <source>{0} settlement(s) are not ranked (no cell with data inside the boundary).</source>
            <translation>{0} assentamento(s) não estão classificados (nenhuma célula com dados dentro do limite).</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="305" />
            <source>{0} settlement(s) lack data for part of the criteria weight; their priority uses the criteria present (see priority_completeness).</source>
            <translation>{0} assentamento(s) não têm dados para parte do peso dos critérios; a sua prioridade usa os critérios presentes (ver priority_completeness).</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="309" />
            <source>Every settlement is ranked with every criterion present.</source>
            <translation>Todos os assentamentos estão classificados com todos os critérios presentes.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="310" />
            <source>Figures are modelled from the input data; check them on the ground before committing funds.</source>
            <translation>Os números são modelados a partir dos dados de entrada; verifique-os em campo antes de comprometer recursos.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="331" />
            <source>{0}, layer {1}</source>
            <translation>{0}, camada {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="333" />
            <source>{0} — {1}, file of {2}</source>
            <translation>{0} — {1}, arquivo de {2}</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="342" />
            <source>"{0}" — {1}, {2} layer (not a file)</source>
            <translation>"{0}" — {1}, camada {2} (não é um arquivo)</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="344" />
            <source>Inputs:</source>
            <translation>Entradas:</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="346" />
            <source>in {0}:</source>
            <translation>em {0}:</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="30" />
            <source>sum</source>
            <translation>soma</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="30" />
            <source>product</source>
            <translation>produto</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="30" />
            <source>reweight</source>
            <translation>reponderação</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="30" />
            <source>zero</source>
            <translation>zero</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="30" />
            <source>nodata</source>
            <translation>nodata</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="165" />
            <source>{0}. {1} (priority {2})</source>
            <translation>{0}. {1} (prioridade {2})</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="354" />
            <source>(unnamed)</source>
            <translation>(sem nome)</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="39" />
            <source>Priority = weighted sum of criterion scores (0-1), times 100. Criteria and weights: {0}.</source>
            <translation>Prioridade = soma ponderada das pontuações dos critérios (0-1), multiplicada por 100. Critérios e pesos: {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="41" />
            <source>Priority = weighted product of criterion scores (0-1), times 100. Criteria and weights: {0}.</source>
            <translation>Prioridade = produto ponderado das pontuações dos critérios (0-1), multiplicado por 100. Critérios e pesos: {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="45" />
            <source>Missing data: where a criterion has no value, the weights are shared over the criteria present.</source>
            <translation>Dados ausentes: onde um critério não tem valor, os pesos são repartidos entre os critérios presentes.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="47" />
            <source>Missing data: a criterion without a value counts as score 0.</source>
            <translation>Dados ausentes: um critério sem valor conta como pontuação 0.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="48" />
            <source>Missing data: a cell where any criterion has no value has no priority.</source>
            <translation>Dados ausentes: uma célula em que algum critério não tem valor não tem prioridade.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="265" />
            <source>Priority = criterion scores (0-1) combined by the method "{0}", times 100. Criteria and weights: {1}.</source>
            <translation>Prioridade = pontuações dos critérios (0-1) combinadas pelo método "{0}", multiplicadas por 100. Critérios e pesos: {1}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="269" />
            <source>Missing data: {0}.</source>
            <translation>Dados ausentes: {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="271" />
            <source>Classes 1-5 are city-wide quantiles of the map cells; a settlement's class is that of its priority.</source>
            <translation>As classes 1-5 são quantis das células do mapa em escala municipal; a classe de um assentamento é a da sua prioridade.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="339" />
            <source>table {0}.{1} of {2} — {3}, database table</source>
            <translation>tabela {0}.{1} de {2} — {3}, tabela de banco de dados</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="194" />
            <source>ready (0.8 or more)</source>
            <translation>pronta (0,8 ou mais)</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="195" />
            <source>in preparation (0.5 to 0.8)</source>
            <translation>em preparação (de 0,5 a 0,8)</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="196" />
            <source>early (under 0.5)</source>
            <translation>em fase inicial (abaixo de 0,5)</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="225" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="230" />
            <source>No active action yet.</source>
            <translation>Ainda não há ações ativas.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="232" />
            <source>No costed active action yet.</source>
            <translation>Ainda não há ações ativas com custo estimado.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="235" />
            <source>{0} active action(s) (proposed, approved, in progress or done), {1} of them ready for a funder; mean readiness {2}.</source>
            <translation>{0} ação(ões) ativa(s) (propostas, aprovadas, em andamento ou concluídas), {1} delas pronta(s) para um financiador; maturidade média: {2}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="239" />
            <source>Readiness is the share of the {0} checklist items an action meets: a place, the hazards it addresses, evidence that the settlements served are exposed, beneficiaries, a cost estimate with its currency, a funding source and status, a lead agency, start and end dates, co-benefits. It is computed as "Finance readiness of the actions" computes it, from the register and the ranking; this report does not read the exposure output, so the exposure evidence counts as missing here: run that tool with it for the full score and each action's climate rationale.</source>
            <translation>A maturidade é a parcela dos {0} itens da lista de verificação que uma ação atende: um local, as ameaças que enfrenta, evidências de que os assentamentos atendidos estão expostos, beneficiários, uma estimativa de custo com a sua moeda, uma fonte e uma situação do financiamento, um órgão responsável, datas de início e de término, cobenefícios. Ela é calculada como em "Maturidade das ações para financiamento", a partir do registro e da classificação; este relatório não lê a saída de exposição, por isso as evidências de exposição contam aqui como ausentes: execute essa ferramenta com essa saída para obter a pontuação completa e a justificativa climática de cada ação.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="246" />
            <source>Beneficiaries are the action's own, else the people of the settlements it serves. An action that addresses several hazards is counted under each and its cost split evenly between them; amounts in different currencies are never added.</source>
            <translation>Os beneficiários são os informados na ação ou, na falta deles, as pessoas dos assentamentos que ela atende. Uma ação que enfrenta várias ameaças é contada em cada uma delas, com o seu custo dividido igualmente entre elas; valores em moedas diferentes nunca são somados.</translation>
        </message>
    </context>
    <context>
        <name>ReportEnergy</name>
        <message>
            <location filename="../qgis_side/report_energy.py" line="33" />
            <source>Energy plan</source>
            <translation>Plano de energia</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="35" />
            <source>Grid densification</source>
            <translation>Adensamento da rede</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="36" />
            <source>Grid extension</source>
            <translation>Extensão da rede</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="37" />
            <source>Mini-grid</source>
            <translation>Minirrede</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="38" />
            <source>Stand-alone solar</source>
            <translation>Solar isolado</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="39" />
            <source>City-wide</source>
            <translation>Todo o município</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="47" />
            <source>Option</source>
            <translation>Opção</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="40" />
            <source>Settlements</source>
            <translation>Assentamentos</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="47" />
            <source>Households</source>
            <translation>Domicílios</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="47" />
            <source>To connect</source>
            <translation>A ligar</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="47" />
            <source>Investment</source>
            <translation>Investimento</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="40" />
            <source>Informal to regularise</source>
            <translation>Informais a regularizar</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="40" />
            <source>Regularisation cost</source>
            <translation>Custo de regularização</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="47" />
            <source>Settlement</source>
            <translation>Assentamento</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="47" />
            <source>Per household</source>
            <translation>Por domicílio</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="47" />
            <source>Informal</source>
            <translation>Informais</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="47" />
            <source>Flood note</source>
            <translation>Nota sobre inundação</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="190" />
            <source>Least cost per household among the options that serve tier {0} of the Multi-Tier Framework (stand-alone solar serves tier 1 only).</source>
            <translation>Menor custo por domicílio entre as opções que atendem o nível {0} do Multi-Tier Framework (o solar isolado atende apenas o nível 1).</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="193" />
            <source>Unit costs: grid connection {0}, medium-voltage line {1} per km, mini-grid {2} and solar home system {3} per household, regularisation {4} per informal connection, resilience premium {5} on the flooded share.</source>
            <translation>Custos unitários: ligação à rede {0}, linha de média tensão {1} por km, minirrede {2} e sistema solar domiciliar {3} por domicílio, regularização {4} por ligação informal, adicional de resiliência {5} sobre a parcela inundada.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="200" />
            <source>The settlements are costed in several currencies ({0}): amounts are shown without a code and are not comparable.</source>
            <translation>Os assentamentos têm custos em várias moedas ({0}): os valores são mostrados sem código e não são comparáveis.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="202" />
            <source>Figures from the energy access output "{0}".</source>
            <translation>Números da saída de acesso à energia "{0}".</translation>
        </message>
    </context>
    <context>
        <name>ReportLanguage</name>
        <message>
            <location filename="../qgis_side/translation.py" line="90" />
            <source>The report language "{0}" is not available; choose one of {1}, or leave it empty for QGIS's language.</source>
            <translation>O idioma do relatório "{0}" não está disponível; escolha um destes: {1}, ou deixe vazio para usar o idioma do QGIS.</translation>
        </message>
        <message>
            <location filename="../qgis_side/translation.py" line="106" />
            <source>QGIS's language "{0}" has no report translation: the report is written in English.</source>
            <translation>O idioma do QGIS "{0}" não tem tradução do relatório: o relatório é escrito em inglês.</translation>
        </message>
        <message>
            <location filename="../qgis_side/translation.py" line="115" />
            <source>The report translation for "{0}" is not compiled ({1} is missing; make package builds it): the report is written in English.</source>
            <translation>A tradução do relatório para "{0}" não está compilada ({1} está ausente; make package a gera): o relatório é escrito em inglês.</translation>
        </message>
    </context>
    <context>
        <name>ReportPages</name>
        <message>
            <location filename="../algorithms/report.py" line="182" />
            <source>Priority (0 = lowest, 100 = highest)</source>
            <translation>Prioridade (0 = mais baixa, 100 = mais alta)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="185" />
            <source>Informal settlements</source>
            <translation>Assentamentos informais</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="189" />
            <source>City boundary</source>
            <translation>Limite do município</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="194" />
            <source>Roads</source>
            <translation>Vias</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="228" />
            <source>Budget by funding status (active actions)</source>
            <translation>Orçamento por situação do financiamento (ações ativas)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="230" />
            <source>Budget by hazard (shared costs split evenly)</source>
            <translation>Orçamento por ameaça (custos compartilhados divididos igualmente)</translation>
        </message>
    </context>
    <context>
        <name>ResiliencePlannerAlgorithm</name>
        <message>
            <location filename="../algorithms/base.py" line="159" />
            <source>Cancelled: no output was written.</source>
            <translation>Cancelado: nenhuma saída foi gravada.</translation>
        </message>
    </context>
    <context>
        <name>ResiliencePlannerPlugin</name>
        <message>
            <location filename="../plugin.py" line="91" />
            <source>&amp;Resilience Planner</source>
            <translation>&amp;Resilience Planner</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="99" />
            <source>Resilience Planner</source>
            <translation>Resilience Planner</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="157" />
            <source>Exposure</source>
            <translation>Exposição</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="157" />
            <source>Settlement hazard exposure…</source>
            <translation>Exposição dos assentamentos às ameaças…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="157" />
            <source>Infrastructure hazard exposure…</source>
            <translation>Exposição da infraestrutura às ameaças…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="160" />
            <source>Vulnerability</source>
            <translation>Vulnerabilidade</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="160" />
            <source>Vulnerability indicators…</source>
            <translation>Indicadores de vulnerabilidade…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="160" />
            <source>Settlement vulnerability index…</source>
            <translation>Índice de vulnerabilidade dos assentamentos…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="160" />
            <source>Indicator weights by pairwise comparison (AHP)…</source>
            <translation>Pesos dos indicadores por comparação par a par (AHP)…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="164" />
            <source>Access</source>
            <translation>Acesso</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="164" />
            <source>Access to services…</source>
            <translation>Acesso a serviços…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="164" />
            <source>Energy access options…</source>
            <translation>Opções de acesso à energia…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="167" />
            <source>Priorities</source>
            <translation>Prioridades</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="167" />
            <source>Citywide resilience priorities…</source>
            <translation>Prioridades de resiliência em escala municipal…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="167" />
            <source>Priority explorer</source>
            <translation>Explorador de prioridades</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="170" />
            <source>Planned actions</source>
            <translation>Ações previstas</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="170" />
            <source>Create planned-action register…</source>
            <translation>Criar registro de ações previstas…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="170" />
            <source>Action coverage and gaps…</source>
            <translation>Cobertura das ações e lacunas…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="170" />
            <source>Import actions from CSV…</source>
            <translation>Importar ações de CSV…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="170" />
            <source>Export action plan (CSV or Excel)…</source>
            <translation>Exportar plano de ações (CSV ou Excel)…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="180" />
            <source>Report and workflow</source>
            <translation>Relatório e fluxo de trabalho</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="180" />
            <source>Resilience priorities report…</source>
            <translation>Relatório de prioridades de resiliência…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="180" />
            <source>Citywide workflow: exposure to action coverage…</source>
            <translation>Fluxo de trabalho municipal: da exposição à cobertura das ações…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="180" />
            <source>Batch: many cities…</source>
            <translation>Lote: várias cidades…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="185" />
            <source>Training</source>
            <translation>Capacitação</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="185" />
            <source>Generate sample city…</source>
            <translation>Gerar cidade de exemplo…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="199" />
            <source>Help</source>
            <translation>Ajuda</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="202" />
            <source>Open the Resilience Planner guide</source>
            <translation>Abrir o guia do Resilience Planner</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="206" />
            <source>About Resilience Planner…</source>
            <translation>Sobre o Resilience Planner…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="251" />
            <source>&lt;p&gt;&lt;b&gt;Resilience Planner {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{description}&lt;/p&gt;&lt;p&gt;Home page: &lt;a href="{homepage}"&gt;{homepage}&lt;/a&gt;&lt;br&gt;Report a problem: &lt;a href="{tracker}"&gt;{tracker}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Licence: {license}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Resilience Planner {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{description}&lt;/p&gt;&lt;p&gt;Página inicial: &lt;a href="{homepage}"&gt;{homepage}&lt;/a&gt;&lt;br&gt;Relatar um problema: &lt;a href="{tracker}"&gt;{tracker}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Licença: {license}&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="261" />
            <source>About Resilience Planner</source>
            <translation>Sobre o Resilience Planner</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="170" />
            <source>Copy planned-action register…</source>
            <translation>Copiar registro de ações previstas…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="170" />
            <source>Finance readiness of the actions…</source>
            <translation>Maturidade das ações para financiamento…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="180" />
            <source>Project profiles (PDF)…</source>
            <translation>Perfis de projeto (PDF)…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="170" />
            <source>Energy plan actions into the register…</source>
            <translation>Incluir as ações do plano de energia no registro…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="170" />
            <source>Restore a planned action from its history…</source>
            <translation>Restaurar uma ação prevista a partir do seu histórico…</translation>
        </message>
    </context>
    <context>
        <name>ResiliencePlannerProvider</name>
        <message>
            <location filename="../algorithms/provider.py" line="38" />
            <source>Citywide workflow: exposure to action coverage</source>
            <translation>Fluxo de trabalho municipal: da exposição à cobertura das ações</translation>
        </message>
        <message>
            <location filename="../algorithms/provider.py" line="79" />
            <source>Workflow</source>
            <translation>Fluxo de trabalho</translation>
        </message>
    </context>
    <context>
        <name>ResilienceReport</name>
        <message>
            <location filename="../qgis_side/report.py" line="87" />
            <source>Resilience priorities</source>
            <translation>Prioridades de resiliência</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="97" />
            <source>Legend</source>
            <translation>Legenda</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="88" />
            <source>Settlement ranking</source>
            <translation>Classificação dos assentamentos</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="89" />
            <source>Action plan</source>
            <translation>Plano de ações</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="93" />
            <source>Method and provenance</source>
            <translation>Método e procedência</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="354" />
            <source>{0} — {1} · page {2} of {3}</source>
            <translation>{0} — {1} · página {2} de {3}</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="591" />
            <source>{0} (continued)</source>
            <translation>{0} (continuação)</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="60" />
            <source>Rank</source>
            <translation>Posição</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="60" />
            <source>Settlement</source>
            <translation>Assentamento</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="60" />
            <source>People</source>
            <translation>Pessoas</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="60" />
            <source>Priority</source>
            <translation>Prioridade</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="60" />
            <source>Main drivers</source>
            <translation>Fatores principais</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="60" />
            <source>Rank range</source>
            <translation>Intervalo de posições</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="60" />
            <source>Stable</source>
            <translation>Estável</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="68" />
            <source>Action</source>
            <translation>Ação</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="68" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="68" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="68" />
            <source>Funding</source>
            <translation>Financiamento</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="82" />
            <source>Cost</source>
            <translation>Custo</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="77" />
            <source>Beneficiaries</source>
            <translation>Beneficiários</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="68" />
            <source>Settlements</source>
            <translation>Assentamentos</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="77" />
            <source>Funding status</source>
            <translation>Situação do financiamento</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="77" />
            <source>Readiness</source>
            <translation>Maturidade</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="82" />
            <source>Actions</source>
            <translation>Ações</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="82" />
            <source>Hazard addressed</source>
            <translation>Ameaça enfrentada</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="90" />
            <source>Finance pipeline</source>
            <translation>Carteira de financiamento</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="91" />
            <source>By funding status and readiness</source>
            <translation>Por situação do financiamento e maturidade</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="92" />
            <source>Total cost by hazard addressed</source>
            <translation>Custo total por ameaça enfrentada</translation>
        </message>
    </context>
    <context>
        <name>RestoreActionAlgorithm</name>
        <message>
            <location filename="../algorithms/restore_action.py" line="36" />
            <source>Restore a planned action from its history</source>
            <translation>Restaurar uma ação prevista a partir do seu histórico</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="39" />
            <source>Planned actions</source>
            <translation>Ações previstas</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="46" />
            <source>The register's database: the name of a QGIS PostgreSQL connection, or a connection string such as service=office or dbname=city host=db.example.org user=planner. A GeoPackage register keeps no history, so it cannot be restored from.</source>
            <translation>O banco de dados do registro: o nome de uma conexão PostgreSQL do QGIS, ou uma string de conexão como service=office ou dbname=city host=db.example.org user=planner. Um registro GeoPackage não mantém histórico, portanto não é possível restaurar a partir dele.</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="50" />
            <source>The database schema that holds the register.</source>
            <translation>O esquema do banco de dados que contém o registro.</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="51" />
            <source>The action_id of the action to restore (a UUID).</source>
            <translation>O action_id da ação a restaurar (um UUID).</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="52" />
            <source>The history_id of the entry of planned_actions_history whose state the action gets back (the History… of the Planned actions dock lists them).</source>
            <translation>O history_id da entrada de planned_actions_history cujo estado a ação recupera (o botão Histórico… do painel Ações previstas lista as entradas).</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="54" />
            <source>The row version you saw the action at (0: you saw it deleted): when it has changed since, nothing is restored and the message says who changed it and when. Empty: no check.</source>
            <translation>A versão da linha em que você viu a ação (0: você a viu excluída): se ela tiver mudado desde então, nada é restaurado e a mensagem informa quem a alterou e quando. Vazio: sem verificação.</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="60" />
            <source>Database (PostgreSQL)</source>
            <translation>Banco de dados (PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="61" />
            <source>Database schema</source>
            <translation>Esquema do banco de dados</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="63" />
            <source>Action (action_id)</source>
            <translation>Ação (action_id)</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="64" />
            <source>History entry (history_id)</source>
            <translation>Entrada do histórico (history_id)</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="67" />
            <source>Row version seen</source>
            <translation>Versão da linha vista</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="70" />
            <source>Action restored</source>
            <translation>Ação restaurada</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="71" />
            <source>Its new row version</source>
            <translation>A sua nova versão da linha</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="72" />
            <source>How it was written (UPDATE, or INSERT for a deleted action)</source>
            <translation>Como foi gravada (UPDATE, ou INSERT para uma ação excluída)</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="92" />
            <source>The action "{0}" ({1}), deleted, is back in the register in the state of history entry {2}: row version {3}.</source>
            <translation>A ação "{0}" ({1}), que havia sido excluída, voltou ao registro no estado da entrada do histórico {2}: versão da linha {3}.</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="96" />
            <source>The action "{0}" ({1}) is back in the state of history entry {2}: row version {3}.</source>
            <translation>A ação "{0}" ({1}) voltou ao estado da entrada do histórico {2}: versão da linha {3}.</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="104" />
            <source>"{0}" is a GeoPackage register, which keeps no history of its own edits: there is no earlier state to restore. Only a register in a PostgreSQL database records every change (Copy planned-action register copies a GeoPackage into one). Give DATABASE: the name of a QGIS PostgreSQL connection, or a connection string such as service=office.</source>
            <translation>"{0}" é um registro GeoPackage, que não mantém histórico das suas próprias edições: não há nenhum estado anterior a restaurar. Somente um registro em um banco de dados PostgreSQL registra cada alteração (Copiar registro de ações previstas copia um GeoPackage para um banco de dados). Informe DATABASE: o nome de uma conexão PostgreSQL do QGIS, ou uma string de conexão como service=office.</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="109" />
            <source>Give DATABASE: the name of a QGIS PostgreSQL connection, or a connection string such as service=office, of the register whose action to restore. A GeoPackage register keeps no history of its own edits, so only a register in a database can be restored from.</source>
            <translation>Informe DATABASE: o nome de uma conexão PostgreSQL do QGIS, ou uma string de conexão como service=office, do registro cuja ação deve ser restaurada. Um registro GeoPackage não mantém histórico das suas próprias edições, portanto só é possível restaurar a partir de um registro em um banco de dados.</translation>
        </message>
    </context>
    <context>
        <name>SampleCityAlgorithm</name>
        <message>
            <location filename="../algorithms/sample_city.py" line="30" />
            <source>Generate sample city</source>
            <translation>Gerar cidade de exemplo</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="33" />
            <source>Training</source>
            <translation>Capacitação</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="39" />
            <source>Seed</source>
            <translation>Semente</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="41" />
            <source>Output folder</source>
            <translation>Pasta de saída</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="43" />
            <source>Sample city GeoPackage</source>
            <translation>GeoPackage da cidade de exemplo</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="57" />
            <source>Sample city written to {0}</source>
            <translation>Cidade de exemplo gravada em {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="69" />
            <source>Sample city Mto Mkuu (seed {0})</source>
            <translation>Cidade de exemplo Mto Mkuu (semente {0})</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="44" />
            <source>Flood depth</source>
            <translation>Profundidade de inundação</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="44" />
            <source>Landslide susceptibility</source>
            <translation>Suscetibilidade a deslizamentos</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="44" />
            <source>Land-surface temperature</source>
            <translation>Temperatura de superfície</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="44" />
            <source>Population</source>
            <translation>População</translation>
        </message>
    </context>
    <context>
        <name>ServiceAccessAlgorithm</name>
        <message>
            <location filename="../algorithms/service_access.py" line="76" />
            <source>Access to services</source>
            <translation>Acesso a serviços</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="46" />
            <source>Access</source>
            <translation>Acesso</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="53" />
            <source>A number (exposed where the value is at least it, e.g. 0.5), a comparison (&lt;=2) or classes (=1|2). Empty: any value above 0.</source>
            <translation>Um número com ponto decimal (exposto onde o valor é pelo menos esse número, ex.: 0.5), uma comparação (&lt;=2) ou classes (=1|2). Vazio: qualquer valor acima de 0.</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="58" />
            <source>Settlements</source>
            <translation>Assentamentos</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="60" />
            <source>Facilities</source>
            <translation>Equipamentos</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="62" />
            <source>Facility type field</source>
            <translation>Campo de tipo de equipamento</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="65" />
            <source>Roads</source>
            <translation>Vias</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="67" />
            <source>Hazard raster</source>
            <translation>Raster de ameaça</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="68" />
            <source>Hazard exposure rule</source>
            <translation>Regra de exposição à ameaça</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="70" />
            <source>Maximum distance (m)</source>
            <translation>Distância máxima (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="73" />
            <source>Road snapping tolerance (m)</source>
            <translation>Tolerância de ajuste às vias (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="78" />
            <source>Settlements that lose access to a facility type</source>
            <translation>Assentamentos que perdem o acesso a um tipo de equipamento</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="117" />
            <source>The settlements layer has no features.</source>
            <translation>A camada de assentamentos não tem feições.</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="119" />
            <source>Distances are measured in {0} ({1}).</source>
            <translation>As distâncias são medidas em {0} ({1}).</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="142" />
            <source>The facilities layer has no points.</source>
            <translation>A camada de equipamentos não tem pontos.</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="146" />
            <source>{0} facilities have no type; their fields start with "{1}_".</source>
            <translation>{0} equipamentos não têm tipo; os seus campos começam com "{1}_".</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="148" />
            <source>Facility types: {0}</source>
            <translation>Tipos de equipamento: {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="156" />
            <source>Road network: {0:,} junctions and vertices, {1:,} segments.</source>
            <translation>Rede viária: {0:,} junções e vértices, {1:,} segmentos.</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="164" />
            <source>{0} settlements are farther than the maximum distance from any road.</source>
            <translation>{0} assentamentos estão mais distantes de qualquer via do que a distância máxima.</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="167" />
            <source>No roads: only straight-line distances are computed; the network fields stay NULL.</source>
            <translation>Sem vias: apenas as distâncias em linha reta são calculadas; os campos de rede permanecem NULL.</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="178" />
            <source>{0:,} of {1:,} road segments are cut by the hazard.</source>
            <translation>{0:,} de {1:,} segmentos de via são interrompidos pela ameaça.</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="187" />
            <source>No "{0}" facility lies within {1:,.0f} m of any settlement.</source>
            <translation>Nenhum equipamento "{0}" está a menos de {1:,.0f} m de algum assentamento.</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="195" />
            <source>{0}: {1} of {2} facilities are out of service during the hazard.</source>
            <translation>{0}: {1} de {2} equipamentos ficam fora de serviço durante a ameaça.</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="206" />
            <source>{0}: {1} settlements lose access during the hazard.</source>
            <translation>{0}: {1} assentamentos perdem o acesso durante a ameaça.</translation>
        </message>
    </context>
    <context>
        <name>SettlementExposureAlgorithm</name>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="48" />
            <source>Settlement hazard exposure</source>
            <translation>Exposição dos assentamentos às ameaças</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="51" />
            <source>Exposure</source>
            <translation>Exposição</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="59" />
            <source>Persons per cell.</source>
            <translation>Pessoas por célula.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="60" />
            <source>Persons per settlement, used when there is no population raster.</source>
            <translation>Pessoas por assentamento, usado quando não há raster de população.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="64" />
            <source>Settlements</source>
            <translation>Assentamentos</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="66" />
            <source>Settlement ID field</source>
            <translation>Campo de identificador do assentamento</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="69" />
            <source>Hazard rasters</source>
            <translation>Rasters de ameaça</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="71" />
            <source>Exposure rules, one per hazard</source>
            <translation>Regras de exposição, uma por ameaça</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="74" />
            <source>Population raster (persons/cell)</source>
            <translation>Raster de população (pessoas/célula)</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="76" />
            <source>Population field (persons)</source>
            <translation>Campo de população (pessoas)</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="82" />
            <source>Settlement exposure</source>
            <translation>Exposição dos assentamentos</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="84" />
            <source>Settlements exposed to at least one hazard</source>
            <translation>Assentamentos expostos a pelo menos uma ameaça</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="86" />
            <source>People exposed to at least one hazard</source>
            <translation>Pessoas expostas a pelo menos uma ameaça</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="88" />
            <source>Doubts about the hazards (also in the output layer's metadata)</source>
            <translation>Dúvidas sobre as ameaças (também nos metadados da camada de saída)</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="110" />
            <source>Settlements layer "{0}" has no CRS. Set its coordinate reference system (Layer Properties &gt; Source) and run again.</source>
            <translation>A camada de assentamentos "{0}" não tem SRC. Defina o seu sistema de referência de coordenadas (Propriedades da camada &gt; Fonte) e execute novamente.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="115" />
            <source>Choose at least one hazard raster.</source>
            <translation>Escolha pelo menos um raster de ameaça.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="119" />
            <source>Raster "{0}" has {1} bands; band 1 is used.</source>
            <translation>O raster "{0}" tem {1} bandas; é usada a banda 1.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="132" />
            <source>Hazard "{0}" → fields {1}_*</source>
            <translation>Ameaça "{0}" → campos {1}_*</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="135" />
            <source>Settlements layer "{0}" has no features. Choose a layer with settlement polygons, or clear the selection filter.</source>
            <translation>A camada de assentamentos "{0}" não tem feições. Escolha uma camada com polígonos de assentamentos ou limpe o filtro de seleção.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="142" />
            <source>No population raster or population field: the *_exposed_pop fields stay NULL.</source>
            <translation>Sem raster de população nem campo de população: os campos *_exposed_pop permanecem NULL.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="156" />
            <source>Hazard "{0}" exposes (nearly) all of every settlement: {1} of the {2} settlements with data are at least 99 % exposed under its rule ({3}). A real hazard rarely does: check that the rule does not include every value (classes coded the other way round, a threshold below the data) and that the layer is a hazard.</source>
            <translation>A ameaça "{0}" expõe (quase) toda a área de todos os assentamentos: {1} dos {2} assentamentos com dados estão pelo menos 99 % expostos segundo a sua regra ({3}). Uma ameaça real raramente faz isso: verifique se a regra não inclui todos os valores (classes codificadas ao contrário, um limiar abaixo dos dados) e se a camada é de fato uma ameaça.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="185" />
            <source>{0} of {1} settlements are exposed to at least one hazard; {2}.</source>
            <translation>{0} de {1} assentamentos estão expostos a pelo menos uma ameaça; {2}.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="185" />
            <source>the number of people exposed is unknown (no population)</source>
            <translation>o número de pessoas expostas é desconhecido (sem população)</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="185" />
            <source>{0:,.0f} people live in exposed cells</source>
            <translation>{0:,.0f} pessoas vivem em células expostas</translation>
        </message>
    </context>
    <context>
        <name>Styles</name>
        <message>
            <location filename="../qgis_side/styles.py" line="45" />
            <source>grid densification</source>
            <translation>adensamento da rede</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="46" />
            <source>grid extension</source>
            <translation>extensão da rede</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="47" />
            <source>mini grid</source>
            <translation>minirrede</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="48" />
            <source>standalone solar</source>
            <translation>solar autônomo</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="110" />
            <source>{0} cannot be opened</source>
            <translation>Não é possível abrir {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="115" />
            <source>The style Resilience Planner gave this output</source>
            <translation>O estilo que o Resilience Planner deu a esta saída</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="117" />
            <source>{0}: the .qml could not be written</source>
            <translation>{0}: não foi possível gravar o .qml</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="189" />
            <source>Could not style {0}: {1}</source>
            <translation>Não foi possível aplicar estilo a {0}: {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="212" />
            <source>1 Very low</source>
            <translation>1 Muito baixa</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="212" />
            <source>2 Low</source>
            <translation>2 Baixa</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="212" />
            <source>3 Medium</source>
            <translation>3 Média</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="212" />
            <source>4 High</source>
            <translation>4 Alta</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="212" />
            <source>5 Very high</source>
            <translation>5 Muito alta</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="304" />
            <source>{0} – lowest here (0 = no criterion scores)</source>
            <translation>{0} – mínimo aqui (0 = nenhum critério pontua)</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="305" />
            <source>{0} (half of the cells below)</source>
            <translation>{0} (metade das células abaixo)</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="306" />
            <source>{0} (three quarters below)</source>
            <translation>{0} (três quartos abaixo)</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="307" />
            <source>{0} (nine tenths below)</source>
            <translation>{0} (nove décimos abaixo)</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="308" />
            <source>{0} – highest here (100 = every criterion high)</source>
            <translation>{0} – máximo aqui (100 = todo critério alto)</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="309" />
            <source>half of the cells</source>
            <translation>metade das células</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="309" />
            <source>three quarters of the cells</source>
            <translation>três quartos das células</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="310" />
            <source>nine tenths of the cells</source>
            <translation>nove décimos das células</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="329" />
            <source>{0} at or below</source>
            <translation>{0} neste valor ou abaixo</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="341" />
            <source>{0} (priority {1:.1f}–{2:.1f})</source>
            <translation>{0} (prioridade {1:.1f}–{2:.1f})</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="350" />
            <source>Not ranked (no data)</source>
            <translation>Sem classificação (sem dados)</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="359" />
            <source>High priority (classes 4-5)</source>
            <translation>Alta prioridade (classes 4-5)</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="364" />
            <source>Action proposed</source>
            <translation>Ação proposta</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="364" />
            <source>Action approved</source>
            <translation>Ação aprovada</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="364" />
            <source>Action in progress</source>
            <translation>Ação em andamento</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="364" />
            <source>Action done</source>
            <translation>Ação concluída</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="380" />
            <source>Action cancelled</source>
            <translation>Ação cancelada</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="384" />
            <source>Action without a status</source>
            <translation>Ação sem status</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="398" />
            <source>Exposed to {0}</source>
            <translation>Exposto a {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="398" />
            <source>Not exposed</source>
            <translation>Não exposto</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="398" />
            <source>No hazard data</source>
            <translation>Sem dados de ameaça</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="408" />
            <source>Loses access to {0} in the hazard</source>
            <translation>Perde o acesso a {0} com a ameaça</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="408" />
            <source>Keeps access to {0}</source>
            <translation>Mantém o acesso a {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="408" />
            <source>No road access to {0}, even without the hazard</source>
            <translation>Sem acesso viário a {0}, mesmo sem a ameaça</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="436" />
            <source>Primary road</source>
            <translation>Via principal</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="436" />
            <source>Secondary road</source>
            <translation>Via secundária</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="436" />
            <source>Residential road</source>
            <translation>Via residencial</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="442" />
            <source>Other road</source>
            <translation>Outra via</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="452" />
            <source>0 m (dry)</source>
            <translation>0 m (seco)</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="453" />
            <source>0.01 m</source>
            <translation>0,01 m</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="455" />
            <source>{0:.1f} m</source>
            <translation>{0:.1f} m</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="460" />
            <source>1 Low</source>
            <translation>1 Baixa</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="461" />
            <source>2 Moderate</source>
            <translation>2 Moderada</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="462" />
            <source>3 High</source>
            <translation>3 Alta</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="474" />
            <source>0 people per cell</source>
            <translation>0 pessoas por célula</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>City boundary</source>
            <translation>Limite do município</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Health facilities</source>
            <translation>Unidades de saúde</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Schools</source>
            <translation>Escolas</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Water points</source>
            <translation>Pontos de água</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Substations</source>
            <translation>Subestações</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Power lines</source>
            <translation>Linhas de energia</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Roads</source>
            <translation>Vias</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Settlements</source>
            <translation>Assentamentos</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Settlement profiles</source>
            <translation>Perfis dos assentamentos</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Flood depth (m)</source>
            <translation>Profundidade de inundação (m)</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Landslide susceptibility</source>
            <translation>Suscetibilidade a deslizamentos</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Land-surface temperature (°C)</source>
            <translation>Temperatura de superfície (°C)</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Population (people per cell)</source>
            <translation>População (pessoas por célula)</translation>
        </message>
    </context>
    <context>
        <name>Vulnerability</name>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="107" />
            <source>Warning: </source>
            <translation>Aviso: </translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="111" />
            <source>Error: </source>
            <translation>Erro: </translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="838" />
            <source>Vulnerability indicators</source>
            <translation>Indicadores de vulnerabilidade</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="171" />
            <source>Indicators</source>
            <translation>Indicadores</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="172" />
            <source>Pairwise weights (AHP)</source>
            <translation>Pesos par a par (AHP)</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="175" />
            <source>Messages</source>
            <translation>Mensagens</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="186" />
            <source>Run</source>
            <translation>Executar</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="187" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="208" />
            <source>A table of settlement profiles joined to the settlements by a key. Empty: the indicators are the settlements layer's own fields.</source>
            <translation>Uma tabela de perfis dos assentamentos unida aos assentamentos por uma chave. Vazio: os indicadores são os próprios campos da camada de assentamentos.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="212" />
            <source>Settlements</source>
            <translation>Assentamentos</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="218" />
            <source>Key</source>
            <translation>Chave</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="216" />
            <source>Profile table</source>
            <translation>Tabela de perfis</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="226" />
            <source>Built-in presets…</source>
            <translation>Conjuntos predefinidos incluídos…</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="231" />
            <source>Load preset…</source>
            <translation>Carregar conjunto predefinido…</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="232" />
            <source>Save preset…</source>
            <translation>Salvar conjunto predefinido…</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="239" />
            <source>Indicator (tick to use)</source>
            <translation>Indicador (marque para usar)</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="239" />
            <source>Direction</source>
            <translation>Sentido</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="239" />
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="239" />
            <source>Share</source>
            <translation>Parcela</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="245" />
            <source>The weight's share of the ticked indicators' total: what the index gives it</source>
            <translation>A parcela deste peso no total dos indicadores marcados: o que o índice lhe atribui</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="255" />
            <source>Min–max</source>
            <translation>Mín–máx</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="255" />
            <source>Percentile rank</source>
            <translation>Posição percentil</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="255" />
            <source>Z-score through the normal distribution</source>
            <translation>Escore z pela distribuição normal</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="258" />
            <source>Reweight over the indicators present</source>
            <translation>Reponderar entre os indicadores presentes</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="258" />
            <source>Fill with the median</source>
            <translation>Preencher com a mediana</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="258" />
            <source>Leave the score NULL</source>
            <translation>Deixar a pontuação NULL</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="262" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="263" />
            <source>[Create temporary layer]</source>
            <translation>[Criar camada temporária]</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="264" />
            <source>Normalisation</source>
            <translation>Normalização</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="266" />
            <source>Missing values</source>
            <translation>Valores ausentes</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="268" />
            <source>Output</source>
            <translation>Saída</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="279" />
            <source>The arrow points at the more important indicator of each pair. The computed weights apply once you click "Use these weights".</source>
            <translation>A seta aponta para o indicador mais importante de cada par. Os pesos calculados são aplicados quando você clica em "Usar estes pesos".</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="294" />
            <source>Compute weights</source>
            <translation>Calcular pesos</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="295" />
            <source>Use these weights</source>
            <translation>Usar estes pesos</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="296" />
            <source>Replace the weights on the Indicators page by the AHP weights</source>
            <translation>Substituir os pesos da página Indicadores pelos pesos AHP</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="349" />
            <source>Settlements: "{0}", {1}.</source>
            <translation>Assentamentos: "{0}", {1}.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="351" />
            <source>Profiles joined on "{0}" = "{1}".</source>
            <translation>Perfis unidos por "{0}" = "{1}".</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="353" />
            <source>Add a settlements layer (polygons) to the project.</source>
            <translation>Adicione ao projeto uma camada de assentamentos (polígonos).</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="420" />
            <source>"{0}" and "{1}" have no key field of the same name: choose the two key fields.</source>
            <translation>"{0}" e "{1}" não têm campo-chave com o mesmo nome: escolha os dois campos-chave.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="470" />
            <source>+ : a higher value means more vulnerable; - : less vulnerable</source>
            <translation>+ : um valor mais alto significa mais vulnerável; - : menos vulnerável</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="567" />
            <source>Preset "{0}" loaded.</source>
            <translation>Conjunto predefinido "{0}" carregado.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="569" />
            <source>Not in this table: {0}.</source>
            <translation>Não está nesta tabela: {0}.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="578" />
            <source>Preset saved to {0}</source>
            <translation>Conjunto predefinido salvo em {0}</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="586" />
            <source>Load indicator preset</source>
            <translation>Carregar conjunto predefinido de indicadores</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="592" />
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="592" />
            <source>Save indicator preset</source>
            <translation>Salvar conjunto predefinido de indicadores</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="736" />
            <source>{0} pairs</source>
            <translation>{0} pares</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="648" />
            <source>Tick at least two indicators on the Indicators page first.</source>
            <translation>Primeiro marque pelo menos dois indicadores na página Indicadores.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="708" />
            <source>CR = {0:.3f}</source>
            <translation>CR = {0:.3f}</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="710" />
            <source>(above 0.1: the judgements contradict each other; revisit them)</source>
            <translation>(acima de 0,1: os julgamentos se contradizem; revise-os)</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="720" />
            <source>The ticked indicators changed since the AHP weights were computed: compute them again.</source>
            <translation>Os indicadores marcados mudaram desde que os pesos AHP foram calculados: calcule-os novamente.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="727" />
            <source>AHP weights applied (CR = {0:.3f}).</source>
            <translation>Pesos AHP aplicados (CR = {0:.3f}).</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="761" />
            <source>Choose a settlements layer.</source>
            <translation>Escolha uma camada de assentamentos.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="764" />
            <source>Tick at least one indicator.</source>
            <translation>Marque pelo menos um indicador.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="808" />
            <source>Cancelled while the output was being written: it was completed and kept.</source>
            <translation>Cancelado durante a gravação da saída: ela foi concluída e mantida.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="808" />
            <source>Cancelled: no output was written.</source>
            <translation>Cancelado: nenhuma saída foi gravada.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="812" />
            <source>The index was not computed; see the messages.</source>
            <translation>O índice não foi calculado; veja as mensagens.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="821" />
            <source>Settlement vulnerability</source>
            <translation>Vulnerabilidade dos assentamentos</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="826" />
            <source>{0} settlements scored; mean completeness {1:.0%}.</source>
            <translation>{0} assentamentos pontuados; completude média de {1:.0%}.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="838" />
            <source>The index is still being computed. Cancel it?</source>
            <translation>O índice ainda está sendo calculado. Cancelar?</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="704" />
            <source>{0} {1} → {2}</source>
            <translation>{0} {1} → {2}</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="707" />
            <source>Share of the weight, now → with AHP: </source>
            <translation>Parcela do peso, atual → com AHP: </translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="68" />
            <source>◀ 9 extremely</source>
            <translation>◀ 9 extremamente</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="69" />
            <source>◀ 7 very strongly</source>
            <translation>◀ 7 muito fortemente</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="70" />
            <source>◀ 5 strongly</source>
            <translation>◀ 5 fortemente</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="71" />
            <source>◀ 3 moderately</source>
            <translation>◀ 3 moderadamente</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="72" />
            <source>1 equally</source>
            <translation>1 igualmente</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="73" />
            <source>3 moderately ▶</source>
            <translation>3 moderadamente ▶</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="74" />
            <source>5 strongly ▶</source>
            <translation>5 fortemente ▶</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="75" />
            <source>7 very strongly ▶</source>
            <translation>7 muito fortemente ▶</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="76" />
            <source>9 extremely ▶</source>
            <translation>9 extremamente ▶</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="78" />
            <source>"{a}" is extremely more important than "{b}"</source>
            <translation>"{a}" é extremamente mais importante que "{b}"</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="79" />
            <source>"{a}" is very strongly more important than "{b}"</source>
            <translation>"{a}" é muito fortemente mais importante que "{b}"</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="80" />
            <source>"{a}" is strongly more important than "{b}"</source>
            <translation>"{a}" é fortemente mais importante que "{b}"</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="81" />
            <source>"{a}" is moderately more important than "{b}"</source>
            <translation>"{a}" é moderadamente mais importante que "{b}"</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="82" />
            <source>"{a}" and "{b}" are equally important</source>
            <translation>"{a}" e "{b}" são igualmente importantes</translation>
        </message>
    </context>
    <context>
        <name>VulnerabilityIndexAlgorithm</name>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="47" />
            <source>Settlement vulnerability index</source>
            <translation>Índice de vulnerabilidade dos assentamentos</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="50" />
            <source>Vulnerability</source>
            <translation>Vulnerabilidade</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="57" />
            <source>Empty: the preset's, else min–max.</source>
            <translation>Vazio: o do conjunto predefinido; senão, mín–máx.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="58" />
            <source>Empty: the preset's, else reweight over the indicators present.</source>
            <translation>Vazio: o do conjunto predefinido; senão, reponderar entre os indicadores presentes.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="62" />
            <source>Settlements</source>
            <translation>Assentamentos</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="64" />
            <source>Settlement profiles (table)</source>
            <translation>Perfis dos assentamentos (tabela)</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="66" />
            <source>Settlement key field</source>
            <translation>Campo-chave do assentamento</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="69" />
            <source>Profile key field</source>
            <translation>Campo-chave do perfil</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="71" />
            <source>Indicators</source>
            <translation>Indicadores</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="71" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="71" />
            <source>Direction (+/-)</source>
            <translation>Sentido (+/-)</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="71" />
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="74" />
            <source>Indicator preset (JSON)</source>
            <translation>Conjunto predefinido de indicadores (JSON)</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="77" />
            <source>Normalisation</source>
            <translation>Normalização</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="77" />
            <source>Min–max</source>
            <translation>Mín–máx</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="77" />
            <source>Percentile rank</source>
            <translation>Posição percentil</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="77" />
            <source>Z-score through the normal distribution</source>
            <translation>Escore z pela distribuição normal</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="81" />
            <source>Missing values</source>
            <translation>Valores ausentes</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="81" />
            <source>Reweight over the indicators present</source>
            <translation>Reponderar entre os indicadores presentes</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="81" />
            <source>Fill with the median</source>
            <translation>Preencher com a mediana</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="81" />
            <source>Leave the score NULL</source>
            <translation>Deixar a pontuação NULL</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="86" />
            <source>Settlement vulnerability</source>
            <translation>Vulnerabilidade dos assentamentos</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="88" />
            <source>Settlements with a score</source>
            <translation>Assentamentos com pontuação</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="89" />
            <source>Mean completeness</source>
            <translation>Completude média</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="107" />
            <source>A profile table was given: choose the settlement key field and the profile key field that join it to the settlements.</source>
            <translation>Foi informada uma tabela de perfis: escolha o campo-chave do assentamento e o campo-chave do perfil que a unem aos assentamentos.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="117" />
            <source>Settlements layer "{0}" has no features.</source>
            <translation>A camada de assentamentos "{0}" não tem feições.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="127" />
            <source>No profile matched any settlement: "{0}" in "{1}" (e.g. {2}) and "{3}" in "{4}" (e.g. {5}) share no key. Check the two key fields.</source>
            <translation>Nenhum perfil correspondeu a algum assentamento: "{0}" em "{1}" (ex.: {2}) e "{3}" em "{4}" (ex.: {5}) não têm nenhuma chave em comum. Verifique os dois campos-chave.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="133" />
            <source>{0} settlement(s) have no profile, so their indicators are missing: {1}</source>
            <translation>{0} assentamento(s) não têm perfil, portanto os seus indicadores estão ausentes: {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="137" />
            <source>{0} profile(s) match no settlement: {1}</source>
            <translation>{0} perfil(is) não correspondem a nenhum assentamento: {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="147" />
            <source>Weights (normalised to sum 1), normalisation {0}, missing values: {1}</source>
            <translation>Pesos (normalizados para somar 1), normalização {0}, valores ausentes: {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="191" />
            <source>Both INDICATORS and PRESET were given: the INDICATORS table is used.</source>
            <translation>Foram informados INDICATORS e PRESET: é usada a tabela INDICATORS.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="196" />
            <source>Preset "{0}": {1} indicators</source>
            <translation>Conjunto predefinido "{0}": {1} indicadores</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="199" />
            <source>No indicators: fill in the INDICATORS table (field, direction, weight) or choose a preset.</source>
            <translation>Nenhum indicador: preencha a tabela INDICATORS (campo, sentido, peso) ou escolha um conjunto predefinido.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="220" />
            <source>Optional indicator "{0}" is not in "{1}" and is left out.</source>
            <translation>O indicador opcional "{0}" não está em "{1}" e é deixado de fora.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="224" />
            <source>Indicator field "{0}" is not in "{1}". Its numeric fields are: {2}.</source>
            <translation>O campo de indicador "{0}" não está em "{1}". Os seus campos numéricos são: {2}.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="224" />
            <source>none</source>
            <translation>nenhum</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="229" />
            <source>Indicator field "{0}" in "{1}" is of type {2}; choose a numeric field.</source>
            <translation>O campo de indicador "{0}" em "{1}" é do tipo {2}; escolha um campo numérico.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="233" />
            <source>Field "{0}" is text: its values are read as numbers.</source>
            <translation>O campo "{0}" é de texto: os seus valores são lidos como números.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="238" />
            <source>None of the preset's indicators is in "{0}".</source>
            <translation>Nenhum dos indicadores do conjunto predefinido está em "{0}".</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="242" />
            <source>Indicator field(s) listed twice (field names ignore case): {0}.</source>
            <translation>Campo(s) de indicador listado(s) duas vezes (os nomes de campo não diferenciam maiúsculas de minúsculas): {0}.</translation>
        </message>
    </context>
    <context>
        <name>Weights</name>
        <message>
            <location filename="../qgis_side/weights.py" line="161" />
            <source>the cell size</source>
            <translation>o tamanho da célula</translation>
        </message>
        <message>
            <location filename="../qgis_side/weights.py" line="173" />
            <source>the population bound</source>
            <translation>o limite da população</translation>
        </message>
        <message>
            <location filename="../qgis_side/weights.py" line="179" />
            <source>the access bounds</source>
            <translation>os limites de acesso</translation>
        </message>
    </context>
    <context>
        <name>_Settlements</name>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="245" />
            <source>Population field "{0}" in "{1}" holds {2}, not numbers. Choose a numeric field of persons per settlement, or convert it first (Field Calculator: to_real("{0}")).</source>
            <translation>O campo de população "{0}" em "{1}" contém {2}, e não números. Escolha um campo numérico de pessoas por assentamento ou converta-o antes (Calculadora de campo: to_real("{0}")).</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="274" />
            <source>Population field "{0}" is empty for every settlement.</source>
            <translation>O campo de população "{0}" está vazio em todos os assentamentos.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="326" />
            <source>Settlements layer "{0}" changed while it was being measured ({1}). Run again once it is no longer being edited.</source>
            <translation>A camada de assentamentos "{0}" foi alterada enquanto era medida ({1}). Execute novamente quando ela não estiver mais em edição.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="343" />
            <source>{0} features, then {1}</source>
            <translation>{0} feições e, depois, {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="338" />
            <source>feature {0} was edited, added or deleted</source>
            <translation>a feição {0} foi editada, adicionada ou excluída</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="323" />
            <source>the population of feature {0} was edited</source>
            <translation>a população da feição {0} foi editada</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="350" />
            <source>Repaired {0} invalid settlement geometries with self-crossing rings in "{1}": {2}</source>
            <translation>{0} geometrias inválidas de assentamentos com anéis que se autointersectam foram reparadas em "{1}": {2}</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="354" />
            <source>Measured {0} invalid settlement geometries in "{1}" as drawn (their rings touch or overlap but none crosses itself; overlapping parts count once): {2}</source>
            <translation>{0} geometrias inválidas de assentamentos em "{1}" foram medidas como desenhadas (seus anéis se tocam ou se sobrepõem, mas nenhum se autointersecta; as partes sobrepostas contam uma só vez): {2}</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="359" />
            <source>Skipped {0} settlements in "{1}" with empty or unusable geometry (their statistics are NULL): {2}</source>
            <translation>{0} assentamentos em "{1}" com geometria vazia ou inutilizável foram ignorados (suas estatísticas são NULL): {2}</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="259" />
            <source>Population field "{0}" in "{1}" holds {2} value(s) that are not numbers: {3}. Choose a field of persons per settlement, or correct those values (an empty one leaves its settlement without a population), and run again.</source>
            <translation>O campo de população "{0}" em "{1}" contém {2} valor(es) que não são números: {3}. Escolha um campo de pessoas por assentamento, ou corrija esses valores (um vazio deixa seu assentamento sem população), e execute de novo.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="266" />
            <source>Population field "{0}" in "{1}": {2}.</source>
            <translation>Campo de população "{0}" em "{1}": {2}.</translation>
        </message>
    </context>
    <context>
        <name>help:actioncoverage</name>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;p&gt;Sets the planned actions against the settlements (ideally the ranking of &lt;i&gt;Citywide resilience priorities&lt;/i&gt;): who each action serves, at what cost per person, and which high-priority settlements have no active action.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Confronta as ações previstas com os assentamentos (de preferência a classificação de &lt;i&gt;Prioridades de resiliência em escala municipal&lt;/i&gt;): quem cada ação atende, a que custo por pessoa, e quais assentamentos de alta prioridade não têm nenhuma ação ativa.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;h3&gt;Inputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Entradas&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;li&gt;&lt;b&gt;Actions&lt;/b&gt;: the planned-action register. An action serves the settlements named in its &lt;i&gt;settlements&lt;/i&gt; field (by the settlement key); when it names none, those its target area overlaps. Cancelled actions serve nobody.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Ações&lt;/b&gt;: o registro de ações previstas. Uma ação atende os assentamentos indicados no seu campo &lt;i&gt;settlements&lt;/i&gt; (pela chave do assentamento); quando não indica nenhum, atende aqueles que a sua área de intervenção sobrepõe. Ações canceladas não atendem ninguém.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlements&lt;/b&gt; with their &lt;b&gt;key&lt;/b&gt;, &lt;b&gt;priority&lt;/b&gt; (default &lt;i&gt;priority_mean&lt;/i&gt;), &lt;b&gt;priority class&lt;/b&gt; (default &lt;i&gt;priority_class&lt;/i&gt;) and &lt;b&gt;population&lt;/b&gt; (default &lt;i&gt;grid_population&lt;/i&gt;) fields, as the ranking has them.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Assentamentos&lt;/b&gt; com os seus campos de &lt;b&gt;chave&lt;/b&gt;, &lt;b&gt;prioridade&lt;/b&gt; (padrão &lt;i&gt;priority_mean&lt;/i&gt;), &lt;b&gt;classe de prioridade&lt;/b&gt; (padrão &lt;i&gt;priority_class&lt;/i&gt;) e &lt;b&gt;população&lt;/b&gt; (padrão &lt;i&gt;grid_population&lt;/i&gt;), tal como a classificação os contém.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;li&gt;&lt;b&gt;Decimal mark&lt;/b&gt; (advanced): how numbers stored as text in the fields above are read. &lt;i&gt;Automatic&lt;/i&gt; decides each field from all its cells, and the log says what was used; a field whose every number has exactly three digits after its mark ("12.500", "3.200") could be thousands or decimals, and is refused: choose &lt;i&gt;point&lt;/i&gt; (1,234.5) or &lt;i&gt;comma&lt;/i&gt; (1.234,5).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Separador decimal&lt;/b&gt; (avançado): como são lidos os números guardados como texto nos campos acima. &lt;i&gt;Automático&lt;/i&gt;
decide cada campo a partir de todas as suas células, e o registro indica o que foi usado; um campo em que cada número tem exatamente
três dígitos depois do seu separador ("12.500", "3.200") poderia estar em milhares ou em decimais, e é recusado: escolha
&lt;i&gt;ponto&lt;/i&gt; (1,234.5) ou &lt;i&gt;vírgula&lt;/i&gt; (1.234,5).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;li&gt;&lt;b&gt;Population&lt;/b&gt; (optional raster, persons per cell): the people inside each action's target area (partly covered cells by their share). Without it an action's beneficiaries are the people of the settlements it serves.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;População&lt;/b&gt; (raster opcional, pessoas por célula): as pessoas dentro da área de intervenção de cada ação (células parcialmente cobertas contam pela parcela coberta). Sem ele, os beneficiários de uma ação são as pessoas dos assentamentos que ela atende.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;h3&gt;Outputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Saídas&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;li&gt;&lt;b&gt;Actions&lt;/b&gt; with &lt;i&gt;beneficiaries&lt;/i&gt;, &lt;i&gt;priority_score&lt;/i&gt; (mean priority of the settlements it serves), &lt;i&gt;cost_per_beneficiary&lt;/i&gt; and &lt;i&gt;served&lt;/i&gt; (their keys).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Ações&lt;/b&gt; com &lt;i&gt;beneficiaries&lt;/i&gt;, &lt;i&gt;priority_score&lt;/i&gt; (prioridade média dos assentamentos que a ação atende), &lt;i&gt;cost_per_beneficiary&lt;/i&gt; e &lt;i&gt;served&lt;/i&gt; (as chaves desses assentamentos).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlements&lt;/b&gt; with &lt;i&gt;actions_count&lt;/i&gt; and &lt;i&gt;actions_cost&lt;/i&gt; (active actions; an action serving several settlements has its cost split evenly) and &lt;i&gt;gap&lt;/i&gt; (1 = priority class 4–5 and no active action).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Assentamentos&lt;/b&gt; com &lt;i&gt;actions_count&lt;/i&gt; e &lt;i&gt;actions_cost&lt;/i&gt; (ações ativas; o custo de uma ação que atende vários assentamentos é dividido igualmente entre eles) e &lt;i&gt;gap&lt;/i&gt; (1 = classe de prioridade 4–5 e nenhuma ação ativa).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;p&gt;Numbers: active actions, gaps, people in high-priority settlements and the share of them in settlements that an active action serves, and the planned cost.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Números: ações ativas, lacunas, pessoas em assentamentos de alta prioridade e a parcela delas em assentamentos atendidos por uma ação ativa, e o custo previsto.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;p&gt;The planned actions are a GeoPackage register or a register in a PostgreSQL/PostGIS database: choose its layer (opened by the &lt;i&gt;Planned actions&lt;/i&gt; dock, or from the Browser), or give &lt;code&gt;postgres://service=office table="resilience"."planned_actions" (geom)&lt;/code&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;As ações previstas são um registro GeoPackage ou um registro em um banco de dados PostgreSQL/PostGIS: escolha a sua camada (aberta pelo painel &lt;i&gt;Ações previstas&lt;/i&gt; ou pelo Navegador) ou informe &lt;code&gt;postgres://service=office table="resilience"."planned_actions" (geom)&lt;/code&gt;.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:ahpweights</name>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;p&gt;Weights for indicators from pairwise judgements on Saaty's 1–9 scale (1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important; 1/3 ... 1/9 the other way round). The weights are the principal eigenvector of the comparison matrix.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Pesos para indicadores a partir de julgamentos par a par na escala de 1 a 9 de Saaty (1 igual, 3 moderadamente, 5 fortemente, 7 muito fortemente, 9 extremamente mais importante; 1/3 ... 1/9 no sentido inverso). Os pesos são o autovetor principal da matriz de comparação.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;h3&gt;Inputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Entradas&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;li&gt;&lt;b&gt;Indicator fields&lt;/b&gt;: names separated by commas, in matrix order.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Campos de indicadores&lt;/b&gt;: nomes separados por vírgulas, na ordem da matriz.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;li&gt;&lt;b&gt;Pairwise comparison matrix&lt;/b&gt;: numbers separated by commas, rows by semicolons or new lines. Either the full n × n reciprocal matrix, or only the upper triangle row by row (for a, b, c: a/b, a/c, b/c).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Matriz de comparação par a par&lt;/b&gt;: números separados por vírgulas, e as linhas por ponto e vírgula ou quebras de linha. Pode ser a matriz recíproca completa n × n, ou apenas o triângulo superior, linha por linha (para a, b, c: a/b, a/c, b/c).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;li&gt;&lt;b&gt;Directions&lt;/b&gt; (optional): + or - per indicator, for the INDICATORS output.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Sentidos&lt;/b&gt; (opcional): + ou - por indicador, para a saída INDICATORS.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;h3&gt;Outputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Saídas&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;li&gt;A table of indicator, direction and weight.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Uma tabela de indicador, sentido e peso.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;li&gt;&lt;b&gt;CONSISTENCY_RATIO&lt;/b&gt; (CR) and &lt;b&gt;LAMBDA_MAX&lt;/b&gt;. When CR &gt; 0.1 the judgements are too inconsistent by Saaty's rule and a warning says so: revisit them.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;CONSISTENCY_RATIO&lt;/b&gt; (CR) e &lt;b&gt;LAMBDA_MAX&lt;/b&gt;. Quando CR &gt; 0,1, os julgamentos são inconsistentes demais segundo a regra de Saaty, e um aviso o indica: revise-os.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;li&gt;&lt;b&gt;INDICATORS&lt;/b&gt;: text "field,direction,weight,..." that the vulnerability index accepts as its INDICATORS parameter.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;INDICATORS&lt;/b&gt;: texto "field,direction,weight,..." (campo, sentido, peso) que o índice de vulnerabilidade aceita como o seu parâmetro INDICATORS.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;li&gt;&lt;b&gt;Preset&lt;/b&gt; (optional): the same as a JSON indicator preset.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Conjunto predefinido&lt;/b&gt; (opcional): o mesmo, como conjunto predefinido de indicadores em JSON.&lt;/li&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:batchcities</name>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;p&gt;Runs the citywide priorities workflow and the report for every city of &lt;b&gt;Input folder&lt;/b&gt;, each into its own folder of &lt;b&gt;Output folder&lt;/b&gt;, and writes a cross-city summary (&lt;i&gt;summary.csv&lt;/i&gt;: population exposed, high-priority population and the share of it that actions serve, per city).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Executa o fluxo de trabalho de prioridades em escala municipal e o relatório para cada cidade da &lt;b&gt;Pasta de cidades&lt;/b&gt;, cada uma na sua própria pasta dentro da &lt;b&gt;Pasta de saída&lt;/b&gt;, e grava um resumo comparativo entre as cidades (&lt;i&gt;summary.csv&lt;/i&gt;: população exposta, população em alta prioridade e a parcela dela que as ações atendem, por cidade).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;h3&gt;A city folder&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Uma pasta de cidade&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;li&gt;&lt;i&gt;city.gpkg&lt;/i&gt; with the layers settlements (key field settlement_id), settlement_profiles, city_boundary, health_facilities (type field facility_type) and roads;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;i&gt;city.gpkg&lt;/i&gt; com as camadas settlements (campo-chave settlement_id), settlement_profiles, city_boundary, health_facilities (campo de tipo facility_type) e roads;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;li&gt;hazard rasters named &lt;i&gt;hazard_*.tif&lt;/i&gt; and &lt;i&gt;population.tif&lt;/i&gt; (persons per cell);&lt;/li&gt;</source>
            <translation>&lt;li&gt;rasters de ameaça com nomes &lt;i&gt;hazard_*.tif&lt;/i&gt; e &lt;i&gt;population.tif&lt;/i&gt; (pessoas por célula);&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;li&gt;optionally, in &lt;i&gt;city.gpkg&lt;/i&gt;, the layers power_lines and substations: with the power lines the workflow makes the city's energy plan (&lt;i&gt;energy_plan.gpkg&lt;/i&gt;, a page of the report, and the summary's households_to_connect and energy_capex, its city-wide households to connect and investment). It reads the profiles' households, electricity_pct and informal_connections_pct where they have them (city.json's households_field, electricity_field and informal_field name others), and notes the flood where a hazard file's name says flood (or city.json's flood_share_field, e.g. "hazard_flood_depth_exposed_share");&lt;/li&gt;</source>
            <translation>&lt;li&gt;opcionalmente, em &lt;i&gt;city.gpkg&lt;/i&gt;, as camadas power_lines e substations: com as linhas de energia, o fluxo de trabalho gera o plano de energia da cidade (&lt;i&gt;energy_plan.gpkg&lt;/i&gt;, uma página do relatório e, no resumo, households_to_connect e energy_capex, os domicílios a ligar e o investimento em escala municipal). Ele lê os campos households, electricity_pct e informal_connections_pct dos perfis, quando eles existem (households_field, electricity_field e informal_field de city.json indicam outros campos), e inclui a nota sobre inundação quando o nome de um arquivo de ameaça contém flood (ou segundo o flood_share_field de city.json, ex.: "hazard_flood_depth_exposed_share");&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;li&gt;optionally &lt;i&gt;action_plan.gpkg&lt;/i&gt; (a planned-action register; an empty one is made otherwise) and &lt;i&gt;city.json&lt;/i&gt; with the city name, the thresholds and the scoring, e.g. {"name": "Mto Mkuu", "thresholds": "0.3", "hazard_settings": ["1", "linear", 0, 1.5, "", 1]}, and the language of its report, e.g. "language": "fr" (en, fr, es or pt; absent: QGIS's language). The summary's language column says the language each report was written in.&lt;/li&gt;</source>
            <translation>&lt;li&gt;opcionalmente, &lt;i&gt;action_plan.gpkg&lt;/i&gt; (um registro de ações previstas; caso contrário, é criado um vazio) e &lt;i&gt;city.json&lt;/i&gt; com o nome da cidade, os limiares e a pontuação, ex.: {"name": "Mto Mkuu", "thresholds": "0.3", "hazard_settings": ["1", "linear", 0, 1.5, "", 1]}, e o idioma do seu relatório, ex.: "language": "fr" (en, fr, es ou pt; ausente: o idioma do QGIS). A coluna de idioma do resumo indica o idioma em que cada relatório foi escrito.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;p&gt;Each city's folder holds the workflow's outputs, the report (&lt;i&gt;report.pdf&lt;/i&gt;, &lt;i&gt;map.png&lt;/i&gt;), the actions' finance readiness (&lt;i&gt;finance_readiness.gpkg&lt;/i&gt;) and, when the register has actions, their project profiles (&lt;i&gt;project_profiles.pdf&lt;/i&gt;, a page per action).&lt;/p&gt;</source>
            <translation>&lt;p&gt;A pasta de cada cidade contém as saídas do fluxo de trabalho, o relatório (&lt;i&gt;report.pdf&lt;/i&gt;, &lt;i&gt;map.png&lt;/i&gt;), a maturidade das ações para financiamento (&lt;i&gt;finance_readiness.gpkg&lt;/i&gt;) e, quando o registro tem ações, os seus perfis de projeto (&lt;i&gt;project_profiles.pdf&lt;/i&gt;, uma página por ação).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;p&gt;Or a &lt;b&gt;manifest&lt;/b&gt; CSV with the columns city and folder (relative to the manifest).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Ou um &lt;b&gt;manifesto&lt;/b&gt; CSV com as colunas city e folder (relativas ao manifesto).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;p&gt;One city's failure is reported in the summary and the log and does not stop the others. With &lt;b&gt;Resume&lt;/b&gt;, cities already done (their folder holds done.json) are skipped.&lt;/p&gt;</source>
            <translation>&lt;p&gt;A falha de uma cidade é informada no resumo e no log e não interrompe as demais. Com &lt;b&gt;Retomar&lt;/b&gt;, as cidades já concluídas (cuja pasta contém done.json) são puladas.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;p&gt;&lt;b&gt;Dask scheduler&lt;/b&gt;: empty runs one city at a time in this QGIS. &lt;code&gt;local&lt;/code&gt; (or &lt;code&gt;local:N&lt;/code&gt;) runs the cities in N worker processes of this machine (default: one per core), and &lt;code&gt;tcp://host:8786&lt;/code&gt; on the workers of a running Dask scheduler, which must see the input and output folders at the same paths. The results are the same; the summary adds each city's worker and attempts. A city whose worker dies is run once more on another. It needs the Python packages dask and distributed.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Agendador Dask&lt;/b&gt;: vazio, executa uma cidade por vez neste QGIS. &lt;code&gt;local&lt;/code&gt; (ou &lt;code&gt;local:N&lt;/code&gt;) executa as cidades em N processos de trabalho (workers) desta máquina (padrão: um por núcleo), e &lt;code&gt;tcp://host:8786&lt;/code&gt;, nos workers de um agendador Dask em execução, que devem enxergar as pastas de entrada e de saída nos mesmos caminhos. Os resultados são os mesmos; o resumo acrescenta o worker e as tentativas de cada cidade. Uma cidade cujo worker para de funcionar é executada mais uma vez em outro. Requer os pacotes Python dask e distributed.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;p&gt;Headless, on a server: &lt;code&gt;qgis_process run resilienceplanner:batchcities -- INPUT_FOLDER=/data/cities OUTPUT_FOLDER=/data/results RESUME=true&lt;/code&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Sem interface gráfica, em um servidor: &lt;code&gt;qgis_process run resilienceplanner:batchcities -- INPUT_FOLDER=/data/cities OUTPUT_FOLDER=/data/results RESUME=true&lt;/code&gt;.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:copyregister</name>
        <message>
            <location filename="../../resources/help/copyregister.html" />
            <source>&lt;p&gt;Copies a planned-action register into a new register: from a GeoPackage into a PostgreSQL/PostGIS database (the way an office moves its file register into the shared one), from a database into a GeoPackage (a snapshot to take away), or between two schemas. Every action is copied with its feature id, every field as stored and its target area, and every entry of its history.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Copia um registro de ações previstas para um novo registro: de um GeoPackage para um banco de dados PostgreSQL/PostGIS (a forma de uma equipe passar o seu registro em arquivo para o registro compartilhado), de um banco de dados para um GeoPackage (um instantâneo para levar consigo) ou entre dois esquemas. Cada ação é copiada com o seu ID de feição, cada campo tal como está armazenado e a sua área de intervenção, e cada entrada do seu histórico.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/copyregister.html" />
            <source>&lt;p&gt;Give the register to copy (a GeoPackage, or a &lt;i&gt;database&lt;/i&gt; and its schema) and where the copy goes (a new GeoPackage, or a database and a schema that holds no register yet). A database is the name of a QGIS PostgreSQL connection, or a connection string such as service=office.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Informe o registro a copiar (um GeoPackage, ou um &lt;i&gt;banco de dados&lt;/i&gt; e o seu esquema) e o destino da cópia (um novo GeoPackage, ou um banco de dados e um esquema que ainda não contenha nenhum registro). Um banco de dados é o nome de uma conexão PostgreSQL do QGIS, ou uma string de conexão como service=office.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/copyregister.html" />
            <source>&lt;p&gt;History: a register in a database records every change in planned_actions_history (who, when, the row as it was). A GeoPackage register keeps no history of its own edits; a copy into a GeoPackage puts the database's history into a table planned_actions_history of the file, with the same columns, and a copy back into a database puts it back as it was. The copy itself adds no entry to the history.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Histórico: um registro em um banco de dados registra cada alteração em planned_actions_history (quem, quando, a linha tal como era). Um registro GeoPackage não mantém histórico das suas próprias edições; uma cópia para um GeoPackage coloca o histórico do banco de dados em uma tabela planned_actions_history do arquivo, com as mesmas colunas, e uma cópia de volta para um banco de dados o restaura tal como era. A própria cópia não acrescenta nenhuma entrada ao histórico.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/copyregister.html" />
            <source>&lt;p&gt;The copy is written in one transaction: in a database the register is created, filled and given its history in one transaction; a GeoPackage is written beside the target and moved into place when it is complete. Either the whole register is there, or nothing. An existing register is never overwritten, and a register written by a newer plugin is not copied. A GeoPackage keeps times to the millisecond (the history's times are kept whole, as text).&lt;/p&gt;</source>
            <translation>&lt;p&gt;A cópia é gravada em uma única transação: em um banco de dados, o registro é criado, preenchido e recebe o seu histórico em uma única transação; um GeoPackage é gravado ao lado do destino e movido para o lugar quando está completo. Ou o registro inteiro está lá, ou nada. Um registro existente nunca é sobrescrito, e um registro gravado por uma versão mais recente do plugin não é copiado. Um GeoPackage guarda os horários com precisão de milissegundos (os horários do histórico são mantidos integralmente, como texto).&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:createactionregister</name>
        <message>
            <location filename="../../resources/help/createactionregister.html" />
            <source>&lt;p&gt;Creates an empty register of planned actions: a GeoPackage table &lt;i&gt;planned_actions&lt;/i&gt; (multipolygon target areas) with a metadata table recording the schema version ({0}).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Cria um registro vazio de ações previstas: uma tabela GeoPackage &lt;i&gt;planned_actions&lt;/i&gt; (áreas de intervenção multipolígono) com uma tabela de metadados que registra a versão do esquema ({0}).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/createactionregister.html" />
            <source>&lt;p&gt;Fields: action_id (UUID), title (required), description, action_type ({1}), hazards (several, comma-separated), settlements (keys of the settlements served), lead_agency, partners, cost_estimate (≥ 0), currency (ISO code), funding_source, funding_status ({2}), start_date, end_date (not before the start), status ({3}), beneficiaries and priority_score (computed by &lt;i&gt;Action coverage and gaps&lt;/i&gt;), co_benefits, notes, created, modified, modified_by.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Campos: action_id (UUID), title (obrigatório), description, action_type ({1}), hazards (vários, separados por vírgulas), settlements (chaves dos assentamentos atendidos), lead_agency, partners, cost_estimate (≥ 0), currency (código ISO), funding_source, funding_status ({2}), start_date, end_date (não anterior ao início), status ({3}), beneficiaries e priority_score (calculados por &lt;i&gt;Cobertura das ações e lacunas&lt;/i&gt;), co_benefits, notes, created, modified, modified_by.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/createactionregister.html" />
            <source>&lt;p&gt;The value lists, constraints and defaults are saved in the GeoPackage as the layer's default style, so QGIS's own attribute form and table enforce them wherever the file is opened. An existing register is never overwritten.&lt;/p&gt;</source>
            <translation>&lt;p&gt;As listas de valores, restrições e valores padrão são salvos no GeoPackage como estilo padrão da camada, de modo que o próprio formulário de atributos e a tabela de atributos do QGIS os aplicam onde quer que o arquivo seja aberto. Um registro existente nunca é sobrescrito.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/createactionregister.html" />
            <source>&lt;p&gt;For a register shared by the office, give a &lt;i&gt;database&lt;/i&gt; instead of a file: the name of a QGIS PostgreSQL connection, or a connection string such as service=office. The schema (default resilience) then holds planned_actions, the metadata and planned_actions_history, created in one transaction; the database itself refuses a row that breaks a rule, and records every change, who made it and when.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Para um registro compartilhado pela equipe, informe um &lt;i&gt;banco de dados&lt;/i&gt; em vez de um arquivo: o nome de uma conexão PostgreSQL do QGIS, ou uma string de conexão como service=office. O esquema (padrão: resilience) passa então a conter planned_actions, os metadados e planned_actions_history, criados em uma única transação; o próprio banco de dados recusa uma linha que viola uma regra e registra cada alteração, quem a fez e quando.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/createactionregister.html" />
            <source>&lt;p&gt;It also creates, when they do not exist, two roles named after the schema: &lt;i&gt;resilience_viewer&lt;/i&gt; reads the register and its history, &lt;i&gt;resilience_editor&lt;/i&gt; also adds and changes actions. Only the owner (who created it) deletes: an editor's delete is refused (set the status to cancelled instead). Grant each login one of them, e.g. GRANT resilience_editor TO amina; a viewer's register opens read-only and says why. Each action carries a row version: when two people change the same action, the later save writes the rest and names that action, who changed it and when, so that nothing is overwritten unseen.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Também cria, quando não existem, dois papéis com nomes derivados do esquema: &lt;i&gt;resilience_viewer&lt;/i&gt; lê o registro e o seu histórico, &lt;i&gt;resilience_editor&lt;/i&gt; também adiciona e altera ações. Somente o proprietário (quem o criou) exclui: a exclusão feita por um editor é recusada (em vez disso, defina o status como cancelada). Conceda um deles a cada usuário, ex.: GRANT resilience_editor TO amina; o registro de um leitor é aberto somente para leitura e informa o motivo. Cada ação tem uma versão da linha: quando duas pessoas alteram a mesma ação, o salvamento posterior grava o restante e indica essa ação, quem a alterou e quando, para que nada seja sobrescrito sem que se perceba.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:energyaccess</name>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;p&gt;The least-cost way to bring electricity to each settlement, with what each option costs per household, the investment, and the informal connections to make safe and metered. Distances run from the settlement's outline to the nearest power line (within 5 m). Every unit cost is a parameter, all in one &lt;b&gt;currency&lt;/b&gt;; the defaults are in US dollars, each with its source below.&lt;/p&gt;</source>
            <translation>&lt;p&gt;A forma de menor custo de levar eletricidade a cada assentamento, com o custo de cada opção por domicílio, o investimento e as ligações informais (gatos) a tornar seguras e com medidor. As distâncias são medidas do contorno do assentamento até a linha de energia mais próxima (com precisão de 5 m). Cada custo unitário é um parâmetro, todos em uma única &lt;b&gt;moeda&lt;/b&gt;; os valores padrão estão em dólares americanos, cada um com a sua fonte indicada abaixo.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;h3&gt;The options and their cost per household&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;As opções e o seu custo por domicílio&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;grid_densification&lt;/b&gt;, within the &lt;b&gt;grid distance&lt;/b&gt; of a line: the &lt;b&gt;grid connection cost&lt;/b&gt;.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;grid_densification&lt;/b&gt;, dentro da &lt;b&gt;distância da rede&lt;/b&gt; de uma linha: o &lt;b&gt;custo de ligação à rede&lt;/b&gt;.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;grid_extension&lt;/b&gt;, beyond it and within the &lt;b&gt;extension distance&lt;/b&gt;: the &lt;b&gt;medium-voltage line cost&lt;/b&gt; per km times the distance, shared by the households to connect, plus a connection.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;grid_extension&lt;/b&gt;, além dessa distância e dentro da &lt;b&gt;distância de extensão&lt;/b&gt;: o &lt;b&gt;custo da linha de média tensão&lt;/b&gt; por km multiplicado pela distância, rateado entre os domicílios a ligar, mais uma ligação.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;mini_grid&lt;/b&gt;, for a settlement of at least the &lt;b&gt;mini-grid minimum population&lt;/b&gt;: the &lt;b&gt;mini-grid cost&lt;/b&gt; (generation and distribution) per household.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;mini_grid&lt;/b&gt;, para um assentamento com pelo menos a &lt;b&gt;população mínima para minirrede&lt;/b&gt;: o &lt;b&gt;custo da minirrede&lt;/b&gt; (geração e distribuição) por domicílio.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;standalone_solar&lt;/b&gt;, anywhere: the &lt;b&gt;solar home system cost&lt;/b&gt;; it serves tier 1 of the Multi-Tier Framework only.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;standalone_solar&lt;/b&gt;, em qualquer lugar: o &lt;b&gt;custo do sistema solar domiciliar&lt;/b&gt;; atende apenas o nível 1 do Multi-Tier Framework.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;p&gt;The option chosen is the cheapest of those possible that serve the &lt;b&gt;minimum service tier&lt;/b&gt; (default tier 2). Where none of them can (a small settlement far from the grid), the cheapest possible one is chosen, and the reason says it stands until one that meets the tier can be built. Equal costs go to the first option in the list above. Households already with electricity are not connected again; the network options' cost carries the &lt;b&gt;resilience premium&lt;/b&gt; times the settlement's flooded share.&lt;/p&gt;</source>
            <translation>&lt;p&gt;A opção escolhida é a mais barata entre as viáveis que atendem o &lt;b&gt;nível mínimo de serviço&lt;/b&gt; (padrão: nível 2). Quando nenhuma delas atende (um assentamento pequeno longe da rede), é escolhida a viável mais barata, e a justificativa informa que ela vale até que se possa construir uma que atenda o nível. Em caso de custos iguais, prevalece a primeira opção da lista acima. Os domicílios que já têm eletricidade não são ligados novamente; o custo das opções de rede inclui o &lt;b&gt;adicional de resiliência&lt;/b&gt; multiplicado pela parcela inundada do assentamento.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;h3&gt;Defaults and their sources&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Valores padrão e as suas fontes&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;Grid connection 125 USD per household and medium-voltage line 25,000 USD per km (33 kV): OnSSET's default parameters, onsset/runner.py of github.com/OnSSET/onsset (KTH-dESA) as of 2025.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Ligação à rede de 125 USD por domicílio e linha de média tensão de 25.000 USD por km (33 kV): parâmetros padrão do OnSSET, onsset/runner.py de github.com/OnSSET/onsset (KTH-dESA), na versão de 2025.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;Mini-grid 733 USD per household: the average cost per connection in 2019 in AMDA and ECA, &lt;i&gt;Benchmarking Africa's Minigrids&lt;/i&gt; (2020). We found no per-household figure in ESMAP's mini-grid reports to cite.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Minirrede de 733 USD por domicílio: o custo médio por ligação em 2019 segundo AMDA e ECA, &lt;i&gt;Benchmarking Africa's Minigrids&lt;/i&gt; (2020). Não encontramos nos relatórios do ESMAP sobre minirredes nenhum valor por domicílio que pudesse ser citado.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;Solar home system 176 USD: OnSSET's stand-alone PV cost of 8,780 USD per kW for 20–50 W per household (runner.py, 2025) times 20 W, our assumption for a tier-1 system.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Sistema solar domiciliar de 176 USD: o custo de FV isolado do OnSSET, de 8.780 USD por kW para 20–50 W por domicílio (runner.py, 2025), multiplicado por 20 W, a nossa hipótese para um sistema de nível 1.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;Regularisation 378 USD per informal connection: the standard capital contribution of KSh 32,480 per connection in Kenya Power's slum electrification project with the World Bank's GPOBA, which brings legal, prepaid-metered connections to informal settlements (Kenya Power press release, 30 January 2015), converted at the release's own rate (KSh 19,350 = US$225).&lt;/li&gt;</source>
            <translation>&lt;li&gt;Regularização de 378 USD por ligação informal: a contribuição de capital fixada em KSh 32.480 por ligação no projeto de eletrificação de assentamentos informais da Kenya Power com o GPOBA do Banco Mundial, que leva ligações legais, com medidor pré-pago, aos assentamentos informais (comunicado de imprensa da Kenya Power, 30 de janeiro de 2015), convertida pela taxa do próprio comunicado (KSh 19.350 = US$225).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;Persons per household 3.3, used where a settlement has no household count: Kianda village in Kibera, Nairobi, an informal settlement, where the Map Kibera structure survey (about 2012) counted 15,201 people in 4,550 households (3.34). Kenya's 2019 census gives 3.9 nationally.&lt;/li&gt;</source>
            <translation>&lt;li&gt;3,3 pessoas por domicílio, valor usado quando um assentamento não tem contagem de domicílios: a vila de Kianda, em Kibera, Nairobi, um assentamento informal, onde o levantamento de estruturas do Map Kibera (por volta de 2012) contou 15.201 pessoas em 4.550 domicílios (3,34). O censo queniano de 2019 indica 3,9 em nível nacional.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;Resilience premium 0, an assumption: no published premium for flood-proofing distribution works was found (the World Bank's &lt;i&gt;Lifelines&lt;/i&gt;, 2019, puts the extra cost of resilient infrastructure at about 3% of investment needs, but across all sectors and hazards). Set it from local engineering estimates.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Adicional de resiliência 0, uma hipótese: não foi encontrado nenhum adicional publicado para tornar as redes de distribuição resistentes a inundações (o &lt;i&gt;Lifelines&lt;/i&gt; do Banco Mundial, de 2019, estima o custo adicional de uma infraestrutura resiliente em cerca de 3% das necessidades de investimento, mas considerando todos os setores e todas as ameaças). Defina-o a partir de estimativas de engenharia locais.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;h3&gt;Inputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Entradas&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlements&lt;/b&gt; (run on the exposure output, with the profile joined, to use its fields); &lt;b&gt;power lines&lt;/b&gt;; &lt;b&gt;substations&lt;/b&gt; (optional, reported as substation_dist_m).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Assentamentos&lt;/b&gt; (execute sobre a saída de exposição, com o perfil unido, para usar os seus campos); &lt;b&gt;linhas de energia&lt;/b&gt;; &lt;b&gt;subestações&lt;/b&gt; (opcional, informadas como substation_dist_m).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;Optional fields: &lt;b&gt;population&lt;/b&gt;, &lt;b&gt;households&lt;/b&gt; (else people ÷ persons per household), &lt;b&gt;electricity&lt;/b&gt; (share of households with electricity), &lt;b&gt;informal connections&lt;/b&gt; (the share of the connected whose connection is informal, the profile's informal_connections_pct) and &lt;b&gt;flood share&lt;/b&gt; (the exposure output's &amp;lt;hazard&amp;gt;_exposed_share). Shares are 0–1, or 0–100 when any value exceeds 1.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Campos opcionais: &lt;b&gt;população&lt;/b&gt;, &lt;b&gt;domicílios&lt;/b&gt; (caso contrário, pessoas ÷ pessoas por domicílio), &lt;b&gt;eletricidade&lt;/b&gt; (parcela de domicílios com eletricidade), &lt;b&gt;ligações informais&lt;/b&gt; (a parcela dos domicílios ligados cuja ligação é informal, o informal_connections_pct do perfil) e &lt;b&gt;parcela inundada&lt;/b&gt; (o &amp;lt;hazard&amp;gt;_exposed_share da saída de exposição). As parcelas vão de 0 a 1, ou de 0 a 100 quando algum valor passa de 1.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;Decimal mark&lt;/b&gt; (advanced): how numbers stored as text in the fields above are read. &lt;i&gt;Automatic&lt;/i&gt; decides each field from all its cells, and the log says what was used; a field whose every number has exactly three digits after its mark ("12.500", "3.200") could be thousands or decimals, and is refused: choose &lt;i&gt;point&lt;/i&gt; (1,234.5) or &lt;i&gt;comma&lt;/i&gt; (1.234,5).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Separador decimal&lt;/b&gt; (avançado): como são lidos os números guardados como texto nos campos acima. &lt;i&gt;Automático&lt;/i&gt;
decide cada campo a partir de todas as suas células, e o registro indica o que foi usado; um campo em que cada número tem exatamente
três dígitos depois do seu separador ("12.500", "3.200") poderia estar em milhares ou em decimais, e é recusado: escolha
&lt;i&gt;ponto&lt;/i&gt; (1,234.5) ou &lt;i&gt;vírgula&lt;/i&gt; (1.234,5).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;h3&gt;Outputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Saídas&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;Per settlement: &lt;b&gt;grid_dist_m&lt;/b&gt;; &lt;b&gt;households&lt;/b&gt;; &lt;b&gt;households_to_connect&lt;/b&gt;; &lt;b&gt;cost_per_household_grid_densification&lt;/b&gt;, &lt;b&gt;_grid_extension&lt;/b&gt;, &lt;b&gt;_mini_grid&lt;/b&gt; and &lt;b&gt;_standalone_solar&lt;/b&gt; (NULL where the option is not possible); &lt;b&gt;energy_option&lt;/b&gt;; &lt;b&gt;energy_reason&lt;/b&gt; (the option's cost, the next best with its cost, and why the others are not possible); &lt;b&gt;capex&lt;/b&gt; (households to connect × cost per household); &lt;b&gt;informal_to_regularise&lt;/b&gt; and &lt;b&gt;regularisation_cost&lt;/b&gt;; &lt;b&gt;energy_beneficiaries&lt;/b&gt; (the people in the households connected or regularised); &lt;b&gt;energy_currency&lt;/b&gt;; &lt;b&gt;energy_flood_note&lt;/b&gt; (where the settlement floods: its network works would sit in the hazard); &lt;b&gt;energy_settings&lt;/b&gt; (the tier and unit costs used).&lt;/li&gt;</source>
            <translation>&lt;li&gt;Por assentamento: &lt;b&gt;grid_dist_m&lt;/b&gt;; &lt;b&gt;households&lt;/b&gt;; &lt;b&gt;households_to_connect&lt;/b&gt;; &lt;b&gt;cost_per_household_grid_densification&lt;/b&gt;, &lt;b&gt;_grid_extension&lt;/b&gt;, &lt;b&gt;_mini_grid&lt;/b&gt; e &lt;b&gt;_standalone_solar&lt;/b&gt; (NULL quando a opção não é viável); &lt;b&gt;energy_option&lt;/b&gt;; &lt;b&gt;energy_reason&lt;/b&gt; (o custo da opção, a segunda melhor com o seu custo e por que as demais não são viáveis); &lt;b&gt;capex&lt;/b&gt; (domicílios a ligar × custo por domicílio); &lt;b&gt;informal_to_regularise&lt;/b&gt; e &lt;b&gt;regularisation_cost&lt;/b&gt;; &lt;b&gt;energy_beneficiaries&lt;/b&gt; (as pessoas dos domicílios ligados ou regularizados); &lt;b&gt;energy_currency&lt;/b&gt;; &lt;b&gt;energy_flood_note&lt;/b&gt; (quando o assentamento é inundado: as suas obras de rede ficariam na área de ameaça); &lt;b&gt;energy_settings&lt;/b&gt; (o nível e os custos unitários usados).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;Energy plan by option&lt;/b&gt; (optional table): settlements, households, households to connect, investment, informal connections to regularise and their cost, per option and city-wide (&lt;i&gt;all&lt;/i&gt;); the city-wide investment, households to connect and informal connections are also numeric outputs.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Plano de energia por opção&lt;/b&gt; (tabela opcional): assentamentos, domicílios, domicílios a ligar, investimento, ligações informais a regularizar e o seu custo, por opção e para todo o município (&lt;i&gt;all&lt;/i&gt;); o investimento, os domicílios a ligar e as ligações informais do município também são saídas numéricas.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;p&gt;The report shows the plan on a page of its own (its &lt;b&gt;ENERGY&lt;/b&gt; input); &lt;b&gt;Energy plan actions into the register&lt;/b&gt; adds one energy action per settlement from it.&lt;/p&gt;</source>
            <translation>&lt;p&gt;O relatório mostra o plano em uma página própria (a sua entrada &lt;b&gt;ENERGY&lt;/b&gt;); &lt;b&gt;Incluir as ações do plano de energia no registro&lt;/b&gt; acrescenta a partir dele uma ação de energia por assentamento.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:energyactions</name>
        <message>
            <location filename="../../resources/help/energyactions.html" />
            <source>&lt;p&gt;Adds the energy plan to the planned-action register in one step: one action for each settlement of an &lt;b&gt;energy access options&lt;/b&gt; output that has an option and an investment, checked by the register's rules and saved in one transaction.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Inclui o plano de energia no registro de ações previstas em uma única etapa: uma ação para cada assentamento de uma saída de &lt;b&gt;opções de acesso à energia&lt;/b&gt; que tenha uma opção e um investimento, verificada pelas regras do registro e salva em uma única transação.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyactions.html" />
            <source>&lt;h3&gt;Each action&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Cada ação&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyactions.html" />
            <source>&lt;li&gt;&lt;b&gt;title&lt;/b&gt; "Energy: &amp;lt;option&amp;gt; in &amp;lt;settlement&amp;gt;" (its name from the &lt;b&gt;name field&lt;/b&gt;, else its key); &lt;b&gt;action_type&lt;/b&gt; energy; &lt;b&gt;status&lt;/b&gt; proposed; &lt;b&gt;settlements&lt;/b&gt; the settlement's key; its target area the settlement's outline.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;title&lt;/b&gt; "Energia: &amp;lt;opção&amp;gt; em &amp;lt;assentamento&amp;gt;" (o nome vem do &lt;b&gt;campo de nome&lt;/b&gt; ou, na falta dele, da chave); &lt;b&gt;action_type&lt;/b&gt; energy; &lt;b&gt;status&lt;/b&gt; proposed (proposta); &lt;b&gt;settlements&lt;/b&gt; a chave do assentamento; a sua área de intervenção é o contorno do assentamento.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyactions.html" />
            <source>&lt;li&gt;&lt;b&gt;cost_estimate&lt;/b&gt; = &lt;i&gt;capex&lt;/i&gt; + &lt;i&gt;regularisation_cost&lt;/i&gt;, in &lt;i&gt;energy_currency&lt;/i&gt;; &lt;b&gt;beneficiaries&lt;/b&gt; = &lt;i&gt;energy_beneficiaries&lt;/i&gt; (the people in the households connected or regularised).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;cost_estimate&lt;/b&gt; = &lt;i&gt;capex&lt;/i&gt; + &lt;i&gt;regularisation_cost&lt;/i&gt;, em &lt;i&gt;energy_currency&lt;/i&gt;; &lt;b&gt;beneficiaries&lt;/b&gt; = &lt;i&gt;energy_beneficiaries&lt;/i&gt; (as pessoas dos domicílios ligados ou regularizados).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyactions.html" />
            <source>&lt;li&gt;&lt;b&gt;description&lt;/b&gt; the plan's &lt;i&gt;energy_reason&lt;/i&gt;; &lt;b&gt;notes&lt;/b&gt; the households to connect, the informal connections to regularise and the flood note, with their figures; &lt;b&gt;hazards&lt;/b&gt; flood where the plan has a flood note.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;description&lt;/b&gt; a &lt;i&gt;energy_reason&lt;/i&gt; do plano; &lt;b&gt;notes&lt;/b&gt; os domicílios a ligar, as ligações informais a regularizar e a nota sobre inundação, com os seus números; &lt;b&gt;hazards&lt;/b&gt; flood quando o plano tem uma nota sobre inundação.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyactions.html" />
            <source>&lt;p&gt;The plan gives each settlement one action id: run it again and the settlements already in the register are left as they are (the log names them); delete an action to write it again from a new plan.&lt;/p&gt;</source>
            <translation>&lt;p&gt;O plano atribui a cada assentamento um único ID de ação: se a ferramenta for executada novamente, os assentamentos que já estão no registro são mantidos como estão (o log os indica); exclua uma ação para gravá-la novamente a partir de um novo plano.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:exportactionplan</name>
        <message>
            <location filename="../../resources/help/exportactionplan.html" />
            <source>&lt;p&gt;Writes the planned actions as a table, one row per action: a CSV file (UTF-8) or an Excel workbook (.xlsx). Target areas are not written; the register keeps them.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Grava as ações previstas como uma tabela, uma linha por ação: um arquivo CSV (UTF-8) ou uma pasta de trabalho do Excel (.xlsx). As áreas de intervenção não são gravadas; o registro as mantém.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/exportactionplan.html" />
            <source>&lt;p&gt;&lt;b&gt;Columns&lt;/b&gt;: &lt;i&gt;The register's fields&lt;/i&gt; writes them in order (dates as YYYY-MM-DD). &lt;i&gt;CDP-ICLEI Track adaptation actions&lt;/i&gt; writes the columns of CDP-ICLEI Track's question on adaptation actions (9.1) that the register can fill, under CDP's names, with the register's own beside them: Action title, Action, Climate hazard(s) that action addresses, Action description and web link to further information, Co-benefits realized, Funding source(s), Status of action in the reporting year, Total cost of action, Currency, Finance status, Lead agency, Start date, End date, Population benefitting, Location (settlements), Register action id and Mapping notes.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Colunas&lt;/b&gt;: &lt;i&gt;Os campos do registro&lt;/i&gt; grava-os em ordem (datas como AAAA-MM-DD). &lt;i&gt;Ações de adaptação do CDP-ICLEI Track&lt;/i&gt; grava as colunas da pergunta do CDP-ICLEI Track sobre ações de adaptação (9.1) que o registro consegue preencher, com os nomes do CDP, e ao lado delas as colunas próprias do registro: Action title, Action, Climate hazard(s) that action addresses, Action description and web link to further information, Co-benefits realized, Funding source(s), Status of action in the reporting year, Total cost of action, Currency, Finance status, Lead agency, Start date, End date, Population benefitting, Location (settlements), Register action id e Mapping notes.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/exportactionplan.html" />
            <source>&lt;p&gt;Hazards are mapped to CDP's: flood → Urban flooding, landslide → Mass movement, heat → Extreme heat, drought → Drought, storm → Storm, sea level rise → Coastal flooding (incl. sea level rise); fire, earthquake and other have no equivalent and are written "Other: …". An Action is one of CDP's nine kinds of action followed by the action: structural works against sea level rise are "Engineered and built environment actions: Sea walls and coastal protection structures", against a flood or storm "…: Flood defence, such as flood levees and culverts"; early warning is "Educational/Informational actions: Early warning and response systems"; policy is "Government policies and programs actions: Development of targeted plan/program to address hazard(s) selected". The other types get their kind alone (nature-based → Ecosystem-based actions, services → Services actions, energy → Technological actions, housing and tenure → Government policies and programs actions, capacity → Educational/Informational actions, structural against other hazards → Engineered and built environment actions), and the Mapping notes ask you to choose the action under it. Status and finance status are written as the register has them. &lt;b&gt;Source&lt;/b&gt;: the names of CDP's 2025 response data, as CDP's own published code reads them (github.com/CDPworldwide/cdp-adapt-ex); CDP's reporting guidance itself was not found, so check them against the current questionnaire before uploading. docs/cdp_iclei_export.md gives the mapping and its sources in full.&lt;/p&gt;</source>
            <translation>&lt;p&gt;As ameaças são convertidas para as do CDP: flood → Urban flooding, landslide → Mass movement, heat → Extreme heat, drought → Drought, storm → Storm, sea level rise → Coastal flooding (incl. sea level rise); fire, earthquake e other não têm equivalente e são gravadas como "Other: …". O valor da coluna Action é uma das nove categorias de ação do CDP seguida da própria ação: as obras do tipo structural contra sea level rise são "Engineered and built environment actions: Sea walls and coastal protection structures"; contra flood ou storm, "…: Flood defence, such as flood levees and culverts"; early warning é "Educational/Informational actions: Early warning and response systems"; policy é "Government policies and programs actions: Development of targeted plan/program to address hazard(s) selected". Os demais tipos recebem apenas a sua categoria (nature-based → Ecosystem-based actions, services → Services actions, energy → Technological actions, housing and tenure → Government policies and programs actions, capacity → Educational/Informational actions, structural contra outras ameaças → Engineered and built environment actions), e a coluna Mapping notes pede que você escolha a ação dentro dessa categoria. O status e a situação do financiamento são gravados tal como estão no registro. &lt;b&gt;Fonte&lt;/b&gt;: os nomes dos dados das respostas de 2025 ao CDP, tal como o próprio código publicado pelo CDP os lê (github.com/CDPworldwide/cdp-adapt-ex); as orientações de reporte do CDP em si não foram encontradas, portanto confira os nomes com o questionário vigente antes de enviar. O arquivo docs/cdp_iclei_export.md apresenta a correspondência e as suas fontes na íntegra.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/exportactionplan.html" />
            <source>&lt;p&gt;The planned actions are a GeoPackage register or a register in a PostgreSQL/PostGIS database: choose its layer (opened by the &lt;i&gt;Planned actions&lt;/i&gt; dock, or from the Browser), or give &lt;code&gt;postgres://service=office table="resilience"."planned_actions" (geom)&lt;/code&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;As ações previstas são um registro GeoPackage ou um registro em um banco de dados PostgreSQL/PostGIS: escolha a sua camada (aberta pelo painel &lt;i&gt;Ações previstas&lt;/i&gt; ou pelo Navegador) ou informe &lt;code&gt;postgres://service=office table="resilience"."planned_actions" (geom)&lt;/code&gt;.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:financereadiness</name>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;p&gt;How ready each planned action is for a funder: a readiness score from a checklist, what is still missing, and a climate rationale written from the analysis, every figure in it read from the outputs.&lt;/p&gt;</source>
            <translation>&lt;p&gt;O quanto cada ação prevista está pronta para um financiador: uma pontuação de maturidade a partir de uma lista de verificação, o que ainda falta e uma justificativa climática redigida a partir da análise, com cada número lido das saídas.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;h3&gt;Inputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Entradas&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;&lt;b&gt;Planned actions&lt;/b&gt;: the register, or the &lt;i&gt;Actions with coverage&lt;/i&gt; output of "Action coverage and gaps" (its beneficiaries are then those of the population raster inside each target area).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Ações previstas&lt;/b&gt;: o registro, ou a saída &lt;i&gt;Ações com cobertura&lt;/i&gt; de "Cobertura das ações e lacunas" (os seus beneficiários são então os do raster de população dentro de cada área de intervenção).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlement priority ranking&lt;/b&gt;: the Ranking output of "Citywide resilience priorities"; the &lt;b&gt;settlement key field&lt;/b&gt; is the one the actions name settlements by, the &lt;b&gt;name field&lt;/b&gt; what the texts call them (found as the report finds it when empty).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Classificação de prioridade dos assentamentos&lt;/b&gt;: a saída Classificação de "Prioridades de resiliência em escala municipal"; o &lt;b&gt;campo-chave do assentamento&lt;/b&gt; é aquele pelo qual as ações indicam os assentamentos, e o &lt;b&gt;campo de nome&lt;/b&gt;, o nome pelo qual os textos os chamam (quando vazio, é encontrado da mesma forma que no relatório).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlement exposure&lt;/b&gt; (optional): the output of "Settlement hazard exposure", joined by its key field (the field named like the ranking's key when empty). Its &lt;code&gt;{key}_exposed_pop&lt;/code&gt; fields give the people exposed.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Exposição dos assentamentos&lt;/b&gt; (opcional): a saída de "Exposição dos assentamentos às ameaças", unida pelo seu campo-chave (o campo com o mesmo nome da chave da classificação, quando vazio). Os seus campos &lt;code&gt;{key}_exposed_pop&lt;/code&gt; dão as pessoas expostas.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;&lt;b&gt;Vulnerability index&lt;/b&gt; (optional): the output of "Settlement vulnerability index"; its &lt;code&gt;vulnerability&lt;/code&gt; and &lt;code&gt;vulnerability_drivers&lt;/code&gt; go into the rationale.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Índice de vulnerabilidade&lt;/b&gt; (opcional): a saída de "Índice de vulnerabilidade dos assentamentos"; os seus campos &lt;code&gt;vulnerability&lt;/code&gt; e &lt;code&gt;vulnerability_drivers&lt;/code&gt; entram na justificativa.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;&lt;b&gt;Exposure keys by hazard&lt;/b&gt; (optional): which exposure keys answer for a register hazard, as &lt;code&gt;flood=flood_depth; heat=heat_lst&lt;/code&gt;. Empty: a key answers for a hazard when one of its words (split at _) starts with one of the hazard's words: flood, inundation (flood); landslide, slide (landslide); heat, lst, temperature (heat); drought; storm, wind, cyclone (storm); sea, slr (sea level rise); fire, wildfire (fire); earthquake, seismic, pga (earthquake).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Chaves de exposição por ameaça&lt;/b&gt; (opcional): quais chaves de exposição correspondem a uma ameaça do registro, como &lt;code&gt;flood=flood_depth; heat=heat_lst&lt;/code&gt;. Vazio: uma chave corresponde a uma ameaça quando uma das suas palavras (separadas em _) começa por uma das palavras da ameaça: flood, inundation (flood); landslide, slide (landslide); heat, lst, temperature (heat); drought; storm, wind, cyclone (storm); sea, slr (sea level rise); fire, wildfire (fire); earthquake, seismic, pga (earthquake).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;&lt;b&gt;Language of the texts&lt;/b&gt; (optional): en, fr, es or pt; empty: QGIS's language.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Idioma dos textos&lt;/b&gt; (opcional): en, fr, es ou pt; vazio: o idioma do QGIS.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;h3&gt;The checklist&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;A lista de verificação&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;p&gt;Nine items of equal weight; &lt;b&gt;readiness&lt;/b&gt; is the share met, 0 to 1 (each item is 1/9, about 0.11):&lt;/p&gt;</source>
            <translation>&lt;p&gt;Nove itens de peso igual; a &lt;b&gt;maturidade&lt;/b&gt; é a parcela atendida, de 0 a 1 (cada item vale 1/9, cerca de 0,11):&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;a place: a target area drawn, or settlements served (named, or overlapped by the area);&lt;/li&gt;</source>
            <translation>&lt;li&gt;um local: uma área de intervenção desenhada, ou assentamentos atendidos (indicados, ou sobrepostos pela área);&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;the hazards it addresses: at least one in &lt;code&gt;hazards&lt;/code&gt;;&lt;/li&gt;</source>
            <translation>&lt;li&gt;as ameaças que enfrenta: pelo menos uma em &lt;code&gt;hazards&lt;/code&gt;;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;evidence of exposure: the exposure output counts more than 0 people exposed, in the settlements served, to a hazard the action addresses (not met without an exposure output);&lt;/li&gt;</source>
            <translation>&lt;li&gt;evidências de exposição: a saída de exposição conta mais de 0 pessoas expostas, nos assentamentos atendidos, a uma ameaça que a ação enfrenta (não atendido sem uma saída de exposição);&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;beneficiaries: more than 0, from the action's &lt;code&gt;beneficiaries&lt;/code&gt; or, when empty, the population (&lt;code&gt;grid_population&lt;/code&gt;) of the settlements served;&lt;/li&gt;</source>
            <translation>&lt;li&gt;beneficiários: mais de 0, de &lt;code&gt;beneficiaries&lt;/code&gt; da ação ou, quando vazio, da população (&lt;code&gt;grid_population&lt;/code&gt;) dos assentamentos atendidos;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;a costed budget: a &lt;code&gt;cost_estimate&lt;/code&gt; of 0 or more with its &lt;code&gt;currency&lt;/code&gt;;&lt;/li&gt;</source>
            <translation>&lt;li&gt;um orçamento estimado: um &lt;code&gt;cost_estimate&lt;/code&gt; igual ou maior que 0, com a sua moeda (&lt;code&gt;currency&lt;/code&gt;);&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;a &lt;code&gt;funding_source&lt;/code&gt; and a &lt;code&gt;funding_status&lt;/code&gt;;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;code&gt;funding_source&lt;/code&gt; e &lt;code&gt;funding_status&lt;/code&gt; preenchidos;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;a &lt;code&gt;lead_agency&lt;/code&gt;;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;code&gt;lead_agency&lt;/code&gt; preenchido;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;a &lt;code&gt;start_date&lt;/code&gt; and an &lt;code&gt;end_date&lt;/code&gt;;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;code&gt;start_date&lt;/code&gt; e &lt;code&gt;end_date&lt;/code&gt; preenchidos;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;&lt;code&gt;co_benefits&lt;/code&gt;.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;code&gt;co_benefits&lt;/code&gt;.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;h3&gt;Outputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Saídas&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;p&gt;&lt;b&gt;Actions with finance readiness&lt;/b&gt;: every field of the actions, and &lt;code&gt;served&lt;/code&gt; (the keys of the settlements served), &lt;code&gt;beneficiaries&lt;/code&gt; (filled in), &lt;code&gt;cost_per_beneficiary&lt;/code&gt;, &lt;code&gt;readiness&lt;/code&gt; (0–1), &lt;code&gt;readiness_missing&lt;/code&gt; (what is missing, in words), &lt;code&gt;readiness_checklist&lt;/code&gt; (one line per item, ✓ met or ✗ missing), &lt;code&gt;climate_rationale&lt;/code&gt; (the settlements served with their rank and priority, the people in them exposed to each hazard the action addresses, settlement by settlement, their vulnerability and its drivers, the beneficiaries, the cost and the cost per beneficiary), &lt;code&gt;budget_summary&lt;/code&gt; and &lt;code&gt;readiness_provenance&lt;/code&gt; (the layer and fields each figure comes from).&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Ações e sua maturidade para financiamento&lt;/b&gt;: todos os campos das ações, e &lt;code&gt;served&lt;/code&gt; (as chaves dos assentamentos atendidos), &lt;code&gt;beneficiaries&lt;/code&gt; (preenchido), &lt;code&gt;cost_per_beneficiary&lt;/code&gt;, &lt;code&gt;readiness&lt;/code&gt; (0–1), &lt;code&gt;readiness_missing&lt;/code&gt; (o que falta, por extenso), &lt;code&gt;readiness_checklist&lt;/code&gt; (uma linha por item, ✓ atendido ou ✗ ausente), &lt;code&gt;climate_rationale&lt;/code&gt; (os assentamentos atendidos com a sua posição e prioridade, as pessoas neles expostas a cada ameaça que a ação enfrenta, assentamento por assentamento, a sua vulnerabilidade e os seus fatores, os beneficiários, o custo e o custo por beneficiário), &lt;code&gt;budget_summary&lt;/code&gt; e &lt;code&gt;readiness_provenance&lt;/code&gt; (a camada e os campos de onde vem cada número).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;p&gt;&lt;b&gt;Funding pipeline&lt;/b&gt;: the active actions (not cancelled) counted by &lt;code&gt;funding_status&lt;/code&gt; and &lt;code&gt;readiness_band&lt;/code&gt; (&lt;i&gt;ready&lt;/i&gt;: 0.8 or more; &lt;i&gt;in preparation&lt;/i&gt;: 0.5 to 0.8; &lt;i&gt;early&lt;/i&gt;: below 0.5), with their cost per currency and beneficiaries. &lt;b&gt;Cost by hazard addressed&lt;/b&gt;: the active actions' cost per hazard and currency, an action's cost split evenly over the hazards it names, as in the report. Amounts in different currencies are never added. Numeric outputs: ASSESSED, MEAN_READINESS and READY_ACTIONS.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Carteira de financiamento&lt;/b&gt;: as ações ativas (não canceladas) contadas por &lt;code&gt;funding_status&lt;/code&gt; e &lt;code&gt;readiness_band&lt;/code&gt; (&lt;i&gt;ready&lt;/i&gt; (pronta): 0,8 ou mais; &lt;i&gt;in preparation&lt;/i&gt; (em preparação): de 0,5 a 0,8; &lt;i&gt;early&lt;/i&gt; (em fase inicial): abaixo de 0,5), com o seu custo por moeda e os seus beneficiários. &lt;b&gt;Custo por ameaça enfrentada&lt;/b&gt;: o custo das ações ativas por ameaça e moeda, com o custo de uma ação dividido igualmente entre as ameaças que ela indica, como no relatório. Valores em moedas diferentes nunca são somados. Saídas numéricas: ASSESSED, MEAN_READINESS e READY_ACTIONS.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;p&gt;"Project profiles" makes a one-page PDF profile of each action from this output.&lt;/p&gt;</source>
            <translation>&lt;p&gt;"Perfis de projeto" gera, a partir desta saída, um perfil em PDF de uma página para cada ação.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:importactions</name>
        <message>
            <location filename="../../resources/help/importactions.html" />
            <source>&lt;p&gt;Adds the actions of a CSV file (UTF-8; comma, semicolon or tab separated; a header row with the register's field names, at least &lt;i&gt;title&lt;/i&gt;) to a planned-action register.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Adiciona a um registro de ações previstas as ações de um arquivo CSV (UTF-8; separado por vírgula, ponto e vírgula ou tabulação; uma linha de cabeçalho com os nomes de campo do registro, pelo menos &lt;i&gt;title&lt;/i&gt;).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/importactions.html" />
            <source>&lt;p&gt;Every row is checked like an edit in the dock. Valid rows are added in one transaction; a row with problems is not added, and the &lt;b&gt;report&lt;/b&gt; names it with its row number and every reason, so no row is lost silently. Columns the register does not have are named in the report and ignored.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Cada linha é verificada como uma edição no painel. As linhas válidas são adicionadas em uma única transação; uma linha com problemas não é adicionada, e o &lt;b&gt;relatório&lt;/b&gt; a indica com o número da linha e todos os motivos, de modo que nenhuma linha se perde sem aviso. As colunas que o registro não tem são indicadas no relatório e ignoradas.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/importactions.html" />
            <source>&lt;p&gt;With &lt;b&gt;settlements&lt;/b&gt; and their &lt;b&gt;key field&lt;/b&gt;, an action's target area is the union of the settlements its &lt;i&gt;settlements&lt;/i&gt; column names.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Com os &lt;b&gt;assentamentos&lt;/b&gt; e o seu &lt;b&gt;campo-chave&lt;/b&gt;, a área de intervenção de uma ação é a união dos assentamentos indicados na sua coluna &lt;i&gt;settlements&lt;/i&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/importactions.html" />
            <source>&lt;p&gt;&lt;b&gt;Decimal mark&lt;/b&gt;: each number column (costs) is read one way, decided from all its cells (&lt;i&gt;automatic&lt;/i&gt;: "1.234,5" is 1234.5, "250.000" in a column with "1.500,50" is 250000) and named in the report; a column that cannot tell ("90,000" alone could be either) is refused until you choose &lt;i&gt;point&lt;/i&gt; or &lt;i&gt;comma&lt;/i&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Separador decimal&lt;/b&gt;: cada coluna numérica (custos) é lida de uma única forma, decidida a partir de todas as suas células (&lt;i&gt;automático&lt;/i&gt;: "1.234,5" vale 1234,5; "250.000" em uma coluna com "1.500,50" vale 250000) e indicada no relatório; uma coluna ambígua ("90,000" sozinho poderia ser as duas coisas) é recusada até que você escolha &lt;i&gt;ponto&lt;/i&gt; ou &lt;i&gt;vírgula&lt;/i&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/importactions.html" />
            <source>&lt;p&gt;The register is a GeoPackage, or a register in a PostgreSQL/PostGIS &lt;i&gt;database&lt;/i&gt; (the name of a QGIS PostgreSQL connection, or a connection string such as service=office) and its &lt;i&gt;schema&lt;/i&gt;. In a database the new actions are written in one transaction and the server checks every row itself: a row it refuses (one of the register's rules, or a rule the office added to the table) is named with the server's reason, and nothing of the import is written.&lt;/p&gt;</source>
            <translation>&lt;p&gt;O registro é um GeoPackage, ou um registro em um &lt;i&gt;banco de dados&lt;/i&gt; PostgreSQL/PostGIS (o nome de uma conexão PostgreSQL do QGIS, ou uma string de conexão como service=office) e o seu &lt;i&gt;esquema&lt;/i&gt;. Em um banco de dados, as novas ações são gravadas em uma única transação e o próprio servidor verifica cada linha: uma linha que ele recusa (por uma das regras do registro, ou por uma regra que a equipe acrescentou à tabela) é indicada com o motivo dado pelo servidor, e nada da importação é gravado.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:infrastructureexposure</name>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;p&gt;Which facilities, roads, power lines or buildings stand in harm's way, hazard by hazard.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Quais equipamentos, vias, linhas de energia ou edificações estão no caminho do perigo, ameaça por ameaça.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;h3&gt;Inputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Entradas&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Infrastructure&lt;/b&gt;: points (clinics, schools, water points), lines (roads, power lines) or polygons (buildings, sites).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Infraestrutura&lt;/b&gt;: pontos (unidades de saúde, escolas, pontos de água), linhas (vias, linhas de energia) ou polígonos (edificações, terrenos).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Type field&lt;/b&gt; (optional): groups the summary table.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Campo de tipo&lt;/b&gt; (opcional): agrupa a tabela-resumo.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Hazard rasters&lt;/b&gt; and &lt;b&gt;thresholds&lt;/b&gt;: exposure rules as in settlement exposure (a number means value ≥ it; &lt;code&gt;&amp;lt;=2&lt;/code&gt;, &lt;code&gt;=1|2&lt;/code&gt; and the like; above 0 without one; a classed hazard needs a rule). In this dialog each hazard raster gets its rule box beside its name; as text (scripts, the batch), one rule per hazard, comma-separated, paired by position with the hazard rasters in the order their list shows them. The log's first line lists each hazard with its rule. A point is exposed where any of its parts is, a line where any place sampled along it is.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Rasters de ameaça&lt;/b&gt; e &lt;b&gt;regras de exposição&lt;/b&gt;: regras como na exposição dos assentamentos (um número significa valor ≥ esse número, com ponto decimal; &lt;code&gt;&amp;lt;=2&lt;/code&gt;, &lt;code&gt;=1|2&lt;/code&gt; e semelhantes; acima de 0 sem regra; uma ameaça classificada precisa de uma regra). Nesta janela, cada raster de ameaça recebe a sua caixa de regra ao lado do seu nome; como texto (scripts, o lote), uma regra por ameaça, separadas por vírgulas, associadas por posição aos rasters de ameaça na ordem em que a lista os mostra. A primeira linha do log lista cada ameaça com a sua regra. Um ponto está exposto onde qualquer uma das suas partes está, uma linha onde qualquer local amostrado ao longo dela está.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;h3&gt;Output fields, per hazard (key = the raster layer name, lowercased)&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Campos de saída, por ameaça (key = o nome da camada raster, em minúsculas)&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;{key}_value&lt;/b&gt;: the value at a point, the maximum along a line, or the coverage-weighted mean over a polygon; NULL where the raster has no data;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{key}_value&lt;/b&gt;: o valor em um ponto, o máximo ao longo de uma linha, ou a média ponderada pela cobertura em um polígono; NULL onde o raster não tem dados;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;{key}_exposed&lt;/b&gt;: 1 or 0;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{key}_exposed&lt;/b&gt;: 1 ou 0;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;li&gt;lines: &lt;b&gt;{key}_exposed_length_m&lt;/b&gt;; polygons: &lt;b&gt;{key}_exposed_share&lt;/b&gt;.&lt;/li&gt;</source>
            <translation>&lt;li&gt;linhas: &lt;b&gt;{key}_exposed_length_m&lt;/b&gt;; polígonos: &lt;b&gt;{key}_exposed_share&lt;/b&gt;.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;p&gt;The &lt;b&gt;summary&lt;/b&gt; table has one row per type and hazard: count, count exposed, and the exposed length (m) or area (m²).&lt;/p&gt;</source>
            <translation>&lt;p&gt;A tabela de &lt;b&gt;resumo&lt;/b&gt; tem uma linha por tipo e ameaça: contagem, contagem de expostos e o comprimento exposto (m) ou a área exposta (m²).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;p&gt;Lengths and areas are in metres, measured in the layer's CRS when it is projected in metres, otherwise in the local UTM zone (the log says which). Lines are sampled every 10 m: a 10 m piece is exposed when the hazard at its middle is.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Comprimentos e áreas estão em metros, medidos no SRC da camada quando ele é projetado em metros, caso contrário na zona UTM local (o log diz qual). As linhas são amostradas a cada 10 m: um trecho de 10 m está exposto quando a ameaça no seu ponto médio está.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:prioritymap</name>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;p&gt;A citywide map of where hazard, people, vulnerability and poor access to services coincide, and a ranking of settlements that explains itself.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Um mapa em escala municipal de onde ameaças, pessoas, vulnerabilidade e acesso precário a serviços coincidem, e uma classificação dos assentamentos que se explica por si mesma.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;h3&gt;Grid&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Grade&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Boundary&lt;/b&gt;: the city polygon(s); the extent and the mask. Cells at least half inside get a priority.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Limite do município&lt;/b&gt;: o(s) polígono(s) da cidade; a extensão e a máscara. As células com pelo menos metade da área dentro recebem uma prioridade.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Cell size&lt;/b&gt; in metres and &lt;b&gt;CRS&lt;/b&gt; (empty: the boundary's UTM zone).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Tamanho da célula&lt;/b&gt; em metros e &lt;b&gt;SRC&lt;/b&gt; (vazio: a zona UTM do limite).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;Every input is aligned to this grid: hazards bilinearly (nearest for hazards scored by class), population by summing the people of the cells it overlaps, so totals are kept.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Todas as entradas são alinhadas a esta grade: as ameaças por interpolação bilinear (vizinho mais próximo para ameaças pontuadas por classe), a população somando as pessoas das células que ela sobrepõe, de modo que os totais são mantidos.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;h3&gt;Criteria&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Critérios&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;p&gt;Each criterion becomes a 0–1 score through a value function and gets a weight (weights are normalised to sum 1 and logged).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Cada critério se torna uma pontuação de 0 a 1 por meio de uma função de valor e recebe um peso (os pesos são normalizados para somar 1 e registrados no log).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Hazards&lt;/b&gt;, with the &lt;b&gt;hazard settings&lt;/b&gt;: in this dialog, each hazard raster chosen gets its own row under its layer name, with its value function chosen from a list and its weight. From a script, the model or the batch it is a table of one row per hazard, named by layer name or position (1, 2, ...): value function &lt;i&gt;linear&lt;/i&gt; (0 at Low, 1 at High, straight between), &lt;i&gt;step&lt;/i&gt; (1 from the Low value up) or &lt;i&gt;classes&lt;/i&gt; (e.g. "1:0.3; 2:0.7; 3:1"; every class of the raster needs a score, or write "other:0" for the rest), and the weight. A hazard without a row is linear from 0 with weight 1, except a classed hazard, which is refused with its classes. An empty High is set to the exact 95th percentile of the values above Low inside the boundary; the log says which value was used. A hazard on cells smaller than the analysis cells is scored on its own cells and the scores averaged by area onto the grid; settlements take their scores from their own hazard cells.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Ameaças&lt;/b&gt;, com as &lt;b&gt;configurações das ameaças&lt;/b&gt;: nesta janela, cada raster de ameaça escolhido recebe a sua própria linha com o nome da camada, com a função de valor escolhida em uma lista e o seu peso. A partir de um script, do modelo ou do lote, é uma tabela com uma linha por ameaça, identificada pelo nome da camada ou pela posição (1, 2, ...): função de valor &lt;i&gt;linear&lt;/i&gt; (0 em Baixo, 1 em Alto, linear entre eles), &lt;i&gt;step&lt;/i&gt; (degrau: 1 do valor Baixo para cima) ou &lt;i&gt;classes&lt;/i&gt; (ex.: "1:0.3; 2:0.7; 3:1"; cada classe do raster precisa de uma pontuação, ou escreva "other:0" para as demais), e o peso. Uma ameaça sem linha é linear a partir de 0, com peso 1, exceto uma ameaça classificada, que é recusada com a lista das suas classes. Um Alto vazio recebe o valor exato do percentil 95 dos valores acima de Baixo dentro do limite; o log informa qual valor foi usado. Uma ameaça com células menores que as células de análise é pontuada nas suas próprias células, e as pontuações são promediadas por área na grade; os assentamentos recebem as pontuações das suas próprias células de ameaça.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Population&lt;/b&gt;: a raster of persons per cell, scored as density (persons per hectare) from 0 to &lt;b&gt;population high bound&lt;/b&gt; (empty: the 95th percentile).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;População&lt;/b&gt;: um raster de pessoas por célula, pontuado como densidade (pessoas por hectare) de 0 até o &lt;b&gt;limite de população&lt;/b&gt; (vazio: o percentil 95).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Vulnerability&lt;/b&gt;: &lt;b&gt;settlements&lt;/b&gt; with a &lt;b&gt;vulnerability field&lt;/b&gt; (for example the output of &lt;i&gt;Settlement vulnerability index&lt;/i&gt;). Values within 0–1 are used as scores; others are scaled between the lowest and highest settlement. A cell partly in a settlement takes the covered share of its value; cells outside every settlement take the &lt;b&gt;base vulnerability&lt;/b&gt; (empty: the lowest settlement value).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Vulnerabilidade&lt;/b&gt;: &lt;b&gt;assentamentos&lt;/b&gt; com um &lt;b&gt;campo de vulnerabilidade&lt;/b&gt; (por exemplo, a saída do &lt;i&gt;Índice de vulnerabilidade dos assentamentos&lt;/i&gt;). Valores entre 0 e 1 são usados como pontuações; os demais são escalonados entre o assentamento mais baixo e o mais alto. Uma célula parcialmente dentro de um assentamento recebe a parcela coberta do seu valor; as células fora de qualquer assentamento recebem a &lt;b&gt;vulnerabilidade fora dos assentamentos&lt;/b&gt; (vazio: o valor do assentamento mais baixo).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Service-access deficit&lt;/b&gt;: the distance from each cell to the nearest of the &lt;b&gt;facilities&lt;/b&gt;, or the settlements' &lt;b&gt;access field&lt;/b&gt; (metres, e.g. an output of &lt;i&gt;Access to services&lt;/i&gt;), scored linearly from &lt;b&gt;access low&lt;/b&gt; (no deficit) to &lt;b&gt;access high&lt;/b&gt; (full deficit).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Déficit de acesso a serviços&lt;/b&gt;: a distância de cada célula ao mais próximo dos &lt;b&gt;equipamentos&lt;/b&gt;, ou o &lt;b&gt;campo de acesso&lt;/b&gt; dos assentamentos (metros, ex.: uma saída de &lt;i&gt;Acesso a serviços&lt;/i&gt;), pontuado linearmente desde &lt;b&gt;sem déficit até&lt;/b&gt; (nenhum déficit) até &lt;b&gt;déficit total a partir de&lt;/b&gt; (déficit total).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Exclude&lt;/b&gt; (optional): polygons left out of the map, for example water bodies.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Excluir&lt;/b&gt; (opcional): polígonos deixados fora do mapa, por exemplo corpos d'água.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Decimal mark&lt;/b&gt; of numbers written as text: the class scores of a hazard, and a vulnerability or access field stored as text ("0,81"). &lt;i&gt;Automatic&lt;/i&gt; decides from all the scores of a hazard (all the values of the field) together, and the log says what was used: "1:0,3; 2:0,7; 3:1" (classes separated by ";") reads as 0.3 and 0.7. Commas that could both separate the classes and mark decimals ("1:0,3, 2:0,7"), or values that mix "0.3" and "0,7", are refused: separate the classes with ";", or choose &lt;i&gt;point&lt;/i&gt; or &lt;i&gt;comma&lt;/i&gt;. In a field, "n/a", "-" and empty cells are missing; other text that is no number stops the run, naming it.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Separador decimal&lt;/b&gt; dos números escritos como texto: as pontuações de classe de uma ameaça, e um campo de vulnerabilidade ou de acesso guardado como texto ("0,81"). &lt;i&gt;Automático&lt;/i&gt; decide a partir de todas as pontuações de uma ameaça (todos os valores do campo) juntas, e o registro indica o que foi usado: "1:0,3; 2:0,7; 3:1" (classes separadas por ";") é lido como 0,3 e 0,7. Vírgulas que poderiam ao mesmo tempo separar as classes e marcar decimais ("1:0,3, 2:0,7"), ou valores que misturam "0.3" e "0,7", são recusados: separe as classes com ";", ou escolha &lt;i&gt;ponto&lt;/i&gt; ou &lt;i&gt;vírgula&lt;/i&gt;. Em um campo, "n/a", "-" e células vazias são dados ausentes; qualquer outro texto que não seja um número interrompe a execução, nomeando-o.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;h3&gt;Method&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Método&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Weighted sum&lt;/b&gt;: priority = Σ w·s. Criteria compensate each other: a high hazard score can make up for few people. Use it to see where needs add up.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Soma ponderada&lt;/b&gt;: prioridade = Σ w·s. Os critérios se compensam entre si: uma pontuação alta de ameaça pode compensar poucas pessoas. Use-a para ver onde as necessidades se somam.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Weighted product&lt;/b&gt;: priority = Π s^w. A criterion scoring 0 gives 0 whatever the others: a strong score cannot offset a missing one. Use it when priority needs every criterion present at once (a hazard &lt;i&gt;and&lt;/i&gt; people &lt;i&gt;and&lt;/i&gt; vulnerability).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Produto ponderado&lt;/b&gt;: prioridade = Π s^w. Um critério com pontuação 0 resulta em 0, sejam quais forem os demais: uma pontuação forte não compensa uma ausente. Use-o quando a prioridade exige todos os critérios presentes ao mesmo tempo (uma ameaça &lt;i&gt;e&lt;/i&gt; pessoas &lt;i&gt;e&lt;/i&gt; vulnerabilidade).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Missing data&lt;/b&gt;: where a criterion has no value, reweight over the criteria present (default), count it as score 0, or leave the cell without priority. The log says how much was missing per criterion; the ranking has &lt;i&gt;priority_completeness&lt;/i&gt;.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Dados ausentes&lt;/b&gt;: onde um critério não tem valor, reponderar entre os critérios presentes (padrão), contá-lo como pontuação 0, ou deixar a célula sem prioridade. O log informa quanto faltou em cada critério; a classificação tem &lt;i&gt;priority_completeness&lt;/i&gt;.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;h3&gt;Outputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Saídas&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Priority&lt;/b&gt;: GeoTIFF 0–100 (0 = every criterion at its lowest score, 100 = every criterion at its high bound), nodata outside the boundary.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Prioridade&lt;/b&gt;: GeoTIFF de 0 a 100 (0 = todos os critérios na pontuação mais baixa, 100 = todos os critérios no seu limite superior), nodata fora do limite do município.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Classes&lt;/b&gt;: 1–5 by city-wide quantiles (each class holds a fifth of the cells) or equal intervals between the lowest and highest priority. Equal priorities always share a class and the highest priorities are always in class 5; where too many cells share priorities to make five classes, fewer are made (the others stay empty) and the log says so.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Classes&lt;/b&gt;: 1–5 por quantis em escala municipal (cada classe contém um quinto das células) ou intervalos iguais entre a prioridade mais baixa e a mais alta. Prioridades iguais sempre ficam na mesma classe, e as prioridades mais altas estão sempre na classe 5; quando muitas células compartilham as mesmas prioridades para formar cinco classes, são criadas menos classes (as outras ficam vazias) e o log o informa.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Zones&lt;/b&gt; (optional): connected areas of classes 4–5, each with its area, people and mean priority. A zone too large to hold as one polygon (more than about 2 million vertices, such as one zone across a large city) is written in parts, one per band of rows: every part carries the whole zone's &lt;i&gt;zone_id&lt;/i&gt; and figures, with &lt;i&gt;part&lt;/i&gt; and &lt;i&gt;parts&lt;/i&gt;; dissolve by &lt;i&gt;zone_id&lt;/i&gt; to join them.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Zonas&lt;/b&gt; (opcional): áreas contíguas das classes 4–5, cada uma com a sua área, pessoas e prioridade média. Uma zona grande demais para caber em um único polígono (mais de cerca de 2 milhões de vértices, como uma zona que atravessa uma grande cidade) é gravada em partes, uma por faixa de linhas: cada parte traz o &lt;i&gt;zone_id&lt;/i&gt; e os números da zona inteira, com &lt;i&gt;part&lt;/i&gt; e &lt;i&gt;parts&lt;/i&gt;; dissolva por &lt;i&gt;zone_id&lt;/i&gt; para uni-las.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Ranking&lt;/b&gt;: the settlements with &lt;i&gt;priority_mean&lt;/i&gt; and &lt;i&gt;priority_max&lt;/i&gt; (coverage-weighted over their cells), &lt;i&gt;priority_class&lt;/i&gt; (by default the quintile of the settlement among the settlements ranked: 5 = the top fifth, so "high priority", classes 4–5, means the top 40 %; ties share a class; with &lt;b&gt;Settlement classes&lt;/b&gt; = the map's city-wide classes, the class of its mean on the map's breaks), &lt;i&gt;priority_rank&lt;/i&gt; (1 = highest), &lt;i&gt;driver_1&lt;/i&gt;/&lt;i&gt;driver_2&lt;/i&gt; with &lt;i&gt;driver_1_share&lt;/i&gt;/&lt;i&gt;driver_2_share&lt;/i&gt; (the criteria with the largest share of w·s), &lt;i&gt;s_{criterion}&lt;/i&gt; (mean score of each criterion), &lt;i&gt;grid_population&lt;/i&gt; (the settlement's people, counted on the population raster's own cells, not on the analysis grid), and the sensitivity fields.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Classificação&lt;/b&gt;: os assentamentos com &lt;i&gt;priority_mean&lt;/i&gt; e &lt;i&gt;priority_max&lt;/i&gt; (ponderados pela cobertura nas suas células), &lt;i&gt;priority_class&lt;/i&gt; (por padrão, o quintil do assentamento entre os assentamentos classificados: 5 = o quinto superior, de modo que "alta prioridade", classes 4–5, significa os 40 % superiores; empates ficam na mesma classe; com &lt;b&gt;Classes dos assentamentos&lt;/b&gt; = as classes do mapa em escala municipal, a classe da sua média segundo os limites de classe do mapa), &lt;i&gt;priority_rank&lt;/i&gt; (1 = a mais alta), &lt;i&gt;driver_1&lt;/i&gt;/&lt;i&gt;driver_2&lt;/i&gt; com &lt;i&gt;driver_1_share&lt;/i&gt;/&lt;i&gt;driver_2_share&lt;/i&gt; (os critérios com a maior parcela de w·s), &lt;i&gt;s_{criterion}&lt;/i&gt; (pontuação média de cada critério), &lt;i&gt;grid_population&lt;/i&gt; (as pessoas do assentamento, contadas nas próprias células do raster de população, não na grade de análise) e os campos de sensibilidade.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;h3&gt;Sensitivity&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Sensibilidade&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;p&gt;&lt;b&gt;Sensitivity runs&lt;/b&gt; redraw the weights around the chosen ones (Dirichlet, standard deviation &lt;b&gt;spread&lt;/b&gt;·√(w(1−w))) and re-rank the settlements from their criterion means; the overlay is not recomputed. &lt;i&gt;rank_p05&lt;/i&gt; and &lt;i&gt;rank_p95&lt;/i&gt; are the 5th and 95th percentiles of each settlement's rank; &lt;i&gt;rank_stable&lt;/i&gt; is 1 when it stays in the same quintile in at least 90 % of the runs. With the weighted product the runs use the product of the criterion means, close to the mean of the products. The draws use a fixed seed: the same inputs give the same outputs.&lt;/p&gt;</source>
            <translation>&lt;p&gt;As &lt;b&gt;execuções de sensibilidade&lt;/b&gt; sorteiam novamente os pesos em torno dos escolhidos (Dirichlet, desvio padrão &lt;b&gt;dispersão&lt;/b&gt;·√(w(1−w))) e reclassificam os assentamentos a partir das médias dos seus critérios; a sobreposição não é recalculada. &lt;i&gt;rank_p05&lt;/i&gt; e &lt;i&gt;rank_p95&lt;/i&gt; são os percentis 5 e 95 da posição de cada assentamento; &lt;i&gt;rank_stable&lt;/i&gt; é 1 quando ele permanece no mesmo quintil em pelo menos 90 % das execuções. Com o produto ponderado, as execuções usam o produto das médias dos critérios, próximo da média dos produtos. Os sorteios usam uma semente fixa: as mesmas entradas produzem as mesmas saídas.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;p&gt;The grid is processed in strips, so memory stays bounded for any city size.&lt;/p&gt;</source>
            <translation>&lt;p&gt;A grade é processada em faixas, de modo que a memória permanece limitada para qualquer tamanho de cidade.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:projectprofiles</name>
        <message>
            <location filename="../../resources/help/projectprofiles.html" />
            <source>&lt;p&gt;A PDF with one page per action for a funder, made with a QGIS print-layout atlas over the actions: a map of the action's target area over the priority map with the settlements it serves, its climate rationale, its budget, the finance readiness checklist with what is missing, and where the figures come from.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Um PDF com uma página por ação para um financiador, gerado com um atlas de layout de impressão do QGIS sobre as ações: um mapa da área de intervenção da ação sobre o mapa de prioridades, com os assentamentos que ela atende, a sua justificativa climática, o seu orçamento, a lista de verificação da maturidade para financiamento com o que falta, e a origem dos números.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/projectprofiles.html" />
            <source>&lt;h3&gt;Inputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Entradas&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/projectprofiles.html" />
            <source>&lt;li&gt;&lt;b&gt;Actions with finance readiness&lt;/b&gt;: the output of "Finance readiness of the actions", whose texts fill the pages (they are written in the language that run chose).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Ações e sua maturidade para financiamento&lt;/b&gt;: a saída de "Maturidade das ações para financiamento", cujos textos preenchem as páginas (eles estão no idioma escolhido naquela execução).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/projectprofiles.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlement priority ranking&lt;/b&gt; with its &lt;b&gt;key field&lt;/b&gt; (the one the actions' &lt;code&gt;served&lt;/code&gt; lists) and &lt;b&gt;name field&lt;/b&gt;: the settlements an action serves are outlined in red and named on its map.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Classificação de prioridade dos assentamentos&lt;/b&gt; com o seu &lt;b&gt;campo-chave&lt;/b&gt; (aquele que o campo &lt;code&gt;served&lt;/code&gt; das ações lista) e o seu &lt;b&gt;campo de nome&lt;/b&gt;: os assentamentos que uma ação atende são contornados em vermelho e nomeados no seu mapa.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/projectprofiles.html" />
            <source>&lt;li&gt;&lt;b&gt;Priority raster&lt;/b&gt;: the priority map, under the areas.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Raster de prioridade&lt;/b&gt;: o mapa de prioridades, sob as áreas.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/projectprofiles.html" />
            <source>&lt;li&gt;&lt;b&gt;Layout template&lt;/b&gt; (optional): a copy of &lt;code&gt;resources/templates/project_profile.qpt&lt;/code&gt; restyled in QGIS's layout designer. Items are filled by their ids: &lt;code&gt;title&lt;/code&gt;, &lt;code&gt;subtitle&lt;/code&gt;, &lt;code&gt;readiness&lt;/code&gt;, &lt;code&gt;city&lt;/code&gt;, &lt;code&gt;map&lt;/code&gt;, &lt;code&gt;rationale&lt;/code&gt;, &lt;code&gt;budget&lt;/code&gt;, &lt;code&gt;checklist&lt;/code&gt;, &lt;code&gt;missing&lt;/code&gt;, &lt;code&gt;provenance&lt;/code&gt; and &lt;code&gt;footer&lt;/code&gt;; the log names any id the template lacks.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Modelo de layout&lt;/b&gt; (opcional): uma cópia de &lt;code&gt;resources/templates/project_profile.qpt&lt;/code&gt; com o estilo alterado no editor de layout do QGIS. Os itens são preenchidos pelos seus ids: &lt;code&gt;title&lt;/code&gt;, &lt;code&gt;subtitle&lt;/code&gt;, &lt;code&gt;readiness&lt;/code&gt;, &lt;code&gt;city&lt;/code&gt;, &lt;code&gt;map&lt;/code&gt;, &lt;code&gt;rationale&lt;/code&gt;, &lt;code&gt;budget&lt;/code&gt;, &lt;code&gt;checklist&lt;/code&gt;, &lt;code&gt;missing&lt;/code&gt;, &lt;code&gt;provenance&lt;/code&gt; e &lt;code&gt;footer&lt;/code&gt;; o log indica qualquer id que falte no modelo.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/projectprofiles.html" />
            <source>&lt;li&gt;&lt;b&gt;Language of the pages&lt;/b&gt; (optional): en, fr, es or pt, for the headings, the subtitle and the readiness; empty: QGIS's language.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Idioma das páginas&lt;/b&gt; (opcional): en, fr, es ou pt, para os títulos, o subtítulo e a maturidade; vazio: o idioma do QGIS.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/projectprofiles.html" />
            <source>&lt;p&gt;An action without a target area is mapped by the settlements it serves. Output: the PDF, one page per action in the order of the layer, and PROFILES, the number of pages.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Uma ação sem área de intervenção é mapeada pelos assentamentos que ela atende. Saída: o PDF, com uma página por ação na ordem da camada, e PROFILES, o número de páginas.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:report</name>
        <message>
            <location filename="../../resources/help/report.html" />
            <source>&lt;p&gt;Builds a QGIS print layout and exports it as a PDF: four pages for a city whose ranking fits one page (about 40 settlements), and one more page of ranking for every further 41 or so (5,000 settlements take about 120 pages). Every page is numbered ("page 3 of 11").&lt;/p&gt;</source>
            <translation>&lt;p&gt;Monta um layout de impressão do QGIS e o exporta como PDF: quatro páginas para uma cidade cuja classificação cabe em uma página (cerca de 40 assentamentos), e mais uma página de classificação para cada 41 assentamentos adicionais, aproximadamente (5.000 assentamentos ocupam cerca de 120 páginas). Todas as páginas são numeradas ("página 3 de 11").&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/report.html" />
            <source>&lt;li&gt;&lt;b&gt;Cover and city map&lt;/b&gt;: the priority map over the city boundary, roads and settlements, each settlement numbered by its rank (where numbers would overlap, the higher-ranked one is shown), with legend, a key to the numbers, scale bar, north arrow, title, city name, date and an optional logo.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Capa e mapa da cidade&lt;/b&gt;: o mapa de prioridades sobre o limite do município, as vias e os assentamentos, cada assentamento numerado pela sua posição (onde os números se sobreporiam, é mostrado o de melhor posição), com legenda, uma chave dos números, barra de escala, seta do norte, título, nome da cidade, data e um logotipo opcional.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/report.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlement ranking&lt;/b&gt;: every ranked settlement, over as many pages as it takes: rank, name, people, priority, main drivers by criterion (the hazard's layer, People, Access to services, Vulnerability) with their share, rank range under the weight sensitivity, stability, and whether an active action serves the settlement.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Classificação dos assentamentos&lt;/b&gt;: todos os assentamentos classificados, em quantas páginas forem necessárias: posição, nome, pessoas, prioridade, fatores principais por critério (a camada da ameaça, Pessoas, Acesso a serviços, Vulnerabilidade) com a sua parcela, intervalo de posições sob a sensibilidade aos pesos, estabilidade, e se uma ação ativa atende o assentamento.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/report.html" />
            <source>&lt;li&gt;&lt;b&gt;Action plan&lt;/b&gt;: every action with status, funding status, cost and beneficiaries (continued on further pages when there are many); the high-priority settlements without an action; budget by funding status and by hazard, each value beside its bar.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Plano de ações&lt;/b&gt;: todas as ações com status, situação do financiamento, custo e beneficiários (continuando em páginas adicionais quando são muitas); os assentamentos de alta prioridade sem ação; orçamento por situação do financiamento e por ameaça, cada valor ao lado da sua barra.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/report.html" />
            <source>&lt;li&gt;&lt;b&gt;Method and provenance&lt;/b&gt;: the input files by name under their folder (each folder once), with CRS and date; the criteria and weights, the sensitivity settings, how to read the ranking's columns, the plugin and QGIS versions, and caveats on missing data.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Método e procedência&lt;/b&gt;: os arquivos de entrada por nome, agrupados pela sua pasta (cada pasta uma só vez), com SRC e data; os critérios e pesos, as configurações de sensibilidade, como ler as colunas da classificação, as versões do complemento e do QGIS, e ressalvas sobre dados ausentes.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/report.html" />
            <source>&lt;p&gt;The layout comes from &lt;b&gt;Template&lt;/b&gt; (a .qpt; default: resources/templates/resilience_report.qpt). Restyle a copy in QGIS's layout designer (colours, fonts, logo place) and keep the item ids (title, city, date, logo, map, legend, scalebar, north, map_note, ranking_table, actions_table, gaps, chart_funding, chart_hazard, method, footer): the report fills them by id. The pages a long ranking or action plan needs are inserted after the table's page, with a frame at the same place and its heading marked "(continued)".&lt;/p&gt;</source>
            <translation>&lt;p&gt;O layout vem do &lt;b&gt;Modelo de layout&lt;/b&gt; (um .qpt; padrão: resources/templates/resilience_report.qpt). Altere o estilo de uma cópia no editor de layout do QGIS (cores, fontes, posição do logotipo) e mantenha os ids dos itens (title, city, date, logo, map, legend, scalebar, north, map_note, ranking_table, actions_table, gaps, chart_funding, chart_hazard, method, footer): o relatório os preenche pelo id. As páginas de que uma classificação ou um plano de ações longo precisa são inseridas após a página da tabela, com um quadro no mesmo lugar e o seu título marcado "(continuação)".&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/report.html" />
            <source>&lt;p&gt;With &lt;b&gt;Energy access options&lt;/b&gt; (the output of that tool) the report ends with an &lt;b&gt;Energy plan&lt;/b&gt; page: per option and city-wide, the settlements, households, households to connect, investment and informal connections to regularise with their cost; the tier and unit costs the plan was costed at; then every settlement with its option, cost per household, investment and flood note (continued on further pages when needed).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Com &lt;b&gt;Opções de acesso à energia&lt;/b&gt; (a saída dessa ferramenta), o relatório termina com uma página &lt;b&gt;Plano de energia&lt;/b&gt;: por opção e para todo o município, os assentamentos, domicílios, domicílios a ligar, investimento e ligações informais a regularizar com o seu custo; o nível e os custos unitários com que o plano foi calculado; em seguida, cada assentamento com a sua opção, custo por domicílio, investimento e nota sobre inundação (continuando em outras páginas quando necessário).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/report.html" />
            <source>&lt;p&gt;The first page is also written as a PNG for web pages and slides. With &lt;b&gt;Add to project&lt;/b&gt; the layout stays in the project for editing by hand.&lt;/p&gt;</source>
            <translation>&lt;p&gt;A primeira página também é gravada como PNG para páginas web e apresentações. Com &lt;b&gt;Manter o layout no projeto&lt;/b&gt;, o layout permanece no projeto para ser editado à mão.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/report.html" />
            <source>&lt;p&gt;&lt;b&gt;Report language&lt;/b&gt; (en, fr, es or pt; empty: QGIS's language) writes every text of the pages in that language, whatever QGIS's own: the headings, tables, legend, charts, footer and method page, and the numbers, amounts and dates as that language writes them (1,234.5 in English, 1 234,5 in French, 1.234,5 in Spanish and Portuguese; amounts with the register's currency code, KES 1,000,000 or 1 000 000 KES). QGIS itself stays in its language. A language whose translation is not installed gives an English report and a warning in the log. A restyled template's own texts are kept as written; its texts that are the default template's are translated.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Idioma do relatório&lt;/b&gt; (en, fr, es ou pt; vazio: o idioma do QGIS) escreve todos os textos das páginas nesse idioma, seja qual for o do próprio QGIS: os títulos, as tabelas, a legenda, os gráficos, o rodapé e a página de método, e os números, valores e datas como esse idioma os escreve (1,234.5 em inglês, 1 234,5 em francês, 1.234,5 em espanhol e português; valores com o código de moeda do registro, KES 1,000,000 ou 1 000 000 KES). O próprio QGIS permanece no seu idioma. Um idioma cuja tradução não está instalada gera um relatório em inglês e um aviso no log. Os textos próprios de um modelo com estilo alterado são mantidos como foram escritos; os seus textos que são os do modelo padrão são traduzidos.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:restoreaction</name>
        <message>
            <location filename="../../resources/help/restoreaction.html" />
            <source>&lt;p&gt;Puts one action of a register shared in a PostgreSQL/PostGIS database back into an earlier state. The database records every insert, update and delete in planned_actions_history (the row as it was, who, when); this brings back every field of the action and its target area as one entry of that history recorded them. Who changed the action last, and when, then become you and the time of the restore, as after any save.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Devolve uma ação de um registro compartilhado em um banco de dados PostgreSQL/PostGIS a um estado anterior. O banco de dados registra cada inserção, atualização e exclusão em planned_actions_history (a linha tal como era, quem, quando); este algoritmo traz de volta todos os campos da ação e a sua área de intervenção tal como uma entrada desse histórico os registrou. Quem alterou a ação por último, e quando, passam então a indicar você e o momento atual, como após qualquer salvamento.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/restoreaction.html" />
            <source>&lt;p&gt;Give the &lt;i&gt;database&lt;/i&gt; (the name of a QGIS PostgreSQL connection, or a connection string such as service=office), its schema, the action's action_id and the history_id of the entry. The History… button of the Planned actions dock lists an action's entries, what each changed, and restores one for you.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Informe o &lt;i&gt;banco de dados&lt;/i&gt; (o nome de uma conexão PostgreSQL do QGIS, ou uma string de conexão como service=office), o seu esquema, o action_id da ação e o history_id da entrada. O botão Histórico… do painel Ações previstas lista as entradas de uma ação e o que cada uma alterou, e restaura uma delas para você.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/restoreaction.html" />
            <source>&lt;p&gt;The restore is a save like any other, in one transaction: the register's rules check it (a state the rules refuse now is not restored, and the message gives the database's reason), its row version goes up, and the history records it as a change (or, for an action that had been deleted, as an addition: it comes back with the same action_id). A viewer's login, and a register written by a newer plugin, restore nothing.&lt;/p&gt;</source>
            <translation>&lt;p&gt;A restauração é um salvamento como qualquer outro, em uma única transação: as regras do registro a verificam (um estado que as regras agora recusam não é restaurado, e a mensagem informa o motivo dado pelo banco de dados), a versão da linha aumenta e o histórico a registra como uma alteração (ou, para uma ação que havia sido excluída, como uma adição: ela volta com o mesmo action_id). Com o usuário de um leitor, ou em um registro gravado por uma versão mais recente do plugin, nada é restaurado.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/restoreaction.html" />
            <source>&lt;p&gt;Give the row version you saw the action at (&lt;i&gt;Row version seen&lt;/i&gt;): when someone has changed or deleted the action since, nothing is restored and the message says who and when, so a restore never overwrites a change unseen.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Informe a versão da linha em que você viu a ação (&lt;i&gt;Versão da linha vista&lt;/i&gt;): se alguém tiver alterado ou excluído a ação desde então, nada é restaurado e a mensagem informa quem e quando, de modo que uma restauração nunca sobrescreve uma alteração sem que você a tenha visto.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/restoreaction.html" />
            <source>&lt;p&gt;A GeoPackage register keeps no history of its own edits, so there is nothing to restore it from; copy it into a database (Copy planned-action register) for a register that keeps every change.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Um registro GeoPackage não mantém histórico das suas próprias edições, portanto não há nada a partir do qual restaurá-lo; copie-o para um banco de dados (Copiar registro de ações previstas) para ter um registro que guarde cada alteração.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:samplecity</name>
        <message>
            <location filename="../../resources/help/samplecity.html" />
            <source>&lt;p&gt;Writes "Mto Mkuu", a fictional city of 10 × 8 km on a river valley, for demonstrations and training. The same seed always gives the same data.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Grava "Mto Mkuu", uma cidade fictícia de 10 × 8 km em um vale fluvial, para demonstrações e capacitação. A mesma semente sempre gera os mesmos dados.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/samplecity.html" />
            <source>&lt;p&gt;Rasters (UTM zone 37S, 25 m): &lt;b&gt;flood_depth.tif&lt;/b&gt; (m; the north-east corner is nodata, as if the flood model did not cover it), &lt;b&gt;landslide_susceptibility.tif&lt;/b&gt; (classes 1–3), &lt;b&gt;heat_lst.tif&lt;/b&gt; (land-surface temperature, °C) and &lt;b&gt;population.tif&lt;/b&gt; (persons per cell).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Rasters (zona UTM 37S, 25 m): &lt;b&gt;flood_depth.tif&lt;/b&gt; (m; o canto nordeste é nodata, como se o modelo de inundação não o cobrisse), &lt;b&gt;landslide_susceptibility.tif&lt;/b&gt; (classes 1–3), &lt;b&gt;heat_lst.tif&lt;/b&gt; (temperatura da superfície terrestre, °C) e &lt;b&gt;population.tif&lt;/b&gt; (pessoas por célula).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/samplecity.html" />
            <source>&lt;p&gt;Vectors (EPSG:4326) in &lt;b&gt;sample_city.gpkg&lt;/b&gt;: settlements (40 informal settlements, 0.3 to about 57 ha), settlement_profiles (a Know-Your-City-like table, with some answers missing), roads, health_facilities, schools, water_points, power_lines, substations and city_boundary.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Vetores (EPSG:4326) em &lt;b&gt;sample_city.gpkg&lt;/b&gt;: settlements (40 assentamentos informais, de 0,3 a cerca de 57 ha), settlement_profiles (uma tabela no estilo Know Your City, com algumas respostas ausentes), roads, health_facilities, schools, water_points, power_lines, substations e city_boundary.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/samplecity.html" />
            <source>&lt;p&gt;Run from QGIS, the city is loaded into a new group of the layer tree, every layer styled; the styles are also saved in the files, so that they open styled from the Browser.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Executada a partir do QGIS, a cidade é carregada em um novo grupo do painel Camadas, com estilo aplicado a todas as camadas; os estilos também são salvos nos arquivos, para que as camadas abram já com estilo a partir do Navegador.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:serviceaccess</name>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;p&gt;How far each settlement is from the nearest facility of each type (clinic, school, water point, ...), in a straight line and along the roads, normally and during a hazard, and which settlements lose access when the hazard strikes.&lt;/p&gt;</source>
            <translation>&lt;p&gt;A que distância cada assentamento está do equipamento mais próximo de cada tipo (unidade de saúde, escola, ponto de água, ...), em linha reta e pelas vias, em condições normais e durante uma ameaça, e quais assentamentos perdem o acesso quando a ameaça ocorre.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;h3&gt;Inputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Entradas&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlements&lt;/b&gt;: polygons. Trips start at a point inside each settlement.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Assentamentos&lt;/b&gt;: polígonos. Os trajetos partem de um ponto dentro de cada assentamento.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;Facilities&lt;/b&gt;: points. &lt;b&gt;Facility type field&lt;/b&gt; (optional) splits them into types; without it they all count as one type named after the layer.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Equipamentos&lt;/b&gt;: pontos. O &lt;b&gt;campo de tipo de equipamento&lt;/b&gt; (opcional) os divide em tipos; sem ele, todos contam como um único tipo com o nome da camada.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;Roads&lt;/b&gt; (optional): lines. Roads join where they share a vertex, and a road's end joins another road's nearest vertex within the &lt;b&gt;snapping tolerance&lt;/b&gt;; roads that only cross stay apart (bridges cross without a junction). The log says how many disconnected pieces the network has. Settlements and facilities join the road network at its nearest vertex; segments longer than 50 m are split first, so a connector is at most 25 m longer than to the nearest point of a road.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Vias&lt;/b&gt; (opcional): linhas. As vias se conectam onde compartilham um vértice, e a extremidade de uma via se conecta ao vértice mais próximo de outra via dentro da &lt;b&gt;tolerância de ajuste&lt;/b&gt;; vias que apenas se cruzam permanecem separadas (pontes cruzam sem junção). O log informa em quantas partes desconectadas a rede está dividida. Assentamentos e equipamentos se conectam à rede viária no seu vértice mais próximo; segmentos com mais de 50 m são divididos antes, de modo que um conector tem no máximo 25 m a mais do que a distância até o ponto mais próximo de uma via.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;Hazard&lt;/b&gt; and &lt;b&gt;threshold&lt;/b&gt; (optional): roads and facilities in exposed cells are out of service. The threshold is an exposure rule as in settlement exposure: a number (value ≥ it), a comparison (&lt;code&gt;&amp;lt;=2&lt;/code&gt;) or classes (&lt;code&gt;=1|2&lt;/code&gt;); above 0 without one; a classed hazard needs a rule. A road segment is cut when any point along it, checked every half cell, is exposed.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Ameaça&lt;/b&gt; e &lt;b&gt;limiar&lt;/b&gt; (opcional): vias e equipamentos em células expostas ficam fora de serviço. O limiar é uma regra de exposição como na exposição dos assentamentos: um número com ponto decimal (valor ≥ esse número), uma comparação (&lt;code&gt;&amp;lt;=2&lt;/code&gt;) ou classes (&lt;code&gt;=1|2&lt;/code&gt;); acima de 0 sem regra; uma ameaça classificada precisa de uma regra. Um segmento de via é interrompido quando qualquer ponto ao longo dele, verificado a cada meia célula, está exposto.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;Maximum distance&lt;/b&gt;: trips longer than this (connectors included) count as unreachable; 0 means no limit.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Distância máxima&lt;/b&gt;: trajetos mais longos que isso (incluindo os conectores) contam como inalcançáveis; 0 significa sem limite.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;h3&gt;Output fields, per facility type&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Campos de saída, por tipo de equipamento&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;{type}_dist_m&lt;/b&gt;: straight-line distance from the settlement's outline to the nearest facility (0 when one is inside it);&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{type}_dist_m&lt;/b&gt;: distância em linha reta do contorno do assentamento até o equipamento mais próximo (0 quando há um dentro dele);&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;{type}_network_m&lt;/b&gt;: along the roads, with the two connectors; NULL when unreachable or without roads;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{type}_network_m&lt;/b&gt;: pelas vias, com os dois conectores; NULL quando inalcançável ou sem vias;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;{type}_network_hazard_m&lt;/b&gt;: the same during the hazard;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{type}_network_hazard_m&lt;/b&gt;: o mesmo, durante a ameaça;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;{type}_access_lost&lt;/b&gt;: 1 when a facility is reachable normally but not during the hazard.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{type}_access_lost&lt;/b&gt;: 1 quando um equipamento é alcançável em condições normais, mas não durante a ameaça.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;p&gt;Distances are in metres, computed in the settlements' CRS when it is projected in metres, otherwise in the local UTM zone. Shortest paths run once per facility type from all its facilities at once.&lt;/p&gt;</source>
            <translation>&lt;p&gt;As distâncias estão em metros, calculadas no SRC dos assentamentos quando ele é projetado em metros, caso contrário na zona UTM local. Os caminhos mais curtos são calculados uma vez por tipo de equipamento, a partir de todos os seus equipamentos ao mesmo tempo.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:settlementexposure</name>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;p&gt;For each informal settlement, how much of its area and how many of its people are exposed to each hazard raster.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Para cada assentamento informal, quanto da sua área e quantas das suas pessoas estão expostas a cada raster de ameaça.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;h3&gt;Inputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Entradas&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlements&lt;/b&gt;: polygons (any CRS; they are reprojected to each raster's CRS). Invalid geometries are repaired; multipart polygons are measured as one settlement.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Assentamentos&lt;/b&gt;: polígonos (qualquer SRC; eles são reprojetados para o SRC de cada raster). Geometrias inválidas são reparadas; polígonos multipartes são medidos como um único assentamento.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlement ID field&lt;/b&gt; (optional): names settlements in messages.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Campo de identificador do assentamento&lt;/b&gt; (opcional): identifica os assentamentos nas mensagens.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Hazard rasters&lt;/b&gt;: one or more GeoTIFFs or other GDAL files, e.g. flood depth (m), landslide susceptibility class, land-surface temperature (°C).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Rasters de ameaça&lt;/b&gt;: um ou mais GeoTIFFs ou outros arquivos GDAL, ex.: profundidade de inundação (m), classe de suscetibilidade a deslizamentos, temperatura da superfície terrestre (°C).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Thresholds&lt;/b&gt; (optional): one exposure rule per hazard, comma-separated, in the same order: a number (exposed where the value ≥ it, e.g. &lt;code&gt;0.5&lt;/code&gt;), a comparison (&lt;code&gt;&amp;gt;=0.5&lt;/code&gt;, &lt;code&gt;&amp;gt;0.5&lt;/code&gt;, &lt;code&gt;&amp;lt;=2&lt;/code&gt;, &lt;code&gt;&amp;lt;2&lt;/code&gt;) or a set of classes (&lt;code&gt;=1&lt;/code&gt;, &lt;code&gt;=1|2&lt;/code&gt;). Empty: any value above 0 counts as exposed. A &lt;b&gt;classed hazard&lt;/b&gt; (a colour table, class names in its style or categories, or an integer raster with at most 16 distinct values) must be given a rule: without one the run stops and lists its classes. The log says which classes a rule includes, with their names.&lt;br&gt; In this dialog each chosen hazard raster gets its own rule box, beside its name. From a script, the model or the batch the rules are one text, paired with the hazard rasters by position: the first rule with the first raster in the order the &lt;b&gt;Hazard rasters&lt;/b&gt; list shows them, the second with the second. For &lt;code&gt;flood_depth&lt;/code&gt; then &lt;code&gt;landslide&lt;/code&gt;, &lt;code&gt;0.5, =3|4&lt;/code&gt; means flooded from 0.5 m, and landslide classes 3 and 4. The log's first line lists each hazard with its rule.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Regras de exposição&lt;/b&gt; (opcional): uma regra de exposição por ameaça, separadas por vírgulas, na mesma ordem: um número com ponto decimal (exposto onde o valor ≥ esse número, ex.: &lt;code&gt;0.5&lt;/code&gt;), uma comparação (&lt;code&gt;&amp;gt;=0.5&lt;/code&gt;, &lt;code&gt;&amp;gt;0.5&lt;/code&gt;, &lt;code&gt;&amp;lt;=2&lt;/code&gt;, &lt;code&gt;&amp;lt;2&lt;/code&gt;) ou um conjunto de classes (&lt;code&gt;=1&lt;/code&gt;, &lt;code&gt;=1|2&lt;/code&gt;). Vazio: qualquer valor acima de 0 conta como exposto. Uma &lt;b&gt;ameaça classificada&lt;/b&gt; (com tabela de cores, nomes de classes no seu estilo ou categorias, ou um raster inteiro com no máximo 16 valores distintos) precisa receber uma regra: sem ela, a execução para e lista as suas classes. O log informa quais classes uma regra inclui, com os seus nomes.&lt;br&gt; Nesta janela, cada raster de ameaça escolhido recebe a sua própria caixa de regra, ao lado do seu nome. A partir de um script, do modelo ou do lote, as regras são um único texto, associadas aos rasters de ameaça por posição: a primeira regra com o primeiro raster na ordem em que a lista &lt;b&gt;Rasters de ameaça&lt;/b&gt; os mostra, a segunda com o segundo. Para &lt;code&gt;flood_depth&lt;/code&gt; e depois &lt;code&gt;landslide&lt;/code&gt;, &lt;code&gt;0.5, =3|4&lt;/code&gt; significa inundado a partir de 0,5 m, e as classes de deslizamento 3 e 4. A primeira linha do log lista cada ameaça com a sua regra.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Population raster&lt;/b&gt; (optional): persons per cell. It is brought onto each hazard grid with a sum that keeps the number of people.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Raster de população&lt;/b&gt; (opcional): pessoas por célula. Ele é levado para a grade de cada ameaça com uma soma que mantém o número de pessoas.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Population field&lt;/b&gt; (optional): persons per settlement, used when there is no population raster; exposed people = persons × exposed share. A text field is read as its numbers are written ("1.000,5" or "1,000.5", "1 234"), one decimal mark for the whole field, decided from all its cells and logged; "n/a" and empty cells are unknown, and other text stops the run, naming it.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Campo de população&lt;/b&gt; (opcional): pessoas por assentamento, usado quando não há raster de população; pessoas expostas = pessoas × proporção exposta. Um campo de texto é lido como seus números estão escritos ("1.000,5" ou "1,000.5", "1 234"), com um único separador decimal para todo o campo, decidido a partir de todas as suas células e indicado no registro; "n/a" e células vazias são desconhecidas, e qualquer outro texto interrompe a execução, nomeando-o.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Decimal mark&lt;/b&gt; (advanced): how numbers stored as text in the fields above are read. &lt;i&gt;Automatic&lt;/i&gt; decides each field from all its cells, and the log says what was used; a field whose every number has exactly three digits after its mark ("12.500", "3.200") could be thousands or decimals, and is refused: choose &lt;i&gt;point&lt;/i&gt; (1,234.5) or &lt;i&gt;comma&lt;/i&gt; (1.234,5).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Separador decimal&lt;/b&gt; (avançado): como são lidos os números guardados como texto nos campos acima. &lt;i&gt;Automático&lt;/i&gt;
decide cada campo a partir de todas as suas células, e o registro indica o que foi usado; um campo em que cada número tem exatamente
três dígitos depois do seu separador ("12.500", "3.200") poderia estar em milhares ou em decimais, e é recusado: escolha
&lt;i&gt;ponto&lt;/i&gt; (1,234.5) ou &lt;i&gt;vírgula&lt;/i&gt; (1.234,5).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;h3&gt;Output&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Saída&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;p&gt;Every input feature and field, and for each hazard (key = the raster layer name in lowercase, non-alphanumerics turned into _):&lt;/p&gt;</source>
            <translation>&lt;p&gt;Todas as feições e campos de entrada e, para cada ameaça (key = o nome da camada raster em minúsculas, com os caracteres não alfanuméricos convertidos em _):&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;{key}_mean&lt;/b&gt;, &lt;b&gt;{key}_max&lt;/b&gt;: over cells with data; the mean weights each cell by the share of it the settlement covers;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{key}_mean&lt;/b&gt;, &lt;b&gt;{key}_max&lt;/b&gt;: sobre as células com dados; a média pondera cada célula pela parcela dela que o assentamento cobre;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;{key}_exposed_share&lt;/b&gt;: 0–1 share of the settlement's area with data that is exposed;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{key}_exposed_share&lt;/b&gt;: parcela de 0 a 1 da área com dados do assentamento que está exposta;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;{key}_coverage&lt;/b&gt;: 0–1 share of the settlement's area that has hazard data (0 for a settlement wholly outside the raster, whose statistics are NULL);&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{key}_coverage&lt;/b&gt;: parcela de 0 a 1 da área do assentamento que tem dados de ameaça (0 para um assentamento totalmente fora do raster, cujas estatísticas são NULL);&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;{key}_exposed_pop&lt;/b&gt;: people in exposed cells.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{key}_exposed_pop&lt;/b&gt;: pessoas em células expostas.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;p&gt;Across hazards: &lt;b&gt;any_exposed_share&lt;/b&gt; and &lt;b&gt;any_exposed_pop&lt;/b&gt; (exposed to at least one hazard) and &lt;b&gt;exposed_hazards&lt;/b&gt; (how many hazards expose some of the settlement). Numeric outputs: EXPOSED_SETTLEMENTS and EXPOSED_POPULATION.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Para o conjunto das ameaças: &lt;b&gt;any_exposed_share&lt;/b&gt; e &lt;b&gt;any_exposed_pop&lt;/b&gt; (exposto a pelo menos uma ameaça) e &lt;b&gt;exposed_hazards&lt;/b&gt; (quantas ameaças expõem parte do assentamento). Saídas numéricas: EXPOSED_SETTLEMENTS e EXPOSED_POPULATION.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;p&gt;Partly covered cells count by their covered fraction, so settlements smaller than a cell get values. Nodata is left out, never counted as 0. Each raster is read once, in strips, so memory does not grow with the city.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Células parcialmente cobertas contam pela fração coberta, de modo que assentamentos menores que uma célula recebem valores. Nodata é deixado de fora, nunca contado como 0. Cada raster é lido uma única vez, em faixas, de modo que a memória não cresce com a cidade.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:vulnerabilityindex</name>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;p&gt;Turns settlement profiles (water, toilets, electricity, drainage, tenure, eviction threat, flood history, ...) into a 0–1 vulnerability index that explains itself.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Transforma os perfis dos assentamentos (água, sanitários, eletricidade, drenagem, posse da terra, ameaça de despejo, histórico de inundações, ...) em um índice de vulnerabilidade de 0 a 1 que se explica por si mesmo.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;h3&gt;Inputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Entradas&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlements&lt;/b&gt;: polygons.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Assentamentos&lt;/b&gt;: polígonos.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;Profiles&lt;/b&gt; (optional): a table (CSV, XLSX, GeoPackage table or any QGIS table). Without it the indicators are read from the settlements layer.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Perfis&lt;/b&gt; (opcional): uma tabela (CSV, XLSX, tabela GeoPackage ou qualquer tabela do QGIS). Sem ela, os indicadores são lidos da camada de assentamentos.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlement key&lt;/b&gt; / &lt;b&gt;Profile key&lt;/b&gt;: the join fields. Keys are compared normalised: case and spaces are ignored, and 7, "7", "007" and 7.0 match.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Chave do assentamento&lt;/b&gt; / &lt;b&gt;Chave do perfil&lt;/b&gt;: os campos de união. As chaves são comparadas de forma normalizada: maiúsculas/minúsculas e espaços são ignorados, e 7, "7", "007" e 7.0 correspondem entre si.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;Indicators&lt;/b&gt;: one row per indicator: field, direction (+ when a higher value means more vulnerable, - when it means less) and weight. Text fields holding numbers are read as numbers; "n/a", "n/d", "s/d", "nd", "-" and empty cells are missing.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Indicadores&lt;/b&gt;: uma linha por indicador: campo, sentido (+ quando um valor mais alto significa mais vulnerável, - quando significa menos) e peso. Campos de texto que contêm números são lidos como números; "n/a", "n/d", "s/d", "nd", "-" e células vazias são valores ausentes.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;Decimal mark&lt;/b&gt;: how text columns write their numbers. &lt;i&gt;Automatic&lt;/i&gt; decides each column from all its cells, with thousands written as ".", ",", a space or a thin space: "1.234,5" (comma decimals) is 1234.5, and "69.156" in a column that writes thousands with points is 69156. The log says what each column was read as. A column that mixes the two, or whose every mark has three digits after it ("69.156", "12.000"), is refused: choose &lt;i&gt;point&lt;/i&gt; (1,234.5) or &lt;i&gt;comma&lt;/i&gt; (1.234,5) for the table. The weights of the &lt;b&gt;Indicators&lt;/b&gt; table are read the same way, as one column ("0,5" where they write decimal commas).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Separador decimal&lt;/b&gt;: como as colunas de texto escrevem seus números. &lt;i&gt;Automático&lt;/i&gt; decide cada coluna a partir de todas as suas células, com os milhares escritos como ".", ",", um espaço ou um espaço fino: "1.234,5" (decimais com vírgula) vale 1234,5, e "69.156" em uma coluna que escreve os milhares com pontos vale 69156. O registro indica como cada coluna foi lida. Uma coluna que mistura os dois, ou em que cada separador é seguido de três dígitos ("69.156", "12.000"), é recusada: escolha &lt;i&gt;ponto&lt;/i&gt; (1,234.5) ou &lt;i&gt;vírgula&lt;/i&gt; (1.234,5) para a tabela. Os pesos da tabela &lt;b&gt;Indicadores&lt;/b&gt; são lidos da mesma forma, como uma única coluna ("0,5" onde se escrevem decimais com vírgula).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;Preset&lt;/b&gt; (optional): a JSON file with the indicators, used when the table above is empty. The bundled presets (kyc_default.json, energy_access.json) can be named by their file name alone.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Conjunto predefinido&lt;/b&gt; (opcional): um arquivo JSON com os indicadores, usado quando a tabela acima está vazia. Os conjuntos predefinidos incluídos (kyc_default.json, energy_access.json) podem ser indicados apenas pelo nome do arquivo.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;Normalisation&lt;/b&gt;: min–max, percentile rank, or z-score passed through the normal distribution (all give 0–1).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Normalização&lt;/b&gt;: mín–máx, posição percentil, ou escore z passado pela distribuição normal (todos resultam em 0–1).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;Missing values&lt;/b&gt;: reweight over the indicators present (default), fill with the indicator's median, or leave the score NULL.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Valores ausentes&lt;/b&gt;: reponderar entre os indicadores presentes (padrão), preencher com a mediana do indicador, ou deixar a pontuação NULL.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;h3&gt;Output fields&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Campos de saída&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;vulnerability&lt;/b&gt;: 0–1, the weighted mean of the oriented indicators;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;vulnerability&lt;/b&gt;: 0–1, a média ponderada dos indicadores orientados;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;vulnerability_rank&lt;/b&gt;: 1 = most vulnerable (ties share a rank);&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;vulnerability_rank&lt;/b&gt;: 1 = o mais vulnerável (empates compartilham a mesma posição);&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;vulnerability_completeness&lt;/b&gt;: share of the weight whose indicators were present;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;vulnerability_completeness&lt;/b&gt;: parcela do peso cujos indicadores estavam presentes;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;vulnerability_drivers&lt;/b&gt;: the top three indicators by contribution, with their share of the score;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;vulnerability_drivers&lt;/b&gt;: os três principais indicadores por contribuição, com a sua parcela da pontuação;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;v_{field}&lt;/b&gt;: each indicator normalised 0–1 and oriented so that 1 means more vulnerable. An indicator that lowers vulnerability is turned round as 1 − v.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;v_{field}&lt;/b&gt;: cada indicador normalizado de 0 a 1 e orientado de modo que 1 significa mais vulnerável. Um indicador que reduz a vulnerabilidade é invertido como 1 − v.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;p&gt;Weights are normalised to sum to 1 and written to the log. Profiles without a settlement and settlements without a profile are named in the log; duplicate keys stop the run.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Os pesos são normalizados para somar 1 e gravados no log. Perfis sem assentamento e assentamentos sem perfil são indicados no log; chaves duplicadas interrompem a execução.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>model:citywide_priorities</name>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>The whole chain on one city: settlement exposure, vulnerability index, access to services, citywide priorities, action coverage and the actions' finance readiness, with their project profiles (PDF) when the register has actions and the energy plan when power lines are given. Its inputs are the raw layers and the main choices (hazards with thresholds and scoring, weights, cell size).</source>
            <translation>O fluxo de trabalho completo para uma cidade: exposição dos assentamentos, índice de vulnerabilidade, acesso a serviços, prioridades em escala municipal, cobertura das ações e maturidade das ações para financiamento, com os seus perfis de projeto (PDF) quando o registro tem ações, e o plano de energia quando são informadas linhas de energia. Suas entradas são as camadas brutas e as principais escolhas (ameaças com limiares e pontuação, pesos, tamanho da célula).</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>The register. Its actions' finance readiness is assessed, and each gets a page in the project profiles (PDF; made when the register has an action and the finance readiness output is written).</source>
            <translation>O registro. A maturidade das suas ações para financiamento é avaliada, e cada ação recebe uma página nos perfis de projeto (PDF; gerados quando o registro tem uma ação e a saída de maturidade para financiamento é gravada).</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>The project profiles' title.</source>
            <translation>O título dos perfis de projeto.</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>The profiles' share of households with electricity, 0–1 or 0–100 (empty: none has it, every household is to connect).</source>
            <translation>A parcela de domicílios com eletricidade, nos perfis, 0–1 ou 0–100 (vazio: nenhum domicílio tem eletricidade; todos devem ser ligados).</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>The exposure output's field of the share flooded, &lt;hazard&gt;_exposed_share, e.g. flood_depth_exposed_share: the energy plan notes where grid works would sit in the flood (empty: no note).</source>
            <translation>O campo da saída de exposição com a parcela inundada, &lt;hazard&gt;_exposed_share, ex.: flood_depth_exposed_share: o plano de energia indica onde as obras de rede ficariam na área inundável (vazio: sem nota).</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>One row per hazard: hazard (layer name or position), value function (linear, step or classes), low, high, class scores, weight.</source>
            <translation>Uma linha por ameaça: ameaça (nome da camada ou posição), função de valor (linear, step ou classes), baixo, alto, pontuações das classes, peso.</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>The profiles' households, for the energy plan (empty: the population field's persons ÷ the household size, 3.3 by default). The plan counts the people of a settlement by the population field, else as its households × that size.</source>
            <translation>Os domicílios dos perfis, para o plano de energia (vazio: as pessoas do campo de população ÷ o tamanho do domicílio, 3,3 por padrão). O plano conta as pessoas de um assentamento pelo campo de população ou, na falta dele, como os seus domicílios × esse tamanho.</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>The profiles' share of the connected households whose connection is informal (not metered), 0–1 or 0–100 (empty: none counted).</source>
            <translation>A parcela dos domicílios ligados cuja ligação é informal (sem medidor), nos perfis, 0–1 ou 0–100 (vazio: nenhuma é contabilizada).</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>The language of the finance readiness texts and of the project profiles: en, fr, es, pt (empty: QGIS's language).</source>
            <translation>O idioma dos textos de maturidade para financiamento e dos perfis de projeto: en, fr, es, pt (vazio: o idioma do QGIS).</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Persons per cell.</source>
            <translation>Pessoas por célula.</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Persons per settlement, used when there is no population raster.</source>
            <translation>Pessoas por assentamento, usado quando não há raster de população.</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>With them the model makes the energy plan of the settlements and their profiles: the least-cost option of each, its households, costs and investment. Without them that step is skipped: the grid options cannot be costed without the distance to a line.</source>
            <translation>Com elas, o modelo gera o plano de energia dos assentamentos a partir dos seus perfis: a opção de menor custo de cada um, os seus domicílios, custos e investimento. Sem elas, essa etapa é pulada: não é possível calcular o custo das opções de rede sem a distância até uma linha.</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Optional: the energy plan then gives each settlement its distance to the nearest one.</source>
            <translation>Opcional: o plano de energia passa então a indicar, para cada assentamento, a sua distância até a subestação mais próxima.</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>One rule per hazard, comma-separated, in the order of the hazard rasters: a number (exposed where the value is at least it, e.g. 0.5), a comparison (&gt;=0.5, &lt;2) or classes (=1|2).</source>
            <translation>Uma regra por ameaça, separadas por vírgulas, na ordem dos rasters de ameaça: um número com ponto decimal (exposto onde o valor é pelo menos esse número, ex.: 0.5), uma comparação (&gt;=0.5, &lt;2) ou classes (=1|2).</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Citywide workflow: exposure to action coverage</source>
            <translation>Fluxo de trabalho municipal: da exposição à cobertura das ações</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Access</source>
            <translation>Acesso</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Access weight</source>
            <translation>Peso do acesso</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Planned actions (register)</source>
            <translation>Ações previstas (registro)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>City boundary</source>
            <translation>Limite do município</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Cell size (metres)</source>
            <translation>Tamanho da célula (metros)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>City name</source>
            <translation>Nome da cidade</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Actions coverage</source>
            <translation>Cobertura das ações</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Settlement gaps</source>
            <translation>Lacunas por assentamento</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Electricity field (profiles)</source>
            <translation>Campo de eletricidade (perfis)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Energy by option</source>
            <translation>Energia por opção</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Energy plan</source>
            <translation>Plano de energia</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Exposure</source>
            <translation>Exposição</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Health facilities (points)</source>
            <translation>Unidades de saúde (pontos)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Facility type field</source>
            <translation>Campo de tipo de equipamento</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Flood share field (exposure)</source>
            <translation>Campo de parcela inundada (exposição)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Hazard scoring</source>
            <translation>Pontuação das ameaças</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Hazard rasters</source>
            <translation>Rasters de ameaça</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Households field (profiles)</source>
            <translation>Campo de domicílios (perfis)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Informal connections field</source>
            <translation>Campo de ligações informais</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Language of the texts</source>
            <translation>Idioma dos textos</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Population raster (persons/cell)</source>
            <translation>Raster de população (pessoas/célula)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Population field (persons)</source>
            <translation>Campo de população (pessoas)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Population weight</source>
            <translation>Peso da população</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Power lines</source>
            <translation>Linhas de energia</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Indicator preset (JSON)</source>
            <translation>Conjunto predefinido de indicadores (JSON)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Priority</source>
            <translation>Prioridade</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Priority classes</source>
            <translation>Classes de prioridade</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Priority zones</source>
            <translation>Zonas prioritárias</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Ranking</source>
            <translation>Classificação</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Profile key field</source>
            <translation>Campo-chave do perfil</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Settlement profiles (table)</source>
            <translation>Perfis dos assentamentos (tabela)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Project profiles</source>
            <translation>Perfis de projeto</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Cost by hazard</source>
            <translation>Custo por ameaça</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Finance pipeline</source>
            <translation>Carteira de financiamento</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Finance readiness</source>
            <translation>Maturidade para financiamento</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Roads</source>
            <translation>Vias</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Settlement key field</source>
            <translation>Campo-chave do assentamento</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Settlements</source>
            <translation>Assentamentos</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Substations</source>
            <translation>Subestações</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Exposure rules, one per hazard</source>
            <translation>Regras de exposição, uma por ameaça</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Vulnerability</source>
            <translation>Vulnerabilidade</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Vulnerability weight</source>
            <translation>Peso da vulnerabilidade</translation>
        </message>
    </context>
</TS>
