<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AttendanceView</name>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="43"/>
        <source>People in the room</source>
        <extracomment>Notes are saved this long after the last keystroke (and when the field loses focus). the notes as last loaded or sent: what the field holds when nothing is being typed</extracomment>
        <translation>Personnes dans la salle</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="48"/>
        <source>Headcount</source>
        <translation>Nombre de participants</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="58"/>
        <source>One person fewer</source>
        <translation>Une personne de moins</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="59"/>
        <source>One person fewer (Ctrl+-)</source>
        <translation>Une personne de moins (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="61"/>
        <source>One more person</source>
        <translation>Une personne de plus</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="62"/>
        <source>One more person (Ctrl++)</source>
        <translation>Une personne de plus (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="70"/>
        <source>Five more people</source>
        <translation>Cinq personnes de plus</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="84"/>
        <source>Exact headcount</source>
        <translation>Nombre exact de participants</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="85"/>
        <source>Set</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="86"/>
        <source>Set the exact headcount</source>
        <translation>Appliquer le nombre exact de participants</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="88"/>
        <source>Counted another way? Exact number:</source>
        <translation>Compté autrement ? Nombre exact :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="95"/>
        <source>Tickets (one vote per printed card)</source>
        <translation>Tickets (une voix par carte imprimée)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="100"/>
        <source>Print tickets…</source>
        <translation>Imprimer des tickets…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="101"/>
        <source>Print tickets</source>
        <translation>Imprimer des tickets</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="106"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="109"/>
        <source>Attendance notes</source>
        <translation>Notes sur la participation</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/attendance_view.py" line="111"/>
        <source>Who came, who apologised, anything worth keeping for the report</source>
        <translation>Qui est venu, qui s&apos;est excusé, tout ce qui mérite d&apos;aller dans le compte rendu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/attendance_view.py" line="155"/>
        <source>%n ticket(s) issued</source>
        <translation>
            <numerusform>%n ticket émis</numerusform>
            <numerusform>%n tickets émis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/attendance_view.py" line="155"/>
        <source>%n used</source>
        <translation>
            <numerusform>%n utilisé</numerusform>
            <numerusform>%n utilisés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <location filename="../../facilitator/ui/capture.py" line="30"/>
        <source>Type an idea and press Enter (add #theme to file it)</source>
        <translation>Tapez une idée puis Entrée (ajoutez #thème pour la classer)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture.py" line="32"/>
        <source>New idea</source>
        <translation>Nouvelle idée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture.py" line="40"/>
        <source>Theme of new ideas</source>
        <translation>Thème des nouvelles idées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture.py" line="41"/>
        <source>Theme given to new ideas without a #theme (Ctrl+T)</source>
        <translation>Thème donné aux nouvelles idées sans #thème (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/capture.py" line="44"/>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../facilitator/ui/charts.py" line="85"/>
        <source>Results chart</source>
        <extracomment>The scale actually painted with: smaller than asked when the space is short. Labels beside the bars when every one fits on a line in 40 % of the width (the projector uses it): half the height. Grow up to this factor beyond ``scale`` to fill the height (the projector uses it).</extracomment>
        <translation>Graphique des résultats</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/charts.py" line="267"/>
        <source>No results to show yet.</source>
        <translation>Pas encore de résultat à afficher.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="20"/>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="27"/>
        <source>Duplicate meeting</source>
        <translation>Dupliquer la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="49"/>
        <source>Add idea</source>
        <translation>Ajouter une idée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="54"/>
        <source>Edit idea</source>
        <translation>Modifier l&apos;idée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="56"/>
        <location filename="../../facilitator/ui/commands.py" line="80"/>
        <source>Change theme</source>
        <translation>Changer de thème</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="63"/>
        <source>Hide idea</source>
        <translation>Masquer l&apos;idée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="64"/>
        <source>Keep idea</source>
        <translation>Retenir l&apos;idée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="65"/>
        <source>Reject idea</source>
        <translation>Refuser l&apos;idée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="66"/>
        <source>Change idea</source>
        <translation>Modifier l&apos;idée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="85"/>
        <source>Merge ideas</source>
        <translation>Fusionner des idées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="95"/>
        <source>Split merged ideas</source>
        <translation>Séparer les idées fusionnées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="112"/>
        <source>Move ideas</source>
        <translation>Déplacer des idées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="120"/>
        <source>New poll</source>
        <translation>Nouveau vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="127"/>
        <source>Delete poll</source>
        <translation>Supprimer le vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="133"/>
        <source>Edit poll</source>
        <translation>Modifier le vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="140"/>
        <source>Open poll</source>
        <translation>Ouvrir le vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="146"/>
        <source>Close poll</source>
        <translation>Clore le vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="152"/>
        <source>Reveal results</source>
        <translation>Dévoiler les résultats</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="154"/>
        <source>Hide results</source>
        <translation>Cacher les résultats</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="163"/>
        <source>Type in counts</source>
        <translation>Saisir des décomptes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="171"/>
        <source>Clear counts</source>
        <translation>Effacer les décomptes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="182"/>
        <source>Change headcount</source>
        <translation>Changer le nombre de participants</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="190"/>
        <location filename="../../facilitator/ui/commands.py" line="198"/>
        <source>Edit attendance</source>
        <translation>Modifier la présence</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="210"/>
        <source>Rename theme</source>
        <translation>Renommer le thème</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="217"/>
        <source>Merge themes</source>
        <translation>Fusionner les thèmes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="224"/>
        <source>Colour theme</source>
        <translation>Colorer le thème</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="231"/>
        <source>Reorder themes</source>
        <translation>Réordonner les thèmes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="38"/>
        <source>Archive meeting</source>
        <translation>Archiver la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/commands.py" line="40"/>
        <source>Unarchive meeting</source>
        <translation>Désarchiver la réunion</translation>
    </message>
</context>
<context>
    <name>CountsPanel</name>
    <message>
        <location filename="../../facilitator/ui/counts_panel.py" line="79"/>
        <source>Counts typed in (show of hands, paper ballots)</source>
        <extracomment>Counts as typed: per key a number (a list per grade for majority judgment), and the voters.</extracomment>
        <translation>Décomptes saisis (mains levées, bulletins papier)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/counts_panel.py" line="90"/>
        <source>How people voted</source>
        <extracomment>counts typed but not stored yet (cannot be saved yet, or on their way to the disk)</extracomment>
        <translation>Comment les gens ont voté</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/counts_panel.py" line="94"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/counts_panel.py" line="146"/>
        <source>as many as votes</source>
        <translation>autant que de voix</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/counts_panel.py" line="97"/>
        <source>Number of people who voted</source>
        <translation>Nombre de votants</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/counts_panel.py" line="100"/>
        <source>&amp;People who voted:</source>
        <translation>&amp;Votants :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/counts_panel.py" line="105"/>
        <source>Counts per option</source>
        <translation>Décomptes par option</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/counts_panel.py" line="118"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/counts_panel.py" line="119"/>
        <source>Clear the counts of this channel</source>
        <translation>Effacer les décomptes de ce canal</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/counts_panel.py" line="121"/>
        <source>&amp;Save counts</source>
        <translation>&amp;Enregistrer les décomptes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/counts_panel.py" line="122"/>
        <source>Save the counts</source>
        <translation>Enregistrer les décomptes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/counts_panel.py" line="123"/>
        <source>Save the counts (Ctrl+Enter)</source>
        <translation>Enregistrer les décomptes (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/counts_panel.py" line="201"/>
        <location filename="../../facilitator/ui/counts_panel.py" line="252"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/counts_panel.py" line="203"/>
        <source>Nothing typed in for this channel yet.</source>
        <translation>Rien de saisi pour ce canal pour le moment.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/counts_panel.py" line="253"/>
        <source>Counts saved.</source>
        <translation>Décomptes enregistrés.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/counts_panel.py" line="268"/>
        <source>Not saved yet: press Ctrl+Enter or “Save counts”.</source>
        <translation>Pas encore enregistré : appuyez sur Ctrl+Entrée ou « Enregistrer les décomptes ».</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/counts_panel.py" line="270"/>
        <source>Not saved yet: %1</source>
        <translation>Pas encore enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/counts_panel.py" line="146"/>
        <source>not given yet</source>
        <translation>pas encore indiqué</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../facilitator/ui/crash.py" line="65"/>
        <source>What happened (please describe it here):</source>
        <translation>Ce qui s&apos;est passé (décrivez-le ici) :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/crash.py" line="90"/>
        <source>Facilitator ran into a problem</source>
        <translation>Facilitator a rencontré un problème</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/crash.py" line="92"/>
        <source>Something unexpected happened. Your meeting is safe: every change was saved as you made it. Please copy this report and send it to whoever supports you.</source>
        <translation>Un imprévu s&apos;est produit. Votre réunion est en sécurité : chaque modification a été enregistrée au moment où vous l&apos;avez faite. Copiez ce rapport et envoyez-le à la personne qui vous accompagne.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/crash.py" line="96"/>
        <source>Report a problem</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/crash.py" line="98"/>
        <source>Say in the report what happened and what you expected, then copy it and send it to whoever supports you. It holds the app&apos;s versions and the end of its log.</source>
        <translation>Dites dans le rapport ce qui s&apos;est passé et ce que vous attendiez, puis copiez-le et envoyez-le à la personne qui vous accompagne. Il contient les versions de l&apos;application et la fin de son journal.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/crash.py" line="108"/>
        <source>Crash report</source>
        <translation>Rapport d&apos;incident</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/crash.py" line="112"/>
        <source>Log file: %1</source>
        <translation>Fichier journal : %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/crash.py" line="116"/>
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="80"/>
        <source>Meetings to export</source>
        <extracomment>Where a meeting&apos;s item keeps the meeting&apos;s language (its id is at UserRole). Formats that take a single meeting (one file per meeting). Where the next file dialog opens; tests set a path to skip the dialog.</extracomment>
        <translation>Réunions à exporter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="81"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="83"/>
        <source>Export format</source>
        <translation>Format d&apos;export</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="85"/>
        <source>Excel workbook with charts (.xlsx)</source>
        <translation>Classeur Excel avec graphiques (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="86"/>
        <source>CSV files (a folder)</source>
        <translation>Fichiers CSV (un dossier)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="87"/>
        <source>Printable report (.pdf)</source>
        <translation>Compte rendu imprimable (.pdf)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="88"/>
        <source>Decidim proposals import file</source>
        <translation>Fichier d&apos;import de propositions Decidim</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="89"/>
        <source>Meeting file for another laptop (.fbundle)</source>
        <translation>Fichier de réunion pour un autre ordinateur (.fbundle)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="92"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="94"/>
        <source>Semicolon ; (French Excel)</source>
        <translation>Point-virgule ; (Excel en français)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="95"/>
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="96"/>
        <source>CSV separator</source>
        <translation>Séparateur CSV</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="101"/>
        <source>Decidim file type</source>
        <translation>Type de fichier Decidim</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="119"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="121"/>
        <source>Import a meeting file…</source>
        <translation>Importer un fichier de réunion…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="212"/>
        <source>Folder for the CSV files</source>
        <translation>Dossier des fichiers CSV</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="223"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="259"/>
        <source>Choose at least one meeting to export.</source>
        <translation>Choisissez au moins une réunion à exporter.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="262"/>
        <source>This format takes one meeting at a time; check only one.</source>
        <translation>Ce format ne prend qu&apos;une réunion à la fois ; n&apos;en cochez qu&apos;une.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="292"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="301"/>
        <source>Meeting file to import</source>
        <translation>Fichier de réunion à importer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="308"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="105"/>
        <source>Default language of the platform</source>
        <translation>Langue par défaut de la plateforme</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="108"/>
        <source>The platform&apos;s default language code, such as fr, en, ca or pt-BR. Empty: the meeting&apos;s language.</source>
        <translation>Le code de la langue par défaut de la plateforme, par exemple fr, en, ca ou pt-BR. Vide : la langue de la réunion.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="113"/>
        <source>Platform language</source>
        <translation>Langue de la plateforme</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="237"/>
        <source>Replace the existing files?</source>
        <translation>Remplacer les fichiers existants ?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="239"/>
        <source>{names} already exists in this folder. Replace it?</source>
        <translation>{names} existe déjà dans ce dossier. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="241"/>
        <source>{names} already exist in this folder. Replace them?</source>
        <translation>{names} existent déjà dans ce dossier. Les remplacer ?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="247"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/export_view.py" line="358"/>
        <source>Idea {number} left out: “{text}”</source>
        <translation>Idée {number} écartée : « {text} »</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../facilitator/ui/idea_filters.py" line="24"/>
        <source>Show ideas</source>
        <translation>Idées affichées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/idea_filters.py" line="25"/>
        <source>Kept ideas</source>
        <translation>Idées retenues</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/idea_filters.py" line="26"/>
        <source>Hidden ideas</source>
        <translation>Idées masquées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/idea_filters.py" line="27"/>
        <source>Kept and hidden</source>
        <translation>Retenues et masquées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/idea_filters.py" line="28"/>
        <source>Rejected ideas</source>
        <translation>Idées refusées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/idea_filters.py" line="31"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/idea_filters.py" line="32"/>
        <source>All sources</source>
        <translation>Toutes origines</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/idea_filters.py" line="33"/>
        <source>Said aloud</source>
        <translation>Dites à voix haute</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/idea_filters.py" line="34"/>
        <source>From phones</source>
        <translation>Des téléphones</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/idea_filters.py" line="35"/>
        <source>On paper</source>
        <translation>Sur papier</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/idea_filters.py" line="38"/>
        <location filename="../../facilitator/ui/idea_filters.py" line="39"/>
        <source>Search the ideas</source>
        <translation>Rechercher dans les idées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/idea_filters.py" line="57"/>
        <source>%n idea(s) shown</source>
        <translation>
            <numerusform>%n idée affichée</numerusform>
            <numerusform>%n idées affichées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <location filename="../../facilitator/ui/find.py" line="70"/>
        <source>Idea</source>
        <extracomment>How long typing pauses before the search runs (each key would search otherwise).</extracomment>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/find.py" line="71"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/find.py" line="72"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/find.py" line="73"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <location filename="../../facilitator/ui/find.py" line="114"/>
        <source>Find in every meeting</source>
        <translation>Chercher dans toutes les réunions</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/find.py" line="117"/>
        <source>Words to find in the ideas of every meeting</source>
        <translation>Mots à chercher dans les idées de toutes les réunions</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/find.py" line="118"/>
        <source>Words to find</source>
        <translation>Mots à chercher</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/find.py" line="126"/>
        <source>Ideas found</source>
        <translation>Idées trouvées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/find.py" line="160"/>
        <source>%n idea(s) found</source>
        <extracomment>the words of the hits shown (None before the first search)</extracomment>
        <translation>
            <numerusform>%n idée trouvée</numerusform>
            <numerusform>%n idées trouvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/find.py" line="162"/>
        <source>in %n meeting(s)</source>
        <translation>
            <numerusform>dans %n réunion</numerusform>
            <numerusform>dans %n réunions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/find.py" line="165"/>
        <source>No idea has these words.</source>
        <translation>Aucune idée ne contient ces mots.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../facilitator/ui/help.py" line="159"/>
        <location filename="../../facilitator/ui/help.py" line="163"/>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../facilitator/ui/help.py" line="71"/>
        <source>Elsewhere</source>
        <translation>Ailleurs</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/help.py" line="85"/>
        <source>Facilitator: keyboard shortcuts</source>
        <translation>Facilitator : raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>IdeaMenu</name>
    <message>
        <location filename="../../facilitator/ui/idea_menu.py" line="38"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/idea_menu.py" line="49"/>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
</context>
<context>
    <name>IdeasView</name>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="83"/>
        <source>Ideas</source>
        <extracomment>the capture line and the theme of new ideas (the section&apos;s keyboard starts there) the list of themes (a click shows a theme&apos;s ideas)</extracomment>
        <translation>Idées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="135"/>
        <source>&amp;Capture an idea</source>
        <translation>&amp;Saisir une idée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="137"/>
        <source>Choose the &amp;theme of new ideas</source>
        <translation>Choisir le &amp;thème des nouvelles idées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="139"/>
        <source>&amp;Edit idea</source>
        <translation>&amp;Modifier l&apos;idée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="141"/>
        <source>&amp;Give the current theme to the selected ideas</source>
        <translation>Donner le thème &amp;courant aux idées sélectionnées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="145"/>
        <source>&amp;Merge selected ideas</source>
        <translation>&amp;Fusionner les idées sélectionnées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="146"/>
        <source>&amp;Split merged ideas</source>
        <translation>Sé&amp;parer les idées fusionnées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="147"/>
        <source>&amp;Hide or show again</source>
        <translation>Mas&amp;quer ou réafficher</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="148"/>
        <source>Move &amp;up</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="149"/>
        <source>Move &amp;down</source>
        <translation>Desc&amp;endre</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="151"/>
        <source>&amp;Poll from selected ideas…</source>
        <translation>&amp;Vote à partir des idées sélectionnées…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="154"/>
        <source>&amp;Accept idea from phone</source>
        <translation>&amp;Accepter l&apos;idée venue d&apos;un téléphone</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="157"/>
        <source>&amp;Reject idea from phone</source>
        <translation>&amp;Refuser l&apos;idée venue d&apos;un téléphone</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="350"/>
        <source>Select two ideas or more to merge them.</source>
        <translation>Sélectionnez au moins deux idées pour les fusionner.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/ideas_view.py" line="357"/>
        <source>%n idea(s) merged into the first one.</source>
        <translation>
            <numerusform>%n idée fusionnée dans la première.</numerusform>
            <numerusform>%n idées fusionnées dans la première.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="374"/>
        <source>This idea has no merged ideas.</source>
        <translation>Aucune idée n&apos;a été fusionnée dans celle-ci.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_view.py" line="395"/>
        <source>There are no ideas to vote on yet.</source>
        <translation>Il n&apos;y a pas encore d&apos;idée à mettre au vote.</translation>
    </message>
</context>
<context>
    <name>IdeasWallView</name>
    <message>
        <location filename="../../facilitator/ui/ideas_wall.py" line="45"/>
        <source>Ideas wall</source>
        <translation>Mur des idées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_wall.py" line="67"/>
        <source>Other ideas</source>
        <translation>Autres idées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ideas_wall.py" line="162"/>
        <source>The ideas will appear here.</source>
        <translation>Les idées apparaîtront ici.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/ideas_wall.py" line="196"/>
        <source>+ %n more idea(s)</source>
        <translation>
            <numerusform>+ %n autre idée</numerusform>
            <numerusform>+ %n autres idées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../../facilitator/ui/inbox.py" line="36"/>
        <source>Ideas waiting for moderation</source>
        <translation>Idées en attente de modération</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/inbox.py" line="54"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/inbox.py" line="55"/>
        <source>Accept the selected idea</source>
        <translation>Accepter l&apos;idée sélectionnée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/inbox.py" line="57"/>
        <source>Re&amp;ject</source>
        <translation>Re&amp;fuser</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/inbox.py" line="58"/>
        <source>Reject the selected idea</source>
        <translation>Refuser l&apos;idée sélectionnée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/inbox.py" line="60"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/inbox.py" line="61"/>
        <source>Edit the selected idea</source>
        <translation>Modifier l&apos;idée sélectionnée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/inbox.py" line="70"/>
        <source>Sent from phones: %n waiting</source>
        <translation>
            <numerusform>Envoyées par téléphone : %n en attente</numerusform>
            <numerusform>Envoyées par téléphone : %n en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/inbox.py" line="72"/>
        <source>Sent from phones: none waiting</source>
        <translation>Envoyées par téléphone : aucune en attente</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="34"/>
        <source>Each person picks one option; the most votes wins.</source>
        <translation>Chacun choisit une option ; celle qui a le plus de voix l&apos;emporte.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="37"/>
        <source>Each person picks every option they accept.</source>
        <translation>Chacun choisit toutes les options qu’il accepte.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="40"/>
        <source>One question, answered yes, no or abstain.</source>
        <translation>Une question, à laquelle on répond oui, non ou abstention.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="43"/>
        <source>Each person spreads a number of points between the options.</source>
        <translation>Chacun répartit un nombre de points entre les options.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="46"/>
        <source>Each person grades every option; the best majority grade wins.</source>
        <translation>Chacun donne une mention à chaque option ; la meilleure mention majoritaire l&apos;emporte.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/labels.py" line="49"/>
        <source>People support the ideas they like; ideas are ranked.</source>
        <translation>Chacun soutient les idées qui lui plaisent ; les idées sont classées.</translation>
    </message>
</context>
<context>
    <name>LazySection</name>
    <message>
        <location filename="../../facilitator/ui/lazy_section.py" line="67"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="44"/>
        <location filename="../../facilitator/ui/main_window.py" line="138"/>
        <location filename="../../facilitator/ui/main_window.py" line="157"/>
        <source>Facilitator</source>
        <extracomment>The question offering a sync cut off last time (see sync_resume.offer_resume).</extracomment>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="76"/>
        <source>Ready.</source>
        <extracomment>the first run&apos;s welcome, while the workspace is empty (see ui/welcome.py) the projector and the presenter view, made when first asked for (ui/presenter.py) the question asked before quitting while phones vote (see _ask_before_quitting)</extracomment>
        <translation>Prêt.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="38"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="41"/>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nouvelle réunion…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="48"/>
        <source>Create the &amp;demo meeting</source>
        <translation>Créer la réunion de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="55"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="61"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="66"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="75"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="88"/>
        <source>&amp;Find in every meeting…</source>
        <translation>&amp;Chercher dans toutes les réunions…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="94"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="99"/>
        <source>&amp;Back to meetings</source>
        <translation>&amp;Retour aux réunions</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="108"/>
        <source>Meeting &amp;details…</source>
        <translation>&amp;Détails de la réunion…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="116"/>
        <location filename="../../facilitator/ui/menus.py" line="142"/>
        <source>&amp;Ideas</source>
        <translation>&amp;Idées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="117"/>
        <location filename="../../facilitator/ui/menus.py" line="143"/>
        <source>&amp;Polls</source>
        <translation>&amp;Votes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="118"/>
        <source>&amp;Attendance</source>
        <translation>&amp;Présence</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="119"/>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="120"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="135"/>
        <source>Print &amp;tickets…</source>
        <translation>Imprimer des &amp;tickets…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="145"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="149"/>
        <source>&amp;Projector window</source>
        <translation>Fenêtre du &amp;projecteur</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="158"/>
        <source>P&amp;resenter view</source>
        <translation>Vue du p&amp;résentateur</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="165"/>
        <source>Projector in &amp;dark colours</source>
        <translation>Projecteur en couleurs &amp;sombres</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="170"/>
        <source>Move the projector to the &amp;next screen</source>
        <translation>&amp;Mettre le projecteur sur l&apos;écran suivant</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="174"/>
        <source>&amp;Settings</source>
        <translation>Para&amp;mètres</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="175"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="179"/>
        <source>Follow the system</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="190"/>
        <source>&amp;Wi-Fi shown on the projector…</source>
        <translation>&amp;Wi-Fi affiché au projecteur…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="194"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="197"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="204"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="211"/>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Signaler un problème…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/menus.py" line="218"/>
        <source>&amp;About Facilitator</source>
        <translation>&amp;À propos de Facilitator</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="224"/>
        <source>Edit meeting</source>
        <translation>Modifier la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="247"/>
        <source>Creating the demo meeting…</source>
        <translation>Création de la réunion de démonstration…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="310"/>
        <source>The language changes the next time Facilitator starts.</source>
        <translation>La langue changera au prochain démarrage de Facilitator.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="374"/>
        <source>About Facilitator</source>
        <translation>À propos de Facilitator</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/main_window.py" line="376"/>
        <source>Facilitator %1

Run neighbourhood meetings: capture ideas, vote with phones, hands or paper, and send the results to the participation platform.</source>
        <translation>Facilitator %1

Animez les réunions de quartier : notez les idées, votez par téléphone, à main levée ou sur papier, et envoyez les résultats à la plateforme de participation.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="40"/>
        <source>Meeting details</source>
        <translation>Détails de la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="40"/>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="45"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="46"/>
        <source>e.g. Redesign of the market square</source>
        <translation>p. ex. Réaménagement de la place du Marché</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="47"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="49"/>
        <source>Neighbourhood</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="50"/>
        <source>&amp;Neighbourhood:</source>
        <translation>&amp;Quartier :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="52"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="53"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="56"/>
        <source>Starts at</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="63"/>
        <source>&amp;Starts at:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="67"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="68"/>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="74"/>
        <source>&amp;Duration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="76"/>
        <source>Language of the meeting</source>
        <translation>Langue de la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="81"/>
        <source>&amp;Language:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="83"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="88"/>
        <source>St&amp;atus:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="90"/>
        <source>Notes about the meeting</source>
        <translation>Notes sur la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="91"/>
        <source>Agenda, who organises it, anything for the report</source>
        <translation>Ordre du jour, organisateurs, tout ce qui sert au compte rendu</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_dialog.py" line="94"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
</context>
<context>
    <name>MeetingGuide</name>
    <message>
        <location filename="../../facilitator/ui/welcome.py" line="130"/>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/welcome.py" line="142"/>
        <source>Hide the guide</source>
        <translation>Masquer le guide</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/welcome.py" line="190"/>
        <source>Step 2 of 4: type an idea in the line below and press Enter. %1 of 3 ideas so far.</source>
        <translation>Étape 2 sur 4 : tapez une idée dans la ligne ci-dessous et appuyez sur Entrée. %1 sur 3 idées pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/welcome.py" line="197"/>
        <source>Step 3 of 4: make a poll of these ideas, for people to choose.</source>
        <translation>Étape 3 sur 4 : faites un vote de ces idées, pour que les gens choisissent.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/welcome.py" line="198"/>
        <source>&amp;Make a poll of the ideas</source>
        <translation>&amp;Faire un vote des idées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/welcome.py" line="203"/>
        <source>Step 4 of 4: start phone voting: the poll opens and phones can join (the button does both).</source>
        <translation>Étape 4 sur 4 : démarrez le vote par téléphone : le vote s&apos;ouvre et les téléphones peuvent se connecter (le bouton fait les deux).</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/welcome.py" line="206"/>
        <source>&amp;Start phone voting</source>
        <translation>&amp;Démarrer le vote par téléphone</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/welcome.py" line="211"/>
        <source>Now show the projector: people scan its code and vote. Close the poll (F7) and reveal the results (F8) when everyone has voted.</source>
        <translation>Affichez maintenant le projecteur : les gens scannent son code et votent. Clôturez le vote (F7) et dévoilez les résultats (F8) quand tout le monde a voté.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/welcome.py" line="214"/>
        <source>Show the &amp;projector</source>
        <translation>Afficher le &amp;projecteur</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/welcome.py" line="219"/>
        <source>Your first meeting is running. When everyone has voted: close the poll (F7), then reveal the results (F8). The Help menu has the shortcuts and the guide.</source>
        <translation>Votre première réunion est lancée. Quand tout le monde a voté : clôturez le vote (F7), puis dévoilez les résultats (F8). Le menu Aide donne les raccourcis et le guide.</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <location filename="../../facilitator/ui/meeting_view.py" line="59"/>
        <source>Back to the list of meetings</source>
        <translation>Retour à la liste des réunions</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_view.py" line="65"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_view.py" line="72"/>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_view.py" line="73"/>
        <source>Edit the meeting&apos;s details</source>
        <translation>Modifier les détails de la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_view.py" line="87"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_view.py" line="92"/>
        <location filename="../../facilitator/ui/meeting_view.py" line="240"/>
        <source>I&amp;deas</source>
        <translation>Idée&amp;s</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_view.py" line="93"/>
        <source>P&amp;olls</source>
        <translation>V&amp;otes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_view.py" line="100"/>
        <source>Sync is not available.</source>
        <translation>La synchronisation n&apos;est pas disponible.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_view.py" line="109"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_view.py" line="94"/>
        <source>&amp;Attendance</source>
        <translation>&amp;Présence</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_view.py" line="58"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_view.py" line="102"/>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_view.py" line="107"/>
        <source>Exports are not available.</source>
        <translation>Les exports ne sont pas disponibles.</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../facilitator/ui/meetings_view.py" line="45"/>
        <location filename="../../facilitator/ui/meetings_view.py" line="62"/>
        <source>Meetings</source>
        <extracomment>The least width of the meetings&apos; titles (they wrap below it).</extracomment>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meetings_view.py" line="51"/>
        <source>Search by title, neighbourhood or place</source>
        <translation>Rechercher par titre, quartier ou lieu</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meetings_view.py" line="52"/>
        <source>Search the meetings</source>
        <translation>Rechercher dans les réunions</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meetings_view.py" line="56"/>
        <source>Show archived</source>
        <translation>Afficher les archives</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meetings_view.py" line="79"/>
        <source>No meeting yet. Create one, or try the demo meeting from the File menu.</source>
        <translation>Aucune réunion pour le moment. Créez-en une, ou essayez la réunion de démonstration (menu Fichier).</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meetings_view.py" line="85"/>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nouvelle réunion…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meetings_view.py" line="87"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meetings_view.py" line="89"/>
        <source>&amp;Duplicate as template</source>
        <translation>&amp;Dupliquer comme modèle</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meetings_view.py" line="91"/>
        <source>A new meeting with the same details and polls, without ideas or votes</source>
        <translation>Une nouvelle réunion avec les mêmes détails et les mêmes votes, sans les idées ni les voix</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meetings_view.py" line="94"/>
        <location filename="../../facilitator/ui/meetings_view.py" line="151"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meetings_view.py" line="151"/>
        <source>Un&amp;archive</source>
        <translation>Dés&amp;archiver</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meetings_view.py" line="167"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../facilitator/ui/meeting_models.py" line="45"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_models.py" line="46"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_models.py" line="47"/>
        <source>Neighbourhood</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_models.py" line="48"/>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_models.py" line="49"/>
        <source>Polls</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_models.py" line="50"/>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_models.py" line="51"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/meeting_models.py" line="83"/>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/idea_models.py" line="148"/>
        <source>Idea</source>
        <extracomment>A theme&apos;s colour (&quot;&quot; for none), in the list of themes. An idea&apos;s proposal address on the platform (the Platform column), or None. Ideas longer than this (characters) show in full in their tooltip. Asked by the views thousands of times a second: counted once. Asked for every cell painted, never answered here: answered before anything is looked up. The roles a delegate asks for a cell (one of them, as PySide also allows). the names of the sources, looked up once (the language is chosen at start-up) each theme&apos;s colour, for the swatch in the Theme column</extracomment>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/idea_models.py" line="149"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/idea_models.py" line="150"/>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/idea_models.py" line="151"/>
        <source>Merged</source>
        <translation>Fusions</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/idea_models.py" line="152"/>
        <source>On the platform</source>
        <translation>Sur la plateforme</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/idea_models.py" line="175"/>
        <source>Proposal %1</source>
        <translation>Proposition %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/idea_models.py" line="234"/>
        <source>Merged ideas:</source>
        <translation>Idées fusionnées :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/idea_models.py" line="413"/>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/idea_models.py" line="415"/>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_models.py" line="46"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_models.py" line="47"/>
        <source>Method</source>
        <translation>Mode de scrutin</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_models.py" line="48"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_models.py" line="49"/>
        <source>Voters</source>
        <translation>Votants</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_models.py" line="82"/>
        <source>revealed</source>
        <translation>dévoilé</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_models.py" line="176"/>
        <location filename="../../facilitator/ui/poll_models.py" line="276"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_models.py" line="177"/>
        <location filename="../../facilitator/ui/poll_models.py" line="277"/>
        <source>Votes</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_models.py" line="271"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_models.py" line="274"/>
        <source>Majority grade</source>
        <translation>Mention majoritaire</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_models.py" line="280"/>
        <source>Share of voters</source>
        <translation>Part des votants</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_models.py" line="282"/>
        <source>Share of points</source>
        <translation>Part des points</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_models.py" line="284"/>
        <source>Grades given</source>
        <translation>Mentions données</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_models.py" line="286"/>
        <source>Share of votes cast</source>
        <translation>Part des suffrages exprimés</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_models.py" line="287"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_models.py" line="289"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_models.py" line="290"/>
        <source>By channel</source>
        <translation>Par canal</translation>
    </message>
</context>
<context>
    <name>OldPlatformPanel</name>
    <message>
        <location filename="../../facilitator/ui/sync_old.py" line="43"/>
        <source>This platform is too old to receive proposals</source>
        <extracomment>Decidim&apos;s usual organisation locales (the platform&apos;s default is one of them).</extracomment>
        <translation>Cette plateforme est trop ancienne pour recevoir des propositions</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_old.py" line="50"/>
        <source>Platform&apos;s default &amp;language:</source>
        <translation>&amp;Langue par défaut de la plateforme :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_old.py" line="52"/>
        <source>Platform&apos;s default language</source>
        <translation>Langue par défaut de la plateforme</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_old.py" line="57"/>
        <source>Save the proposals &amp;import file…</source>
        <translation>Enregistrer le fichier d&apos;&amp;import des propositions…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_old.py" line="64"/>
        <source>The report, for the platform&apos;s meeting close form:</source>
        <translation>Le compte rendu, pour le formulaire de clôture de la réunion sur la plateforme :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_old.py" line="67"/>
        <source>The meeting&apos;s report</source>
        <translation>Le compte rendu de la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_old.py" line="72"/>
        <source>&amp;Copy the report</source>
        <translation>&amp;Copier le compte rendu</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_old.py" line="78"/>
        <source>0.31 or older</source>
        <translation>0.31 ou plus ancien</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_old.py" line="81"/>
        <source>This platform runs Decidim %1, which does not accept proposals from Facilitator (0.32 or newer is needed). Nothing is lost: save the proposals import file for the platform&apos;s administrators (they import it in the proposals component), and paste the report below into the meeting&apos;s close form.</source>
        <translation>Cette plateforme fonctionne avec Decidim %1, qui n&apos;accepte pas les propositions de Facilitator (il faut la version 0.32 ou plus). Rien n&apos;est perdu : enregistrez le fichier d&apos;import des propositions pour les administrateurs de la plateforme (ils l&apos;importent dans le composant de propositions), et collez le compte rendu ci-dessous dans le formulaire de clôture de la réunion.</translation>
    </message>
</context>
<context>
    <name>PhoneControl</name>
    <message>
        <location filename="../../facilitator/ui/phone_control.py" line="87"/>
        <source>Address for phones</source>
        <translation>Adresse pour les téléphones</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/phone_control.py" line="93"/>
        <source>Warning about the ballots</source>
        <translation>Alerte sur les bulletins</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/phone_control.py" line="115"/>
        <source>Phone voting unavailable</source>
        <translation>Vote par téléphone indisponible</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/phone_control.py" line="118"/>
        <source>This version has no phone server; count hands and paper ballots.</source>
        <translation>Cette version n&apos;a pas de serveur pour les téléphones ; comptez les mains levées et les bulletins papier.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/phone_control.py" line="123"/>
        <source>Starting phone voting…</source>
        <translation>Démarrage du vote par téléphone…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/phone_control.py" line="125"/>
        <source>Stop phone voting</source>
        <translation>Arrêter le vote par téléphone</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/phone_control.py" line="127"/>
        <source>Start phone voting</source>
        <translation>Démarrer le vote par téléphone</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/phone_control.py" line="139"/>
        <source>Phones cannot join yet.</source>
        <translation>Les téléphones ne peuvent pas encore se connecter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/phone_control.py" line="145"/>
        <source>%n phone(s) joined</source>
        <translation>
            <numerusform>%n téléphone connecté</numerusform>
            <numerusform>%n téléphones connectés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/phone_control.py" line="166"/>
        <source>More phone ballots than phones on this question (ballots: %1, phones that showed it: %2). Someone may be voting more than once; printed tickets give one vote per person.</source>
        <translation>Plus de bulletins de téléphones que de téléphones sur cette question (bulletins : %1, téléphones qui l&apos;ont affichée : %2). Quelqu&apos;un vote peut-être plusieurs fois ; les tickets imprimés donnent une voix par personne.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/phone_control.py" line="175"/>
        <source>More votes than people in the room (votes: %1, people counted: %2).</source>
        <translation>Plus de voix que de personnes dans la salle (voix : %1, personnes comptées : %2).</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/phone_control.py" line="215"/>
        <source>Phone voting started.</source>
        <translation>Vote par téléphone démarré.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/phone_control.py" line="225"/>
        <source>Phone voting could not start: %1</source>
        <translation>Le vote par téléphone n&apos;a pas pu démarrer : %1</translation>
    </message>
</context>
<context>
    <name>PlatformPanel</name>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="74"/>
        <source>Participation platform</source>
        <extracomment>Data of the meeting picker&apos;s first items.</extracomment>
        <translation>Plateforme de participation</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="79"/>
        <source>https://participez.example.fr</source>
        <translation>https://participez.exemple.fr</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="80"/>
        <source>Platform address</source>
        <translation>Adresse de la plateforme</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="82"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="85"/>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="86"/>
        <source>Look at the platform: its version and its spaces</source>
        <translation>Consulter la plateforme : sa version et ses espaces</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="89"/>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="90"/>
        <source>Opens your web browser to sign in</source>
        <translation>Ouvre votre navigateur web pour vous connecter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="93"/>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="102"/>
        <source>Platform status</source>
        <translation>État de la plateforme</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="109"/>
        <location filename="../../facilitator/ui/sync_platform.py" line="110"/>
        <source>For the platform&apos;s administrators</source>
        <translation>Pour les administrateurs de la plateforme</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="115"/>
        <source>API credentials belong to a machine user that the platform&apos;s system administrator creates. They act with every right on the platform, like an administrator: use them only on a computer you trust. They are kept in this computer&apos;s keyring, never in the meeting file.</source>
        <translation>Les identifiants d&apos;API appartiennent à un utilisateur technique que l&apos;administrateur système de la plateforme crée. Ils agissent avec tous les droits sur la plateforme, comme un administrateur : ne les utilisez que sur un ordinateur de confiance. Ils sont gardés dans le trousseau de cet ordinateur, jamais dans le fichier de la réunion.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="123"/>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="125"/>
        <source>API secret</source>
        <translation>Secret d&apos;API</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="127"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="128"/>
        <source>API s&amp;ecret:</source>
        <translation>S&amp;ecret d&apos;API :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="129"/>
        <source>Sign in with these API credentials</source>
        <translation>Se connecter avec ces identifiants d&apos;API</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="135"/>
        <source>“Sign in” needs the id of the platform&apos;s OAuth application for Facilitator, which its administrators create (type “Public”, redirect http://127.0.0.1/callback).</source>
        <translation>« Se connecter » a besoin de l&apos;identifiant de l&apos;application OAuth de la plateforme pour Facilitator, que ses administrateurs créent (type « Public », redirection http://127.0.0.1/callback).</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="142"/>
        <source>OAuth application id</source>
        <translation>Identifiant de l&apos;application OAuth</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="143"/>
        <source>OAuth &amp;application id:</source>
        <translation>Identifiant de l&apos;&amp;application OAuth :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="152"/>
        <source>Your sign-in is kept in this computer&apos;s keyring, never in the meeting file, a bundle or the logs.</source>
        <translation>Votre connexion est gardée dans le trousseau de cet ordinateur, jamais dans le fichier de la réunion, un paquet de réunions ou les journaux.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="180"/>
        <source>version not disclosed</source>
        <translation>version non communiquée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="182"/>
        <source>Signed in as %1 (@%2).</source>
        <translation>Connecté en tant que %1 (@%2).</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="185"/>
        <source>Not signed in.</source>
        <translation>Pas connecté.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="193"/>
        <source>Where on the platform</source>
        <translation>Où sur la plateforme</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="198"/>
        <source>Participatory space</source>
        <translation>Espace participatif</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="201"/>
        <source>Proposals component</source>
        <translation>Composant de propositions</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="203"/>
        <source>Meetings component</source>
        <translation>Composant de réunions</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="206"/>
        <source>Meeting on the platform</source>
        <translation>Réunion sur la plateforme</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="207"/>
        <source>S&amp;pace:</source>
        <translation>Es&amp;pace :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="208"/>
        <source>P&amp;roposals:</source>
        <translation>P&amp;ropositions :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="209"/>
        <source>&amp;Meetings:</source>
        <translation>Ré&amp;unions :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="210"/>
        <source>Mee&amp;ting:</source>
        <translation>Réunio&amp;n :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="214"/>
        <source>&amp;Link this meeting</source>
        <translation>&amp;Lier cette réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="223"/>
        <source>process</source>
        <translation>concertation</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="223"/>
        <source>assembly</source>
        <translation>assemblée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="248"/>
        <source>None: proposals only</source>
        <translation>Aucun : propositions seulement</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="278"/>
        <source>Create it on the platform (its date and place)</source>
        <translation>La créer sur la plateforme (avec sa date et son lieu)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="293"/>
        <source> (closed)</source>
        <translation> (close)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="333"/>
        <source>Not linked yet: choose, then “Link this meeting”.</source>
        <translation>Pas encore liée : choisissez, puis « Lier cette réunion ».</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="336"/>
        <source>meeting n° %1</source>
        <translation>réunion n° %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="338"/>
        <source>meeting to create on the platform</source>
        <translation>réunion à créer sur la plateforme</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="340"/>
        <source>no meeting (proposals only)</source>
        <translation>pas de réunion (propositions seulement)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_platform.py" line="341"/>
        <source>Linked: proposals n° %1, %2.</source>
        <translation>Liée : propositions n° %1, %2.</translation>
    </message>
</context>
<context>
    <name>PollDialog</name>
    <message numerus="yes">
        <location filename="../../facilitator/ui/poll_dialog.py" line="88"/>
        <source>Poll from %n idea(s)</source>
        <extracomment>The poll being edited (None for a new one).</extracomment>
        <translation>
            <numerusform>Vote sur %n idée</numerusform>
            <numerusform>Vote sur %n idées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="90"/>
        <source>New poll</source>
        <translation>Nouveau vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="96"/>
        <source>Voting method</source>
        <translation>Mode de scrutin</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="103"/>
        <source>&amp;Method:</source>
        <translation>&amp;Mode de scrutin :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="109"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="110"/>
        <source>&amp;Question:</source>
        <translation>&amp;Question :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="112"/>
        <source>Options, one per line</source>
        <translation>Options, une par ligne</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="113"/>
        <source>One option per line</source>
        <translation>Une option par ligne</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="115"/>
        <source>&amp;Options:</source>
        <translation>&amp;Options :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="121"/>
        <source>The options are the selected ideas.</source>
        <translation>Les options sont les idées sélectionnées.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="124"/>
        <location filename="../../facilitator/ui/poll_dialog.py" line="136"/>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="125"/>
        <source>Most options a voter may choose</source>
        <translation>Nombre maximum d&apos;options par votant</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="126"/>
        <source>Choices per voter, at most:</source>
        <translation>Choix par votant, au plus :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="131"/>
        <source>Points per voter</source>
        <translation>Points par votant</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="132"/>
        <source>Points per voter:</source>
        <translation>Points par votant :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="137"/>
        <source>Most points on one option</source>
        <translation>Maximum de points sur une option</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="138"/>
        <source>Points on one option, at most:</source>
        <translation>Points sur une option, au plus :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="141"/>
        <source>Grades, best first, one per line</source>
        <translation>Mentions, la meilleure en premier, une par ligne</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="144"/>
        <source>Grades, best first:</source>
        <translation>Mentions, la meilleure en premier :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="146"/>
        <source>Hide the results until I reveal them</source>
        <translation>Cacher les résultats jusqu&apos;à ce que je les dévoile</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="149"/>
        <source>none: I close it myself</source>
        <translation>aucun : je le clos moi-même</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="150"/>
        <source>Countdown, minutes and seconds</source>
        <translation>Compte à rebours, minutes et secondes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="153"/>
        <source>Shown on the projector and the phones once the poll opens; the poll closes when it runs out.</source>
        <translation>Affiché au projecteur et sur les téléphones dès l&apos;ouverture du vote ; le vote se clôt quand il arrive à zéro.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="157"/>
        <source>Coun&amp;tdown:</source>
        <translation>Compte à re&amp;bours :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="163"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="168"/>
        <source>Create the poll</source>
        <translation>Créer le vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="178"/>
        <source>Edit poll</source>
        <translation>Modifier le vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="179"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="201"/>
        <source>This poll has opened: only its question and visibility can change.</source>
        <translation>Ce vote a été ouvert : seules sa question et la visibilité des résultats peuvent changer.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="212"/>
        <source>Which idea should come first?</source>
        <translation>Quelle idée réaliser en premier ?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="213"/>
        <source>Which ideas do you support?</source>
        <translation>Quelles idées soutenez-vous ?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="214"/>
        <source>Spread your points between the ideas</source>
        <translation>Répartissez vos points entre les idées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="215"/>
        <source>How do you judge each idea?</source>
        <translation>Comment jugez-vous chaque idée ?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="216"/>
        <source>Support the ideas that matter to you</source>
        <translation>Soutenez les idées qui vous tiennent à cœur</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="221"/>
        <source>Which option do you prefer?</source>
        <translation>Quelle option préférez-vous ?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="222"/>
        <source>Option A
Option B</source>
        <translation>Option A
Option B</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="225"/>
        <source>Which options do you accept?</source>
        <translation>Quelles options acceptez-vous ?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="226"/>
        <source>Option A
Option B
Option C</source>
        <translation>Option A
Option B
Option C</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="228"/>
        <source>Do you agree with the proposal?</source>
        <translation>Êtes-vous favorable à la proposition ?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="230"/>
        <source>Spread your points between the priorities</source>
        <translation>Répartissez vos points entre les priorités</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="231"/>
        <source>Priority A
Priority B
Priority C</source>
        <translation>Priorité A
Priorité B
Priorité C</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="234"/>
        <source>How do you judge each project?</source>
        <translation>Comment jugez-vous chaque projet ?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="235"/>
        <source>Project A
Project B
Project C</source>
        <translation>Projet A
Projet B
Projet C</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/poll_dialog.py" line="237"/>
        <source>Which ideas matter most to you?</source>
        <translation>Quelles idées comptent le plus pour vous ?</translation>
    </message>
</context>
<context>
    <name>PollsView</name>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="75"/>
        <source>Polls</source>
        <extracomment>The polls list&apos;s columns that keep the width of their words; and the question&apos;s least. What a poll&apos;s list and tally are made of.</extracomment>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="92"/>
        <location filename="../../facilitator/ui/polls_view.py" line="186"/>
        <source>&amp;New poll…</source>
        <translation>&amp;Nouveau vote…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="93"/>
        <source>New poll</source>
        <translation>Nouveau vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="95"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="96"/>
        <source>Edit the poll</source>
        <translation>Modifier le vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="98"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="99"/>
        <source>Delete the poll</source>
        <translation>Supprimer le vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="112"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="117"/>
        <source>Open voting</source>
        <translation>Ouvrir le vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="120"/>
        <source>Close voting</source>
        <translation>Clore le vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="122"/>
        <location filename="../../facilitator/ui/polls_view.py" line="296"/>
        <source>Reveal results</source>
        <translation>Dévoiler les résultats</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="190"/>
        <source>&amp;Save counts</source>
        <translation>&amp;Enregistrer les décomptes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="132"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="143"/>
        <source>Results per option</source>
        <translation>Résultats par option</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="187"/>
        <source>&amp;Open voting</source>
        <translation>&amp;Ouvrir le vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="188"/>
        <source>&amp;Close voting</source>
        <translation>&amp;Clore le vote</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="189"/>
        <source>&amp;Reveal or hide results</source>
        <translation>&amp;Dévoiler ou cacher les résultats</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="278"/>
        <source>No poll selected. Create one with “New poll…”.</source>
        <extracomment>the keys that run the vote (F6, F7, F8): the meeting and the projector add them too, so they work wherever the keyboard is (the guide&apos;s button, the projector once shown)</extracomment>
        <translation>Aucun vote sélectionné. Créez-en un avec « Nouveau vote… ».</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="289"/>
        <source>countdown %1</source>
        <translation>compte à rebours %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="296"/>
        <source>Hide results</source>
        <translation>Cacher les résultats</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/polls_view.py" line="323"/>
        <source>%n voter(s)</source>
        <translation>
            <numerusform>%n votant</numerusform>
            <numerusform>%n votants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="325"/>
        <source>Participants and the projector see these results.</source>
        <translation>Les participants et le projecteur voient ces résultats.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="327"/>
        <source>Only you see these results until you reveal them.</source>
        <translation>Vous seul voyez ces résultats tant que vous ne les dévoilez pas.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="358"/>
        <source>Poll created.</source>
        <translation>Vote créé.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/polls_view.py" line="386"/>
        <source>This poll has votes: close it instead of deleting it.</source>
        <translation>Ce vote a reçu des voix : clôturez-le plutôt que de le supprimer.</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../facilitator/ui/presenter.py" line="72"/>
        <source>Facilitator — presenter view</source>
        <translation>Facilitator — vue du présentateur</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter.py" line="73"/>
        <source>Presenter view</source>
        <translation>Vue du présentateur</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter.py" line="77"/>
        <source>On the screen now</source>
        <translation>À l&apos;écran maintenant</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter.py" line="85"/>
        <source>What the projector shows</source>
        <translation>Ce que montre le projecteur</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter.py" line="87"/>
        <source>Next</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter.py" line="91"/>
        <source>Next poll</source>
        <translation>Vote suivant</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter.py" line="100"/>
        <source>In the room</source>
        <translation>Dans la salle</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter.py" line="103"/>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter.py" line="115"/>
        <source>Controls</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter.py" line="119"/>
        <source>Close voting (F7)</source>
        <translation>Clore le vote (F7)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter.py" line="126"/>
        <source>Theme on the wall</source>
        <translation>Thème au mur</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter.py" line="128"/>
        <source>Show the projector (P)</source>
        <translation>Afficher le projecteur (P)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter.py" line="141"/>
        <source>Results (only you see them until you reveal them)</source>
        <translation>Résultats (vous seul les voyez tant que vous ne les dévoilez pas)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter.py" line="203"/>
        <source>Every theme on the wall</source>
        <translation>Tous les thèmes au mur</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter.py" line="205"/>
        <source>Ideas without a theme</source>
        <translation>Idées sans thème</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter.py" line="219"/>
        <source>Show the poll (W)</source>
        <translation>Afficher le vote (W)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter.py" line="219"/>
        <source>Show the ideas wall (W)</source>
        <translation>Afficher le mur des idées (W)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter.py" line="225"/>
        <source>Open the next poll (F6)</source>
        <translation>Ouvrir le vote suivant (F6)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter.py" line="227"/>
        <source>No poll left to open.</source>
        <translation>Plus aucun vote à ouvrir.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter.py" line="228"/>
        <source>No next poll</source>
        <translation>Pas de vote suivant</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter.py" line="233"/>
        <source>Hide the results (F8)</source>
        <translation>Masquer les résultats (F8)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/presenter.py" line="235"/>
        <source>Reveal the results (F8)</source>
        <translation>Dévoiler les résultats (F8)</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../facilitator/ui/sync_preview.py" line="60"/>
        <source>Proposals as they will appear</source>
        <translation>Les propositions telles qu&apos;elles paraîtront</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_preview.py" line="82"/>
        <source>Needs attention</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_preview.py" line="92"/>
        <source>Idea:</source>
        <translation>Idée :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_preview.py" line="94"/>
        <source>Proposal title</source>
        <translation>Titre de la proposition</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_preview.py" line="96"/>
        <source>A title of your own for the platform; empty: the idea&apos;s text</source>
        <translation>Un titre à vous pour la plateforme ; vide : le texte de l&apos;idée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_preview.py" line="99"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_preview.py" line="101"/>
        <source>The idea&apos;s text</source>
        <translation>Le texte de l&apos;idée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_preview.py" line="103"/>
        <source>I&amp;dea&apos;s text:</source>
        <translation>Texte de l&apos;i&amp;dée :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_preview.py" line="108"/>
        <source>What to fix</source>
        <translation>Ce qu&apos;il faut corriger</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_preview.py" line="111"/>
        <source>Description as it will appear:</source>
        <translation>Description telle qu&apos;elle paraîtra :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_preview.py" line="115"/>
        <source>Description as it will appear</source>
        <translation>Description telle qu&apos;elle paraîtra</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_preview.py" line="118"/>
        <source>&amp;Leave this idea off the platform</source>
        <translation>&amp;Laisser cette idée hors de la plateforme</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_preview.py" line="122"/>
        <source>Show in &amp;Ideas</source>
        <translation>Voir dans &amp;Idées</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/sync_preview.py" line="157"/>
        <source>Needs attention: %n proposal(s)</source>
        <translation>
            <numerusform>À revoir : %n proposition</numerusform>
            <numerusform>À revoir : %n propositions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_preview.py" line="159"/>
        <source>Nothing needs attention.</source>
        <translation>Rien n&apos;est à revoir.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../facilitator/ui/projector.py" line="68"/>
        <source>Facilitator — projector</source>
        <extracomment>called by P: show the presenter view instead (set by whoever owns both windows)</extracomment>
        <translation>Facilitator — projecteur</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/projector.py" line="69"/>
        <source>Projector</source>
        <translation>Projecteur</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message>
        <location filename="../../facilitator/ui/quit_guard.py" line="29"/>
        <source>Phone voting is running</source>
        <translation>Le vote par téléphone est en cours</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/quit_guard.py" line="30"/>
        <source>Phones are connected to this meeting. Quitting stops phone voting: phones can no longer vote or send ideas. Every vote already received is saved.</source>
        <translation>Des téléphones sont connectés à cette réunion. Quitter arrête le vote par téléphone : les téléphones ne pourront plus voter ni envoyer d&apos;idées. Chaque vote déjà reçu est enregistré.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/quit_guard.py" line="39"/>
        <source>Stop voting and &amp;quit</source>
        <translation>Arrêter le vote et &amp;quitter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/quit_guard.py" line="43"/>
        <source>&amp;Keep voting</source>
        <translation>&amp;Continuer le vote</translation>
    </message>
</context>
<context>
    <name>RoomScreen</name>
    <message>
        <location filename="../../facilitator/ui/room_screen.py" line="70"/>
        <source>QR code to join with a phone</source>
        <translation>Code QR pour participer avec un téléphone</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_screen.py" line="80"/>
        <source>Meeting code</source>
        <translation>Code de la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_screen.py" line="86"/>
        <source>QR code to join the Wi-Fi network</source>
        <translation>Code QR pour rejoindre le réseau Wi-Fi</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_screen.py" line="99"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_screen.py" line="104"/>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_screen.py" line="109"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_screen.py" line="142"/>
        <source>Vote with your phone</source>
        <translation>Votez avec votre téléphone</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_screen.py" line="152"/>
        <source>Wi-Fi: %1</source>
        <translation>Wi-Fi : %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_screen.py" line="175"/>
        <source>Your ideas</source>
        <translation>Vos idées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_screen.py" line="183"/>
        <source>Welcome!</source>
        <translation>Bienvenue !</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/room_screen.py" line="184"/>
        <source>The next vote will appear here.</source>
        <translation>Le prochain vote s’affichera ici.</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../facilitator/ui/help.py" line="124"/>
        <location filename="../../facilitator/ui/help.py" line="129"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/help.py" line="132"/>
        <source>&amp;Save as PDF to print…</source>
        <translation>&amp;Enregistrer en PDF pour l&apos;imprimer…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/help.py" line="141"/>
        <source>Save the shortcuts</source>
        <translation>Enregistrer les raccourcis</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/help.py" line="141"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SyncModels</name>
    <message>
        <location filename="../../facilitator/ui/sync_models.py" line="36"/>
        <location filename="../../facilitator/ui/sync_models.py" line="43"/>
        <source>Needs attention</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_models.py" line="38"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_models.py" line="39"/>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_models.py" line="40"/>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_models.py" line="41"/>
        <source>Changed since sync</source>
        <translation>Modifiée depuis l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_models.py" line="42"/>
        <source>Left out</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_models.py" line="102"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_models.py" line="103"/>
        <source>Title on the platform</source>
        <translation>Titre sur la plateforme</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_models.py" line="104"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_models.py" line="105"/>
        <source>On the platform</source>
        <translation>Sur la plateforme</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_models.py" line="123"/>
        <source>Click to open it</source>
        <translation>Cliquez pour l&apos;ouvrir</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../facilitator/ui/sync_view.py" line="86"/>
        <source>Sync notice</source>
        <translation>Avis de synchronisation</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_view.py" line="88"/>
        <source>&amp;Resume the sync</source>
        <translation>&amp;Reprendre la synchronisation</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_view.py" line="109"/>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_view.py" line="110"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_view.py" line="113"/>
        <source>Sto&amp;p</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_view.py" line="118"/>
        <source>Sync progress</source>
        <translation>Avancement de la synchronisation</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_view.py" line="119"/>
        <source>%v of %m proposals</source>
        <translation>%v propositions sur %m</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_view.py" line="126"/>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_view.py" line="128"/>
        <source>Open the meeting&apos;s page</source>
        <translation>Ouvrir la page de la réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_view.py" line="132"/>
        <source>Copy the report</source>
        <translation>Copier le compte rendu</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_view.py" line="134"/>
        <source>For the platform&apos;s meeting close form (the coordinator pastes it there)</source>
        <translation>Pour le formulaire de clôture de la réunion sur la plateforme (le coordinateur l&apos;y colle)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_view.py" line="179"/>
        <source>A sync was interrupted — resume it?</source>
        <translation>Une synchronisation a été interrompue — la reprendre ?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_view.py" line="230"/>
        <source>Link the meeting to the platform first</source>
        <translation>Liez d&apos;abord la réunion à la plateforme</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_view.py" line="243"/>
        <source>Looking at the platform…</source>
        <translation>Consultation de la plateforme…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_view.py" line="271"/>
        <source>The platform cannot be reached right now. Everything stays safe on this computer: it will sync when the platform can be reached — press “Sync now” again then.</source>
        <translation>La plateforme est injoignable pour le moment. Tout reste en sécurité sur cet ordinateur : la synchronisation se fera quand la plateforme sera joignable — appuyez alors de nouveau sur « Synchroniser maintenant ».</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_view.py" line="277"/>
        <source>Sign in in your web browser, then come back here…</source>
        <translation>Connectez-vous dans votre navigateur web, puis revenez ici…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_view.py" line="281"/>
        <source>Checking the API credentials…</source>
        <translation>Vérification des identifiants d&apos;API…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_view.py" line="287"/>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_view.py" line="318"/>
        <source>Checking the link with the platform…</source>
        <translation>Vérification du lien avec la plateforme…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_view.py" line="322"/>
        <source>The meeting is linked. Check the proposals below.</source>
        <translation>La réunion est liée. Vérifiez les propositions ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_view.py" line="381"/>
        <source>Link the meeting to the platform first.</source>
        <translation>Liez d&apos;abord la réunion à la plateforme.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_view.py" line="384"/>
        <source>Sync starting…</source>
        <translation>Début de la synchronisation…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/sync_view.py" line="407"/>
        <source>%n proposal(s) created</source>
        <translation>
            <numerusform>%n proposition créée</numerusform>
            <numerusform>%n propositions créées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/sync_view.py" line="408"/>
        <source>%n already on the platform</source>
        <translation>
            <numerusform>%n déjà sur la plateforme</numerusform>
            <numerusform>%n déjà sur la plateforme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/sync_view.py" line="409"/>
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n à revoir</numerusform>
            <numerusform>%n à revoir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/sync_view.py" line="410"/>
        <source>%n changed since sync</source>
        <translation>
            <numerusform>%n modifiée depuis l&apos;envoi</numerusform>
            <numerusform>%n modifiées depuis l&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_view.py" line="418"/>
        <source>Everything is on the platform.</source>
        <translation>Tout est sur la plateforme.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_view.py" line="440"/>
        <source>The report is copied.</source>
        <translation>Le compte rendu est copié.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_view.py" line="456"/>
        <source>Save the proposals import file</source>
        <translation>Enregistrer le fichier d&apos;import des propositions</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_view.py" line="458"/>
        <source>Spreadsheet (*.xlsx);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Tableur (*.xlsx);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_view.py" line="484"/>
        <source>Import file saved to %1.</source>
        <translation>Fichier d&apos;import enregistré dans %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/sync_view.py" line="486"/>
        <source>%n idea(s) left out: they break a platform rule.</source>
        <translation>
            <numerusform>%n idée écartée : elle enfreint une règle de la plateforme.</numerusform>
            <numerusform>%n idées écartées : elles enfreignent une règle de la plateforme.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemeDelegate</name>
    <message>
        <location filename="../../facilitator/ui/themes_panel.py" line="281"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
</context>
<context>
    <name>ThemesPanel</name>
    <message>
        <location filename="../../facilitator/ui/themes_panel.py" line="48"/>
        <location filename="../../facilitator/ui/themes_panel.py" line="55"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/themes_panel.py" line="62"/>
        <source>Click a theme to show its ideas; double-click to use it for new ideas</source>
        <translation>Cliquez sur un thème pour afficher ses idées ; double-cliquez pour l&apos;utiliser pour les nouvelles idées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/themes_panel.py" line="76"/>
        <location filename="../../facilitator/ui/themes_panel.py" line="77"/>
        <source>Colour of the theme</source>
        <translation>Couleur du thème</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/themes_panel.py" line="103"/>
        <source>&amp;Use for new ideas</source>
        <translation>&amp;Utiliser pour les nouvelles idées</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/themes_panel.py" line="104"/>
        <source>&amp;Rename theme…</source>
        <translation>&amp;Renommer le thème…</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/themes_panel.py" line="106"/>
        <source>&amp;Merge selected themes into the first</source>
        <translation>&amp;Fusionner les thèmes sélectionnés dans le premier</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/themes_panel.py" line="108"/>
        <source>Move theme &amp;up</source>
        <translation>&amp;Monter le thème</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/themes_panel.py" line="110"/>
        <source>Move theme &amp;down</source>
        <translation>&amp;Descendre le thème</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/themes_panel.py" line="114"/>
        <source>&amp;Colour</source>
        <translation>&amp;Couleur</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/themes_panel.py" line="117"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/themes_panel.py" line="118"/>
        <source>Sky blue</source>
        <translation>Bleu ciel</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/themes_panel.py" line="119"/>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/themes_panel.py" line="120"/>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/themes_panel.py" line="121"/>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/themes_panel.py" line="122"/>
        <source>Vermilion</source>
        <translation>Vermillon</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/themes_panel.py" line="123"/>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/themes_panel.py" line="124"/>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/themes_panel.py" line="130"/>
        <source>No colour</source>
        <translation>Sans couleur</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/themes_panel.py" line="174"/>
        <source>Rename theme</source>
        <translation>Renommer le thème</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/themes_panel.py" line="176"/>
        <source>New name for “%1” (an existing theme&apos;s name merges the two):</source>
        <translation>Nouveau nom pour « %1 » (le nom d&apos;un thème existant fusionne les deux) :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/themes_panel.py" line="204"/>
        <source>Select two themes or more to merge them.</source>
        <translation>Sélectionnez au moins deux thèmes pour les fusionner.</translation>
    </message>
</context>
<context>
    <name>TicketCards</name>
    <message>
        <location filename="../../facilitator/ui/ticket_cards.py" line="26"/>
        <source>Print tickets</source>
        <translation>Imprimer des tickets</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ticket_cards.py" line="27"/>
        <source>How many ticket cards (one vote each)?</source>
        <translation>Combien de cartes-tickets (une voix chacune) ?</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ticket_cards.py" line="38"/>
        <source>Save the ticket cards</source>
        <translation>Enregistrer les cartes-tickets</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ticket_cards.py" line="40"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/ui/ticket_cards.py" line="73"/>
        <source>%n ticket(s) issued. Printing cards comes with phone voting.</source>
        <translation>
            <numerusform>%n ticket émis. L’impression des cartes arrive avec le vote par téléphone.</numerusform>
            <numerusform>%n tickets émis. L’impression des cartes arrive avec le vote par téléphone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/ticket_cards.py" line="78"/>
        <source>Ticket cards saved to %1</source>
        <translation>Cartes-tickets enregistrées dans %1</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../facilitator/ui/welcome.py" line="55"/>
        <source>Welcome to Facilitator</source>
        <extracomment>Set once the welcome was skipped or used: it is not shown again. The meeting the guide walks through (its id), &quot;&quot; when none. How many ideas the guide asks for before the poll.</extracomment>
        <translation>Bienvenue dans Facilitator</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/welcome.py" line="60"/>
        <source>Run a neighbourhood meeting: write down the ideas people say, let them vote with their phones, show the result on the projector. Your first meeting, in four steps:</source>
        <translation>Animez une réunion de quartier : notez les idées dites à voix haute, faites voter avec les téléphones, affichez le résultat au projecteur. Votre première réunion, en quatre étapes :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/welcome.py" line="69"/>
        <source>Create the meeting: a title is enough.</source>
        <translation>Créez la réunion : un titre suffit.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/welcome.py" line="70"/>
        <source>Type three ideas, pressing Enter after each.</source>
        <translation>Tapez trois idées, Entrée après chacune.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/welcome.py" line="71"/>
        <source>Make a poll of them: one button.</source>
        <translation>Faites-en un vote : un seul bouton.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/welcome.py" line="72"/>
        <source>Start phone voting: people scan the code on the projector.</source>
        <translation>Démarrez le vote par téléphone : les gens scannent le code au projecteur.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/welcome.py" line="86"/>
        <source>&amp;Create my first meeting</source>
        <translation>&amp;Créer ma première réunion</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/welcome.py" line="90"/>
        <source>&amp;Try the demo meeting</source>
        <translation>&amp;Essayer la réunion de démonstration</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/welcome.py" line="92"/>
        <source>A realistic meeting with ideas and polls, to look around first</source>
        <translation>Une réunion réaliste avec des idées et des votes, pour découvrir d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/welcome.py" line="95"/>
        <source>&amp;Skip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/welcome.py" line="96"/>
        <source>Go to the list of meetings; this is not shown again</source>
        <translation>Aller à la liste des réunions ; cet accueil ne revient pas</translation>
    </message>
</context>
<context>
    <name>WifiDialog</name>
    <message>
        <location filename="../../facilitator/ui/wifi_dialog.py" line="21"/>
        <source>Wi-Fi shown on the projector</source>
        <translation>Wi-Fi affiché au projecteur</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/wifi_dialog.py" line="25"/>
        <source>Network name</source>
        <translation>Nom du réseau</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/wifi_dialog.py" line="27"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/wifi_dialog.py" line="29"/>
        <source>Network &amp;name:</source>
        <translation>&amp;Nom du réseau :</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/wifi_dialog.py" line="30"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../facilitator/ui/sync_resume.py" line="32"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_resume.py" line="33"/>
        <source>A sync was interrupted — resume it? (%1)</source>
        <translation>Une synchronisation a été interrompue — la reprendre ? (%1)</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_resume.py" line="36"/>
        <source>Nothing was lost and nothing will be sent twice: it carries on where it stopped.</source>
        <translation>Rien n&apos;est perdu et rien ne sera envoyé deux fois : elle reprend là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_resume.py" line="39"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../../facilitator/ui/sync_resume.py" line="40"/>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
</TS>
