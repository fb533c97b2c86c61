<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>ActionCoverageAlgorithm</name>
        <message>
            <location filename="../algorithms/action_coverage.py" line="46" />
            <source>Action coverage and gaps</source>
            <translation>Cobertura de las acciones y brechas</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="61" />
            <source>Planned actions</source>
            <translation>Acciones previstas</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="56" />
            <source>Persons per cell; the people inside each action's target area are counted from it.</source>
            <translation>Personas por celda; con este ráster se cuentan las personas dentro del área de intervención de cada acción.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="63" />
            <source>Settlements (priority ranking)</source>
            <translation>Asentamientos (clasificación de prioridades)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="65" />
            <source>Settlement key field</source>
            <translation>Campo clave del asentamiento</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="68" />
            <source>Priority field</source>
            <translation>Campo de prioridad</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="71" />
            <source>Priority class field (1-5)</source>
            <translation>Campo de clase de prioridad (1-5)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="74" />
            <source>Population field</source>
            <translation>Campo de población</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="77" />
            <source>Population raster (persons/cell)</source>
            <translation>Ráster de población (personas/celda)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="81" />
            <source>Actions with coverage</source>
            <translation>Acciones con cobertura</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="83" />
            <source>Settlements with actions and gaps</source>
            <translation>Asentamientos con acciones y brechas</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="85" />
            <source>Active actions</source>
            <translation>Acciones activas</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="85" />
            <source>Gaps</source>
            <translation>Brechas</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="85" />
            <source>People in high-priority settlements</source>
            <translation>Personas en asentamientos de alta prioridad</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="85" />
            <source>Share of them served by an active action</source>
            <translation>Proporción de ellas atendida por una acción activa</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="85" />
            <source>Cost of the active actions (when in one currency)</source>
            <translation>Costo de las acciones activas (si están en una sola moneda)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="91" />
            <source>Cost of the active actions, per currency</source>
            <translation>Costo de las acciones activas, por moneda</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="107" />
            <source>Layer "{0}" is not a planned-action register (it has no title or status field). Create one with "Create planned-action register".</source>
            <translation>La capa "{0}" no es un registro de acciones previstas (no tiene campo de título ni de estado). Cree uno con "Crear registro de acciones previstas".</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="112" />
            <source>Settlements layer "{0}" has no features.</source>
            <translation>La capa de asentamientos "{0}" no tiene entidades.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="129" />
            <source>{0} action(s) have no target area, so no beneficiaries from the raster: {1}</source>
            <translation>{0} acción(es) no tienen área de intervención, por lo que no suman beneficiarios a partir del ráster: {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="140" />
            <source>No priority class field: gaps cannot be found (gap is NULL). Use the ranking of "Citywide resilience priorities".</source>
            <translation>No hay campo de clase de prioridad: no se pueden encontrar las brechas (gap queda en NULL). Use la clasificación de "Prioridades de resiliencia a escala de ciudad".</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="181" />
            <source>High priority, no active action</source>
            <translation>Alta prioridad, sin acción activa</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="181" />
            <source>Served by an active action</source>
            <translation>Atendido por una acción activa</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="181" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="187" />
            <source>without a currency</source>
            <translation>sin moneda</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="189" />
            <source>The active actions are costed in different currencies, which are not added together: {0}. The planned cost is given per currency only.</source>
            <translation>Las acciones activas tienen costos en monedas distintas, que no se suman entre sí: {0}. El costo previsto se indica solo por moneda.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="192" />
            <source>Cost of the active actions: {0}.</source>
            <translation>Costo de las acciones activas: {0}.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="194" />
            <source>Not counted (the cost is not a number of 0 or more): {0}.</source>
            <translation>No contabilizadas (el costo no es un número igual o mayor que 0): {0}.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="198" />
            <source>{0} active action(s); {1} gap(s); {2:.0%} of the people in high-priority settlements are served.</source>
            <translation>{0} acción(es) activa(s); {1} brecha(s); se atiende al {2:.0%} de las personas de los asentamientos de alta prioridad.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="222" />
            <source>Field "{0}" is not in the settlements layer.</source>
            <translation>El campo "{0}" no está en la capa de asentamientos.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="225" />
            <source>The settlements have no "{0}" field; it is left out.</source>
            <translation>Los asentamientos no tienen el campo "{0}"; se omite.</translation>
        </message>
    </context>
    <context>
        <name>ActionEditor</name>
        <message>
            <location filename="../gui/action_editor.py" line="166" />
            <source>Cost</source>
            <translation>Costo</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="166" />
            <source>Funding</source>
            <translation>Financiamiento</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="167" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="230" />
            <source>To fix: {0}: {1}</source>
            <translation>Por corregir: {0}: {1}</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="382" />
            <source>Planned actions</source>
            <translation>Acciones previstas</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="399" />
            <source>Open…</source>
            <translation>Abrir…</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="402" />
            <source>New register…</source>
            <translation>Nuevo registro…</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="418" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="418" />
            <source>Save the changes to the register (checked first: nothing is written while an action needs fixing).</source>
            <translation>Guardar los cambios en el registro (antes se verifican: no se escribe nada mientras alguna acción necesite correcciones).</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="421" />
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="421" />
            <source>Undo the last change.</source>
            <translation>Deshacer el último cambio.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="423" />
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="423" />
            <source>Redo the change just undone.</source>
            <translation>Rehacer el cambio que se acaba de deshacer.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="425" />
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="425" />
            <source>Export the saved action plan as CSV or Excel.</source>
            <translation>Exportar el plan de acción guardado como CSV o Excel.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="976" />
            <source>No register open.</source>
            <translation>No hay ningún registro abierto.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="439" />
            <source>Settlements (the priority ranking)</source>
            <translation>Asentamientos (la clasificación de prioridades)</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="447" />
            <source>The settlements the actions serve: the ranking of "Citywide resilience priorities", chosen by itself when the project has one.</source>
            <translation>Los asentamientos que atienden las acciones: la clasificación de "Prioridades de resiliencia a escala de ciudad", que se elige automáticamente cuando el proyecto tiene una.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="450" />
            <source>Layer</source>
            <translation>Capa</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="452" />
            <source>The field holding the settlement keys that actions name.</source>
            <translation>El campo que contiene las claves de asentamiento que indican las acciones.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="453" />
            <source>Key</source>
            <translation>Clave</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="530" />
            <source>Search titles, agencies, notes…</source>
            <translation>Buscar en títulos, organismos, notas…</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="533" />
            <source>Clear filters</source>
            <translation>Borrar filtros</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="533" />
            <source>Show every action: clear the search and the filters.</source>
            <translation>Mostrar todas las acciones: borrar la búsqueda y los filtros.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1098" />
            <source>Filters</source>
            <translation>Filtros</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="542" />
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="543" />
            <source>All types</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="544" />
            <source>All hazards</source>
            <translation>Todas las amenazas</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="545" />
            <source>All funding</source>
            <translation>Todo el financiamiento</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="547" />
            <source>Settlement key</source>
            <translation>Clave del asentamiento</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="577" />
            <source>Click to sort; right-click to choose the columns.</source>
            <translation>Haga clic para ordenar; clic derecho para elegir las columnas.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="596" />
            <source>New</source>
            <translation>Nueva</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="596" />
            <source>Add a new action, then fill its form.</source>
            <translation>Agregar una acción nueva y luego completar su formulario.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="598" />
            <source>New from selected settlements</source>
            <translation>Nueva a partir de los asentamientos seleccionados</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="598" />
            <source>Add an action serving the settlements selected on the map; its target area is their union.</source>
            <translation>Agregar una acción que atienda a los asentamientos seleccionados en el mapa; su área de intervención es la unión de ellos.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="602" />
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="602" />
            <source>Delete the selected action (you can undo it until you save).</source>
            <translation>Eliminar la acción seleccionada (puede deshacerlo mientras no guarde).</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="605" />
            <source>Zoom to</source>
            <translation>Zoom a</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="605" />
            <source>Zoom the map to the selected action's target area.</source>
            <translation>Hacer zoom en el mapa al área de intervención de la acción seleccionada.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="607" />
            <source>Select its settlements</source>
            <translation>Seleccionar sus asentamientos</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="607" />
            <source>Select, in the settlements layer, the settlements the selected action serves.</source>
            <translation>Seleccionar, en la capa de asentamientos, los asentamientos que atiende la acción seleccionada.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="610" />
            <source>Update beneficiaries</source>
            <translation>Actualizar beneficiarios</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="610" />
            <source>Fill beneficiaries and priority_score of every action from the settlements it serves (their grid_population and priority_mean).</source>
            <translation>Completar beneficiaries y priority_score de cada acción a partir de los asentamientos que atiende (sus campos grid_population y priority_mean).</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="624" />
            <source>Area</source>
            <translation>Área</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="624" />
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="624" />
            <source>Point</source>
            <translation>Punto</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="628" />
            <source>What to draw: an area as drawn, or a line or point buffered by the distance.</source>
            <translation>Qué dibujar: un área tal como se dibuja, o una línea o un punto con un búfer de la distancia indicada.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="635" />
            <source>Lines and points are buffered by this distance into a target area.</source>
            <translation>Las líneas y los puntos se convierten en un área de intervención con un búfer de esta distancia.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="637" />
            <source>Draw new</source>
            <translation>Dibujar nueva</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="637" />
            <source>Draw a new action on the map: click its vertices, right-click to finish.</source>
            <translation>Dibujar una acción nueva en el mapa: haga clic en sus vértices y clic derecho para terminar.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="652" />
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="978" />
            <source>Select an action in the list, or add one.</source>
            <translation>Seleccione una acción de la lista o agregue una.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="698" />
            <source>e.g. 90,000 (the currency below)</source>
            <translation>p. ej. 90000 (en la moneda indicada abajo)</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="700" />
            <source>e.g. KES, USD</source>
            <translation>p. ej. KES, USD</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="718" />
            <source>Apply to this action</source>
            <translation>Aplicar a esta acción</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="719" />
            <source>Write the form into the register (one change you can undo); problems show beside the fields.</source>
            <translation>Escribir el formulario en el registro (un cambio que se puede deshacer); los problemas se muestran junto a los campos.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="725" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="735" />
            <source>Cost of the active actions by funding status</source>
            <translation>Costo de las acciones activas por estado del financiamiento</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="740" />
            <source>Cost by status</source>
            <translation>Costo por estado</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="749" />
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="754" />
            <source>Choose the settlements layer (the priority ranking) to see the gaps.</source>
            <translation>Elija la capa de asentamientos (la clasificación de prioridades) para ver las brechas.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="762" />
            <source>Gaps</source>
            <translation>Brechas</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="833" />
            <source>Open a planned-action register</source>
            <translation>Abrir un registro de acciones previstas</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="839" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="839" />
            <source>New planned-action register</source>
            <translation>Nuevo registro de acciones previstas</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="910" />
            <source>Save or undo the changes to the open register first.</source>
            <translation>Primero guarde o deshaga los cambios del registro abierto.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="928" />
            <source>Register: {0}</source>
            <translation>Registro: {0}</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1026" />
            <source>They are in red in the list: hover over one to read what, or select it to fix it.</source>
            <translation>Aparecen en rojo en la lista: pase el cursor sobre una para leer el motivo, o selecciónela para corregirla.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1034" />
            <source>Saved {0} change(s).</source>
            <translation>Se guardaron {0} cambio(s).</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1098" />
            <source>Filters ({0} on)</source>
            <translation>Filtros ({0} activos)</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1227" />
            <source>(no title yet)</source>
            <translation>(todavía sin título)</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1228" />
            <source>Action: {0}</source>
            <translation>Acción: {0}</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1231" />
            <source>to fix: {0} (the notes in red below)</source>
            <translation>por corregir: {0} (las notas en rojo abajo)</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1259" />
            <source>Open a register (that can be edited) first.</source>
            <translation>Primero abra un registro (que se pueda editar).</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1262" />
            <source>Select settlements on the map (in the settlements layer) first.</source>
            <translation>Primero seleccione asentamientos en el mapa (en la capa de asentamientos).</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1282" />
            <source>Click on the map; right-click to finish.</source>
            <translation>Haga clic en el mapa; clic derecho para terminar.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1295" />
            <source>this action</source>
            <translation>esta acción</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1296" />
            <source>Delete action</source>
            <translation>Eliminar acción</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1296" />
            <source>Delete "{0}"? You can undo it until you save.</source>
            <translation>¿Eliminar "{0}"? Puede deshacerlo mientras no guarde.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1312" />
            <source>This action has no target area yet.</source>
            <translation>Esta acción todavía no tiene área de intervención.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1336" />
            <source>Choose the settlements layer (the priority ranking) first.</source>
            <translation>Primero elija la capa de asentamientos (la clasificación de prioridades).</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1343" />
            <source>Updated {0} value(s); save to keep them.</source>
            <translation>Se actualizaron {0} valor(es); guarde para conservarlos.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1348" />
            <source>Export the action plan</source>
            <translation>Exportar el plan de acción</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1348" />
            <source>CSV (*.csv);;Excel (*.xlsx)</source>
            <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1353" />
            <source>Exporting the saved register: save first to include your latest changes.</source>
            <translation>Se exporta el registro guardado: guarde primero para incluir sus últimos cambios.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1357" />
            <source>Action plan written to {0}</source>
            <translation>Plan de acción escrito en {0}</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1422" />
            <source>Settlements: choose the priority ranking</source>
            <translation>Asentamientos: elija la clasificación de prioridades</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1428" />
            <source>Settlements: {0}</source>
            <translation>Asentamientos: {0}</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1429" />
            <source>Settlements layer: {0}; key field: {1}.</source>
            <translation>Capa de asentamientos: {0}; campo clave: {1}.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1451" />
            <source>without a currency</source>
            <translation>sin moneda</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1463" />
            <source>No active action has both a cost and a funding status yet.</source>
            <translation>Todavía ninguna acción activa tiene a la vez un costo y un estado del financiamiento.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1465" />
            <source>{0} action(s): {1}.</source>
            <translation>{0} acción(es): {1}.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1467" />
            <source>Active cost: {0}; committed or disbursed: {1}.</source>
            <translation>Costo activo: {0}; comprometido o desembolsado: {1}.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1472" />
            <source>Costs in different currencies are not added together: each is totalled in its own.</source>
            <translation>Los costos en monedas distintas no se suman entre sí: cada uno se totaliza en su propia moneda.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1475" />
            <source>Not counted (the cost is not a number of 0 or more): {0}.</source>
            <translation>No contabilizadas (el costo no es un número igual o mayor que 0): {0}.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1486" />
            <source>Cost per beneficiary: {0} ({1:,.0f} people served).</source>
            <translation>Costo por beneficiario: {0} ({1:,.0f} personas atendidas).</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1490" />
            <source>{0:,.0f} people served; no active action has a cost estimate yet.</source>
            <translation>{0:,.0f} personas atendidas; todavía ninguna acción activa tiene una estimación de costo.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1493" />
            <source>{0:.0%} of the people in high-priority settlements are served.</source>
            <translation>Se atiende al {0:.0%} de las personas de los asentamientos de alta prioridad.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1503" />
            <source>"{0}" has no priority_class: choose the ranking of "Citywide resilience priorities" to see the gaps.</source>
            <translation>"{0}" no tiene priority_class: elija la clasificación de "Prioridades de resiliencia a escala de ciudad" para ver las brechas.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1513" />
            <source>{0} high-priority settlement(s) (classes 4-5) have no active action. Double-click one to start an action for it.</source>
            <translation>{0} asentamiento(s) de alta prioridad (clases 4-5) no tienen ninguna acción activa. Haga doble clic en uno para iniciar una acción para él.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1520" />
            <source>{0}. {1} · priority {2:.1f}</source>
            <translation>{0}. {1} · prioridad {2:.1f}</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1522" />
            <source>Rank {0}: {1}, priority {2:.1f} of 100. Double-click to start an action for it.</source>
            <translation>Puesto {0}: {1}, prioridad {2:.1f} de 100. Haga doble clic para iniciar una acción para él.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="696" />
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-DD</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="399" />
            <source>Open a planned-action register: a GeoPackage, or a register shared in a PostgreSQL database.</source>
            <translation>Abrir un registro de acciones previstas: un GeoPackage o un registro compartido en una base de datos PostgreSQL.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="402" />
            <source>Create a new, empty planned-action register: a GeoPackage, or one shared in a PostgreSQL database.</source>
            <translation>Crear un registro de acciones previstas nuevo y vacío: un GeoPackage o uno compartido en una base de datos PostgreSQL.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="411" />
            <source>GeoPackage file…</source>
            <translation>Archivo GeoPackage…</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="413" />
            <source>In a database (PostgreSQL)…</source>
            <translation>En una base de datos (PostgreSQL)…</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="903" />
            <source>(read-only)</source>
            <translation>(solo lectura)</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="614" />
            <source>History…</source>
            <translation>Historial…</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="807" />
            <source>The history of the selected action: every change, who made it and when; restore an earlier state.</source>
            <translation>El historial de la acción seleccionada: cada cambio, quién lo hizo y cuándo; restaurar un estado anterior.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="796" />
            <source>Open a register in a database (PostgreSQL) to see the history of its actions.</source>
            <translation>Abra un registro en una base de datos (PostgreSQL) para ver el historial de sus acciones.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="799" />
            <source>A GeoPackage register keeps no history of its own edits: only a register shared in a database (PostgreSQL) records every change, who made it and when. Copy this one into a database (Copy planned-action register) to keep its history from then on.</source>
            <translation>Un registro GeoPackage no guarda historial de sus propias ediciones: solo un registro compartido en una base de datos (PostgreSQL) anota cada cambio, quién lo hizo y cuándo. Copie este registro en una base de datos (Copiar registro de acciones previstas) para conservar su historial a partir de ese momento.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="804" />
            <source>Select a saved action in the list to see its history (a new action has none until it is saved).</source>
            <translation>Seleccione una acción guardada en la lista para ver su historial (una acción nueva no tiene historial hasta que se guarda).</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="828" />
            <source>The action was restored from its history and the register read again.</source>
            <translation>La acción se restauró desde su historial y el registro se volvió a leer.</translation>
        </message>
    </context>
    <context>
        <name>ActionHistory</name>
        <message>
            <location filename="../gui/action_history.py" line="39" />
            <source>added</source>
            <translation>agregada</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="39" />
            <source>changed</source>
            <translation>modificada</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="40" />
            <source>deleted</source>
            <translation>eliminada</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="50" />
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="54" />
            <source>{0} part(s), {1} vertices</source>
            <translation>{0} parte(s), {1} vértices</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="85" />
            <source>(no title)</source>
            <translation>(sin título)</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="87" />
            <source>History of "{0}"</source>
            <translation>Historial de "{0}"</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="89" />
            <source>Every change of "{0}" (action_id {1}) in the register {2}, newest first. Select an entry to see what differs from the action as it is stored now; Restore this state brings that state back (a change like any other, recorded in the history too).</source>
            <translation>Todos los cambios de "{0}" (action_id {1}) en el registro {2}, del más reciente al más antiguo. Seleccione una entrada para ver en qué difiere de la acción tal como está guardada ahora; Restaurar este estado devuelve la acción a ese estado (un cambio como cualquier otro, que también queda anotado en el historial).</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="100" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="100" />
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="100" />
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="100" />
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="100" />
            <source>Cost</source>
            <translation>Costo</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="122" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="122" />
            <source>In this entry</source>
            <translation>En esta entrada</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="122" />
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="144" />
            <source>Restore this state</source>
            <translation>Restaurar este estado</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="168" />
            <source>Cannot read the history of {0}: {1}</source>
            <translation>No se puede leer el historial de {0}: {1}</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="181" />
            <source>History entry {0}, {1}</source>
            <translation>Entrada del historial {0}, {1}</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="220" />
            <source>Target area</source>
            <translation>Área de intervención</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="223" />
            <source>(deleted)</source>
            <translation>(eliminada)</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="230" />
            <source>This action has no history entry yet.</source>
            <translation>Esta acción todavía no tiene ninguna entrada en el historial.</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="232" />
            <source>The action is not in the register now (deleted): restoring this entry adds it back with the values below.</source>
            <translation>La acción ya no está en el registro (se eliminó): restaurar esta entrada la vuelve a agregar con los valores que se muestran abajo.</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="235" />
            <source>This entry is the action as it is stored now: there is nothing to restore.</source>
            <translation>Esta entrada coincide con la acción tal como está guardada ahora: no hay nada que restaurar.</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="237" />
            <source>What differs between entry {0} ({1}, {2}) and the action now: {3} field(s). Restoring it brings back the values of this entry.</source>
            <translation>Diferencias entre la entrada {0} ({1}, {2}) y la acción actual: {3} campo(s). Al restaurarla, se recuperan los valores de esta entrada.</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="249" />
            <source>Select an entry that differs from the action as it is now.</source>
            <translation>Seleccione una entrada que difiera de la acción tal como está ahora.</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="253" />
            <source>Put the action back into the state of entry {0}: every field and the target area (a change recorded in the history, so it can be undone the same way).</source>
            <translation>Devolver la acción al estado de la entrada {0}: todos los campos y el área de intervención (un cambio que queda anotado en el historial, de modo que se puede deshacer de la misma manera).</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="275" />
            <source>Nothing was restored: the register has changes you have not saved. Save them (Save in the Planned actions dock) or discard them (Undo) first: restoring reads the register again, and they would be lost.</source>
            <translation>No se restauró nada: el registro tiene cambios que usted no ha guardado. Primero guárdelos (Guardar en el panel Acciones previstas) o descártelos (Deshacer): la restauración vuelve a leer el registro, y esos cambios se perderían.</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="293" />
            <source>Restored: "{0}" is back in the state of entry {1} ({2}); its row version is now {3}. The restore is the newest entry of the history.</source>
            <translation>Restaurada: "{0}" ha vuelto al estado de la entrada {1} ({2}); su versión de la fila es ahora {3}. La restauración es la entrada más reciente del historial.</translation>
        </message>
    </context>
    <context>
        <name>AhpWeightsAlgorithm</name>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="39" />
            <source>Indicator weights by pairwise comparison (AHP)</source>
            <translation>Pesos de los indicadores por comparación por pares (AHP)</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="42" />
            <source>Vulnerability</source>
            <translation>Vulnerabilidad</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="49" />
            <source>The full matrix, or only its upper triangle, row by row: numbers such as 3, 1/5 or 0.2 separated by commas, rows by ; or new lines.</source>
            <translation>La matriz completa, o solo su triángulo superior, fila por fila: números como 3, 1/5 o 0.2 (con punto decimal) separados por comas, y las filas separadas por ; o por saltos de línea.</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="54" />
            <source>Indicator fields (comma-separated)</source>
            <translation>Campos de indicadores (separados por comas)</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="55" />
            <source>Pairwise comparison matrix</source>
            <translation>Matriz de comparación por pares</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="57" />
            <source>Directions, + or - per indicator</source>
            <translation>Sentidos, + o - por indicador</translation>
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
            <translation>Archivos JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="64" />
            <source>Indicators (field,direction,weight,...)</source>
            <translation>Indicadores (campo,sentido,peso,...)</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="65" />
            <source>Consistency ratio</source>
            <translation>Razón de consistencia</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="66" />
            <source>Principal eigenvalue</source>
            <translation>Valor propio principal</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="75" />
            <source>Give at least two indicator fields, separated by commas.</source>
            <translation>Indique al menos dos campos de indicadores, separados por comas.</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="78" />
            <source>Indicator field(s) listed twice: {0}.</source>
            <translation>Campo(s) de indicadores indicados dos veces: {0}.</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="80" />
            <source>Saaty's random index is tabulated up to 10 indicators; {0} use its last value, 1.49, so treat the consistency ratio as approximate.</source>
            <translation>El índice aleatorio de Saaty está tabulado hasta 10 indicadores; con {0} se usa su último valor, 1,49, así que considere la razón de consistencia como aproximada.</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="98" />
            <source>λmax = {0:.4f}, CI = {1:.4f}, CR = {2:.4f}</source>
            <translation>λmax = {0:.4f}, CI = {1:.4f}, CR = {2:.4f}</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="101" />
            <source>The consistency ratio is {0:.3f}, above Saaty's limit of 0.1: the judgements contradict each other. Revisit the pairs that disagree most before using these weights.</source>
            <translation>La razón de consistencia es {0:.3f}, superior al límite de Saaty de 0,1: los juicios se contradicen entre sí. Revise los pares más discordantes antes de usar estos pesos.</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="89" />
            <source>DIRECTIONS has {0} value(s) for {1} indicators.</source>
            <translation>DIRECTIONS tiene {0} valor(es) para {1} indicadores.</translation>
        </message>
    </context>
    <context>
        <name>AlgorithmBase</name>
        <message>
            <location filename="../algorithms/base.py" line="74" />
            <source>One rule per hazard, comma-separated, in the order of the hazard rasters: a number (exposed where the value is at least it, e.g. 0.5), a comparison (&gt;=0.5, &lt;2) or classes (=1|2). Empty: any value above 0. The log lists each hazard with its rule.</source>
            <translation>Una regla por amenaza, separadas por comas, en el orden de los ráster de amenaza: un número con punto decimal (expuesto donde el valor es al menos ese número, p. ej. 0.5), una comparación (&gt;=0.5, &lt;2) o clases (=1|2). Vacío: cualquier valor mayor que 0. El registro enumera cada amenaza con su regla.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="196" />
            <source>The style of {0} could not be saved with it: {1}. It opens with QGIS's default style.</source>
            <translation>No se pudo guardar el estilo de {0} junto con la capa: {1}. Se abre con el estilo predeterminado de QGIS.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="217" />
            <source>The folder for "{0}" does not exist: {1}. Create it, or choose another place to save.</source>
            <translation>La carpeta para "{0}" no existe: {1}. Créela o elija otra ubicación para guardar.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="221" />
            <source>The folder for "{0}" cannot be written to: {1}. Choose another place to save.</source>
            <translation>No se puede escribir en la carpeta para "{0}": {1}. Elija otra ubicación para guardar.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="233" />
            <source>The GeoPackage {0} already holds {1}. Saving "{2}" as that file would replace the whole file and lose them. Choose a new file, or add the result to it as a new layer with ogr:dbname='{0}' table="{3}" (geom) as the output, which keeps the others.</source>
            <translation>El GeoPackage {0} ya contiene {1}. Guardar "{2}" como ese archivo reemplazaría el archivo completo y se perderían. Elija un archivo nuevo, o agregue el resultado a ese archivo como capa nueva indicando ogr:dbname='{0}' table="{3}" (geom) como salida, lo que conserva las demás capas.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="308" />
            <source>polygons</source>
            <translation>polígonos</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="309" />
            <source>points</source>
            <translation>puntos</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="310" />
            <source>lines</source>
            <translation>líneas</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="311" />
            <source>{0} must be a layer of {1}; "{2}" holds {3}.</source>
            <translation>{0} debe ser una capa de {1}; "{2}" contiene {3}.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="314" />
            <source>Layer "{0}" ({1}) has no CRS. Set it and run again.</source>
            <translation>La capa "{0}" ({1}) no tiene SRC. Asígnele uno y vuelva a ejecutar.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="46" />
            <source>Decimal mark of numbers written as text</source>
            <translation>Separador decimal de los números escritos como texto</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="46" />
            <source>Automatic, decided per column</source>
            <translation>Automático, decidido por columna</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="46" />
            <source>Point (1,234.5)</source>
            <translation>Punto (1,234.5)</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="46" />
            <source>Comma (1.234,5)</source>
            <translation>Coma (1.234,5)</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <location filename="../gui/charts.py" line="63" />
            <source>no data</source>
            <translation>sin datos</translation>
        </message>
    </context>
    <context>
        <name>BatchCitiesAlgorithm</name>
        <message>
            <location filename="../algorithms/batch_cities.py" line="91" />
            <source>Batch: many cities</source>
            <translation>Lote: varias ciudades</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="94" />
            <source>Workflow</source>
            <translation>Flujo de trabajo</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="107" />
            <source>One subfolder per city.</source>
            <translation>Una subcarpeta por ciudad.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="108" />
            <source>A CSV with the columns city and folder, instead of the folder of cities.</source>
            <translation>Un CSV con las columnas city y folder, en lugar de la carpeta de ciudades.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="115" />
            <source>Folder of cities</source>
            <translation>Carpeta de ciudades</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="118" />
            <source>Or a manifest (CSV)</source>
            <translation>O un manifiesto (CSV)</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="120" />
            <source>Output folder</source>
            <translation>Carpeta de salida</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="122" />
            <source>Resume: skip the cities already done</source>
            <translation>Reanudar: omitir las ciudades ya procesadas</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="124" />
            <source>Cell size (metres)</source>
            <translation>Tamaño de celda (metros)</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="129" />
            <source>Cities done</source>
            <translation>Ciudades procesadas</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="129" />
            <source>Cities failed</source>
            <translation>Ciudades con error</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="129" />
            <source>Cities skipped (resume)</source>
            <translation>Ciudades omitidas (reanudación)</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="132" />
            <source>Summary table (CSV)</source>
            <translation>Tabla resumen (CSV)</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="140" />
            <source>The output folder {0} overlaps the city folder {1}. Choose an output folder outside the input folders: the results of a city replace its output folder.</source>
            <translation>La carpeta de salida {0} se superpone con la carpeta de ciudad {1}. Elija una carpeta de salida fuera de las carpetas de entrada: los resultados de una ciudad reemplazan su carpeta de salida.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="149" />
            <source>The cell size must be a number of metres.</source>
            <translation>El tamaño de celda debe ser un número de metros.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="175" />
            <source>{0}: done before, skipped.</source>
            <translation>{0}: ya procesada antes, se omite.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="177" />
            <source>{0} ({1} of {2})…</source>
            <translation>{0} ({1} de {2})…</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="224" />
            <source>{0}: cancelled; nothing of it was kept.</source>
            <translation>{0}: cancelada; no se conservó nada de ella.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="232" />
            <source>{0}: failed: {1}</source>
            <translation>{0}: error: {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="196" />
            <source>{0} done, {1} failed, {2} skipped. Summary: {3}</source>
            <translation>{0} procesadas, {1} con error, {2} omitidas. Resumen: {3}</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="200" />
            <source>Cancelled: the cities done are kept; the summary lists the others as not run. Run again with Resume to finish them.</source>
            <translation>Cancelado: se conservan las ciudades procesadas; el resumen indica las demás como no ejecutadas. Vuelva a ejecutar con Reanudar para terminarlas.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="249" />
            <source>The manifest {0} needs the columns city and folder.</source>
            <translation>El manifiesto {0} necesita las columnas city y folder.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="254" />
            <source>The manifest {0} gives no folder for: {1}.</source>
            <translation>El manifiesto {0} no indica ninguna carpeta para: {1}.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="258" />
            <source>Choose the input folder (one subfolder per city) or a manifest.</source>
            <translation>Elija la carpeta de entrada (una subcarpeta por ciudad) o un manifiesto.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="262" />
            <source>{0} has no city subfolders.</source>
            <translation>{0} no tiene subcarpetas de ciudades.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="109" />
            <source>Empty: one city at a time in this QGIS. local or local:N: a Dask cluster of N worker processes on this machine (default: one per core). tcp://host:port: a running Dask scheduler, whose workers see the input and output folders.</source>
            <translation>Vacío: una ciudad a la vez en este QGIS. local o local:N: un clúster de Dask de N procesos de trabajo (workers) en esta máquina (predeterminado: uno por núcleo). tcp://host:port: un planificador de Dask en ejecución, cuyos workers ven las carpetas de entrada y de salida.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="126" />
            <source>Dask scheduler</source>
            <translation>Planificador de Dask</translation>
        </message>
    </context>
    <context>
        <name>BatchDask</name>
        <message>
            <location filename="../algorithms/batch_dask.py" line="76" />
            <source>Install them into the Python that QGIS runs: on Debian or Ubuntu, {0} -m pip install --user --break-system-packages "dask[distributed]"; on Windows, from the OSGeo4W Shell, python -m pip install "dask[distributed]"; in a conda environment, conda install -c conda-forge dask distributed. Then restart QGIS.</source>
            <translation>Instálelos en el Python que ejecuta QGIS: en Debian o Ubuntu, {0} -m pip install --user --break-system-packages "dask[distributed]"; en Windows, desde OSGeo4W Shell, python -m pip install "dask[distributed]"; en un entorno conda, conda install -c conda-forge dask distributed. Luego reinicie QGIS.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="101" />
            <source>The scheduler {0} needs the Python packages dask and distributed, and this QGIS's Python does not have them. {1} Or leave the scheduler empty to run one city at a time.</source>
            <translation>El planificador {0} necesita los paquetes de Python dask y distributed, y el Python de este QGIS no los tiene. {1} O deje vacío el planificador para procesar una ciudad a la vez.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="116" />
            <source>The scheduler "{0}" is not one the batch knows. Leave it empty (one city at a time here), or give local, local:N (N worker processes on this machine) or a Dask scheduler address such as tcp://10.0.0.5:8786.</source>
            <translation>El planificador "{0}" no es uno que el lote reconozca. Déjelo vacío (una ciudad a la vez aquí), o indique local, local:N (N procesos de trabajo en esta máquina) o la dirección de un planificador de Dask, como tcp://10.0.0.5:8786.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="131" />
            <source>{0}: done before, skipped.</source>
            <translation>{0}: ya procesada antes, se omite.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="150" />
            <source>{0} cities submitted to {1} ({2} workers).</source>
            <translation>{0} ciudad(es) enviada(s) a {1} ({2} workers).</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="158" />
            <source>{0}: {1} on {2} (attempt {3})</source>
            <translation>{0}: {1} en {2} (intento {3})</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="170" />
            <source>{0}: done on {1} ({2} of {3} cities finished).</source>
            <translation>{0}: procesada en {1} ({2} de {3} ciudades terminadas).</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="174" />
            <source>{0}: failed on {1}: {2}</source>
            <translation>{0}: error en {1}: {2}</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="177" />
            <source>{0}: cancelled; nothing of it was kept.</source>
            <translation>{0}: cancelada; no se conservó nada de ella.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="225" />
            <source>A local Dask cluster of {0} worker processes: {1}</source>
            <translation>Un clúster local de Dask con {0} procesos de trabajo: {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="231" />
            <source>The Dask scheduler at {0} cannot be reached ({1}). Start it (dask scheduler) and its workers (dask worker {0}), or check the address and the firewall.</source>
            <translation>No se puede acceder al planificador de Dask en {0} ({1}). Inícielo (dask scheduler) junto con sus workers (dask worker {0}), o verifique la dirección y el cortafuegos.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="238" />
            <source>The Dask scheduler at {0} has no worker. Start one or more on machines with QGIS and the plugin: dask worker {0} --nthreads 1.</source>
            <translation>El planificador de Dask en {0} no tiene ningún worker. Inicie uno o varios en máquinas con QGIS y el complemento: dask worker {0} --nthreads 1.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="249" />
            <source>Not every Dask worker sees the folders of the batch: {0}. The input and output folders must be on a file system that every worker mounts at the same path (e.g. NFS or SMB); mount it there, or run without a scheduler.</source>
            <translation>No todos los workers de Dask ven las carpetas del lote: {0}. Las carpetas de entrada y de salida deben estar en un sistema de archivos que todos los workers monten en la misma ruta (p. ej. NFS o SMB); móntelo allí, o ejecute sin planificador.</translation>
        </message>
    </context>
    <context>
        <name>CopyRegisterAlgorithm</name>
        <message>
            <location filename="../algorithms/copy_register.py" line="31" />
            <source>Copy planned-action register</source>
            <translation>Copiar registro de acciones previstas</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="34" />
            <source>Planned actions</source>
            <translation>Acciones previstas</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="40" />
            <source>The name of a QGIS PostgreSQL connection, or a connection string such as service=office or dbname=city host=db.example.org user=planner.</source>
            <translation>El nombre de una conexión PostgreSQL de QGIS, o una cadena de conexión como service=office o dbname=city host=db.example.org user=planner.</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="43" />
            <source>Copy from a register in a database instead of a file.</source>
            <translation>Copiar desde un registro en una base de datos en lugar de un archivo.</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="44" />
            <source>Copy into a new register in a database instead of a file.</source>
            <translation>Copiar a un registro nuevo en una base de datos en lugar de un archivo.</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="45" />
            <source>The schema of the new register; it must not hold a register already.</source>
            <translation>El esquema del registro nuevo; no debe contener ya un registro.</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="49" />
            <source>Register (GeoPackage)</source>
            <translation>Registro (GeoPackage)</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="51" />
            <source>Or a database (PostgreSQL)</source>
            <translation>O una base de datos (PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="61" />
            <source>Its schema</source>
            <translation>Su esquema</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="55" />
            <source>Copy (a new GeoPackage)</source>
            <translation>Copia (un GeoPackage nuevo)</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="55" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="59" />
            <source>Or into a database</source>
            <translation>O a una base de datos</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="63" />
            <source>Actions copied</source>
            <translation>Acciones copiadas</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="64" />
            <source>History entries copied</source>
            <translation>Entradas del historial copiadas</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="65" />
            <source>Where the copy is</source>
            <translation>Ubicación de la copia</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="76" />
            <source>Give either a GeoPackage or a database for the {0}, not both.</source>
            <translation>Para {0}, indique un GeoPackage o una base de datos, no ambos.</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="82" />
            <source>Give the {0}: a GeoPackage file or a database.</source>
            <translation>Indique {0}: un archivo GeoPackage o una base de datos.</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="88" />
            <source>register to copy</source>
            <translation>el registro que se copia</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="90" />
            <source>copy</source>
            <translation>la copia</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="93" />
            <source>The copy must go somewhere else than the register it copies.</source>
            <translation>La copia debe ir a un lugar distinto del registro que se copia.</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="96" />
            <source>{0} action(s) and {1} history entr(y/ies) copied to {2}.</source>
            <translation>{0} acción(es) y {1} entrada(s) del historial copiada(s) en {2}.</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="99" />
            <source>A GeoPackage keeps no history of its own edits: the history copied is in its table planned_actions_history, as it was in the database.</source>
            <translation>Un GeoPackage no guarda historial de sus propias ediciones: el historial copiado está en su tabla planned_actions_history, tal como estaba en la base de datos.</translation>
        </message>
    </context>
    <context>
        <name>CreateActionRegisterAlgorithm</name>
        <message>
            <location filename="../algorithms/action_register.py" line="37" />
            <source>Create planned-action register</source>
            <translation>Crear registro de acciones previstas</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="40" />
            <source>Planned actions</source>
            <translation>Acciones previstas</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="51" />
            <source>The CRS of the actions' target areas; empty: WGS 84 (EPSG:4326).</source>
            <translation>El SRC de las áreas de intervención de las acciones; vacío: WGS 84 (EPSG:4326).</translation>
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
            <translation>SRC (vacío: WGS 84)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="70" />
            <source>Table name</source>
            <translation>Nombre de la tabla</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="82" />
            <source>The register must be a GeoPackage (.gpkg); "{0}" is not.</source>
            <translation>El registro debe ser un GeoPackage (.gpkg); "{0}" no lo es.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="86" />
            <source>The folder {0} does not exist. Create it or choose another place.</source>
            <translation>La carpeta {0} no existe. Créela o elija otra ubicación.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="92" />
            <source>Register written to {0} (table {1}).</source>
            <translation>Registro escrito en {0} (tabla {1}).</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="52" />
            <source>A shared register in PostgreSQL/PostGIS instead of a file: the name of a QGIS PostgreSQL connection, or a connection string such as service=office or dbname=city host=db.example.org user=planner. Then no GeoPackage is needed.</source>
            <translation>Un registro compartido en PostgreSQL/PostGIS en lugar de un archivo: el nombre de una conexión PostgreSQL de QGIS, o una cadena de conexión como service=office o dbname=city host=db.example.org user=planner. En ese caso no se necesita ningún GeoPackage.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="55" />
            <source>The database schema that holds the register (created if missing); an existing register is never dropped or altered.</source>
            <translation>El esquema de la base de datos que contiene el registro (se crea si no existe); un registro existente nunca se elimina ni se modifica.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="64" />
            <source>Or a database (PostgreSQL)</source>
            <translation>O una base de datos (PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="66" />
            <source>Database schema</source>
            <translation>Esquema de la base de datos</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="80" />
            <source>Give the register's GeoPackage file, or a database.</source>
            <translation>Indique el archivo GeoPackage del registro o una base de datos.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="100" />
            <source>Give either a GeoPackage file or a database for the register, not both.</source>
            <translation>Indique para el registro un archivo GeoPackage o una base de datos, no ambos.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="107" />
            <source>Register created in {0}, schema {1} (table {2}).</source>
            <translation>Registro creado en {0}, esquema {1} (tabla {2}).</translation>
        </message>
    </context>
    <context>
        <name>CriterionLabels</name>
        <message>
            <location filename="../qgis_side/names.py" line="115" />
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../qgis_side/names.py" line="117" />
            <source>Vulnerability</source>
            <translation>Vulnerabilidad</translation>
        </message>
        <message>
            <location filename="../qgis_side/names.py" line="119" />
            <source>Access to {0}</source>
            <translation>Acceso a {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/names.py" line="122" />
            <source>Access</source>
            <translation>Acceso</translation>
        </message>
        <message>
            <location filename="../qgis_side/names.py" line="122" />
            <source>Access ({0})</source>
            <translation>Acceso ({0})</translation>
        </message>
    </context>
    <context>
        <name>DatabaseRegister</name>
        <message>
            <location filename="../gui/database_register.py" line="44" />
            <source>Open a register in a database</source>
            <translation>Abrir un registro en una base de datos</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="44" />
            <source>New register in a database</source>
            <translation>Nuevo registro en una base de datos</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="47" />
            <source>A register shared by the office, in PostgreSQL/PostGIS. Choose a QGIS connection (Browser &gt; PostgreSQL) or type a connection string such as service=office. No password is kept in the project: use the connection's authentication configuration or a service file.</source>
            <translation>Un registro compartido por la oficina, en PostgreSQL/PostGIS. Elija una conexión de QGIS (Navegador &gt; PostgreSQL) o escriba una cadena de conexión como service=office. En el proyecto no se guarda ninguna contraseña: use la configuración de autenticación de la conexión o un archivo de servicio.</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="59" />
            <source>connection, or service=office</source>
            <translation>conexión, o service=office</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="60" />
            <source>The name of a PostgreSQL connection saved in QGIS, or a connection string such as service=office or dbname=city host=db.example.org user=planner.</source>
            <translation>El nombre de una conexión PostgreSQL guardada en QGIS, o una cadena de conexión como service=office o dbname=city host=db.example.org user=planner.</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="66" />
            <source>Find registers</source>
            <translation>Buscar registros</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="67" />
            <source>Connect and list the schemas that hold a register.</source>
            <translation>Conectarse y enumerar los esquemas que contienen un registro.</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="69" />
            <source>Database</source>
            <translation>Base de datos</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="72" />
            <source>The schemas of the database that hold a planned-action register.</source>
            <translation>Los esquemas de la base de datos que contienen un registro de acciones previstas.</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="74" />
            <source>Registers</source>
            <translation>Registros</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="76" />
            <source>The schema of the new register: lower-case letters, digits and underscores; it must not hold a register already.</source>
            <translation>El esquema del registro nuevo: letras minúsculas, cifras y guiones bajos; no debe contener ya un registro.</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="82" />
            <source>New schema</source>
            <translation>Esquema nuevo</translation>
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
            <translation>Crear</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="134" />
            <source>Choose a connection or type a connection string first.</source>
            <translation>Primero elija una conexión o escriba una cadena de conexión.</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="143" />
            <source>{0} (schema version {1})</source>
            <translation>{0} (versión del esquema {1})</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="145" />
            <source>newer: opens read-only</source>
            <translation>más reciente: se abre en solo lectura</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="152" />
            <source>This database holds no register yet.</source>
            <translation>Esta base de datos todavía no contiene ningún registro.</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="152" />
            <source>Create one with New register… &gt; In a database.</source>
            <translation>Cree uno con Nuevo registro… &gt; En una base de datos.</translation>
        </message>
    </context>
    <context>
        <name>Dependencies</name>
        <message>
            <location filename="../dependencies.py" line="21" />
            <source>On Windows with OSGeo4W: run the OSGeo4W installer again (osgeo4w-setup.exe, the one that installed QGIS), choose Advanced Install, and at "Select Packages" search for python3-rasterio and python3-fiona and mark both to install (they are under Libs); or, from the OSGeo4W Shell run as administrator: osgeo4w-setup.exe -q -P python3-rasterio,python3-fiona. QGIS's standalone .msi installer cannot add packages: install QGIS with the OSGeo4W installer instead. Then restart QGIS.</source>
            <translation>En Windows con OSGeo4W: vuelva a ejecutar el instalador de OSGeo4W (osgeo4w-setup.exe, el mismo que instaló QGIS), elija Advanced Install y, en "Select Packages", busque python3-rasterio y python3-fiona y marque ambos para instalarlos (están en Libs); o bien, desde el OSGeo4W Shell ejecutado como administrador: osgeo4w-setup.exe -q -P python3-rasterio,python3-fiona. El instalador independiente .msi de QGIS no puede agregar paquetes: instale QGIS con el instalador de OSGeo4W. Luego reinicie QGIS.</translation>
        </message>
        <message>
            <location filename="../dependencies.py" line="27" />
            <source>In a conda environment: conda install -c conda-forge rasterio fiona (in the environment QGIS runs from), then restart QGIS.</source>
            <translation>En un entorno conda: conda install -c conda-forge rasterio fiona (en el entorno desde el que se ejecuta QGIS) y luego reinicie QGIS.</translation>
        </message>
        <message>
            <location filename="../dependencies.py" line="30" />
            <source>On Debian or Ubuntu: sudo apt install python3-rasterio python3-fiona, then restart QGIS.</source>
            <translation>En Debian o Ubuntu: sudo apt install python3-rasterio python3-fiona y luego reinicie QGIS.</translation>
        </message>
        <message>
            <location filename="../dependencies.py" line="32" />
            <source>Install rasterio and fiona from the same source as QGIS: the OSGeo4W installer on Windows (python3-rasterio, python3-fiona), apt on Debian/Ubuntu (python3-rasterio, python3-fiona), conda-forge with a conda QGIS. Do not pip install them into QGIS's Python.</source>
            <translation>Instale rasterio y fiona desde la misma fuente que QGIS: el instalador de OSGeo4W en Windows (python3-rasterio, python3-fiona), apt en Debian/Ubuntu (python3-rasterio, python3-fiona), conda-forge con un QGIS de conda. No los instale con pip en el Python de QGIS.</translation>
        </message>
        <message>
            <location filename="../dependencies.py" line="72" />
            <source>Resilience Planner needs the Python package rasterio, built on the GDAL that QGIS uses, and it is not installed. {0}</source>
            <translation>Resilience Planner necesita el paquete de Python rasterio, compilado sobre el GDAL que usa QGIS, y no está instalado. {0}</translation>
        </message>
        <message>
            <location filename="../dependencies.py" line="77" />
            <source>Resilience Planner needs the Python package fiona, built on the GDAL that QGIS uses, and it is not installed. {0}</source>
            <translation>Resilience Planner necesita el paquete de Python fiona, compilado sobre el GDAL que usa QGIS, y no está instalado. {0}</translation>
        </message>
        <message>
            <location filename="../dependencies.py" line="82" />
            <source>{0} is built on GDAL {1} but QGIS uses GDAL {2}. Mixing two GDALs can crash QGIS, so the algorithms will not run. Remove the pip-installed rasterio and fiona (pip uninstall rasterio fiona, in QGIS's Python) and install the ones built for this QGIS. {3}</source>
            <translation>{0} está compilado sobre GDAL {1}, pero QGIS usa GDAL {2}. Mezclar dos GDAL puede bloquear QGIS, por lo que los algoritmos no se ejecutarán. Desinstale los rasterio y fiona instalados con pip (pip uninstall rasterio fiona, en el Python de QGIS) e instale los compilados para este QGIS. {3}</translation>
        </message>
    </context>
    <context>
        <name>EnergyAccessAlgorithm</name>
        <message>
            <location filename="../algorithms/energy_access.py" line="158" />
            <source>Energy access options</source>
            <translation>Opciones de acceso a la energía</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="77" />
            <source>Access</source>
            <translation>Acceso</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="84" />
            <source>The share of households with electricity, 0–1 or 0–100.</source>
            <translation>La proporción de hogares con electricidad, 0–1 o 0–100.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="107" />
            <source>Settlements</source>
            <translation>Asentamientos</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="109" />
            <source>Power lines</source>
            <translation>Líneas eléctricas</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="111" />
            <source>Substations</source>
            <translation>Subestaciones</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="113" />
            <source>Electricity field (share)</source>
            <translation>Campo de electricidad (proporción)</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="116" />
            <source>Population field</source>
            <translation>Campo de población</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="119" />
            <source>Grid distance (m)</source>
            <translation>Distancia a la red (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="121" />
            <source>Grid extension distance (m)</source>
            <translation>Distancia de extensión de la red (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="124" />
            <source>Mini-grid minimum population</source>
            <translation>Población mínima para minirred</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="191" />
            <source>The settlements layer has no features.</source>
            <translation>La capa de asentamientos no tiene entidades.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="194" />
            <source>Distances are measured in {0} ({1}).</source>
            <translation>Las distancias se miden en {0} ({1}).</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="204" />
            <source>The power line layer has no lines.</source>
            <translation>La capa de líneas eléctricas no tiene líneas.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="85" />
            <source>The share of the connected households whose connection is informal (the profile's informal_connections_pct), 0–1 or 0–100.</source>
            <translation>La proporción de los hogares conectados cuya conexión es informal (informal_connections_pct del perfil), 0–1 o 0–100.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="87" />
            <source>The settlement's share exposed to flooding, 0–1: the exposure output's &lt;hazard&gt;_exposed_share (run this on that output).</source>
            <translation>La proporción del asentamiento expuesta a inundaciones, 0–1: el campo &lt;hazard&gt;_exposed_share de la salida de exposición (ejecute este algoritmo sobre esa salida).</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="89" />
            <source>The Multi-Tier Framework tier every option chosen must serve (1: lights and a phone; 2: and a television and fan; 3: medium appliances; 4 and 5: high-power ones); stand-alone solar serves tier 1 only.</source>
            <translation>El nivel del Marco de Múltiples Niveles (Multi-Tier Framework) que debe ofrecer toda opción elegida (1: iluminación y un teléfono; 2: además, un televisor y un ventilador; 3: electrodomésticos medianos; 4 y 5: los de alta potencia); el sistema solar autónomo solo ofrece el nivel 1.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="92" />
            <source>The currency of every unit cost (an ISO 4217 code); the defaults are in USD.</source>
            <translation>La moneda de todos los costos unitarios (un código ISO 4217); los valores predeterminados están en USD.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="96" />
            <source>Per household connected to the grid.</source>
            <translation>Por hogar conectado a la red.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="97" />
            <source>Per household; serves tier 1.</source>
            <translation>Por hogar; ofrece el nivel 1.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="101" />
            <source>Generation and distribution, per household connected.</source>
            <translation>Generación y distribución, por hogar conectado.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="102" />
            <source>A share added to the network options' cost per household, times the settlement's flood share: 0.2 adds 20% where all of it floods.</source>
            <translation>Una proporción que se suma al costo por hogar de las opciones de red, multiplicada por la proporción inundada del asentamiento: 0,2 suma un 20 % donde se inunda todo el asentamiento.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="127" />
            <source>Households field</source>
            <translation>Campo de hogares</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="130" />
            <source>Informal connections field</source>
            <translation>Campo de conexiones informales</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="133" />
            <source>Flood share field</source>
            <translation>Campo de proporción inundada</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="136" />
            <source>Persons per household</source>
            <translation>Personas por hogar</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="139" />
            <source>Minimum service tier</source>
            <translation>Nivel mínimo de servicio</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="139" />
            <source>Tier 1</source>
            <translation>Nivel 1</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="139" />
            <source>Tier 2</source>
            <translation>Nivel 2</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="139" />
            <source>Tier 3</source>
            <translation>Nivel 3</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="139" />
            <source>Tier 4</source>
            <translation>Nivel 4</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="139" />
            <source>Tier 5</source>
            <translation>Nivel 5</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="143" />
            <source>Currency of the costs</source>
            <translation>Moneda de los costos</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="145" />
            <source>Grid connection cost</source>
            <translation>Costo de conexión a la red</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="145" />
            <source>Medium-voltage line cost (per km)</source>
            <translation>Costo de la línea de media tensión (por km)</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="145" />
            <source>Mini-grid cost per household</source>
            <translation>Costo de minirred por hogar</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="145" />
            <source>Solar home system cost</source>
            <translation>Costo del sistema solar domiciliario</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="145" />
            <source>Regularisation cost per connection</source>
            <translation>Costo de regularización por conexión</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="145" />
            <source>Resilience premium (share)</source>
            <translation>Sobrecosto por resiliencia (proporción)</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="161" />
            <source>Energy plan by option</source>
            <translation>Plan energético por opción</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="163" />
            <source>Investment, city-wide</source>
            <translation>Inversión a escala de ciudad</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="164" />
            <source>Households to connect</source>
            <translation>Hogares por conectar</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="165" />
            <source>Informal connections to regularise</source>
            <translation>Conexiones informales por regularizar</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="221" />
            <source>No population and no households: no mini-grid can be tested, no line shared and no investment counted; give the Population or Households field.</source>
            <translation>Sin población ni hogares: no se puede evaluar ninguna minirred, no se reparte el costo de ninguna línea y no se contabiliza ninguna inversión; indique el campo de población o el campo de hogares.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="225" />
            <source>The informal connections are a share of the connected households: without the Electricity field they cannot be counted.</source>
            <translation>Las conexiones informales son una proporción de los hogares conectados: sin el campo de electricidad no se pueden contabilizar.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="232" />
            <source>The costs are in {0}, but every unit cost is its default, which is in USD: give the unit costs in {0}.</source>
            <translation>Los costos están en {0}, pero todos los costos unitarios tienen su valor predeterminado, que está en USD: indique los costos unitarios en {0}.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="244" />
            <source>{0}: {1} settlement(s), {2:,} household(s) to connect, {3:,.0f} {4}</source>
            <translation>{0}: {1} asentamiento(s), {2:,} hogar(es) por conectar, {3:,.0f} {4}</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="299" />
            <source>Values of "{0}" above 1: read as percentages.</source>
            <translation>Valores de "{0}" mayores que 1: se leen como porcentajes.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="93" />
            <source>Used where a settlement has no household count: households = people ÷ this. The default, 3.3, is that of Kianda village in Kibera (Nairobi), an informal settlement (see the help).</source>
            <translation>Se usa cuando un asentamiento no tiene recuento de hogares: hogares = personas ÷ este valor. El valor predeterminado, 3,3, es el de la aldea de Kianda, en Kibera (Nairobi), un asentamiento informal (consulte la ayuda).</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="98" />
            <source>Per informal connection made a metered one. The default, 378 USD, is the standard cost per connection in Kenya Power's slum electrification project (see the help).</source>
            <translation>Por conexión informal convertida en una conexión con medidor. El valor predeterminado, 378 USD, es el costo estándar por conexión del proyecto de electrificación de asentamientos informales de Kenya Power (consulte la ayuda).</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="314" />
            <source>The settlements layer "{0}" has no field "{1}" ({2}): choose one of its fields, or none.</source>
            <translation>La capa de asentamientos "{0}" no tiene el campo "{1}" ({2}): elija uno de sus campos o ninguno.</translation>
        </message>
    </context>
    <context>
        <name>EnergyActionsAlgorithm</name>
        <message>
            <location filename="../algorithms/energy_actions.py" line="51" />
            <source>Energy plan actions into the register</source>
            <translation>Agregar acciones del plan energético al registro</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="54" />
            <source>Planned actions</source>
            <translation>Acciones previstas</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="61" />
            <source>The output of "Energy access options": one action for each settlement with an option and an investment.</source>
            <translation>La salida de "Opciones de acceso a la energía": una acción por cada asentamiento que tiene una opción y una inversión.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="63" />
            <source>The field with the settlement keys the register's actions name.</source>
            <translation>El campo que contiene las claves de asentamiento tal como las indican las acciones del registro.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="67" />
            <source>Energy access options (energy plan)</source>
            <translation>Opciones de acceso a la energía (plan energético)</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="69" />
            <source>Settlement key field</source>
            <translation>Campo clave del asentamiento</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="71" />
            <source>Settlement name field</source>
            <translation>Campo de nombre del asentamiento</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="73" />
            <source>Register (GeoPackage)</source>
            <translation>Registro (GeoPackage)</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="75" />
            <source>Lead agency</source>
            <translation>Organismo responsable</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="76" />
            <source>Actions added</source>
            <translation>Acciones agregadas</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="77" />
            <source>Settlements already in the register</source>
            <translation>Asentamientos que ya están en el registro</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="86" />
            <source>Layer "{0}" is not an energy plan: it has no {1}. Use the output of "Energy access options".</source>
            <translation>La capa "{0}" no es un plan energético: no tiene {1}. Use la salida de "Opciones de acceso a la energía".</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="102" />
            <source>The register {0} cannot be written (is the file read-only?).</source>
            <translation>No se puede escribir el registro {0} (¿el archivo es de solo lectura?).</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="112" />
            <source>a settlement without a key</source>
            <translation>un asentamiento sin clave</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="125" />
            <source>From the energy plan: {0:,.0f} household(s) to connect for {1:,.0f} {2}</source>
            <translation>Según el plan energético: {0:,.0f} hogar(es) por conectar, con un costo de {1:,.0f} {2}</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="128" />
            <source>{0:,.0f} informal connection(s) to regularise for {1:,.0f} {2}</source>
            <translation>{0:,.0f} conexión(es) informal(es) por regularizar, con un costo de {1:,.0f} {2}</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="135" />
            <source>Energy: {0} in {1}</source>
            <translation>Energía: {0} en {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="165" />
            <source>{0} energy action(s) added to {1}.</source>
            <translation>{0} acción(es) de energía agregada(s) a {1}.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="167" />
            <source>{0} settlement(s) already have their energy-plan action in the register and were left as they are: {1}. Delete an action to add it again from the plan.</source>
            <translation>{0} asentamiento(s) ya tienen su acción del plan energético en el registro y se dejaron como estaban: {1}. Elimine una acción para volver a agregarla desde el plan.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="171" />
            <source>{0} settlement(s) have no option or no investment in the plan (no geometry, or households unknown) and get no action: {1}</source>
            <translation>{0} asentamiento(s) no tienen opción o inversión en el plan (sin geometría, o con hogares desconocidos) y no reciben ninguna acción: {1}</translation>
        </message>
    </context>
    <context>
        <name>Engine</name>
        <message>
            <location filename="../core/access.py" line="68" />
            <source>The road layer has no usable lines.</source>
            <translation>La capa de vías no tiene líneas utilizables.</translation>
        </message>
        <message>
            <location filename="../core/access.py" line="99" />
            <source>The road layer has no lines with two or more vertices.</source>
            <translation>La capa de vías no tiene líneas con dos o más vértices.</translation>
        </message>
        <message>
            <location filename="../core/access.py" line="161" />
            <source>The roads have no segment longer than a point: check the road layer and the snapping tolerance.</source>
            <translation>Las vías no tienen ningún segmento más largo que un punto: revise la capa de vías y la tolerancia de ajuste.</translation>
        </message>
        <message>
            <location filename="../core/access.py" line="167" />
            <source>The road network has {0} disconnected pieces; the largest holds {1:.0%} of its junctions. Places attached to a small piece can only reach facilities on it.</source>
            <translation>La red vial tiene {0} partes desconectadas; la mayor contiene el {1:.0%} de sus intersecciones. Los lugares conectados a una parte pequeña solo pueden llegar a los equipamientos que están en ella.</translation>
        </message>
        <message>
            <location filename="../core/coverage.py" line="395" />
            <source>Cancelled while measuring settlement coverage.</source>
            <translation>Cancelado mientras se medía la cobertura de los asentamientos.</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="167" />
            <source>Settlement exposure was cancelled; nothing was written.</source>
            <translation>Se canceló la exposición de los asentamientos; no se escribió nada.</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="177" />
            <source>settlements</source>
            <translation>asentamientos</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="177" />
            <source>settlement</source>
            <translation>asentamiento</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="178" />
            <source>features</source>
            <translation>entidades</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="178" />
            <source>feature</source>
            <translation>entidad</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="218" />
            <source>No hazard raster was given. Choose at least one hazard layer.</source>
            <translation>No se indicó ningún ráster de amenaza. Elija al menos una capa de amenaza.</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="221" />
            <source>The {0} layer has no CRS. Set its coordinate reference system (Layer Properties &gt; Source) and run again.</source>
            <translation>La capa de {0} no tiene SRC. Defina su sistema de referencia de coordenadas (Propiedades de la capa &gt; Fuente) y vuelva a ejecutar.</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="226" />
            <source>The {0} layer has no features. Choose a layer with {1} polygons.</source>
            <translation>La capa de {0} no tiene entidades. Elija una capa con polígonos de {1}.</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="229" />
            <source>None of the {0} {1} has a usable polygon geometry (all are empty, null or not polygons). Check the {1} layer.</source>
            <translation>Ninguna de las {0} geometrías de la capa de {1} es un polígono utilizable (todas están vacías, son nulas o no son polígonos). Revise la capa de {1}.</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="270" />
            <source>No population raster or population field was given: exposed population is left empty (NULL).</source>
            <translation>No se indicó ningún ráster ni campo de población: la población expuesta queda vacía (NULL).</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="285" />
            <source>Hazards are on different grids: any_exposed_share and any_exposed_pop are computed on the grid of the first hazard, with the others resampled to it by nearest neighbour.</source>
            <translation>Las amenazas están en cuadrículas distintas: any_exposed_share y any_exposed_pop se calculan en la cuadrícula de la primera amenaza, y las demás se remuestrean a ella por vecino más próximo.</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="313" />
            <source>Some settlement vertices cannot be reprojected from {0} to {1}. Check that the settlements layer has the right CRS.</source>
            <translation>Algunos vértices de los asentamientos no se pueden reproyectar de {0} a {1}. Verifique que la capa de asentamientos tenga el SRC correcto.</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="326" />
            <source>No settlement overlaps hazard raster {0} (extent {1:.6g}, {2:.6g} to {3:.6g}, {4:.6g} in {5}). Check that the layers cover the same city and that both have the right CRS.</source>
            <translation>Ningún asentamiento se superpone con el ráster de amenaza {0} (extensión {1:.6g}, {2:.6g} a {3:.6g}, {4:.6g} en {5}). Verifique que las capas cubran la misma ciudad y que ambas tengan el SRC correcto.</translation>
        </message>
        <message>
            <location filename="../core/grid.py" line="47" />
            <source>Raster "{0}" has no CRS. Assign its coordinate reference system (Layer Properties &gt; Source, or gdal_edit.py -a_srs) and run again.</source>
            <translation>El ráster "{0}" no tiene SRC. Asígnele su sistema de referencia de coordenadas (Propiedades de la capa &gt; Fuente, o gdal_edit.py -a_srs) y vuelva a ejecutar.</translation>
        </message>
        <message>
            <location filename="../core/grid.py" line="52" />
            <source>Raster "{0}" is rotated. Warp it to a north-up grid first (Raster &gt; Projections &gt; Warp) and run again.</source>
            <translation>El ráster "{0}" está rotado. Primero reproyéctelo a una cuadrícula orientada al norte (Ráster &gt; Proyecciones &gt; Combar (reproyectar)) y vuelva a ejecutar.</translation>
        </message>
        <message>
            <location filename="../core/grid.py" line="195" />
            <source>Cannot open raster "{0}": {1}. Check that the file exists and is a raster GDAL can read.</source>
            <translation>No se puede abrir el ráster "{0}": {1}. Verifique que el archivo exista y sea un ráster que GDAL pueda leer.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="40" />
            <source>Indicator "{0}" has direction "{1}". Use + when a higher value means more vulnerable, - when it means less.</source>
            <translation>El indicador "{0}" tiene el sentido "{1}". Use + cuando un valor más alto signifique más vulnerable, y - cuando signifique menos.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="51" />
            <source>Indicator "{0}" has weight {1}. Weights must be zero or positive.</source>
            <translation>El indicador "{0}" tiene el peso {1}. Los pesos deben ser cero o positivos.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="63" />
            <source>INDICATORS needs three columns per row (field, direction, weight); got {0} values.</source>
            <translation>INDICATORS necesita tres columnas por fila (campo, sentido, peso); se recibieron {0} valores.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="89" />
            <source>Cannot read indicator preset "{0}": {1}. Choose a JSON preset file such as those in resources/indicator_presets.</source>
            <translation>No se puede leer el conjunto predefinido de indicadores "{0}": {1}. Elija un archivo JSON de conjunto predefinido, como los de resources/indicator_presets.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="94" />
            <source>Preset "{0}" lists no indicators.</source>
            <translation>El conjunto predefinido "{0}" no contiene ningún indicador.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="96" />
            <source>Preset "{0}": "indicators" must be a list of objects, each with a "field" (and optionally "direction", "weight", "label", "optional").</source>
            <translation>Conjunto predefinido "{0}": "indicators" debe ser una lista de objetos, cada uno con un "field" (y, opcionalmente, "direction", "weight", "label", "optional").</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="109" />
            <source>Preset "{0}": "{1}" is "{2}", which is not one of: {3}. Write one of these, or remove the key to use the default.</source>
            <translation>Conjunto predefinido "{0}": "{1}" es "{2}", que no es ninguno de estos valores: {3}. Escriba uno de ellos o quite la clave para usar el valor predeterminado.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="130" />
            <source>Indicator field(s) listed twice: {0}.</source>
            <translation>Campo(s) de indicadores indicados dos veces: {0}.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="177" />
            <source>Unknown normalisation "{0}"; use one of {1}.</source>
            <translation>Normalización desconocida "{0}"; use una de estas: {1}.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="243" />
            <source>Unknown missing-data policy "{0}"; use one of {1}.</source>
            <translation>Regla de datos faltantes desconocida "{0}"; use una de estas: {1}.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="247" />
            <source>All indicator weights are zero. Give at least one indicator a positive weight.</source>
            <translation>Todos los pesos de los indicadores son cero. Dé un peso positivo al menos a un indicador.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="261" />
            <source>{0}: {1} missing value(s) filled with the median {2:g}.</source>
            <translation>{0}: {1} valor(es) faltante(s) completado(s) con la mediana {2:g}.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="269" />
            <source>{0}: every settlement has the same value, so it cannot tell them apart (scored 0.5).</source>
            <translation>{0}: todos los asentamientos tienen el mismo valor, por lo que no permite distinguirlos (puntuación 0,5).</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="329" />
            <source>"{0}" is not a pairwise judgement. Use 1-9 or a reciprocal such as 1/3.</source>
            <translation>"{0}" no es un juicio por pares. Use 1-9 o un recíproco como 1/3.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="332" />
            <source>Judgement "{0}" must be a positive number (1-9 or 1/2-1/9).</source>
            <translation>El juicio "{0}" debe ser un número positivo (1-9 o 1/2-1/9).</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="352" />
            <source>The pairwise matrix must be square; it is {0}.</source>
            <translation>La matriz de comparación por pares debe ser cuadrada; es de {0}.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="355" />
            <source>Every pairwise judgement must be a positive number.</source>
            <translation>Todo juicio por pares debe ser un número positivo.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="358" />
            <source>The diagonal must be 1: "{0}" against itself is {1:g}.</source>
            <translation>La diagonal debe ser 1: "{0}" comparado consigo mismo da {1:g}.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="363" />
            <source>The matrix is not reciprocal: "{0}" vs "{1}" is {2:g} but "{1}" vs "{0}" is {3:g}, not {4:.3g}.</source>
            <translation>La matriz no es recíproca: "{0}" frente a "{1}" es {2:g}, pero "{1}" frente a "{0}" es {3:g}, no {4:.3g}.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="382" />
            <source>{0} indicators need {1} pairwise judgements (the upper triangle, row by row); got {2}.</source>
            <translation>{0} indicadores necesitan {1} juicios por pares (el triángulo superior, fila por fila); se recibieron {2}.</translation>
        </message>
        <message>
            <location filename="../core/numbers.py" line="112" />
            <source>DECIMAL "{0}" is not one of {1}.</source>
            <translation>DECIMAL "{0}" no es ninguno de estos valores: {1}.</translation>
        </message>
        <message>
            <location filename="../core/numbers.py" line="114" />
            <source>chosen (DECIMAL = point)</source>
            <translation>elegido (DECIMAL = point)</translation>
        </message>
        <message>
            <location filename="../core/numbers.py" line="116" />
            <source>chosen (DECIMAL = comma)</source>
            <translation>elegido (DECIMAL = comma)</translation>
        </message>
        <message>
            <location filename="../core/numbers.py" line="126" />
            <source>Column "{0}" in "{1}" mixes decimal points ({2}) and decimal commas ({3}), so its figures cannot be read one way. Make the column consistent, or choose DECIMAL = point or comma to read every cell one way.</source>
            <translation>La columna "{0}" de "{1}" mezcla puntos decimales ({2}) y comas decimales ({3}), por lo que sus cifras no pueden leerse de una sola manera. Unifique la columna, o elija DECIMAL = point o comma para leer todas las celdas de una misma manera.</translation>
        </message>
        <message>
            <location filename="../core/numbers.py" line="131" />
            <source>decimal point, thousands commas (as in {0})</source>
            <translation>punto decimal, comas de miles (como en {0})</translation>
        </message>
        <message>
            <location filename="../core/numbers.py" line="132" />
            <source>decimal comma, thousands points (as in {0})</source>
            <translation>coma decimal, puntos de miles (como en {0})</translation>
        </message>
        <message>
            <location filename="../core/numbers.py" line="137" />
            <source>Column "{0}" in "{1}" cannot tell its decimal mark: every number with a mark has exactly three digits after it ({2}), which reads as thousands (69.156 = 69,156) or as decimals (69.156) alike. Choose DECIMAL = point (1,234.5) or comma (1.234,5) for this table.</source>
            <translation>La columna "{0}" de "{1}" no permite determinar su separador decimal: todo número con separador tiene exactamente tres cifras después de él ({2}), lo que se lee igual como miles (69.156 = 69156) que como decimales (69.156 = 69,156). Elija DECIMAL = point (1,234.5) o comma (1.234,5) para esta tabla.</translation>
        </message>
        <message>
            <location filename="../core/numbers.py" line="143" />
            <source>whole numbers only</source>
            <translation>solo números enteros</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1249" />
            <source>Cancelled: no output was written.</source>
            <translation>Cancelado: no se escribió ninguna salida.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="176" />
            <source>Criterion "{0}": cannot read class score "{1}". Write classes as "value:score; value:score", e.g. "1:0.3; 2:0.7; 3:1".</source>
            <translation>Criterio "{0}": no se puede leer la puntuación de clases "{1}". Escriba las clases como "valor:puntuación; valor:puntuación", p. ej. "1:0.3; 2:0.7; 3:1".</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="153" />
            <source>Criterion "{0}": class {1} has score {2:g}; scores must lie between 0 and 1.</source>
            <translation>Criterio "{0}": la clase {1} tiene la puntuación {2:g}; las puntuaciones deben estar entre 0 y 1.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="158" />
            <source>Criterion "{0}" uses class scores but none are given. Write them as "value:score; value:score", e.g. "1:0.3; 2:0.7; 3:1".</source>
            <translation>El criterio "{0}" usa puntuaciones de clase, pero no se indicó ninguna. Escríbalas como "valor:puntuación; valor:puntuación", p. ej. "1:0.3; 2:0.7; 3:1".</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="188" />
            <source>Criterion "{0}": unknown value function "{1}"; use linear, step or classes.</source>
            <translation>Criterio "{0}": función de valor desconocida "{1}"; use linear, step o classes.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="191" />
            <source>low bound</source>
            <translation>límite inferior</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="192" />
            <source>high bound</source>
            <translation>límite superior</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="199" />
            <source>Criterion "{0}": a step needs its threshold in the Low column.</source>
            <translation>Criterio "{0}": una función escalón necesita su umbral en la columna Bajo.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="211" />
            <source>Criterion "{0}": the {1} "{2}" is not a number.</source>
            <translation>Criterio "{0}": el {1} "{2}" no es un número.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="214" />
            <source>Criterion "{0}": the {1} must be a finite number.</source>
            <translation>Criterio "{0}": el {1} debe ser un número finito.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="278" />
            <source>The cell size must be a positive number of metres (got {0}).</source>
            <translation>El tamaño de celda debe ser un número positivo de metros (se recibió {0}).</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="282" />
            <source>The boundary has no area in the analysis CRS. Check the boundary layer and its CRS.</source>
            <translation>El límite no tiene área en el SRC de análisis. Revise la capa de límite y su SRC.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="289" />
            <source>A {0:g} m cell size gives {1:,} x {2:,} cells over the boundary, more than this tool handles ({3:,}). Choose a larger cell size.</source>
            <translation>Un tamaño de celda de {0:g} m da {1:,} x {2:,} celdas sobre el límite, más de las que admite esta herramienta ({3:,}). Elija un tamaño de celda mayor.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="893" />
            <source>Unknown method "{0}"; use sum or product.</source>
            <translation>Método desconocido "{0}"; use sum o product.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="895" />
            <source>Unknown missing-data policy "{0}".</source>
            <translation>Regla de datos faltantes desconocida "{0}".</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="897" />
            <source>No criterion was given. Add at least one hazard raster, a population raster, settlements with a vulnerability field, or facilities.</source>
            <translation>No se indicó ningún criterio. Agregue al menos un ráster de amenaza, un ráster de población, asentamientos con un campo de vulnerabilidad, o equipamientos.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="907" />
            <source>Weights must be zero or more; check the weight of {0}.</source>
            <translation>Los pesos deben ser cero o mayores; revise el peso de {0}.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="910" />
            <source>All criterion weights are zero. Give at least one criterion a weight above 0.</source>
            <translation>Todos los pesos de los criterios son cero. Dé a al menos un criterio un peso mayor que 0.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="967" />
            <source>The boundary covers no cell of the analysis grid.</source>
            <translation>El límite no cubre ninguna celda de la cuadrícula de análisis.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="992" />
            <source>Criterion "{0}" has no points: the facilities layer is empty.</source>
            <translation>El criterio "{0}" no tiene puntos: la capa de equipamientos está vacía.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1129" />
            <source>No cell of the grid is at least half inside the boundary and outside the exclude layer. Check the boundary and the exclude layer and the cell size.</source>
            <translation>Ninguna celda de la cuadrícula está al menos en su mitad dentro del límite y fuera de la capa de exclusión. Revise el límite, la capa de exclusión y el tamaño de celda.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1132" />
            <source>No cell of the grid is at least half inside the boundary. Check the boundary and the cell size.</source>
            <translation>Ninguna celda de la cuadrícula está al menos en su mitad dentro del límite. Revise el límite y el tamaño de celda.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1136" />
            <source>Criterion "{0}" has no value anywhere inside the boundary. Check that it covers the city, that its CRS is right and that its nodata value is not its data; or remove it.</source>
            <translation>El criterio "{0}" no tiene ningún valor dentro del límite. Verifique que cubra la ciudad, que su SRC sea correcto y que su valor sin datos (nodata) no sea uno de sus datos; o quítelo.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1141" />
            <source>No cell inside the boundary has a priority: the criteria have no data there. Check that the hazard and population rasters cover the boundary and that the layers have the right CRS.</source>
            <translation>Ninguna celda dentro del límite tiene prioridad: los criterios no tienen datos allí. Verifique que los ráster de amenaza y de población cubran el límite y que las capas tengan el SRC correcto.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1158" />
            <source>the other criteria carry the weight there</source>
            <translation>los demás criterios asumen el peso allí</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1159" />
            <source>counted as score 0</source>
            <translation>se cuentan como puntuación 0</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1160" />
            <source>those cells have no priority</source>
            <translation>esas celdas no tienen prioridad</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1179" />
            <source>{0}: no value on {1:.1%} of the cells inside the boundary ({2}).</source>
            <translation>{0}: sin valor en el {1:.1%} de las celdas dentro del límite ({2}).</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1194" />
            <source>Criterion "{0}": the class scores ({1}) give no score to the class(es) {2} found in the raster. Give every class a score, or one score for all the others with "other:0".</source>
            <translation>Criterio "{0}": las puntuaciones de clase ({1}) no dan puntuación a la(s) clase(s) {2} presentes en el ráster. Dé una puntuación a cada clase, o una sola puntuación para todas las demás con "other:0".</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1311" />
            <source>Criterion "{0}" has {1} values for {2} settlements.</source>
            <translation>El criterio "{0}" tiene {1} valores para {2} asentamientos.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1315" />
            <source>Criterion "{0}" has no value for any settlement. Check the field.</source>
            <translation>El criterio "{0}" no tiene valor para ningún asentamiento. Revise el campo.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1607" />
            <source>The ranked settlements fall into {0} of the five priority classes: {1}.</source>
            <translation>Los asentamientos clasificados quedan en {0} de las cinco clases de prioridad: {1}.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1607" />
            <source>the city-wide cell breaks leave the others empty for the settlements</source>
            <translation>los cortes de celdas a escala de ciudad dejan vacías las demás para los asentamientos</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1607" />
            <source>too few settlements or too many equal priorities to fill five</source>
            <translation>hay muy pocos asentamientos o demasiadas prioridades iguales para llenar las cinco</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1619" />
            <source>{0} settlement(s) have no cell with a priority (outside the boundary, excluded or without data) and are not ranked.</source>
            <translation>{0} asentamiento(s) no tienen ninguna celda con prioridad (fuera del límite, excluidas o sin datos) y no están clasificados.</translation>
        </message>
        <message>
            <location filename="../core/profiles.py" line="90" />
            <source>Key(s) used more than once in "{0}": {1}. Each settlement needs a unique key; fix the table and run again.</source>
            <translation>Clave(s) usada(s) más de una vez en "{0}": {1}. Cada asentamiento necesita una clave única; corrija la tabla y vuelva a ejecutar.</translation>
        </message>
        <message>
            <location filename="../core/profiles.py" line="143" />
            <source>Field "{0}" in "{1}": {2}.</source>
            <translation>Campo "{0}" de "{1}": {2}.</translation>
        </message>
        <message>
            <location filename="../core/profiles.py" line="146" />
            <source>Field "{0}" in "{1}" has {2} value(s) that are not numbers, treated as missing: {3}</source>
            <translation>El campo "{0}" de "{1}" tiene {2} valor(es) que no son números, tratados como faltantes: {3}</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="66" />
            <source>class {0}</source>
            <translation>clase {0}</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="68" />
            <source>value {0} {1:g}</source>
            <translation>valor {0} {1:g}</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="157" />
            <source>{0} or {1}</source>
            <translation>{0} o {1}</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="111" />
            <source>Rule "{0}" for hazard "{1}" is not a set of classes. Write the class values separated by |, e.g. =1 or =1|2.</source>
            <translation>La regla "{0}" de la amenaza "{1}" no es un conjunto de clases. Escriba los valores de clase separados por |, p. ej. =1 o =1|2.</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="115" />
            <source>Rule "{0}" for hazard "{1}" names a class that is not a finite number.</source>
            <translation>La regla "{0}" de la amenaza "{1}" indica una clase que no es un número finito.</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="123" />
            <source>Rule "{0}" for hazard "{1}" is not understood. Write a number (exposed where the value is at least it, e.g. 0.5), a comparison (&gt;=0.5, &gt;0.5, &lt;=2, &lt;2) or classes (=1 or =1|2), with a dot for decimals.</source>
            <translation>No se entiende la regla "{0}" de la amenaza "{1}". Escriba un número (expuesto donde el valor es al menos ese número, p. ej. 0.5), una comparación (&gt;=0.5, &gt;0.5, &lt;=2, &lt;2) o clases (=1 o =1|2), con punto para los decimales.</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="129" />
            <source>Rule "{0}" for hazard "{1}" is not a finite number.</source>
            <translation>La regla "{0}" de la amenaza "{1}" no es un número finito.</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="140" />
            <source>THRESHOLDS has {0} value(s) ({1}) but {2} hazard layer(s) were given ({3}). Give one rule per hazard, in the same order, separated by commas (a number such as 0.5, a comparison such as &lt;=2, or classes such as =1|2), or leave it empty to count any value above 0 as exposed.</source>
            <translation>THRESHOLDS tiene {0} valor(es) ({1}), pero se indicaron {2} capa(s) de amenaza ({3}). Indique una regla por amenaza, en el mismo orden, separadas por comas (un número como 0.5, una comparación como &lt;=2, o clases como =1|2), o déjelo vacío para contar como expuesto cualquier valor mayor que 0.</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="163" />
            <source>{0} and {1} more</source>
            <translation>{0} y {1} más</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="219" />
            <source>its name or metadata says {0}</source>
            <translation>su nombre o sus metadatos indican {0}</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="229" />
            <source>its values span {0:,.0f} to {1:,.0f}, as the metres of an elevation model do</source>
            <translation>sus valores van de {0:,.0f} a {1:,.0f}, como los metros de un modelo de elevación</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="262" />
            <source>class names</source>
            <translation>nombres de clase</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="264" />
            <source>colour table</source>
            <translation>tabla de colores</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="266" />
            <source>{0} distinct integer values</source>
            <translation>{0} valores enteros distintos</translation>
        </message>
        <message>
            <location filename="../core/actions/coverage.py" line="79" />
            <source>Settlement keys named by actions but not found: {0}.</source>
            <translation>Claves de asentamiento indicadas por acciones, pero no encontradas: {0}.</translation>
        </message>
        <message>
            <location filename="../core/actions/coverage.py" line="84" />
            <source>Settlement keys shared by more than one settlement: {0}. An action naming such a key serves all of them; give each settlement its own key in the settlements layer.</source>
            <translation>Claves de asentamiento compartidas por más de un asentamiento: {0}. Una acción que indica una de esas claves atiende a todos ellos; dé a cada asentamiento su propia clave en la capa de asentamientos.</translation>
        </message>
        <message>
            <location filename="../core/actions/coverage.py" line="102" />
            <source>{0} action(s) have a cost that is not a number of 0 or more and are left out of the costs: {1}. Correct their cost_estimate.</source>
            <translation>{0} acción(es) tienen un costo que no es un número igual o mayor que 0 y quedan fuera de los costos: {1}. Corrija su cost_estimate.</translation>
        </message>
        <message>
            <location filename="../core/actions/coverage.py" line="118" />
            <source>{0} settlement(s) are served by active actions costed in different currencies (or some without a currency): their actions_cost is left empty, as amounts in different currencies are not added. Give every action the same currency to compare them.</source>
            <translation>{0} asentamiento(s) están atendidos por acciones activas con costos en monedas distintas (o algunas sin moneda): su actions_cost queda vacío, ya que no se suman importes en monedas distintas. Dé a todas las acciones la misma moneda para compararlas.</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="24" />
            <source>{0} row(s) read: {1} imported, {2} rejected.</source>
            <translation>{0} fila(s) leída(s): {1} importada(s), {2} rechazada(s).</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="30" />
            <source>Row {0} ("{1}"): {2}</source>
            <translation>Fila {0} ("{1}"): {2}</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="30" />
            <source>Row {0}: {1}</source>
            <translation>Fila {0}: {1}</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="78" />
            <source>CSV file "{0}" is not UTF-8 text. Save it as "CSV UTF-8" (in Excel: Save As &gt; CSV UTF-8) and import it again.</source>
            <translation>El archivo CSV "{0}" no es texto UTF-8. Guárdelo como "CSV UTF-8" (en Excel: Guardar como &gt; CSV UTF-8 (delimitado por comas)) y vuelva a importarlo.</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="89" />
            <source>CSV file "{0}" is empty or has no header row.</source>
            <translation>El archivo CSV "{0}" está vacío o no tiene fila de encabezado.</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="94" />
            <source>CSV file "{0}" has the column(s) {1} more than once; keep one of each.</source>
            <translation>El archivo CSV "{0}" tiene la(s) columna(s) {1} más de una vez; conserve una de cada una.</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="98" />
            <source>Columns not in the register, ignored: {0}.</source>
            <translation>Columnas que no están en el registro, ignoradas: {0}.</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="101" />
            <source>CSV file "{0}" has no "title" column; the register needs one. Its columns are: {1}.</source>
            <translation>El archivo CSV "{0}" no tiene columna "title"; el registro necesita una. Sus columnas son: {1}.</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="113" />
            <source>the row has {0} more value(s) than the header.</source>
            <translation>la fila tiene {0} valor(es) más que el encabezado.</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="129" />
            <source>appears twice in the file.</source>
            <translation>aparece dos veces en el archivo.</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="150" />
            <source>Column "{0}": {1}.</source>
            <translation>Columna "{0}": {1}.</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="132" />
            <source>is required.</source>
            <translation>es obligatorio.</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="170" />
            <source>{0} is not one of: {1}.</source>
            <translation>{0} no es ninguno de estos valores: {1}.</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="268" />
            <source>"{0}" is not a number; write digits, e.g. 90000 or 90,000.50.</source>
            <translation>"{0}" no es un número; escriba cifras, p. ej. 90000 o 90.000,50.</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="271" />
            <source>must be a finite number.</source>
            <translation>debe ser un número finito.</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="273" />
            <source>must be {0:,.15g} or more (got {1:,.15g}).</source>
            <translation>debe ser {0:,.15g} o más (se recibió {1:,.15g}).</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="363" />
            <source>"{0}" is not {1}; use one such as {2}.</source>
            <translation>"{0}" no es válido ({1}); use, por ejemplo, {2}.</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="396" />
            <source>is required when there is a {0} ({1}).</source>
            <translation>es obligatorio cuando se completa el campo {0} ({1}).</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="427" />
            <source>{0} is before the {1} ({2}); make it that day or later.</source>
            <translation>{0} es anterior a la {1} ({2}); indique ese mismo día o uno posterior.</translation>
        </message>
        <message>
            <location filename="../core/actions/values.py" line="31" />
            <source>"{0}" is not a date; write it as YYYY-MM-DD, e.g. 2027-03-31</source>
            <translation>"{0}" no es una fecha; escríbala como AAAA-MM-DD, p. ej. 2027-03-31</translation>
        </message>
        <message>
            <location filename="../core/actions/values.py" line="38" />
            <source>there is no month {0}; write it as YYYY-MM-DD</source>
            <translation>no existe el mes {0}; escriba la fecha como AAAA-MM-DD</translation>
        </message>
        <message>
            <location filename="../core/actions/values.py" line="38" />
            <source>month {0} of {1} has no day {2}</source>
            <translation>el mes {0} de {1} no tiene día {2}</translation>
        </message>
        <message>
            <location filename="../core/actions/values.py" line="41" />
            <source>"{0}" is not a date: {1}</source>
            <translation>"{0}" no es una fecha: {1}</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="161" />
            <source>cost estimate</source>
            <translation>costo estimado</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="162" />
            <source>start date</source>
            <translation>fecha de inicio</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="453" />
            <source>a three-letter ISO 4217 code</source>
            <translation>un código ISO 4217 de tres letras</translation>
        </message>
        <message>
            <location filename="../core/actions/cdp.py" line="119" />
            <source>hazard "{0}" has no CDP equivalent</source>
            <translation>la amenaza "{0}" no tiene equivalente en CDP</translation>
        </message>
        <message>
            <location filename="../core/actions/cdp.py" line="143" />
            <source>no action type</source>
            <translation>sin tipo de acción</translation>
        </message>
        <message>
            <location filename="../core/actions/cdp.py" line="145" />
            <source>action type "{0}" has no CDP equivalent</source>
            <translation>el tipo de acción "{0}" no tiene equivalente en CDP</translation>
        </message>
        <message>
            <location filename="../core/actions/cdp.py" line="172" />
            <source>cost "{0}" is not a number of 0 or more</source>
            <translation>el costo "{0}" no es un número igual o mayor que 0</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="45" />
            <source>grid densification</source>
            <translation>densificación de la red</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="46" />
            <source>grid extension</source>
            <translation>extensión de la red</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="47" />
            <source>mini-grid</source>
            <translation>minirred</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="48" />
            <source>stand-alone solar</source>
            <translation>sistema solar autónomo</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="67" />
            <source>The unit cost "{0}" is {1}: give a number of 0 or more.</source>
            <translation>El costo unitario "{0}" es {1}: indique un número igual o mayor que 0.</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="150" />
            <source>The minimum tier is {0}: choose 1, 2, 3, 4 or 5.</source>
            <translation>El nivel mínimo es {0}: elija 1, 2, 3, 4 o 5.</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="153" />
            <source>The household size is {0}: give a number of persons above 0.</source>
            <translation>El tamaño del hogar es {0}: indique un número de personas mayor que 0.</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="182" />
            <source>power line {0}, beyond {1:,.0f} m</source>
            <translation>línea eléctrica {0}, más allá de {1:,.0f} m</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="186" />
            <source>power line {0}, beyond the extension distance of {1:,.0f} m</source>
            <translation>línea eléctrica {0}, más allá de la distancia de extensión de {1:,.0f} m</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="190" />
            <source>households unknown, so the line's cost cannot be shared</source>
            <translation>hogares desconocidos, por lo que el costo de la línea no se puede repartir</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="196" />
            <source>population unknown</source>
            <translation>población desconocida</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="198" />
            <source>{0:,.0f} people, fewer than {1:,.0f}</source>
            <translation>{0:,.0f} personas, menos de {1:,.0f}</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="209" />
            <source>no usable settlement geometry</source>
            <translation>ninguna geometría de asentamiento utilizable</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="226" />
            <source>too far (no line in reach)</source>
            <translation>demasiado lejos (ninguna línea a su alcance)</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="227" />
            <source>{0:,.0f} m away</source>
            <translation>a {0:,.0f} m</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="234" />
            <source>; next best: {0} at {1:,.2f} {2} per household</source>
            <translation>; siguiente mejor opción: {0} a {1:,.2f} {2} por hogar</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="237" />
            <source>; no other option possible here meets tier {0}</source>
            <translation>; ninguna otra opción posible aquí alcanza el nivel {0}</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="244" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="244" />
            <source>serves tier 1 only</source>
            <translation>solo ofrece el nivel 1</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="246" />
            <source>; not possible: {0}</source>
            <translation>; opciones no posibles: {0}</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="249" />
            <source>{0} at {1:,.2f} {2} per household, the least cost that meets tier {3}{4}{5}</source>
            <translation>{0} a {1:,.2f} {2} por hogar, la opción de menor costo que alcanza el nivel {3}{4}{5}</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="252" />
            <source>{0} at {1:,.2f} {2} per household: no option possible here meets tier {3}, so this is the least-cost one until one does{4}{5}</source>
            <translation>{0} a {1:,.2f} {2} por hogar: ninguna opción posible aquí alcanza el nivel {3}, por lo que esta es la de menor costo hasta que alguna lo alcance{4}{5}</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="260" />
            <source>{0:.0%} of the settlement is exposed to flooding: network works there (poles, lines, service drops, meters) would sit in the hazard; raise them above the flood level or route them outside it</source>
            <translation>El {0:.0%} del asentamiento está expuesto a inundaciones: las obras de red allí (postes, líneas, acometidas, medidores) quedarían dentro de la amenaza; elévelas por encima del nivel de inundación o trácelas fuera de la zona inundable</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="264" />
            <source>{0} (network costs carry a resilience premium of {1:.0%} on that share)</source>
            <translation>{0} (los costos de red incluyen un sobrecosto por resiliencia del {1:.0%} sobre esa proporción)</translation>
        </message>
        <message>
            <location filename="../core/actions/cdp.py" line="150" />
            <source>choose the action under "{0}" in CDP's list: the register does not say which</source>
            <translation>elija la acción correspondiente dentro de "{0}" en la lista de CDP: el registro no indica cuál</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="46" />
            <source>Indicator "{0}" has weight "{1}", which is not a number. Give each indicator a weight of zero or more, such as 1 or 0.5.</source>
            <translation>El indicador "{0}" tiene el peso "{1}", que no es un número. Dé a cada indicador un peso de cero o más, como 1 o 0,5.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="76" />
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="79" />
            <source>Indicator weights read with {0}.</source>
            <translation>Pesos de los indicadores leídos con {0}.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="126" />
            <source>Criterion "{0}": in the class scores "{1}", commas separate the classes, so "{2}" has no score. If a comma is a decimal mark there, separate the classes with ";" (e.g. "1:0,3; 2:0,7; 3:1").</source>
            <translation>Criterio "{0}": en las puntuaciones de clase "{1}", las comas separan las clases, así que "{2}" no tiene puntuación. Si una coma es ahí un separador decimal, separe las clases con ";" (p. ej. "1:0,3; 2:0,7; 3:1").</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="139" />
            <source>class values</source>
            <translation>valores de clase</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="141" />
            <source>class scores</source>
            <translation>puntuaciones de clase</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="170" />
            <source>Criterion "{0}": {1} read with {2}.</source>
            <translation>Criterio "{0}": se leyeron {1} con {2}.</translation>
        </message>
    </context>
    <context>
        <name>ExportActionPlanAlgorithm</name>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="44" />
            <source>Export action plan (CSV or Excel)</source>
            <translation>Exportar plan de acción (CSV o Excel)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="53" />
            <source>Planned actions</source>
            <translation>Acciones previstas</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="58" />
            <source>Action plan</source>
            <translation>Plan de acción</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="58" />
            <source>CSV (*.csv);;Excel (*.xlsx)</source>
            <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="60" />
            <source>Actions exported</source>
            <translation>Acciones exportadas</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="68" />
            <source>Layer "{0}" is not a planned-action register (no {1} field).</source>
            <translation>La capa "{0}" no es un registro de acciones previstas (no tiene el campo {1}).</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="73" />
            <source>Export to .csv or .xlsx; "{0}" is neither.</source>
            <translation>Exporte a .csv o .xlsx; "{0}" no es ninguno de los dos.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="85" />
            <source>{0} action(s) written to {1}</source>
            <translation>{0} acción(es) escrita(s) en {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="130" />
            <source>Cannot write {0}: {1}</source>
            <translation>No se puede escribir {0}: {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="39" />
            <source>The register's own fields, or the columns of CDP-ICLEI Track's adaptation actions with the hazards and action types mapped to its categories (see the help for the mapping and what has no equivalent).</source>
            <translation>Los campos propios del registro, o las columnas de acciones de adaptación de CDP-ICLEI Track, con las amenazas y los tipos de acción asignados a sus categorías (consulte la ayuda para ver la correspondencia y lo que no tiene equivalente).</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="55" />
            <source>Columns</source>
            <translation>Columnas</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="55" />
            <source>The register's fields</source>
            <translation>Los campos del registro</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="55" />
            <source>CDP-ICLEI Track adaptation actions</source>
            <translation>Acciones de adaptación de CDP-ICLEI Track</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="77" />
            <source>{0} action(s) written to {1} in the columns of CDP-ICLEI Track's adaptation actions.</source>
            <translation>{0} acción(es) escrita(s) en {1} con las columnas de acciones de adaptación de CDP-ICLEI Track.</translation>
        </message>
    </context>
    <context>
        <name>FinanceReadinessAlgorithm</name>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="55" />
            <source>Finance readiness of the actions</source>
            <translation>Preparación de las acciones para el financiamiento</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="77" />
            <source>Planned actions</source>
            <translation>Acciones previstas</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="65" />
            <source>The register, or the actions output of "Action coverage and gaps".</source>
            <translation>El registro, o la salida de acciones de "Cobertura de las acciones y brechas".</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="66" />
            <source>Which exposure keys answer for a register hazard, e.g. flood=flood_depth; heat=heat_lst. Empty: a key answers for a hazard when one of its words names it (flood_depth for flood, heat_lst for heat).</source>
            <translation>Qué claves de exposición corresponden a cada amenaza del registro, p. ej. flood=flood_depth; heat=heat_lst. Vacío: una clave corresponde a una amenaza cuando una de sus palabras la nombra (flood_depth para flood, heat_lst para heat).</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="72" />
            <source>The language of the texts written (rationale, missing items, checklist), their numbers too: {0}. Empty: QGIS's language.</source>
            <translation>El idioma de los textos que se escriben (justificación, elementos faltantes, lista de verificación), incluidos sus números: {0}. Vacío: el idioma de QGIS.</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="80" />
            <source>Settlement priority ranking</source>
            <translation>Clasificación de prioridades de los asentamientos</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="82" />
            <source>Settlement key field</source>
            <translation>Campo clave del asentamiento</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="85" />
            <source>Settlement name field</source>
            <translation>Campo de nombre del asentamiento</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="87" />
            <source>Settlement exposure (output)</source>
            <translation>Exposición de los asentamientos (salida)</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="90" />
            <source>Exposure key field</source>
            <translation>Campo clave de la exposición</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="93" />
            <source>Vulnerability index (output)</source>
            <translation>Índice de vulnerabilidad (salida)</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="96" />
            <source>Vulnerability key field</source>
            <translation>Campo clave de la vulnerabilidad</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="99" />
            <source>Exposure keys by hazard</source>
            <translation>Claves de exposición por amenaza</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="101" />
            <source>Language of the texts</source>
            <translation>Idioma de los textos</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="103" />
            <source>Actions with finance readiness</source>
            <translation>Acciones con preparación para el financiamiento</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="109" />
            <source>Cost by hazard addressed</source>
            <translation>Costo por amenaza abordada</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="112" />
            <source>Actions assessed</source>
            <translation>Acciones evaluadas</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="112" />
            <source>Mean readiness of the active actions</source>
            <translation>Grado de preparación medio de las acciones activas</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="112" />
            <source>Active actions ready (readiness 0.8 or more)</source>
            <translation>Acciones activas listas (grado de preparación de 0,8 o más)</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="132" />
            <source>Layer "{0}" is not a planned-action register (it has no title or status field). Create one with "Create planned-action register".</source>
            <translation>La capa "{0}" no es un registro de acciones previstas (no tiene campo de título ni de estado). Cree uno con "Crear registro de acciones previstas".</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="137" />
            <source>Layer "{0}" is not a priority ranking (no {1}). Use the Ranking output of "Citywide resilience priorities".</source>
            <translation>La capa "{0}" no es una clasificación de prioridades (no tiene {1}). Use la salida Clasificación de "Prioridades de resiliencia a escala de ciudad".</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="142" />
            <source>Choose the settlement key field of the ranking "{0}": the field the actions name settlements by.</source>
            <translation>Elija el campo clave del asentamiento de la clasificación "{0}": el campo con el que las acciones indican los asentamientos.</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="153" />
            <source>Layer "{0}" has no {{hazard}}_exposed_pop field: it is not an output of "Settlement hazard exposure" run with people. Run it with a population raster or field.</source>
            <translation>La capa "{0}" no tiene ningún campo {{hazard}}_exposed_pop: no es una salida de "Exposición de los asentamientos a amenazas" ejecutada con personas. Ejecute ese algoritmo con un ráster o un campo de población.</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="159" />
            <source>Layer "{0}" has no vulnerability field: use the output of "Settlement vulnerability index".</source>
            <translation>La capa "{0}" no tiene campo de vulnerabilidad: use la salida de "Índice de vulnerabilidad de los asentamientos".</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="165" />
            <source>Exposure keys by hazard: "{0}" is not hazard=key (e.g. flood=flood_depth).</source>
            <translation>Claves de exposición por amenaza: "{0}" no tiene la forma amenaza=clave (p. ej. flood=flood_depth).</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="171" />
            <source>Exposure keys by hazard name {0}, which the exposure layer "{1}" does not have; its keys are {2}.</source>
            <translation>El parámetro Claves de exposición por amenaza indica {0}, que la capa de exposición "{1}" no tiene; sus claves son {2}.</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="177" />
            <source>The ranking "{0}" has no features.</source>
            <translation>La clasificación "{0}" no tiene entidades.</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="250" />
            <source>Could not write the action "{0}": {1}</source>
            <translation>No se pudo escribir la acción "{0}": {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="221" />
            <source>{0} action(s) assessed; {1} active, {2} of them ready (readiness 0.8 or more); mean readiness of the active actions {3}.</source>
            <translation>{0} acción(es) evaluada(s); {1} activa(s), {2} de ellas lista(s) (grado de preparación de 0,8 o más); grado de preparación medio de las acciones activas: {3}.</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="267" />
            <source>Layer "{0}" has no key field "{1}" to join it to the ranking: choose its key field.</source>
            <translation>La capa "{0}" no tiene el campo clave "{1}" para unirla a la clasificación: elija su campo clave.</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="69" />
            <source>The active actions by funding status and readiness band (ready 0.8 or more, in preparation 0.5 to 0.8, early): their number, cost per currency and beneficiaries.</source>
            <translation>Las acciones activas por estado del financiamiento y nivel de preparación (lista: 0,8 o más; en preparación: de 0,5 a 0,8; en etapa inicial: menos de 0,5): su número, su costo por moneda y sus beneficiarios.</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="106" />
            <source>Funding pipeline</source>
            <translation>Cartera de financiamiento</translation>
        </message>
    </context>
    <context>
        <name>FinanceTexts</name>
        <message>
            <location filename="../qgis_side/finance.py" line="22" />
            <source>a place (a target area or settlements served)</source>
            <translation>una ubicación (un área de intervención o asentamientos atendidos)</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="23" />
            <source>the hazards it addresses</source>
            <translation>las amenazas que aborda</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="24" />
            <source>evidence that the settlements served are exposed to them</source>
            <translation>evidencia de que los asentamientos atendidos están expuestos a ellas</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="25" />
            <source>beneficiaries</source>
            <translation>beneficiarios</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="26" />
            <source>a cost estimate with its currency</source>
            <translation>un costo estimado con su moneda</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="27" />
            <source>a funding source and funding status</source>
            <translation>una fuente de financiamiento y un estado del financiamiento</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="28" />
            <source>a lead agency</source>
            <translation>un organismo responsable</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="29" />
            <source>start and end dates</source>
            <translation>fechas de inicio y de finalización</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="30" />
            <source>co-benefits</source>
            <translation>cobeneficios</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="212" />
            <source>Nothing is missing.</source>
            <translation>No falta nada.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="213" />
            <source>Missing: {0}.</source>
            <translation>Elementos faltantes: {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="228" />
            <source>(unnamed)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="260" />
            <source>{0} (rank {1} of {2}, priority {3})</source>
            <translation>{0} (puesto {1} de {2}, prioridad {3})</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="264" />
            <source>It serves {0}.</source>
            <translation>Atiende a {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="266" />
            <source>It serves no settlement of the ranking.</source>
            <translation>No atiende a ningún asentamiento de la clasificación.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="268" />
            <source>No exposure output was given: the people exposed are not stated.</source>
            <translation>No se indicó ninguna salida de exposición: no se consignan las personas expuestas.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="271" />
            <source>The exposure output has no figure for {0}.</source>
            <translation>La salida de exposición no tiene ninguna cifra de {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="275" />
            <source>The exposure output has no {0} figure for the settlements served.</source>
            <translation>La salida de exposición no tiene cifras de {0} para los asentamientos atendidos.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="280" />
            <source>{0}: {1} people in them are exposed ({2}: {3}).</source>
            <translation>{0}: {1} personas de estos asentamientos están expuestas ({2}: {3}).</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="292" />
            <source>{0} (drivers: {1})</source>
            <translation>{0} (factores: {1})</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="295" />
            <source>Vulnerability index (0-1): {0}.</source>
            <translation>Índice de vulnerabilidad (0-1): {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="302" />
            <source>Beneficiaries: {0}.</source>
            <translation>Beneficiarios: {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="312" />
            <source>Cost: {0}, {1} per beneficiary.</source>
            <translation>Costo: {0}, {1} por beneficiario.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="315" />
            <source>Cost: {0}.</source>
            <translation>Costo: {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="336" />
            <source>Cost: {0}</source>
            <translation>Costo: {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="336" />
            <source>not estimated</source>
            <translation>sin estimar</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="341" />
            <source>Funding source: {0}</source>
            <translation>Fuente de financiamiento: {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="343" />
            <source>not stated</source>
            <translation>no indicada</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="343" />
            <source>Funding status: {0}</source>
            <translation>Estado del financiamiento: {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="346" />
            <source>Per beneficiary: {0}</source>
            <translation>Por beneficiario: {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="352" />
            <source>Settlements, ranks and priorities: {0}, fields {1}.</source>
            <translation>Asentamientos, puestos y prioridades: {0}, campos {1}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="355" />
            <source>People exposed: {0}, fields {1}.</source>
            <translation>Personas expuestas: {0}, campos {1}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="355" />
            <source>none for its hazards</source>
            <translation>ninguno para sus amenazas</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="358" />
            <source>People exposed: no exposure output was given.</source>
            <translation>Personas expuestas: no se indicó ninguna salida de exposición.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="360" />
            <source>Vulnerability: {0}, fields vulnerability, vulnerability_drivers.</source>
            <translation>Vulnerabilidad: {0}, campos vulnerability, vulnerability_drivers.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="363" />
            <source>Beneficiaries: {0}, field beneficiaries.</source>
            <translation>Beneficiarios: {0}, campo beneficiaries.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="365" />
            <source>Beneficiaries: the population of the settlements served, {0}, field grid_population.</source>
            <translation>Beneficiarios: la población de los asentamientos atendidos, {0}, campo grid_population.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="367" />
            <source>Cost and funding: {0}, fields cost_estimate, currency, funding_source, funding_status.</source>
            <translation>Costo y financiamiento: {0}, campos cost_estimate, currency, funding_source, funding_status.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="169" />
            <source>Action "{0}": the exposure output counts {1} people exposed ({2}), more than the {3} people the ranking gives the settlements served; the two come from different population data. Run the exposure and the priority map on the same population raster.</source>
            <translation>Acción "{0}": la salida de exposición cuenta {1} personas expuestas ({2}), más que las {3} personas que la clasificación asigna a los asentamientos atendidos; ambas cifras provienen de datos de población distintos. Ejecute la exposición y el mapa de prioridades con el mismo ráster de población.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="299" />
            <source>Beneficiaries: {0} (the action's own figure in the register).</source>
            <translation>Beneficiarios: {0} (la cifra propia de la acción en el registro).</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="304" />
            <source>Warning: the exposure output counts {0} people exposed ({1}) but the ranking counts {2} people in the settlements served; they were computed from different population data, so neither figure is sure. Run the exposure and the priority map on the same population raster.</source>
            <translation>Advertencia: la salida de exposición cuenta {0} personas expuestas ({1}), pero la clasificación cuenta {2} personas en los asentamientos atendidos; se calcularon con datos de población distintos, así que ninguna de las dos cifras es confiable. Ejecute la exposición y el mapa de prioridades con el mismo ráster de población.</translation>
        </message>
    </context>
    <context>
        <name>HazardSettings</name>
        <message>
            <location filename="../gui/hazard_settings.py" line="55" />
            <source>Linear</source>
            <translation>Lineal</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="55" />
            <source>Step</source>
            <translation>Escalón</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="56" />
            <source>Classes</source>
            <translation>Clases</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="60" />
            <source>0 at Low, 1 at High, straight between</source>
            <translation>0 en Bajo, 1 en Alto, recta entre ambos</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="61" />
            <source>1 from the threshold up, 0 below</source>
            <translation>1 desde el umbral hacia arriba, 0 por debajo</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="62" />
            <source>A score from 0 to 1 for each class code</source>
            <translation>Una puntuación de 0 a 1 para cada código de clase</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="242" />
            <source>&lt;b&gt;{0}&lt;/b&gt; (not among the hazard rasters: this row is kept as it is)</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; (no está entre los ráster de amenaza: esta fila se conserva tal como está)</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="253" />
            <source>How the hazard's values become a 0–1 score</source>
            <translation>Cómo los valores de la amenaza se convierten en una puntuación de 0 a 1</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="255" />
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="262" />
            <source>The hazard's weight; the weights of all criteria are normalised to sum 1</source>
            <translation>El peso de la amenaza; los pesos de todos los criterios se normalizan para que sumen 1</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="294" />
            <source>Low</source>
            <translation>Bajo</translation>
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
            <translation>Vacío: el percentil 95 de los valores superiores a Bajo dentro del límite</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="278" />
            <source>e.g. 1:0.3; 2:0.7; 3:1; other:0</source>
            <translation>p. ej. 1:0.3; 2:0.7; 3:1; other:0</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="279" />
            <source>A score from 0 to 1 for each class code; "other:0" scores every class not listed</source>
            <translation>Una puntuación de 0 a 1 para cada código de clase; "other:0" asigna esa puntuación a toda clase no indicada</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="294" />
            <source>Threshold</source>
            <translation>Umbral</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="295" />
            <source>required</source>
            <translation>obligatorio</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="432" />
            <source>Choose the hazard rasters above: each one gets its row here, by its name.</source>
            <translation>Elija arriba los ráster de amenaza: cada uno obtiene aquí su fila, con su nombre.</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="435" />
            <source>How each hazard's values become a 0–1 score, and its weight. A classed hazard needs Classes with a score for each class.</source>
            <translation>Cómo los valores de cada amenaza se convierten en una puntuación de 0 a 1, y su peso. Una amenaza por clases necesita Clases con una puntuación para cada clase.</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="558" />
            <source>above 0</source>
            <translation>mayor que 0</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="559" />
            <source>Exposed where: a number (the value is at least it, e.g. 0.5), a comparison (&gt;=0.5, &lt;2) or classes (=1|2). Empty: any value above 0. A classed hazard needs its classes.</source>
            <translation>Expuesto donde: un número con punto decimal (el valor es al menos ese número, p. ej. 0.5), una comparación (&gt;=0.5, &lt;2) o clases (=1|2). Vacío: cualquier valor mayor que 0. Una amenaza por clases necesita sus clases.</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="568" />
            <source>Choose the hazard rasters above: each one gets its rule box here, by its name.</source>
            <translation>Elija arriba los ráster de amenaza: cada uno obtiene aquí su casilla de regla, con su nombre.</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="571" />
            <source>{0} more rule(s) than hazard rasters: {1}. Remove them or choose their hazards.</source>
            <translation>{0} regla(s) más que ráster de amenaza: {1}. Elimínelas o elija sus amenazas.</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="574" />
            <source>Where each hazard counts as exposed:</source>
            <translation>Dónde cuenta cada amenaza como expuesta:</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="187" />
            <source>{0} (hazard {1}{2})</source>
            <translation>{0} (amenaza {1}{2})</translation>
        </message>
    </context>
    <context>
        <name>Hazards</name>
        <message>
            <location filename="../qgis_side/hazards.py" line="77" />
            <source>Exposure rules paired with the hazard rasters, in order: {0}.</source>
            <translation>Reglas de exposición asociadas a los ráster de amenaza, en orden: {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="77" />
            <source>no rule (any value above 0)</source>
            <translation>sin regla (cualquier valor mayor que 0)</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="87" />
            <source>Hazard "{0}" looks like an elevation model, not a hazard: {1}. Elevations are not depths or susceptibilities, so its exposure figures would mean nothing: check that this is the hazard layer you meant, and its rule.</source>
            <translation>La amenaza "{0}" parece un modelo de elevación, no una amenaza: {1}. Las elevaciones no son profundidades ni susceptibilidades, así que sus cifras de exposición no significarían nada: verifique que esta sea la capa de amenaza que quería usar, y revise su regla.</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="95" />
            <source>Hazard "{0}": exposed where {1}.</source>
            <translation>Amenaza "{0}": expuesto donde {1}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="95" />
            <source>value &gt; 0</source>
            <translation>valor &gt; 0</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="109" />
            <source>Hazard "{0}" is classed ({1}): exposed where {2}, that is classes {3}; not exposed: {4}.</source>
            <translation>La amenaza "{0}" es por clases ({1}): expuesto donde {2}, es decir, las clases {3}; no expuestas: {4}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="109" />
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="115" />
            <source>The rule "{0}" for hazard "{1}" includes none of its classes ({2}): nothing would be exposed. Check the rule against the classes.</source>
            <translation>La regla "{0}" de la amenaza "{1}" no incluye ninguna de sus clases ({2}): nada quedaría expuesto. Compare la regla con las clases.</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="146" />
            <source>Doubts about the hazards (Resilience Planner):</source>
            <translation>Dudas sobre las amenazas (Resilience Planner):</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="150" />
            <source>The doubts could not be stored in the metadata of {0}: {1}</source>
            <translation>No se pudieron guardar las dudas en los metadatos de {0}: {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="100" />
            <source>Hazard "{0}" is a classed raster ({1}; classes {2}). Counting every value above 0 as exposed would count every class, so say which classes are exposed, in THRESHOLDS (one rule per hazard, in order): "={3}" for class {3} only, "={3}|{4}" for two classes, or a comparison such as "&lt;={3}" or "&gt;={4}" (a plain number means &gt;=).</source>
            <translation>La amenaza "{0}" es un ráster por clases ({1}; clases {2}). Contar como expuesto todo valor mayor que 0 contaría todas las clases; indique, por lo tanto, qué clases están expuestas en THRESHOLDS (una regla por amenaza, en orden): "={3}" solo para la clase {3}, "={3}|{4}" para dos clases, o una comparación como "&lt;={3}" o "&gt;={4}" (un número solo significa &gt;=).</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="121" />
            <source>Hazard "{0}" has no nodata value, and its value {1:g} ({2:.0%} of the cells looked at) is not one of its named classes: it is counted as data. If it is the background, set it as nodata (Layer Properties &gt; Transparency, or gdal_edit.py -a_nodata {3}).</source>
            <translation>La amenaza "{0}" no tiene valor sin datos (nodata), y su valor {1:g} ({2:.0%} de las celdas examinadas) no es ninguna de sus clases con nombre: se cuenta como dato. Si es el fondo, defínalo como valor sin datos (Propiedades de la capa &gt; Transparencia, o gdal_edit.py -a_nodata {3}).</translation>
        </message>
    </context>
    <context>
        <name>ImportActionsAlgorithm</name>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="158" />
            <source>Import actions from CSV</source>
            <translation>Importar acciones desde CSV</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="161" />
            <source>Planned actions</source>
            <translation>Acciones previstas</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="174" />
            <source>CSV file</source>
            <translation>Archivo CSV</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="175" />
            <source>Register (GeoPackage)</source>
            <translation>Registro (GeoPackage)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="181" />
            <source>Settlements (for target areas)</source>
            <translation>Asentamientos (para las áreas de intervención)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="184" />
            <source>Settlement key field</source>
            <translation>Campo clave del asentamiento</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="187" />
            <source>Decimal mark of numbers</source>
            <translation>Separador decimal de los números</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="187" />
            <source>Automatic, decided per column</source>
            <translation>Automático, decidido por columna</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="187" />
            <source>Point (1,234.5)</source>
            <translation>Punto (1,234.5)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="187" />
            <source>Comma (1.234,5)</source>
            <translation>Coma (1.234,5)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="191" />
            <source>Import report</source>
            <translation>Informe de importación</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="191" />
            <source>Text (*.txt)</source>
            <translation>Texto (*.txt)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="193" />
            <source>Rows imported</source>
            <translation>Filas importadas</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="194" />
            <source>Rows rejected</source>
            <translation>Filas rechazadas</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="237" />
            <source>Choose the settlement key field that the CSV's settlements column uses.</source>
            <translation>Elija el campo clave del asentamiento que usa la columna de asentamientos del CSV.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="250" />
            <source>is already in the register: importing it again would duplicate the action. Remove the row (or its action_id, to add it as a new action).</source>
            <translation>ya está en el registro: importarla de nuevo duplicaría la acción. Quite la fila (o su action_id, para agregarla como acción nueva).</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="278" />
            <source>{0} imported action(s) name no settlement found in the settlements layer and have no target area yet.</source>
            <translation>{0} acción(es) importada(s) no indican ningún asentamiento de la capa de asentamientos y todavía no tienen área de intervención.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="168" />
            <source>A shared register in PostgreSQL/PostGIS instead of a file: the name of a QGIS PostgreSQL connection, or a connection string such as service=office. The database checks every row itself.</source>
            <translation>Un registro compartido en PostgreSQL/PostGIS en lugar de un archivo: el nombre de una conexión PostgreSQL de QGIS, o una cadena de conexión como service=office. La propia base de datos verifica cada fila.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="177" />
            <source>Or a database (PostgreSQL)</source>
            <translation>O una base de datos (PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="179" />
            <source>Database schema</source>
            <translation>Esquema de la base de datos</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="202" />
            <source>Give either the register's GeoPackage or a database, not both.</source>
            <translation>Indique el GeoPackage del registro o una base de datos, no ambos.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="205" />
            <source>Give the register: its GeoPackage file, or a database.</source>
            <translation>Indique el registro: su archivo GeoPackage o una base de datos.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="258" />
            <source>The register {0} cannot be written (is the file read-only, or may you only read the database?).</source>
            <translation>No se puede escribir el registro {0} (¿el archivo es de solo lectura, o solo tiene permiso para leer la base de datos?).</translation>
        </message>
    </context>
    <context>
        <name>InfrastructureExposureAlgorithm</name>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="40" />
            <source>Infrastructure hazard exposure</source>
            <translation>Exposición de la infraestructura a amenazas</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="43" />
            <source>Exposure</source>
            <translation>Exposición</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="54" />
            <source>Infrastructure</source>
            <translation>Infraestructura</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="56" />
            <source>Type field</source>
            <translation>Campo de tipo</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="58" />
            <source>Hazard rasters</source>
            <translation>Ráster de amenaza</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="60" />
            <source>Exposure rules, one per hazard</source>
            <translation>Reglas de exposición, una por amenaza</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="63" />
            <source>Infrastructure exposure</source>
            <translation>Exposición de la infraestructura</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="64" />
            <source>Exposure summary by type</source>
            <translation>Resumen de exposición por tipo</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="66" />
            <source>Features exposed to at least one hazard</source>
            <translation>Entidades expuestas a al menos una amenaza</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="90" />
            <source>Layer "{0}" has no CRS. Set it and run again.</source>
            <translation>La capa "{0}" no tiene SRC. Asígnele uno y vuelva a ejecutar.</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="94" />
            <source>"{0}" has no points, lines or polygons.</source>
            <translation>"{0}" no tiene puntos, líneas ni polígonos.</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="98" />
            <source>Choose at least one hazard raster.</source>
            <translation>Elija al menos un ráster de amenaza.</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="109" />
            <source>"{0}" has no features.</source>
            <translation>"{0}" no tiene entidades.</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="112" />
            <source>Lengths and areas are measured in {0} ({1}).</source>
            <translation>Las longitudes y las áreas se miden en {0} ({1}).</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="196" />
            <source>{0} / {1}: {2} of {3} exposed</source>
            <translation>{0} / {1}: {2} de {3} expuestos</translation>
        </message>
    </context>
    <context>
        <name>LayerRoles</name>
        <message>
            <location filename="../qgis_side/layer_roles.py" line="120" />
            <source>joined to its profiles</source>
            <translation>unida a sus perfiles</translation>
        </message>
        <message>
            <location filename="../qgis_side/layer_roles.py" line="125" />
            <source>shares the key "{0}" with "{1}"</source>
            <translation>comparte la clave "{0}" con "{1}"</translation>
        </message>
        <message>
            <location filename="../qgis_side/layer_roles.py" line="127" />
            <source>the newest settlements layer</source>
            <translation>la capa de asentamientos más reciente</translation>
        </message>
        <message>
            <location filename="../qgis_side/layer_roles.py" line="127" />
            <source>the newest settlements output</source>
            <translation>la salida de asentamientos más reciente</translation>
        </message>
        <message>
            <location filename="../qgis_side/layer_roles.py" line="131" />
            <source>no settlements layer in the project</source>
            <translation>no hay ninguna capa de asentamientos en el proyecto</translation>
        </message>
    </context>
    <context>
        <name>Layers</name>
        <message>
            <location filename="../qgis_side/layers.py" line="48" />
            <source>"{0}" is not a valid raster layer.</source>
            <translation>"{0}" no es una capa ráster válida.</translation>
        </message>
        <message>
            <location filename="../qgis_side/layers.py" line="51" />
            <source>Raster "{0}" comes from the "{1}" provider, not from a file. Save it as a GeoTIFF first (right-click &gt; Export &gt; Save As...) and use that file.</source>
            <translation>El ráster "{0}" proviene del proveedor "{1}", no de un archivo. Guárdelo primero como GeoTIFF (clic derecho &gt; Exportar &gt; Guardar como...) y use ese archivo.</translation>
        </message>
        <message>
            <location filename="../qgis_side/layers.py" line="58" />
            <source>Raster "{0}" is not a file on disk ({1}). Save it as a GeoTIFF first (right-click &gt; Export &gt; Save As...) and use that file.</source>
            <translation>El ráster "{0}" no es un archivo en disco ({1}). Guárdelo primero como GeoTIFF (clic derecho &gt; Exportar &gt; Guardar como...) y use ese archivo.</translation>
        </message>
        <message>
            <location filename="../qgis_side/layers.py" line="66" />
            <source>Raster "{0}" has no CRS. Assign one and run again: in QGIS, Layer Properties &gt; Source &gt; Assigned coordinate reference system (then choose the layer, not its file), or save it with one through Raster &gt; Projections &gt; Assign Projection; or, outside QGIS, gdal_edit.py -a_srs EPSG:&lt;code&gt; "{1}".</source>
            <translation>El ráster "{0}" no tiene SRC. Asígnele uno y vuelva a ejecutar: en QGIS, Propiedades de la capa &gt; Fuente &gt; SRC asignado (luego elija la capa, no su archivo), o guárdelo con un SRC mediante Ráster &gt; Proyecciones &gt; Asignar proyección; o, fuera de QGIS, gdal_edit.py -a_srs EPSG:&lt;code&gt; "{1}".</translation>
        </message>
        <message>
            <location filename="../qgis_side/layers.py" line="95" />
            <source>Raster "{0}" has no CRS in its file, and the one assigned in QGIS ({1}) could not be applied to it. Save it with a CRS (Raster &gt; Projections &gt; Assign Projection) and use that file.</source>
            <translation>El ráster "{0}" no tiene SRC en su archivo, y el SRC asignado en QGIS ({1}) no se le pudo aplicar. Guárdelo con un SRC (Ráster &gt; Proyecciones &gt; Asignar proyección) y use ese archivo.</translation>
        </message>
        <message>
            <location filename="../qgis_side/layers.py" line="101" />
            <source>Raster "{0}" has no CRS in its file; it is read with the CRS assigned in QGIS, {1}.</source>
            <translation>El ráster "{0}" no tiene SRC en su archivo; se lee con el SRC asignado en QGIS, {1}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/layers.py" line="125" />
            <source>Input field "{0}" is replaced by the new field of the same name.</source>
            <translation>El campo de entrada "{0}" se reemplaza por el campo nuevo del mismo nombre.</translation>
        </message>
        <message>
            <location filename="../qgis_side/layers.py" line="266" />
            <source>{0} and {1} more</source>
            <translation>{0} y {1} más</translation>
        </message>
    </context>
    <context>
        <name>NameFields</name>
        <message>
            <location filename="../qgis_side/names.py" line="50" />
            <source>its name</source>
            <translation>su nombre</translation>
        </message>
        <message>
            <location filename="../qgis_side/names.py" line="40" />
            <source>chosen</source>
            <translation>elegido</translation>
        </message>
        <message>
            <location filename="../qgis_side/names.py" line="65" />
            <source>the first text field whose values are mostly distinct</source>
            <translation>el primer campo de texto cuyos valores son en su mayoría distintos</translation>
        </message>
        <message>
            <location filename="../qgis_side/names.py" line="67" />
            <source>the settlement key (no name field was found)</source>
            <translation>la clave del asentamiento (no se encontró ningún campo de nombre)</translation>
        </message>
        <message>
            <location filename="../qgis_side/names.py" line="68" />
            <source>no name field or key was found</source>
            <translation>no se encontró ningún campo de nombre ni clave</translation>
        </message>
    </context>
    <context>
        <name>NumberFormat</name>
        <message>
            <location filename="../qgis_side/translation.py" line="149" />
            <source>en</source>
            <translation>es</translation>
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
            <translation>Asentamiento</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="162" />
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="163" />
            <source>Main driver</source>
            <translation>Factor principal</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="163" />
            <source>Stable</source>
            <translation>Estable</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="164" />
            <source>Rank: 1 = highest priority with the weights shown; ties share a rank.</source>
            <translation>Puesto: 1 = prioridad más alta con los pesos mostrados; los empates comparten puesto.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="165" />
            <source>The settlement's name (the name field above).</source>
            <translation>El nombre del asentamiento (el campo de nombre indicado arriba).</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="166" />
            <source>Priority 0–100 with the weights shown.</source>
            <translation>Prioridad de 0 a 100 con los pesos mostrados.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="167" />
            <source>The criterion with the largest share of the settlement's priority, and that share. The tooltip and the chart below give the second.</source>
            <translation>El criterio con la mayor proporción de la prioridad del asentamiento, y esa proporción. La información emergente y el gráfico de abajo indican el segundo.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="169" />
            <source>Whether the settlement kept its quintile in at least 90 % of the sensitivity runs around the weights of the run (not the sliders).</source>
            <translation>Si el asentamiento conservó su quintil en al menos el 90 % de las ejecuciones de sensibilidad en torno a los pesos de la ejecución (no los de los controles deslizantes).</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="223" />
            <source>no driver</source>
            <translation>sin factor</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="258" />
            <source>Priority explorer</source>
            <translation>Explorador de prioridades</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="282" />
            <source>Ranking</source>
            <translation>Clasificación</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="284" />
            <source>Names</source>
            <translation>Nombres</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="289" />
            <source>Choose the Ranking output of "Citywide resilience priorities".</source>
            <translation>Elija la salida Clasificación de "Prioridades de resiliencia a escala de ciudad".</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="312" />
            <source>The sliders re-rank this list only: the map and the ranking layer keep the weights of their run until you apply these to the map.</source>
            <translation>Los controles deslizantes solo reordenan esta lista: el mapa y la capa de clasificación conservan los pesos de su ejecución hasta que usted los aplique al mapa.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="335" />
            <source>Reset</source>
            <translation>Restablecer</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="336" />
            <source>Back to the weights of the run that made the ranking.</source>
            <translation>Volver a los pesos de la ejecución que generó la clasificación.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="338" />
            <source>Save weights…</source>
            <translation>Guardar pesos…</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="339" />
            <source>Write these weights, with the run's hazard scoring, to a JSON file that the workflow model and the batch read (save it as city.json in a batch city's folder; its other settings are kept).</source>
            <translation>Escribir estos pesos, con la puntuación de amenazas de la ejecución, en un archivo JSON que leen el modelo del flujo de trabajo y el lote (guárdelo como city.json en la carpeta de una ciudad del lote; se conservan sus demás ajustes).</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="343" />
            <source>Apply to the map…</source>
            <translation>Aplicar al mapa…</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="344" />
            <source>Open "Citywide resilience priorities" with these weights and the run's hazard scoring filled in; it runs in the background, with progress and Cancel, and writes a new map and ranking.</source>
            <translation>Abrir "Prioridades de resiliencia a escala de ciudad" con estos pesos y la puntuación de amenazas de la ejecución ya cargados; se ejecuta en segundo plano, con barra de progreso y botón Cancelar, y escribe un mapa y una clasificación nuevos.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="989" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="454" />
            <source>"{0}" is not a priority ranking (it has no priority_settings field). Choose the Ranking output of "Citywide resilience priorities".</source>
            <translation>"{0}" no es una clasificación de prioridades (no tiene el campo priority_settings). Elija la salida Clasificación de "Prioridades de resiliencia a escala de ciudad".</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="469" />
            <source>The priority_settings of "{0}" cannot be read (cut short?): run the priority map again into a GeoPackage.</source>
            <translation>No se puede leer el campo priority_settings de "{0}" (¿está truncado?): vuelva a ejecutar el mapa de prioridades con salida a un GeoPackage.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="475" />
            <source>No settlement in "{0}" was ranked.</source>
            <translation>No se clasificó ningún asentamiento de "{0}".</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="479" />
            <source>"{0}" lacks the score fields {1}.</source>
            <translation>A "{0}" le faltan los campos de puntuación {1}.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="560" />
            <source>{0} (field s_{1})</source>
            <translation>{0} (campo s_{1})</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="564" />
            <source>{0}: its share of the total weight. Moving it shares the rest among the other criteria in their present proportions.</source>
            <translation>{0}: su proporción del peso total. Al moverlo, el resto se reparte entre los demás criterios en sus proporciones actuales.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="723" />
            <source>(unnamed)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="729" />
            <source>{0}: criterion scores (0–1); priority {1:.1f}</source>
            <translation>{0}: puntuaciones de los criterios (0–1); prioridad {1:.1f}</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="776" />
            <source>Save weights</source>
            <translation>Guardar pesos</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="776" />
            <source>Weights (JSON) (*.json)</source>
            <translation>Pesos (JSON) (*.json)</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="791" />
            <source>The weights were not saved: {0}</source>
            <translation>No se guardaron los pesos: {0}</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="793" />
            <source>Weights saved to {0}. The workflow model takes them as its inputs; a batch city reads them from its city.json.</source>
            <translation>Pesos guardados en {0}. El modelo del flujo de trabajo los toma como entradas; una ciudad del lote los lee de su city.json.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="796" />
            <source>The ranking does not record the scoring of {0}: check its row in hazard_settings.</source>
            <translation>La clasificación no registra la puntuación de {0}: revise su fila en hazard_settings.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="865" />
            <source>The priority map algorithm is not available: is the plugin's Processing provider enabled?</source>
            <translation>El algoritmo del mapa de prioridades no está disponible: ¿está activado el proveedor de Procesos del complemento?</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="876" />
            <source>the weights</source>
            <translation>los pesos</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="878" />
            <source>the hazard scoring of the run</source>
            <translation>la puntuación de amenazas de la ejecución</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="882" />
            <source>hazards</source>
            <translation>las amenazas</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="883" />
            <source>population</source>
            <translation>la población</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="884" />
            <source>facilities</source>
            <translation>los equipamientos</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="937" />
            <source>The priority map did not finish (cancelled or failed; its log says why): the map and the ranking are unchanged.</source>
            <translation>El mapa de prioridades no terminó (se canceló o falló; su registro indica el motivo): el mapa y la clasificación no cambiaron.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="950" />
            <source>The priority map ran with these weights; open its ranking to explore it.</source>
            <translation>El mapa de prioridades se ejecutó con estos pesos; abra su clasificación para explorarla.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="961" />
            <source>The map and the ranking "{0}" were made with these weights.</source>
            <translation>El mapa y la clasificación "{0}" se generaron con estos pesos.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="989" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="880" />
            <source>its method and missing-data rule</source>
            <translation>su método y su regla de datos faltantes</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="881" />
            <source>the cell size</source>
            <translation>el tamaño de celda</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="885" />
            <source>the settlements</source>
            <translation>los asentamientos</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="886" />
            <source>the vulnerability field</source>
            <translation>el campo de vulnerabilidad</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="887" />
            <source>the access field</source>
            <translation>el campo de acceso</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="889" />
            <source>"Citywide resilience priorities" is open with {0} filled in.</source>
            <translation>Se abrió "Prioridades de resiliencia a escala de ciudad" con estos valores ya cargados: {0}.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="892" />
            <source>Choose the settlements the ranking was made from (not the ranking).</source>
            <translation>Elija los asentamientos a partir de los cuales se generó la clasificación (no la clasificación).</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="893" />
            <source>Choose the city boundary, then Run. The ranking does not record the analysis CRS or the areas excluded: if the first run set them, set them again.</source>
            <translation>Elija el límite de la ciudad y luego Ejecutar. La clasificación no registra el SRC de análisis ni las áreas excluidas: si la primera ejecución los definió, vuelva a definirlos.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="902" />
            <source>The ranking does not record {0}: set it as in the first run, or the new map will differ from this list.</source>
            <translation>La clasificación no registra lo siguiente: {0}. Defínalo como en la primera ejecución; de lo contrario, el mapa nuevo diferirá de esta lista.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="957" />
            <source>The priority map ran, but the ranking "{0}" was not made as this list was: its {1} differ. Its list is shown now.</source>
            <translation>El mapa de prioridades se ejecutó, pero la clasificación "{0}" no se generó igual que esta lista; difiere en: {1}. Ahora se muestra su lista.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="968" />
            <source>settings</source>
            <translation>configuración</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="971" />
            <source>criteria</source>
            <translation>criterios</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="974" />
            <source>weights</source>
            <translation>pesos</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="976" />
            <source>method or missing-data rule</source>
            <translation>método o regla de datos faltantes</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="979" />
            <source>cell size</source>
            <translation>tamaño de celda</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="981" />
            <source>value functions</source>
            <translation>funciones de valor</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="225" />
            <source>; rank stable: {0}</source>
            <translation>; puesto estable: {0}</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="726" />
            <source>{0}. Priority {1:.1f}; criterion scores (0–1):</source>
            <translation>{0}. Prioridad {1:.1f}; puntuaciones de los criterios (0–1):</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="897" />
            <source>Two hazards are named {0}: the ranking does not record which file was which, so they are filled in the order they were added to the project. Check the hazard rasters' order before Run.</source>
            <translation>Dos amenazas se llaman {0}: la clasificación no registra qué archivo era cuál, por lo que se completan en el orden en que se agregaron al proyecto. Verifique el orden de los ráster de amenaza antes de Ejecutar.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="80" />
            <source>weights shared over the criteria present</source>
            <translation>pesos repartidos entre los criterios presentes</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="81" />
            <source>counted as score 0</source>
            <translation>se cuenta como puntuación 0</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="82" />
            <source>no priority where a criterion is missing</source>
            <translation>sin prioridad donde falta un criterio</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="522" />
            <source>{0} of {1} settlements ranked, weighted product: the others lack a criterion that has a weight (missing data: {2}).</source>
            <translation>{0} de {1} asentamientos clasificados, producto ponderado: a los demás les falta un criterio que tiene peso (datos faltantes: {2}).</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="525" />
            <source>{0} of {1} settlements ranked, weighted sum: the others lack a criterion that has a weight (missing data: {2}).</source>
            <translation>{0} de {1} asentamientos clasificados, suma ponderada: a los demás les falta un criterio que tiene peso (datos faltantes: {2}).</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="529" />
            <source>{0} settlements, weighted product.</source>
            <translation>{0} asentamientos, producto ponderado.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="531" />
            <source>{0} settlements, weighted sum.</source>
            <translation>{0} asentamientos, suma ponderada.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="306" />
            <source>Weights</source>
            <translation>Pesos</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="391" />
            <source>Criterion scores</source>
            <translation>Puntuaciones de los criterios</translation>
        </message>
    </context>
    <context>
        <name>PriorityMapAlgorithm</name>
        <message>
            <location filename="../algorithms/priority_map.py" line="89" />
            <source>Citywide resilience priorities</source>
            <translation>Prioridades de resiliencia a escala de ciudad</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="92" />
            <source>Priorities</source>
            <translation>Prioridades</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="99" />
            <source>A projected CRS in metres; empty: the UTM zone of the boundary.</source>
            <translation>Un SRC proyectado en metros; vacío: la zona UTM del límite.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="100" />
            <source>One row per hazard: its value function (linear, step or classes), the bounds or class scores it needs, and its weight.</source>
            <translation>Una fila por amenaza: su función de valor (linear, step o classes), los límites o las puntuaciones de clase que necesita, y su peso.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="102" />
            <source>Persons per cell; scored as density (persons per hectare).</source>
            <translation>Personas por celda; se puntúa como densidad (personas por hectárea).</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="103" />
            <source>The density (persons per hectare) that scores 1; empty: the 95th percentile.</source>
            <translation>La densidad (personas por hectárea) que obtiene la puntuación 1; vacío: el percentil 95.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="105" />
            <source>The vulnerability of cells outside every settlement; empty: the lowest settlement's.</source>
            <translation>La vulnerabilidad de las celdas fuera de todo asentamiento; vacío: la del asentamiento menos vulnerable.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="107" />
            <source>A distance in metres of the settlements (e.g. from Access to services), used when no facilities are given.</source>
            <translation>Un campo de los asentamientos con una distancia en metros (p. ej. de "Acceso a servicios"), que se usa cuando no se indican equipamientos.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="109" />
            <source>The distance (metres) from which the deficit is full; empty: the 95th percentile.</source>
            <translation>La distancia (metros) a partir de la cual el déficit es total; vacío: el percentil 95.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="114" />
            <source>City boundary</source>
            <translation>Límite de la ciudad</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="116" />
            <source>Cell size (metres)</source>
            <translation>Tamaño de celda (metros)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="119" />
            <source>Analysis CRS (empty: UTM zone)</source>
            <translation>SRC de análisis (vacío: zona UTM)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="121" />
            <source>Hazard rasters</source>
            <translation>Ráster de amenaza</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="123" />
            <source>Hazard settings</source>
            <translation>Configuración de las amenazas</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="123" />
            <source>Hazard (name or position)</source>
            <translation>Amenaza (nombre o posición)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="123" />
            <source>Value function (linear/step/classes)</source>
            <translation>Función de valor (linear/step/classes)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="123" />
            <source>Low</source>
            <translation>Bajo</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="123" />
            <source>High</source>
            <translation>Alto</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="123" />
            <source>Class scores</source>
            <translation>Puntuaciones de clase</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="123" />
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="132" />
            <source>Population raster (persons/cell)</source>
            <translation>Ráster de población (personas/celda)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="134" />
            <source>Population bound (persons/ha)</source>
            <translation>Límite de población (personas/ha)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="137" />
            <source>Population weight</source>
            <translation>Peso de la población</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="140" />
            <source>Settlements (ranked)</source>
            <translation>Asentamientos (clasificados)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="142" />
            <source>Vulnerability field</source>
            <translation>Campo de vulnerabilidad</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="145" />
            <source>Vulnerability weight</source>
            <translation>Peso de la vulnerabilidad</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="148" />
            <source>Vulnerability outside settlements</source>
            <translation>Vulnerabilidad fuera de los asentamientos</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="151" />
            <source>Facilities (points)</source>
            <translation>Equipamientos (puntos)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="153" />
            <source>Access field (metres)</source>
            <translation>Campo de acceso (metros)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="156" />
            <source>Access: no deficit up to (metres)</source>
            <translation>Acceso: sin déficit hasta (metros)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="159" />
            <source>Access: full deficit from (metres)</source>
            <translation>Acceso: déficit total desde (metros)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="162" />
            <source>Access weight</source>
            <translation>Peso del acceso</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="164" />
            <source>Exclude (e.g. water bodies)</source>
            <translation>Excluir (p. ej. cuerpos de agua)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="166" />
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="166" />
            <source>Weighted sum</source>
            <translation>Suma ponderada</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="166" />
            <source>Weighted product (geometric)</source>
            <translation>Producto ponderado (geométrico)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="169" />
            <source>Missing data</source>
            <translation>Datos faltantes</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="169" />
            <source>Reweight over the criteria present</source>
            <translation>Reponderar entre los criterios presentes</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="169" />
            <source>Count as score 0</source>
            <translation>Contar como puntuación 0</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="169" />
            <source>No priority for that cell</source>
            <translation>Sin prioridad para esa celda</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="173" />
            <source>Classes</source>
            <translation>Clases</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="173" />
            <source>City-wide quantiles</source>
            <translation>Cuantiles de toda la ciudad</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="173" />
            <source>Equal intervals</source>
            <translation>Intervalos iguales</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="176" />
            <source>Settlement classes (priority_class)</source>
            <translation>Clases de los asentamientos (priority_class)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="176" />
            <source>Quintiles of the settlements ranked</source>
            <translation>Quintiles de los asentamientos clasificados</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="176" />
            <source>The map's city-wide classes</source>
            <translation>Las clases del mapa para toda la ciudad</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="181" />
            <source>Sensitivity runs</source>
            <translation>Ejecuciones de sensibilidad</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="184" />
            <source>Sensitivity spread (0 = fixed weights)</source>
            <translation>Dispersión de la sensibilidad (0 = pesos fijos)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="187" />
            <source>Priority (0–100)</source>
            <translation>Prioridad (0–100)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="188" />
            <source>Priority classes (1–5)</source>
            <translation>Clases de prioridad (1–5)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="189" />
            <source>High-priority zones</source>
            <translation>Zonas de alta prioridad</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="192" />
            <source>Settlement priority ranking</source>
            <translation>Clasificación de prioridades de los asentamientos</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="194" />
            <source>Settlements ranked</source>
            <translation>Asentamientos clasificados</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="195" />
            <source>People in high-priority cells (classes 4-5)</source>
            <translation>Personas en celdas de alta prioridad (clases 4-5)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="197" />
            <source>High-priority area (km², classes 4-5)</source>
            <translation>Área de alta prioridad (km², clases 4-5)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="199" />
            <source>People on the grid</source>
            <translation>Personas en la cuadrícula</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="225" />
            <source>Boundary layer "{0}" has no features.</source>
            <translation>La capa de límite "{0}" no tiene entidades.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="231" />
            <source>The analysis CRS {0} is in {1}, but the cell size and distances are in metres; choose a projected CRS in metres (or leave it empty for the boundary's UTM zone).</source>
            <translation>El SRC de análisis {0} está en {1}, pero el tamaño de celda y las distancias están en metros; elija un SRC proyectado en metros (o déjelo vacío para usar la zona UTM del límite).</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="235" />
            <source>Analysis grid CRS: {0} ({1})</source>
            <translation>SRC de la cuadrícula de análisis: {0} ({1})</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="239" />
            <source>Boundary layer "{0}" has no usable polygon.</source>
            <translation>La capa de límite "{0}" no tiene ningún polígono utilizable.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="248" />
            <source>Grid: {0} x {1} cells of {2:g} m</source>
            <translation>Cuadrícula: {0} x {1} celdas de {2:g} m</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="272" />
            <source>The population high bound must be above 0 persons per hectare (got {0:g}); leave it empty to use the 95th percentile.</source>
            <translation>El límite superior de población debe ser mayor que 0 personas por hectárea (se recibió {0:g}); déjelo vacío para usar el percentil 95.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="284" />
            <source>Settlements layer "{0}" has no features.</source>
            <translation>La capa de asentamientos "{0}" no tiene entidades.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="289" />
            <source>A vulnerability or access field was chosen but no settlements layer: choose the settlements.</source>
            <translation>Se eligió un campo de vulnerabilidad o de acceso, pero ninguna capa de asentamientos: elija los asentamientos.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="302" />
            <source>Access: the full-deficit distance ({0:g} m) must be larger than the no-deficit distance ({1:g} m).</source>
            <translation>Acceso: la distancia de déficit total ({0:g} m) debe ser mayor que la distancia sin déficit ({1:g} m).</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="308" />
            <source>Both facilities and an access field were given: distances to the facilities are used.</source>
            <translation>Se indicaron tanto equipamientos como un campo de acceso: se usan las distancias a los equipamientos.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="312" />
            <source>Facilities layer "{0}" has no point.</source>
            <translation>La capa de equipamientos "{0}" no tiene ningún punto.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="314" />
            <source>distance to {0}</source>
            <translation>distancia a {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="329" />
            <source>No criterion: give hazard rasters, a population raster, settlements with a vulnerability or access field, or facilities.</source>
            <translation>No hay ningún criterio: indique ráster de amenaza, un ráster de población, asentamientos con un campo de vulnerabilidad o de acceso, o equipamientos.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="404" />
            <source>{0} feature(s) of "{1}" had empty, null or self-crossing geometries (repaired where possible): {2}</source>
            <translation>{0} entidad(es) de "{1}" tenían geometrías vacías, nulas o que se autointersecan (reparadas donde fue posible): {2}</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="429" />
            <source>Field "{0}" is not in "{1}". Its numeric fields are: {2}.</source>
            <translation>El campo "{0}" no está en "{1}". Sus campos numéricos son: {2}.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="429" />
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="459" />
            <source>The hazard settings table must have 6 columns (hazard, value function, low, high, class scores, weight); it has {0} values.</source>
            <translation>La tabla de configuración de las amenazas debe tener 6 columnas (amenaza, función de valor, bajo, alto, puntuaciones de clase, peso); tiene {0} valores.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="463" />
            <source>The hazard settings table has rows but no hazard raster was chosen: choose the hazard layers or empty the table.</source>
            <translation>La tabla de configuración de las amenazas tiene filas, pero no se eligió ningún ráster de amenaza: elija las capas de amenaza o vacíe la tabla.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="474" />
            <source>Hazard settings row {0} names "{1}", which is not one of the hazard layers ({2}). Use a layer name or its position (1 = first).</source>
            <translation>La fila {0} de la configuración de las amenazas indica "{1}", que no es ninguna de las capas de amenaza ({2}). Use el nombre de una capa o su posición (1 = la primera).</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="478" />
            <source>Hazard "{0}" has two rows in the hazard settings.</source>
            <translation>La amenaza "{0}" tiene dos filas en la configuración de las amenazas.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="482" />
            <source>Hazard settings row {0} ("{1}") is hazard {2} "{3}": {4}, weight {5}.</source>
            <translation>La fila {0} de la configuración de las amenazas ("{1}") es la amenaza {2} "{3}": {4}, peso {5}.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="487" />
            <source>Hazard "{0}": Low and High are equal ({1:g}); use a step function for a threshold.</source>
            <translation>Amenaza "{0}": Bajo y Alto son iguales ({1:g}); para un umbral, use una función escalón (step).</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="492" />
            <source>Hazard "{0}": the weight "{1}" is not a number.</source>
            <translation>Amenaza "{0}": el peso "{1}" no es un número.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="495" />
            <source>Hazard "{0}": the weight must be zero or more.</source>
            <translation>Amenaza "{0}": el peso debe ser cero o mayor.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="514" />
            <source>Hazard "{0}" is a classed raster ({1}; classes {2}). Scored linearly, its highest class code would get the highest score, whatever the class means. Give it a row in the hazard settings with the value function "classes" and a score from 0 to 1 for each class, e.g. "{3}" (write "other:0" to score every class not listed).</source>
            <translation>La amenaza "{0}" es un ráster por clases ({1}; clases {2}). Con una puntuación lineal, el código de clase más alto recibiría la puntuación más alta, sin importar lo que signifique la clase. Dele una fila en la configuración de las amenazas con la función de valor "classes" y una puntuación de 0 a 1 para cada clase, p. ej. "{3}" (escriba "other:0" para asignar esa puntuación a toda clase no indicada).</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="533" />
            <source>Raster "{0}" does not overlap the boundary (its extent in {1} is {2:.6g}, {3:.6g} to {4:.6g}, {5:.6g}). Check that it covers the same city and that both layers have the right CRS.</source>
            <translation>El ráster "{0}" no se superpone con el límite (su extensión en {1} es {2:.6g}, {3:.6g} a {4:.6g}, {5:.6g}). Verifique que cubra la misma ciudad y que ambas capas tengan el SRC correcto.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="542" />
            <source>PRIORITY and CLASSES are the same file ({0}); give them different names.</source>
            <translation>PRIORITY y CLASSES son el mismo archivo ({0}); deles nombres distintos.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="548" />
            <source>{0} must be saved as a GeoTIFF (.tif); "{1}" is not.</source>
            <translation>{0} debe guardarse como GeoTIFF (.tif); "{1}" no lo es.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="562" />
            <source>Class breaks (priority 0-100): {0}</source>
            <translation>Cortes de clase (prioridad 0-100): {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="560" />
            <source>  {0} [{1}]: {2}; weight {3:.3f}</source>
            <translation>  {0} [{1}]: {2}; peso {3:.3f}</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="556" />
            <source>Method: weighted product. Criteria, value functions and weights (normalised):</source>
            <translation>Método: producto ponderado. Criterios, funciones de valor y pesos (normalizados):</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="558" />
            <source>Method: weighted sum. Criteria, value functions and weights (normalised):</source>
            <translation>Método: suma ponderada. Criterios, funciones de valor y pesos (normalizados):</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="435" />
            <source>Field "{0}" of "{1}" has {2} value(s) that are not numbers: {3}. Correct them, or empty them to leave those settlements without a value, and run again.</source>
            <translation>El campo "{0}" de "{1}" tiene {2} valor(es) que no son números: {3}. Corríjalos, o vacíelos para dejar esos asentamientos sin valor, y vuelva a ejecutar.</translation>
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
            <translation>Acción</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="184" />
            <source>(untitled)</source>
            <translation>(sin título)</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="184" />
            <source>Readiness {0}</source>
            <translation>Grado de preparación: {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="184" />
            <source>Readiness not known</source>
            <translation>Grado de preparación desconocido</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="196" />
            <source>Priority (0 = lowest, 100 = highest)</source>
            <translation>Prioridad (0 = la más baja, 100 = la más alta)</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="198" />
            <source>Settlements</source>
            <translation>Asentamientos</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="199" />
            <source>Served by the action</source>
            <translation>Atendidos por la acción</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="199" />
            <source>Other settlements</source>
            <translation>Otros asentamientos</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="208" />
            <source>Target area</source>
            <translation>Área de intervención</translation>
        </message>
    </context>
    <context>
        <name>ProjectProfiles</name>
        <message>
            <location filename="../qgis_side/profiles.py" line="40" />
            <source>Climate rationale</source>
            <translation>Justificación climática</translation>
        </message>
        <message>
            <location filename="../qgis_side/profiles.py" line="41" />
            <source>Budget</source>
            <translation>Presupuesto</translation>
        </message>
        <message>
            <location filename="../qgis_side/profiles.py" line="42" />
            <source>Finance readiness checklist</source>
            <translation>Lista de verificación de la preparación para el financiamiento</translation>
        </message>
        <message>
            <location filename="../qgis_side/profiles.py" line="43" />
            <source>Where the figures come from</source>
            <translation>Procedencia de las cifras</translation>
        </message>
        <message>
            <location filename="../qgis_side/profiles.py" line="117" />
            <source>Project profile {0} of {1}</source>
            <translation>Perfil de proyecto {0} de {1}</translation>
        </message>
    </context>
    <context>
        <name>ProjectProfilesAlgorithm</name>
        <message>
            <location filename="../algorithms/project_profiles.py" line="86" />
            <source>Project profiles (PDF)</source>
            <translation>Perfiles de proyecto (PDF)</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="54" />
            <source>Report</source>
            <translation>Informe</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="61" />
            <source>The output of "Finance readiness of the actions": its rationale, budget, checklist and provenance fill each page.</source>
            <translation>La salida de "Preparación de las acciones para el financiamiento": su justificación, su presupuesto, su lista de verificación y su procedencia completan cada página.</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="63" />
            <source>The language of the pages' own texts: {0}. Empty: QGIS's language. The rationale is in the language "Finance readiness" wrote it in.</source>
            <translation>El idioma de los textos propios de las páginas: {0}. Vacío: el idioma de QGIS. La justificación está en el idioma en que la escribió "Preparación de las acciones para el financiamiento".</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="68" />
            <source>Actions with finance readiness</source>
            <translation>Acciones con preparación para el financiamiento</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="70" />
            <source>Settlement priority ranking</source>
            <translation>Clasificación de prioridades de los asentamientos</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="72" />
            <source>Settlement key field</source>
            <translation>Campo clave del asentamiento</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="75" />
            <source>Settlement name field</source>
            <translation>Campo de nombre del asentamiento</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="77" />
            <source>Priority raster (0-100)</source>
            <translation>Ráster de prioridad (0-100)</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="78" />
            <source>City name</source>
            <translation>Nombre de la ciudad</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="80" />
            <source>Layout template (.qpt)</source>
            <translation>Plantilla de diseño (.qpt)</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="90" />
            <source>Language of the pages</source>
            <translation>Idioma de las páginas</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="86" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="89" />
            <source>Profiles (pages)</source>
            <translation>Perfiles (páginas)</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="110" />
            <source>Layer "{0}" has no {1}: use the output of "Finance readiness of the actions".</source>
            <translation>La capa "{0}" no tiene estos campos: {1}. Use la salida de "Preparación de las acciones para el financiamiento".</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="115" />
            <source>Layer "{0}" has no action: there is no profile to make.</source>
            <translation>La capa "{0}" no tiene ninguna acción: no hay ningún perfil que generar.</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="122" />
            <source>Choose the settlement key field of the ranking "{0}".</source>
            <translation>Elija el campo clave del asentamiento de la clasificación "{0}".</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="144" />
            <source>Cannot use the layout template: {0}</source>
            <translation>No se puede usar la plantilla de diseño: {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="191" />
            <source>{0} action(s) have no target area and serve no settlement of the ranking: their map shows the whole city.</source>
            <translation>{0} acción(es) no tienen área de intervención ni atienden a ningún asentamiento de la clasificación: su mapa muestra toda la ciudad.</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="221" />
            <source>{0} project profile(s) written to {1}</source>
            <translation>{0} perfil(es) de proyecto escrito(s) en {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="118" />
            <source>No PDF was asked for: no profile is made.</source>
            <translation>No se solicitó ningún PDF: no se genera ningún perfil.</translation>
        </message>
    </context>
    <context>
        <name>Register</name>
        <message>
            <location filename="../qgis_side/register_editor.py" line="100" />
            <source>{0} cannot be written (the file or its folder is read-only, or another program holds it). It is open read-only: make it writable, or save a copy, and open it again.</source>
            <translation>No se puede escribir en {0} (el archivo o su carpeta son de solo lectura, u otro programa lo tiene abierto). Está abierto en solo lectura: habilite la escritura, o guarde una copia, y vuelva a abrirlo.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="200" />
            <source>New action</source>
            <translation>Acción nueva</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="202" />
            <source>Nothing was added: QGIS refused the new action in "{0}".</source>
            <translation>No se agregó nada: QGIS rechazó la acción nueva en "{0}".</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="233" />
            <source>No action was added: the settlement key(s) {0} in "{1}" hold a comma or a semicolon, which separate keys in the settlements served. Choose a key field without them.</source>
            <translation>No se agregó ninguna acción: la(s) clave(s) de asentamiento {0} de "{1}" contienen una coma o un punto y coma, que separan las claves en los asentamientos atendidos. Elija un campo clave que no los contenga.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="271" />
            <source>Edit action "{0}"</source>
            <translation>Editar la acción "{0}"</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="277" />
            <source>Nothing was changed: QGIS refused the new target area of "{0}".</source>
            <translation>No se cambió nada: QGIS rechazó la nueva área de intervención de "{0}".</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="292" />
            <source>Delete action "{0}"</source>
            <translation>Eliminar la acción "{0}"</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="294" />
            <source>Nothing was deleted: QGIS refused to delete "{0}" from "{1}".</source>
            <translation>No se eliminó nada: QGIS se negó a eliminar "{0}" de "{1}".</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="307" />
            <source>Choose the settlements layer (the priority ranking) first.</source>
            <translation>Primero elija la capa de asentamientos (la clasificación de prioridades).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="318" />
            <source>Update beneficiaries and priority scores</source>
            <translation>Actualizar beneficiarios y puntuaciones de prioridad</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="321" />
            <source>Nothing was changed: QGIS refused to set {0} of action {1} to {2} in "{3}".</source>
            <translation>No se cambió nada: QGIS se negó a asignar a {0} de la acción {1} el valor {2} en "{3}".</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="387" />
            <source>Nothing was changed: QGIS refused to set {0} to "{1}" in "{2}" (the field cannot be edited: it is computed, or joined from another layer).</source>
            <translation>No se cambió nada: QGIS se negó a asignar a {0} el valor "{1}" en "{2}" (el campo no se puede editar: es calculado o proviene de una unión con otra capa).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="387" />
            <source>cannot be edited here</source>
            <translation>no se puede editar aquí</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="395" />
            <source>No register is open.</source>
            <translation>No hay ningún registro abierto.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="397" />
            <source>Nothing was changed: the register "{0}" ({1}) is read-only. {2}</source>
            <translation>No se cambió nada: el registro "{0}" ({1}) es de solo lectura. {2}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="397" />
            <source>Start editing it first.</source>
            <translation>Primero active su edición.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="404" />
            <source>Nothing was changed: "{0}" has no action with id {1} (it was deleted, or its creation undone).</source>
            <translation>No se cambió nada: "{0}" no tiene ninguna acción con el id {1} (se eliminó o se deshizo su creación).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="415" />
            <source>Nothing was changed: the register "{0}" has no field "{1}" (value "{2}").</source>
            <translation>No se cambió nada: el registro "{0}" no tiene el campo "{1}" (valor "{2}").</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="427" />
            <source>Nothing was changed: a target area must be a polygon, not a {0}; buffer a point or a line first (draw it in the dock, which does).</source>
            <translation>No se cambió nada: un área de intervención debe ser un polígono, no un(a) {0}; primero aplique un búfer a un punto o a una línea (dibújelo en el panel, que lo hace).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="457" />
            <source>empty</source>
            <translation>vacío</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="458" />
            <source>Nothing was changed: {0} ({1}) {2}: {3}</source>
            <translation>No se cambió nada: {0} ({1}) {2}: {3}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="483" />
            <source>a {0} cannot be stored; give text, a number or a date.</source>
            <translation>no se puede guardar un(a) {0}; indique texto, un número o una fecha.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="484" />
            <source>Nothing was changed: {0}: {1}</source>
            <translation>No se cambió nada: {0}: {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="493" />
            <source>"{0}" is not a number; write digits, e.g. 90000 or 90,000.50.</source>
            <translation>"{0}" no es un número; escriba cifras, p. ej. 90000 o 90.000,50.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="494" />
            <source>Nothing was changed: {0} ({1}): {2}</source>
            <translation>No se cambió nada: {0} ({1}): {2}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="37" />
            <source>Action id</source>
            <translation>Id de la acción</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="38" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="39" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="40" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="41" />
            <source>Hazards</source>
            <translation>Amenazas</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="42" />
            <source>Settlements served</source>
            <translation>Asentamientos atendidos</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="43" />
            <source>Lead agency</source>
            <translation>Organismo responsable</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="44" />
            <source>Partners</source>
            <translation>Socios</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="45" />
            <source>Cost estimate</source>
            <translation>Costo estimado</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="46" />
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="47" />
            <source>Funding source</source>
            <translation>Fuente de financiamiento</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="48" />
            <source>Funding status</source>
            <translation>Estado del financiamiento</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="49" />
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="50" />
            <source>End date</source>
            <translation>Fecha de finalización</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="51" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="52" />
            <source>Beneficiaries</source>
            <translation>Beneficiarios</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="53" />
            <source>Priority score</source>
            <translation>Puntuación de prioridad</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="54" />
            <source>Co-benefits</source>
            <translation>Cobeneficios</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="55" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="56" />
            <source>Created</source>
            <translation>Creación</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="57" />
            <source>Modified</source>
            <translation>Modificación</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="58" />
            <source>Modified by</source>
            <translation>Modificado por</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="272" />
            <source>Planned actions</source>
            <translation>Acciones previstas</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="135" />
            <source>"{0}" has no planned-action register (table {1}). Create one with "Create planned-action register".</source>
            <translation>"{0}" no tiene ningún registro de acciones previstas (tabla {1}). Cree uno con "Crear registro de acciones previstas".</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="267" />
            <source>new action</source>
            <translation>acción nueva</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="269" />
            <source>Not saved: {0} action(s) need fixing first.</source>
            <translation>No se guardó: primero hay que corregir {0} acción(es).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="307" />
            <source>Not saved: an action you changed was deleted by someone else meanwhile, and its other values are not known here. Your edits are kept; copy them, reload the register and enter them again.</source>
            <translation>No se guardó: otra persona eliminó entretanto una acción que usted modificó, y aquí no se conocen sus demás valores. Sus ediciones se conservan; cópielas, vuelva a cargar el registro e ingréselas de nuevo.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="322" />
            <source>Not saved: the register file {0} is no longer there (moved or deleted). Your edits are kept in QGIS: put the file back, or copy the layer to a new file (right-click &gt; Export &gt; Save Features As…).</source>
            <translation>No se guardó: el archivo del registro {0} ya no está allí (se movió o se eliminó). Sus ediciones se conservan en QGIS: vuelva a colocar el archivo, o copie la capa a un archivo nuevo (clic derecho &gt; Exportar &gt; Guardar objetos como…).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="341" />
            <source>it has no table {0}</source>
            <translation>no tiene la tabla {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="346" />
            <source>Not saved: the column(s) {0} were added in QGIS but are not in the file, and this save cannot add columns. Your edits are kept: remove the new column(s) and save, or add them to the file first (Layer Properties &gt; Fields, then Save).</source>
            <translation>No se guardó: la(s) columna(s) {0} se agregaron en QGIS pero no están en el archivo, y este guardado no puede agregar columnas. Sus ediciones se conservan: quite la(s) columna(s) nueva(s) y guarde, o agréguelas primero al archivo (Propiedades de la capa &gt; Campos, y luego Guardar).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="361" />
            <source>delete an action</source>
            <translation>eliminar una acción</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="369" />
            <source>restore an action</source>
            <translation>restaurar una acción</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="372" />
            <source>update an action</source>
            <translation>actualizar una acción</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="379" />
            <source>add an action</source>
            <translation>agregar una acción</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="380" />
            <source>commit</source>
            <translation>confirmar la transacción</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="422" />
            <source>could not {0}: {1}</source>
            <translation>no se pudo {0}: {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="422" />
            <source>OGR error {0}</source>
            <translation>error de OGR {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="449" />
            <source>unknown error</source>
            <translation>error desconocido</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="464" />
            <source>Not saved: "{0}" is locked by another program. Your edits are kept: close the other program (or wait until it has finished writing) and save again.</source>
            <translation>No se guardó: "{0}" está bloqueado por otro programa. Sus ediciones se conservan: cierre el otro programa (o espere a que termine de escribir) y vuelva a guardar.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="469" />
            <source>Not saved: "{0}" cannot be opened as an action register ({1}). Your edits are kept: check that the file is the register GeoPackage, or copy the layer to a new file (right-click &gt; Export &gt; Save Features As…).</source>
            <translation>No se guardó: "{0}" no se puede abrir como registro de acciones ({1}). Sus ediciones se conservan: verifique que el archivo sea el GeoPackage del registro, o copie la capa a un archivo nuevo (clic derecho &gt; Exportar &gt; Guardar objetos como…).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="476" />
            <source>Not saved: writing "{0}" failed ({1}). Your edits are kept; nothing in the file changed.</source>
            <translation>No se guardó: falló la escritura de "{0}" ({1}). Sus ediciones se conservan; no cambió nada en el archivo.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="557" />
            <source>"{0}" already holds an action register (table {1}). Open it in the Planned actions dock, or choose a new file: an existing register is never overwritten.</source>
            <translation>"{0}" ya contiene un registro de acciones (tabla {1}). Ábralo en el panel Acciones previstas o elija un archivo nuevo: un registro existente nunca se sobrescribe.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="573" />
            <source>Cannot create the register "{0}": {1}</source>
            <translation>No se puede crear el registro "{0}": {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="579" />
            <source>The register "{0}" was written but cannot be opened.</source>
            <translation>El registro "{0}" se escribió, pero no se puede abrir.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="584" />
            <source>Value lists, constraints and defaults of the planned-action register</source>
            <translation>Listas de valores, restricciones y valores predeterminados del registro de acciones previstas</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="84" />
            <source>This QGIS has no PostgreSQL provider, so it cannot reach a database: install QGIS with its PostgreSQL support (Debian: qgis-providers).</source>
            <translation>Este QGIS no tiene proveedor de PostgreSQL, por lo que no puede acceder a una base de datos: instale QGIS con su soporte para PostgreSQL (Debian: qgis-providers).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="100" />
            <source>service "{0}"</source>
            <translation>servicio "{0}"</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="104" />
            <source>database "{0}" on {1}</source>
            <translation>base de datos "{0}" en {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="115" />
            <source>the QGIS connection "{0}"</source>
            <translation>la conexión de QGIS "{0}"</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="120" />
            <source>The connection string "{0}" cannot be read: {1}</source>
            <translation>No se puede leer la cadena de conexión "{0}": {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="124" />
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="125" />
            <source>There is no PostgreSQL connection "{0}" in QGIS (saved connections: {1}). Give the name of one (Browser &gt; PostgreSQL &gt; New Connection), or a connection string such as service=office or dbname=city host=db.example.org user=planner.</source>
            <translation>No hay ninguna conexión PostgreSQL "{0}" en QGIS (conexiones guardadas: {1}). Indique el nombre de una (Navegador &gt; PostgreSQL &gt; Nueva conexión), o una cadena de conexión como service=office o dbname=city host=db.example.org user=planner.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="143" />
            <source>Cannot connect to {0}: {1}. Check the host, port, database, user and password (or the service file), and that the server accepts you.</source>
            <translation>No se puede conectar a {0}: {1}. Verifique el servidor, el puerto, la base de datos, el usuario y la contraseña (o el archivo de servicio), y que el servidor acepte su conexión.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="187" />
            <source>The schema name "{0}" cannot be used: write it in lower-case letters, digits and underscores, starting with a letter, at most 56 characters (e.g. resilience), and not a schema of PostgreSQL or PostGIS itself (public, pg_...).</source>
            <translation>No se puede usar el nombre de esquema "{0}": escríbalo con letras minúsculas, cifras y guiones bajos, empezando por una letra, con 56 caracteres como máximo (p. ej. resilience), y que no sea un esquema propio de PostgreSQL o PostGIS (public, pg_...).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="199" />
            <source>The schema "{0}" of {1} already holds an action register (schema version {2}). Open it in the Planned actions dock, or give another SCHEMA: an existing register is never dropped or altered.</source>
            <translation>El esquema "{0}" de {1} ya contiene un registro de acciones (versión del esquema {2}). Ábralo en el panel Acciones previstas o indique otro SCHEMA: un registro existente nunca se elimina ni se modifica.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="204" />
            <source>The schema "{0}" of {1} already has {2} of a register, but no register table: nothing was created. Give another SCHEMA, or have the database owner remove them (they are not dropped here).</source>
            <translation>El esquema "{0}" de {1} ya tiene {2} de un registro, pero no la tabla del registro: no se creó nada. Indique otro SCHEMA, o pida al propietario de la base de datos que los elimine (aquí no se eliminan).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="209" />
            <source>{0} has no PostGIS: the register's target areas need it. Ask the database owner to run CREATE EXTENSION postgis; in it (Debian: install postgresql-postgis on the server).</source>
            <translation>{0} no tiene PostGIS: las áreas de intervención del registro lo necesitan. Pida al propietario de la base de datos que ejecute CREATE EXTENSION postgis; en ella (Debian: instale postgresql-postgis en el servidor).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="222" />
            <source>The CRS {0} has no SRID that {1} knows (PostGIS's spatial_ref_sys): choose an EPSG CRS, such as the city's UTM zone or EPSG:4326.</source>
            <translation>El SRC {0} no tiene ningún SRID que {1} conozca (spatial_ref_sys de PostGIS): elija un SRC EPSG, como la zona UTM de la ciudad o EPSG:4326.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="229" />
            <source>Nothing was created in the schema "{0}" of {1}: {2}. The creation is one transaction, so the database is as it was.</source>
            <translation>No se creó nada en el esquema "{0}" de {1}: {2}. La creación es una sola transacción, por lo que la base de datos quedó como estaba.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="248" />
            <source>unreadable</source>
            <translation>ilegible</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="266" />
            <source>Cannot read the schema "{0}" of {1}: {2}</source>
            <translation>No se puede leer el esquema "{0}" de {1}: {2}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="269" />
            <source>The schema "{0}" of {1} holds no planned-action register (tables {2} and {3}). Create one with "Create planned-action register" and this database.</source>
            <translation>El esquema "{0}" de {1} no contiene ningún registro de acciones previstas (tablas {2} y {3}). Cree uno con "Crear registro de acciones previstas" y esta base de datos.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="274" />
            <source>The register table {0}.{1} of {2} cannot be opened as a layer: {3}</source>
            <translation>La tabla del registro {0}.{1} de {2} no se puede abrir como capa: {3}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>proposed</source>
            <translation>propuesta</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>approved</source>
            <translation>aprobada</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>in progress</source>
            <translation>en curso</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>done</source>
            <translation>terminada</translation>
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
            <translation>solicitado</translation>
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
            <translation>estructural</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>nature-based</source>
            <translation>basada en la naturaleza</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>early warning</source>
            <translation>alerta temprana</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>services</source>
            <translation>servicios</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>energy</source>
            <translation>energía</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>housing and tenure</source>
            <translation>vivienda y tenencia</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>policy</source>
            <translation>políticas</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>capacity</source>
            <translation>capacidades</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>flood</source>
            <translation>inundación</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>landslide</source>
            <translation>deslizamiento</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>heat</source>
            <translation>calor</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>drought</source>
            <translation>sequía</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>storm</source>
            <translation>tormenta</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>sea level rise</source>
            <translation>aumento del nivel del mar</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>fire</source>
            <translation>incendio</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>earthquake</source>
            <translation>sismo</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>other</source>
            <translation>otro</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="78" />
            <source>{0} was written by a newer Resilience Planner (schema version {1}; this one reads version {2}): it is not copied, so that nothing in it is lost. Update the plugin to copy it.</source>
            <translation>{0} fue escrito por una versión más reciente de Resilience Planner (versión del esquema {1}; esta lee la versión {2}): no se copia, para que no se pierda nada de su contenido. Actualice el complemento para copiarlo.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="130" />
            <source>"{0}" has no planned-action register (table {1}): give the register's GeoPackage.</source>
            <translation>"{0}" no tiene ningún registro de acciones previstas (tabla {1}): indique el GeoPackage del registro.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="172" />
            <source>could not write row {0}</source>
            <translation>no se pudo escribir la fila {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="184" />
            <source>The copy must be a GeoPackage (.gpkg); "{0}" is not.</source>
            <translation>La copia debe ser un GeoPackage (.gpkg); "{0}" no lo es.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="188" />
            <source>"{0}" already holds an action register (table {1}): a register is never overwritten. Choose a new file.</source>
            <translation>"{0}" ya contiene un registro de acciones (tabla {1}): un registro nunca se sobrescribe. Elija un archivo nuevo.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="191" />
            <source>"{0}" exists: the copy is written into a new file only. Choose a new file name.</source>
            <translation>"{0}" ya existe: la copia solo se escribe en un archivo nuevo. Elija un nombre de archivo nuevo.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="195" />
            <source>The folder {0} does not exist. Create it or choose another place.</source>
            <translation>La carpeta {0} no existe. Créela o elija otra ubicación.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="211" />
            <source>could not add the history column {0}</source>
            <translation>no se pudo agregar la columna de historial {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="223" />
            <source>"{0}" was created by another program meanwhile</source>
            <translation>otro programa creó "{0}" entretanto</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="226" />
            <source>Nothing was written to "{0}": {1}</source>
            <translation>No se escribió nada en "{0}": {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="291" />
            <source>The register in the schema "{0}" of {1}</source>
            <translation>El registro del esquema "{0}" de {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="295" />
            <source>The schema "{0}" of {1} holds no planned-action register (tables {2} and {3}).</source>
            <translation>El esquema "{0}" de {1} no contiene ningún registro de acciones previstas (tablas {2} y {3}).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="116" />
            <source>The register {0} cannot be changed with your login (the database lets you read it only). It is open read-only: ask the database owner for the editor role.</source>
            <translation>El registro {0} no se puede modificar con su usuario (la base de datos solo le permite leerlo). Está abierto en solo lectura: pida al propietario de la base de datos el rol de editor.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="291" />
            <source>Nothing was deleted: {0}</source>
            <translation>No se eliminó nada: {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="214" />
            <source>Nothing was created in the schema "{0}" of {1}: the register's roles {2} do not exist and this login may not create roles. Ask the database administrator to create them (CREATE ROLE {3} NOLOGIN;) or to give this login CREATEROLE, then run this again.</source>
            <translation>No se creó nada en el esquema "{0}" de {1}: los roles del registro {2} no existen y este usuario no puede crear roles. Pida al administrador de la base de datos que los cree (CREATE ROLE {3} NOLOGIN;) o que otorgue CREATEROLE a este usuario, y luego vuelva a ejecutar la operación.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="284" />
            <source>Cannot read the rights on the schema "{0}" of {1}: {2}</source>
            <translation>No se pueden leer los privilegios sobre el esquema "{0}" de {1}: {2}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="298" />
            <source>Row version</source>
            <translation>Versión de la fila</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="339" />
            <source>Your login "{0}" may read this register but not change it (it is not in the role {1}). It opens read-only: to edit, ask the owner of the register ({2}) to run GRANT {1} TO {0};</source>
            <translation>Su usuario "{0}" puede leer este registro, pero no modificarlo (no pertenece al rol {1}). Se abre en solo lectura: para editarlo, pida al propietario del registro ({2}) que ejecute GRANT {1} TO {0};</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="360" />
            <source>Only the owner of the shared register ({0}) deletes actions; set the status to "cancelled" instead, or ask the owner to delete it.</source>
            <translation>Solo el propietario del registro compartido ({0}) elimina acciones; en su lugar, asigne al estado el valor "cancelled", o pida al propietario que la elimine.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="375" />
            <source>schema "{0}" of {1}</source>
            <translation>esquema "{0}" de {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="410" />
            <source>"{0}" was deleted by {1} at {2}</source>
            <translation>{1} eliminó "{0}" el {2}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="411" />
            <source>"{0}" was changed by {1} at {2}</source>
            <translation>{1} modificó "{0}" el {2}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="709" />
            <source>Not saved: others keep changing the same actions in {0}. Your edits are kept; save again.</source>
            <translation>No se guardó: otras personas siguen modificando las mismas acciones en {0}. Sus ediciones se conservan; vuelva a guardar.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="734" />
            <source>Saved {0} action(s); not saved: {1} action(s) someone else changed since you read them.</source>
            <translation>Se guardaron {0} acción(es); no se guardaron {1} acción(es) que otra persona modificó desde que usted las leyó.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="736" />
            <source>{0} {1}. Your edits of them are kept: reload each to take the stored version, or keep yours to overwrite it, then save.</source>
            <translation>{0} {1}. Sus ediciones de esas acciones se conservan: vuelva a cargar cada una para tomar la versión guardada, o conserve la suya para sobrescribirla, y luego guarde.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="764" />
            <source>action {0}</source>
            <translation>acción {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="775" />
            <source>Not saved: the connection to {0} was lost ({1}). Your edits are kept in QGIS; a save is one transaction, so the database holds all of it or none. Check the network or the server, then save again.</source>
            <translation>No se guardó: se perdió la conexión con {0} ({1}). Sus ediciones se conservan en QGIS; un guardado es una sola transacción, por lo que la base de datos contiene todo o nada de él. Verifique la red o el servidor y vuelva a guardar.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1120" />
            <source>no answer</source>
            <translation>sin respuesta</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="779" />
            <source>Not saved: {0} refused the save ({1}). Your edits are kept; nothing in the database changed.</source>
            <translation>No se guardó: {0} rechazó el guardado ({1}). Sus ediciones se conservan; no cambió nada en la base de datos.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="829" />
            <source>Cannot list the registers of {0}: {1}</source>
            <translation>No se pueden enumerar los registros de {0}: {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="864" />
            <source>connection "{0}"</source>
            <translation>conexión "{0}"</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="867" />
            <source>{0} in {1}</source>
            <translation>{0} en {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="669" />
            <source>Not saved: the column(s) {0} were added in QGIS but are not in the database, and this save cannot add columns. Your edits are kept: remove the new column(s) and save, or ask the owner of the register to add them to its table first.</source>
            <translation>No se guardó: las columnas {0} se agregaron en QGIS pero no existen en la base de datos, y este guardado no puede agregar columnas. Sus ediciones se conservan: elimine las columnas nuevas y guarde, o pida al propietario del registro que las agregue primero a su tabla.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1048" />
            <source>Nothing was restored: give ACTION_ID, the action_id of the action to restore (a UUID: the action's form, or its history, shows it).</source>
            <translation>No se restauró nada: indique ACTION_ID, el action_id de la acción que se restaurará (un UUID: lo muestran el formulario de la acción o su historial).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1051" />
            <source>the register in the schema "{0}" of {1}</source>
            <translation>el registro del esquema "{0}" de {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1055" />
            <source>Nothing was restored: the schema "{0}" of {1} holds no planned-action register (tables {2} and {3}).</source>
            <translation>No se restauró nada: el esquema "{0}" de {1} no contiene ningún registro de acciones previstas (tablas {2} y {3}).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1059" />
            <source>Nothing was restored: {0} has no history table ({1}), so no earlier state of its actions is kept.</source>
            <translation>No se restauró nada: {0} no tiene tabla de historial ({1}), por lo que no se conserva ningún estado anterior de sus acciones.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1064" />
            <source>Nothing was restored: {0} was written by a newer Resilience Planner (schema version {1}; this one reads version {2}), so it is read-only here. Update the plugin, then restore the action.</source>
            <translation>No se restauró nada: {0} fue escrito por una versión más reciente de Resilience Planner (versión del esquema {1}; esta lee la versión {2}), por lo que aquí es de solo lectura. Actualice el complemento y luego restaure la acción.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1074" />
            <source>Nothing was restored: your login "{0}" may read {1} but not change it (it is not in the role {2}). Ask the owner of the register ({3}) to run GRANT {2} TO {0};</source>
            <translation>No se restauró nada: su usuario "{0}" puede leer {1}, pero no modificarlo (no pertenece al rol {2}). Pida al propietario del registro ({3}) que ejecute GRANT {2} TO {0};</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1082" />
            <source>Nothing was restored: the action "{0}" is already in the state of history entry {1} (only who changed it last, and when, may differ).</source>
            <translation>No se restauró nada: la acción "{0}" ya está en el estado de la entrada del historial {1} (solo pueden diferir quién la modificó por última vez y cuándo).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1104" />
            <source>Nothing was restored: cannot read {0}: {1}</source>
            <translation>No se restauró nada: no se puede leer {0}: {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1120" />
            <source>Nothing was restored: the connection to {0} was lost ({1}). A restore is one transaction, so the database holds none of it: restore again once the connection is back.</source>
            <translation>No se restauró nada: se perdió la conexión con {0} ({1}). Una restauración es una sola transacción, por lo que la base de datos no contiene nada de ella: vuelva a restaurar cuando se restablezca la conexión.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1124" />
            <source>Nothing was restored: {0} refused the state of history entry {1} ({2}). A restore is checked by the register's rules as any save is: restore another entry, or change the action in the Planned actions dock. Nothing in the database changed.</source>
            <translation>No se restauró nada: {0} rechazó el estado de la entrada del historial {1} ({2}). Las reglas del registro verifican una restauración igual que cualquier guardado: restaure otra entrada o modifique la acción en el panel Acciones previstas. No cambió nada en la base de datos.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1139" />
            <source>Nothing was restored: history entry {0} is of another action, "{1}" ({2}), not of {3}. Give an entry of {3} as HISTORY_ID (its entries: {4}), or {2} as ACTION_ID to restore "{1}".</source>
            <translation>No se restauró nada: la entrada del historial {0} es de otra acción, "{1}" ({2}), no de {3}. Indique una entrada de {3} como HISTORY_ID (sus entradas: {4}), o {2} como ACTION_ID para restaurar "{1}".</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1143" />
            <source>Nothing was restored: history entry {0} is of another action, "{1}" ({2}), and {3} has no entry in the history of {4}: give {2} as ACTION_ID to restore "{1}", or check ACTION_ID.</source>
            <translation>No se restauró nada: la entrada del historial {0} es de otra acción, "{1}" ({2}), y {3} no tiene ninguna entrada en el historial de {4}: indique {2} como ACTION_ID para restaurar "{1}", o verifique ACTION_ID.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1148" />
            <source>Nothing was restored: {0} has no history entry {1}. The entries of the action {2} are {3}: give one of them as HISTORY_ID (the History… of the Planned actions dock lists them).</source>
            <translation>No se restauró nada: {0} no tiene la entrada del historial {1}. Las entradas de la acción {2} son {3}: indique una de ellas como HISTORY_ID (el botón Historial… del panel Acciones previstas las enumera).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1152" />
            <source>Nothing was restored: {0} has no history entry {1}, and no entry at all of the action {2}: check ACTION_ID and HISTORY_ID (the History… of the Planned actions dock lists an action's entries).</source>
            <translation>No se restauró nada: {0} no tiene la entrada del historial {1} ni ninguna entrada de la acción {2}: verifique ACTION_ID y HISTORY_ID (el botón Historial… del panel Acciones previstas enumera las entradas de una acción).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1169" />
            <source>Nothing was restored: the action "{0}" was added back by {1} at {2} since you read it deleted (version {3} stored). Look at its history again (that is its newest entry), then restore.</source>
            <translation>No se restauró nada: desde que usted la leyó eliminada, {1} volvió a agregar la acción "{0}" el {2} (versión {3} guardada). Vuelva a consultar su historial (esa es su entrada más reciente) y luego restaure.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1174" />
            <source>Nothing was restored: the action "{0}" was deleted by {1} at {2} since you read it (version {3}). Look at its history again (the deletion is its newest entry), then restore.</source>
            <translation>No se restauró nada: desde que usted la leyó, {1} eliminó la acción "{0}" el {2} (versión {3}). Vuelva a consultar su historial (la eliminación es su entrada más reciente) y luego restaure.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1177" />
            <source>Nothing was restored: the action "{0}" was changed by {1} at {2} since you read it (version {3} read, version {4} stored). Look at its history again (that change is its newest entry), then restore.</source>
            <translation>No se restauró nada: desde que usted la leyó, {1} modificó la acción "{0}" el {2} (versión {3} leída, versión {4} guardada). Vuelva a consultar su historial (ese cambio es su entrada más reciente) y luego restaure.</translation>
        </message>
    </context>
    <context>
        <name>ReportAlgorithm</name>
        <message>
            <location filename="../algorithms/report.py" line="55" />
            <source>Resilience priorities report</source>
            <translation>Informe de prioridades de resiliencia</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="58" />
            <source>Report</source>
            <translation>Informe</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="65" />
            <source>The field that holds the settlement keys as the planned actions name them.</source>
            <translation>El campo que contiene las claves de asentamiento tal como las indican las acciones previstas.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="72" />
            <source>Settlement priority ranking</source>
            <translation>Clasificación de prioridades de los asentamientos</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="74" />
            <source>Settlement name field</source>
            <translation>Campo de nombre del asentamiento</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="76" />
            <source>Settlement key field</source>
            <translation>Campo clave del asentamiento</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="79" />
            <source>Priority raster (0-100)</source>
            <translation>Ráster de prioridad (0-100)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="80" />
            <source>City boundary</source>
            <translation>Límite de la ciudad</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="82" />
            <source>Roads</source>
            <translation>Vías</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="84" />
            <source>Planned actions (register)</source>
            <translation>Acciones previstas (registro)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="89" />
            <source>City name</source>
            <translation>Nombre de la ciudad</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="90" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="90" />
            <source>Resilience priorities</source>
            <translation>Prioridades de resiliencia</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="92" />
            <source>Logo (image)</source>
            <translation>Logotipo (imagen)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="93" />
            <source>Layout template (.qpt)</source>
            <translation>Plantilla de diseño (.qpt)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="98" />
            <source>Keep the layout in the project</source>
            <translation>Conservar el diseño en el proyecto</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="100" />
            <source>Report (PDF)</source>
            <translation>Informe (PDF)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="100" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="102" />
            <source>City map (PNG)</source>
            <translation>Mapa de la ciudad (PNG)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="102" />
            <source>PNG (*.png)</source>
            <translation>PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="104" />
            <source>Layout name</source>
            <translation>Nombre del diseño</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="119" />
            <source>Layer "{0}" is not a priority ranking (no {1}). Use the Ranking output of "Citywide resilience priorities".</source>
            <translation>La capa "{0}" no es una clasificación de prioridades (no tiene {1}). Use la salida Clasificación de "Prioridades de resiliencia a escala de ciudad".</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="125" />
            <source>The boundary layer "{0}" has no features; choose the city boundary.</source>
            <translation>La capa de límite "{0}" no tiene entidades; elija el límite de la ciudad.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="148" />
            <source>Cannot use the layout template: {0}</source>
            <translation>No se puede usar la plantilla de diseño: {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="156" />
            <source>The name field "{0}" is not in the ranking "{1}".</source>
            <translation>El campo de nombre "{0}" no está en la clasificación "{1}".</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="158" />
            <source>Settlements are named by the field "{0}" ({1}).</source>
            <translation>Los asentamientos se nombran con el campo "{0}" ({1}).</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="158" />
            <source>Settlements have no name field or key: they are listed as unnamed.</source>
            <translation>Los asentamientos no tienen campo de nombre ni clave: se enumeran como sin nombre.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="164" />
            <source>The ranking "{0}" has no ranked settlement: run "Citywide resilience priorities" with settlements inside the boundary.</source>
            <translation>La clasificación "{0}" no tiene ningún asentamiento clasificado: ejecute "Prioridades de resiliencia a escala de ciudad" con asentamientos dentro del límite.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="203" />
            <source>The boundary "{0}" does not overlap the priority raster: the map will show the boundary without priorities. Check that both are of the same city.</source>
            <translation>El límite "{0}" no se superpone con el ráster de prioridad: el mapa mostrará el límite sin prioridades. Verifique que ambos sean de la misma ciudad.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="208" />
            <source>The logo {0} does not exist and is left out.</source>
            <translation>El logotipo {0} no existe y se omite.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="247" />
            <source>Report written to {0}</source>
            <translation>Informe escrito en {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="67" />
            <source>The language the report is written in, its numbers and dates too: {0}. Empty: QGIS's language.</source>
            <translation>El idioma en que se escribe el informe, incluidos sus números y fechas: {0}. Vacío: el idioma de QGIS.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="95" />
            <source>Report language</source>
            <translation>Idioma del informe</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="105" />
            <source>Language of the report</source>
            <translation>Idioma del informe</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="257" />
            <source>The report is written in {0} ({1}).</source>
            <translation>El informe está escrito en {0} ({1}).</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="66" />
            <source>The output of "Energy access options": adds an energy plan page.</source>
            <translation>La salida de "Opciones de acceso a la energía": agrega una página con el plan energético.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="86" />
            <source>Energy plan</source>
            <translation>Plan energético</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="133" />
            <source>Layer "{0}" is not an energy plan: it has no {1}. Use the output of "Energy access options".</source>
            <translation>La capa "{0}" no es un plan energético: no tiene {1}. Use la salida de "Opciones de acceso a la energía".</translation>
        </message>
    </context>
    <context>
        <name>ReportContent</name>
        <message>
            <location filename="../qgis_side/report_content.py" line="69" />
            <source>Layer "{0}" is not a planned-action register.</source>
            <translation>La capa "{0}" no es un registro de acciones previstas.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="113" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="113" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="127" />
            <source>Numbers on the map are the settlements' ranks (1 = highest priority), as in the ranking table that follows; where numbers would overlap, the higher-ranked one is shown. {0} settlements ranked.</source>
            <translation>Los números del mapa son los puestos de los asentamientos (1 = prioridad más alta), como en la tabla de clasificación que sigue; donde los números se superpondrían, se muestra el de mejor puesto. {0} asentamientos clasificados.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="153" />
            <source>No planned action yet.</source>
            <translation>Todavía no hay acciones previstas.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="153" />
            <source>No action register was given.</source>
            <translation>No se indicó ningún registro de acciones.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="160" />
            <source>No action register was given: the gaps are not known.</source>
            <translation>No se indicó ningún registro de acciones: las brechas no se conocen.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="162" />
            <source>High priority, no active action ({0}):</source>
            <translation>Alta prioridad, sin acción activa ({0}):</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="168" />
            <source>… and {0} more</source>
            <translation>… y {0} más</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="180" />
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="182" />
            <source>no currency</source>
            <translation>sin moneda</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="214" />
            <source>not stated</source>
            <translation>no indicada</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="265" />
            <source>not recorded</source>
            <translation>no registrado</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="273" />
            <source>Weight sensitivity: {0} runs, spread {1} (Dirichlet around the weights); "stable" = same quintile in at least 90 % of runs.</source>
            <translation>Sensibilidad de los pesos: {0} ejecuciones, dispersión {1} (Dirichlet en torno a los pesos); "estable" = mismo quintil en al menos el 90 % de las ejecuciones.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="283" />
            <source>Scoring (value functions): {0}.</source>
            <translation>Puntuación (funciones de valor): {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="289" />
            <source>Reading the ranking:</source>
            <translation>Cómo leer la clasificación:</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="290" />
            <source>Rank: 1 is the highest priority. Priority: 0 (lowest) to 100 (highest), the weighted criterion scores of the settlement's own cells.</source>
            <translation>Puesto: 1 es la prioridad más alta. Prioridad: de 0 (la más baja) a 100 (la más alta), las puntuaciones ponderadas de los criterios en las celdas del propio asentamiento.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="292" />
            <source>People: persons counted in the settlement on the population grid. Main drivers: the two criteria that contribute most to its priority, with their share of it.</source>
            <translation>Personas: personas contadas en el asentamiento en la cuadrícula de población. Factores principales: los dos criterios que más contribuyen a su prioridad, con su proporción de ella.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="294" />
            <source>Rank range: the 5th to 95th percentile of its rank over the weight sensitivity runs. Stable: it stays in the same priority fifth in at least 90 % of the runs.</source>
            <translation>Rango de puestos: del percentil 5 al 95 de su puesto en las ejecuciones de sensibilidad de los pesos. Estable: permanece en el mismo quinto de prioridad en al menos el 90 % de las ejecuciones.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="297" />
            <source>Action: "yes" when a planned action that is not cancelled (proposed, approved, in progress, done) covers it; "—" when no register was given.</source>
            <translation>Acción: "sí" cuando lo cubre una acción prevista que no está cancelada (estado proposed, approved, in progress o done); "—" cuando no se indicó ningún registro.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="299" />
            <source>Caveats:</source>
            <translation>Advertencias:</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="301" />
            <source>{0} settlement(s) are not ranked (no cell with data inside the boundary).</source>
            <translation>{0} asentamiento(s) no están clasificados (ninguna celda con datos dentro del límite).</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="305" />
            <source>{0} settlement(s) lack data for part of the criteria weight; their priority uses the criteria present (see priority_completeness).</source>
            <translation>A {0} asentamiento(s) les faltan datos para parte del peso de los criterios; su prioridad usa los criterios presentes (vea priority_completeness).</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="309" />
            <source>Every settlement is ranked with every criterion present.</source>
            <translation>Todos los asentamientos se clasifican con todos los criterios presentes.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="310" />
            <source>Figures are modelled from the input data; check them on the ground before committing funds.</source>
            <translation>Las cifras se modelan a partir de los datos de entrada; verifíquelas en el terreno antes de comprometer fondos.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="331" />
            <source>{0}, layer {1}</source>
            <translation>{0}, capa {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="333" />
            <source>{0} — {1}, file of {2}</source>
            <translation>{0} — {1}, archivo de {2}</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="342" />
            <source>"{0}" — {1}, {2} layer (not a file)</source>
            <translation>"{0}" — {1}, capa {2} (no es un archivo)</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="344" />
            <source>Inputs:</source>
            <translation>Entradas:</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="346" />
            <source>in {0}:</source>
            <translation>en {0}:</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="30" />
            <source>sum</source>
            <translation>suma</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="30" />
            <source>product</source>
            <translation>producto</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="30" />
            <source>reweight</source>
            <translation>reponderación</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="30" />
            <source>zero</source>
            <translation>cero</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="30" />
            <source>nodata</source>
            <translation>sin datos</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="165" />
            <source>{0}. {1} (priority {2})</source>
            <translation>{0}. {1} (prioridad {2})</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="354" />
            <source>(unnamed)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="39" />
            <source>Priority = weighted sum of criterion scores (0-1), times 100. Criteria and weights: {0}.</source>
            <translation>Prioridad = suma ponderada de las puntuaciones de los criterios (0-1), multiplicada por 100. Criterios y pesos: {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="41" />
            <source>Priority = weighted product of criterion scores (0-1), times 100. Criteria and weights: {0}.</source>
            <translation>Prioridad = producto ponderado de las puntuaciones de los criterios (0-1), multiplicado por 100. Criterios y pesos: {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="45" />
            <source>Missing data: where a criterion has no value, the weights are shared over the criteria present.</source>
            <translation>Datos faltantes: donde un criterio no tiene valor, los pesos se reparten entre los criterios presentes.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="47" />
            <source>Missing data: a criterion without a value counts as score 0.</source>
            <translation>Datos faltantes: un criterio sin valor cuenta como puntuación 0.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="48" />
            <source>Missing data: a cell where any criterion has no value has no priority.</source>
            <translation>Datos faltantes: una celda en la que algún criterio no tiene valor no tiene prioridad.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="265" />
            <source>Priority = criterion scores (0-1) combined by the method "{0}", times 100. Criteria and weights: {1}.</source>
            <translation>Prioridad = puntuaciones de los criterios (0-1) combinadas con el método "{0}", multiplicadas por 100. Criterios y pesos: {1}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="269" />
            <source>Missing data: {0}.</source>
            <translation>Datos faltantes: {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="271" />
            <source>Classes 1-5 are city-wide quantiles of the map cells; a settlement's class is that of its priority.</source>
            <translation>Las clases 1-5 son cuantiles de las celdas del mapa a escala de ciudad; la clase de un asentamiento es la de su prioridad.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="339" />
            <source>table {0}.{1} of {2} — {3}, database table</source>
            <translation>tabla {0}.{1} de {2} — {3}, tabla de base de datos</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="194" />
            <source>ready (0.8 or more)</source>
            <translation>lista (0,8 o más)</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="195" />
            <source>in preparation (0.5 to 0.8)</source>
            <translation>en preparación (de 0,5 a 0,8)</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="196" />
            <source>early (under 0.5)</source>
            <translation>en etapa inicial (menos de 0,5)</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="225" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="230" />
            <source>No active action yet.</source>
            <translation>Todavía no hay acciones activas.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="232" />
            <source>No costed active action yet.</source>
            <translation>Todavía no hay acciones activas con costo estimado.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="235" />
            <source>{0} active action(s) (proposed, approved, in progress or done), {1} of them ready for a funder; mean readiness {2}.</source>
            <translation>{0} acción(es) activa(s) (propuestas, aprobadas, en curso o terminadas), {1} de ellas lista(s) para un financiador; grado de preparación medio: {2}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="239" />
            <source>Readiness is the share of the {0} checklist items an action meets: a place, the hazards it addresses, evidence that the settlements served are exposed, beneficiaries, a cost estimate with its currency, a funding source and status, a lead agency, start and end dates, co-benefits. It is computed as "Finance readiness of the actions" computes it, from the register and the ranking; this report does not read the exposure output, so the exposure evidence counts as missing here: run that tool with it for the full score and each action's climate rationale.</source>
            <translation>El grado de preparación es la proporción de los {0} elementos de la lista de verificación que cumple una acción: una ubicación, las amenazas que aborda, evidencia de que los asentamientos atendidos están expuestos, beneficiarios, un costo estimado con su moneda, una fuente y un estado del financiamiento, un organismo responsable, fechas de inicio y de finalización, cobeneficios. Se calcula como lo hace "Preparación de las acciones para el financiamiento", a partir del registro y de la clasificación; este informe no lee la salida de exposición, por lo que aquí la evidencia de exposición se cuenta como faltante: ejecute esa herramienta con dicha salida para obtener el grado de preparación completo y la justificación climática de cada acción.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="246" />
            <source>Beneficiaries are the action's own, else the people of the settlements it serves. An action that addresses several hazards is counted under each and its cost split evenly between them; amounts in different currencies are never added.</source>
            <translation>Los beneficiarios son los indicados en la acción o, en su defecto, las personas de los asentamientos que atiende. Una acción que aborda varias amenazas se cuenta en cada una y su costo se reparte por igual entre ellas; los importes en monedas distintas nunca se suman.</translation>
        </message>
    </context>
    <context>
        <name>ReportEnergy</name>
        <message>
            <location filename="../qgis_side/report_energy.py" line="33" />
            <source>Energy plan</source>
            <translation>Plan energético</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="35" />
            <source>Grid densification</source>
            <translation>Densificación de la red</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="36" />
            <source>Grid extension</source>
            <translation>Extensión de la red</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="37" />
            <source>Mini-grid</source>
            <translation>Minirred</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="38" />
            <source>Stand-alone solar</source>
            <translation>Sistema solar autónomo</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="39" />
            <source>City-wide</source>
            <translation>Toda la ciudad</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="47" />
            <source>Option</source>
            <translation>Opción</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="40" />
            <source>Settlements</source>
            <translation>Asentamientos</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="47" />
            <source>Households</source>
            <translation>Hogares</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="47" />
            <source>To connect</source>
            <translation>Por conectar</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="47" />
            <source>Investment</source>
            <translation>Inversión</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="40" />
            <source>Informal to regularise</source>
            <translation>Informales por regularizar</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="40" />
            <source>Regularisation cost</source>
            <translation>Costo de regularización</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="47" />
            <source>Settlement</source>
            <translation>Asentamiento</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="47" />
            <source>Per household</source>
            <translation>Por hogar</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="47" />
            <source>Informal</source>
            <translation>Informales</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="47" />
            <source>Flood note</source>
            <translation>Nota sobre inundación</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="190" />
            <source>Least cost per household among the options that serve tier {0} of the Multi-Tier Framework (stand-alone solar serves tier 1 only).</source>
            <translation>Menor costo por hogar entre las opciones que ofrecen el nivel {0} del Marco de Múltiples Niveles (MTF); el sistema solar autónomo solo ofrece el nivel 1.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="193" />
            <source>Unit costs: grid connection {0}, medium-voltage line {1} per km, mini-grid {2} and solar home system {3} per household, regularisation {4} per informal connection, resilience premium {5} on the flooded share.</source>
            <translation>Costos unitarios: conexión a la red {0}, línea de media tensión {1} por km, minirred {2} y sistema solar domiciliario {3} por hogar, regularización {4} por conexión informal, sobrecosto por resiliencia {5} sobre la proporción inundada.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="200" />
            <source>The settlements are costed in several currencies ({0}): amounts are shown without a code and are not comparable.</source>
            <translation>Los asentamientos tienen costos en varias monedas ({0}): los importes se muestran sin código y no son comparables.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="202" />
            <source>Figures from the energy access output "{0}".</source>
            <translation>Cifras de la salida de acceso a la energía "{0}".</translation>
        </message>
    </context>
    <context>
        <name>ReportLanguage</name>
        <message>
            <location filename="../qgis_side/translation.py" line="90" />
            <source>The report language "{0}" is not available; choose one of {1}, or leave it empty for QGIS's language.</source>
            <translation>El idioma del informe "{0}" no está disponible; elija uno de {1}, o déjelo vacío para usar el idioma de QGIS.</translation>
        </message>
        <message>
            <location filename="../qgis_side/translation.py" line="106" />
            <source>QGIS's language "{0}" has no report translation: the report is written in English.</source>
            <translation>El idioma de QGIS "{0}" no tiene traducción del informe: el informe se escribe en inglés.</translation>
        </message>
        <message>
            <location filename="../qgis_side/translation.py" line="115" />
            <source>The report translation for "{0}" is not compiled ({1} is missing; make package builds it): the report is written in English.</source>
            <translation>La traducción del informe para "{0}" no está compilada (falta {1}; make package la genera): el informe se escribe en inglés.</translation>
        </message>
    </context>
    <context>
        <name>ReportPages</name>
        <message>
            <location filename="../algorithms/report.py" line="182" />
            <source>Priority (0 = lowest, 100 = highest)</source>
            <translation>Prioridad (0 = la más baja, 100 = la más alta)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="185" />
            <source>Informal settlements</source>
            <translation>Asentamientos informales</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="189" />
            <source>City boundary</source>
            <translation>Límite de la ciudad</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="194" />
            <source>Roads</source>
            <translation>Vías</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="228" />
            <source>Budget by funding status (active actions)</source>
            <translation>Presupuesto por estado del financiamiento (acciones activas)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="230" />
            <source>Budget by hazard (shared costs split evenly)</source>
            <translation>Presupuesto por amenaza (los costos compartidos se reparten por igual)</translation>
        </message>
    </context>
    <context>
        <name>ResiliencePlannerAlgorithm</name>
        <message>
            <location filename="../algorithms/base.py" line="159" />
            <source>Cancelled: no output was written.</source>
            <translation>Cancelado: no se escribió ninguna salida.</translation>
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
            <translation>Exposición</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="157" />
            <source>Settlement hazard exposure…</source>
            <translation>Exposición de los asentamientos a amenazas…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="157" />
            <source>Infrastructure hazard exposure…</source>
            <translation>Exposición de la infraestructura a amenazas…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="160" />
            <source>Vulnerability</source>
            <translation>Vulnerabilidad</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="160" />
            <source>Vulnerability indicators…</source>
            <translation>Indicadores de vulnerabilidad…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="160" />
            <source>Settlement vulnerability index…</source>
            <translation>Índice de vulnerabilidad de los asentamientos…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="160" />
            <source>Indicator weights by pairwise comparison (AHP)…</source>
            <translation>Pesos de los indicadores por comparación por pares (AHP)…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="164" />
            <source>Access</source>
            <translation>Acceso</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="164" />
            <source>Access to services…</source>
            <translation>Acceso a servicios…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="164" />
            <source>Energy access options…</source>
            <translation>Opciones de acceso a la energía…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="167" />
            <source>Priorities</source>
            <translation>Prioridades</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="167" />
            <source>Citywide resilience priorities…</source>
            <translation>Prioridades de resiliencia a escala de ciudad…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="167" />
            <source>Priority explorer</source>
            <translation>Explorador de prioridades</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="170" />
            <source>Planned actions</source>
            <translation>Acciones previstas</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="170" />
            <source>Create planned-action register…</source>
            <translation>Crear registro de acciones previstas…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="170" />
            <source>Action coverage and gaps…</source>
            <translation>Cobertura de las acciones y brechas…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="170" />
            <source>Import actions from CSV…</source>
            <translation>Importar acciones desde CSV…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="170" />
            <source>Export action plan (CSV or Excel)…</source>
            <translation>Exportar plan de acción (CSV o Excel)…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="180" />
            <source>Report and workflow</source>
            <translation>Informe y flujo de trabajo</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="180" />
            <source>Resilience priorities report…</source>
            <translation>Informe de prioridades de resiliencia…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="180" />
            <source>Citywide workflow: exposure to action coverage…</source>
            <translation>Flujo de trabajo a escala de ciudad: de la exposición a la cobertura de las acciones…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="180" />
            <source>Batch: many cities…</source>
            <translation>Lote: varias ciudades…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="185" />
            <source>Training</source>
            <translation>Capacitación</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="185" />
            <source>Generate sample city…</source>
            <translation>Generar ciudad de ejemplo…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="199" />
            <source>Help</source>
            <translation>Ayuda</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="202" />
            <source>Open the Resilience Planner guide</source>
            <translation>Abrir la guía de Resilience Planner</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="206" />
            <source>About Resilience Planner…</source>
            <translation>Acerca de Resilience Planner…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="251" />
            <source>&lt;p&gt;&lt;b&gt;Resilience Planner {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{description}&lt;/p&gt;&lt;p&gt;Home page: &lt;a href="{homepage}"&gt;{homepage}&lt;/a&gt;&lt;br&gt;Report a problem: &lt;a href="{tracker}"&gt;{tracker}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Licence: {license}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Resilience Planner {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{description}&lt;/p&gt;&lt;p&gt;Página de inicio: &lt;a href="{homepage}"&gt;{homepage}&lt;/a&gt;&lt;br&gt;Informar de un problema: &lt;a href="{tracker}"&gt;{tracker}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Licencia: {license}&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="261" />
            <source>About Resilience Planner</source>
            <translation>Acerca de Resilience Planner</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="170" />
            <source>Copy planned-action register…</source>
            <translation>Copiar registro de acciones previstas…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="170" />
            <source>Finance readiness of the actions…</source>
            <translation>Preparación de las acciones para el financiamiento…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="180" />
            <source>Project profiles (PDF)…</source>
            <translation>Perfiles de proyecto (PDF)…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="170" />
            <source>Energy plan actions into the register…</source>
            <translation>Agregar acciones del plan energético al registro…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="170" />
            <source>Restore a planned action from its history…</source>
            <translation>Restaurar una acción prevista desde su historial…</translation>
        </message>
    </context>
    <context>
        <name>ResiliencePlannerProvider</name>
        <message>
            <location filename="../algorithms/provider.py" line="38" />
            <source>Citywide workflow: exposure to action coverage</source>
            <translation>Flujo de trabajo a escala de ciudad: de la exposición a la cobertura de las acciones</translation>
        </message>
        <message>
            <location filename="../algorithms/provider.py" line="79" />
            <source>Workflow</source>
            <translation>Flujo de trabajo</translation>
        </message>
    </context>
    <context>
        <name>ResilienceReport</name>
        <message>
            <location filename="../qgis_side/report.py" line="87" />
            <source>Resilience priorities</source>
            <translation>Prioridades de resiliencia</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="97" />
            <source>Legend</source>
            <translation>Leyenda</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="88" />
            <source>Settlement ranking</source>
            <translation>Clasificación de los asentamientos</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="89" />
            <source>Action plan</source>
            <translation>Plan de acción</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="93" />
            <source>Method and provenance</source>
            <translation>Método y procedencia</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="354" />
            <source>{0} — {1} · page {2} of {3}</source>
            <translation>{0} — {1} · página {2} de {3}</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="591" />
            <source>{0} (continued)</source>
            <translation>{0} (continuación)</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="60" />
            <source>Rank</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="60" />
            <source>Settlement</source>
            <translation>Asentamiento</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="60" />
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="60" />
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="60" />
            <source>Main drivers</source>
            <translation>Factores principales</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="60" />
            <source>Rank range</source>
            <translation>Rango de puestos</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="60" />
            <source>Stable</source>
            <translation>Estable</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="68" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="68" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="68" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="68" />
            <source>Funding</source>
            <translation>Financiamiento</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="82" />
            <source>Cost</source>
            <translation>Costo</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="77" />
            <source>Beneficiaries</source>
            <translation>Beneficiarios</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="68" />
            <source>Settlements</source>
            <translation>Asentamientos</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="77" />
            <source>Funding status</source>
            <translation>Estado del financiamiento</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="77" />
            <source>Readiness</source>
            <translation>Grado de preparación</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="82" />
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="82" />
            <source>Hazard addressed</source>
            <translation>Amenaza abordada</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="90" />
            <source>Finance pipeline</source>
            <translation>Cartera de financiamiento</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="91" />
            <source>By funding status and readiness</source>
            <translation>Por estado del financiamiento y grado de preparación</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="92" />
            <source>Total cost by hazard addressed</source>
            <translation>Costo total por amenaza abordada</translation>
        </message>
    </context>
    <context>
        <name>RestoreActionAlgorithm</name>
        <message>
            <location filename="../algorithms/restore_action.py" line="36" />
            <source>Restore a planned action from its history</source>
            <translation>Restaurar una acción prevista desde su historial</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="39" />
            <source>Planned actions</source>
            <translation>Acciones previstas</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="46" />
            <source>The register's database: the name of a QGIS PostgreSQL connection, or a connection string such as service=office or dbname=city host=db.example.org user=planner. A GeoPackage register keeps no history, so it cannot be restored from.</source>
            <translation>La base de datos del registro: el nombre de una conexión PostgreSQL de QGIS, o una cadena de conexión como service=office o dbname=city host=db.example.org user=planner. Un registro GeoPackage no guarda historial, por lo que no se puede restaurar desde él.</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="50" />
            <source>The database schema that holds the register.</source>
            <translation>El esquema de la base de datos que contiene el registro.</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="51" />
            <source>The action_id of the action to restore (a UUID).</source>
            <translation>El action_id de la acción que se restaurará (un UUID).</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="52" />
            <source>The history_id of the entry of planned_actions_history whose state the action gets back (the History… of the Planned actions dock lists them).</source>
            <translation>El history_id de la entrada de planned_actions_history cuyo estado recupera la acción (el botón Historial… del panel Acciones previstas enumera las entradas).</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="54" />
            <source>The row version you saw the action at (0: you saw it deleted): when it has changed since, nothing is restored and the message says who changed it and when. Empty: no check.</source>
            <translation>La versión de la fila en la que usted vio la acción (0: la vio eliminada): si cambió desde entonces, no se restaura nada y el mensaje indica quién la modificó y cuándo. Vacío: sin verificación.</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="60" />
            <source>Database (PostgreSQL)</source>
            <translation>Base de datos (PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="61" />
            <source>Database schema</source>
            <translation>Esquema de la base de datos</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="63" />
            <source>Action (action_id)</source>
            <translation>Acción (action_id)</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="64" />
            <source>History entry (history_id)</source>
            <translation>Entrada del historial (history_id)</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="67" />
            <source>Row version seen</source>
            <translation>Versión de la fila vista</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="70" />
            <source>Action restored</source>
            <translation>Acción restaurada</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="71" />
            <source>Its new row version</source>
            <translation>Su nueva versión de la fila</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="72" />
            <source>How it was written (UPDATE, or INSERT for a deleted action)</source>
            <translation>Cómo se escribió (UPDATE, o INSERT para una acción eliminada)</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="92" />
            <source>The action "{0}" ({1}), deleted, is back in the register in the state of history entry {2}: row version {3}.</source>
            <translation>La acción "{0}" ({1}), que estaba eliminada, ha vuelto al registro en el estado de la entrada del historial {2}: versión de la fila {3}.</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="96" />
            <source>The action "{0}" ({1}) is back in the state of history entry {2}: row version {3}.</source>
            <translation>La acción "{0}" ({1}) ha vuelto al estado de la entrada del historial {2}: versión de la fila {3}.</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="104" />
            <source>"{0}" is a GeoPackage register, which keeps no history of its own edits: there is no earlier state to restore. Only a register in a PostgreSQL database records every change (Copy planned-action register copies a GeoPackage into one). Give DATABASE: the name of a QGIS PostgreSQL connection, or a connection string such as service=office.</source>
            <translation>"{0}" es un registro GeoPackage, que no guarda historial de sus propias ediciones: no hay ningún estado anterior que restaurar. Solo un registro en una base de datos PostgreSQL anota cada cambio (Copiar registro de acciones previstas copia un GeoPackage en una base de datos). Indique DATABASE: el nombre de una conexión PostgreSQL de QGIS, o una cadena de conexión como service=office.</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="109" />
            <source>Give DATABASE: the name of a QGIS PostgreSQL connection, or a connection string such as service=office, of the register whose action to restore. A GeoPackage register keeps no history of its own edits, so only a register in a database can be restored from.</source>
            <translation>Indique DATABASE, la base de datos del registro cuya acción se restaurará: el nombre de una conexión PostgreSQL de QGIS, o una cadena de conexión como service=office. Un registro GeoPackage no guarda historial de sus propias ediciones, por lo que solo se puede restaurar desde un registro en una base de datos.</translation>
        </message>
    </context>
    <context>
        <name>SampleCityAlgorithm</name>
        <message>
            <location filename="../algorithms/sample_city.py" line="30" />
            <source>Generate sample city</source>
            <translation>Generar ciudad de ejemplo</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="33" />
            <source>Training</source>
            <translation>Capacitación</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="39" />
            <source>Seed</source>
            <translation>Semilla</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="41" />
            <source>Output folder</source>
            <translation>Carpeta de salida</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="43" />
            <source>Sample city GeoPackage</source>
            <translation>GeoPackage de la ciudad de ejemplo</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="57" />
            <source>Sample city written to {0}</source>
            <translation>Ciudad de ejemplo escrita en {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="69" />
            <source>Sample city Mto Mkuu (seed {0})</source>
            <translation>Ciudad de ejemplo Mto Mkuu (semilla {0})</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="44" />
            <source>Flood depth</source>
            <translation>Profundidad de inundación</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="44" />
            <source>Landslide susceptibility</source>
            <translation>Susceptibilidad a deslizamientos</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="44" />
            <source>Land-surface temperature</source>
            <translation>Temperatura de superficie</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="44" />
            <source>Population</source>
            <translation>Población</translation>
        </message>
    </context>
    <context>
        <name>ServiceAccessAlgorithm</name>
        <message>
            <location filename="../algorithms/service_access.py" line="76" />
            <source>Access to services</source>
            <translation>Acceso a servicios</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="46" />
            <source>Access</source>
            <translation>Acceso</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="53" />
            <source>A number (exposed where the value is at least it, e.g. 0.5), a comparison (&lt;=2) or classes (=1|2). Empty: any value above 0.</source>
            <translation>Un número con punto decimal (expuesto donde el valor es al menos ese número, p. ej. 0.5), una comparación (&lt;=2) o clases (=1|2). Vacío: cualquier valor mayor que 0.</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="58" />
            <source>Settlements</source>
            <translation>Asentamientos</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="60" />
            <source>Facilities</source>
            <translation>Equipamientos</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="62" />
            <source>Facility type field</source>
            <translation>Campo de tipo de equipamiento</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="65" />
            <source>Roads</source>
            <translation>Vías</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="67" />
            <source>Hazard raster</source>
            <translation>Ráster de amenaza</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="68" />
            <source>Hazard exposure rule</source>
            <translation>Regla de exposición a la amenaza</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="70" />
            <source>Maximum distance (m)</source>
            <translation>Distancia máxima (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="73" />
            <source>Road snapping tolerance (m)</source>
            <translation>Tolerancia de ajuste a las vías (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="78" />
            <source>Settlements that lose access to a facility type</source>
            <translation>Asentamientos que pierden el acceso a un tipo de equipamiento</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="117" />
            <source>The settlements layer has no features.</source>
            <translation>La capa de asentamientos no tiene entidades.</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="119" />
            <source>Distances are measured in {0} ({1}).</source>
            <translation>Las distancias se miden en {0} ({1}).</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="142" />
            <source>The facilities layer has no points.</source>
            <translation>La capa de equipamientos no tiene puntos.</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="146" />
            <source>{0} facilities have no type; their fields start with "{1}_".</source>
            <translation>{0} equipamientos no tienen tipo; sus campos empiezan por "{1}_".</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="148" />
            <source>Facility types: {0}</source>
            <translation>Tipos de equipamiento: {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="156" />
            <source>Road network: {0:,} junctions and vertices, {1:,} segments.</source>
            <translation>Red vial: {0:,} cruces y vértices, {1:,} segmentos.</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="164" />
            <source>{0} settlements are farther than the maximum distance from any road.</source>
            <translation>{0} asentamientos están a más de la distancia máxima de cualquier vía.</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="167" />
            <source>No roads: only straight-line distances are computed; the network fields stay NULL.</source>
            <translation>Sin vías: solo se calculan distancias en línea recta; los campos de red quedan en NULL.</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="178" />
            <source>{0:,} of {1:,} road segments are cut by the hazard.</source>
            <translation>{0:,} de {1:,} segmentos viales quedan cortados por la amenaza.</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="187" />
            <source>No "{0}" facility lies within {1:,.0f} m of any settlement.</source>
            <translation>No hay ningún equipamiento "{0}" a menos de {1:,.0f} m de ningún asentamiento.</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="195" />
            <source>{0}: {1} of {2} facilities are out of service during the hazard.</source>
            <translation>{0}: {1} de {2} equipamientos quedan fuera de servicio durante la amenaza.</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="206" />
            <source>{0}: {1} settlements lose access during the hazard.</source>
            <translation>{0}: {1} asentamientos pierden el acceso durante la amenaza.</translation>
        </message>
    </context>
    <context>
        <name>SettlementExposureAlgorithm</name>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="48" />
            <source>Settlement hazard exposure</source>
            <translation>Exposición de los asentamientos a amenazas</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="51" />
            <source>Exposure</source>
            <translation>Exposición</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="59" />
            <source>Persons per cell.</source>
            <translation>Personas por celda.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="60" />
            <source>Persons per settlement, used when there is no population raster.</source>
            <translation>Personas por asentamiento; se usa cuando no hay ráster de población.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="64" />
            <source>Settlements</source>
            <translation>Asentamientos</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="66" />
            <source>Settlement ID field</source>
            <translation>Campo de ID del asentamiento</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="69" />
            <source>Hazard rasters</source>
            <translation>Ráster de amenaza</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="71" />
            <source>Exposure rules, one per hazard</source>
            <translation>Reglas de exposición, una por amenaza</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="74" />
            <source>Population raster (persons/cell)</source>
            <translation>Ráster de población (personas/celda)</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="76" />
            <source>Population field (persons)</source>
            <translation>Campo de población (personas)</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="82" />
            <source>Settlement exposure</source>
            <translation>Exposición de los asentamientos</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="84" />
            <source>Settlements exposed to at least one hazard</source>
            <translation>Asentamientos expuestos a al menos una amenaza</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="86" />
            <source>People exposed to at least one hazard</source>
            <translation>Personas expuestas a al menos una amenaza</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="88" />
            <source>Doubts about the hazards (also in the output layer's metadata)</source>
            <translation>Dudas sobre las amenazas (también en los metadatos de la capa de salida)</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="110" />
            <source>Settlements layer "{0}" has no CRS. Set its coordinate reference system (Layer Properties &gt; Source) and run again.</source>
            <translation>La capa de asentamientos "{0}" no tiene SRC. Defina su sistema de referencia de coordenadas (Propiedades de la capa &gt; Fuente) y vuelva a ejecutar.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="115" />
            <source>Choose at least one hazard raster.</source>
            <translation>Elija al menos un ráster de amenaza.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="119" />
            <source>Raster "{0}" has {1} bands; band 1 is used.</source>
            <translation>El ráster "{0}" tiene {1} bandas; se usa la banda 1.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="132" />
            <source>Hazard "{0}" → fields {1}_*</source>
            <translation>Amenaza "{0}" → campos {1}_*</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="135" />
            <source>Settlements layer "{0}" has no features. Choose a layer with settlement polygons, or clear the selection filter.</source>
            <translation>La capa de asentamientos "{0}" no tiene entidades. Elija una capa con polígonos de asentamientos o borre el filtro de selección.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="142" />
            <source>No population raster or population field: the *_exposed_pop fields stay NULL.</source>
            <translation>No hay ráster ni campo de población: los campos *_exposed_pop quedan en NULL.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="156" />
            <source>Hazard "{0}" exposes (nearly) all of every settlement: {1} of the {2} settlements with data are at least 99 % exposed under its rule ({3}). A real hazard rarely does: check that the rule does not include every value (classes coded the other way round, a threshold below the data) and that the layer is a hazard.</source>
            <translation>La amenaza "{0}" expone (casi) la totalidad de todos los asentamientos: {1} de los {2} asentamientos con datos están expuestos al menos en un 99 % según su regla ({3}). Una amenaza real rara vez lo hace: verifique que la regla no incluya todos los valores (clases codificadas al revés, un umbral por debajo de los datos) y que la capa sea una amenaza.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="185" />
            <source>{0} of {1} settlements are exposed to at least one hazard; {2}.</source>
            <translation>{0} de {1} asentamientos están expuestos a al menos una amenaza; {2}.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="185" />
            <source>the number of people exposed is unknown (no population)</source>
            <translation>se desconoce el número de personas expuestas (sin población)</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="185" />
            <source>{0:,.0f} people live in exposed cells</source>
            <translation>{0:,.0f} personas viven en celdas expuestas</translation>
        </message>
    </context>
    <context>
        <name>Styles</name>
        <message>
            <location filename="../qgis_side/styles.py" line="45" />
            <source>grid densification</source>
            <translation>densificación de la red</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="46" />
            <source>grid extension</source>
            <translation>extensión de la red</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="47" />
            <source>mini grid</source>
            <translation>minirred</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="48" />
            <source>standalone solar</source>
            <translation>sistema solar autónomo</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="110" />
            <source>{0} cannot be opened</source>
            <translation>No se puede abrir {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="115" />
            <source>The style Resilience Planner gave this output</source>
            <translation>El estilo que Resilience Planner dio a esta salida</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="117" />
            <source>{0}: the .qml could not be written</source>
            <translation>{0}: no se pudo escribir el archivo .qml</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="189" />
            <source>Could not style {0}: {1}</source>
            <translation>No se pudo aplicar el estilo a {0}: {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="212" />
            <source>1 Very low</source>
            <translation>1 Muy baja</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="212" />
            <source>2 Low</source>
            <translation>2 Baja</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="212" />
            <source>3 Medium</source>
            <translation>3 Media</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="212" />
            <source>4 High</source>
            <translation>4 Alta</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="212" />
            <source>5 Very high</source>
            <translation>5 Muy alta</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="304" />
            <source>{0} – lowest here (0 = no criterion scores)</source>
            <translation>{0} – mínimo aquí (0 = ningún criterio puntúa)</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="305" />
            <source>{0} (half of the cells below)</source>
            <translation>{0} (la mitad de las celdas por debajo)</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="306" />
            <source>{0} (three quarters below)</source>
            <translation>{0} (tres cuartas partes por debajo)</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="307" />
            <source>{0} (nine tenths below)</source>
            <translation>{0} (nueve décimas partes por debajo)</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="308" />
            <source>{0} – highest here (100 = every criterion high)</source>
            <translation>{0} – máximo aquí (100 = todo criterio alto)</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="309" />
            <source>half of the cells</source>
            <translation>la mitad de las celdas</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="309" />
            <source>three quarters of the cells</source>
            <translation>tres cuartas partes de las celdas</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="310" />
            <source>nine tenths of the cells</source>
            <translation>nueve décimas partes de las celdas</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="329" />
            <source>{0} at or below</source>
            <translation>{0} en este valor o por debajo</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="341" />
            <source>{0} (priority {1:.1f}–{2:.1f})</source>
            <translation>{0} (prioridad {1:.1f}–{2:.1f})</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="350" />
            <source>Not ranked (no data)</source>
            <translation>Sin clasificar (sin datos)</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="359" />
            <source>High priority (classes 4-5)</source>
            <translation>Prioridad alta (clases 4-5)</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="364" />
            <source>Action proposed</source>
            <translation>Acción propuesta</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="364" />
            <source>Action approved</source>
            <translation>Acción aprobada</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="364" />
            <source>Action in progress</source>
            <translation>Acción en curso</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="364" />
            <source>Action done</source>
            <translation>Acción terminada</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="380" />
            <source>Action cancelled</source>
            <translation>Acción cancelada</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="384" />
            <source>Action without a status</source>
            <translation>Acción sin estado</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="398" />
            <source>Exposed to {0}</source>
            <translation>Expuesto a {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="398" />
            <source>Not exposed</source>
            <translation>No expuesto</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="398" />
            <source>No hazard data</source>
            <translation>Sin datos de amenaza</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="408" />
            <source>Loses access to {0} in the hazard</source>
            <translation>Pierde el acceso a {0} durante la amenaza</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="408" />
            <source>Keeps access to {0}</source>
            <translation>Conserva el acceso a {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="408" />
            <source>No road access to {0}, even without the hazard</source>
            <translation>Sin acceso por vías a {0}, incluso sin la amenaza</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="436" />
            <source>Primary road</source>
            <translation>Vía primaria</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="436" />
            <source>Secondary road</source>
            <translation>Vía secundaria</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="436" />
            <source>Residential road</source>
            <translation>Vía residencial</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="442" />
            <source>Other road</source>
            <translation>Otra vía</translation>
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
            <translation>1 Baja</translation>
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
            <translation>0 personas por celda</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>City boundary</source>
            <translation>Límite de la ciudad</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Health facilities</source>
            <translation>Centros de salud</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Schools</source>
            <translation>Escuelas</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Water points</source>
            <translation>Puntos de agua</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Substations</source>
            <translation>Subestaciones</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Power lines</source>
            <translation>Líneas eléctricas</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Roads</source>
            <translation>Vías</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Settlements</source>
            <translation>Asentamientos</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Settlement profiles</source>
            <translation>Perfiles de los asentamientos</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Flood depth (m)</source>
            <translation>Profundidad de inundación (m)</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Landslide susceptibility</source>
            <translation>Susceptibilidad a deslizamientos</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Land-surface temperature (°C)</source>
            <translation>Temperatura de superficie (°C)</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Population (people per cell)</source>
            <translation>Población (personas por celda)</translation>
        </message>
    </context>
    <context>
        <name>Vulnerability</name>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="107" />
            <source>Warning: </source>
            <translation>Advertencia: </translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="111" />
            <source>Error: </source>
            <translation>Error: </translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="838" />
            <source>Vulnerability indicators</source>
            <translation>Indicadores de vulnerabilidad</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="171" />
            <source>Indicators</source>
            <translation>Indicadores</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="172" />
            <source>Pairwise weights (AHP)</source>
            <translation>Pesos por pares (AHP)</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="175" />
            <source>Messages</source>
            <translation>Mensajes</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="186" />
            <source>Run</source>
            <translation>Ejecutar</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="187" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="208" />
            <source>A table of settlement profiles joined to the settlements by a key. Empty: the indicators are the settlements layer's own fields.</source>
            <translation>Una tabla de perfiles de asentamientos unida a los asentamientos mediante una clave. Vacío: los indicadores son los campos de la propia capa de asentamientos.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="212" />
            <source>Settlements</source>
            <translation>Asentamientos</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="218" />
            <source>Key</source>
            <translation>Clave</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="216" />
            <source>Profile table</source>
            <translation>Tabla de perfiles</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="226" />
            <source>Built-in presets…</source>
            <translation>Conjuntos predefinidos incluidos…</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="231" />
            <source>Load preset…</source>
            <translation>Cargar conjunto predefinido…</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="232" />
            <source>Save preset…</source>
            <translation>Guardar conjunto predefinido…</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="239" />
            <source>Indicator (tick to use)</source>
            <translation>Indicador (marque para usarlo)</translation>
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
            <translation>Proporción</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="245" />
            <source>The weight's share of the ticked indicators' total: what the index gives it</source>
            <translation>La proporción que representa el peso en el total de los indicadores marcados: lo que le da el índice</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="255" />
            <source>Min–max</source>
            <translation>Mín–máx</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="255" />
            <source>Percentile rank</source>
            <translation>Rango percentil</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="255" />
            <source>Z-score through the normal distribution</source>
            <translation>Puntuación Z mediante la distribución normal</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="258" />
            <source>Reweight over the indicators present</source>
            <translation>Reponderar entre los indicadores presentes</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="258" />
            <source>Fill with the median</source>
            <translation>Completar con la mediana</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="258" />
            <source>Leave the score NULL</source>
            <translation>Dejar la puntuación en NULL</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="262" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="263" />
            <source>[Create temporary layer]</source>
            <translation>[Crear capa temporal]</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="264" />
            <source>Normalisation</source>
            <translation>Normalización</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="266" />
            <source>Missing values</source>
            <translation>Valores faltantes</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="268" />
            <source>Output</source>
            <translation>Salida</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="279" />
            <source>The arrow points at the more important indicator of each pair. The computed weights apply once you click "Use these weights".</source>
            <translation>La flecha apunta al indicador más importante de cada par. Los pesos calculados se aplican cuando hace clic en "Usar estos pesos".</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="294" />
            <source>Compute weights</source>
            <translation>Calcular pesos</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="295" />
            <source>Use these weights</source>
            <translation>Usar estos pesos</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="296" />
            <source>Replace the weights on the Indicators page by the AHP weights</source>
            <translation>Reemplazar los pesos de la página Indicadores por los pesos AHP</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="349" />
            <source>Settlements: "{0}", {1}.</source>
            <translation>Asentamientos: "{0}", {1}.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="351" />
            <source>Profiles joined on "{0}" = "{1}".</source>
            <translation>Perfiles unidos por "{0}" = "{1}".</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="353" />
            <source>Add a settlements layer (polygons) to the project.</source>
            <translation>Agregue al proyecto una capa de asentamientos (polígonos).</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="420" />
            <source>"{0}" and "{1}" have no key field of the same name: choose the two key fields.</source>
            <translation>"{0}" y "{1}" no tienen ningún campo clave con el mismo nombre: elija los dos campos clave.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="470" />
            <source>+ : a higher value means more vulnerable; - : less vulnerable</source>
            <translation>+ : un valor más alto significa más vulnerable; - : menos vulnerable</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="567" />
            <source>Preset "{0}" loaded.</source>
            <translation>Conjunto predefinido "{0}" cargado.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="569" />
            <source>Not in this table: {0}.</source>
            <translation>No están en esta tabla: {0}.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="578" />
            <source>Preset saved to {0}</source>
            <translation>Conjunto predefinido guardado en {0}</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="586" />
            <source>Load indicator preset</source>
            <translation>Cargar conjunto predefinido de indicadores</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="592" />
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="592" />
            <source>Save indicator preset</source>
            <translation>Guardar conjunto predefinido de indicadores</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="736" />
            <source>{0} pairs</source>
            <translation>{0} pares</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="648" />
            <source>Tick at least two indicators on the Indicators page first.</source>
            <translation>Primero marque al menos dos indicadores en la página Indicadores.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="708" />
            <source>CR = {0:.3f}</source>
            <translation>CR = {0:.3f}</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="710" />
            <source>(above 0.1: the judgements contradict each other; revisit them)</source>
            <translation>(superior a 0,1: los juicios se contradicen entre sí; revíselos)</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="720" />
            <source>The ticked indicators changed since the AHP weights were computed: compute them again.</source>
            <translation>Los indicadores marcados cambiaron desde que se calcularon los pesos AHP: vuelva a calcularlos.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="727" />
            <source>AHP weights applied (CR = {0:.3f}).</source>
            <translation>Pesos AHP aplicados (CR = {0:.3f}).</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="761" />
            <source>Choose a settlements layer.</source>
            <translation>Elija una capa de asentamientos.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="764" />
            <source>Tick at least one indicator.</source>
            <translation>Marque al menos un indicador.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="808" />
            <source>Cancelled while the output was being written: it was completed and kept.</source>
            <translation>Se canceló mientras se escribía la salida: se completó y se conservó.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="808" />
            <source>Cancelled: no output was written.</source>
            <translation>Cancelado: no se escribió ninguna salida.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="812" />
            <source>The index was not computed; see the messages.</source>
            <translation>No se calculó el índice; vea los mensajes.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="821" />
            <source>Settlement vulnerability</source>
            <translation>Vulnerabilidad de los asentamientos</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="826" />
            <source>{0} settlements scored; mean completeness {1:.0%}.</source>
            <translation>{0} asentamientos con puntuación; completitud media {1:.0%}.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="838" />
            <source>The index is still being computed. Cancel it?</source>
            <translation>El índice todavía se está calculando. ¿Desea cancelarlo?</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="704" />
            <source>{0} {1} → {2}</source>
            <translation>{0} {1} → {2}</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="707" />
            <source>Share of the weight, now → with AHP: </source>
            <translation>Proporción del peso, ahora → con AHP: </translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="68" />
            <source>◀ 9 extremely</source>
            <translation>◀ 9 extremadamente</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="69" />
            <source>◀ 7 very strongly</source>
            <translation>◀ 7 muy fuertemente</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="70" />
            <source>◀ 5 strongly</source>
            <translation>◀ 5 fuertemente</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="71" />
            <source>◀ 3 moderately</source>
            <translation>◀ 3 moderadamente</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="72" />
            <source>1 equally</source>
            <translation>1 igual de importante</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="73" />
            <source>3 moderately ▶</source>
            <translation>3 moderadamente ▶</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="74" />
            <source>5 strongly ▶</source>
            <translation>5 fuertemente ▶</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="75" />
            <source>7 very strongly ▶</source>
            <translation>7 muy fuertemente ▶</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="76" />
            <source>9 extremely ▶</source>
            <translation>9 extremadamente ▶</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="78" />
            <source>"{a}" is extremely more important than "{b}"</source>
            <translation>"{a}" es extremadamente más importante que "{b}"</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="79" />
            <source>"{a}" is very strongly more important than "{b}"</source>
            <translation>"{a}" es muy fuertemente más importante que "{b}"</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="80" />
            <source>"{a}" is strongly more important than "{b}"</source>
            <translation>"{a}" es fuertemente más importante que "{b}"</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="81" />
            <source>"{a}" is moderately more important than "{b}"</source>
            <translation>"{a}" es moderadamente más importante que "{b}"</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="82" />
            <source>"{a}" and "{b}" are equally important</source>
            <translation>"{a}" y "{b}" son igual de importantes</translation>
        </message>
    </context>
    <context>
        <name>VulnerabilityIndexAlgorithm</name>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="47" />
            <source>Settlement vulnerability index</source>
            <translation>Índice de vulnerabilidad de los asentamientos</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="50" />
            <source>Vulnerability</source>
            <translation>Vulnerabilidad</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="57" />
            <source>Empty: the preset's, else min–max.</source>
            <translation>Vacío: la del conjunto predefinido; si no, mín–máx.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="58" />
            <source>Empty: the preset's, else reweight over the indicators present.</source>
            <translation>Vacío: la del conjunto predefinido; si no, reponderar entre los indicadores presentes.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="62" />
            <source>Settlements</source>
            <translation>Asentamientos</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="64" />
            <source>Settlement profiles (table)</source>
            <translation>Perfiles de los asentamientos (tabla)</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="66" />
            <source>Settlement key field</source>
            <translation>Campo clave del asentamiento</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="69" />
            <source>Profile key field</source>
            <translation>Campo clave del perfil</translation>
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
            <translation>Normalización</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="77" />
            <source>Min–max</source>
            <translation>Mín–máx</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="77" />
            <source>Percentile rank</source>
            <translation>Rango percentil</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="77" />
            <source>Z-score through the normal distribution</source>
            <translation>Puntuación Z mediante la distribución normal</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="81" />
            <source>Missing values</source>
            <translation>Valores faltantes</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="81" />
            <source>Reweight over the indicators present</source>
            <translation>Reponderar entre los indicadores presentes</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="81" />
            <source>Fill with the median</source>
            <translation>Completar con la mediana</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="81" />
            <source>Leave the score NULL</source>
            <translation>Dejar la puntuación en NULL</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="86" />
            <source>Settlement vulnerability</source>
            <translation>Vulnerabilidad de los asentamientos</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="88" />
            <source>Settlements with a score</source>
            <translation>Asentamientos con puntuación</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="89" />
            <source>Mean completeness</source>
            <translation>Completitud media</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="107" />
            <source>A profile table was given: choose the settlement key field and the profile key field that join it to the settlements.</source>
            <translation>Se indicó una tabla de perfiles: elija el campo clave del asentamiento y el campo clave del perfil que la unen a los asentamientos.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="117" />
            <source>Settlements layer "{0}" has no features.</source>
            <translation>La capa de asentamientos "{0}" no tiene entidades.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="127" />
            <source>No profile matched any settlement: "{0}" in "{1}" (e.g. {2}) and "{3}" in "{4}" (e.g. {5}) share no key. Check the two key fields.</source>
            <translation>Ningún perfil coincidió con ningún asentamiento: "{0}" en "{1}" (p. ej. {2}) y "{3}" en "{4}" (p. ej. {5}) no comparten ninguna clave. Revise los dos campos clave.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="133" />
            <source>{0} settlement(s) have no profile, so their indicators are missing: {1}</source>
            <translation>{0} asentamiento(s) no tienen perfil, por lo que les faltan los indicadores: {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="137" />
            <source>{0} profile(s) match no settlement: {1}</source>
            <translation>{0} perfil(es) no coinciden con ningún asentamiento: {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="147" />
            <source>Weights (normalised to sum 1), normalisation {0}, missing values: {1}</source>
            <translation>Pesos (normalizados para sumar 1), normalización {0}, valores faltantes: {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="191" />
            <source>Both INDICATORS and PRESET were given: the INDICATORS table is used.</source>
            <translation>Se indicaron INDICATORS y PRESET: se usa la tabla INDICATORS.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="196" />
            <source>Preset "{0}": {1} indicators</source>
            <translation>Conjunto predefinido "{0}": {1} indicadores</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="199" />
            <source>No indicators: fill in the INDICATORS table (field, direction, weight) or choose a preset.</source>
            <translation>No hay indicadores: complete la tabla INDICATORS (campo, sentido, peso) o elija un conjunto predefinido.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="220" />
            <source>Optional indicator "{0}" is not in "{1}" and is left out.</source>
            <translation>El indicador opcional "{0}" no está en "{1}" y se omite.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="224" />
            <source>Indicator field "{0}" is not in "{1}". Its numeric fields are: {2}.</source>
            <translation>El campo de indicador "{0}" no está en "{1}". Sus campos numéricos son: {2}.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="224" />
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="229" />
            <source>Indicator field "{0}" in "{1}" is of type {2}; choose a numeric field.</source>
            <translation>El campo de indicador "{0}" de "{1}" es de tipo {2}; elija un campo numérico.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="233" />
            <source>Field "{0}" is text: its values are read as numbers.</source>
            <translation>El campo "{0}" es de texto: sus valores se leen como números.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="238" />
            <source>None of the preset's indicators is in "{0}".</source>
            <translation>Ninguno de los indicadores del conjunto predefinido está en "{0}".</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="242" />
            <source>Indicator field(s) listed twice (field names ignore case): {0}.</source>
            <translation>Campo(s) de indicadores indicados dos veces (los nombres de campo no distinguen mayúsculas de minúsculas): {0}.</translation>
        </message>
    </context>
    <context>
        <name>Weights</name>
        <message>
            <location filename="../qgis_side/weights.py" line="161" />
            <source>the cell size</source>
            <translation>el tamaño de celda</translation>
        </message>
        <message>
            <location filename="../qgis_side/weights.py" line="173" />
            <source>the population bound</source>
            <translation>el límite de población</translation>
        </message>
        <message>
            <location filename="../qgis_side/weights.py" line="179" />
            <source>the access bounds</source>
            <translation>los límites de acceso</translation>
        </message>
    </context>
    <context>
        <name>_Settlements</name>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="245" />
            <source>Population field "{0}" in "{1}" holds {2}, not numbers. Choose a numeric field of persons per settlement, or convert it first (Field Calculator: to_real("{0}")).</source>
            <translation>El campo de población "{0}" de "{1}" contiene {2}, no números. Elija un campo numérico de personas por asentamiento o conviértalo primero (Calculadora de campos: to_real("{0}")).</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="274" />
            <source>Population field "{0}" is empty for every settlement.</source>
            <translation>El campo de población "{0}" está vacío en todos los asentamientos.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="326" />
            <source>Settlements layer "{0}" changed while it was being measured ({1}). Run again once it is no longer being edited.</source>
            <translation>La capa de asentamientos "{0}" cambió mientras se medía ({1}). Vuelva a ejecutar cuando ya no se esté editando.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="343" />
            <source>{0} features, then {1}</source>
            <translation>{0} entidades, luego {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="338" />
            <source>feature {0} was edited, added or deleted</source>
            <translation>la entidad {0} se editó, agregó o eliminó</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="323" />
            <source>the population of feature {0} was edited</source>
            <translation>se editó la población de la entidad {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="350" />
            <source>Repaired {0} invalid settlement geometries with self-crossing rings in "{1}": {2}</source>
            <translation>Se repararon {0} geometrías de asentamientos no válidas con anillos que se autointersecan en "{1}": {2}</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="354" />
            <source>Measured {0} invalid settlement geometries in "{1}" as drawn (their rings touch or overlap but none crosses itself; overlapping parts count once): {2}</source>
            <translation>Se midieron tal como están dibujadas {0} geometrías de asentamientos no válidas en "{1}" (sus anillos se tocan o se superponen, pero ninguno se cruza a sí mismo; las partes superpuestas cuentan una sola vez): {2}</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="359" />
            <source>Skipped {0} settlements in "{1}" with empty or unusable geometry (their statistics are NULL): {2}</source>
            <translation>Se omitieron {0} asentamientos de "{1}" con geometría vacía o inutilizable (sus estadísticas son NULL): {2}</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="259" />
            <source>Population field "{0}" in "{1}" holds {2} value(s) that are not numbers: {3}. Choose a field of persons per settlement, or correct those values (an empty one leaves its settlement without a population), and run again.</source>
            <translation>El campo de población "{0}" de "{1}" contiene {2} valor(es) que no son números: {3}. Elija un campo de personas por asentamiento, o corrija esos valores (uno vacío deja su asentamiento sin población), y vuelva a ejecutar.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="266" />
            <source>Population field "{0}" in "{1}": {2}.</source>
            <translation>Campo de población "{0}" de "{1}": {2}.</translation>
        </message>
    </context>
    <context>
        <name>help:actioncoverage</name>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;p&gt;Sets the planned actions against the settlements (ideally the ranking of &lt;i&gt;Citywide resilience priorities&lt;/i&gt;): who each action serves, at what cost per person, and which high-priority settlements have no active action.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Contrasta las acciones previstas con los asentamientos (idealmente, la clasificación de &lt;i&gt;Prioridades de resiliencia a escala de ciudad&lt;/i&gt;): a quién atiende cada acción, con qué costo por persona, y qué asentamientos de alta prioridad no tienen ninguna acción activa.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;h3&gt;Inputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Entradas&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;li&gt;&lt;b&gt;Actions&lt;/b&gt;: the planned-action register. An action serves the settlements named in its &lt;i&gt;settlements&lt;/i&gt; field (by the settlement key); when it names none, those its target area overlaps. Cancelled actions serve nobody.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Acciones&lt;/b&gt;: el registro de acciones previstas. Una acción atiende a los asentamientos indicados en su campo &lt;i&gt;settlements&lt;/i&gt; (por la clave del asentamiento); cuando no indica ninguno, a los que se superponen con su área de intervención. Las acciones canceladas no atienden a nadie.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlements&lt;/b&gt; with their &lt;b&gt;key&lt;/b&gt;, &lt;b&gt;priority&lt;/b&gt; (default &lt;i&gt;priority_mean&lt;/i&gt;), &lt;b&gt;priority class&lt;/b&gt; (default &lt;i&gt;priority_class&lt;/i&gt;) and &lt;b&gt;population&lt;/b&gt; (default &lt;i&gt;grid_population&lt;/i&gt;) fields, as the ranking has them.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Asentamientos&lt;/b&gt; con sus campos de &lt;b&gt;clave&lt;/b&gt;, &lt;b&gt;prioridad&lt;/b&gt; (predeterminado &lt;i&gt;priority_mean&lt;/i&gt;), &lt;b&gt;clase de prioridad&lt;/b&gt; (predeterminado &lt;i&gt;priority_class&lt;/i&gt;) y &lt;b&gt;población&lt;/b&gt; (predeterminado &lt;i&gt;grid_population&lt;/i&gt;), tal como los tiene la clasificación.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;li&gt;&lt;b&gt;Decimal mark&lt;/b&gt; (advanced): how numbers stored as text in the fields above are read. &lt;i&gt;Automatic&lt;/i&gt; decides each field from all its cells, and the log says what was used; a field whose every number has exactly three digits after its mark ("12.500", "3.200") could be thousands or decimals, and is refused: choose &lt;i&gt;point&lt;/i&gt; (1,234.5) or &lt;i&gt;comma&lt;/i&gt; (1.234,5).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Separador decimal&lt;/b&gt; (avanzado): cómo se leen los números guardados como texto en los campos anteriores. &lt;i&gt;Automático&lt;/i&gt;
decide cada campo a partir de todas sus celdas, y el registro indica lo que se usó; un campo en el que cada número tiene exactamente
tres cifras después de su separador ("12.500", "3.200") podría estar en miles o en decimales, y se rechaza: elija
&lt;i&gt;punto&lt;/i&gt; (1,234.5) o &lt;i&gt;coma&lt;/i&gt; (1.234,5).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;li&gt;&lt;b&gt;Population&lt;/b&gt; (optional raster, persons per cell): the people inside each action's target area (partly covered cells by their share). Without it an action's beneficiaries are the people of the settlements it serves.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Población&lt;/b&gt; (ráster opcional, personas por celda): las personas dentro del área de intervención de cada acción (las celdas parcialmente cubiertas, según su proporción). Sin este ráster, los beneficiarios de una acción son las personas de los asentamientos que atiende.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;h3&gt;Outputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Salidas&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;li&gt;&lt;b&gt;Actions&lt;/b&gt; with &lt;i&gt;beneficiaries&lt;/i&gt;, &lt;i&gt;priority_score&lt;/i&gt; (mean priority of the settlements it serves), &lt;i&gt;cost_per_beneficiary&lt;/i&gt; and &lt;i&gt;served&lt;/i&gt; (their keys).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Acciones&lt;/b&gt; con &lt;i&gt;beneficiaries&lt;/i&gt;, &lt;i&gt;priority_score&lt;/i&gt; (prioridad media de los asentamientos que atiende), &lt;i&gt;cost_per_beneficiary&lt;/i&gt; y &lt;i&gt;served&lt;/i&gt; (sus claves).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlements&lt;/b&gt; with &lt;i&gt;actions_count&lt;/i&gt; and &lt;i&gt;actions_cost&lt;/i&gt; (active actions; an action serving several settlements has its cost split evenly) and &lt;i&gt;gap&lt;/i&gt; (1 = priority class 4–5 and no active action).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Asentamientos&lt;/b&gt; con &lt;i&gt;actions_count&lt;/i&gt; y &lt;i&gt;actions_cost&lt;/i&gt; (acciones activas; el costo de una acción que atiende a varios asentamientos se reparte por igual) y &lt;i&gt;gap&lt;/i&gt; (1 = clase de prioridad 4–5 y ninguna acción activa).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;p&gt;Numbers: active actions, gaps, people in high-priority settlements and the share of them in settlements that an active action serves, and the planned cost.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Cifras: acciones activas, brechas, personas en asentamientos de alta prioridad y la proporción de ellas en asentamientos que atiende una acción activa, y el costo previsto.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;p&gt;The planned actions are a GeoPackage register or a register in a PostgreSQL/PostGIS database: choose its layer (opened by the &lt;i&gt;Planned actions&lt;/i&gt; dock, or from the Browser), or give &lt;code&gt;postgres://service=office table="resilience"."planned_actions" (geom)&lt;/code&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Las acciones previstas son un registro GeoPackage o un registro en una base de datos PostgreSQL/PostGIS: elija su capa (abierta desde el panel &lt;i&gt;Acciones previstas&lt;/i&gt; o desde el Navegador), o indique &lt;code&gt;postgres://service=office table="resilience"."planned_actions" (geom)&lt;/code&gt;.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:ahpweights</name>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;p&gt;Weights for indicators from pairwise judgements on Saaty's 1–9 scale (1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important; 1/3 ... 1/9 the other way round). The weights are the principal eigenvector of the comparison matrix.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Pesos de los indicadores a partir de juicios por pares en la escala 1–9 de Saaty (1 igual de importante; 3 moderadamente, 5 fuertemente, 7 muy fuertemente, 9 extremadamente más importante; 1/3 ... 1/9 en sentido inverso). Los pesos son el vector propio principal de la matriz de comparación.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;h3&gt;Inputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Entradas&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;li&gt;&lt;b&gt;Indicator fields&lt;/b&gt;: names separated by commas, in matrix order.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Campos de indicadores&lt;/b&gt;: nombres separados por comas, en el orden de la matriz.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;li&gt;&lt;b&gt;Pairwise comparison matrix&lt;/b&gt;: numbers separated by commas, rows by semicolons or new lines. Either the full n × n reciprocal matrix, or only the upper triangle row by row (for a, b, c: a/b, a/c, b/c).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Matriz de comparación por pares&lt;/b&gt;: números separados por comas, y las filas por punto y coma o por saltos de línea. Puede ser la matriz recíproca completa de n × n, o solo el triángulo superior fila por fila (para a, b, c: a/b, a/c, b/c).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;li&gt;&lt;b&gt;Directions&lt;/b&gt; (optional): + or - per indicator, for the INDICATORS output.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Sentidos&lt;/b&gt; (opcional): + o - por indicador, para la salida INDICATORS.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;h3&gt;Outputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Salidas&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;li&gt;A table of indicator, direction and weight.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Una tabla de indicador, sentido y peso.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;li&gt;&lt;b&gt;CONSISTENCY_RATIO&lt;/b&gt; (CR) and &lt;b&gt;LAMBDA_MAX&lt;/b&gt;. When CR &gt; 0.1 the judgements are too inconsistent by Saaty's rule and a warning says so: revisit them.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;CONSISTENCY_RATIO&lt;/b&gt; (CR, razón de consistencia) y &lt;b&gt;LAMBDA_MAX&lt;/b&gt;. Cuando CR &gt; 0,1, los juicios son demasiado incoherentes según la regla de Saaty y una advertencia lo indica: revíselos.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;li&gt;&lt;b&gt;INDICATORS&lt;/b&gt;: text "field,direction,weight,..." that the vulnerability index accepts as its INDICATORS parameter.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;INDICATORS&lt;/b&gt;: texto "field,direction,weight,..." (campo, sentido, peso) que el índice de vulnerabilidad acepta como su parámetro INDICATORS.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;li&gt;&lt;b&gt;Preset&lt;/b&gt; (optional): the same as a JSON indicator preset.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Conjunto predefinido&lt;/b&gt; (opcional): lo mismo, como conjunto predefinido de indicadores en JSON.&lt;/li&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:batchcities</name>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;p&gt;Runs the citywide priorities workflow and the report for every city of &lt;b&gt;Input folder&lt;/b&gt;, each into its own folder of &lt;b&gt;Output folder&lt;/b&gt;, and writes a cross-city summary (&lt;i&gt;summary.csv&lt;/i&gt;: population exposed, high-priority population and the share of it that actions serve, per city).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Ejecuta el flujo de trabajo de prioridades a escala de ciudad y el informe para cada ciudad de la &lt;b&gt;Carpeta de ciudades&lt;/b&gt;, cada una en su propia carpeta dentro de la &lt;b&gt;Carpeta de salida&lt;/b&gt;, y escribe un resumen comparativo entre ciudades (&lt;i&gt;summary.csv&lt;/i&gt;: población expuesta, población de alta prioridad y la proporción de ella que atienden las acciones, por ciudad).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;h3&gt;A city folder&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;La carpeta de una ciudad&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;li&gt;&lt;i&gt;city.gpkg&lt;/i&gt; with the layers settlements (key field settlement_id), settlement_profiles, city_boundary, health_facilities (type field facility_type) and roads;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;i&gt;city.gpkg&lt;/i&gt; con las capas settlements (campo clave settlement_id), settlement_profiles, city_boundary, health_facilities (campo de tipo facility_type) y roads;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;li&gt;hazard rasters named &lt;i&gt;hazard_*.tif&lt;/i&gt; and &lt;i&gt;population.tif&lt;/i&gt; (persons per cell);&lt;/li&gt;</source>
            <translation>&lt;li&gt;ráster de amenaza con nombres &lt;i&gt;hazard_*.tif&lt;/i&gt; y &lt;i&gt;population.tif&lt;/i&gt; (personas por celda);&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;li&gt;optionally, in &lt;i&gt;city.gpkg&lt;/i&gt;, the layers power_lines and substations: with the power lines the workflow makes the city's energy plan (&lt;i&gt;energy_plan.gpkg&lt;/i&gt;, a page of the report, and the summary's households_to_connect and energy_capex, its city-wide households to connect and investment). It reads the profiles' households, electricity_pct and informal_connections_pct where they have them (city.json's households_field, electricity_field and informal_field name others), and notes the flood where a hazard file's name says flood (or city.json's flood_share_field, e.g. "hazard_flood_depth_exposed_share");&lt;/li&gt;</source>
            <translation>&lt;li&gt;opcionalmente, en &lt;i&gt;city.gpkg&lt;/i&gt;, las capas power_lines y substations: con las líneas eléctricas, el flujo de trabajo elabora el plan energético de la ciudad (&lt;i&gt;energy_plan.gpkg&lt;/i&gt;, una página del informe y, en el resumen, households_to_connect y energy_capex, los hogares por conectar y la inversión de toda la ciudad). Lee los campos households, electricity_pct e informal_connections_pct de los perfiles cuando los tienen (households_field, electricity_field e informal_field de city.json indican otros), y anota la inundación cuando el nombre de un archivo de amenaza contiene "flood" (o según flood_share_field de city.json, p. ej. "hazard_flood_depth_exposed_share");&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;li&gt;optionally &lt;i&gt;action_plan.gpkg&lt;/i&gt; (a planned-action register; an empty one is made otherwise) and &lt;i&gt;city.json&lt;/i&gt; with the city name, the thresholds and the scoring, e.g. {"name": "Mto Mkuu", "thresholds": "0.3", "hazard_settings": ["1", "linear", 0, 1.5, "", 1]}, and the language of its report, e.g. "language": "fr" (en, fr, es or pt; absent: QGIS's language). The summary's language column says the language each report was written in.&lt;/li&gt;</source>
            <translation>&lt;li&gt;opcionalmente, &lt;i&gt;action_plan.gpkg&lt;/i&gt; (un registro de acciones previstas; si no existe, se crea uno vacío) y &lt;i&gt;city.json&lt;/i&gt; con el nombre de la ciudad, los umbrales y la puntuación, p. ej. {"name": "Mto Mkuu", "thresholds": "0.3", "hazard_settings": ["1", "linear", 0, 1.5, "", 1]}, y el idioma de su informe, p. ej. "language": "fr" (en, fr, es o pt; si falta: el idioma de QGIS). La columna de idioma del resumen indica el idioma en que se escribió cada informe.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;p&gt;Each city's folder holds the workflow's outputs, the report (&lt;i&gt;report.pdf&lt;/i&gt;, &lt;i&gt;map.png&lt;/i&gt;), the actions' finance readiness (&lt;i&gt;finance_readiness.gpkg&lt;/i&gt;) and, when the register has actions, their project profiles (&lt;i&gt;project_profiles.pdf&lt;/i&gt;, a page per action).&lt;/p&gt;</source>
            <translation>&lt;p&gt;La carpeta de cada ciudad contiene las salidas del flujo de trabajo, el informe (&lt;i&gt;report.pdf&lt;/i&gt;, &lt;i&gt;map.png&lt;/i&gt;), la preparación de las acciones para el financiamiento (&lt;i&gt;finance_readiness.gpkg&lt;/i&gt;) y, cuando el registro tiene acciones, sus perfiles de proyecto (&lt;i&gt;project_profiles.pdf&lt;/i&gt;, una página por acción).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;p&gt;Or a &lt;b&gt;manifest&lt;/b&gt; CSV with the columns city and folder (relative to the manifest).&lt;/p&gt;</source>
            <translation>&lt;p&gt;O bien un &lt;b&gt;manifiesto&lt;/b&gt; CSV con las columnas city y folder (rutas relativas al manifiesto).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;p&gt;One city's failure is reported in the summary and the log and does not stop the others. With &lt;b&gt;Resume&lt;/b&gt;, cities already done (their folder holds done.json) are skipped.&lt;/p&gt;</source>
            <translation>&lt;p&gt;El error de una ciudad se informa en el resumen y en el registro, y no detiene a las demás. Con &lt;b&gt;Reanudar&lt;/b&gt;, se omiten las ciudades ya procesadas (su carpeta contiene done.json).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;p&gt;&lt;b&gt;Dask scheduler&lt;/b&gt;: empty runs one city at a time in this QGIS. &lt;code&gt;local&lt;/code&gt; (or &lt;code&gt;local:N&lt;/code&gt;) runs the cities in N worker processes of this machine (default: one per core), and &lt;code&gt;tcp://host:8786&lt;/code&gt; on the workers of a running Dask scheduler, which must see the input and output folders at the same paths. The results are the same; the summary adds each city's worker and attempts. A city whose worker dies is run once more on another. It needs the Python packages dask and distributed.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Planificador de Dask&lt;/b&gt;: vacío, procesa una ciudad a la vez en este QGIS. &lt;code&gt;local&lt;/code&gt; (o &lt;code&gt;local:N&lt;/code&gt;) procesa las ciudades en N procesos de trabajo (workers) de esta máquina (predeterminado: uno por núcleo), y &lt;code&gt;tcp://host:8786&lt;/code&gt;, en los workers de un planificador de Dask en ejecución, que deben ver las carpetas de entrada y de salida en las mismas rutas. Los resultados son los mismos; el resumen agrega el worker y los intentos de cada ciudad. Una ciudad cuyo worker se cae se vuelve a ejecutar una vez en otro. Requiere los paquetes de Python dask y distributed.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;p&gt;Headless, on a server: &lt;code&gt;qgis_process run resilienceplanner:batchcities -- INPUT_FOLDER=/data/cities OUTPUT_FOLDER=/data/results RESUME=true&lt;/code&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Sin interfaz gráfica, en un servidor: &lt;code&gt;qgis_process run resilienceplanner:batchcities -- INPUT_FOLDER=/data/cities OUTPUT_FOLDER=/data/results RESUME=true&lt;/code&gt;.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:copyregister</name>
        <message>
            <location filename="../../resources/help/copyregister.html" />
            <source>&lt;p&gt;Copies a planned-action register into a new register: from a GeoPackage into a PostgreSQL/PostGIS database (the way an office moves its file register into the shared one), from a database into a GeoPackage (a snapshot to take away), or between two schemas. Every action is copied with its feature id, every field as stored and its target area, and every entry of its history.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Copia un registro de acciones previstas en un registro nuevo: de un GeoPackage a una base de datos PostgreSQL/PostGIS (así es como una oficina traslada su registro en archivo al registro compartido), de una base de datos a un GeoPackage (una instantánea para llevar) o entre dos esquemas. Cada acción se copia con su id de entidad, cada campo tal como está guardado y su área de intervención, y cada entrada de su historial.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/copyregister.html" />
            <source>&lt;p&gt;Give the register to copy (a GeoPackage, or a &lt;i&gt;database&lt;/i&gt; and its schema) and where the copy goes (a new GeoPackage, or a database and a schema that holds no register yet). A database is the name of a QGIS PostgreSQL connection, or a connection string such as service=office.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Indique el registro que se copia (un GeoPackage, o una &lt;i&gt;base de datos&lt;/i&gt; y su esquema) y adónde va la copia (un GeoPackage nuevo, o una base de datos y un esquema que todavía no contenga ningún registro). Una base de datos es el nombre de una conexión PostgreSQL de QGIS, o una cadena de conexión como service=office.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/copyregister.html" />
            <source>&lt;p&gt;History: a register in a database records every change in planned_actions_history (who, when, the row as it was). A GeoPackage register keeps no history of its own edits; a copy into a GeoPackage puts the database's history into a table planned_actions_history of the file, with the same columns, and a copy back into a database puts it back as it was. The copy itself adds no entry to the history.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Historial: un registro en una base de datos anota cada cambio en planned_actions_history (quién, cuándo y la fila tal como estaba). Un registro GeoPackage no guarda historial de sus propias ediciones; una copia a un GeoPackage coloca el historial de la base de datos en una tabla planned_actions_history del archivo, con las mismas columnas, y una copia de vuelta a una base de datos lo restituye tal como estaba. La copia en sí no agrega ninguna entrada al historial.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/copyregister.html" />
            <source>&lt;p&gt;The copy is written in one transaction: in a database the register is created, filled and given its history in one transaction; a GeoPackage is written beside the target and moved into place when it is complete. Either the whole register is there, or nothing. An existing register is never overwritten, and a register written by a newer plugin is not copied. A GeoPackage keeps times to the millisecond (the history's times are kept whole, as text).&lt;/p&gt;</source>
            <translation>&lt;p&gt;La copia se escribe en una sola transacción: en una base de datos, el registro se crea, se llena y recibe su historial en una sola transacción; un GeoPackage se escribe junto al destino y se mueve a su lugar cuando está completo. O está todo el registro, o no está nada. Un registro existente nunca se sobrescribe, y un registro escrito por una versión más reciente del complemento no se copia. Un GeoPackage conserva las horas al milisegundo (las horas del historial se conservan completas, como texto).&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:createactionregister</name>
        <message>
            <location filename="../../resources/help/createactionregister.html" />
            <source>&lt;p&gt;Creates an empty register of planned actions: a GeoPackage table &lt;i&gt;planned_actions&lt;/i&gt; (multipolygon target areas) with a metadata table recording the schema version ({0}).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Crea un registro vacío de acciones previstas: una tabla de GeoPackage &lt;i&gt;planned_actions&lt;/i&gt; (áreas de intervención multipoligonales) con una tabla de metadatos que registra la versión del esquema ({0}).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/createactionregister.html" />
            <source>&lt;p&gt;Fields: action_id (UUID), title (required), description, action_type ({1}), hazards (several, comma-separated), settlements (keys of the settlements served), lead_agency, partners, cost_estimate (≥ 0), currency (ISO code), funding_source, funding_status ({2}), start_date, end_date (not before the start), status ({3}), beneficiaries and priority_score (computed by &lt;i&gt;Action coverage and gaps&lt;/i&gt;), co_benefits, notes, created, modified, modified_by.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Campos: action_id (UUID), title (obligatorio), description, action_type ({1}), hazards (varias, separadas por comas), settlements (claves de los asentamientos atendidos), lead_agency, partners, cost_estimate (≥ 0), currency (código ISO), funding_source, funding_status ({2}), start_date, end_date (no anterior al inicio), status ({3}), beneficiaries y priority_score (calculados por &lt;i&gt;Cobertura de las acciones y brechas&lt;/i&gt;), co_benefits, notes, created, modified, modified_by.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/createactionregister.html" />
            <source>&lt;p&gt;The value lists, constraints and defaults are saved in the GeoPackage as the layer's default style, so QGIS's own attribute form and table enforce them wherever the file is opened. An existing register is never overwritten.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Las listas de valores, las restricciones y los valores predeterminados se guardan en el GeoPackage como estilo predeterminado de la capa, de modo que el propio formulario de atributos y la tabla de atributos de QGIS los aplican dondequiera que se abra el archivo. Un registro existente nunca se sobrescribe.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/createactionregister.html" />
            <source>&lt;p&gt;For a register shared by the office, give a &lt;i&gt;database&lt;/i&gt; instead of a file: the name of a QGIS PostgreSQL connection, or a connection string such as service=office. The schema (default resilience) then holds planned_actions, the metadata and planned_actions_history, created in one transaction; the database itself refuses a row that breaks a rule, and records every change, who made it and when.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Para un registro compartido por la oficina, indique una &lt;i&gt;base de datos&lt;/i&gt; en lugar de un archivo: el nombre de una conexión PostgreSQL de QGIS, o una cadena de conexión como service=office. El esquema (resilience de forma predeterminada) contiene entonces planned_actions, los metadatos y planned_actions_history, creados en una sola transacción; la propia base de datos rechaza una fila que no cumple una regla y registra cada cambio, quién lo hizo y cuándo.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/createactionregister.html" />
            <source>&lt;p&gt;It also creates, when they do not exist, two roles named after the schema: &lt;i&gt;resilience_viewer&lt;/i&gt; reads the register and its history, &lt;i&gt;resilience_editor&lt;/i&gt; also adds and changes actions. Only the owner (who created it) deletes: an editor's delete is refused (set the status to cancelled instead). Grant each login one of them, e.g. GRANT resilience_editor TO amina; a viewer's register opens read-only and says why. Each action carries a row version: when two people change the same action, the later save writes the rest and names that action, who changed it and when, so that nothing is overwritten unseen.&lt;/p&gt;</source>
            <translation>&lt;p&gt;También crea, cuando no existen, dos roles con el nombre del esquema: &lt;i&gt;resilience_viewer&lt;/i&gt; lee el registro y su historial; &lt;i&gt;resilience_editor&lt;/i&gt;, además, agrega y modifica acciones. Solo el propietario (quien creó el registro) elimina: la eliminación de un editor se rechaza (en su lugar, asigne al estado el valor cancelled). Otorgue a cada usuario uno de estos roles, p. ej. GRANT resilience_editor TO amina; para un lector, el registro se abre en solo lectura e indica por qué. Cada acción lleva una versión de fila: cuando dos personas modifican la misma acción, el guardado posterior escribe el resto e indica esa acción, quién la modificó y cuándo, de modo que nada se sobrescribe sin que se note.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:energyaccess</name>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;p&gt;The least-cost way to bring electricity to each settlement, with what each option costs per household, the investment, and the informal connections to make safe and metered. Distances run from the settlement's outline to the nearest power line (within 5 m). Every unit cost is a parameter, all in one &lt;b&gt;currency&lt;/b&gt;; the defaults are in US dollars, each with its source below.&lt;/p&gt;</source>
            <translation>&lt;p&gt;La forma de menor costo de llevar electricidad a cada asentamiento, con lo que cuesta cada opción por hogar, la inversión y las conexiones informales que hay que volver seguras y con medidor. Las distancias se miden desde el contorno del asentamiento hasta la línea eléctrica más cercana (con una tolerancia de 5 m). Cada costo unitario es un parámetro, todos en una misma &lt;b&gt;moneda&lt;/b&gt;; los valores predeterminados están en dólares estadounidenses, cada uno con su fuente más abajo.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;h3&gt;The options and their cost per household&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Las opciones y su costo por hogar&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;grid_densification&lt;/b&gt;, within the &lt;b&gt;grid distance&lt;/b&gt; of a line: the &lt;b&gt;grid connection cost&lt;/b&gt;.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;grid_densification&lt;/b&gt;, dentro de la &lt;b&gt;distancia a la red&lt;/b&gt; de una línea: el &lt;b&gt;costo de conexión a la red&lt;/b&gt;.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;grid_extension&lt;/b&gt;, beyond it and within the &lt;b&gt;extension distance&lt;/b&gt;: the &lt;b&gt;medium-voltage line cost&lt;/b&gt; per km times the distance, shared by the households to connect, plus a connection.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;grid_extension&lt;/b&gt;, más allá de esa distancia y dentro de la &lt;b&gt;distancia de extensión&lt;/b&gt;: el &lt;b&gt;costo de la línea de media tensión&lt;/b&gt; por km multiplicado por la distancia, repartido entre los hogares por conectar, más una conexión.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;mini_grid&lt;/b&gt;, for a settlement of at least the &lt;b&gt;mini-grid minimum population&lt;/b&gt;: the &lt;b&gt;mini-grid cost&lt;/b&gt; (generation and distribution) per household.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;mini_grid&lt;/b&gt;, para un asentamiento con al menos la &lt;b&gt;población mínima para minirred&lt;/b&gt;: el &lt;b&gt;costo de minirred&lt;/b&gt; (generación y distribución) por hogar.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;standalone_solar&lt;/b&gt;, anywhere: the &lt;b&gt;solar home system cost&lt;/b&gt;; it serves tier 1 of the Multi-Tier Framework only.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;standalone_solar&lt;/b&gt;, en cualquier lugar: el &lt;b&gt;costo del sistema solar domiciliario&lt;/b&gt;; solo ofrece el nivel 1 del Marco de Múltiples Niveles (Multi-Tier Framework).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;p&gt;The option chosen is the cheapest of those possible that serve the &lt;b&gt;minimum service tier&lt;/b&gt; (default tier 2). Where none of them can (a small settlement far from the grid), the cheapest possible one is chosen, and the reason says it stands until one that meets the tier can be built. Equal costs go to the first option in the list above. Households already with electricity are not connected again; the network options' cost carries the &lt;b&gt;resilience premium&lt;/b&gt; times the settlement's flooded share.&lt;/p&gt;</source>
            <translation>&lt;p&gt;La opción elegida es la más barata de las posibles que ofrecen el &lt;b&gt;nivel mínimo de servicio&lt;/b&gt; (nivel 2 de forma predeterminada). Donde ninguna puede ofrecerlo (un asentamiento pequeño lejos de la red), se elige la más barata de las posibles, y el motivo indica que se mantiene hasta que se pueda construir una que alcance ese nivel. A igualdad de costos, se elige la primera opción de la lista anterior. Los hogares que ya tienen electricidad no se vuelven a conectar; el costo de las opciones de red incluye el &lt;b&gt;sobrecosto por resiliencia&lt;/b&gt; multiplicado por la proporción inundada del asentamiento.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;h3&gt;Defaults and their sources&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Valores predeterminados y sus fuentes&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;Grid connection 125 USD per household and medium-voltage line 25,000 USD per km (33 kV): OnSSET's default parameters, onsset/runner.py of github.com/OnSSET/onsset (KTH-dESA) as of 2025.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Conexión a la red, 125 USD por hogar, y línea de media tensión, 25.000 USD por km (33 kV): parámetros predeterminados de OnSSET, onsset/runner.py de github.com/OnSSET/onsset (KTH-dESA), en su versión de 2025.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;Mini-grid 733 USD per household: the average cost per connection in 2019 in AMDA and ECA, &lt;i&gt;Benchmarking Africa's Minigrids&lt;/i&gt; (2020). We found no per-household figure in ESMAP's mini-grid reports to cite.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Minirred, 733 USD por hogar: el costo promedio por conexión en 2019 según AMDA y ECA, &lt;i&gt;Benchmarking Africa's Minigrids&lt;/i&gt; (2020). No encontramos en los informes de ESMAP sobre minirredes ninguna cifra por hogar que citar.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;Solar home system 176 USD: OnSSET's stand-alone PV cost of 8,780 USD per kW for 20–50 W per household (runner.py, 2025) times 20 W, our assumption for a tier-1 system.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Sistema solar domiciliario, 176 USD: el costo de la fotovoltaica autónoma de OnSSET, 8.780 USD por kW para 20–50 W por hogar (runner.py, 2025), multiplicado por 20 W, nuestro supuesto para un sistema de nivel 1.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;Regularisation 378 USD per informal connection: the standard capital contribution of KSh 32,480 per connection in Kenya Power's slum electrification project with the World Bank's GPOBA, which brings legal, prepaid-metered connections to informal settlements (Kenya Power press release, 30 January 2015), converted at the release's own rate (KSh 19,350 = US$225).&lt;/li&gt;</source>
            <translation>&lt;li&gt;Regularización, 378 USD por conexión informal: la contribución de capital estándar de KSh 32.480 por conexión en el proyecto de electrificación de asentamientos informales de Kenya Power con la GPOBA del Banco Mundial, que lleva conexiones legales con medidor prepago a los asentamientos informales (comunicado de prensa de Kenya Power, 30 de enero de 2015), convertida al tipo de cambio del propio comunicado (KSh 19.350 = US$225).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;Persons per household 3.3, used where a settlement has no household count: Kianda village in Kibera, Nairobi, an informal settlement, where the Map Kibera structure survey (about 2012) counted 15,201 people in 4,550 households (3.34). Kenya's 2019 census gives 3.9 nationally.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Personas por hogar, 3,3, que se usa cuando un asentamiento no tiene recuento de hogares: la aldea de Kianda, en Kibera (Nairobi), un asentamiento informal, donde el censo de estructuras de Map Kibera (hacia 2012) contó 15.201 personas en 4.550 hogares (3,34). El censo de Kenia de 2019 da 3,9 a nivel nacional.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;Resilience premium 0, an assumption: no published premium for flood-proofing distribution works was found (the World Bank's &lt;i&gt;Lifelines&lt;/i&gt;, 2019, puts the extra cost of resilient infrastructure at about 3% of investment needs, but across all sectors and hazards). Set it from local engineering estimates.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Sobrecosto por resiliencia, 0, un supuesto: no se encontró ningún sobrecosto publicado para proteger contra inundaciones las obras de distribución (&lt;i&gt;Lifelines&lt;/i&gt;, del Banco Mundial, 2019, sitúa el costo adicional de la infraestructura resiliente en alrededor del 3 % de las necesidades de inversión, pero para todos los sectores y amenazas). Fíjelo a partir de estimaciones de ingeniería locales.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;h3&gt;Inputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Entradas&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlements&lt;/b&gt; (run on the exposure output, with the profile joined, to use its fields); &lt;b&gt;power lines&lt;/b&gt;; &lt;b&gt;substations&lt;/b&gt; (optional, reported as substation_dist_m).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Asentamientos&lt;/b&gt; (ejecute el algoritmo sobre la salida de exposición, con el perfil unido, para usar sus campos); &lt;b&gt;líneas eléctricas&lt;/b&gt;; &lt;b&gt;subestaciones&lt;/b&gt; (opcional, se informan como substation_dist_m).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;Optional fields: &lt;b&gt;population&lt;/b&gt;, &lt;b&gt;households&lt;/b&gt; (else people ÷ persons per household), &lt;b&gt;electricity&lt;/b&gt; (share of households with electricity), &lt;b&gt;informal connections&lt;/b&gt; (the share of the connected whose connection is informal, the profile's informal_connections_pct) and &lt;b&gt;flood share&lt;/b&gt; (the exposure output's &amp;lt;hazard&amp;gt;_exposed_share). Shares are 0–1, or 0–100 when any value exceeds 1.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Campos opcionales: &lt;b&gt;población&lt;/b&gt;, &lt;b&gt;hogares&lt;/b&gt; (si no, personas ÷ personas por hogar), &lt;b&gt;electricidad&lt;/b&gt; (proporción de hogares con electricidad), &lt;b&gt;conexiones informales&lt;/b&gt; (la proporción de los hogares conectados cuya conexión es informal, informal_connections_pct del perfil) y &lt;b&gt;proporción inundada&lt;/b&gt; (&amp;lt;hazard&amp;gt;_exposed_share de la salida de exposición). Las proporciones van de 0 a 1, o de 0 a 100 cuando algún valor supera 1.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;Decimal mark&lt;/b&gt; (advanced): how numbers stored as text in the fields above are read. &lt;i&gt;Automatic&lt;/i&gt; decides each field from all its cells, and the log says what was used; a field whose every number has exactly three digits after its mark ("12.500", "3.200") could be thousands or decimals, and is refused: choose &lt;i&gt;point&lt;/i&gt; (1,234.5) or &lt;i&gt;comma&lt;/i&gt; (1.234,5).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Separador decimal&lt;/b&gt; (avanzado): cómo se leen los números guardados como texto en los campos anteriores. &lt;i&gt;Automático&lt;/i&gt;
decide cada campo a partir de todas sus celdas, y el registro indica lo que se usó; un campo en el que cada número tiene exactamente
tres cifras después de su separador ("12.500", "3.200") podría estar en miles o en decimales, y se rechaza: elija
&lt;i&gt;punto&lt;/i&gt; (1,234.5) o &lt;i&gt;coma&lt;/i&gt; (1.234,5).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;h3&gt;Outputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Salidas&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;Per settlement: &lt;b&gt;grid_dist_m&lt;/b&gt;; &lt;b&gt;households&lt;/b&gt;; &lt;b&gt;households_to_connect&lt;/b&gt;; &lt;b&gt;cost_per_household_grid_densification&lt;/b&gt;, &lt;b&gt;_grid_extension&lt;/b&gt;, &lt;b&gt;_mini_grid&lt;/b&gt; and &lt;b&gt;_standalone_solar&lt;/b&gt; (NULL where the option is not possible); &lt;b&gt;energy_option&lt;/b&gt;; &lt;b&gt;energy_reason&lt;/b&gt; (the option's cost, the next best with its cost, and why the others are not possible); &lt;b&gt;capex&lt;/b&gt; (households to connect × cost per household); &lt;b&gt;informal_to_regularise&lt;/b&gt; and &lt;b&gt;regularisation_cost&lt;/b&gt;; &lt;b&gt;energy_beneficiaries&lt;/b&gt; (the people in the households connected or regularised); &lt;b&gt;energy_currency&lt;/b&gt;; &lt;b&gt;energy_flood_note&lt;/b&gt; (where the settlement floods: its network works would sit in the hazard); &lt;b&gt;energy_settings&lt;/b&gt; (the tier and unit costs used).&lt;/li&gt;</source>
            <translation>&lt;li&gt;Por asentamiento: &lt;b&gt;grid_dist_m&lt;/b&gt;; &lt;b&gt;households&lt;/b&gt;; &lt;b&gt;households_to_connect&lt;/b&gt;; &lt;b&gt;cost_per_household_grid_densification&lt;/b&gt;, &lt;b&gt;_grid_extension&lt;/b&gt;, &lt;b&gt;_mini_grid&lt;/b&gt; y &lt;b&gt;_standalone_solar&lt;/b&gt; (NULL donde la opción no es posible); &lt;b&gt;energy_option&lt;/b&gt;; &lt;b&gt;energy_reason&lt;/b&gt; (el costo de la opción, la siguiente mejor con su costo y por qué las demás no son posibles); &lt;b&gt;capex&lt;/b&gt; (hogares por conectar × costo por hogar); &lt;b&gt;informal_to_regularise&lt;/b&gt; y &lt;b&gt;regularisation_cost&lt;/b&gt;; &lt;b&gt;energy_beneficiaries&lt;/b&gt; (las personas de los hogares conectados o regularizados); &lt;b&gt;energy_currency&lt;/b&gt;; &lt;b&gt;energy_flood_note&lt;/b&gt; (donde el asentamiento se inunda: sus obras de red quedarían dentro de la amenaza); &lt;b&gt;energy_settings&lt;/b&gt; (el nivel y los costos unitarios utilizados).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;Energy plan by option&lt;/b&gt; (optional table): settlements, households, households to connect, investment, informal connections to regularise and their cost, per option and city-wide (&lt;i&gt;all&lt;/i&gt;); the city-wide investment, households to connect and informal connections are also numeric outputs.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Plan energético por opción&lt;/b&gt; (tabla opcional): asentamientos, hogares, hogares por conectar, inversión, conexiones informales por regularizar y su costo, por opción y para toda la ciudad (&lt;i&gt;all&lt;/i&gt;); la inversión, los hogares por conectar y las conexiones informales de toda la ciudad también son salidas numéricas.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;p&gt;The report shows the plan on a page of its own (its &lt;b&gt;ENERGY&lt;/b&gt; input); &lt;b&gt;Energy plan actions into the register&lt;/b&gt; adds one energy action per settlement from it.&lt;/p&gt;</source>
            <translation>&lt;p&gt;El informe muestra el plan en una página propia (su entrada &lt;b&gt;ENERGY&lt;/b&gt;); &lt;b&gt;Agregar acciones del plan energético al registro&lt;/b&gt; agrega a partir de él una acción de energía por asentamiento.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:energyactions</name>
        <message>
            <location filename="../../resources/help/energyactions.html" />
            <source>&lt;p&gt;Adds the energy plan to the planned-action register in one step: one action for each settlement of an &lt;b&gt;energy access options&lt;/b&gt; output that has an option and an investment, checked by the register's rules and saved in one transaction.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Agrega en un solo paso el plan energético al registro de acciones previstas: una acción por cada asentamiento de una salida de &lt;b&gt;opciones de acceso a la energía&lt;/b&gt; que tiene una opción y una inversión, verificada con las reglas del registro y guardada en una sola transacción.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyactions.html" />
            <source>&lt;h3&gt;Each action&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Cada acción&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyactions.html" />
            <source>&lt;li&gt;&lt;b&gt;title&lt;/b&gt; "Energy: &amp;lt;option&amp;gt; in &amp;lt;settlement&amp;gt;" (its name from the &lt;b&gt;name field&lt;/b&gt;, else its key); &lt;b&gt;action_type&lt;/b&gt; energy; &lt;b&gt;status&lt;/b&gt; proposed; &lt;b&gt;settlements&lt;/b&gt; the settlement's key; its target area the settlement's outline.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;title&lt;/b&gt; "Energía: &amp;lt;opción&amp;gt; en &amp;lt;asentamiento&amp;gt;" (su nombre, tomado del &lt;b&gt;campo de nombre&lt;/b&gt;, o si no, su clave); &lt;b&gt;action_type&lt;/b&gt; energy; &lt;b&gt;status&lt;/b&gt; proposed; &lt;b&gt;settlements&lt;/b&gt; la clave del asentamiento; su área de intervención, el contorno del asentamiento.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyactions.html" />
            <source>&lt;li&gt;&lt;b&gt;cost_estimate&lt;/b&gt; = &lt;i&gt;capex&lt;/i&gt; + &lt;i&gt;regularisation_cost&lt;/i&gt;, in &lt;i&gt;energy_currency&lt;/i&gt;; &lt;b&gt;beneficiaries&lt;/b&gt; = &lt;i&gt;energy_beneficiaries&lt;/i&gt; (the people in the households connected or regularised).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;cost_estimate&lt;/b&gt; = &lt;i&gt;capex&lt;/i&gt; + &lt;i&gt;regularisation_cost&lt;/i&gt;, en &lt;i&gt;energy_currency&lt;/i&gt;; &lt;b&gt;beneficiaries&lt;/b&gt; = &lt;i&gt;energy_beneficiaries&lt;/i&gt; (las personas de los hogares conectados o regularizados).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyactions.html" />
            <source>&lt;li&gt;&lt;b&gt;description&lt;/b&gt; the plan's &lt;i&gt;energy_reason&lt;/i&gt;; &lt;b&gt;notes&lt;/b&gt; the households to connect, the informal connections to regularise and the flood note, with their figures; &lt;b&gt;hazards&lt;/b&gt; flood where the plan has a flood note.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;description&lt;/b&gt; el &lt;i&gt;energy_reason&lt;/i&gt; del plan; &lt;b&gt;notes&lt;/b&gt; los hogares por conectar, las conexiones informales por regularizar y la nota sobre inundación, con sus cifras; &lt;b&gt;hazards&lt;/b&gt; flood, donde el plan tiene una nota sobre inundación.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyactions.html" />
            <source>&lt;p&gt;The plan gives each settlement one action id: run it again and the settlements already in the register are left as they are (the log names them); delete an action to write it again from a new plan.&lt;/p&gt;</source>
            <translation>&lt;p&gt;El plan asigna a cada asentamiento un único id de acción: si lo ejecuta de nuevo, los asentamientos que ya están en el registro se dejan como están (el registro de mensajes los indica); elimine una acción para volver a escribirla a partir de un plan nuevo.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:exportactionplan</name>
        <message>
            <location filename="../../resources/help/exportactionplan.html" />
            <source>&lt;p&gt;Writes the planned actions as a table, one row per action: a CSV file (UTF-8) or an Excel workbook (.xlsx). Target areas are not written; the register keeps them.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Escribe las acciones previstas como una tabla, una fila por acción: un archivo CSV (UTF-8) o un libro de Excel (.xlsx). Las áreas de intervención no se escriben; las conserva el registro.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/exportactionplan.html" />
            <source>&lt;p&gt;&lt;b&gt;Columns&lt;/b&gt;: &lt;i&gt;The register's fields&lt;/i&gt; writes them in order (dates as YYYY-MM-DD). &lt;i&gt;CDP-ICLEI Track adaptation actions&lt;/i&gt; writes the columns of CDP-ICLEI Track's question on adaptation actions (9.1) that the register can fill, under CDP's names, with the register's own beside them: Action title, Action, Climate hazard(s) that action addresses, Action description and web link to further information, Co-benefits realized, Funding source(s), Status of action in the reporting year, Total cost of action, Currency, Finance status, Lead agency, Start date, End date, Population benefitting, Location (settlements), Register action id and Mapping notes.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Columnas&lt;/b&gt;: &lt;i&gt;Los campos del registro&lt;/i&gt; los escribe en orden (fechas como AAAA-MM-DD). &lt;i&gt;Acciones de adaptación de CDP-ICLEI Track&lt;/i&gt; escribe las columnas de la pregunta de CDP-ICLEI Track sobre acciones de adaptación (9.1) que el registro puede completar, con los nombres de CDP y, a su lado, las columnas propias del registro: Action title, Action, Climate hazard(s) that action addresses, Action description and web link to further information, Co-benefits realized, Funding source(s), Status of action in the reporting year, Total cost of action, Currency, Finance status, Lead agency, Start date, End date, Population benefitting, Location (settlements), Register action id y Mapping notes.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/exportactionplan.html" />
            <source>&lt;p&gt;Hazards are mapped to CDP's: flood → Urban flooding, landslide → Mass movement, heat → Extreme heat, drought → Drought, storm → Storm, sea level rise → Coastal flooding (incl. sea level rise); fire, earthquake and other have no equivalent and are written "Other: …". An Action is one of CDP's nine kinds of action followed by the action: structural works against sea level rise are "Engineered and built environment actions: Sea walls and coastal protection structures", against a flood or storm "…: Flood defence, such as flood levees and culverts"; early warning is "Educational/Informational actions: Early warning and response systems"; policy is "Government policies and programs actions: Development of targeted plan/program to address hazard(s) selected". The other types get their kind alone (nature-based → Ecosystem-based actions, services → Services actions, energy → Technological actions, housing and tenure → Government policies and programs actions, capacity → Educational/Informational actions, structural against other hazards → Engineered and built environment actions), and the Mapping notes ask you to choose the action under it. Status and finance status are written as the register has them. &lt;b&gt;Source&lt;/b&gt;: the names of CDP's 2025 response data, as CDP's own published code reads them (github.com/CDPworldwide/cdp-adapt-ex); CDP's reporting guidance itself was not found, so check them against the current questionnaire before uploading. docs/cdp_iclei_export.md gives the mapping and its sources in full.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Las amenazas se asignan a las de CDP: flood → Urban flooding, landslide → Mass movement, heat → Extreme heat, drought → Drought, storm → Storm, sea level rise → Coastal flooding (incl. sea level rise); fire, earthquake y other no tienen equivalente y se escriben "Other: …". El valor de Action es una de las nueve categorías de acción de CDP seguida de la acción: las obras del tipo structural contra sea level rise se escriben "Engineered and built environment actions: Sea walls and coastal protection structures"; contra flood o storm, "…: Flood defence, such as flood levees and culverts"; early warning se escribe "Educational/Informational actions: Early warning and response systems"; policy, "Government policies and programs actions: Development of targeted plan/program to address hazard(s) selected". Los demás tipos reciben solo su categoría (nature-based → Ecosystem-based actions, services → Services actions, energy → Technological actions, housing and tenure → Government policies and programs actions, capacity → Educational/Informational actions, structural contra otras amenazas → Engineered and built environment actions), y la columna Mapping notes le pide que elija la acción dentro de esa categoría. El estado y el estado del financiamiento se escriben tal como los tiene el registro. &lt;b&gt;Fuente&lt;/b&gt;: los nombres de los datos de respuesta de CDP de 2025, tal como los lee el código publicado por el propio CDP (github.com/CDPworldwide/cdp-adapt-ex); no se encontró la guía de reporte de CDP en sí, así que verifíquelos con el cuestionario vigente antes de cargar el archivo. docs/cdp_iclei_export.md presenta la correspondencia y sus fuentes completas.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/exportactionplan.html" />
            <source>&lt;p&gt;The planned actions are a GeoPackage register or a register in a PostgreSQL/PostGIS database: choose its layer (opened by the &lt;i&gt;Planned actions&lt;/i&gt; dock, or from the Browser), or give &lt;code&gt;postgres://service=office table="resilience"."planned_actions" (geom)&lt;/code&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Las acciones previstas son un registro GeoPackage o un registro en una base de datos PostgreSQL/PostGIS: elija su capa (abierta desde el panel &lt;i&gt;Acciones previstas&lt;/i&gt; o desde el Navegador), o indique &lt;code&gt;postgres://service=office table="resilience"."planned_actions" (geom)&lt;/code&gt;.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:financereadiness</name>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;p&gt;How ready each planned action is for a funder: a readiness score from a checklist, what is still missing, and a climate rationale written from the analysis, every figure in it read from the outputs.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Qué tan preparada está cada acción prevista para presentarse a un financiador: un grado de preparación calculado con una lista de verificación, lo que todavía falta y una justificación climática redactada a partir del análisis, con cada cifra leída de las salidas.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;h3&gt;Inputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Entradas&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;&lt;b&gt;Planned actions&lt;/b&gt;: the register, or the &lt;i&gt;Actions with coverage&lt;/i&gt; output of "Action coverage and gaps" (its beneficiaries are then those of the population raster inside each target area).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Acciones previstas&lt;/b&gt;: el registro, o la salida &lt;i&gt;Acciones con cobertura&lt;/i&gt; de "Cobertura de las acciones y brechas" (en ese caso, sus beneficiarios son los del ráster de población dentro de cada área de intervención).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlement priority ranking&lt;/b&gt;: the Ranking output of "Citywide resilience priorities"; the &lt;b&gt;settlement key field&lt;/b&gt; is the one the actions name settlements by, the &lt;b&gt;name field&lt;/b&gt; what the texts call them (found as the report finds it when empty).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Clasificación de prioridades de los asentamientos&lt;/b&gt;: la salida Clasificación de "Prioridades de resiliencia a escala de ciudad"; el &lt;b&gt;campo clave del asentamiento&lt;/b&gt; es aquel con el que las acciones indican los asentamientos, y el &lt;b&gt;campo de nombre&lt;/b&gt;, el nombre con que los textos los mencionan (si está vacío, se busca como lo hace el informe).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlement exposure&lt;/b&gt; (optional): the output of "Settlement hazard exposure", joined by its key field (the field named like the ranking's key when empty). Its &lt;code&gt;{key}_exposed_pop&lt;/code&gt; fields give the people exposed.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Exposición de los asentamientos&lt;/b&gt; (opcional): la salida de "Exposición de los asentamientos a amenazas", unida por su campo clave (si está vacío, el campo con el mismo nombre que la clave de la clasificación). Sus campos &lt;code&gt;{key}_exposed_pop&lt;/code&gt; dan las personas expuestas.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;&lt;b&gt;Vulnerability index&lt;/b&gt; (optional): the output of "Settlement vulnerability index"; its &lt;code&gt;vulnerability&lt;/code&gt; and &lt;code&gt;vulnerability_drivers&lt;/code&gt; go into the rationale.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Índice de vulnerabilidad&lt;/b&gt; (opcional): la salida de "Índice de vulnerabilidad de los asentamientos"; sus campos &lt;code&gt;vulnerability&lt;/code&gt; y &lt;code&gt;vulnerability_drivers&lt;/code&gt; pasan a la justificación.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;&lt;b&gt;Exposure keys by hazard&lt;/b&gt; (optional): which exposure keys answer for a register hazard, as &lt;code&gt;flood=flood_depth; heat=heat_lst&lt;/code&gt;. Empty: a key answers for a hazard when one of its words (split at _) starts with one of the hazard's words: flood, inundation (flood); landslide, slide (landslide); heat, lst, temperature (heat); drought; storm, wind, cyclone (storm); sea, slr (sea level rise); fire, wildfire (fire); earthquake, seismic, pga (earthquake).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Claves de exposición por amenaza&lt;/b&gt; (opcional): qué claves de exposición corresponden a cada amenaza del registro, como &lt;code&gt;flood=flood_depth; heat=heat_lst&lt;/code&gt;. Vacío: una clave corresponde a una amenaza cuando una de sus palabras (separadas por _) empieza por una de las palabras de la amenaza: flood, inundation (flood); landslide, slide (landslide); heat, lst, temperature (heat); drought; storm, wind, cyclone (storm); sea, slr (sea level rise); fire, wildfire (fire); earthquake, seismic, pga (earthquake).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;&lt;b&gt;Language of the texts&lt;/b&gt; (optional): en, fr, es or pt; empty: QGIS's language.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Idioma de los textos&lt;/b&gt; (opcional): en, fr, es o pt; vacío: el idioma de QGIS.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;h3&gt;The checklist&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;La lista de verificación&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;p&gt;Nine items of equal weight; &lt;b&gt;readiness&lt;/b&gt; is the share met, 0 to 1 (each item is 1/9, about 0.11):&lt;/p&gt;</source>
            <translation>&lt;p&gt;Nueve elementos de igual peso; el &lt;b&gt;grado de preparación&lt;/b&gt; es la proporción cumplida, de 0 a 1 (cada elemento vale 1/9, unos 0,11):&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;a place: a target area drawn, or settlements served (named, or overlapped by the area);&lt;/li&gt;</source>
            <translation>&lt;li&gt;una ubicación: un área de intervención dibujada, o asentamientos atendidos (indicados, o superpuestos con el área);&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;the hazards it addresses: at least one in &lt;code&gt;hazards&lt;/code&gt;;&lt;/li&gt;</source>
            <translation>&lt;li&gt;las amenazas que aborda: al menos una en &lt;code&gt;hazards&lt;/code&gt;;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;evidence of exposure: the exposure output counts more than 0 people exposed, in the settlements served, to a hazard the action addresses (not met without an exposure output);&lt;/li&gt;</source>
            <translation>&lt;li&gt;evidencia de exposición: la salida de exposición cuenta más de 0 personas expuestas, en los asentamientos atendidos, a una amenaza que aborda la acción (no se cumple sin una salida de exposición);&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;beneficiaries: more than 0, from the action's &lt;code&gt;beneficiaries&lt;/code&gt; or, when empty, the population (&lt;code&gt;grid_population&lt;/code&gt;) of the settlements served;&lt;/li&gt;</source>
            <translation>&lt;li&gt;beneficiarios: más de 0, según el campo &lt;code&gt;beneficiaries&lt;/code&gt; de la acción o, si está vacío, la población (&lt;code&gt;grid_population&lt;/code&gt;) de los asentamientos atendidos;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;a costed budget: a &lt;code&gt;cost_estimate&lt;/code&gt; of 0 or more with its &lt;code&gt;currency&lt;/code&gt;;&lt;/li&gt;</source>
            <translation>&lt;li&gt;un presupuesto costeado: un costo estimado (&lt;code&gt;cost_estimate&lt;/code&gt;) igual o mayor que 0 con su moneda (&lt;code&gt;currency&lt;/code&gt;);&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;a &lt;code&gt;funding_source&lt;/code&gt; and a &lt;code&gt;funding_status&lt;/code&gt;;&lt;/li&gt;</source>
            <translation>&lt;li&gt;una fuente de financiamiento (&lt;code&gt;funding_source&lt;/code&gt;) y un estado del financiamiento (&lt;code&gt;funding_status&lt;/code&gt;);&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;a &lt;code&gt;lead_agency&lt;/code&gt;;&lt;/li&gt;</source>
            <translation>&lt;li&gt;un organismo responsable (&lt;code&gt;lead_agency&lt;/code&gt;);&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;a &lt;code&gt;start_date&lt;/code&gt; and an &lt;code&gt;end_date&lt;/code&gt;;&lt;/li&gt;</source>
            <translation>&lt;li&gt;una fecha de inicio (&lt;code&gt;start_date&lt;/code&gt;) y una fecha de finalización (&lt;code&gt;end_date&lt;/code&gt;);&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;&lt;code&gt;co_benefits&lt;/code&gt;.&lt;/li&gt;</source>
            <translation>&lt;li&gt;cobeneficios (&lt;code&gt;co_benefits&lt;/code&gt;).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;h3&gt;Outputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Salidas&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;p&gt;&lt;b&gt;Actions with finance readiness&lt;/b&gt;: every field of the actions, and &lt;code&gt;served&lt;/code&gt; (the keys of the settlements served), &lt;code&gt;beneficiaries&lt;/code&gt; (filled in), &lt;code&gt;cost_per_beneficiary&lt;/code&gt;, &lt;code&gt;readiness&lt;/code&gt; (0–1), &lt;code&gt;readiness_missing&lt;/code&gt; (what is missing, in words), &lt;code&gt;readiness_checklist&lt;/code&gt; (one line per item, ✓ met or ✗ missing), &lt;code&gt;climate_rationale&lt;/code&gt; (the settlements served with their rank and priority, the people in them exposed to each hazard the action addresses, settlement by settlement, their vulnerability and its drivers, the beneficiaries, the cost and the cost per beneficiary), &lt;code&gt;budget_summary&lt;/code&gt; and &lt;code&gt;readiness_provenance&lt;/code&gt; (the layer and fields each figure comes from).&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Acciones con preparación para el financiamiento&lt;/b&gt;: todos los campos de las acciones, y &lt;code&gt;served&lt;/code&gt; (las claves de los asentamientos atendidos), &lt;code&gt;beneficiaries&lt;/code&gt; (completado), &lt;code&gt;cost_per_beneficiary&lt;/code&gt;, &lt;code&gt;readiness&lt;/code&gt; (0–1), &lt;code&gt;readiness_missing&lt;/code&gt; (lo que falta, en palabras), &lt;code&gt;readiness_checklist&lt;/code&gt; (una línea por elemento, ✓ cumplido o ✗ faltante), &lt;code&gt;climate_rationale&lt;/code&gt; (los asentamientos atendidos con su puesto y su prioridad; las personas expuestas en ellos a cada amenaza que aborda la acción, asentamiento por asentamiento; su vulnerabilidad y sus factores; los beneficiarios, el costo y el costo por beneficiario), &lt;code&gt;budget_summary&lt;/code&gt; y &lt;code&gt;readiness_provenance&lt;/code&gt; (la capa y los campos de los que proviene cada cifra).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;p&gt;&lt;b&gt;Funding pipeline&lt;/b&gt;: the active actions (not cancelled) counted by &lt;code&gt;funding_status&lt;/code&gt; and &lt;code&gt;readiness_band&lt;/code&gt; (&lt;i&gt;ready&lt;/i&gt;: 0.8 or more; &lt;i&gt;in preparation&lt;/i&gt;: 0.5 to 0.8; &lt;i&gt;early&lt;/i&gt;: below 0.5), with their cost per currency and beneficiaries. &lt;b&gt;Cost by hazard addressed&lt;/b&gt;: the active actions' cost per hazard and currency, an action's cost split evenly over the hazards it names, as in the report. Amounts in different currencies are never added. Numeric outputs: ASSESSED, MEAN_READINESS and READY_ACTIONS.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Cartera de financiamiento&lt;/b&gt;: las acciones activas (no canceladas) contadas por &lt;code&gt;funding_status&lt;/code&gt; y &lt;code&gt;readiness_band&lt;/code&gt; (&lt;i&gt;ready&lt;/i&gt;, lista: 0,8 o más; &lt;i&gt;in preparation&lt;/i&gt;, en preparación: de 0,5 a 0,8; &lt;i&gt;early&lt;/i&gt;, en etapa inicial: menos de 0,5), con su costo por moneda y sus beneficiarios. &lt;b&gt;Costo por amenaza abordada&lt;/b&gt;: el costo de las acciones activas por amenaza y moneda; el costo de una acción se reparte por igual entre las amenazas que indica, como en el informe. Los importes en monedas distintas nunca se suman. Salidas numéricas: ASSESSED, MEAN_READINESS y READY_ACTIONS.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;p&gt;"Project profiles" makes a one-page PDF profile of each action from this output.&lt;/p&gt;</source>
            <translation>&lt;p&gt;"Perfiles de proyecto" genera, a partir de esta salida, un perfil en PDF de una página para cada acción.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:importactions</name>
        <message>
            <location filename="../../resources/help/importactions.html" />
            <source>&lt;p&gt;Adds the actions of a CSV file (UTF-8; comma, semicolon or tab separated; a header row with the register's field names, at least &lt;i&gt;title&lt;/i&gt;) to a planned-action register.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Agrega a un registro de acciones previstas las acciones de un archivo CSV (UTF-8; separado por comas, punto y coma o tabulaciones; con una fila de encabezado con los nombres de campo del registro, al menos &lt;i&gt;title&lt;/i&gt;).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/importactions.html" />
            <source>&lt;p&gt;Every row is checked like an edit in the dock. Valid rows are added in one transaction; a row with problems is not added, and the &lt;b&gt;report&lt;/b&gt; names it with its row number and every reason, so no row is lost silently. Columns the register does not have are named in the report and ignored.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Cada fila se verifica igual que una edición en el panel. Las filas válidas se agregan en una sola transacción; una fila con problemas no se agrega, y el &lt;b&gt;informe&lt;/b&gt; la indica con su número de fila y todos los motivos, de modo que ninguna fila se pierde sin aviso. Las columnas que el registro no tiene se indican en el informe y se ignoran.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/importactions.html" />
            <source>&lt;p&gt;With &lt;b&gt;settlements&lt;/b&gt; and their &lt;b&gt;key field&lt;/b&gt;, an action's target area is the union of the settlements its &lt;i&gt;settlements&lt;/i&gt; column names.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Con los &lt;b&gt;asentamientos&lt;/b&gt; y su &lt;b&gt;campo clave&lt;/b&gt;, el área de intervención de una acción es la unión de los asentamientos que indica su columna &lt;i&gt;settlements&lt;/i&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/importactions.html" />
            <source>&lt;p&gt;&lt;b&gt;Decimal mark&lt;/b&gt;: each number column (costs) is read one way, decided from all its cells (&lt;i&gt;automatic&lt;/i&gt;: "1.234,5" is 1234.5, "250.000" in a column with "1.500,50" is 250000) and named in the report; a column that cannot tell ("90,000" alone could be either) is refused until you choose &lt;i&gt;point&lt;/i&gt; or &lt;i&gt;comma&lt;/i&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Separador decimal&lt;/b&gt;: cada columna numérica (costos) se lee de una sola manera, decidida a partir de todas sus celdas (&lt;i&gt;automático&lt;/i&gt;: "1.234,5" es 1234,5; "250.000" en una columna con "1.500,50" es 250000) e indicada en el informe; una columna que no permite decidirlo ("90,000" solo podría ser cualquiera de los dos) se rechaza hasta que usted elija &lt;i&gt;punto&lt;/i&gt; o &lt;i&gt;coma&lt;/i&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/importactions.html" />
            <source>&lt;p&gt;The register is a GeoPackage, or a register in a PostgreSQL/PostGIS &lt;i&gt;database&lt;/i&gt; (the name of a QGIS PostgreSQL connection, or a connection string such as service=office) and its &lt;i&gt;schema&lt;/i&gt;. In a database the new actions are written in one transaction and the server checks every row itself: a row it refuses (one of the register's rules, or a rule the office added to the table) is named with the server's reason, and nothing of the import is written.&lt;/p&gt;</source>
            <translation>&lt;p&gt;El registro es un GeoPackage, o un registro en una &lt;i&gt;base de datos&lt;/i&gt; PostgreSQL/PostGIS (el nombre de una conexión PostgreSQL de QGIS, o una cadena de conexión como service=office) y su &lt;i&gt;esquema&lt;/i&gt;. En una base de datos, las acciones nuevas se escriben en una sola transacción y el propio servidor verifica cada fila: una fila que rechaza (por una de las reglas del registro, o por una regla que la oficina agregó a la tabla) se indica con el motivo que da el servidor, y no se escribe nada de la importación.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:infrastructureexposure</name>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;p&gt;Which facilities, roads, power lines or buildings stand in harm's way, hazard by hazard.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Qué equipamientos, vías, líneas eléctricas o edificaciones están expuestos, amenaza por amenaza.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;h3&gt;Inputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Entradas&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Infrastructure&lt;/b&gt;: points (clinics, schools, water points), lines (roads, power lines) or polygons (buildings, sites).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Infraestructura&lt;/b&gt;: puntos (centros de salud, escuelas, puntos de agua), líneas (vías, líneas eléctricas) o polígonos (edificaciones, predios).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Type field&lt;/b&gt; (optional): groups the summary table.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Campo de tipo&lt;/b&gt; (opcional): agrupa la tabla resumen.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Hazard rasters&lt;/b&gt; and &lt;b&gt;thresholds&lt;/b&gt;: exposure rules as in settlement exposure (a number means value ≥ it; &lt;code&gt;&amp;lt;=2&lt;/code&gt;, &lt;code&gt;=1|2&lt;/code&gt; and the like; above 0 without one; a classed hazard needs a rule). In this dialog each hazard raster gets its rule box beside its name; as text (scripts, the batch), one rule per hazard, comma-separated, paired by position with the hazard rasters in the order their list shows them. The log's first line lists each hazard with its rule. A point is exposed where any of its parts is, a line where any place sampled along it is.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Ráster de amenaza&lt;/b&gt; y &lt;b&gt;reglas de exposición&lt;/b&gt;: reglas de exposición como en la exposición de los asentamientos (un número con punto decimal significa valor ≥ ese número; &lt;code&gt;&amp;lt;=2&lt;/code&gt;, &lt;code&gt;=1|2&lt;/code&gt; y similares; mayor que 0 si no hay regla; una amenaza por clases necesita una regla). En este cuadro de diálogo, cada ráster de amenaza tiene su casilla de regla junto a su nombre; como texto (scripts, el lote), una regla por amenaza, separadas por comas, asociadas por posición a los ráster de amenaza en el orden en que los muestra su lista. La primera línea del registro enumera cada amenaza con su regla. Un punto está expuesto donde lo está cualquiera de sus partes; una línea, donde lo está cualquier lugar muestreado a lo largo de ella.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;h3&gt;Output fields, per hazard (key = the raster layer name, lowercased)&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Campos de salida, por amenaza (key = el nombre de la capa ráster, en minúsculas)&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;{key}_value&lt;/b&gt;: the value at a point, the maximum along a line, or the coverage-weighted mean over a polygon; NULL where the raster has no data;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{key}_value&lt;/b&gt;: el valor en un punto, el máximo a lo largo de una línea o la media ponderada por cobertura sobre un polígono; NULL donde el ráster no tiene datos;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;{key}_exposed&lt;/b&gt;: 1 or 0;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{key}_exposed&lt;/b&gt;: 1 o 0;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;li&gt;lines: &lt;b&gt;{key}_exposed_length_m&lt;/b&gt;; polygons: &lt;b&gt;{key}_exposed_share&lt;/b&gt;.&lt;/li&gt;</source>
            <translation>&lt;li&gt;líneas: &lt;b&gt;{key}_exposed_length_m&lt;/b&gt;; polígonos: &lt;b&gt;{key}_exposed_share&lt;/b&gt;.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;p&gt;The &lt;b&gt;summary&lt;/b&gt; table has one row per type and hazard: count, count exposed, and the exposed length (m) or area (m²).&lt;/p&gt;</source>
            <translation>&lt;p&gt;La tabla &lt;b&gt;resumen&lt;/b&gt; tiene una fila por tipo y amenaza: cantidad, cantidad expuesta y la longitud (m) o el área (m²) expuesta.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;p&gt;Lengths and areas are in metres, measured in the layer's CRS when it is projected in metres, otherwise in the local UTM zone (the log says which). Lines are sampled every 10 m: a 10 m piece is exposed when the hazard at its middle is.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Las longitudes y las áreas están en metros, medidas en el SRC de la capa cuando es un SRC proyectado en metros y, si no, en la zona UTM local (el registro indica cuál). Las líneas se muestrean cada 10 m: un tramo de 10 m está expuesto cuando lo está la amenaza en su punto medio.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:prioritymap</name>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;p&gt;A citywide map of where hazard, people, vulnerability and poor access to services coincide, and a ranking of settlements that explains itself.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Un mapa a escala de ciudad de dónde coinciden amenaza, personas, vulnerabilidad y un acceso deficiente a los servicios, y una clasificación de los asentamientos que se explica por sí misma.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;h3&gt;Grid&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Cuadrícula&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Boundary&lt;/b&gt;: the city polygon(s); the extent and the mask. Cells at least half inside get a priority.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Límite de la ciudad&lt;/b&gt;: el polígono o los polígonos de la ciudad; la extensión y la máscara. Las celdas que están al menos a medias dentro reciben una prioridad.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Cell size&lt;/b&gt; in metres and &lt;b&gt;CRS&lt;/b&gt; (empty: the boundary's UTM zone).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Tamaño de celda&lt;/b&gt; en metros y &lt;b&gt;SRC&lt;/b&gt; (vacío: la zona UTM del límite).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;Every input is aligned to this grid: hazards bilinearly (nearest for hazards scored by class), population by summing the people of the cells it overlaps, so totals are kept.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Todas las entradas se alinean con esta cuadrícula: las amenazas por interpolación bilineal (vecino más cercano para las amenazas puntuadas por clase), la población sumando las personas de las celdas con las que se superpone, de modo que se conservan los totales.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;h3&gt;Criteria&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Criterios&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;p&gt;Each criterion becomes a 0–1 score through a value function and gets a weight (weights are normalised to sum 1 and logged).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Cada criterio se convierte en una puntuación de 0 a 1 mediante una función de valor y recibe un peso (los pesos se normalizan para sumar 1 y se anotan en el registro).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Hazards&lt;/b&gt;, with the &lt;b&gt;hazard settings&lt;/b&gt;: in this dialog, each hazard raster chosen gets its own row under its layer name, with its value function chosen from a list and its weight. From a script, the model or the batch it is a table of one row per hazard, named by layer name or position (1, 2, ...): value function &lt;i&gt;linear&lt;/i&gt; (0 at Low, 1 at High, straight between), &lt;i&gt;step&lt;/i&gt; (1 from the Low value up) or &lt;i&gt;classes&lt;/i&gt; (e.g. "1:0.3; 2:0.7; 3:1"; every class of the raster needs a score, or write "other:0" for the rest), and the weight. A hazard without a row is linear from 0 with weight 1, except a classed hazard, which is refused with its classes. An empty High is set to the exact 95th percentile of the values above Low inside the boundary; the log says which value was used. A hazard on cells smaller than the analysis cells is scored on its own cells and the scores averaged by area onto the grid; settlements take their scores from their own hazard cells.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Amenazas&lt;/b&gt;, con la &lt;b&gt;configuración de las amenazas&lt;/b&gt;: en este cuadro de diálogo, cada ráster de amenaza elegido tiene su propia fila con el nombre de su capa, con su función de valor elegida de una lista y su peso. Desde un script, el modelo o el lote, es una tabla de una fila por amenaza, indicada por el nombre de la capa o por su posición (1, 2, ...): función de valor &lt;i&gt;linear&lt;/i&gt; (0 en Bajo, 1 en Alto, recta entre ambos), &lt;i&gt;step&lt;/i&gt; (1 desde el valor Bajo hacia arriba) o &lt;i&gt;classes&lt;/i&gt; (p. ej. "1:0.3; 2:0.7; 3:1", con punto decimal; cada clase del ráster necesita una puntuación, o escriba "other:0" para las demás), y el peso. Una amenaza sin fila es lineal desde 0 con peso 1, salvo una amenaza por clases, que se rechaza indicando sus clases. Un valor Alto vacío se fija en el percentil 95 exacto de los valores superiores a Bajo dentro del límite; el registro indica qué valor se usó. Una amenaza con celdas más pequeñas que las celdas de análisis se puntúa en sus propias celdas y las puntuaciones se promedian por área sobre la cuadrícula; los asentamientos toman sus puntuaciones de sus propias celdas de amenaza.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Population&lt;/b&gt;: a raster of persons per cell, scored as density (persons per hectare) from 0 to &lt;b&gt;population high bound&lt;/b&gt; (empty: the 95th percentile).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Población&lt;/b&gt;: un ráster de personas por celda, puntuado como densidad (personas por hectárea) desde 0 hasta el &lt;b&gt;límite de población&lt;/b&gt; (vacío: el percentil 95).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Vulnerability&lt;/b&gt;: &lt;b&gt;settlements&lt;/b&gt; with a &lt;b&gt;vulnerability field&lt;/b&gt; (for example the output of &lt;i&gt;Settlement vulnerability index&lt;/i&gt;). Values within 0–1 are used as scores; others are scaled between the lowest and highest settlement. A cell partly in a settlement takes the covered share of its value; cells outside every settlement take the &lt;b&gt;base vulnerability&lt;/b&gt; (empty: the lowest settlement value).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Vulnerabilidad&lt;/b&gt;: &lt;b&gt;asentamientos&lt;/b&gt; con un &lt;b&gt;campo de vulnerabilidad&lt;/b&gt; (por ejemplo, la salida de &lt;i&gt;Índice de vulnerabilidad de los asentamientos&lt;/i&gt;). Los valores entre 0 y 1 se usan como puntuaciones; los demás se escalan entre el asentamiento más bajo y el más alto. Una celda que está en parte en un asentamiento toma la proporción cubierta de su valor; las celdas fuera de todo asentamiento toman la &lt;b&gt;vulnerabilidad fuera de los asentamientos&lt;/b&gt; (vacío: el valor del asentamiento más bajo).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Service-access deficit&lt;/b&gt;: the distance from each cell to the nearest of the &lt;b&gt;facilities&lt;/b&gt;, or the settlements' &lt;b&gt;access field&lt;/b&gt; (metres, e.g. an output of &lt;i&gt;Access to services&lt;/i&gt;), scored linearly from &lt;b&gt;access low&lt;/b&gt; (no deficit) to &lt;b&gt;access high&lt;/b&gt; (full deficit).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Déficit de acceso a servicios&lt;/b&gt;: la distancia de cada celda al más cercano de los &lt;b&gt;equipamientos&lt;/b&gt;, o el &lt;b&gt;campo de acceso&lt;/b&gt; de los asentamientos (metros, p. ej. una salida de &lt;i&gt;Acceso a servicios&lt;/i&gt;), puntuado linealmente desde &lt;b&gt;acceso: sin déficit hasta&lt;/b&gt; (sin déficit) hasta &lt;b&gt;acceso: déficit total desde&lt;/b&gt; (déficit total).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Exclude&lt;/b&gt; (optional): polygons left out of the map, for example water bodies.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Excluir&lt;/b&gt; (opcional): polígonos que se dejan fuera del mapa, por ejemplo cuerpos de agua.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Decimal mark&lt;/b&gt; of numbers written as text: the class scores of a hazard, and a vulnerability or access field stored as text ("0,81"). &lt;i&gt;Automatic&lt;/i&gt; decides from all the scores of a hazard (all the values of the field) together, and the log says what was used: "1:0,3; 2:0,7; 3:1" (classes separated by ";") reads as 0.3 and 0.7. Commas that could both separate the classes and mark decimals ("1:0,3, 2:0,7"), or values that mix "0.3" and "0,7", are refused: separate the classes with ";", or choose &lt;i&gt;point&lt;/i&gt; or &lt;i&gt;comma&lt;/i&gt;. In a field, "n/a", "-" and empty cells are missing; other text that is no number stops the run, naming it.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Separador decimal&lt;/b&gt; de los números escritos como texto: las puntuaciones de clase de una amenaza, y un campo de vulnerabilidad o de acceso guardado como texto ("0,81"). &lt;i&gt;Automático&lt;/i&gt; decide a partir de todas las puntuaciones de una amenaza (todos los valores del campo) juntas, y el registro indica lo que se usó: "1:0,3; 2:0,7; 3:1" (clases separadas por ";") se lee 0,3 y 0,7. Las comas que podrían a la vez separar las clases y marcar decimales ("1:0,3, 2:0,7"), o los valores que mezclan "0.3" y "0,7", se rechazan: separe las clases con ";", o elija &lt;i&gt;punto&lt;/i&gt; o &lt;i&gt;coma&lt;/i&gt;. En un campo, "n/a", "-" y las celdas vacías son datos faltantes; cualquier otro texto que no sea un número detiene la ejecución, nombrándolo.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;h3&gt;Method&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Método&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Weighted sum&lt;/b&gt;: priority = Σ w·s. Criteria compensate each other: a high hazard score can make up for few people. Use it to see where needs add up.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Suma ponderada&lt;/b&gt;: prioridad = Σ w·s. Los criterios se compensan entre sí: una puntuación alta de amenaza puede compensar pocas personas. Úsela para ver dónde se suman las necesidades.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Weighted product&lt;/b&gt;: priority = Π s^w. A criterion scoring 0 gives 0 whatever the others: a strong score cannot offset a missing one. Use it when priority needs every criterion present at once (a hazard &lt;i&gt;and&lt;/i&gt; people &lt;i&gt;and&lt;/i&gt; vulnerability).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Producto ponderado&lt;/b&gt;: prioridad = Π s^w. Un criterio con puntuación 0 da 0, sin importar los demás: una puntuación alta no puede compensar una que falta. Úselo cuando la prioridad requiere que todos los criterios estén presentes a la vez (una amenaza &lt;i&gt;y&lt;/i&gt; personas &lt;i&gt;y&lt;/i&gt; vulnerabilidad).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Missing data&lt;/b&gt;: where a criterion has no value, reweight over the criteria present (default), count it as score 0, or leave the cell without priority. The log says how much was missing per criterion; the ranking has &lt;i&gt;priority_completeness&lt;/i&gt;.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Datos faltantes&lt;/b&gt;: donde un criterio no tiene valor, reponderar entre los criterios presentes (predeterminado), contarlo como puntuación 0 o dejar la celda sin prioridad. El registro indica cuántos datos faltaban por criterio; la clasificación tiene &lt;i&gt;priority_completeness&lt;/i&gt;.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;h3&gt;Outputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Salidas&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Priority&lt;/b&gt;: GeoTIFF 0–100 (0 = every criterion at its lowest score, 100 = every criterion at its high bound), nodata outside the boundary.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Prioridad&lt;/b&gt;: GeoTIFF de 0 a 100 (0 = todos los criterios en su puntuación más baja, 100 = todos los criterios en su límite superior), sin datos (nodata) fuera del límite.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Classes&lt;/b&gt;: 1–5 by city-wide quantiles (each class holds a fifth of the cells) or equal intervals between the lowest and highest priority. Equal priorities always share a class and the highest priorities are always in class 5; where too many cells share priorities to make five classes, fewer are made (the others stay empty) and the log says so.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Clases&lt;/b&gt;: de 1 a 5 por cuantiles de toda la ciudad (cada clase contiene una quinta parte de las celdas) o por intervalos iguales entre la prioridad más baja y la más alta. Las prioridades iguales siempre comparten clase y las prioridades más altas siempre están en la clase 5; donde demasiadas celdas comparten prioridades para formar cinco clases, se forman menos (las demás quedan vacías) y el registro lo indica.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Zones&lt;/b&gt; (optional): connected areas of classes 4–5, each with its area, people and mean priority. A zone too large to hold as one polygon (more than about 2 million vertices, such as one zone across a large city) is written in parts, one per band of rows: every part carries the whole zone's &lt;i&gt;zone_id&lt;/i&gt; and figures, with &lt;i&gt;part&lt;/i&gt; and &lt;i&gt;parts&lt;/i&gt;; dissolve by &lt;i&gt;zone_id&lt;/i&gt; to join them.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Zonas&lt;/b&gt; (opcional): áreas conectadas de las clases 4–5, cada una con su área, sus personas y su prioridad media. Una zona demasiado grande para guardarse como un solo polígono (más de unos 2 millones de vértices, como una sola zona que atraviesa una ciudad grande) se escribe en partes, una por franja de filas: cada parte lleva el &lt;i&gt;zone_id&lt;/i&gt; y las cifras de la zona completa, con &lt;i&gt;part&lt;/i&gt; y &lt;i&gt;parts&lt;/i&gt;; disuelva por &lt;i&gt;zone_id&lt;/i&gt; para unirlas.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Ranking&lt;/b&gt;: the settlements with &lt;i&gt;priority_mean&lt;/i&gt; and &lt;i&gt;priority_max&lt;/i&gt; (coverage-weighted over their cells), &lt;i&gt;priority_class&lt;/i&gt; (by default the quintile of the settlement among the settlements ranked: 5 = the top fifth, so "high priority", classes 4–5, means the top 40 %; ties share a class; with &lt;b&gt;Settlement classes&lt;/b&gt; = the map's city-wide classes, the class of its mean on the map's breaks), &lt;i&gt;priority_rank&lt;/i&gt; (1 = highest), &lt;i&gt;driver_1&lt;/i&gt;/&lt;i&gt;driver_2&lt;/i&gt; with &lt;i&gt;driver_1_share&lt;/i&gt;/&lt;i&gt;driver_2_share&lt;/i&gt; (the criteria with the largest share of w·s), &lt;i&gt;s_{criterion}&lt;/i&gt; (mean score of each criterion), &lt;i&gt;grid_population&lt;/i&gt; (the settlement's people, counted on the population raster's own cells, not on the analysis grid), and the sensitivity fields.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Clasificación&lt;/b&gt;: los asentamientos con &lt;i&gt;priority_mean&lt;/i&gt; y &lt;i&gt;priority_max&lt;/i&gt; (ponderados por cobertura sobre sus celdas), &lt;i&gt;priority_class&lt;/i&gt; (de forma predeterminada, el quintil del asentamiento entre los asentamientos clasificados: 5 = la quinta parte superior, por lo que "alta prioridad", clases 4–5, significa el 40 % superior; los empates comparten clase; con &lt;b&gt;Clases de los asentamientos&lt;/b&gt; = las clases del mapa para toda la ciudad, la clase de su media según los cortes del mapa), &lt;i&gt;priority_rank&lt;/i&gt; (1 = la más alta), &lt;i&gt;driver_1&lt;/i&gt;/&lt;i&gt;driver_2&lt;/i&gt; con &lt;i&gt;driver_1_share&lt;/i&gt;/&lt;i&gt;driver_2_share&lt;/i&gt; (los criterios con la mayor proporción de w·s), &lt;i&gt;s_{criterion}&lt;/i&gt; (puntuación media de cada criterio), &lt;i&gt;grid_population&lt;/i&gt; (las personas del asentamiento, contadas en las celdas propias del ráster de población, no en la cuadrícula de análisis) y los campos de sensibilidad.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;h3&gt;Sensitivity&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Sensibilidad&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;p&gt;&lt;b&gt;Sensitivity runs&lt;/b&gt; redraw the weights around the chosen ones (Dirichlet, standard deviation &lt;b&gt;spread&lt;/b&gt;·√(w(1−w))) and re-rank the settlements from their criterion means; the overlay is not recomputed. &lt;i&gt;rank_p05&lt;/i&gt; and &lt;i&gt;rank_p95&lt;/i&gt; are the 5th and 95th percentiles of each settlement's rank; &lt;i&gt;rank_stable&lt;/i&gt; is 1 when it stays in the same quintile in at least 90 % of the runs. With the weighted product the runs use the product of the criterion means, close to the mean of the products. The draws use a fixed seed: the same inputs give the same outputs.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Las &lt;b&gt;ejecuciones de sensibilidad&lt;/b&gt; vuelven a sortear los pesos en torno a los elegidos (Dirichlet, desviación estándar &lt;b&gt;dispersión&lt;/b&gt;·√(w(1−w))) y vuelven a clasificar los asentamientos a partir de las medias de sus criterios; la superposición no se vuelve a calcular. &lt;i&gt;rank_p05&lt;/i&gt; y &lt;i&gt;rank_p95&lt;/i&gt; son los percentiles 5 y 95 del puesto de cada asentamiento; &lt;i&gt;rank_stable&lt;/i&gt; es 1 cuando permanece en el mismo quintil en al menos el 90 % de las ejecuciones. Con el producto ponderado, las ejecuciones usan el producto de las medias de los criterios, cercano a la media de los productos. Los sorteos usan una semilla fija: las mismas entradas dan las mismas salidas.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;p&gt;The grid is processed in strips, so memory stays bounded for any city size.&lt;/p&gt;</source>
            <translation>&lt;p&gt;La cuadrícula se procesa en franjas, de modo que la memoria se mantiene acotada para cualquier tamaño de ciudad.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:projectprofiles</name>
        <message>
            <location filename="../../resources/help/projectprofiles.html" />
            <source>&lt;p&gt;A PDF with one page per action for a funder, made with a QGIS print-layout atlas over the actions: a map of the action's target area over the priority map with the settlements it serves, its climate rationale, its budget, the finance readiness checklist with what is missing, and where the figures come from.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Un PDF con una página por acción para un financiador, elaborado con un atlas de diseño de impresión de QGIS sobre las acciones: un mapa del área de intervención de la acción sobre el mapa de prioridades con los asentamientos que atiende, su justificación climática, su presupuesto, la lista de verificación de la preparación para el financiamiento con lo que falta, y la procedencia de las cifras.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/projectprofiles.html" />
            <source>&lt;h3&gt;Inputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Entradas&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/projectprofiles.html" />
            <source>&lt;li&gt;&lt;b&gt;Actions with finance readiness&lt;/b&gt;: the output of "Finance readiness of the actions", whose texts fill the pages (they are written in the language that run chose).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Acciones con preparación para el financiamiento&lt;/b&gt;: la salida de "Preparación de las acciones para el financiamiento", cuyos textos completan las páginas (están escritos en el idioma que se eligió en esa ejecución).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/projectprofiles.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlement priority ranking&lt;/b&gt; with its &lt;b&gt;key field&lt;/b&gt; (the one the actions' &lt;code&gt;served&lt;/code&gt; lists) and &lt;b&gt;name field&lt;/b&gt;: the settlements an action serves are outlined in red and named on its map.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Clasificación de prioridades de los asentamientos&lt;/b&gt; con su &lt;b&gt;campo clave&lt;/b&gt; (el que enumera el campo &lt;code&gt;served&lt;/code&gt; de las acciones) y su &lt;b&gt;campo de nombre&lt;/b&gt;: los asentamientos que atiende una acción se contornean en rojo y se nombran en su mapa.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/projectprofiles.html" />
            <source>&lt;li&gt;&lt;b&gt;Priority raster&lt;/b&gt;: the priority map, under the areas.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Ráster de prioridad&lt;/b&gt;: el mapa de prioridades, debajo de las áreas.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/projectprofiles.html" />
            <source>&lt;li&gt;&lt;b&gt;Layout template&lt;/b&gt; (optional): a copy of &lt;code&gt;resources/templates/project_profile.qpt&lt;/code&gt; restyled in QGIS's layout designer. Items are filled by their ids: &lt;code&gt;title&lt;/code&gt;, &lt;code&gt;subtitle&lt;/code&gt;, &lt;code&gt;readiness&lt;/code&gt;, &lt;code&gt;city&lt;/code&gt;, &lt;code&gt;map&lt;/code&gt;, &lt;code&gt;rationale&lt;/code&gt;, &lt;code&gt;budget&lt;/code&gt;, &lt;code&gt;checklist&lt;/code&gt;, &lt;code&gt;missing&lt;/code&gt;, &lt;code&gt;provenance&lt;/code&gt; and &lt;code&gt;footer&lt;/code&gt;; the log names any id the template lacks.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Plantilla de diseño&lt;/b&gt; (opcional): una copia de &lt;code&gt;resources/templates/project_profile.qpt&lt;/code&gt; con el estilo modificado en el diseñador de impresión de QGIS. Los elementos se completan por su id: &lt;code&gt;title&lt;/code&gt;, &lt;code&gt;subtitle&lt;/code&gt;, &lt;code&gt;readiness&lt;/code&gt;, &lt;code&gt;city&lt;/code&gt;, &lt;code&gt;map&lt;/code&gt;, &lt;code&gt;rationale&lt;/code&gt;, &lt;code&gt;budget&lt;/code&gt;, &lt;code&gt;checklist&lt;/code&gt;, &lt;code&gt;missing&lt;/code&gt;, &lt;code&gt;provenance&lt;/code&gt; y &lt;code&gt;footer&lt;/code&gt;; el registro de la ejecución indica cualquier id que falte en la plantilla.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/projectprofiles.html" />
            <source>&lt;li&gt;&lt;b&gt;Language of the pages&lt;/b&gt; (optional): en, fr, es or pt, for the headings, the subtitle and the readiness; empty: QGIS's language.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Idioma de las páginas&lt;/b&gt; (opcional): en, fr, es o pt, para los títulos, el subtítulo y el grado de preparación; vacío: el idioma de QGIS.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/projectprofiles.html" />
            <source>&lt;p&gt;An action without a target area is mapped by the settlements it serves. Output: the PDF, one page per action in the order of the layer, and PROFILES, the number of pages.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Una acción sin área de intervención se representa en el mapa mediante los asentamientos que atiende. Salida: el PDF, con una página por acción en el orden de la capa, y PROFILES, el número de páginas.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:report</name>
        <message>
            <location filename="../../resources/help/report.html" />
            <source>&lt;p&gt;Builds a QGIS print layout and exports it as a PDF: four pages for a city whose ranking fits one page (about 40 settlements), and one more page of ranking for every further 41 or so (5,000 settlements take about 120 pages). Every page is numbered ("page 3 of 11").&lt;/p&gt;</source>
            <translation>&lt;p&gt;Construye un diseño de impresión de QGIS y lo exporta como PDF: cuatro páginas para una ciudad cuya clasificación cabe en una página (unos 40 asentamientos), y una página más de clasificación por cada 41 adicionales aproximadamente (5000 asentamientos ocupan unas 120 páginas). Todas las páginas están numeradas ("página 3 de 11").&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/report.html" />
            <source>&lt;li&gt;&lt;b&gt;Cover and city map&lt;/b&gt;: the priority map over the city boundary, roads and settlements, each settlement numbered by its rank (where numbers would overlap, the higher-ranked one is shown), with legend, a key to the numbers, scale bar, north arrow, title, city name, date and an optional logo.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Portada y mapa de la ciudad&lt;/b&gt;: el mapa de prioridades sobre el límite de la ciudad, las vías y los asentamientos, cada asentamiento numerado según su puesto (donde los números se superpondrían, se muestra el de mejor puesto), con leyenda, una clave de los números, barra de escala, flecha de norte, título, nombre de la ciudad, fecha y un logotipo opcional.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/report.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlement ranking&lt;/b&gt;: every ranked settlement, over as many pages as it takes: rank, name, people, priority, main drivers by criterion (the hazard's layer, People, Access to services, Vulnerability) with their share, rank range under the weight sensitivity, stability, and whether an active action serves the settlement.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Clasificación de los asentamientos&lt;/b&gt;: todos los asentamientos clasificados, en tantas páginas como haga falta: puesto, nombre, personas, prioridad, factores principales por criterio (la capa de la amenaza, Personas, Acceso a servicios, Vulnerabilidad) con su proporción, rango de puestos según la sensibilidad de los pesos, estabilidad, y si una acción activa atiende al asentamiento.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/report.html" />
            <source>&lt;li&gt;&lt;b&gt;Action plan&lt;/b&gt;: every action with status, funding status, cost and beneficiaries (continued on further pages when there are many); the high-priority settlements without an action; budget by funding status and by hazard, each value beside its bar.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Plan de acción&lt;/b&gt;: cada acción con su estado, estado del financiamiento, costo y beneficiarios (continúa en páginas adicionales cuando hay muchas); los asentamientos de alta prioridad sin acción; presupuesto por estado del financiamiento y por amenaza, cada valor junto a su barra.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/report.html" />
            <source>&lt;li&gt;&lt;b&gt;Method and provenance&lt;/b&gt;: the input files by name under their folder (each folder once), with CRS and date; the criteria and weights, the sensitivity settings, how to read the ranking's columns, the plugin and QGIS versions, and caveats on missing data.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Método y procedencia&lt;/b&gt;: los archivos de entrada por nombre bajo su carpeta (cada carpeta una sola vez), con SRC y fecha; los criterios y pesos, la configuración de sensibilidad, cómo leer las columnas de la clasificación, las versiones del complemento y de QGIS, y advertencias sobre los datos faltantes.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/report.html" />
            <source>&lt;p&gt;The layout comes from &lt;b&gt;Template&lt;/b&gt; (a .qpt; default: resources/templates/resilience_report.qpt). Restyle a copy in QGIS's layout designer (colours, fonts, logo place) and keep the item ids (title, city, date, logo, map, legend, scalebar, north, map_note, ranking_table, actions_table, gaps, chart_funding, chart_hazard, method, footer): the report fills them by id. The pages a long ranking or action plan needs are inserted after the table's page, with a frame at the same place and its heading marked "(continued)".&lt;/p&gt;</source>
            <translation>&lt;p&gt;El diseño proviene de la &lt;b&gt;Plantilla de diseño&lt;/b&gt; (un .qpt; predeterminada: resources/templates/resilience_report.qpt). Cambie el estilo de una copia en el diseñador de impresión de QGIS (colores, fuentes, posición del logotipo) y conserve los id de los elementos (title, city, date, logo, map, legend, scalebar, north, map_note, ranking_table, actions_table, gaps, chart_funding, chart_hazard, method, footer): el informe los completa por id. Las páginas que necesita una clasificación o un plan de acción largos se insertan después de la página de la tabla, con un marco en el mismo lugar y su encabezado marcado "(continuación)".&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/report.html" />
            <source>&lt;p&gt;With &lt;b&gt;Energy access options&lt;/b&gt; (the output of that tool) the report ends with an &lt;b&gt;Energy plan&lt;/b&gt; page: per option and city-wide, the settlements, households, households to connect, investment and informal connections to regularise with their cost; the tier and unit costs the plan was costed at; then every settlement with its option, cost per household, investment and flood note (continued on further pages when needed).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Con &lt;b&gt;Opciones de acceso a la energía&lt;/b&gt; (la salida de esa herramienta), el informe termina con una página de &lt;b&gt;Plan energético&lt;/b&gt;: por opción y para toda la ciudad, los asentamientos, los hogares, los hogares por conectar, la inversión y las conexiones informales por regularizar con su costo; el nivel y los costos unitarios con que se calculó el plan; y luego cada asentamiento con su opción, su costo por hogar, su inversión y su nota sobre inundación (continúa en páginas adicionales cuando hace falta).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/report.html" />
            <source>&lt;p&gt;The first page is also written as a PNG for web pages and slides. With &lt;b&gt;Add to project&lt;/b&gt; the layout stays in the project for editing by hand.&lt;/p&gt;</source>
            <translation>&lt;p&gt;La primera página también se escribe como PNG para páginas web y presentaciones. Con &lt;b&gt;Conservar el diseño en el proyecto&lt;/b&gt;, el diseño permanece en el proyecto para editarlo a mano.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/report.html" />
            <source>&lt;p&gt;&lt;b&gt;Report language&lt;/b&gt; (en, fr, es or pt; empty: QGIS's language) writes every text of the pages in that language, whatever QGIS's own: the headings, tables, legend, charts, footer and method page, and the numbers, amounts and dates as that language writes them (1,234.5 in English, 1 234,5 in French, 1.234,5 in Spanish and Portuguese; amounts with the register's currency code, KES 1,000,000 or 1 000 000 KES). QGIS itself stays in its language. A language whose translation is not installed gives an English report and a warning in the log. A restyled template's own texts are kept as written; its texts that are the default template's are translated.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Idioma del informe&lt;/b&gt; (en, fr, es o pt; vacío: el idioma de QGIS) escribe todos los textos de las páginas en ese idioma, sea cual sea el de QGIS: los títulos, las tablas, la leyenda, los gráficos, el pie de página y la página de método, y los números, importes y fechas como los escribe ese idioma (1,234.5 en inglés, 1 234,5 en francés, 1.234,5 en español y portugués; importes con el código de moneda del registro, KES 1,000,000 o 1 000 000 KES). QGIS mantiene su propio idioma. Un idioma cuya traducción no está instalada da un informe en inglés y una advertencia en el registro de mensajes. Los textos propios de una plantilla modificada se conservan tal como están escritos; los que son los de la plantilla predeterminada se traducen.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:restoreaction</name>
        <message>
            <location filename="../../resources/help/restoreaction.html" />
            <source>&lt;p&gt;Puts one action of a register shared in a PostgreSQL/PostGIS database back into an earlier state. The database records every insert, update and delete in planned_actions_history (the row as it was, who, when); this brings back every field of the action and its target area as one entry of that history recorded them. Who changed the action last, and when, then become you and the time of the restore, as after any save.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Devuelve una acción de un registro compartido en una base de datos PostgreSQL/PostGIS a un estado anterior. La base de datos anota cada inserción, actualización y eliminación en planned_actions_history (la fila tal como estaba, quién y cuándo); este algoritmo recupera todos los campos de la acción y su área de intervención tal como los anotó una entrada de ese historial. Después, la última modificación de la acción figura a su nombre y con la hora actual, como tras cualquier guardado.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/restoreaction.html" />
            <source>&lt;p&gt;Give the &lt;i&gt;database&lt;/i&gt; (the name of a QGIS PostgreSQL connection, or a connection string such as service=office), its schema, the action's action_id and the history_id of the entry. The History… button of the Planned actions dock lists an action's entries, what each changed, and restores one for you.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Indique la &lt;i&gt;base de datos&lt;/i&gt; (el nombre de una conexión PostgreSQL de QGIS, o una cadena de conexión como service=office), su esquema, el action_id de la acción y el history_id de la entrada. El botón Historial… del panel Acciones previstas enumera las entradas de una acción y lo que cambió cada una, y restaura la que usted elija.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/restoreaction.html" />
            <source>&lt;p&gt;The restore is a save like any other, in one transaction: the register's rules check it (a state the rules refuse now is not restored, and the message gives the database's reason), its row version goes up, and the history records it as a change (or, for an action that had been deleted, as an addition: it comes back with the same action_id). A viewer's login, and a register written by a newer plugin, restore nothing.&lt;/p&gt;</source>
            <translation>&lt;p&gt;La restauración es un guardado como cualquier otro, en una sola transacción: las reglas del registro la verifican (un estado que las reglas rechazan hoy no se restaura, y el mensaje indica el motivo que da la base de datos), su versión de la fila aumenta y el historial la anota como un cambio (o, en el caso de una acción que se había eliminado, como una adición: vuelve con el mismo action_id). Con el usuario de un lector, o en un registro escrito por una versión más reciente del complemento, no se restaura nada.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/restoreaction.html" />
            <source>&lt;p&gt;Give the row version you saw the action at (&lt;i&gt;Row version seen&lt;/i&gt;): when someone has changed or deleted the action since, nothing is restored and the message says who and when, so a restore never overwrites a change unseen.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Indique la versión de la fila en la que vio la acción (&lt;i&gt;Versión de la fila vista&lt;/i&gt;): si alguien modificó o eliminó la acción desde entonces, no se restaura nada y el mensaje indica quién y cuándo, de modo que una restauración nunca sobrescribe un cambio que usted no haya visto.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/restoreaction.html" />
            <source>&lt;p&gt;A GeoPackage register keeps no history of its own edits, so there is nothing to restore it from; copy it into a database (Copy planned-action register) for a register that keeps every change.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Un registro GeoPackage no guarda historial de sus propias ediciones, por lo que no hay ningún estado anterior desde el cual restaurarlo; cópielo en una base de datos (Copiar registro de acciones previstas) para tener un registro que conserve cada cambio.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:samplecity</name>
        <message>
            <location filename="../../resources/help/samplecity.html" />
            <source>&lt;p&gt;Writes "Mto Mkuu", a fictional city of 10 × 8 km on a river valley, for demonstrations and training. The same seed always gives the same data.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Escribe "Mto Mkuu", una ciudad ficticia de 10 × 8 km en el valle de un río, para demostraciones y capacitación. La misma semilla siempre da los mismos datos.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/samplecity.html" />
            <source>&lt;p&gt;Rasters (UTM zone 37S, 25 m): &lt;b&gt;flood_depth.tif&lt;/b&gt; (m; the north-east corner is nodata, as if the flood model did not cover it), &lt;b&gt;landslide_susceptibility.tif&lt;/b&gt; (classes 1–3), &lt;b&gt;heat_lst.tif&lt;/b&gt; (land-surface temperature, °C) and &lt;b&gt;population.tif&lt;/b&gt; (persons per cell).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Ráster (zona UTM 37S, 25 m): &lt;b&gt;flood_depth.tif&lt;/b&gt; (m; la esquina noreste es sin datos (nodata), como si el modelo de inundación no la cubriera), &lt;b&gt;landslide_susceptibility.tif&lt;/b&gt; (clases 1–3), &lt;b&gt;heat_lst.tif&lt;/b&gt; (temperatura de superficie, °C) y &lt;b&gt;population.tif&lt;/b&gt; (personas por celda).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/samplecity.html" />
            <source>&lt;p&gt;Vectors (EPSG:4326) in &lt;b&gt;sample_city.gpkg&lt;/b&gt;: settlements (40 informal settlements, 0.3 to about 57 ha), settlement_profiles (a Know-Your-City-like table, with some answers missing), roads, health_facilities, schools, water_points, power_lines, substations and city_boundary.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Vectores (EPSG:4326) en &lt;b&gt;sample_city.gpkg&lt;/b&gt;: settlements (40 asentamientos informales, de 0,3 a unas 57 ha), settlement_profiles (una tabla al estilo de Know Your City, con algunas respuestas faltantes), roads, health_facilities, schools, water_points, power_lines, substations y city_boundary.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/samplecity.html" />
            <source>&lt;p&gt;Run from QGIS, the city is loaded into a new group of the layer tree, every layer styled; the styles are also saved in the files, so that they open styled from the Browser.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Al ejecutarlo desde QGIS, la ciudad se carga en un grupo nuevo del panel Capas, con estilo en cada capa; los estilos también se guardan en los archivos, de modo que las capas se abren con estilo desde el Navegador.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:serviceaccess</name>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;p&gt;How far each settlement is from the nearest facility of each type (clinic, school, water point, ...), in a straight line and along the roads, normally and during a hazard, and which settlements lose access when the hazard strikes.&lt;/p&gt;</source>
            <translation>&lt;p&gt;A qué distancia está cada asentamiento del equipamiento más cercano de cada tipo (centro de salud, escuela, punto de agua, ...), en línea recta y por las vías, en condiciones normales y durante una amenaza, y qué asentamientos pierden el acceso cuando la amenaza se produce.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;h3&gt;Inputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Entradas&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlements&lt;/b&gt;: polygons. Trips start at a point inside each settlement.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Asentamientos&lt;/b&gt;: polígonos. Los trayectos parten de un punto dentro de cada asentamiento.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;Facilities&lt;/b&gt;: points. &lt;b&gt;Facility type field&lt;/b&gt; (optional) splits them into types; without it they all count as one type named after the layer.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Equipamientos&lt;/b&gt;: puntos. El &lt;b&gt;campo de tipo de equipamiento&lt;/b&gt; (opcional) los divide en tipos; sin él, todos cuentan como un único tipo con el nombre de la capa.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;Roads&lt;/b&gt; (optional): lines. Roads join where they share a vertex, and a road's end joins another road's nearest vertex within the &lt;b&gt;snapping tolerance&lt;/b&gt;; roads that only cross stay apart (bridges cross without a junction). The log says how many disconnected pieces the network has. Settlements and facilities join the road network at its nearest vertex; segments longer than 50 m are split first, so a connector is at most 25 m longer than to the nearest point of a road.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Vías&lt;/b&gt; (opcional): líneas. Las vías se unen donde comparten un vértice, y el extremo de una vía se une al vértice más cercano de otra vía dentro de la &lt;b&gt;tolerancia de ajuste&lt;/b&gt;; las vías que solo se cruzan quedan separadas (los puentes cruzan sin intersección). El registro indica cuántas partes desconectadas tiene la red. Los asentamientos y los equipamientos se unen a la red vial en su vértice más cercano; los segmentos de más de 50 m se dividen antes, de modo que un conector mide como máximo 25 m más que hasta el punto más cercano de una vía.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;Hazard&lt;/b&gt; and &lt;b&gt;threshold&lt;/b&gt; (optional): roads and facilities in exposed cells are out of service. The threshold is an exposure rule as in settlement exposure: a number (value ≥ it), a comparison (&lt;code&gt;&amp;lt;=2&lt;/code&gt;) or classes (&lt;code&gt;=1|2&lt;/code&gt;); above 0 without one; a classed hazard needs a rule. A road segment is cut when any point along it, checked every half cell, is exposed.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Amenaza&lt;/b&gt; y &lt;b&gt;umbral&lt;/b&gt; (opcional): las vías y los equipamientos en celdas expuestas quedan fuera de servicio. El umbral es una regla de exposición como en la exposición de los asentamientos: un número con punto decimal (valor ≥ ese número), una comparación (&lt;code&gt;&amp;lt;=2&lt;/code&gt;) o clases (&lt;code&gt;=1|2&lt;/code&gt;); mayor que 0 si no hay regla; una amenaza por clases necesita una regla. Un segmento vial queda cortado cuando cualquier punto a lo largo de él, verificado cada media celda, está expuesto.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;Maximum distance&lt;/b&gt;: trips longer than this (connectors included) count as unreachable; 0 means no limit.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Distancia máxima&lt;/b&gt;: los trayectos más largos que esta (conectores incluidos) se cuentan como inalcanzables; 0 significa sin límite.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;h3&gt;Output fields, per facility type&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Campos de salida, por tipo de equipamiento&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;{type}_dist_m&lt;/b&gt;: straight-line distance from the settlement's outline to the nearest facility (0 when one is inside it);&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{type}_dist_m&lt;/b&gt;: distancia en línea recta desde el contorno del asentamiento hasta el equipamiento más cercano (0 cuando hay uno dentro);&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;{type}_network_m&lt;/b&gt;: along the roads, with the two connectors; NULL when unreachable or without roads;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{type}_network_m&lt;/b&gt;: por las vías, con los dos conectores; NULL cuando es inalcanzable o no hay vías;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;{type}_network_hazard_m&lt;/b&gt;: the same during the hazard;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{type}_network_hazard_m&lt;/b&gt;: lo mismo durante la amenaza;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;{type}_access_lost&lt;/b&gt;: 1 when a facility is reachable normally but not during the hazard.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{type}_access_lost&lt;/b&gt;: 1 cuando un equipamiento es alcanzable en condiciones normales pero no durante la amenaza.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;p&gt;Distances are in metres, computed in the settlements' CRS when it is projected in metres, otherwise in the local UTM zone. Shortest paths run once per facility type from all its facilities at once.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Las distancias están en metros, calculadas en el SRC de los asentamientos cuando es un SRC proyectado en metros y, si no, en la zona UTM local. Los caminos más cortos se calculan una vez por tipo de equipamiento, desde todos sus equipamientos a la vez.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:settlementexposure</name>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;p&gt;For each informal settlement, how much of its area and how many of its people are exposed to each hazard raster.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Para cada asentamiento informal, qué parte de su área y cuántas de sus personas están expuestas a cada ráster de amenaza.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;h3&gt;Inputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Entradas&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlements&lt;/b&gt;: polygons (any CRS; they are reprojected to each raster's CRS). Invalid geometries are repaired; multipart polygons are measured as one settlement.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Asentamientos&lt;/b&gt;: polígonos (cualquier SRC; se reproyectan al SRC de cada ráster). Las geometrías no válidas se reparan; los polígonos multiparte se miden como un solo asentamiento.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlement ID field&lt;/b&gt; (optional): names settlements in messages.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Campo de ID del asentamiento&lt;/b&gt; (opcional): nombra los asentamientos en los mensajes.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Hazard rasters&lt;/b&gt;: one or more GeoTIFFs or other GDAL files, e.g. flood depth (m), landslide susceptibility class, land-surface temperature (°C).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Ráster de amenaza&lt;/b&gt;: uno o más GeoTIFF u otros archivos GDAL, p. ej. profundidad de inundación (m), clase de susceptibilidad a deslizamientos, temperatura de superficie (°C).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Thresholds&lt;/b&gt; (optional): one exposure rule per hazard, comma-separated, in the same order: a number (exposed where the value ≥ it, e.g. &lt;code&gt;0.5&lt;/code&gt;), a comparison (&lt;code&gt;&amp;gt;=0.5&lt;/code&gt;, &lt;code&gt;&amp;gt;0.5&lt;/code&gt;, &lt;code&gt;&amp;lt;=2&lt;/code&gt;, &lt;code&gt;&amp;lt;2&lt;/code&gt;) or a set of classes (&lt;code&gt;=1&lt;/code&gt;, &lt;code&gt;=1|2&lt;/code&gt;). Empty: any value above 0 counts as exposed. A &lt;b&gt;classed hazard&lt;/b&gt; (a colour table, class names in its style or categories, or an integer raster with at most 16 distinct values) must be given a rule: without one the run stops and lists its classes. The log says which classes a rule includes, with their names.&lt;br&gt; In this dialog each chosen hazard raster gets its own rule box, beside its name. From a script, the model or the batch the rules are one text, paired with the hazard rasters by position: the first rule with the first raster in the order the &lt;b&gt;Hazard rasters&lt;/b&gt; list shows them, the second with the second. For &lt;code&gt;flood_depth&lt;/code&gt; then &lt;code&gt;landslide&lt;/code&gt;, &lt;code&gt;0.5, =3|4&lt;/code&gt; means flooded from 0.5 m, and landslide classes 3 and 4. The log's first line lists each hazard with its rule.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Reglas de exposición&lt;/b&gt; (opcional): una regla de exposición por amenaza, separadas por comas, en el mismo orden: un número con punto decimal (expuesto donde el valor es ≥ ese número, p. ej. &lt;code&gt;0.5&lt;/code&gt;), una comparación (&lt;code&gt;&amp;gt;=0.5&lt;/code&gt;, &lt;code&gt;&amp;gt;0.5&lt;/code&gt;, &lt;code&gt;&amp;lt;=2&lt;/code&gt;, &lt;code&gt;&amp;lt;2&lt;/code&gt;) o un conjunto de clases (&lt;code&gt;=1&lt;/code&gt;, &lt;code&gt;=1|2&lt;/code&gt;). Vacío: cualquier valor mayor que 0 cuenta como expuesto. A una &lt;b&gt;amenaza por clases&lt;/b&gt; (una tabla de colores, nombres de clase en su estilo o categorías, o un ráster de enteros con un máximo de 16 valores distintos) se le debe dar una regla: sin ella, la ejecución se detiene y enumera sus clases. El registro indica qué clases incluye una regla, con sus nombres.&lt;br&gt; En este cuadro de diálogo, cada ráster de amenaza elegido tiene su propia casilla de regla, junto a su nombre. Desde un script, el modelo o el lote, las reglas son un solo texto, asociado a los ráster de amenaza por posición: la primera regla con el primer ráster en el orden en que los muestra la lista &lt;b&gt;Ráster de amenaza&lt;/b&gt;, la segunda con el segundo. Para &lt;code&gt;flood_depth&lt;/code&gt; y luego &lt;code&gt;landslide&lt;/code&gt;, &lt;code&gt;0.5, =3|4&lt;/code&gt; significa inundado desde 0,5 m, y las clases de deslizamiento 3 y 4. La primera línea del registro enumera cada amenaza con su regla.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Population raster&lt;/b&gt; (optional): persons per cell. It is brought onto each hazard grid with a sum that keeps the number of people.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Ráster de población&lt;/b&gt; (opcional): personas por celda. Se lleva a la cuadrícula de cada amenaza con una suma que conserva el número de personas.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Population field&lt;/b&gt; (optional): persons per settlement, used when there is no population raster; exposed people = persons × exposed share. A text field is read as its numbers are written ("1.000,5" or "1,000.5", "1 234"), one decimal mark for the whole field, decided from all its cells and logged; "n/a" and empty cells are unknown, and other text stops the run, naming it.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Campo de población&lt;/b&gt; (opcional): personas por asentamiento, usado cuando no hay ráster de población; personas expuestas = personas × proporción expuesta. Un campo de texto se lee como están escritos sus números ("1.000,5" o "1,000.5", "1 234"), con un solo separador decimal para todo el campo, decidido a partir de todas sus celdas e indicado en el registro; "n/a" y las celdas vacías son desconocidas, y cualquier otro texto detiene la ejecución, nombrándolo.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Decimal mark&lt;/b&gt; (advanced): how numbers stored as text in the fields above are read. &lt;i&gt;Automatic&lt;/i&gt; decides each field from all its cells, and the log says what was used; a field whose every number has exactly three digits after its mark ("12.500", "3.200") could be thousands or decimals, and is refused: choose &lt;i&gt;point&lt;/i&gt; (1,234.5) or &lt;i&gt;comma&lt;/i&gt; (1.234,5).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Separador decimal&lt;/b&gt; (avanzado): cómo se leen los números guardados como texto en los campos anteriores. &lt;i&gt;Automático&lt;/i&gt;
decide cada campo a partir de todas sus celdas, y el registro indica lo que se usó; un campo en el que cada número tiene exactamente
tres cifras después de su separador ("12.500", "3.200") podría estar en miles o en decimales, y se rechaza: elija
&lt;i&gt;punto&lt;/i&gt; (1,234.5) o &lt;i&gt;coma&lt;/i&gt; (1.234,5).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;h3&gt;Output&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Salida&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;p&gt;Every input feature and field, and for each hazard (key = the raster layer name in lowercase, non-alphanumerics turned into _):&lt;/p&gt;</source>
            <translation>&lt;p&gt;Todas las entidades y los campos de entrada y, para cada amenaza (key = el nombre de la capa ráster en minúsculas, con los caracteres no alfanuméricos convertidos en _):&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;{key}_mean&lt;/b&gt;, &lt;b&gt;{key}_max&lt;/b&gt;: over cells with data; the mean weights each cell by the share of it the settlement covers;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{key}_mean&lt;/b&gt;, &lt;b&gt;{key}_max&lt;/b&gt;: sobre las celdas con datos; la media pondera cada celda por la proporción de ella que cubre el asentamiento;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;{key}_exposed_share&lt;/b&gt;: 0–1 share of the settlement's area with data that is exposed;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{key}_exposed_share&lt;/b&gt;: proporción (0–1) del área con datos del asentamiento que está expuesta;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;{key}_coverage&lt;/b&gt;: 0–1 share of the settlement's area that has hazard data (0 for a settlement wholly outside the raster, whose statistics are NULL);&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{key}_coverage&lt;/b&gt;: proporción (0–1) del área del asentamiento que tiene datos de amenaza (0 para un asentamiento totalmente fuera del ráster, cuyas estadísticas son NULL);&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;{key}_exposed_pop&lt;/b&gt;: people in exposed cells.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{key}_exposed_pop&lt;/b&gt;: personas en celdas expuestas.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;p&gt;Across hazards: &lt;b&gt;any_exposed_share&lt;/b&gt; and &lt;b&gt;any_exposed_pop&lt;/b&gt; (exposed to at least one hazard) and &lt;b&gt;exposed_hazards&lt;/b&gt; (how many hazards expose some of the settlement). Numeric outputs: EXPOSED_SETTLEMENTS and EXPOSED_POPULATION.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Para el conjunto de las amenazas: &lt;b&gt;any_exposed_share&lt;/b&gt; y &lt;b&gt;any_exposed_pop&lt;/b&gt; (expuesto a al menos una amenaza) y &lt;b&gt;exposed_hazards&lt;/b&gt; (cuántas amenazas exponen alguna parte del asentamiento). Salidas numéricas: EXPOSED_SETTLEMENTS y EXPOSED_POPULATION.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;p&gt;Partly covered cells count by their covered fraction, so settlements smaller than a cell get values. Nodata is left out, never counted as 0. Each raster is read once, in strips, so memory does not grow with the city.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Las celdas parcialmente cubiertas cuentan según la fracción cubierta, de modo que los asentamientos más pequeños que una celda obtienen valores. Los valores sin datos (nodata) se omiten, nunca se cuentan como 0. Cada ráster se lee una sola vez, en franjas, de modo que la memoria no crece con la ciudad.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:vulnerabilityindex</name>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;p&gt;Turns settlement profiles (water, toilets, electricity, drainage, tenure, eviction threat, flood history, ...) into a 0–1 vulnerability index that explains itself.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Convierte los perfiles de los asentamientos (agua, sanitarios, electricidad, drenaje, tenencia, amenaza de desalojo, historial de inundaciones, ...) en un índice de vulnerabilidad de 0 a 1 que se explica por sí mismo.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;h3&gt;Inputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Entradas&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlements&lt;/b&gt;: polygons.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Asentamientos&lt;/b&gt;: polígonos.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;Profiles&lt;/b&gt; (optional): a table (CSV, XLSX, GeoPackage table or any QGIS table). Without it the indicators are read from the settlements layer.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Perfiles&lt;/b&gt; (opcional): una tabla (CSV, XLSX, tabla de GeoPackage o cualquier tabla de QGIS). Sin ella, los indicadores se leen de la capa de asentamientos.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlement key&lt;/b&gt; / &lt;b&gt;Profile key&lt;/b&gt;: the join fields. Keys are compared normalised: case and spaces are ignored, and 7, "7", "007" and 7.0 match.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Clave del asentamiento&lt;/b&gt; / &lt;b&gt;Clave del perfil&lt;/b&gt;: los campos de unión. Las claves se comparan normalizadas: se ignoran las mayúsculas y los espacios, y 7, "7", "007" y 7.0 coinciden.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;Indicators&lt;/b&gt;: one row per indicator: field, direction (+ when a higher value means more vulnerable, - when it means less) and weight. Text fields holding numbers are read as numbers; "n/a", "n/d", "s/d", "nd", "-" and empty cells are missing.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Indicadores&lt;/b&gt;: una fila por indicador: campo, sentido (+ cuando un valor más alto significa más vulnerable, - cuando significa menos) y peso. Los campos de texto que contienen números se leen como números; "n/a", "n/d", "s/d", "nd", "-" y las celdas vacías son valores faltantes.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;Decimal mark&lt;/b&gt;: how text columns write their numbers. &lt;i&gt;Automatic&lt;/i&gt; decides each column from all its cells, with thousands written as ".", ",", a space or a thin space: "1.234,5" (comma decimals) is 1234.5, and "69.156" in a column that writes thousands with points is 69156. The log says what each column was read as. A column that mixes the two, or whose every mark has three digits after it ("69.156", "12.000"), is refused: choose &lt;i&gt;point&lt;/i&gt; (1,234.5) or &lt;i&gt;comma&lt;/i&gt; (1.234,5) for the table. The weights of the &lt;b&gt;Indicators&lt;/b&gt; table are read the same way, as one column ("0,5" where they write decimal commas).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Separador decimal&lt;/b&gt;: cómo escriben sus números las columnas de texto. &lt;i&gt;Automático&lt;/i&gt; decide cada columna a partir de todas sus celdas, con los miles escritos como ".", ",", un espacio o un espacio fino: "1.234,5" (decimales con coma) es 1234,5, y "69.156" en una columna que escribe los miles con puntos es 69156. El registro indica cómo se leyó cada columna. Una columna que mezcla ambos, o en la que cada separador va seguido de tres cifras ("69.156", "12.000"), se rechaza: elija &lt;i&gt;punto&lt;/i&gt; (1,234.5) o &lt;i&gt;coma&lt;/i&gt; (1.234,5) para la tabla. Los pesos de la tabla &lt;b&gt;Indicadores&lt;/b&gt; se leen del mismo modo, como una sola columna ("0,5" donde se escriben decimales con coma).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;Preset&lt;/b&gt; (optional): a JSON file with the indicators, used when the table above is empty. The bundled presets (kyc_default.json, energy_access.json) can be named by their file name alone.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Conjunto predefinido&lt;/b&gt; (opcional): un archivo JSON con los indicadores, que se usa cuando la tabla anterior está vacía. Los conjuntos predefinidos incluidos (kyc_default.json, energy_access.json) pueden indicarse solo por su nombre de archivo.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;Normalisation&lt;/b&gt;: min–max, percentile rank, or z-score passed through the normal distribution (all give 0–1).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Normalización&lt;/b&gt;: mín–máx, rango percentil o puntuación Z pasada por la distribución normal (todas dan 0–1).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;Missing values&lt;/b&gt;: reweight over the indicators present (default), fill with the indicator's median, or leave the score NULL.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Valores faltantes&lt;/b&gt;: reponderar entre los indicadores presentes (predeterminado), completar con la mediana del indicador o dejar la puntuación en NULL.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;h3&gt;Output fields&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Campos de salida&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;vulnerability&lt;/b&gt;: 0–1, the weighted mean of the oriented indicators;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;vulnerability&lt;/b&gt;: 0–1, la media ponderada de los indicadores orientados;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;vulnerability_rank&lt;/b&gt;: 1 = most vulnerable (ties share a rank);&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;vulnerability_rank&lt;/b&gt;: 1 = el más vulnerable (los empates comparten puesto);&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;vulnerability_completeness&lt;/b&gt;: share of the weight whose indicators were present;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;vulnerability_completeness&lt;/b&gt;: proporción del peso cuyos indicadores estaban presentes;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;vulnerability_drivers&lt;/b&gt;: the top three indicators by contribution, with their share of the score;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;vulnerability_drivers&lt;/b&gt;: los tres indicadores que más contribuyen, con su proporción de la puntuación;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;v_{field}&lt;/b&gt;: each indicator normalised 0–1 and oriented so that 1 means more vulnerable. An indicator that lowers vulnerability is turned round as 1 − v.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;v_{field}&lt;/b&gt;: cada indicador normalizado de 0 a 1 y orientado de modo que 1 signifique más vulnerable. Un indicador que reduce la vulnerabilidad se invierte como 1 − v.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;p&gt;Weights are normalised to sum to 1 and written to the log. Profiles without a settlement and settlements without a profile are named in the log; duplicate keys stop the run.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Los pesos se normalizan para sumar 1 y se escriben en el registro. Los perfiles sin asentamiento y los asentamientos sin perfil se indican en el registro; las claves duplicadas detienen la ejecución.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>model:citywide_priorities</name>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>The whole chain on one city: settlement exposure, vulnerability index, access to services, citywide priorities, action coverage and the actions' finance readiness, with their project profiles (PDF) when the register has actions and the energy plan when power lines are given. Its inputs are the raw layers and the main choices (hazards with thresholds and scoring, weights, cell size).</source>
            <translation>El flujo de trabajo completo para una ciudad: exposición de los asentamientos, índice de vulnerabilidad, acceso a servicios, prioridades a escala de ciudad, cobertura de las acciones y preparación de las acciones para el financiamiento, con sus perfiles de proyecto (PDF) cuando el registro tiene acciones, y el plan energético cuando se indican líneas eléctricas. Sus entradas son las capas sin procesar y las decisiones principales (amenazas con umbrales y puntuación, pesos, tamaño de celda).</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>The register. Its actions' finance readiness is assessed, and each gets a page in the project profiles (PDF; made when the register has an action and the finance readiness output is written).</source>
            <translation>El registro. Se evalúa la preparación de sus acciones para el financiamiento, y cada una recibe una página en los perfiles de proyecto (PDF; se generan cuando el registro tiene al menos una acción y se escribe la salida "Grado de preparación para el financiamiento").</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>The project profiles' title.</source>
            <translation>El título de los perfiles de proyecto.</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>The profiles' share of households with electricity, 0–1 or 0–100 (empty: none has it, every household is to connect).</source>
            <translation>La proporción de hogares con electricidad, según los perfiles, 0–1 o 0–100 (vacío: ningún hogar tiene electricidad; todos los hogares están por conectar).</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>The exposure output's field of the share flooded, &lt;hazard&gt;_exposed_share, e.g. flood_depth_exposed_share: the energy plan notes where grid works would sit in the flood (empty: no note).</source>
            <translation>El campo de la salida de exposición con la proporción inundada, &lt;hazard&gt;_exposed_share, p. ej. flood_depth_exposed_share: el plan energético señala dónde las obras de red quedarían en zona inundable (vacío: sin nota).</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>One row per hazard: hazard (layer name or position), value function (linear, step or classes), low, high, class scores, weight.</source>
            <translation>Una fila por amenaza: amenaza (nombre de la capa o posición), función de valor (linear, step o classes), bajo, alto, puntuaciones de clase, peso.</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>The profiles' households, for the energy plan (empty: the population field's persons ÷ the household size, 3.3 by default). The plan counts the people of a settlement by the population field, else as its households × that size.</source>
            <translation>Los hogares de los perfiles, para el plan energético (vacío: las personas del campo de población ÷ el tamaño del hogar, 3,3 de forma predeterminada). El plan cuenta las personas de un asentamiento según el campo de población o, si no, como sus hogares × ese tamaño.</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>The profiles' share of the connected households whose connection is informal (not metered), 0–1 or 0–100 (empty: none counted).</source>
            <translation>La proporción de los hogares conectados cuya conexión es informal (sin medidor), según los perfiles, 0–1 o 0–100 (vacío: no se contabiliza ninguna).</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>The language of the finance readiness texts and of the project profiles: en, fr, es, pt (empty: QGIS's language).</source>
            <translation>El idioma de los textos de preparación para el financiamiento y de los perfiles de proyecto: en, fr, es, pt (vacío: el idioma de QGIS).</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Persons per cell.</source>
            <translation>Personas por celda.</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Persons per settlement, used when there is no population raster.</source>
            <translation>Personas por asentamiento; se usa cuando no hay ráster de población.</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>With them the model makes the energy plan of the settlements and their profiles: the least-cost option of each, its households, costs and investment. Without them that step is skipped: the grid options cannot be costed without the distance to a line.</source>
            <translation>Con ellas, el modelo elabora el plan energético de los asentamientos, con sus perfiles: la opción de menor costo de cada uno, sus hogares, sus costos y la inversión. Sin ellas, ese paso se omite: no se puede calcular el costo de las opciones de red sin la distancia a una línea.</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Optional: the energy plan then gives each settlement its distance to the nearest one.</source>
            <translation>Opcional: el plan energético indica entonces para cada asentamiento su distancia a la más cercana.</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>One rule per hazard, comma-separated, in the order of the hazard rasters: a number (exposed where the value is at least it, e.g. 0.5), a comparison (&gt;=0.5, &lt;2) or classes (=1|2).</source>
            <translation>Una regla por amenaza, separadas por comas, en el orden de los ráster de amenaza: un número con punto decimal (expuesto donde el valor es al menos ese número, p. ej. 0.5), una comparación (&gt;=0.5, &lt;2) o clases (=1|2).</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Citywide workflow: exposure to action coverage</source>
            <translation>Flujo de trabajo a escala de ciudad: de la exposición a la cobertura de las acciones</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Access</source>
            <translation>Acceso</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Access weight</source>
            <translation>Peso del acceso</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Planned actions (register)</source>
            <translation>Acciones previstas (registro)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>City boundary</source>
            <translation>Límite de la ciudad</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Cell size (metres)</source>
            <translation>Tamaño de celda (metros)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>City name</source>
            <translation>Nombre de la ciudad</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Actions coverage</source>
            <translation>Cobertura de las acciones</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Settlement gaps</source>
            <translation>Brechas por asentamiento</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Electricity field (profiles)</source>
            <translation>Campo de electricidad (perfiles)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Energy by option</source>
            <translation>Energía por opción</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Energy plan</source>
            <translation>Plan energético</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Exposure</source>
            <translation>Exposición</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Health facilities (points)</source>
            <translation>Centros de salud (puntos)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Facility type field</source>
            <translation>Campo de tipo de equipamiento</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Flood share field (exposure)</source>
            <translation>Campo de proporción inundada (exposición)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Hazard scoring</source>
            <translation>Puntuación de amenazas</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Hazard rasters</source>
            <translation>Ráster de amenaza</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Households field (profiles)</source>
            <translation>Campo de hogares (perfiles)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Informal connections field</source>
            <translation>Campo de conexiones informales</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Language of the texts</source>
            <translation>Idioma de los textos</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Population raster (persons/cell)</source>
            <translation>Ráster de población (personas/celda)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Population field (persons)</source>
            <translation>Campo de población (personas)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Population weight</source>
            <translation>Peso de la población</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Power lines</source>
            <translation>Líneas eléctricas</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Indicator preset (JSON)</source>
            <translation>Conjunto predefinido de indicadores (JSON)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Priority classes</source>
            <translation>Clases de prioridad</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Priority zones</source>
            <translation>Zonas prioritarias</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Ranking</source>
            <translation>Clasificación</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Profile key field</source>
            <translation>Campo clave del perfil</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Settlement profiles (table)</source>
            <translation>Perfiles de los asentamientos (tabla)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Project profiles</source>
            <translation>Perfiles de proyecto</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Cost by hazard</source>
            <translation>Costo por amenaza</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Finance pipeline</source>
            <translation>Cartera de financiamiento</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Finance readiness</source>
            <translation>Grado de preparación para el financiamiento</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Roads</source>
            <translation>Vías</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Settlement key field</source>
            <translation>Campo clave del asentamiento</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Settlements</source>
            <translation>Asentamientos</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Substations</source>
            <translation>Subestaciones</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Exposure rules, one per hazard</source>
            <translation>Reglas de exposición, una por amenaza</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Vulnerability</source>
            <translation>Vulnerabilidad</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Vulnerability weight</source>
            <translation>Peso de la vulnerabilidad</translation>
        </message>
    </context>
</TS>
