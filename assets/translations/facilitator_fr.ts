<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AttendanceView</name>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="42" />
        <source>People in the room</source>
        <extracomment>Notes are saved this long after the last keystroke (and when the field loses focus).</extracomment>
        <translation>Personnes dans la salle</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="47" />
        <source>Headcount</source>
        <translation>Nombre de participants</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="57" />
        <source>One person fewer</source>
        <translation>Une personne de moins</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="59" />
        <source>One person fewer (Ctrl+-)</source>
        <translation>Une personne de moins (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="61" />
        <source>One more person</source>
        <translation>Une personne de plus</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="63" />
        <source>One more person (Ctrl++)</source>
        <translation>Une personne de plus (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="65" />
        <source>Five more people</source>
        <translation>Cinq personnes de plus</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="79" />
        <source>Exact headcount</source>
        <translation>Nombre exact de participants</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="80" />
        <source>Set</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="81" />
        <source>Set the exact headcount</source>
        <translation>Appliquer le nombre exact de participants</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="83" />
        <source>Counted another way? Exact number:</source>
        <translation>Compté autrement ? Nombre exact :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="90" />
        <source>Tickets (one vote per printed card)</source>
        <translation>Tickets (une voix par carte imprimée)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="95" />
        <source>Print tickets…</source>
        <translation>Imprimer des tickets…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="96" />
        <source>Print tickets</source>
        <translation>Imprimer des tickets</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="101" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="104" />
        <source>Attendance notes</source>
        <translation>Notes sur la participation</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="106" />
        <source>Who came, who apologised, anything worth keeping for the report</source>
        <translation>Qui est venu, qui s'est excusé, tout ce qui mérite d'aller dans le compte rendu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/attendance_view.py" line="137" />
        <source>%n ticket(s) issued</source>
        <translation><numerusform>%n ticket émis</numerusform><numerusform>%n tickets émis</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/attendance_view.py" line="137" />
        <source>%n used</source>
        <translation><numerusform>%n utilisé</numerusform><numerusform>%n utilisés</numerusform></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../facilitator/ui/charts.py" line="91" />
        <source>Results chart</source>
        <extracomment>Majority judgment's usual scale, best grade first: deep green, light green, yellow, red. The scale actually painted with: smaller than asked when the space is short. Labels beside the bars rather than above: half the height (the projector uses it). Grow up to this factor beyond ``scale`` to fill the height (the projector uses it).</extracomment>
        <translation>Graphique des résultats</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/charts.py" line="228" />
        <source>No results to show yet.</source>
        <translation>Pas encore de résultat à afficher.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="27" />
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="39" />
        <source>Duplicate meeting</source>
        <translation>Dupliquer la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="79" />
        <source>Add idea</source>
        <translation>Ajouter une idée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="145" />
        <source>Edit idea</source>
        <translation>Modifier l'idée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="147" />
        <location filename="../../facilitator/ui/commands.py" line="176" />
        <source>Change theme</source>
        <translation>Changer de thème</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="156" />
        <source>Hide idea</source>
        <translation>Masquer l'idée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="157" />
        <source>Keep idea</source>
        <translation>Retenir l'idée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="158" />
        <source>Reject idea</source>
        <translation>Refuser l'idée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="159" />
        <source>Change idea</source>
        <translation>Modifier l'idée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="186" />
        <source>Merge ideas</source>
        <translation>Fusionner des idées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="197" />
        <source>Split merged ideas</source>
        <translation>Séparer les idées fusionnées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="216" />
        <source>Move ideas</source>
        <translation>Déplacer des idées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="225" />
        <source>New poll</source>
        <translation>Nouveau vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="239" />
        <source>Delete poll</source>
        <translation>Supprimer le vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="251" />
        <source>Edit poll</source>
        <translation>Modifier le vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="272" />
        <source>Open poll</source>
        <translation>Ouvrir le vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="273" />
        <source>Close poll</source>
        <translation>Clore le vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="274" />
        <source>Reveal results</source>
        <translation>Dévoiler les résultats</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="275" />
        <source>Hide results</source>
        <translation>Cacher les résultats</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="314" />
        <source>Type in counts</source>
        <translation>Saisir des décomptes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="330" />
        <source>Clear counts</source>
        <translation>Effacer les décomptes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="350" />
        <source>Change headcount</source>
        <translation>Changer le nombre de participants</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="378" />
        <source>Edit attendance</source>
        <translation>Modifier la présence</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../facilitator/ui/crash.py" line="49" />
        <source>Facilitator ran into a problem</source>
        <translation>Facilitator a rencontré un problème</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/crash.py" line="53" />
        <source>Something unexpected happened. Your meeting is safe: every change was saved as you made it. Please copy this report and send it to whoever supports you.</source>
        <translation>Un imprévu s'est produit. Votre réunion est en sécurité : chaque modification a été enregistrée au moment où vous l'avez faite. Copiez ce rapport et envoyez-le à la personne qui vous accompagne.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/crash.py" line="61" />
        <source>Crash report</source>
        <translation>Rapport d'incident</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/crash.py" line="65" />
        <source>Log file: %1</source>
        <translation>Fichier journal : %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/crash.py" line="69" />
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="74" />
        <source>Meetings to export</source>
        <extracomment>Formats that take a single meeting (one file per meeting). Where the next file dialog opens; tests set a path to skip the dialog.</extracomment>
        <translation>Réunions à exporter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="75" />
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="77" />
        <source>Export format</source>
        <translation>Format d'export</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="79" />
        <source>Excel workbook with charts (.xlsx)</source>
        <translation>Classeur Excel avec graphiques (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="80" />
        <source>CSV files (a folder)</source>
        <translation>Fichiers CSV (un dossier)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="81" />
        <source>Printable report (.pdf)</source>
        <translation>Compte rendu imprimable (.pdf)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="82" />
        <source>Decidim proposals import file</source>
        <translation>Fichier d'import de propositions Decidim</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="83" />
        <source>Meeting file for another laptop (.fbundle)</source>
        <translation>Fichier de réunion pour un autre ordinateur (.fbundle)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="86" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="88" />
        <source>Semicolon ; (French Excel)</source>
        <translation>Point-virgule ; (Excel en français)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="89" />
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="90" />
        <source>CSV separator</source>
        <translation>Séparateur CSV</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="95" />
        <source>Decidim file type</source>
        <translation>Type de fichier Decidim</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="100" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="102" />
        <source>Import a meeting file…</source>
        <translation>Importer un fichier de réunion…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="174" />
        <source>Folder for the CSV files</source>
        <translation>Dossier des fichiers CSV</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="183" />
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="193" />
        <source>Choose at least one meeting to export.</source>
        <translation>Choisissez au moins une réunion à exporter.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="196" />
        <source>This format takes one meeting at a time; check only one.</source>
        <translation>Ce format ne prend qu'une réunion à la fois ; n'en cochez qu'une.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="216" />
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="225" />
        <source>Meeting file to import</source>
        <translation>Fichier de réunion à importer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="232" />
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="105" />
        <source>Default language of the platform</source>
        <translation>Langue par défaut de la plateforme</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="108" />
        <source>The platform&apos;s default language code, such as fr, en, ca or pt-BR. Empty: the meeting&apos;s language.</source>
        <translation>Le code de la langue par défaut de la plateforme, par exemple fr, en, ca ou pt-BR. Vide : la langue de la réunion.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="113" />
        <source>Platform language</source>
        <translation>Langue de la plateforme</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="237" />
        <source>Replace the existing files?</source>
        <translation>Remplacer les fichiers existants ?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="239" />
        <source>{names} already exists in this folder. Replace it?</source>
        <translation>{names} existe déjà dans ce dossier. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="241" />
        <source>{names} already exist in this folder. Replace them?</source>
        <translation>{names} existent déjà dans ce dossier. Les remplacer ?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="247" />
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="358" />
        <source>Idea {number} left out: “{text}”</source>
        <translation>Idée {number} écartée : « {text} »</translation>
    </message>
</context>
<context>
    <name>IdeasView</name>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="121" />
        <source>Type an idea and press Enter (add #theme to file it)</source>
        <extracomment>Beyond this many changes since the last refresh, the ideas are read again in full.</extracomment>
        <translation>Tapez une idée puis Entrée (ajoutez #thème pour la classer)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="123" />
        <source>New idea</source>
        <translation>Nouvelle idée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="133" />
        <source>Theme of new ideas</source>
        <translation>Thème des nouvelles idées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="134" />
        <source>Theme given to new ideas without a #theme (Ctrl+T)</source>
        <translation>Thème donné aux nouvelles idées sans #thème (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="137" />
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="145" />
        <source>Show ideas</source>
        <translation>Idées affichées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="146" />
        <source>Kept ideas</source>
        <translation>Idées retenues</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="147" />
        <source>Hidden ideas</source>
        <translation>Idées masquées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="148" />
        <source>Kept and hidden</source>
        <translation>Retenues et masquées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="149" />
        <source>Rejected ideas</source>
        <translation>Idées refusées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="152" />
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="153" />
        <source>All sources</source>
        <translation>Toutes origines</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="154" />
        <source>Said aloud</source>
        <translation>Dites à voix haute</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="155" />
        <source>From phones</source>
        <translation>Des téléphones</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="156" />
        <source>On paper</source>
        <translation>Sur papier</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="159" />
        <location filename="../../facilitator/ui/ideas_view.py" line="160" />
        <source>Search the ideas</source>
        <translation>Rechercher dans les idées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="174" />
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="179" />
        <source>Click a theme to show its ideas; double-click to use it for new ideas</source>
        <translation>Cliquez sur un thème pour voir ses idées ; double-cliquez pour le donner aux nouvelles idées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="185" />
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="217" />
        <source>Ideas waiting for moderation</source>
        <translation>Idées en attente de modération</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="237" />
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="238" />
        <source>Accept the selected idea</source>
        <translation>Accepter l'idée sélectionnée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="240" />
        <source>Re&amp;ject</source>
        <translation>Re&amp;fuser</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="241" />
        <source>Reject the selected idea</source>
        <translation>Refuser l'idée sélectionnée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="243" />
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="244" />
        <source>Edit the selected idea</source>
        <translation>Modifier l'idée sélectionnée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="267" />
        <source>&amp;Capture an idea</source>
        <translation>&amp;Saisir une idée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="269" />
        <source>Choose the &amp;theme of new ideas</source>
        <translation>Choisir le &amp;thème des nouvelles idées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="271" />
        <source>&amp;Edit idea</source>
        <translation>&amp;Modifier l'idée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="273" />
        <source>Give the &amp;current theme to the selected ideas</source>
        <translation>Donner le thème &amp;courant aux idées sélectionnées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="277" />
        <source>&amp;Merge selected ideas</source>
        <translation>&amp;Fusionner les idées sélectionnées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="278" />
        <source>&amp;Split merged ideas</source>
        <translation>&amp;Séparer les idées fusionnées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="279" />
        <source>&amp;Hide or show again</source>
        <translation>&amp;Masquer ou réafficher</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="280" />
        <source>Move &amp;up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="281" />
        <source>Move &amp;down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="283" />
        <source>&amp;Poll from selected ideas…</source>
        <translation>Vote à partir des idées &amp;sélectionnées…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="286" />
        <source>&amp;Accept idea from phone</source>
        <translation>&amp;Accepter l'idée venue d'un téléphone</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="289" />
        <source>&amp;Reject idea from phone</source>
        <translation>&amp;Refuser l'idée venue d'un téléphone</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/ideas_view.py" line="330" />
        <source>Sent from phones: %n waiting</source>
        <translation><numerusform>Envoyées par téléphone : %n en attente</numerusform><numerusform>Envoyées par téléphone : %n en attente</numerusform></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="332" />
        <source>Sent from phones: none waiting</source>
        <translation>Envoyées par téléphone : aucune en attente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/ideas_view.py" line="390" />
        <source>%n idea(s) shown</source>
        <translation><numerusform>%n idée affichée</numerusform><numerusform>%n idées affichées</numerusform></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="505" />
        <source>Select two ideas or more to merge them.</source>
        <translation>Sélectionnez au moins deux idées pour les fusionner.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/ideas_view.py" line="513" />
        <source>%n idea(s) merged into the first one.</source>
        <translation><numerusform>%n idée fusionnée dans la première.</numerusform><numerusform>%n idées fusionnées dans la première.</numerusform></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="530" />
        <source>This idea has no merged ideas.</source>
        <translation>Aucune idée n'a été fusionnée dans celle-ci.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="567" />
        <source>There are no ideas to vote on yet.</source>
        <translation>Il n'y a pas encore d'idée à mettre au vote.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="21" />
        <source>Single choice</source>
        <translation>Choix unique</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="22" />
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="23" />
        <source>Yes / no / abstain</source>
        <translation>Oui / non / abstention</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="24" />
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="25" />
        <source>Majority judgment</source>
        <translation>Jugement majoritaire</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="26" />
        <source>Upvotes</source>
        <translation>Soutiens</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="32" />
        <source>Each person picks one option; the most votes wins.</source>
        <translation>Chacun choisit une option ; celle qui a le plus de voix l'emporte.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="35" />
        <source>Each person picks every option they accept.</source>
        <translation>Chacun choisit toutes les options qu’il accepte.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="38" />
        <source>One question, answered yes, no or abstain.</source>
        <translation>Une question, à laquelle on répond oui, non ou abstention.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="41" />
        <source>Each person spreads a number of points between the options.</source>
        <translation>Chacun répartit un nombre de points entre les options.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="44" />
        <source>Each person grades every option; the best majority grade wins.</source>
        <translation>Chacun donne une mention à chaque option ; la meilleure mention majoritaire l'emporte.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="47" />
        <source>People support the ideas they like; ideas are ranked.</source>
        <translation>Chacun soutient les idées qui lui plaisent ; les idées sont classées.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="55" />
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="56" />
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="57" />
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="63" />
        <source>In preparation</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="64" />
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="65" />
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="71" />
        <source>Spokesperson</source>
        <translation>Porte-parole</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="72" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="73" />
        <location filename="../../facilitator/ui/labels.py" line="91" />
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="79" />
        <source>Kept</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="80" />
        <source>Merged</source>
        <translation>Fusionnée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="81" />
        <source>Hidden</source>
        <translation>Masquée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="82" />
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="83" />
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="89" />
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="90" />
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="92" />
        <source>Show of hands</source>
        <translation>Main levée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="98" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="99" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="100" />
        <source>Abstain</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="107" />
        <source>Excellent</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="108" />
        <source>Very good</source>
        <translation>Très bien</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="109" />
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="110" />
        <source>Fairly good</source>
        <translation>Assez bien</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="111" />
        <source>Passable</source>
        <translation>Passable</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="112" />
        <source>Insufficient</source>
        <translation>Insuffisant</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="113" />
        <source>Reject</source>
        <translation>À rejeter</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="41" />
        <location filename="../../facilitator/ui/main_window.py" line="200" />
        <location filename="../../facilitator/ui/main_window.py" line="219" />
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="55" />
        <source>Ready.</source>
        <translation>Prêt.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="102" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="104" />
        <source>&amp;New meeting…</source>
        <translation>&amp;Nouvelle réunion…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="106" />
        <source>Create the &amp;demo meeting</source>
        <translation>Créer la réunion de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="108" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="110" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="111" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="113" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="120" />
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="123" />
        <source>&amp;Back to meetings</source>
        <translation>&amp;Retour aux réunions</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="126" />
        <source>Meeting &amp;details…</source>
        <translation>&amp;Détails de la réunion…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="130" />
        <location filename="../../facilitator/ui/main_window.py" line="151" />
        <source>&amp;Ideas</source>
        <translation>&amp;Idées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="131" />
        <location filename="../../facilitator/ui/main_window.py" line="152" />
        <source>&amp;Polls</source>
        <translation>&amp;Votes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="132" />
        <source>&amp;Attendance</source>
        <translation>&amp;Présence</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="133" />
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="134" />
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="147" />
        <source>&amp;Print tickets…</source>
        <translation>Im&amp;primer des tickets…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="154" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="156" />
        <source>&amp;Projector window</source>
        <translation>Fenêtre du &amp;projecteur</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="158" />
        <source>Projector in &amp;dark colours</source>
        <translation>Projecteur en couleurs &amp;sombres</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="161" />
        <source>Move the projector to the &amp;next screen</source>
        <translation>Mettre le projecteur sur l'écran &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="165" />
        <source>&amp;Settings</source>
        <translation>Para&amp;mètres</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="166" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="170" />
        <source>Follow the system</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="179" />
        <source>&amp;Wi-Fi shown on the projector…</source>
        <translation>&amp;Wi-Fi affiché au projecteur…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="181" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="182" />
        <source>&amp;About Facilitator</source>
        <translation>&amp;À propos de Facilitator</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="266" />
        <source>Edit meeting</source>
        <translation>Modifier la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="290" />
        <source>Creating the demo meeting…</source>
        <translation>Création de la réunion de démonstration…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="300" />
        <source>Print tickets</source>
        <translation>Imprimer des tickets</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="301" />
        <source>How many ticket cards (one vote each)?</source>
        <translation>Combien de cartes-tickets (une voix chacune) ?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="314" />
        <source>Save the ticket cards</source>
        <translation>Enregistrer les cartes-tickets</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="314" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/main_window.py" line="338" />
        <source>%n ticket(s) issued. Printing cards comes with phone voting.</source>
        <translation><numerusform>%n ticket émis. L’impression des cartes arrive avec le vote par téléphone.</numerusform><numerusform>%n tickets émis. L’impression des cartes arrive avec le vote par téléphone.</numerusform></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="353" />
        <source>Ticket cards saved to %1</source>
        <translation>Cartes-tickets enregistrées dans %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="390" />
        <source>The language changes the next time Facilitator starts.</source>
        <translation>La langue changera au prochain démarrage de Facilitator.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="395" />
        <source>Wi-Fi shown on the projector</source>
        <translation>Wi-Fi affiché au projecteur</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="399" />
        <source>Network name</source>
        <translation>Nom du réseau</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="401" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="403" />
        <source>Network &amp;name:</source>
        <translation>&amp;Nom du réseau :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="404" />
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="427" />
        <source>About Facilitator</source>
        <translation>À propos de Facilitator</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="429" />
        <source>Facilitator %1

Run neighbourhood meetings: capture ideas, vote with phones, hands or paper, and send the results to the participation platform.</source>
        <translation>Facilitator %1

Animez les réunions de quartier : notez les idées, votez par téléphone, à main levée ou sur papier, et envoyez les résultats à la plateforme de participation.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="40" />
        <source>Meeting details</source>
        <translation>Détails de la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="40" />
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="45" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="46" />
        <source>e.g. Redesign of the market square</source>
        <translation>p. ex. Réaménagement de la place du Marché</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="47" />
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="49" />
        <source>Neighbourhood</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="50" />
        <source>&amp;Neighbourhood:</source>
        <translation>&amp;Quartier :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="52" />
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="53" />
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="56" />
        <source>Starts at</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="63" />
        <source>&amp;Starts at:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="67" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="68" />
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="74" />
        <source>&amp;Duration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="76" />
        <source>Language of the meeting</source>
        <translation>Langue de la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="81" />
        <source>&amp;Language:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="83" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="88" />
        <source>St&amp;atus:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="90" />
        <source>Notes about the meeting</source>
        <translation>Notes sur la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="91" />
        <source>Agenda, who organises it, anything for the report</source>
        <translation>Ordre du jour, organisateurs, tout ce qui sert au compte rendu</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="94" />
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <location filename="../../facilitator/ui/meeting_view.py" line="60" />
        <source>← Meetings</source>
        <translation>← Réunions</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_view.py" line="61" />
        <source>Back to the list of meetings</source>
        <translation>Retour à la liste des réunions</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_view.py" line="67" />
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_view.py" line="77" />
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_view.py" line="78" />
        <source>Edit the meeting's details</source>
        <translation>Modifier les détails de la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_view.py" line="86" />
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_view.py" line="90" />
        <location filename="../../facilitator/ui/meeting_view.py" line="204" />
        <source>&amp;Ideas</source>
        <translation>&amp;Idées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_view.py" line="91" />
        <source>&amp;Polls</source>
        <translation>&amp;Votes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_view.py" line="92" />
        <source>&amp;Attendance</source>
        <translation>&amp;Présence</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_view.py" line="96" />
        <source>Sending meetings to the participation platform (Decidim) will come with its own update. Everything is kept safely on this computer until then.</source>
        <translation>L'envoi des réunions vers la plateforme de participation (Decidim) arrivera avec sa propre mise à jour. D'ici là, tout est conservé en sécurité sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_view.py" line="100" />
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_view.py" line="104" />
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_view.py" line="142" />
        <source>Exports (spreadsheet, report, meeting file) come with their own update.</source>
        <translation>Les exports (tableur, compte rendu, fichier de réunion) arriveront avec leur propre mise à jour.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_view.py" line="146" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_view.py" line="167" />
        <source>Exports are not available.</source>
        <translation>Les exports ne sont pas disponibles.</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../facilitator/ui/meetings_view.py" line="39" />
        <location filename="../../facilitator/ui/meetings_view.py" line="59" />
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meetings_view.py" line="48" />
        <source>Search by title, neighbourhood or place</source>
        <translation>Rechercher par titre, quartier ou lieu</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meetings_view.py" line="49" />
        <source>Search the meetings</source>
        <translation>Rechercher dans les réunions</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meetings_view.py" line="53" />
        <source>Show archived</source>
        <translation>Afficher les archives</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meetings_view.py" line="74" />
        <source>No meeting yet. Create one, or try the demo meeting from the File menu.</source>
        <translation>Aucune réunion pour le moment. Créez-en une, ou essayez la réunion de démonstration (menu Fichier).</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meetings_view.py" line="80" />
        <source>&amp;New meeting…</source>
        <translation>&amp;Nouvelle réunion…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meetings_view.py" line="82" />
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meetings_view.py" line="84" />
        <source>&amp;Duplicate as template</source>
        <translation>&amp;Dupliquer comme modèle</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meetings_view.py" line="86" />
        <source>A new meeting with the same details and polls, without ideas or votes</source>
        <translation>Une nouvelle réunion avec les mêmes détails et les mêmes votes, sans les idées ni les voix</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meetings_view.py" line="89" />
        <location filename="../../facilitator/ui/meetings_view.py" line="143" />
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meetings_view.py" line="143" />
        <source>Un&amp;archive</source>
        <translation>Dés&amp;archiver</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meetings_view.py" line="159" />
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meetings_view.py" line="177" />
        <source>Unarchive meeting</source>
        <translation>Désarchiver la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meetings_view.py" line="179" />
        <source>Archive meeting</source>
        <translation>Archiver la réunion</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../facilitator/ui/meeting_models.py" line="45" />
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_models.py" line="46" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_models.py" line="47" />
        <source>Neighbourhood</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_models.py" line="48" />
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_models.py" line="49" />
        <source>Polls</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_models.py" line="50" />
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_models.py" line="51" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_models.py" line="83" />
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models.py" line="103" />
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models.py" line="104" />
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models.py" line="105" />
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models.py" line="106" />
        <source>Merged</source>
        <translation>Fusions</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models.py" line="139" />
        <source>Merged ideas:</source>
        <translation>Idées fusionnées :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models.py" line="265" />
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models.py" line="267" />
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models.py" line="315" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models.py" line="316" />
        <source>Method</source>
        <translation>Mode de scrutin</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models.py" line="317" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models.py" line="318" />
        <source>Voters</source>
        <translation>Votants</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models.py" line="333" />
        <source>revealed</source>
        <translation>dévoilé</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models.py" line="425" />
        <location filename="../../facilitator/ui/models.py" line="523" />
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models.py" line="426" />
        <location filename="../../facilitator/ui/models.py" line="524" />
        <source>Votes</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models.py" line="518" />
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models.py" line="521" />
        <source>Majority grade</source>
        <translation>Mention majoritaire</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models.py" line="527" />
        <source>Share of voters</source>
        <translation>Part des votants</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models.py" line="529" />
        <source>Share of points</source>
        <translation>Part des points</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models.py" line="531" />
        <source>Grades given</source>
        <translation>Mentions données</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models.py" line="532" />
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models.py" line="534" />
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/models.py" line="535" />
        <source>By channel</source>
        <translation>Par canal</translation>
    </message>
</context>
<context>
    <name>PhoneControl</name>
    <message>
        <location filename="../../facilitator/ui/phone_control.py" line="72" />
        <source>Address for phones</source>
        <translation>Adresse pour les téléphones</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/phone_control.py" line="90" />
        <source>Phone voting unavailable</source>
        <translation>Vote par téléphone indisponible</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/phone_control.py" line="93" />
        <source>This version has no phone server; count hands and paper ballots.</source>
        <translation>Cette version n'a pas de serveur pour les téléphones ; comptez les mains levées et les bulletins papier.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/phone_control.py" line="98" />
        <source>Starting phone voting…</source>
        <translation>Démarrage du vote par téléphone…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/phone_control.py" line="100" />
        <source>Stop phone voting</source>
        <translation>Arrêter le vote par téléphone</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/phone_control.py" line="102" />
        <source>Start phone voting</source>
        <translation>Démarrer le vote par téléphone</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/phone_control.py" line="109" />
        <source>Phones cannot join yet.</source>
        <translation>Les téléphones ne peuvent pas encore se connecter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/phone_control.py" line="115" />
        <source>%n phone(s) joined</source>
        <translation><numerusform>%n téléphone connecté</numerusform><numerusform>%n téléphones connectés</numerusform></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/phone_control.py" line="153" />
        <source>Phone voting started.</source>
        <translation>Vote par téléphone démarré.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/phone_control.py" line="163" />
        <source>Phone voting could not start: %1</source>
        <translation>Le vote par téléphone n'a pas pu démarrer : %1</translation>
    </message>
</context>
<context>
    <name>PollDialog</name>
    <message numerus="yes">
        <location filename="../../facilitator/ui/poll_dialog.py" line="58" />
        <source>Poll from %n idea(s)</source>
        <extracomment>The poll being edited (None for a new one).</extracomment>
        <translation><numerusform>Vote sur %n idée</numerusform><numerusform>Vote sur %n idées</numerusform></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="60" />
        <source>New poll</source>
        <translation>Nouveau vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="66" />
        <source>Voting method</source>
        <translation>Mode de scrutin</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="73" />
        <source>&amp;Method:</source>
        <translation>&amp;Mode de scrutin :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="79" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="80" />
        <source>&amp;Question:</source>
        <translation>&amp;Question :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="82" />
        <source>Options, one per line</source>
        <translation>Options, une par ligne</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="83" />
        <source>One option per line</source>
        <translation>Une option par ligne</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="85" />
        <source>&amp;Options:</source>
        <translation>&amp;Options :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="91" />
        <source>The options are the selected ideas.</source>
        <translation>Les options sont les idées sélectionnées.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="94" />
        <location filename="../../facilitator/ui/poll_dialog.py" line="106" />
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="95" />
        <source>Most options a voter may choose</source>
        <translation>Nombre maximum d'options par votant</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="96" />
        <source>Choices per voter, at most:</source>
        <translation>Choix par votant, au plus :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="101" />
        <source>Points per voter</source>
        <translation>Points par votant</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="102" />
        <source>Points per voter:</source>
        <translation>Points par votant :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="107" />
        <source>Most points on one option</source>
        <translation>Maximum de points sur une option</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="108" />
        <source>Points on one option, at most:</source>
        <translation>Points sur une option, au plus :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="111" />
        <source>Grades, best first, one per line</source>
        <translation>Mentions, la meilleure en premier, une par ligne</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="114" />
        <source>Grades, best first:</source>
        <translation>Mentions, la meilleure en premier :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="116" />
        <source>Hide the results until I reveal them</source>
        <translation>Cacher les résultats jusqu'à ce que je les dévoile</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="123" />
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="128" />
        <source>Create the poll</source>
        <translation>Créer le vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="138" />
        <source>Edit poll</source>
        <translation>Modifier le vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="139" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="154" />
        <source>This poll has opened: only its question and visibility can change.</source>
        <translation>Ce vote a été ouvert : seules sa question et la visibilité des résultats peuvent changer.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="165" />
        <source>Which idea should come first?</source>
        <translation>Quelle idée réaliser en premier ?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="166" />
        <source>Which ideas do you support?</source>
        <translation>Quelles idées soutenez-vous ?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="167" />
        <source>Spread your points between the ideas</source>
        <translation>Répartissez vos points entre les idées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="168" />
        <source>How do you judge each idea?</source>
        <translation>Comment jugez-vous chaque idée ?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="169" />
        <source>Support the ideas that matter to you</source>
        <translation>Soutenez les idées qui vous tiennent à cœur</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="174" />
        <source>Which option do you prefer?</source>
        <translation>Quelle option préférez-vous ?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="175" />
        <source>Option A
Option B</source>
        <translation>Option A
Option B</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="178" />
        <source>Which options do you accept?</source>
        <translation>Quelles options acceptez-vous ?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="179" />
        <source>Option A
Option B
Option C</source>
        <translation>Option A
Option B
Option C</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="181" />
        <source>Do you agree with the proposal?</source>
        <translation>Êtes-vous favorable à la proposition ?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="183" />
        <source>Spread your points between the priorities</source>
        <translation>Répartissez vos points entre les priorités</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="184" />
        <source>Priority A
Priority B
Priority C</source>
        <translation>Priorité A
Priorité B
Priorité C</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="187" />
        <source>How do you judge each project?</source>
        <translation>Comment jugez-vous chaque projet ?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="188" />
        <source>Project A
Project B
Project C</source>
        <translation>Projet A
Projet B
Projet C</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="190" />
        <source>Which ideas matter most to you?</source>
        <translation>Quelles idées comptent le plus pour vous ?</translation>
    </message>
</context>
<context>
    <name>PollsView</name>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="97" />
        <source>Polls</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="109" />
        <location filename="../../facilitator/ui/polls_view.py" line="239" />
        <source>&amp;New poll…</source>
        <translation>&amp;Nouveau vote…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="110" />
        <source>New poll</source>
        <translation>Nouveau vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="112" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="113" />
        <source>Edit the poll</source>
        <translation>Modifier le vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="115" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="116" />
        <source>Delete the poll</source>
        <translation>Supprimer le vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="132" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="137" />
        <source>Open voting</source>
        <translation>Ouvrir le vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="139" />
        <source>Close voting</source>
        <translation>Clore le vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="141" />
        <location filename="../../facilitator/ui/polls_view.py" line="334" />
        <source>Reveal results</source>
        <translation>Dévoiler les résultats</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="149" />
        <source>Counts typed in (show of hands, paper ballots)</source>
        <translation>Décomptes saisis (mains levées, bulletins papier)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="153" />
        <source>How people voted</source>
        <translation>Comment les gens ont voté</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="157" />
        <source>&amp;Channel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="160" />
        <source>as many as votes</source>
        <translation>autant que de voix</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="161" />
        <source>Number of people who voted</source>
        <translation>Nombre de votants</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="163" />
        <source>&amp;People who voted:</source>
        <translation>&amp;Votants :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="167" />
        <source>Counts per option</source>
        <translation>Décomptes par option</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="180" />
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="181" />
        <source>Clear the counts of this channel</source>
        <translation>Effacer les décomptes de ce canal</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="183" />
        <location filename="../../facilitator/ui/polls_view.py" line="247" />
        <source>&amp;Save counts</source>
        <translation>&amp;Enregistrer les décomptes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="184" />
        <source>Save the counts</source>
        <translation>Enregistrer les décomptes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="185" />
        <source>Save the counts (Ctrl+Enter)</source>
        <translation>Enregistrer les décomptes (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="191" />
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="202" />
        <source>Results per option</source>
        <translation>Résultats par option</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="241" />
        <source>&amp;Open voting</source>
        <translation>&amp;Ouvrir le vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="244" />
        <source>&amp;Close voting</source>
        <translation>&amp;Clore le vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="246" />
        <source>&amp;Reveal or hide results</source>
        <translation>&amp;Dévoiler ou cacher les résultats</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="318" />
        <source>No poll selected. Create one with “New poll…”.</source>
        <translation>Aucun vote sélectionné. Créez-en un avec « Nouveau vote… ».</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="334" />
        <source>Hide results</source>
        <translation>Cacher les résultats</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/polls_view.py" line="354" />
        <source>%n voter(s)</source>
        <translation><numerusform>%n votant</numerusform><numerusform>%n votants</numerusform></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="356" />
        <source>Participants and the projector see these results.</source>
        <translation>Les participants et le projecteur voient ces résultats.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="358" />
        <source>Only you see these results until you reveal them.</source>
        <translation>Vous seul voyez ces résultats tant que vous ne les dévoilez pas.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="386" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="386" />
        <source>Nothing typed in for this channel yet.</source>
        <translation>Rien de saisi pour ce canal pour le moment.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="391" />
        <source>Not saved yet: press Ctrl+Enter or “Save counts”.</source>
        <translation>Pas encore enregistré : appuyez sur Ctrl+Entrée ou « Enregistrer les décomptes ».</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="415" />
        <source>Counts saved.</source>
        <translation>Décomptes enregistrés.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="448" />
        <source>Poll created.</source>
        <translation>Vote créé.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="476" />
        <source>This poll has votes: close it instead of deleting it.</source>
        <translation>Ce vote a reçu des voix : clôturez-le plutôt que de le supprimer.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../facilitator/ui/projector.py" line="133" />
        <source>Facilitator — projector</source>
        <translation>Facilitator — projecteur</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/projector.py" line="134" />
        <source>Projector</source>
        <translation>Projecteur</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/projector.py" line="146" />
        <source>QR code to join with a phone</source>
        <translation>Code QR pour participer avec un téléphone</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/projector.py" line="157" />
        <source>QR code to join the Wi-Fi network</source>
        <translation>Code QR pour rejoindre le réseau Wi-Fi</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/projector.py" line="167" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/projector.py" line="280" />
        <source>Vote with your phone</source>
        <translation>Votez avec votre téléphone</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/projector.py" line="290" />
        <source>Wi-Fi: %1</source>
        <translation>Wi-Fi : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/projector.py" line="300" />
        <source>%n phone(s) connected</source>
        <translation><numerusform>%n téléphone connecté</numerusform><numerusform>%n téléphones connectés</numerusform></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/projector.py" line="304" />
        <source>Welcome!</source>
        <translation>Bienvenue !</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/projector.py" line="307" />
        <source>The next vote will appear here.</source>
        <translation>Le prochain vote s’affichera ici.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/projector.py" line="316" />
        <source>Voting is open</source>
        <translation>Le vote est ouvert</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/projector.py" line="318" />
        <source>Voting is closed</source>
        <translation>Le vote est clos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/projector.py" line="319" />
        <source>%n voter(s)</source>
        <translation><numerusform>%n votant</numerusform><numerusform>%n votants</numerusform></translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/projector.py" line="327" />
        <source>Results will be shown at the end.</source>
        <translation>Les résultats seront affichés à la fin.</translation>
    </message>
</context>
</TS>