<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
  <context>
    <name>ActionDialog</name>
    <message>
      <source>Action</source>
      <translation>Maßnahme</translation>
    </message>
    <message>
      <source>New action</source>
      <translation>Neue Maßnahme</translation>
    </message>
    <message>
      <source>What will change</source>
      <translation>Was sich ändern wird</translation>
    </message>
    <message>
      <source>Who sees it through</source>
      <translation>Wer sie umsetzt</translation>
    </message>
    <message>
      <source>Due by</source>
      <translation>Fällig bis</translation>
    </message>
    <message>
      <source>Permanent: the process changed, the journey documented and trained. Spot: this one case put right.</source>
      <translation>Dauerhaft: Der Ablauf wurde geändert, die Customer Journey dokumentiert und geschult. Punktuell: Nur dieser eine Fall wurde behoben.</translation>
    </message>
    <message>
      <source>The findings it answers</source>
      <translation>Die Befunde, auf die sie antwortet</translation>
    </message>
    <message>
      <source>&amp;Action</source>
      <translation>&amp;Maßnahme</translation>
    </message>
    <message>
      <source>&amp;Owner</source>
      <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
      <source>D&amp;ue</source>
      <translation>F&amp;ällig</translation>
    </message>
    <message>
      <source>&amp;Status</source>
      <translation>&amp;Stand</translation>
    </message>
    <message>
      <source>&amp;Fix</source>
      <translation>&amp;Behebung</translation>
    </message>
    <message>
      <source>A&amp;nswers</source>
      <translation>&amp;Antwortet auf</translation>
    </message>
  </context>
  <context>
    <name>ActionsModel</name>
    <message>
      <source>Action</source>
      <translation>Maßnahme</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Verantwortlich</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Fällig</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Stand</translation>
    </message>
    <message>
      <source>Fix</source>
      <translation>Behebung</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>Antwortet auf</translation>
    </message>
    <message>
      <source>{due} · overdue</source>
      <translation>{due} · überfällig</translation>
    </message>
  </context>
  <context>
    <name>BundleFlows</name>
    <message>
      <source>Share sessions</source>
      <translation>Sitzungen teilen</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>Teilen</translation>
    </message>
    <message>
      <source>Mystery Shop bundle (*.mshop)</source>
      <translation>Mystery-Shop-Paket (*.mshop)</translation>
    </message>
    <message>
      <source>One file with the sessions, their reviews and their call recordings. Send it to the reviewer or a colleague: they open it with File › Import sessions…, and sending it again later only brings what is new.</source>
      <translation>Eine Datei mit den Sitzungen, ihren Bewertungen und ihren Anrufaufnahmen. Schicken Sie sie an die prüfende Person oder an Kollegen: Sie öffnen sie mit Datei › Sitzungen importieren…, und ein späteres erneutes Senden bringt nur Neues.</translation>
    </message>
    <message>
      <source>Writing the bundle…</source>
      <translation>Das Paket wird geschrieben…</translation>
    </message>
    <message>
      <source>keypad tones, before sharing</source>
      <translation>Tastentöne, vor dem Teilen</translation>
    </message>
    <message>
      <source>Wrote {path} ({sessions}, {recordings}).</source>
      <translation>{path} geschrieben ({sessions}, {recordings}).</translation>
    </message>
    <message>
      <source>These recordings were missing on this computer and are not in the bundle:
{files}</source>
      <translation>Diese Aufnahmen fehlten auf diesem Computer und sind nicht im Paket:
{files}</translation>
    </message>
    <message>
      <source>Importing sessions…</source>
      <translation>Sitzungen werden importiert…</translation>
    </message>
    <message>
      <source>Mystery Shop bundle (*.mshop);;All files (*)</source>
      <translation>Mystery-Shop-Paket (*.mshop);;Alle Dateien (*)</translation>
    </message>
  </context>
  <context>
    <name>CallEventsModel</name>
    <message numerus="yes">
      <source>%n digit(s)</source>
      <translation>
        <numerusform>%n Ziffer</numerusform>
        <numerusform>%n Ziffern</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CallEventsPanel</name>
    <message>
      <source>Found in the audio</source>
      <translation>In der Aufnahme gefunden</translation>
    </message>
    <message>
      <source>Call events found in the audio</source>
      <translation>In der Aufnahme gefundene Anrufereignisse</translation>
    </message>
    <message>
      <source>&amp;Accept</source>
      <translation>&amp;Übernehmen</translation>
    </message>
    <message>
      <source>Re&amp;ject</source>
      <translation>&amp;Verwerfen</translation>
    </message>
    <message>
      <source>Accept a&amp;ll</source>
      <translation>A&amp;lle übernehmen</translation>
    </message>
    <message>
      <source>Find a&amp;gain</source>
      <translation>&amp;Erneut suchen</translation>
    </message>
    <message>
      <source>Re&amp;dact…</source>
      <translation>&amp;Unkenntlich machen…</translation>
    </message>
    <message>
      <source>Bleep or silence the selected stretch (keypad tones: a card number) in the recording, for good</source>
      <translation>Den gewählten Abschnitt (Tastentöne: eine Kartennummer) in der Aufnahme endgültig überpiepen oder stummschalten</translation>
    </message>
    <message>
      <source>Look through the recording again (what was accepted or rejected stays)</source>
      <translation>Die Aufnahme erneut durchsuchen (Übernommenes und Verworfenes bleibt)</translation>
    </message>
    <message>
      <source>Nothing found: no ringing, hold or keypad tones.</source>
      <translation>Nichts gefunden: kein Klingeln, keine Warteschleife, keine Tastentöne.</translation>
    </message>
    <message numerus="yes">
      <source>%n suggestion(s) to accept or reject.</source>
      <translation>
        <numerusform>%n Vorschlag zum Übernehmen oder Verwerfen.</numerusform>
        <numerusform>%n Vorschläge zum Übernehmen oder Verwerfen.</numerusform>
      </translation>
    </message>
    <message>
      <source>All decided.</source>
      <translation>Alles entschieden.</translation>
    </message>
    <message numerus="yes">
      <source>rang %n time(s)</source>
      <translation>
        <numerusform>%n-mal geklingelt</numerusform>
        <numerusform>%n-mal geklingelt</numerusform>
      </translation>
    </message>
    <message>
      <source>answered after {t}</source>
      <translation>angenommen nach {t}</translation>
    </message>
    <message>
      <source>on hold {t}</source>
      <translation>in der Warteschleife {t}</translation>
    </message>
    <message>
      <source>they talked {share:.0%}</source>
      <translation>sie sprachen {share:.0%}</translation>
    </message>
    <message>
      <source>longest monologue {t}</source>
      <translation>längster Monolog {t}</translation>
    </message>
    <message numerus="yes">
      <source>%n interruption(s)</source>
      <translation>
        <numerusform>%n Unterbrechung</numerusform>
        <numerusform>%n Unterbrechungen</numerusform>
      </translation>
    </message>
    <message>
      <source>From the audio: {measures}</source>
      <translation>Aus der Aufnahme: {measures}</translation>
    </message>
  </context>
  <context>
    <name>CarriedPanel</name>
    <message>
      <source>Earlier rounds found here</source>
      <translation>Was frühere Runden hier gefunden haben</translation>
    </message>
    <message>
      <source>✓ Held</source>
      <translation>✓ Hat gehalten</translation>
    </message>
    <message>
      <source>✗ Not held</source>
      <translation>✗ Nicht gehalten</translation>
    </message>
    <message>
      <source>After the step: did the fix hold?</source>
      <translation>Nach dem Schritt: Hat die Behebung gehalten?</translation>
    </message>
    <message>
      <source>&lt;b&gt;{round} found:&lt;/b&gt; {finding}</source>
      <translation>&lt;b&gt;{round} fand:&lt;/b&gt; {finding}</translation>
    </message>
    <message>
      <source>An earlier round</source>
      <translation>Eine frühere Runde</translation>
    </message>
    <message>
      <source>done on {day}</source>
      <translation>erledigt am {day}</translation>
    </message>
    <message>
      <source>Action: {action}{owner} · {status}</source>
      <translation>Maßnahme: {action}{owner} · {status}</translation>
    </message>
    <message>
      <source>No action was taken.</source>
      <translation>Es wurde keine Maßnahme ergriffen.</translation>
    </message>
  </context>
  <context>
    <name>CompareRoundsDialog</name>
    <message>
      <source>Compare rounds</source>
      <translation>Runden vergleichen</translation>
    </message>
    <message>
      <source>Did a later round fix what the first one found? Bars above zero left customers up; a gap below zero means they felt worse than we expected.</source>
      <translation>Hat eine spätere Runde behoben, was die erste gefunden hat? Balken über null: Kunden gingen mit einem Plus; eine Lücke unter null heißt, sie fühlten sich schlechter als erwartet.</translation>
    </message>
    <message>
      <source>A dashed line marks the experience we want (the round's target).</source>
      <translation>Eine gestrichelte Linie markiert das Erlebnis, das wir wollen (das Ziel der Runde).</translation>
    </message>
    <message>
      <source>about {n} customers a year go through {touchpoint}, and it leaves them {how}</source>
      <translation>etwa {n} Kundinnen und Kunden im Jahr erleben {touchpoint}, und es lässt sie {how} zurück</translation>
    </message>
    <message>
      <source>{round}: </source>
      <translation>{round}: </translation>
    </message>
    <message>
      <source>Nothing to compare yet: there are no sessions (demo sessions are left out). Shop a round, then come back after the next one to see whether the fixes held.</source>
      <translation>Noch nichts zu vergleichen: Es gibt keine Sitzungen (Demo-Sitzungen zählen nicht). Führen Sie eine Runde durch und kommen Sie nach der nächsten zurück, um zu sehen, ob die Verbesserungen halten.</translation>
    </message>
    <message>
      <source>One round so far ({name}). After the next round, this shows whether what it found was fixed.</source>
      <translation>Bisher eine Runde ({name}). Nach der nächsten Runde sehen Sie hier, ob das Gefundene behoben wurde.</translation>
    </message>
    <message>
      <source>no round</source>
      <translation>keine Runde</translation>
    </message>
  </context>
  <context>
    <name>EmotionCurve</name>
    <message>
      <source>Emotion curve</source>
      <translation>Gefühlskurve</translation>
    </message>
    <message>
      <source>No steps</source>
      <translation>Keine Schritte</translation>
    </message>
    <message>
      <source>{step}: predicted {predicted}, felt {felt}</source>
      <translation>{step}: erwartet {predicted}, gefühlt {felt}</translation>
    </message>
    <message>
      <source>predicted</source>
      <translation>erwartet</translation>
    </message>
    <message>
      <source>felt</source>
      <translation>gefühlt</translation>
    </message>
    <message>
      <source>reviewer</source>
      <translation>Prüfer</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Export to Excel</source>
      <translation>Nach Excel exportieren</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportieren</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
      <source>Copy the call recordings into a folder beside the workbook, so its links open on any laptop</source>
      <translation>Die Anrufaufnahmen in einen Ordner neben der Arbeitsmappe kopieren, damit ihre Verknüpfungen auf jedem Laptop funktionieren</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>Im Ordner zeigen</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Öffnen</translation>
    </message>
    <message>
      <source>Writing the workbook…</source>
      <translation>Die Arbeitsmappe wird geschrieben…</translation>
    </message>
  </context>
  <context>
    <name>FileJobs</name>
    <message>
      <source>There are no sessions for a meeting pack yet.</source>
      <translation>Es gibt noch keine Sitzungen für eine Besprechungsmappe.</translation>
    </message>
    <message>
      <source>There are no sessions to share yet.</source>
      <translation>Es gibt noch keine Sitzungen zum Teilen.</translation>
    </message>
    <message numerus="yes">
      <source>Listening to %n recording(s) for keypad tones before sharing…</source>
      <translation>
        <numerusform>Hört %n Aufnahme vor dem Teilen auf Tastentöne ab…</numerusform>
        <numerusform>Hört %n Aufnahmen vor dem Teilen auf Tastentöne ab…</numerusform>
      </translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>Keypad tones in the recordings</source>
      <translation>Tastentöne in den Aufnahmen</translation>
    </message>
    <message numerus="yes">
      <source>%n stretch(es) of keypad tones (a card number, perhaps) is/are in the recordings you are about to share.</source>
      <translation>
        <numerusform>%n Abschnitt mit Tastentönen (vielleicht eine Kartennummer) ist in den Aufnahmen, die Sie teilen wollen.</numerusform>
        <numerusform>%n Abschnitte mit Tastentönen (vielleicht eine Kartennummer) sind in den Aufnahmen, die Sie teilen wollen.</numerusform>
      </translation>
    </message>
    <message>
      <source>Bleep them first? The audio is replaced on this computer too; markers and notes keep their times.</source>
      <translation>Zuerst überpiepen? Der Ton wird auch auf diesem Computer ersetzt; Markierungen und Notizen behalten ihre Zeiten.</translation>
    </message>
    <message>
      <source>&amp;Bleep, then share</source>
      <translation>&amp;Überpiepen, dann teilen</translation>
    </message>
    <message>
      <source>Share &amp;as they are</source>
      <translation>So &amp;teilen, wie sie sind</translation>
    </message>
    <message>
      <source>Import sessions</source>
      <translation>Sitzungen importieren</translation>
    </message>
  </context>
  <context>
    <name>FindingDialog</name>
    <message>
      <source>Finding</source>
      <translation>Befund</translation>
    </message>
    <message>
      <source>New finding</source>
      <translation>Neuer Befund</translation>
    </message>
    <message>
      <source>What was seen, in one short sentence</source>
      <translation>Was beobachtet wurde, in einem kurzen Satz</translation>
    </message>
    <message>
      <source>Whole experience</source>
      <translation>Gesamtes Erlebnis</translation>
    </message>
    <message>
      <source>Which department is involved?</source>
      <translation>Welche Abteilung ist beteiligt?</translation>
    </message>
    <message>
      <source>&amp;Finding</source>
      <translation>&amp;Befund</translation>
    </message>
    <message>
      <source>&amp;Round</source>
      <translation>&amp;Runde</translation>
    </message>
    <message>
      <source>&amp;Touchpoint</source>
      <translation>&amp;Kontaktpunkt</translation>
    </message>
    <message>
      <source>Core &amp;factor</source>
      <translation>Kern&amp;faktor</translation>
    </message>
    <message>
      <source>&amp;Department</source>
      <translation>&amp;Abteilung</translation>
    </message>
    <message>
      <source>Builds or erodes &amp;trust</source>
      <translation>&amp;Vertrauen aufbauen oder zerstören</translation>
    </message>
    <message>
      <source>&amp;Severity</source>
      <translation>&amp;Schwere</translation>
    </message>
  </context>
  <context>
    <name>FindingsModel</name>
    <message>
      <source>Round</source>
      <translation>Runde</translation>
    </message>
    <message>
      <source>Touchpoint</source>
      <translation>Kontaktpunkt</translation>
    </message>
    <message>
      <source>Finding</source>
      <translation>Befund</translation>
    </message>
    <message>
      <source>Factor</source>
      <translation>Faktor</translation>
    </message>
    <message>
      <source>Department</source>
      <translation>Abteilung</translation>
    </message>
    <message>
      <source>Trust</source>
      <translation>Vertrauen</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Schwere</translation>
    </message>
    <message>
      <source>Actions</source>
      <translation>Maßnahmen</translation>
    </message>
    <message>
      <source>Whole experience</source>
      <translation>Gesamtes Erlebnis</translation>
    </message>
  </context>
  <context>
    <name>HomePage</name>
    <message>
      <source>Become a customer of your own company for an hour.</source>
      <translation>Werden Sie für eine Stunde Kunde Ihres eigenen Unternehmens.</translation>
    </message>
    <message>
      <source>Visit the website, call, buy, call with a problem and ask for a leader — then see whether the experience builds trust or erodes it, and how far it is from what you expected.</source>
      <translation>Besuchen Sie die Website, rufen Sie an, kaufen Sie etwas, melden Sie ein Problem und verlangen Sie eine Führungskraft – und sehen Sie dann, ob das Erlebnis Vertrauen schafft oder zerstört und wie weit es von Ihrer Erwartung entfernt ist.</translation>
    </message>
    <message>
      <source>Start your first session</source>
      <translation>Erste Sitzung beginnen</translation>
    </message>
    <message>
      <source>Load a demo session</source>
      <translation>Demo-Sitzung laden</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Sitzungen</translation>
    </message>
    <message>
      <source>&amp;Open session</source>
      <translation>Sitzung ö&amp;ffnen</translation>
    </message>
    <message>
      <source>&amp;Review recordings</source>
      <translation>Aufnahmen &amp;prüfen</translation>
    </message>
    <message>
      <source>&amp;Delete session…</source>
      <translation>Sitzung &amp;löschen…</translation>
    </message>
    <message>
      <source>+ New session   Ctrl+N</source>
      <translation>+ Neue Sitzung   Strg+N</translation>
    </message>
    <message>
      <source>Search sessions</source>
      <translation>Sitzungen durchsuchen</translation>
    </message>
    <message>
      <source>Search leader, company, round, notes…</source>
      <translation>Führungskraft, Unternehmen, Runde, Notizen suchen…</translation>
    </message>
    <message>
      <source>Round:</source>
      <translation>Runde:</translation>
    </message>
    <message>
      <source>Who has done it…</source>
      <translation>Wer hat mitgemacht…</translation>
    </message>
    <message>
      <source>Select a session to see its emotion curve.</source>
      <translation>Wählen Sie eine Sitzung, um ihre Gefühlskurve zu sehen.</translation>
    </message>
    <message>
      <source>All rounds</source>
      <translation>Alle Runden</translation>
    </message>
    <message>
      <source>(no round)</source>
      <translation>(keine Runde)</translation>
    </message>
    <message>
      <source>&lt;b&gt;{round}&lt;/b&gt;: {finished} of {leaders} leaders finished · {going} in progress · {none} not started</source>
      <translation>&lt;b&gt;{round}&lt;/b&gt;: {finished} von {leaders} Führungskräften fertig · {going} begonnen · {none} nicht begonnen</translation>
    </message>
  </context>
  <context>
    <name>ImportReportDialog</name>
    <message>
      <source>Import sessions</source>
      <translation>Sitzungen importieren</translation>
    </message>
    <message>
      <source>Imported {name}: {counts}.</source>
      <translation>{name} importiert: {counts}.</translation>
    </message>
  </context>
  <context>
    <name>ImportReportModel</name>
    <message>
      <source>Session</source>
      <translation>Sitzung</translation>
    </message>
    <message>
      <source>Round</source>
      <translation>Runde</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <source>What changed, or why not</source>
      <translation>Was sich geändert hat, oder warum nicht</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>Hinzugefügt</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>Aktualisiert</translation>
    </message>
    <message>
      <source>Skipped</source>
      <translation>Übersprungen</translation>
    </message>
    <message numerus="yes">
      <source>new, with %n recording(s)</source>
      <translation>
        <numerusform>neu, mit %n Aufnahme</numerusform>
        <numerusform>neu, mit %n Aufnahmen</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>JobFlow</name>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
  </context>
  <context>
    <name>LevelMeter</name>
    <message>
      <source>Microphone level</source>
      <translation>Mikrofonpegel</translation>
    </message>
    <message>
      <source>RMS {rms:.0f} dBFS · peak {peak:.0f} dBFS</source>
      <translation>RMS {rms:.0f} dBFS · Spitze {peak:.0f} dBFS</translation>
    </message>
    <message>
      <source>silence</source>
      <translation>Stille</translation>
    </message>
  </context>
  <context>
    <name>LicencesDialog</name>
    <message>
      <source>Licences of the parts of Mystery Shop</source>
      <translation>Lizenzen der Bestandteile von Mystery Shop</translation>
    </message>
    <message>
      <source>Licence texts</source>
      <translation>Lizenztexte</translation>
    </message>
    <message>
      <source>Licence text</source>
      <translation>Lizenztext</translation>
    </message>
    <message>
      <source>The licence texts are missing from this install.</source>
      <translation>In dieser Installation fehlen die Lizenztexte.</translation>
    </message>
  </context>
  <context>
    <name>LiveFeelingPanel</name>
    <message>
      <source>Live feeling now · ↑ or + better · ↓ or − worse</source>
      <translation>Gefühl jetzt · ↑ oder + besser · ↓ oder − schlechter</translation>
    </message>
    <message>
      <source>Worse (↓ or −)</source>
      <translation>Schlechter (↓ oder −)</translation>
    </message>
    <message>
      <source>Better (↑ or +)</source>
      <translation>Besser (↑ oder +)</translation>
    </message>
    <message>
      <source>The live feeling so far</source>
      <translation>Das Gefühl im Verlauf bisher</translation>
    </message>
    <message>
      <source>Move it whenever the call makes you feel better or worse (or turn the mouse wheel here)</source>
      <translation>Bewegen Sie es, sobald der Anruf Ihr Gefühl besser oder schlechter macht (oder drehen Sie hier das Mausrad)</translation>
    </message>
    <message>
      <source>Every change is kept with its time on the call.</source>
      <translation>Jede Änderung wird mit ihrer Zeit im Anruf gespeichert.</translation>
    </message>
    <message>
      <source>Moves while the timer runs</source>
      <translation>Bewegt sich, solange die Zeitmessung läuft</translation>
    </message>
    <message>
      <source>It moves again when the timer runs.</source>
      <translation>Es bewegt sich wieder, wenn die Zeitmessung läuft.</translation>
    </message>
  </context>
  <context>
    <name>LoopDialog</name>
    <message>
      <source>Findings and actions</source>
      <translation>Befunde und Maßnahmen</translation>
    </message>
    <message>
      <source>What we found</source>
      <translation>Was wir gefunden haben</translation>
    </message>
    <message>
      <source>All rounds</source>
      <translation>Alle Runden</translation>
    </message>
    <message>
      <source>(no round)</source>
      <translation>(keine Runde)</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>Befunde</translation>
    </message>
    <message>
      <source>&amp;New finding…</source>
      <translation>&amp;Neuer Befund…</translation>
    </message>
    <message>
      <source>Answer it with an &amp;action…</source>
      <translation>Mit einer &amp;Maßnahme beantworten…</translation>
    </message>
    <message>
      <source>Round:</source>
      <translation>Runde:</translation>
    </message>
    <message>
      <source>What we will change</source>
      <translation>Was wir ändern werden</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Jeder Stand</translation>
    </message>
    <message>
      <source>Any factor</source>
      <translation>Jeder Faktor</translation>
    </message>
    <message>
      <source>Any touchpoint</source>
      <translation>Jeder Kontaktpunkt</translation>
    </message>
    <message>
      <source>Overdue &amp;only</source>
      <translation>Nur &amp;überfällige</translation>
    </message>
    <message>
      <source>Actions</source>
      <translation>Maßnahmen</translation>
    </message>
    <message>
      <source>New a&amp;ction…</source>
      <translation>Neue Maßna&amp;hme…</translation>
    </message>
    <message>
      <source>Mark &amp;done</source>
      <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
      <source>&amp;Delete…</source>
      <translation>&amp;Löschen…</translation>
    </message>
    <message numerus="yes">
      <source>%n action(s): {done} done, {late} overdue.</source>
      <translation>
        <numerusform>%n Maßnahme: {done} erledigt, {late} überfällig.</numerusform>
        <numerusform>%n Maßnahmen: {done} erledigt, {late} überfällig.</numerusform>
      </translation>
    </message>
    <message>
      <source>Any owner</source>
      <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
      <source>Delete the finding “{text}”? Actions that answer it stay.</source>
      <translation>Den Befund „{text}“ löschen? Maßnahmen, die darauf antworten, bleiben.</translation>
    </message>
    <message>
      <source>Delete the action “{text}”?</source>
      <translation>Die Maßnahme „{text}“ löschen?</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Read-only</source>
      <translation>Nur lesen</translation>
    </message>
    <message>
      <source>{file} can only be read (a read-only file, folder or disk): sessions can be looked at, exported and shared, not changed.</source>
      <translation>{file} kann nur gelesen werden (schreibgeschützte Datei, Ordner oder Laufwerk): Sitzungen lassen sich ansehen, exportieren und teilen, aber nicht ändern.</translation>
    </message>
    <message>
      <source>This database is read-only: you can look, export and share, not change.</source>
      <translation>Diese Datenbank ist schreibgeschützt: Sie können ansehen, exportieren und teilen, aber nichts ändern.</translation>
    </message>
    <message>
      <source>Listening to the call for rings, holds and keypad tones…</source>
      <translation>Hört den Anruf auf Klingeln, Warteschleifen und Tastentöne ab…</translation>
    </message>
    <message numerus="yes">
      <source>Found %n call event(s) in the recording: Review recordings to accept or reject them.</source>
      <translation>
        <numerusform>%n Anrufereignis in der Aufnahme gefunden: Unter „Aufnahmen prüfen“ übernehmen oder verwerfen.</numerusform>
        <numerusform>%n Anrufereignisse in der Aufnahme gefunden: Unter „Aufnahmen prüfen“ übernehmen oder verwerfen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Deleted %n recording(s) of sessions finished more than {days} days ago (Settings).</source>
      <translation>
        <numerusform>%n Aufnahme von Sitzungen gelöscht, die vor mehr als {days} Tagen abgeschlossen wurden (Einstellungen).</numerusform>
        <numerusform>%n Aufnahmen von Sitzungen gelöscht, die vor mehr als {days} Tagen abgeschlossen wurden (Einstellungen).</numerusform>
      </translation>
    </message>
    <message>
      <source>The database is damaged: quit and start again to choose what to do.</source>
      <translation>Die Datenbank ist beschädigt: Beenden Sie das Programm und starten Sie es neu, um zu wählen, wie es weitergeht.</translation>
    </message>
    <message numerus="yes">
      <source>%n session(s)</source>
      <translation>
        <numerusform>%n Sitzung</numerusform>
        <numerusform>%n Sitzungen</numerusform>
      </translation>
    </message>
    <message>
      <source>Saved in {folder}</source>
      <translation>Gespeichert in {folder}</translation>
    </message>
    <message>
      <source>No sessions yet: start one with New session, or load the demo</source>
      <translation>Noch keine Sitzungen: Beginnen Sie eine mit „Neue Sitzung“ oder laden Sie die Demo</translation>
    </message>
    <message>
      <source>Export to Excel (Ctrl+E)</source>
      <translation>Nach Excel exportieren (Strg+E)</translation>
    </message>
    <message>
      <source>Meeting pack (Ctrl+Shift+E)</source>
      <translation>Besprechungsmappe (Strg+Umschalt+E)</translation>
    </message>
    <message>
      <source>Share sessions (Ctrl+Shift+S)</source>
      <translation>Sitzungen teilen (Strg+Umschalt+S)</translation>
    </message>
    <message>
      <source>Review recordings (Ctrl+R)</source>
      <translation>Aufnahmen prüfen (Strg+R)</translation>
    </message>
    <message>
      <source>Compare rounds (Ctrl+Shift+C)</source>
      <translation>Runden vergleichen (Strg+Umschalt+C)</translation>
    </message>
    <message>
      <source>Round plan (Ctrl+Shift+P)</source>
      <translation>Rundenplan (Strg+Umschalt+P)</translation>
    </message>
    <message>
      <source>Demo session added.</source>
      <translation>Demo-Sitzung hinzugefügt.</translation>
    </message>
    <message>
      <source>About Mystery Shop</source>
      <translation>Über Mystery Shop</translation>
    </message>
    <message>
      <source>&lt;b&gt;Mystery Shop {version}&lt;/b&gt;&lt;p&gt;Be a customer of your own company and record, honestly, what it feels like.&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;/p&gt;&lt;p&gt;Built on Qt, FFmpeg, PortAudio, libsndfile, Python and the packages listed under Licences, each under its own licence.&lt;/p&gt;</source>
      <translation>&lt;b&gt;Mystery Shop {version}&lt;/b&gt;&lt;p&gt;Seien Sie Kunde Ihres eigenen Unternehmens und halten Sie ehrlich fest, wie es sich anfühlt.&lt;/p&gt;&lt;p&gt;Datenordner: {folder}&lt;/p&gt;&lt;p&gt;Gebaut mit Qt, FFmpeg, PortAudio, libsndfile, Python und den unter „Lizenzen“ aufgeführten Paketen, jedes unter seiner eigenen Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Licences…</source>
      <translation>Lizenzen…</translation>
    </message>
  </context>
  <context>
    <name>MarkersPanel</name>
    <message>
      <source>Type the note, then Enter</source>
      <translation>Notiz eingeben, dann Eingabetaste</translation>
    </message>
    <message>
      <source>Markers of this call, oldest first</source>
      <translation>Markierungen dieses Anrufs, älteste zuerst</translation>
    </message>
    <message>
      <source>Select a marker and press Delete to remove it</source>
      <translation>Markierung wählen und Entf drücken, um sie zu entfernen</translation>
    </message>
    <message>
      <source>Note at {t}:</source>
      <translation>Notiz bei {t}:</translation>
    </message>
  </context>
  <context>
    <name>MediaPlayer</name>
    <message>
      <source>No sound output was found on this computer, so the recording cannot be heard. Plug in headphones or speakers (or start the sound service) and press Play again.</source>
      <translation>Auf diesem Computer wurde keine Tonausgabe gefunden, daher ist die Aufnahme nicht zu hören. Schließen Sie Kopfhörer oder Lautsprecher an (oder starten Sie den Audiodienst) und drücken Sie erneut auf Abspielen.</translation>
    </message>
  </context>
  <context>
    <name>MeetingPack</name>
    <message>
      <source>Meeting pack</source>
      <translation>Besprechungsmappe</translation>
    </message>
    <message>
      <source>Write</source>
      <translation>Schreiben</translation>
    </message>
    <message>
      <source>PDF document (*.pdf)</source>
      <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
      <source>A4, landscape</source>
      <translation>A4, quer</translation>
    </message>
    <message>
      <source>US Letter, landscape</source>
      <translation>US Letter, quer</translation>
    </message>
    <message>
      <source>&amp;Paper:</source>
      <translation>&amp;Papier:</translation>
    </message>
    <message>
      <source>Laying out the meeting pack…</source>
      <translation>Die Besprechungsmappe wird gesetzt…</translation>
    </message>
  </context>
  <context>
    <name>Navigator</name>
    <message>
      <source>Session: {company} · {leader} — {app}</source>
      <translation>Sitzung: {company} · {leader} — {app}</translation>
    </message>
    <message>
      <source>Review: {company} · {leader} — {app}</source>
      <translation>Prüfung: {company} · {leader} — {app}</translation>
    </message>
  </context>
  <context>
    <name>NewSessionDialog</name>
    <message>
      <source>New session</source>
      <translation>Neue Sitzung</translation>
    </message>
    <message>
      <source>For the next hour you are not a leader: you are a customer of your own company. Be honest about how each step makes you feel.</source>
      <translation>In der nächsten Stunde sind Sie keine Führungskraft, sondern Kunde Ihres eigenen Unternehmens. Seien Sie ehrlich, wie sich jeder Schritt anfühlt.</translation>
    </message>
    <message>
      <source>Your name: pick it, or type it once</source>
      <translation>Ihr Name: auswählen oder einmal eintippen</translation>
    </message>
    <message>
      <source>Company or location you are shopping</source>
      <translation>Unternehmen oder Standort, den Sie testen</translation>
    </message>
    <message>
      <source>The number a customer would call</source>
      <translation>Die Nummer, die ein Kunde anrufen würde</translation>
    </message>
    <message>
      <source>Sessions of one round are compared with later rounds</source>
      <translation>Die Sitzungen einer Runde werden mit späteren Runden verglichen</translation>
    </message>
    <message>
      <source>Your &amp;name</source>
      <translation>Ihr &amp;Name</translation>
    </message>
    <message>
      <source>&amp;Company / location</source>
      <translation>&amp;Unternehmen / Standort</translation>
    </message>
    <message>
      <source>&amp;Website (optional)</source>
      <translation>&amp;Website (optional)</translation>
    </message>
    <message>
      <source>&amp;Phone (optional)</source>
      <translation>&amp;Telefon (optional)</translation>
    </message>
    <message>
      <source>&amp;Round</source>
      <translation>&amp;Runde</translation>
    </message>
    <message>
      <source>The steps of the round (View › Exercise templates): chosen when a round starts; its sessions keep them</source>
      <translation>Die Schritte der Runde (Ansicht › Übungsvorlagen): gewählt, wenn eine Runde beginnt; ihre Sitzungen behalten sie</translation>
    </message>
    <message>
      <source>S&amp;teps</source>
      <translation>&amp;Schritte</translation>
    </message>
    <message>
      <source>Start session</source>
      <translation>Sitzung beginnen</translation>
    </message>
  </context>
  <context>
    <name>ParticipationModel</name>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Erledigt</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Stand</translation>
    </message>
    <message>
      <source>Last activity</source>
      <translation>Zuletzt aktiv</translation>
    </message>
    <message>
      <source>✓ done</source>
      <translation>✓ erledigt</translation>
    </message>
    <message>
      <source>… started</source>
      <translation>… begonnen</translation>
    </message>
    <message>
      <source>Finished</source>
      <translation>Fertig</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>Nicht begonnen</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>Begonnen</translation>
    </message>
  </context>
  <context>
    <name>PerceptionChart</name>
    <message>
      <source>Three perceptions and the mystery shop</source>
      <translation>Drei Wahrnehmungen und der Mystery Shop</translation>
    </message>
    <message>
      <source>Leadership (predicted)</source>
      <translation>Führung (vorhergesagt)</translation>
    </message>
    <message>
      <source>Mystery shop (felt)</source>
      <translation>Mystery Shop (gefühlt)</translation>
    </message>
    <message>
      <source>Overall</source>
      <translation>Insgesamt</translation>
    </message>
    <message>
      <source>Nothing rated yet</source>
      <translation>Noch nichts bewertet</translation>
    </message>
  </context>
  <context>
    <name>PerceptionDialog</name>
    <message>
      <source>Perception check</source>
      <translation>Wahrnehmungsprüfung</translation>
    </message>
    <message>
      <source>&amp;Round:</source>
      <translation>&amp;Runde:</translation>
    </message>
    <message>
      <source>&amp;Add a response…   Ctrl+N</source>
      <translation>Rückmeldung &amp;hinzufügen…   Strg+N</translation>
    </message>
    <message>
      <source>&amp;Import a survey…</source>
      <translation>Umfrage &amp;importieren…</translation>
    </message>
    <message>
      <source>&amp;Side by side</source>
      <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
      <source>Four &amp;questions</source>
      <translation>Vier &amp;Fragen</translation>
    </message>
    <message>
      <source>&amp;Themes</source>
      <translation>&amp;Themen</translation>
    </message>
    <message>
      <source>&amp;Points</source>
      <translation>&amp;Punkte</translation>
    </message>
    <message>
      <source>Respo&amp;nses</source>
      <translation>Rück&amp;meldungen</translation>
    </message>
    <message>
      <source>Make a &amp;finding from this point…</source>
      <translation>&amp;Befund aus diesem Punkt…</translation>
    </message>
    <message>
      <source>Tag a point: select its Touchpoint, Factor or Theme cell and press F2 (or just type). Points with one theme are counted together under Themes.</source>
      <translation>Einen Punkt zuordnen: Wählen Sie seine Zelle Kontaktpunkt, Faktor oder Thema und drücken Sie F2 (oder tippen Sie einfach). Punkte mit demselben Thema werden unter Themen zusammengezählt.</translation>
    </message>
    <message>
      <source>&amp;Delete…</source>
      <translation>&amp;Löschen…</translation>
    </message>
    <message>
      <source>{group} {share:.0%} ({yes} of {asked})</source>
      <translation>{group} {share:.0%} ({yes} von {asked})</translation>
    </message>
    <message>
      <source>No responses in this round yet. Add the leadership team's answers, then each staff group's sheet, and import the customer survey.</source>
      <translation>Noch keine Rückmeldungen in dieser Runde. Erfassen Sie die Antworten des Führungsteams, dann den Bogen jeder Mitarbeitergruppe, und importieren Sie die Kundenumfrage.</translation>
    </message>
    <message>
      <source>nobody was asked yet</source>
      <translation>noch niemand wurde gefragt</translation>
    </message>
    <message>
      <source>“Do we deliver excellent service?” Yes: {shares}. (Across companies, 80% believe they do; 8% of their customers agree.)</source>
      <translation>„Liefern wir exzellenten Service?“ Ja: {shares}. (Über alle Unternehmen glauben 80 %, dass sie es tun; 8 % ihrer Kunden stimmen zu.)</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Delete this response ({group}, {source}) and its points? Findings made from them stay.</source>
      <translation>Diese Rückmeldung ({group}, {source}) und ihre Punkte löschen? Befunde, die daraus entstanden, bleiben.</translation>
    </message>
    <message numerus="yes">
      <source>Imported %n response(s)</source>
      <translation>
        <numerusform>%n Rückmeldung importiert</numerusform>
        <numerusform>%n Rückmeldungen importiert</numerusform>
      </translation>
    </message>
    <message>
      <source> ({here} already here, {empty} empty rows). </source>
      <translation> ({here} schon vorhanden, {empty} leere Zeilen). </translation>
    </message>
  </context>
  <context>
    <name>Plurals</name>
    <message numerus="yes">
      <source>%n session(s)</source>
      <translation>
        <numerusform>%n Sitzung</numerusform>
        <numerusform>%n Sitzungen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n Seite</numerusform>
        <numerusform>%n Seiten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n recording(s)</source>
      <translation>
        <numerusform>%n Aufnahme</numerusform>
        <numerusform>%n Aufnahmen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n ring(s)</source>
      <translation>
        <numerusform>%n Klingeln</numerusform>
        <numerusform>%n Klingeln</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n transfer(s)</source>
      <translation>
        <numerusform>%n Weiterleitung</numerusform>
        <numerusform>%n Weiterleitungen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n point(s) up</source>
      <translation>
        <numerusform>%n Punkt hoch</numerusform>
        <numerusform>%n Punkte hoch</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n point(s) down</source>
      <translation>
        <numerusform>%n Punkt runter</numerusform>
        <numerusform>%n Punkte runter</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n point(s) short of it</source>
      <translation>
        <numerusform>%n Punkt darunter</numerusform>
        <numerusform>%n Punkte darunter</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n point(s) above it</source>
      <translation>
        <numerusform>%n Punkt darüber</numerusform>
        <numerusform>%n Punkte darüber</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Wrote {path} (%n session(s)).</source>
      <translation>
        <numerusform>{path} geschrieben (%n Sitzung).</numerusform>
        <numerusform>{path} geschrieben (%n Sitzungen).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n recording(s) copied to the folder “{folder}” beside it.</source>
      <translation>
        <numerusform>%n Aufnahme in den Ordner „{folder}“ daneben kopiert.</numerusform>
        <numerusform>%n Aufnahmen in den Ordner „{folder}“ daneben kopiert.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Its notes, ratings, markers and reviews go, and its %n recording(s).</source>
      <translation>
        <numerusform>Ihre Notizen, Bewertungen, Markierungen und Prüfungen werden gelöscht, dazu ihre %n Aufnahme.</numerusform>
        <numerusform>Ihre Notizen, Bewertungen, Markierungen und Prüfungen werden gelöscht, dazu ihre %n Aufnahmen.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PointsModel</name>
    <message>
      <source>Group</source>
      <translation>Gruppe</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Frage</translation>
    </message>
    <message>
      <source>Point</source>
      <translation>Punkt</translation>
    </message>
    <message>
      <source>Touchpoint</source>
      <translation>Kontaktpunkt</translation>
    </message>
    <message>
      <source>Factor</source>
      <translation>Faktor</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Thema</translation>
    </message>
  </context>
  <context>
    <name>PointsScale</name>
    <message>
      <source>{what}: points from 10 down to 10 up</source>
      <translation>{what}: Punkte von 10 runter bis 10 hoch</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>Punkte</translation>
    </message>
    <message>
      <source>Clear: not rated yet</source>
      <translation>Zurücksetzen: noch nicht bewertet</translation>
    </message>
    <message>
      <source>10 down</source>
      <translation>10 runter</translation>
    </message>
    <message>
      <source>10 up</source>
      <translation>10 hoch</translation>
    </message>
  </context>
  <context>
    <name>QuestionsForm</name>
    <message>
      <source>Comment on: {question}</source>
      <translation>Kommentar zu: {question}</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Kommentar</translation>
    </message>
  </context>
  <context>
    <name>RatingPanel</name>
    <message>
      <source>Your rating of this step</source>
      <translation>Ihre Bewertung dieses Schritts</translation>
    </message>
    <message>
      <source>Reviewer's name</source>
      <translation>Name der prüfenden Person</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Ihr Name</translation>
    </message>
    <message>
      <source>Confirm my rating</source>
      <translation>Meine Bewertung bestätigen</translation>
    </message>
    <message>
      <source>Fix this as your blind rating; then the leader's is shown</source>
      <translation>Als Ihre Blindbewertung festhalten; danach wird die der Führungskraft gezeigt</translation>
    </message>
    <message>
      <source>Blind review</source>
      <translation>Blindprüfung</translation>
    </message>
    <message>
      <source>Hide the leader's rating of a step until you have rated it, so your opinion is your own</source>
      <translation>Die Bewertung der Führungskraft verbergen, bis Sie selbst bewertet haben – damit Ihr Urteil Ihr eigenes bleibt</translation>
    </message>
    <message>
      <source>Reviewer</source>
      <translation>Prüfer</translation>
    </message>
    <message>
      <source>Leader's rating: hidden until you confirm yours</source>
      <translation>Bewertung der Führungskraft: verborgen, bis Sie Ihre bestätigen</translation>
    </message>
    <message>
      <source>Leader's rating: {n} ({words})</source>
      <translation>Bewertung der Führungskraft: {n} ({words})</translation>
    </message>
    <message>
      <source>yours changed after seeing it (blind: {n})</source>
      <translation>Ihre nach dem Ansehen geändert (blind: {n})</translation>
    </message>
  </context>
  <context>
    <name>RecordingActions</name>
    <message>
      <source>reviewer</source>
      <translation>Prüfende Person</translation>
    </message>
    <message>
      <source>Listening for rings, holds and keypad tones…</source>
      <translation>Sucht nach Klingeln, Warteschleifen und Tastentönen…</translation>
    </message>
    <message>
      <source>Redacting…</source>
      <translation>Wird unkenntlich gemacht…</translation>
    </message>
    <message>
      <source>Redacted {start}–{end} ({why}; {who}, {when}).</source>
      <translation>Unkenntlich gemacht {start}–{end} ({why}; {who}, {when}).</translation>
    </message>
    <message>
      <source>The unredacted original is kept on this computer only.</source>
      <translation>Das nicht unkenntlich gemachte Original bleibt nur auf diesem Computer.</translation>
    </message>
    <message>
      <source>Delete recording</source>
      <translation>Aufnahme löschen</translation>
    </message>
    <message>
      <source>Delete this recording ({length}) from the disk for good? The session, the leader's markers and your notes stay.</source>
      <translation>Diese Aufnahme ({length}) endgültig von der Festplatte löschen? Die Sitzung, die Markierungen der Führungskraft und Ihre Notizen bleiben.</translation>
    </message>
  </context>
  <context>
    <name>RecordingController</name>
    <message>
      <source>Mystery Shop may not use the microphone, so nothing can be recorded. Allow it in {where}, then press Record again.</source>
      <translation>Mystery Shop darf das Mikrofon nicht verwenden, daher kann nichts aufgenommen werden. Erlauben Sie es unter {where} und drücken Sie dann erneut auf Aufnehmen.</translation>
    </message>
    <message>
      <source>The session notes the recording as soon as the disk has room again.</source>
      <translation>Die Sitzung vermerkt die Aufnahme, sobald auf dem Laufwerk wieder Platz ist.</translation>
    </message>
    <message>
      <source>The recording is kept in {file}, but the session cannot note it yet (the database cannot be written). It is noted as soon as that works again.</source>
      <translation>Die Aufnahme ist in {file} gespeichert, aber die Sitzung kann sie noch nicht vermerken (die Datenbank lässt sich nicht schreiben). Sie wird vermerkt, sobald das wieder geht.</translation>
    </message>
  </context>
  <context>
    <name>RecordingPanel</name>
    <message>
      <source>● Record   Ctrl+Shift+R</source>
      <translation>● Aufnehmen   Strg+Umschalt+R</translation>
    </message>
    <message>
      <source>■ Stop recording   Ctrl+Shift+R</source>
      <translation>■ Aufnahme beenden   Strg+Umschalt+R</translation>
    </message>
    <message>
      <source>Not recording</source>
      <translation>Keine Aufnahme</translation>
    </message>
    <message>
      <source>Recorded {t}</source>
      <translation>Aufgenommen: {t}</translation>
    </message>
    <message>
      <source>{n} takes: {list}</source>
      <translation>{n} Aufnahmen: {list}</translation>
    </message>
    <message>
      <source>{n} dropouts</source>
      <translation>{n} Aussetzer</translation>
    </message>
    <message>
      <source>stopped early</source>
      <translation>vorzeitig beendet</translation>
    </message>
    <message>
      <source>take {n} </source>
      <translation>Aufnahme {n} </translation>
    </message>
    <message>
      <source>Recording take {n}; the earlier {kept} kept</source>
      <translation>Aufnahme {n} läuft; {kept} erhalten</translation>
    </message>
    <message>
      <source>take is</source>
      <translation>die frühere bleibt</translation>
    </message>
    <message>
      <source>{n} takes are</source>
      <translation>die {n} früheren bleiben</translation>
    </message>
    <message>
      <source>Record this call?</source>
      <translation>Diesen Anruf aufnehmen?</translation>
    </message>
    <message>
      <source>Many places require everyone on a call to agree before it is recorded. In about a dozen US states every party must agree (California's rule also covers calls into the state); other countries' rules differ. Recording without that consent may be illegal where you or the person you call are.</source>
      <translation>Vielerorts müssen alle Beteiligten zustimmen, bevor ein Anruf aufgenommen wird. In etwa einem Dutzend US-Bundesstaaten muss jede Seite zustimmen (Kaliforniens Regel gilt auch für Anrufe in den Bundesstaat); andere Länder regeln es anders. Eine Aufnahme ohne diese Zustimmung kann dort, wo Sie oder die angerufene Person sind, rechtswidrig sein.</translation>
    </message>
    <message>
      <source>Say it as the call starts: “This call is recorded for training and quality.”</source>
      <translation>Sagen Sie zu Beginn des Anrufs: „Dieses Gespräch wird zu Schulungs- und Qualitätszwecken aufgezeichnet.“</translation>
    </message>
    <message>
      <source>I confirm that I may record this call.</source>
      <translation>Ich bestätige, dass ich diesen Anruf aufnehmen darf.</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Aufnehmen</translation>
    </message>
  </context>
  <context>
    <name>RedactDialog</name>
    <message>
      <source>Redact</source>
      <translation>Unkenntlich machen</translation>
    </message>
    <message>
      <source>The audio as recorded is kept on this computer only; shared copies are redacted.</source>
      <translation>Der Ton wie aufgenommen bleibt nur auf diesem Computer; geteilte Kopien sind unkenntlich gemacht.</translation>
    </message>
    <message>
      <source>The audio is gone for good.</source>
      <translation>Der Ton ist endgültig weg.</translation>
    </message>
    <message>
      <source>Replace {span} of this recording with a bleep or with silence? {fate} Every marker and note keeps its time.</source>
      <translation>{span} dieser Aufnahme durch einen Piepton oder Stille ersetzen? {fate} Jede Markierung und Notiz behält ihre Zeit.</translation>
    </message>
    <message>
      <source>Card number</source>
      <translation>Kartennummer</translation>
    </message>
    <message>
      <source>Card security code</source>
      <translation>Kartenprüfnummer</translation>
    </message>
    <message>
      <source>Personal details (name, address, date of birth)</source>
      <translation>Persönliche Angaben (Name, Adresse, Geburtsdatum)</translation>
    </message>
    <message>
      <source>Said off the record</source>
      <translation>Vertraulich gesagt</translation>
    </message>
    <message>
      <source>Why (kept in the redaction log)</source>
      <translation>Warum (steht im Protokoll)</translation>
    </message>
    <message>
      <source>&amp;Why</source>
      <translation>&amp;Warum</translation>
    </message>
    <message>
      <source>&amp;Bleep</source>
      <translation>&amp;Piepton</translation>
    </message>
    <message>
      <source>&amp;Silence</source>
      <translation>&amp;Stille</translation>
    </message>
  </context>
  <context>
    <name>ResponseDialog</name>
    <message>
      <source>Perception response</source>
      <translation>Rückmeldung</translation>
    </message>
    <message>
      <source>New perception response</source>
      <translation>Neue Rückmeldung</translation>
    </message>
    <message>
      <source>e.g. Staff group 3 — warehouse</source>
      <translation>z. B. Mitarbeitergruppe 3 — Lager</translation>
    </message>
    <message>
      <source>Not asked</source>
      <translation>Nicht gefragt</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Nein</translation>
    </message>
    <message>
      <source>&amp;Group</source>
      <translation>&amp;Gruppe</translation>
    </message>
    <message>
      <source>&amp;Source</source>
      <translation>&amp;Quelle</translation>
    </message>
    <message>
      <source>&amp;Overall rating</source>
      <translation>Gesamt&amp;bewertung</translation>
    </message>
    <message>
      <source>Do we deliver &amp;excellent service?</source>
      <translation>Liefern wir e&amp;xzellenten Service?</translation>
    </message>
    <message>
      <source>Rating per touchpoint (optional)</source>
      <translation>Bewertung je Kontaktpunkt (freiwillig)</translation>
    </message>
    <message>
      <source>One point a line</source>
      <translation>Ein Punkt pro Zeile</translation>
    </message>
  </context>
  <context>
    <name>ResponsesModel</name>
    <message>
      <source>Group</source>
      <translation>Gruppe</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Quelle</translation>
    </message>
    <message>
      <source>Overall</source>
      <translation>Gesamt</translation>
    </message>
    <message>
      <source>Excellent service?</source>
      <translation>Exzellenter Service?</translation>
    </message>
    <message>
      <source>Touchpoints rated</source>
      <translation>Bewertete Kontaktpunkte</translation>
    </message>
    <message>
      <source>Points</source>
      <translation>Punkte</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Nein</translation>
    </message>
  </context>
  <context>
    <name>ReviewView</name>
    <message>
      <source>Steps of this session</source>
      <translation>Schritte dieser Sitzung</translation>
    </message>
    <message>
      <source>Delete recording…</source>
      <translation>Aufnahme löschen…</translation>
    </message>
    <message>
      <source>Delete this recording's audio from the disk; the session, its markers and notes stay</source>
      <translation>Den Ton dieser Aufnahme von der Festplatte löschen; die Sitzung, ihre Markierungen und Notizen bleiben</translation>
    </message>
    <message>
      <source>The leader's notes</source>
      <translation>Notizen der Führungskraft</translation>
    </message>
    <message>
      <source>Recording {n} · {t}</source>
      <translation>Aufnahme {n} · {t}</translation>
    </message>
    <message>
      <source>This step has no recording. You can still rate it and read the leader's notes.</source>
      <translation>Dieser Schritt hat keine Aufnahme. Sie können ihn trotzdem bewerten und die Notizen der Führungskraft lesen.</translation>
    </message>
    <message>
      <source>This recording was deleted on {when}; its markers and notes are kept.</source>
      <translation>Diese Aufnahme wurde am {when} gelöscht; ihre Markierungen und Notizen bleiben erhalten.</translation>
    </message>
    <message>
      <source>Drawing the waveform…</source>
      <translation>Die Wellenform wird gezeichnet…</translation>
    </message>
    <message>
      <source>The recording file is missing: {path}</source>
      <translation>Die Aufnahmedatei fehlt: {path}</translation>
    </message>
    <message>
      <source>The leader wrote no notes for this step.</source>
      <translation>Die Führungskraft hat zu diesem Schritt keine Notizen geschrieben.</translation>
    </message>
    <message>
      <source>⚠ {n} dropouts while recording: some moments are missing.</source>
      <translation>⚠ {n} Aussetzer während der Aufnahme: Einige Momente fehlen.</translation>
    </message>
    <message>
      <source>⚠ Recovered after the app stopped during the call.</source>
      <translation>⚠ Wiederhergestellt, nachdem das Programm während des Anrufs beendet wurde.</translation>
    </message>
    <message>
      <source>Export labels for Audacity</source>
      <translation>Marken für Audacity exportieren</translation>
    </message>
    <message>
      <source>Audacity labels (*.txt)</source>
      <translation>Audacity-Marken (*.txt)</translation>
    </message>
  </context>
  <context>
    <name>RoundPlanDialog</name>
    <message>
      <source>Round plan</source>
      <translation>Rundenplan</translation>
    </message>
    <message>
      <source>(no round)</source>
      <translation>(keine Runde)</translation>
    </message>
    <message>
      <source>&amp;Round:</source>
      <translation>&amp;Runde:</translation>
    </message>
    <message>
      <source>&amp;Who has done it</source>
      <translation>&amp;Wer hat mitgemacht</translation>
    </message>
    <message>
      <source>The &amp;experience we want</source>
      <translation>Das &amp;Erlebnis, das wir wollen</translation>
    </message>
    <message>
      <source>Who has done the round</source>
      <translation>Wer die Runde gemacht hat</translation>
    </message>
    <message>
      <source>A leader's name, as the team writes it</source>
      <translation>Name einer Führungskraft, wie das Team ihn schreibt</translation>
    </message>
    <message>
      <source>Add a leader to the team</source>
      <translation>Führungskraft zum Team hinzufügen</translation>
    </message>
    <message>
      <source>&amp;Add leader</source>
      <translation>Führungskraft &amp;hinzufügen</translation>
    </message>
    <message>
      <source>Re&amp;name…</source>
      <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
      <source>Renaming to a name already on the list merges the two: their sessions become one person's</source>
      <translation>Umbenennen in einen Namen, der schon auf der Liste steht, führt beide zusammen: Ihre Sitzungen gehören dann einer Person</translation>
    </message>
    <message>
      <source>Re&amp;move from list</source>
      <translation>Von der Liste ent&amp;fernen</translation>
    </message>
    <message>
      <source>Their sessions stay; they leave the team's list</source>
      <translation>Die Sitzungen bleiben; die Person verlässt die Liste des Teams</translation>
    </message>
    <message>
      <source>Where should each touchpoint leave the customer? Set the feeling we want this round and say in one sentence what that experience is. Leaders see it only after they have rated the step, so it cannot sway their rating.</source>
      <translation>Wo soll jeder Kontaktpunkt die Kundschaft zurücklassen? Legen Sie das Gefühl fest, das wir in dieser Runde wollen, und sagen Sie in einem Satz, was dieses Erlebnis ist. Führungskräfte sehen es erst, nachdem sie den Schritt bewertet haben, damit es ihre Bewertung nicht beeinflusst.</translation>
    </message>
    <message>
      <source>Reading who has done {round}…</source>
      <translation>Lese, wer {round} gemacht hat…</translation>
    </message>
    <message>
      <source>{leaders} leaders: {finished} finished, {going} in progress, {none} not started. Who takes part, and who finds reasons not to, is itself a finding.</source>
      <translation>{leaders} Führungskräfte: {finished} fertig, {going} begonnen, {none} nicht begonnen. Wer mitmacht und wer Gründe findet, es nicht zu tun, ist selbst ein Befund.</translation>
    </message>
    <message>
      <source>Rename leader</source>
      <translation>Führungskraft umbenennen</translation>
    </message>
    <message>
      <source>New name for {name} (a name already on the list merges the two):</source>
      <translation>Neuer Name für {name} (ein Name, der schon auf der Liste steht, führt beide zusammen):</translation>
    </message>
  </context>
  <context>
    <name>RoundsChart</name>
    <message>
      <source>Rounds compared</source>
      <translation>Runden im Vergleich</translation>
    </message>
    <message>
      <source>{round}: felt {felt}, gap {gap}</source>
      <translation>{round}: gefühlt {felt}, Lücke {gap}</translation>
    </message>
    <message>
      <source>{d} to target</source>
      <translation>{d} zum Ziel</translation>
    </message>
    <message>
      <source>No rated steps</source>
      <translation>Keine bewerteten Schritte</translation>
    </message>
    <message>
      <source>Mean felt points</source>
      <translation>Mittlere gefühlte Punkte</translation>
    </message>
    <message>
      <source>Mean perception gap (felt − predicted)</source>
      <translation>Mittlere Wahrnehmungslücke (gefühlt − erwartet)</translation>
    </message>
    <message>
      <source>target</source>
      <translation>Ziel</translation>
    </message>
  </context>
  <context>
    <name>RoundsModel</name>
    <message>
      <source>Touchpoint</source>
      <translation>Kontaktpunkt</translation>
    </message>
    <message>
      <source>{round}
felt</source>
      <translation>{round}
gefühlt</translation>
    </message>
    <message>
      <source>{round}
gap</source>
      <translation>{round}
Lücke</translation>
    </message>
    <message>
      <source>{round}
to target</source>
      <translation>{round}
zum Ziel</translation>
    </message>
    <message>
      <source>Actions
done</source>
      <translation>Maßnahmen
erledigt</translation>
    </message>
    <message>
      <source>Fix held
(later sessions)</source>
      <translation>Behebung hielt
(spätere Sitzungen)</translation>
    </message>
    <message>
      <source>{held} of {said} ({share:.0%})</source>
      <translation>{held} von {said} ({share:.0%})</translation>
    </message>
  </context>
  <context>
    <name>ScopeDialog</name>
    <message>
      <source>All sessions ({n})</source>
      <translation>Alle Sitzungen ({n})</translation>
    </message>
    <message>
      <source>One round:</source>
      <translation>Eine Runde:</translation>
    </message>
    <message>
      <source>(no round)</source>
      <translation>(keine Runde)</translation>
    </message>
    <message>
      <source>The selected session: {what}</source>
      <translation>Die gewählte Sitzung: {what}</translation>
    </message>
    <message>
      <source>The selected session (none selected)</source>
      <translation>Die gewählte Sitzung (keine gewählt)</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Wählen…</translation>
    </message>
  </context>
  <context>
    <name>SessionController</name>
    <message>
      <source>marker “{what}”</source>
      <translation>Markierung „{what}“</translation>
    </message>
    <message>
      <source>removing “{what}”</source>
      <translation>Entfernen von „{what}“</translation>
    </message>
    <message>
      <source>prediction of {step}</source>
      <translation>Erwartung für {step}</translation>
    </message>
    <message>
      <source>feeling of {step}</source>
      <translation>Gefühl bei {step}</translation>
    </message>
    <message>
      <source>answer in {step}</source>
      <translation>Antwort bei {step}</translation>
    </message>
    <message>
      <source>verdict</source>
      <translation>Urteil</translation>
    </message>
  </context>
  <context>
    <name>SessionDeleter</name>
    <message>
      <source>Undo delete</source>
      <translation>Löschen rückgängig</translation>
    </message>
    <message>
      <source>Bring back the session just deleted (Ctrl+Z on the list, until you quit)</source>
      <translation>Die eben gelöschte Sitzung zurückholen (Strg+Z in der Liste, bis zum Beenden)</translation>
    </message>
    <message numerus="yes">
      <source>%n session(s) deleted.</source>
      <translation>
        <numerusform>%n Sitzung gelöscht.</numerusform>
        <numerusform>%n Sitzungen gelöscht.</numerusform>
      </translation>
    </message>
    <message>
      <source>Brought back: {what}.</source>
      <translation>Zurückgeholt: {what}.</translation>
    </message>
  </context>
  <context>
    <name>SessionView</name>
    <message>
      <source>◀ Back   Alt+←</source>
      <translation>◀ Zurück   Alt+←</translation>
    </message>
    <message>
      <source>Next ▶   Alt+→</source>
      <translation>Weiter ▶   Alt+→</translation>
    </message>
    <message>
      <source>Keys: Space start/pause · letters on the buttons stamp markers · ↑/↓ live feeling · Ctrl+Z undo</source>
      <translation>Tasten: Leertaste Start/Pause · Buchstaben auf den Schaltflächen setzen Marken · ↑/↓ Gefühl jetzt · Strg+Z rückgängig</translation>
    </message>
    <message>
      <source>Keys: Space start/pause · ↑/↓ live feeling · Alt+←/→ previous/next step</source>
      <translation>Tasten: Leertaste Start/Pause · ↑/↓ Gefühl jetzt · Alt+←/→ vorheriger/nächster Schritt</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Zusammenfassung</translation>
    </message>
  </context>
  <context>
    <name>SessionsModel</name>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Leader</source>
      <translation>Führungskraft</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Unternehmen</translation>
    </message>
    <message>
      <source>Round</source>
      <translation>Runde</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Felt</source>
      <translation>Gefühlt</translation>
    </message>
    <message>
      <source>Gap</source>
      <translation>Lücke</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>Urteil</translation>
    </message>
    <message>
      <source>Team folder</source>
      <translation>Teamordner</translation>
    </message>
    <message>
      <source>How the touchpoints felt, on average: -10 (10 points down) to +10 (10 points up)</source>
      <translation>Wie sich die Kontaktpunkte im Mittel angefühlt haben: -10 (10 Punkte runter) bis +10 (10 Punkte hoch)</translation>
    </message>
    <message>
      <source>Felt minus predicted, on average per touchpoint: below 0, worse than we expected</source>
      <translation>Gefühlt minus erwartet, im Mittel je Kontaktpunkt: unter 0 schlechter als erwartet</translation>
    </message>
    <message>
      <source>The laptop a session last came from through the team folder, and when it was last synced</source>
      <translation>Der Laptop, von dem eine Sitzung zuletzt über den Teamordner kam, und wann zuletzt abgeglichen wurde</translation>
    </message>
    <message>
      <source>Last synced {when}; {where}</source>
      <translation>Zuletzt abgeglichen {when}; {where}</translation>
    </message>
    <message>
      <source>came from {laptop}</source>
      <translation>kam von {laptop}</translation>
    </message>
    <message>
      <source>published from this computer</source>
      <translation>von diesem Computer veröffentlicht</translation>
    </message>
    <message>
      <source>done</source>
      <translation>fertig</translation>
    </message>
    <message>
      <source>open</source>
      <translation>offen</translation>
    </message>
    <message>
      <source>here</source>
      <translation>hier</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>Test microphone</source>
      <translation>Mikrofon testen</translation>
    </message>
    <message>
      <source>Keep them</source>
      <translation>Behalten</translation>
    </message>
    <message>
      <source> days after a session is finished</source>
      <translation> Tage nach Abschluss einer Sitzung</translation>
    </message>
    <message>
      <source>Recordings of sessions finished longer ago are deleted from this computer when the app starts; the sessions and their markers stay</source>
      <translation>Aufnahmen von Sitzungen, die länger zurück abgeschlossen wurden, werden beim Start der App von diesem Computer gelöscht; die Sitzungen und ihre Markierungen bleiben</translation>
    </message>
    <message>
      <source>Keep an unredacted copy of redacted recordings on this computer</source>
      <translation>Eine nicht unkenntlich gemachte Kopie auf diesem Computer behalten</translation>
    </message>
    <message>
      <source>Off: redacting replaces the audio for good (card data must not stay in any file). On: the audio as recorded stays beside it, here only; shared bundles always carry the redacted recording.</source>
      <translation>Aus: Unkenntlichmachen ersetzt den Ton endgültig (Kartendaten dürfen in keiner Datei bleiben). An: Der Ton wie aufgenommen bleibt daneben, nur hier; geteilte Pakete enthalten immer die unkenntlich gemachte Aufnahme.</translation>
    </message>
    <message>
      <source>Record from</source>
      <translation>Aufnehmen von</translation>
    </message>
    <message>
      <source>Delete recordings</source>
      <translation>Aufnahmen löschen</translation>
    </message>
    <message>
      <source>System default</source>
      <translation>Systemstandard</translation>
    </message>
    <message>
      <source>No microphone found. Connect one: it appears here.</source>
      <translation>Kein Mikrofon gefunden. Schließen Sie eines an: Es erscheint hier.</translation>
    </message>
    <message>
      <source>  (system default)</source>
      <translation>  (Systemstandard)</translation>
    </message>
    <message>
      <source>The microphone chosen before ({name}) is not connected; the system default is used.</source>
      <translation>Das zuvor gewählte Mikrofon ({name}) ist nicht angeschlossen; der Systemstandard wird verwendet.</translation>
    </message>
    <message>
      <source>Speak now: the bar should move with your voice.</source>
      <translation>Sprechen Sie jetzt: Der Balken sollte sich mit Ihrer Stimme bewegen.</translation>
    </message>
    <message>
      <source>The microphone hears you.</source>
      <translation>Das Mikrofon hört Sie.</translation>
    </message>
    <message>
      <source>No sound came in: check the microphone, or choose another.</source>
      <translation>Es kam kein Ton an: Prüfen Sie das Mikrofon oder wählen Sie ein anderes.</translation>
    </message>
  </context>
  <context>
    <name>StepForm</name>
    <message>
      <source>One question per line. Start a line with “-” when “Yes” is the bad answer.</source>
      <translation>Eine Frage pro Zeile. Eine Zeile mit „-“ beginnen, wenn „Ja“ die schlechte Antwort ist.</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>&amp;Titel</translation>
    </message>
    <message>
      <source>S&amp;hort name</source>
      <translation>K&amp;urzname</translation>
    </message>
    <message>
      <source>&amp;Kind</source>
      <translation>&amp;Art</translation>
    </message>
    <message>
      <source>&amp;What to do</source>
      <translation>&amp;Was zu tun ist</translation>
    </message>
    <message>
      <source>Watch &amp;for</source>
      <translation>A&amp;chten auf</translation>
    </message>
    <message>
      <source>&amp;Questions</source>
      <translation>&amp;Fragen</translation>
    </message>
  </context>
  <context>
    <name>StepPage</name>
    <message>
      <source>Step {n}: {title}</source>
      <translation>Schritt {n}: {title}</translation>
    </message>
    <message>
      <source>Watch for</source>
      <translation>Achten Sie auf</translation>
    </message>
    <message>
      <source>My prediction</source>
      <translation>Meine Erwartung</translation>
    </message>
    <message>
      <source>Before you start, I expect…</source>
      <translation>Bevor ich beginne, erwarte ich…</translation>
    </message>
    <message>
      <source>Change my prediction…</source>
      <translation>Meine Erwartung ändern…</translation>
    </message>
    <message>
      <source>The prediction locked when the step started. A change is kept on record, with what it was before.</source>
      <translation>Die Erwartung wurde beim Start des Schritts festgeschrieben. Eine Änderung wird festgehalten, zusammen mit dem vorherigen Wert.</translation>
    </message>
    <message>
      <source>Guided questions</source>
      <translation>Leitfragen</translation>
    </message>
    <message>
      <source>Notes (saved as you type)</source>
      <translation>Notizen (werden beim Tippen gespeichert)</translation>
    </message>
    <message>
      <source>What happened, in your own words…</source>
      <translation>Was ist passiert, in Ihren eigenen Worten…</translation>
    </message>
    <message>
      <source>How they made me feel</source>
      <translation>Wie ich mich gefühlt habe</translation>
    </message>
    <message>
      <source>How did they make me FEEL?</source>
      <translation>Wie haben sie mich FÜHLEN lassen?</translation>
    </message>
    <message>
      <source>Use where my live feeling ended: {n}</source>
      <translation>Übernehmen, wo mein Gefühl endete: {n}</translation>
    </message>
    <message>
      <source>right on it</source>
      <translation>genau getroffen</translation>
    </message>
    <message>
      <source>The experience we want here: {points}</source>
      <translation>Das Erlebnis, das wir hier wollen: {points}</translation>
    </message>
    <message>
      <source>You felt {felt}: {how}.</source>
      <translation>Sie haben {felt} gefühlt: {how}.</translation>
    </message>
    <message>
      <source>Lock it again</source>
      <translation>Wieder festschreiben</translation>
    </message>
    <message>
      <source>I predicted {n} ({words})</source>
      <translation>Ich habe {n} erwartet ({words})</translation>
    </message>
    <message>
      <source>Changing the prediction after the step started: it is kept on record as changed.</source>
      <translation>Erwartung nach dem Start des Schritts ändern: Sie wird als geändert festgehalten.</translation>
    </message>
    <message>
      <source>changed after the step started (it was {was}).</source>
      <translation>nach dem Start des Schritts geändert (vorher: {was}).</translation>
    </message>
    <message>
      <source>locked when the step started.</source>
      <translation>beim Start des Schritts festgeschrieben.</translation>
    </message>
    <message>
      <source>{what} at {t}</source>
      <translation>{what} bei {t}</translation>
    </message>
  </context>
  <context>
    <name>SummaryModel</name>
    <message>
      <source>Step</source>
      <translation>Schritt</translation>
    </message>
    <message>
      <source>Predicted</source>
      <translation>Erwartet</translation>
    </message>
    <message>
      <source>Felt</source>
      <translation>Gefühlt</translation>
    </message>
    <message>
      <source>Gap</source>
      <translation>Lücke</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Ziel</translation>
    </message>
    <message>
      <source>Felt − target</source>
      <translation>Gefühlt − Ziel</translation>
    </message>
    <message>
      <source>Reviewer</source>
      <translation>Prüfer</translation>
    </message>
    <message>
      <source>Reviewer − felt</source>
      <translation>Prüfer − gefühlt</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>Dauer</translation>
    </message>
    <message>
      <source>Answered (rings)</source>
      <translation>Angenommen (Klingeln)</translation>
    </message>
    <message>
      <source>Hold (max)</source>
      <translation>Warteschleife (max.)</translation>
    </message>
    <message>
      <source>Transfers</source>
      <translation>Weiterleitungen</translation>
    </message>
    <message>
      <source>Help reached</source>
      <translation>Hilfe erreicht</translation>
    </message>
    <message>
      <source>Listen : sell</source>
      <translation>Zuhören : Verkaufen</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Summe</translation>
    </message>
  </context>
  <context>
    <name>SummaryPage</name>
    <message>
      <source>Summary</source>
      <translation>Zusammenfassung</translation>
    </message>
    <message>
      <source>Each step: predicted, felt, gap and time</source>
      <translation>Jeder Schritt: erwartet, gefühlt, Lücke und Zeit</translation>
    </message>
    <message>
      <source>Verdict: does our experience…</source>
      <translation>Urteil: Unser Kundenerlebnis…</translation>
    </message>
    <message>
      <source>What surprised me</source>
      <translation>Was mich überrascht hat</translation>
    </message>
    <message>
      <source>Where did the customer's experience differ most from what you expected?</source>
      <translation>Wo wich das Kundenerlebnis am stärksten von Ihrer Erwartung ab?</translation>
    </message>
    <message>
      <source>Export to Excel…</source>
      <translation>Nach Excel exportieren…</translation>
    </message>
    <message>
      <source>Share session…</source>
      <translation>Sitzung teilen…</translation>
    </message>
    <message>
      <source>One file with this session, its reviews and recordings, for the reviewer's computer</source>
      <translation>Eine Datei mit dieser Sitzung, ihren Prüfungen und Aufnahmen, für den Computer der prüfenden Person</translation>
    </message>
    <message>
      <source>Rate how each step felt; the total will guide your verdict.</source>
      <translation>Bewerten Sie, wie sich jeder Schritt angefühlt hat; die Summe leitet Ihr Urteil.</translation>
    </message>
    <message>
      <source>Total {t}: the journey leaves a customer up — it leans to building trust.</source>
      <translation>Summe {t}: Der Weg lässt einen Kunden mit einem Plus zurück – das spricht für Vertrauen.</translation>
    </message>
    <message>
      <source>Total {t}: the journey leaves a customer down — it leans to eroding trust.</source>
      <translation>Summe {t}: Der Weg lässt einen Kunden mit einem Minus zurück – das spricht für Vertrauensverlust.</translation>
    </message>
    <message>
      <source>Total 0: there is no neutral — which way did it really go?</source>
      <translation>Summe 0: Neutral gibt es nicht – in welche Richtung ging es wirklich?</translation>
    </message>
    <message>
      <source>{reviewer} reviewed {n} steps: on average {d:.1f} points from your rating.</source>
      <translation>{reviewer} hat {n} Schritte geprüft: im Mittel {d:.1f} Punkte von Ihrer Bewertung entfernt.</translation>
    </message>
    <message>
      <source>The reviewer</source>
      <translation>Die prüfende Person</translation>
    </message>
    <message>
      <source>Perception gap {g} (felt minus predicted).</source>
      <translation>Wahrnehmungslücke {g} (gefühlt minus erwartet).</translation>
    </message>
    <message>
      <source>Gap to target {g} (felt minus the experience we want).</source>
      <translation>Abstand zum Ziel {g} (gefühlt minus das Erlebnis, das wir wollen).</translation>
    </message>
    <message>
      <source>✓ Save and close</source>
      <translation>✓ Speichern und schließen</translation>
    </message>
    <message>
      <source>✓ Finish</source>
      <translation>✓ Abschließen</translation>
    </message>
    <message>
      <source>Choose a verdict first</source>
      <translation>Wählen Sie zuerst ein Urteil</translation>
    </message>
    <message>
      <source>{n} at {t}</source>
      <translation>{n} bei {t}</translation>
    </message>
    <message>
      <source>Reviewer note</source>
      <translation>Notiz der Prüferin oder des Prüfers</translation>
    </message>
    <message>
      <source>after “{what}” at {t}</source>
      <translation>nach „{what}“ bei {t}</translation>
    </message>
    <message>
      <source>Lowest moment of each call (live feeling): </source>
      <translation>Tiefster Moment jedes Anrufs (Gefühl im Verlauf): </translation>
    </message>
    <message>
      <source>About {n} customers a year go through “{touchpoint}”: this one left you {how}.</source>
      <translation>Etwa {n} Kundinnen und Kunden im Jahr erleben „{touchpoint}“: Dieser Schritt ließ Sie {how} zurück.</translation>
    </message>
  </context>
  <context>
    <name>SurveyImportDialog</name>
    <message>
      <source>Import a survey</source>
      <translation>Umfrage importieren</translation>
    </message>
    <message>
      <source>A CSV file exported from the survey tool</source>
      <translation>Eine CSV-Datei aus dem Umfrage-Werkzeug</translation>
    </message>
    <message>
      <source>C&amp;hoose file…</source>
      <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
      <source>UTF-8 or UTF-16 (most survey tools)</source>
      <translation>UTF-8 oder UTF-16 (die meisten Umfrage-Werkzeuge)</translation>
    </message>
    <message>
      <source>Windows (Excel's plain CSV)</source>
      <translation>Windows (Excels einfaches CSV)</translation>
    </message>
    <message>
      <source>Latin-1 (ISO 8859-1)</source>
      <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
    <message>
      <source>Mac Roman</source>
      <translation>Mac Roman</translation>
    </message>
    <message>
      <source>−10 … +10 (as in the app)</source>
      <translation>−10 … +10 (wie in der App)</translation>
    </message>
    <message>
      <source>The scale the file's ratings are on: 0 … 10 maps 0 to −10, 5 to 0 and 10 to +10.</source>
      <translation>Die Skala der Bewertungen in der Datei: Bei 0 … 10 wird 0 zu −10, 5 zu 0 und 10 zu +10.</translation>
    </message>
    <message>
      <source>e.g. Customer survey, March (default: the file's name)</source>
      <translation>z. B. Kundenumfrage, März (sonst: der Dateiname)</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <source>&amp;Encoding</source>
      <translation>&amp;Kodierung</translation>
    </message>
    <message>
      <source>&amp;Round</source>
      <translation>&amp;Runde</translation>
    </message>
    <message>
      <source>&amp;Group</source>
      <translation>&amp;Gruppe</translation>
    </message>
    <message>
      <source>&amp;Source</source>
      <translation>&amp;Quelle</translation>
    </message>
    <message>
      <source>Ratings s&amp;cale</source>
      <translation>Bewertungs&amp;skala</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Spalte</translation>
    </message>
    <message>
      <source>First answer</source>
      <translation>Erste Antwort</translation>
    </message>
    <message>
      <source>Holds</source>
      <translation>Enthält</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importieren</translation>
    </message>
    <message>
      <source>What each column holds:</source>
      <translation>Was jede Spalte enthält:</translation>
    </message>
    <message>
      <source>Nothing (leave out)</source>
      <translation>Nichts (weglassen)</translation>
    </message>
    <message>
      <source>(answers)</source>
      <translation>(Antworten)</translation>
    </message>
    <message>
      <source>Overall rating</source>
      <translation>Gesamtbewertung</translation>
    </message>
    <message>
      <source>Excellent service? (yes/no)</source>
      <translation>Exzellenter Service? (ja/nein)</translation>
    </message>
    <message>
      <source>Rating: {touchpoint}</source>
      <translation>Bewertung: {touchpoint}</translation>
    </message>
    <message>
      <source>Respondent's group or channel</source>
      <translation>Gruppe oder Kanal der Befragten</translation>
    </message>
    <message>
      <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
      <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Reading {file}…</source>
      <translation>{file} wird gelesen…</translation>
    </message>
    <message numerus="yes">
      <source>%n answer row(s).</source>
      <translation>
        <numerusform>%n Antwortzeile.</numerusform>
        <numerusform>%n Antwortzeilen.</numerusform>
      </translation>
    </message>
    <message>
      <source>Columns as you mapped them last time.</source>
      <translation>Spalten so zugeordnet wie beim letzten Mal.</translation>
    </message>
    <message>
      <source>Columns matched by their names and answers: check each, it is remembered for the next file like this.</source>
      <translation>Spalten nach Namen und Antworten zugeordnet: Prüfen Sie jede; die Zuordnung wird für die nächste Datei dieser Art gemerkt.</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Wird importiert…</translation>
    </message>
  </context>
  <context>
    <name>TagDelegate</name>
    <message>
      <source>Whole experience</source>
      <translation>Gesamtes Erlebnis</translation>
    </message>
  </context>
  <context>
    <name>TargetSpin</name>
    <message>
      <source>No target</source>
      <translation>Kein Ziel</translation>
    </message>
  </context>
  <context>
    <name>TargetsEditor</name>
    <message>
      <source>&lt;b&gt;Touchpoint&lt;/b&gt;</source>
      <translation>&lt;b&gt;Kontaktpunkt&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Target&lt;/b&gt;</source>
      <translation>&lt;b&gt;Ziel&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;What that experience is, in one sentence&lt;/b&gt;</source>
      <translation>&lt;b&gt;Was dieses Erlebnis ist, in einem Satz&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Customers a year&lt;/b&gt;</source>
      <translation>&lt;b&gt;Kundschaft pro Jahr&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Target feeling: {touchpoint}</source>
      <translation>Zielgefühl: {touchpoint}</translation>
    </message>
    <message>
      <source>What that experience is: {touchpoint}</source>
      <translation>Was dieses Erlebnis ist: {touchpoint}</translation>
    </message>
    <message>
      <source>What the customer should get here, e.g. a person answers within three rings</source>
      <translation>Was die Kundschaft hier bekommen soll, z. B. ein Mensch meldet sich innerhalb von drei Klingeltönen</translation>
    </message>
    <message>
      <source>Not known</source>
      <translation>Unbekannt</translation>
    </message>
    <message>
      <source>Customers a year: {touchpoint}</source>
      <translation>Kundschaft pro Jahr: {touchpoint}</translation>
    </message>
    <message>
      <source>How many customers go through this touchpoint in a year: the summary multiplies the feeling out</source>
      <translation>Wie viele Kundinnen und Kunden diesen Kontaktpunkt im Jahr erleben: Die Zusammenfassung rechnet das Gefühl hoch</translation>
    </message>
  </context>
  <context>
    <name>TeamDialogs</name>
    <message>
      <source>No rounds yet: a round begins with its first session.</source>
      <translation>Noch keine Runden: Eine Runde beginnt mit ihrer ersten Sitzung.</translation>
    </message>
  </context>
  <context>
    <name>TeamFolderBox</name>
    <message>
      <source>Team folder</source>
      <translation>Teamordner</translation>
    </message>
    <message>
      <source>None: share by hand (File › Share sessions)</source>
      <translation>Keiner: von Hand teilen (Datei › Sitzungen teilen)</translation>
    </message>
    <message>
      <source>C&amp;hoose…</source>
      <translation>&amp;Wählen…</translation>
    </message>
    <message>
      <source>Leave the call recordings on this laptop</source>
      <translation>Die Anrufaufnahmen auf diesem Laptop lassen</translation>
    </message>
    <message>
      <source>For teams whose policy keeps call audio on the laptop that recorded it: the sessions, markers and reviews still travel.</source>
      <translation>Für Teams, deren Regeln den Anrufton auf dem aufnehmenden Laptop lassen: Sitzungen, Markierungen und Prüfungen reisen trotzdem mit.</translation>
    </message>
    <message>
      <source>A folder your sync service keeps the same on every laptop. Each session is written there when it changes, and the others' sessions are read from it.</source>
      <translation>Ein Ordner, den Ihr Synchronisationsdienst auf jedem Laptop gleich hält. Jede Sitzung wird dort gespeichert, wenn sie sich ändert, und die Sitzungen der anderen werden von dort gelesen.</translation>
    </message>
  </context>
  <context>
    <name>TeamSync</name>
    <message>
      <source>Team folder: {problem}</source>
      <translation>Teamordner: {problem}</translation>
    </message>
    <message>
      <source>Team folder {folder}: not there or not usable now (offline?). Nothing was synced; everything stays on this computer.</source>
      <translation>Teamordner {folder}: nicht da oder gerade nicht nutzbar (offline?). Nichts wurde abgeglichen; alles bleibt auf diesem Computer.</translation>
    </message>
    <message numerus="yes">
      <source>Team folder: %n session(s) added or updated from other laptops.</source>
      <translation>
        <numerusform>Teamordner: %n Sitzung von anderen Laptops hinzugefügt oder aktualisiert.</numerusform>
        <numerusform>Teamordner: %n Sitzungen von anderen Laptops hinzugefügt oder aktualisiert.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Team folder: %n file(s) could not be read yet (tried again when they change).</source>
      <translation>
        <numerusform>Teamordner: %n Datei konnte noch nicht gelesen werden (erneuter Versuch, wenn sie sich ändert).</numerusform>
        <numerusform>Teamordner: %n Dateien konnten noch nicht gelesen werden (erneuter Versuch, wenn sie sich ändern).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TemplateEditor</name>
    <message>
      <source>Exercise templates</source>
      <translation>Übungsvorlagen</translation>
    </message>
    <message>
      <source>&amp;Make a copy…</source>
      <translation>&amp;Kopie anlegen…</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Importieren…</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>E&amp;xportieren…</translation>
    </message>
    <message>
      <source>&amp;Add touchpoint</source>
      <translation>&amp;Berührungspunkt hinzufügen</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Entfernen</translation>
    </message>
    <message>
      <source>Move &amp;up</source>
      <translation>Nach &amp;oben</translation>
    </message>
    <message>
      <source>Move &amp;down</source>
      <translation>Nac&amp;h unten</translation>
    </message>
    <message>
      <source>Use for this r&amp;ound</source>
      <translation>Für diese &amp;Runde verwenden</translation>
    </message>
    <message>
      <source>&amp;Save as a new version</source>
      <translation>Als neue &amp;Version speichern</translation>
    </message>
    <message>
      <source>Round</source>
      <translation>Runde</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <source>{name} (version {n})</source>
      <translation>{name} (Version {n})</translation>
    </message>
    <message>
      <source>The built-in exercise stays as written. In round 1, do every step and add none: start basic, and add touchpoints after learning from the first round. Make a copy to grow it for later rounds.</source>
      <translation>Die eingebaute Übung bleibt, wie sie geschrieben ist. In Runde 1 jeden Schritt machen und keinen hinzufügen: einfach beginnen und Berührungspunkte erst nach den Erkenntnissen der ersten Runde ergänzen. Legen Sie für spätere Runden eine Kopie an und erweitern Sie diese.</translation>
    </message>
    <message>
      <source>Saving makes version {n}; sessions keep the version they were run with.</source>
      <translation>Speichern legt Version {n} an; Sitzungen behalten die Version, mit der sie gemacht wurden.</translation>
    </message>
    <message>
      <source>New touchpoint</source>
      <translation>Neuer Berührungspunkt</translation>
    </message>
    <message>
      <source>How did it make me FEEL?</source>
      <translation>Wie habe ich mich dabei GEFÜHLT?</translation>
    </message>
    <message>
      <source>Saved {name}, version {n}.</source>
      <translation>{name} gespeichert, Version {n}.</translation>
    </message>
    <message>
      <source>{name} (our version)</source>
      <translation>{name} (unsere Fassung)</translation>
    </message>
    <message>
      <source>Made {name}: change it, then save.</source>
      <translation>{name} angelegt: ändern, dann speichern.</translation>
    </message>
    <message>
      <source>Name the round first.</source>
      <translation>Zuerst die Runde nennen.</translation>
    </message>
    <message>
      <source>New sessions of {round} use {name}, version {n}.</source>
      <translation>Neue Sitzungen von {round} verwenden {name}, Version {n}.</translation>
    </message>
    <message>
      <source>Export template</source>
      <translation>Vorlage exportieren</translation>
    </message>
    <message>
      <source>Mystery Shop templates (*.json)</source>
      <translation>Mystery-Shop-Vorlagen (*.json)</translation>
    </message>
    <message>
      <source>Wrote {path}.</source>
      <translation>{path} geschrieben.</translation>
    </message>
    <message>
      <source>Import template</source>
      <translation>Vorlage importieren</translation>
    </message>
    <message>
      <source>Imported {name}, version {n}.</source>
      <translation>{name} importiert, Version {n}.</translation>
    </message>
  </context>
  <context>
    <name>ThemesModel</name>
    <message>
      <source>Theme</source>
      <translation>Thema</translation>
    </message>
    <message>
      <source>Raised by</source>
      <translation>Genannt von</translation>
    </message>
    <message>
      <source>Every group: they agree</source>
      <translation>Alle Gruppen: Sie stimmen überein</translation>
    </message>
    <message>
      <source>Only {groups}: they differ</source>
      <translation>Nur {groups}: Sie weichen ab</translation>
    </message>
  </context>
  <context>
    <name>TimelinesPanel</name>
    <message>
      <source>What do you hear at this moment?</source>
      <translation>Was hören Sie in diesem Moment?</translation>
    </message>
    <message>
      <source>Record a finding for the team at this moment of the call (Findings and actions)</source>
      <translation>Einen Befund für das Team an dieser Stelle des Anrufs festhalten (Befunde und Maßnahmen)</translation>
    </message>
    <message>
      <source>Leader's markers and notes</source>
      <translation>Markierungen und Notizen der Führungskraft</translation>
    </message>
    <message>
      <source>Your notes (stamped at the play position)</source>
      <translation>Ihre Notizen (an der Abspielposition gesetzt)</translation>
    </message>
    <message>
      <source>The leader's markers and notes</source>
      <translation>Die Markierungen und Notizen der Führungskraft</translation>
    </message>
    <message>
      <source>Your notes</source>
      <translation>Ihre Notizen</translation>
    </message>
    <message>
      <source>Make a &amp;finding from this…</source>
      <translation>Einen &amp;Befund daraus machen…</translation>
    </message>
    <message>
      <source>&amp;Select from here to the next one</source>
      <translation>&amp;Von hier bis zur nächsten auswählen</translation>
    </message>
    <message>
      <source>+ Note at {t}   Ctrl+Enter</source>
      <translation>+ Notiz bei {t}   Strg+Eingabe</translation>
    </message>
    <message>
      <source>+ Finding at {t}…   Ctrl+Shift+Enter</source>
      <translation>+ Befund bei {t}…   Strg+Umschalt+Eingabe</translation>
    </message>
  </context>
  <context>
    <name>TimerPanel</name>
    <message>
      <source>■ Stop   Ctrl+.</source>
      <translation>■ Stopp   Strg+.</translation>
    </message>
    <message>
      <source>▶ Start   Space</source>
      <translation>▶ Start   Leertaste</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>Nicht gestartet</translation>
    </message>
    <message>
      <source>❚❚ Pause   Space</source>
      <translation>❚❚ Pause   Leertaste</translation>
    </message>
    <message>
      <source>Running</source>
      <translation>Läuft</translation>
    </message>
    <message>
      <source>▶ Resume   Space</source>
      <translation>▶ Fortsetzen   Leertaste</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>Pausiert</translation>
    </message>
    <message>
      <source>▶ Continue   Space</source>
      <translation>▶ Weiter   Leertaste</translation>
    </message>
    <message>
      <source>Stopped</source>
      <translation>Gestoppt</translation>
    </message>
  </context>
  <context>
    <name>TransportBar</name>
    <message>
      <source>▶ Play   Space</source>
      <translation>▶ Abspielen   Leertaste</translation>
    </message>
    <message>
      <source>Export labels…</source>
      <translation>Marken exportieren…</translation>
    </message>
    <message>
      <source>Markers and notes as an Audacity label track (.txt)</source>
      <translation>Markierungen und Notizen als Audacity-Markenspur (.txt)</translation>
    </message>
    <message>
      <source>Redact selection…</source>
      <translation>Auswahl unkenntlich machen…</translation>
    </message>
    <message>
      <source>Drag across the waveform to select a stretch (or press [ where it starts and ] where it ends, or right-click a marker), then bleep or silence it</source>
      <translation>Über die Wellenform ziehen, um einen Abschnitt auszuwählen (oder [ am Anfang und ] am Ende drücken, oder eine Markierung mit rechts anklicken), dann durch Piepton oder Stille ersetzen</translation>
    </message>
    <message>
      <source>Speed</source>
      <translation>Tempo</translation>
    </message>
    <message>
      <source>←/→ 5 s</source>
      <translation>←/→ 5 s</translation>
    </message>
    <message>
      <source>Redact {start}–{end}…</source>
      <translation>{start}–{end} unkenntlich machen…</translation>
    </message>
    <message>
      <source>no recording</source>
      <translation>keine Aufnahme</translation>
    </message>
    <message>
      <source>❚❚ Pause   Space</source>
      <translation>❚❚ Pause   Leertaste</translation>
    </message>
  </context>
  <context>
    <name>TwoSidesBox</name>
    <message>
      <source>Both sides of the call</source>
      <translation>Beide Seiten des Anrufs</translation>
    </message>
    <message>
      <source>Record both sides as two channels (1: me, 2: them)</source>
      <translation>Beide Seiten als zwei Kanäle aufnehmen (1: ich, 2: die anderen)</translation>
    </message>
    <message>
      <source>Test both sides</source>
      <translation>Beide Seiten testen</translation>
    </message>
    <message>
      <source>My level</source>
      <translation>Mein Pegel</translation>
    </message>
    <message>
      <source>Their level</source>
      <translation>Ihr Pegel (Gegenseite)</translation>
    </message>
    <message>
      <source>How to set it up…</source>
      <translation>So richten Sie es ein…</translation>
    </message>
    <message>
      <source>&amp;Me (microphone)</source>
      <translation>&amp;Ich (Mikrofon)</translation>
    </message>
    <message>
      <source>&amp;Them (the call's sound)</source>
      <translation>&amp;Gegenseite (Ton des Anrufs)</translation>
    </message>
    <message>
      <source>Choose a two-channel input under “Record from” that carries your microphone on channel 1 and the call's sound on channel 2 (“How to set it up” says how to make one).</source>
      <translation>Wählen Sie unter „Aufnehmen von“ einen zweikanaligen Eingang mit Ihrem Mikrofon auf Kanal 1 und dem Ton des Anrufs auf Kanal 2 („So richten Sie es ein“ erklärt, wie).</translation>
    </message>
    <message>
      <source>Sound of {output}</source>
      <translation>Ton von {output}</translation>
    </message>
    <message>
      <source>Me: the microphone you speak into. Them: the sound of the output your softphone plays the call into. Test them while a call or music plays.</source>
      <translation>Ich: das Mikrofon, in das Sie sprechen. Gegenseite: der Ton des Ausgangs, über den Ihr Softphone den Anruf abspielt. Testen Sie beide, während ein Anruf oder Musik läuft.</translation>
    </message>
    <message>
      <source>&lt;b&gt;Linux&lt;/b&gt; (PulseAudio or PipeWire, most desktops): Mystery Shop joins the two inputs itself; choose them here. It needs the &lt;tt&gt;pactl&lt;/tt&gt; command: on Debian and Ubuntu, &lt;tt&gt;sudo apt install pulseaudio-utils&lt;/tt&gt;. Tested.</source>
      <translation>&lt;b&gt;Linux&lt;/b&gt; (PulseAudio oder PipeWire, die meisten Desktops): Mystery Shop verbindet die beiden Eingänge selbst; wählen Sie sie hier. Dafür braucht es den Befehl &lt;tt&gt;pactl&lt;/tt&gt;: unter Debian und Ubuntu &lt;tt&gt;sudo apt install pulseaudio-utils&lt;/tt&gt;. Getestet.</translation>
    </message>
    <message>
      <source>&lt;b&gt;Windows&lt;/b&gt; (not tested here): install the VB-Audio Voicemeeter mixer, send your microphone to its left channel and the softphone's sound (choose a Voicemeeter input as the softphone's speaker) to its right, and choose “Voicemeeter Out” under “Record from”.</source>
      <translation>&lt;b&gt;Windows&lt;/b&gt; (hier nicht getestet): Installieren Sie den Mixer VB-Audio Voicemeeter, legen Sie Ihr Mikrofon auf seinen linken Kanal und den Ton des Softphones (einen Voicemeeter-Eingang als Lautsprecher des Softphones wählen) auf den rechten, und wählen Sie „Voicemeeter Out“ unter „Aufnehmen von“.</translation>
    </message>
    <message>
      <source>&lt;b&gt;macOS&lt;/b&gt; (not tested here): install BlackHole 2ch; in Audio MIDI Setup make a Multi-Output Device of your speakers and BlackHole for the softphone's speaker, and an Aggregate Device of your microphone first and BlackHole second; choose the aggregate device under “Record from”.</source>
      <translation>&lt;b&gt;macOS&lt;/b&gt; (hier nicht getestet): Installieren Sie BlackHole 2ch; legen Sie in „Audio-MIDI-Setup“ ein Gerät mit mehreren Ausgängen aus Ihren Lautsprechern und BlackHole für den Lautsprecher des Softphones an, und ein kombiniertes Gerät aus Ihrem Mikrofon zuerst und BlackHole danach; wählen Sie das kombinierte Gerät unter „Aufnehmen von“.</translation>
    </message>
    <message>
      <source>Recording both sides</source>
      <translation>Beide Seiten aufnehmen</translation>
    </message>
    <message>
      <source>Speak, and play something through the call's output: each bar should move with its own side.</source>
      <translation>Sprechen Sie und spielen Sie etwas über den Ausgang des Anrufs ab: Jeder Balken sollte sich mit seiner Seite bewegen.</translation>
    </message>
    <message>
      <source>you</source>
      <translation>Ihnen</translation>
    </message>
    <message>
      <source>them</source>
      <translation>der Gegenseite</translation>
    </message>
    <message>
      <source>Both sides are heard.</source>
      <translation>Beide Seiten sind zu hören.</translation>
    </message>
    <message>
      <source>Nothing came from {sides}: check the input, or choose another.</source>
      <translation>Von {sides} kam nichts: Prüfen Sie den Eingang oder wählen Sie einen anderen.</translation>
    </message>
    <message>
      <source> or </source>
      <translation> oder </translation>
    </message>
  </context>
  <context>
    <name>WaveformView</name>
    <message>
      <source>Recording waveform: click or ←/→ to move, Space plays</source>
      <translation>Wellenform der Aufnahme: Klicken oder ←/→ zum Springen, Leertaste spielt ab</translation>
    </message>
    <message>
      <source>No recording</source>
      <translation>Keine Aufnahme</translation>
    </message>
    <message>
      <source>{length} long; {markers} leader's markers, {notes} reviewer's notes, {found} events found in the audio</source>
      <translation>{length} lang; {markers} Markierungen der Führungskraft, {notes} Notizen der prüfenden Person, {found} in der Aufnahme gefundene Ereignisse</translation>
    </message>
    <message>
      <source>selected {start}–{end}</source>
      <translation>ausgewählt {start}–{end}</translation>
    </message>
    <message>
      <source>Live feeling</source>
      <translation>Gefühl im Verlauf</translation>
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message>
      <source>&amp;New session…</source>
      <translation>&amp;Neue Sitzung…</translation>
    </message>
    <message>
      <source>&amp;Open selected session</source>
      <translation>Gewählte Sitzung ö&amp;ffnen</translation>
    </message>
    <message>
      <source>Load a &amp;demo session</source>
      <translation>&amp;Demo-Sitzung laden</translation>
    </message>
    <message>
      <source>&amp;Remove demo sessions</source>
      <translation>Demo-Sitzungen &amp;entfernen</translation>
    </message>
    <message>
      <source>Delete every demo session (undo possible until you quit)</source>
      <translation>Alle Demo-Sitzungen löschen (rückgängig machbar bis zum Beenden)</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Wiederholen</translation>
    </message>
    <message>
      <source>&amp;Undo delete</source>
      <translation>&amp;Löschen rückgängig</translation>
    </message>
    <message>
      <source>Bring back the sessions deleted last</source>
      <translation>Die zuletzt gelöschten Sitzungen zurückholen</translation>
    </message>
    <message>
      <source>&amp;Export to Excel…</source>
      <translation>Nach &amp;Excel exportieren…</translation>
    </message>
    <message>
      <source>&amp;Meeting pack (PDF)…</source>
      <translation>&amp;Besprechungsmappe (PDF)…</translation>
    </message>
    <message>
      <source>The round at a glance, a page per session and the meeting's questions, ready to print</source>
      <translation>Die Runde auf einen Blick, eine Seite je Sitzung und die Fragen für die Besprechung, druckfertig</translation>
    </message>
    <message>
      <source>&amp;Share sessions…</source>
      <translation>Sitzungen &amp;teilen…</translation>
    </message>
    <message>
      <source>Write sessions, reviews and recordings to one file for another computer</source>
      <translation>Sitzungen, Prüfungen und Aufnahmen in eine Datei für einen anderen Computer schreiben</translation>
    </message>
    <message>
      <source>&amp;Import sessions…</source>
      <translation>Sitzungen &amp;importieren…</translation>
    </message>
    <message>
      <source>Merge a shared .mshop file into this computer</source>
      <translation>Eine geteilte .mshop-Datei auf diesem Computer zusammenführen</translation>
    </message>
    <message>
      <source>&amp;Review recordings</source>
      <translation>Aufnahmen &amp;prüfen</translation>
    </message>
    <message>
      <source>&amp;Compare rounds</source>
      <translation>Runden &amp;vergleichen</translation>
    </message>
    <message>
      <source>&amp;Findings and actions…</source>
      <translation>&amp;Befunde und Maßnahmen…</translation>
    </message>
    <message>
      <source>What the team found, what it will change, who owns it, what is overdue</source>
      <translation>Was das Team gefunden hat, was es ändern wird, wer verantwortlich ist und was überfällig ist</translation>
    </message>
    <message>
      <source>Perc&amp;eption check…</source>
      <translation>&amp;Wahrnehmungsprüfung…</translation>
    </message>
    <message>
      <source>What leadership, staff and customers say of the experience, side by side with what the mystery shop felt</source>
      <translation>Was Führung, Mitarbeitende und Kunden über das Erlebnis sagen, neben dem, was der Mystery Shop gefühlt hat</translation>
    </message>
    <message>
      <source>E&amp;xercise templates…</source>
      <translation>Übungsvorla&amp;gen…</translation>
    </message>
    <message>
      <source>The five built-in steps, and the touchpoints your team adds in later rounds</source>
      <translation>Die fünf eingebauten Schritte und die Berührungspunkte, die Ihr Team in späteren Runden hinzufügt</translation>
    </message>
    <message>
      <source>Round &amp;plan…</source>
      <translation>R&amp;undenplan…</translation>
    </message>
    <message>
      <source>Who has done the round, the experience we want at each touchpoint, and the team's leaders</source>
      <translation>Wer die Runde gemacht hat, das Erlebnis, das wir an jedem Kontaktpunkt wollen, und die Führungskräfte des Teams</translation>
    </message>
    <message>
      <source>&amp;All sessions</source>
      <translation>&amp;Alle Sitzungen</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
      <source>Open &amp;data folder</source>
      <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
      <source>&amp;About Mystery Shop</source>
      <translation>Ü&amp;ber Mystery Shop</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>Haupt</translation>
    </message>
  </context>
  <context>
    <name>database_dialog</name>
    <message>
      <source>Mystery Shop</source>
      <translation>Mystery Shop</translation>
    </message>
    <message>
      <source>The unreadable database was kept as {moved}. A new, empty database is being created.</source>
      <translation>Die unlesbare Datenbank wurde als {moved} aufbewahrt. Eine neue, leere Datenbank wird angelegt.</translation>
    </message>
    <message>
      <source>Open a Mystery Shop database</source>
      <translation>Eine Mystery-Shop-Datenbank öffnen</translation>
    </message>
    <message>
      <source>Mystery Shop database (*.db);;All files (*)</source>
      <translation>Mystery-Shop-Datenbank (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Mystery Shop: database problem</source>
      <translation>Mystery Shop: Problem mit der Datenbank</translation>
    </message>
    <message>
      <source>The file has not been changed. Open another database, or start fresh: the file is kept under a new name and a new one is created.</source>
      <translation>Die Datei wurde nicht verändert. Öffnen Sie eine andere Datenbank oder fangen Sie neu an: Die Datei wird unter neuem Namen aufbewahrt und eine neue angelegt.</translation>
    </message>
    <message>
      <source>Close the other program and try again, or open another database.</source>
      <translation>Schließen Sie das andere Programm und versuchen Sie es erneut, oder öffnen Sie eine andere Datenbank.</translation>
    </message>
    <message>
      <source>Open another…</source>
      <translation>Andere öffnen…</translation>
    </message>
    <message>
      <source>Start fresh</source>
      <translation>Neu anfangen</translation>
    </message>
    <message>
      <source>Try again</source>
      <translation>Erneut versuchen</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Beenden</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Mystery Shop</source>
      <translation>Mystery Shop</translation>
    </message>
    <message>
      <source>Mystery Shop: unexpected error</source>
      <translation>Mystery Shop: unerwarteter Fehler</translation>
    </message>
    <message>
      <source>The details are in {file}.</source>
      <translation>Die Einzelheiten stehen in {file}.</translation>
    </message>
    <message>
      <source>Something went wrong that we did not expect. Everything you entered before this moment is saved.</source>
      <translation>Etwas Unerwartetes ist schiefgegangen. Alles, was Sie bis zu diesem Moment eingegeben haben, ist gespeichert.</translation>
    </message>
    <message>
      <source>No microphone found: connect one, or choose another in Settings.</source>
      <translation>Kein Mikrofon gefunden: Schließen Sie eines an oder wählen Sie in den Einstellungen ein anderes.</translation>
    </message>
    <message>
      <source>Recording is not available: the PortAudio library is missing (on Debian/Ubuntu: sudo apt-get install libportaudio2).</source>
      <translation>Aufnehmen ist nicht möglich: Die PortAudio-Bibliothek fehlt (unter Debian/Ubuntu: sudo apt-get install libportaudio2).</translation>
    </message>
    <message>
      <source>Recording is not available: sounddevice is not installed.</source>
      <translation>Aufnehmen ist nicht möglich: sounddevice ist nicht installiert.</translation>
    </message>
    <message>
      <source>Cannot list audio devices: {reason}</source>
      <translation>Die Audiogeräte lassen sich nicht auflisten: {reason}</translation>
    </message>
    <message>
      <source>Recording stopped: cannot write {name} ({reason}). What was recorded until then is kept.</source>
      <translation>Aufnahme beendet: {name} lässt sich nicht schreiben ({reason}). Was bis dahin aufgenommen wurde, bleibt erhalten.</translation>
    </message>
    <message>
      <source>Cannot open the microphone: {reason}</source>
      <translation>Das Mikrofon lässt sich nicht öffnen: {reason}</translation>
    </message>
    <message>
      <source>Cannot create the recording {path}: {reason}</source>
      <translation>Die Aufnahme {path} lässt sich nicht anlegen: {reason}</translation>
    </message>
    <message>
      <source>Cannot write the recording {path}: {reason}</source>
      <translation>Die Aufnahme {path} lässt sich nicht schreiben: {reason}</translation>
    </message>
    <message>
      <source>The microphone stopped delivering sound (was it unplugged?). What was recorded until then is kept.</source>
      <translation>Das Mikrofon liefert keinen Ton mehr (wurde es ausgesteckt?). Was bis dahin aufgenommen wurde, bleibt erhalten.</translation>
    </message>
    <message>
      <source>Recording stopped: cannot write {name} (the disk is full). What was recorded until then is kept.</source>
      <translation>Aufnahme beendet: {name} lässt sich nicht schreiben (das Laufwerk ist voll). Was bis dahin aufgenommen wurde, bleibt erhalten.</translation>
    </message>
    <message>
      <source>The microphone failed: {reason}</source>
      <translation>Das Mikrofon ist ausgefallen: {reason}</translation>
    </message>
    <message>
      <source>Cannot start the microphone: {reason}</source>
      <translation>Das Mikrofon lässt sich nicht starten: {reason}</translation>
    </message>
    <message>
      <source>The recording {path} has no readable audio header.</source>
      <translation>Die Aufnahme {path} hat keinen lesbaren Audio-Kopf.</translation>
    </message>
    <message>
      <source>The recording {path} is not a WAV file.</source>
      <translation>Die Aufnahme {path} ist keine WAV-Datei.</translation>
    </message>
    <message>
      <source>Cannot repair the recording {path}: {reason}</source>
      <translation>Die Aufnahme {path} lässt sich nicht reparieren: {reason}</translation>
    </message>
    <message>
      <source>Cannot read the recording {path}: {reason}</source>
      <translation>Die Aufnahme {path} lässt sich nicht lesen: {reason}</translation>
    </message>
    <message>
      <source>{name} is not 16-bit PCM; cannot draw its waveform.</source>
      <translation>{name} ist kein 16-Bit-PCM; die Wellenform lässt sich nicht zeichnen.</translation>
    </message>
    <message>
      <source>{target} appeared during the import; nothing was changed</source>
      <translation>{target} ist während des Imports aufgetaucht; nichts wurde verändert</translation>
    </message>
    <message>
      <source>Could not put the recordings in place: {reason}. Nothing was changed.</source>
      <translation>Die Aufnahmen ließen sich nicht ablegen: {reason}. Nichts wurde verändert.</translation>
    </message>
    <message>
      <source>its manifest is not valid: {where} {problem}</source>
      <translation>sein Inhaltsverzeichnis ist ungültig: {where} {problem}</translation>
    </message>
    <message>
      <source>it is not a Mystery Shop bundle (its manifest names another format)</source>
      <translation>es ist kein Mystery-Shop-Paket (sein Inhaltsverzeichnis nennt ein anderes Format)</translation>
    </message>
    <message>
      <source>it holds {count} sessions (at most {sessions} make sense in one bundle)</source>
      <translation>es enthält {count} Sitzungen (höchstens {sessions} sind in einem Paket sinnvoll)</translation>
    </message>
    <message>
      <source>it has {count} entries (at most {entries} make sense)</source>
      <translation>es hat {count} Einträge (höchstens {entries} sind sinnvoll)</translation>
    </message>
    <message>
      <source>the file does not exist</source>
      <translation>die Datei existiert nicht</translation>
    </message>
    <message>
      <source>it is not a Mystery Shop bundle (not a zip file)</source>
      <translation>es ist kein Mystery-Shop-Paket (keine ZIP-Datei)</translation>
    </message>
    <message>
      <source>it cannot be read: {reason}</source>
      <translation>es lässt sich nicht lesen: {reason}</translation>
    </message>
    <message>
      <source>the entry {name!r} is a folder; a bundle holds only files</source>
      <translation>der Eintrag {name!r} ist ein Ordner; ein Paket enthält nur Dateien</translation>
    </message>
    <message>
      <source>the entry {name!r} is a link</source>
      <translation>der Eintrag {name!r} ist eine Verknüpfung</translation>
    </message>
    <message>
      <source>the entry {name!r} is encrypted</source>
      <translation>der Eintrag {name!r} ist verschlüsselt</translation>
    </message>
    <message>
      <source>the entry {name!r} appears twice</source>
      <translation>der Eintrag {name!r} kommt zweimal vor</translation>
    </message>
    <message>
      <source>it holds {name!r}, which is not part of a Mystery Shop bundle</source>
      <translation>es enthält {name!r}, das nicht zu einem Mystery-Shop-Paket gehört</translation>
    </message>
    <message>
      <source>it is a bundle of version {version!r}, and this Mystery Shop reads version {ours} (a newer app may have written it)</source>
      <translation>es ist ein Paket der Version {version!r}, und dieses Mystery Shop liest Version {ours} (vielleicht hat es ein neueres Programm geschrieben)</translation>
    </message>
    <message>
      <source>Your microphone ({name}) is not there: connect it, or choose another in Settings.</source>
      <translation>Ihr Mikrofon ({name}) ist nicht da: Schließen Sie es an oder wählen Sie in den Einstellungen ein anderes.</translation>
    </message>
    <message>
      <source>The input chosen for the call's sound ({name}) is not there: choose it again in Settings.</source>
      <translation>Der für den Ton des Anrufs gewählte Eingang ({name}) ist nicht da: Wählen Sie ihn in den Einstellungen erneut.</translation>
    </message>
    <message>
      <source>it unpacks to {size:.1f} GB (at most {limit:.0f} GB make sense)</source>
      <translation>es entpackt sich zu {size:.1f} GB (höchstens {limit:.0f} GB sind sinnvoll)</translation>
    </message>
    <message>
      <source>it has no {manifest}: it is not a Mystery Shop bundle</source>
      <translation>es hat kein {manifest}: es ist kein Mystery-Shop-Paket</translation>
    </message>
    <message>
      <source>it holds {name!r}, which its manifest does not list</source>
      <translation>es enthält {name!r}, das sein Inhaltsverzeichnis nicht aufführt</translation>
    </message>
    <message>
      <source>it holds {size:.0f} MB of recordings and only {free:.0f} MB is free on the disk of the data folder</source>
      <translation>es enthält {size:.0f} MB Aufnahmen, und auf dem Laufwerk des Datenordners sind nur {free:.0f} MB frei</translation>
    </message>
    <message>
      <source>the entry {name!r} claims {size:.0f} MB (at most {limit:.0f} MB make sense)</source>
      <translation>der Eintrag {name!r} gibt {size:.0f} MB an (höchstens {limit:.0f} MB sind sinnvoll)</translation>
    </message>
    <message>
      <source>the entry {name!r} is compressed; a bundle stores its recordings as they are (a zip bomb?)</source>
      <translation>der Eintrag {name!r} ist komprimiert; ein Paket speichert seine Aufnahmen unverändert (eine ZIP-Bombe?)</translation>
    </message>
    <message>
      <source>the entry {name!r} is compressed in a way a bundle never is</source>
      <translation>der Eintrag {name!r} ist auf eine Art komprimiert, die ein Paket nie verwendet</translation>
    </message>
    <message>
      <source>its manifest is not valid JSON ({reason})</source>
      <translation>sein Inhaltsverzeichnis ist kein gültiges JSON ({reason})</translation>
    </message>
    <message>
      <source>its manifest is nested too deeply to be ours</source>
      <translation>sein Inhaltsverzeichnis ist zu tief verschachtelt, um von uns zu stammen</translation>
    </message>
    <message>
      <source>its manifest lists {name!r}, which the bundle does not hold</source>
      <translation>sein Inhaltsverzeichnis führt {name!r} auf, das das Paket nicht enthält</translation>
    </message>
    <message>
      <source>the size of {name!r} does not match its manifest</source>
      <translation>die Größe von {name!r} passt nicht zum Inhaltsverzeichnis</translation>
    </message>
    <message>
      <source>the checksum of {name!r} does not match its manifest: the file was damaged or changed after it was shared</source>
      <translation>die Prüfsumme von {name!r} passt nicht zum Inhaltsverzeichnis: Die Datei wurde nach dem Teilen beschädigt oder verändert</translation>
    </message>
    <message>
      <source>{filename!r} is damaged ({reason})</source>
      <translation>{filename!r} ist beschädigt ({reason})</translation>
    </message>
    <message>
      <source>it is not a Mystery Shop bundle (another kind of zip file, without a {manifest})</source>
      <translation>es ist kein Mystery-Shop-Paket (eine andere Art ZIP-Datei, ohne {manifest})</translation>
    </message>
    <message>
      <source>{name!r} is damaged ({reason})</source>
      <translation>{name!r} ist beschädigt ({reason})</translation>
    </message>
    <message>
      <source>it could not be unpacked: {reason}</source>
      <translation>es ließ sich nicht entpacken: {reason}</translation>
    </message>
    <message>
      <source>The import was cancelled; nothing changed.</source>
      <translation>Der Import wurde abgebrochen; nichts wurde verändert.</translation>
    </message>
    <message>
      <source>{filename!r} holds more than it declares</source>
      <translation>{filename!r} enthält mehr, als es angibt</translation>
    </message>
    <message>
      <source>Cannot share these sessions: {problem}. Nothing was written.</source>
      <translation>Diese Sitzungen lassen sich nicht teilen: {problem}. Nichts wurde geschrieben.</translation>
    </message>
    <message>
      <source>Could not write {out}: {reason}. Nothing was written.</source>
      <translation>{out} ließ sich nicht schreiben: {reason}. Nichts wurde geschrieben.</translation>
    </message>
    <message>
      <source>Sharing was cancelled; nothing was written.</source>
      <translation>Das Teilen wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
      <source>Cannot share these sessions in one bundle: their description takes {size:.0f} MB, more than a bundle may hold ({limit:.0f} MB). Share a round (or fewer sessions) at a time. Nothing was written.</source>
      <translation>Diese Sitzungen passen nicht in ein Paket: Ihre Beschreibung braucht {size:.0f} MB, mehr als ein Paket fassen darf ({limit:.0f} MB). Teilen Sie eine Runde (oder weniger Sitzungen) auf einmal. Nichts wurde geschrieben.</translation>
    </message>
    <message>
      <source>No rounds yet: a round begins with its first session.</source>
      <translation>Noch keine Runden: Eine Runde beginnt mit ihrer ersten Sitzung.</translation>
    </message>
    <message>
      <source>The database {path} cannot be opened: {reason}</source>
      <translation>Die Datenbank {path} lässt sich nicht öffnen: {reason}</translation>
    </message>
    <message>
      <source>The database {path} is locked by another program (is Mystery Shop already running?).</source>
      <translation>Die Datenbank {path} ist von einem anderen Programm gesperrt (läuft Mystery Shop bereits?).</translation>
    </message>
    <message>
      <source>There are no sessions to put in a meeting pack.</source>
      <translation>Es gibt keine Sitzungen für eine Besprechungsmappe.</translation>
    </message>
    <message>
      <source>Meeting pack cancelled; nothing was written.</source>
      <translation>Besprechungsmappe abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
      <source>There are no sessions to export.</source>
      <translation>Es gibt keine Sitzungen zum Exportieren.</translation>
    </message>
    <message>
      <source>The folder {folder} does not exist.</source>
      <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
      <source>Cannot read {path} as a recording: {reason}</source>
      <translation>{path} kann nicht als Aufnahme gelesen werden: {reason}</translation>
    </message>
    <message>
      <source>The sound server refused “pactl {what}”: {reason}</source>
      <translation>Der Sound-Server hat „pactl {what}“ abgelehnt: {reason}</translation>
    </message>
    <message>
      <source>The sound server does not answer: {reason}</source>
      <translation>Der Sound-Server antwortet nicht: {reason}</translation>
    </message>
    <message>
      <source>{name} changed while it was shared; share again. Nothing was written.</source>
      <translation>{name} hat sich beim Teilen geändert; bitte erneut teilen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
      <source>--map takes COLUMN=FIELD, not {item!r}.</source>
      <translation>--map erwartet SPALTE=FELD, nicht {item!r}.</translation>
    </message>
    <message>
      <source>No team folder is set: give one (team sync FOLDER), or set it with `team set FOLDER` or in the app's Settings.</source>
      <translation>Kein Teamordner festgelegt: Geben Sie einen an (team sync ORDNER) oder legen Sie ihn mit `team set ORDNER` oder in den Einstellungen der App fest.</translation>
    </message>
    <message>
      <source>Export cancelled; nothing was written.</source>
      <translation>Export abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
      <source>The recording {path} is missing; nothing was analysed.</source>
      <translation>Die Aufnahme {path} fehlt; nichts wurde ausgewertet.</translation>
    </message>
    <message>
      <source>The recording {path} is missing; nothing was redacted.</source>
      <translation>Die Aufnahme {path} fehlt; nichts wurde unkenntlich gemacht.</translation>
    </message>
    <message>
      <source>Could not redact {path}: {reason}. The recording is as it was.</source>
      <translation>{path} konnte nicht unkenntlich gemacht werden: {reason}. Die Aufnahme ist unverändert.</translation>
    </message>
    <message>
      <source>There is no round {round!r}. Rounds here: {rounds}.</source>
      <translation>Es gibt keine Runde {round!r}. Runden hier: {rounds}.</translation>
    </message>
    <message>
      <source>Could not copy the recordings beside the workbook ({reason}). Nothing was written.</source>
      <translation>Die Aufnahmen ließen sich nicht neben die Arbeitsmappe kopieren ({reason}). Nichts wurde geschrieben.</translation>
    </message>
    <message>
      <source>Say it in at most {limit} characters.</source>
      <translation>Sagen Sie es in höchstens {limit} Zeichen.</translation>
    </message>
    <message>
      <source>A finding needs a few words: what was seen?</source>
      <translation>Ein Befund braucht ein paar Worte: Was wurde beobachtet?</translation>
    </message>
    <message>
      <source>An action needs a few words: what will change?</source>
      <translation>Eine Maßnahme braucht ein paar Worte: Was wird sich ändern?</translation>
    </message>
    <message>
      <source>No finding has the id {finding_id!r}.</source>
      <translation>Kein Befund hat die Kennung {finding_id!r}.</translation>
    </message>
    <message>
      <source>A perception check belongs to a round: name it.</source>
      <translation>Eine Wahrnehmungsprüfung gehört zu einer Runde: Nennen Sie sie.</translation>
    </message>
    <message>
      <source>A point needs a few words.</source>
      <translation>Ein Punkt braucht ein paar Worte.</translation>
    </message>
    <message>
      <source>Say each point in at most {limit} characters.</source>
      <translation>Sagen Sie jeden Punkt in höchstens {limit} Zeichen.</translation>
    </message>
    <message>
      <source>Name a theme in at most {limit} characters.</source>
      <translation>Nennen Sie ein Thema in höchstens {limit} Zeichen.</translation>
    </message>
    <message>
      <source>Name the source in at most {limit} characters.</source>
      <translation>Nennen Sie die Quelle in höchstens {limit} Zeichen.</translation>
    </message>
    <message>
      <source>A recording is already running: stop it first.</source>
      <translation>Es läuft bereits eine Aufnahme: Beenden Sie sie zuerst.</translation>
    </message>
    <message>
      <source>Confirm that you may record this call before recording.</source>
      <translation>Bestätigen Sie vor der Aufnahme, dass Sie diesen Anruf aufnehmen dürfen.</translation>
    </message>
    <message>
      <source>Rate the step first, then confirm your rating.</source>
      <translation>Bewerten Sie zuerst den Schritt und bestätigen Sie dann Ihre Bewertung.</translation>
    </message>
    <message>
      <source>A leader needs a name.</source>
      <translation>Eine Führungskraft braucht einen Namen.</translation>
    </message>
    <message>
      <source>No touchpoint is called {key!r}.</source>
      <translation>Kein Kontaktpunkt heißt {key!r}.</translation>
    </message>
    <message>
      <source>Say the experience in one sentence (at most {limit} characters).</source>
      <translation>Beschreiben Sie das Erlebnis in einem Satz (höchstens {limit} Zeichen).</translation>
    </message>
    <message>
      <source>Customers a year: a whole number up to {limit:,}.</source>
      <translation>Kundschaft pro Jahr: eine ganze Zahl bis {limit:,}.</translation>
    </message>
    <message>
      <source>No round is called {round!r}.</source>
      <translation>Keine Runde heißt {round!r}.</translation>
    </message>
    <message>
      <source>This session was changed elsewhere (in another Mystery Shop window, or by an import) after it was opened here. It is shown again as stored; your last change was not written over the newer one, so do it again if it still applies.</source>
      <translation>Diese Sitzung wurde an anderer Stelle geändert (in einem anderen Mystery-Shop-Fenster oder durch einen Import), nachdem sie hier geöffnet wurde. Sie wird wieder so gezeigt, wie sie gespeichert ist; Ihre letzte Änderung hat die neuere nicht überschrieben – wiederholen Sie sie, wenn sie noch gilt.</translation>
    </message>
    <message>
      <source>A session needs the leader's name and the company shopped.</source>
      <translation>Eine Sitzung braucht den Namen der Führungskraft und das getestete Unternehmen.</translation>
    </message>
    <message>
      <source>Choose a verdict first: does the experience build or erode trust?</source>
      <translation>Wählen Sie zuerst ein Urteil: Schafft das Erlebnis Vertrauen oder zerstört es Vertrauen?</translation>
    </message>
    <message>
      <source>The prediction is locked once the step has started: it is what you expected before. Use "Change my prediction" to change it on the record.</source>
      <translation>Die Erwartung ist festgeschrieben, sobald der Schritt begonnen hat: Sie ist das, was Sie vorher erwartet haben. Ändern Sie sie mit „Meine Erwartung ändern“, dann wird die Änderung festgehalten.</translation>
    </message>
    <message>
      <source>{file} was not imported: {reason}. Nothing was changed.</source>
      <translation>{file} wurde nicht importiert: {reason}. Nichts wurde verändert.</translation>
    </message>
    <message>
      <source>the data folder is not writable ({reason})</source>
      <translation>der Datenordner ist nicht beschreibbar ({reason})</translation>
    </message>
    <message>
      <source>the database stayed busy: another program (or another Mystery Shop window) kept writing to it. Try again in a moment</source>
      <translation>die Datenbank blieb belegt: Ein anderes Programm (oder ein anderes Mystery-Shop-Fenster) hat weiter hineingeschrieben. Versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
      <source>The built-in exercise stays as it is: save your changes as a template of your own (a copy with its own name).</source>
      <translation>Die eingebaute Übung bleibt, wie sie ist: Speichern Sie Ihre Änderungen als eigene Vorlage (eine Kopie mit eigenem Namen).</translation>
    </message>
    <message>
      <source>There is a template {id!r} already: choose another name.</source>
      <translation>Es gibt schon eine Vorlage {id!r}: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
      <source>The file calls itself the built-in exercise but differs from it: give it an id of its own.</source>
      <translation>Die Datei gibt sich als die eingebaute Übung aus, weicht aber von ihr ab: Geben Sie ihr eine eigene Kennung.</translation>
    </message>
    <message>
      <source>In round 1, do every step and add none: start basic, and add touchpoints after learning from the first round.</source>
      <translation>In Runde 1 jeden Schritt machen und keinen hinzufügen: einfach beginnen und Berührungspunkte erst ergänzen, wenn die erste Runde Erkenntnisse gebracht hat.</translation>
    </message>
    <message>
      <source>Could not write {out}: {reason}</source>
      <translation>{out} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
      <source>Could not read {path}: {reason}</source>
      <translation>{path} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
      <source>Cannot create the database {path}: {reason}. Nothing was changed; choose another folder, or make this one writable.</source>
      <translation>Die Datenbank {path} lässt sich nicht anlegen: {reason}. Nichts wurde verändert; wählen Sie einen anderen Ordner oder machen Sie diesen beschreibbar.</translation>
    </message>
    <message>
      <source>Cannot move {path} aside: {reason}</source>
      <translation>{path} lässt sich nicht beiseitelegen: {reason}</translation>
    </message>
    <message>
      <source>Cannot open the database {path} for writing: {reason}. Nothing was changed; choose another folder, or make this one writable.</source>
      <translation>Die Datenbank {path} lässt sich nicht zum Schreiben öffnen: {reason}. Nichts wurde verändert; wählen Sie einen anderen Ordner oder machen Sie diesen beschreibbar.</translation>
    </message>
    <message>
      <source>Could not save or read your data: {reason}</source>
      <translation>Ihre Daten ließen sich nicht speichern oder lesen: {reason}</translation>
    </message>
    <message>
      <source>No session has the id {prefix!r}.</source>
      <translation>Keine Sitzung hat die Kennung {prefix!r}.</translation>
    </message>
    <message>
      <source>More than one session id starts with {prefix!r}; give more of it.</source>
      <translation>Mehr als eine Sitzungskennung beginnt mit {prefix!r}; geben Sie mehr davon an.</translation>
    </message>
    <message>
      <source>No session has the id {session_id!r}.</source>
      <translation>Keine Sitzung hat die Kennung {session_id!r}.</translation>
    </message>
    <message>
      <source>Row {row}, column {column!r}: {value!r} is neither yes nor no.</source>
      <translation>Zeile {row}, Spalte {column!r}: {value!r} ist weder ja noch nein.</translation>
    </message>
    <message>
      <source>{path} is empty: a survey export starts with a row of column names.</source>
      <translation>{path} ist leer: Ein Umfrage-Export beginnt mit einer Zeile mit Spaltennamen.</translation>
    </message>
    <message>
      <source>No column is mapped to a question, a rating or "excellent service?": map at least one.</source>
      <translation>Keine Spalte ist einer Frage, einer Bewertung oder „exzellenter Service?“ zugeordnet: Ordnen Sie mindestens eine zu.</translation>
    </message>
    <message>
      <source>Row {row}, column {column!r}: {value!r} is not a whole number from {low} to {high}.</source>
      <translation>Zeile {row}, Spalte {column!r}: {value!r} ist keine ganze Zahl von {low} bis {high}.</translation>
    </message>
    <message>
      <source>Row {row}, column {column!r}: {value} is off the {scale} scale.</source>
      <translation>Zeile {row}, Spalte {column!r}: {value} liegt außerhalb der Skala {scale}.</translation>
    </message>
    <message>
      <source>{path} is {size} MB; a survey export can be at most {limit} MB.</source>
      <translation>{path} ist {size} MB groß; ein Umfrage-Export darf höchstens {limit} MB groß sein.</translation>
    </message>
    <message>
      <source>Cannot read {path}: {reason}</source>
      <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
      <source>{path}, row {row}: {reason}</source>
      <translation>{path}, Zeile {row}: {reason}</translation>
    </message>
    <message>
      <source>Row {row} has {cells} columns; the header row has {columns}.</source>
      <translation>Zeile {row} hat {cells} Spalten; die Kopfzeile hat {columns}.</translation>
    </message>
    <message>
      <source>{encoding!r} is not a text encoding Python knows.</source>
      <translation>{encoding!r} ist keine Textkodierung, die Python kennt.</translation>
    </message>
    <message>
      <source>{path} is not {encoding} text (row {row}, column {column}). Save it from the survey tool as CSV UTF-8, or name its encoding (for Excel's plain CSV: cp1252).</source>
      <translation>{path} ist kein {encoding}-Text (Zeile {row}, Spalte {column}). Speichern Sie die Datei im Umfrage-Werkzeug als CSV UTF-8, oder nennen Sie ihre Kodierung (für Excels einfaches CSV: cp1252).</translation>
    </message>
    <message>
      <source>No column is called {column!r}. The columns are: {columns}.</source>
      <translation>Keine Spalte heißt {column!r}. Die Spalten sind: {columns}.</translation>
    </message>
    <message>
      <source>Two columns are called {column!r}: rename one in the file.</source>
      <translation>Zwei Spalten heißen {column!r}: Benennen Sie eine in der Datei um.</translation>
    </message>
    <message>
      <source>{value!r} is not something a column can hold.</source>
      <translation>{value!r} kann eine Spalte nicht enthalten.</translation>
    </message>
    <message>
      <source>Columns {columns} are both mapped to {value!r}: keep one.</source>
      <translation>Die Spalten {columns} sind beide {value!r} zugeordnet: Behalten Sie eine.</translation>
    </message>
    <message>
      <source>A scale is LOW..HIGH, such as 0..10 or 1..5, not {text!r}.</source>
      <translation>Eine Skala wird als VON..BIS angegeben, etwa 0..10 oder 1..5, nicht {text!r}.</translation>
    </message>
    <message>
      <source>{path} has more than {limit:,} answer rows.</source>
      <translation>{path} hat mehr als {limit:,} Antwortzeilen.</translation>
    </message>
    <message>
      <source>Row {row}, column {column!r}: an answer of more than {limit} characters.</source>
      <translation>Zeile {row}, Spalte {column!r}: eine Antwort mit mehr als {limit} Zeichen.</translation>
    </message>
    <message>
      <source>The template is larger than a template may be ({limit} kB).</source>
      <translation>Die Vorlage ist größer, als eine Vorlage sein darf ({limit} kB).</translation>
    </message>
    <message>
      <source>The template is not a template (no object at its top).</source>
      <translation>Die Vorlage ist keine Vorlage (oben steht kein Objekt).</translation>
    </message>
    <message>
      <source>The template has no steps.</source>
      <translation>Die Vorlage hat keine Schritte.</translation>
    </message>
    <message>
      <source>The template has {count} steps; at most {limit} are allowed.</source>
      <translation>Die Vorlage hat {count} Schritte; höchstens {limit} sind erlaubt.</translation>
    </message>
    <message>
      <source>Two steps have the key {key}: each needs its own.</source>
      <translation>Zwei Schritte haben den Schlüssel {key}: Jeder braucht einen eigenen.</translation>
    </message>
    <message>
      <source>The template's id must be lower-case letters, digits and dashes (found {id!r}).</source>
      <translation>Die Kennung der Vorlage muss aus Kleinbuchstaben, Ziffern und Bindestrichen bestehen (gefunden: {id!r}).</translation>
    </message>
    <message>
      <source>The template's version must be a whole number from 1.</source>
      <translation>Die Version der Vorlage muss eine ganze Zahl ab 1 sein.</translation>
    </message>
    <message>
      <source>The template is not a template (nested too deep).</source>
      <translation>Die Vorlage ist keine Vorlage (zu tief verschachtelt).</translation>
    </message>
    <message>
      <source>The template is not readable JSON: {reason}.</source>
      <translation>Die Vorlage ist kein lesbares JSON: {reason}.</translation>
    </message>
    <message>
      <source>{where}: “{field}” must be a text.</source>
      <translation>{where}: „{field}“ muss ein Text sein.</translation>
    </message>
    <message>
      <source>{where}: “{field}” is longer than {limit} characters.</source>
      <translation>{where}: „{field}“ ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
      <source>{where} is not a step.</source>
      <translation>{where} ist kein Schritt.</translation>
    </message>
    <message>
      <source>{where}: its key must be lower-case letters, digits and dashes, up to 40 (found {key!r}).</source>
      <translation>{where}: Sein Schlüssel muss aus bis zu 40 Kleinbuchstaben, Ziffern und Bindestrichen bestehen (gefunden: {key!r}).</translation>
    </message>
    <message>
      <source>{where}: “watch_for” must be a list of up to {limit} texts.</source>
      <translation>{where}: „watch_for“ muss eine Liste von bis zu {limit} Texten sein.</translation>
    </message>
    <message>
      <source>{where}: “questions” must be a list of up to {limit}.</source>
      <translation>{where}: „questions“ muss eine Liste von bis zu {limit} sein.</translation>
    </message>
    <message>
      <source>{where}: two questions have the same id.</source>
      <translation>{where}: Zwei Fragen haben dieselbe Kennung.</translation>
    </message>
    <message>
      <source>{where} is not a question.</source>
      <translation>{where} ist keine Frage.</translation>
    </message>
    <message>
      <source>{where}: its id must be lower-case letters, digits and dashes (found {id!r}).</source>
      <translation>{where}: Ihre Kennung muss aus Kleinbuchstaben, Ziffern und Bindestrichen bestehen (gefunden: {id!r}).</translation>
    </message>
    <message>
      <source>{where}: “yes_is_good” must be true or false.</source>
      <translation>{where}: „yes_is_good“ muss true oder false sein.</translation>
    </message>
    <message>
      <source>{where}: unknown kind {kind!r} (known: {known}).</source>
      <translation>{where}: unbekannte Art {kind!r} (bekannt: {known}).</translation>
    </message>
    <message>
      <source>The step file {path} is unreadable: {reason}</source>
      <translation>Die Schrittdatei {path} ist unlesbar: {reason}</translation>
    </message>
  </context>
  <context>
    <name>launch</name>
    <message>
      <source>Could not open it</source>
      <translation>Konnte nicht geöffnet werden</translation>
    </message>
    <message>
      <source>No program on this computer is set to open this. You can open it yourself: it is at

{where}</source>
      <translation>Auf diesem Computer ist kein Programm zum Öffnen eingerichtet. Sie können es selbst öffnen: Es liegt unter

{where}</translation>
    </message>
    <message>
      <source>Copy the location</source>
      <translation>Ort kopieren</translation>
    </message>
  </context>
  <context>
    <name>markers</name>
    <message>
      <source>answered after {t}</source>
      <translation>angenommen nach {t}</translation>
    </message>
    <message>
      <source>not answered yet</source>
      <translation>noch nicht angenommen</translation>
    </message>
    <message>
      <source>on hold {total} (longest {longest})</source>
      <translation>in der Warteschleife {total} (am längsten {longest})</translation>
    </message>
    <message>
      <source>{what} at {t}</source>
      <translation>{what} bei {t}</translation>
    </message>
    <message>
      <source>Listening vs selling: nothing stamped yet</source>
      <translation>Zuhören oder Verkaufen: noch nichts markiert</translation>
    </message>
    <message>
      <source>Listening {listen} : {sell} selling ({pct:.0%} listening)</source>
      <translation>Zuhören {listen} : {sell} Verkaufen ({pct:.0%} Zuhören)</translation>
    </message>
  </context>
  <context>
    <name>notices</name>
    <message>
      <source>Recordings recovered</source>
      <translation>Aufnahmen wiederhergestellt</translation>
    </message>
    <message>
      <source>Mystery Shop: database problem</source>
      <translation>Mystery Shop: Problem mit der Datenbank</translation>
    </message>
    <message>
      <source>The database {file} is damaged ({problems}).</source>
      <translation>Die Datenbank {file} ist beschädigt ({problems}).</translation>
    </message>
    <message>
      <source>What you can still see is safe to read, but new work may not be saved. Quit now, and keep a copy of the file: at the next start Mystery Shop offers to open another database or to start fresh, keeping the damaged file.</source>
      <translation>Was Sie noch sehen, können Sie gefahrlos lesen, aber neue Arbeit wird womöglich nicht gespeichert. Beenden Sie jetzt und bewahren Sie eine Kopie der Datei auf: Beim nächsten Start bietet Mystery Shop an, eine andere Datenbank zu öffnen oder neu anzufangen; die beschädigte Datei bleibt erhalten.</translation>
    </message>
    <message>
      <source>Delete session</source>
      <translation>Sitzung löschen</translation>
    </message>
    <message>
      <source>Delete the session of {leader} shopping {company} ({round}, {date})?</source>
      <translation>Die Sitzung von {leader} bei {company} ({round}, {date}) löschen?</translation>
    </message>
    <message>
      <source>no round</source>
      <translation>keine Runde</translation>
    </message>
    <message>
      <source>Until you quit, Undo delete brings it back.</source>
      <translation>Bis zum Beenden holt „Löschen rückgängig“ sie zurück.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Keep</source>
      <translation>Behalten</translation>
    </message>
    <message>
      <source>Mystery Shop</source>
      <translation>Mystery Shop</translation>
    </message>
    <message>
      <source>Mystery Shop stopped unexpectedly last time. Everything you entered before then is saved. Details for the developers are in {file}.</source>
      <translation>Mystery Shop wurde beim letzten Mal unerwartet beendet. Alles, was Sie davor eingegeben haben, ist gespeichert. Einzelheiten für die Entwickler stehen in {file}.</translation>
    </message>
  </context>
  <context>
    <name>points</name>
    <message>
      <source>not rated yet</source>
      <translation>noch nicht bewertet</translation>
    </message>
    <message>
      <source>neutral</source>
      <translation>neutral</translation>
    </message>
    <message>
      <source>{n} points up</source>
      <translation>{n} Punkte hoch</translation>
    </message>
    <message>
      <source>{n} points down</source>
      <translation>{n} Punkte runter</translation>
    </message>
  </context>
  <context>
    <name>step_parts</name>
    <message>
      <source>Website: &lt;a href='{url}'&gt;{shown}&lt;/a&gt;</source>
      <translation>Website: &lt;a href='{url}'&gt;{shown}&lt;/a&gt;</translation>
    </message>
    <message>
      <source>Number to call: &lt;b&gt;{phone}&lt;/b&gt;</source>
      <translation>Anzurufende Nummer: &lt;b&gt;{phone}&lt;/b&gt;</translation>
    </message>
  </context>
  <context>
    <name>steps</name>
    <message>
      <source>Website</source>
      <translation>Website</translation>
    </message>
    <message>
      <source>Check out the website</source>
      <translation>Die Website ansehen</translation>
    </message>
    <message>
      <source>Open your company's website as someone who has only just heard of you. Look for the answer to a real problem you might have.</source>
      <translation>Öffnen Sie die Website Ihres Unternehmens wie jemand, der gerade erst von Ihnen gehört hat. Suchen Sie die Antwort auf ein echtes Problem, das Sie haben könnten.</translation>
    </message>
    <message>
      <source>Before you look, I expect the website to leave a new customer…</source>
      <translation>Bevor ich schaue, erwarte ich, dass die Website einen neuen Kunden…</translation>
    </message>
    <message>
      <source>How did the website make me FEEL?</source>
      <translation>Wie hat die Website mich FÜHLEN lassen?</translation>
    </message>
    <message>
      <source>Helped</source>
      <translation>Geholfen</translation>
    </message>
    <message>
      <source>Does it talk about me and my problem (outwardly focused), or mostly about the company, its history and its product list (inwardly focused)?</source>
      <translation>Spricht sie über mich und mein Problem (nach außen gerichtet) oder vor allem über das Unternehmen, seine Geschichte und seine Produktliste (nach innen gerichtet)?</translation>
    </message>
    <message>
      <source>How quickly could I tell how they would solve my issue?</source>
      <translation>Wie schnell konnte ich erkennen, wie sie mein Anliegen lösen würden?</translation>
    </message>
    <message>
      <source>Would I want to call them after this?</source>
      <translation>Würde ich danach dort anrufen wollen?</translation>
    </message>
    <message>
      <source>Did the home page speak to me and my problem?</source>
      <translation>Hat die Startseite mich und mein Problem angesprochen?</translation>
    </message>
    <message>
      <source>Could I tell within a minute how they would solve my issue?</source>
      <translation>Konnte ich innerhalb einer Minute erkennen, wie sie mein Anliegen lösen würden?</translation>
    </message>
    <message>
      <source>Was most of the page about the company rather than about me?</source>
      <translation>Ging es auf der Seite überwiegend um das Unternehmen statt um mich?</translation>
    </message>
    <message>
      <source>Was it obvious what to do next (call, buy, ask)?</source>
      <translation>War klar, was als Nächstes zu tun ist (anrufen, kaufen, fragen)?</translation>
    </message>
    <message>
      <source>Call</source>
      <translation>Anruf</translation>
    </message>
    <message>
      <source>Call the business</source>
      <translation>Beim Unternehmen anrufen</translation>
    </message>
    <message>
      <source>Call the main number the way a new customer would. For the whole call, notice how they make you feel.</source>
      <translation>Rufen Sie die Hauptnummer an, wie es ein neuer Kunde tun würde. Achten Sie während des ganzen Anrufs darauf, wie Sie sich dabei fühlen.</translation>
    </message>
    <message>
      <source>Before you call, I expect this call to leave a customer…</source>
      <translation>Bevor ich anrufe, erwarte ich, dass dieser Anruf einen Kunden…</translation>
    </message>
    <message>
      <source>How did they make me FEEL?</source>
      <translation>Wie haben sie mich FÜHLEN lassen?</translation>
    </message>
    <message>
      <source>Did I feel special and important, or like an annoying call to get rid of?</source>
      <translation>Fühlte ich mich besonders und wichtig – oder wie ein lästiger Anruf, den man loswerden will?</translation>
    </message>
    <message>
      <source>Were they more interested in listening to my needs or in selling me something?</source>
      <translation>Wollten sie eher meine Bedürfnisse hören oder mir etwas verkaufen?</translation>
    </message>
    <message>
      <source>Did I hang up 10 points up or 10 points down?</source>
      <translation>Habe ich mit 10 Punkten Plus oder 10 Punkten Minus aufgelegt?</translation>
    </message>
    <message>
      <source>Did they make me feel special and important?</source>
      <translation>Habe ich mich besonders und wichtig gefühlt?</translation>
    </message>
    <message>
      <source>Were they listening more than selling?</source>
      <translation>Haben sie mehr zugehört als verkauft?</translation>
    </message>
    <message>
      <source>Did they ask my name and use it?</source>
      <translation>Haben sie nach meinem Namen gefragt und ihn benutzt?</translation>
    </message>
    <message>
      <source>Would I happily call them again?</source>
      <translation>Würde ich gern wieder dort anrufen?</translation>
    </message>
    <message>
      <source>Buy</source>
      <translation>Kauf</translation>
    </message>
    <message>
      <source>Buy something</source>
      <translation>Etwas kaufen</translation>
    </message>
    <message>
      <source>Buy something from your company through the channel a customer would use: online, in a shop, or by phone.</source>
      <translation>Kaufen Sie etwas bei Ihrem Unternehmen über den Weg, den ein Kunde nehmen würde: online, im Geschäft oder per Telefon.</translation>
    </message>
    <message>
      <source>Before you buy, I expect buying to leave a customer…</source>
      <translation>Bevor ich kaufe, erwarte ich, dass der Kauf einen Kunden…</translation>
    </message>
    <message>
      <source>How did buying make me FEEL?</source>
      <translation>Wie hat der Kauf mich FÜHLEN lassen?</translation>
    </message>
    <message>
      <source>Was it easy, smooth, helpful, even exciting?</source>
      <translation>War es einfach, reibungslos, hilfreich, sogar aufregend?</translation>
    </message>
    <message>
      <source>Or was it frustrating, confusing, disappointing?</source>
      <translation>Oder war es frustrierend, verwirrend, enttäuschend?</translation>
    </message>
    <message>
      <source>Which department made it easy, and which made it hard?</source>
      <translation>Welche Abteilung hat es leicht gemacht, welche schwer?</translation>
    </message>
    <message>
      <source>Was buying easy and smooth?</source>
      <translation>War der Kauf einfach und reibungslos?</translation>
    </message>
    <message>
      <source>Did someone (or something) help me when I hesitated?</source>
      <translation>Hat mir jemand (oder etwas) geholfen, als ich gezögert habe?</translation>
    </message>
    <message>
      <source>Would I want to buy from them again?</source>
      <translation>Würde ich dort wieder kaufen wollen?</translation>
    </message>
    <message>
      <source>Was any part of it confusing or frustrating?</source>
      <translation>War irgendein Teil davon verwirrend oder frustrierend?</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>Call with a problem, a return or a question</source>
      <translation>Mit einem Problem, einer Rückgabe oder einer Frage anrufen</translation>
    </message>
    <message>
      <source>Call about a problem, a return or a question. More customers are won or lost at this moment than at any other.</source>
      <translation>Rufen Sie wegen eines Problems, einer Rückgabe oder einer Frage an. In keinem anderen Moment werden mehr Kunden gewonnen oder verloren.</translation>
    </message>
    <message>
      <source>Was I welcomed and helped, or made to feel guilty, stupid or a nuisance?</source>
      <translation>Wurde ich willkommen geheißen und bekam Hilfe – oder fühlte ich mich schuldig, dumm oder lästig?</translation>
    </message>
    <message>
      <source>Could the person fix it on the spot, or did I hear "I'll have to check with my supervisor"?</source>
      <translation>Konnte die Person es sofort lösen, oder hörte ich „Da muss ich erst meinen Vorgesetzten fragen“?</translation>
    </message>
    <message>
      <source>How hard did I have to work to get it resolved?</source>
      <translation>Wie viel Mühe musste ich mir geben, bis es gelöst war?</translation>
    </message>
    <message>
      <source>Was I welcomed rather than made to feel a nuisance?</source>
      <translation>Wurde ich willkommen geheißen, statt mich lästig zu fühlen?</translation>
    </message>
    <message>
      <source>Could the first person I reached fix it themselves?</source>
      <translation>Konnte die erste Person, die ich erreichte, es selbst lösen?</translation>
    </message>
    <message>
      <source>Was it little effort for me to get it resolved?</source>
      <translation>War es wenig Aufwand für mich, es lösen zu lassen?</translation>
    </message>
    <message>
      <source>Did anything make me feel guilty or stupid for asking?</source>
      <translation>Hat mir irgendetwas das Gefühl gegeben, für meine Frage schuldig oder dumm zu sein?</translation>
    </message>
    <message>
      <source>Leader</source>
      <translation>Führung</translation>
    </message>
    <message>
      <source>Ask to speak to a leader</source>
      <translation>Eine Führungskraft verlangen</translation>
    </message>
    <message>
      <source>Call and ask to speak to a leader of the company. Count the transfers and the minutes it takes.</source>
      <translation>Rufen Sie an und bitten Sie, mit einer Führungskraft des Unternehmens zu sprechen. Zählen Sie die Weiterleitungen und die Minuten, die es dauert.</translation>
    </message>
    <message>
      <source>Before you call, I expect asking for a leader to leave a customer…</source>
      <translation>Bevor ich anrufe, erwarte ich, dass die Bitte um eine Führungskraft einen Kunden…</translation>
    </message>
    <message>
      <source>Reached a leader</source>
      <translation>Führungskraft erreicht</translation>
    </message>
    <message>
      <source>Was I connected, or brushed off?</source>
      <translation>Wurde ich verbunden oder abgewimmelt?</translation>
    </message>
    <message>
      <source>Was it offered readily, or did I have to insist?</source>
      <translation>Wurde es bereitwillig angeboten, oder musste ich darauf bestehen?</translation>
    </message>
    <message>
      <source>How long did it take, and how many times was I transferred?</source>
      <translation>Wie lange hat es gedauert, und wie oft wurde ich weitergeleitet?</translation>
    </message>
    <message>
      <source>Was I connected to a leader?</source>
      <translation>Wurde ich mit einer Führungskraft verbunden?</translation>
    </message>
    <message>
      <source>Was it offered readily, without me insisting?</source>
      <translation>Wurde es bereitwillig angeboten, ohne dass ich darauf bestehen musste?</translation>
    </message>
    <message>
      <source>Did it take fewer than two transfers?</source>
      <translation>Waren es weniger als zwei Weiterleitungen?</translation>
    </message>
    <message>
      <source>Did I come away feeling I matter to them?</source>
      <translation>Hatte ich danach das Gefühl, ihnen wichtig zu sein?</translation>
    </message>
  </context>
  <context>
    <name>vocabulary</name>
    <message>
      <source>not chosen</source>
      <translation>nicht gewählt</translation>
    </message>
    <message>
      <source>Keypad tones</source>
      <translation>Tastentöne</translation>
    </message>
    <message>
      <source>Call ended</source>
      <translation>Anruf beendet</translation>
    </message>
    <message>
      <source>builds trust</source>
      <translation>schafft Vertrauen</translation>
    </message>
    <message>
      <source>erodes trust</source>
      <translation>zerstört Vertrauen</translation>
    </message>
    <message>
      <source>Build trust</source>
      <translation>Schafft Vertrauen</translation>
    </message>
    <message>
      <source>Erode trust</source>
      <translation>Zerstört Vertrauen</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <source>Partly</source>
      <translation>Teils</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Nein</translation>
    </message>
    <message>
      <source>N.A.</source>
      <translation>k. A.</translation>
    </message>
    <message>
      <source>Ring</source>
      <translation>Klingeln</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>Angenommen</translation>
    </message>
    <message>
      <source>On hold</source>
      <translation>Warteschleife</translation>
    </message>
    <message>
      <source>Off hold</source>
      <translation>Aus der Warteschleife</translation>
    </message>
    <message>
      <source>Transferred</source>
      <translation>Weitergeleitet</translation>
    </message>
    <message>
      <source>Helped</source>
      <translation>Geholfen</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notiz</translation>
    </message>
    <message>
      <source>They asked about my need</source>
      <translation>Sie fragten nach meinem Bedarf</translation>
    </message>
    <message>
      <source>They pitched me something</source>
      <translation>Sie wollten mir etwas verkaufen</translation>
    </message>
    <message>
      <source>Website</source>
      <translation>Website</translation>
    </message>
    <message>
      <source>Call</source>
      <translation>Anruf</translation>
    </message>
    <message>
      <source>Purchase</source>
      <translation>Kauf</translation>
    </message>
    <message>
      <source>Visit</source>
      <translation>Besuch</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Nachricht</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Menschen</translation>
    </message>
    <message>
      <source>Process</source>
      <translation>Prozess</translation>
    </message>
    <message>
      <source>Technology</source>
      <translation>Technik</translation>
    </message>
    <message>
      <source>Culture</source>
      <translation>Kultur</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>Gering</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Mittel</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Hoch</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Offen</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>In Arbeit</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Erledigt</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>Verworfen</translation>
    </message>
    <message>
      <source>Permanent fix</source>
      <translation>Dauerhafte Behebung</translation>
    </message>
    <message>
      <source>Spot fix</source>
      <translation>Punktuelle Behebung</translation>
    </message>
    <message>
      <source>suggested</source>
      <translation>vorgeschlagen</translation>
    </message>
    <message>
      <source>accepted</source>
      <translation>übernommen</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>verworfen</translation>
    </message>
    <message>
      <source>Leadership</source>
      <translation>Führung</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Mitarbeitende</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>Kunden</translation>
    </message>
    <message>
      <source>What do we do well?</source>
      <translation>Was machen wir gut?</translation>
    </message>
    <message>
      <source>What could be improved?</source>
      <translation>Was könnte besser werden?</translation>
    </message>
    <message>
      <source>What does our competition do differently, and is that good or bad?</source>
      <translation>Was macht unser Wettbewerb anders, und ist das gut oder schlecht?</translation>
    </message>
    <message>
      <source>What should we continue, or start, to improve it?</source>
      <translation>Was sollten wir beibehalten oder beginnen, um es zu verbessern?</translation>
    </message>
    <message>
      <source>Do well</source>
      <translation>Gut gemacht</translation>
    </message>
    <message>
      <source>Improve</source>
      <translation>Verbessern</translation>
    </message>
    <message>
      <source>Competition</source>
      <translation>Wettbewerb</translation>
    </message>
    <message>
      <source>Continue or start</source>
      <translation>Beibehalten oder beginnen</translation>
    </message>
  </context>
</TS>