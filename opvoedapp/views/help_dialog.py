"""F1: a short Dutch help for this program: what each tab is for, the keys, what is kept."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from opvoedapp.views import keyboard

KEYS = (
    ("Ctrl+1 … Ctrl+4", "naar Beslisschema, Leeftijdsfasen, Interventies of Zelfreflectie"),
    ("Ctrl+Tab, Ctrl+Shift+Tab", "volgende of vorige tab"),
    ("Alt+K, Alt+G, Alt+V", "naar leeftijd, geboortedatum of vraag van de ouder"),
    ("Ctrl+Shift+P", "folder voor deze vraag (of voor het besluit van het beslisschema)"),
    ("Ctrl+Shift+V", "Veiligheid kind in het geding: de veiligheidsroute, vanuit elke plek"),
    ("1 … 9", "in het beslisschema: kies de genummerde keuze"),
    ("Alt+Links", "in het beslisschema: vorige stap"),
    ("Ctrl+Shift+M", "bij het besluit: maak folder voor de ouder"),
    ("Ctrl+Shift+C", "bij het besluit: kopieer de samenvatting voor het dossier"),
    ("Ctrl+P, Ctrl+S", "in een folder of rapport: afdrukken, opslaan als PDF"),
    ("Ctrl+F", "zoeken in de hele richtlijn"),
    ("Ctrl+N", "nieuw consult: leeftijd, vraag en folder wissen"),
    ("Tab, Shift+Tab", "naar het volgende of vorige veld (ook uit tekstvakken)"),
    ("F1", "deze hulp"),
)

HELP_HTML = """
<h2>Opvoedapp in het consult</h2>
<p>Typ bovenaan de <b>leeftijd</b> van het kind (jaren en maanden, of de geboortedatum, bijvoorbeeld
15082024 of 15-8-24) en kies de <b>vraag van de ouder</b>. Alle tabs volgen die keuze.
Met <b>Folder voor deze vraag</b> (Ctrl+Shift+P) maakt u meteen een folder voor de ouder.</p>
<h3>De tabs</h3>
<ul>
<li><b>Beslisschema</b>: de werkwijze van de richtlijn stap voor stap, tot een besluit met een
samenvatting voor het digitaal dossier en een folder. De knop <b>⚠ Veiligheid kind in het geding</b>
staat op elke stap.</li>
<li><b>Leeftijdsfasen</b>: Tabel 1, wat bij deze leeftijd normaal is en wat ernstig.</li>
<li><b>Interventies</b>: Tabel 2 en hoofdstuk 5: passende programma's en instrumenten, met
filters.</li>
<li><b>Zelfreflectie</b>: werkkaart 3, voor uzelf: scoor uw competenties, vergelijk rondes,
vraag feedback van collega's.</li>
</ul>
<h3>Toetsen</h3>
<table cellspacing="4">{keys}</table>
<h3>Wat wordt bewaard, en wat niet</h3>
<ul>
<li><b>Niets over het kind of het gezin.</b> Leeftijd, vraag, afspraken en een naam op de folder
bestaan alleen zolang het consult open is; Nieuw consult of afsluiten wist ze.</li>
<li>Wel bewaard, in uw eigen gebruikersmap: uw zelfreflectie-scores, de grootte van het venster
en de laatst geopende tab.</li>
<li>Een folder of rapport komt alleen op papier of in een bestand als u zelf afdrukt of
opslaat.</li>
<li>Het programma maakt geen netwerkverbinding.</li>
</ul>
"""


def help_html() -> str:
    rows = "".join(f"<tr><td><b>{keys}</b></td><td>{what}</td></tr>" for keys, what in KEYS)
    return HELP_HTML.format(keys=rows)


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help-dialog")
        self.setWindowTitle("Hulp bij Opvoedapp")
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setObjectName("help-text")
        self.text.setAccessibleName("Hulp bij Opvoedapp")
        self.text.setHtml(help_html())
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        keyboard.tame_tab_keys(self)
        self.resize(640, 620)
