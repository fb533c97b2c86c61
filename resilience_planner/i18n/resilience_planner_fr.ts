<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>ActionCoverageAlgorithm</name>
        <message>
            <location filename="../algorithms/action_coverage.py" line="46" />
            <source>Action coverage and gaps</source>
            <translation>Couverture des actions et lacunes</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="61" />
            <source>Planned actions</source>
            <translation>Actions prévues</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="56" />
            <source>Persons per cell; the people inside each action's target area are counted from it.</source>
            <translation>Habitants par cellule ; les habitants de la zone d'intervention de chaque action sont comptés à partir de ce raster.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="63" />
            <source>Settlements (priority ranking)</source>
            <translation>Quartiers (classement des priorités)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="65" />
            <source>Settlement key field</source>
            <translation>Champ clé des quartiers</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="68" />
            <source>Priority field</source>
            <translation>Champ de priorité</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="71" />
            <source>Priority class field (1-5)</source>
            <translation>Champ de classe de priorité (1-5)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="74" />
            <source>Population field</source>
            <translation>Champ de population</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="77" />
            <source>Population raster (persons/cell)</source>
            <translation>Raster de population (habitants/cellule)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="81" />
            <source>Actions with coverage</source>
            <translation>Actions avec couverture</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="83" />
            <source>Settlements with actions and gaps</source>
            <translation>Quartiers avec actions et lacunes</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="85" />
            <source>Active actions</source>
            <translation>Actions actives</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="85" />
            <source>Gaps</source>
            <translation>Lacunes</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="85" />
            <source>People in high-priority settlements</source>
            <translation>Habitants des quartiers hautement prioritaires</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="85" />
            <source>Share of them served by an active action</source>
            <translation>Part d'entre eux desservie par une action active</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="85" />
            <source>Cost of the active actions (when in one currency)</source>
            <translation>Coût des actions actives (si une seule devise)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="91" />
            <source>Cost of the active actions, per currency</source>
            <translation>Coût des actions actives, par devise</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="107" />
            <source>Layer "{0}" is not a planned-action register (it has no title or status field). Create one with "Create planned-action register".</source>
            <translation>La couche « {0} » n'est pas un registre des actions prévues (elle n'a pas de champ de titre ou de statut). Créez-en un avec « Créer un registre des actions prévues ».</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="112" />
            <source>Settlements layer "{0}" has no features.</source>
            <translation>La couche de quartiers « {0} » n'a aucune entité.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="129" />
            <source>{0} action(s) have no target area, so no beneficiaries from the raster: {1}</source>
            <translation>{0} action(s) sans zone d'intervention, donc sans bénéficiaires issus du raster : {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="140" />
            <source>No priority class field: gaps cannot be found (gap is NULL). Use the ranking of "Citywide resilience priorities".</source>
            <translation>Pas de champ de classe de priorité : les lacunes ne peuvent pas être déterminées (gap est NULL). Utilisez le classement de « Priorités de résilience à l'échelle de la ville ».</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="181" />
            <source>High priority, no active action</source>
            <translation>Priorité élevée, aucune action active</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="181" />
            <source>Served by an active action</source>
            <translation>Desservi par une action active</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="181" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="187" />
            <source>without a currency</source>
            <translation>sans devise</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="189" />
            <source>The active actions are costed in different currencies, which are not added together: {0}. The planned cost is given per currency only.</source>
            <translation>Les actions actives sont chiffrées dans des devises différentes, qui ne sont pas additionnées : {0}. Le coût prévu est donné par devise uniquement.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="192" />
            <source>Cost of the active actions: {0}.</source>
            <translation>Coût des actions actives : {0}.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="194" />
            <source>Not counted (the cost is not a number of 0 or more): {0}.</source>
            <translation>Non comptés (le coût n'est pas un nombre supérieur ou égal à 0) : {0}.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="198" />
            <source>{0} active action(s); {1} gap(s); {2:.0%} of the people in high-priority settlements are served.</source>
            <translation>{0} action(s) active(s) ; {1} lacune(s) ; {2:.0%} des habitants des quartiers hautement prioritaires sont desservis.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="222" />
            <source>Field "{0}" is not in the settlements layer.</source>
            <translation>Le champ « {0} » n'existe pas dans la couche de quartiers.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_coverage.py" line="225" />
            <source>The settlements have no "{0}" field; it is left out.</source>
            <translation>Les quartiers n'ont pas de champ « {0} » ; il est ignoré.</translation>
        </message>
    </context>
    <context>
        <name>ActionEditor</name>
        <message>
            <location filename="../gui/action_editor.py" line="166" />
            <source>Cost</source>
            <translation>Coût</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="166" />
            <source>Funding</source>
            <translation>Financement</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="167" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="230" />
            <source>To fix: {0}: {1}</source>
            <translation>À corriger : {0} : {1}</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="382" />
            <source>Planned actions</source>
            <translation>Actions prévues</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="399" />
            <source>Open…</source>
            <translation>Ouvrir…</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="402" />
            <source>New register…</source>
            <translation>Nouveau registre…</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="418" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="418" />
            <source>Save the changes to the register (checked first: nothing is written while an action needs fixing).</source>
            <translation>Enregistrer les modifications du registre (vérifiées d'abord : rien n'est écrit tant qu'une action doit être corrigée).</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="421" />
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="421" />
            <source>Undo the last change.</source>
            <translation>Annuler la dernière modification.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="423" />
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="423" />
            <source>Redo the change just undone.</source>
            <translation>Rétablir la modification qui vient d'être annulée.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="425" />
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="425" />
            <source>Export the saved action plan as CSV or Excel.</source>
            <translation>Exporter le plan d'actions enregistré en CSV ou Excel.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="976" />
            <source>No register open.</source>
            <translation>Aucun registre ouvert.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="439" />
            <source>Settlements (the priority ranking)</source>
            <translation>Quartiers (le classement des priorités)</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="447" />
            <source>The settlements the actions serve: the ranking of "Citywide resilience priorities", chosen by itself when the project has one.</source>
            <translation>Les quartiers que servent les actions : le classement de « Priorités de résilience à l'échelle de la ville », choisi automatiquement quand le projet en contient un.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="450" />
            <source>Layer</source>
            <translation>Couche</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="452" />
            <source>The field holding the settlement keys that actions name.</source>
            <translation>Le champ contenant les identifiants de quartier que citent les actions.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="453" />
            <source>Key</source>
            <translation>Clé</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="530" />
            <source>Search titles, agencies, notes…</source>
            <translation>Rechercher dans les titres, organismes, notes…</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="533" />
            <source>Clear filters</source>
            <translation>Effacer les filtres</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="533" />
            <source>Show every action: clear the search and the filters.</source>
            <translation>Afficher toutes les actions : effacer la recherche et les filtres.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1098" />
            <source>Filters</source>
            <translation>Filtres</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="542" />
            <source>All statuses</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="543" />
            <source>All types</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="544" />
            <source>All hazards</source>
            <translation>Tous les aléas</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="545" />
            <source>All funding</source>
            <translation>Tous les financements</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="547" />
            <source>Settlement key</source>
            <translation>Clé du quartier</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="577" />
            <source>Click to sort; right-click to choose the columns.</source>
            <translation>Cliquez pour trier ; clic droit pour choisir les colonnes.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="596" />
            <source>New</source>
            <translation>Nouvelle</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="596" />
            <source>Add a new action, then fill its form.</source>
            <translation>Ajouter une nouvelle action, puis remplir son formulaire.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="598" />
            <source>New from selected settlements</source>
            <translation>Nouvelle à partir des quartiers sélectionnés</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="598" />
            <source>Add an action serving the settlements selected on the map; its target area is their union.</source>
            <translation>Ajouter une action desservant les quartiers sélectionnés sur la carte ; sa zone d'intervention est leur union.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="602" />
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="602" />
            <source>Delete the selected action (you can undo it until you save).</source>
            <translation>Supprimer l'action sélectionnée (vous pouvez annuler jusqu'à l'enregistrement).</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="605" />
            <source>Zoom to</source>
            <translation>Zoomer sur</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="605" />
            <source>Zoom the map to the selected action's target area.</source>
            <translation>Zoomer la carte sur la zone d'intervention de l'action sélectionnée.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="607" />
            <source>Select its settlements</source>
            <translation>Sélectionner ses quartiers</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="607" />
            <source>Select, in the settlements layer, the settlements the selected action serves.</source>
            <translation>Sélectionner, dans la couche de quartiers, les quartiers que dessert l'action sélectionnée.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="610" />
            <source>Update beneficiaries</source>
            <translation>Mettre à jour les bénéficiaires</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="610" />
            <source>Fill beneficiaries and priority_score of every action from the settlements it serves (their grid_population and priority_mean).</source>
            <translation>Remplir beneficiaries et priority_score de chaque action à partir des quartiers qu'elle dessert (leurs grid_population et priority_mean).</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="624" />
            <source>Area</source>
            <translation>Zone</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="624" />
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="624" />
            <source>Point</source>
            <translation>Point</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="628" />
            <source>What to draw: an area as drawn, or a line or point buffered by the distance.</source>
            <translation>Que dessiner : une zone telle que dessinée, ou une ligne ou un point entouré d'un tampon de la distance indiquée.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="635" />
            <source>Lines and points are buffered by this distance into a target area.</source>
            <translation>Les lignes et les points reçoivent un tampon de cette distance pour former une zone d'intervention.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="637" />
            <source>Draw new</source>
            <translation>Dessiner</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="637" />
            <source>Draw a new action on the map: click its vertices, right-click to finish.</source>
            <translation>Dessiner une nouvelle action sur la carte : cliquez sur ses sommets, clic droit pour terminer.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="652" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="978" />
            <source>Select an action in the list, or add one.</source>
            <translation>Sélectionnez une action dans la liste, ou ajoutez-en une.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="698" />
            <source>e.g. 90,000 (the currency below)</source>
            <translation>par ex. 90 000 (dans la devise ci-dessous)</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="700" />
            <source>e.g. KES, USD</source>
            <translation>par ex. KES, USD</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="718" />
            <source>Apply to this action</source>
            <translation>Appliquer à cette action</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="719" />
            <source>Write the form into the register (one change you can undo); problems show beside the fields.</source>
            <translation>Écrire le formulaire dans le registre (une modification que vous pouvez annuler) ; les problèmes s'affichent à côté des champs.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="725" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="735" />
            <source>Cost of the active actions by funding status</source>
            <translation>Coût des actions actives par état du financement</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="740" />
            <source>Cost by status</source>
            <translation>Coût par état</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="749" />
            <source>Summary</source>
            <translation>Synthèse</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="754" />
            <source>Choose the settlements layer (the priority ranking) to see the gaps.</source>
            <translation>Choisissez la couche de quartiers (le classement des priorités) pour voir les lacunes.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="762" />
            <source>Gaps</source>
            <translation>Lacunes</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="833" />
            <source>Open a planned-action register</source>
            <translation>Ouvrir un registre des actions prévues</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="839" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="839" />
            <source>New planned-action register</source>
            <translation>Nouveau registre des actions prévues</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="910" />
            <source>Save or undo the changes to the open register first.</source>
            <translation>Enregistrez ou annulez d'abord les modifications du registre ouvert.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="928" />
            <source>Register: {0}</source>
            <translation>Registre : {0}</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1026" />
            <source>They are in red in the list: hover over one to read what, or select it to fix it.</source>
            <translation>Elles apparaissent en rouge dans la liste : survolez-en une pour lire le problème, ou sélectionnez-la pour la corriger.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1034" />
            <source>Saved {0} change(s).</source>
            <translation>{0} modification(s) enregistrée(s).</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1098" />
            <source>Filters ({0} on)</source>
            <translation>Filtres ({0} actifs)</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1227" />
            <source>(no title yet)</source>
            <translation>(pas encore de titre)</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1228" />
            <source>Action: {0}</source>
            <translation>Action : {0}</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1231" />
            <source>to fix: {0} (the notes in red below)</source>
            <translation>à corriger : {0} (les remarques en rouge ci-dessous)</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1259" />
            <source>Open a register (that can be edited) first.</source>
            <translation>Ouvrez d'abord un registre (modifiable).</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1262" />
            <source>Select settlements on the map (in the settlements layer) first.</source>
            <translation>Sélectionnez d'abord des quartiers sur la carte (dans la couche de quartiers).</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1282" />
            <source>Click on the map; right-click to finish.</source>
            <translation>Cliquez sur la carte ; clic droit pour terminer.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1295" />
            <source>this action</source>
            <translation>cette action</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1296" />
            <source>Delete action</source>
            <translation>Supprimer l'action</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1296" />
            <source>Delete "{0}"? You can undo it until you save.</source>
            <translation>Supprimer « {0} » ? Vous pouvez annuler jusqu'à l'enregistrement.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1312" />
            <source>This action has no target area yet.</source>
            <translation>Cette action n'a pas encore de zone d'intervention.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1336" />
            <source>Choose the settlements layer (the priority ranking) first.</source>
            <translation>Choisissez d'abord la couche de quartiers (le classement des priorités).</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1343" />
            <source>Updated {0} value(s); save to keep them.</source>
            <translation>{0} valeur(s) mise(s) à jour ; enregistrez pour les conserver.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1348" />
            <source>Export the action plan</source>
            <translation>Exporter le plan d'actions</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1348" />
            <source>CSV (*.csv);;Excel (*.xlsx)</source>
            <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1353" />
            <source>Exporting the saved register: save first to include your latest changes.</source>
            <translation>Export du registre enregistré : enregistrez d'abord pour inclure vos dernières modifications.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1357" />
            <source>Action plan written to {0}</source>
            <translation>Plan d'actions écrit dans {0}</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1422" />
            <source>Settlements: choose the priority ranking</source>
            <translation>Quartiers : choisissez le classement des priorités</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1428" />
            <source>Settlements: {0}</source>
            <translation>Quartiers : {0}</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1429" />
            <source>Settlements layer: {0}; key field: {1}.</source>
            <translation>Couche de quartiers : {0} ; champ clé : {1}.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1451" />
            <source>without a currency</source>
            <translation>sans devise</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1463" />
            <source>No active action has both a cost and a funding status yet.</source>
            <translation>Aucune action active n'a encore à la fois un coût et un état du financement.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1465" />
            <source>{0} action(s): {1}.</source>
            <translation>{0} action(s) : {1}.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1467" />
            <source>Active cost: {0}; committed or disbursed: {1}.</source>
            <translation>Coût actif : {0} ; engagé ou décaissé : {1}.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1472" />
            <source>Costs in different currencies are not added together: each is totalled in its own.</source>
            <translation>Les coûts dans des devises différentes ne sont pas additionnés : chacun est totalisé dans sa propre devise.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1475" />
            <source>Not counted (the cost is not a number of 0 or more): {0}.</source>
            <translation>Non comptés (le coût n'est pas un nombre supérieur ou égal à 0) : {0}.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1486" />
            <source>Cost per beneficiary: {0} ({1:,.0f} people served).</source>
            <translation>Coût par bénéficiaire : {0} ({1:,.0f} habitants desservis).</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1490" />
            <source>{0:,.0f} people served; no active action has a cost estimate yet.</source>
            <translation>{0:,.0f} habitants desservis ; aucune action active n'a encore d'estimation de coût.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1493" />
            <source>{0:.0%} of the people in high-priority settlements are served.</source>
            <translation>{0:.0%} des habitants des quartiers hautement prioritaires sont desservis.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1503" />
            <source>"{0}" has no priority_class: choose the ranking of "Citywide resilience priorities" to see the gaps.</source>
            <translation>« {0} » n'a pas de champ priority_class : choisissez le classement de « Priorités de résilience à l'échelle de la ville » pour voir les lacunes.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1513" />
            <source>{0} high-priority settlement(s) (classes 4-5) have no active action. Double-click one to start an action for it.</source>
            <translation>{0} quartier(s) hautement prioritaire(s) (classes 4-5) sans action active. Double-cliquez sur l'un d'eux pour lui créer une action.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1520" />
            <source>{0}. {1} · priority {2:.1f}</source>
            <translation>{0}. {1} · priorité {2:.1f}</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="1522" />
            <source>Rank {0}: {1}, priority {2:.1f} of 100. Double-click to start an action for it.</source>
            <translation>Rang {0} : {1}, priorité {2:.1f} sur 100. Double-cliquez pour lui créer une action.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="696" />
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="399" />
            <source>Open a planned-action register: a GeoPackage, or a register shared in a PostgreSQL database.</source>
            <translation>Ouvrir un registre des actions prévues : un GeoPackage, ou un registre partagé dans une base de données PostgreSQL.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="402" />
            <source>Create a new, empty planned-action register: a GeoPackage, or one shared in a PostgreSQL database.</source>
            <translation>Créer un registre des actions prévues, nouveau et vide : un GeoPackage, ou un registre partagé dans une base de données PostgreSQL.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="411" />
            <source>GeoPackage file…</source>
            <translation>Fichier GeoPackage…</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="413" />
            <source>In a database (PostgreSQL)…</source>
            <translation>Dans une base de données (PostgreSQL)…</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="903" />
            <source>(read-only)</source>
            <translation>(lecture seule)</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="614" />
            <source>History…</source>
            <translation>Historique…</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="807" />
            <source>The history of the selected action: every change, who made it and when; restore an earlier state.</source>
            <translation>L'historique de l'action sélectionnée : chaque modification, son auteur et sa date ; restaurer un état antérieur.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="796" />
            <source>Open a register in a database (PostgreSQL) to see the history of its actions.</source>
            <translation>Ouvrez un registre situé dans une base de données (PostgreSQL) pour voir l'historique de ses actions.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="799" />
            <source>A GeoPackage register keeps no history of its own edits: only a register shared in a database (PostgreSQL) records every change, who made it and when. Copy this one into a database (Copy planned-action register) to keep its history from then on.</source>
            <translation>Un registre GeoPackage ne conserve aucun historique de ses propres modifications : seul un registre partagé dans une base de données (PostgreSQL) enregistre chaque modification, son auteur et sa date. Copiez celui-ci dans une base de données (Copier un registre des actions prévues) pour conserver son historique à partir de ce moment.</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="804" />
            <source>Select a saved action in the list to see its history (a new action has none until it is saved).</source>
            <translation>Sélectionnez une action enregistrée dans la liste pour voir son historique (une nouvelle action n'en a pas tant qu'elle n'est pas enregistrée).</translation>
        </message>
        <message>
            <location filename="../gui/action_editor.py" line="828" />
            <source>The action was restored from its history and the register read again.</source>
            <translation>L'action a été restaurée à partir de son historique et le registre a été relu.</translation>
        </message>
    </context>
    <context>
        <name>ActionHistory</name>
        <message>
            <location filename="../gui/action_history.py" line="39" />
            <source>added</source>
            <translation>ajout</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="39" />
            <source>changed</source>
            <translation>modification</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="40" />
            <source>deleted</source>
            <translation>suppression</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="50" />
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="54" />
            <source>{0} part(s), {1} vertices</source>
            <translation>{0} partie(s), {1} sommets</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="85" />
            <source>(no title)</source>
            <translation>(sans titre)</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="87" />
            <source>History of "{0}"</source>
            <translation>Historique de « {0} »</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="89" />
            <source>Every change of "{0}" (action_id {1}) in the register {2}, newest first. Select an entry to see what differs from the action as it is stored now; Restore this state brings that state back (a change like any other, recorded in the history too).</source>
            <translation>Chaque modification de « {0} » (action_id {1}) dans le registre ({2}), de la plus récente à la plus ancienne. Sélectionnez une entrée pour voir ce qui la distingue de l'action telle qu'elle est enregistrée actuellement ; Restaurer cet état remet l'action dans cet état (une modification comme une autre, elle aussi enregistrée dans l'historique).</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="100" />
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="100" />
            <source>Who</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="100" />
            <source>What</source>
            <translation>Opération</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="100" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="100" />
            <source>Cost</source>
            <translation>Coût</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="122" />
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="122" />
            <source>In this entry</source>
            <translation>Dans cette entrée</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="122" />
            <source>Now</source>
            <translation>Actuellement</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="144" />
            <source>Restore this state</source>
            <translation>Restaurer cet état</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="168" />
            <source>Cannot read the history of {0}: {1}</source>
            <translation>Impossible de lire l'historique ({0}) : {1}</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="181" />
            <source>History entry {0}, {1}</source>
            <translation>Entrée d'historique {0}, {1}</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="220" />
            <source>Target area</source>
            <translation>Zone d'intervention</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="223" />
            <source>(deleted)</source>
            <translation>(supprimée)</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="230" />
            <source>This action has no history entry yet.</source>
            <translation>Cette action n'a encore aucune entrée d'historique.</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="232" />
            <source>The action is not in the register now (deleted): restoring this entry adds it back with the values below.</source>
            <translation>L'action ne figure plus dans le registre (supprimée) : restaurer cette entrée la rajoute avec les valeurs ci-dessous.</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="235" />
            <source>This entry is the action as it is stored now: there is nothing to restore.</source>
            <translation>Cette entrée correspond à l'action telle qu'elle est enregistrée actuellement : il n'y a rien à restaurer.</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="237" />
            <source>What differs between entry {0} ({1}, {2}) and the action now: {3} field(s). Restoring it brings back the values of this entry.</source>
            <translation>Ce qui diffère entre l'entrée {0} ({1}, {2}) et l'action actuelle : {3} champ(s). Restaurer cette entrée rétablit ses valeurs.</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="249" />
            <source>Select an entry that differs from the action as it is now.</source>
            <translation>Sélectionnez une entrée qui diffère de l'action dans son état actuel.</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="253" />
            <source>Put the action back into the state of entry {0}: every field and the target area (a change recorded in the history, so it can be undone the same way).</source>
            <translation>Remettre l'action dans l'état de l'entrée {0} : chaque champ et la zone d'intervention (une modification enregistrée dans l'historique, qui peut donc être annulée de la même manière).</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="275" />
            <source>Nothing was restored: the register has changes you have not saved. Save them (Save in the Planned actions dock) or discard them (Undo) first: restoring reads the register again, and they would be lost.</source>
            <translation>Rien n'a été restauré : le registre contient des modifications que vous n'avez pas enregistrées. Enregistrez-les (Enregistrer dans le panneau Actions prévues) ou abandonnez-les (Annuler) d'abord : la restauration relit le registre, et elles seraient perdues.</translation>
        </message>
        <message>
            <location filename="../gui/action_history.py" line="293" />
            <source>Restored: "{0}" is back in the state of entry {1} ({2}); its row version is now {3}. The restore is the newest entry of the history.</source>
            <translation>Restauration effectuée : l'action « {0} » est revenue à l'état de l'entrée {1} ({2}) ; sa version de la ligne est désormais {3}. La restauration est l'entrée la plus récente de l'historique.</translation>
        </message>
    </context>
    <context>
        <name>AhpWeightsAlgorithm</name>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="39" />
            <source>Indicator weights by pairwise comparison (AHP)</source>
            <translation>Pondération des indicateurs par comparaison par paires (AHP)</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="42" />
            <source>Vulnerability</source>
            <translation>Vulnérabilité</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="49" />
            <source>The full matrix, or only its upper triangle, row by row: numbers such as 3, 1/5 or 0.2 separated by commas, rows by ; or new lines.</source>
            <translation>La matrice complète, ou seulement son triangle supérieur, ligne par ligne : des nombres tels que 3, 1/5 ou 0.2 (point décimal) séparés par des virgules, les lignes par des ; ou des retours à la ligne.</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="54" />
            <source>Indicator fields (comma-separated)</source>
            <translation>Champs des indicateurs (séparés par des virgules)</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="55" />
            <source>Pairwise comparison matrix</source>
            <translation>Matrice de comparaison par paires</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="57" />
            <source>Directions, + or - per indicator</source>
            <translation>Sens, + ou - par indicateur</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="59" />
            <source>AHP weights</source>
            <translation>Poids AHP</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="61" />
            <source>Indicator preset</source>
            <translation>Jeu prédéfini d'indicateurs</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="61" />
            <source>JSON files (*.json)</source>
            <translation>Fichiers JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="64" />
            <source>Indicators (field,direction,weight,...)</source>
            <translation>Indicateurs (champ,sens,poids,...)</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="65" />
            <source>Consistency ratio</source>
            <translation>Ratio de cohérence</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="66" />
            <source>Principal eigenvalue</source>
            <translation>Valeur propre principale</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="75" />
            <source>Give at least two indicator fields, separated by commas.</source>
            <translation>Indiquez au moins deux champs d'indicateurs, séparés par des virgules.</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="78" />
            <source>Indicator field(s) listed twice: {0}.</source>
            <translation>Champ(s) d'indicateur cité(s) deux fois : {0}.</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="80" />
            <source>Saaty's random index is tabulated up to 10 indicators; {0} use its last value, 1.49, so treat the consistency ratio as approximate.</source>
            <translation>L'indice aléatoire de Saaty est tabulé jusqu'à 10 indicateurs ; {0} utilisent sa dernière valeur, 1,49 : considérez donc le ratio de cohérence comme approximatif.</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="98" />
            <source>λmax = {0:.4f}, CI = {1:.4f}, CR = {2:.4f}</source>
            <translation>λmax = {0:.4f}, CI = {1:.4f}, CR = {2:.4f}</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="101" />
            <source>The consistency ratio is {0:.3f}, above Saaty's limit of 0.1: the judgements contradict each other. Revisit the pairs that disagree most before using these weights.</source>
            <translation>Le ratio de cohérence vaut {0:.3f}, au-dessus de la limite de Saaty de 0,1 : les jugements se contredisent. Revoyez les paires les plus discordantes avant d'utiliser ces poids.</translation>
        </message>
        <message>
            <location filename="../algorithms/ahp_weights.py" line="89" />
            <source>DIRECTIONS has {0} value(s) for {1} indicators.</source>
            <translation>DIRECTIONS contient {0} valeur(s) pour {1} indicateurs.</translation>
        </message>
    </context>
    <context>
        <name>AlgorithmBase</name>
        <message>
            <location filename="../algorithms/base.py" line="74" />
            <source>One rule per hazard, comma-separated, in the order of the hazard rasters: a number (exposed where the value is at least it, e.g. 0.5), a comparison (&gt;=0.5, &lt;2) or classes (=1|2). Empty: any value above 0. The log lists each hazard with its rule.</source>
            <translation>Une règle par aléa, séparées par des virgules, dans l'ordre des rasters d'aléa : un nombre (exposé là où la valeur l'atteint au moins, par ex. 0.5), une comparaison (&gt;=0.5, &lt;2) ou des classes (=1|2). Vide : toute valeur supérieure à 0. Le journal indique chaque aléa avec sa règle.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="196" />
            <source>The style of {0} could not be saved with it: {1}. It opens with QGIS's default style.</source>
            <translation>Le style de {0} n'a pas pu être enregistré avec la couche : {1}. Elle s'ouvre avec le style par défaut de QGIS.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="217" />
            <source>The folder for "{0}" does not exist: {1}. Create it, or choose another place to save.</source>
            <translation>Le dossier de « {0} » n'existe pas : {1}. Créez-le, ou choisissez un autre emplacement d'enregistrement.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="221" />
            <source>The folder for "{0}" cannot be written to: {1}. Choose another place to save.</source>
            <translation>Le dossier de « {0} » n'est pas accessible en écriture : {1}. Choisissez un autre emplacement d'enregistrement.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="233" />
            <source>The GeoPackage {0} already holds {1}. Saving "{2}" as that file would replace the whole file and lose them. Choose a new file, or add the result to it as a new layer with ogr:dbname='{0}' table="{3}" (geom) as the output, which keeps the others.</source>
            <translation>Le GeoPackage {0} contient déjà {1}. Enregistrer « {2} » sous ce fichier remplacerait le fichier entier et les ferait perdre. Choisissez un nouveau fichier, ou ajoutez-y le résultat comme nouvelle couche en indiquant comme sortie ogr:dbname='{0}' table="{3}" (geom), ce qui conserve les autres.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="308" />
            <source>polygons</source>
            <translation>polygones</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="309" />
            <source>points</source>
            <translation>points</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="310" />
            <source>lines</source>
            <translation>lignes</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="311" />
            <source>{0} must be a layer of {1}; "{2}" holds {3}.</source>
            <translation>{0} doit être une couche de {1} ; « {2} » contient des {3}.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="314" />
            <source>Layer "{0}" ({1}) has no CRS. Set it and run again.</source>
            <translation>La couche « {0} » ({1}) n'a pas de SCR. Définissez-le et relancez.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="46" />
            <source>Decimal mark of numbers written as text</source>
            <translation>Séparateur décimal des nombres écrits en texte</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="46" />
            <source>Automatic, decided per column</source>
            <translation>Automatique, déterminé par colonne</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="46" />
            <source>Point (1,234.5)</source>
            <translation>Point (1,234.5)</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" line="46" />
            <source>Comma (1.234,5)</source>
            <translation>Virgule (1.234,5)</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <location filename="../gui/charts.py" line="63" />
            <source>no data</source>
            <translation>pas de données</translation>
        </message>
    </context>
    <context>
        <name>BatchCitiesAlgorithm</name>
        <message>
            <location filename="../algorithms/batch_cities.py" line="91" />
            <source>Batch: many cities</source>
            <translation>Traitement par lot : plusieurs villes</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="94" />
            <source>Workflow</source>
            <translation>Chaîne de traitement</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="107" />
            <source>One subfolder per city.</source>
            <translation>Un sous-dossier par ville.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="108" />
            <source>A CSV with the columns city and folder, instead of the folder of cities.</source>
            <translation>Un CSV avec les colonnes city et folder, à la place du dossier des villes.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="115" />
            <source>Folder of cities</source>
            <translation>Dossier des villes</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="118" />
            <source>Or a manifest (CSV)</source>
            <translation>Ou un manifeste (CSV)</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="120" />
            <source>Output folder</source>
            <translation>Dossier de sortie</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="122" />
            <source>Resume: skip the cities already done</source>
            <translation>Reprendre : ignorer les villes déjà traitées</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="124" />
            <source>Cell size (metres)</source>
            <translation>Taille de cellule (mètres)</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="129" />
            <source>Cities done</source>
            <translation>Villes traitées</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="129" />
            <source>Cities failed</source>
            <translation>Villes en échec</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="129" />
            <source>Cities skipped (resume)</source>
            <translation>Villes ignorées (reprise)</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="132" />
            <source>Summary table (CSV)</source>
            <translation>Tableau de synthèse (CSV)</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="140" />
            <source>The output folder {0} overlaps the city folder {1}. Choose an output folder outside the input folders: the results of a city replace its output folder.</source>
            <translation>Le dossier de sortie {0} chevauche le dossier de ville {1}. Choisissez un dossier de sortie en dehors des dossiers d'entrée : les résultats d'une ville remplacent son dossier de sortie.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="149" />
            <source>The cell size must be a number of metres.</source>
            <translation>La taille de cellule doit être un nombre de mètres.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="175" />
            <source>{0}: done before, skipped.</source>
            <translation>{0} : déjà traitée, ignorée.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="177" />
            <source>{0} ({1} of {2})…</source>
            <translation>{0} ({1} sur {2})…</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="224" />
            <source>{0}: cancelled; nothing of it was kept.</source>
            <translation>{0} : annulée ; rien n'en a été conservé.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="232" />
            <source>{0}: failed: {1}</source>
            <translation>{0} : échec : {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="196" />
            <source>{0} done, {1} failed, {2} skipped. Summary: {3}</source>
            <translation>{0} traitée(s), {1} en échec, {2} ignorée(s). Synthèse : {3}</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="200" />
            <source>Cancelled: the cities done are kept; the summary lists the others as not run. Run again with Resume to finish them.</source>
            <translation>Annulé : les villes traitées sont conservées ; la synthèse indique les autres comme non exécutées. Relancez avec Reprendre pour les terminer.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="249" />
            <source>The manifest {0} needs the columns city and folder.</source>
            <translation>Le manifeste {0} doit avoir les colonnes city et folder.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="254" />
            <source>The manifest {0} gives no folder for: {1}.</source>
            <translation>Le manifeste {0} n'indique pas de dossier pour : {1}.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="258" />
            <source>Choose the input folder (one subfolder per city) or a manifest.</source>
            <translation>Choisissez le dossier d'entrée (un sous-dossier par ville) ou un manifeste.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="262" />
            <source>{0} has no city subfolders.</source>
            <translation>{0} ne contient aucun sous-dossier de ville.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="109" />
            <source>Empty: one city at a time in this QGIS. local or local:N: a Dask cluster of N worker processes on this machine (default: one per core). tcp://host:port: a running Dask scheduler, whose workers see the input and output folders.</source>
            <translation>Vide : une ville à la fois dans ce QGIS. local ou local:N : un cluster Dask de N processus de calcul (workers) sur cette machine (par défaut : un par cœur). tcp://host:port : un ordonnanceur Dask en cours d'exécution, dont les workers voient les dossiers d'entrée et de sortie.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_cities.py" line="126" />
            <source>Dask scheduler</source>
            <translation>Ordonnanceur Dask</translation>
        </message>
    </context>
    <context>
        <name>BatchDask</name>
        <message>
            <location filename="../algorithms/batch_dask.py" line="76" />
            <source>Install them into the Python that QGIS runs: on Debian or Ubuntu, {0} -m pip install --user --break-system-packages "dask[distributed]"; on Windows, from the OSGeo4W Shell, python -m pip install "dask[distributed]"; in a conda environment, conda install -c conda-forge dask distributed. Then restart QGIS.</source>
            <translation>Installez-les dans le Python qu'utilise QGIS : sous Debian ou Ubuntu, {0} -m pip install --user --break-system-packages "dask[distributed]" ; sous Windows, depuis l'OSGeo4W Shell, python -m pip install "dask[distributed]" ; dans un environnement conda, conda install -c conda-forge dask distributed. Redémarrez ensuite QGIS.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="101" />
            <source>The scheduler {0} needs the Python packages dask and distributed, and this QGIS's Python does not have them. {1} Or leave the scheduler empty to run one city at a time.</source>
            <translation>L'ordonnanceur {0} nécessite les paquets Python dask et distributed, que le Python de ce QGIS ne contient pas. {1} Vous pouvez aussi laisser l'ordonnanceur vide pour traiter une ville à la fois.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="116" />
            <source>The scheduler "{0}" is not one the batch knows. Leave it empty (one city at a time here), or give local, local:N (N worker processes on this machine) or a Dask scheduler address such as tcp://10.0.0.5:8786.</source>
            <translation>L'ordonnanceur « {0} » n'est pas reconnu par le traitement par lot. Laissez-le vide (une ville à la fois ici), ou indiquez local, local:N (N processus de calcul sur cette machine) ou l'adresse d'un ordonnanceur Dask telle que tcp://10.0.0.5:8786.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="131" />
            <source>{0}: done before, skipped.</source>
            <translation>{0} : déjà traitée, ignorée.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="150" />
            <source>{0} cities submitted to {1} ({2} workers).</source>
            <translation>{0} villes soumises à {1} ({2} workers).</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="158" />
            <source>{0}: {1} on {2} (attempt {3})</source>
            <translation>{0} : {1} sur {2} (tentative {3})</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="170" />
            <source>{0}: done on {1} ({2} of {3} cities finished).</source>
            <translation>{0} : traitée sur {1} ({2} villes terminées sur {3}).</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="174" />
            <source>{0}: failed on {1}: {2}</source>
            <translation>{0} : échec sur {1} : {2}</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="177" />
            <source>{0}: cancelled; nothing of it was kept.</source>
            <translation>{0} : annulée ; rien n'en a été conservé.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="225" />
            <source>A local Dask cluster of {0} worker processes: {1}</source>
            <translation>Un cluster Dask local de {0} processus de calcul : {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="231" />
            <source>The Dask scheduler at {0} cannot be reached ({1}). Start it (dask scheduler) and its workers (dask worker {0}), or check the address and the firewall.</source>
            <translation>L'ordonnanceur Dask à l'adresse {0} est injoignable ({1}). Démarrez-le (dask scheduler) ainsi que ses workers (dask worker {0}), ou vérifiez l'adresse et le pare-feu.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="238" />
            <source>The Dask scheduler at {0} has no worker. Start one or more on machines with QGIS and the plugin: dask worker {0} --nthreads 1.</source>
            <translation>L'ordonnanceur Dask à l'adresse {0} n'a aucun worker. Démarrez-en un ou plusieurs sur des machines dotées de QGIS et de l'extension : dask worker {0} --nthreads 1.</translation>
        </message>
        <message>
            <location filename="../algorithms/batch_dask.py" line="249" />
            <source>Not every Dask worker sees the folders of the batch: {0}. The input and output folders must be on a file system that every worker mounts at the same path (e.g. NFS or SMB); mount it there, or run without a scheduler.</source>
            <translation>Les workers Dask ne voient pas tous les dossiers du traitement par lot : {0}. Les dossiers d'entrée et de sortie doivent se trouver sur un système de fichiers que chaque worker monte au même chemin (par ex. NFS ou SMB) ; montez-le à cet emplacement, ou lancez le traitement sans ordonnanceur.</translation>
        </message>
    </context>
    <context>
        <name>CopyRegisterAlgorithm</name>
        <message>
            <location filename="../algorithms/copy_register.py" line="31" />
            <source>Copy planned-action register</source>
            <translation>Copier un registre des actions prévues</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="34" />
            <source>Planned actions</source>
            <translation>Actions prévues</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="40" />
            <source>The name of a QGIS PostgreSQL connection, or a connection string such as service=office or dbname=city host=db.example.org user=planner.</source>
            <translation>Le nom d'une connexion PostgreSQL de QGIS, ou une chaîne de connexion telle que service=office ou dbname=city host=db.example.org user=planner.</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="43" />
            <source>Copy from a register in a database instead of a file.</source>
            <translation>Copier depuis un registre situé dans une base de données plutôt que dans un fichier.</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="44" />
            <source>Copy into a new register in a database instead of a file.</source>
            <translation>Copier vers un nouveau registre dans une base de données plutôt que dans un fichier.</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="45" />
            <source>The schema of the new register; it must not hold a register already.</source>
            <translation>Le schéma du nouveau registre ; il ne doit pas déjà contenir de registre.</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="49" />
            <source>Register (GeoPackage)</source>
            <translation>Registre (GeoPackage)</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="51" />
            <source>Or a database (PostgreSQL)</source>
            <translation>Ou une base de données (PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="61" />
            <source>Its schema</source>
            <translation>Son schéma</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="55" />
            <source>Copy (a new GeoPackage)</source>
            <translation>Copie (un nouveau GeoPackage)</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="55" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="59" />
            <source>Or into a database</source>
            <translation>Ou vers une base de données</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="63" />
            <source>Actions copied</source>
            <translation>Actions copiées</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="64" />
            <source>History entries copied</source>
            <translation>Entrées d'historique copiées</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="65" />
            <source>Where the copy is</source>
            <translation>Emplacement de la copie</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="76" />
            <source>Give either a GeoPackage or a database for the {0}, not both.</source>
            <translation>Indiquez pour {0} soit un GeoPackage, soit une base de données, mais pas les deux.</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="82" />
            <source>Give the {0}: a GeoPackage file or a database.</source>
            <translation>Indiquez {0} : un fichier GeoPackage ou une base de données.</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="88" />
            <source>register to copy</source>
            <translation>le registre à copier</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="90" />
            <source>copy</source>
            <translation>la copie</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="93" />
            <source>The copy must go somewhere else than the register it copies.</source>
            <translation>La copie doit être placée ailleurs que le registre qu'elle copie.</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="96" />
            <source>{0} action(s) and {1} history entr(y/ies) copied to {2}.</source>
            <translation>{0} action(s) et {1} entrée(s) d'historique copiée(s) vers {2}.</translation>
        </message>
        <message>
            <location filename="../algorithms/copy_register.py" line="99" />
            <source>A GeoPackage keeps no history of its own edits: the history copied is in its table planned_actions_history, as it was in the database.</source>
            <translation>Un GeoPackage ne conserve aucun historique de ses propres modifications : l'historique copié se trouve dans sa table planned_actions_history, tel qu'il était dans la base de données.</translation>
        </message>
    </context>
    <context>
        <name>CreateActionRegisterAlgorithm</name>
        <message>
            <location filename="../algorithms/action_register.py" line="37" />
            <source>Create planned-action register</source>
            <translation>Créer un registre des actions prévues</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="40" />
            <source>Planned actions</source>
            <translation>Actions prévues</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="51" />
            <source>The CRS of the actions' target areas; empty: WGS 84 (EPSG:4326).</source>
            <translation>Le SCR des zones d'intervention des actions ; vide : WGS 84 (EPSG:4326).</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="60" />
            <source>Register (GeoPackage)</source>
            <translation>Registre (GeoPackage)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="60" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="68" />
            <source>CRS (empty: WGS 84)</source>
            <translation>SCR (vide : WGS 84)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="70" />
            <source>Table name</source>
            <translation>Nom de la table</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="82" />
            <source>The register must be a GeoPackage (.gpkg); "{0}" is not.</source>
            <translation>Le registre doit être un GeoPackage (.gpkg) ; « {0} » n'en est pas un.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="86" />
            <source>The folder {0} does not exist. Create it or choose another place.</source>
            <translation>Le dossier {0} n'existe pas. Créez-le ou choisissez un autre emplacement.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="92" />
            <source>Register written to {0} (table {1}).</source>
            <translation>Registre écrit dans {0} (table {1}).</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="52" />
            <source>A shared register in PostgreSQL/PostGIS instead of a file: the name of a QGIS PostgreSQL connection, or a connection string such as service=office or dbname=city host=db.example.org user=planner. Then no GeoPackage is needed.</source>
            <translation>Un registre partagé dans PostgreSQL/PostGIS au lieu d'un fichier : le nom d'une connexion PostgreSQL de QGIS, ou une chaîne de connexion telle que service=office ou dbname=city host=db.example.org user=planner. Aucun GeoPackage n'est alors nécessaire.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="55" />
            <source>The database schema that holds the register (created if missing); an existing register is never dropped or altered.</source>
            <translation>Le schéma de la base de données qui contient le registre (créé s'il n'existe pas) ; un registre existant n'est jamais supprimé ni modifié.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="64" />
            <source>Or a database (PostgreSQL)</source>
            <translation>Ou une base de données (PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="66" />
            <source>Database schema</source>
            <translation>Schéma de la base de données</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="80" />
            <source>Give the register's GeoPackage file, or a database.</source>
            <translation>Indiquez le fichier GeoPackage du registre, ou une base de données.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="100" />
            <source>Give either a GeoPackage file or a database for the register, not both.</source>
            <translation>Indiquez pour le registre soit un fichier GeoPackage, soit une base de données, mais pas les deux.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_register.py" line="107" />
            <source>Register created in {0}, schema {1} (table {2}).</source>
            <translation>Registre créé dans {0}, schéma {1} (table {2}).</translation>
        </message>
    </context>
    <context>
        <name>CriterionLabels</name>
        <message>
            <location filename="../qgis_side/names.py" line="115" />
            <source>People</source>
            <translation>Habitants</translation>
        </message>
        <message>
            <location filename="../qgis_side/names.py" line="117" />
            <source>Vulnerability</source>
            <translation>Vulnérabilité</translation>
        </message>
        <message>
            <location filename="../qgis_side/names.py" line="119" />
            <source>Access to {0}</source>
            <translation>Accès à {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/names.py" line="122" />
            <source>Access</source>
            <translation>Accès</translation>
        </message>
        <message>
            <location filename="../qgis_side/names.py" line="122" />
            <source>Access ({0})</source>
            <translation>Accès ({0})</translation>
        </message>
    </context>
    <context>
        <name>DatabaseRegister</name>
        <message>
            <location filename="../gui/database_register.py" line="44" />
            <source>Open a register in a database</source>
            <translation>Ouvrir un registre dans une base de données</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="44" />
            <source>New register in a database</source>
            <translation>Nouveau registre dans une base de données</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="47" />
            <source>A register shared by the office, in PostgreSQL/PostGIS. Choose a QGIS connection (Browser &gt; PostgreSQL) or type a connection string such as service=office. No password is kept in the project: use the connection's authentication configuration or a service file.</source>
            <translation>Un registre partagé par le service, dans PostgreSQL/PostGIS. Choisissez une connexion QGIS (Explorateur &gt; PostgreSQL) ou saisissez une chaîne de connexion telle que service=office. Aucun mot de passe n'est conservé dans le projet : utilisez la configuration d'authentification de la connexion ou un fichier de service.</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="59" />
            <source>connection, or service=office</source>
            <translation>connexion, ou service=office</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="60" />
            <source>The name of a PostgreSQL connection saved in QGIS, or a connection string such as service=office or dbname=city host=db.example.org user=planner.</source>
            <translation>Le nom d'une connexion PostgreSQL enregistrée dans QGIS, ou une chaîne de connexion telle que service=office ou dbname=city host=db.example.org user=planner.</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="66" />
            <source>Find registers</source>
            <translation>Rechercher les registres</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="67" />
            <source>Connect and list the schemas that hold a register.</source>
            <translation>Se connecter et lister les schémas qui contiennent un registre.</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="69" />
            <source>Database</source>
            <translation>Base de données</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="72" />
            <source>The schemas of the database that hold a planned-action register.</source>
            <translation>Les schémas de la base de données qui contiennent un registre des actions prévues.</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="74" />
            <source>Registers</source>
            <translation>Registres</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="76" />
            <source>The schema of the new register: lower-case letters, digits and underscores; it must not hold a register already.</source>
            <translation>Le schéma du nouveau registre : lettres minuscules, chiffres et tirets bas ; il ne doit pas déjà contenir de registre.</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="82" />
            <source>New schema</source>
            <translation>Nouveau schéma</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="83" />
            <source>CRS</source>
            <translation>SCR</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="95" />
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="95" />
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="134" />
            <source>Choose a connection or type a connection string first.</source>
            <translation>Choisissez d'abord une connexion ou saisissez une chaîne de connexion.</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="143" />
            <source>{0} (schema version {1})</source>
            <translation>{0} (version du schéma {1})</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="145" />
            <source>newer: opens read-only</source>
            <translation>plus récent : s'ouvre en lecture seule</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="152" />
            <source>This database holds no register yet.</source>
            <translation>Cette base de données ne contient encore aucun registre.</translation>
        </message>
        <message>
            <location filename="../gui/database_register.py" line="152" />
            <source>Create one with New register… &gt; In a database.</source>
            <translation>Créez-en un avec Nouveau registre… &gt; Dans une base de données.</translation>
        </message>
    </context>
    <context>
        <name>Dependencies</name>
        <message>
            <location filename="../dependencies.py" line="21" />
            <source>On Windows with OSGeo4W: run the OSGeo4W installer again (osgeo4w-setup.exe, the one that installed QGIS), choose Advanced Install, and at "Select Packages" search for python3-rasterio and python3-fiona and mark both to install (they are under Libs); or, from the OSGeo4W Shell run as administrator: osgeo4w-setup.exe -q -P python3-rasterio,python3-fiona. QGIS's standalone .msi installer cannot add packages: install QGIS with the OSGeo4W installer instead. Then restart QGIS.</source>
            <translation>Sous Windows avec OSGeo4W : relancez l'installateur OSGeo4W (osgeo4w-setup.exe, celui qui a installé QGIS), choisissez Advanced Install et, à l'étape « Select Packages », recherchez python3-rasterio et python3-fiona et cochez-les tous les deux pour installation (ils se trouvent sous Libs) ; ou bien, depuis l'OSGeo4W Shell lancé en tant qu'administrateur : osgeo4w-setup.exe -q -P python3-rasterio,python3-fiona. L'installateur autonome .msi de QGIS ne peut pas ajouter de paquets : installez plutôt QGIS avec l'installateur OSGeo4W. Redémarrez ensuite QGIS.</translation>
        </message>
        <message>
            <location filename="../dependencies.py" line="27" />
            <source>In a conda environment: conda install -c conda-forge rasterio fiona (in the environment QGIS runs from), then restart QGIS.</source>
            <translation>Dans un environnement conda : conda install -c conda-forge rasterio fiona (dans l'environnement depuis lequel QGIS s'exécute), puis redémarrez QGIS.</translation>
        </message>
        <message>
            <location filename="../dependencies.py" line="30" />
            <source>On Debian or Ubuntu: sudo apt install python3-rasterio python3-fiona, then restart QGIS.</source>
            <translation>Sous Debian ou Ubuntu : sudo apt install python3-rasterio python3-fiona, puis redémarrez QGIS.</translation>
        </message>
        <message>
            <location filename="../dependencies.py" line="32" />
            <source>Install rasterio and fiona from the same source as QGIS: the OSGeo4W installer on Windows (python3-rasterio, python3-fiona), apt on Debian/Ubuntu (python3-rasterio, python3-fiona), conda-forge with a conda QGIS. Do not pip install them into QGIS's Python.</source>
            <translation>Installez rasterio et fiona depuis la même source que QGIS : l'installateur OSGeo4W sous Windows (python3-rasterio, python3-fiona), apt sous Debian/Ubuntu (python3-rasterio, python3-fiona), conda-forge avec un QGIS conda. Ne les installez pas avec pip dans le Python de QGIS.</translation>
        </message>
        <message>
            <location filename="../dependencies.py" line="72" />
            <source>Resilience Planner needs the Python package rasterio, built on the GDAL that QGIS uses, and it is not installed. {0}</source>
            <translation>Resilience Planner a besoin du paquet Python rasterio, compilé avec la GDAL qu'utilise QGIS, et celui-ci n'est pas installé. {0}</translation>
        </message>
        <message>
            <location filename="../dependencies.py" line="77" />
            <source>Resilience Planner needs the Python package fiona, built on the GDAL that QGIS uses, and it is not installed. {0}</source>
            <translation>Resilience Planner a besoin du paquet Python fiona, compilé avec la GDAL qu'utilise QGIS, et celui-ci n'est pas installé. {0}</translation>
        </message>
        <message>
            <location filename="../dependencies.py" line="82" />
            <source>{0} is built on GDAL {1} but QGIS uses GDAL {2}. Mixing two GDALs can crash QGIS, so the algorithms will not run. Remove the pip-installed rasterio and fiona (pip uninstall rasterio fiona, in QGIS's Python) and install the ones built for this QGIS. {3}</source>
            <translation>{0} est compilé avec GDAL {1}, mais QGIS utilise GDAL {2}. Mélanger deux GDAL peut faire planter QGIS : les algorithmes ne s'exécuteront donc pas. Supprimez les rasterio et fiona installés avec pip (pip uninstall rasterio fiona, dans le Python de QGIS) et installez ceux compilés pour ce QGIS. {3}</translation>
        </message>
    </context>
    <context>
        <name>EnergyAccessAlgorithm</name>
        <message>
            <location filename="../algorithms/energy_access.py" line="158" />
            <source>Energy access options</source>
            <translation>Options d'accès à l'énergie</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="77" />
            <source>Access</source>
            <translation>Accès</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="84" />
            <source>The share of households with electricity, 0–1 or 0–100.</source>
            <translation>La part des ménages ayant l'électricité, de 0 à 1 ou de 0 à 100.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="107" />
            <source>Settlements</source>
            <translation>Quartiers</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="109" />
            <source>Power lines</source>
            <translation>Lignes électriques</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="111" />
            <source>Substations</source>
            <translation>Postes électriques</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="113" />
            <source>Electricity field (share)</source>
            <translation>Champ d'électricité (part)</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="116" />
            <source>Population field</source>
            <translation>Champ de population</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="119" />
            <source>Grid distance (m)</source>
            <translation>Distance au réseau (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="121" />
            <source>Grid extension distance (m)</source>
            <translation>Distance d'extension du réseau (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="124" />
            <source>Mini-grid minimum population</source>
            <translation>Population minimale pour un mini-réseau</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="191" />
            <source>The settlements layer has no features.</source>
            <translation>La couche de quartiers n'a aucune entité.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="194" />
            <source>Distances are measured in {0} ({1}).</source>
            <translation>Les distances sont mesurées dans {0} ({1}).</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="204" />
            <source>The power line layer has no lines.</source>
            <translation>La couche des lignes électriques ne contient aucune ligne.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="85" />
            <source>The share of the connected households whose connection is informal (the profile's informal_connections_pct), 0–1 or 0–100.</source>
            <translation>La part des ménages raccordés dont le branchement est informel (informal_connections_pct du profil), de 0 à 1 ou de 0 à 100.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="87" />
            <source>The settlement's share exposed to flooding, 0–1: the exposure output's &lt;hazard&gt;_exposed_share (run this on that output).</source>
            <translation>La part du quartier exposée aux inondations, de 0 à 1 : le champ &lt;hazard&gt;_exposed_share de la sortie d'exposition (exécutez cet algorithme sur cette sortie).</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="89" />
            <source>The Multi-Tier Framework tier every option chosen must serve (1: lights and a phone; 2: and a television and fan; 3: medium appliances; 4 and 5: high-power ones); stand-alone solar serves tier 1 only.</source>
            <translation>Le niveau du cadre multiniveaux (Multi-Tier Framework, MTF) que chaque option retenue doit atteindre (1 : éclairage et recharge d'un téléphone ; 2 : en plus, une télévision et un ventilateur ; 3 : appareils de moyenne puissance ; 4 et 5 : appareils de forte puissance) ; le solaire autonome n'atteint que le niveau 1.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="92" />
            <source>The currency of every unit cost (an ISO 4217 code); the defaults are in USD.</source>
            <translation>La devise de tous les coûts unitaires (un code ISO 4217) ; les valeurs par défaut sont en USD.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="96" />
            <source>Per household connected to the grid.</source>
            <translation>Par ménage raccordé au réseau.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="97" />
            <source>Per household; serves tier 1.</source>
            <translation>Par ménage ; atteint le niveau 1.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="101" />
            <source>Generation and distribution, per household connected.</source>
            <translation>Production et distribution, par ménage raccordé.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="102" />
            <source>A share added to the network options' cost per household, times the settlement's flood share: 0.2 adds 20% where all of it floods.</source>
            <translation>Une part ajoutée au coût par ménage des options de réseau, multipliée par la part du quartier exposée aux inondations : 0,2 ajoute 20 % lorsque tout le quartier est inondable.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="127" />
            <source>Households field</source>
            <translation>Champ des ménages</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="130" />
            <source>Informal connections field</source>
            <translation>Champ des branchements informels</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="133" />
            <source>Flood share field</source>
            <translation>Champ de la part exposée aux inondations</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="136" />
            <source>Persons per household</source>
            <translation>Personnes par ménage</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="139" />
            <source>Minimum service tier</source>
            <translation>Niveau de service minimal</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="139" />
            <source>Tier 1</source>
            <translation>Niveau 1</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="139" />
            <source>Tier 2</source>
            <translation>Niveau 2</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="139" />
            <source>Tier 3</source>
            <translation>Niveau 3</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="139" />
            <source>Tier 4</source>
            <translation>Niveau 4</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="139" />
            <source>Tier 5</source>
            <translation>Niveau 5</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="143" />
            <source>Currency of the costs</source>
            <translation>Devise des coûts</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="145" />
            <source>Grid connection cost</source>
            <translation>Coût de raccordement au réseau</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="145" />
            <source>Medium-voltage line cost (per km)</source>
            <translation>Coût de la ligne moyenne tension (par km)</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="145" />
            <source>Mini-grid cost per household</source>
            <translation>Coût du mini-réseau par ménage</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="145" />
            <source>Solar home system cost</source>
            <translation>Coût du kit solaire domestique</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="145" />
            <source>Regularisation cost per connection</source>
            <translation>Coût de régularisation par branchement</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="145" />
            <source>Resilience premium (share)</source>
            <translation>Surcoût de résilience (part)</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="161" />
            <source>Energy plan by option</source>
            <translation>Plan énergétique par option</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="163" />
            <source>Investment, city-wide</source>
            <translation>Investissement, à l'échelle de la ville</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="164" />
            <source>Households to connect</source>
            <translation>Ménages à raccorder</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="165" />
            <source>Informal connections to regularise</source>
            <translation>Branchements informels à régulariser</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="221" />
            <source>No population and no households: no mini-grid can be tested, no line shared and no investment counted; give the Population or Households field.</source>
            <translation>Ni population ni ménages : aucun mini-réseau ne peut être évalué, aucun coût de ligne ne peut être réparti et aucun investissement n'est comptabilisé ; indiquez le champ de population ou le champ des ménages.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="225" />
            <source>The informal connections are a share of the connected households: without the Electricity field they cannot be counted.</source>
            <translation>Les branchements informels sont une part des ménages raccordés : sans le champ d'électricité, ils ne peuvent pas être comptés.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="232" />
            <source>The costs are in {0}, but every unit cost is its default, which is in USD: give the unit costs in {0}.</source>
            <translation>Les coûts sont en {0}, mais chaque coût unitaire garde sa valeur par défaut, exprimée en USD : indiquez les coûts unitaires en {0}.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="244" />
            <source>{0}: {1} settlement(s), {2:,} household(s) to connect, {3:,.0f} {4}</source>
            <translation>{0} : {1} quartier(s), {2:,} ménage(s) à raccorder, {3:,.0f} {4}</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="299" />
            <source>Values of "{0}" above 1: read as percentages.</source>
            <translation>Valeurs de « {0} » supérieures à 1 : lues comme des pourcentages.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="93" />
            <source>Used where a settlement has no household count: households = people ÷ this. The default, 3.3, is that of Kianda village in Kibera (Nairobi), an informal settlement (see the help).</source>
            <translation>Utilisé lorsqu'un quartier n'a pas de nombre de ménages : ménages = habitants ÷ cette valeur. La valeur par défaut, 3,3, est celle du village de Kianda à Kibera (Nairobi), un quartier informel (voir l'aide).</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="98" />
            <source>Per informal connection made a metered one. The default, 378 USD, is the standard cost per connection in Kenya Power's slum electrification project (see the help).</source>
            <translation>Par branchement informel régularisé en branchement avec compteur. La valeur par défaut, 378 USD, est le coût standard par branchement du projet d'électrification des quartiers informels de Kenya Power (voir l'aide).</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_access.py" line="314" />
            <source>The settlements layer "{0}" has no field "{1}" ({2}): choose one of its fields, or none.</source>
            <translation>La couche de quartiers « {0} » n'a pas de champ « {1} » ({2}) : choisissez l'un de ses champs, ou aucun.</translation>
        </message>
    </context>
    <context>
        <name>EnergyActionsAlgorithm</name>
        <message>
            <location filename="../algorithms/energy_actions.py" line="51" />
            <source>Energy plan actions into the register</source>
            <translation>Inscrire les actions du plan énergétique au registre</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="54" />
            <source>Planned actions</source>
            <translation>Actions prévues</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="61" />
            <source>The output of "Energy access options": one action for each settlement with an option and an investment.</source>
            <translation>La sortie de « Options d'accès à l'énergie » : une action pour chaque quartier qui a une option et un investissement.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="63" />
            <source>The field with the settlement keys the register's actions name.</source>
            <translation>Le champ contenant les clés de quartier par lesquelles les actions du registre désignent les quartiers.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="67" />
            <source>Energy access options (energy plan)</source>
            <translation>Options d'accès à l'énergie (plan énergétique)</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="69" />
            <source>Settlement key field</source>
            <translation>Champ clé des quartiers</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="71" />
            <source>Settlement name field</source>
            <translation>Champ de nom des quartiers</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="73" />
            <source>Register (GeoPackage)</source>
            <translation>Registre (GeoPackage)</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="75" />
            <source>Lead agency</source>
            <translation>Organisme responsable</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="76" />
            <source>Actions added</source>
            <translation>Actions ajoutées</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="77" />
            <source>Settlements already in the register</source>
            <translation>Quartiers déjà présents dans le registre</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="86" />
            <source>Layer "{0}" is not an energy plan: it has no {1}. Use the output of "Energy access options".</source>
            <translation>La couche « {0} » n'est pas un plan énergétique : elle n'a pas de {1}. Utilisez la sortie de « Options d'accès à l'énergie ».</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="102" />
            <source>The register {0} cannot be written (is the file read-only?).</source>
            <translation>Le registre {0} ne peut pas être écrit (le fichier est-il en lecture seule ?).</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="112" />
            <source>a settlement without a key</source>
            <translation>un quartier sans clé</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="125" />
            <source>From the energy plan: {0:,.0f} household(s) to connect for {1:,.0f} {2}</source>
            <translation>Selon le plan énergétique : {0:,.0f} ménage(s) à raccorder pour {1:,.0f} {2}</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="128" />
            <source>{0:,.0f} informal connection(s) to regularise for {1:,.0f} {2}</source>
            <translation>{0:,.0f} branchement(s) informel(s) à régulariser pour {1:,.0f} {2}</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="135" />
            <source>Energy: {0} in {1}</source>
            <translation>Énergie : {0} à {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="165" />
            <source>{0} energy action(s) added to {1}.</source>
            <translation>{0} action(s) énergétique(s) ajoutée(s) à {1}.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="167" />
            <source>{0} settlement(s) already have their energy-plan action in the register and were left as they are: {1}. Delete an action to add it again from the plan.</source>
            <translation>{0} quartier(s) ont déjà leur action du plan énergétique dans le registre et ont été laissés tels quels : {1}. Supprimez une action pour l'ajouter de nouveau à partir du plan.</translation>
        </message>
        <message>
            <location filename="../algorithms/energy_actions.py" line="171" />
            <source>{0} settlement(s) have no option or no investment in the plan (no geometry, or households unknown) and get no action: {1}</source>
            <translation>{0} quartier(s) n'ont aucune option ou aucun investissement dans le plan (pas de géométrie, ou nombre de ménages inconnu) et ne reçoivent aucune action : {1}</translation>
        </message>
    </context>
    <context>
        <name>Engine</name>
        <message>
            <location filename="../core/access.py" line="68" />
            <source>The road layer has no usable lines.</source>
            <translation>La couche des routes ne contient aucune ligne exploitable.</translation>
        </message>
        <message>
            <location filename="../core/access.py" line="99" />
            <source>The road layer has no lines with two or more vertices.</source>
            <translation>La couche des routes ne contient aucune ligne ayant deux sommets ou plus.</translation>
        </message>
        <message>
            <location filename="../core/access.py" line="161" />
            <source>The roads have no segment longer than a point: check the road layer and the snapping tolerance.</source>
            <translation>Les routes n'ont aucun tronçon plus long qu'un point : vérifiez la couche des routes et la tolérance d'accrochage.</translation>
        </message>
        <message>
            <location filename="../core/access.py" line="167" />
            <source>The road network has {0} disconnected pieces; the largest holds {1:.0%} of its junctions. Places attached to a small piece can only reach facilities on it.</source>
            <translation>Le réseau routier compte {0} parties non connectées ; la plus grande regroupe {1:.0%} de ses carrefours. Les lieux rattachés à une petite partie ne peuvent atteindre que les équipements situés sur celle-ci.</translation>
        </message>
        <message>
            <location filename="../core/coverage.py" line="395" />
            <source>Cancelled while measuring settlement coverage.</source>
            <translation>Annulé pendant la mesure de la couverture des quartiers.</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="167" />
            <source>Settlement exposure was cancelled; nothing was written.</source>
            <translation>L'exposition des quartiers a été annulée ; rien n'a été écrit.</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="177" />
            <source>settlements</source>
            <translation>quartiers</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="177" />
            <source>settlement</source>
            <translation>quartier</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="178" />
            <source>features</source>
            <translation>entités</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="178" />
            <source>feature</source>
            <translation>entité</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="218" />
            <source>No hazard raster was given. Choose at least one hazard layer.</source>
            <translation>Aucun raster d'aléa n'a été fourni. Choisissez au moins une couche d'aléa.</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="221" />
            <source>The {0} layer has no CRS. Set its coordinate reference system (Layer Properties &gt; Source) and run again.</source>
            <translation>La couche des {0} n'a pas de SCR. Définissez son système de coordonnées de référence (Propriétés de la couche &gt; Source) et relancez.</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="226" />
            <source>The {0} layer has no features. Choose a layer with {1} polygons.</source>
            <translation>La couche des {0} n'a aucune entité. Choisissez une couche de polygones (un par {1}).</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="229" />
            <source>None of the {0} {1} has a usable polygon geometry (all are empty, null or not polygons). Check the {1} layer.</source>
            <translation>Les {0} {1} n'ont aucune géométrie polygonale exploitable (toutes sont vides, nulles ou ne sont pas des polygones). Vérifiez la couche des {1}.</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="270" />
            <source>No population raster or population field was given: exposed population is left empty (NULL).</source>
            <translation>Aucun raster ni champ de population n'a été fourni : la population exposée reste vide (NULL).</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="285" />
            <source>Hazards are on different grids: any_exposed_share and any_exposed_pop are computed on the grid of the first hazard, with the others resampled to it by nearest neighbour.</source>
            <translation>Les aléas sont sur des grilles différentes : any_exposed_share et any_exposed_pop sont calculés sur la grille du premier aléa, les autres y étant rééchantillonnés par la méthode du plus proche voisin.</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="313" />
            <source>Some settlement vertices cannot be reprojected from {0} to {1}. Check that the settlements layer has the right CRS.</source>
            <translation>Certains sommets des quartiers ne peuvent pas être reprojetés de {0} vers {1}. Vérifiez que la couche de quartiers a le bon SCR.</translation>
        </message>
        <message>
            <location filename="../core/exposure.py" line="326" />
            <source>No settlement overlaps hazard raster {0} (extent {1:.6g}, {2:.6g} to {3:.6g}, {4:.6g} in {5}). Check that the layers cover the same city and that both have the right CRS.</source>
            <translation>Aucun quartier ne recouvre le raster d'aléa {0} (emprise de {1:.6g}, {2:.6g} à {3:.6g}, {4:.6g} dans {5}). Vérifiez que les couches couvrent la même ville et que toutes deux ont le bon SCR.</translation>
        </message>
        <message>
            <location filename="../core/grid.py" line="47" />
            <source>Raster "{0}" has no CRS. Assign its coordinate reference system (Layer Properties &gt; Source, or gdal_edit.py -a_srs) and run again.</source>
            <translation>Le raster « {0} » n'a pas de SCR. Attribuez-lui son système de coordonnées de référence (Propriétés de la couche &gt; Source, ou gdal_edit.py -a_srs) et relancez.</translation>
        </message>
        <message>
            <location filename="../core/grid.py" line="52" />
            <source>Raster "{0}" is rotated. Warp it to a north-up grid first (Raster &gt; Projections &gt; Warp) and run again.</source>
            <translation>Le raster « {0} » est pivoté. Reprojetez-le d'abord sur une grille orientée au nord (Raster &gt; Projections &gt; Projection (warp)) et relancez.</translation>
        </message>
        <message>
            <location filename="../core/grid.py" line="195" />
            <source>Cannot open raster "{0}": {1}. Check that the file exists and is a raster GDAL can read.</source>
            <translation>Impossible d'ouvrir le raster « {0} » : {1}. Vérifiez que le fichier existe et qu'il s'agit d'un raster lisible par GDAL.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="40" />
            <source>Indicator "{0}" has direction "{1}". Use + when a higher value means more vulnerable, - when it means less.</source>
            <translation>L'indicateur « {0} » a pour sens « {1} ». Utilisez + lorsqu'une valeur plus élevée signifie plus vulnérable, - lorsqu'elle signifie moins vulnérable.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="51" />
            <source>Indicator "{0}" has weight {1}. Weights must be zero or positive.</source>
            <translation>L'indicateur « {0} » a pour poids {1}. Les poids doivent être nuls ou positifs.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="63" />
            <source>INDICATORS needs three columns per row (field, direction, weight); got {0} values.</source>
            <translation>INDICATORS demande trois colonnes par ligne (champ, sens, poids) ; {0} valeurs ont été reçues.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="89" />
            <source>Cannot read indicator preset "{0}": {1}. Choose a JSON preset file such as those in resources/indicator_presets.</source>
            <translation>Impossible de lire le jeu prédéfini d'indicateurs « {0} » : {1}. Choisissez un fichier de jeu prédéfini JSON, comme ceux de resources/indicator_presets.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="94" />
            <source>Preset "{0}" lists no indicators.</source>
            <translation>Le jeu prédéfini « {0} » ne contient aucun indicateur.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="96" />
            <source>Preset "{0}": "indicators" must be a list of objects, each with a "field" (and optionally "direction", "weight", "label", "optional").</source>
            <translation>Jeu prédéfini « {0} » : « indicators » doit être une liste d'objets ayant chacun un « field » (et éventuellement « direction », « weight », « label », « optional »).</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="109" />
            <source>Preset "{0}": "{1}" is "{2}", which is not one of: {3}. Write one of these, or remove the key to use the default.</source>
            <translation>Jeu prédéfini « {0} » : « {1} » vaut « {2} », qui ne fait pas partie des valeurs suivantes : {3}. Indiquez l'une d'elles, ou supprimez la clé pour utiliser la valeur par défaut.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="130" />
            <source>Indicator field(s) listed twice: {0}.</source>
            <translation>Champ(s) d'indicateur cité(s) deux fois : {0}.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="177" />
            <source>Unknown normalisation "{0}"; use one of {1}.</source>
            <translation>Normalisation inconnue « {0} » ; utilisez l'une des suivantes : {1}.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="243" />
            <source>Unknown missing-data policy "{0}"; use one of {1}.</source>
            <translation>Règle pour les données manquantes inconnue « {0} » ; utilisez l'une des suivantes : {1}.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="247" />
            <source>All indicator weights are zero. Give at least one indicator a positive weight.</source>
            <translation>Tous les poids des indicateurs sont nuls. Donnez un poids positif à au moins un indicateur.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="261" />
            <source>{0}: {1} missing value(s) filled with the median {2:g}.</source>
            <translation>{0} : {1} valeur(s) manquante(s) remplacée(s) par la médiane {2:g}.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="269" />
            <source>{0}: every settlement has the same value, so it cannot tell them apart (scored 0.5).</source>
            <translation>{0} : tous les quartiers ont la même valeur, l'indicateur ne permet donc pas de les distinguer (score de 0,5).</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="329" />
            <source>"{0}" is not a pairwise judgement. Use 1-9 or a reciprocal such as 1/3.</source>
            <translation>« {0} » n'est pas un jugement par paires. Utilisez 1-9 ou une valeur réciproque telle que 1/3.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="332" />
            <source>Judgement "{0}" must be a positive number (1-9 or 1/2-1/9).</source>
            <translation>Le jugement « {0} » doit être un nombre positif (1-9 ou 1/2-1/9).</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="352" />
            <source>The pairwise matrix must be square; it is {0}.</source>
            <translation>La matrice de comparaison par paires doit être carrée ; elle est de dimension {0}.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="355" />
            <source>Every pairwise judgement must be a positive number.</source>
            <translation>Chaque jugement par paires doit être un nombre positif.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="358" />
            <source>The diagonal must be 1: "{0}" against itself is {1:g}.</source>
            <translation>La diagonale doit valoir 1 : « {0} » comparé à lui-même vaut {1:g}.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="363" />
            <source>The matrix is not reciprocal: "{0}" vs "{1}" is {2:g} but "{1}" vs "{0}" is {3:g}, not {4:.3g}.</source>
            <translation>La matrice n'est pas réciproque : « {0} » par rapport à « {1} » vaut {2:g}, mais « {1} » par rapport à « {0} » vaut {3:g} et non {4:.3g}.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="382" />
            <source>{0} indicators need {1} pairwise judgements (the upper triangle, row by row); got {2}.</source>
            <translation>{0} indicateurs demandent {1} jugements par paires (le triangle supérieur, ligne par ligne) ; {2} ont été reçus.</translation>
        </message>
        <message>
            <location filename="../core/numbers.py" line="112" />
            <source>DECIMAL "{0}" is not one of {1}.</source>
            <translation>DECIMAL « {0} » ne fait pas partie de {1}.</translation>
        </message>
        <message>
            <location filename="../core/numbers.py" line="114" />
            <source>chosen (DECIMAL = point)</source>
            <translation>choisi (DECIMAL = point)</translation>
        </message>
        <message>
            <location filename="../core/numbers.py" line="116" />
            <source>chosen (DECIMAL = comma)</source>
            <translation>choisi (DECIMAL = comma)</translation>
        </message>
        <message>
            <location filename="../core/numbers.py" line="126" />
            <source>Column "{0}" in "{1}" mixes decimal points ({2}) and decimal commas ({3}), so its figures cannot be read one way. Make the column consistent, or choose DECIMAL = point or comma to read every cell one way.</source>
            <translation>La colonne « {0} » de « {1} » mélange points décimaux ({2}) et virgules décimales ({3}) : ses chiffres ne peuvent donc pas être lus d'une seule façon. Rendez la colonne cohérente, ou choisissez DECIMAL = point ou comma pour lire toutes les cellules de la même façon.</translation>
        </message>
        <message>
            <location filename="../core/numbers.py" line="131" />
            <source>decimal point, thousands commas (as in {0})</source>
            <translation>point décimal, virgules pour les milliers (comme dans {0})</translation>
        </message>
        <message>
            <location filename="../core/numbers.py" line="132" />
            <source>decimal comma, thousands points (as in {0})</source>
            <translation>virgule décimale, points pour les milliers (comme dans {0})</translation>
        </message>
        <message>
            <location filename="../core/numbers.py" line="137" />
            <source>Column "{0}" in "{1}" cannot tell its decimal mark: every number with a mark has exactly three digits after it ({2}), which reads as thousands (69.156 = 69,156) or as decimals (69.156) alike. Choose DECIMAL = point (1,234.5) or comma (1.234,5) for this table.</source>
            <translation>La colonne « {0} » de « {1} » ne permet pas de déterminer son séparateur décimal : chaque nombre comportant un séparateur a exactement trois chiffres après celui-ci ({2}), ce qui se lit aussi bien comme des milliers (69.156 = 69 156) que comme des décimales (69.156 = 69,156). Choisissez DECIMAL = point (1,234.5) ou comma (1.234,5) pour cette table.</translation>
        </message>
        <message>
            <location filename="../core/numbers.py" line="143" />
            <source>whole numbers only</source>
            <translation>nombres entiers uniquement</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1249" />
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucune sortie n'a été écrite.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="176" />
            <source>Criterion "{0}": cannot read class score "{1}". Write classes as "value:score; value:score", e.g. "1:0.3; 2:0.7; 3:1".</source>
            <translation>Critère « {0} » : impossible de lire le score de classe « {1} ». Écrivez les classes sous la forme « valeur:score; valeur:score », par ex. « 1:0.3; 2:0.7; 3:1 ».</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="153" />
            <source>Criterion "{0}": class {1} has score {2:g}; scores must lie between 0 and 1.</source>
            <translation>Critère « {0} » : la classe {1} a le score {2:g} ; les scores doivent être compris entre 0 et 1.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="158" />
            <source>Criterion "{0}" uses class scores but none are given. Write them as "value:score; value:score", e.g. "1:0.3; 2:0.7; 3:1".</source>
            <translation>Le critère « {0} » utilise des scores de classe, mais aucun n'est indiqué. Écrivez-les sous la forme « valeur:score; valeur:score », par ex. « 1:0.3; 2:0.7; 3:1 ».</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="188" />
            <source>Criterion "{0}": unknown value function "{1}"; use linear, step or classes.</source>
            <translation>Critère « {0} » : fonction de valeur inconnue « {1} » ; utilisez linear, step ou classes.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="191" />
            <source>low bound</source>
            <translation>borne inférieure</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="192" />
            <source>high bound</source>
            <translation>borne supérieure</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="199" />
            <source>Criterion "{0}": a step needs its threshold in the Low column.</source>
            <translation>Critère « {0} » : une fonction en seuil (step) a besoin de son seuil dans la colonne Bas.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="211" />
            <source>Criterion "{0}": the {1} "{2}" is not a number.</source>
            <translation>Critère « {0} » : la {1} « {2} » n'est pas un nombre.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="214" />
            <source>Criterion "{0}": the {1} must be a finite number.</source>
            <translation>Critère « {0} » : la {1} doit être un nombre fini.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="278" />
            <source>The cell size must be a positive number of metres (got {0}).</source>
            <translation>La taille de cellule doit être un nombre positif de mètres (valeur reçue : {0}).</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="282" />
            <source>The boundary has no area in the analysis CRS. Check the boundary layer and its CRS.</source>
            <translation>La limite n'a aucune surface dans le SCR d'analyse. Vérifiez la couche de limite et son SCR.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="289" />
            <source>A {0:g} m cell size gives {1:,} x {2:,} cells over the boundary, more than this tool handles ({3:,}). Choose a larger cell size.</source>
            <translation>Une taille de cellule de {0:g} m donne {1:,} x {2:,} cellules sur la limite, soit plus que ce que cet outil peut traiter ({3:,}). Choisissez une taille de cellule plus grande.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="893" />
            <source>Unknown method "{0}"; use sum or product.</source>
            <translation>Méthode inconnue « {0} » ; utilisez sum ou product.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="895" />
            <source>Unknown missing-data policy "{0}".</source>
            <translation>Règle pour les données manquantes inconnue « {0} ».</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="897" />
            <source>No criterion was given. Add at least one hazard raster, a population raster, settlements with a vulnerability field, or facilities.</source>
            <translation>Aucun critère n'a été fourni. Ajoutez au moins un raster d'aléa, un raster de population, des quartiers avec un champ de vulnérabilité, ou des équipements.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="907" />
            <source>Weights must be zero or more; check the weight of {0}.</source>
            <translation>Les poids doivent être supérieurs ou égaux à zéro ; vérifiez le poids de {0}.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="910" />
            <source>All criterion weights are zero. Give at least one criterion a weight above 0.</source>
            <translation>Tous les poids des critères sont nuls. Donnez à au moins un critère un poids supérieur à 0.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="967" />
            <source>The boundary covers no cell of the analysis grid.</source>
            <translation>La limite ne couvre aucune cellule de la grille d'analyse.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="992" />
            <source>Criterion "{0}" has no points: the facilities layer is empty.</source>
            <translation>Le critère « {0} » n'a aucun point : la couche des équipements est vide.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1129" />
            <source>No cell of the grid is at least half inside the boundary and outside the exclude layer. Check the boundary and the exclude layer and the cell size.</source>
            <translation>Aucune cellule de la grille n'est au moins pour moitié à l'intérieur de la limite et en dehors de la couche d'exclusion. Vérifiez la limite, la couche d'exclusion et la taille de cellule.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1132" />
            <source>No cell of the grid is at least half inside the boundary. Check the boundary and the cell size.</source>
            <translation>Aucune cellule de la grille n'est au moins pour moitié à l'intérieur de la limite. Vérifiez la limite et la taille de cellule.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1136" />
            <source>Criterion "{0}" has no value anywhere inside the boundary. Check that it covers the city, that its CRS is right and that its nodata value is not its data; or remove it.</source>
            <translation>Le critère « {0} » n'a aucune valeur à l'intérieur de la limite. Vérifiez qu'il couvre la ville, que son SCR est correct et que sa valeur nodata n'est pas l'une de ses données ; ou retirez-le.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1141" />
            <source>No cell inside the boundary has a priority: the criteria have no data there. Check that the hazard and population rasters cover the boundary and that the layers have the right CRS.</source>
            <translation>Aucune cellule à l'intérieur de la limite n'a de priorité : les critères n'y ont pas de données. Vérifiez que les rasters d'aléa et de population couvrent la limite et que les couches ont le bon SCR.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1158" />
            <source>the other criteria carry the weight there</source>
            <translation>les autres critères y reprennent le poids</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1159" />
            <source>counted as score 0</source>
            <translation>compté comme un score de 0</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1160" />
            <source>those cells have no priority</source>
            <translation>ces cellules n'ont pas de priorité</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1179" />
            <source>{0}: no value on {1:.1%} of the cells inside the boundary ({2}).</source>
            <translation>{0} : aucune valeur sur {1:.1%} des cellules situées à l'intérieur de la limite ({2}).</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1194" />
            <source>Criterion "{0}": the class scores ({1}) give no score to the class(es) {2} found in the raster. Give every class a score, or one score for all the others with "other:0".</source>
            <translation>Critère « {0} » : les scores de classe ({1}) n'attribuent aucun score à la ou aux classes {2} présentes dans le raster. Donnez un score à chaque classe, ou un seul score pour toutes les autres avec « other:0 ».</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1311" />
            <source>Criterion "{0}" has {1} values for {2} settlements.</source>
            <translation>Le critère « {0} » a {1} valeurs pour {2} quartiers.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1315" />
            <source>Criterion "{0}" has no value for any settlement. Check the field.</source>
            <translation>Le critère « {0} » n'a de valeur pour aucun quartier. Vérifiez le champ.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1607" />
            <source>The ranked settlements fall into {0} of the five priority classes: {1}.</source>
            <translation>Les quartiers classés se répartissent dans {0} des cinq classes de priorité : {1}.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1607" />
            <source>the city-wide cell breaks leave the others empty for the settlements</source>
            <translation>les bornes des classes, calculées sur les cellules à l'échelle de la ville, laissent les autres classes vides pour les quartiers</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1607" />
            <source>too few settlements or too many equal priorities to fill five</source>
            <translation>trop peu de quartiers ou trop de priorités égales pour en remplir cinq</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="1619" />
            <source>{0} settlement(s) have no cell with a priority (outside the boundary, excluded or without data) and are not ranked.</source>
            <translation>{0} quartier(s) n'ont aucune cellule ayant une priorité (hors de la limite, exclus ou sans données) et ne sont pas classés.</translation>
        </message>
        <message>
            <location filename="../core/profiles.py" line="90" />
            <source>Key(s) used more than once in "{0}": {1}. Each settlement needs a unique key; fix the table and run again.</source>
            <translation>Clé(s) utilisée(s) plusieurs fois dans « {0} » : {1}. Chaque quartier doit avoir une clé unique ; corrigez la table et relancez.</translation>
        </message>
        <message>
            <location filename="../core/profiles.py" line="143" />
            <source>Field "{0}" in "{1}": {2}.</source>
            <translation>Champ « {0} » de « {1} » : {2}.</translation>
        </message>
        <message>
            <location filename="../core/profiles.py" line="146" />
            <source>Field "{0}" in "{1}" has {2} value(s) that are not numbers, treated as missing: {3}</source>
            <translation>Le champ « {0} » de « {1} » contient {2} valeur(s) qui ne sont pas des nombres, traitée(s) comme manquante(s) : {3}</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="66" />
            <source>class {0}</source>
            <translation>classe {0}</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="68" />
            <source>value {0} {1:g}</source>
            <translation>valeur {0} {1:g}</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="157" />
            <source>{0} or {1}</source>
            <translation>{0} ou {1}</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="111" />
            <source>Rule "{0}" for hazard "{1}" is not a set of classes. Write the class values separated by |, e.g. =1 or =1|2.</source>
            <translation>La règle « {0} » de l'aléa « {1} » n'est pas un ensemble de classes. Écrivez les valeurs de classe séparées par |, par ex. =1 ou =1|2.</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="115" />
            <source>Rule "{0}" for hazard "{1}" names a class that is not a finite number.</source>
            <translation>La règle « {0} » de l'aléa « {1} » désigne une classe qui n'est pas un nombre fini.</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="123" />
            <source>Rule "{0}" for hazard "{1}" is not understood. Write a number (exposed where the value is at least it, e.g. 0.5), a comparison (&gt;=0.5, &gt;0.5, &lt;=2, &lt;2) or classes (=1 or =1|2), with a dot for decimals.</source>
            <translation>La règle « {0} » de l'aléa « {1} » n'est pas comprise. Écrivez un nombre (exposé là où la valeur l'atteint au moins, par ex. 0.5), une comparaison (&gt;=0.5, &gt;0.5, &lt;=2, &lt;2) ou des classes (=1 ou =1|2), avec un point pour les décimales.</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="129" />
            <source>Rule "{0}" for hazard "{1}" is not a finite number.</source>
            <translation>La règle « {0} » de l'aléa « {1} » n'est pas un nombre fini.</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="140" />
            <source>THRESHOLDS has {0} value(s) ({1}) but {2} hazard layer(s) were given ({3}). Give one rule per hazard, in the same order, separated by commas (a number such as 0.5, a comparison such as &lt;=2, or classes such as =1|2), or leave it empty to count any value above 0 as exposed.</source>
            <translation>THRESHOLDS contient {0} valeur(s) ({1}), mais {2} couche(s) d'aléa ont été fournies ({3}). Donnez une règle par aléa, dans le même ordre, séparées par des virgules (un nombre tel que 0.5, une comparaison telle que &lt;=2, ou des classes telles que =1|2), ou laissez vide pour compter comme exposée toute valeur supérieure à 0.</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="163" />
            <source>{0} and {1} more</source>
            <translation>{0} et {1} de plus</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="219" />
            <source>its name or metadata says {0}</source>
            <translation>son nom ou ses métadonnées indiquent {0}</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="229" />
            <source>its values span {0:,.0f} to {1:,.0f}, as the metres of an elevation model do</source>
            <translation>ses valeurs vont de {0:,.0f} à {1:,.0f}, comme les mètres d'un modèle numérique de terrain</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="262" />
            <source>class names</source>
            <translation>noms de classes</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="264" />
            <source>colour table</source>
            <translation>table de couleurs</translation>
        </message>
        <message>
            <location filename="../core/rules.py" line="266" />
            <source>{0} distinct integer values</source>
            <translation>{0} valeurs entières distinctes</translation>
        </message>
        <message>
            <location filename="../core/actions/coverage.py" line="79" />
            <source>Settlement keys named by actions but not found: {0}.</source>
            <translation>Clés de quartier citées par des actions mais introuvables : {0}.</translation>
        </message>
        <message>
            <location filename="../core/actions/coverage.py" line="84" />
            <source>Settlement keys shared by more than one settlement: {0}. An action naming such a key serves all of them; give each settlement its own key in the settlements layer.</source>
            <translation>Clés de quartier partagées par plusieurs quartiers : {0}. Une action citant une telle clé les dessert tous ; donnez à chaque quartier sa propre clé dans la couche de quartiers.</translation>
        </message>
        <message>
            <location filename="../core/actions/coverage.py" line="102" />
            <source>{0} action(s) have a cost that is not a number of 0 or more and are left out of the costs: {1}. Correct their cost_estimate.</source>
            <translation>{0} action(s) ont un coût qui n'est pas un nombre supérieur ou égal à 0 et sont exclues des coûts : {1}. Corrigez leur cost_estimate.</translation>
        </message>
        <message>
            <location filename="../core/actions/coverage.py" line="118" />
            <source>{0} settlement(s) are served by active actions costed in different currencies (or some without a currency): their actions_cost is left empty, as amounts in different currencies are not added. Give every action the same currency to compare them.</source>
            <translation>{0} quartier(s) sont desservis par des actions actives chiffrées dans des devises différentes (ou certaines sans devise) : leur actions_cost reste vide, car des montants en devises différentes ne s'additionnent pas. Donnez la même devise à toutes les actions pour pouvoir les comparer.</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="24" />
            <source>{0} row(s) read: {1} imported, {2} rejected.</source>
            <translation>{0} ligne(s) lue(s) : {1} importée(s), {2} rejetée(s).</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="30" />
            <source>Row {0} ("{1}"): {2}</source>
            <translation>Ligne {0} (« {1} ») : {2}</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="30" />
            <source>Row {0}: {1}</source>
            <translation>Ligne {0} : {1}</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="78" />
            <source>CSV file "{0}" is not UTF-8 text. Save it as "CSV UTF-8" (in Excel: Save As &gt; CSV UTF-8) and import it again.</source>
            <translation>Le fichier CSV « {0} » n'est pas du texte UTF-8. Enregistrez-le au format « CSV UTF-8 » (dans Excel : Enregistrer sous &gt; CSV UTF-8) et importez-le à nouveau.</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="89" />
            <source>CSV file "{0}" is empty or has no header row.</source>
            <translation>Le fichier CSV « {0} » est vide ou n'a pas de ligne d'en-tête.</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="94" />
            <source>CSV file "{0}" has the column(s) {1} more than once; keep one of each.</source>
            <translation>Le fichier CSV « {0} » contient plusieurs fois la ou les colonnes {1} ; n'en gardez qu'une de chaque.</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="98" />
            <source>Columns not in the register, ignored: {0}.</source>
            <translation>Colonnes absentes du registre, ignorées : {0}.</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="101" />
            <source>CSV file "{0}" has no "title" column; the register needs one. Its columns are: {1}.</source>
            <translation>Le fichier CSV « {0} » n'a pas de colonne « title » ; le registre en a besoin. Ses colonnes sont : {1}.</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="113" />
            <source>the row has {0} more value(s) than the header.</source>
            <translation>la ligne a {0} valeur(s) de plus que l'en-tête.</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="129" />
            <source>appears twice in the file.</source>
            <translation>apparaît deux fois dans le fichier.</translation>
        </message>
        <message>
            <location filename="../core/actions/csv_io.py" line="150" />
            <source>Column "{0}": {1}.</source>
            <translation>Colonne « {0} » : {1}.</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="132" />
            <source>is required.</source>
            <translation>est obligatoire.</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="170" />
            <source>{0} is not one of: {1}.</source>
            <translation>{0} ne fait pas partie des valeurs possibles : {1}.</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="268" />
            <source>"{0}" is not a number; write digits, e.g. 90000 or 90,000.50.</source>
            <translation>« {0} » n'est pas un nombre ; écrivez des chiffres, par ex. 90000 ou 90 000,50.</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="271" />
            <source>must be a finite number.</source>
            <translation>doit être un nombre fini.</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="273" />
            <source>must be {0:,.15g} or more (got {1:,.15g}).</source>
            <translation>doit être supérieur ou égal à {0:,.15g} (valeur reçue : {1:,.15g}).</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="363" />
            <source>"{0}" is not {1}; use one such as {2}.</source>
            <translation>« {0} » n'est pas valide ({1}) ; utilisez par ex. {2}.</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="396" />
            <source>is required when there is a {0} ({1}).</source>
            <translation>est obligatoire lorsqu'une valeur est indiquée pour « {0} » ({1}).</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="427" />
            <source>{0} is before the {1} ({2}); make it that day or later.</source>
            <translation>La date {0} est antérieure à la {1} ({2}) ; indiquez ce jour ou une date ultérieure.</translation>
        </message>
        <message>
            <location filename="../core/actions/values.py" line="31" />
            <source>"{0}" is not a date; write it as YYYY-MM-DD, e.g. 2027-03-31</source>
            <translation>« {0} » n'est pas une date ; écrivez-la au format AAAA-MM-JJ, par ex. 2027-03-31</translation>
        </message>
        <message>
            <location filename="../core/actions/values.py" line="38" />
            <source>there is no month {0}; write it as YYYY-MM-DD</source>
            <translation>il n'y a pas de mois {0} ; écrivez la date au format AAAA-MM-JJ</translation>
        </message>
        <message>
            <location filename="../core/actions/values.py" line="38" />
            <source>month {0} of {1} has no day {2}</source>
            <translation>le mois {0} de {1} n'a pas de jour {2}</translation>
        </message>
        <message>
            <location filename="../core/actions/values.py" line="41" />
            <source>"{0}" is not a date: {1}</source>
            <translation>« {0} » n'est pas une date : {1}</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="161" />
            <source>cost estimate</source>
            <translation>coût estimé</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="162" />
            <source>start date</source>
            <translation>date de début</translation>
        </message>
        <message>
            <location filename="../core/actions/rules.py" line="453" />
            <source>a three-letter ISO 4217 code</source>
            <translation>un code ISO 4217 à trois lettres</translation>
        </message>
        <message>
            <location filename="../core/actions/cdp.py" line="119" />
            <source>hazard "{0}" has no CDP equivalent</source>
            <translation>l'aléa « {0} » n'a pas d'équivalent CDP</translation>
        </message>
        <message>
            <location filename="../core/actions/cdp.py" line="143" />
            <source>no action type</source>
            <translation>aucun type d'action</translation>
        </message>
        <message>
            <location filename="../core/actions/cdp.py" line="145" />
            <source>action type "{0}" has no CDP equivalent</source>
            <translation>le type d'action « {0} » n'a pas d'équivalent CDP</translation>
        </message>
        <message>
            <location filename="../core/actions/cdp.py" line="172" />
            <source>cost "{0}" is not a number of 0 or more</source>
            <translation>le coût « {0} » n'est pas un nombre supérieur ou égal à 0</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="45" />
            <source>grid densification</source>
            <translation>densification du réseau</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="46" />
            <source>grid extension</source>
            <translation>extension du réseau</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="47" />
            <source>mini-grid</source>
            <translation>mini-réseau</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="48" />
            <source>stand-alone solar</source>
            <translation>solaire autonome</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="67" />
            <source>The unit cost "{0}" is {1}: give a number of 0 or more.</source>
            <translation>Le coût unitaire « {0} » vaut {1} : indiquez un nombre supérieur ou égal à 0.</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="150" />
            <source>The minimum tier is {0}: choose 1, 2, 3, 4 or 5.</source>
            <translation>Le niveau minimal est {0} : choisissez 1, 2, 3, 4 ou 5.</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="153" />
            <source>The household size is {0}: give a number of persons above 0.</source>
            <translation>La taille des ménages est de {0} : indiquez un nombre de personnes supérieur à 0.</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="182" />
            <source>power line {0}, beyond {1:,.0f} m</source>
            <translation>ligne électrique {0}, au-delà de {1:,.0f} m</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="186" />
            <source>power line {0}, beyond the extension distance of {1:,.0f} m</source>
            <translation>ligne électrique {0}, au-delà de la distance d'extension de {1:,.0f} m</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="190" />
            <source>households unknown, so the line's cost cannot be shared</source>
            <translation>nombre de ménages inconnu : le coût de la ligne ne peut donc pas être réparti</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="196" />
            <source>population unknown</source>
            <translation>population inconnue</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="198" />
            <source>{0:,.0f} people, fewer than {1:,.0f}</source>
            <translation>{0:,.0f} habitants, soit moins de {1:,.0f}</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="209" />
            <source>no usable settlement geometry</source>
            <translation>aucune géométrie de quartier exploitable</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="226" />
            <source>too far (no line in reach)</source>
            <translation>trop éloignée (aucune ligne à portée)</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="227" />
            <source>{0:,.0f} m away</source>
            <translation>à {0:,.0f} m</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="234" />
            <source>; next best: {0} at {1:,.2f} {2} per household</source>
            <translation>; option suivante : {0} pour {1:,.2f} {2} par ménage</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="237" />
            <source>; no other option possible here meets tier {0}</source>
            <translation>; aucune autre option possible ici n'atteint le niveau {0}</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="244" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="244" />
            <source>serves tier 1 only</source>
            <translation>n'atteint que le niveau 1</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="246" />
            <source>; not possible: {0}</source>
            <translation>; options impossibles : {0}</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="249" />
            <source>{0} at {1:,.2f} {2} per household, the least cost that meets tier {3}{4}{5}</source>
            <translation>{0} pour {1:,.2f} {2} par ménage, l'option la moins coûteuse qui atteint le niveau {3}{4}{5}</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="252" />
            <source>{0} at {1:,.2f} {2} per household: no option possible here meets tier {3}, so this is the least-cost one until one does{4}{5}</source>
            <translation>{0} pour {1:,.2f} {2} par ménage : aucune option possible ici n'atteint le niveau {3}, celle-ci est donc retenue comme la moins coûteuse en attendant qu'une option atteignant ce niveau soit possible{4}{5}</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="260" />
            <source>{0:.0%} of the settlement is exposed to flooding: network works there (poles, lines, service drops, meters) would sit in the hazard; raise them above the flood level or route them outside it</source>
            <translation>{0:.0%} du quartier est exposé aux inondations : les ouvrages de réseau (poteaux, lignes, branchements, compteurs) s'y trouveraient dans la zone d'aléa ; surélevez-les au-dessus du niveau des crues ou faites-les passer en dehors de cette zone</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="264" />
            <source>{0} (network costs carry a resilience premium of {1:.0%} on that share)</source>
            <translation>{0} (les coûts de réseau intègrent un surcoût de résilience de {1:.0%} sur cette part)</translation>
        </message>
        <message>
            <location filename="../core/actions/cdp.py" line="150" />
            <source>choose the action under "{0}" in CDP's list: the register does not say which</source>
            <translation>choisissez l'action sous « {0} » dans la liste de CDP : le registre ne précise pas laquelle</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="46" />
            <source>Indicator "{0}" has weight "{1}", which is not a number. Give each indicator a weight of zero or more, such as 1 or 0.5.</source>
            <translation>L'indicateur « {0} » a le poids « {1} », qui n'est pas un nombre. Donnez à chaque indicateur un poids nul ou positif, par exemple 1 ou 0,5.</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="76" />
            <source>Weight</source>
            <translation>Poids</translation>
        </message>
        <message>
            <location filename="../core/indicators.py" line="79" />
            <source>Indicator weights read with {0}.</source>
            <translation>Poids des indicateurs lus avec {0}.</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="126" />
            <source>Criterion "{0}": in the class scores "{1}", commas separate the classes, so "{2}" has no score. If a comma is a decimal mark there, separate the classes with ";" (e.g. "1:0,3; 2:0,7; 3:1").</source>
            <translation>Critère « {0} » : dans les scores de classe « {1} », les virgules séparent les classes, donc « {2} » n'a pas de score. Si une virgule y est un séparateur décimal, séparez les classes par « ; » (par ex. « 1:0,3; 2:0,7; 3:1 »).</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="139" />
            <source>class values</source>
            <translation>valeurs de classe</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="141" />
            <source>class scores</source>
            <translation>scores de classe</translation>
        </message>
        <message>
            <location filename="../core/priority.py" line="170" />
            <source>Criterion "{0}": {1} read with {2}.</source>
            <translation>Critère « {0} » : lecture des {1} avec {2}.</translation>
        </message>
    </context>
    <context>
        <name>ExportActionPlanAlgorithm</name>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="44" />
            <source>Export action plan (CSV or Excel)</source>
            <translation>Exporter le plan d'actions (CSV ou Excel)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="53" />
            <source>Planned actions</source>
            <translation>Actions prévues</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="58" />
            <source>Action plan</source>
            <translation>Plan d'actions</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="58" />
            <source>CSV (*.csv);;Excel (*.xlsx)</source>
            <translation>CSV (*.csv);;Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="60" />
            <source>Actions exported</source>
            <translation>Actions exportées</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="68" />
            <source>Layer "{0}" is not a planned-action register (no {1} field).</source>
            <translation>La couche « {0} » n'est pas un registre des actions prévues (pas de champ {1}).</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="73" />
            <source>Export to .csv or .xlsx; "{0}" is neither.</source>
            <translation>Exportez en .csv ou en .xlsx ; « {0} » n'est ni l'un ni l'autre.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="85" />
            <source>{0} action(s) written to {1}</source>
            <translation>{0} action(s) écrite(s) dans {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="130" />
            <source>Cannot write {0}: {1}</source>
            <translation>Impossible d'écrire {0} : {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="39" />
            <source>The register's own fields, or the columns of CDP-ICLEI Track's adaptation actions with the hazards and action types mapped to its categories (see the help for the mapping and what has no equivalent).</source>
            <translation>Les champs propres au registre, ou les colonnes des actions d'adaptation de CDP-ICLEI Track, avec les aléas et les types d'action rapportés à ses catégories (voir l'aide pour la correspondance et ce qui n'a pas d'équivalent).</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="55" />
            <source>Columns</source>
            <translation>Colonnes</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="55" />
            <source>The register's fields</source>
            <translation>Les champs du registre</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="55" />
            <source>CDP-ICLEI Track adaptation actions</source>
            <translation>Actions d'adaptation CDP-ICLEI Track</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="77" />
            <source>{0} action(s) written to {1} in the columns of CDP-ICLEI Track's adaptation actions.</source>
            <translation>{0} action(s) écrite(s) dans {1} selon les colonnes des actions d'adaptation de CDP-ICLEI Track.</translation>
        </message>
    </context>
    <context>
        <name>FinanceReadinessAlgorithm</name>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="55" />
            <source>Finance readiness of the actions</source>
            <translation>Maturité des actions pour le financement</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="77" />
            <source>Planned actions</source>
            <translation>Actions prévues</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="65" />
            <source>The register, or the actions output of "Action coverage and gaps".</source>
            <translation>Le registre, ou la sortie « Actions avec couverture » de « Couverture des actions et lacunes ».</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="66" />
            <source>Which exposure keys answer for a register hazard, e.g. flood=flood_depth; heat=heat_lst. Empty: a key answers for a hazard when one of its words names it (flood_depth for flood, heat_lst for heat).</source>
            <translation>Les clés d'exposition qui correspondent à un aléa du registre, par ex. flood=flood_depth; heat=heat_lst. Vide : une clé correspond à un aléa lorsque l'un de ses mots le désigne (flood_depth pour flood, heat_lst pour heat).</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="72" />
            <source>The language of the texts written (rationale, missing items, checklist), their numbers too: {0}. Empty: QGIS's language.</source>
            <translation>La langue des textes rédigés (justification, éléments manquants, liste de contrôle), y compris leurs nombres : {0}. Vide : la langue de QGIS.</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="80" />
            <source>Settlement priority ranking</source>
            <translation>Classement des quartiers par priorité</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="82" />
            <source>Settlement key field</source>
            <translation>Champ clé des quartiers</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="85" />
            <source>Settlement name field</source>
            <translation>Champ de nom des quartiers</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="87" />
            <source>Settlement exposure (output)</source>
            <translation>Exposition des quartiers (sortie)</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="90" />
            <source>Exposure key field</source>
            <translation>Champ clé de l'exposition</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="93" />
            <source>Vulnerability index (output)</source>
            <translation>Indice de vulnérabilité (sortie)</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="96" />
            <source>Vulnerability key field</source>
            <translation>Champ clé de la vulnérabilité</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="99" />
            <source>Exposure keys by hazard</source>
            <translation>Clés d'exposition par aléa</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="101" />
            <source>Language of the texts</source>
            <translation>Langue des textes</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="103" />
            <source>Actions with finance readiness</source>
            <translation>Actions avec leur maturité pour le financement</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="109" />
            <source>Cost by hazard addressed</source>
            <translation>Coût par aléa traité</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="112" />
            <source>Actions assessed</source>
            <translation>Actions évaluées</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="112" />
            <source>Mean readiness of the active actions</source>
            <translation>Maturité moyenne des actions actives</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="112" />
            <source>Active actions ready (readiness 0.8 or more)</source>
            <translation>Actions actives prêtes (maturité de 0,8 ou plus)</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="132" />
            <source>Layer "{0}" is not a planned-action register (it has no title or status field). Create one with "Create planned-action register".</source>
            <translation>La couche « {0} » n'est pas un registre des actions prévues (elle n'a pas de champ de titre ou de statut). Créez-en un avec « Créer un registre des actions prévues ».</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="137" />
            <source>Layer "{0}" is not a priority ranking (no {1}). Use the Ranking output of "Citywide resilience priorities".</source>
            <translation>La couche « {0} » n'est pas un classement des priorités (pas de {1}). Utilisez la sortie Classement de « Priorités de résilience à l'échelle de la ville ».</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="142" />
            <source>Choose the settlement key field of the ranking "{0}": the field the actions name settlements by.</source>
            <translation>Choisissez le champ clé des quartiers du classement « {0} » : le champ par lequel les actions désignent les quartiers.</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="153" />
            <source>Layer "{0}" has no {{hazard}}_exposed_pop field: it is not an output of "Settlement hazard exposure" run with people. Run it with a population raster or field.</source>
            <translation>La couche « {0} » n'a pas de champ {{hazard}}_exposed_pop : ce n'est pas une sortie de « Exposition des quartiers aux aléas » exécutée avec la population. Exécutez-la avec un raster ou un champ de population.</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="159" />
            <source>Layer "{0}" has no vulnerability field: use the output of "Settlement vulnerability index".</source>
            <translation>La couche « {0} » n'a pas de champ de vulnérabilité : utilisez la sortie de « Indice de vulnérabilité des quartiers ».</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="165" />
            <source>Exposure keys by hazard: "{0}" is not hazard=key (e.g. flood=flood_depth).</source>
            <translation>Clés d'exposition par aléa : « {0} » n'est pas de la forme aléa=clé (par ex. flood=flood_depth).</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="171" />
            <source>Exposure keys by hazard name {0}, which the exposure layer "{1}" does not have; its keys are {2}.</source>
            <translation>Les clés d'exposition par aléa citent {0}, que la couche d'exposition « {1} » ne contient pas ; ses clés sont {2}.</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="177" />
            <source>The ranking "{0}" has no features.</source>
            <translation>Le classement « {0} » n'a aucune entité.</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="250" />
            <source>Could not write the action "{0}": {1}</source>
            <translation>Impossible d'écrire l'action « {0} » : {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="221" />
            <source>{0} action(s) assessed; {1} active, {2} of them ready (readiness 0.8 or more); mean readiness of the active actions {3}.</source>
            <translation>{0} action(s) évaluée(s) ; {1} active(s), dont {2} prête(s) (maturité de 0,8 ou plus) ; maturité moyenne des actions actives : {3}.</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="267" />
            <source>Layer "{0}" has no key field "{1}" to join it to the ranking: choose its key field.</source>
            <translation>La couche « {0} » n'a pas de champ clé « {1} » pour la joindre au classement : choisissez son champ clé.</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="69" />
            <source>The active actions by funding status and readiness band (ready 0.8 or more, in preparation 0.5 to 0.8, early): their number, cost per currency and beneficiaries.</source>
            <translation>Les actions actives par état du financement et par niveau de maturité (prête : 0,8 ou plus ; en préparation : de 0,5 à 0,8 ; stade initial : moins de 0,5) : leur nombre, leur coût par devise et leurs bénéficiaires.</translation>
        </message>
        <message>
            <location filename="../algorithms/finance_readiness.py" line="106" />
            <source>Funding pipeline</source>
            <translation>Portefeuille de financement</translation>
        </message>
    </context>
    <context>
        <name>FinanceTexts</name>
        <message>
            <location filename="../qgis_side/finance.py" line="22" />
            <source>a place (a target area or settlements served)</source>
            <translation>une localisation (une zone d'intervention ou des quartiers desservis)</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="23" />
            <source>the hazards it addresses</source>
            <translation>les aléas traités</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="24" />
            <source>evidence that the settlements served are exposed to them</source>
            <translation>la preuve que les quartiers desservis y sont exposés</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="25" />
            <source>beneficiaries</source>
            <translation>des bénéficiaires</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="26" />
            <source>a cost estimate with its currency</source>
            <translation>une estimation du coût avec sa devise</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="27" />
            <source>a funding source and funding status</source>
            <translation>une source de financement et un état du financement</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="28" />
            <source>a lead agency</source>
            <translation>un organisme responsable</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="29" />
            <source>start and end dates</source>
            <translation>des dates de début et de fin</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="30" />
            <source>co-benefits</source>
            <translation>des co-bénéfices</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="212" />
            <source>Nothing is missing.</source>
            <translation>Rien ne manque.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="213" />
            <source>Missing: {0}.</source>
            <translation>Éléments manquants : {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="228" />
            <source>(unnamed)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="260" />
            <source>{0} (rank {1} of {2}, priority {3})</source>
            <translation>{0} (rang {1} sur {2}, priorité {3})</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="264" />
            <source>It serves {0}.</source>
            <translation>Elle dessert {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="266" />
            <source>It serves no settlement of the ranking.</source>
            <translation>Elle ne dessert aucun quartier du classement.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="268" />
            <source>No exposure output was given: the people exposed are not stated.</source>
            <translation>Aucune sortie d'exposition n'a été fournie : le nombre d'habitants exposés n'est pas indiqué.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="271" />
            <source>The exposure output has no figure for {0}.</source>
            <translation>La sortie d'exposition ne contient aucun chiffre pour l'aléa {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="275" />
            <source>The exposure output has no {0} figure for the settlements served.</source>
            <translation>La sortie d'exposition ne contient aucun chiffre {0} pour les quartiers desservis.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="280" />
            <source>{0}: {1} people in them are exposed ({2}: {3}).</source>
            <translation>{0} : {1} habitants de ces quartiers sont exposés ({2} : {3}).</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="292" />
            <source>{0} (drivers: {1})</source>
            <translation>{0} (facteurs : {1})</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="295" />
            <source>Vulnerability index (0-1): {0}.</source>
            <translation>Indice de vulnérabilité (0-1) : {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="302" />
            <source>Beneficiaries: {0}.</source>
            <translation>Bénéficiaires : {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="312" />
            <source>Cost: {0}, {1} per beneficiary.</source>
            <translation>Coût : {0}, soit {1} par bénéficiaire.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="315" />
            <source>Cost: {0}.</source>
            <translation>Coût : {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="336" />
            <source>Cost: {0}</source>
            <translation>Coût : {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="336" />
            <source>not estimated</source>
            <translation>non estimé</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="341" />
            <source>Funding source: {0}</source>
            <translation>Source de financement : {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="343" />
            <source>not stated</source>
            <translation>non indiqué</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="343" />
            <source>Funding status: {0}</source>
            <translation>État du financement : {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="346" />
            <source>Per beneficiary: {0}</source>
            <translation>Par bénéficiaire : {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="352" />
            <source>Settlements, ranks and priorities: {0}, fields {1}.</source>
            <translation>Quartiers, rangs et priorités : {0}, champs {1}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="355" />
            <source>People exposed: {0}, fields {1}.</source>
            <translation>Habitants exposés : {0}, champs {1}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="355" />
            <source>none for its hazards</source>
            <translation>aucun pour ses aléas</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="358" />
            <source>People exposed: no exposure output was given.</source>
            <translation>Habitants exposés : aucune sortie d'exposition n'a été fournie.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="360" />
            <source>Vulnerability: {0}, fields vulnerability, vulnerability_drivers.</source>
            <translation>Vulnérabilité : {0}, champs vulnerability, vulnerability_drivers.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="363" />
            <source>Beneficiaries: {0}, field beneficiaries.</source>
            <translation>Bénéficiaires : {0}, champ beneficiaries.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="365" />
            <source>Beneficiaries: the population of the settlements served, {0}, field grid_population.</source>
            <translation>Bénéficiaires : la population des quartiers desservis, {0}, champ grid_population.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="367" />
            <source>Cost and funding: {0}, fields cost_estimate, currency, funding_source, funding_status.</source>
            <translation>Coût et financement : {0}, champs cost_estimate, currency, funding_source, funding_status.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="169" />
            <source>Action "{0}": the exposure output counts {1} people exposed ({2}), more than the {3} people the ranking gives the settlements served; the two come from different population data. Run the exposure and the priority map on the same population raster.</source>
            <translation>Action « {0} » : la sortie d'exposition compte {1} habitants exposés ({2}), plus que les {3} habitants que le classement attribue aux quartiers desservis ; les deux chiffres proviennent de données de population différentes. Exécutez l'exposition et la carte des priorités avec le même raster de population.</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="299" />
            <source>Beneficiaries: {0} (the action's own figure in the register).</source>
            <translation>Bénéficiaires : {0} (le chiffre propre à l'action dans le registre).</translation>
        </message>
        <message>
            <location filename="../qgis_side/finance.py" line="304" />
            <source>Warning: the exposure output counts {0} people exposed ({1}) but the ranking counts {2} people in the settlements served; they were computed from different population data, so neither figure is sure. Run the exposure and the priority map on the same population raster.</source>
            <translation>Avertissement : la sortie d'exposition compte {0} habitants exposés ({1}), mais le classement compte {2} habitants dans les quartiers desservis ; ces chiffres ont été calculés à partir de données de population différentes, aucun des deux n'est donc fiable. Exécutez l'exposition et la carte des priorités avec le même raster de population.</translation>
        </message>
    </context>
    <context>
        <name>HazardSettings</name>
        <message>
            <location filename="../gui/hazard_settings.py" line="55" />
            <source>Linear</source>
            <translation>Linéaire</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="55" />
            <source>Step</source>
            <translation>Seuil</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="56" />
            <source>Classes</source>
            <translation>Classes</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="60" />
            <source>0 at Low, 1 at High, straight between</source>
            <translation>0 à Bas, 1 à Haut, linéaire entre les deux</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="61" />
            <source>1 from the threshold up, 0 below</source>
            <translation>1 à partir du seuil, 0 en dessous</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="62" />
            <source>A score from 0 to 1 for each class code</source>
            <translation>Un score de 0 à 1 pour chaque code de classe</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="242" />
            <source>&lt;b&gt;{0}&lt;/b&gt; (not among the hazard rasters: this row is kept as it is)</source>
            <translation>&lt;b&gt;{0}&lt;/b&gt; (ne figure pas parmi les rasters d'aléa : cette ligne est conservée telle quelle)</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="253" />
            <source>How the hazard's values become a 0–1 score</source>
            <translation>Comment les valeurs de l'aléa deviennent un score de 0 à 1</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="255" />
            <source>Weight</source>
            <translation>Poids</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="262" />
            <source>The hazard's weight; the weights of all criteria are normalised to sum 1</source>
            <translation>Le poids de l'aléa ; les poids de tous les critères sont normalisés pour que leur somme fasse 1</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="294" />
            <source>Low</source>
            <translation>Bas</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="268" />
            <source>High</source>
            <translation>Haut</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="273" />
            <source>95th percentile</source>
            <translation>95e centile</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="274" />
            <source>Empty: the 95th percentile of the values above Low inside the boundary</source>
            <translation>Vide : le 95e centile des valeurs supérieures à Bas à l'intérieur de la limite</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="278" />
            <source>e.g. 1:0.3; 2:0.7; 3:1; other:0</source>
            <translation>par ex. 1:0.3; 2:0.7; 3:1; other:0</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="279" />
            <source>A score from 0 to 1 for each class code; "other:0" scores every class not listed</source>
            <translation>Un score de 0 à 1 pour chaque code de classe ; « other:0 » attribue un score à toutes les classes non listées</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="294" />
            <source>Threshold</source>
            <translation>Seuil</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="295" />
            <source>required</source>
            <translation>obligatoire</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="432" />
            <source>Choose the hazard rasters above: each one gets its row here, by its name.</source>
            <translation>Choisissez les rasters d'aléa ci-dessus : chacun reçoit ici sa ligne, sous son nom.</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="435" />
            <source>How each hazard's values become a 0–1 score, and its weight. A classed hazard needs Classes with a score for each class.</source>
            <translation>Comment les valeurs de chaque aléa deviennent un score de 0 à 1, et son poids. Un aléa classé nécessite la fonction Classes avec un score pour chaque classe.</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="558" />
            <source>above 0</source>
            <translation>supérieur à 0</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="559" />
            <source>Exposed where: a number (the value is at least it, e.g. 0.5), a comparison (&gt;=0.5, &lt;2) or classes (=1|2). Empty: any value above 0. A classed hazard needs its classes.</source>
            <translation>Exposé là où : un nombre (la valeur l'atteint au moins, par ex. 0.5), une comparaison (&gt;=0.5, &lt;2) ou des classes (=1|2). Vide : toute valeur supérieure à 0. Un aléa classé nécessite ses classes.</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="568" />
            <source>Choose the hazard rasters above: each one gets its rule box here, by its name.</source>
            <translation>Choisissez les rasters d'aléa ci-dessus : chacun reçoit ici sa zone de règle, sous son nom.</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="571" />
            <source>{0} more rule(s) than hazard rasters: {1}. Remove them or choose their hazards.</source>
            <translation>{0} règle(s) de plus que de rasters d'aléa : {1}. Supprimez-les ou choisissez leurs aléas.</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="574" />
            <source>Where each hazard counts as exposed:</source>
            <translation>Là où chaque aléa compte comme exposé :</translation>
        </message>
        <message>
            <location filename="../gui/hazard_settings.py" line="187" />
            <source>{0} (hazard {1}{2})</source>
            <translation>{0} (aléa {1}{2})</translation>
        </message>
    </context>
    <context>
        <name>Hazards</name>
        <message>
            <location filename="../qgis_side/hazards.py" line="77" />
            <source>Exposure rules paired with the hazard rasters, in order: {0}.</source>
            <translation>Règles d'exposition associées aux rasters d'aléa, dans l'ordre : {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="77" />
            <source>no rule (any value above 0)</source>
            <translation>aucune règle (toute valeur supérieure à 0)</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="87" />
            <source>Hazard "{0}" looks like an elevation model, not a hazard: {1}. Elevations are not depths or susceptibilities, so its exposure figures would mean nothing: check that this is the hazard layer you meant, and its rule.</source>
            <translation>L'aléa « {0} » ressemble à un modèle d'élévation, pas à un aléa : {1}. Une altitude n'est ni une hauteur d'eau ni une susceptibilité, ses chiffres d'exposition n'auraient donc aucun sens : vérifiez qu'il s'agit bien de la couche d'aléa voulue, ainsi que sa règle.</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="95" />
            <source>Hazard "{0}": exposed where {1}.</source>
            <translation>Aléa « {0} » : exposé là où {1}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="95" />
            <source>value &gt; 0</source>
            <translation>valeur &gt; 0</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="109" />
            <source>Hazard "{0}" is classed ({1}): exposed where {2}, that is classes {3}; not exposed: {4}.</source>
            <translation>L'aléa « {0} » est classé ({1}) : exposé là où {2}, soit les classes {3} ; non exposées : {4}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="109" />
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="115" />
            <source>The rule "{0}" for hazard "{1}" includes none of its classes ({2}): nothing would be exposed. Check the rule against the classes.</source>
            <translation>La règle « {0} » de l'aléa « {1} » n'inclut aucune de ses classes ({2}) : rien ne serait exposé. Comparez la règle aux classes.</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="146" />
            <source>Doubts about the hazards (Resilience Planner):</source>
            <translation>Doutes sur les aléas (Resilience Planner) :</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="150" />
            <source>The doubts could not be stored in the metadata of {0}: {1}</source>
            <translation>Les doutes n'ont pas pu être enregistrés dans les métadonnées de {0} : {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="100" />
            <source>Hazard "{0}" is a classed raster ({1}; classes {2}). Counting every value above 0 as exposed would count every class, so say which classes are exposed, in THRESHOLDS (one rule per hazard, in order): "={3}" for class {3} only, "={3}|{4}" for two classes, or a comparison such as "&lt;={3}" or "&gt;={4}" (a plain number means &gt;=).</source>
            <translation>L'aléa « {0} » est un raster classé ({1} ; classes {2}). Compter comme exposée toute valeur supérieure à 0 reviendrait à compter toutes les classes : indiquez donc les classes exposées dans THRESHOLDS (une règle par aléa, dans l'ordre) : « ={3} » pour la seule classe {3}, « ={3}|{4} » pour deux classes, ou une comparaison telle que « &lt;={3} » ou « &gt;={4} » (un nombre seul signifie &gt;=).</translation>
        </message>
        <message>
            <location filename="../qgis_side/hazards.py" line="121" />
            <source>Hazard "{0}" has no nodata value, and its value {1:g} ({2:.0%} of the cells looked at) is not one of its named classes: it is counted as data. If it is the background, set it as nodata (Layer Properties &gt; Transparency, or gdal_edit.py -a_nodata {3}).</source>
            <translation>L'aléa « {0} » n'a pas de valeur nodata, et sa valeur {1:g} ({2:.0%} des cellules examinées) ne fait pas partie de ses classes nommées : elle est comptée comme une donnée. S'il s'agit du fond, définissez-la comme nodata (Propriétés de la couche &gt; Transparence, ou gdal_edit.py -a_nodata {3}).</translation>
        </message>
    </context>
    <context>
        <name>ImportActionsAlgorithm</name>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="158" />
            <source>Import actions from CSV</source>
            <translation>Importer des actions depuis un CSV</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="161" />
            <source>Planned actions</source>
            <translation>Actions prévues</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="174" />
            <source>CSV file</source>
            <translation>Fichier CSV</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="175" />
            <source>Register (GeoPackage)</source>
            <translation>Registre (GeoPackage)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="181" />
            <source>Settlements (for target areas)</source>
            <translation>Quartiers (pour les zones d'intervention)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="184" />
            <source>Settlement key field</source>
            <translation>Champ clé des quartiers</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="187" />
            <source>Decimal mark of numbers</source>
            <translation>Séparateur décimal des nombres</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="187" />
            <source>Automatic, decided per column</source>
            <translation>Automatique, déterminé par colonne</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="187" />
            <source>Point (1,234.5)</source>
            <translation>Point (1,234.5)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="187" />
            <source>Comma (1.234,5)</source>
            <translation>Virgule (1.234,5)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="191" />
            <source>Import report</source>
            <translation>Rapport d'import</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="191" />
            <source>Text (*.txt)</source>
            <translation>Texte (*.txt)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="193" />
            <source>Rows imported</source>
            <translation>Lignes importées</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="194" />
            <source>Rows rejected</source>
            <translation>Lignes rejetées</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="237" />
            <source>Choose the settlement key field that the CSV's settlements column uses.</source>
            <translation>Choisissez le champ clé des quartiers qu'utilise la colonne settlements du CSV.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="250" />
            <source>is already in the register: importing it again would duplicate the action. Remove the row (or its action_id, to add it as a new action).</source>
            <translation>figure déjà dans le registre : l'importer à nouveau dupliquerait l'action. Supprimez la ligne (ou son action_id, pour l'ajouter comme nouvelle action).</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="278" />
            <source>{0} imported action(s) name no settlement found in the settlements layer and have no target area yet.</source>
            <translation>{0} action(s) importée(s) ne citent aucun quartier présent dans la couche de quartiers et n'ont pas encore de zone d'intervention.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="168" />
            <source>A shared register in PostgreSQL/PostGIS instead of a file: the name of a QGIS PostgreSQL connection, or a connection string such as service=office. The database checks every row itself.</source>
            <translation>Un registre partagé dans PostgreSQL/PostGIS au lieu d'un fichier : le nom d'une connexion PostgreSQL de QGIS, ou une chaîne de connexion telle que service=office. La base de données vérifie elle-même chaque ligne.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="177" />
            <source>Or a database (PostgreSQL)</source>
            <translation>Ou une base de données (PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="179" />
            <source>Database schema</source>
            <translation>Schéma de la base de données</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="202" />
            <source>Give either the register's GeoPackage or a database, not both.</source>
            <translation>Indiquez soit le GeoPackage du registre, soit une base de données, mais pas les deux.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="205" />
            <source>Give the register: its GeoPackage file, or a database.</source>
            <translation>Indiquez le registre : son fichier GeoPackage, ou une base de données.</translation>
        </message>
        <message>
            <location filename="../algorithms/action_plan_io.py" line="258" />
            <source>The register {0} cannot be written (is the file read-only, or may you only read the database?).</source>
            <translation>Le registre {0} ne peut pas être écrit (le fichier est-il en lecture seule, ou n'avez-vous qu'un droit de lecture sur la base de données ?).</translation>
        </message>
    </context>
    <context>
        <name>InfrastructureExposureAlgorithm</name>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="40" />
            <source>Infrastructure hazard exposure</source>
            <translation>Exposition des infrastructures aux aléas</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="43" />
            <source>Exposure</source>
            <translation>Exposition</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="54" />
            <source>Infrastructure</source>
            <translation>Infrastructures</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="56" />
            <source>Type field</source>
            <translation>Champ de type</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="58" />
            <source>Hazard rasters</source>
            <translation>Rasters d'aléa</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="60" />
            <source>Exposure rules, one per hazard</source>
            <translation>Règles d'exposition, une par aléa</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="63" />
            <source>Infrastructure exposure</source>
            <translation>Exposition des infrastructures</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="64" />
            <source>Exposure summary by type</source>
            <translation>Synthèse de l'exposition par type</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="66" />
            <source>Features exposed to at least one hazard</source>
            <translation>Entités exposées à au moins un aléa</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="90" />
            <source>Layer "{0}" has no CRS. Set it and run again.</source>
            <translation>La couche « {0} » n'a pas de SCR. Définissez-le et relancez.</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="94" />
            <source>"{0}" has no points, lines or polygons.</source>
            <translation>« {0} » ne contient ni points, ni lignes, ni polygones.</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="98" />
            <source>Choose at least one hazard raster.</source>
            <translation>Choisissez au moins un raster d'aléa.</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="109" />
            <source>"{0}" has no features.</source>
            <translation>« {0} » n'a aucune entité.</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="112" />
            <source>Lengths and areas are measured in {0} ({1}).</source>
            <translation>Les longueurs et surfaces sont mesurées dans {0} ({1}).</translation>
        </message>
        <message>
            <location filename="../algorithms/infrastructure_exposure.py" line="196" />
            <source>{0} / {1}: {2} of {3} exposed</source>
            <translation>{0} / {1} : {2} sur {3} exposé(e)s</translation>
        </message>
    </context>
    <context>
        <name>LayerRoles</name>
        <message>
            <location filename="../qgis_side/layer_roles.py" line="120" />
            <source>joined to its profiles</source>
            <translation>jointe à ses profils</translation>
        </message>
        <message>
            <location filename="../qgis_side/layer_roles.py" line="125" />
            <source>shares the key "{0}" with "{1}"</source>
            <translation>partage la clé « {0} » avec « {1} »</translation>
        </message>
        <message>
            <location filename="../qgis_side/layer_roles.py" line="127" />
            <source>the newest settlements layer</source>
            <translation>la couche de quartiers la plus récente</translation>
        </message>
        <message>
            <location filename="../qgis_side/layer_roles.py" line="127" />
            <source>the newest settlements output</source>
            <translation>la sortie de quartiers la plus récente</translation>
        </message>
        <message>
            <location filename="../qgis_side/layer_roles.py" line="131" />
            <source>no settlements layer in the project</source>
            <translation>aucune couche de quartiers dans le projet</translation>
        </message>
    </context>
    <context>
        <name>Layers</name>
        <message>
            <location filename="../qgis_side/layers.py" line="48" />
            <source>"{0}" is not a valid raster layer.</source>
            <translation>« {0} » n'est pas une couche raster valide.</translation>
        </message>
        <message>
            <location filename="../qgis_side/layers.py" line="51" />
            <source>Raster "{0}" comes from the "{1}" provider, not from a file. Save it as a GeoTIFF first (right-click &gt; Export &gt; Save As...) and use that file.</source>
            <translation>Le raster « {0} » provient du fournisseur « {1} », et non d'un fichier. Enregistrez-le d'abord en GeoTIFF (clic droit &gt; Exporter &gt; Sauvegarder sous…) et utilisez ce fichier.</translation>
        </message>
        <message>
            <location filename="../qgis_side/layers.py" line="58" />
            <source>Raster "{0}" is not a file on disk ({1}). Save it as a GeoTIFF first (right-click &gt; Export &gt; Save As...) and use that file.</source>
            <translation>Le raster « {0} » n'est pas un fichier sur le disque ({1}). Enregistrez-le d'abord en GeoTIFF (clic droit &gt; Exporter &gt; Sauvegarder sous…) et utilisez ce fichier.</translation>
        </message>
        <message>
            <location filename="../qgis_side/layers.py" line="66" />
            <source>Raster "{0}" has no CRS. Assign one and run again: in QGIS, Layer Properties &gt; Source &gt; Assigned coordinate reference system (then choose the layer, not its file), or save it with one through Raster &gt; Projections &gt; Assign Projection; or, outside QGIS, gdal_edit.py -a_srs EPSG:&lt;code&gt; "{1}".</source>
            <translation>Le raster « {0} » n'a pas de SCR. Attribuez-lui-en un et relancez : dans QGIS, Propriétés de la couche &gt; Source &gt; Système de coordonnées de référence assigné (puis choisissez la couche, et non son fichier), ou enregistrez-le avec un SCR via Raster &gt; Projections &gt; Assigner une projection ; ou, hors de QGIS, gdal_edit.py -a_srs EPSG:&lt;code&gt; « {1} ».</translation>
        </message>
        <message>
            <location filename="../qgis_side/layers.py" line="95" />
            <source>Raster "{0}" has no CRS in its file, and the one assigned in QGIS ({1}) could not be applied to it. Save it with a CRS (Raster &gt; Projections &gt; Assign Projection) and use that file.</source>
            <translation>Le raster « {0} » n'a pas de SCR dans son fichier, et celui qui lui est assigné dans QGIS ({1}) n'a pas pu lui être appliqué. Enregistrez-le avec un SCR (Raster &gt; Projections &gt; Assigner une projection) et utilisez ce fichier.</translation>
        </message>
        <message>
            <location filename="../qgis_side/layers.py" line="101" />
            <source>Raster "{0}" has no CRS in its file; it is read with the CRS assigned in QGIS, {1}.</source>
            <translation>Le raster « {0} » n'a pas de SCR dans son fichier ; il est lu avec le SCR assigné dans QGIS, {1}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/layers.py" line="125" />
            <source>Input field "{0}" is replaced by the new field of the same name.</source>
            <translation>Le champ d'entrée « {0} » est remplacé par le nouveau champ du même nom.</translation>
        </message>
        <message>
            <location filename="../qgis_side/layers.py" line="266" />
            <source>{0} and {1} more</source>
            <translation>{0} et {1} de plus</translation>
        </message>
    </context>
    <context>
        <name>NameFields</name>
        <message>
            <location filename="../qgis_side/names.py" line="50" />
            <source>its name</source>
            <translation>son nom</translation>
        </message>
        <message>
            <location filename="../qgis_side/names.py" line="40" />
            <source>chosen</source>
            <translation>choisi</translation>
        </message>
        <message>
            <location filename="../qgis_side/names.py" line="65" />
            <source>the first text field whose values are mostly distinct</source>
            <translation>le premier champ texte dont les valeurs sont en grande majorité distinctes</translation>
        </message>
        <message>
            <location filename="../qgis_side/names.py" line="67" />
            <source>the settlement key (no name field was found)</source>
            <translation>la clé des quartiers (aucun champ de nom n'a été trouvé)</translation>
        </message>
        <message>
            <location filename="../qgis_side/names.py" line="68" />
            <source>no name field or key was found</source>
            <translation>aucun champ de nom ni aucune clé n'a été trouvé</translation>
        </message>
    </context>
    <context>
        <name>NumberFormat</name>
        <message>
            <location filename="../qgis_side/translation.py" line="149" />
            <source>en</source>
            <translation>fr</translation>
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
            <translation>Quartier</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="162" />
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="163" />
            <source>Main driver</source>
            <translation>Facteur principal</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="163" />
            <source>Stable</source>
            <translation>Stable</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="164" />
            <source>Rank: 1 = highest priority with the weights shown; ties share a rank.</source>
            <translation>Rang : 1 = priorité la plus élevée avec les poids affichés ; les ex æquo partagent un rang.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="165" />
            <source>The settlement's name (the name field above).</source>
            <translation>Le nom du quartier (le champ de nom ci-dessus).</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="166" />
            <source>Priority 0–100 with the weights shown.</source>
            <translation>Priorité de 0 à 100 avec les poids affichés.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="167" />
            <source>The criterion with the largest share of the settlement's priority, and that share. The tooltip and the chart below give the second.</source>
            <translation>Le critère qui pèse le plus dans la priorité du quartier, et sa part. L'infobulle et le graphique ci-dessous donnent le deuxième.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="169" />
            <source>Whether the settlement kept its quintile in at least 90 % of the sensitivity runs around the weights of the run (not the sliders).</source>
            <translation>Indique si le quartier a conservé son quintile dans au moins 90 % des simulations de sensibilité autour des poids de l'exécution (et non des curseurs).</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="223" />
            <source>no driver</source>
            <translation>aucun facteur</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="258" />
            <source>Priority explorer</source>
            <translation>Explorateur des priorités</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="282" />
            <source>Ranking</source>
            <translation>Classement</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="284" />
            <source>Names</source>
            <translation>Noms</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="289" />
            <source>Choose the Ranking output of "Citywide resilience priorities".</source>
            <translation>Choisissez la sortie Classement de « Priorités de résilience à l'échelle de la ville ».</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="312" />
            <source>The sliders re-rank this list only: the map and the ranking layer keep the weights of their run until you apply these to the map.</source>
            <translation>Les curseurs ne reclassent que cette liste : la carte et la couche de classement gardent les poids de leur exécution jusqu'à ce que vous appliquiez ceux-ci à la carte.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="335" />
            <source>Reset</source>
            <translation>Réinitialiser</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="336" />
            <source>Back to the weights of the run that made the ranking.</source>
            <translation>Revenir aux poids de l'exécution qui a produit le classement.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="338" />
            <source>Save weights…</source>
            <translation>Enregistrer les poids…</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="339" />
            <source>Write these weights, with the run's hazard scoring, to a JSON file that the workflow model and the batch read (save it as city.json in a batch city's folder; its other settings are kept).</source>
            <translation>Écrire ces poids, avec la notation des aléas de l'exécution, dans un fichier JSON que lisent le modèle de traitement et le traitement par lot (enregistrez-le sous le nom city.json dans le dossier d'une ville du lot ; ses autres paramètres sont conservés).</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="343" />
            <source>Apply to the map…</source>
            <translation>Appliquer à la carte…</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="344" />
            <source>Open "Citywide resilience priorities" with these weights and the run's hazard scoring filled in; it runs in the background, with progress and Cancel, and writes a new map and ranking.</source>
            <translation>Ouvrir « Priorités de résilience à l'échelle de la ville » avec ces poids et la notation des aléas de l'exécution déjà remplis ; l'algorithme s'exécute en arrière-plan, avec sa progression et un bouton Annuler, et écrit une nouvelle carte et un nouveau classement.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="989" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="454" />
            <source>"{0}" is not a priority ranking (it has no priority_settings field). Choose the Ranking output of "Citywide resilience priorities".</source>
            <translation>« {0} » n'est pas un classement des priorités (il n'a pas de champ priority_settings). Choisissez la sortie Classement de « Priorités de résilience à l'échelle de la ville ».</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="469" />
            <source>The priority_settings of "{0}" cannot be read (cut short?): run the priority map again into a GeoPackage.</source>
            <translation>Le champ priority_settings de « {0} » ne peut pas être lu (tronqué ?) : relancez la carte des priorités vers un GeoPackage.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="475" />
            <source>No settlement in "{0}" was ranked.</source>
            <translation>Aucun quartier de « {0} » n'a été classé.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="479" />
            <source>"{0}" lacks the score fields {1}.</source>
            <translation>Il manque à « {0} » les champs de score {1}.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="560" />
            <source>{0} (field s_{1})</source>
            <translation>{0} (champ s_{1})</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="564" />
            <source>{0}: its share of the total weight. Moving it shares the rest among the other criteria in their present proportions.</source>
            <translation>{0} : sa part du poids total. Le déplacer répartit le reste entre les autres critères selon leurs proportions actuelles.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="723" />
            <source>(unnamed)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="729" />
            <source>{0}: criterion scores (0–1); priority {1:.1f}</source>
            <translation>{0} : scores des critères (0–1) ; priorité {1:.1f}</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="776" />
            <source>Save weights</source>
            <translation>Enregistrer les poids</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="776" />
            <source>Weights (JSON) (*.json)</source>
            <translation>Poids (JSON) (*.json)</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="791" />
            <source>The weights were not saved: {0}</source>
            <translation>Les poids n'ont pas été enregistrés : {0}</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="793" />
            <source>Weights saved to {0}. The workflow model takes them as its inputs; a batch city reads them from its city.json.</source>
            <translation>Poids enregistrés dans {0}. Le modèle de traitement les prend comme entrées ; une ville du lot les lit dans son city.json.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="796" />
            <source>The ranking does not record the scoring of {0}: check its row in hazard_settings.</source>
            <translation>Le classement n'enregistre pas la notation de {0} : vérifiez sa ligne dans hazard_settings.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="865" />
            <source>The priority map algorithm is not available: is the plugin's Processing provider enabled?</source>
            <translation>L'algorithme de carte des priorités n'est pas disponible : le fournisseur de traitements de l'extension est-il activé ?</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="876" />
            <source>the weights</source>
            <translation>les poids</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="878" />
            <source>the hazard scoring of the run</source>
            <translation>la notation des aléas de l'exécution</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="882" />
            <source>hazards</source>
            <translation>aléas</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="883" />
            <source>population</source>
            <translation>population</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="884" />
            <source>facilities</source>
            <translation>équipements</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="937" />
            <source>The priority map did not finish (cancelled or failed; its log says why): the map and the ranking are unchanged.</source>
            <translation>La carte des priorités ne s'est pas terminée (annulée ou en échec ; son journal en donne la raison) : la carte et le classement sont inchangés.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="950" />
            <source>The priority map ran with these weights; open its ranking to explore it.</source>
            <translation>La carte des priorités a été exécutée avec ces poids ; ouvrez son classement pour l'explorer.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="961" />
            <source>The map and the ranking "{0}" were made with these weights.</source>
            <translation>La carte et le classement « {0} » ont été produits avec ces poids.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="989" />
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="880" />
            <source>its method and missing-data rule</source>
            <translation>sa méthode et sa règle pour les données manquantes</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="881" />
            <source>the cell size</source>
            <translation>la taille de cellule</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="885" />
            <source>the settlements</source>
            <translation>les quartiers</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="886" />
            <source>the vulnerability field</source>
            <translation>le champ de vulnérabilité</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="887" />
            <source>the access field</source>
            <translation>le champ d'accès</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="889" />
            <source>"Citywide resilience priorities" is open with {0} filled in.</source>
            <translation>« Priorités de résilience à l'échelle de la ville » est ouvert avec {0} déjà rempli(s).</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="892" />
            <source>Choose the settlements the ranking was made from (not the ranking).</source>
            <translation>Choisissez les quartiers à partir desquels le classement a été produit (et non le classement).</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="893" />
            <source>Choose the city boundary, then Run. The ranking does not record the analysis CRS or the areas excluded: if the first run set them, set them again.</source>
            <translation>Choisissez la limite de la ville, puis Exécuter. Le classement n'enregistre ni le SCR d'analyse ni les zones exclues : si la première exécution les avait définis, définissez-les à nouveau.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="902" />
            <source>The ranking does not record {0}: set it as in the first run, or the new map will differ from this list.</source>
            <translation>Le classement n'enregistre pas {0} : définissez-le comme lors de la première exécution, sinon la nouvelle carte différera de cette liste.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="957" />
            <source>The priority map ran, but the ranking "{0}" was not made as this list was: its {1} differ. Its list is shown now.</source>
            <translation>La carte des priorités a été exécutée, mais le classement « {0} » n'a pas été produit comme cette liste : ses {1} diffèrent. Sa propre liste est maintenant affichée.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="968" />
            <source>settings</source>
            <translation>paramètres</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="971" />
            <source>criteria</source>
            <translation>critères</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="974" />
            <source>weights</source>
            <translation>poids</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="976" />
            <source>method or missing-data rule</source>
            <translation>méthode ou règle pour les données manquantes</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="979" />
            <source>cell size</source>
            <translation>taille de cellule</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="981" />
            <source>value functions</source>
            <translation>fonctions de valeur</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="225" />
            <source>; rank stable: {0}</source>
            <translation>; rang stable : {0}</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="726" />
            <source>{0}. Priority {1:.1f}; criterion scores (0–1):</source>
            <translation>{0}. Priorité {1:.1f} ; scores des critères (0–1) :</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="897" />
            <source>Two hazards are named {0}: the ranking does not record which file was which, so they are filled in the order they were added to the project. Check the hazard rasters' order before Run.</source>
            <translation>Deux aléas sont nommés {0} : le classement n'enregistre pas quel fichier était lequel, ils sont donc renseignés dans l'ordre où ils ont été ajoutés au projet. Vérifiez l'ordre des rasters d'aléa avant de cliquer sur Exécuter.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="80" />
            <source>weights shared over the criteria present</source>
            <translation>poids répartis sur les critères présents</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="81" />
            <source>counted as score 0</source>
            <translation>compté comme un score de 0</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="82" />
            <source>no priority where a criterion is missing</source>
            <translation>pas de priorité là où un critère manque</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="522" />
            <source>{0} of {1} settlements ranked, weighted product: the others lack a criterion that has a weight (missing data: {2}).</source>
            <translation>{0} quartiers classés sur {1}, produit pondéré : il manque aux autres un critère qui a un poids (données manquantes : {2}).</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="525" />
            <source>{0} of {1} settlements ranked, weighted sum: the others lack a criterion that has a weight (missing data: {2}).</source>
            <translation>{0} quartiers classés sur {1}, somme pondérée : il manque aux autres un critère qui a un poids (données manquantes : {2}).</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="529" />
            <source>{0} settlements, weighted product.</source>
            <translation>{0} quartiers, produit pondéré.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="531" />
            <source>{0} settlements, weighted sum.</source>
            <translation>{0} quartiers, somme pondérée.</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="306" />
            <source>Weights</source>
            <translation>Poids</translation>
        </message>
        <message>
            <location filename="../gui/priority_explorer.py" line="391" />
            <source>Criterion scores</source>
            <translation>Scores des critères</translation>
        </message>
    </context>
    <context>
        <name>PriorityMapAlgorithm</name>
        <message>
            <location filename="../algorithms/priority_map.py" line="89" />
            <source>Citywide resilience priorities</source>
            <translation>Priorités de résilience à l'échelle de la ville</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="92" />
            <source>Priorities</source>
            <translation>Priorités</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="99" />
            <source>A projected CRS in metres; empty: the UTM zone of the boundary.</source>
            <translation>Un SCR projeté en mètres ; vide : la zone UTM de la limite.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="100" />
            <source>One row per hazard: its value function (linear, step or classes), the bounds or class scores it needs, and its weight.</source>
            <translation>Une ligne par aléa : sa fonction de valeur (linéaire, seuil ou classes), les bornes ou les scores de classe dont elle a besoin, et son poids.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="102" />
            <source>Persons per cell; scored as density (persons per hectare).</source>
            <translation>Habitants par cellule ; notée en densité (habitants par hectare).</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="103" />
            <source>The density (persons per hectare) that scores 1; empty: the 95th percentile.</source>
            <translation>La densité (habitants par hectare) qui obtient le score 1 ; vide : le 95e centile.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="105" />
            <source>The vulnerability of cells outside every settlement; empty: the lowest settlement's.</source>
            <translation>La vulnérabilité des cellules situées hors de tout quartier ; vide : celle du quartier le moins vulnérable.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="107" />
            <source>A distance in metres of the settlements (e.g. from Access to services), used when no facilities are given.</source>
            <translation>Une distance en mètres des quartiers (par ex. issue de Accès aux services), utilisée quand aucun équipement n'est fourni.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="109" />
            <source>The distance (metres) from which the deficit is full; empty: the 95th percentile.</source>
            <translation>La distance (mètres) à partir de laquelle le déficit est total ; vide : le 95e centile.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="114" />
            <source>City boundary</source>
            <translation>Limite de la ville</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="116" />
            <source>Cell size (metres)</source>
            <translation>Taille de cellule (mètres)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="119" />
            <source>Analysis CRS (empty: UTM zone)</source>
            <translation>SCR d'analyse (vide : zone UTM)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="121" />
            <source>Hazard rasters</source>
            <translation>Rasters d'aléa</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="123" />
            <source>Hazard settings</source>
            <translation>Paramètres des aléas</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="123" />
            <source>Hazard (name or position)</source>
            <translation>Aléa (nom ou position)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="123" />
            <source>Value function (linear/step/classes)</source>
            <translation>Fonction de valeur (linear/step/classes)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="123" />
            <source>Low</source>
            <translation>Bas</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="123" />
            <source>High</source>
            <translation>Haut</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="123" />
            <source>Class scores</source>
            <translation>Scores des classes</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="123" />
            <source>Weight</source>
            <translation>Poids</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="132" />
            <source>Population raster (persons/cell)</source>
            <translation>Raster de population (habitants/cellule)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="134" />
            <source>Population bound (persons/ha)</source>
            <translation>Borne de population (habitants/ha)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="137" />
            <source>Population weight</source>
            <translation>Poids de la population</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="140" />
            <source>Settlements (ranked)</source>
            <translation>Quartiers (classés)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="142" />
            <source>Vulnerability field</source>
            <translation>Champ de vulnérabilité</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="145" />
            <source>Vulnerability weight</source>
            <translation>Poids de la vulnérabilité</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="148" />
            <source>Vulnerability outside settlements</source>
            <translation>Vulnérabilité hors des quartiers</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="151" />
            <source>Facilities (points)</source>
            <translation>Équipements (points)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="153" />
            <source>Access field (metres)</source>
            <translation>Champ d'accès (mètres)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="156" />
            <source>Access: no deficit up to (metres)</source>
            <translation>Accès : aucun déficit jusqu'à (mètres)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="159" />
            <source>Access: full deficit from (metres)</source>
            <translation>Accès : déficit total à partir de (mètres)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="162" />
            <source>Access weight</source>
            <translation>Poids de l'accès</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="164" />
            <source>Exclude (e.g. water bodies)</source>
            <translation>Exclure (par ex. plans d'eau)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="166" />
            <source>Method</source>
            <translation>Méthode</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="166" />
            <source>Weighted sum</source>
            <translation>Somme pondérée</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="166" />
            <source>Weighted product (geometric)</source>
            <translation>Produit pondéré (géométrique)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="169" />
            <source>Missing data</source>
            <translation>Données manquantes</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="169" />
            <source>Reweight over the criteria present</source>
            <translation>Repondérer sur les critères présents</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="169" />
            <source>Count as score 0</source>
            <translation>Compter comme un score de 0</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="169" />
            <source>No priority for that cell</source>
            <translation>Pas de priorité pour cette cellule</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="173" />
            <source>Classes</source>
            <translation>Classes</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="173" />
            <source>City-wide quantiles</source>
            <translation>Quantiles à l'échelle de la ville</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="173" />
            <source>Equal intervals</source>
            <translation>Intervalles égaux</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="176" />
            <source>Settlement classes (priority_class)</source>
            <translation>Classes des quartiers (priority_class)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="176" />
            <source>Quintiles of the settlements ranked</source>
            <translation>Quintiles des quartiers classés</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="176" />
            <source>The map's city-wide classes</source>
            <translation>Les classes de la carte à l'échelle de la ville</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="181" />
            <source>Sensitivity runs</source>
            <translation>Simulations de sensibilité</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="184" />
            <source>Sensitivity spread (0 = fixed weights)</source>
            <translation>Dispersion de la sensibilité (0 = poids fixes)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="187" />
            <source>Priority (0–100)</source>
            <translation>Priorité (0–100)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="188" />
            <source>Priority classes (1–5)</source>
            <translation>Classes de priorité (1–5)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="189" />
            <source>High-priority zones</source>
            <translation>Zones hautement prioritaires</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="192" />
            <source>Settlement priority ranking</source>
            <translation>Classement des quartiers par priorité</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="194" />
            <source>Settlements ranked</source>
            <translation>Quartiers classés</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="195" />
            <source>People in high-priority cells (classes 4-5)</source>
            <translation>Habitants des cellules hautement prioritaires (classes 4-5)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="197" />
            <source>High-priority area (km², classes 4-5)</source>
            <translation>Surface hautement prioritaire (km², classes 4-5)</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="199" />
            <source>People on the grid</source>
            <translation>Habitants sur la grille</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="225" />
            <source>Boundary layer "{0}" has no features.</source>
            <translation>La couche de limite « {0} » n'a aucune entité.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="231" />
            <source>The analysis CRS {0} is in {1}, but the cell size and distances are in metres; choose a projected CRS in metres (or leave it empty for the boundary's UTM zone).</source>
            <translation>Le SCR d'analyse {0} est en {1}, mais la taille de cellule et les distances sont en mètres ; choisissez un SCR projeté en mètres (ou laissez-le vide pour utiliser la zone UTM de la limite).</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="235" />
            <source>Analysis grid CRS: {0} ({1})</source>
            <translation>SCR de la grille d'analyse : {0} ({1})</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="239" />
            <source>Boundary layer "{0}" has no usable polygon.</source>
            <translation>La couche de limite « {0} » n'a aucun polygone utilisable.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="248" />
            <source>Grid: {0} x {1} cells of {2:g} m</source>
            <translation>Grille : {0} x {1} cellules de {2:g} m</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="272" />
            <source>The population high bound must be above 0 persons per hectare (got {0:g}); leave it empty to use the 95th percentile.</source>
            <translation>La borne haute de population doit être supérieure à 0 habitant par hectare (valeur reçue : {0:g}) ; laissez-la vide pour utiliser le 95e centile.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="284" />
            <source>Settlements layer "{0}" has no features.</source>
            <translation>La couche de quartiers « {0} » n'a aucune entité.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="289" />
            <source>A vulnerability or access field was chosen but no settlements layer: choose the settlements.</source>
            <translation>Un champ de vulnérabilité ou d'accès a été choisi, mais aucune couche de quartiers : choisissez les quartiers.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="302" />
            <source>Access: the full-deficit distance ({0:g} m) must be larger than the no-deficit distance ({1:g} m).</source>
            <translation>Accès : la distance de déficit total ({0:g} m) doit être supérieure à la distance sans déficit ({1:g} m).</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="308" />
            <source>Both facilities and an access field were given: distances to the facilities are used.</source>
            <translation>Des équipements et un champ d'accès ont été fournis : ce sont les distances aux équipements qui sont utilisées.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="312" />
            <source>Facilities layer "{0}" has no point.</source>
            <translation>La couche d'équipements « {0} » ne contient aucun point.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="314" />
            <source>distance to {0}</source>
            <translation>distance à {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="329" />
            <source>No criterion: give hazard rasters, a population raster, settlements with a vulnerability or access field, or facilities.</source>
            <translation>Aucun critère : fournissez des rasters d'aléa, un raster de population, des quartiers avec un champ de vulnérabilité ou d'accès, ou des équipements.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="404" />
            <source>{0} feature(s) of "{1}" had empty, null or self-crossing geometries (repaired where possible): {2}</source>
            <translation>{0} entité(s) de « {1} » avaient des géométries vides, nulles ou qui se recoupent (réparées si possible) : {2}</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="429" />
            <source>Field "{0}" is not in "{1}". Its numeric fields are: {2}.</source>
            <translation>Le champ « {0} » n'existe pas dans « {1} ». Ses champs numériques sont : {2}.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="429" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="459" />
            <source>The hazard settings table must have 6 columns (hazard, value function, low, high, class scores, weight); it has {0} values.</source>
            <translation>La table des paramètres des aléas doit avoir 6 colonnes (aléa, fonction de valeur, bas, haut, scores des classes, poids) ; elle contient {0} valeurs.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="463" />
            <source>The hazard settings table has rows but no hazard raster was chosen: choose the hazard layers or empty the table.</source>
            <translation>La table des paramètres des aléas contient des lignes, mais aucun raster d'aléa n'a été choisi : choisissez les couches d'aléa ou videz la table.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="474" />
            <source>Hazard settings row {0} names "{1}", which is not one of the hazard layers ({2}). Use a layer name or its position (1 = first).</source>
            <translation>La ligne {0} des paramètres des aléas cite « {1} », qui ne fait pas partie des couches d'aléa ({2}). Utilisez un nom de couche ou sa position (1 = la première).</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="478" />
            <source>Hazard "{0}" has two rows in the hazard settings.</source>
            <translation>L'aléa « {0} » a deux lignes dans les paramètres des aléas.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="482" />
            <source>Hazard settings row {0} ("{1}") is hazard {2} "{3}": {4}, weight {5}.</source>
            <translation>La ligne {0} des paramètres des aléas (« {1} ») correspond à l'aléa {2} « {3} » : {4}, poids {5}.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="487" />
            <source>Hazard "{0}": Low and High are equal ({1:g}); use a step function for a threshold.</source>
            <translation>Aléa « {0} » : Bas et Haut sont égaux ({1:g}) ; pour un seuil, utilisez une fonction en seuil (step).</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="492" />
            <source>Hazard "{0}": the weight "{1}" is not a number.</source>
            <translation>Aléa « {0} » : le poids « {1} » n'est pas un nombre.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="495" />
            <source>Hazard "{0}": the weight must be zero or more.</source>
            <translation>Aléa « {0} » : le poids doit être supérieur ou égal à zéro.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="514" />
            <source>Hazard "{0}" is a classed raster ({1}; classes {2}). Scored linearly, its highest class code would get the highest score, whatever the class means. Give it a row in the hazard settings with the value function "classes" and a score from 0 to 1 for each class, e.g. "{3}" (write "other:0" to score every class not listed).</source>
            <translation>L'aléa « {0} » est un raster classé ({1} ; classes {2}). Noté linéairement, son code de classe le plus élevé obtiendrait le score le plus élevé, quelle que soit la signification de la classe. Donnez-lui une ligne dans les paramètres des aléas avec la fonction de valeur « classes » et un score de 0 à 1 pour chaque classe, par ex. « {3} » (écrivez « other:0 » pour attribuer un score à toutes les classes non listées).</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="533" />
            <source>Raster "{0}" does not overlap the boundary (its extent in {1} is {2:.6g}, {3:.6g} to {4:.6g}, {5:.6g}). Check that it covers the same city and that both layers have the right CRS.</source>
            <translation>Le raster « {0} » ne recouvre pas la limite (son emprise dans {1} va de {2:.6g}, {3:.6g} à {4:.6g}, {5:.6g}). Vérifiez qu'il couvre la même ville et que les deux couches ont le bon SCR.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="542" />
            <source>PRIORITY and CLASSES are the same file ({0}); give them different names.</source>
            <translation>PRIORITY et CLASSES désignent le même fichier ({0}) ; donnez-leur des noms différents.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="548" />
            <source>{0} must be saved as a GeoTIFF (.tif); "{1}" is not.</source>
            <translation>{0} doit être enregistré en GeoTIFF (.tif) ; « {1} » n'en est pas un.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="562" />
            <source>Class breaks (priority 0-100): {0}</source>
            <translation>Seuils des classes (priorité 0-100) : {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="560" />
            <source>  {0} [{1}]: {2}; weight {3:.3f}</source>
            <translation>  {0} [{1}] : {2} ; poids {3:.3f}</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="556" />
            <source>Method: weighted product. Criteria, value functions and weights (normalised):</source>
            <translation>Méthode : produit pondéré. Critères, fonctions de valeur et poids (normalisés) :</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="558" />
            <source>Method: weighted sum. Criteria, value functions and weights (normalised):</source>
            <translation>Méthode : somme pondérée. Critères, fonctions de valeur et poids (normalisés) :</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="435" />
            <source>Field "{0}" of "{1}" has {2} value(s) that are not numbers: {3}. Correct them, or empty them to leave those settlements without a value, and run again.</source>
            <translation>Le champ « {0} » de « {1} » a {2} valeur(s) qui ne sont pas des nombres : {3}. Corrigez-les, ou videz-les pour laisser ces quartiers sans valeur, puis relancez.</translation>
        </message>
        <message>
            <location filename="../algorithms/priority_map.py" line="440" />
            <source>Field "{0}" in "{1}": {2}.</source>
            <translation>Champ « {0} » de « {1} » : {2}.</translation>
        </message>
    </context>
    <context>
        <name>ProfilePages</name>
        <message>
            <location filename="../algorithms/project_profiles.py" line="156" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="184" />
            <source>(untitled)</source>
            <translation>(sans titre)</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="184" />
            <source>Readiness {0}</source>
            <translation>Maturité {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="184" />
            <source>Readiness not known</source>
            <translation>Maturité inconnue</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="196" />
            <source>Priority (0 = lowest, 100 = highest)</source>
            <translation>Priorité (0 = la plus faible, 100 = la plus élevée)</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="198" />
            <source>Settlements</source>
            <translation>Quartiers</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="199" />
            <source>Served by the action</source>
            <translation>Desservi par l'action</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="199" />
            <source>Other settlements</source>
            <translation>Autres quartiers</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="208" />
            <source>Target area</source>
            <translation>Zone d'intervention</translation>
        </message>
    </context>
    <context>
        <name>ProjectProfiles</name>
        <message>
            <location filename="../qgis_side/profiles.py" line="40" />
            <source>Climate rationale</source>
            <translation>Justification climatique</translation>
        </message>
        <message>
            <location filename="../qgis_side/profiles.py" line="41" />
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <location filename="../qgis_side/profiles.py" line="42" />
            <source>Finance readiness checklist</source>
            <translation>Liste de contrôle de la maturité pour le financement</translation>
        </message>
        <message>
            <location filename="../qgis_side/profiles.py" line="43" />
            <source>Where the figures come from</source>
            <translation>Origine des chiffres</translation>
        </message>
        <message>
            <location filename="../qgis_side/profiles.py" line="117" />
            <source>Project profile {0} of {1}</source>
            <translation>Fiche de projet {0} sur {1}</translation>
        </message>
    </context>
    <context>
        <name>ProjectProfilesAlgorithm</name>
        <message>
            <location filename="../algorithms/project_profiles.py" line="86" />
            <source>Project profiles (PDF)</source>
            <translation>Fiches de projet (PDF)</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="54" />
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="61" />
            <source>The output of "Finance readiness of the actions": its rationale, budget, checklist and provenance fill each page.</source>
            <translation>La sortie de « Maturité des actions pour le financement » : sa justification, son budget, sa liste de contrôle et sa provenance remplissent chaque page.</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="63" />
            <source>The language of the pages' own texts: {0}. Empty: QGIS's language. The rationale is in the language "Finance readiness" wrote it in.</source>
            <translation>La langue des textes propres aux pages : {0}. Vide : la langue de QGIS. La justification est dans la langue dans laquelle « Maturité pour le financement » l'a rédigée.</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="68" />
            <source>Actions with finance readiness</source>
            <translation>Actions avec leur maturité pour le financement</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="70" />
            <source>Settlement priority ranking</source>
            <translation>Classement des quartiers par priorité</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="72" />
            <source>Settlement key field</source>
            <translation>Champ clé des quartiers</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="75" />
            <source>Settlement name field</source>
            <translation>Champ de nom des quartiers</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="77" />
            <source>Priority raster (0-100)</source>
            <translation>Raster de priorité (0-100)</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="78" />
            <source>City name</source>
            <translation>Nom de la ville</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="80" />
            <source>Layout template (.qpt)</source>
            <translation>Modèle de mise en page (.qpt)</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="90" />
            <source>Language of the pages</source>
            <translation>Langue des pages</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="86" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="89" />
            <source>Profiles (pages)</source>
            <translation>Fiches (pages)</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="110" />
            <source>Layer "{0}" has no {1}: use the output of "Finance readiness of the actions".</source>
            <translation>La couche « {0} » n'a pas de {1} : utilisez la sortie de « Maturité des actions pour le financement ».</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="115" />
            <source>Layer "{0}" has no action: there is no profile to make.</source>
            <translation>La couche « {0} » ne contient aucune action : il n'y a aucune fiche à produire.</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="122" />
            <source>Choose the settlement key field of the ranking "{0}".</source>
            <translation>Choisissez le champ clé des quartiers du classement « {0} ».</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="144" />
            <source>Cannot use the layout template: {0}</source>
            <translation>Impossible d'utiliser le modèle de mise en page : {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="191" />
            <source>{0} action(s) have no target area and serve no settlement of the ranking: their map shows the whole city.</source>
            <translation>{0} action(s) n'ont pas de zone d'intervention et ne desservent aucun quartier du classement : leur carte montre toute la ville.</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="221" />
            <source>{0} project profile(s) written to {1}</source>
            <translation>{0} fiche(s) de projet écrite(s) dans {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/project_profiles.py" line="118" />
            <source>No PDF was asked for: no profile is made.</source>
            <translation>Aucun PDF n'a été demandé : aucune fiche n'est produite.</translation>
        </message>
    </context>
    <context>
        <name>Register</name>
        <message>
            <location filename="../qgis_side/register_editor.py" line="100" />
            <source>{0} cannot be written (the file or its folder is read-only, or another program holds it). It is open read-only: make it writable, or save a copy, and open it again.</source>
            <translation>{0} ne peut pas être écrit (le fichier ou son dossier est en lecture seule, ou un autre programme le verrouille). Il est ouvert en lecture seule : rendez-le modifiable, ou enregistrez-en une copie, puis rouvrez-le.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="200" />
            <source>New action</source>
            <translation>Nouvelle action</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="202" />
            <source>Nothing was added: QGIS refused the new action in "{0}".</source>
            <translation>Rien n'a été ajouté : QGIS a refusé la nouvelle action dans « {0} ».</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="233" />
            <source>No action was added: the settlement key(s) {0} in "{1}" hold a comma or a semicolon, which separate keys in the settlements served. Choose a key field without them.</source>
            <translation>Aucune action n'a été ajoutée : la ou les clés de quartier {0} dans « {1} » contiennent une virgule ou un point-virgule, qui séparent les clés dans les quartiers desservis. Choisissez un champ clé qui n'en contient pas.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="271" />
            <source>Edit action "{0}"</source>
            <translation>Modifier l'action « {0} »</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="277" />
            <source>Nothing was changed: QGIS refused the new target area of "{0}".</source>
            <translation>Rien n'a été modifié : QGIS a refusé la nouvelle zone d'intervention de « {0} ».</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="292" />
            <source>Delete action "{0}"</source>
            <translation>Supprimer l'action « {0} »</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="294" />
            <source>Nothing was deleted: QGIS refused to delete "{0}" from "{1}".</source>
            <translation>Rien n'a été supprimé : QGIS a refusé de supprimer « {0} » de « {1} ».</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="307" />
            <source>Choose the settlements layer (the priority ranking) first.</source>
            <translation>Choisissez d'abord la couche de quartiers (le classement des priorités).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="318" />
            <source>Update beneficiaries and priority scores</source>
            <translation>Mettre à jour les bénéficiaires et les scores de priorité</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="321" />
            <source>Nothing was changed: QGIS refused to set {0} of action {1} to {2} in "{3}".</source>
            <translation>Rien n'a été modifié : QGIS a refusé de passer {0} de l'action {1} à {2} dans « {3} ».</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="387" />
            <source>Nothing was changed: QGIS refused to set {0} to "{1}" in "{2}" (the field cannot be edited: it is computed, or joined from another layer).</source>
            <translation>Rien n'a été modifié : QGIS a refusé de passer {0} à « {1} » dans « {2} » (le champ n'est pas modifiable : il est calculé, ou joint depuis une autre couche).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="387" />
            <source>cannot be edited here</source>
            <translation>non modifiable ici</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="395" />
            <source>No register is open.</source>
            <translation>Aucun registre n'est ouvert.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="397" />
            <source>Nothing was changed: the register "{0}" ({1}) is read-only. {2}</source>
            <translation>Rien n'a été modifié : le registre « {0} » ({1}) est en lecture seule. {2}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="397" />
            <source>Start editing it first.</source>
            <translation>Passez-le d'abord en mode édition.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="404" />
            <source>Nothing was changed: "{0}" has no action with id {1} (it was deleted, or its creation undone).</source>
            <translation>Rien n'a été modifié : « {0} » n'a pas d'action avec l'identifiant {1} (elle a été supprimée, ou sa création annulée).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="415" />
            <source>Nothing was changed: the register "{0}" has no field "{1}" (value "{2}").</source>
            <translation>Rien n'a été modifié : le registre « {0} » n'a pas de champ « {1} » (valeur « {2} »).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="427" />
            <source>Nothing was changed: a target area must be a polygon, not a {0}; buffer a point or a line first (draw it in the dock, which does).</source>
            <translation>Rien n'a été modifié : une zone d'intervention doit être un polygone, et non une géométrie de type {0} ; appliquez d'abord un tampon au point ou à la ligne (ou dessinez-le dans le panneau, qui le fait).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="457" />
            <source>empty</source>
            <translation>vide</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="458" />
            <source>Nothing was changed: {0} ({1}) {2}: {3}</source>
            <translation>Rien n'a été modifié : {0} ({1}) {2} : {3}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="483" />
            <source>a {0} cannot be stored; give text, a number or a date.</source>
            <translation>une valeur de type {0} ne peut pas être stockée ; donnez du texte, un nombre ou une date.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="484" />
            <source>Nothing was changed: {0}: {1}</source>
            <translation>Rien n'a été modifié : {0} : {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="493" />
            <source>"{0}" is not a number; write digits, e.g. 90000 or 90,000.50.</source>
            <translation>« {0} » n'est pas un nombre ; écrivez des chiffres, par ex. 90000 ou 90 000,50.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="494" />
            <source>Nothing was changed: {0} ({1}): {2}</source>
            <translation>Rien n'a été modifié : {0} ({1}) : {2}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="37" />
            <source>Action id</source>
            <translation>Identifiant de l'action</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="38" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="39" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="40" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="41" />
            <source>Hazards</source>
            <translation>Aléas</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="42" />
            <source>Settlements served</source>
            <translation>Quartiers desservis</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="43" />
            <source>Lead agency</source>
            <translation>Organisme responsable</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="44" />
            <source>Partners</source>
            <translation>Partenaires</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="45" />
            <source>Cost estimate</source>
            <translation>Coût estimé</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="46" />
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="47" />
            <source>Funding source</source>
            <translation>Source de financement</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="48" />
            <source>Funding status</source>
            <translation>État du financement</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="49" />
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="50" />
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="51" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="52" />
            <source>Beneficiaries</source>
            <translation>Bénéficiaires</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="53" />
            <source>Priority score</source>
            <translation>Score de priorité</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="54" />
            <source>Co-benefits</source>
            <translation>Co-bénéfices</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="55" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="56" />
            <source>Created</source>
            <translation>Créée le</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="57" />
            <source>Modified</source>
            <translation>Modifiée le</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="58" />
            <source>Modified by</source>
            <translation>Modifiée par</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="272" />
            <source>Planned actions</source>
            <translation>Actions prévues</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="135" />
            <source>"{0}" has no planned-action register (table {1}). Create one with "Create planned-action register".</source>
            <translation>« {0} » ne contient pas de registre des actions prévues (table {1}). Créez-en un avec « Créer un registre des actions prévues ».</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="267" />
            <source>new action</source>
            <translation>nouvelle action</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="269" />
            <source>Not saved: {0} action(s) need fixing first.</source>
            <translation>Non enregistré : {0} action(s) doivent d'abord être corrigée(s).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="307" />
            <source>Not saved: an action you changed was deleted by someone else meanwhile, and its other values are not known here. Your edits are kept; copy them, reload the register and enter them again.</source>
            <translation>Non enregistré : une action que vous avez modifiée a été supprimée entre-temps par quelqu'un d'autre, et ses autres valeurs ne sont pas connues ici. Vos modifications sont conservées ; copiez-les, rechargez le registre et saisissez-les à nouveau.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="322" />
            <source>Not saved: the register file {0} is no longer there (moved or deleted). Your edits are kept in QGIS: put the file back, or copy the layer to a new file (right-click &gt; Export &gt; Save Features As…).</source>
            <translation>Non enregistré : le fichier du registre {0} n'existe plus à cet emplacement (déplacé ou supprimé). Vos modifications sont conservées dans QGIS : remettez le fichier en place, ou copiez la couche dans un nouveau fichier (clic droit &gt; Exporter &gt; Sauvegarder les entités sous…).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="341" />
            <source>it has no table {0}</source>
            <translation>il ne contient pas de table {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="346" />
            <source>Not saved: the column(s) {0} were added in QGIS but are not in the file, and this save cannot add columns. Your edits are kept: remove the new column(s) and save, or add them to the file first (Layer Properties &gt; Fields, then Save).</source>
            <translation>Non enregistré : la ou les colonnes {0} ont été ajoutées dans QGIS mais n'existent pas dans le fichier, et cet enregistrement ne peut pas ajouter de colonnes. Vos modifications sont conservées : supprimez la ou les nouvelles colonnes et enregistrez, ou ajoutez-les d'abord au fichier (Propriétés de la couche &gt; Champs, puis enregistrez).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="361" />
            <source>delete an action</source>
            <translation>supprimer une action</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="369" />
            <source>restore an action</source>
            <translation>restaurer une action</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="372" />
            <source>update an action</source>
            <translation>mettre à jour une action</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="379" />
            <source>add an action</source>
            <translation>ajouter une action</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="380" />
            <source>commit</source>
            <translation>valider les modifications</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="422" />
            <source>could not {0}: {1}</source>
            <translation>impossible de {0} : {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="422" />
            <source>OGR error {0}</source>
            <translation>erreur OGR {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="449" />
            <source>unknown error</source>
            <translation>erreur inconnue</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="464" />
            <source>Not saved: "{0}" is locked by another program. Your edits are kept: close the other program (or wait until it has finished writing) and save again.</source>
            <translation>Non enregistré : « {0} » est verrouillé par un autre programme. Vos modifications sont conservées : fermez l'autre programme (ou attendez qu'il ait fini d'écrire) et enregistrez à nouveau.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="469" />
            <source>Not saved: "{0}" cannot be opened as an action register ({1}). Your edits are kept: check that the file is the register GeoPackage, or copy the layer to a new file (right-click &gt; Export &gt; Save Features As…).</source>
            <translation>Non enregistré : « {0} » ne peut pas être ouvert comme registre des actions ({1}). Vos modifications sont conservées : vérifiez que le fichier est bien le GeoPackage du registre, ou copiez la couche dans un nouveau fichier (clic droit &gt; Exporter &gt; Sauvegarder les entités sous…).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="476" />
            <source>Not saved: writing "{0}" failed ({1}). Your edits are kept; nothing in the file changed.</source>
            <translation>Non enregistré : l'écriture de « {0} » a échoué ({1}). Vos modifications sont conservées ; rien n'a changé dans le fichier.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="557" />
            <source>"{0}" already holds an action register (table {1}). Open it in the Planned actions dock, or choose a new file: an existing register is never overwritten.</source>
            <translation>« {0} » contient déjà un registre des actions (table {1}). Ouvrez-le dans le panneau Actions prévues, ou choisissez un nouveau fichier : un registre existant n'est jamais écrasé.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="573" />
            <source>Cannot create the register "{0}": {1}</source>
            <translation>Impossible de créer le registre « {0} » : {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="579" />
            <source>The register "{0}" was written but cannot be opened.</source>
            <translation>Le registre « {0} » a été écrit mais ne peut pas être ouvert.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="584" />
            <source>Value lists, constraints and defaults of the planned-action register</source>
            <translation>Listes de valeurs, contraintes et valeurs par défaut du registre des actions prévues</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="84" />
            <source>This QGIS has no PostgreSQL provider, so it cannot reach a database: install QGIS with its PostgreSQL support (Debian: qgis-providers).</source>
            <translation>Ce QGIS n'a pas de fournisseur PostgreSQL et ne peut donc pas accéder à une base de données : installez QGIS avec sa prise en charge de PostgreSQL (Debian : qgis-providers).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="100" />
            <source>service "{0}"</source>
            <translation>le service « {0} »</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="104" />
            <source>database "{0}" on {1}</source>
            <translation>la base de données « {0} » sur {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="115" />
            <source>the QGIS connection "{0}"</source>
            <translation>la connexion QGIS « {0} »</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="120" />
            <source>The connection string "{0}" cannot be read: {1}</source>
            <translation>La chaîne de connexion « {0} » ne peut pas être lue : {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="124" />
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="125" />
            <source>There is no PostgreSQL connection "{0}" in QGIS (saved connections: {1}). Give the name of one (Browser &gt; PostgreSQL &gt; New Connection), or a connection string such as service=office or dbname=city host=db.example.org user=planner.</source>
            <translation>Il n'existe pas de connexion PostgreSQL « {0} » dans QGIS (connexions enregistrées : {1}). Indiquez le nom de l'une d'elles (Explorateur &gt; PostgreSQL &gt; Nouvelle connexion), ou une chaîne de connexion telle que service=office ou dbname=city host=db.example.org user=planner.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="143" />
            <source>Cannot connect to {0}: {1}. Check the host, port, database, user and password (or the service file), and that the server accepts you.</source>
            <translation>Impossible de se connecter ({0}) : {1}. Vérifiez l'hôte, le port, la base de données, l'utilisateur et le mot de passe (ou le fichier de service), et que le serveur vous accepte.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="187" />
            <source>The schema name "{0}" cannot be used: write it in lower-case letters, digits and underscores, starting with a letter, at most 56 characters (e.g. resilience), and not a schema of PostgreSQL or PostGIS itself (public, pg_...).</source>
            <translation>Le nom de schéma « {0} » ne peut pas être utilisé : écrivez-le en lettres minuscules, chiffres et tirets bas, en commençant par une lettre, 56 caractères au plus (par ex. resilience), et pas un schéma de PostgreSQL ou de PostGIS lui-même (public, pg_...).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="199" />
            <source>The schema "{0}" of {1} already holds an action register (schema version {2}). Open it in the Planned actions dock, or give another SCHEMA: an existing register is never dropped or altered.</source>
            <translation>Le schéma « {0} » dans {1} contient déjà un registre des actions (version du schéma {2}). Ouvrez-le dans le panneau Actions prévues, ou indiquez un autre SCHEMA : un registre existant n'est jamais supprimé ni modifié.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="204" />
            <source>The schema "{0}" of {1} already has {2} of a register, but no register table: nothing was created. Give another SCHEMA, or have the database owner remove them (they are not dropped here).</source>
            <translation>Le schéma « {0} » dans {1} contient déjà des éléments d'un registre ({2}), mais pas de table de registre : rien n'a été créé. Indiquez un autre SCHEMA, ou demandez au propriétaire de la base de données de les supprimer (ils ne sont pas supprimés ici).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="209" />
            <source>{0} has no PostGIS: the register's target areas need it. Ask the database owner to run CREATE EXTENSION postgis; in it (Debian: install postgresql-postgis on the server).</source>
            <translation>PostGIS n'est pas installé dans {0} : les zones d'intervention du registre en ont besoin. Demandez au propriétaire de la base de données d'y exécuter CREATE EXTENSION postgis; (Debian : installez postgresql-postgis sur le serveur).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="222" />
            <source>The CRS {0} has no SRID that {1} knows (PostGIS's spatial_ref_sys): choose an EPSG CRS, such as the city's UTM zone or EPSG:4326.</source>
            <translation>Le SCR {0} n'a pas de SRID connu dans {1} (spatial_ref_sys de PostGIS) : choisissez un SCR EPSG, comme la zone UTM de la ville ou EPSG:4326.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="229" />
            <source>Nothing was created in the schema "{0}" of {1}: {2}. The creation is one transaction, so the database is as it was.</source>
            <translation>Rien n'a été créé dans le schéma « {0} » ({1}) : {2}. La création est une seule transaction : la base de données est donc restée telle qu'elle était.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="248" />
            <source>unreadable</source>
            <translation>illisible</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="266" />
            <source>Cannot read the schema "{0}" of {1}: {2}</source>
            <translation>Impossible de lire le schéma « {0} » ({1}) : {2}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="269" />
            <source>The schema "{0}" of {1} holds no planned-action register (tables {2} and {3}). Create one with "Create planned-action register" and this database.</source>
            <translation>Le schéma « {0} » dans {1} ne contient pas de registre des actions prévues (tables {2} et {3}). Créez-en un avec « Créer un registre des actions prévues » et cette base de données.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="274" />
            <source>The register table {0}.{1} of {2} cannot be opened as a layer: {3}</source>
            <translation>La table de registre {0}.{1} dans {2} ne peut pas être ouverte comme couche : {3}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>proposed</source>
            <translation>proposée</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>approved</source>
            <translation>approuvée</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>in progress</source>
            <translation>en cours</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>done</source>
            <translation>terminée</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>cancelled</source>
            <translation>annulée</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>identified</source>
            <translation>identifié</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>proposal</source>
            <translation>proposition</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>committed</source>
            <translation>engagé</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>disbursed</source>
            <translation>décaissé</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>structural</source>
            <translation>structurelle</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>nature-based</source>
            <translation>fondée sur la nature</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>early warning</source>
            <translation>alerte précoce</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>services</source>
            <translation>services</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>energy</source>
            <translation>énergie</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>housing and tenure</source>
            <translation>logement et statut foncier</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>policy</source>
            <translation>politique publique</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>capacity</source>
            <translation>renforcement des capacités</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>flood</source>
            <translation>inondation</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>landslide</source>
            <translation>glissement de terrain</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>heat</source>
            <translation>chaleur</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>drought</source>
            <translation>sécheresse</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>storm</source>
            <translation>tempête</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>sea level rise</source>
            <translation>élévation du niveau de la mer</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>fire</source>
            <translation>incendie</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>earthquake</source>
            <translation>séisme</translation>
        </message>
        <message>
            <location filename="../qgis_side/register.py" line="73" />
            <source>other</source>
            <translation>autre</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="78" />
            <source>{0} was written by a newer Resilience Planner (schema version {1}; this one reads version {2}): it is not copied, so that nothing in it is lost. Update the plugin to copy it.</source>
            <translation>{0} a été écrit par une version plus récente de Resilience Planner (version du schéma {1} ; celle-ci lit la version {2}) : il n'est pas copié, afin que rien de son contenu ne soit perdu. Mettez à jour l'extension pour le copier.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="130" />
            <source>"{0}" has no planned-action register (table {1}): give the register's GeoPackage.</source>
            <translation>« {0} » ne contient pas de registre des actions prévues (table {1}) : indiquez le GeoPackage du registre.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="172" />
            <source>could not write row {0}</source>
            <translation>impossible d'écrire la ligne {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="184" />
            <source>The copy must be a GeoPackage (.gpkg); "{0}" is not.</source>
            <translation>La copie doit être un GeoPackage (.gpkg) ; « {0} » n'en est pas un.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="188" />
            <source>"{0}" already holds an action register (table {1}): a register is never overwritten. Choose a new file.</source>
            <translation>« {0} » contient déjà un registre des actions (table {1}) : un registre n'est jamais écrasé. Choisissez un nouveau fichier.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="191" />
            <source>"{0}" exists: the copy is written into a new file only. Choose a new file name.</source>
            <translation>« {0} » existe déjà : la copie n'est écrite que dans un nouveau fichier. Choisissez un nouveau nom de fichier.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="195" />
            <source>The folder {0} does not exist. Create it or choose another place.</source>
            <translation>Le dossier {0} n'existe pas. Créez-le ou choisissez un autre emplacement.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="211" />
            <source>could not add the history column {0}</source>
            <translation>impossible d'ajouter la colonne d'historique {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="223" />
            <source>"{0}" was created by another program meanwhile</source>
            <translation>« {0} » a été créé entre-temps par un autre programme</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="226" />
            <source>Nothing was written to "{0}": {1}</source>
            <translation>Rien n'a été écrit dans « {0} » : {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="291" />
            <source>The register in the schema "{0}" of {1}</source>
            <translation>Le registre du schéma « {0} » dans {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_copy.py" line="295" />
            <source>The schema "{0}" of {1} holds no planned-action register (tables {2} and {3}).</source>
            <translation>Le schéma « {0} » dans {1} ne contient pas de registre des actions prévues (tables {2} et {3}).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="116" />
            <source>The register {0} cannot be changed with your login (the database lets you read it only). It is open read-only: ask the database owner for the editor role.</source>
            <translation>Le registre {0} ne peut pas être modifié avec votre compte (la base de données ne vous permet que de le lire). Il est ouvert en lecture seule : demandez au propriétaire de la base de données le rôle d'éditeur.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_editor.py" line="291" />
            <source>Nothing was deleted: {0}</source>
            <translation>Rien n'a été supprimé : {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="214" />
            <source>Nothing was created in the schema "{0}" of {1}: the register's roles {2} do not exist and this login may not create roles. Ask the database administrator to create them (CREATE ROLE {3} NOLOGIN;) or to give this login CREATEROLE, then run this again.</source>
            <translation>Rien n'a été créé dans le schéma « {0} » ({1}) : les rôles du registre {2} n'existent pas et ce compte n'a pas le droit de créer des rôles. Demandez à l'administrateur de la base de données de les créer (CREATE ROLE {3} NOLOGIN;) ou d'accorder CREATEROLE à ce compte, puis relancez l'opération.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="284" />
            <source>Cannot read the rights on the schema "{0}" of {1}: {2}</source>
            <translation>Impossible de lire les droits sur le schéma « {0} » ({1}) : {2}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="298" />
            <source>Row version</source>
            <translation>Version de la ligne</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="339" />
            <source>Your login "{0}" may read this register but not change it (it is not in the role {1}). It opens read-only: to edit, ask the owner of the register ({2}) to run GRANT {1} TO {0};</source>
            <translation>Votre compte « {0} » peut lire ce registre mais pas le modifier (il n'appartient pas au rôle {1}). Il s'ouvre en lecture seule : pour le modifier, demandez au propriétaire du registre ({2}) d'exécuter GRANT {1} TO {0};</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="360" />
            <source>Only the owner of the shared register ({0}) deletes actions; set the status to "cancelled" instead, or ask the owner to delete it.</source>
            <translation>Seul le propriétaire du registre partagé ({0}) peut supprimer des actions ; passez plutôt son statut à « annulée », ou demandez au propriétaire de la supprimer.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="375" />
            <source>schema "{0}" of {1}</source>
            <translation>le schéma « {0} » dans {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="410" />
            <source>"{0}" was deleted by {1} at {2}</source>
            <translation>« {0} » a été supprimée par {1} le {2}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="411" />
            <source>"{0}" was changed by {1} at {2}</source>
            <translation>« {0} » a été modifiée par {1} le {2}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="709" />
            <source>Not saved: others keep changing the same actions in {0}. Your edits are kept; save again.</source>
            <translation>Non enregistré : d'autres utilisateurs modifient sans cesse les mêmes actions dans {0}. Vos modifications sont conservées ; enregistrez à nouveau.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="734" />
            <source>Saved {0} action(s); not saved: {1} action(s) someone else changed since you read them.</source>
            <translation>{0} action(s) enregistrée(s) ; non enregistrée(s) : {1} action(s) modifiée(s) par quelqu'un d'autre depuis que vous les avez lues.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="736" />
            <source>{0} {1}. Your edits of them are kept: reload each to take the stored version, or keep yours to overwrite it, then save.</source>
            <translation>{0} {1}. Vos modifications de ces actions sont conservées : rechargez chacune d'elles pour reprendre la version enregistrée, ou conservez la vôtre pour l'écraser, puis enregistrez.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="764" />
            <source>action {0}</source>
            <translation>action {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="775" />
            <source>Not saved: the connection to {0} was lost ({1}). Your edits are kept in QGIS; a save is one transaction, so the database holds all of it or none. Check the network or the server, then save again.</source>
            <translation>Non enregistré : la connexion à {0} a été perdue ({1}). Vos modifications sont conservées dans QGIS ; un enregistrement est une seule transaction, la base de données contient donc tout ou rien. Vérifiez le réseau ou le serveur, puis enregistrez à nouveau.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1120" />
            <source>no answer</source>
            <translation>pas de réponse</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="779" />
            <source>Not saved: {0} refused the save ({1}). Your edits are kept; nothing in the database changed.</source>
            <translation>Non enregistré : {0} a refusé l'enregistrement ({1}). Vos modifications sont conservées ; rien n'a changé dans la base de données.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="829" />
            <source>Cannot list the registers of {0}: {1}</source>
            <translation>Impossible de lister les registres de {0} : {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="864" />
            <source>connection "{0}"</source>
            <translation>la connexion « {0} »</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="867" />
            <source>{0} in {1}</source>
            <translation>{0} dans {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="669" />
            <source>Not saved: the column(s) {0} were added in QGIS but are not in the database, and this save cannot add columns. Your edits are kept: remove the new column(s) and save, or ask the owner of the register to add them to its table first.</source>
            <translation>Non enregistré : la ou les colonnes {0} ont été ajoutées dans QGIS mais n'existent pas dans la base de données, et cet enregistrement ne peut pas ajouter de colonnes. Vos modifications sont conservées : supprimez la ou les nouvelles colonnes puis enregistrez, ou demandez au propriétaire du registre de les ajouter d'abord à sa table.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1048" />
            <source>Nothing was restored: give ACTION_ID, the action_id of the action to restore (a UUID: the action's form, or its history, shows it).</source>
            <translation>Rien n'a été restauré : indiquez ACTION_ID, l'action_id de l'action à restaurer (un UUID, qu'affichent le formulaire de l'action ou son historique).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1051" />
            <source>the register in the schema "{0}" of {1}</source>
            <translation>le registre du schéma « {0} » dans {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1055" />
            <source>Nothing was restored: the schema "{0}" of {1} holds no planned-action register (tables {2} and {3}).</source>
            <translation>Rien n'a été restauré : le schéma « {0} » dans {1} ne contient pas de registre des actions prévues (tables {2} et {3}).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1059" />
            <source>Nothing was restored: {0} has no history table ({1}), so no earlier state of its actions is kept.</source>
            <translation>Rien n'a été restauré : {0} n'a pas de table d'historique ({1}) ; aucun état antérieur de ses actions n'est donc conservé.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1064" />
            <source>Nothing was restored: {0} was written by a newer Resilience Planner (schema version {1}; this one reads version {2}), so it is read-only here. Update the plugin, then restore the action.</source>
            <translation>Rien n'a été restauré : {0} a été écrit par une version plus récente de Resilience Planner (version du schéma {1} ; celle-ci lit la version {2}) ; il est donc en lecture seule ici. Mettez à jour l'extension, puis restaurez l'action.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1074" />
            <source>Nothing was restored: your login "{0}" may read {1} but not change it (it is not in the role {2}). Ask the owner of the register ({3}) to run GRANT {2} TO {0};</source>
            <translation>Rien n'a été restauré : votre compte « {0} » peut lire {1} mais pas le modifier (il n'appartient pas au rôle {2}). Demandez au propriétaire du registre ({3}) d'exécuter GRANT {2} TO {0};</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1082" />
            <source>Nothing was restored: the action "{0}" is already in the state of history entry {1} (only who changed it last, and when, may differ).</source>
            <translation>Rien n'a été restauré : l'action « {0} » est déjà dans l'état de l'entrée d'historique {1} (seuls l'auteur et la date de sa dernière modification peuvent différer).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1104" />
            <source>Nothing was restored: cannot read {0}: {1}</source>
            <translation>Rien n'a été restauré : impossible de lire {0} : {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1120" />
            <source>Nothing was restored: the connection to {0} was lost ({1}). A restore is one transaction, so the database holds none of it: restore again once the connection is back.</source>
            <translation>Rien n'a été restauré : la connexion avec {0} a été perdue ({1}). Une restauration est une seule transaction : la base de données n'en contient donc rien. Restaurez à nouveau une fois la connexion rétablie.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1124" />
            <source>Nothing was restored: {0} refused the state of history entry {1} ({2}). A restore is checked by the register's rules as any save is: restore another entry, or change the action in the Planned actions dock. Nothing in the database changed.</source>
            <translation>Rien n'a été restauré : {0} a refusé l'état de l'entrée d'historique {1} ({2}). Une restauration est vérifiée selon les règles du registre, comme tout enregistrement : restaurez une autre entrée, ou modifiez l'action dans le panneau Actions prévues. Rien n'a changé dans la base de données.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1139" />
            <source>Nothing was restored: history entry {0} is of another action, "{1}" ({2}), not of {3}. Give an entry of {3} as HISTORY_ID (its entries: {4}), or {2} as ACTION_ID to restore "{1}".</source>
            <translation>Rien n'a été restauré : l'entrée d'historique {0} concerne une autre action, « {1} » ({2}), et non {3}. Indiquez comme HISTORY_ID une entrée de {3} (ses entrées : {4}), ou {2} comme ACTION_ID pour restaurer « {1} ».</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1143" />
            <source>Nothing was restored: history entry {0} is of another action, "{1}" ({2}), and {3} has no entry in the history of {4}: give {2} as ACTION_ID to restore "{1}", or check ACTION_ID.</source>
            <translation>Rien n'a été restauré : l'entrée d'historique {0} concerne une autre action, « {1} » ({2}), et {3} n'a aucune entrée d'historique dans {4} : indiquez {2} comme ACTION_ID pour restaurer « {1} », ou vérifiez ACTION_ID.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1148" />
            <source>Nothing was restored: {0} has no history entry {1}. The entries of the action {2} are {3}: give one of them as HISTORY_ID (the History… of the Planned actions dock lists them).</source>
            <translation>Rien n'a été restauré : {0} ne contient pas d'entrée d'historique {1}. Les entrées de l'action {2} sont {3} : indiquez l'une d'elles comme HISTORY_ID (le bouton Historique… du panneau Actions prévues les affiche).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1152" />
            <source>Nothing was restored: {0} has no history entry {1}, and no entry at all of the action {2}: check ACTION_ID and HISTORY_ID (the History… of the Planned actions dock lists an action's entries).</source>
            <translation>Rien n'a été restauré : {0} ne contient pas d'entrée d'historique {1}, ni aucune entrée de l'action {2} : vérifiez ACTION_ID et HISTORY_ID (le bouton Historique… du panneau Actions prévues affiche les entrées d'une action).</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1169" />
            <source>Nothing was restored: the action "{0}" was added back by {1} at {2} since you read it deleted (version {3} stored). Look at its history again (that is its newest entry), then restore.</source>
            <translation>Rien n'a été restauré : l'action « {0} » a été rajoutée par {1} le {2} depuis que vous l'avez vue supprimée (version {3} enregistrée). Consultez à nouveau son historique (c'est son entrée la plus récente), puis restaurez.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1174" />
            <source>Nothing was restored: the action "{0}" was deleted by {1} at {2} since you read it (version {3}). Look at its history again (the deletion is its newest entry), then restore.</source>
            <translation>Rien n'a été restauré : l'action « {0} » a été supprimée par {1} le {2} depuis que vous l'avez lue (version {3}). Consultez à nouveau son historique (la suppression est son entrée la plus récente), puis restaurez.</translation>
        </message>
        <message>
            <location filename="../qgis_side/register_pg.py" line="1177" />
            <source>Nothing was restored: the action "{0}" was changed by {1} at {2} since you read it (version {3} read, version {4} stored). Look at its history again (that change is its newest entry), then restore.</source>
            <translation>Rien n'a été restauré : l'action « {0} » a été modifiée par {1} le {2} depuis que vous l'avez lue (version {3} lue, version {4} enregistrée). Consultez à nouveau son historique (cette modification est son entrée la plus récente), puis restaurez.</translation>
        </message>
    </context>
    <context>
        <name>ReportAlgorithm</name>
        <message>
            <location filename="../algorithms/report.py" line="55" />
            <source>Resilience priorities report</source>
            <translation>Rapport sur les priorités de résilience</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="58" />
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="65" />
            <source>The field that holds the settlement keys as the planned actions name them.</source>
            <translation>Le champ contenant les identifiants de quartier tels que les citent les actions prévues.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="72" />
            <source>Settlement priority ranking</source>
            <translation>Classement des quartiers par priorité</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="74" />
            <source>Settlement name field</source>
            <translation>Champ de nom des quartiers</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="76" />
            <source>Settlement key field</source>
            <translation>Champ clé des quartiers</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="79" />
            <source>Priority raster (0-100)</source>
            <translation>Raster de priorité (0-100)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="80" />
            <source>City boundary</source>
            <translation>Limite de la ville</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="82" />
            <source>Roads</source>
            <translation>Routes</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="84" />
            <source>Planned actions (register)</source>
            <translation>Actions prévues (registre)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="89" />
            <source>City name</source>
            <translation>Nom de la ville</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="90" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="90" />
            <source>Resilience priorities</source>
            <translation>Priorités de résilience</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="92" />
            <source>Logo (image)</source>
            <translation>Logo (image)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="93" />
            <source>Layout template (.qpt)</source>
            <translation>Modèle de mise en page (.qpt)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="98" />
            <source>Keep the layout in the project</source>
            <translation>Conserver la mise en page dans le projet</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="100" />
            <source>Report (PDF)</source>
            <translation>Rapport (PDF)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="100" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="102" />
            <source>City map (PNG)</source>
            <translation>Carte de la ville (PNG)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="102" />
            <source>PNG (*.png)</source>
            <translation>PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="104" />
            <source>Layout name</source>
            <translation>Nom de la mise en page</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="119" />
            <source>Layer "{0}" is not a priority ranking (no {1}). Use the Ranking output of "Citywide resilience priorities".</source>
            <translation>La couche « {0} » n'est pas un classement des priorités (pas de {1}). Utilisez la sortie Classement de « Priorités de résilience à l'échelle de la ville ».</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="125" />
            <source>The boundary layer "{0}" has no features; choose the city boundary.</source>
            <translation>La couche de limite « {0} » n'a aucune entité ; choisissez la limite de la ville.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="148" />
            <source>Cannot use the layout template: {0}</source>
            <translation>Impossible d'utiliser le modèle de mise en page : {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="156" />
            <source>The name field "{0}" is not in the ranking "{1}".</source>
            <translation>Le champ de nom « {0} » n'existe pas dans le classement « {1} ».</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="158" />
            <source>Settlements are named by the field "{0}" ({1}).</source>
            <translation>Les quartiers sont nommés par le champ « {0} » ({1}).</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="158" />
            <source>Settlements have no name field or key: they are listed as unnamed.</source>
            <translation>Les quartiers n'ont ni champ de nom ni clé : ils sont listés sans nom.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="164" />
            <source>The ranking "{0}" has no ranked settlement: run "Citywide resilience priorities" with settlements inside the boundary.</source>
            <translation>Le classement « {0} » ne contient aucun quartier classé : exécutez « Priorités de résilience à l'échelle de la ville » avec des quartiers situés à l'intérieur de la limite.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="203" />
            <source>The boundary "{0}" does not overlap the priority raster: the map will show the boundary without priorities. Check that both are of the same city.</source>
            <translation>La limite « {0} » ne recouvre pas le raster de priorité : la carte montrera la limite sans les priorités. Vérifiez que les deux concernent la même ville.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="208" />
            <source>The logo {0} does not exist and is left out.</source>
            <translation>Le logo {0} n'existe pas et n'est pas utilisé.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="247" />
            <source>Report written to {0}</source>
            <translation>Rapport écrit dans {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="67" />
            <source>The language the report is written in, its numbers and dates too: {0}. Empty: QGIS's language.</source>
            <translation>La langue dans laquelle le rapport est rédigé, y compris ses nombres et ses dates : {0}. Vide : la langue de QGIS.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="95" />
            <source>Report language</source>
            <translation>Langue du rapport</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="105" />
            <source>Language of the report</source>
            <translation>Langue du rapport</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="257" />
            <source>The report is written in {0} ({1}).</source>
            <translation>Langue du rapport : {0} ({1}).</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="66" />
            <source>The output of "Energy access options": adds an energy plan page.</source>
            <translation>La sortie de « Options d'accès à l'énergie » : ajoute une page consacrée au plan énergétique.</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="86" />
            <source>Energy plan</source>
            <translation>Plan énergétique</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="133" />
            <source>Layer "{0}" is not an energy plan: it has no {1}. Use the output of "Energy access options".</source>
            <translation>La couche « {0} » n'est pas un plan énergétique : elle n'a pas de {1}. Utilisez la sortie de « Options d'accès à l'énergie ».</translation>
        </message>
    </context>
    <context>
        <name>ReportContent</name>
        <message>
            <location filename="../qgis_side/report_content.py" line="69" />
            <source>Layer "{0}" is not a planned-action register.</source>
            <translation>La couche « {0} » n'est pas un registre des actions prévues.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="113" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="113" />
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="127" />
            <source>Numbers on the map are the settlements' ranks (1 = highest priority), as in the ranking table that follows; where numbers would overlap, the higher-ranked one is shown. {0} settlements ranked.</source>
            <translation>Les numéros sur la carte sont les rangs des quartiers (1 = priorité la plus élevée), comme dans le tableau de classement qui suit ; là où des numéros se chevaucheraient, celui du quartier le mieux classé est affiché. {0} quartiers classés.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="153" />
            <source>No planned action yet.</source>
            <translation>Aucune action prévue pour l'instant.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="153" />
            <source>No action register was given.</source>
            <translation>Aucun registre des actions n'a été fourni.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="160" />
            <source>No action register was given: the gaps are not known.</source>
            <translation>Aucun registre des actions n'a été fourni : les lacunes ne sont pas connues.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="162" />
            <source>High priority, no active action ({0}):</source>
            <translation>Priorité élevée, aucune action active ({0}) :</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="168" />
            <source>… and {0} more</source>
            <translation>… et {0} de plus</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="180" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="182" />
            <source>no currency</source>
            <translation>pas de devise</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="214" />
            <source>not stated</source>
            <translation>non indiqué</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="265" />
            <source>not recorded</source>
            <translation>non enregistré</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="273" />
            <source>Weight sensitivity: {0} runs, spread {1} (Dirichlet around the weights); "stable" = same quintile in at least 90 % of runs.</source>
            <translation>Sensibilité aux poids : {0} simulations, dispersion {1} (Dirichlet autour des poids) ; « stable » = même quintile dans au moins 90 % des simulations.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="283" />
            <source>Scoring (value functions): {0}.</source>
            <translation>Notation (fonctions de valeur) : {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="289" />
            <source>Reading the ranking:</source>
            <translation>Lecture du classement :</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="290" />
            <source>Rank: 1 is the highest priority. Priority: 0 (lowest) to 100 (highest), the weighted criterion scores of the settlement's own cells.</source>
            <translation>Rang : 1 est la priorité la plus élevée. Priorité : de 0 (la plus faible) à 100 (la plus élevée), les scores pondérés des critères sur les cellules du quartier lui-même.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="292" />
            <source>People: persons counted in the settlement on the population grid. Main drivers: the two criteria that contribute most to its priority, with their share of it.</source>
            <translation>Habitants : personnes comptées dans le quartier sur la grille de population. Facteurs principaux : les deux critères qui contribuent le plus à sa priorité, avec leur part de celle-ci.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="294" />
            <source>Rank range: the 5th to 95th percentile of its rank over the weight sensitivity runs. Stable: it stays in the same priority fifth in at least 90 % of the runs.</source>
            <translation>Plage de rangs : du 5e au 95e centile de son rang sur les simulations de sensibilité aux poids. Stable : le quartier reste dans le même cinquième de priorité dans au moins 90 % des simulations.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="297" />
            <source>Action: "yes" when a planned action that is not cancelled (proposed, approved, in progress, done) covers it; "—" when no register was given.</source>
            <translation>Action : « oui » lorsqu'une action prévue non annulée (proposée, approuvée, en cours, terminée) le couvre ; « — » lorsqu'aucun registre n'a été fourni.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="299" />
            <source>Caveats:</source>
            <translation>Mises en garde :</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="301" />
            <source>{0} settlement(s) are not ranked (no cell with data inside the boundary).</source>
            <translation>{0} quartier(s) non classé(s) (aucune cellule avec des données à l'intérieur de la limite).</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="305" />
            <source>{0} settlement(s) lack data for part of the criteria weight; their priority uses the criteria present (see priority_completeness).</source>
            <translation>{0} quartier(s) sans données pour une partie du poids des critères ; leur priorité utilise les critères présents (voir priority_completeness).</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="309" />
            <source>Every settlement is ranked with every criterion present.</source>
            <translation>Tous les quartiers sont classés avec tous les critères présents.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="310" />
            <source>Figures are modelled from the input data; check them on the ground before committing funds.</source>
            <translation>Les chiffres sont modélisés à partir des données d'entrée ; vérifiez-les sur le terrain avant d'engager des fonds.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="331" />
            <source>{0}, layer {1}</source>
            <translation>{0}, couche {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="333" />
            <source>{0} — {1}, file of {2}</source>
            <translation>{0} — {1}, fichier du {2}</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="342" />
            <source>"{0}" — {1}, {2} layer (not a file)</source>
            <translation>« {0} » — {1}, couche {2} (pas un fichier)</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="344" />
            <source>Inputs:</source>
            <translation>Données d'entrée :</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="346" />
            <source>in {0}:</source>
            <translation>dans {0} :</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="30" />
            <source>sum</source>
            <translation>somme</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="30" />
            <source>product</source>
            <translation>produit</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="30" />
            <source>reweight</source>
            <translation>repondération</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="30" />
            <source>zero</source>
            <translation>zéro</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="30" />
            <source>nodata</source>
            <translation>nodata</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="165" />
            <source>{0}. {1} (priority {2})</source>
            <translation>{0}. {1} (priorité {2})</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="354" />
            <source>(unnamed)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="39" />
            <source>Priority = weighted sum of criterion scores (0-1), times 100. Criteria and weights: {0}.</source>
            <translation>Priorité = somme pondérée des scores des critères (0-1), multipliée par 100. Critères et poids : {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="41" />
            <source>Priority = weighted product of criterion scores (0-1), times 100. Criteria and weights: {0}.</source>
            <translation>Priorité = produit pondéré des scores des critères (0-1), multiplié par 100. Critères et poids : {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="45" />
            <source>Missing data: where a criterion has no value, the weights are shared over the criteria present.</source>
            <translation>Données manquantes : là où un critère n'a pas de valeur, les poids sont répartis sur les critères présents.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="47" />
            <source>Missing data: a criterion without a value counts as score 0.</source>
            <translation>Données manquantes : un critère sans valeur compte comme un score de 0.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="48" />
            <source>Missing data: a cell where any criterion has no value has no priority.</source>
            <translation>Données manquantes : une cellule où un critère n'a pas de valeur n'a pas de priorité.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="265" />
            <source>Priority = criterion scores (0-1) combined by the method "{0}", times 100. Criteria and weights: {1}.</source>
            <translation>Priorité = scores des critères (0-1) combinés par la méthode « {0} », multipliés par 100. Critères et poids : {1}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="269" />
            <source>Missing data: {0}.</source>
            <translation>Données manquantes : {0}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="271" />
            <source>Classes 1-5 are city-wide quantiles of the map cells; a settlement's class is that of its priority.</source>
            <translation>Les classes 1-5 sont des quantiles des cellules de la carte à l'échelle de la ville ; la classe d'un quartier est celle de sa priorité.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="339" />
            <source>table {0}.{1} of {2} — {3}, database table</source>
            <translation>table {0}.{1} dans {2} — {3}, table de base de données</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="194" />
            <source>ready (0.8 or more)</source>
            <translation>prête (0,8 ou plus)</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="195" />
            <source>in preparation (0.5 to 0.8)</source>
            <translation>en préparation (de 0,5 à 0,8)</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="196" />
            <source>early (under 0.5)</source>
            <translation>stade initial (moins de 0,5)</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="225" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="230" />
            <source>No active action yet.</source>
            <translation>Aucune action active pour l'instant.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="232" />
            <source>No costed active action yet.</source>
            <translation>Aucune action active chiffrée pour l'instant.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="235" />
            <source>{0} active action(s) (proposed, approved, in progress or done), {1} of them ready for a funder; mean readiness {2}.</source>
            <translation>{0} action(s) active(s) (proposée(s), approuvée(s), en cours ou terminée(s)), dont {1} prête(s) pour un bailleur de fonds ; maturité moyenne : {2}.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="239" />
            <source>Readiness is the share of the {0} checklist items an action meets: a place, the hazards it addresses, evidence that the settlements served are exposed, beneficiaries, a cost estimate with its currency, a funding source and status, a lead agency, start and end dates, co-benefits. It is computed as "Finance readiness of the actions" computes it, from the register and the ranking; this report does not read the exposure output, so the exposure evidence counts as missing here: run that tool with it for the full score and each action's climate rationale.</source>
            <translation>La maturité est la part des {0} éléments de la liste de contrôle que remplit une action : une localisation, les aléas traités, la preuve que les quartiers desservis y sont exposés, des bénéficiaires, une estimation du coût avec sa devise, une source de financement et un état du financement, un organisme responsable, des dates de début et de fin, des co-bénéfices. Elle est calculée comme le fait « Maturité des actions pour le financement », à partir du registre et du classement ; ce rapport ne lit pas la sortie d'exposition, si bien que la preuve de l'exposition est comptée ici comme manquante : exécutez cet outil avec cette sortie pour obtenir le score complet et la justification climatique de chaque action.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_content.py" line="246" />
            <source>Beneficiaries are the action's own, else the people of the settlements it serves. An action that addresses several hazards is counted under each and its cost split evenly between them; amounts in different currencies are never added.</source>
            <translation>Les bénéficiaires sont ceux indiqués pour l'action, à défaut les habitants des quartiers qu'elle dessert. Une action qui traite plusieurs aléas est comptée sous chacun d'eux et son coût est réparti à parts égales entre eux ; les montants dans des devises différentes ne sont jamais additionnés.</translation>
        </message>
    </context>
    <context>
        <name>ReportEnergy</name>
        <message>
            <location filename="../qgis_side/report_energy.py" line="33" />
            <source>Energy plan</source>
            <translation>Plan énergétique</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="35" />
            <source>Grid densification</source>
            <translation>Densification du réseau</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="36" />
            <source>Grid extension</source>
            <translation>Extension du réseau</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="37" />
            <source>Mini-grid</source>
            <translation>Mini-réseau</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="38" />
            <source>Stand-alone solar</source>
            <translation>Solaire autonome</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="39" />
            <source>City-wide</source>
            <translation>Ensemble de la ville</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="47" />
            <source>Option</source>
            <translation>Option</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="40" />
            <source>Settlements</source>
            <translation>Quartiers</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="47" />
            <source>Households</source>
            <translation>Ménages</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="47" />
            <source>To connect</source>
            <translation>À raccorder</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="47" />
            <source>Investment</source>
            <translation>Investissement</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="40" />
            <source>Informal to regularise</source>
            <translation>Informels à régulariser</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="40" />
            <source>Regularisation cost</source>
            <translation>Coût de régularisation</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="47" />
            <source>Settlement</source>
            <translation>Quartier</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="47" />
            <source>Per household</source>
            <translation>Par ménage</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="47" />
            <source>Informal</source>
            <translation>Informels</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="47" />
            <source>Flood note</source>
            <translation>Note sur les inondations</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="190" />
            <source>Least cost per household among the options that serve tier {0} of the Multi-Tier Framework (stand-alone solar serves tier 1 only).</source>
            <translation>Moindre coût par ménage parmi les options qui atteignent le niveau {0} du cadre multiniveaux (MTF) ; le solaire autonome n'atteint que le niveau 1.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="193" />
            <source>Unit costs: grid connection {0}, medium-voltage line {1} per km, mini-grid {2} and solar home system {3} per household, regularisation {4} per informal connection, resilience premium {5} on the flooded share.</source>
            <translation>Coûts unitaires : raccordement au réseau {0}, ligne moyenne tension {1} par km, mini-réseau {2} et kit solaire domestique {3} par ménage, régularisation {4} par branchement informel, surcoût de résilience de {5} sur la part exposée aux inondations.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="200" />
            <source>The settlements are costed in several currencies ({0}): amounts are shown without a code and are not comparable.</source>
            <translation>Les quartiers sont chiffrés dans plusieurs devises ({0}) : les montants sont affichés sans code et ne sont pas comparables.</translation>
        </message>
        <message>
            <location filename="../qgis_side/report_energy.py" line="202" />
            <source>Figures from the energy access output "{0}".</source>
            <translation>Chiffres issus de la sortie d'accès à l'énergie « {0} ».</translation>
        </message>
    </context>
    <context>
        <name>ReportLanguage</name>
        <message>
            <location filename="../qgis_side/translation.py" line="90" />
            <source>The report language "{0}" is not available; choose one of {1}, or leave it empty for QGIS's language.</source>
            <translation>La langue de rapport « {0} » n'est pas disponible ; choisissez l'une des langues suivantes : {1}, ou laissez vide pour utiliser la langue de QGIS.</translation>
        </message>
        <message>
            <location filename="../qgis_side/translation.py" line="106" />
            <source>QGIS's language "{0}" has no report translation: the report is written in English.</source>
            <translation>La langue de QGIS « {0} » n'a pas de traduction du rapport : le rapport est rédigé en anglais.</translation>
        </message>
        <message>
            <location filename="../qgis_side/translation.py" line="115" />
            <source>The report translation for "{0}" is not compiled ({1} is missing; make package builds it): the report is written in English.</source>
            <translation>La traduction du rapport pour « {0} » n'est pas compilée ({1} est absent ; make package la compile) : le rapport est rédigé en anglais.</translation>
        </message>
    </context>
    <context>
        <name>ReportPages</name>
        <message>
            <location filename="../algorithms/report.py" line="182" />
            <source>Priority (0 = lowest, 100 = highest)</source>
            <translation>Priorité (0 = la plus faible, 100 = la plus élevée)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="185" />
            <source>Informal settlements</source>
            <translation>Quartiers informels</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="189" />
            <source>City boundary</source>
            <translation>Limite de la ville</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="194" />
            <source>Roads</source>
            <translation>Routes</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="228" />
            <source>Budget by funding status (active actions)</source>
            <translation>Budget par état du financement (actions actives)</translation>
        </message>
        <message>
            <location filename="../algorithms/report.py" line="230" />
            <source>Budget by hazard (shared costs split evenly)</source>
            <translation>Budget par aléa (coûts partagés répartis à parts égales)</translation>
        </message>
    </context>
    <context>
        <name>ResiliencePlannerAlgorithm</name>
        <message>
            <location filename="../algorithms/base.py" line="159" />
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucune sortie n'a été écrite.</translation>
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
            <translation>Exposition</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="157" />
            <source>Settlement hazard exposure…</source>
            <translation>Exposition des quartiers aux aléas…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="157" />
            <source>Infrastructure hazard exposure…</source>
            <translation>Exposition des infrastructures aux aléas…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="160" />
            <source>Vulnerability</source>
            <translation>Vulnérabilité</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="160" />
            <source>Vulnerability indicators…</source>
            <translation>Indicateurs de vulnérabilité…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="160" />
            <source>Settlement vulnerability index…</source>
            <translation>Indice de vulnérabilité des quartiers…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="160" />
            <source>Indicator weights by pairwise comparison (AHP)…</source>
            <translation>Pondération des indicateurs par comparaison par paires (AHP)…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="164" />
            <source>Access</source>
            <translation>Accès</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="164" />
            <source>Access to services…</source>
            <translation>Accès aux services…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="164" />
            <source>Energy access options…</source>
            <translation>Options d'accès à l'énergie…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="167" />
            <source>Priorities</source>
            <translation>Priorités</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="167" />
            <source>Citywide resilience priorities…</source>
            <translation>Priorités de résilience à l'échelle de la ville…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="167" />
            <source>Priority explorer</source>
            <translation>Explorateur des priorités</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="170" />
            <source>Planned actions</source>
            <translation>Actions prévues</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="170" />
            <source>Create planned-action register…</source>
            <translation>Créer un registre des actions prévues…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="170" />
            <source>Action coverage and gaps…</source>
            <translation>Couverture des actions et lacunes…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="170" />
            <source>Import actions from CSV…</source>
            <translation>Importer des actions depuis un CSV…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="170" />
            <source>Export action plan (CSV or Excel)…</source>
            <translation>Exporter le plan d'actions (CSV ou Excel)…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="180" />
            <source>Report and workflow</source>
            <translation>Rapport et chaîne de traitement</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="180" />
            <source>Resilience priorities report…</source>
            <translation>Rapport sur les priorités de résilience…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="180" />
            <source>Citywide workflow: exposure to action coverage…</source>
            <translation>Chaîne de traitement à l'échelle de la ville : de l'exposition à la couverture des actions…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="180" />
            <source>Batch: many cities…</source>
            <translation>Traitement par lot : plusieurs villes…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="185" />
            <source>Training</source>
            <translation>Formation</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="185" />
            <source>Generate sample city…</source>
            <translation>Générer la ville d'exemple…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="199" />
            <source>Help</source>
            <translation>Aide</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="202" />
            <source>Open the Resilience Planner guide</source>
            <translation>Ouvrir le guide de Resilience Planner</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="206" />
            <source>About Resilience Planner…</source>
            <translation>À propos de Resilience Planner…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="251" />
            <source>&lt;p&gt;&lt;b&gt;Resilience Planner {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{description}&lt;/p&gt;&lt;p&gt;Home page: &lt;a href="{homepage}"&gt;{homepage}&lt;/a&gt;&lt;br&gt;Report a problem: &lt;a href="{tracker}"&gt;{tracker}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Licence: {license}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Resilience Planner {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{description}&lt;/p&gt;&lt;p&gt;Page d'accueil : &lt;a href="{homepage}"&gt;{homepage}&lt;/a&gt;&lt;br&gt;Signaler un problème : &lt;a href="{tracker}"&gt;{tracker}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Licence : {license}&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="261" />
            <source>About Resilience Planner</source>
            <translation>À propos de Resilience Planner</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="170" />
            <source>Copy planned-action register…</source>
            <translation>Copier un registre des actions prévues…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="170" />
            <source>Finance readiness of the actions…</source>
            <translation>Maturité des actions pour le financement…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="180" />
            <source>Project profiles (PDF)…</source>
            <translation>Fiches de projet (PDF)…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="170" />
            <source>Energy plan actions into the register…</source>
            <translation>Inscrire les actions du plan énergétique au registre…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="170" />
            <source>Restore a planned action from its history…</source>
            <translation>Restaurer une action prévue à partir de son historique…</translation>
        </message>
    </context>
    <context>
        <name>ResiliencePlannerProvider</name>
        <message>
            <location filename="../algorithms/provider.py" line="38" />
            <source>Citywide workflow: exposure to action coverage</source>
            <translation>Chaîne de traitement à l'échelle de la ville : de l'exposition à la couverture des actions</translation>
        </message>
        <message>
            <location filename="../algorithms/provider.py" line="79" />
            <source>Workflow</source>
            <translation>Chaîne de traitement</translation>
        </message>
    </context>
    <context>
        <name>ResilienceReport</name>
        <message>
            <location filename="../qgis_side/report.py" line="87" />
            <source>Resilience priorities</source>
            <translation>Priorités de résilience</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="97" />
            <source>Legend</source>
            <translation>Légende</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="88" />
            <source>Settlement ranking</source>
            <translation>Classement des quartiers</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="89" />
            <source>Action plan</source>
            <translation>Plan d'actions</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="93" />
            <source>Method and provenance</source>
            <translation>Méthode et provenance</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="354" />
            <source>{0} — {1} · page {2} of {3}</source>
            <translation>{0} — {1} · page {2} sur {3}</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="591" />
            <source>{0} (continued)</source>
            <translation>{0} (suite)</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="60" />
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="60" />
            <source>Settlement</source>
            <translation>Quartier</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="60" />
            <source>People</source>
            <translation>Habitants</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="60" />
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="60" />
            <source>Main drivers</source>
            <translation>Facteurs principaux</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="60" />
            <source>Rank range</source>
            <translation>Plage de rangs</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="60" />
            <source>Stable</source>
            <translation>Stable</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="68" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="68" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="68" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="68" />
            <source>Funding</source>
            <translation>Financement</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="82" />
            <source>Cost</source>
            <translation>Coût</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="77" />
            <source>Beneficiaries</source>
            <translation>Bénéficiaires</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="68" />
            <source>Settlements</source>
            <translation>Quartiers</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="77" />
            <source>Funding status</source>
            <translation>État du financement</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="77" />
            <source>Readiness</source>
            <translation>Maturité</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="82" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="82" />
            <source>Hazard addressed</source>
            <translation>Aléa traité</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="90" />
            <source>Finance pipeline</source>
            <translation>Portefeuille de financement</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="91" />
            <source>By funding status and readiness</source>
            <translation>Par état du financement et maturité</translation>
        </message>
        <message>
            <location filename="../qgis_side/report.py" line="92" />
            <source>Total cost by hazard addressed</source>
            <translation>Coût total par aléa traité</translation>
        </message>
    </context>
    <context>
        <name>RestoreActionAlgorithm</name>
        <message>
            <location filename="../algorithms/restore_action.py" line="36" />
            <source>Restore a planned action from its history</source>
            <translation>Restaurer une action prévue à partir de son historique</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="39" />
            <source>Planned actions</source>
            <translation>Actions prévues</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="46" />
            <source>The register's database: the name of a QGIS PostgreSQL connection, or a connection string such as service=office or dbname=city host=db.example.org user=planner. A GeoPackage register keeps no history, so it cannot be restored from.</source>
            <translation>La base de données du registre : le nom d'une connexion PostgreSQL de QGIS, ou une chaîne de connexion telle que service=office ou dbname=city host=db.example.org user=planner. Un registre GeoPackage ne conserve aucun historique : aucune restauration n'est donc possible à partir de lui.</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="50" />
            <source>The database schema that holds the register.</source>
            <translation>Le schéma de la base de données qui contient le registre.</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="51" />
            <source>The action_id of the action to restore (a UUID).</source>
            <translation>L'action_id de l'action à restaurer (un UUID).</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="52" />
            <source>The history_id of the entry of planned_actions_history whose state the action gets back (the History… of the Planned actions dock lists them).</source>
            <translation>Le history_id de l'entrée de planned_actions_history dont l'action reprend l'état (le bouton Historique… du panneau Actions prévues affiche les entrées).</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="54" />
            <source>The row version you saw the action at (0: you saw it deleted): when it has changed since, nothing is restored and the message says who changed it and when. Empty: no check.</source>
            <translation>La version de la ligne de l'action telle que vous l'avez vue (0 : vous l'avez vue supprimée) : si elle a changé depuis, rien n'est restauré et le message indique qui l'a modifiée et quand. Vide : aucune vérification.</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="60" />
            <source>Database (PostgreSQL)</source>
            <translation>Base de données (PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="61" />
            <source>Database schema</source>
            <translation>Schéma de la base de données</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="63" />
            <source>Action (action_id)</source>
            <translation>Action (action_id)</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="64" />
            <source>History entry (history_id)</source>
            <translation>Entrée d'historique (history_id)</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="67" />
            <source>Row version seen</source>
            <translation>Version de la ligne lue</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="70" />
            <source>Action restored</source>
            <translation>Action restaurée</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="71" />
            <source>Its new row version</source>
            <translation>Nouvelle version de la ligne</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="72" />
            <source>How it was written (UPDATE, or INSERT for a deleted action)</source>
            <translation>Mode d'écriture (UPDATE, ou INSERT pour une action supprimée)</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="92" />
            <source>The action "{0}" ({1}), deleted, is back in the register in the state of history entry {2}: row version {3}.</source>
            <translation>L'action « {0} » ({1}), qui avait été supprimée, est de retour dans le registre, dans l'état de l'entrée d'historique {2} : version de la ligne {3}.</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="96" />
            <source>The action "{0}" ({1}) is back in the state of history entry {2}: row version {3}.</source>
            <translation>L'action « {0} » ({1}) est revenue à l'état de l'entrée d'historique {2} : version de la ligne {3}.</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="104" />
            <source>"{0}" is a GeoPackage register, which keeps no history of its own edits: there is no earlier state to restore. Only a register in a PostgreSQL database records every change (Copy planned-action register copies a GeoPackage into one). Give DATABASE: the name of a QGIS PostgreSQL connection, or a connection string such as service=office.</source>
            <translation>« {0} » est un registre GeoPackage, qui ne conserve aucun historique de ses propres modifications : il n'y a aucun état antérieur à restaurer. Seul un registre dans une base de données PostgreSQL enregistre chaque modification (Copier un registre des actions prévues copie un GeoPackage dans une telle base). Indiquez DATABASE : le nom d'une connexion PostgreSQL de QGIS, ou une chaîne de connexion telle que service=office.</translation>
        </message>
        <message>
            <location filename="../algorithms/restore_action.py" line="109" />
            <source>Give DATABASE: the name of a QGIS PostgreSQL connection, or a connection string such as service=office, of the register whose action to restore. A GeoPackage register keeps no history of its own edits, so only a register in a database can be restored from.</source>
            <translation>Indiquez DATABASE, la base de données du registre dont vous voulez restaurer une action : le nom d'une connexion PostgreSQL de QGIS, ou une chaîne de connexion telle que service=office. Un registre GeoPackage ne conserve aucun historique de ses propres modifications : seul un registre dans une base de données permet donc une restauration.</translation>
        </message>
    </context>
    <context>
        <name>SampleCityAlgorithm</name>
        <message>
            <location filename="../algorithms/sample_city.py" line="30" />
            <source>Generate sample city</source>
            <translation>Générer la ville d'exemple</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="33" />
            <source>Training</source>
            <translation>Formation</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="39" />
            <source>Seed</source>
            <translation>Graine</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="41" />
            <source>Output folder</source>
            <translation>Dossier de sortie</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="43" />
            <source>Sample city GeoPackage</source>
            <translation>GeoPackage de la ville d'exemple</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="57" />
            <source>Sample city written to {0}</source>
            <translation>Ville d'exemple écrite dans {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="69" />
            <source>Sample city Mto Mkuu (seed {0})</source>
            <translation>Ville d'exemple Mto Mkuu (graine {0})</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="44" />
            <source>Flood depth</source>
            <translation>Hauteur d'eau</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="44" />
            <source>Landslide susceptibility</source>
            <translation>Susceptibilité aux glissements de terrain</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="44" />
            <source>Land-surface temperature</source>
            <translation>Température de surface</translation>
        </message>
        <message>
            <location filename="../algorithms/sample_city.py" line="44" />
            <source>Population</source>
            <translation>Population</translation>
        </message>
    </context>
    <context>
        <name>ServiceAccessAlgorithm</name>
        <message>
            <location filename="../algorithms/service_access.py" line="76" />
            <source>Access to services</source>
            <translation>Accès aux services</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="46" />
            <source>Access</source>
            <translation>Accès</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="53" />
            <source>A number (exposed where the value is at least it, e.g. 0.5), a comparison (&lt;=2) or classes (=1|2). Empty: any value above 0.</source>
            <translation>Un nombre (exposé là où la valeur l'atteint au moins, par ex. 0.5), une comparaison (&lt;=2) ou des classes (=1|2). Vide : toute valeur supérieure à 0.</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="58" />
            <source>Settlements</source>
            <translation>Quartiers</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="60" />
            <source>Facilities</source>
            <translation>Équipements</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="62" />
            <source>Facility type field</source>
            <translation>Champ de type d'équipement</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="65" />
            <source>Roads</source>
            <translation>Routes</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="67" />
            <source>Hazard raster</source>
            <translation>Raster d'aléa</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="68" />
            <source>Hazard exposure rule</source>
            <translation>Règle d'exposition à l'aléa</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="70" />
            <source>Maximum distance (m)</source>
            <translation>Distance maximale (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="73" />
            <source>Road snapping tolerance (m)</source>
            <translation>Tolérance d'accrochage aux routes (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="78" />
            <source>Settlements that lose access to a facility type</source>
            <translation>Quartiers qui perdent l'accès à un type d'équipement</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="117" />
            <source>The settlements layer has no features.</source>
            <translation>La couche de quartiers n'a aucune entité.</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="119" />
            <source>Distances are measured in {0} ({1}).</source>
            <translation>Les distances sont mesurées dans {0} ({1}).</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="142" />
            <source>The facilities layer has no points.</source>
            <translation>La couche d'équipements ne contient aucun point.</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="146" />
            <source>{0} facilities have no type; their fields start with "{1}_".</source>
            <translation>{0} équipements n'ont pas de type ; leurs champs commencent par « {1}_ ».</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="148" />
            <source>Facility types: {0}</source>
            <translation>Types d'équipements : {0}</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="156" />
            <source>Road network: {0:,} junctions and vertices, {1:,} segments.</source>
            <translation>Réseau routier : {0:,} carrefours et sommets, {1:,} tronçons.</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="164" />
            <source>{0} settlements are farther than the maximum distance from any road.</source>
            <translation>{0} quartiers sont plus éloignés de toute route que la distance maximale.</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="167" />
            <source>No roads: only straight-line distances are computed; the network fields stay NULL.</source>
            <translation>Pas de routes : seules les distances à vol d'oiseau sont calculées ; les champs de réseau restent NULL.</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="178" />
            <source>{0:,} of {1:,} road segments are cut by the hazard.</source>
            <translation>{0:,} tronçons routiers sur {1:,} sont coupés par l'aléa.</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="187" />
            <source>No "{0}" facility lies within {1:,.0f} m of any settlement.</source>
            <translation>Aucun équipement « {0} » ne se trouve à moins de {1:,.0f} m d'un quartier.</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="195" />
            <source>{0}: {1} of {2} facilities are out of service during the hazard.</source>
            <translation>{0} : {1} équipements sur {2} sont hors service pendant l'aléa.</translation>
        </message>
        <message>
            <location filename="../algorithms/service_access.py" line="206" />
            <source>{0}: {1} settlements lose access during the hazard.</source>
            <translation>{0} : {1} quartiers perdent l'accès pendant l'aléa.</translation>
        </message>
    </context>
    <context>
        <name>SettlementExposureAlgorithm</name>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="48" />
            <source>Settlement hazard exposure</source>
            <translation>Exposition des quartiers aux aléas</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="51" />
            <source>Exposure</source>
            <translation>Exposition</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="59" />
            <source>Persons per cell.</source>
            <translation>Habitants par cellule.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="60" />
            <source>Persons per settlement, used when there is no population raster.</source>
            <translation>Habitants par quartier, utilisé en l'absence de raster de population.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="64" />
            <source>Settlements</source>
            <translation>Quartiers</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="66" />
            <source>Settlement ID field</source>
            <translation>Champ identifiant des quartiers</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="69" />
            <source>Hazard rasters</source>
            <translation>Rasters d'aléa</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="71" />
            <source>Exposure rules, one per hazard</source>
            <translation>Règles d'exposition, une par aléa</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="74" />
            <source>Population raster (persons/cell)</source>
            <translation>Raster de population (habitants/cellule)</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="76" />
            <source>Population field (persons)</source>
            <translation>Champ de population (habitants)</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="82" />
            <source>Settlement exposure</source>
            <translation>Exposition des quartiers</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="84" />
            <source>Settlements exposed to at least one hazard</source>
            <translation>Quartiers exposés à au moins un aléa</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="86" />
            <source>People exposed to at least one hazard</source>
            <translation>Habitants exposés à au moins un aléa</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="88" />
            <source>Doubts about the hazards (also in the output layer's metadata)</source>
            <translation>Doutes sur les aléas (également dans les métadonnées de la couche de sortie)</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="110" />
            <source>Settlements layer "{0}" has no CRS. Set its coordinate reference system (Layer Properties &gt; Source) and run again.</source>
            <translation>La couche de quartiers « {0} » n'a pas de SCR. Définissez son système de coordonnées de référence (Propriétés de la couche &gt; Source) et relancez.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="115" />
            <source>Choose at least one hazard raster.</source>
            <translation>Choisissez au moins un raster d'aléa.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="119" />
            <source>Raster "{0}" has {1} bands; band 1 is used.</source>
            <translation>Le raster « {0} » a {1} bandes ; la bande 1 est utilisée.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="132" />
            <source>Hazard "{0}" → fields {1}_*</source>
            <translation>Aléa « {0} » → champs {1}_*</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="135" />
            <source>Settlements layer "{0}" has no features. Choose a layer with settlement polygons, or clear the selection filter.</source>
            <translation>La couche de quartiers « {0} » n'a aucune entité. Choisissez une couche contenant des polygones de quartiers, ou effacez le filtre de sélection.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="142" />
            <source>No population raster or population field: the *_exposed_pop fields stay NULL.</source>
            <translation>Pas de raster ni de champ de population : les champs *_exposed_pop restent NULL.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="156" />
            <source>Hazard "{0}" exposes (nearly) all of every settlement: {1} of the {2} settlements with data are at least 99 % exposed under its rule ({3}). A real hazard rarely does: check that the rule does not include every value (classes coded the other way round, a threshold below the data) and that the layer is a hazard.</source>
            <translation>L'aléa « {0} » expose (presque) entièrement chaque quartier : {1} des {2} quartiers avec données sont exposés à au moins 99 % selon sa règle ({3}). Un aléa réel le fait rarement : vérifiez que la règle n'inclut pas toutes les valeurs (classes codées dans l'autre sens, seuil inférieur aux données) et que la couche est bien un aléa.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="185" />
            <source>{0} of {1} settlements are exposed to at least one hazard; {2}.</source>
            <translation>{0} quartiers sur {1} sont exposés à au moins un aléa ; {2}.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="185" />
            <source>the number of people exposed is unknown (no population)</source>
            <translation>le nombre d'habitants exposés est inconnu (pas de population)</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="185" />
            <source>{0:,.0f} people live in exposed cells</source>
            <translation>{0:,.0f} habitants vivent dans des cellules exposées</translation>
        </message>
    </context>
    <context>
        <name>Styles</name>
        <message>
            <location filename="../qgis_side/styles.py" line="45" />
            <source>grid densification</source>
            <translation>densification du réseau</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="46" />
            <source>grid extension</source>
            <translation>extension du réseau</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="47" />
            <source>mini grid</source>
            <translation>mini-réseau</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="48" />
            <source>standalone solar</source>
            <translation>solaire autonome</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="110" />
            <source>{0} cannot be opened</source>
            <translation>Impossible d'ouvrir {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="115" />
            <source>The style Resilience Planner gave this output</source>
            <translation>Le style que Resilience Planner a donné à cette sortie</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="117" />
            <source>{0}: the .qml could not be written</source>
            <translation>{0} : le fichier .qml n'a pas pu être écrit</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="189" />
            <source>Could not style {0}: {1}</source>
            <translation>Impossible d'appliquer un style à {0} : {1}</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="212" />
            <source>1 Very low</source>
            <translation>1 Très faible</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="212" />
            <source>2 Low</source>
            <translation>2 Faible</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="212" />
            <source>3 Medium</source>
            <translation>3 Moyenne</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="212" />
            <source>4 High</source>
            <translation>4 Élevée</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="212" />
            <source>5 Very high</source>
            <translation>5 Très élevée</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="304" />
            <source>{0} – lowest here (0 = no criterion scores)</source>
            <translation>{0} – minimum ici (0 = aucun score de critère)</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="305" />
            <source>{0} (half of the cells below)</source>
            <translation>{0} (la moitié des cellules en dessous)</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="306" />
            <source>{0} (three quarters below)</source>
            <translation>{0} (les trois quarts en dessous)</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="307" />
            <source>{0} (nine tenths below)</source>
            <translation>{0} (les neuf dixièmes en dessous)</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="308" />
            <source>{0} – highest here (100 = every criterion high)</source>
            <translation>{0} – maximum ici (100 = tout critère haut)</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="309" />
            <source>half of the cells</source>
            <translation>la moitié des cellules</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="309" />
            <source>three quarters of the cells</source>
            <translation>les trois quarts des cellules</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="310" />
            <source>nine tenths of the cells</source>
            <translation>les neuf dixièmes des cellules</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="329" />
            <source>{0} at or below</source>
            <translation>{0} ou moins</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="341" />
            <source>{0} (priority {1:.1f}–{2:.1f})</source>
            <translation>{0} (priorité {1:.1f}–{2:.1f})</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="350" />
            <source>Not ranked (no data)</source>
            <translation>Non classé (pas de données)</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="359" />
            <source>High priority (classes 4-5)</source>
            <translation>Priorité élevée (classes 4-5)</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="364" />
            <source>Action proposed</source>
            <translation>Action proposée</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="364" />
            <source>Action approved</source>
            <translation>Action approuvée</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="364" />
            <source>Action in progress</source>
            <translation>Action en cours</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="364" />
            <source>Action done</source>
            <translation>Action terminée</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="380" />
            <source>Action cancelled</source>
            <translation>Action annulée</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="384" />
            <source>Action without a status</source>
            <translation>Action sans statut</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="398" />
            <source>Exposed to {0}</source>
            <translation>Exposé à {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="398" />
            <source>Not exposed</source>
            <translation>Non exposé</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="398" />
            <source>No hazard data</source>
            <translation>Pas de données d'aléa</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="408" />
            <source>Loses access to {0} in the hazard</source>
            <translation>Perd l'accès à {0} pendant l'aléa</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="408" />
            <source>Keeps access to {0}</source>
            <translation>Conserve l'accès à {0}</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="408" />
            <source>No road access to {0}, even without the hazard</source>
            <translation>Pas d'accès routier à {0}, même sans l'aléa</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="436" />
            <source>Primary road</source>
            <translation>Route principale</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="436" />
            <source>Secondary road</source>
            <translation>Route secondaire</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="436" />
            <source>Residential road</source>
            <translation>Voie résidentielle</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="442" />
            <source>Other road</source>
            <translation>Autre voie</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="452" />
            <source>0 m (dry)</source>
            <translation>0 m (sec)</translation>
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
            <translation>1 Faible</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="461" />
            <source>2 Moderate</source>
            <translation>2 Modérée</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="462" />
            <source>3 High</source>
            <translation>3 Élevée</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="474" />
            <source>0 people per cell</source>
            <translation>0 habitant par cellule</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>City boundary</source>
            <translation>Limite de la ville</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Health facilities</source>
            <translation>Centres de santé</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Schools</source>
            <translation>Écoles</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Water points</source>
            <translation>Points d'eau</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Substations</source>
            <translation>Postes électriques</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Power lines</source>
            <translation>Lignes électriques</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Roads</source>
            <translation>Routes</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Settlements</source>
            <translation>Quartiers</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Settlement profiles</source>
            <translation>Profils de quartier</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Flood depth (m)</source>
            <translation>Hauteur d'eau (m)</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Landslide susceptibility</source>
            <translation>Susceptibilité aux glissements de terrain</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Land-surface temperature (°C)</source>
            <translation>Température de surface (°C)</translation>
        </message>
        <message>
            <location filename="../qgis_side/styles.py" line="481" />
            <source>Population (people per cell)</source>
            <translation>Population (habitants par cellule)</translation>
        </message>
    </context>
    <context>
        <name>Vulnerability</name>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="107" />
            <source>Warning: </source>
            <translation>Avertissement : </translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="111" />
            <source>Error: </source>
            <translation>Erreur : </translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="838" />
            <source>Vulnerability indicators</source>
            <translation>Indicateurs de vulnérabilité</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="171" />
            <source>Indicators</source>
            <translation>Indicateurs</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="172" />
            <source>Pairwise weights (AHP)</source>
            <translation>Pondération par paires (AHP)</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="175" />
            <source>Messages</source>
            <translation>Messages</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="186" />
            <source>Run</source>
            <translation>Exécuter</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="187" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="208" />
            <source>A table of settlement profiles joined to the settlements by a key. Empty: the indicators are the settlements layer's own fields.</source>
            <translation>Une table de profils de quartier jointe aux quartiers par une clé. Vide : les indicateurs sont les champs de la couche de quartiers elle-même.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="212" />
            <source>Settlements</source>
            <translation>Quartiers</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="218" />
            <source>Key</source>
            <translation>Clé</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="216" />
            <source>Profile table</source>
            <translation>Table des profils</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="226" />
            <source>Built-in presets…</source>
            <translation>Jeux prédéfinis intégrés…</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="231" />
            <source>Load preset…</source>
            <translation>Charger un jeu prédéfini…</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="232" />
            <source>Save preset…</source>
            <translation>Enregistrer le jeu prédéfini…</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="239" />
            <source>Indicator (tick to use)</source>
            <translation>Indicateur (cochez pour l'utiliser)</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="239" />
            <source>Direction</source>
            <translation>Sens</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="239" />
            <source>Weight</source>
            <translation>Poids</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="239" />
            <source>Share</source>
            <translation>Part</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="245" />
            <source>The weight's share of the ticked indicators' total: what the index gives it</source>
            <translation>La part de ce poids dans le total des indicateurs cochés : ce que l'indice lui accorde</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="255" />
            <source>Min–max</source>
            <translation>Min–max</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="255" />
            <source>Percentile rank</source>
            <translation>Rang centile</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="255" />
            <source>Z-score through the normal distribution</source>
            <translation>Score z via la loi normale</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="258" />
            <source>Reweight over the indicators present</source>
            <translation>Repondérer sur les indicateurs présents</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="258" />
            <source>Fill with the median</source>
            <translation>Remplacer par la médiane</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="258" />
            <source>Leave the score NULL</source>
            <translation>Laisser le score à NULL</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="262" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="263" />
            <source>[Create temporary layer]</source>
            <translation>[Créer une couche temporaire]</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="264" />
            <source>Normalisation</source>
            <translation>Normalisation</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="266" />
            <source>Missing values</source>
            <translation>Valeurs manquantes</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="268" />
            <source>Output</source>
            <translation>Sortie</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="279" />
            <source>The arrow points at the more important indicator of each pair. The computed weights apply once you click "Use these weights".</source>
            <translation>La flèche pointe vers l'indicateur le plus important de chaque paire. Les poids calculés s'appliquent une fois que vous cliquez sur « Utiliser ces poids ».</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="294" />
            <source>Compute weights</source>
            <translation>Calculer les poids</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="295" />
            <source>Use these weights</source>
            <translation>Utiliser ces poids</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="296" />
            <source>Replace the weights on the Indicators page by the AHP weights</source>
            <translation>Remplacer les poids de la page Indicateurs par les poids AHP</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="349" />
            <source>Settlements: "{0}", {1}.</source>
            <translation>Quartiers : « {0} », {1}.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="351" />
            <source>Profiles joined on "{0}" = "{1}".</source>
            <translation>Profils joints sur « {0} » = « {1} ».</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="353" />
            <source>Add a settlements layer (polygons) to the project.</source>
            <translation>Ajoutez une couche de quartiers (polygones) au projet.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="420" />
            <source>"{0}" and "{1}" have no key field of the same name: choose the two key fields.</source>
            <translation>« {0} » et « {1} » n'ont pas de champ clé du même nom : choisissez les deux champs clés.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="470" />
            <source>+ : a higher value means more vulnerable; - : less vulnerable</source>
            <translation>+ : une valeur plus élevée signifie plus vulnérable ; - : moins vulnérable</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="567" />
            <source>Preset "{0}" loaded.</source>
            <translation>Jeu prédéfini « {0} » chargé.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="569" />
            <source>Not in this table: {0}.</source>
            <translation>Absent de cette table : {0}.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="578" />
            <source>Preset saved to {0}</source>
            <translation>Jeu prédéfini enregistré dans {0}</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="586" />
            <source>Load indicator preset</source>
            <translation>Charger un jeu prédéfini d'indicateurs</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="592" />
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="592" />
            <source>Save indicator preset</source>
            <translation>Enregistrer le jeu prédéfini d'indicateurs</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="736" />
            <source>{0} pairs</source>
            <translation>{0} paires</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="648" />
            <source>Tick at least two indicators on the Indicators page first.</source>
            <translation>Cochez d'abord au moins deux indicateurs sur la page Indicateurs.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="708" />
            <source>CR = {0:.3f}</source>
            <translation>CR = {0:.3f}</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="710" />
            <source>(above 0.1: the judgements contradict each other; revisit them)</source>
            <translation>(au-dessus de 0,1 : les jugements se contredisent ; revoyez-les)</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="720" />
            <source>The ticked indicators changed since the AHP weights were computed: compute them again.</source>
            <translation>Les indicateurs cochés ont changé depuis le calcul des poids AHP : calculez-les à nouveau.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="727" />
            <source>AHP weights applied (CR = {0:.3f}).</source>
            <translation>Poids AHP appliqués (CR = {0:.3f}).</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="761" />
            <source>Choose a settlements layer.</source>
            <translation>Choisissez une couche de quartiers.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="764" />
            <source>Tick at least one indicator.</source>
            <translation>Cochez au moins un indicateur.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="808" />
            <source>Cancelled while the output was being written: it was completed and kept.</source>
            <translation>Annulé pendant l'écriture de la sortie : celle-ci a été terminée et conservée.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="808" />
            <source>Cancelled: no output was written.</source>
            <translation>Annulé : aucune sortie n'a été écrite.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="812" />
            <source>The index was not computed; see the messages.</source>
            <translation>L'indice n'a pas été calculé ; voir les messages.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="821" />
            <source>Settlement vulnerability</source>
            <translation>Vulnérabilité des quartiers</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="826" />
            <source>{0} settlements scored; mean completeness {1:.0%}.</source>
            <translation>{0} quartiers notés ; complétude moyenne {1:.0%}.</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="838" />
            <source>The index is still being computed. Cancel it?</source>
            <translation>L'indice est encore en cours de calcul. L'annuler ?</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="704" />
            <source>{0} {1} → {2}</source>
            <translation>{0} {1} → {2}</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="707" />
            <source>Share of the weight, now → with AHP: </source>
            <translation>Part du poids, actuelle → avec AHP : </translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="68" />
            <source>◀ 9 extremely</source>
            <translation>◀ 9 extrêmement</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="69" />
            <source>◀ 7 very strongly</source>
            <translation>◀ 7 très fortement</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="70" />
            <source>◀ 5 strongly</source>
            <translation>◀ 5 fortement</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="71" />
            <source>◀ 3 moderately</source>
            <translation>◀ 3 modérément</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="72" />
            <source>1 equally</source>
            <translation>1 importance égale</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="73" />
            <source>3 moderately ▶</source>
            <translation>3 modérément ▶</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="74" />
            <source>5 strongly ▶</source>
            <translation>5 fortement ▶</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="75" />
            <source>7 very strongly ▶</source>
            <translation>7 très fortement ▶</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="76" />
            <source>9 extremely ▶</source>
            <translation>9 extrêmement ▶</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="78" />
            <source>"{a}" is extremely more important than "{b}"</source>
            <translation>« {a} » est extrêmement plus important que « {b} »</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="79" />
            <source>"{a}" is very strongly more important than "{b}"</source>
            <translation>« {a} » est très fortement plus important que « {b} »</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="80" />
            <source>"{a}" is strongly more important than "{b}"</source>
            <translation>« {a} » est fortement plus important que « {b} »</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="81" />
            <source>"{a}" is moderately more important than "{b}"</source>
            <translation>« {a} » est modérément plus important que « {b} »</translation>
        </message>
        <message>
            <location filename="../gui/vulnerability_dialog.py" line="82" />
            <source>"{a}" and "{b}" are equally important</source>
            <translation>« {a} » et « {b} » sont d'importance égale</translation>
        </message>
    </context>
    <context>
        <name>VulnerabilityIndexAlgorithm</name>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="47" />
            <source>Settlement vulnerability index</source>
            <translation>Indice de vulnérabilité des quartiers</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="50" />
            <source>Vulnerability</source>
            <translation>Vulnérabilité</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="57" />
            <source>Empty: the preset's, else min–max.</source>
            <translation>Vide : celle du jeu prédéfini, sinon min–max.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="58" />
            <source>Empty: the preset's, else reweight over the indicators present.</source>
            <translation>Vide : celle du jeu prédéfini, sinon repondérer sur les indicateurs présents.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="62" />
            <source>Settlements</source>
            <translation>Quartiers</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="64" />
            <source>Settlement profiles (table)</source>
            <translation>Profils de quartier (table)</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="66" />
            <source>Settlement key field</source>
            <translation>Champ clé des quartiers</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="69" />
            <source>Profile key field</source>
            <translation>Champ clé des profils</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="71" />
            <source>Indicators</source>
            <translation>Indicateurs</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="71" />
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="71" />
            <source>Direction (+/-)</source>
            <translation>Sens (+/-)</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="71" />
            <source>Weight</source>
            <translation>Poids</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="74" />
            <source>Indicator preset (JSON)</source>
            <translation>Jeu prédéfini d'indicateurs (JSON)</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="77" />
            <source>Normalisation</source>
            <translation>Normalisation</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="77" />
            <source>Min–max</source>
            <translation>Min–max</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="77" />
            <source>Percentile rank</source>
            <translation>Rang centile</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="77" />
            <source>Z-score through the normal distribution</source>
            <translation>Score z via la loi normale</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="81" />
            <source>Missing values</source>
            <translation>Valeurs manquantes</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="81" />
            <source>Reweight over the indicators present</source>
            <translation>Repondérer sur les indicateurs présents</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="81" />
            <source>Fill with the median</source>
            <translation>Remplacer par la médiane</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="81" />
            <source>Leave the score NULL</source>
            <translation>Laisser le score à NULL</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="86" />
            <source>Settlement vulnerability</source>
            <translation>Vulnérabilité des quartiers</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="88" />
            <source>Settlements with a score</source>
            <translation>Quartiers notés</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="89" />
            <source>Mean completeness</source>
            <translation>Complétude moyenne</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="107" />
            <source>A profile table was given: choose the settlement key field and the profile key field that join it to the settlements.</source>
            <translation>Une table de profils a été fournie : choisissez le champ clé des quartiers et le champ clé des profils qui la joignent aux quartiers.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="117" />
            <source>Settlements layer "{0}" has no features.</source>
            <translation>La couche de quartiers « {0} » n'a aucune entité.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="127" />
            <source>No profile matched any settlement: "{0}" in "{1}" (e.g. {2}) and "{3}" in "{4}" (e.g. {5}) share no key. Check the two key fields.</source>
            <translation>Aucun profil ne correspond à un quartier : « {0} » dans « {1} » (par ex. {2}) et « {3} » dans « {4} » (par ex. {5}) n'ont aucune clé en commun. Vérifiez les deux champs clés.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="133" />
            <source>{0} settlement(s) have no profile, so their indicators are missing: {1}</source>
            <translation>{0} quartier(s) sans profil, dont les indicateurs sont donc manquants : {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="137" />
            <source>{0} profile(s) match no settlement: {1}</source>
            <translation>{0} profil(s) ne correspondant à aucun quartier : {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="147" />
            <source>Weights (normalised to sum 1), normalisation {0}, missing values: {1}</source>
            <translation>Poids (normalisés pour que leur somme fasse 1), normalisation {0}, valeurs manquantes : {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="191" />
            <source>Both INDICATORS and PRESET were given: the INDICATORS table is used.</source>
            <translation>INDICATORS et PRESET ont tous deux été fournis : c'est la table INDICATORS qui est utilisée.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="196" />
            <source>Preset "{0}": {1} indicators</source>
            <translation>Jeu prédéfini « {0} » : {1} indicateurs</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="199" />
            <source>No indicators: fill in the INDICATORS table (field, direction, weight) or choose a preset.</source>
            <translation>Aucun indicateur : remplissez la table INDICATORS (champ, sens, poids) ou choisissez un jeu prédéfini.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="220" />
            <source>Optional indicator "{0}" is not in "{1}" and is left out.</source>
            <translation>L'indicateur facultatif « {0} » n'existe pas dans « {1} » et n'est pas utilisé.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="224" />
            <source>Indicator field "{0}" is not in "{1}". Its numeric fields are: {2}.</source>
            <translation>Le champ d'indicateur « {0} » n'existe pas dans « {1} ». Ses champs numériques sont : {2}.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="224" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="229" />
            <source>Indicator field "{0}" in "{1}" is of type {2}; choose a numeric field.</source>
            <translation>Le champ d'indicateur « {0} » de « {1} » est de type {2} ; choisissez un champ numérique.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="233" />
            <source>Field "{0}" is text: its values are read as numbers.</source>
            <translation>Le champ « {0} » est de type texte : ses valeurs sont lues comme des nombres.</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="238" />
            <source>None of the preset's indicators is in "{0}".</source>
            <translation>Aucun des indicateurs du jeu prédéfini n'existe dans « {0} ».</translation>
        </message>
        <message>
            <location filename="../algorithms/vulnerability_index.py" line="242" />
            <source>Indicator field(s) listed twice (field names ignore case): {0}.</source>
            <translation>Champ(s) d'indicateur cité(s) deux fois (les noms de champ ne tiennent pas compte de la casse) : {0}.</translation>
        </message>
    </context>
    <context>
        <name>Weights</name>
        <message>
            <location filename="../qgis_side/weights.py" line="161" />
            <source>the cell size</source>
            <translation>la taille de cellule</translation>
        </message>
        <message>
            <location filename="../qgis_side/weights.py" line="173" />
            <source>the population bound</source>
            <translation>la borne de population</translation>
        </message>
        <message>
            <location filename="../qgis_side/weights.py" line="179" />
            <source>the access bounds</source>
            <translation>les bornes d'accès</translation>
        </message>
    </context>
    <context>
        <name>_Settlements</name>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="245" />
            <source>Population field "{0}" in "{1}" holds {2}, not numbers. Choose a numeric field of persons per settlement, or convert it first (Field Calculator: to_real("{0}")).</source>
            <translation>Le champ de population « {0} » de « {1} » contient {2}, et non des nombres. Choisissez un champ numérique d'habitants par quartier, ou convertissez-le d'abord (Calculatrice de champs : to_real("{0}")).</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="274" />
            <source>Population field "{0}" is empty for every settlement.</source>
            <translation>Le champ de population « {0} » est vide pour tous les quartiers.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="326" />
            <source>Settlements layer "{0}" changed while it was being measured ({1}). Run again once it is no longer being edited.</source>
            <translation>La couche de quartiers « {0} » a été modifiée pendant sa mesure ({1}). Relancez une fois qu'elle n'est plus en cours d'édition.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="343" />
            <source>{0} features, then {1}</source>
            <translation>{0} entités, puis {1}</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="338" />
            <source>feature {0} was edited, added or deleted</source>
            <translation>l'entité {0} a été modifiée, ajoutée ou supprimée</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="323" />
            <source>the population of feature {0} was edited</source>
            <translation>la population de l'entité {0} a été modifiée</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="350" />
            <source>Repaired {0} invalid settlement geometries with self-crossing rings in "{1}": {2}</source>
            <translation>{0} géométries de quartiers non valides, aux anneaux qui se recoupent, ont été réparées dans « {1} » : {2}</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="354" />
            <source>Measured {0} invalid settlement geometries in "{1}" as drawn (their rings touch or overlap but none crosses itself; overlapping parts count once): {2}</source>
            <translation>{0} géométries de quartiers non valides dans « {1} » ont été mesurées telles que dessinées (leurs anneaux se touchent ou se chevauchent, mais aucun ne se recoupe ; les parties superposées ne comptent qu'une fois) : {2}</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="359" />
            <source>Skipped {0} settlements in "{1}" with empty or unusable geometry (their statistics are NULL): {2}</source>
            <translation>{0} quartiers de « {1} » à la géométrie vide ou inutilisable ont été ignorés (leurs statistiques sont NULL) : {2}</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="259" />
            <source>Population field "{0}" in "{1}" holds {2} value(s) that are not numbers: {3}. Choose a field of persons per settlement, or correct those values (an empty one leaves its settlement without a population), and run again.</source>
            <translation>Le champ de population « {0} » de « {1} » contient {2} valeur(s) qui ne sont pas des nombres : {3}. Choisissez un champ d'habitants par quartier, ou corrigez ces valeurs (une valeur vide laisse son quartier sans population), puis relancez.</translation>
        </message>
        <message>
            <location filename="../algorithms/settlement_exposure.py" line="266" />
            <source>Population field "{0}" in "{1}": {2}.</source>
            <translation>Champ de population « {0} » de « {1} » : {2}.</translation>
        </message>
    </context>
    <context>
        <name>help:actioncoverage</name>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;p&gt;Sets the planned actions against the settlements (ideally the ranking of &lt;i&gt;Citywide resilience priorities&lt;/i&gt;): who each action serves, at what cost per person, and which high-priority settlements have no active action.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Confronte les actions prévues aux quartiers (idéalement le classement de &lt;i&gt;Priorités de résilience à l'échelle de la ville&lt;/i&gt;) : qui chaque action dessert, à quel coût par personne, et quels quartiers hautement prioritaires n'ont aucune action active.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;h3&gt;Inputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Entrées&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;li&gt;&lt;b&gt;Actions&lt;/b&gt;: the planned-action register. An action serves the settlements named in its &lt;i&gt;settlements&lt;/i&gt; field (by the settlement key); when it names none, those its target area overlaps. Cancelled actions serve nobody.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Actions&lt;/b&gt; : le registre des actions prévues. Une action dessert les quartiers cités dans son champ &lt;i&gt;settlements&lt;/i&gt; (par la clé du quartier) ; si elle n'en cite aucun, ceux que recouvre sa zone d'intervention. Les actions annulées ne desservent personne.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlements&lt;/b&gt; with their &lt;b&gt;key&lt;/b&gt;, &lt;b&gt;priority&lt;/b&gt; (default &lt;i&gt;priority_mean&lt;/i&gt;), &lt;b&gt;priority class&lt;/b&gt; (default &lt;i&gt;priority_class&lt;/i&gt;) and &lt;b&gt;population&lt;/b&gt; (default &lt;i&gt;grid_population&lt;/i&gt;) fields, as the ranking has them.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Quartiers&lt;/b&gt;, avec leurs champs &lt;b&gt;clé&lt;/b&gt;, &lt;b&gt;priorité&lt;/b&gt; (par défaut &lt;i&gt;priority_mean&lt;/i&gt;), &lt;b&gt;classe de priorité&lt;/b&gt; (par défaut &lt;i&gt;priority_class&lt;/i&gt;) et &lt;b&gt;population&lt;/b&gt; (par défaut &lt;i&gt;grid_population&lt;/i&gt;), tels que le classement les contient.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;li&gt;&lt;b&gt;Decimal mark&lt;/b&gt; (advanced): how numbers stored as text in the fields above are read. &lt;i&gt;Automatic&lt;/i&gt; decides each field from all its cells, and the log says what was used; a field whose every number has exactly three digits after its mark ("12.500", "3.200") could be thousands or decimals, and is refused: choose &lt;i&gt;point&lt;/i&gt; (1,234.5) or &lt;i&gt;comma&lt;/i&gt; (1.234,5).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Séparateur décimal&lt;/b&gt; (avancé) : comment sont lus les nombres enregistrés comme texte dans les champs ci-dessus. &lt;i&gt;Automatique&lt;/i&gt;
décide chaque champ à partir de toutes ses cellules, et le journal indique ce qui a été utilisé ; un champ dont chaque nombre a exactement
trois chiffres après son séparateur (« 12.500 », « 3.200 ») pourrait être en milliers ou en décimales, et il est refusé : choisissez
&lt;i&gt;point&lt;/i&gt; (1,234.5) ou &lt;i&gt;virgule&lt;/i&gt; (1.234,5).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;li&gt;&lt;b&gt;Population&lt;/b&gt; (optional raster, persons per cell): the people inside each action's target area (partly covered cells by their share). Without it an action's beneficiaries are the people of the settlements it serves.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Population&lt;/b&gt; (raster facultatif, habitants par cellule) : les habitants de la zone d'intervention de chaque action (les cellules partiellement couvertes au prorata). Sans ce raster, les bénéficiaires d'une action sont les habitants des quartiers qu'elle dessert.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;h3&gt;Outputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Sorties&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;li&gt;&lt;b&gt;Actions&lt;/b&gt; with &lt;i&gt;beneficiaries&lt;/i&gt;, &lt;i&gt;priority_score&lt;/i&gt; (mean priority of the settlements it serves), &lt;i&gt;cost_per_beneficiary&lt;/i&gt; and &lt;i&gt;served&lt;/i&gt; (their keys).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Actions&lt;/b&gt;, avec &lt;i&gt;beneficiaries&lt;/i&gt;, &lt;i&gt;priority_score&lt;/i&gt; (priorité moyenne des quartiers desservis), &lt;i&gt;cost_per_beneficiary&lt;/i&gt; et &lt;i&gt;served&lt;/i&gt; (leurs clés).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlements&lt;/b&gt; with &lt;i&gt;actions_count&lt;/i&gt; and &lt;i&gt;actions_cost&lt;/i&gt; (active actions; an action serving several settlements has its cost split evenly) and &lt;i&gt;gap&lt;/i&gt; (1 = priority class 4–5 and no active action).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Quartiers&lt;/b&gt;, avec &lt;i&gt;actions_count&lt;/i&gt; et &lt;i&gt;actions_cost&lt;/i&gt; (actions actives ; le coût d'une action desservant plusieurs quartiers est réparti à parts égales) et &lt;i&gt;gap&lt;/i&gt; (1 = classe de priorité 4–5 sans action active).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;p&gt;Numbers: active actions, gaps, people in high-priority settlements and the share of them in settlements that an active action serves, and the planned cost.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Chiffres : actions actives, lacunes, habitants des quartiers hautement prioritaires et part d'entre eux vivant dans des quartiers desservis par une action active, et coût prévu.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/actioncoverage.html" />
            <source>&lt;p&gt;The planned actions are a GeoPackage register or a register in a PostgreSQL/PostGIS database: choose its layer (opened by the &lt;i&gt;Planned actions&lt;/i&gt; dock, or from the Browser), or give &lt;code&gt;postgres://service=office table="resilience"."planned_actions" (geom)&lt;/code&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Les actions prévues sont un registre GeoPackage ou un registre dans une base de données PostgreSQL/PostGIS : choisissez sa couche (ouverte par le panneau &lt;i&gt;Actions prévues&lt;/i&gt;, ou depuis l'Explorateur), ou indiquez &lt;code&gt;postgres://service=office table="resilience"."planned_actions" (geom)&lt;/code&gt;.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:ahpweights</name>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;p&gt;Weights for indicators from pairwise judgements on Saaty's 1–9 scale (1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely more important; 1/3 ... 1/9 the other way round). The weights are the principal eigenvector of the comparison matrix.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Poids des indicateurs à partir de jugements par paires sur l'échelle de Saaty de 1 à 9 (1 : importance égale ; 3 : modérément, 5 : fortement, 7 : très fortement, 9 : extrêmement plus important ; 1/3 … 1/9 dans l'autre sens). Les poids sont le vecteur propre principal de la matrice de comparaison.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;h3&gt;Inputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Entrées&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;li&gt;&lt;b&gt;Indicator fields&lt;/b&gt;: names separated by commas, in matrix order.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Champs des indicateurs&lt;/b&gt; : noms séparés par des virgules, dans l'ordre de la matrice.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;li&gt;&lt;b&gt;Pairwise comparison matrix&lt;/b&gt;: numbers separated by commas, rows by semicolons or new lines. Either the full n × n reciprocal matrix, or only the upper triangle row by row (for a, b, c: a/b, a/c, b/c).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Matrice de comparaison par paires&lt;/b&gt; : nombres (au point décimal) séparés par des virgules, lignes séparées par des points-virgules ou des retours à la ligne. Soit la matrice réciproque complète n × n, soit seulement le triangle supérieur, ligne par ligne (pour a, b, c : a/b, a/c, b/c).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;li&gt;&lt;b&gt;Directions&lt;/b&gt; (optional): + or - per indicator, for the INDICATORS output.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Sens&lt;/b&gt; (facultatif) : + ou - par indicateur, pour la sortie INDICATORS.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;h3&gt;Outputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Sorties&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;li&gt;A table of indicator, direction and weight.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Une table indicateur, sens et poids.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;li&gt;&lt;b&gt;CONSISTENCY_RATIO&lt;/b&gt; (CR) and &lt;b&gt;LAMBDA_MAX&lt;/b&gt;. When CR &gt; 0.1 the judgements are too inconsistent by Saaty's rule and a warning says so: revisit them.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;CONSISTENCY_RATIO&lt;/b&gt; (CR) et &lt;b&gt;LAMBDA_MAX&lt;/b&gt;. Lorsque CR &gt; 0,1, les jugements sont trop incohérents selon la règle de Saaty et un avertissement le signale : revoyez-les.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;li&gt;&lt;b&gt;INDICATORS&lt;/b&gt;: text "field,direction,weight,..." that the vulnerability index accepts as its INDICATORS parameter.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;INDICATORS&lt;/b&gt; : texte « champ,sens,poids,... » que l'indice de vulnérabilité accepte comme paramètre INDICATORS.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/ahpweights.html" />
            <source>&lt;li&gt;&lt;b&gt;Preset&lt;/b&gt; (optional): the same as a JSON indicator preset.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Jeu prédéfini&lt;/b&gt; (facultatif) : la même chose sous forme de jeu prédéfini d'indicateurs JSON.&lt;/li&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:batchcities</name>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;p&gt;Runs the citywide priorities workflow and the report for every city of &lt;b&gt;Input folder&lt;/b&gt;, each into its own folder of &lt;b&gt;Output folder&lt;/b&gt;, and writes a cross-city summary (&lt;i&gt;summary.csv&lt;/i&gt;: population exposed, high-priority population and the share of it that actions serve, per city).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Exécute la chaîne de traitement des priorités à l'échelle de la ville et le rapport pour chaque ville du &lt;b&gt;Dossier des villes&lt;/b&gt;, chacune dans son propre dossier du &lt;b&gt;Dossier de sortie&lt;/b&gt;, et écrit une synthèse comparative des villes (&lt;i&gt;summary.csv&lt;/i&gt; : population exposée, population hautement prioritaire et part de celle-ci desservie par des actions, par ville).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;h3&gt;A city folder&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Le dossier d'une ville&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;li&gt;&lt;i&gt;city.gpkg&lt;/i&gt; with the layers settlements (key field settlement_id), settlement_profiles, city_boundary, health_facilities (type field facility_type) and roads;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;i&gt;city.gpkg&lt;/i&gt; avec les couches settlements (champ clé settlement_id), settlement_profiles, city_boundary, health_facilities (champ de type facility_type) et roads ;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;li&gt;hazard rasters named &lt;i&gt;hazard_*.tif&lt;/i&gt; and &lt;i&gt;population.tif&lt;/i&gt; (persons per cell);&lt;/li&gt;</source>
            <translation>&lt;li&gt;des rasters d'aléa nommés &lt;i&gt;hazard_*.tif&lt;/i&gt; et &lt;i&gt;population.tif&lt;/i&gt; (habitants par cellule) ;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;li&gt;optionally, in &lt;i&gt;city.gpkg&lt;/i&gt;, the layers power_lines and substations: with the power lines the workflow makes the city's energy plan (&lt;i&gt;energy_plan.gpkg&lt;/i&gt;, a page of the report, and the summary's households_to_connect and energy_capex, its city-wide households to connect and investment). It reads the profiles' households, electricity_pct and informal_connections_pct where they have them (city.json's households_field, electricity_field and informal_field name others), and notes the flood where a hazard file's name says flood (or city.json's flood_share_field, e.g. "hazard_flood_depth_exposed_share");&lt;/li&gt;</source>
            <translation>&lt;li&gt;en option, dans &lt;i&gt;city.gpkg&lt;/i&gt;, les couches power_lines et substations : avec les lignes électriques, la chaîne de traitement établit le plan énergétique de la ville (&lt;i&gt;energy_plan.gpkg&lt;/i&gt;, une page du rapport et, dans la synthèse, les colonnes households_to_connect et energy_capex : les ménages à raccorder et l'investissement à l'échelle de la ville). Elle lit les champs households, electricity_pct et informal_connections_pct des profils lorsqu'ils les ont (les clés households_field, electricity_field et informal_field de city.json en désignent d'autres), et signale l'exposition aux inondations lorsque le nom d'un fichier d'aléa contient le mot flood (ou d'après la clé flood_share_field de city.json, par ex. "hazard_flood_depth_exposed_share") ;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;li&gt;optionally &lt;i&gt;action_plan.gpkg&lt;/i&gt; (a planned-action register; an empty one is made otherwise) and &lt;i&gt;city.json&lt;/i&gt; with the city name, the thresholds and the scoring, e.g. {"name": "Mto Mkuu", "thresholds": "0.3", "hazard_settings": ["1", "linear", 0, 1.5, "", 1]}, and the language of its report, e.g. "language": "fr" (en, fr, es or pt; absent: QGIS's language). The summary's language column says the language each report was written in.&lt;/li&gt;</source>
            <translation>&lt;li&gt;en option, &lt;i&gt;action_plan.gpkg&lt;/i&gt; (un registre des actions prévues ; sinon un registre vide est créé) et &lt;i&gt;city.json&lt;/i&gt; avec le nom de la ville, les seuils et la notation, par ex. {"name": "Mto Mkuu", "thresholds": "0.3", "hazard_settings": ["1", "linear", 0, 1.5, "", 1]}, ainsi que la langue de son rapport, par ex. "language": "fr" (en, fr, es ou pt ; en son absence : la langue de QGIS). La colonne de langue de la synthèse indique la langue dans laquelle chaque rapport a été rédigé.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;p&gt;Each city's folder holds the workflow's outputs, the report (&lt;i&gt;report.pdf&lt;/i&gt;, &lt;i&gt;map.png&lt;/i&gt;), the actions' finance readiness (&lt;i&gt;finance_readiness.gpkg&lt;/i&gt;) and, when the register has actions, their project profiles (&lt;i&gt;project_profiles.pdf&lt;/i&gt;, a page per action).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Le dossier de chaque ville contient les sorties de la chaîne de traitement, le rapport (&lt;i&gt;report.pdf&lt;/i&gt;, &lt;i&gt;map.png&lt;/i&gt;), la maturité des actions pour le financement (&lt;i&gt;finance_readiness.gpkg&lt;/i&gt;) et, lorsque le registre contient des actions, leurs fiches de projet (&lt;i&gt;project_profiles.pdf&lt;/i&gt;, une page par action).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;p&gt;Or a &lt;b&gt;manifest&lt;/b&gt; CSV with the columns city and folder (relative to the manifest).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Ou un &lt;b&gt;manifeste&lt;/b&gt; CSV avec les colonnes city et folder (chemin relatif au manifeste).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;p&gt;One city's failure is reported in the summary and the log and does not stop the others. With &lt;b&gt;Resume&lt;/b&gt;, cities already done (their folder holds done.json) are skipped.&lt;/p&gt;</source>
            <translation>&lt;p&gt;L'échec d'une ville est signalé dans la synthèse et le journal et n'arrête pas les autres. Avec &lt;b&gt;Reprendre&lt;/b&gt;, les villes déjà traitées (leur dossier contient done.json) sont ignorées.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;p&gt;&lt;b&gt;Dask scheduler&lt;/b&gt;: empty runs one city at a time in this QGIS. &lt;code&gt;local&lt;/code&gt; (or &lt;code&gt;local:N&lt;/code&gt;) runs the cities in N worker processes of this machine (default: one per core), and &lt;code&gt;tcp://host:8786&lt;/code&gt; on the workers of a running Dask scheduler, which must see the input and output folders at the same paths. The results are the same; the summary adds each city's worker and attempts. A city whose worker dies is run once more on another. It needs the Python packages dask and distributed.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Ordonnanceur Dask&lt;/b&gt; : vide, les villes sont traitées une à la fois dans ce QGIS. &lt;code&gt;local&lt;/code&gt; (ou &lt;code&gt;local:N&lt;/code&gt;) traite les villes dans N processus de calcul (workers) de cette machine (par défaut : un par cœur), et &lt;code&gt;tcp://host:8786&lt;/code&gt; sur les workers d'un ordonnanceur Dask en cours d'exécution, qui doivent voir les dossiers d'entrée et de sortie aux mêmes chemins. Les résultats sont identiques ; la synthèse indique en plus le worker et les tentatives de chaque ville. Une ville dont le worker s'arrête brutalement est relancée une fois sur un autre. Cela nécessite les paquets Python dask et distributed.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/batchcities.html" />
            <source>&lt;p&gt;Headless, on a server: &lt;code&gt;qgis_process run resilienceplanner:batchcities -- INPUT_FOLDER=/data/cities OUTPUT_FOLDER=/data/results RESUME=true&lt;/code&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Sans interface, sur un serveur : &lt;code&gt;qgis_process run resilienceplanner:batchcities -- INPUT_FOLDER=/data/cities OUTPUT_FOLDER=/data/results RESUME=true&lt;/code&gt;.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:copyregister</name>
        <message>
            <location filename="../../resources/help/copyregister.html" />
            <source>&lt;p&gt;Copies a planned-action register into a new register: from a GeoPackage into a PostgreSQL/PostGIS database (the way an office moves its file register into the shared one), from a database into a GeoPackage (a snapshot to take away), or between two schemas. Every action is copied with its feature id, every field as stored and its target area, and every entry of its history.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Copie un registre des actions prévues dans un nouveau registre : d'un GeoPackage vers une base de données PostgreSQL/PostGIS (c'est ainsi qu'un service transfère son registre sur fichier vers le registre partagé), d'une base de données vers un GeoPackage (un instantané à emporter), ou entre deux schémas. Chaque action est copiée avec son identifiant d'entité, chaque champ tel qu'il est enregistré ainsi que sa zone d'intervention, et chaque entrée de son historique.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/copyregister.html" />
            <source>&lt;p&gt;Give the register to copy (a GeoPackage, or a &lt;i&gt;database&lt;/i&gt; and its schema) and where the copy goes (a new GeoPackage, or a database and a schema that holds no register yet). A database is the name of a QGIS PostgreSQL connection, or a connection string such as service=office.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Indiquez le registre à copier (un GeoPackage, ou une &lt;i&gt;base de données&lt;/i&gt; et son schéma) et l'emplacement de la copie (un nouveau GeoPackage, ou une base de données et un schéma qui ne contient encore aucun registre). Une base de données est désignée par le nom d'une connexion PostgreSQL de QGIS, ou par une chaîne de connexion telle que service=office.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/copyregister.html" />
            <source>&lt;p&gt;History: a register in a database records every change in planned_actions_history (who, when, the row as it was). A GeoPackage register keeps no history of its own edits; a copy into a GeoPackage puts the database's history into a table planned_actions_history of the file, with the same columns, and a copy back into a database puts it back as it was. The copy itself adds no entry to the history.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Historique : un registre dans une base de données enregistre chaque modification dans planned_actions_history (qui, quand, la ligne telle qu'elle était). Un registre GeoPackage ne conserve aucun historique de ses propres modifications ; une copie vers un GeoPackage place l'historique de la base de données dans une table planned_actions_history du fichier, avec les mêmes colonnes, et une copie de retour vers une base de données le remet tel qu'il était. La copie elle-même n'ajoute aucune entrée à l'historique.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/copyregister.html" />
            <source>&lt;p&gt;The copy is written in one transaction: in a database the register is created, filled and given its history in one transaction; a GeoPackage is written beside the target and moved into place when it is complete. Either the whole register is there, or nothing. An existing register is never overwritten, and a register written by a newer plugin is not copied. A GeoPackage keeps times to the millisecond (the history's times are kept whole, as text).&lt;/p&gt;</source>
            <translation>&lt;p&gt;La copie est écrite en une seule transaction : dans une base de données, le registre est créé, rempli et doté de son historique en une seule transaction ; un GeoPackage est écrit à côté de la cible et mis en place une fois complet. Soit le registre entier est là, soit rien. Un registre existant n'est jamais écrasé, et un registre écrit par une version plus récente de l'extension n'est pas copié. Un GeoPackage conserve les heures à la milliseconde près (les heures de l'historique sont conservées intégralement, sous forme de texte).&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:createactionregister</name>
        <message>
            <location filename="../../resources/help/createactionregister.html" />
            <source>&lt;p&gt;Creates an empty register of planned actions: a GeoPackage table &lt;i&gt;planned_actions&lt;/i&gt; (multipolygon target areas) with a metadata table recording the schema version ({0}).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Crée un registre des actions prévues vide : une table GeoPackage &lt;i&gt;planned_actions&lt;/i&gt; (zones d'intervention multipolygones) avec une table de métadonnées qui enregistre la version du schéma ({0}).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/createactionregister.html" />
            <source>&lt;p&gt;Fields: action_id (UUID), title (required), description, action_type ({1}), hazards (several, comma-separated), settlements (keys of the settlements served), lead_agency, partners, cost_estimate (≥ 0), currency (ISO code), funding_source, funding_status ({2}), start_date, end_date (not before the start), status ({3}), beneficiaries and priority_score (computed by &lt;i&gt;Action coverage and gaps&lt;/i&gt;), co_benefits, notes, created, modified, modified_by.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Champs : action_id (UUID), title (obligatoire), description, action_type ({1}), hazards (plusieurs, séparés par des virgules), settlements (clés des quartiers desservis), lead_agency, partners, cost_estimate (≥ 0), currency (code ISO), funding_source, funding_status ({2}), start_date, end_date (pas avant le début), status ({3}), beneficiaries et priority_score (calculés par &lt;i&gt;Couverture des actions et lacunes&lt;/i&gt;), co_benefits, notes, created, modified, modified_by.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/createactionregister.html" />
            <source>&lt;p&gt;The value lists, constraints and defaults are saved in the GeoPackage as the layer's default style, so QGIS's own attribute form and table enforce them wherever the file is opened. An existing register is never overwritten.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Les listes de valeurs, contraintes et valeurs par défaut sont enregistrées dans le GeoPackage comme style par défaut de la couche : le formulaire d'attributs et la table d'attributs de QGIS les font donc respecter partout où le fichier est ouvert. Un registre existant n'est jamais écrasé.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/createactionregister.html" />
            <source>&lt;p&gt;For a register shared by the office, give a &lt;i&gt;database&lt;/i&gt; instead of a file: the name of a QGIS PostgreSQL connection, or a connection string such as service=office. The schema (default resilience) then holds planned_actions, the metadata and planned_actions_history, created in one transaction; the database itself refuses a row that breaks a rule, and records every change, who made it and when.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Pour un registre partagé par le service, indiquez une &lt;i&gt;base de données&lt;/i&gt; au lieu d'un fichier : le nom d'une connexion PostgreSQL de QGIS, ou une chaîne de connexion telle que service=office. Le schéma (par défaut resilience) contient alors planned_actions, les métadonnées et planned_actions_history, créés en une seule transaction ; la base de données elle-même refuse toute ligne qui enfreint une règle, et enregistre chaque modification, son auteur et sa date.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/createactionregister.html" />
            <source>&lt;p&gt;It also creates, when they do not exist, two roles named after the schema: &lt;i&gt;resilience_viewer&lt;/i&gt; reads the register and its history, &lt;i&gt;resilience_editor&lt;/i&gt; also adds and changes actions. Only the owner (who created it) deletes: an editor's delete is refused (set the status to cancelled instead). Grant each login one of them, e.g. GRANT resilience_editor TO amina; a viewer's register opens read-only and says why. Each action carries a row version: when two people change the same action, the later save writes the rest and names that action, who changed it and when, so that nothing is overwritten unseen.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Il crée aussi, s'ils n'existent pas, deux rôles nommés d'après le schéma : &lt;i&gt;resilience_viewer&lt;/i&gt; lit le registre et son historique, &lt;i&gt;resilience_editor&lt;/i&gt; peut en outre ajouter et modifier des actions. Seul le propriétaire (celui qui l'a créé) supprime : une suppression par un éditeur est refusée (passez plutôt son statut à « annulée »). Attribuez l'un de ces rôles à chaque compte, par ex. GRANT resilience_editor TO amina; le registre d'un lecteur s'ouvre en lecture seule et en indique la raison. Chaque action porte une version de ligne : lorsque deux personnes modifient la même action, l'enregistrement le plus tardif écrit le reste et cite cette action, qui l'a modifiée et quand, de sorte que rien n'est écrasé à l'insu de quiconque.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:energyaccess</name>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;p&gt;The least-cost way to bring electricity to each settlement, with what each option costs per household, the investment, and the informal connections to make safe and metered. Distances run from the settlement's outline to the nearest power line (within 5 m). Every unit cost is a parameter, all in one &lt;b&gt;currency&lt;/b&gt;; the defaults are in US dollars, each with its source below.&lt;/p&gt;</source>
            <translation>&lt;p&gt;La solution la moins coûteuse pour amener l'électricité dans chaque quartier, avec le coût de chaque option par ménage, l'investissement, et les branchements informels à sécuriser et à équiper d'un compteur. Les distances sont mesurées du contour du quartier à la ligne électrique la plus proche (à 5 m près). Chaque coût unitaire est un paramètre, tous dans une même &lt;b&gt;devise&lt;/b&gt; ; les valeurs par défaut sont en dollars US, chacune avec sa source ci-dessous.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;h3&gt;The options and their cost per household&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Les options et leur coût par ménage&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;grid_densification&lt;/b&gt;, within the &lt;b&gt;grid distance&lt;/b&gt; of a line: the &lt;b&gt;grid connection cost&lt;/b&gt;.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;grid_densification&lt;/b&gt;, à moins de la &lt;b&gt;distance au réseau&lt;/b&gt; d'une ligne : le &lt;b&gt;coût de raccordement au réseau&lt;/b&gt;.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;grid_extension&lt;/b&gt;, beyond it and within the &lt;b&gt;extension distance&lt;/b&gt;: the &lt;b&gt;medium-voltage line cost&lt;/b&gt; per km times the distance, shared by the households to connect, plus a connection.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;grid_extension&lt;/b&gt;, au-delà de cette distance mais à moins de la &lt;b&gt;distance d'extension&lt;/b&gt; : le &lt;b&gt;coût de la ligne moyenne tension&lt;/b&gt; par km multiplié par la distance, réparti entre les ménages à raccorder, plus un raccordement.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;mini_grid&lt;/b&gt;, for a settlement of at least the &lt;b&gt;mini-grid minimum population&lt;/b&gt;: the &lt;b&gt;mini-grid cost&lt;/b&gt; (generation and distribution) per household.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;mini_grid&lt;/b&gt;, pour un quartier comptant au moins la &lt;b&gt;population minimale pour un mini-réseau&lt;/b&gt; : le &lt;b&gt;coût du mini-réseau&lt;/b&gt; (production et distribution) par ménage.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;standalone_solar&lt;/b&gt;, anywhere: the &lt;b&gt;solar home system cost&lt;/b&gt;; it serves tier 1 of the Multi-Tier Framework only.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;standalone_solar&lt;/b&gt;, partout : le &lt;b&gt;coût du kit solaire domestique&lt;/b&gt; ; cette option n'atteint que le niveau 1 du cadre multiniveaux (Multi-Tier Framework, MTF).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;p&gt;The option chosen is the cheapest of those possible that serve the &lt;b&gt;minimum service tier&lt;/b&gt; (default tier 2). Where none of them can (a small settlement far from the grid), the cheapest possible one is chosen, and the reason says it stands until one that meets the tier can be built. Equal costs go to the first option in the list above. Households already with electricity are not connected again; the network options' cost carries the &lt;b&gt;resilience premium&lt;/b&gt; times the settlement's flooded share.&lt;/p&gt;</source>
            <translation>&lt;p&gt;L'option retenue est la moins coûteuse de celles qui sont possibles et atteignent le &lt;b&gt;niveau de service minimal&lt;/b&gt; (niveau 2 par défaut). Lorsqu'aucune ne le peut (un petit quartier éloigné du réseau), la moins coûteuse des options possibles est retenue, et la justification précise qu'elle vaut en attendant qu'une option atteignant ce niveau puisse être réalisée. À coût égal, la première option de la liste ci-dessus l'emporte. Les ménages déjà électrifiés ne sont pas raccordés à nouveau ; le coût des options de réseau intègre le &lt;b&gt;surcoût de résilience&lt;/b&gt; multiplié par la part du quartier exposée aux inondations.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;h3&gt;Defaults and their sources&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Valeurs par défaut et leurs sources&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;Grid connection 125 USD per household and medium-voltage line 25,000 USD per km (33 kV): OnSSET's default parameters, onsset/runner.py of github.com/OnSSET/onsset (KTH-dESA) as of 2025.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Raccordement au réseau 125 USD par ménage et ligne moyenne tension 25 000 USD par km (33 kV) : paramètres par défaut d'OnSSET, onsset/runner.py sur github.com/OnSSET/onsset (KTH-dESA), état de 2025.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;Mini-grid 733 USD per household: the average cost per connection in 2019 in AMDA and ECA, &lt;i&gt;Benchmarking Africa's Minigrids&lt;/i&gt; (2020). We found no per-household figure in ESMAP's mini-grid reports to cite.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Mini-réseau 733 USD par ménage : le coût moyen par raccordement en 2019 selon AMDA et ECA, &lt;i&gt;Benchmarking Africa's Minigrids&lt;/i&gt; (2020). Nous n'avons trouvé dans les rapports de l'ESMAP sur les mini-réseaux aucun chiffre par ménage à citer.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;Solar home system 176 USD: OnSSET's stand-alone PV cost of 8,780 USD per kW for 20–50 W per household (runner.py, 2025) times 20 W, our assumption for a tier-1 system.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Kit solaire domestique 176 USD : le coût du photovoltaïque autonome d'OnSSET, 8 780 USD par kW pour 20–50 W par ménage (runner.py, 2025), multiplié par 20 W, notre hypothèse pour un système de niveau 1.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;Regularisation 378 USD per informal connection: the standard capital contribution of KSh 32,480 per connection in Kenya Power's slum electrification project with the World Bank's GPOBA, which brings legal, prepaid-metered connections to informal settlements (Kenya Power press release, 30 January 2015), converted at the release's own rate (KSh 19,350 = US$225).&lt;/li&gt;</source>
            <translation>&lt;li&gt;Régularisation 378 USD par branchement informel : la contribution standard aux coûts d'investissement, soit KSh 32 480 par branchement, du projet d'électrification des quartiers informels que Kenya Power mène avec le GPOBA de la Banque mondiale et qui y apporte des branchements légaux avec compteur à prépaiement (communiqué de presse de Kenya Power, 30 janvier 2015), convertie au taux indiqué dans le communiqué lui-même (KSh 19 350 = US$225).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;Persons per household 3.3, used where a settlement has no household count: Kianda village in Kibera, Nairobi, an informal settlement, where the Map Kibera structure survey (about 2012) counted 15,201 people in 4,550 households (3.34). Kenya's 2019 census gives 3.9 nationally.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Personnes par ménage 3,3, valeur utilisée lorsqu'un quartier n'a pas de nombre de ménages : le village de Kianda à Kibera (Nairobi), un quartier informel, où l'enquête de Map Kibera sur les structures (vers 2012) a dénombré 15 201 habitants répartis en 4 550 ménages (3,34). Le recensement de 2019 du Kenya donne 3,9 à l'échelle nationale.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;Resilience premium 0, an assumption: no published premium for flood-proofing distribution works was found (the World Bank's &lt;i&gt;Lifelines&lt;/i&gt;, 2019, puts the extra cost of resilient infrastructure at about 3% of investment needs, but across all sectors and hazards). Set it from local engineering estimates.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Surcoût de résilience 0, une hypothèse : aucun surcoût publié pour la protection des ouvrages de distribution contre les inondations n'a été trouvé (&lt;i&gt;Lifelines&lt;/i&gt;, de la Banque mondiale, 2019, évalue le surcoût des infrastructures résilientes à environ 3 % des besoins d'investissement, mais tous secteurs et aléas confondus). Fixez-le d'après des estimations techniques locales.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;h3&gt;Inputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Entrées&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlements&lt;/b&gt; (run on the exposure output, with the profile joined, to use its fields); &lt;b&gt;power lines&lt;/b&gt;; &lt;b&gt;substations&lt;/b&gt; (optional, reported as substation_dist_m).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Quartiers&lt;/b&gt; (exécutez l'algorithme sur la sortie d'exposition, avec le profil joint, pour utiliser ses champs) ; &lt;b&gt;lignes électriques&lt;/b&gt; ; &lt;b&gt;postes électriques&lt;/b&gt; (facultatif, indiqués dans substation_dist_m).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;Optional fields: &lt;b&gt;population&lt;/b&gt;, &lt;b&gt;households&lt;/b&gt; (else people ÷ persons per household), &lt;b&gt;electricity&lt;/b&gt; (share of households with electricity), &lt;b&gt;informal connections&lt;/b&gt; (the share of the connected whose connection is informal, the profile's informal_connections_pct) and &lt;b&gt;flood share&lt;/b&gt; (the exposure output's &amp;lt;hazard&amp;gt;_exposed_share). Shares are 0–1, or 0–100 when any value exceeds 1.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Champs facultatifs : &lt;b&gt;population&lt;/b&gt;, &lt;b&gt;ménages&lt;/b&gt; (sinon habitants ÷ personnes par ménage), &lt;b&gt;électricité&lt;/b&gt; (part des ménages ayant l'électricité), &lt;b&gt;branchements informels&lt;/b&gt; (la part des ménages raccordés dont le branchement est informel, informal_connections_pct du profil) et &lt;b&gt;part exposée aux inondations&lt;/b&gt; (&amp;lt;hazard&amp;gt;_exposed_share de la sortie d'exposition). Les parts vont de 0 à 1, ou de 0 à 100 dès qu'une valeur dépasse 1.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;Decimal mark&lt;/b&gt; (advanced): how numbers stored as text in the fields above are read. &lt;i&gt;Automatic&lt;/i&gt; decides each field from all its cells, and the log says what was used; a field whose every number has exactly three digits after its mark ("12.500", "3.200") could be thousands or decimals, and is refused: choose &lt;i&gt;point&lt;/i&gt; (1,234.5) or &lt;i&gt;comma&lt;/i&gt; (1.234,5).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Séparateur décimal&lt;/b&gt; (avancé) : comment sont lus les nombres enregistrés comme texte dans les champs ci-dessus. &lt;i&gt;Automatique&lt;/i&gt;
décide chaque champ à partir de toutes ses cellules, et le journal indique ce qui a été utilisé ; un champ dont chaque nombre a exactement
trois chiffres après son séparateur (« 12.500 », « 3.200 ») pourrait être en milliers ou en décimales, et il est refusé : choisissez
&lt;i&gt;point&lt;/i&gt; (1,234.5) ou &lt;i&gt;virgule&lt;/i&gt; (1.234,5).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;h3&gt;Outputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Sorties&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;Per settlement: &lt;b&gt;grid_dist_m&lt;/b&gt;; &lt;b&gt;households&lt;/b&gt;; &lt;b&gt;households_to_connect&lt;/b&gt;; &lt;b&gt;cost_per_household_grid_densification&lt;/b&gt;, &lt;b&gt;_grid_extension&lt;/b&gt;, &lt;b&gt;_mini_grid&lt;/b&gt; and &lt;b&gt;_standalone_solar&lt;/b&gt; (NULL where the option is not possible); &lt;b&gt;energy_option&lt;/b&gt;; &lt;b&gt;energy_reason&lt;/b&gt; (the option's cost, the next best with its cost, and why the others are not possible); &lt;b&gt;capex&lt;/b&gt; (households to connect × cost per household); &lt;b&gt;informal_to_regularise&lt;/b&gt; and &lt;b&gt;regularisation_cost&lt;/b&gt;; &lt;b&gt;energy_beneficiaries&lt;/b&gt; (the people in the households connected or regularised); &lt;b&gt;energy_currency&lt;/b&gt;; &lt;b&gt;energy_flood_note&lt;/b&gt; (where the settlement floods: its network works would sit in the hazard); &lt;b&gt;energy_settings&lt;/b&gt; (the tier and unit costs used).&lt;/li&gt;</source>
            <translation>&lt;li&gt;Par quartier : &lt;b&gt;grid_dist_m&lt;/b&gt; ; &lt;b&gt;households&lt;/b&gt; ; &lt;b&gt;households_to_connect&lt;/b&gt; ; &lt;b&gt;cost_per_household_grid_densification&lt;/b&gt;, &lt;b&gt;_grid_extension&lt;/b&gt;, &lt;b&gt;_mini_grid&lt;/b&gt; et &lt;b&gt;_standalone_solar&lt;/b&gt; (NULL lorsque l'option n'est pas possible) ; &lt;b&gt;energy_option&lt;/b&gt; ; &lt;b&gt;energy_reason&lt;/b&gt; (le coût de l'option, l'option suivante avec son coût, et pourquoi les autres ne sont pas possibles) ; &lt;b&gt;capex&lt;/b&gt; (ménages à raccorder × coût par ménage) ; &lt;b&gt;informal_to_regularise&lt;/b&gt; et &lt;b&gt;regularisation_cost&lt;/b&gt; ; &lt;b&gt;energy_beneficiaries&lt;/b&gt; (les habitants des ménages raccordés ou régularisés) ; &lt;b&gt;energy_currency&lt;/b&gt; ; &lt;b&gt;energy_flood_note&lt;/b&gt; (lorsque le quartier est inondable : ses ouvrages de réseau seraient situés dans la zone d'aléa) ; &lt;b&gt;energy_settings&lt;/b&gt; (le niveau et les coûts unitaires utilisés).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;Energy plan by option&lt;/b&gt; (optional table): settlements, households, households to connect, investment, informal connections to regularise and their cost, per option and city-wide (&lt;i&gt;all&lt;/i&gt;); the city-wide investment, households to connect and informal connections are also numeric outputs.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Plan énergétique par option&lt;/b&gt; (table facultative) : quartiers, ménages, ménages à raccorder, investissement, branchements informels à régulariser et leur coût, par option et pour l'ensemble de la ville (&lt;i&gt;all&lt;/i&gt;) ; l'investissement, les ménages à raccorder et les branchements informels à l'échelle de la ville sont aussi des sorties numériques.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyaccess.html" />
            <source>&lt;p&gt;The report shows the plan on a page of its own (its &lt;b&gt;ENERGY&lt;/b&gt; input); &lt;b&gt;Energy plan actions into the register&lt;/b&gt; adds one energy action per settlement from it.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Le rapport présente le plan sur une page dédiée (son entrée &lt;b&gt;ENERGY&lt;/b&gt;) ; &lt;b&gt;Inscrire les actions du plan énergétique au registre&lt;/b&gt; en tire une action énergétique par quartier.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:energyactions</name>
        <message>
            <location filename="../../resources/help/energyactions.html" />
            <source>&lt;p&gt;Adds the energy plan to the planned-action register in one step: one action for each settlement of an &lt;b&gt;energy access options&lt;/b&gt; output that has an option and an investment, checked by the register's rules and saved in one transaction.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Ajoute en une seule étape le plan énergétique au registre des actions prévues : une action pour chaque quartier d'une sortie de &lt;b&gt;Options d'accès à l'énergie&lt;/b&gt; qui a une option et un investissement, vérifiée selon les règles du registre et enregistrée en une seule transaction.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyactions.html" />
            <source>&lt;h3&gt;Each action&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Chaque action&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyactions.html" />
            <source>&lt;li&gt;&lt;b&gt;title&lt;/b&gt; "Energy: &amp;lt;option&amp;gt; in &amp;lt;settlement&amp;gt;" (its name from the &lt;b&gt;name field&lt;/b&gt;, else its key); &lt;b&gt;action_type&lt;/b&gt; energy; &lt;b&gt;status&lt;/b&gt; proposed; &lt;b&gt;settlements&lt;/b&gt; the settlement's key; its target area the settlement's outline.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;title&lt;/b&gt; : « Énergie : &amp;lt;option&amp;gt; à &amp;lt;quartier&amp;gt; » (le nom du quartier tiré du &lt;b&gt;champ de nom&lt;/b&gt;, sinon sa clé) ; &lt;b&gt;action_type&lt;/b&gt; : energy (énergie) ; &lt;b&gt;status&lt;/b&gt; : proposed (proposée) ; &lt;b&gt;settlements&lt;/b&gt; : la clé du quartier ; sa zone d'intervention : le contour du quartier.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyactions.html" />
            <source>&lt;li&gt;&lt;b&gt;cost_estimate&lt;/b&gt; = &lt;i&gt;capex&lt;/i&gt; + &lt;i&gt;regularisation_cost&lt;/i&gt;, in &lt;i&gt;energy_currency&lt;/i&gt;; &lt;b&gt;beneficiaries&lt;/b&gt; = &lt;i&gt;energy_beneficiaries&lt;/i&gt; (the people in the households connected or regularised).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;cost_estimate&lt;/b&gt; = &lt;i&gt;capex&lt;/i&gt; + &lt;i&gt;regularisation_cost&lt;/i&gt;, en &lt;i&gt;energy_currency&lt;/i&gt; ; &lt;b&gt;beneficiaries&lt;/b&gt; = &lt;i&gt;energy_beneficiaries&lt;/i&gt; (les habitants des ménages raccordés ou régularisés).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyactions.html" />
            <source>&lt;li&gt;&lt;b&gt;description&lt;/b&gt; the plan's &lt;i&gt;energy_reason&lt;/i&gt;; &lt;b&gt;notes&lt;/b&gt; the households to connect, the informal connections to regularise and the flood note, with their figures; &lt;b&gt;hazards&lt;/b&gt; flood where the plan has a flood note.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;description&lt;/b&gt; : la justification du plan (&lt;i&gt;energy_reason&lt;/i&gt;) ; &lt;b&gt;notes&lt;/b&gt; : les ménages à raccorder, les branchements informels à régulariser et la note sur les inondations, avec leurs chiffres ; &lt;b&gt;hazards&lt;/b&gt; : flood (inondation) lorsque le plan comporte une note sur les inondations.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/energyactions.html" />
            <source>&lt;p&gt;The plan gives each settlement one action id: run it again and the settlements already in the register are left as they are (the log names them); delete an action to write it again from a new plan.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Le plan attribue à chaque quartier un identifiant d'action unique : si vous relancez l'algorithme, les quartiers déjà présents dans le registre sont laissés tels quels (le journal les cite) ; supprimez une action pour la réécrire à partir d'un nouveau plan.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:exportactionplan</name>
        <message>
            <location filename="../../resources/help/exportactionplan.html" />
            <source>&lt;p&gt;Writes the planned actions as a table, one row per action: a CSV file (UTF-8) or an Excel workbook (.xlsx). Target areas are not written; the register keeps them.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Écrit les actions prévues sous forme de table, une ligne par action : un fichier CSV (UTF-8) ou un classeur Excel (.xlsx). Les zones d'intervention ne sont pas écrites ; le registre les conserve.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/exportactionplan.html" />
            <source>&lt;p&gt;&lt;b&gt;Columns&lt;/b&gt;: &lt;i&gt;The register's fields&lt;/i&gt; writes them in order (dates as YYYY-MM-DD). &lt;i&gt;CDP-ICLEI Track adaptation actions&lt;/i&gt; writes the columns of CDP-ICLEI Track's question on adaptation actions (9.1) that the register can fill, under CDP's names, with the register's own beside them: Action title, Action, Climate hazard(s) that action addresses, Action description and web link to further information, Co-benefits realized, Funding source(s), Status of action in the reporting year, Total cost of action, Currency, Finance status, Lead agency, Start date, End date, Population benefitting, Location (settlements), Register action id and Mapping notes.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Colonnes&lt;/b&gt; : &lt;i&gt;Les champs du registre&lt;/i&gt; les écrit dans l'ordre (dates au format AAAA-MM-JJ). &lt;i&gt;Actions d'adaptation CDP-ICLEI Track&lt;/i&gt; écrit les colonnes de la question de CDP-ICLEI Track sur les actions d'adaptation (9.1) que le registre peut remplir, sous les noms anglais de CDP, complétées par les colonnes propres au registre : Action title, Action, Climate hazard(s) that action addresses, Action description and web link to further information, Co-benefits realized, Funding source(s), Status of action in the reporting year, Total cost of action, Currency, Finance status, Lead agency, Start date, End date, Population benefitting, Location (settlements), Register action id et Mapping notes.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/exportactionplan.html" />
            <source>&lt;p&gt;Hazards are mapped to CDP's: flood → Urban flooding, landslide → Mass movement, heat → Extreme heat, drought → Drought, storm → Storm, sea level rise → Coastal flooding (incl. sea level rise); fire, earthquake and other have no equivalent and are written "Other: …". An Action is one of CDP's nine kinds of action followed by the action: structural works against sea level rise are "Engineered and built environment actions: Sea walls and coastal protection structures", against a flood or storm "…: Flood defence, such as flood levees and culverts"; early warning is "Educational/Informational actions: Early warning and response systems"; policy is "Government policies and programs actions: Development of targeted plan/program to address hazard(s) selected". The other types get their kind alone (nature-based → Ecosystem-based actions, services → Services actions, energy → Technological actions, housing and tenure → Government policies and programs actions, capacity → Educational/Informational actions, structural against other hazards → Engineered and built environment actions), and the Mapping notes ask you to choose the action under it. Status and finance status are written as the register has them. &lt;b&gt;Source&lt;/b&gt;: the names of CDP's 2025 response data, as CDP's own published code reads them (github.com/CDPworldwide/cdp-adapt-ex); CDP's reporting guidance itself was not found, so check them against the current questionnaire before uploading. docs/cdp_iclei_export.md gives the mapping and its sources in full.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Les aléas sont rapportés à ceux de CDP : inondation → Urban flooding, glissement de terrain → Mass movement, chaleur → Extreme heat, sécheresse → Drought, tempête → Storm, élévation du niveau de la mer → Coastal flooding (incl. sea level rise) ; incendie, séisme et autre n'ont pas d'équivalent et sont écrits « Other: … ». Une valeur de la colonne Action est l'une des neuf catégories d'actions de CDP suivie de l'action elle-même : les ouvrages structurels contre l'élévation du niveau de la mer donnent « Engineered and built environment actions: Sea walls and coastal protection structures », contre une inondation ou une tempête « …: Flood defence, such as flood levees and culverts » ; l'alerte précoce donne « Educational/Informational actions: Early warning and response systems » ; la politique publique, « Government policies and programs actions: Development of targeted plan/program to address hazard(s) selected ». Les autres types ne reçoivent que leur catégorie (fondée sur la nature → Ecosystem-based actions, services → Services actions, énergie → Technological actions, logement et statut foncier → Government policies and programs actions, renforcement des capacités → Educational/Informational actions, structurelle contre d'autres aléas → Engineered and built environment actions), et la colonne Mapping notes vous demande de choisir l'action correspondante dans cette catégorie. Le statut et l'état du financement sont écrits tels que le registre les contient. &lt;b&gt;Source&lt;/b&gt; : les noms des données de réponse 2025 de CDP, tels que les lit le code publié par CDP lui-même (github.com/CDPworldwide/cdp-adapt-ex) ; les consignes de déclaration de CDP elles-mêmes n'ont pas été trouvées : vérifiez donc ces noms au regard du questionnaire en vigueur avant tout téléversement. docs/cdp_iclei_export.md donne la correspondance complète et ses sources.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/exportactionplan.html" />
            <source>&lt;p&gt;The planned actions are a GeoPackage register or a register in a PostgreSQL/PostGIS database: choose its layer (opened by the &lt;i&gt;Planned actions&lt;/i&gt; dock, or from the Browser), or give &lt;code&gt;postgres://service=office table="resilience"."planned_actions" (geom)&lt;/code&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Les actions prévues sont un registre GeoPackage ou un registre dans une base de données PostgreSQL/PostGIS : choisissez sa couche (ouverte par le panneau &lt;i&gt;Actions prévues&lt;/i&gt;, ou depuis l'Explorateur), ou indiquez &lt;code&gt;postgres://service=office table="resilience"."planned_actions" (geom)&lt;/code&gt;.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:financereadiness</name>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;p&gt;How ready each planned action is for a funder: a readiness score from a checklist, what is still missing, and a climate rationale written from the analysis, every figure in it read from the outputs.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Le degré de préparation de chaque action prévue en vue d'un bailleur de fonds : un score de maturité issu d'une liste de contrôle, ce qui manque encore, et une justification climatique rédigée à partir de l'analyse, dont chaque chiffre est lu dans les sorties.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;h3&gt;Inputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Entrées&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;&lt;b&gt;Planned actions&lt;/b&gt;: the register, or the &lt;i&gt;Actions with coverage&lt;/i&gt; output of "Action coverage and gaps" (its beneficiaries are then those of the population raster inside each target area).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Actions prévues&lt;/b&gt; : le registre, ou la sortie &lt;i&gt;Actions avec couverture&lt;/i&gt; de « Couverture des actions et lacunes » (ses bénéficiaires sont alors ceux du raster de population à l'intérieur de chaque zone d'intervention).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlement priority ranking&lt;/b&gt;: the Ranking output of "Citywide resilience priorities"; the &lt;b&gt;settlement key field&lt;/b&gt; is the one the actions name settlements by, the &lt;b&gt;name field&lt;/b&gt; what the texts call them (found as the report finds it when empty).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Classement des quartiers par priorité&lt;/b&gt; : la sortie Classement de « Priorités de résilience à l'échelle de la ville » ; le &lt;b&gt;champ clé des quartiers&lt;/b&gt; est celui par lequel les actions désignent les quartiers, le &lt;b&gt;champ de nom&lt;/b&gt; celui par lequel les textes les nomment (déterminé comme le fait le rapport s'il est vide).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlement exposure&lt;/b&gt; (optional): the output of "Settlement hazard exposure", joined by its key field (the field named like the ranking's key when empty). Its &lt;code&gt;{key}_exposed_pop&lt;/code&gt; fields give the people exposed.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Exposition des quartiers&lt;/b&gt; (facultatif) : la sortie de « Exposition des quartiers aux aléas », jointe par son champ clé (s'il est vide, le champ de même nom que la clé du classement). Ses champs &lt;code&gt;{key}_exposed_pop&lt;/code&gt; donnent le nombre d'habitants exposés.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;&lt;b&gt;Vulnerability index&lt;/b&gt; (optional): the output of "Settlement vulnerability index"; its &lt;code&gt;vulnerability&lt;/code&gt; and &lt;code&gt;vulnerability_drivers&lt;/code&gt; go into the rationale.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Indice de vulnérabilité&lt;/b&gt; (facultatif) : la sortie de « Indice de vulnérabilité des quartiers » ; ses champs &lt;code&gt;vulnerability&lt;/code&gt; et &lt;code&gt;vulnerability_drivers&lt;/code&gt; alimentent la justification.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;&lt;b&gt;Exposure keys by hazard&lt;/b&gt; (optional): which exposure keys answer for a register hazard, as &lt;code&gt;flood=flood_depth; heat=heat_lst&lt;/code&gt;. Empty: a key answers for a hazard when one of its words (split at _) starts with one of the hazard's words: flood, inundation (flood); landslide, slide (landslide); heat, lst, temperature (heat); drought; storm, wind, cyclone (storm); sea, slr (sea level rise); fire, wildfire (fire); earthquake, seismic, pga (earthquake).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Clés d'exposition par aléa&lt;/b&gt; (facultatif) : les clés d'exposition qui correspondent à un aléa du registre, sous la forme &lt;code&gt;flood=flood_depth; heat=heat_lst&lt;/code&gt;. Vide : une clé correspond à un aléa lorsque l'un de ses mots (découpés au _) commence par l'un des mots de l'aléa : flood, inundation (inondation) ; landslide, slide (glissement de terrain) ; heat, lst, temperature (chaleur) ; drought (sécheresse) ; storm, wind, cyclone (tempête) ; sea, slr (élévation du niveau de la mer) ; fire, wildfire (incendie) ; earthquake, seismic, pga (séisme).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;&lt;b&gt;Language of the texts&lt;/b&gt; (optional): en, fr, es or pt; empty: QGIS's language.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Langue des textes&lt;/b&gt; (facultatif) : en, fr, es ou pt ; vide : la langue de QGIS.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;h3&gt;The checklist&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;La liste de contrôle&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;p&gt;Nine items of equal weight; &lt;b&gt;readiness&lt;/b&gt; is the share met, 0 to 1 (each item is 1/9, about 0.11):&lt;/p&gt;</source>
            <translation>&lt;p&gt;Neuf éléments de même poids ; la &lt;b&gt;maturité&lt;/b&gt; est la part des éléments remplis, de 0 à 1 (chaque élément vaut 1/9, soit environ 0,11) :&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;a place: a target area drawn, or settlements served (named, or overlapped by the area);&lt;/li&gt;</source>
            <translation>&lt;li&gt;une localisation : une zone d'intervention dessinée, ou des quartiers desservis (cités, ou recouverts par la zone) ;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;the hazards it addresses: at least one in &lt;code&gt;hazards&lt;/code&gt;;&lt;/li&gt;</source>
            <translation>&lt;li&gt;les aléas traités : au moins un dans &lt;code&gt;hazards&lt;/code&gt; ;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;evidence of exposure: the exposure output counts more than 0 people exposed, in the settlements served, to a hazard the action addresses (not met without an exposure output);&lt;/li&gt;</source>
            <translation>&lt;li&gt;la preuve de l'exposition : la sortie d'exposition compte plus de 0 habitant exposé, dans les quartiers desservis, à un aléa que traite l'action (non rempli sans sortie d'exposition) ;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;beneficiaries: more than 0, from the action's &lt;code&gt;beneficiaries&lt;/code&gt; or, when empty, the population (&lt;code&gt;grid_population&lt;/code&gt;) of the settlements served;&lt;/li&gt;</source>
            <translation>&lt;li&gt;des bénéficiaires : plus de 0, issus du champ &lt;code&gt;beneficiaries&lt;/code&gt; de l'action ou, s'il est vide, de la population (&lt;code&gt;grid_population&lt;/code&gt;) des quartiers desservis ;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;a costed budget: a &lt;code&gt;cost_estimate&lt;/code&gt; of 0 or more with its &lt;code&gt;currency&lt;/code&gt;;&lt;/li&gt;</source>
            <translation>&lt;li&gt;un budget chiffré : un &lt;code&gt;cost_estimate&lt;/code&gt; supérieur ou égal à 0 avec sa &lt;code&gt;currency&lt;/code&gt; ;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;a &lt;code&gt;funding_source&lt;/code&gt; and a &lt;code&gt;funding_status&lt;/code&gt;;&lt;/li&gt;</source>
            <translation>&lt;li&gt;un &lt;code&gt;funding_source&lt;/code&gt; et un &lt;code&gt;funding_status&lt;/code&gt; ;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;a &lt;code&gt;lead_agency&lt;/code&gt;;&lt;/li&gt;</source>
            <translation>&lt;li&gt;un &lt;code&gt;lead_agency&lt;/code&gt; ;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;a &lt;code&gt;start_date&lt;/code&gt; and an &lt;code&gt;end_date&lt;/code&gt;;&lt;/li&gt;</source>
            <translation>&lt;li&gt;un &lt;code&gt;start_date&lt;/code&gt; et un &lt;code&gt;end_date&lt;/code&gt; ;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;li&gt;&lt;code&gt;co_benefits&lt;/code&gt;.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;code&gt;co_benefits&lt;/code&gt;.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;h3&gt;Outputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Sorties&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;p&gt;&lt;b&gt;Actions with finance readiness&lt;/b&gt;: every field of the actions, and &lt;code&gt;served&lt;/code&gt; (the keys of the settlements served), &lt;code&gt;beneficiaries&lt;/code&gt; (filled in), &lt;code&gt;cost_per_beneficiary&lt;/code&gt;, &lt;code&gt;readiness&lt;/code&gt; (0–1), &lt;code&gt;readiness_missing&lt;/code&gt; (what is missing, in words), &lt;code&gt;readiness_checklist&lt;/code&gt; (one line per item, ✓ met or ✗ missing), &lt;code&gt;climate_rationale&lt;/code&gt; (the settlements served with their rank and priority, the people in them exposed to each hazard the action addresses, settlement by settlement, their vulnerability and its drivers, the beneficiaries, the cost and the cost per beneficiary), &lt;code&gt;budget_summary&lt;/code&gt; and &lt;code&gt;readiness_provenance&lt;/code&gt; (the layer and fields each figure comes from).&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Actions avec leur maturité pour le financement&lt;/b&gt; : tous les champs des actions, ainsi que &lt;code&gt;served&lt;/code&gt; (les clés des quartiers desservis), &lt;code&gt;beneficiaries&lt;/code&gt; (complété), &lt;code&gt;cost_per_beneficiary&lt;/code&gt;, &lt;code&gt;readiness&lt;/code&gt; (0–1), &lt;code&gt;readiness_missing&lt;/code&gt; (ce qui manque, en toutes lettres), &lt;code&gt;readiness_checklist&lt;/code&gt; (une ligne par élément, ✓ rempli ou ✗ manquant), &lt;code&gt;climate_rationale&lt;/code&gt; (les quartiers desservis avec leur rang et leur priorité, les habitants de ces quartiers exposés à chaque aléa que traite l'action, quartier par quartier, leur vulnérabilité et ses facteurs, les bénéficiaires, le coût et le coût par bénéficiaire), &lt;code&gt;budget_summary&lt;/code&gt; et &lt;code&gt;readiness_provenance&lt;/code&gt; (la couche et les champs d'où provient chaque chiffre).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;p&gt;&lt;b&gt;Funding pipeline&lt;/b&gt;: the active actions (not cancelled) counted by &lt;code&gt;funding_status&lt;/code&gt; and &lt;code&gt;readiness_band&lt;/code&gt; (&lt;i&gt;ready&lt;/i&gt;: 0.8 or more; &lt;i&gt;in preparation&lt;/i&gt;: 0.5 to 0.8; &lt;i&gt;early&lt;/i&gt;: below 0.5), with their cost per currency and beneficiaries. &lt;b&gt;Cost by hazard addressed&lt;/b&gt;: the active actions' cost per hazard and currency, an action's cost split evenly over the hazards it names, as in the report. Amounts in different currencies are never added. Numeric outputs: ASSESSED, MEAN_READINESS and READY_ACTIONS.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Portefeuille de financement&lt;/b&gt; : les actions actives (non annulées) comptées par &lt;code&gt;funding_status&lt;/code&gt; et &lt;code&gt;readiness_band&lt;/code&gt; (&lt;i&gt;ready&lt;/i&gt;, prête : 0,8 ou plus ; &lt;i&gt;in preparation&lt;/i&gt;, en préparation : de 0,5 à 0,8 ; &lt;i&gt;early&lt;/i&gt;, stade initial : moins de 0,5), avec leur coût par devise et leurs bénéficiaires. &lt;b&gt;Coût par aléa traité&lt;/b&gt; : le coût des actions actives par aléa et par devise, le coût d'une action étant réparti à parts égales entre les aléas qu'elle cite, comme dans le rapport. Les montants dans des devises différentes ne sont jamais additionnés. Sorties numériques : ASSESSED, MEAN_READINESS et READY_ACTIONS.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/financereadiness.html" />
            <source>&lt;p&gt;"Project profiles" makes a one-page PDF profile of each action from this output.&lt;/p&gt;</source>
            <translation>&lt;p&gt;« Fiches de projet » produit à partir de cette sortie une fiche PDF d'une page pour chaque action.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:importactions</name>
        <message>
            <location filename="../../resources/help/importactions.html" />
            <source>&lt;p&gt;Adds the actions of a CSV file (UTF-8; comma, semicolon or tab separated; a header row with the register's field names, at least &lt;i&gt;title&lt;/i&gt;) to a planned-action register.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Ajoute à un registre des actions prévues les actions d'un fichier CSV (UTF-8 ; séparateur virgule, point-virgule ou tabulation ; une ligne d'en-tête avec les noms de champ du registre, au moins &lt;i&gt;title&lt;/i&gt;).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/importactions.html" />
            <source>&lt;p&gt;Every row is checked like an edit in the dock. Valid rows are added in one transaction; a row with problems is not added, and the &lt;b&gt;report&lt;/b&gt; names it with its row number and every reason, so no row is lost silently. Columns the register does not have are named in the report and ignored.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Chaque ligne est vérifiée comme une modification dans le panneau. Les lignes valides sont ajoutées en une seule transaction ; une ligne présentant des problèmes n'est pas ajoutée, et le &lt;b&gt;rapport&lt;/b&gt; la cite avec son numéro de ligne et toutes les raisons : aucune ligne n'est perdue sans avertissement. Les colonnes que le registre n'a pas sont citées dans le rapport et ignorées.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/importactions.html" />
            <source>&lt;p&gt;With &lt;b&gt;settlements&lt;/b&gt; and their &lt;b&gt;key field&lt;/b&gt;, an action's target area is the union of the settlements its &lt;i&gt;settlements&lt;/i&gt; column names.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Avec des &lt;b&gt;quartiers&lt;/b&gt; et leur &lt;b&gt;champ clé&lt;/b&gt;, la zone d'intervention d'une action est l'union des quartiers que cite sa colonne &lt;i&gt;settlements&lt;/i&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/importactions.html" />
            <source>&lt;p&gt;&lt;b&gt;Decimal mark&lt;/b&gt;: each number column (costs) is read one way, decided from all its cells (&lt;i&gt;automatic&lt;/i&gt;: "1.234,5" is 1234.5, "250.000" in a column with "1.500,50" is 250000) and named in the report; a column that cannot tell ("90,000" alone could be either) is refused until you choose &lt;i&gt;point&lt;/i&gt; or &lt;i&gt;comma&lt;/i&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Séparateur décimal&lt;/b&gt; : chaque colonne numérique (coûts) est lue d'une seule façon, déterminée à partir de toutes ses cellules (&lt;i&gt;automatique&lt;/i&gt; : « 1.234,5 » vaut 1234,5 ; « 250.000 » dans une colonne contenant « 1.500,50 » vaut 250000) et indiquée dans le rapport ; une colonne ambiguë (« 90,000 » seul pourrait être l'un ou l'autre) est refusée jusqu'à ce que vous choisissiez &lt;i&gt;point&lt;/i&gt; ou &lt;i&gt;virgule&lt;/i&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/importactions.html" />
            <source>&lt;p&gt;The register is a GeoPackage, or a register in a PostgreSQL/PostGIS &lt;i&gt;database&lt;/i&gt; (the name of a QGIS PostgreSQL connection, or a connection string such as service=office) and its &lt;i&gt;schema&lt;/i&gt;. In a database the new actions are written in one transaction and the server checks every row itself: a row it refuses (one of the register's rules, or a rule the office added to the table) is named with the server's reason, and nothing of the import is written.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Le registre est un GeoPackage, ou un registre dans une &lt;i&gt;base de données&lt;/i&gt; PostgreSQL/PostGIS (le nom d'une connexion PostgreSQL de QGIS, ou une chaîne de connexion telle que service=office) et son &lt;i&gt;schéma&lt;/i&gt;. Dans une base de données, les nouvelles actions sont écrites en une seule transaction et le serveur vérifie lui-même chaque ligne : une ligne qu'il refuse (en vertu de l'une des règles du registre, ou d'une règle que le service a ajoutée à la table) est citée avec le motif donné par le serveur, et rien de l'import n'est écrit.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:infrastructureexposure</name>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;p&gt;Which facilities, roads, power lines or buildings stand in harm's way, hazard by hazard.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Quels équipements, routes, lignes électriques ou bâtiments sont menacés, aléa par aléa.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;h3&gt;Inputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Entrées&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Infrastructure&lt;/b&gt;: points (clinics, schools, water points), lines (roads, power lines) or polygons (buildings, sites).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Infrastructures&lt;/b&gt; : points (centres de santé, écoles, points d'eau), lignes (routes, lignes électriques) ou polygones (bâtiments, sites).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Type field&lt;/b&gt; (optional): groups the summary table.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Champ de type&lt;/b&gt; (facultatif) : regroupe le tableau de synthèse.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Hazard rasters&lt;/b&gt; and &lt;b&gt;thresholds&lt;/b&gt;: exposure rules as in settlement exposure (a number means value ≥ it; &lt;code&gt;&amp;lt;=2&lt;/code&gt;, &lt;code&gt;=1|2&lt;/code&gt; and the like; above 0 without one; a classed hazard needs a rule). In this dialog each hazard raster gets its rule box beside its name; as text (scripts, the batch), one rule per hazard, comma-separated, paired by position with the hazard rasters in the order their list shows them. The log's first line lists each hazard with its rule. A point is exposed where any of its parts is, a line where any place sampled along it is.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Rasters d'aléa&lt;/b&gt; et &lt;b&gt;seuils&lt;/b&gt; : règles d'exposition comme pour l'exposition des quartiers (un nombre signifie valeur ≥ ce nombre ; &lt;code&gt;&amp;lt;=2&lt;/code&gt;, &lt;code&gt;=1|2&lt;/code&gt; et autres ; supérieur à 0 sans règle ; un aléa classé nécessite une règle). Dans cette boîte de dialogue, chaque raster d'aléa reçoit sa zone de règle à côté de son nom ; sous forme de texte (scripts, traitement par lot), une règle par aléa, séparées par des virgules, associées par position aux rasters d'aléa dans l'ordre où leur liste les affiche. La première ligne du journal indique chaque aléa avec sa règle. Un point est exposé là où l'une de ses parties l'est, une ligne là où l'un des emplacements échantillonnés le long de celle-ci l'est.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;h3&gt;Output fields, per hazard (key = the raster layer name, lowercased)&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Champs de sortie, par aléa (clé = le nom de la couche raster, en minuscules)&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;{key}_value&lt;/b&gt;: the value at a point, the maximum along a line, or the coverage-weighted mean over a polygon; NULL where the raster has no data;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{key}_value&lt;/b&gt; : la valeur en un point, le maximum le long d'une ligne, ou la moyenne pondérée par la couverture sur un polygone ; NULL là où le raster n'a pas de données ;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;{key}_exposed&lt;/b&gt;: 1 or 0;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{key}_exposed&lt;/b&gt; : 1 ou 0 ;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;li&gt;lines: &lt;b&gt;{key}_exposed_length_m&lt;/b&gt;; polygons: &lt;b&gt;{key}_exposed_share&lt;/b&gt;.&lt;/li&gt;</source>
            <translation>&lt;li&gt;lignes : &lt;b&gt;{key}_exposed_length_m&lt;/b&gt; ; polygones : &lt;b&gt;{key}_exposed_share&lt;/b&gt;.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;p&gt;The &lt;b&gt;summary&lt;/b&gt; table has one row per type and hazard: count, count exposed, and the exposed length (m) or area (m²).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Le tableau de &lt;b&gt;synthèse&lt;/b&gt; a une ligne par type et par aléa : nombre, nombre exposé, et longueur exposée (m) ou surface exposée (m²).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/infrastructureexposure.html" />
            <source>&lt;p&gt;Lengths and areas are in metres, measured in the layer's CRS when it is projected in metres, otherwise in the local UTM zone (the log says which). Lines are sampled every 10 m: a 10 m piece is exposed when the hazard at its middle is.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Les longueurs et les surfaces sont en mètres, mesurées dans le SCR de la couche lorsqu'il est projeté en mètres, sinon dans la zone UTM locale (le journal précise laquelle). Les lignes sont échantillonnées tous les 10 m : un tronçon de 10 m est exposé lorsque l'aléa l'est en son milieu.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:prioritymap</name>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;p&gt;A citywide map of where hazard, people, vulnerability and poor access to services coincide, and a ranking of settlements that explains itself.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Une carte à l'échelle de la ville des lieux où se combinent aléa, habitants, vulnérabilité et mauvais accès aux services, et un classement des quartiers qui s'explique de lui-même.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;h3&gt;Grid&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Grille&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Boundary&lt;/b&gt;: the city polygon(s); the extent and the mask. Cells at least half inside get a priority.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Limite&lt;/b&gt; : le ou les polygones de la ville ; l'emprise et le masque. Les cellules situées au moins pour moitié à l'intérieur reçoivent une priorité.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Cell size&lt;/b&gt; in metres and &lt;b&gt;CRS&lt;/b&gt; (empty: the boundary's UTM zone).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Taille de cellule&lt;/b&gt; en mètres et &lt;b&gt;SCR&lt;/b&gt; (vide : la zone UTM de la limite).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;Every input is aligned to this grid: hazards bilinearly (nearest for hazards scored by class), population by summing the people of the cells it overlaps, so totals are kept.&lt;/li&gt;</source>
            <translation>&lt;li&gt;Chaque entrée est alignée sur cette grille : les aléas par interpolation bilinéaire (au plus proche voisin pour les aléas notés par classe), la population en additionnant les habitants des cellules qu'elle recouvre, de sorte que les totaux sont conservés.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;h3&gt;Criteria&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Critères&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;p&gt;Each criterion becomes a 0–1 score through a value function and gets a weight (weights are normalised to sum 1 and logged).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Chaque critère devient un score de 0 à 1 via une fonction de valeur et reçoit un poids (les poids sont normalisés pour que leur somme fasse 1 et inscrits au journal).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Hazards&lt;/b&gt;, with the &lt;b&gt;hazard settings&lt;/b&gt;: in this dialog, each hazard raster chosen gets its own row under its layer name, with its value function chosen from a list and its weight. From a script, the model or the batch it is a table of one row per hazard, named by layer name or position (1, 2, ...): value function &lt;i&gt;linear&lt;/i&gt; (0 at Low, 1 at High, straight between), &lt;i&gt;step&lt;/i&gt; (1 from the Low value up) or &lt;i&gt;classes&lt;/i&gt; (e.g. "1:0.3; 2:0.7; 3:1"; every class of the raster needs a score, or write "other:0" for the rest), and the weight. A hazard without a row is linear from 0 with weight 1, except a classed hazard, which is refused with its classes. An empty High is set to the exact 95th percentile of the values above Low inside the boundary; the log says which value was used. A hazard on cells smaller than the analysis cells is scored on its own cells and the scores averaged by area onto the grid; settlements take their scores from their own hazard cells.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Aléas&lt;/b&gt;, avec les &lt;b&gt;paramètres des aléas&lt;/b&gt; : dans cette boîte de dialogue, chaque raster d'aléa choisi reçoit sa propre ligne sous son nom de couche, avec sa fonction de valeur choisie dans une liste et son poids. Depuis un script, le modèle ou le traitement par lot, c'est une table d'une ligne par aléa, désigné par son nom de couche ou sa position (1, 2, ...) : fonction de valeur &lt;i&gt;linear&lt;/i&gt; (0 à Bas, 1 à Haut, linéaire entre les deux), &lt;i&gt;step&lt;/i&gt; (1 à partir de la valeur Bas) ou &lt;i&gt;classes&lt;/i&gt; (par ex. « 1:0.3; 2:0.7; 3:1 » ; chaque classe du raster doit avoir un score, ou écrivez « other:0 » pour les autres), et le poids. Un aléa sans ligne est linéaire à partir de 0 avec un poids de 1, sauf un aléa classé, qui est refusé avec la liste de ses classes. Un Haut vide prend la valeur exacte du 95e centile des valeurs supérieures à Bas à l'intérieur de la limite ; le journal indique la valeur utilisée. Un aléa dont les cellules sont plus petites que celles de l'analyse est noté sur ses propres cellules, puis les scores sont moyennés au prorata de la surface sur la grille ; les quartiers prennent leurs scores dans leurs propres cellules d'aléa.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Population&lt;/b&gt;: a raster of persons per cell, scored as density (persons per hectare) from 0 to &lt;b&gt;population high bound&lt;/b&gt; (empty: the 95th percentile).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Population&lt;/b&gt; : un raster d'habitants par cellule, noté en densité (habitants par hectare) de 0 à la &lt;b&gt;borne de population&lt;/b&gt; (vide : le 95e centile).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Vulnerability&lt;/b&gt;: &lt;b&gt;settlements&lt;/b&gt; with a &lt;b&gt;vulnerability field&lt;/b&gt; (for example the output of &lt;i&gt;Settlement vulnerability index&lt;/i&gt;). Values within 0–1 are used as scores; others are scaled between the lowest and highest settlement. A cell partly in a settlement takes the covered share of its value; cells outside every settlement take the &lt;b&gt;base vulnerability&lt;/b&gt; (empty: the lowest settlement value).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Vulnérabilité&lt;/b&gt; : des &lt;b&gt;quartiers&lt;/b&gt; avec un &lt;b&gt;champ de vulnérabilité&lt;/b&gt; (par exemple la sortie de &lt;i&gt;Indice de vulnérabilité des quartiers&lt;/i&gt;). Les valeurs comprises entre 0 et 1 sont utilisées comme scores ; les autres sont mises à l'échelle entre le quartier le plus bas et le plus haut. Une cellule en partie dans un quartier prend sa valeur au prorata de la part couverte ; les cellules hors de tout quartier prennent la &lt;b&gt;vulnérabilité hors des quartiers&lt;/b&gt; (vide : la valeur du quartier le plus bas).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Service-access deficit&lt;/b&gt;: the distance from each cell to the nearest of the &lt;b&gt;facilities&lt;/b&gt;, or the settlements' &lt;b&gt;access field&lt;/b&gt; (metres, e.g. an output of &lt;i&gt;Access to services&lt;/i&gt;), scored linearly from &lt;b&gt;access low&lt;/b&gt; (no deficit) to &lt;b&gt;access high&lt;/b&gt; (full deficit).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Déficit d'accès aux services&lt;/b&gt; : la distance de chaque cellule au plus proche des &lt;b&gt;équipements&lt;/b&gt;, ou le &lt;b&gt;champ d'accès&lt;/b&gt; des quartiers (en mètres, par ex. une sortie de &lt;i&gt;Accès aux services&lt;/i&gt;), noté linéairement entre &lt;b&gt;Accès : aucun déficit jusqu'à&lt;/b&gt; et &lt;b&gt;Accès : déficit total à partir de&lt;/b&gt;.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Exclude&lt;/b&gt; (optional): polygons left out of the map, for example water bodies.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Exclure&lt;/b&gt; (facultatif) : polygones exclus de la carte, par exemple les plans d'eau.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Decimal mark&lt;/b&gt; of numbers written as text: the class scores of a hazard, and a vulnerability or access field stored as text ("0,81"). &lt;i&gt;Automatic&lt;/i&gt; decides from all the scores of a hazard (all the values of the field) together, and the log says what was used: "1:0,3; 2:0,7; 3:1" (classes separated by ";") reads as 0.3 and 0.7. Commas that could both separate the classes and mark decimals ("1:0,3, 2:0,7"), or values that mix "0.3" and "0,7", are refused: separate the classes with ";", or choose &lt;i&gt;point&lt;/i&gt; or &lt;i&gt;comma&lt;/i&gt;. In a field, "n/a", "-" and empty cells are missing; other text that is no number stops the run, naming it.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Séparateur décimal&lt;/b&gt; des nombres écrits en texte : les scores de classe d'un aléa, et un champ de vulnérabilité ou d'accès enregistré comme texte (« 0,81 »). &lt;i&gt;Automatique&lt;/i&gt; décide à partir de tous les scores d'un aléa (toutes les valeurs du champ) ensemble, et le journal indique ce qui a été utilisé : « 1:0,3; 2:0,7; 3:1 » (classes séparées par « ; ») se lit 0,3 et 0,7. Des virgules qui pourraient à la fois séparer les classes et marquer les décimales (« 1:0,3, 2:0,7 »), ou des valeurs qui mêlent « 0.3 » et « 0,7 », sont refusées : séparez les classes par « ; », ou choisissez &lt;i&gt;point&lt;/i&gt; ou &lt;i&gt;virgule&lt;/i&gt;. Dans un champ, « n/a », « - » et les cellules vides sont manquantes ; tout autre texte qui n'est pas un nombre arrête l'exécution, en le nommant.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;h3&gt;Method&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Méthode&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Weighted sum&lt;/b&gt;: priority = Σ w·s. Criteria compensate each other: a high hazard score can make up for few people. Use it to see where needs add up.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Somme pondérée&lt;/b&gt; : priorité = Σ w·s. Les critères se compensent : un score d'aléa élevé peut compenser un faible nombre d'habitants. Utilisez-la pour voir où les besoins s'additionnent.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Weighted product&lt;/b&gt;: priority = Π s^w. A criterion scoring 0 gives 0 whatever the others: a strong score cannot offset a missing one. Use it when priority needs every criterion present at once (a hazard &lt;i&gt;and&lt;/i&gt; people &lt;i&gt;and&lt;/i&gt; vulnerability).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Produit pondéré&lt;/b&gt; : priorité = Π s^w. Un critère de score 0 donne 0 quels que soient les autres : un score élevé ne peut pas compenser un score nul. Utilisez-le lorsque la priorité exige que tous les critères soient présents à la fois (un aléa &lt;i&gt;et&lt;/i&gt; des habitants &lt;i&gt;et&lt;/i&gt; de la vulnérabilité).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Missing data&lt;/b&gt;: where a criterion has no value, reweight over the criteria present (default), count it as score 0, or leave the cell without priority. The log says how much was missing per criterion; the ranking has &lt;i&gt;priority_completeness&lt;/i&gt;.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Données manquantes&lt;/b&gt; : là où un critère n'a pas de valeur, repondérer sur les critères présents (par défaut), le compter comme un score de 0, ou laisser la cellule sans priorité. Le journal indique la part manquante par critère ; le classement contient &lt;i&gt;priority_completeness&lt;/i&gt;.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;h3&gt;Outputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Sorties&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Priority&lt;/b&gt;: GeoTIFF 0–100 (0 = every criterion at its lowest score, 100 = every criterion at its high bound), nodata outside the boundary.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Priorité&lt;/b&gt; : GeoTIFF de 0 à 100 (0 = tous les critères à leur score le plus bas, 100 = tous les critères à leur borne haute), nodata hors de la limite.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Classes&lt;/b&gt;: 1–5 by city-wide quantiles (each class holds a fifth of the cells) or equal intervals between the lowest and highest priority. Equal priorities always share a class and the highest priorities are always in class 5; where too many cells share priorities to make five classes, fewer are made (the others stay empty) and the log says so.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Classes&lt;/b&gt; : 1 à 5 par quantiles à l'échelle de la ville (chaque classe contient un cinquième des cellules) ou par intervalles égaux entre la priorité la plus basse et la plus haute. Des priorités égales sont toujours dans la même classe et les priorités les plus élevées sont toujours en classe 5 ; lorsque trop de cellules partagent les mêmes priorités pour former cinq classes, moins de classes sont créées (les autres restent vides) et le journal le signale.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Zones&lt;/b&gt; (optional): connected areas of classes 4–5, each with its area, people and mean priority. A zone too large to hold as one polygon (more than about 2 million vertices, such as one zone across a large city) is written in parts, one per band of rows: every part carries the whole zone's &lt;i&gt;zone_id&lt;/i&gt; and figures, with &lt;i&gt;part&lt;/i&gt; and &lt;i&gt;parts&lt;/i&gt;; dissolve by &lt;i&gt;zone_id&lt;/i&gt; to join them.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Zones&lt;/b&gt; (facultatif) : zones d'un seul tenant des classes 4–5, chacune avec sa surface, ses habitants et sa priorité moyenne. Une zone trop grande pour tenir en un seul polygone (plus de 2 millions de sommets environ, par exemple une zone couvrant une grande ville) est écrite en plusieurs parties, une par bande de lignes : chaque partie porte l'identifiant &lt;i&gt;zone_id&lt;/i&gt; et les chiffres de la zone entière, avec &lt;i&gt;part&lt;/i&gt; et &lt;i&gt;parts&lt;/i&gt; ; regroupez par &lt;i&gt;zone_id&lt;/i&gt; pour les réunir.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;li&gt;&lt;b&gt;Ranking&lt;/b&gt;: the settlements with &lt;i&gt;priority_mean&lt;/i&gt; and &lt;i&gt;priority_max&lt;/i&gt; (coverage-weighted over their cells), &lt;i&gt;priority_class&lt;/i&gt; (by default the quintile of the settlement among the settlements ranked: 5 = the top fifth, so "high priority", classes 4–5, means the top 40 %; ties share a class; with &lt;b&gt;Settlement classes&lt;/b&gt; = the map's city-wide classes, the class of its mean on the map's breaks), &lt;i&gt;priority_rank&lt;/i&gt; (1 = highest), &lt;i&gt;driver_1&lt;/i&gt;/&lt;i&gt;driver_2&lt;/i&gt; with &lt;i&gt;driver_1_share&lt;/i&gt;/&lt;i&gt;driver_2_share&lt;/i&gt; (the criteria with the largest share of w·s), &lt;i&gt;s_{criterion}&lt;/i&gt; (mean score of each criterion), &lt;i&gt;grid_population&lt;/i&gt; (the settlement's people, counted on the population raster's own cells, not on the analysis grid), and the sensitivity fields.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Classement&lt;/b&gt; : les quartiers avec &lt;i&gt;priority_mean&lt;/i&gt; et &lt;i&gt;priority_max&lt;/i&gt; (pondérés par la couverture sur leurs cellules), &lt;i&gt;priority_class&lt;/i&gt; (par défaut le quintile du quartier parmi les quartiers classés : 5 = le cinquième supérieur, donc « priorité élevée », classes 4–5, désigne les 40 % supérieurs ; les ex æquo partagent une classe ; avec &lt;b&gt;Classes des quartiers&lt;/b&gt; = les classes de la carte à l'échelle de la ville, la classe de sa moyenne selon les seuils de la carte), &lt;i&gt;priority_rank&lt;/i&gt; (1 = la plus élevée), &lt;i&gt;driver_1&lt;/i&gt;/&lt;i&gt;driver_2&lt;/i&gt; avec &lt;i&gt;driver_1_share&lt;/i&gt;/&lt;i&gt;driver_2_share&lt;/i&gt; (les critères ayant la plus grande part de w·s), &lt;i&gt;s_{criterion}&lt;/i&gt; (score moyen de chaque critère), &lt;i&gt;grid_population&lt;/i&gt; (les habitants du quartier, comptés sur les cellules propres du raster de population, et non sur la grille d'analyse), et les champs de sensibilité.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;h3&gt;Sensitivity&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Sensibilité&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;p&gt;&lt;b&gt;Sensitivity runs&lt;/b&gt; redraw the weights around the chosen ones (Dirichlet, standard deviation &lt;b&gt;spread&lt;/b&gt;·√(w(1−w))) and re-rank the settlements from their criterion means; the overlay is not recomputed. &lt;i&gt;rank_p05&lt;/i&gt; and &lt;i&gt;rank_p95&lt;/i&gt; are the 5th and 95th percentiles of each settlement's rank; &lt;i&gt;rank_stable&lt;/i&gt; is 1 when it stays in the same quintile in at least 90 % of the runs. With the weighted product the runs use the product of the criterion means, close to the mean of the products. The draws use a fixed seed: the same inputs give the same outputs.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Les &lt;b&gt;simulations de sensibilité&lt;/b&gt; tirent de nouveaux poids autour des poids choisis (Dirichlet, écart-type &lt;b&gt;dispersion&lt;/b&gt;·√(w(1−w))) et reclassent les quartiers à partir de leurs moyennes par critère ; la superposition n'est pas recalculée. &lt;i&gt;rank_p05&lt;/i&gt; et &lt;i&gt;rank_p95&lt;/i&gt; sont les 5e et 95e centiles du rang de chaque quartier ; &lt;i&gt;rank_stable&lt;/i&gt; vaut 1 lorsqu'il reste dans le même quintile dans au moins 90 % des simulations. Avec le produit pondéré, les simulations utilisent le produit des moyennes par critère, proche de la moyenne des produits. Les tirages utilisent une graine fixe : les mêmes entrées donnent les mêmes sorties.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/prioritymap.html" />
            <source>&lt;p&gt;The grid is processed in strips, so memory stays bounded for any city size.&lt;/p&gt;</source>
            <translation>&lt;p&gt;La grille est traitée par bandes, de sorte que la mémoire reste bornée quelle que soit la taille de la ville.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:projectprofiles</name>
        <message>
            <location filename="../../resources/help/projectprofiles.html" />
            <source>&lt;p&gt;A PDF with one page per action for a funder, made with a QGIS print-layout atlas over the actions: a map of the action's target area over the priority map with the settlements it serves, its climate rationale, its budget, the finance readiness checklist with what is missing, and where the figures come from.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Un PDF d'une page par action, destiné à un bailleur de fonds, produit avec un atlas de mise en page QGIS sur les actions : une carte de la zone d'intervention de l'action sur la carte des priorités avec les quartiers qu'elle dessert, sa justification climatique, son budget, la liste de contrôle de la maturité pour le financement avec ce qui manque, et l'origine des chiffres.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/projectprofiles.html" />
            <source>&lt;h3&gt;Inputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Entrées&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/projectprofiles.html" />
            <source>&lt;li&gt;&lt;b&gt;Actions with finance readiness&lt;/b&gt;: the output of "Finance readiness of the actions", whose texts fill the pages (they are written in the language that run chose).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Actions avec leur maturité pour le financement&lt;/b&gt; : la sortie de « Maturité des actions pour le financement », dont les textes remplissent les pages (ils sont rédigés dans la langue choisie lors de cette exécution).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/projectprofiles.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlement priority ranking&lt;/b&gt; with its &lt;b&gt;key field&lt;/b&gt; (the one the actions' &lt;code&gt;served&lt;/code&gt; lists) and &lt;b&gt;name field&lt;/b&gt;: the settlements an action serves are outlined in red and named on its map.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Classement des quartiers par priorité&lt;/b&gt; avec son &lt;b&gt;champ clé&lt;/b&gt; (celui que liste le champ &lt;code&gt;served&lt;/code&gt; des actions) et son &lt;b&gt;champ de nom&lt;/b&gt; : les quartiers que dessert une action sont entourés de rouge et nommés sur sa carte.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/projectprofiles.html" />
            <source>&lt;li&gt;&lt;b&gt;Priority raster&lt;/b&gt;: the priority map, under the areas.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Raster de priorité&lt;/b&gt; : la carte des priorités, sous les zones.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/projectprofiles.html" />
            <source>&lt;li&gt;&lt;b&gt;Layout template&lt;/b&gt; (optional): a copy of &lt;code&gt;resources/templates/project_profile.qpt&lt;/code&gt; restyled in QGIS's layout designer. Items are filled by their ids: &lt;code&gt;title&lt;/code&gt;, &lt;code&gt;subtitle&lt;/code&gt;, &lt;code&gt;readiness&lt;/code&gt;, &lt;code&gt;city&lt;/code&gt;, &lt;code&gt;map&lt;/code&gt;, &lt;code&gt;rationale&lt;/code&gt;, &lt;code&gt;budget&lt;/code&gt;, &lt;code&gt;checklist&lt;/code&gt;, &lt;code&gt;missing&lt;/code&gt;, &lt;code&gt;provenance&lt;/code&gt; and &lt;code&gt;footer&lt;/code&gt;; the log names any id the template lacks.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Modèle de mise en page&lt;/b&gt; (facultatif) : une copie de &lt;code&gt;resources/templates/project_profile.qpt&lt;/code&gt; dont le style a été modifié dans le concepteur de mise en page de QGIS. Les éléments sont remplis par leur identifiant : &lt;code&gt;title&lt;/code&gt;, &lt;code&gt;subtitle&lt;/code&gt;, &lt;code&gt;readiness&lt;/code&gt;, &lt;code&gt;city&lt;/code&gt;, &lt;code&gt;map&lt;/code&gt;, &lt;code&gt;rationale&lt;/code&gt;, &lt;code&gt;budget&lt;/code&gt;, &lt;code&gt;checklist&lt;/code&gt;, &lt;code&gt;missing&lt;/code&gt;, &lt;code&gt;provenance&lt;/code&gt; et &lt;code&gt;footer&lt;/code&gt; ; le journal cite tout identifiant absent du modèle.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/projectprofiles.html" />
            <source>&lt;li&gt;&lt;b&gt;Language of the pages&lt;/b&gt; (optional): en, fr, es or pt, for the headings, the subtitle and the readiness; empty: QGIS's language.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Langue des pages&lt;/b&gt; (facultatif) : en, fr, es ou pt, pour les titres, le sous-titre et la maturité ; vide : la langue de QGIS.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/projectprofiles.html" />
            <source>&lt;p&gt;An action without a target area is mapped by the settlements it serves. Output: the PDF, one page per action in the order of the layer, and PROFILES, the number of pages.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Une action sans zone d'intervention est cartographiée par les quartiers qu'elle dessert. Sortie : le PDF, une page par action dans l'ordre de la couche, et PROFILES, le nombre de pages.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:report</name>
        <message>
            <location filename="../../resources/help/report.html" />
            <source>&lt;p&gt;Builds a QGIS print layout and exports it as a PDF: four pages for a city whose ranking fits one page (about 40 settlements), and one more page of ranking for every further 41 or so (5,000 settlements take about 120 pages). Every page is numbered ("page 3 of 11").&lt;/p&gt;</source>
            <translation>&lt;p&gt;Construit une mise en page QGIS et l'exporte en PDF : quatre pages pour une ville dont le classement tient sur une page (environ 40 quartiers), et une page de classement supplémentaire par tranche d'environ 41 quartiers de plus (5 000 quartiers occupent environ 120 pages). Chaque page est numérotée (« page 3 sur 11 »).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/report.html" />
            <source>&lt;li&gt;&lt;b&gt;Cover and city map&lt;/b&gt;: the priority map over the city boundary, roads and settlements, each settlement numbered by its rank (where numbers would overlap, the higher-ranked one is shown), with legend, a key to the numbers, scale bar, north arrow, title, city name, date and an optional logo.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Couverture et carte de la ville&lt;/b&gt; : la carte des priorités sur la limite de la ville, les routes et les quartiers, chaque quartier numéroté selon son rang (là où des numéros se chevaucheraient, celui du quartier le mieux classé est affiché), avec légende, clé des numéros, échelle graphique, flèche du nord, titre, nom de la ville, date et logo facultatif.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/report.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlement ranking&lt;/b&gt;: every ranked settlement, over as many pages as it takes: rank, name, people, priority, main drivers by criterion (the hazard's layer, People, Access to services, Vulnerability) with their share, rank range under the weight sensitivity, stability, and whether an active action serves the settlement.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Classement des quartiers&lt;/b&gt; : tous les quartiers classés, sur autant de pages que nécessaire : rang, nom, habitants, priorité, facteurs principaux par critère (la couche de l'aléa, Habitants, Accès aux services, Vulnérabilité) avec leur part, plage de rangs selon la sensibilité aux poids, stabilité, et si une action active dessert le quartier.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/report.html" />
            <source>&lt;li&gt;&lt;b&gt;Action plan&lt;/b&gt;: every action with status, funding status, cost and beneficiaries (continued on further pages when there are many); the high-priority settlements without an action; budget by funding status and by hazard, each value beside its bar.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Plan d'actions&lt;/b&gt; : chaque action avec son statut, son état du financement, son coût et ses bénéficiaires (poursuivi sur les pages suivantes s'il y en a beaucoup) ; les quartiers hautement prioritaires sans action ; le budget par état du financement et par aléa, chaque valeur à côté de sa barre.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/report.html" />
            <source>&lt;li&gt;&lt;b&gt;Method and provenance&lt;/b&gt;: the input files by name under their folder (each folder once), with CRS and date; the criteria and weights, the sensitivity settings, how to read the ranking's columns, the plugin and QGIS versions, and caveats on missing data.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Méthode et provenance&lt;/b&gt; : les fichiers d'entrée par nom sous leur dossier (chaque dossier une seule fois), avec SCR et date ; les critères et les poids, les paramètres de sensibilité, la lecture des colonnes du classement, les versions de l'extension et de QGIS, et les mises en garde sur les données manquantes.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/report.html" />
            <source>&lt;p&gt;The layout comes from &lt;b&gt;Template&lt;/b&gt; (a .qpt; default: resources/templates/resilience_report.qpt). Restyle a copy in QGIS's layout designer (colours, fonts, logo place) and keep the item ids (title, city, date, logo, map, legend, scalebar, north, map_note, ranking_table, actions_table, gaps, chart_funding, chart_hazard, method, footer): the report fills them by id. The pages a long ranking or action plan needs are inserted after the table's page, with a frame at the same place and its heading marked "(continued)".&lt;/p&gt;</source>
            <translation>&lt;p&gt;La mise en page provient du &lt;b&gt;Modèle de mise en page&lt;/b&gt; (un fichier .qpt ; par défaut : resources/templates/resilience_report.qpt). Modifiez le style d'une copie dans le concepteur de mise en page de QGIS (couleurs, polices, emplacement du logo) en conservant les identifiants des éléments (title, city, date, logo, map, legend, scalebar, north, map_note, ranking_table, actions_table, gaps, chart_funding, chart_hazard, method, footer) : le rapport les remplit par identifiant. Les pages nécessaires à un long classement ou à un long plan d'actions sont insérées après la page du tableau, avec un cadre au même emplacement et son titre marqué « (suite) ».&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/report.html" />
            <source>&lt;p&gt;With &lt;b&gt;Energy access options&lt;/b&gt; (the output of that tool) the report ends with an &lt;b&gt;Energy plan&lt;/b&gt; page: per option and city-wide, the settlements, households, households to connect, investment and informal connections to regularise with their cost; the tier and unit costs the plan was costed at; then every settlement with its option, cost per household, investment and flood note (continued on further pages when needed).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Avec &lt;b&gt;Options d'accès à l'énergie&lt;/b&gt; (la sortie de cet outil), le rapport se termine par une page &lt;b&gt;Plan énergétique&lt;/b&gt; : par option et pour l'ensemble de la ville, les quartiers, les ménages, les ménages à raccorder, l'investissement et les branchements informels à régulariser avec leur coût ; le niveau et les coûts unitaires sur lesquels le plan a été chiffré ; puis chaque quartier avec son option, son coût par ménage, son investissement et sa note sur les inondations (suite sur les pages suivantes si nécessaire).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/report.html" />
            <source>&lt;p&gt;The first page is also written as a PNG for web pages and slides. With &lt;b&gt;Add to project&lt;/b&gt; the layout stays in the project for editing by hand.&lt;/p&gt;</source>
            <translation>&lt;p&gt;La première page est aussi écrite en PNG pour les pages web et les présentations. Avec &lt;b&gt;Conserver la mise en page dans le projet&lt;/b&gt;, la mise en page reste dans le projet pour être retouchée à la main.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/report.html" />
            <source>&lt;p&gt;&lt;b&gt;Report language&lt;/b&gt; (en, fr, es or pt; empty: QGIS's language) writes every text of the pages in that language, whatever QGIS's own: the headings, tables, legend, charts, footer and method page, and the numbers, amounts and dates as that language writes them (1,234.5 in English, 1 234,5 in French, 1.234,5 in Spanish and Portuguese; amounts with the register's currency code, KES 1,000,000 or 1 000 000 KES). QGIS itself stays in its language. A language whose translation is not installed gives an English report and a warning in the log. A restyled template's own texts are kept as written; its texts that are the default template's are translated.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Langue du rapport&lt;/b&gt; (en, fr, es ou pt ; vide : la langue de QGIS) rédige tous les textes des pages dans cette langue, quelle que soit celle de QGIS : les titres, tableaux, légende, graphiques, pied de page et page de méthode, ainsi que les nombres, montants et dates tels que cette langue les écrit (1,234.5 en anglais, 1 234,5 en français, 1.234,5 en espagnol et en portugais ; les montants avec le code de devise du registre, KES 1,000,000 ou 1 000 000 KES). QGIS lui-même reste dans sa langue. Une langue dont la traduction n'est pas installée donne un rapport en anglais et un avertissement dans le journal. Les textes propres à un modèle restylé sont conservés tels quels ; ceux qui sont repris du modèle par défaut sont traduits.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:restoreaction</name>
        <message>
            <location filename="../../resources/help/restoreaction.html" />
            <source>&lt;p&gt;Puts one action of a register shared in a PostgreSQL/PostGIS database back into an earlier state. The database records every insert, update and delete in planned_actions_history (the row as it was, who, when); this brings back every field of the action and its target area as one entry of that history recorded them. Who changed the action last, and when, then become you and the time of the restore, as after any save.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Remet dans un état antérieur une action d'un registre partagé dans une base de données PostgreSQL/PostGIS. La base de données enregistre chaque ajout, modification et suppression dans planned_actions_history (la ligne telle qu'elle était, qui, quand) ; cet algorithme rétablit chaque champ de l'action et sa zone d'intervention tels qu'une entrée de cet historique les a enregistrés. L'auteur et la date de la dernière modification de l'action deviennent alors les vôtres, comme après tout enregistrement.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/restoreaction.html" />
            <source>&lt;p&gt;Give the &lt;i&gt;database&lt;/i&gt; (the name of a QGIS PostgreSQL connection, or a connection string such as service=office), its schema, the action's action_id and the history_id of the entry. The History… button of the Planned actions dock lists an action's entries, what each changed, and restores one for you.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Indiquez la &lt;i&gt;base de données&lt;/i&gt; (le nom d'une connexion PostgreSQL de QGIS, ou une chaîne de connexion telle que service=office), son schéma, l'action_id de l'action et le history_id de l'entrée. Le bouton Historique… du panneau Actions prévues affiche les entrées d'une action et ce que chacune a modifié, et en restaure une pour vous.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/restoreaction.html" />
            <source>&lt;p&gt;The restore is a save like any other, in one transaction: the register's rules check it (a state the rules refuse now is not restored, and the message gives the database's reason), its row version goes up, and the history records it as a change (or, for an action that had been deleted, as an addition: it comes back with the same action_id). A viewer's login, and a register written by a newer plugin, restore nothing.&lt;/p&gt;</source>
            <translation>&lt;p&gt;La restauration est un enregistrement comme un autre, en une seule transaction : les règles du registre la vérifient (un état que les règles refusent désormais n'est pas restauré, et le message donne le motif indiqué par la base de données), la version de la ligne de l'action augmente, et l'historique l'enregistre comme une modification (ou, pour une action qui avait été supprimée, comme un ajout : elle revient avec le même action_id). Avec le compte d'un lecteur, ou sur un registre écrit par une version plus récente de l'extension, rien n'est restauré.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/restoreaction.html" />
            <source>&lt;p&gt;Give the row version you saw the action at (&lt;i&gt;Row version seen&lt;/i&gt;): when someone has changed or deleted the action since, nothing is restored and the message says who and when, so a restore never overwrites a change unseen.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Indiquez la version de la ligne de l'action telle que vous l'avez vue (&lt;i&gt;Version de la ligne lue&lt;/i&gt;) : si quelqu'un a modifié ou supprimé l'action depuis, rien n'est restauré et le message indique qui et quand ; ainsi, une restauration n'écrase jamais une modification dont vous n'avez pas eu connaissance.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/restoreaction.html" />
            <source>&lt;p&gt;A GeoPackage register keeps no history of its own edits, so there is nothing to restore it from; copy it into a database (Copy planned-action register) for a register that keeps every change.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Un registre GeoPackage ne conserve aucun historique de ses propres modifications : il n'existe donc aucun état antérieur à partir duquel le restaurer ; copiez-le dans une base de données (Copier un registre des actions prévues) pour disposer d'un registre qui conserve chaque modification.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:samplecity</name>
        <message>
            <location filename="../../resources/help/samplecity.html" />
            <source>&lt;p&gt;Writes "Mto Mkuu", a fictional city of 10 × 8 km on a river valley, for demonstrations and training. The same seed always gives the same data.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Écrit « Mto Mkuu », une ville fictive de 10 × 8 km dans une vallée fluviale, pour les démonstrations et la formation. La même graine donne toujours les mêmes données.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/samplecity.html" />
            <source>&lt;p&gt;Rasters (UTM zone 37S, 25 m): &lt;b&gt;flood_depth.tif&lt;/b&gt; (m; the north-east corner is nodata, as if the flood model did not cover it), &lt;b&gt;landslide_susceptibility.tif&lt;/b&gt; (classes 1–3), &lt;b&gt;heat_lst.tif&lt;/b&gt; (land-surface temperature, °C) and &lt;b&gt;population.tif&lt;/b&gt; (persons per cell).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Rasters (zone UTM 37S, 25 m) : &lt;b&gt;flood_depth.tif&lt;/b&gt; (m ; l'angle nord-est est en nodata, comme si le modèle d'inondation ne le couvrait pas), &lt;b&gt;landslide_susceptibility.tif&lt;/b&gt; (classes 1–3), &lt;b&gt;heat_lst.tif&lt;/b&gt; (température de surface, °C) et &lt;b&gt;population.tif&lt;/b&gt; (habitants par cellule).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/samplecity.html" />
            <source>&lt;p&gt;Vectors (EPSG:4326) in &lt;b&gt;sample_city.gpkg&lt;/b&gt;: settlements (40 informal settlements, 0.3 to about 57 ha), settlement_profiles (a Know-Your-City-like table, with some answers missing), roads, health_facilities, schools, water_points, power_lines, substations and city_boundary.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Vecteurs (EPSG:4326) dans &lt;b&gt;sample_city.gpkg&lt;/b&gt; : settlements (40 quartiers informels, de 0,3 à environ 57 ha), settlement_profiles (une table inspirée de Know Your City, avec quelques réponses manquantes), roads, health_facilities, schools, water_points, power_lines, substations et city_boundary.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/samplecity.html" />
            <source>&lt;p&gt;Run from QGIS, the city is loaded into a new group of the layer tree, every layer styled; the styles are also saved in the files, so that they open styled from the Browser.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Exécutée depuis QGIS, la ville est chargée dans un nouveau groupe du panneau Couches, chaque couche avec son style ; les styles sont aussi enregistrés dans les fichiers, si bien qu'elles s'ouvrent stylées depuis l'Explorateur.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:serviceaccess</name>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;p&gt;How far each settlement is from the nearest facility of each type (clinic, school, water point, ...), in a straight line and along the roads, normally and during a hazard, and which settlements lose access when the hazard strikes.&lt;/p&gt;</source>
            <translation>&lt;p&gt;À quelle distance chaque quartier se trouve de l'équipement le plus proche de chaque type (centre de santé, école, point d'eau, ...), à vol d'oiseau et par la route, en temps normal et pendant un aléa, et quels quartiers perdent l'accès lorsque l'aléa survient.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;h3&gt;Inputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Entrées&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlements&lt;/b&gt;: polygons. Trips start at a point inside each settlement.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Quartiers&lt;/b&gt; : polygones. Les trajets partent d'un point situé à l'intérieur de chaque quartier.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;Facilities&lt;/b&gt;: points. &lt;b&gt;Facility type field&lt;/b&gt; (optional) splits them into types; without it they all count as one type named after the layer.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Équipements&lt;/b&gt; : points. Le &lt;b&gt;champ de type d'équipement&lt;/b&gt; (facultatif) les répartit en types ; sans lui, ils forment tous un seul type portant le nom de la couche.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;Roads&lt;/b&gt; (optional): lines. Roads join where they share a vertex, and a road's end joins another road's nearest vertex within the &lt;b&gt;snapping tolerance&lt;/b&gt;; roads that only cross stay apart (bridges cross without a junction). The log says how many disconnected pieces the network has. Settlements and facilities join the road network at its nearest vertex; segments longer than 50 m are split first, so a connector is at most 25 m longer than to the nearest point of a road.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Routes&lt;/b&gt; (facultatif) : lignes. Les routes se rejoignent là où elles partagent un sommet, et l'extrémité d'une route rejoint le sommet le plus proche d'une autre route dans la &lt;b&gt;tolérance d'accrochage&lt;/b&gt; ; les routes qui ne font que se croiser restent séparées (un pont croise sans carrefour). Le journal indique en combien de morceaux déconnectés le réseau est divisé. Les quartiers et les équipements se raccordent au réseau routier par son sommet le plus proche ; les tronçons de plus de 50 m sont d'abord découpés, de sorte qu'un raccordement est au plus 25 m plus long que jusqu'au point le plus proche d'une route.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;Hazard&lt;/b&gt; and &lt;b&gt;threshold&lt;/b&gt; (optional): roads and facilities in exposed cells are out of service. The threshold is an exposure rule as in settlement exposure: a number (value ≥ it), a comparison (&lt;code&gt;&amp;lt;=2&lt;/code&gt;) or classes (&lt;code&gt;=1|2&lt;/code&gt;); above 0 without one; a classed hazard needs a rule. A road segment is cut when any point along it, checked every half cell, is exposed.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Aléa&lt;/b&gt; et &lt;b&gt;seuil&lt;/b&gt; (facultatifs) : les routes et les équipements situés dans des cellules exposées sont hors service. Le seuil est une règle d'exposition comme pour l'exposition des quartiers : un nombre (valeur ≥ ce nombre), une comparaison (&lt;code&gt;&amp;lt;=2&lt;/code&gt;) ou des classes (&lt;code&gt;=1|2&lt;/code&gt;) ; supérieur à 0 sans règle ; un aléa classé nécessite une règle. Un tronçon routier est coupé lorsqu'un point quelconque de son tracé, vérifié toutes les demi-cellules, est exposé.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;Maximum distance&lt;/b&gt;: trips longer than this (connectors included) count as unreachable; 0 means no limit.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Distance maximale&lt;/b&gt; : les trajets plus longs (raccordements compris) sont considérés comme impossibles ; 0 signifie aucune limite.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;h3&gt;Output fields, per facility type&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Champs de sortie, par type d'équipement&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;{type}_dist_m&lt;/b&gt;: straight-line distance from the settlement's outline to the nearest facility (0 when one is inside it);&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{type}_dist_m&lt;/b&gt; : distance à vol d'oiseau du contour du quartier à l'équipement le plus proche (0 lorsqu'un équipement se trouve à l'intérieur) ;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;{type}_network_m&lt;/b&gt;: along the roads, with the two connectors; NULL when unreachable or without roads;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{type}_network_m&lt;/b&gt; : par la route, avec les deux raccordements ; NULL si inaccessible ou en l'absence de routes ;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;{type}_network_hazard_m&lt;/b&gt;: the same during the hazard;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{type}_network_hazard_m&lt;/b&gt; : la même distance pendant l'aléa ;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;li&gt;&lt;b&gt;{type}_access_lost&lt;/b&gt;: 1 when a facility is reachable normally but not during the hazard.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{type}_access_lost&lt;/b&gt; : 1 lorsqu'un équipement est accessible en temps normal mais pas pendant l'aléa.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/serviceaccess.html" />
            <source>&lt;p&gt;Distances are in metres, computed in the settlements' CRS when it is projected in metres, otherwise in the local UTM zone. Shortest paths run once per facility type from all its facilities at once.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Les distances sont en mètres, calculées dans le SCR des quartiers lorsqu'il est projeté en mètres, sinon dans la zone UTM locale. Les plus courts chemins sont calculés une seule fois par type d'équipement, depuis tous ses équipements à la fois.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:settlementexposure</name>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;p&gt;For each informal settlement, how much of its area and how many of its people are exposed to each hazard raster.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Pour chaque quartier informel, la part de sa surface et le nombre de ses habitants exposés à chaque raster d'aléa.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;h3&gt;Inputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Entrées&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlements&lt;/b&gt;: polygons (any CRS; they are reprojected to each raster's CRS). Invalid geometries are repaired; multipart polygons are measured as one settlement.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Quartiers&lt;/b&gt; : polygones (tout SCR ; ils sont reprojetés dans le SCR de chaque raster). Les géométries non valides sont réparées ; les polygones multiparties sont mesurés comme un seul quartier.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlement ID field&lt;/b&gt; (optional): names settlements in messages.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Champ identifiant des quartiers&lt;/b&gt; (facultatif) : nomme les quartiers dans les messages.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Hazard rasters&lt;/b&gt;: one or more GeoTIFFs or other GDAL files, e.g. flood depth (m), landslide susceptibility class, land-surface temperature (°C).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Rasters d'aléa&lt;/b&gt; : un ou plusieurs GeoTIFF ou autres fichiers GDAL, par ex. hauteur d'eau (m), classe de susceptibilité aux glissements de terrain, température de surface (°C).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Thresholds&lt;/b&gt; (optional): one exposure rule per hazard, comma-separated, in the same order: a number (exposed where the value ≥ it, e.g. &lt;code&gt;0.5&lt;/code&gt;), a comparison (&lt;code&gt;&amp;gt;=0.5&lt;/code&gt;, &lt;code&gt;&amp;gt;0.5&lt;/code&gt;, &lt;code&gt;&amp;lt;=2&lt;/code&gt;, &lt;code&gt;&amp;lt;2&lt;/code&gt;) or a set of classes (&lt;code&gt;=1&lt;/code&gt;, &lt;code&gt;=1|2&lt;/code&gt;). Empty: any value above 0 counts as exposed. A &lt;b&gt;classed hazard&lt;/b&gt; (a colour table, class names in its style or categories, or an integer raster with at most 16 distinct values) must be given a rule: without one the run stops and lists its classes. The log says which classes a rule includes, with their names.&lt;br&gt; In this dialog each chosen hazard raster gets its own rule box, beside its name. From a script, the model or the batch the rules are one text, paired with the hazard rasters by position: the first rule with the first raster in the order the &lt;b&gt;Hazard rasters&lt;/b&gt; list shows them, the second with the second. For &lt;code&gt;flood_depth&lt;/code&gt; then &lt;code&gt;landslide&lt;/code&gt;, &lt;code&gt;0.5, =3|4&lt;/code&gt; means flooded from 0.5 m, and landslide classes 3 and 4. The log's first line lists each hazard with its rule.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Seuils&lt;/b&gt; (facultatif) : une règle d'exposition par aléa, séparées par des virgules, dans le même ordre : un nombre (exposé là où la valeur est ≥ ce nombre, par ex. &lt;code&gt;0.5&lt;/code&gt;, avec un point décimal), une comparaison (&lt;code&gt;&amp;gt;=0.5&lt;/code&gt;, &lt;code&gt;&amp;gt;0.5&lt;/code&gt;, &lt;code&gt;&amp;lt;=2&lt;/code&gt;, &lt;code&gt;&amp;lt;2&lt;/code&gt;) ou un ensemble de classes (&lt;code&gt;=1&lt;/code&gt;, &lt;code&gt;=1|2&lt;/code&gt;). Vide : toute valeur supérieure à 0 compte comme exposée. Un &lt;b&gt;aléa classé&lt;/b&gt; (une table de couleurs, des noms de classes dans son style ou ses catégories, ou un raster d'entiers comptant au plus 16 valeurs distinctes) doit recevoir une règle : sans règle, l'exécution s'arrête et liste ses classes. Le journal indique les classes qu'inclut une règle, avec leurs noms.&lt;br&gt; Dans cette boîte de dialogue, chaque raster d'aléa choisi reçoit sa propre zone de règle, à côté de son nom. Depuis un script, le modèle ou le traitement par lot, les règles forment un seul texte, associé aux rasters d'aléa par position : la première règle avec le premier raster dans l'ordre où la liste &lt;b&gt;Rasters d'aléa&lt;/b&gt; les affiche, la deuxième avec le deuxième. Pour &lt;code&gt;flood_depth&lt;/code&gt; puis &lt;code&gt;landslide&lt;/code&gt;, &lt;code&gt;0.5, =3|4&lt;/code&gt; signifie inondé à partir de 0,5 m, et classes de glissement de terrain 3 et 4. La première ligne du journal indique chaque aléa avec sa règle.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Population raster&lt;/b&gt; (optional): persons per cell. It is brought onto each hazard grid with a sum that keeps the number of people.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Raster de population&lt;/b&gt; (facultatif) : habitants par cellule. Il est ramené sur chaque grille d'aléa par une somme qui conserve le nombre d'habitants.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Population field&lt;/b&gt; (optional): persons per settlement, used when there is no population raster; exposed people = persons × exposed share. A text field is read as its numbers are written ("1.000,5" or "1,000.5", "1 234"), one decimal mark for the whole field, decided from all its cells and logged; "n/a" and empty cells are unknown, and other text stops the run, naming it.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Champ de population&lt;/b&gt; (facultatif) : habitants par quartier, utilisé lorsqu'il n'y a pas de raster de population ; personnes exposées = habitants × part exposée. Un champ texte est lu comme ses nombres sont écrits (« 1.000,5 » ou « 1,000.5 », « 1 234 »), avec un seul séparateur décimal pour tout le champ, déterminé à partir de toutes ses cellules et indiqué dans le journal ; « n/a » et les cellules vides sont inconnues, et tout autre texte arrête l'exécution, en le nommant.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;Decimal mark&lt;/b&gt; (advanced): how numbers stored as text in the fields above are read. &lt;i&gt;Automatic&lt;/i&gt; decides each field from all its cells, and the log says what was used; a field whose every number has exactly three digits after its mark ("12.500", "3.200") could be thousands or decimals, and is refused: choose &lt;i&gt;point&lt;/i&gt; (1,234.5) or &lt;i&gt;comma&lt;/i&gt; (1.234,5).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Séparateur décimal&lt;/b&gt; (avancé) : comment sont lus les nombres enregistrés comme texte dans les champs ci-dessus. &lt;i&gt;Automatique&lt;/i&gt;
décide chaque champ à partir de toutes ses cellules, et le journal indique ce qui a été utilisé ; un champ dont chaque nombre a exactement
trois chiffres après son séparateur (« 12.500 », « 3.200 ») pourrait être en milliers ou en décimales, et il est refusé : choisissez
&lt;i&gt;point&lt;/i&gt; (1,234.5) ou &lt;i&gt;virgule&lt;/i&gt; (1.234,5).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;h3&gt;Output&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Sortie&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;p&gt;Every input feature and field, and for each hazard (key = the raster layer name in lowercase, non-alphanumerics turned into _):&lt;/p&gt;</source>
            <translation>&lt;p&gt;Toutes les entités et tous les champs d'entrée et, pour chaque aléa (clé = le nom de la couche raster en minuscules, les caractères non alphanumériques remplacés par _) :&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;{key}_mean&lt;/b&gt;, &lt;b&gt;{key}_max&lt;/b&gt;: over cells with data; the mean weights each cell by the share of it the settlement covers;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{key}_mean&lt;/b&gt;, &lt;b&gt;{key}_max&lt;/b&gt; : sur les cellules avec données ; la moyenne pondère chaque cellule par la part que le quartier en couvre ;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;{key}_exposed_share&lt;/b&gt;: 0–1 share of the settlement's area with data that is exposed;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{key}_exposed_share&lt;/b&gt; : part exposée (0–1) de la surface du quartier disposant de données ;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;{key}_coverage&lt;/b&gt;: 0–1 share of the settlement's area that has hazard data (0 for a settlement wholly outside the raster, whose statistics are NULL);&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{key}_coverage&lt;/b&gt; : part (0–1) de la surface du quartier disposant de données d'aléa (0 pour un quartier entièrement hors du raster, dont les statistiques sont NULL) ;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;li&gt;&lt;b&gt;{key}_exposed_pop&lt;/b&gt;: people in exposed cells.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;{key}_exposed_pop&lt;/b&gt; : habitants des cellules exposées.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;p&gt;Across hazards: &lt;b&gt;any_exposed_share&lt;/b&gt; and &lt;b&gt;any_exposed_pop&lt;/b&gt; (exposed to at least one hazard) and &lt;b&gt;exposed_hazards&lt;/b&gt; (how many hazards expose some of the settlement). Numeric outputs: EXPOSED_SETTLEMENTS and EXPOSED_POPULATION.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Tous aléas confondus : &lt;b&gt;any_exposed_share&lt;/b&gt; et &lt;b&gt;any_exposed_pop&lt;/b&gt; (exposés à au moins un aléa) et &lt;b&gt;exposed_hazards&lt;/b&gt; (nombre d'aléas exposant une partie du quartier). Sorties numériques : EXPOSED_SETTLEMENTS et EXPOSED_POPULATION.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/settlementexposure.html" />
            <source>&lt;p&gt;Partly covered cells count by their covered fraction, so settlements smaller than a cell get values. Nodata is left out, never counted as 0. Each raster is read once, in strips, so memory does not grow with the city.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Les cellules partiellement couvertes comptent pour leur fraction couverte, si bien que les quartiers plus petits qu'une cellule reçoivent des valeurs. Les cellules nodata sont ignorées, jamais comptées comme 0. Chaque raster n'est lu qu'une fois, par bandes, de sorte que la mémoire n'augmente pas avec la taille de la ville.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>help:vulnerabilityindex</name>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;p&gt;Turns settlement profiles (water, toilets, electricity, drainage, tenure, eviction threat, flood history, ...) into a 0–1 vulnerability index that explains itself.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Transforme les profils de quartier (eau, toilettes, électricité, drainage, statut foncier, menace d'expulsion, historique des inondations, ...) en un indice de vulnérabilité de 0 à 1 qui s'explique de lui-même.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;h3&gt;Inputs&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Entrées&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlements&lt;/b&gt;: polygons.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Quartiers&lt;/b&gt; : polygones.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;Profiles&lt;/b&gt; (optional): a table (CSV, XLSX, GeoPackage table or any QGIS table). Without it the indicators are read from the settlements layer.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Profils&lt;/b&gt; (facultatif) : une table (CSV, XLSX, table GeoPackage ou toute table QGIS). Sans elle, les indicateurs sont lus dans la couche de quartiers.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;Settlement key&lt;/b&gt; / &lt;b&gt;Profile key&lt;/b&gt;: the join fields. Keys are compared normalised: case and spaces are ignored, and 7, "7", "007" and 7.0 match.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Clé des quartiers&lt;/b&gt; / &lt;b&gt;Clé des profils&lt;/b&gt; : les champs de jointure. Les clés sont comparées après normalisation : la casse et les espaces sont ignorés, et 7, "7", "007" et 7.0 correspondent.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;Indicators&lt;/b&gt;: one row per indicator: field, direction (+ when a higher value means more vulnerable, - when it means less) and weight. Text fields holding numbers are read as numbers; "n/a", "n/d", "s/d", "nd", "-" and empty cells are missing.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Indicateurs&lt;/b&gt; : une ligne par indicateur : champ, sens (+ lorsqu'une valeur plus élevée signifie plus vulnérable, - lorsqu'elle signifie moins vulnérable) et poids. Les champs texte contenant des nombres sont lus comme des nombres ; "n/a", "n/d", "s/d", "nd", "-" et les cellules vides sont des valeurs manquantes.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;Decimal mark&lt;/b&gt;: how text columns write their numbers. &lt;i&gt;Automatic&lt;/i&gt; decides each column from all its cells, with thousands written as ".", ",", a space or a thin space: "1.234,5" (comma decimals) is 1234.5, and "69.156" in a column that writes thousands with points is 69156. The log says what each column was read as. A column that mixes the two, or whose every mark has three digits after it ("69.156", "12.000"), is refused: choose &lt;i&gt;point&lt;/i&gt; (1,234.5) or &lt;i&gt;comma&lt;/i&gt; (1.234,5) for the table. The weights of the &lt;b&gt;Indicators&lt;/b&gt; table are read the same way, as one column ("0,5" where they write decimal commas).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Séparateur décimal&lt;/b&gt; : comment les colonnes texte écrivent leurs nombres. &lt;i&gt;Automatique&lt;/i&gt; décide chaque colonne à partir de toutes ses cellules, les milliers étant écrits avec « . », « , », une espace ou une espace fine : « 1.234,5 » (décimales à virgule) vaut 1234,5, et « 69.156 » dans une colonne qui écrit les milliers avec des points vaut 69156. Le journal indique comment chaque colonne a été lue. Une colonne qui mêle les deux, ou dont chaque séparateur est suivi de trois chiffres (« 69.156 », « 12.000 »), est refusée : choisissez &lt;i&gt;point&lt;/i&gt; (1,234.5) ou &lt;i&gt;virgule&lt;/i&gt; (1.234,5) pour la table. Les poids de la table &lt;b&gt;Indicateurs&lt;/b&gt; sont lus de la même façon, comme une seule colonne (« 0,5 » là où elle écrit des décimales à virgule).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;Preset&lt;/b&gt; (optional): a JSON file with the indicators, used when the table above is empty. The bundled presets (kyc_default.json, energy_access.json) can be named by their file name alone.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Jeu prédéfini&lt;/b&gt; (facultatif) : un fichier JSON contenant les indicateurs, utilisé lorsque la table ci-dessus est vide. Les jeux prédéfinis fournis (kyc_default.json, energy_access.json) peuvent être désignés par leur seul nom de fichier.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;Normalisation&lt;/b&gt;: min–max, percentile rank, or z-score passed through the normal distribution (all give 0–1).&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Normalisation&lt;/b&gt; : min–max, rang centile, ou score z passé par la loi normale (tous donnent une valeur de 0 à 1).&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;Missing values&lt;/b&gt;: reweight over the indicators present (default), fill with the indicator's median, or leave the score NULL.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;Valeurs manquantes&lt;/b&gt; : repondérer sur les indicateurs présents (par défaut), remplacer par la médiane de l'indicateur, ou laisser le score à NULL.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;h3&gt;Output fields&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Champs de sortie&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;vulnerability&lt;/b&gt;: 0–1, the weighted mean of the oriented indicators;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;vulnerability&lt;/b&gt; : de 0 à 1, la moyenne pondérée des indicateurs orientés ;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;vulnerability_rank&lt;/b&gt;: 1 = most vulnerable (ties share a rank);&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;vulnerability_rank&lt;/b&gt; : 1 = le plus vulnérable (les ex æquo partagent un rang) ;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;vulnerability_completeness&lt;/b&gt;: share of the weight whose indicators were present;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;vulnerability_completeness&lt;/b&gt; : part du poids dont les indicateurs étaient présents ;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;vulnerability_drivers&lt;/b&gt;: the top three indicators by contribution, with their share of the score;&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;vulnerability_drivers&lt;/b&gt; : les trois indicateurs qui contribuent le plus, avec leur part du score ;&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;li&gt;&lt;b&gt;v_{field}&lt;/b&gt;: each indicator normalised 0–1 and oriented so that 1 means more vulnerable. An indicator that lowers vulnerability is turned round as 1 − v.&lt;/li&gt;</source>
            <translation>&lt;li&gt;&lt;b&gt;v_{field}&lt;/b&gt; : chaque indicateur normalisé de 0 à 1 et orienté de sorte que 1 signifie plus vulnérable. Un indicateur qui diminue la vulnérabilité est inversé en 1 − v.&lt;/li&gt;</translation>
        </message>
        <message>
            <location filename="../../resources/help/vulnerabilityindex.html" />
            <source>&lt;p&gt;Weights are normalised to sum to 1 and written to the log. Profiles without a settlement and settlements without a profile are named in the log; duplicate keys stop the run.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Les poids sont normalisés pour que leur somme fasse 1 et inscrits au journal. Les profils sans quartier et les quartiers sans profil sont cités dans le journal ; des clés en double arrêtent l'exécution.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>model:citywide_priorities</name>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>The whole chain on one city: settlement exposure, vulnerability index, access to services, citywide priorities, action coverage and the actions' finance readiness, with their project profiles (PDF) when the register has actions and the energy plan when power lines are given. Its inputs are the raw layers and the main choices (hazards with thresholds and scoring, weights, cell size).</source>
            <translation>La chaîne de traitement complète pour une ville : exposition des quartiers, indice de vulnérabilité, accès aux services, priorités à l'échelle de la ville, couverture des actions et maturité des actions pour le financement, avec leurs fiches de projet (PDF) lorsque le registre contient des actions, et le plan énergétique lorsque des lignes électriques sont fournies. Ses entrées sont les couches brutes et les principaux choix (aléas avec seuils et notation, poids, taille de cellule).</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>The register. Its actions' finance readiness is assessed, and each gets a page in the project profiles (PDF; made when the register has an action and the finance readiness output is written).</source>
            <translation>Le registre. La maturité de ses actions pour le financement est évaluée, et chacune reçoit une page dans les fiches de projet (PDF ; produites lorsque le registre contient au moins une action et que la sortie « Maturité pour le financement » est enregistrée).</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>The project profiles' title.</source>
            <translation>Le titre des fiches de projet.</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>The profiles' share of households with electricity, 0–1 or 0–100 (empty: none has it, every household is to connect).</source>
            <translation>La part des ménages ayant l'électricité, selon les profils, de 0 à 1 ou de 0 à 100 (vide : aucun ménage n'a l'électricité, tous sont à raccorder).</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>The exposure output's field of the share flooded, &lt;hazard&gt;_exposed_share, e.g. flood_depth_exposed_share: the energy plan notes where grid works would sit in the flood (empty: no note).</source>
            <translation>Le champ de la sortie d'exposition qui donne la part inondée, &lt;hazard&gt;_exposed_share, par ex. flood_depth_exposed_share : le plan énergétique signale les quartiers où les ouvrages de réseau se trouveraient en zone inondable (vide : aucune note).</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>One row per hazard: hazard (layer name or position), value function (linear, step or classes), low, high, class scores, weight.</source>
            <translation>Une ligne par aléa : aléa (nom de la couche ou position), fonction de valeur (linear, step ou classes), bas, haut, scores des classes, poids.</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>The profiles' households, for the energy plan (empty: the population field's persons ÷ the household size, 3.3 by default). The plan counts the people of a settlement by the population field, else as its households × that size.</source>
            <translation>Le nombre de ménages des profils, pour le plan énergétique (vide : les habitants du champ de population ÷ la taille des ménages, 3,3 par défaut). Le plan compte les habitants d'un quartier d'après le champ de population, sinon comme ses ménages × cette taille.</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>The profiles' share of the connected households whose connection is informal (not metered), 0–1 or 0–100 (empty: none counted).</source>
            <translation>La part, selon les profils, des ménages raccordés dont le branchement est informel (sans compteur), de 0 à 1 ou de 0 à 100 (vide : aucun n'est compté).</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>The language of the finance readiness texts and of the project profiles: en, fr, es, pt (empty: QGIS's language).</source>
            <translation>La langue des textes de maturité pour le financement et des fiches de projet : en, fr, es, pt (vide : la langue de QGIS).</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Persons per cell.</source>
            <translation>Habitants par cellule.</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Persons per settlement, used when there is no population raster.</source>
            <translation>Habitants par quartier, utilisé en l'absence de raster de population.</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>With them the model makes the energy plan of the settlements and their profiles: the least-cost option of each, its households, costs and investment. Without them that step is skipped: the grid options cannot be costed without the distance to a line.</source>
            <translation>Avec ces lignes, le modèle établit le plan énergétique des quartiers, d'après leurs profils : l'option la moins coûteuse pour chacun, ses ménages, ses coûts et son investissement. Sans elles, cette étape est ignorée : les options de réseau ne peuvent pas être chiffrées sans la distance à une ligne.</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Optional: the energy plan then gives each settlement its distance to the nearest one.</source>
            <translation>Facultatif : le plan énergétique indique alors pour chaque quartier sa distance au poste électrique le plus proche.</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>One rule per hazard, comma-separated, in the order of the hazard rasters: a number (exposed where the value is at least it, e.g. 0.5), a comparison (&gt;=0.5, &lt;2) or classes (=1|2).</source>
            <translation>Une règle par aléa, séparées par des virgules, dans l'ordre des rasters d'aléa : un nombre (exposé là où la valeur l'atteint au moins, par ex. 0.5), une comparaison (&gt;=0.5, &lt;2) ou des classes (=1|2).</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Citywide workflow: exposure to action coverage</source>
            <translation>Chaîne de traitement à l'échelle de la ville : de l'exposition à la couverture des actions</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Access</source>
            <translation>Accès</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Access weight</source>
            <translation>Poids de l'accès</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Planned actions (register)</source>
            <translation>Actions prévues (registre)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>City boundary</source>
            <translation>Limite de la ville</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Cell size (metres)</source>
            <translation>Taille de cellule (mètres)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>City name</source>
            <translation>Nom de la ville</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Actions coverage</source>
            <translation>Couverture des actions</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Settlement gaps</source>
            <translation>Lacunes par quartier</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Electricity field (profiles)</source>
            <translation>Champ d'électricité (profils)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Energy by option</source>
            <translation>Énergie par option</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Energy plan</source>
            <translation>Plan énergétique</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Exposure</source>
            <translation>Exposition</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Health facilities (points)</source>
            <translation>Centres de santé (points)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Facility type field</source>
            <translation>Champ de type d'équipement</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Flood share field (exposure)</source>
            <translation>Champ de la part exposée aux inondations (exposition)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Hazard scoring</source>
            <translation>Notation des aléas</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Hazard rasters</source>
            <translation>Rasters d'aléa</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Households field (profiles)</source>
            <translation>Champ des ménages (profils)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Informal connections field</source>
            <translation>Champ des branchements informels</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Language of the texts</source>
            <translation>Langue des textes</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Population raster (persons/cell)</source>
            <translation>Raster de population (habitants/cellule)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Population field (persons)</source>
            <translation>Champ de population (habitants)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Population weight</source>
            <translation>Poids de la population</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Power lines</source>
            <translation>Lignes électriques</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Indicator preset (JSON)</source>
            <translation>Jeu prédéfini d'indicateurs (JSON)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Priority classes</source>
            <translation>Classes de priorité</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Priority zones</source>
            <translation>Zones prioritaires</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Ranking</source>
            <translation>Classement</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Profile key field</source>
            <translation>Champ clé des profils</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Settlement profiles (table)</source>
            <translation>Profils de quartier (table)</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Project profiles</source>
            <translation>Fiches de projet</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Cost by hazard</source>
            <translation>Coût par aléa</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Finance pipeline</source>
            <translation>Portefeuille de financement</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Finance readiness</source>
            <translation>Maturité pour le financement</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Roads</source>
            <translation>Routes</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Settlement key field</source>
            <translation>Champ clé des quartiers</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Settlements</source>
            <translation>Quartiers</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Substations</source>
            <translation>Postes électriques</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Exposure rules, one per hazard</source>
            <translation>Règles d'exposition, une par aléa</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Vulnerability</source>
            <translation>Vulnérabilité</translation>
        </message>
        <message>
            <location filename="../../processing/models/citywide_priorities.model3" />
            <source>Vulnerability weight</source>
            <translation>Poids de la vulnérabilité</translation>
        </message>
    </context>
</TS>
