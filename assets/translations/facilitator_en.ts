<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttendanceView</name>
    <message numerus="yes">
        <location filename="../../facilitator/ui/attendance_view.py" line="137" />
        <source>%n ticket(s) issued</source>
        <translation><numerusform>%n ticket issued</numerusform><numerusform>%n tickets issued</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/attendance_view.py" line="137" />
        <source>%n used</source>
        <translation><numerusform>%n used</numerusform><numerusform>%n used</numerusform></translation>
    </message>
</context>
<context>
    <name>IdeasView</name>
    <message numerus="yes">
        <location filename="../../facilitator/ui/ideas_view.py" line="330" />
        <source>Sent from phones: %n waiting</source>
        <translation><numerusform>Sent from phones: %n waiting</numerusform><numerusform>Sent from phones: %n waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/ideas_view.py" line="390" />
        <source>%n idea(s) shown</source>
        <translation><numerusform>%n idea shown</numerusform><numerusform>%n ideas shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/ideas_view.py" line="513" />
        <source>%n idea(s) merged into the first one.</source>
        <translation><numerusform>%n idea merged into the first one.</numerusform><numerusform>%n ideas merged into the first one.</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../facilitator/ui/main_window.py" line="338" />
        <source>%n ticket(s) issued. Printing cards comes with phone voting.</source>
        <translation><numerusform>%n ticket issued. Printing cards comes with phone voting.</numerusform><numerusform>%n tickets issued. Printing cards comes with phone voting.</numerusform></translation>
    </message>
</context>
<context>
    <name>PhoneControl</name>
    <message numerus="yes">
        <location filename="../../facilitator/ui/phone_control.py" line="115" />
        <source>%n phone(s) joined</source>
        <translation><numerusform>%n phone joined</numerusform><numerusform>%n phones joined</numerusform></translation>
    </message>
</context>
<context>
    <name>PollDialog</name>
    <message numerus="yes">
        <location filename="../../facilitator/ui/poll_dialog.py" line="58" />
        <source>Poll from %n idea(s)</source>
        <extracomment>The poll being edited (None for a new one).</extracomment>
        <translation><numerusform>Poll from %n idea</numerusform><numerusform>Poll from %n ideas</numerusform></translation>
    </message>
</context>
<context>
    <name>PollsView</name>
    <message numerus="yes">
        <location filename="../../facilitator/ui/polls_view.py" line="353" />
        <source>%n voter(s)</source>
        <translation><numerusform>%n voter</numerusform><numerusform>%n voters</numerusform></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message numerus="yes">
        <location filename="../../facilitator/ui/projector.py" line="300" />
        <source>%n phone(s) connected</source>
        <translation><numerusform>%n phone connected</numerusform><numerusform>%n phones connected</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/projector.py" line="319" />
        <source>%n voter(s)</source>
        <translation><numerusform>%n voter</numerusform><numerusform>%n voters</numerusform></translation>
    </message>
</context>
</TS>