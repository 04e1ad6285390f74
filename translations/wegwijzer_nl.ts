<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Name (own script)</source>
        <translation>Naam (eigen schrift)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Leerroute</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Huidige stap</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Volgende termijn</translation>
    </message>
    <message>
        <source>Trajectory ended</source>
        <translation>Traject afgesloten</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>Search by name, BSN or V-number</source>
        <translation>Zoeken op naam, BSN of V-nummer</translation>
    </message>
    <message>
        <source>Only &amp;overdue</source>
        <translation>Alleen te &amp;laat</translation>
    </message>
    <message>
        <source>Also &amp;ended trajectories</source>
        <translation>Ook &amp;afgesloten trajecten</translation>
    </message>
    <message>
        <source>Show full &amp;BSN</source>
        <translation>Volledig BSN &amp;tonen</translation>
    </message>
    <message>
        <source>Consultant:</source>
        <translation>Consulent:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categorie:</translation>
    </message>
    <message>
        <source>Route:</source>
        <translation>Leerroute:</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Stap:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Wegwijzer</source>
        <translation>Welkom bij Wegwijzer</translation>
    </message>
    <message>
        <source>Wegwijzer keeps the dossiers encrypted on this computer. Choose a passphrase to open them. Nobody can read the data without it, not even the IT department.</source>
        <translation>Wegwijzer bewaart de dossiers versleuteld op deze computer. Kies een wachtwoord om ze te openen. Zonder dat wachtwoord kan niemand de gegevens lezen, ook de ICT-afdeling niet.</translation>
    </message>
    <message>
        <source>&amp;Create database</source>
        <translation>Database &amp;aanmaken</translation>
    </message>
    <message>
        <source>Creating the encrypted database…</source>
        <translation>De versleutelde database wordt aangemaakt…</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Uw herstelsleutel</translation>
    </message>
    <message>
        <source>This recovery key is the only way back in if every passphrase is forgotten. Save it as a file on a USB stick or print it, and keep it somewhere safe, away from this laptop.</source>
        <translation>Deze herstelsleutel is de enige manier om weer binnen te komen als iedereen het wachtwoord vergeten is. Sla hem op als bestand op een USB-stick of druk hem af, en bewaar hem op een veilige plek, niet bij deze laptop.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Without the passphrase and without this recovery key the data is lost for good.&lt;/b&gt; Nobody can recover it, not even the supplier.</source>
        <translation>&lt;b&gt;Zonder wachtwoord én zonder deze herstelsleutel zijn de gegevens voorgoed kwijt.&lt;/b&gt; Niemand kan ze dan terughalen, ook de leverancier niet.</translation>
    </message>
    <message>
        <source>&amp;Save as file…</source>
        <translation>&amp;Opslaan als bestand…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>I have &amp;stored the recovery key safely</source>
        <translation>Ik heb de herstelsleutel &amp;veilig bewaard</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Verder</translation>
    </message>
    <message>
        <source>Wegwijzer recovery key

{key}

Keep this sheet somewhere safe. With this key the database can be opened when every passphrase is forgotten.
</source>
        <translation>Herstelsleutel Wegwijzer

{key}

