<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <location filename="../../autonomy/ui/app/backup_actions.py" line="+38"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database is on a server: it is backed up with the server&apos;s own tools (pg_dump).</source>
        <translation>Cette base de données est sur un serveur&#x202f;: elle est sauvegardée avec les outils du serveur (pg_dump).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Back up to</source>
        <translation>Sauvegarder dans</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backed up to {path}.</source>
        <translation>Sauvegardé dans {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not backed up</source>
        <translation>Non sauvegardé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace everything in Autonomy with the backup {name} (saved {when})?

The database as it is now is kept in the backups folder, so you can go back to it.</source>
        <translation>Remplacer tout le contenu d’Autonomy par la sauvegarde {name} (faite le {when})&#x202f;?

La base de données actuelle est conservée dans le dossier des sauvegardes&#x202f;: vous pourrez y revenir.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restored {name}.</source>
        <translation>{name} a été restaurée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database as it was is kept in {path}.</source>
        <translation>La base de données telle qu’elle était est conservée dans {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Not restored</source>
        <translation>Non restauré</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/app/errors.py" line="+65"/>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>The connection to the server was lost</source>
        <translation>La connexion au serveur a été perdue</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+8"/>
        <source>That was not saved</source>
        <translation>Ceci n’a pas été enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the log</source>
        <translation>le journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autonomy hit an unexpected problem ({name}: {text}). Nothing half-written was kept. The details are in {where}.</source>
        <translation>Autonomy a rencontré un problème inattendu ({name}&#x202f;: {text}). Rien d’inachevé n’a été gardé. Les détails se trouvent dans {where}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to the server was lost while it was saving; it is not known whether that was saved. Check before doing it again.</source>
        <translation>La connexion au serveur a été perdue pendant l’enregistrement&#x202f;; on ne sait pas si cela a été enregistré. Vérifiez avant de recommencer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the server was lost just as it saved that; it was saved.</source>
        <translation>La connexion au serveur a été perdue au moment même de l’enregistrement&#x202f;; cela a été enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to the server was lost; nothing was saved. Autonomy reconnects by itself: try again.</source>
        <translation>La connexion au serveur a été perdue&#x202f;; rien n’a été enregistré. Autonomy se reconnecte de lui-même&#x202f;: réessayez.</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/coach/class_charts.py" line="+66"/>
        <source>Days with a break</source>
        <translation>Jours avec un écart</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Level:</source>
        <translation>Niveau&#x202f;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a week with a trust-breaking event</source>
        <translation>une semaine avec un écart</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>trust built</source>
        <translation>confiance gagnée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>trust broken</source>
        <translation>confiance rompue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>observation</source>
        <translation>observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choice</source>
        <translation>choix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reflection</source>
        <translation>entretien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>level change</source>
        <translation>changement de niveau</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Level {level} or higher: {first} % → {last} %</source>
        <translation>Niveau {level} ou plus&#x202f;: {first}&#x202f;% → {last}&#x202f;%</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Suggestion follow-through</source>
        <translation>Suites données aux suggestions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{made} answered: {accepted} accepted, {dismissed} dismissed, {snoozed} snoozed</source>
        <translation>{made} traitées&#x202f;: {accepted} acceptées, {dismissed} écartées, {snoozed} reportées</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No suggestion was answered in this range.</source>
        <translation>Aucune suggestion n’a été traitée sur cette période.</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/coach/jobs.py" line="+34"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The report was cancelled; nothing was written.</source>
        <translation>Le rapport a été annulé&#x202f;; rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the class…</source>
        <translation>Lecture de la classe…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drawing page {done} of {total}…</source>
        <translation>Dessin de la page {done} sur {total}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report ({pages} pages) was saved to {path}.</source>
        <translation>Le rapport ({pages} pages) a été enregistré dans {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the report</source>
        <translation>Rédaction du rapport</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the records…</source>
        <translation>Lecture des données…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>L’export a été annulé&#x202f;; rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} CSV files were saved to {path}.</source>
        <translation>{count} fichiers CSV ont été enregistrés dans {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{students} students and {events} events were saved to {path}.</source>
        <translation>{students} élèves et {events} événements ont été enregistrés dans {path}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a folder for the CSV tables</source>
        <translation>Choisir un dossier pour les tableaux CSV</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interchange file (*.json)</source>
        <translation>Fichier d’échange (*.json)</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/coach/overview.py" line="+51"/>
        <source>{name} · {span}</source>
        <translation>{name} · {span}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+51"/>
        <source>This class has no students yet.</source>
        <translation>Cette classe n’a pas encore d’élèves.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Overview of {name}</source>
        <translation>Vue d’ensemble&#x202f;: {name}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{count} students&apos; levels week by week from {first} to {last}, in {dimensions}; each row is a student.</source>
        <translation>Niveaux de {count} élèves semaine par semaine du {first} au {last}, dans {dimensions}&#x202f;; chaque ligne est un élève.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{dimension} level {level} ({level_name})</source>
        <translation>{dimension} niveau {level} ({level_name})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} trust-breaking event(s)</source>
        <translation>{count} moment(s) qui rompent la confiance</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{name} · {dimension} · week of {week}: level {level} ({level_name})</source>
        <translation>{name} · {dimension} · semaine du {week}&#x202f;: niveau {level} ({level_name})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} trust-breaking event(s) that week</source>
        <translation>{count} écart(s) cette semaine-là</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/coach/report.py" line="+94"/>
        <source>Wrote the report for {name} ({students} students, {pages} pages, anonymised) to {path} in {seconds} s.</source>
        <translation>Le rapport pour {name} ({students} élèves, {pages} pages, anonymisé) a été enregistré dans {path} en {seconds} s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote the report for {name} ({students} students, {pages} pages) to {path} in {seconds} s.</source>
        <translation>Le rapport pour {name} ({students} élèves, {pages} pages) a été enregistré dans {path} en {seconds} s.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gradual release report — {name}</source>
        <translation>Rapport de transfert progressif — {name}</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+163"/>
        <source>How the class opens up</source>
        <translation>Comment la classe s’ouvre</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Levels week by week ({first}–{last} of {n})</source>
        <translation>Niveaux semaine par semaine ({first}–{last} sur {n})</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Page {page} of {total}</source>
        <translation>Page {page} sur {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Autonomy · {name} · {span}</source>
        <translation>Autonomy · {name} · {span}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymised</source>
        <translation>anonymisé</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Gradual release report</source>
        <translation>Rapport de transfert progressif</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prepared on {day}</source>
        <translation>Établi le {day}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anonymised: students appear as codes (S01, S02 …); no names, no external ids and no free text.</source>
        <translation>Anonymisé&#x202f;: les élèves apparaissent sous forme de codes (S01, S02 …)&#x202f;; ni noms, ni identifiants externes, ni texte libre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In this period</source>
        <translation>Sur cette période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Students</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust-building events</source>
        <translation>Moments qui renforcent la confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust-breaking events</source>
        <translation>Moments qui rompent la confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily choices noted</source>
        <translation>Choix du jour notés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflection conversations</source>
        <translation>Entretiens de réflexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level steps up</source>
        <translation>Montées de niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level steps back</source>
        <translation>Retours au niveau inférieur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Students who moved up in at least one dimension</source>
        <translation>Élèves montés d’un niveau dans au moins une dimension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily choices the students made themselves</source>
        <translation>Choix du jour faits par les élèves eux-mêmes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Average level, start → end of the period</source>
        <translation>Niveau moyen, début → fin de la période</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How to read the charts</source>
        <translation>Comment lire les graphiques</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heat maps: one row per student, one column per week; the colour is the level held at the end of the week (the key below gives each colour its level), and darker means more freedom. A black corner marks a week with a trust-breaking event.</source>
        <translation>Cartes de chaleur&#x202f;: une ligne par élève, une colonne par semaine&#x202f;; la couleur est le niveau tenu à la fin de la semaine (la légende ci-dessous donne le niveau de chaque couleur), et plus c’est foncé, plus il y a de liberté. Un coin noir marque une semaine avec un moment qui rompt la confiance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days with a break: the share of school days with at least one trust-breaking event, in class-list order. It is not a ranking.</source>
        <translation>Jours avec un écart&#x202f;: la part des jours de classe avec au moins un moment qui rompt la confiance, dans l’ordre de la liste de classe. Ce n’est pas un classement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timelines: one lane per dimension; the line is the level. Triangles up are trust built, down are trust broken (larger when more serious), circles are observations, ticks are daily choices, diamonds and dotted lines are reflection conversations, dots on the line are level changes.</source>
        <translation>Chronologies&#x202f;: une bande par dimension&#x202f;; la ligne est le niveau. Les triangles vers le haut marquent la confiance gagnée, vers le bas la confiance rompue (plus grands si c’est plus grave), les cercles sont des observations, les traits des choix du jour, les losanges et les pointillés des entretiens de réflexion, les points sur la ligne des changements de niveau.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Levels at the end: </source>
        <translation>Niveaux à la fin&#x202f;: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trust built {builds} · trust broken {breaks} · observations {observations} · choices {choices} · reflections {reflections}</source>
        <translation>Confiance gagnée {builds} · confiance rompue {breaks} · observations {observations} · choix {choices} · entretiens {reflections}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Key events</source>
        <translation>Événements clés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No level change, trust-breaking event or reflection in this period.</source>
        <translation>Aucun changement de niveau, écart ou entretien sur cette période.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The latest {shown}; {left} earlier ones are left out.</source>
        <translation>Les {shown} plus récents&#x202f;; {left} plus anciens sont omis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level change</source>
        <translation>Changement de niveau</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Conversation with the student</source>
        <translation>Entretien avec l’élève</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not tied to one dimension</source>
        <translation>sans dimension précise</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/coach/screen.py" line="+70"/>
        <source>Classes to show</source>
        <translation>Classes à afficher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First day shown</source>
        <translation>Premier jour affiché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day shown</source>
        <translation>Dernier jour affiché</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dimension shown</source>
        <translation>Dimension affichée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All dimensions</source>
        <translation>Toutes les dimensions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;nonymise</source>
        <translation>A&amp;nonymiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codes instead of names; no external ids and no free text.</source>
        <translation>Des codes au lieu des noms&#x202f;; ni identifiants externes, ni texte libre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Rapport (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport (JSON)…</source>
        <translation>E&amp;xporter (JSON)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interchange file of the class, anonymised when Anonymise is ticked.</source>
        <translation>Le fichier d’échange de la classe, anonymisé si «&#x202f;Anonymiser&#x202f;» est coché.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Classes&lt;/b&gt; (tick several to compare)</source>
        <translation>&lt;b&gt;Classes&lt;/b&gt; (cochez-en plusieurs pour comparer)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dimension</source>
        <translation>Di&amp;mension</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The students&apos; own voice</source>
        <translation>La voix des élèves</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No student picked</source>
        <translation>Aucun élève choisi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hover or focus a mark to read it. Arrows: marks · Shift+arrows: pan · +/−: zoom · Home: whole range · Enter: open the student.</source>
        <translation>Survolez ou sélectionnez une marque pour la lire. Flèches&#x202f;: marques · Maj+flèches&#x202f;: défiler · +/−&#x202f;: zoom · Origine&#x202f;: toute la période · Entrée&#x202f;: ouvrir l’élève.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Whole range</source>
        <translation>&amp;Toute la période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open in the class view</source>
        <translation>&amp;Ouvrir dans la vue de classe</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Tick a class at the left to see how it opens up.</source>
        <translation>Cochez une classe à gauche pour voir comment elle s’ouvre.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{name} · {classroom}</source>
        <translation>{name} · {classroom}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tick a class first.</source>
        <translation>Cochez d’abord une classe.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Coach view — Autonomy</source>
        <translation>Vue du conseiller — Autonomy</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/coach/style.py" line="+215"/>
        <source>Level {change} in {lane} ({source}) · {when}</source>
        <translation>Niveau {change} dans le domaine {lane} ({source}) · {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>within their level</source>
        <translation>dans son niveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>beyond their level</source>
        <translation>au-delà de son niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> “{choice}”</source>
        <translation> «&#x202f;{choice}&#x202f;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice{chosen}{where}, {within} · {when}</source>
        <translation>Choix{chosen}{where}, {within} · {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reflection conversation · {when}</source>
        <translation>Entretien de réflexion · {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreed: </source>
        <translation>Convenu&#x202f;: </translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/coach/timeline.py" line="+38"/>
        <source>Student timeline</source>
        <translation>Chronologie de l’élève</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+36"/>
        <source>Pick a student in a class overview to see their timeline.</source>
        <translation>Choisissez un élève dans une vue d’ensemble de classe pour voir sa chronologie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../autonomy/ui/coach/timeline_chart.py" line="+69"/>
        <location line="+48"/>
        <source>Whole student</source>
        <translation>Tout l’élève</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}&apos;s timeline from {first} to {last}: {marks} marks, {changes} level changes, in the lanes {lanes}.</source>
        <translation>Chronologie de {name} du {first} au {last}&#x202f;: {marks} marques, {changes} changements de niveau, dans les bandes {lanes}.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Key to the charts</source>
        <translation>Légende des graphiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level colours 0 to 4, a corner for a week with a trust-breaking event, and the marks: trust built, trust broken, observation, choice, reflection, level change</source>
        <translation>Couleurs des niveaux 0 à 4, un coin pour une semaine avec un moment qui rompt la confiance, et les marques&#x202f;: confiance gagnée, confiance rompue, observation, choix, entretien, changement de niveau</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/roster/model.py" line="+42"/>
        <source>↑ rising</source>
        <translation>↑ en hausse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↓ slipping</source>
        <translation>↓ en baisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ steady</source>
        <translation>→ stable</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reflect</source>
        <translation>Réfléchir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow up</source>
        <translation>Faire le suivi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step back</source>
        <translation>Redescendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check in</source>
        <translation>Prendre des nouvelles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class step</source>
        <translation>Palier de classe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A reflection follow-up was due on an earlier day.</source>
        <translation>Un suivi d’entretien était prévu un jour précédent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reflection follow-up was due on {day}.</source>
        <translation>Un suivi d’entretien était prévu le {day}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A trust-breaking event has not been talked through yet.</source>
        <translation>Un écart n’a pas encore été discuté.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Built</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Broke</source>
        <translation>Rompue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chose</source>
        <translation>Choisi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>{n} ({own} own)</source>
        <translation>{n} (dont {own} par l’élève)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{own} of today&apos;s {n} choices made by the student at the check-in</source>
        <translation>{own} des {n} choix du jour faits par l’élève lui-même à l’accueil</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Trust-building events today</source>
        <translation>Moments qui renforcent la confiance aujourd’hui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trust-breaking events today</source>
        <translation>Moments qui rompent la confiance aujourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choices recorded today</source>
        <translation>Choix notés aujourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust built against trust broken over the last 10 school days</source>
        <translation>Confiance gagnée face à confiance rompue sur les 10 derniers jours de classe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A suggestion waits for this student</source>
        <translation>Une suggestion attend pour cet élève</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{name} (archived)</source>
        <translation>{name} (archivé)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{builds} built, {breaks} broken over the last 10 school days</source>
        <translation>{builds} gagnées, {breaks} rompues sur les 10 derniers jours de classe</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>School id: {id}</source>
        <translation>Identifiant scolaire&#x202f;: {id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} observation(s) today</source>
        <translation>{n} observation(s) aujourd’hui</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{dimension}: level {rank} of {top}, {name}. {text}</source>
        <translation>{dimension}&#x202f;: niveau {rank} sur {top}, {name}. {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{dimension} level {rank}, {name}</source>
        <translation>{dimension} niveau {rank}, {name}</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/words/dates.py" line="+65"/>
        <location line="+57"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+48"/>
        <source>ddd dd MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>ddd dd MMM</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MMM</source>
        <translation>MMM</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/words/suggestion_sentences.py" line="+39"/>
        <source>minor</source>
        <translation>léger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>moderate</source>
        <translation>modéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>serious</source>
        <translation>grave</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name} has used the freedom in {dimension} well {count} times on {days} different days since {since}, with no break so far: consider stepping up from &apos;{from_level}&apos; to &apos;{to_level}&apos;.</source>
        <translation>{name} a bien utilisé la liberté dans le domaine {dimension} {count} fois sur {days} jours différents depuis le {since}, sans aucun écart jusqu’ici&#x202f;: envisagez de passer de «&#x202f;{from_level}&#x202f;» à «&#x202f;{to_level}&#x202f;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} has used the freedom in {dimension} well {count} times on {days} different days since {since}, with no break for {quiet} days: consider stepping up from &apos;{from_level}&apos; to &apos;{to_level}&apos;.</source>
        <translation>{name} a bien utilisé la liberté dans le domaine {dimension} {count} fois sur {days} jours différents depuis le {since}, sans écart depuis {quiet} jours&#x202f;: envisagez de passer de «&#x202f;{from_level}&#x202f;» à «&#x202f;{to_level}&#x202f;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It is time to follow up with {name} on what was agreed on {agreed}: the follow-up was set for {due}.</source>
        <translation>Il est temps de faire le point avec {name} sur ce qui a été convenu le {agreed}&#x202f;: le suivi était prévu pour le {due}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is time to follow up with {name} on what was agreed on {agreed} about {about}: the follow-up was set for {due}.</source>
        <translation>Il est temps de faire le point avec {name} sur ce qui a été convenu le {agreed} à propos de {about}&#x202f;: le suivi était prévu pour le {due}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing has been noted about {name} since {day}: check in with {name} and see how it is going.</source>
        <translation>Rien n’a été noté sur {name} depuis le {day}&#x202f;: faites le point avec {name} et voyez comment ça va.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has been noted about {name} for {days} days, the last time on {day}: check in with {name} and see how it is going.</source>
        <translation>Rien n’a été noté sur {name} depuis {days} jours, la dernière fois le {day}&#x202f;: faites le point avec {name} et voyez comment ça va.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reached} of {students} students in {classroom} are already at &apos;{to_level}&apos; or beyond in {dimension}: consider opening it to the whole class as its new starting point.</source>
        <translation>{reached} élèves sur {students} en {classroom} sont déjà à «&#x202f;{to_level}&#x202f;» ou au-delà dans le domaine {dimension}&#x202f;: envisagez d’en faire le nouveau point de départ de toute la classe.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} broke the agreement in {dimension} {count} times in {window} days ({dates})</source>
        <translation>{name} a rompu l’accord dans le domaine {dimension} {count} fois en {window} jours ({dates})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} had a serious break in {dimension} on {day}</source>
        <translation>{name} a fait un écart grave dans le domaine {dimension} le {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{lead}: consider stepping back from &apos;{from_level}&apos; to &apos;{to_level}&apos; for now, talk it through with {name}, and step up again once {name} shows {builds} trust-building moments on {days} different days over at least {hold} days with no break.</source>
        <translation>{lead}&#x202f;: envisagez pour l’instant de revenir de «&#x202f;{from_level}&#x202f;» à «&#x202f;{to_level}&#x202f;», parlez-en avec {name}, et remontez quand {name} aura montré {builds} moments qui renforcent la confiance sur {days} jours différents pendant au moins {hold} jours sans écart.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> in {dimensions}</source>
        <comment>one dimension</comment>
        <translation> dans le domaine {dimensions}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and </source>
        <comment>between names of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <comment>before the last name</comment>
        <translation> et </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> in {dimensions}</source>
        <comment>several dimensions</comment>
        <translation> dans les domaines {dimensions}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} had a minor break{where} on {day}</source>
        <translation>{name} a fait un écart léger{where} le {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} had a moderate break{where} on {day}</source>
        <translation>{name} a fait un écart modéré{where} le {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} had a serious break{where} on {day}</source>
        <translation>{name} a fait un écart grave{where} le {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} had a break{where} on {day}</source>
        <translation>{name} a fait un écart{where} le {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{lead} that no conversation has followed yet: {ask}.</source>
        <comment>one break</comment>
        <translation>{lead}, qui n’a encore été suivi d’aucun entretien&#x202f;: {ask}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} has had {count} breaks{where} since {day}</source>
        <translation>{name} a fait {count} écarts{where} depuis le {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (the worst minor)</source>
        <translation> (le plus grave&#x202f;: léger)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (the worst moderate)</source>
        <translation> (le plus grave&#x202f;: modéré)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (the worst serious)</source>
        <translation> (le plus grave&#x202f;: grave)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{lead} that no conversation has followed yet: {ask}.</source>
        <comment>several breaks</comment>
        <translation>{lead}, qui n’ont encore été suivis d’aucun entretien&#x202f;: {ask}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a short question about how it felt will do</source>
        <translation>une courte question sur son ressenti suffira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take a few minutes to talk it through</source>
        <translation>prenez quelques minutes pour en parler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold a full reflection conversation</source>
        <translation>menez un entretien de réflexion complet</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/checkin/card.py" line="+39"/>
        <source>You could be ready: ask your teacher about it.</source>
        <translation>Tu pourrais passer au niveau suivant&#x202f;: parles-en à ton enseignant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 more day like today</source>
        <translation>encore 1 jour comme aujourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} more days like today</source>
        <translation>encore {n} jours comme aujourd’hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least 1 more day at this step</source>
        <translation>au moins encore 1 jour à ce niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least {n} more days at this step</source>
        <translation>au moins encore {n} jours à ce niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 more day with no slip</source>
        <translation>encore 1 jour sans écart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} more days with no slip</source>
        <translation>encore {n} jours sans écart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a talk with your teacher about what you agreed</source>
        <translation>un échange avec ton enseignant sur ce que vous avez convenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it takes: {parts}.</source>
        <translation>Ce qu’il faut&#x202f;: {parts}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Today: {sentence}</source>
        <translation>Aujourd’hui&#x202f;: {sentence}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I choose today:</source>
        <translation>Aujourd’hui, je choisis&#x202f;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose {choice} for {dimension}</source>
        <translation>Choisir {choice} pour {dimension}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Or in my own words…</source>
        <translation>Ou avec mes propres mots…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My own choice for {dimension}</source>
        <translation>Mon propre choix pour {dimension}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next step: {sentence}</source>
        <translation>Prochaine étape&#x202f;: {sentence}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(then: {picks})</source>
        <translation>(ensuite&#x202f;: {picks})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next step for {dimension}</source>
        <translation>Prochaine étape pour {dimension}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How much freedom do I feel ready for? (if I want)</source>
        <translation>Quelle liberté est-ce que je me sens capable de prendre&#x202f;? (si je veux)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I feel ready for step {n}: {level}</source>
        <translation>Je me sens capable du niveau {n}&#x202f;: {level}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 = {lowest} · {n} = {highest}</source>
        <translation>1 = {lowest} · {n} = {highest}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why? (a sentence, if I want)</source>
        <translation>Pourquoi&#x202f;? (une phrase, si je veux)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why, for {dimension}</source>
        <translation>Pourquoi, pour {dimension}</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/checkin/pin_dialog.py" line="+21"/>
        <location filename="../../autonomy/ui/checkin/screen.py" line="+78"/>
        <location filename="../../autonomy/ui/words/refusals.py" line="+35"/>
        <source>Teacher</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The teacher&apos;s PIN:</source>
        <translation>Code PIN de l’enseignant&#x202f;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The teacher&apos;s PIN</source>
        <translation>Code PIN de l’enseignant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the check-in</source>
        <translation>Quitter l’accueil</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../autonomy/ui/checkin/screen.py" line="+8"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the check-in</source>
        <translation>Revenir à l’accueil</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../autonomy/ui/checkin/screen.py" line="+55"/>
        <source>OK</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Switch to {name}</source>
        <translation>Passer à {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave the check-in, or switch it to another class?</source>
        <translation>Quitter l’accueil, ou le passer à une autre classe&#x202f;?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>That PIN is not right.</source>
        <translation>Ce code PIN n’est pas le bon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PIN could not be checked.</source>
        <translation>Le code PIN n’a pas pu être vérifié.</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/checkin/screen.py" line="-65"/>
        <location filename="../../autonomy/ui/checkin/window.py" line="+30"/>
        <location line="+1"/>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teacher: leave the check-in (needs the PIN)</source>
        <translation>Enseignant&#x202f;: quitter l’accueil (demande le code PIN)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Who are you? Tap your name, or type it.</source>
        <translation>Qui es-tu&#x202f;? Touche ton nom, ou tape-le.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your name…</source>
        <translation>Tape ton nom…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Ton nom</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your personal code</source>
        <translation>Ton code personnel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back to the names</source>
        <translation>Revenir aux noms</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not me: back to the names</source>
        <translation>Ce n’est pas moi&#x202f;: revenir aux noms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save and finish</source>
        <translation>Enregistrer et terminer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Check-in: {name}</source>
        <translation>Accueil&#x202f;: {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>I am {name}</source>
        <translation>Je suis {name}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Hello, {name}! Type your personal code.</source>
        <translation>Bonjour, {name}&#x202f;! Tape ton code personnel.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>That code is not right. Try again, or ask your teacher.</source>
        <translation>Ce code n’est pas le bon. Essaie encore, ou demande à ton enseignant.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hello, {name}! Here are your freedoms today.</source>
        <translation>Bonjour, {name}&#x202f;! Voici tes libertés aujourd’hui.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved. Thank you, {name}!</source>
        <translation>C’est enregistré. Merci, {name}&#x202f;!</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Something went wrong. Please ask your teacher.</source>
        <translation>Quelque chose s’est mal passé. Demande à ton enseignant, s’il te plaît.</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/coach/voice.py" line="+24"/>
        <source>{name}: {own} of {choices} daily choices made by the students themselves at the check-in.</source>
        <translation>{name}&#x202f;: {own} des {choices} choix du jour faits par les élèves eux-mêmes à l’accueil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No self-ratings in this period.</source>
        <translation>Aucune autoévaluation sur cette période.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week of {day}: {n} self-rating(s), on average {own:.1f} by the students · {teacher:.1f} by the teacher&apos;s levels</source>
        <translation>Semaine du {day}&#x202f;: {n} autoévaluation(s), en moyenne {own:.1f} selon les élèves · {teacher:.1f} selon les niveaux de l’enseignant</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{day} {dimension}: own {own} · teacher {teacher}</source>
        <translation>{day} {dimension}&#x202f;: élève {own} · enseignant {teacher}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-ratings: </source>
        <translation>Autoévaluations&#x202f;: </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Self-ratings (the students&apos; · the teacher&apos;s levels): {a:.1f} · {b:.1f} in the week of {first} → {c:.1f} · {d:.1f} in the week of {last}</source>
        <translation>Autoévaluations (des élèves · niveaux de l’enseignant)&#x202f;: {a:.1f} · {b:.1f} la semaine du {first} → {c:.1f} · {d:.1f} la semaine du {last}</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/setup/student_classroom_forms.py" line="+106"/>
        <source>Add a student</source>
        <translation>Ajouter un élève</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>New classroom</source>
        <translation>Nouvelle classe</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/words/phrases.py" line="+87"/>
        <source>{names} and {count} more</source>
        <translation>{names} et {count} autres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{names} and {last}</source>
        <translation>{names} et {last}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>‘{choice}’ ({dimension})</source>
        <translation>«&#x202f;{choice}&#x202f;» ({dimension})</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Accepted the suggestion to go from ‘{from_level}’ to ‘{to_level}’ in {dimension}</source>
        <translation>Suggestion acceptée&#x202f;: passer de «&#x202f;{from_level}&#x202f;» à «&#x202f;{to_level}&#x202f;» dans le domaine {dimension}</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/words/refusals.py" line="-6"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class name</source>
        <translation>Nom de la classe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category name</source>
        <translation>Nom de la catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level name</source>
        <translation>Nom du niveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dimension name</source>
        <translation>Nom de la dimension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Descriptif</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Subject</source>
        <translation>Matière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School year</source>
        <translation>Année scolaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the student’s words</source>
        <translation>Avec les mots de l’élève</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How it went</source>
        <translation>Comment ça s’est passé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student ID</source>
        <translation>Identifiant scolaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“{label}” cannot be undone: what it changed was changed again since. Nothing was changed, and it was taken off the undo list.</source>
        <translation>«&#x202f;{label}&#x202f;» ne peut pas être annulé&#x202f;: ce qu’il a changé a été modifié depuis. Rien n’a été changé, et l’action a été retirée de la liste des annulations.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{label}” cannot be redone: what it changed was changed again since. Nothing was changed, and it was taken off the undo list.</source>
        <translation>«&#x202f;{label}&#x202f;» ne peut pas être rétabli&#x202f;: ce qu’il a changé a été modifié depuis. Rien n’a été changé, et l’action a été retirée de la liste des annulations.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the student’s name first.</source>
        <translation>Tapez d’abord le nom de l’élève.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the class a name first.</source>
        <translation>Donnez d’abord un nom à la classe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the category a name first.</source>
        <translation>Donnez d’abord un nom à la catégorie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the level a name first.</source>
        <translation>Donnez d’abord un nom au niveau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the dimension a name first.</source>
        <translation>Donnez d’abord un nom à la dimension.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or pick the choice first.</source>
        <translation>Tapez ou choisissez d’abord le choix.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{field}” cannot be left empty.</source>
        <translation>«&#x202f;{field}&#x202f;» ne peut pas rester vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{field}” is {length} characters long; at most {limit} fit.</source>
        <translation>«&#x202f;{field}&#x202f;» fait {length} caractères&#x202f;; {limit} au plus tiennent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{field}” contains control characters (such as a tab or a line break), which cannot be stored.</source>
        <translation>«&#x202f;{field}&#x202f;» contient des caractères de contrôle (comme une tabulation ou un saut de ligne), qui ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{field}” must be text.</source>
        <translation>«&#x202f;{field}&#x202f;» doit être du texte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day} is in the future: choose today or a day before.</source>
        <translation>{day} est dans le futur&#x202f;: choisissez aujourd’hui ou un jour précédent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day} is outside the dates Autonomy keeps.</source>
        <translation>{day} est en dehors des dates que garde Autonomy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is archived: restore them first to log for them.</source>
        <translation>{name} est archivé&#x202f;: restaurez-le d’abord pour noter quelque chose.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You already have a class called “{name}”. Choose another name.</source>
        <translation>Vous avez déjà une classe nommée «&#x202f;{name}&#x202f;». Choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is already in this class.</source>
        <translation>{name} est déjà dans cette classe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A student with the ID {id} is already in this class.</source>
        <translation>Un élève avec l’identifiant {id} est déjà dans cette classe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a category called “{name}”.</source>
        <translation>Il existe déjà une catégorie nommée «&#x202f;{name}&#x202f;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a dimension called “{name}”.</source>
        <translation>Il existe déjà une dimension nommée «&#x202f;{name}&#x202f;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is already at that level.</source>
        <translation>{name} est déjà à ce niveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is nothing to undo.</source>
        <translation>Il n’y a rien à annuler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is nothing to redo.</source>
        <translation>Il n’y a rien à rétablir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list of changes changed in another window; nothing was changed. Try again.</source>
        <translation>La liste des changements a changé dans une autre fenêtre&#x202f;; rien n’a été changé. Réessayez.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../autonomy/ui/app/about_dialog.py" line="+78"/>
        <source>About Autonomy</source>
        <translation>À propos d’Autonomy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Autonomy icon</source>
        <translation>Icône d’Autonomy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h2&gt;Autonomy {version}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Autonomy {version}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autonomy {version}</source>
        <translation>Autonomy {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand students freedom step by step, and help them earn it back after a slip.
Local-first: your classes stay in one private file on this computer; nothing is sent anywhere.</source>
        <translation>Confiez aux élèves de la liberté pas à pas, et aidez-les à la regagner après un écart.
Local d’abord&#x202f;: vos classes restent dans un fichier privé sur cet ordinateur&#x202f;; rien n’est envoyé nulle part.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Autonomy is free software under the MIT licence. It ships with these parts, each under its own licence; the LGPL parts (Qt, PySide6) are used as separate libraries and can be replaced with your own builds.</source>
        <translation>Autonomy est un logiciel libre sous licence MIT. Il est livré avec ces composants, chacun sous sa propre licence&#x202f;; les composants LGPL (Qt, PySide6) sont utilisés comme bibliothèques séparées et peuvent être remplacés par vos propres versions.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bundled parts and their licences</source>
        <translation>Composants fournis et leurs licences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
</context>
<context>
    <name>Builtin</name>
    <message>
        <location filename="../../autonomy/ui/words/builtin.py" line="+37"/>
        <source>Workspace</source>
        <translation>Lieu de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where does the student work?</source>
        <translation>Où l’élève travaille-t-il&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned seat</source>
        <translation>Place attribuée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works at the seat the teacher gives them.</source>
        <translation>Travaille à la place que l’enseignant lui donne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spots in the room</source>
        <translation>Places dans la salle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picks from a few places in the room the teacher has named.</source>
        <translation>Choisit parmi quelques places de la salle désignées par l’enseignant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Just outside, in sight</source>
        <translation>Juste dehors, en vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May work just outside the door where the teacher can still see them.</source>
        <translation>Peut travailler juste devant la porte, là où l’enseignant le voit encore.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Along the hallway</source>
        <translation>Dans le couloir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May work anywhere along the hallway, checking in at agreed times.</source>
        <translation>Peut travailler n’importe où dans le couloir, en se présentant aux heures convenues.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anywhere agreed</source>
        <translation>Où c’est convenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works anywhere in the building agreed for learning and keeps track of it.</source>
        <translation>Travaille n’importe où dans l’établissement là où c’est convenu pour apprendre, et en garde la trace.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pacing</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who sets the pace?</source>
        <translation>Qui fixe le rythme&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher&apos;s pace</source>
        <translation>Rythme imposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moves with the whole class on the teacher&apos;s timetable.</source>
        <translation>Avance avec toute la classe selon le calendrier de l’enseignant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flexible within the lesson</source>
        <translation>Souple dans la séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chooses the order of tasks within one lesson.</source>
        <translation>Choisit l’ordre des tâches au sein d’une séance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly plan together</source>
        <translation>Plan hebdo commun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans the week&apos;s work with the teacher and follows that plan.</source>
        <translation>Planifie le travail de la semaine avec l’enseignant et suit ce plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own deadlines in a unit</source>
        <translation>Ses échéances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets their own deadlines inside a unit and meets them.</source>
        <translation>Fixe ses propres échéances dans une séquence et les respecte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-paced and self-checked</source>
        <translation>Seul, à son rythme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paces a whole unit alone and checks progress against their plan.</source>
        <translation>Mène seul toute une séquence à son rythme et vérifie ses progrès par rapport à son plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice of work</source>
        <translation>Choix du travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who chooses what the student works on?</source>
        <translation>Qui choisit ce sur quoi l’élève travaille&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned task</source>
        <translation>Tâche attribuée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does the task the teacher assigns.</source>
        <translation>Fait la tâche que l’enseignant donne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice among set tasks</source>
        <translation>Tâches au choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picks from a short list of tasks the teacher prepared.</source>
        <translation>Choisit dans une courte liste de tâches préparées par l’enseignant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task shaped together</source>
        <translation>Tâche co-conçue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adapts a task with the teacher so it fits an interest.</source>
        <translation>Adapte une tâche avec l’enseignant pour qu’elle corresponde à un intérêt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposes own task</source>
        <translation>Propose sa tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposes a task of their own that the teacher approves.</source>
        <translation>Propose une tâche de son choix que l’enseignant approuve.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designs own learning</source>
        <translation>Conçoit son projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designs their own project and judges whether it meets the goals.</source>
        <translation>Conçoit son propre projet et juge s’il atteint les objectifs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing learning</source>
        <translation>Preuves d’acquis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How does the student show what they learned?</source>
        <translation>Comment l’élève montre-t-il ce qu’il a appris&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set format</source>
        <translation>Format imposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows learning the way the teacher sets (a test, a worksheet).</source>
        <translation>Montre ses acquis sous la forme fixée par l’enseignant (un contrôle, une fiche).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice of formats</source>
        <translation>Choix de formats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picks a format from options the teacher offers.</source>
        <translation>Choisit un format parmi ceux que propose l’enseignant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format agreed together</source>
        <translation>Format convenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agrees a format with the teacher, with criteria set together.</source>
        <translation>Convient d’un format avec l’enseignant, avec des critères fixés ensemble.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposes own evidence</source>
        <translation>Propose ses preuves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposes how to show learning and what good looks like.</source>
        <translation>Propose comment montrer ses acquis et à quoi ressemble un bon travail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-assessed evidence</source>
        <translation>Preuves autoévaluées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chooses the evidence, assesses it against the goals, and explains why.</source>
        <translation>Choisit les preuves, les évalue par rapport aux objectifs et explique pourquoi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I work at the seat my teacher gives me.</source>
        <translation>Je travaille à la place que mon enseignant me donne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I choose one of the spots in the room my teacher has named.</source>
        <translation>Je choisis une des places de la salle que mon enseignant a indiquées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I can work just outside the door, where my teacher can still see me.</source>
        <translation>Je peux travailler juste devant la porte, là où mon enseignant me voit encore.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I can work anywhere along the hallway, and I check in at the agreed times.</source>
        <translation>Je peux travailler n’importe où dans le couloir, et je me présente aux heures convenues.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I choose where in the building I work, and I keep track of it.</source>
        <translation>Je choisis où je travaille dans l’établissement, et je le note.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I work at the class&apos;s pace, on my teacher&apos;s timetable.</source>
        <translation>Je travaille au rythme de la classe, selon le planning de mon enseignant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I choose the order of my tasks in the lesson.</source>
        <translation>Je choisis l’ordre de mes tâches pendant la séance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I plan my week with my teacher and follow the plan.</source>
        <translation>Je planifie ma semaine avec mon enseignant et je suis le plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I set my own deadlines in this unit and keep them.</source>
        <translation>Je fixe mes propres échéances dans cette séquence et je les respecte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I pace the whole unit myself and check my progress against my plan.</source>
        <translation>Je mène toute la séquence à mon rythme et je vérifie mes progrès par rapport à mon plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I do the task my teacher gives me.</source>
        <translation>Je fais la tâche que mon enseignant me donne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I pick a task from my teacher&apos;s short list.</source>
        <translation>Je choisis une tâche dans la courte liste de mon enseignant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I shape a task with my teacher so it fits what I am curious about.</source>
        <translation>Je construis une tâche avec mon enseignant pour qu’elle corresponde à ce qui me rend curieux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I suggest a task of my own, and my teacher says yes or helps me change it.</source>
        <translation>Je propose une tâche à moi, et mon enseignant dit oui ou m’aide à la modifier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I design my own project and judge whether it meets the goals.</source>
        <translation>Je conçois mon propre projet et je juge s’il atteint les objectifs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I show what I learned the way my teacher sets.</source>
        <translation>Je montre ce que j’ai appris de la façon que fixe mon enseignant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I pick how I show what I learned from my teacher&apos;s options.</source>
        <translation>Je choisis parmi les options de mon enseignant comment montrer ce que j’ai appris.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My teacher and I agree how I show what I learned, and what good looks like.</source>
        <translation>Mon enseignant et moi convenons de la façon dont je montre ce que j’ai appris, et de ce qu’est un bon travail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I suggest how I show what I learned and what good work looks like.</source>
        <translation>Je propose comment montrer ce que j’ai appris et ce qu’est un bon travail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I choose my evidence, check it against the goals, and explain why.</source>
        <translation>Je choisis mes preuves, je les compare aux objectifs et j’explique pourquoi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finished what they chose</source>
        <translation>A terminé ce qu’il a choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stayed on task away from the teacher</source>
        <translation>Est resté concentré loin de l’enseignant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helped a classmate</source>
        <translation>A aidé un camarade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked for help at the right time</source>
        <translation>A demandé de l’aide à temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept to their plan or deadline</source>
        <translation>Plan ou délai tenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judged their own work honestly</source>
        <translation>Autoévaluation honnête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came back at the agreed time</source>
        <translation>Est revenu à l’heure convenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left the agreed area</source>
        <translation>A quitté la zone convenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not finish what they chose</source>
        <translation>N’a pas terminé ce qu’il a choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distracted others</source>
        <translation>A distrait les autres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off task when out of sight</source>
        <translation>Décroche quand il n’est pas vu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed an agreed check-in</source>
        <translation>A manqué un point d’étape convenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misused materials or devices</source>
        <translation>A mal utilisé le matériel ou les appareils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something worth noting</source>
        <translation>Quelque chose à noter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tried a new freedom for the first time</source>
        <translation>A essayé une nouvelle liberté pour la première fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Struggled and kept going</source>
        <translation>A eu du mal et a persévéré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Persisting</source>
        <translation>Persévérer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Managing impulsivity</source>
        <translation>Gérer son impulsivité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening with understanding and empathy</source>
        <translation>Écouter avec compréhension et empathie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thinking flexibly</source>
        <translation>Penser avec souplesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thinking about thinking</source>
        <translation>Réfléchir sur sa pensée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Striving for accuracy</source>
        <translation>Viser l’exactitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questioning and posing problems</source>
        <translation>Questionner et poser des problèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applying past knowledge to new situations</source>
        <translation>Appliquer ses connaissances à des situations nouvelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thinking and communicating with clarity and precision</source>
        <translation>Penser et communiquer avec clarté et précision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gathering data through all senses</source>
        <translation>Recueillir des données par tous les sens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating, imagining, innovating</source>
        <translation>Créer, imaginer, innover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responding with wonderment and awe</source>
        <translation>Réagir avec émerveillement et admiration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking responsible risks</source>
        <translation>Prendre des risques responsables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding humour</source>
        <translation>Trouver de l’humour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thinking interdependently</source>
        <translation>Penser de façon interdépendante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining open to continuous learning</source>
        <translation>Rester ouvert à l’apprentissage continu</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../autonomy/ui/setup/vocabulary_dialogs.py" line="+211"/>
        <source>Event catalogue</source>
        <translation>Catalogue des événements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event categories</source>
        <translation>Catégories d’événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of the new category</source>
        <translation>Type de la nouvelle catégorie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of the new category</source>
        <translation>Nom de la nouvelle catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New category name</source>
        <translation>Nom de la nouvelle catégorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive / &amp;restore</source>
        <translation>Archiver / r&amp;estaurer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;category:</source>
        <translation>Nouvelle &amp;catégorie&#x202f;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Trust built</source>
        <translation>Confiance gagnée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trust broken</source>
        <translation>Confiance rompue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rename category</source>
        <translation>Renommer la catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Nouveau nom&#x202f;:</translation>
    </message>
</context>
<context>
    <name>ChoicesDialog</name>
    <message>
        <location filename="../../autonomy/ui/roster/choices_dialog.py" line="+45"/>
        <source>Today&apos;s choices: {name}</source>
        <translation>Choix du jour&#x202f;: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What did {name} choose today? Pick from the ladder or recent choices, or type. Leave a line empty to skip it.</source>
        <translation>Qu’a choisi {name} aujourd’hui&#x202f;? Choisissez dans l’échelle ou les choix récents, ou tapez. Laissez une ligne vide pour la passer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Now {rank} · {name}</source>
        <translation>Actuel {rank} · {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choice for {dimension}</source>
        <translation>Choix pour {dimension}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Already recorded: {choice}</source>
        <translation>Déjà noté&#x202f;: {choice}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded yet</source>
        <translation>Pas encore noté</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beyond level warning for {dimension}</source>
        <translation>Avertissement au-delà du niveau pour {dimension}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>⚠ beyond current level</source>
        <translation>⚠ au-delà du niveau actuel</translation>
    </message>
</context>
<context>
    <name>Coach</name>
    <message>
        <location filename="../../autonomy/ui/coach/style.py" line="-76"/>
        <source>Trust built</source>
        <translation>Confiance gagnée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trust broken</source>
        <translation>Confiance rompue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflection conversation</source>
        <translation>Entretien de réflexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level change</source>
        <translation>Changement de niveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step back</source>
        <translation>Redescendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflect</source>
        <translation>Réfléchir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check in</source>
        <translation>Prendre des nouvelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up</source>
        <translation>Faire le suivi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class step</source>
        <translation>Palier de classe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All suggestions</source>
        <translation>Toutes les suggestions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decided by the teacher</source>
        <translation>décidé par l’enseignant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from a suggestion</source>
        <translation>à partir d’une suggestion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after a reflection</source>
        <translation>après un entretien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minor</source>
        <translation>léger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>moderate</source>
        <translation>modéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>serious</source>
        <translation>grave</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <location filename="../../autonomy/ui/app/connection.py" line="+37"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Waiting for the server…</source>
        <translation>En attente du serveur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the database…</source>
        <translation>En attente de la base de données…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to the server is lost; Autonomy keeps trying to reconnect.</source>
        <translation>La connexion au serveur est perdue&#x202f;; Autonomy continue d’essayer de se reconnecter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected to the server again.</source>
        <translation>De nouveau connecté au serveur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reconnected to the server.</source>
        <translation>Reconnecté au serveur.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../autonomy/ui/suggestions/decision_dialogs.py" line="+51"/>
        <source>Snooze suggestion</source>
        <translation>Reporter la suggestion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dismiss suggestion</source>
        <translation>Écarter la suggestion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bring it back on</source>
        <translation>La reprendre le</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Bring it back on:</source>
        <translation>&amp;La reprendre le&#x202f;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why, if you like: your coach sees it beside the decision</source>
        <translation>Pourquoi, si vous le souhaitez&#x202f;: votre conseiller le voit à côté de la décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#x202f;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Snooze</source>
        <translation>Re&amp;porter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dismiss</source>
        <translation>É&amp;carter</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../autonomy/ui/student/panel.py" line="+58"/>
        <source>Select a student to see their levels and history.</source>
        <translation>Choisissez un élève pour voir ses niveaux et son historique.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Student name</source>
        <translation>Nom de l’élève</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change level</source>
        <translation>Changer de niveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record today&apos;s choices</source>
        <translation>Noter les choix du jour</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The student&apos;s history</source>
        <translation>L’historique de l’élève</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trust built</source>
        <translation>Confiance gagnée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trust broken</source>
        <translation>Confiance rompue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete event</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected events (undo brings them back)</source>
        <translation>Supprimer les événements sélectionnés (Annuler les rétablit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <location line="+2"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events and choices</source>
        <translation>Événements et choix</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level history</source>
        <translation>Historique des niveaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their words</source>
        <translation>Ses mots</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreed</source>
        <translation>Convenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflections</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reflections</source>
        <translation>&amp;Entretiens</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>{name} (archived)</source>
        <translation>{name} (archivé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>school id {id}</source>
        <translation>identifiant scolaire {id}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Archived: nothing new can be recorded. Students, Archive or restore student (Ctrl+Shift+A) brings them back.</source>
        <translation>Archivé&#x202f;: plus rien ne peut être noté. Élèves, Archiver ou restaurer l’élève (Ctrl+Maj+A) le fait revenir.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>, up from {n}</source>
        <translation>, en hausse depuis {n}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, down from {n}</source>
        <translation>, en baisse depuis {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, as before</source>
        <translation>, comme avant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their own view ({when}): {rank} · {name}{trend}{words}</source>
        <translation>Son propre regard ({when})&#x202f;: {rank} · {name}{trend}{words}</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Built: {c}</source>
        <translation>Gagnée&#x202f;: {c}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Broke: {c}</source>
        <translation>Rompue&#x202f;: {c}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noted: {c}</source>
        <translation>Noté&#x202f;: {c}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · beyond their level</source>
        <translation> · au-delà de son niveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chose: {c} — {dimension}{beyond}</source>
        <translation>Choisi&#x202f;: {c} — {dimension}{beyond}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>minor</source>
        <translation>léger</translation>
    </message>
    <message>
        <location line="-312"/>
        <source>Chan&amp;ge level…</source>
        <translation>Changer de nivea&amp;u…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ch&amp;oices…</source>
        <translation>Ch&amp;oix…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Montrer&#x202f;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Eve&amp;nts and choices</source>
        <translation>Événements et choi&amp;x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level histor&amp;y</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location line="+258"/>
        <source>moderate</source>
        <translation>modéré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>serious</source>
        <translation>grave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · chosen at the check-in</source>
        <translation> · choisi à l’accueil</translation>
    </message>
    <message>
        <location line="+21"/>
        <source> (done: {outcome})</source>
        <translation> (fait&#x202f;: {outcome})</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../autonomy/ui/setup/student_classroom_forms.py" line="-77"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../autonomy/ui/app/guide_dialog.py" line="+16"/>
        <source>Guide: handing over freedom step by step</source>
        <translation>Guide&#x202f;: confier la liberté pas à pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guide text</source>
        <translation>Texte du guide</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Freedom is handed over, not switched on</source>
        <translation>La liberté se transmet, elle ne s’allume pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every student starts where the teacher decides and moves, one small step at a time, towards deciding and checking for themselves. First you show how, then you do it together, then they do it with a partner, then alone.</source>
        <translation>Chaque élève commence là où l’enseignant le décide et avance, un petit pas à la fois, vers le moment où il décide et vérifie par lui-même. D’abord vous montrez comment faire, puis vous le faites ensemble, puis il le fait avec un camarade, puis seul.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Autonomy tracks four kinds of freedom separately: where a student works, their pace, what they work on and how they show their learning. A student can be trusted to work in the hallway long before they choose their own project, and that is fine.</source>
        <translation>Autonomy suit séparément quatre sortes de liberté&#x202f;: où un élève travaille, son rythme, ce sur quoi il travaille et comment il montre ses acquis. On peut faire confiance à un élève pour travailler dans le couloir bien avant qu’il choisisse son propre projet, et c’est très bien ainsi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each kind of freedom has a ladder of levels. Level 0 is teacher-directed; each level above it hands over a little more: a choice among options you set, then something planned together, then the student&apos;s own decision that they keep an eye on themselves. You can rename the levels and add your own ladder under Setup.</source>
        <translation>Chaque sorte de liberté a une échelle de niveaux. Le niveau 0 est dirigé par l’enseignant&#x202f;; chaque niveau au-dessus en confie un peu plus&#x202f;: un choix parmi des options que vous fixez, puis quelque chose de planifié ensemble, puis la décision de l’élève, qu’il surveille lui-même. Vous pouvez renommer les niveaux et ajouter votre propre échelle dans Configuration.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A level always shows its number and its name, never only a colour. A level changes only when you change it; the app keeps every change with its reason.</source>
        <translation>Un niveau montre toujours son numéro et son nom, jamais seulement une couleur. Un niveau ne change que lorsque vous le changez&#x202f;; l’application garde chaque changement avec sa raison.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust, built and broken</source>
        <translation>La confiance, gagnée et rompue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freedom rests on trust, and trust grows from what students do with the freedom they have. Mark the moments that build it (finished what they chose, stayed on task away from you, helped a classmate) and the ones that break it (left the agreed area, did not finish). A quick observation can be noted too.</source>
        <translation>La liberté repose sur la confiance, et la confiance naît de ce que les élèves font de la liberté qu’ils ont. Notez les moments qui la renforcent (a terminé ce qu’il a choisi, est resté concentré loin de vous, a aidé un camarade) et ceux qui la rompent (a quitté la zone convenue, n’a pas terminé). Une observation rapide peut aussi être notée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A slip is part of learning, not a verdict. What matters is the conversation after it and the way back.</source>
        <translation>Un écart fait partie de l’apprentissage, ce n’est pas un verdict. Ce qui compte, c’est l’entretien qui suit et le chemin du retour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app reads what you logged and suggests a next small step. It is careful on purpose, and it always shows the evidence behind a suggestion so you can say it out loud to the student. You decide: accept, dismiss with a reason, or snooze.</source>
        <translation>L’application lit ce que vous avez noté et propose un prochain petit pas. Elle est prudente à dessein, et montre toujours les éléments qui fondent une suggestion, pour que vous puissiez les dire à voix haute à l’élève. C’est vous qui décidez&#x202f;: accepter, écarter avec une raison, ou reporter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step up: after a week at a level, at least four trust-building moments on three different days, and no break in that area for ten days. Never more than one level at a time.</source>
        <translation>Monter&#x202f;: après une semaine à un niveau, au moins quatre moments qui renforcent la confiance sur trois jours différents, et aucun écart dans ce domaine depuis dix jours. Jamais plus d’un niveau à la fois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reflect: after a trust-breaking moment that no conversation has followed yet. A minor slip gets one short question; a serious one a full conversation.</source>
        <translation>Réfléchir&#x202f;: après un moment qui rompt la confiance et qui n’a encore été suivi d’aucun entretien. Un écart léger appelle une courte question&#x202f;; un écart grave, un entretien complet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step back: one level, in that area only, after three breaks within ten days or one serious break. It always comes with a conversation and a clear way back up.</source>
        <translation>Redescendre&#x202f;: d’un niveau, dans ce domaine seulement, après trois écarts en dix jours ou un écart grave. Toujours accompagné d’un entretien et d’un chemin clair pour remonter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check in: when nothing has been noted about a student for ten days, so no one goes unseen. Follow up: when the date agreed in a conversation has come. Class step: when most of the class has reached a level, it may be the new starting point for all.</source>
        <translation>Prendre des nouvelles&#x202f;: quand rien n’a été noté sur un élève depuis dix jours, pour que personne ne passe inaperçu. Faire le suivi&#x202f;: quand la date convenue lors d’un entretien est arrivée. Palier de classe&#x202f;: quand la majeure partie de la classe a atteint un niveau, il peut devenir le nouveau point de départ de tous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every number here can be changed under Edit, Preferences. A dismissed or snoozed suggestion stays away until there is new evidence or the snooze ends.</source>
        <translation>Chacun de ces nombres peut être modifié dans Édition, Préférences. Une suggestion écartée ou reportée ne revient pas avant de nouveaux éléments ou la fin du report.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversations</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reflection conversation asks what happened, what the student was thinking, who was affected, what would put it right and what they will do next time. Write down the student&apos;s own words and what you agreed, and set a date to look at it again.</source>
        <translation>Un entretien de réflexion demande ce qui s’est passé, ce que l’élève pensait, qui a été touché, ce qui réparerait la situation et ce qu’il fera la prochaine fois. Notez les mots de l’élève et ce que vous avez convenu, et fixez une date pour y revenir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Students can rate themselves too. Their rating is shown beside yours and never mixed into it: the difference is often the best start for the next conversation.</source>
        <translation>Les élèves peuvent aussi s’évaluer eux-mêmes. Leur évaluation est affichée à côté de la vôtre et jamais mélangée avec elle&#x202f;: l’écart est souvent le meilleur point de départ du prochain entretien.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../autonomy/ui/roster/import_dialog.py" line="+48"/>
        <source>staff</source>
        <translation>personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guardian</source>
        <translation>responsable légal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account disabled</source>
        <translation>compte désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no student role in roles.csv</source>
        <translation>aucun rôle d’élève dans roles.csv</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import a roster into {name}</source>
        <translation>Importer une liste de classe dans {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a CSV file exported from a spreadsheet or the school system, or a folder or .zip exported by OneRoster, School Data Sync or Clever.</source>
        <translation>Choisissez un fichier CSV exporté d’un tableur ou du logiciel de l’établissement, ou un dossier ou un .zip exporté par OneRoster, School Data Sync ou Clever.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose &amp;folder…</source>
        <translation>Choisir un &amp;dossier…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Detected format</source>
        <translation>Format détecté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Classes in the export</source>
        <translation>Classes dans l’export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lass in the export:</source>
        <translation>C&amp;lasse dans l’export&#x202f;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import preview</source>
        <translation>Aperçu de l’import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>School id</source>
        <translation>Identifiant scolaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will happen</source>
        <translation>Ce qui va se passer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import summary</source>
        <translation>Résumé de l’import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip the rows with problems and import the others</source>
        <translation>&amp;Passer les lignes à problème et importer les autres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a roster file</source>
        <translation>Choisir un fichier de liste de classe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roster files (*.csv *.txt *.zip);;All files (*)</source>
        <translation>Listes de classe (*.csv *.txt *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the folder of a roster export</source>
        <translation>Choisir le dossier d’un export de liste de classe</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+57"/>
        <source>{file} cannot be read: {why}.</source>
        <translation>{file} ne peut pas être lu&#x202f;: {why}.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>it does not exist</source>
        <translation>il n’existe pas</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+52"/>
        <source>{file} was refused: {why}.</source>
        <translation>{file} a été refusé&#x202f;: {why}.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>{title} — {count} student(s) (id {id})</source>
        <translation>{title} — {count} élève(s) (identifiant {id})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This export holds the whole school&apos;s {count} classes: choose the one to import.</source>
        <translation>Cet export contient les {count} classes de tout l’établissement&#x202f;: choisissez celle à importer.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a .zip</source>
        <translation>un .zip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format: {format}, in a {bundle} bundle ({kind}).</source>
        <translation>Format&#x202f;: {format}, dans un lot {bundle} ({kind}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format: {format}.</source>
        <translation>Format&#x202f;: {format}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name from {name}; preferred name from {preferred}; school id from {id}.</source>
        <translation>Nom tiré de {name}&#x202f;; prénom d’usage tiré de {preferred}&#x202f;; identifiant scolaire tiré de {id}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+88"/>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>= already in {name}</source>
        <translation>= déjà dans {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ will be added</source>
        <translation>✓ sera ajouté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(legal name {name} kept in the note)</source>
        <translation>(nom légal {name} conservé dans la note)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>– left out: {why}</source>
        <translation>– laissé de côté&#x202f;: {why}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>! no longer in the file (kept in the class)</source>
        <translation>! n’est plus dans le fichier (gardé dans la classe)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{good} student(s) can be added; {bad} row(s) have problems. Nothing is saved until you import.</source>
        <translation>{good} élève(s) peuvent être ajoutés&#x202f;; {bad} ligne(s) posent problème. Rien n’est enregistré avant l’import.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{good} student(s) will be added.</source>
        <translation>{good} élève(s) seront ajoutés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Left out, not current students: {counts}.</source>
        <translation>Laissés de côté, pas élèves actuellement&#x202f;: {counts}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} already in the class.</source>
        <translation>{count} déjà dans la classe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} in the class but no longer in the file; they are kept (archive them yourself if they have left).</source>
        <translation>{count} dans la classe mais plus dans le fichier&#x202f;; ils sont gardés (archivez-les vous-même s’ils sont partis).</translation>
    </message>
</context>
<context>
    <name>LadderDialog</name>
    <message>
        <location filename="../../autonomy/ui/setup/vocabulary_dialogs.py" line="-248"/>
        <source>Ladders</source>
        <translation>Échelles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level name</source>
        <translation>Nom du niveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it means</source>
        <translation>Ce que cela signifie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the student reads</source>
        <translation>Ce que lit l’élève</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quick picks (a; b)</source>
        <translation>Choix rapides (a&#x202f;; b)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add a dimension…</source>
        <translation>&amp;Ajouter une dimension…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dimension:</source>
        <translation>&amp;Dimension&#x202f;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Level 0 is where the teacher decides; each level up hands over more.</source>
        <translation>Au niveau 0, l’enseignant décide&#x202f;; chaque niveau au-dessus en confie davantage.</translation>
    </message>
    <message>
        <location line="+103"/>
        <location line="+4"/>
        <source>Add a dimension</source>
        <translation>Ajouter une dimension</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Name (e.g. Who they work with):</source>
        <translation>Nom (p. ex. Avec qui il travaille)&#x202f;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its levels, lowest first, one per line (name: what it means):</source>
        <translation>Ses niveaux, du plus bas au plus haut, un par ligne (nom&#x202f;: ce que cela signifie)&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned partner: Works with the partner the teacher gives them.
Choice of partners: Picks from partners the teacher suggests.
Own choice: Chooses who to work with and checks it helps.</source>
        <translation>Partenaire attribué&#x202f;: Travaille avec le partenaire que l’enseignant lui donne.
Choix de partenaires&#x202f;: Choisit parmi les partenaires que l’enseignant propose.
Choix libre&#x202f;: Choisit avec qui travailler et vérifie que cela l’aide.</translation>
    </message>
</context>
<context>
    <name>LevelDialog</name>
    <message>
        <location filename="../../autonomy/ui/student/level_dialog.py" line="+31"/>
        <source>Change level: {name}</source>
        <translation>Changer de niveau&#x202f;: {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New level</source>
        <translation>Nouveau niveau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why? (kept in the level history)</source>
        <translation>Pourquoi&#x202f;? (gardé dans l’historique des niveaux)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dimension:</source>
        <translation>&amp;Dimension&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now:</source>
        <translation>Actuel&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New level:</source>
        <translation>&amp;Nouveau niveau&#x202f;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#x202f;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change level</source>
        <translation>&amp;Changer de niveau</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../../autonomy/ui/roster/log_dialog.py" line="+85"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any dimension</source>
        <translation>Toute dimension</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dimension:</source>
        <translation>&amp;Dimension&#x202f;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minor</source>
        <translation>Léger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serious</source>
        <translation>Grave</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité&#x202f;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Habit of Mind</source>
        <translation>Habitude de l’esprit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Habit of Mind:</source>
        <translation>&amp;Habitude de l’esprit&#x202f;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>N&amp;ote&#x202f;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another day or time…</source>
        <translation>Un autre jour ou une autre heure…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#x202f;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day and time</source>
        <translation>Jour et heure</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Log</source>
        <translation>&amp;Noter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trust built</source>
        <translation>Confiance gagnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust broken</source>
        <translation>Confiance rompue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{names} and {n} more</source>
        <translation>{names} et {n} autres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press a number to pick, then Enter to log.</source>
        <translation>Tapez un chiffre pour choisir, puis Entrée pour noter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press a number to pick the category, then a number for its severity.</source>
        <translation>Tapez un chiffre pour choisir la catégorie, puis un chiffre pour sa gravité.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity: 1 minor, 2 moderate, 3 serious (logs at once), or Enter to log as {severity}.</source>
        <translation>Gravité&#x202f;: 1 léger, 2 modéré, 3 grave (noté aussitôt), ou Entrée pour noter comme {severity}.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The note is {n:,} characters long; the limit is {limit:,}. Shorten it, then log again.</source>
        <translation>La note fait {n:,} caractères&#x202f;; la limite est de {limit:,}. Raccourcissez-la, puis notez de nouveau.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../autonomy/ui/app/window.py" line="+63"/>
        <location line="+270"/>
        <source>Autonomy</source>
        <translation>Autonomy</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>Opening your classes…</source>
        <translation>Ouverture de vos classes…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log</source>
        <translation>&amp;Noter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Students</source>
        <translation>É&amp;lèves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;tup</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select students, then a number logs what the strip above the roster names; B, X, O and C open the rest. F1 lists the keys.</source>
        <translation>Sélectionnez des élèves&#x202f;: un chiffre note ce que nomme la barre au-dessus de la liste&#x202f;; B, X, O et C ouvrent le reste. F1 liste les touches.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Log “{name}”</source>
        <translation>Noter «&#x202f;{name}&#x202f;»</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>{name} — Autonomy</source>
        <translation>{name} — Autonomy</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select a student first.</source>
        <translation>Sélectionnez d’abord un élève.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Archive classroom</source>
        <translation>Archiver la classe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive {name}? Its history is kept, and Undo brings it back.</source>
        <translation>Archiver {name}&#x202f;? Son historique est conservé, et Annuler la fait revenir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+101"/>
        <source>Create a classroom first (File, New classroom).</source>
        <translation>Créez d’abord une classe (Fichier, Nouvelle classe).</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F: find a student; type part of a name, then Enter selects every match.
Click, Shift+click, Ctrl+click or Shift+arrows: select several students.
1 to 5: log the moment the strip above the roster names, at once (Ctrl+Z undoes it).
B: trust built · X: trust broken · O: observation. Then a number picks the category and Enter logs it; after X a second number (1 minor, 2 moderate, 3 serious) logs it with that severity.
C: today&apos;s choices · Ctrl+L: change a level · F9: the student panel.
F8: suggestions; on a suggestion Enter accepts, Delete dismisses, S snoozes, H holds the conversation, R records a follow-up&apos;s outcome · Ctrl+R: a reflection conversation.
Ctrl+Z: undo · Ctrl+Shift+Z or Ctrl+Y: redo · Ctrl+Shift+S: sort by the focused column.</source>
        <translation>Ctrl+F&#x202f;: rechercher un élève&#x202f;; tapez une partie d’un nom, puis Entrée sélectionne chaque résultat.
Clic, Maj+clic, Ctrl+clic ou Maj+flèches&#x202f;: sélectionner plusieurs élèves.
1 à 5&#x202f;: noter aussitôt le moment que nomme la bande au-dessus de la liste de classe (Ctrl+Z l’annule).
B&#x202f;: confiance gagnée · X&#x202f;: confiance rompue · O&#x202f;: observation. Puis un chiffre choisit la catégorie et Entrée la note&#x202f;; après X, un second chiffre (1 léger, 2 modéré, 3 grave) la note avec cette gravité.
C&#x202f;: choix du jour · Ctrl+L&#x202f;: changer de niveau · F9&#x202f;: le panneau de l’élève.
F8&#x202f;: suggestions&#x202f;; sur une suggestion, Entrée accepte, Suppr écarte, S reporte, H mène l’entretien, R note le résultat d’un suivi · Ctrl+R&#x202f;: un entretien de réflexion.
Ctrl+Z&#x202f;: annuler · Ctrl+Maj+Z ou Ctrl+Y&#x202f;: rétablir · Ctrl+Maj+S&#x202f;: trier selon la colonne active.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Saved. The new language shows the next time Autonomy starts.</source>
        <translation>C’est enregistré. La nouvelle langue s’affichera au prochain démarrage d’Autonomy.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../autonomy/ui/suggestions/decision_dialogs.py" line="+26"/>
        <source>Follow-up outcome: {name}</source>
        <translation>Résultat du suivi&#x202f;: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conversation</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talked on {day}, follow up on {due}</source>
        <translation>Entretien le {day}, suivi le {due}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was agreed</source>
        <translation>Ce qui a été convenu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their words</source>
        <translation>Ses mots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How did it go? Was the agreement kept? What happens next?</source>
        <translation>Comment cela s’est-il passé&#x202f;? L’accord a-t-il été tenu&#x202f;? Que se passe-t-il ensuite&#x202f;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Conversation:</source>
        <translation>&amp;Entretien&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talked:</source>
        <translation>Entretien&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed:</source>
        <translation>Convenu&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their words:</source>
        <translation>Ses mots&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat&#x202f;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save outcome</source>
        <translation>Enre&amp;gistrer le résultat</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{day}; follow-up set for {due}</source>
        <translation>{day}&#x202f;; suivi prévu le {due}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>(nothing written down)</source>
        <translation>(rien de noté)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write how it went first.</source>
        <translation>Écrivez d’abord comment cela s’est passé.</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <location filename="../../autonomy/ui/words/phrases.py" line="-128"/>
        <source>Logged ‘{category}’ for {students}</source>
        <translation>«&#x202f;{category}&#x202f;» noté pour {students}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded {student}’s choice ‘{choice}’</source>
        <translation>Choix «&#x202f;{choice}&#x202f;» de {student} noté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded {student}’s choices {choices}</source>
        <translation>Choix de {student} notés&#x202f;: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded a conversation with {student}</source>
        <translation>Entretien avec {student} noté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded how a follow-up went</source>
        <translation>Résultat d’un suivi noté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added the classroom {name}</source>
        <translation>Classe {name} ajoutée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited the classroom {name}</source>
        <translation>Classe {name} modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived the classroom {name}</source>
        <translation>Classe {name} archivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored the classroom {name}</source>
        <translation>Classe {name} restaurée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed the classroom {name} to {owner}</source>
        <translation>Classe {name} confiée à {owner}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added {name}</source>
        <translation>{name} ajouté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited {name}</source>
        <translation>{name} modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived {name}</source>
        <translation>{name} archivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored {name}</source>
        <translation>{name} restauré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled {name} in {classroom}</source>
        <translation>{name} inscrit dans {classroom}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported the roster of {classroom}: {count} added</source>
        <translation>Liste de classe de {classroom} importée&#x202f;: {count} ajouté(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported the roster of the new classroom {classroom}: {count} added</source>
        <translation>Liste de classe de la nouvelle classe {classroom} importée&#x202f;: {count} ajouté(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved {student} to ‘{level}’ in {dimension}</source>
        <translation>{student} passé à «&#x202f;{level}&#x202f;» dans le domaine {dimension}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renamed a level of {dimension} to ‘{name}’</source>
        <translation>Un niveau de {dimension} renommé en «&#x202f;{name}&#x202f;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renamed {count} levels of {dimension}</source>
        <translation>{count} niveaux de {dimension} renommés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added the dimension {name}</source>
        <translation>Dimension {name} ajoutée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed the suggestion thresholds</source>
        <translation>Seuils des suggestions modifiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted the suggestion for {student}</source>
        <translation>Suggestion pour {student} acceptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted: {student} to ‘{level}’ in {dimension}</source>
        <translation>Accepté&#x202f;: {student} à «&#x202f;{level}&#x202f;» dans le domaine {dimension}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted: the whole class to ‘{level}’ in {dimension}</source>
        <translation>Accepté&#x202f;: toute la classe à «&#x202f;{level}&#x202f;» dans le domaine {dimension}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismissed the suggestion for {student}</source>
        <translation>Suggestion pour {student} écartée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismissed a suggestion for the class</source>
        <translation>Une suggestion pour la classe écartée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozed the suggestion for {student} until {until}</source>
        <translation>Suggestion pour {student} reportée au {until}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozed a suggestion for the class until {until}</source>
        <translation>Une suggestion pour la classe reportée au {until}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded a decision on a suggestion</source>
        <translation>Décision sur une suggestion notée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported a file</source>
        <translation>Fichier importé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited a moment of {student}</source>
        <translation>Un moment de {student} modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted moments: {count}</source>
        <translation>Moments supprimés&#x202f;: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added the category ‘{category}’</source>
        <translation>Catégorie «&#x202f;{category}&#x202f;» ajoutée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited the category ‘{category}’</source>
        <translation>Catégorie «&#x202f;{category}&#x202f;» modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took the ladders of {names} from an imported file</source>
        <translation>Échelles de {names} reprises d’un fichier importé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged a moment</source>
        <translation>Un moment noté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A change</source>
        <translation>Un changement</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../autonomy/ui/setup/preferences_dialog.py" line="+63"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preference pages</source>
        <translation>Pages des préférences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Suggestions</source>
        <translation>&amp;Suggestions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backups</source>
        <translation>Sa&amp;uvegardes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Put the suggestion thresholds and the backup schedule back to the defaults</source>
        <translation>Remettre les seuils des suggestions et le calendrier des sauvegardes aux valeurs par défaut</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your classes are stored on this computer</source>
        <translation>Où vos classes sont enregistrées sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Data folder:</source>
        <translation>&amp;Dossier des données&#x202f;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shared server</source>
        <translation>Serveur partagé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared &amp;server:</source>
        <translation>Ser&amp;veur partagé&#x202f;:</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Set up by your school&apos;s administrator</source>
        <translation>Configuré par l’administrateur de votre établissement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: your classes stay on this computer</source>
        <translation>Vide&#x202f;: vos classes restent sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address of the school&apos;s shared server, as your administrator gives it</source>
        <translation>L’adresse du serveur partagé de l’établissement, telle que votre administrateur la donne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only if your school keeps its classes on a shared server: paste the address your administrator gave you. It is used the next time Autonomy starts.</source>
        <translation>Seulement si votre établissement garde ses classes sur un serveur partagé&#x202f;: collez l’adresse que votre administrateur vous a donnée. Elle sera utilisée au prochain démarrage d’Autonomy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another data folder: start Autonomy with --data-dir FOLDER.</source>
        <translation>Un autre dossier de données&#x202f;: lancez Autonomy avec --data-dir DOSSIER.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the app and of the reflection prompts</source>
        <translation>La langue de l’application et des questions de réflexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new language shows the next time Autonomy starts.</source>
        <translation>La nouvelle langue s’affiche au prochain démarrage d’Autonomy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#x202f;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestions are careful on purpose: a step up needs steady evidence, a step back needs a pattern. Change a number only when the defaults do not fit your class.</source>
        <translation>Les suggestions sont prudentes à dessein&#x202f;: monter demande des éléments réguliers, redescendre demande une tendance. Ne changez un nombre que si les valeurs par défaut ne conviennent pas à votre classe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Hold a level at least:</source>
        <translation>Garder un niveau &amp;au moins&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days a student stays at a level before a step up is suggested</source>
        <translation>Jours qu’un élève passe à un niveau avant qu’une montée soit proposée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust-building &amp;moments:</source>
        <translation>&amp;Moments de confiance&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust-building moments in that area since the last change</source>
        <translation>Moments qui renforcent la confiance dans ce domaine depuis le dernier changement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… on &amp;different days:</source>
        <translation>… sur des &amp;jours différents&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The moments must fall on at least this many different days</source>
        <translation>Les moments doivent tomber sur au moins ce nombre de jours différents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No break for:</source>
        <translation>Aucun &amp;écart pendant&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days without a trust-breaking moment in that area</source>
        <translation>Jours sans moment qui rompt la confiance dans ce domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step back after &amp;breaks:</source>
        <translation>Redescendre après des écar&amp;ts&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust-breaking moments in one area that suggest a step back</source>
        <translation>Moments qui rompent la confiance dans un domaine et qui suggèrent de redescendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… &amp;within:</source>
        <translation>… &amp;en&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The breaks must fall within this many days</source>
        <translation>Les écarts doivent tomber dans ce nombre de jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reflect on breaks up to:</source>
        <translation>&amp;Réfléchir aux écarts jusqu’à&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks older than this no longer ask for a conversation</source>
        <translation>Les écarts plus anciens ne demandent plus d’entretien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check in after:</source>
        <translation>&amp;Prendre des nouvelles après&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with nothing noted about a student before a check-in is suggested</source>
        <translation>Jours sans rien de noté sur un élève avant qu’une prise de nouvelles soit proposée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class &amp;step at:</source>
        <translation>Palier de c&amp;lasse à&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the class at a level that suggests opening it to everyone</source>
        <translation>Part de la classe à un niveau qui suggère de l’ouvrir à tous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> %</source>
        <translation>&#x202f;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short &amp;list for today:</source>
        <translation>Liste &amp;courte du jour&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many of a class&apos;s suggestions, the most urgent first, the suggestions list shows for today; the rest are one click away</source>
        <translation>Combien de suggestions d’une classe, les plus urgentes d’abord, la liste des suggestions montre pour aujourd’hui&#x202f;; les autres sont à un clic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> per class</source>
        <translation> par classe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One &amp;serious break is enough for a step back</source>
        <translation>Un écart grave suffit pour re&amp;descendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest a step back after a single serious break</source>
        <translation>Suggérer de redescendre après un seul écart grave</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Make a backup once a day</source>
        <translation>&amp;Faire une sauvegarde une fois par jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of the database is made the first time Autonomy opens each day</source>
        <translation>Une copie de la base de données est faite la première fois qu’Autonomy s’ouvre chaque jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily backups to keep</source>
        <translation>Sauvegardes quotidiennes à garder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest daily copies kept; older ones are removed</source>
        <translation>Les copies quotidiennes les plus récentes sont gardées&#x202f;; les plus anciennes sont supprimées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekly backups to keep</source>
        <translation>Sauvegardes hebdomadaires à garder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One copy a week is kept longer, for this many weeks</source>
        <translation>Une copie par semaine est gardée plus longtemps, pendant ce nombre de semaines</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep &amp;daily copies:</source>
        <translation>Garder les copies &amp;quotidiennes&#x202f;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep &amp;weekly copies:</source>
        <translation>Garder les copies &amp;hebdomadaires&#x202f;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup is also made before every upgrade and every import. To go back to one, choose File, Restore from backup.</source>
        <translation>Une sauvegarde est aussi faite avant chaque mise à jour et chaque import. Pour revenir à l’une d’elles, choisissez Fichier, Restaurer une sauvegarde.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The moments cannot be spread over more days than there are moments: a step up could never be suggested.</source>
        <translation>Les moments ne peuvent pas être répartis sur plus de jours qu’il n’y a de moments&#x202f;: une montée ne pourrait jamais être proposée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The shared server&apos;s address starts with postgresql+psycopg:// (or leave it empty to use the data folder).</source>
        <translation>L’adresse du serveur partagé commence par postgresql+psycopg:// (ou laissez-la vide pour utiliser le dossier des données).</translation>
    </message>
</context>
<context>
    <name>QuestionsBox</name>
    <message>
        <location filename="../../autonomy/ui/reflection/questions.py" line="+69"/>
        <source>Swap</source>
        <translation>Changer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asked: {question}</source>
        <translation>Posée&#x202f;: {question}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap: {question}</source>
        <translation>Changer&#x202f;: {question}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another question for the same moment</source>
        <translation>Une autre question pour le même moment</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No other question fits this moment</source>
        <translation>Aucune autre question ne convient à ce moment</translation>
    </message>
</context>
<context>
    <name>QuickKeys</name>
    <message>
        <location filename="../../autonomy/ui/roster/quick_keys.py" line="+34"/>
        <source>One key logs</source>
        <translation>Une touche note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One key logs:</source>
        <translation>Une touche note&#x202f;:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Log “{name}” for the selected students (key {key})</source>
        <translation>Noter «&#x202f;{name}&#x202f;» pour les élèves sélectionnés (touche {key})</translation>
    </message>
</context>
<context>
    <name>ReflectionDialog</name>
    <message>
        <location filename="../../autonomy/ui/reflection/dialog.py" line="+86"/>
        <source>Reflection conversation: {name}</source>
        <translation>Entretien de réflexion&#x202f;: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A conversation with {name}</source>
        <translation>Un entretien avec {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Large text</source>
        <translation>&amp;Grand texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Large text</source>
        <translation>Grand texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bigger text for sitting beside the student (Ctrl++ / Ctrl+-)</source>
        <translation>Texte plus grand pour s’asseoir à côté de l’élève (Ctrl++ / Ctrl+-)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Conversation about</source>
        <translation>Entretien à propos de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a break</source>
        <translation>Après un écart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Celebrating a step up</source>
        <translation>Fêter une montée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting a goal</source>
        <translation>Fixer un objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Following up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any dimension</source>
        <translation>Toute dimension</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#x202f;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;In:</source>
        <translation>&amp;Dans&#x202f;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What led to it</source>
        <translation>Ce qui y a mené</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events that led to the conversation</source>
        <translation>Événements qui ont mené à l’entretien</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No recent trust-breaking events wait for a conversation.</source>
        <translation>Aucun écart récent n’attend d’entretien.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How the earlier agreement went</source>
        <translation>Comment s’est passé l’accord précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How did it go? Was the agreement kept?</source>
        <translation>Comment cela s’est-il passé&#x202f;? L’accord a-t-il été tenu&#x202f;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last time ({day})</source>
        <translation>La dernière fois ({day})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed: {agreement}</source>
        <translation>Convenu&#x202f;: {agreement}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(nothing written down)</source>
        <translation>(rien de noté)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How did it &amp;go?</source>
        <translation>Comment cela s’est-il &amp;passé&#x202f;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Questions to ask</source>
        <translation>Questions à poser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the ones you asked. Swap offers another question for the same moment.</source>
        <translation>Cochez celles que vous avez posées. «&#x202f;Changer&#x202f;» propose une autre question pour le même moment.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In their own words</source>
        <translation>Avec ses propres mots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we agreed</source>
        <translation>Ce que nous avons convenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In {name}&apos;s own &amp;words</source>
        <translation>{name}, avec ses propres &amp;mots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What we &amp;agreed</source>
        <translation>Ce que nous avons &amp;convenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Follow up on</source>
        <translation>&amp;Suivi le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a follow-up date</source>
        <translation>Fixer une date de suivi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up date</source>
        <translation>Date de suivi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How {name} sees it (optional)</source>
        <translation>Comment {name} le voit (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The student&apos;s own rating is kept beside your level, never averaged into it.</source>
        <translation>L’évaluation de l’élève est gardée à côté de votre niveau, jamais moyennée avec lui.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Their rating</source>
        <translation>Son évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your level</source>
        <translation>Votre niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the check-in</source>
        <translation>À l’accueil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{dimension}: the student&apos;s own rating</source>
        <translation>{dimension}&#x202f;: l’évaluation de l’élève</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not rated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{dimension}: your level, {level}</source>
        <translation>{dimension}&#x202f;: votre niveau, {level}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{dimension}: their rating at the check-in</source>
        <translation>{dimension}&#x202f;: son autoévaluation à l’accueil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save conversation</source>
        <translation>&amp;Enregistrer l’entretien</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Built: {c}</source>
        <translation>Gagnée&#x202f;: {c}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Broke: {c}</source>
        <translation>Rompue&#x202f;: {c}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noted: {c}</source>
        <translation>Noté&#x202f;: {c}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>minor</source>
        <translation>léger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>moderate</source>
        <translation>modéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>serious</source>
        <translation>grave</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>⚠ Not saved: {problem}. What you typed is still here.</source>
        <translation>⚠ Non enregistré&#x202f;: {problem}. Ce que vous avez tapé est toujours là.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ Not saved. What you typed is still here.</source>
        <translation>⚠ Non enregistré. Ce que vous avez tapé est toujours là.</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <location filename="../../autonomy/ui/roster/panel.py" line="+124"/>
        <source>Classroom</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter students by name</source>
        <translation>Filtrer les élèves par nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a name, Enter selects (Ctrl+F)</source>
        <translation>Tapez une partie d’un nom, Entrée sélectionne (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;archived</source>
        <translation>Afficher les archi&amp;vés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show archived students</source>
        <translation>Afficher les élèves archivés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Class:</source>
        <translation>Cla&amp;sse&#x202f;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Class roster</source>
        <translation>Liste de la classe</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>B  Trust built…</source>
        <translation>B  Confiance gagnée…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log any trust-building moment for the selected students (B)</source>
        <translation>Noter un moment qui renforce la confiance pour les élèves sélectionnés (B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X  Trust broken…</source>
        <translation>X  Confiance rompue…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log trust-breaking for the selected students (X)</source>
        <translation>Noter un moment qui rompt la confiance pour les élèves sélectionnés (X)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O  Observation…</source>
        <translation>O  Observation…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note an observation for the selected students (O)</source>
        <translation>Noter une observation pour les élèves sélectionnés (O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C  Choices…</source>
        <translation>C  Choix…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record today&apos;s choices for the selected student (C)</source>
        <translation>Noter les choix du jour de l’élève sélectionné (C)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Class summary</source>
        <translation>Résumé de la classe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No students in this class yet. Import the class list your school gives you (a CSV file), or add the students one by one.</source>
        <translation>Pas encore d’élèves dans cette classe. Importez la liste de classe que vous donne votre établissement (un fichier CSV), ou ajoutez les élèves un par un.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import roster…</source>
        <translation>Im&amp;porter la liste…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;student…</source>
        <translation>Ajou&amp;ter un élève…</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>{n} students · looking for suggestions…</source>
        <translation>{n} élèves · recherche de suggestions…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} students · {w} with suggestions</source>
        <translation>{n} élèves · {w} avec suggestions</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Sorted by {column}, ascending</source>
        <translation>Trié par {column}, croissant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorted by {column}, descending</source>
        <translation>Trié par {column}, décroissant</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+18"/>
        <source>Select one or more students first (click, or type a name and press Enter).</source>
        <translation>Sélectionnez d’abord un ou plusieurs élèves (cliquez, ou tapez un nom et appuyez sur Entrée).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not saved: Autonomy hit an unexpected problem.</source>
        <translation>Non enregistré&#x202f;: Autonomy a rencontré un problème inattendu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a student first.</source>
        <translation>Sélectionnez d’abord un élève.</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../autonomy/ui/suggestions/card_content.py" line="+57"/>
        <source>Step up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step back</source>
        <translation>Redescendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflect</source>
        <translation>Réfléchir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in</source>
        <translation>Prendre des nouvelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up</source>
        <translation>Faire le suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class step</source>
        <translation>Palier de classe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Built: {c}</source>
        <translation>Gagnée&#x202f;: {c}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broke: {c}</source>
        <translation>Rompue&#x202f;: {c}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noted: {c}</source>
        <translation>Noté&#x202f;: {c}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Whole class</source>
        <translation>Toute la classe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last noted: {days}</source>
        <translation>Dernière note&#x202f;: {days}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence: {days}</source>
        <translation>Éléments&#x202f;: {days}</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/suggestions/panel.py" line="+79"/>
        <location line="+24"/>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Suggestion count</source>
        <translation>Nombre de suggestions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show suggestions of kind</source>
        <translation>Afficher les suggestions du type</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind:</source>
        <translation>Type&#x202f;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+103"/>
        <source>Looking for suggestions…</source>
        <translation>Recherche de suggestions…</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do what it suggests (Enter)</source>
        <translation>Faire ce qu’elle suggère (Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss…</source>
        <translation>Écarter…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not now, with a reason if you like (Delete)</source>
        <translation>Pas maintenant, avec une raison si vous voulez (Suppr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze…</source>
        <translation>Reporter…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bring it back on a later day (S)</source>
        <translation>La reprendre un jour plus tard (S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Hold a conversation…</source>
        <translation>Mener un entretien…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Open the reflection conversation, prefilled (H)</source>
        <translation>Ouvrir l’entretien de réflexion, prérempli (H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record outcome…</source>
        <translation>Noter le résultat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down how the follow-up went (R)</source>
        <translation>Noter comment le suivi s’est passé (R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reflection conversation with this student, prefilled from the suggestion on screen when there is one</source>
        <translation>Un entretien de réflexion avec cet élève, prérempli à partir de la suggestion affichée s’il y en a une</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggestion actions</source>
        <translation>Actions sur la suggestion</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Suggestions for later</source>
        <translation>Suggestions pour plus tard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys on the list: Enter accept · Delete dismiss · S snooze · H conversation · R outcome</source>
        <translation>Touches dans la liste&#x202f;: Entrée accepter · Suppr écarter · S reporter · H entretien · R résultat</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Suggestions could not be loaded.</source>
        <translation>Les suggestions n’ont pas pu être chargées.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>All kinds ({n})</source>
        <translation>Tous ({n})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show only today&apos;s {n}</source>
        <translation>N’afficher que les {n} du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show {n} more for later…</source>
        <translation>Afficher {n} de plus pour plus tard…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{today} for today · {n} waiting</source>
        <translation>{today} pour aujourd’hui · {n} en attente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} waiting</source>
        <translation>{n} en attente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to suggest for {name} today.</source>
        <translation>Rien à suggérer pour {name} aujourd’hui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this student</source>
        <translation>cet élève</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to suggest for this class today.</source>
        <translation>Rien à suggérer pour cette classe aujourd’hui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a class to see its suggestions.</source>
        <translation>Choisissez une classe pour voir ses suggestions.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Record the level change it suggests, with its evidence (Enter)</source>
        <translation>Noter le changement de niveau qu’elle suggère, avec ses éléments (Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring every student below that level up to it (Enter)</source>
        <translation>Faire monter à ce niveau tous les élèves qui sont en dessous (Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark it as done (Enter)</source>
        <translation>Marquer comme fait (Entrée)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Accepted: {text}</source>
        <translation>Acceptée&#x202f;: {text}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Dismissed.</source>
        <translation>Écartée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Snoozed until {day}.</source>
        <translation>Reportée jusqu’au {day}.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up outcome recorded.</source>
        <translation>Résultat du suivi noté.</translation>
    </message>
</context>
<context>
    <name>Toolbars</name>
    <message>
        <location filename="../../autonomy/ui/widgets/labels.py" line="+37"/>
        <source>More actions</source>
        <translation>Plus d’actions</translation>
    </message>
</context>
<context>
    <name>UndoController</name>
    <message>
        <location filename="../../autonomy/ui/app/undo.py" line="+106"/>
        <location line="+39"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+38"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Undo {label}</source>
        <translation>&amp;Annuler&#x202f;: {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo {label}</source>
        <translation>&amp;Rétablir&#x202f;: {label}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undone: {label}</source>
        <translation>Annulé&#x202f;: {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redone: {label}</source>
        <translation>Rétabli&#x202f;: {label}</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <location line="-88"/>
        <source>Last change</source>
        <translation>Dernier changement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change</source>
        <translation>Annuler le dernier changement</translation>
    </message>
</context>
<context>
    <name>When</name>
    <message>
        <location filename="../../autonomy/ui/roster/when.py" line="+49"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yesterday at {time} (this lesson&apos;s time)</source>
        <translation>Hier à {time} (l’heure de cette séance)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{weekday} at {time} (this lesson&apos;s time)</source>
        <translation>{weekday} à {time} (l’heure de cette séance)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earlier today at {time} (this lesson&apos;s time)</source>
        <translation>Plus tôt aujourd’hui à {time} (l’heure de cette séance)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../autonomy/ui/app/start.py" line="+147"/>
        <source>Autonomy is already open</source>
        <translation>Autonomy est déjà ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autonomy cannot start</source>
        <translation>Autonomy ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../autonomy/ui/setup/student_classroom_forms.py" line="+64"/>
        <location line="+20"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#x202f;:</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>School &amp;id:</source>
        <translation>&amp;Identifiant scolaire&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School id (optional)</source>
        <translation>Identifiant scolaire (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#x202f;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Matière&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School &amp;year:</source>
        <translation>&amp;Année scolaire&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School year, for example 2026-27</source>
        <translation>Année scolaire, par exemple 2026-27</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../autonomy/ui/app/menus.py" line="+47"/>
        <source>&amp;New classroom…</source>
        <translation>&amp;Nouvelle classe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit classroom…</source>
        <translation>&amp;Modifier la classe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive classroom</source>
        <translation>Arc&amp;hiver la classe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import roster from CSV…</source>
        <translation>&amp;Importer une liste de classe (CSV)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coach &amp;report (PDF)…</source>
        <translation>&amp;Rapport pour le conseiller (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymised coach report (PDF)…</source>
        <translation>Rapport anonymisé pour le conseiller (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport interchange file (JSON)…</source>
        <translation>E&amp;xporter le fichier d’échange (JSON)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV tables…</source>
        <translation>Exporter les tableaux CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export anonymised JSON…</source>
        <translation>Exporter en JSON anonymisé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export anonymised CSV tables…</source>
        <translation>Exporter les tableaux CSV anonymisés…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from bac&amp;kup…</source>
        <translation>Restaurer une sauve&amp;garde…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find student</source>
        <translation>Re&amp;chercher un élève</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trust &amp;built…</source>
        <translation>Confiance &amp;gagnée…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log trust-building for the selected students</source>
        <translation>Noter un moment qui renforce la confiance pour les élèves sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust b&amp;roken…</source>
        <translation>Confiance &amp;rompue…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log trust-breaking for the selected students</source>
        <translation>Noter un moment qui rompt la confiance pour les élèves sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Observation…</source>
        <translation>&amp;Observation…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Today&apos;s &amp;choices…</source>
        <translation>Choix du &amp;jour…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;level…</source>
        <translation>Changer de nivea&amp;u…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add student…</source>
        <translation>&amp;Ajouter un élève…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit student…</source>
        <translation>&amp;Modifier l’élève…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive or &amp;restore student</source>
        <translation>Archiver ou &amp;restaurer l’élève</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a&amp;rchived students</source>
        <translation>Afficher les élèves archi&amp;vés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold a reflection &amp;conversation…</source>
        <translation>Mener un &amp;entretien de réflexion…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ladders…</source>
        <translation>É&amp;chelles…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Event catalogue…</source>
        <translation>Catalogue des é&amp;vénements…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Student panel</source>
        <translation>&amp;Panneau de l’élève</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;uggestions</source>
        <translation>S&amp;uggestions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;ort by the current column</source>
        <translation>&amp;Trier selon la colonne active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort the roster by the focused cell&apos;s column; again for the other way round</source>
        <translation>Trier la liste de classe selon la colonne de la cellule active&#x202f;; encore une fois pour l’ordre inverse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Coach view</source>
        <translation>Vue du &amp;conseiller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard</source>
        <translation>&amp;Clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Autonomy</source>
        <translation>À &amp;propos d’Autonomy</translation>
    </message>
</context>
</TS>
