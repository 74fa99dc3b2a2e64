<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CallEventsModel</name>
    <message numerus="yes">
        <source>%n digit(s)</source>
        <translation>
            <numerusform>%n digit</numerusform>
            <numerusform>%n digits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallEventsPanel</name>
    <message numerus="yes">
        <source>%n suggestion(s) to accept or reject.</source>
        <translation>
            <numerusform>%n suggestion to accept or reject.</numerusform>
            <numerusform>%n suggestions to accept or reject.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rang %n time(s)</source>
        <translation>
            <numerusform>rang %n time</numerusform>
            <numerusform>rang %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interruption(s)</source>
        <translation>
            <numerusform>%n interruption</numerusform>
            <numerusform>%n interruptions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileJobs</name>
    <message numerus="yes">
        <source>Listening to %n recording(s) for keypad tones before sharing…</source>
        <translation>
            <numerusform>Listening to %n recording for keypad tones before sharing…</numerusform>
            <numerusform>Listening to %n recordings for keypad tones before sharing…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stretch(es) of keypad tones (a card number, perhaps) is/are in the recordings you are about to share.</source>
        <translation>
            <numerusform>%n stretch of keypad tones (a card number, perhaps) is in the recordings you are about to share.</numerusform>
            <numerusform>%n stretches of keypad tones (a card number, perhaps) are in the recordings you are about to share.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message numerus="yes">
        <source>new, with %n recording(s)</source>
        <translation>
            <numerusform>new, with %n recording</numerusform>
            <numerusform>new, with %n recordings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoopDialog</name>
    <message numerus="yes">
        <source>%n action(s): {done} done, {late} overdue.</source>
        <translation>
            <numerusform>%n action: {done} done, {late} overdue.</numerusform>
            <numerusform>%n actions: {done} done, {late} overdue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Found %n call event(s) in the recording: Review recordings to accept or reject them.</source>
        <translation>
            <numerusform>Found %n call event in the recording: Review recordings to accept or reject them.</numerusform>
            <numerusform>Found %n call events in the recording: Review recordings to accept or reject them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n recording(s) of sessions finished more than {days} days ago (Settings).</source>
        <translation>
            <numerusform>Deleted %n recording of sessions finished more than {days} days ago (Settings).</numerusform>
            <numerusform>Deleted %n recordings of sessions finished more than {days} days ago (Settings).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PerceptionDialog</name>
    <message numerus="yes">
        <source>Imported %n response(s)</source>
        <translation>
            <numerusform>Imported %n response</numerusform>
            <numerusform>Imported %n responses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%n recording</numerusform>
            <numerusform>%n recordings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ring(s)</source>
        <translation>
            <numerusform>%n ring</numerusform>
            <numerusform>%n rings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n transfer</numerusform>
            <numerusform>%n transfers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) up</source>
        <translation>
            <numerusform>%n point up</numerusform>
            <numerusform>%n points up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) down</source>
        <translation>
            <numerusform>%n point down</numerusform>
            <numerusform>%n points down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) short of it</source>
        <translation>
            <numerusform>%n point short of it</numerusform>
            <numerusform>%n points short of it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) above it</source>
        <translation>
            <numerusform>%n point above it</numerusform>
            <numerusform>%n points above it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote {path} (%n session(s)).</source>
        <translation>
            <numerusform>Wrote {path} (%n session).</numerusform>
            <numerusform>Wrote {path} (%n sessions).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) copied to the folder “{folder}” beside it.</source>
        <translation>
            <numerusform>%n recording copied to the folder “{folder}” beside it.</numerusform>
            <numerusform>%n recordings copied to the folder “{folder}” beside it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its notes, ratings, markers and reviews go, and its %n recording(s).</source>
        <translation>
            <numerusform>Its notes, ratings, markers and reviews go, and its %n recording.</numerusform>
            <numerusform>Its notes, ratings, markers and reviews go, and its %n recordings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionDeleter</name>
    <message numerus="yes">
        <source>%n session(s) deleted.</source>
        <translation>
            <numerusform>%n session deleted.</numerusform>
            <numerusform>%n sessions deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message numerus="yes">
        <source>%n answer row(s).</source>
        <translation>
            <numerusform>%n answer row.</numerusform>
            <numerusform>%n answer rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message numerus="yes">
        <source>Team folder: %n session(s) added or updated from other laptops.</source>
        <translation>
            <numerusform>Team folder: %n session added or updated from other laptops.</numerusform>
            <numerusform>Team folder: %n sessions added or updated from other laptops.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Team folder: %n file(s) could not be read yet (tried again when they change).</source>
        <translation>
            <numerusform>Team folder: %n file could not be read yet (tried again when they change).</numerusform>
            <numerusform>Team folder: %n files could not be read yet (tried again when they change).</numerusform>
        </translation>
    </message>
</context>
</TS>