Bewaar dit blad op een veilige plek. Met deze sleutel kan de database worden geopend als iedereen het wachtwoord vergeten is.
</translation>
    </message>
    <message>
        <source>Save recovery key</source>
        <translation>Herstelsleutel opslaan</translation>
    </message>
    <message>
        <source>wegwijzer-recovery-key.txt</source>
        <translation>wegwijzer-herstelsleutel.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstbestanden (*.txt)</translation>
    </message>
    <message>
        <source>The file could not be saved. Choose another place.</source>
        <translation>Het bestand kon niet worden opgeslagen. Kies een andere plek.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Print recovery key</source>
        <translation>Herstelsleutel afdrukken</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Linked to municipality</source>
        <translation>Koppeling</translation>
    </message>
    <message>
        <source>Koffie en Koek talk</source>
        <translation>Koffie en Koek-gesprek</translation>
    </message>
    <message>
        <source>Broad intake</source>
        <translation>Brede Intake</translation>
    </message>
    <message>
        <source>Learnability test</source>
        <translation>Leerbaarheidstoets</translation>
    </message>
    <message>
        <source>StarterZ class</source>
        <translation>StarterZ-klas</translation>
    </message>
    <message>
        <source>PIP signed</source>
        <translation>PIP getekend</translation>
    </message>
    <message>
        <source>Route start</source>
        <translation>Start leerroute</translation>
    </message>
    <message>
        <source>Progress talk</source>
        <translation>Voortgangsgesprek</translation>
    </message>
    <message>
        <source>Participation statement (PVT)</source>
        <translation>Participatieverklaring (PVT)</translation>
    </message>
    <message>
        <source>Labour market module (MAP)</source>
        <translation>Arbeidsmarktmodule (MAP)</translation>
    </message>
    <message>
        <source>Ontzorgen</source>
        <translation>Ontzorgen</translation>
    </message>
    <message>
        <source>Integration term</source>
        <translation>Inburgeringstermijn</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Einde traject</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Binnenkort</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <source>Refugee with permit</source>
        <translation>Asielstatushouder</translation>
    </message>
    <message>
        <source>Reunited family member</source>
        <translation>Nareiziger</translation>
    </message>
    <message>
        <source>Family migrant</source>
        <translation>Gezinsmigrant</translation>
    </message>
    <message>
        <source>Resettled refugee</source>
        <translation>Hervestiger</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>B1 route</source>
        <translation>B1-route</translation>
    </message>
    <message>
        <source>Education route</source>
        <translation>Onderwijsroute</translation>
    </message>
    <message>
        <source>Z route</source>
        <translation>Z-route</translation>
    </message>
    <message>
        <source>StarterZ</source>
        <translation>StarterZ-klas</translation>
    </message>
    <message>
        <source>The passphrase is not right. Mind capital letters and Caps Lock.</source>
        <translation>Het wachtwoord klopt niet. Let op hoofdletters en het toetsenbord (Caps Lock).</translation>
    </message>
    <message>
        <source>The recovery key is not right. Check the 32 characters on your printout.</source>
        <translation>De herstelsleutel klopt niet. Controleer de 32 tekens op uw afdruk.</translation>
    </message>
    <message>
        <source>There is no Wegwijzer database here yet. Create a new one first.</source>
        <translation>Er is hier nog geen Wegwijzer-database. Maak eerst een nieuwe aan.</translation>
    </message>
    <message>
        <source>There already is a Wegwijzer database here; it will not be overwritten.</source>
        <translation>Er staat hier al een Wegwijzer-database; die wordt niet overschreven.</translation>
    </message>
    <message>
        <source>This file is an unencrypted database. Wegwijzer only opens encrypted databases, so that a stolen laptop reveals nothing.</source>
        <translation>Dit bestand is een onversleutelde database. Wegwijzer opent alleen versleutelde databases, zodat een gestolen laptop niets prijsgeeft.</translation>
    </message>
    <message>
        <source>The database file is damaged or does not belong to this key file. Nothing was changed. Ask your administrator for a backup.</source>
        <translation>Het databasebestand is beschadigd of hoort niet bij dit sleutelbestand. Er is niets gewijzigd. Vraag de beheerder om een back-up.</translation>
    </message>
    <message>
        <source>The key file (wegwijzer.keys) is missing or damaged. Without it the database cannot be opened. Restore a backup of the key file.</source>
        <translation>Het sleutelbestand (wegwijzer.keys) ontbreekt of is beschadigd. Zonder dit bestand kan de database niet worden geopend. Zet een back-up van het sleutelbestand terug.</translation>
    </message>
    <message>
        <source>The database is in use by another program (perhaps a second Wegwijzer). Close that first and try again.</source>
        <translation>De database is in gebruik door een ander programma (misschien een tweede Wegwijzer). Sluit dat eerst en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The disk is full. The last change was not saved; earlier data is intact. Free up space and try again.</source>
        <translation>De schijf is vol. De laatste wijziging is niet opgeslagen; eerdere gegevens zijn intact. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This database was made with a newer version of Wegwijzer. Install the latest version to open it.</source>
        <translation>Deze database is gemaakt met een nieuwere versie van Wegwijzer. Installeer de nieuwste versie om hem te openen.</translation>
    </message>
    <message>
        <source>The database may not be on a network drive: it can get damaged there. Choose a folder on this computer.</source>
        <translation>De database mag niet op een netwerkschijf staan: daar kan hij beschadigd raken. Kies een map op deze computer.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 10 characters.</source>
        <translation>Kies een wachtwoord van minstens 10 tekens.</translation>
    </message>
    <message>
        <source>Wegwijzer cannot write in the data folder. Check the folder&apos;s permissions.</source>
        <translation>Wegwijzer kan niet schrijven in de gegevensmap. Controleer de rechten van de map.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Please tell your administrator.</source>
        <translation>Er ging iets onverwachts mis. Meld dit bij de beheerder.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>B&amp;eeld</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Wegwijzer</source>
        <translation>&amp;Over Wegwijzer</translation>
    </message>
    <message>
        <source>About Wegwijzer</source>
        <translation>Over Wegwijzer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Wegwijzer&lt;/h3&gt;&lt;p&gt;Dossiers, klantreis and handouts for consultants inburgering (Wet inburgering 2021).&lt;/p&gt;&lt;p&gt;All data stays encrypted on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Wegwijzer&lt;/h3&gt;&lt;p&gt;Dossiers, klantreis en folders voor consulenten inburgering (Wet inburgering 2021).&lt;/p&gt;&lt;p&gt;Alle gegevens blijven versleuteld op deze computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} van {total} getoond</translation>
    </message>
    <message>
        <source>Loading the caseload…</source>
        <translation>De caseload wordt geladen…</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Herhaal wachtwoord:</translation>
    </message>
    <message>
        <source>At least {n} characters, a sentence works well</source>
        <translation>Minstens {n} tekens; een korte zin werkt goed</translation>
    </message>
    <message>
        <source>Too short: {n} more characters needed.</source>
        <translation>Te kort: nog {n} tekens nodig.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
    <message>
        <source>Weak: make it longer, or mix in digits and signs.</source>
        <translation>Zwak: maak het langer, of gebruik ook cijfers en leestekens.</translation>
    </message>
    <message>
        <source>Reasonable. Longer is stronger.</source>
        <translation>Redelijk. Langer is sterker.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Wegwijzer is locked</source>
        <translation>Wegwijzer is vergrendeld</translation>
    </message>
    <message>
        <source>Enter your passphrase to open the dossiers.</source>
        <translation>Vul uw wachtwoord in om de dossiers te openen.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Use the recovery key</source>
        <translation>Wachtwoord vergeten? Herstelsleutel gebruiken</translation>
    </message>
    <message>
        <source>Opening the encrypted database…</source>
        <translation>De versleutelde database wordt geopend…</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>Herstelsleutel gebruiken</translation>
    </message>
    <message>
        <source>Type the recovery key from the sheet or file you saved when the database was made. Dashes and spaces do not matter. Afterwards you choose a new passphrase.</source>
        <translation>Typ de herstelsleutel over van het blad of bestand dat u bewaarde toen de database werd aangemaakt. Streepjes en spaties maken niet uit. Daarna kiest u een nieuw wachtwoord.</translation>
    </message>
    <message>
        <source>&amp;Open with recovery key</source>
        <translation>&amp;Openen met herstelsleutel</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Kies een nieuw wachtwoord</translation>
    </message>
    <message>
        <source>The recovery key worked. Choose a new passphrase; you will use it from now on. The recovery key stays valid.</source>
        <translation>De herstelsleutel klopt. Kies een nieuw wachtwoord; dat gebruikt u vanaf nu. De herstelsleutel blijft geldig.</translation>
    </message>
    <message>
        <source>&amp;Save and open</source>
        <translation>&amp;Opslaan en openen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
</TS>
