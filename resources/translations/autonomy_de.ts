<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <location filename="../../autonomy/ui/app/errors.py" line="+65"/>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>The connection to the server was lost</source>
        <translation>Die Verbindung zum Server ist abgerissen</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+8"/>
        <source>That was not saved</source>
        <translation>Das wurde nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the log</source>
        <translation>der Protokolldatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autonomy hit an unexpected problem ({name}: {text}). Nothing half-written was kept. The details are in {where}.</source>
        <translation>Autonomy ist auf ein unerwartetes Problem gestoßen ({name}: {text}). Nichts Halbfertiges wurde gespeichert. Die Einzelheiten stehen in {where}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to the server was lost while it was saving; it is not known whether that was saved. Check before doing it again.</source>
        <translation>Die Verbindung zum Server ist beim Speichern abgerissen; ob es gespeichert wurde, ist nicht bekannt. Prüfen Sie es, bevor Sie es noch einmal tun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the server was lost just as it saved that; it was saved.</source>
        <translation>Die Verbindung zum Server ist gerade beim Speichern abgerissen; es wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to the server was lost; nothing was saved. Autonomy reconnects by itself: try again.</source>
        <translation>Die Verbindung zum Server ist abgerissen; nichts wurde gespeichert. Autonomy verbindet sich von selbst neu: Versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/roster/model.py" line="+42"/>
        <source>↑ rising</source>
        <translation>↑ steigend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↓ slipping</source>
        <translation>↓ nachlassend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ steady</source>
        <translation>→ stabil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reflect</source>
        <translation>Reflektieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step up</source>
        <translation>Stufe höher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step back</source>
        <translation>Stufe zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check in</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class step</source>
        <translation>Klassenschritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A trust-breaking event has not been talked through yet.</source>
        <translation>Ein Vertrauensbruch ist noch nicht besprochen worden.</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>{n} ({own} own)</source>
        <translation>{n} ({own} selbst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{own} of today&apos;s {n} choices made by the student at the check-in</source>
        <translation>{own} der {n} heutigen Entscheidungen hat die Schülerin oder der Schüler beim Check-in selbst getroffen</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>A reflection follow-up was due on an earlier day.</source>
        <translation>Das Nachfassen nach einem Reflexionsgespräch war schon früher fällig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reflection follow-up was due on {day}.</source>
        <translation>Das Nachfassen nach einem Reflexionsgespräch war am {day} fällig.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Student</source>
        <translation>Schüler/in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Built</source>
        <translation>Gestärkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Broke</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chose</source>
        <translation>Gewählt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Trust-building events today</source>
        <translation>Heute: Vertrauen gestärkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trust-breaking events today</source>
        <translation>Heute: Vertrauen verletzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choices recorded today</source>
        <translation>Heute erfasste Entscheidungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust built against trust broken over the last 10 school days</source>
        <translation>Gestärktes gegen verletztes Vertrauen in den letzten 10 Schultagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A suggestion waits for this student</source>
        <translation>Für diese/n Schüler/in liegt ein Vorschlag vor</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{name} (archived)</source>
        <translation>{name} (archiviert)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{builds} built, {breaks} broken over the last 10 school days</source>
        <translation>{builds}-mal gestärkt, {breaks}-mal verletzt in den letzten 10 Schultagen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>School id: {id}</source>
        <translation>Schul-ID: {id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} observation(s) today</source>
        <translation>Heute {n} Beobachtung(en)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{dimension}: level {rank} of {top}, {name}. {text}</source>
        <translation>{dimension}: Stufe {rank} von {top}, {name}. {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{dimension} level {rank}, {name}</source>
        <translation>{dimension} Stufe {rank}, {name}</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/coach/jobs.py" line="+34"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The report was cancelled; nothing was written.</source>
        <translation>Der Bericht wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the class…</source>
        <translation>Die Klasse wird gelesen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drawing page {done} of {total}…</source>
        <translation>Seite {done} von {total} wird gezeichnet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report ({pages} pages) was saved to {path}.</source>
        <translation>Der Bericht ({pages} Seiten) wurde unter {path} gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the report</source>
        <translation>Bericht wird geschrieben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the records…</source>
        <translation>Die Aufzeichnungen werden gelesen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the file…</source>
        <translation>Die Datei wird geschrieben…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} CSV files were saved to {path}.</source>
        <translation>{count} CSV-Dateien wurden unter {path} gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{students} students and {events} events were saved to {path}.</source>
        <translation>{students} Schüler/innen und {events} Ereignisse wurden unter {path} gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a folder for the CSV tables</source>
        <translation>Ordner für die CSV-Tabellen wählen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interchange file (*.json)</source>
        <translation>Austauschdatei (*.json)</translation>
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
        <translation>Diese Klasse hat noch keine Schüler/innen.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Overview of {name}</source>
        <translation>Überblick über {name}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{count} students&apos; levels week by week from {first} to {last}, in {dimensions}; each row is a student.</source>
        <translation>Stufen von {count} Schüler/innen Woche für Woche vom {first} bis {last}, in {dimensions}; jede Zeile ist eine Person.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{dimension} level {level} ({level_name})</source>
        <translation>{dimension} Stufe {level} ({level_name})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} trust-breaking event(s)</source>
        <translation>{count} Vertrauensbruch/-brüche</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{name} · {dimension} · week of {week}: level {level} ({level_name})</source>
        <translation>{name} · {dimension} · Woche vom {week}: Stufe {level} ({level_name})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} trust-breaking event(s) that week</source>
        <translation>{count} Vertrauensbruch/-brüche in dieser Woche</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/coach/timeline.py" line="+148"/>
        <location filename="../../autonomy/ui/coach/timeline_chart.py" line="+69"/>
        <location line="+48"/>
        <source>Whole student</source>
        <translation>Gesamtbild</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/coach/class_charts.py" line="+66"/>
        <source>Days with a break</source>
        <translation>Tage mit Vertrauensbruch</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Level:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a week with a trust-breaking event</source>
        <translation>eine Woche mit Vertrauensbruch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>trust built</source>
        <translation>Vertrauen gestärkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>trust broken</source>
        <translation>Vertrauen verletzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choice</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reflection</source>
        <translation>Reflexionsgespräch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>level change</source>
        <translation>Stufenwechsel</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Level {level} or higher: {first} % → {last} %</source>
        <translation>Stufe {level} oder höher: {first} % → {last} %</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Suggestion follow-through</source>
        <translation>Umgang mit Vorschlägen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No suggestion was answered in this range.</source>
        <translation>In diesem Zeitraum wurde auf keinen Vorschlag reagiert.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{made} answered: {accepted} accepted, {dismissed} dismissed, {snoozed} snoozed</source>
        <translation>{made} beantwortet: {accepted} angenommen, {dismissed} verworfen, {snoozed} vertagt</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/coach/screen.py" line="+70"/>
        <source>Classes to show</source>
        <translation>Angezeigte Klassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First day shown</source>
        <translation>Erster angezeigter Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day shown</source>
        <translation>Letzter angezeigter Tag</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dimension shown</source>
        <translation>Angezeigter Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All dimensions</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;nonymise</source>
        <translation>A&amp;nonymisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Bericht (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport (JSON)…</source>
        <translation>E&amp;xportieren (JSON)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>Bi&amp;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dimension</source>
        <translation>Be&amp;reich</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The students&apos; own voice</source>
        <translation>Die Stimme der Schüler/innen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Whole range</source>
        <translation>&amp;Ganzer Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open in the class view</source>
        <translation>In der &amp;Klassenansicht öffnen</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Codes instead of names; no external ids and no free text.</source>
        <translation>Kürzel statt Namen; keine externen IDs und kein Freitext.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The interchange file of the class, anonymised when Anonymise is ticked.</source>
        <translation>Die Austauschdatei der Klasse, anonymisiert, wenn „Anonymisieren“ angehakt ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Classes&lt;/b&gt; (tick several to compare)</source>
        <translation>&lt;b&gt;Klassen&lt;/b&gt; (mehrere ankreuzen zum Vergleichen)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No student picked</source>
        <translation>Keine Auswahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hover or focus a mark to read it. Arrows: marks · Shift+arrows: pan · +/−: zoom · Home: whole range · Enter: open the student.</source>
        <translation>Zum Lesen mit der Maus auf eine Markierung zeigen oder sie fokussieren. Pfeiltasten: Markierungen · Umschalt+Pfeile: verschieben · +/−: zoomen · Pos1: ganzer Zeitraum · Enter: Schüler/in öffnen.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Tick a class at the left to see how it opens up.</source>
        <translation>Links eine Klasse ankreuzen, um zu sehen, wie sie sich öffnet.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{name} · {classroom}</source>
        <translation>{name} · {classroom}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tick a class first.</source>
        <translation>Bitte zuerst eine Klasse ankreuzen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Coach view — Autonomy</source>
        <translation>Coach-Ansicht — Autonomy</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/coach/style.py" line="+215"/>
        <source>Level {change} in {lane} ({source}) · {when}</source>
        <translation>Stufe {change} in {lane} ({source}) · {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>within their level</source>
        <translation>innerhalb der eigenen Stufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>beyond their level</source>
        <translation>über der eigenen Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> “{choice}”</source>
        <translation> „{choice}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice{chosen}{where}, {within} · {when}</source>
        <translation>Entscheidung{chosen}{where}, {within} · {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reflection conversation · {when}</source>
        <translation>Reflexionsgespräch · {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreed: </source>
        <translation>Vereinbart: </translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/coach/timeline.py" line="-110"/>
        <source>Student timeline</source>
        <translation>Verlauf der Schülerin / des Schülers</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+36"/>
        <source>Pick a student in a class overview to see their timeline.</source>
        <translation>Wähle im Klassenüberblick eine/n Schüler/in, um den Verlauf zu sehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}&apos;s timeline from {first} to {last}: {marks} marks, {changes} level changes, in the lanes {lanes}.</source>
        <translation>Zeitleiste von {name} vom {first} bis {last}: {marks} Markierungen, {changes} Stufenänderungen, in den Bahnen {lanes}.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Key to the charts</source>
        <translation>Legende der Diagramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level colours 0 to 4, a corner for a week with a trust-breaking event, and the marks: trust built, trust broken, observation, choice, reflection, level change</source>
        <translation>Farben der Stufen 0 bis 4, eine Ecke für eine Woche mit Vertrauensbruch und die Markierungen: Vertrauen gestärkt, Vertrauen verletzt, Beobachtung, Entscheidung, Reflexion, Stufenwechsel</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/coach/report.py" line="+107"/>
        <source>Gradual release report — {name}</source>
        <translation>Bericht zur schrittweisen Übergabe — {name}</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+163"/>
        <source>How the class opens up</source>
        <translation>Wie sich die Klasse öffnet</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Levels week by week ({first}–{last} of {n})</source>
        <translation>Stufen Woche für Woche ({first}–{last} von {n})</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Autonomy · {name} · {span}</source>
        <translation>Autonomy · {name} · {span}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymised</source>
        <translation>anonymisiert</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Page {page} of {total}</source>
        <translation>Seite {page} von {total}</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Wrote the report for {name} ({students} students, {pages} pages, anonymised) to {path} in {seconds} s.</source>
        <translation>Der Bericht für {name} ({students} Schüler/innen, {pages} Seiten, anonymisiert) wurde in {seconds} s unter {path} gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote the report for {name} ({students} students, {pages} pages) to {path} in {seconds} s.</source>
        <translation>Der Bericht für {name} ({students} Schüler/innen, {pages} Seiten) wurde in {seconds} s unter {path} gespeichert.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Gradual release report</source>
        <translation>Bericht zur schrittweisen Übergabe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prepared on {day}</source>
        <translation>Erstellt am {day}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anonymised: students appear as codes (S01, S02 …); no names, no external ids and no free text.</source>
        <translation>Anonymisiert: Schüler/innen erscheinen als Kürzel (S01, S02 …); keine Namen, keine externen IDs und kein Freitext.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In this period</source>
        <translation>In diesem Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Students</source>
        <translation>Schüler/innen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust-building events</source>
        <translation>Vertrauen gestärkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust-breaking events</source>
        <translation>Vertrauen verletzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily choices noted</source>
        <translation>Erfasste tägliche Entscheidungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflection conversations</source>
        <translation>Reflexionsgespräche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level steps up</source>
        <translation>Stufen nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level steps back</source>
        <translation>Stufen zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Students who moved up in at least one dimension</source>
        <translation>Schüler/innen, die in mindestens einem Bereich aufgestiegen sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily choices the students made themselves</source>
        <translation>Tägliche Entscheidungen, die die Schüler/innen selbst getroffen haben</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Average level, start → end of the period</source>
        <translation>Durchschnittliche Stufe, Anfang → Ende des Zeitraums</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How to read the charts</source>
        <translation>So liest man die Diagramme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Heat maps: one row per student, one column per week; the colour is the level held at the end of the week (the key below gives each colour its level), and darker means more freedom. A black corner marks a week with a trust-breaking event.</source>
        <translation>Heatmaps: eine Zeile pro Schüler/in, eine Spalte pro Woche; die Farbe ist die Stufe am Ende der Woche (die Legende unten nennt die Stufe jeder Farbe), und dunkler heißt mehr Freiheit. Eine schwarze Ecke markiert eine Woche mit Vertrauensbruch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days with a break: the share of school days with at least one trust-breaking event, in class-list order. It is not a ranking.</source>
        <translation>Tage mit Vertrauensbruch: der Anteil der Schultage mit mindestens einem Vertrauensbruch, in der Reihenfolge der Klassenliste. Es ist keine Rangliste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timelines: one lane per dimension; the line is the level. Triangles up are trust built, down are trust broken (larger when more serious), circles are observations, ticks are daily choices, diamonds and dotted lines are reflection conversations, dots on the line are level changes.</source>
        <translation>Verläufe: eine Spur pro Bereich; die Linie ist die Stufe. Dreiecke nach oben sind gestärktes Vertrauen, nach unten verletztes (größer, je schwerer), Kreise sind Beobachtungen, Striche tägliche Entscheidungen, Rauten und gepunktete Linien Reflexionsgespräche, Punkte auf der Linie Stufenwechsel.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Levels at the end: </source>
        <translation>Stufen am Ende: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trust built {builds} · trust broken {breaks} · observations {observations} · choices {choices} · reflections {reflections}</source>
        <translation>Vertrauen gestärkt {builds} · Vertrauen verletzt {breaks} · Beobachtungen {observations} · Entscheidungen {choices} · Reflexionsgespräche {reflections}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Key events</source>
        <translation>Wichtige Ereignisse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No level change, trust-breaking event or reflection in this period.</source>
        <translation>In diesem Zeitraum gab es keinen Stufenwechsel, keinen Vertrauensbruch und kein Reflexionsgespräch.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The latest {shown}; {left} earlier ones are left out.</source>
        <translation>Die letzten {shown}; {left} frühere sind weggelassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level change</source>
        <translation>Stufenwechsel</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Conversation with the student</source>
        <translation>Gespräch mit der Schülerin / dem Schüler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not tied to one dimension</source>
        <translation>keinem Bereich zugeordnet</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/app/backup_actions.py" line="+38"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database is on a server: it is backed up with the server&apos;s own tools (pg_dump).</source>
        <translation>Diese Datenbank liegt auf einem Server: Sie wird mit den Werkzeugen des Servers gesichert (pg_dump).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Back up to</source>
        <translation>Sichern nach</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backed up to {path}.</source>
        <translation>Gesichert nach {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not backed up</source>
        <translation>Nicht gesichert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace everything in Autonomy with the backup {name} (saved {when})?

The database as it is now is kept in the backups folder, so you can go back to it.</source>
        <translation>Alles in Autonomy durch die Sicherung {name} (gespeichert {when}) ersetzen?

Die Datenbank, wie sie jetzt ist, bleibt im Sicherungsordner erhalten, Sie können also zu ihr zurück.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restored {name}.</source>
        <translation>{name} wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database as it was is kept in {path}.</source>
        <translation>Die bisherige Datenbank liegt in {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/words/dates.py" line="+65"/>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+57"/>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+48"/>
        <source>ddd dd MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>ddd dd MMM</source>
        <translation>ddd, d. MMM</translation>
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
        <translation>leicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>serious</source>
        <translation>schwer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name} has used the freedom in {dimension} well {count} times on {days} different days since {since}, with no break so far: consider stepping up from &apos;{from_level}&apos; to &apos;{to_level}&apos;.</source>
        <translation>{name} hat die Freiheit im Bereich {dimension} seit dem {since} {count}-mal an {days} verschiedenen Tagen gut genutzt, bisher ohne Vertrauensbruch: Erwäge eine Stufe höher, von „{from_level}“ auf „{to_level}“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} has used the freedom in {dimension} well {count} times on {days} different days since {since}, with no break for {quiet} days: consider stepping up from &apos;{from_level}&apos; to &apos;{to_level}&apos;.</source>
        <translation>{name} hat die Freiheit im Bereich {dimension} seit dem {since} {count}-mal an {days} verschiedenen Tagen gut genutzt, seit {quiet} Tagen ohne Vertrauensbruch: Erwäge eine Stufe höher, von „{from_level}“ auf „{to_level}“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It is time to follow up with {name} on what was agreed on {agreed}: the follow-up was set for {due}.</source>
        <translation>Zeit, bei {name} nachzufassen, was am {agreed} vereinbart wurde: Das Nachfassen war für den {due} geplant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is time to follow up with {name} on what was agreed on {agreed} about {about}: the follow-up was set for {due}.</source>
        <translation>Zeit, bei {name} nachzufassen, was am {agreed} zum Bereich {about} vereinbart wurde: Das Nachfassen war für den {due} geplant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing has been noted about {name} since {day}: check in with {name} and see how it is going.</source>
        <translation>Über {name} ist seit dem {day} nichts notiert worden: Frag bei {name} nach, wie es läuft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has been noted about {name} for {days} days, the last time on {day}: check in with {name} and see how it is going.</source>
        <translation>Über {name} ist seit {days} Tagen nichts notiert worden, zuletzt am {day}: Frag bei {name} nach, wie es läuft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reached} of {students} students in {classroom} are already at &apos;{to_level}&apos; or beyond in {dimension}: consider opening it to the whole class as its new starting point.</source>
        <translation>{reached} von {students} Schüler/innen in {classroom} sind im Bereich {dimension} schon bei „{to_level}“ oder darüber: Erwäge, diese Stufe für die ganze Klasse zum neuen Ausgangspunkt zu machen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} broke the agreement in {dimension} {count} times in {window} days ({dates})</source>
        <translation>{name} hat die Vereinbarung im Bereich {dimension} in {window} Tagen {count}-mal nicht eingehalten ({dates})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} had a serious break in {dimension} on {day}</source>
        <translation>{name} hatte am {day} einen schweren Vertrauensbruch im Bereich {dimension}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{lead}: consider stepping back from &apos;{from_level}&apos; to &apos;{to_level}&apos; for now, talk it through with {name}, and step up again once {name} shows {builds} trust-building moments on {days} different days over at least {hold} days with no break.</source>
        <translation>{lead}: Erwäge, vorerst von „{from_level}“ auf „{to_level}“ zurückzugehen, sprich mit {name} darüber und geh wieder eine Stufe höher, sobald {name} an {days} verschiedenen Tagen {builds} vertrauensstärkende Momente zeigt, über mindestens {hold} Tage ohne Vertrauensbruch.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> in {dimensions}</source>
        <comment>one dimension</comment>
        <translation> im Bereich {dimensions}</translation>
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
        <translation> und </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> in {dimensions}</source>
        <comment>several dimensions</comment>
        <translation> in den Bereichen {dimensions}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> (the worst minor)</source>
        <translation> (alle leicht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (the worst moderate)</source>
        <translation> (höchstens mittel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (the worst serious)</source>
        <translation> (darunter ein schwerer)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{name} had a minor break{where} on {day}</source>
        <translation>{name} hatte am {day} einen leichten Vertrauensbruch{where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} had a moderate break{where} on {day}</source>
        <translation>{name} hatte am {day} einen mittleren Vertrauensbruch{where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} had a serious break{where} on {day}</source>
        <translation>{name} hatte am {day} einen schweren Vertrauensbruch{where}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} had a break{where} on {day}</source>
        <translation>{name} hatte am {day} einen Vertrauensbruch{where}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{lead} that no conversation has followed yet: {ask}.</source>
        <comment>one break</comment>
        <translation>{lead}, auf den noch kein Gespräch gefolgt ist: {ask}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} has had {count} breaks{where} since {day}</source>
        <translation>{name} hatte seit dem {day} {count} Vertrauensbrüche{where}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{lead} that no conversation has followed yet: {ask}.</source>
        <comment>several breaks</comment>
        <translation>{lead}, auf die noch kein Gespräch gefolgt ist: {ask}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a short question about how it felt will do</source>
        <translation>eine kurze Frage, wie es sich angefühlt hat, genügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take a few minutes to talk it through</source>
        <translation>nimm dir ein paar Minuten, um darüber zu sprechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold a full reflection conversation</source>
        <translation>führe ein ausführliches Reflexionsgespräch</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/setup/student_classroom_forms.py" line="+106"/>
        <source>Add a student</source>
        <translation>Schüler/in hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>New classroom</source>
        <translation>Neue Klasse</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/words/phrases.py" line="+87"/>
        <source>{names} and {count} more</source>
        <translation>{names} und {count} weitere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{names} and {last}</source>
        <translation>{names} und {last}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>‘{choice}’ ({dimension})</source>
        <translation>„{choice}“ ({dimension})</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Accepted the suggestion to go from ‘{from_level}’ to ‘{to_level}’ in {dimension}</source>
        <translation>Vorschlag angenommen: im Bereich {dimension} von „{from_level}“ auf „{to_level}“</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/words/refusals.py" line="+29"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class name</source>
        <translation>Name der Klasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category name</source>
        <translation>Name der Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level name</source>
        <translation>Name der Stufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dimension name</source>
        <translation>Name des Bereichs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Subject</source>
        <translation>Fach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School year</source>
        <translation>Schuljahr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the student’s words</source>
        <translation>In eigenen Worten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How it went</source>
        <translation>Wie es gelaufen ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student ID</source>
        <translation>Schul-ID</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/checkin/pin_dialog.py" line="+21"/>
        <location filename="../../autonomy/ui/checkin/screen.py" line="+78"/>
        <location filename="../../autonomy/ui/words/refusals.py" line="+0"/>
        <source>Teacher</source>
        <translation>Lehrkraft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The teacher&apos;s PIN:</source>
        <translation>PIN der Lehrkraft:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The teacher&apos;s PIN</source>
        <translation>PIN der Lehrkraft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the check-in</source>
        <translation>Check-in verlassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../autonomy/ui/checkin/screen.py" line="+8"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the check-in</source>
        <translation>Zurück zum Check-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../autonomy/ui/checkin/screen.py" line="+55"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Switch to {name}</source>
        <translation>Wechseln zu {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave the check-in, or switch it to another class?</source>
        <translation>Check-in verlassen oder zu einer anderen Klasse wechseln?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>That PIN is not right.</source>
        <translation>Diese PIN stimmt nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PIN could not be checked.</source>
        <translation>Die PIN konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/words/refusals.py" line="+0"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“{label}” cannot be undone: what it changed was changed again since. Nothing was changed, and it was taken off the undo list.</source>
        <translation>„{label}“ lässt sich nicht rückgängig machen: Was dabei geändert wurde, ist seitdem erneut geändert worden. Es wurde nichts geändert, und der Schritt wurde aus der Liste zum Rückgängigmachen genommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{label}” cannot be redone: what it changed was changed again since. Nothing was changed, and it was taken off the undo list.</source>
        <translation>„{label}“ lässt sich nicht wiederholen: Was dabei geändert wurde, ist seitdem erneut geändert worden. Es wurde nichts geändert, und der Schritt wurde aus der Liste zum Rückgängigmachen genommen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the student’s name first.</source>
        <translation>Bitte zuerst den Namen der Schülerin / des Schülers eintragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the class a name first.</source>
        <translation>Bitte zuerst einen Namen für die Klasse eintragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the category a name first.</source>
        <translation>Bitte zuerst einen Namen für die Kategorie eintragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the level a name first.</source>
        <translation>Bitte zuerst einen Namen für die Stufe eintragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the dimension a name first.</source>
        <translation>Bitte zuerst einen Namen für den Bereich eintragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or pick the choice first.</source>
        <translation>Bitte zuerst die Entscheidung eintragen oder auswählen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{field}” cannot be left empty.</source>
        <translation>„{field}“ darf nicht leer bleiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{field}” is {length} characters long; at most {limit} fit.</source>
        <translation>„{field}“ ist {length} Zeichen lang; höchstens {limit} passen hinein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{field}” contains control characters (such as a tab or a line break), which cannot be stored.</source>
        <translation>„{field}“ enthält Steuerzeichen (etwa einen Tabulator oder Zeilenumbruch), die sich nicht speichern lassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{field}” must be text.</source>
        <translation>„{field}“ muss Text sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day} is in the future: choose today or a day before.</source>
        <translation>{day} liegt in der Zukunft: Bitte heute oder einen früheren Tag wählen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day} is outside the dates Autonomy keeps.</source>
        <translation>{day} liegt außerhalb des Zeitraums, den Autonomy speichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is archived: restore them first to log for them.</source>
        <translation>{name} ist archiviert: Zum Erfassen bitte zuerst wiederherstellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You already have a class called “{name}”. Choose another name.</source>
        <translation>Du hast schon eine Klasse namens „{name}“. Bitte einen anderen Namen wählen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is already in this class.</source>
        <translation>{name} ist schon in dieser Klasse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A student with the ID {id} is already in this class.</source>
        <translation>Eine Schülerin / ein Schüler mit der ID {id} ist schon in dieser Klasse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a category called “{name}”.</source>
        <translation>Es gibt schon eine Kategorie namens „{name}“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a dimension called “{name}”.</source>
        <translation>Es gibt schon einen Bereich namens „{name}“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is already at that level.</source>
        <translation>{name} ist schon auf dieser Stufe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is nothing to undo.</source>
        <translation>Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is nothing to redo.</source>
        <translation>Es gibt nichts zu wiederholen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list of changes changed in another window; nothing was changed. Try again.</source>
        <translation>Die Liste der Änderungen hat sich in einem anderen Fenster geändert; es wurde nichts geändert. Bitte noch einmal versuchen.</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/checkin/card.py" line="+39"/>
        <source>You could be ready: ask your teacher about it.</source>
        <translation>Vielleicht bist du so weit: Frag deine Lehrerin oder deinen Lehrer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 more day like today</source>
        <translation>noch 1 Tag wie heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} more days like today</source>
        <translation>noch {n} Tage wie heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least 1 more day at this step</source>
        <translation>mindestens noch 1 Tag auf dieser Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least {n} more days at this step</source>
        <translation>mindestens noch {n} Tage auf dieser Stufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 more day with no slip</source>
        <translation>noch 1 Tag ohne Ausrutscher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} more days with no slip</source>
        <translation>noch {n} Tage ohne Ausrutscher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a talk with your teacher about what you agreed</source>
        <translation>ein Gespräch mit deiner Lehrkraft über eure Vereinbarung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it takes: {parts}.</source>
        <translation>Was es dafür braucht: {parts}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Today: {sentence}</source>
        <translation>Heute: {sentence}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I choose today:</source>
        <translation>Heute wähle ich:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose {choice} for {dimension}</source>
        <translation>{choice} wählen für {dimension}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Or in my own words…</source>
        <translation>Oder in eigenen Worten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My own choice for {dimension}</source>
        <translation>Meine eigene Wahl für {dimension}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Next step: {sentence}</source>
        <translation>Nächster Schritt: {sentence}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(then: {picks})</source>
        <translation>(dann: {picks})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next step for {dimension}</source>
        <translation>Nächster Schritt für {dimension}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How much freedom do I feel ready for? (if I want)</source>
        <translation>Für wie viel Freiheit fühle ich mich bereit? (wenn ich will)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I feel ready for step {n}: {level}</source>
        <translation>Ich fühle mich bereit für Stufe {n}: {level}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1 = {lowest} · {n} = {highest}</source>
        <translation>1 = {lowest} · {n} = {highest}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why? (a sentence, if I want)</source>
        <translation>Warum? (ein Satz, wenn ich will)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why, for {dimension}</source>
        <translation>Warum, für {dimension}</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/checkin/screen.py" line="-65"/>
        <location filename="../../autonomy/ui/checkin/window.py" line="+30"/>
        <location line="+1"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Teacher: leave the check-in (needs the PIN)</source>
        <translation>Lehrkraft: Check-in verlassen (braucht die PIN)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Who are you? Tap your name, or type it.</source>
        <translation>Wer bist du? Tippe auf deinen Namen oder schreib ihn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your name…</source>
        <translation>Schreib deinen Namen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Your personal code</source>
        <translation>Dein persönlicher Code</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back to the names</source>
        <translation>Zurück zu den Namen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not me: back to the names</source>
        <translation>Nicht ich: zurück zu den Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save and finish</source>
        <translation>Speichern und fertig</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Check-in: {name}</source>
        <translation>Check-in: {name}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>I am {name}</source>
        <translation>Ich bin {name}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Hello, {name}! Type your personal code.</source>
        <translation>Hallo, {name}! Gib deinen persönlichen Code ein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>That code is not right. Try again, or ask your teacher.</source>
        <translation>Dieser Code stimmt nicht. Versuch es noch einmal oder frag deine Lehrkraft.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hello, {name}! Here are your freedoms today.</source>
        <translation>Hallo, {name}! Das sind heute deine Freiheiten.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved. Thank you, {name}!</source>
        <translation>Gespeichert. Danke, {name}!</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Something went wrong. Please ask your teacher.</source>
        <translation>Etwas ist schiefgegangen. Bitte frag deine Lehrkraft.</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/coach/voice.py" line="+24"/>
        <source>{name}: {own} of {choices} daily choices made by the students themselves at the check-in.</source>
        <translation>{name}: {own} von {choices} täglichen Entscheidungen haben die Schüler/innen beim Check-in selbst getroffen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No self-ratings in this period.</source>
        <translation>Keine Selbsteinschätzungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week of {day}: {n} self-rating(s), on average {own:.1f} by the students · {teacher:.1f} by the teacher&apos;s levels</source>
        <translation>Woche vom {day}: {n} Selbsteinschätzung(en), im Mittel {own:.1f} von den Schüler/innen · {teacher:.1f} nach den Stufen der Lehrkraft</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{day} {dimension}: own {own} · teacher {teacher}</source>
        <translation>{day} {dimension}: selbst {own} · Lehrkraft {teacher}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-ratings: </source>
        <translation>Selbsteinschätzungen: </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Self-ratings (the students&apos; · the teacher&apos;s levels): {a:.1f} · {b:.1f} in the week of {first} → {c:.1f} · {d:.1f} in the week of {last}</source>
        <translation>Selbsteinschätzungen (Schüler/innen · Stufen der Lehrkraft): {a:.1f} · {b:.1f} in der Woche vom {first} → {c:.1f} · {d:.1f} in der Woche vom {last}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../autonomy/ui/app/about_dialog.py" line="+78"/>
        <source>About Autonomy</source>
        <translation>Über Autonomy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Autonomy icon</source>
        <translation>Autonomy-Symbol</translation>
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
        <translation>Gib Schüler/innen Schritt für Schritt Freiheit – und hilf ihnen, sie nach einem Ausrutscher zurückzugewinnen.
