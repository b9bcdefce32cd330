<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AttendanceView</name>
        <message numerus="yes">
            <location filename="../../facilitator/ui/attendance_view.py" line="155" />
            <source>%n ticket(s) issued</source>
            <translation>
                <numerusform>%n ticket issued</numerusform>
                <numerusform>%n tickets issued</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../facilitator/ui/attendance_view.py" line="155" />
            <source>%n used</source>
            <translation>
                <numerusform>%n used</numerusform>
                <numerusform>%n used</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message numerus="yes">
            <location filename="../../facilitator/ui/idea_filters.py" line="57" />
            <source>%n idea(s) shown</source>
            <translation>
                <numerusform>%n idea shown</numerusform>
                <numerusform>%n ideas shown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindDialog</name>
        <message numerus="yes">
            <location filename="../../facilitator/ui/find.py" line="160" />
            <source>%n idea(s) found</source>
            <translation>
                <numerusform>%n idea found</numerusform>
                <numerusform>%n ideas found</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../facilitator/ui/find.py" line="162" />
            <source>in %n meeting(s)</source>
            <translation>
                <numerusform>in %n meeting</numerusform>
                <numerusform>in %n meetings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IdeasView</name>
        <message numerus="yes">
            <location filename="../../facilitator/ui/ideas_view.py" line="357" />
            <source>%n idea(s) merged into the first one.</source>
            <translation>
                <numerusform>%n idea merged into the first one.</numerusform>
                <numerusform>%n ideas merged into the first one.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IdeasWallView</name>
        <message numerus="yes">
            <location filename="../../facilitator/ui/ideas_wall.py" line="196" />
            <source>+ %n more idea(s)</source>
            <translation>
                <numerusform>+ %n more idea</numerusform>
                <numerusform>+ %n more ideas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Inbox</name>
        <message numerus="yes">
            <location filename="../../facilitator/ui/inbox.py" line="70" />
            <source>Sent from phones: %n waiting</source>
            <translation>
                <numerusform>Sent from phones: %n waiting</numerusform>
                <numerusform>Sent from phones: %n waiting</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PhoneControl</name>
        <message numerus="yes">
            <location filename="../../facilitator/ui/phone_control.py" line="145" />
            <source>%n phone(s) joined</source>
            <translation>
                <numerusform>%n phone joined</numerusform>
                <numerusform>%n phones joined</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PollDialog</name>
        <message numerus="yes">
            <location filename="../../facilitator/ui/poll_dialog.py" line="88" />
            <source>Poll from %n idea(s)</source>
            <translation>
                <numerusform>Poll from %n idea</numerusform>
                <numerusform>Poll from %n ideas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PollsView</name>
        <message numerus="yes">
            <location filename="../../facilitator/ui/polls_view.py" line="323" />
            <source>%n voter(s)</source>
            <translation>
                <numerusform>%n voter</numerusform>
                <numerusform>%n voters</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreviewPanel</name>
        <message numerus="yes">
            <location filename="../../facilitator/ui/sync_preview.py" line="157" />
            <source>Needs attention: %n proposal(s)</source>
            <translation>
                <numerusform>Needs attention: %n proposal</numerusform>
                <numerusform>Needs attention: %n proposals</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncView</name>
        <message numerus="yes">
            <location filename="../../facilitator/ui/sync_view.py" line="407" />
            <source>%n proposal(s) created</source>
            <translation>
                <numerusform>%n proposal created</numerusform>
                <numerusform>%n proposals created</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../facilitator/ui/sync_view.py" line="408" />
            <source>%n already on the platform</source>
            <translation>
                <numerusform>%n already on the platform</numerusform>
                <numerusform>%n already on the platform</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../facilitator/ui/sync_view.py" line="409" />
            <source>%n need(s) attention</source>
            <translation>
                <numerusform>%n needs attention</numerusform>
                <numerusform>%n need attention</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../facilitator/ui/sync_view.py" line="410" />
            <source>%n changed since sync</source>
            <translation>
                <numerusform>%n changed since sync</numerusform>
                <numerusform>%n changed since sync</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../facilitator/ui/sync_view.py" line="486" />
            <source>%n idea(s) left out: they break a platform rule.</source>
            <translation>
                <numerusform>%n idea left out: they break a platform rule.</numerusform>
                <numerusform>%n ideas left out: they break a platform rule.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TicketCards</name>
        <message numerus="yes">
            <location filename="../../facilitator/ui/ticket_cards.py" line="73" />
            <source>%n ticket(s) issued. Printing cards comes with phone voting.</source>
            <translation>
                <numerusform>%n ticket issued. Printing cards comes with phone voting.</numerusform>
                <numerusform>%n tickets issued. Printing cards comes with phone voting.</numerusform>
            </translation>
        </message>
    </context>
</TS>