Lokal: Deine Klassen bleiben in einer privaten Datei auf diesem Computer; nichts wird irgendwohin geschickt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Autonomy is free software under the MIT licence. It ships with these parts, each under its own licence; the LGPL parts (Qt, PySide6) are used as separate libraries and can be replaced with your own builds.</source>
        <translation>Autonomy ist freie Software unter der MIT-Lizenz. Mitgeliefert werden diese Bestandteile, jeder unter seiner eigenen Lizenz; die LGPL-Teile (Qt, PySide6) werden als eigenständige Bibliotheken genutzt und können durch eigene Builds ersetzt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bundled parts and their licences</source>
        <translation>Mitgelieferte Bestandteile und ihre Lizenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part</source>
        <translation>Bestandteil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
</context>
<context>
    <name>Builtin</name>
    <message>
        <location filename="../../autonomy/ui/words/builtin.py" line="+37"/>
        <source>Workspace</source>
        <translation>Arbeitsort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where does the student work?</source>
        <translation>Wo arbeitet die Schülerin oder der Schüler?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned seat</source>
        <translation>Fester Platz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works at the seat the teacher gives them.</source>
        <translation>Arbeitet an dem Platz, den die Lehrkraft zuweist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spots in the room</source>
        <translation>Plätze im Raum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picks from a few places in the room the teacher has named.</source>
        <translation>Wählt unter einigen Plätzen im Raum, die die Lehrkraft genannt hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Just outside, in sight</source>
        <translation>Vor der Tür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May work just outside the door where the teacher can still see them.</source>
        <translation>Darf direkt vor der Tür arbeiten, wo die Lehrkraft sie oder ihn noch sehen kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Along the hallway</source>
        <translation>Auf dem Flur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May work anywhere along the hallway, checking in at agreed times.</source>
        <translation>Darf überall auf dem Flur arbeiten und meldet sich zu vereinbarten Zeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anywhere agreed</source>
        <translation>Im ganzen Haus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Works anywhere in the building agreed for learning and keeps track of it.</source>
        <translation>Arbeitet überall im Gebäude, wo Lernen vereinbart ist, und behält das selbst im Blick.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pacing</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who sets the pace?</source>
        <translation>Wer bestimmt das Tempo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teacher&apos;s pace</source>
        <translation>Klassentempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moves with the whole class on the teacher&apos;s timetable.</source>
        <translation>Arbeitet mit der ganzen Klasse nach dem Zeitplan der Lehrkraft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flexible within the lesson</source>
        <translation>Frei in der Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chooses the order of tasks within one lesson.</source>
        <translation>Wählt die Reihenfolge der Aufgaben innerhalb einer Stunde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly plan together</source>
        <translation>Plan mit Lehrkraft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans the week&apos;s work with the teacher and follows that plan.</source>
        <translation>Plant die Arbeit der Woche mit der Lehrkraft und hält sich an diesen Plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own deadlines in a unit</source>
        <translation>Eigene Fristen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets their own deadlines inside a unit and meets them.</source>
        <translation>Setzt sich innerhalb einer Einheit eigene Fristen und hält sie ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-paced and self-checked</source>
        <translation>Selbst gesteuert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paces a whole unit alone and checks progress against their plan.</source>
        <translation>Teilt sich eine ganze Einheit selbst ein und prüft den Fortschritt am eigenen Plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice of work</source>
        <translation>Wahl der Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who chooses what the student works on?</source>
        <translation>Wer wählt, woran die Schülerin oder der Schüler arbeitet?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned task</source>
        <translation>Feste Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does the task the teacher assigns.</source>
        <translation>Bearbeitet die Aufgabe, die die Lehrkraft stellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice among set tasks</source>
        <translation>Wahl unter Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picks from a short list of tasks the teacher prepared.</source>
        <translation>Wählt aus einer kurzen Liste von Aufgaben, die die Lehrkraft vorbereitet hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task shaped together</source>
        <translation>Gemeinsam geformt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adapts a task with the teacher so it fits an interest.</source>
        <translation>Passt eine Aufgabe gemeinsam mit der Lehrkraft an ein eigenes Interesse an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposes own task</source>
        <translation>Eigener Vorschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposes a task of their own that the teacher approves.</source>
        <translation>Schlägt eine eigene Aufgabe vor, die die Lehrkraft freigibt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designs own learning</source>
        <translation>Eigenes Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designs their own project and judges whether it meets the goals.</source>
        <translation>Entwirft ein eigenes Projekt und beurteilt, ob es die Ziele erreicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing learning</source>
        <translation>Lernen zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How does the student show what they learned?</source>
        <translation>Wie zeigt die Schülerin oder der Schüler, was gelernt wurde?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set format</source>
        <translation>Vorgegebene Form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows learning the way the teacher sets (a test, a worksheet).</source>
        <translation>Zeigt das Gelernte so, wie die Lehrkraft es vorgibt (ein Test, ein Arbeitsblatt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice of formats</source>
        <translation>Wahl der Form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picks a format from options the teacher offers.</source>
        <translation>Wählt eine Form aus den Möglichkeiten, die die Lehrkraft anbietet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format agreed together</source>
        <translation>Vereinbarte Form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agrees a format with the teacher, with criteria set together.</source>
        <translation>Vereinbart mit der Lehrkraft eine Form und legt die Kriterien gemeinsam fest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposes own evidence</source>
        <translation>Eigener Nachweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposes how to show learning and what good looks like.</source>
        <translation>Schlägt vor, wie das Gelernte gezeigt wird und woran man gute Arbeit erkennt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-assessed evidence</source>
        <translation>Selbst bewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chooses the evidence, assesses it against the goals, and explains why.</source>
        <translation>Wählt den Nachweis, bewertet ihn an den Zielen und begründet die Einschätzung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I work at the seat my teacher gives me.</source>
        <translation>Ich arbeite an dem Platz, den meine Lehrkraft mir gibt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I choose one of the spots in the room my teacher has named.</source>
        <translation>Ich wähle einen der Plätze im Raum, die meine Lehrkraft genannt hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I can work just outside the door, where my teacher can still see me.</source>
        <translation>Ich darf direkt vor der Tür arbeiten, wo meine Lehrkraft mich noch sieht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I can work anywhere along the hallway, and I check in at the agreed times.</source>
        <translation>Ich darf überall im Flur arbeiten und melde mich zu den vereinbarten Zeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I choose where in the building I work, and I keep track of it.</source>
        <translation>Ich wähle, wo im Haus ich arbeite, und halte es fest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I work at the class&apos;s pace, on my teacher&apos;s timetable.</source>
        <translation>Ich arbeite im Tempo der Klasse, nach dem Plan meiner Lehrkraft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I choose the order of my tasks in the lesson.</source>
        <translation>Ich wähle die Reihenfolge meiner Aufgaben in der Stunde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I plan my week with my teacher and follow the plan.</source>
        <translation>Ich plane meine Woche mit meiner Lehrkraft und halte mich an den Plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I set my own deadlines in this unit and keep them.</source>
        <translation>Ich setze mir in dieser Einheit eigene Fristen und halte sie ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I pace the whole unit myself and check my progress against my plan.</source>
        <translation>Ich bestimme das Tempo der ganzen Einheit selbst und prüfe meinen Fortschritt an meinem Plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I do the task my teacher gives me.</source>
        <translation>Ich mache die Aufgabe, die meine Lehrkraft mir gibt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I pick a task from my teacher&apos;s short list.</source>
        <translation>Ich wähle eine Aufgabe aus der kurzen Liste meiner Lehrkraft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I shape a task with my teacher so it fits what I am curious about.</source>
        <translation>Ich gestalte mit meiner Lehrkraft eine Aufgabe so, dass sie zu dem passt, was mich interessiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I suggest a task of my own, and my teacher says yes or helps me change it.</source>
        <translation>Ich schlage eine eigene Aufgabe vor, und meine Lehrkraft sagt ja oder hilft mir, sie zu ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I design my own project and judge whether it meets the goals.</source>
        <translation>Ich entwerfe mein eigenes Projekt und beurteile, ob es die Ziele erreicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I show what I learned the way my teacher sets.</source>
        <translation>Ich zeige, was ich gelernt habe, so wie meine Lehrkraft es festlegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I pick how I show what I learned from my teacher&apos;s options.</source>
        <translation>Ich wähle aus den Angeboten meiner Lehrkraft, wie ich zeige, was ich gelernt habe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My teacher and I agree how I show what I learned, and what good looks like.</source>
        <translation>Meine Lehrkraft und ich vereinbaren, wie ich zeige, was ich gelernt habe, und was gut bedeutet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I suggest how I show what I learned and what good work looks like.</source>
        <translation>Ich schlage vor, wie ich zeige, was ich gelernt habe, und woran man gute Arbeit erkennt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I choose my evidence, check it against the goals, and explain why.</source>
        <translation>Ich wähle meine Belege, prüfe sie an den Zielen und erkläre, warum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finished what they chose</source>
        <translation>Hat das Gewählte beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stayed on task away from the teacher</source>
        <translation>Ist ohne Lehrkraft bei der Sache geblieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helped a classmate</source>
        <translation>Hat jemandem aus der Klasse geholfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked for help at the right time</source>
        <translation>Hat im richtigen Moment um Hilfe gebeten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept to their plan or deadline</source>
        <translation>Hat Plan oder Frist eingehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judged their own work honestly</source>
        <translation>Hat die eigene Arbeit ehrlich eingeschätzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Came back at the agreed time</source>
        <translation>Ist zur vereinbarten Zeit zurückgekommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left the agreed area</source>
        <translation>Hat den vereinbarten Bereich verlassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did not finish what they chose</source>
        <translation>Hat das Gewählte nicht beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distracted others</source>
        <translation>Hat andere abgelenkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off task when out of sight</source>
        <translation>Außer Sichtweite nicht bei der Sache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed an agreed check-in</source>
        <translation>Hat eine vereinbarte Rückmeldung verpasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Misused materials or devices</source>
        <translation>Hat Material oder Geräte unsachgemäß benutzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something worth noting</source>
        <translation>Etwas Bemerkenswertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tried a new freedom for the first time</source>
        <translation>Hat eine neue Freiheit zum ersten Mal ausprobiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Struggled and kept going</source>
        <translation>Hatte es schwer und ist drangeblieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Persisting</source>
        <translation>Dranbleiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Managing impulsivity</source>
        <translation>Impulse steuern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listening with understanding and empathy</source>
        <translation>Mit Verständnis und Einfühlung zuhören</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thinking flexibly</source>
        <translation>Flexibel denken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thinking about thinking</source>
        <translation>Über das eigene Denken nachdenken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Striving for accuracy</source>
        <translation>Nach Genauigkeit streben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questioning and posing problems</source>
        <translation>Fragen stellen und Probleme aufwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applying past knowledge to new situations</source>
        <translation>Früheres Wissen auf Neues anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thinking and communicating with clarity and precision</source>
        <translation>Klar und genau denken und sich ausdrücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gathering data through all senses</source>
        <translation>Mit allen Sinnen wahrnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating, imagining, innovating</source>
        <translation>Erschaffen, sich etwas vorstellen, Neues wagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responding with wonderment and awe</source>
        <translation>Staunen und sich begeistern lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking responsible risks</source>
        <translation>Verantwortungsvoll etwas wagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding humour</source>
        <translation>Humor finden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thinking interdependently</source>
        <translation>Gemeinsam denken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining open to continuous learning</source>
        <translation>Offen bleiben für lebenslanges Lernen</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../autonomy/ui/setup/vocabulary_dialogs.py" line="+211"/>
        <source>Event catalogue</source>
        <translation>Ereigniskatalog</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event categories</source>
        <translation>Ereigniskategorien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of the new category</source>
        <translation>Art der neuen Kategorie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of the new category</source>
        <translation>Name der neuen Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New category name</source>
        <translation>Name der neuen Kategorie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive / &amp;restore</source>
        <translation>Archivieren / &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;category:</source>
        <translation>Neue &amp;Kategorie:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Trust built</source>
        <translation>Vertrauen gestärkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trust broken</source>
        <translation>Vertrauen verletzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rename category</source>
        <translation>Kategorie umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
</context>
<context>
    <name>ChoicesDialog</name>
    <message>
        <location filename="../../autonomy/ui/roster/choices_dialog.py" line="+45"/>
        <source>Today&apos;s choices: {name}</source>
        <translation>Heutige Entscheidungen: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What did {name} choose today? Pick from the ladder or recent choices, or type. Leave a line empty to skip it.</source>
        <translation>Was hat {name} heute gewählt? Aus der Stufenleiter oder den letzten Entscheidungen wählen oder eintippen. Eine leere Zeile wird übersprungen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Now {rank} · {name}</source>
        <translation>Jetzt {rank} · {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choice for {dimension}</source>
        <translation>Entscheidung für {dimension}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Already recorded: {choice}</source>
        <translation>Schon erfasst: {choice}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded yet</source>
        <translation>Noch nicht erfasst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beyond level warning for {dimension}</source>
        <translation>Hinweis „über der Stufe“ für {dimension}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>⚠ beyond current level</source>
        <translation>⚠ über der aktuellen Stufe</translation>
    </message>
</context>
<context>
    <name>Coach</name>
    <message>
        <location filename="../../autonomy/ui/coach/style.py" line="-76"/>
        <source>Trust built</source>
        <translation>Vertrauen gestärkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trust broken</source>
        <translation>Vertrauen verletzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choice</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflection conversation</source>
        <translation>Reflexionsgespräch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level change</source>
        <translation>Stufenwechsel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step up</source>
        <translation>Stufe höher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step back</source>
        <translation>Stufe zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflect</source>
        <translation>Reflektieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check in</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Class step</source>
        <translation>Klassenschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All suggestions</source>
        <translation>Alle Vorschläge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decided by the teacher</source>
        <translation>von der Lehrkraft entschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from a suggestion</source>
        <translation>auf einen Vorschlag hin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after a reflection</source>
        <translation>nach einem Reflexionsgespräch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minor</source>
        <translation>leicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>serious</source>
        <translation>schwer</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <location filename="../../autonomy/ui/app/connection.py" line="+37"/>
        <source>Waiting</source>
        <translation>Warten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Waiting for the server…</source>
        <translation>Warten auf den Server…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the database…</source>
        <translation>Warten auf die Datenbank…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to the server is lost; Autonomy keeps trying to reconnect.</source>
        <translation>Die Verbindung zum Server ist abgerissen; Autonomy versucht weiter, sich neu zu verbinden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected to the server again.</source>
        <translation>Wieder mit dem Server verbunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reconnected to the server.</source>
        <translation>Neu mit dem Server verbunden.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../autonomy/ui/suggestions/decision_dialogs.py" line="+51"/>
        <source>Snooze suggestion</source>
        <translation>Vorschlag vertagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dismiss suggestion</source>
        <translation>Vorschlag verwerfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bring it back on</source>
        <translation>Wieder zeigen am</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Bring it back on:</source>
        <translation>&amp;Wieder zeigen am:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why, if you like: your coach sees it beside the decision</source>
        <translation>Warum, wenn du magst: Dein Coach sieht es neben der Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Vertagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dismiss</source>
        <translation>Ver&amp;werfen</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../autonomy/ui/student/panel.py" line="+58"/>
        <source>Select a student to see their levels and history.</source>
        <translation>Wähle eine/n Schüler/in, um Stufen und Verlauf zu sehen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Student name</source>
        <translation>Name der Schülerin / des Schülers</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change level</source>
        <translation>Stufe ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record today&apos;s choices</source>
        <translation>Heutige Entscheidungen erfassen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The student&apos;s history</source>
        <translation>Verlauf der Person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trust built</source>
        <translation>Vertrauen gestärkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trust broken</source>
        <translation>Vertrauen verletzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choices</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete event</source>
        <translation>Ereignis &amp;löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected events (undo brings them back)</source>
        <translation>Die ausgewählten Ereignisse löschen (Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <location line="+2"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events and choices</source>
        <translation>Ereignisse und Entscheidungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dimension</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level history</source>
        <translation>Stufenverlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their words</source>
        <translation>Eigene Worte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Nachgespräch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflections</source>
        <translation>Reflexionsgespräche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reflections</source>
        <translation>Re&amp;flexionen</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>{name} (archived)</source>
        <translation>{name} (archiviert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>school id {id}</source>
        <translation>Schul-ID {id}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Archived: nothing new can be recorded. Students, Archive or restore student (Ctrl+Shift+A) brings them back.</source>
        <translation>Archiviert: Neues kann nicht erfasst werden. Schüler/innen › Schüler/in archivieren oder wiederherstellen (Strg+Umschalt+A) holt sie/ihn zurück.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>, up from {n}</source>
        <translation>, gestiegen von {n}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, down from {n}</source>
        <translation>, gesunken von {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, as before</source>
        <translation>, wie zuvor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their own view ({when}): {rank} · {name}{trend}{words}</source>
        <translation>Eigene Sicht ({when}): {rank} · {name}{trend}{words}</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Built: {c}</source>
        <translation>Gestärkt: {c}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Broke: {c}</source>
        <translation>Verletzt: {c}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noted: {c}</source>
        <translation>Notiert: {c}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · beyond their level</source>
        <translation> · über der eigenen Stufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chose: {c} — {dimension}{beyond}</source>
        <translation>Gewählt: {c} — {dimension}{beyond}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>minor</source>
        <translation>leicht</translation>
    </message>
    <message>
        <location line="-312"/>
        <source>Chan&amp;ge level…</source>
        <translation>S&amp;tufe ändern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ch&amp;oices…</source>
        <translation>Entscheid&amp;ungen…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sho&amp;w:</source>
        <translation>Anzei&amp;gen:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Eve&amp;nts and choices</source>
        <translation>Ereig&amp;nisse und Entscheidungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level histor&amp;y</source>
        <translation>Stufen&amp;verlauf</translation>
    </message>
    <message>
        <location line="+258"/>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>serious</source>
        <translation>schwer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · chosen at the check-in</source>
        <translation> · beim Check-in selbst gewählt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source> (done: {outcome})</source>
        <translation> (erledigt: {outcome})</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../autonomy/ui/setup/student_classroom_forms.py" line="-77"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../autonomy/ui/app/guide_dialog.py" line="+16"/>
        <source>Guide: handing over freedom step by step</source>
        <translation>Leitfaden: Freiheit Schritt für Schritt übergeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guide text</source>
        <translation>Text des Leitfadens</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Freedom is handed over, not switched on</source>
        <translation>Freiheit wird übergeben, nicht eingeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every student starts where the teacher decides and moves, one small step at a time, towards deciding and checking for themselves. First you show how, then you do it together, then they do it with a partner, then alone.</source>
        <translation>Alle beginnen dort, wo die Lehrkraft entscheidet, und gehen in kleinen Schritten darauf zu, selbst zu entscheiden und sich selbst zu prüfen. Erst zeigst du, wie es geht, dann macht ihr es gemeinsam, dann mit einem Partner, dann allein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Autonomy tracks four kinds of freedom separately: where a student works, their pace, what they work on and how they show their learning. A student can be trusted to work in the hallway long before they choose their own project, and that is fine.</source>
        <translation>Autonomy verfolgt vier Arten von Freiheit getrennt: wo jemand arbeitet, in welchem Tempo, woran und wie das Gelernte gezeigt wird. Wer schon lange allein auf dem Flur arbeiten darf, wählt vielleicht noch kein eigenes Projekt – und das ist in Ordnung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Levels</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each kind of freedom has a ladder of levels. Level 0 is teacher-directed; each level above it hands over a little more: a choice among options you set, then something planned together, then the student&apos;s own decision that they keep an eye on themselves. You can rename the levels and add your own ladder under Setup.</source>
        <translation>Jede Art von Freiheit hat eine Stufenleiter. Auf Stufe 0 lenkt die Lehrkraft; jede Stufe darüber gibt etwas mehr ab: eine Wahl unter Möglichkeiten, die du vorgibst, dann gemeinsam Geplantes, dann die eigene Entscheidung, die die Schülerin oder der Schüler selbst im Blick behält. Unter Einrichtung kannst du die Stufen umbenennen und eigene Stufenleitern anlegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A level always shows its number and its name, never only a colour. A level changes only when you change it; the app keeps every change with its reason.</source>
        <translation>Eine Stufe zeigt immer ihre Nummer und ihren Namen, nie nur eine Farbe. Eine Stufe ändert sich nur, wenn du sie änderst; die App bewahrt jede Änderung mit ihrer Begründung auf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust, built and broken</source>
        <translation>Vertrauen – gestärkt und verletzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freedom rests on trust, and trust grows from what students do with the freedom they have. Mark the moments that build it (finished what they chose, stayed on task away from you, helped a classmate) and the ones that break it (left the agreed area, did not finish). A quick observation can be noted too.</source>
        <translation>Freiheit beruht auf Vertrauen, und Vertrauen wächst aus dem, was Schüler/innen mit ihrer Freiheit machen. Halte die Momente fest, die es stärken (hat das Gewählte beendet, ist auch ohne dich bei der Sache geblieben, hat jemandem geholfen), und die, die es verletzen (hat den vereinbarten Bereich verlassen, ist nicht fertig geworden). Auch eine kurze Beobachtung lässt sich notieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A slip is part of learning, not a verdict. What matters is the conversation after it and the way back.</source>
        <translation>Ein Ausrutscher gehört zum Lernen und ist kein Urteil. Wichtig sind das Gespräch danach und der Weg zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app reads what you logged and suggests a next small step. It is careful on purpose, and it always shows the evidence behind a suggestion so you can say it out loud to the student. You decide: accept, dismiss with a reason, or snooze.</source>
        <translation>Die App liest, was du erfasst hast, und schlägt einen nächsten kleinen Schritt vor. Sie ist mit Absicht vorsichtig und zeigt immer die Belege hinter einem Vorschlag, sodass du sie der Schülerin oder dem Schüler vorlesen kannst. Du entscheidest: annehmen, mit Begründung verwerfen oder vertagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step up: after a week at a level, at least four trust-building moments on three different days, and no break in that area for ten days. Never more than one level at a time.</source>
        <translation>Stufe höher: nach einer Woche auf einer Stufe, mindestens vier vertrauensstärkenden Momenten an drei verschiedenen Tagen und zehn Tagen ohne Vertrauensbruch in diesem Bereich. Nie mehr als eine Stufe auf einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reflect: after a trust-breaking moment that no conversation has followed yet. A minor slip gets one short question; a serious one a full conversation.</source>
        <translation>Reflektieren: nach einem Vertrauensbruch, auf den noch kein Gespräch gefolgt ist. Ein leichter Ausrutscher bekommt eine kurze Frage, ein schwerer ein ganzes Gespräch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step back: one level, in that area only, after three breaks within ten days or one serious break. It always comes with a conversation and a clear way back up.</source>
        <translation>Stufe zurück: eine Stufe, nur in diesem Bereich, nach drei Vertrauensbrüchen innerhalb von zehn Tagen oder einem schweren. Immer zusammen mit einem Gespräch und einem klaren Weg zurück nach oben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check in: when nothing has been noted about a student for ten days, so no one goes unseen. Follow up: when the date agreed in a conversation has come. Class step: when most of the class has reached a level, it may be the new starting point for all.</source>
        <translation>Nachfragen: wenn zehn Tage lang nichts über jemanden notiert wurde – damit niemand übersehen wird. Nachfassen: wenn der in einem Gespräch vereinbarte Termin gekommen ist. Klassenschritt: wenn der Großteil der Klasse eine Stufe erreicht hat, kann sie der neue Ausgangspunkt für alle werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every number here can be changed under Edit, Preferences. A dismissed or snoozed suggestion stays away until there is new evidence or the snooze ends.</source>
        <translation>Jede dieser Zahlen lässt sich unter Bearbeiten, Einstellungen ändern. Ein verworfener oder vertagter Vorschlag bleibt weg, bis es neue Belege gibt oder die Vertagung endet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reflection conversation asks what happened, what the student was thinking, who was affected, what would put it right and what they will do next time. Write down the student&apos;s own words and what you agreed, and set a date to look at it again.</source>
        <translation>Ein Reflexionsgespräch fragt, was passiert ist, was in dem Moment gedacht wurde, wer betroffen war, was es wieder gutmachen würde und was nächstes Mal anders läuft. Halte die eigenen Worte der Schülerin oder des Schülers fest und was ihr vereinbart habt, und lege einen Termin fest, um wieder darauf zu schauen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Students can rate themselves too. Their rating is shown beside yours and never mixed into it: the difference is often the best start for the next conversation.</source>
        <translation>Schüler/innen können sich auch selbst einschätzen. Ihre Einschätzung steht neben deiner und wird nie mit ihr verrechnet: Der Unterschied ist oft der beste Einstieg ins nächste Gespräch.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../autonomy/ui/roster/import_dialog.py" line="+63"/>
        <source>Import a roster into {name}</source>
        <translation>Klassenliste in {name} importieren</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guardian</source>
        <translation>Erziehungsberechtigte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account disabled</source>
        <translation>Konto deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no student role in roles.csv</source>
        <translation>keine Schülerrolle in roles.csv</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a CSV file exported from a spreadsheet or the school system, or a folder or .zip exported by OneRoster, School Data Sync or Clever.</source>
        <translation>Wähle eine CSV-Datei aus einer Tabellenkalkulation oder der Schulverwaltung, oder einen Ordner bzw. eine .zip-Datei, die OneRoster, School Data Sync oder Clever exportiert hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose &amp;folder…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Detected format</source>
        <translation>Erkanntes Format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Classes in the export</source>
        <translation>Klassen im Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lass in the export:</source>
        <translation>&amp;Klasse im Export:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import preview</source>
        <translation>Importvorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>School id</source>
        <translation>Schul-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will happen</source>
        <translation>Was geschehen wird</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import summary</source>
        <translation>Importübersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip the rows with problems and import the others</source>
        <translation>Zeilen mit Problemen &amp;überspringen und die übrigen importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a roster file</source>
        <translation>Klassenliste wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roster files (*.csv *.txt *.zip);;All files (*)</source>
        <translation>Klassenlisten (*.csv *.txt *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the folder of a roster export</source>
        <translation>Ordner eines Klassenlisten-Exports wählen</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Left out, not current students: {counts}.</source>
        <translation>Ausgelassen, weil keine aktuellen Schüler/innen: {counts}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} already in the class.</source>
        <translation>{count} schon in der Klasse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} in the class but no longer in the file; they are kept (archive them yourself if they have left).</source>
        <translation>{count} in der Klasse, aber nicht mehr in der Datei; sie bleiben (archiviere sie selbst, wenn sie gegangen sind).</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+57"/>
        <source>{file} cannot be read: {why}.</source>
        <translation>{file} kann nicht gelesen werden: {why}.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>it does not exist</source>
        <translation>sie existiert nicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+52"/>
        <source>{file} was refused: {why}.</source>
        <translation>{file} wurde abgelehnt: {why}.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>{title} — {count} student(s) (id {id})</source>
        <translation>{title} — {count} Schüler/innen (ID {id})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This export holds the whole school&apos;s {count} classes: choose the one to import.</source>
        <translation>Dieser Export enthält alle {count} Klassen der Schule: Wähle die, die du importieren willst.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a .zip</source>
        <translation>eine .zip-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format: {format}, in a {bundle} bundle ({kind}).</source>
        <translation>Format: {format}, in einem {bundle}-Paket ({kind}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format: {format}.</source>
        <translation>Format: {format}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keiner Spalte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name from {name}; preferred name from {preferred}; school id from {id}.</source>
        <translation>Name aus {name}; Rufname aus {preferred}; Schul-ID aus {id}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+88"/>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>= already in {name}</source>
        <translation>= schon in {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ will be added</source>
        <translation>✓ wird hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(legal name {name} kept in the note)</source>
        <translation>(amtlicher Name {name} in der Notiz festgehalten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>– left out: {why}</source>
        <translation>– ausgelassen: {why}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>! no longer in the file (kept in the class)</source>
        <translation>! nicht mehr in der Datei (bleibt in der Klasse)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{good} student(s) can be added; {bad} row(s) have problems. Nothing is saved until you import.</source>
        <translation>{good} Schüler/innen können hinzugefügt werden; {bad} Zeile(n) haben Probleme. Gespeichert wird erst beim Importieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{good} student(s) will be added.</source>
        <translation>{good} Schüler/innen werden hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>LadderDialog</name>
    <message>
        <location filename="../../autonomy/ui/setup/vocabulary_dialogs.py" line="-248"/>
        <source>Ladders</source>
        <translation>Stufenleitern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dimension</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Levels</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level name</source>
        <translation>Name der Stufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it means</source>
        <translation>Was sie bedeutet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the student reads</source>
        <translation>Was die Schüler/innen lesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quick picks (a; b)</source>
        <translation>Schnellauswahl (a; b)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add a dimension…</source>
        <translation>&amp;Bereich hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dimension:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Level 0 is where the teacher decides; each level up hands over more.</source>
        <translation>Auf Stufe 0 entscheidet die Lehrkraft; jede Stufe darüber gibt mehr ab.</translation>
    </message>
    <message>
        <location line="+103"/>
        <location line="+4"/>
        <source>Add a dimension</source>
        <translation>Bereich hinzufügen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Name (e.g. Who they work with):</source>
        <translation>Name (z. B. Mit wem sie arbeiten):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its levels, lowest first, one per line (name: what it means):</source>
        <translation>Seine Stufen, die niedrigste zuerst, eine pro Zeile (Name: was sie bedeutet):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned partner: Works with the partner the teacher gives them.
Choice of partners: Picks from partners the teacher suggests.
Own choice: Chooses who to work with and checks it helps.</source>
        <translation>Zugeteilter Partner: Arbeitet mit dem Partner, den die Lehrkraft zuteilt.
Auswahl an Partnern: Wählt unter Partnern, die die Lehrkraft vorschlägt.
Eigene Wahl: Wählt selbst, mit wem, und prüft, ob es hilft.</translation>
    </message>
</context>
<context>
    <name>LevelDialog</name>
    <message>
        <location filename="../../autonomy/ui/student/level_dialog.py" line="+31"/>
        <source>Change level: {name}</source>
        <translation>Stufe ändern: {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dimension</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New level</source>
        <translation>Neue Stufe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why? (kept in the level history)</source>
        <translation>Warum? (wird im Stufenverlauf festgehalten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dimension:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now:</source>
        <translation>Jetzt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New level:</source>
        <translation>&amp;Neue Stufe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change level</source>
        <translation>Stufe ä&amp;ndern</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../../autonomy/ui/roster/log_dialog.py" line="+173"/>
        <source>Press a number to pick, then Enter to log.</source>
        <translation>Eine Zahl wählt aus, Enter erfasst.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dimension</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any dimension</source>
        <translation>Beliebiger Bereich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dimension:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minor</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serious</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Schwere:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Habit of Mind</source>
        <translation>Denkgewohnheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Habit of Mind:</source>
        <translation>&amp;Denkgewohnheit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another day or time…</source>
        <translation>Ein anderer Tag oder eine andere Zeit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day and time</source>
        <translation>Tag und Uhrzeit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Log</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trust built</source>
        <translation>Vertrauen gestärkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust broken</source>
        <translation>Vertrauen verletzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{names} and {n} more</source>
        <translation>{names} und {n} weitere</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press a number to pick the category, then a number for its severity.</source>
        <translation>Eine Zahl wählt die Kategorie, eine zweite Zahl den Schweregrad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity: 1 minor, 2 moderate, 3 serious (logs at once), or Enter to log as {severity}.</source>
        <translation>Schweregrad: 1 leicht, 2 mittel, 3 schwer (erfasst sofort), oder Enter erfasst als {severity}.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The note is {n:,} characters long; the limit is {limit:,}. Shorten it, then log again.</source>
        <translation>Die Notiz ist {n:,} Zeichen lang; erlaubt sind {limit:,}. Kürzen Sie sie und erfassen Sie erneut.</translation>
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
        <translation>Deine Klassen werden geöffnet…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Students</source>
        <translation>&amp;Schüler/innen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;tup</source>
        <translation>Ein&amp;richtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select students, then a number logs what the strip above the roster names; B, X, O and C open the rest. F1 lists the keys.</source>
        <translation>Schüler/innen auswählen, dann erfasst eine Zahl, was die Leiste über der Liste nennt; B, X, O und C öffnen den Rest. F1 zeigt die Tasten.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Log “{name}”</source>
        <translation>„{name}“ erfassen</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>{name} — Autonomy</source>
        <translation>{name} — Autonomy</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select a student first.</source>
        <translation>Bitte zuerst eine/n Schüler/in auswählen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Archive classroom</source>
        <translation>Klasse archivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive {name}? Its history is kept, and Undo brings it back.</source>
        <translation>{name} archivieren? Der Verlauf bleibt erhalten, und Rückgängig holt die Klasse zurück.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+101"/>
        <source>Create a classroom first (File, New classroom).</source>
        <translation>Lege zuerst eine Klasse an (Datei, Neue Klasse).</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
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
        <translation>Strg+F: Schüler/in suchen; einen Teil des Namens tippen, Enter wählt alle Treffer aus.
Klick, Umschalt+Klick, Strg+Klick oder Umschalt+Pfeiltasten: mehrere Schüler/innen auswählen.
1 bis 5: sofort erfassen, was die Leiste über der Liste nennt (Strg+Z macht es rückgängig).
B: Vertrauen gestärkt · X: Vertrauen verletzt · O: Beobachtung. Dann wählt eine Zahl die Kategorie, und Enter erfasst; nach X erfasst eine zweite Zahl (1 leicht, 2 mittel, 3 schwer) mit diesem Schweregrad.
C: heutige Entscheidungen · Strg+L: Stufe ändern · F9: Schülerbereich.
F8: Vorschläge; auf einem Vorschlag nimmt Enter an, Entf verwirft, S vertagt, H führt das Gespräch, R hält das Ergebnis eines Nachgesprächs fest · Strg+R: Reflexionsgespräch.
Strg+Z: rückgängig · Strg+Umschalt+Z oder Strg+Y: wiederherstellen · Strg+Umschalt+S: nach der Spalte mit dem Fokus sortieren.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Saved. The new language shows the next time Autonomy starts.</source>
        <translation>Gespeichert. Die neue Sprache erscheint beim nächsten Start von Autonomy.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../autonomy/ui/suggestions/decision_dialogs.py" line="+26"/>
        <source>Follow-up outcome: {name}</source>
        <translation>Ergebnis des Nachgesprächs: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talked on {day}, follow up on {due}</source>
        <translation>Gespräch am {day}, Nachgespräch am {due}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was agreed</source>
        <translation>Was vereinbart wurde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their words</source>
        <translation>Eigene Worte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How did it go? Was the agreement kept? What happens next?</source>
        <translation>Wie ist es gelaufen? Wurde die Vereinbarung eingehalten? Wie geht es weiter?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Conversation:</source>
        <translation>&amp;Gespräch:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talked:</source>
        <translation>Gespräch:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed:</source>
        <translation>Vereinbart:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their words:</source>
        <translation>Eigene Worte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save outcome</source>
        <translation>Ergebnis &amp;speichern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{day}; follow-up set for {due}</source>
        <translation>{day}; Nachgespräch am {due}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>(nothing written down)</source>
        <translation>(nichts notiert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write how it went first.</source>
        <translation>Schreib zuerst auf, wie es gelaufen ist.</translation>
    </message>
</context>
<context>
    <name>Phrases</name>
    <message>
        <location filename="../../autonomy/ui/words/phrases.py" line="-128"/>
        <source>Logged ‘{category}’ for {students}</source>
        <translation>„{category}“ für {students} erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded {student}’s choice ‘{choice}’</source>
        <translation>Entscheidung „{choice}“ von {student} erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded {student}’s choices {choices}</source>
        <translation>Entscheidungen von {student} erfasst: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded a conversation with {student}</source>
        <translation>Gespräch mit {student} festgehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded how a follow-up went</source>
        <translation>Festgehalten, wie es nach dem Gespräch lief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added the classroom {name}</source>
        <translation>Klasse {name} angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited the classroom {name}</source>
        <translation>Klasse {name} bearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived the classroom {name}</source>
        <translation>Klasse {name} archiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored the classroom {name}</source>
        <translation>Klasse {name} wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed the classroom {name} to {owner}</source>
        <translation>Klasse {name} an {owner} übergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added {name}</source>
        <translation>{name} hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited {name}</source>
        <translation>{name} bearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived {name}</source>
        <translation>{name} archiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored {name}</source>
        <translation>{name} wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled {name} in {classroom}</source>
        <translation>{name} in {classroom} aufgenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported the roster of {classroom}: {count} added</source>
        <translation>Klassenliste von {classroom} importiert: {count} hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported the roster of the new classroom {classroom}: {count} added</source>
        <translation>Klassenliste der neuen Klasse {classroom} importiert: {count} hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved {student} to ‘{level}’ in {dimension}</source>
        <translation>{student} im Bereich {dimension} auf „{level}“ gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renamed a level of {dimension} to ‘{name}’</source>
        <translation>Eine Stufe im Bereich {dimension} in „{name}“ umbenannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renamed {count} levels of {dimension}</source>
        <translation>{count} Stufen von {dimension} umbenannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added the dimension {name}</source>
        <translation>Bereich {name} angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed the suggestion thresholds</source>
        <translation>Schwellen für Vorschläge geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted the suggestion for {student}</source>
        <translation>Vorschlag für {student} angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted: {student} to ‘{level}’ in {dimension}</source>
        <translation>Angenommen: {student} im Bereich {dimension} auf „{level}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted: the whole class to ‘{level}’ in {dimension}</source>
        <translation>Angenommen: die ganze Klasse im Bereich {dimension} auf „{level}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismissed the suggestion for {student}</source>
        <translation>Vorschlag für {student} verworfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismissed a suggestion for the class</source>
        <translation>Einen Vorschlag für die Klasse verworfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozed the suggestion for {student} until {until}</source>
        <translation>Vorschlag für {student} bis {until} vertagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozed a suggestion for the class until {until}</source>
        <translation>Einen Vorschlag für die Klasse bis {until} vertagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded a decision on a suggestion</source>
        <translation>Entscheidung zu einem Vorschlag festgehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported a file</source>
        <translation>Datei importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited a moment of {student}</source>
        <translation>Einen Moment von {student} bearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted moments: {count}</source>
        <translation>Gelöschte Momente: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added the category ‘{category}’</source>
        <translation>Kategorie „{category}“ angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited the category ‘{category}’</source>
        <translation>Kategorie „{category}“ bearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took the ladders of {names} from an imported file</source>
        <translation>Stufenleitern von {names} aus einer importierten Datei übernommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged a moment</source>
        <translation>Einen Moment erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A change</source>
        <translation>Eine Änderung</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../autonomy/ui/setup/preferences_dialog.py" line="+63"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preference pages</source>
        <translation>Seiten der Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Suggestions</source>
        <translation>&amp;Vorschläge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backups</source>
        <translation>&amp;Sicherungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Put the suggestion thresholds and the backup schedule back to the defaults</source>
        <translation>Schwellenwerte der Vorschläge und Sicherungsplan auf die Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where your classes are stored on this computer</source>
        <translation>Wo deine Klassen auf diesem Computer gespeichert sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Data folder:</source>
        <translation>&amp;Datenordner:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shared server</source>
        <translation>Gemeinsamer Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared &amp;server:</source>
        <translation>Gemeinsamer &amp;Server:</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Set up by your school&apos;s administrator</source>
        <translation>Von der Schul-IT eingerichtet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty: your classes stay on this computer</source>
        <translation>Leer: deine Klassen bleiben auf diesem Computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address of the school&apos;s shared server, as your administrator gives it</source>
        <translation>Die Adresse des gemeinsamen Servers der Schule, wie die Schul-IT sie dir gibt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only if your school keeps its classes on a shared server: paste the address your administrator gave you. It is used the next time Autonomy starts.</source>
        <translation>Nur wenn deine Schule ihre Klassen auf einem gemeinsamen Server führt: Füge die Adresse ein, die dir die Schul-IT gegeben hat. Sie wird beim nächsten Start von Autonomy verwendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another data folder: start Autonomy with --data-dir FOLDER.</source>
        <translation>Ein anderer Datenordner: Autonomy mit --data-dir ORDNER starten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the app and of the reflection prompts</source>
        <translation>Die Sprache der App und der Reflexionsfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new language shows the next time Autonomy starts.</source>
        <translation>Die neue Sprache erscheint beim nächsten Start von Autonomy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestions are careful on purpose: a step up needs steady evidence, a step back needs a pattern. Change a number only when the defaults do not fit your class.</source>
        <translation>Vorschläge sind mit Absicht vorsichtig: Eine Stufe höher braucht beständige Belege, eine Stufe zurück ein wiederkehrendes Muster. Ändere eine Zahl nur, wenn die Standardwerte nicht zu deiner Klasse passen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Hold a level at least:</source>
        <translation>Stufe &amp;mindestens halten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days a student stays at a level before a step up is suggested</source>
        <translation>Tage auf einer Stufe, bevor eine Stufe höher vorgeschlagen wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust-building &amp;moments:</source>
        <translation>Vertrauensstärkende &amp;Momente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust-building moments in that area since the last change</source>
        <translation>Vertrauensstärkende Momente in diesem Bereich seit der letzten Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… on &amp;different days:</source>
        <translation>… an &amp;verschiedenen Tagen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The moments must fall on at least this many different days</source>
        <translation>Die Momente müssen auf mindestens so viele verschiedene Tage fallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No break for:</source>
        <translation>&amp;Kein Vertrauensbruch seit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days without a trust-breaking moment in that area</source>
        <translation>Tage ohne Vertrauensbruch in diesem Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step back after &amp;breaks:</source>
        <translation>Stufe zurück nach &amp;Vertrauensbrüchen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust-breaking moments in one area that suggest a step back</source>
        <translation>Vertrauensbrüche in einem Bereich, nach denen eine Stufe zurück vorgeschlagen wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… &amp;within:</source>
        <translation>… &amp;innerhalb von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The breaks must fall within this many days</source>
        <translation>Die Vertrauensbrüche müssen innerhalb so vieler Tage liegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reflect on breaks up to:</source>
        <translation>&amp;Reflexion zu Vertrauensbrüchen bis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks older than this no longer ask for a conversation</source>
        <translation>Ältere Vertrauensbrüche lösen kein Gespräch mehr aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check in after:</source>
        <translation>&amp;Nachfragen nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days with nothing noted about a student before a check-in is suggested</source>
        <translation>Tage ohne Notiz zu einer Schülerin oder einem Schüler, bevor Nachfragen vorgeschlagen wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class &amp;step at:</source>
        <translation>Klassen&amp;schritt ab:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the class at a level that suggests opening it to everyone</source>
        <translation>Anteil der Klasse auf einer Stufe, ab dem vorgeschlagen wird, sie für alle zu öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short &amp;list for today:</source>
        <translation>Kurze &amp;Liste für heute:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many of a class&apos;s suggestions, the most urgent first, the suggestions list shows for today; the rest are one click away</source>
        <translation>Wie viele Vorschläge einer Klasse, die dringendsten zuerst, die Vorschlagsliste für heute zeigt; der Rest ist einen Klick entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> per class</source>
        <translation> pro Klasse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One &amp;serious break is enough for a step back</source>
        <translation>Ein &amp;schwerer Vertrauensbruch reicht für eine Stufe zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest a step back after a single serious break</source>
        <translation>Nach einem einzigen schweren Vertrauensbruch eine Stufe zurück vorschlagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Make a backup once a day</source>
        <translation>Einmal täglich eine Sicherung &amp;anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of the database is made the first time Autonomy opens each day</source>
        <translation>Beim ersten Öffnen von Autonomy an jedem Tag wird eine Kopie der Datenbank angelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily backups to keep</source>
        <translation>Aufzubewahrende tägliche Sicherungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest daily copies kept; older ones are removed</source>
        <translation>Die neuesten täglichen Kopien bleiben; ältere werden entfernt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekly backups to keep</source>
        <translation>Aufzubewahrende wöchentliche Sicherungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One copy a week is kept longer, for this many weeks</source>
        <translation>Eine Kopie pro Woche bleibt länger erhalten, so viele Wochen lang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep &amp;daily copies:</source>
        <translation>&amp;Tägliche Kopien behalten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep &amp;weekly copies:</source>
        <translation>&amp;Wöchentliche Kopien behalten:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A backup is also made before every upgrade and every import. To go back to one, choose File, Restore from backup.</source>
        <translation>Eine Sicherung wird außerdem vor jedem Upgrade und jedem Import angelegt. Um zu einer zurückzukehren, wähle Datei, Aus Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The moments cannot be spread over more days than there are moments: a step up could never be suggested.</source>
        <translation>Die Momente können nicht auf mehr Tage verteilt sein, als es Momente gibt: Eine Stufe höher würde nie vorgeschlagen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The shared server&apos;s address starts with postgresql+psycopg:// (or leave it empty to use the data folder).</source>
        <translation>Die Adresse des gemeinsamen Servers beginnt mit postgresql+psycopg:// (oder lassen Sie das Feld leer, um den Datenordner zu verwenden).</translation>
    </message>
</context>
<context>
    <name>QuestionsBox</name>
    <message>
        <location filename="../../autonomy/ui/reflection/questions.py" line="+69"/>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asked: {question}</source>
        <translation>Gefragt: {question}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap: {question}</source>
        <translation>Tauschen: {question}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another question for the same moment</source>
        <translation>Eine andere Frage für denselben Moment</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No other question fits this moment</source>
        <translation>Keine andere Frage passt zu diesem Moment</translation>
    </message>
</context>
<context>
    <name>QuickKeys</name>
    <message>
        <location filename="../../autonomy/ui/roster/quick_keys.py" line="+34"/>
        <source>One key logs</source>
        <translation>Eine Taste erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One key logs:</source>
        <translation>Eine Taste erfasst:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Log “{name}” for the selected students (key {key})</source>
        <translation>„{name}“ für die ausgewählten Schüler/innen erfassen (Taste {key})</translation>
    </message>
</context>
<context>
    <name>ReflectionDialog</name>
    <message>
        <location filename="../../autonomy/ui/reflection/dialog.py" line="+86"/>
        <source>Reflection conversation: {name}</source>
        <translation>Reflexionsgespräch: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A conversation with {name}</source>
        <translation>Ein Gespräch mit {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Large text</source>
        <translation>&amp;Große Schrift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Large text</source>
        <translation>Große Schrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bigger text for sitting beside the student (Ctrl++ / Ctrl+-)</source>
        <translation>Größere Schrift, wenn ihr nebeneinander sitzt (Strg++ / Strg+-)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Conversation about</source>
        <translation>Gespräch über</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a break</source>
        <translation>Nach einem Vertrauensbruch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Celebrating a step up</source>
        <translation>Eine Stufe höher feiern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting a goal</source>
        <translation>Ein Ziel setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Following up</source>
        <translation>Nachgespräch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dimension</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any dimension</source>
        <translation>Beliebiger Bereich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;In:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What led to it</source>
        <translation>Was dazu geführt hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events that led to the conversation</source>
        <translation>Ereignisse, die zum Gespräch geführt haben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No recent trust-breaking events wait for a conversation.</source>
        <translation>Kein aktueller Vertrauensbruch wartet auf ein Gespräch.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How the earlier agreement went</source>
        <translation>Wie die frühere Vereinbarung gelaufen ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How did it go? Was the agreement kept?</source>
        <translation>Wie ist es gelaufen? Wurde die Vereinbarung eingehalten?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last time ({day})</source>
        <translation>Letztes Mal ({day})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed: {agreement}</source>
        <translation>Vereinbart: {agreement}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(nothing written down)</source>
        <translation>(nichts notiert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How did it &amp;go?</source>
        <translation>Wie ist es &amp;gelaufen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Questions to ask</source>
        <translation>Fragen für das Gespräch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the ones you asked. Swap offers another question for the same moment.</source>
        <translation>Kreuze an, was du gefragt hast. „Tauschen“ bietet eine andere Frage für denselben Moment an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In their own words</source>
        <translation>In eigenen Worten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we agreed</source>
        <translation>Was wir vereinbart haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In {name}&apos;s own &amp;words</source>
        <translation>In &amp;eigenen Worten von {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What we &amp;agreed</source>
        <translation>Was wir &amp;vereinbart haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Follow up on</source>
        <translation>&amp;Nachgespräch am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a follow-up date</source>
        <translation>Termin für ein Nachgespräch festlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up date</source>
        <translation>Termin des Nachgesprächs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How {name} sees it (optional)</source>
        <translation>Wie {name} es sieht (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The student&apos;s own rating is kept beside your level, never averaged into it.</source>
        <translation>Die Selbsteinschätzung steht neben deiner Stufe und wird nie mit ihr verrechnet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Their rating</source>
        <translation>Selbsteinschätzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your level</source>
        <translation>Deine Stufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the check-in</source>
        <translation>Beim Check-in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{dimension}: the student&apos;s own rating</source>
        <translation>{dimension}: Selbsteinschätzung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not rated</source>
        <translation>Nicht eingeschätzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{dimension}: your level, {level}</source>
        <translation>{dimension}: Ihre Stufe, {level}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{dimension}: their rating at the check-in</source>
        <translation>{dimension}: Selbsteinschätzung beim Check-in</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save conversation</source>
        <translation>Gespräch &amp;speichern</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Built: {c}</source>
        <translation>Gestärkt: {c}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Broke: {c}</source>
        <translation>Verletzt: {c}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noted: {c}</source>
        <translation>Notiert: {c}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>minor</source>
        <translation>leicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>serious</source>
        <translation>schwer</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>⚠ Not saved: {problem}. What you typed is still here.</source>
        <translation>⚠ Nicht gespeichert: {problem}. Was du getippt hast, ist noch da.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ Not saved. What you typed is still here.</source>
        <translation>⚠ Nicht gespeichert. Was du getippt hast, ist noch da.</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <location filename="../../autonomy/ui/roster/panel.py" line="+124"/>
        <source>Classroom</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter students by name</source>
        <translation>Schüler/innen nach Namen filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a name, Enter selects (Ctrl+F)</source>
        <translation>Teil eines Namens tippen, Enter wählt aus (Strg+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;archived</source>
        <translation>Archivierte &amp;zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show archived students</source>
        <translation>Archivierte Schüler/innen zeigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Class roster</source>
        <translation>Klassenliste</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>B  Trust built…</source>
        <translation>B  Vertrauen gestärkt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log any trust-building moment for the selected students (B)</source>
        <translation>Einen vertrauensbildenden Moment für die ausgewählten Schüler/innen erfassen (B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X  Trust broken…</source>
        <translation>X  Vertrauen verletzt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O  Observation…</source>
        <translation>O  Beobachtung…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No students in this class yet. Import the class list your school gives you (a CSV file), or add the students one by one.</source>
        <translation>Noch keine Schüler/innen in dieser Klasse. Importieren Sie die Klassenliste Ihrer Schule (eine CSV-Datei) oder fügen Sie die Schüler/innen einzeln hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import roster…</source>
        <translation>Klassenliste &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;student…</source>
        <translation>&amp;Schüler/in hinzufügen…</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>{n} students · looking for suggestions…</source>
        <translation>{n} Schüler/innen · Vorschläge werden gesucht…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} students · {w} with suggestions</source>
        <translation>{n} Schüler/innen · {w} mit Vorschlägen</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Log trust-breaking for the selected students (X)</source>
        <translation>Verletztes Vertrauen für die ausgewählten Schüler/innen erfassen (X)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Class:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Note an observation for the selected students (O)</source>
        <translation>Eine Beobachtung zu den ausgewählten Schüler/innen notieren (O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record today&apos;s choices for the selected student (C)</source>
        <translation>Heutige Entscheidungen der ausgewählten Schülerin / des ausgewählten Schülers erfassen (C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C  Choices…</source>
        <translation>C  Entscheidungen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Class summary</source>
        <translation>Klassenübersicht</translation>
    </message>
    <message>
        <location line="+302"/>
        <source>Sorted by {column}, ascending</source>
        <translation>Sortiert nach {column}, aufsteigend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorted by {column}, descending</source>
        <translation>Sortiert nach {column}, absteigend</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+18"/>
        <source>Select one or more students first (click, or type a name and press Enter).</source>
        <translation>Wähle zuerst eine/n oder mehrere Schüler/innen aus (anklicken oder Namen tippen und Enter drücken).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not saved: Autonomy hit an unexpected problem.</source>
        <translation>Nicht gespeichert: Autonomy ist auf ein unerwartetes Problem gestoßen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a student first.</source>
        <translation>Bitte zuerst eine/n Schüler/in auswählen.</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../autonomy/ui/suggestions/panel.py" line="+79"/>
        <location line="+24"/>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Suggestion count</source>
        <translation>Anzahl der Vorschläge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show suggestions of kind</source>
        <translation>Vorschläge dieser Art zeigen</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+6"/>
        <source>Hold a conversation…</source>
        <translation>Gespräch führen…</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+103"/>
        <source>Looking for suggestions…</source>
        <translation>Vorschläge werden gesucht…</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do what it suggests (Enter)</source>
        <translation>Den Vorschlag umsetzen (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not now, with a reason if you like (Delete)</source>
        <translation>Jetzt nicht, gern mit Begründung (Entf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze…</source>
        <translation>Vertagen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bring it back on a later day (S)</source>
        <translation>An einem späteren Tag wieder zeigen (S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the reflection conversation, prefilled (H)</source>
        <translation>Das Reflexionsgespräch öffnen, vorausgefüllt (H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record outcome…</source>
        <translation>Ergebnis festhalten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write down how the follow-up went (R)</source>
        <translation>Festhalten, wie das Nachgespräch gelaufen ist (R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reflection conversation with this student, prefilled from the suggestion on screen when there is one</source>
        <translation>Ein Reflexionsgespräch mit dieser Schülerin / diesem Schüler, vorausgefüllt aus dem angezeigten Vorschlag, falls es einen gibt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggestion actions</source>
        <translation>Aktionen zum Vorschlag</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Suggestions for later</source>
        <translation>Vorschläge für später</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys on the list: Enter accept · Delete dismiss · S snooze · H conversation · R outcome</source>
        <translation>Tasten in der Liste: Enter annehmen · Entf verwerfen · S vertagen · H Gespräch · R Ergebnis</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Suggestions could not be loaded.</source>
        <translation>Die Vorschläge konnten nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/suggestions/card_content.py" line="+87"/>
        <source>Whole class</source>
        <translation>Ganze Klasse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last noted: {days}</source>
        <translation>Zuletzt notiert: {days}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence: {days}</source>
        <translation>Belege: {days}</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Built: {c}</source>
        <translation>Gestärkt: {c}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broke: {c}</source>
        <translation>Verletzt: {c}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noted: {c}</source>
        <translation>Notiert: {c}</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Step up</source>
        <translation>Stufe höher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step back</source>
        <translation>Stufe zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflect</source>
        <translation>Reflektieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class step</source>
        <translation>Klassenschritt</translation>
    </message>
    <message>
        <location filename="../../autonomy/ui/suggestions/panel.py" line="+26"/>
        <source>All kinds ({n})</source>
        <translation>Alle Arten ({n})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show only today&apos;s {n}</source>
        <translation>Nur die {n} für heute zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show {n} more for later…</source>
        <translation>{n} weitere für später zeigen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} waiting</source>
        <translation>{n} offen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{today} for today · {n} waiting</source>
        <translation>{today} für heute · {n} offen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to suggest for {name} today.</source>
        <translation>Heute gibt es keinen Vorschlag für {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this student</source>
        <translation>diese Schülerin / diesen Schüler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to suggest for this class today.</source>
        <translation>Heute gibt es keinen Vorschlag für diese Klasse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a class to see its suggestions.</source>
        <translation>Wähle eine Klasse, um ihre Vorschläge zu sehen.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Record the level change it suggests, with its evidence (Enter)</source>
        <translation>Den vorgeschlagenen Stufenwechsel mit seinen Belegen festhalten (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring every student below that level up to it (Enter)</source>
        <translation>Alle unterhalb dieser Stufe auf sie anheben (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark it as done (Enter)</source>
        <translation>Als erledigt markieren (Enter)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Accepted: {text}</source>
        <translation>Angenommen: {text}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Dismissed.</source>
        <translation>Verworfen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Snoozed until {day}.</source>
        <translation>Vertagt bis {day}.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up outcome recorded.</source>
        <translation>Ergebnis des Nachgesprächs festgehalten.</translation>
    </message>
</context>
<context>
    <name>Toolbars</name>
    <message>
        <location filename="../../autonomy/ui/widgets/labels.py" line="+37"/>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
</context>
<context>
    <name>UndoController</name>
    <message>
        <location filename="../../autonomy/ui/app/undo.py" line="+106"/>
        <location line="+39"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+38"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Undo {label}</source>
        <translation>&amp;Rückgängig: {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo {label}</source>
        <translation>&amp;Wiederherstellen: {label}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undone: {label}</source>
        <translation>Rückgängig gemacht: {label}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redone: {label}</source>
        <translation>Wiederhergestellt: {label}</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <location line="-88"/>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
</context>
<context>
    <name>When</name>
    <message>
        <location filename="../../autonomy/ui/roster/when.py" line="+49"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yesterday at {time} (this lesson&apos;s time)</source>
        <translation>Gestern um {time} (Zeit dieser Stunde)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{weekday} at {time} (this lesson&apos;s time)</source>
        <translation>{weekday} um {time} (Zeit dieser Stunde)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Earlier today at {time} (this lesson&apos;s time)</source>
        <translation>Heute früher um {time} (Zeit dieser Stunde)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../autonomy/ui/app/start.py" line="+147"/>
        <source>Autonomy is already open</source>
        <translation>Autonomy ist bereits geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autonomy cannot start</source>
        <translation>Autonomy kann nicht starten</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../autonomy/ui/setup/student_classroom_forms.py" line="+64"/>
        <location line="+20"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>School &amp;id:</source>
        <translation>Schul-&amp;ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School id (optional)</source>
        <translation>Schul-ID (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Fach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School &amp;year:</source>
        <translation>Schul&amp;jahr:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School year, for example 2026-27</source>
        <translation>Schuljahr, zum Beispiel 2026-27</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../autonomy/ui/app/menus.py" line="+47"/>
        <source>&amp;New classroom…</source>
        <translation>&amp;Neue Klasse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit classroom…</source>
        <translation>Klasse &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive classroom</source>
        <translation>Klasse &amp;archivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import roster from CSV…</source>
        <translation>Klassenliste aus CSV &amp;importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Coach &amp;report (PDF)…</source>
        <translation>Coach-&amp;Bericht (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymised coach report (PDF)…</source>
        <translation>Anonymisierter Coach-Bericht (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport interchange file (JSON)…</source>
        <translation>Austauschdatei e&amp;xportieren (JSON)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV tables…</source>
        <translation>CSV-Tabellen exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export anonymised JSON…</source>
        <translation>Anonymisiertes JSON exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export anonymised CSV tables…</source>
        <translation>Anonymisierte CSV-Tabellen exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from bac&amp;kup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find student</source>
        <translation>Schüler/in &amp;suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trust &amp;built…</source>
        <translation>Vertrauen &amp;gestärkt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log trust-building for the selected students</source>
        <translation>Gestärktes Vertrauen für die ausgewählten Schüler/innen erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust b&amp;roken…</source>
        <translation>Vertrauen &amp;verletzt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log trust-breaking for the selected students</source>
        <translation>Verletztes Vertrauen für die ausgewählten Schüler/innen erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Observation…</source>
        <translation>&amp;Beobachtung…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Today&apos;s &amp;choices…</source>
        <translation>Heutige &amp;Entscheidungen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;level…</source>
        <translation>&amp;Stufe ändern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add student…</source>
        <translation>Schüler/in &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit student…</source>
        <translation>Schüler/in &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive or &amp;restore student</source>
        <translation>Schüler/in archivieren oder &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show a&amp;rchived students</source>
        <translation>A&amp;rchivierte Schüler/innen zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold a reflection &amp;conversation…</source>
        <translation>Reflexions&amp;gespräch führen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ladders…</source>
        <translation>&amp;Stufenleitern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Event catalogue…</source>
        <translation>&amp;Ereigniskatalog…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Student panel</source>
        <translation>&amp;Schülerbereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;uggestions</source>
        <translation>&amp;Vorschläge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;ort by the current column</source>
        <translation>Nach der aktuellen Spalte s&amp;ortieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort the roster by the focused cell&apos;s column; again for the other way round</source>
        <translation>Die Liste nach der Spalte der fokussierten Zelle sortieren; noch einmal für die umgekehrte Reihenfolge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Coach view</source>
        <translation>&amp;Coach-Ansicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard</source>
        <translation>&amp;Tastatur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guide</source>
        <translation>&amp;Leitfaden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Autonomy</source>
        <translation>Ü&amp;ber Autonomy</translation>
    </message>
</context>
</TS>
