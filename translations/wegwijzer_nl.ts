<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AdminActions</name>
    <message>
        <source>&amp;Users, audit trail and retention…</source>
        <translation>&amp;Gebruikers, audittrail en bewaartermijn…</translation>
    </message>
    <message>
        <source>&amp;Team: consultants and caseloads…</source>
        <translation>&amp;Team: consulenten en caseloads…</translation>
    </message>
    <message>
        <source>&amp;Inzage export for this person…</source>
        <translation>&amp;Inzage-export van deze persoon…</translation>
    </message>
    <message>
        <source>Save the inzage in folder</source>
        <translation>Inzage opslaan in map</translation>
    </message>
    <message>
        <source>Inzage</source>
        <translation>Inzage</translation>
    </message>
</context>
<context>
    <name>AdminDialog</name>
    <message>
        <source>Administration</source>
        <translation>Beheer</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audittrail</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
</context>
<context>
    <name>AgendaLabels</name>
    <message>
        <source>Koffie en Koek talk</source>
        <translation>Koffie en Koek gesprek</translation>
    </message>
    <message>
        <source>Brede Intake talk</source>
        <translation>Brede Intake gesprek</translation>
    </message>
    <message>
        <source>Learnability test</source>
        <translation>Leerbaarheidstoets</translation>
    </message>
    <message>
        <source>Closing PIP talk</source>
        <translation>Afsluitend gesprek PIP</translation>
    </message>
    <message>
        <source>Progress talk</source>
        <translation>Voortgangsgesprek</translation>
    </message>
    <message>
        <source>PVT session</source>
        <translation>PVT-bijeenkomst</translation>
    </message>
    <message>
        <source>Enforcement talk</source>
        <translation>Gesprek handhaving</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gehouden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verplaatst</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gehouden</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Planned on {date}</source>
        <translation>Gepland op {date}</translation>
    </message>
    <message>
        <source>Planned late: {date}</source>
        <translation>Te laat gepland: {date}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Talk or deadline</source>
        <translation>Gesprek of termijn</translation>
    </message>
    <message>
        <source>Place or status</source>
        <translation>Plaats of stand</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>termijn</translation>
    </message>
    <message>
        <source>interpreter{language} {mode}</source>
        <translation>tolk{language} {mode}</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>No talks or deadlines in this period. Plan a talk with Ctrl+T in a dossier, or look at another period.</source>
        <translation>Geen gesprekken of termijnen in deze periode. Plan een gesprek met Ctrl+T in een dossier, of kijk naar een andere periode.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Toon:</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Voor:</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>Het hele team</translation>
    </message>
    <message>
        <source>← &amp;Earlier</source>
        <translation>← Eerde&amp;r</translation>
    </message>
    <message>
        <source>Previous period (Page Up)</source>
        <translation>Vorige periode (Page Up)</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>Van&amp;daag</translation>
    </message>
    <message>
        <source>&amp;Later →</source>
        <translation>&amp;Later →</translation>
    </message>
    <message>
        <source>Next period (Page Down)</source>
        <translation>Volgende periode (Page Down)</translation>
    </message>
    <message>
        <source>&amp;Plan talk…</source>
        <translation>&amp;Plan gesprek…</translation>
    </message>
    <message>
        <source>Plan a talk with the selected person</source>
        <translation>Plan een gesprek met de gekozen persoon</translation>
    </message>
    <message>
        <source>&amp;Move or cancel…</source>
        <translation>Verplaatsen of &amp;annuleren…</translation>
    </message>
    <message>
        <source>E&amp;xport period to Outlook (.ics)…</source>
        <translation>E&amp;xporteer periode naar Outlook (.ics)…</translation>
    </message>
    <message>
        <source>Full &amp;names</source>
        <translation>Volledige &amp;naam</translation>
    </message>
    <message>
        <source>Show a week or a day</source>
        <translation>Toon een week of een dag</translation>
    </message>
    <message>
        <source>Whose agenda</source>
        <translation>Wiens agenda</translation>
    </message>
    <message>
        <source>Week {week}: {first} – {last}</source>
        <translation>Week {week}: {first} – {last}</translation>
    </message>
    <message>
        <source>{talks} talks · {deadlines} deadlines</source>
        <translation>{talks} gesprekken · {deadlines} termijnen</translation>
    </message>
    <message>
        <source>Choose a person in the agenda first.</source>
        <translation>Kies eerst een persoon in de agenda.</translation>
    </message>
    <message>
        <source>Choose a talk in the agenda first.</source>
        <translation>Kies eerst een gesprek in de agenda.</translation>
    </message>
    <message>
        <source>There are no talks in this period to export.</source>
        <translation>In deze periode zijn geen gesprekken om te exporteren.</translation>
    </message>
    <message>
        <source>Export agenda</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <source>{count} talks saved as {name}.</source>
        <translation>{count} gesprekken opgeslagen als {name}.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPage</name>
    <message>
        <source>&amp;Title of the document</source>
        <translation>&amp;Titel van het document</translation>
    </message>
    <message>
        <source>e.g. Signed PIP (empty: the file&apos;s name)</source>
        <translation>bijv. Ondertekend PIP (leeg: de naam van het bestand)</translation>
    </message>
    <message>
        <source>Title of the document</source>
        <translation>Titel van het document</translation>
    </message>
    <message>
        <source>&amp;Add document…</source>
        <translation>Document &amp;toevoegen…</translation>
    </message>
    <message>
        <source>A scan as PDF, JPEG or PNG, at most 10 MB</source>
        <translation>Een scan als PDF, JPEG of PNG, hoogstens 10 MB</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>The chosen document</source>
        <translation>Het gekozen document</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Bekijken</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Add a scanned document</source>
        <translation>Gescand document toevoegen</translation>
    </message>
    <message>
        <source>Scanned documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Gescande documenten (*.pdf *.jpg *.jpeg *.png);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Kopie van het document opslaan</translation>
    </message>
    <message>
        <source>Remove?</source>
        <translation>Verwijderen?</translation>
    </message>
    <message>
        <source>Remove the document &quot;{title}&quot; from the dossier? This cannot be undone.</source>
        <translation>Het document ‘{title}’ uit het dossier verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Logged in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Recovery key used</source>
        <translation>Herstelsleutel gebruikt</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <source>Dossier opened</source>
        <translation>Dossier geopend</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Afgedrukt</translation>
    </message>
    <message>
        <source>Document saved</source>
        <translation>Document opgeslagen</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Geëxporteerd</translation>
    </message>
    <message>
        <source>Agenda exported</source>
        <translation>Agenda geëxporteerd</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Access request (inzage)</source>
        <translation>Inzage</translation>
    </message>
    <message>
        <source>Deleted after retention</source>
        <translation>Verwijderd na bewaartermijn</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Gebruiker toegevoegd</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>Gebruiker verwijderd</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rol gewijzigd</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Wachtwoord gewijzigd</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Instelling gewijzigd</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Audit trail viewed</source>
        <translation>Audittrail bekeken</translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation>Audittrail geëxporteerd</translation>
    </message>
    <message>
        <source>Caseload handed over</source>
        <translation>Caseload overgedragen</translation>
    </message>
    <message>
        <source>Recovery key replaced</source>
        <translation>Herstelsleutel vervangen</translation>
    </message>
    <message>
        <source>Passphrase removed</source>
        <translation>Wachtwoord verwijderd</translation>
    </message>
    <message>
        <source>Team made</source>
        <translation>Team aangemaakt</translation>
    </message>
    <message>
        <source>Joined the team</source>
        <translation>Team toegetreden</translation>
    </message>
    <message>
        <source>Team folder changed</source>
        <translation>Teammap gewijzigd</translation>
    </message>
    <message>
        <source>Synchronised</source>
        <translation>Gesynchroniseerd</translation>
    </message>
    <message>
        <source>Deadlines viewed</source>
        <translation>Termijnen bekeken</translation>
    </message>
    <message>
        <source>Database key replaced</source>
        <translation>Databasesleutel vervangen</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Conflict opgelost</translation>
    </message>
    <message>
        <source>Laptop named</source>
        <translation>Laptop benoemd</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Name or id of a person</source>
        <translation>Naam of id van een persoon</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audittrail</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(verwijderd)</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Audittrail exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV-bestanden (*.csv);;JSON-bestanden (*.json)</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Klantreis for a ROL visit</source>
        <translation>Klantreis voor een ROL-bezoek</translation>
    </message>
    <message>
        <source>People whose Koffie en Koek is planned</source>
        <translation>Personen met een gepland Koffie en Koek gesprek</translation>
    </message>
    <message>
        <source>The people selected in the caseload</source>
        <translation>De personen die in de caseload zijn geselecteerd</translation>
    </message>
    <message>
        <source>&amp;Make</source>
        <translation>&amp;Maken</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Op&amp;slaan als PDF…</translation>
    </message>
    <message>
        <source>&amp;Stop printing</source>
        <translation>&amp;Stop afdrukken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <source>Type the dates as dd-mm-yyyy (for example 15-03-2026).</source>
        <translation>Typ de datums als dd-mm-jjjj (bijvoorbeeld 15-03-2026).</translation>
    </message>
    <message>
        <source>Nobody found for this choice.</source>
        <translation>Niemand gevonden voor deze keuze.</translation>
    </message>
    <message>
        <source>Making klantreis handouts: {count}…</source>
        <translation>Klantreizen maken: {count}…</translation>
    </message>
    <message>
        <source>Klantreis handouts ready: {count}.</source>
        <translation>Klantreizen klaar: {count}.</translation>
    </message>
    <message>
        <source>The handouts could not be made.</source>
        <translation>De handouts konden niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Bezig met afdrukken…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Afdrukken wordt gestopt…</translation>
    </message>
    <message>
        <source>Printing stopped.</source>
        <translation>Afdrukken gestopt.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>The handouts could not be printed.</source>
        <translation>De handouts konden niet worden afgedrukt.</translation>
    </message>
    <message>
        <source>Save handouts</source>
        <translation>Handouts opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Opgeslagen als {file}</translation>
    </message>
</context>
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
        <extracomment>Loads the rows of some people again (only those still in the caseload come back).</extracomment>
        <translation>Traject afgesloten</translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <source>Search by name, BSN or V-number</source>
        <extracomment>What a caseload load brings back: the rows, the team (id, name), and whether the user is an admin (the empty state&apos;s &quot;Team beheren&quot;).</extracomment>
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
        <source>&amp;My caseload</source>
        <translation>&amp;Mijn caseload</translation>
    </message>
    <message>
        <source>Only the people you guide</source>
        <translation>Alleen de mensen die u begeleidt</translation>
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
        <source>&lt;h3&gt;No one in the caseload yet&lt;/h3&gt;&lt;p&gt;Start by registering the person the COA linked to the municipality (Ctrl+N). An admin first adds the team&apos;s consultants, whose names and phone numbers go on the handouts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Er staat nog niemand in de caseload&lt;/h3&gt;&lt;p&gt;Begin met het registreren van de persoon die het COA aan de gemeente heeft gekoppeld: een nieuwe koppeling (Ctrl+N). Een beheerder zet eerst de consulenten van het team erin; hun namen en telefoonnummers komen op de handouts.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Register a new &amp;koppeling</source>
        <translation>Nieuwe &amp;koppeling registreren</translation>
    </message>
    <message>
        <source>Manage the &amp;team</source>
        <translation>&amp;Team beheren</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>&amp;Toewijzen aan…</translation>
    </message>
    <message>
        <source>Give the selected people to a consultant</source>
        <translation>De gekozen personen aan een consulent toewijzen</translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation>Zoeken in de caseload</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>&amp;Handouts…</source>
        <translation>&amp;Handouts…</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Synchronisatieconflicten</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Choose this value</source>
        <translation>Deze waarde kiezen</translation>
    </message>
    <message>
        <source>There are no conflicts.</source>
        <translation>Er zijn geen conflicten.</translation>
    </message>
    <message>
        <source> (shown now)</source>
        <translation> (nu getoond)</translation>
    </message>
    <message>
        <source>{by} on {laptop}, {at}</source>
        <translation>{by} op {laptop}, {at}</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>PIP (no health)</source>
        <translation>PIP (zonder gezondheid)</translation>
    </message>
    <message>
        <source>Dossier handover (no health)</source>
        <translation>Overdracht van het dossier (zonder gezondheid)</translation>
    </message>
</context>
<context>
    <name>ConsultantChoice</name>
    <message>
        <source>Consultant</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>&amp;Consultant:</source>
        <translation>&amp;Consulent:</translation>
    </message>
    <message>
        <source>There are no other active consultants: add them under Admin → Team first.</source>
        <translation>Er zijn geen andere actieve consulenten: voeg ze eerst toe onder Beheer → Team.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Wegwijzer: unexpected error</source>
        <translation>Wegwijzer: onverwachte fout</translation>
    </message>
    <message>
        <source>Something went wrong that Wegwijzer did not expect. What you saved before is safe. You can go on working; if this happens again, restart Wegwijzer.</source>
        <translation>Er ging iets mis dat Wegwijzer niet verwachtte. Wat u eerder hebt opgeslagen, is veilig. U kunt doorwerken; gebeurt dit opnieuw, start Wegwijzer dan opnieuw op.</translation>
    </message>
    <message>
        <source>A report without personal data was saved as:
{path}
Send it to your administrator when you ask for help.</source>
        <translation>Er is een rapport zonder persoonsgegevens opgeslagen als:
{path}
Stuur het naar uw beheerder als u om hulp vraagt.</translation>
    </message>
    <message>
        <source>The report could not be saved; copy it instead.</source>
        <translation>Het rapport kon niet worden opgeslagen; kopieer het in plaats daarvan.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Foutrapport</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Rapport kopiëren</translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>Het rapport staat op het klembord.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd-mm-yyyy</source>
        <extracomment>The shortcut that fills in today&apos;s date (as in spreadsheets). The shortcuts that open the calendar (as in a date picker). ``date`` by another name: inside the class, ``date`` is the method.</extracomment>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down); Ctrl+; fills in today</source>
        <translation>Kies uit een kalender (Alt+Omlaag); Ctrl+; vult vandaag in</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>In a date field: today&apos;s date</source>
        <translation>In een datumveld: de datum van vandaag</translation>
    </message>
    <message>
        <source>In a date field: the calendar</source>
        <translation>In een datumveld: de kalender</translation>
    </message>
    <message>
        <source>A date as day-month-year; Ctrl+; for today, Alt+Down for a calendar</source>
        <translation>Een datum als dag-maand-jaar; Ctrl+; voor vandaag, Alt+Omlaag voor een kalender</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>This PDF cannot be shown. Save a copy and open it with a PDF reader.</source>
        <translation>Deze PDF kan niet worden getoond. Sla een kopie op en open die met een PDF-lezer.</translation>
    </message>
    <message>
        <source>The first {shown} of {total} pages are shown.</source>
        <translation>De eerste {shown} van {total} pagina&apos;s worden getoond.</translation>
    </message>
    <message>
        <source>This image cannot be shown. Save a copy and open it elsewhere.</source>
        <translation>Deze afbeelding kan niet worden getoond. Sla een kopie op en open die elders.</translation>
    </message>
</context>
<context>
    <name>DossierLabels</name>
    <message>
        <source>Held on</source>
        <translation>Gehouden op</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>COA case manager</source>
        <translation>Casemanager COA</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <source>Interpreter language</source>
        <translation>Taal van de tolk</translation>
    </message>
    <message>
        <source>Getting acquainted</source>
        <translation>Kennismaking</translation>
    </message>
    <message>
        <source>Pre-integration agreements</source>
        <translation>Afspraken voorinburgering</translation>
    </message>
    <message>
        <source>Housing and family reunification</source>
        <translation>Huisvesting en gezinshereniging</translation>
    </message>
    <message>
        <source>Questions of the person</source>
        <translation>Vragen van de persoon</translation>
    </message>
    <message>
        <source>Agreements made</source>
        <translation>Gemaakte afspraken</translation>
    </message>
    <message>
        <source>Klantreis handed over</source>
        <translation>Klantreis meegegeven</translation>
    </message>
    <message>
        <source>Klantreis language</source>
        <translation>Taal van de klantreis</translation>
    </message>
    <message>
        <source>Intake format</source>
        <translation>Intakevorm</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Gestart op</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Afgerond op</translation>
    </message>
    <message>
        <source>Participation in pre-integration</source>
        <translation>Deelname aan voorinburgering</translation>
    </message>
    <message>
        <source>Test taken on</source>
        <translation>Toets gemaakt op</translation>
    </message>
    <message>
        <source>Test outcome</source>
        <translation>Uitkomst toets</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>StarterZ class started on</source>
        <translation>StarterZ-klas gestart op</translation>
    </message>
    <message>
        <source>Advice given on</source>
        <translation>Advies gegeven op</translation>
    </message>
    <message>
        <source>Advised route</source>
        <translation>Geadviseerde route</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Years of schooling</source>
        <translation>Jaren onderwijs</translation>
    </message>
    <message>
        <source>Highest diploma</source>
        <translation>Hoogste diploma</translation>
    </message>
    <message>
        <source>Diploma evaluated</source>
        <translation>Diploma gewaardeerd</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Beroep</translation>
    </message>
    <message>
        <source>Years of work</source>
        <translation>Jaren werkervaring</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation>Andere talen</translation>
    </message>
    <message>
        <source>Uses a smartphone</source>
        <translation>Gebruikt een smartphone</translation>
    </message>
    <message>
        <source>Uses a computer</source>
        <translation>Gebruikt een computer</translation>
    </message>
    <message>
        <source>Has DigiD</source>
        <translation>Heeft DigiD</translation>
    </message>
    <message>
        <source>Family reunification</source>
        <translation>Gezinshereniging</translation>
    </message>
    <message>
        <source>Registered with a GP</source>
        <translation>Ingeschreven bij huisarts</translation>
    </message>
    <message>
        <source>Receives care</source>
        <translation>Krijgt hulpverlening</translation>
    </message>
    <message>
        <source>Takes part</source>
        <translation>Neemt deel</translation>
    </message>
    <message>
        <source>Has debts</source>
        <translation>Heeft schulden</translation>
    </message>
    <message>
        <source>Learning route</source>
        <translation>Leerroute</translation>
    </message>
    <message>
        <source>Reason for deviating from the test</source>
        <translation>Motivering afwijking van de toets</translation>
    </message>
    <message>
        <source>Language school</source>
        <translation>Taalschool</translation>
    </message>
    <message>
        <source>Support (VWN, ontzorgen, …)</source>
        <translation>Ondersteuning (VWN, ontzorgen, …)</translation>
    </message>
    <message>
        <source>Drafted on</source>
        <translation>Opgesteld op</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Getekend op</translation>
    </message>
    <message>
        <source>Decision (beschikking) on</source>
        <translation>Beschikking op</translation>
    </message>
    <message>
        <source>Registered for the route on</source>
        <translation>Aangemeld voor de route op</translation>
    </message>
    <message>
        <source>Route started on</source>
        <translation>Route gestart op</translation>
    </message>
    <message>
        <source>Formal progress talk</source>
        <translation>Formeel voortgangsgesprek</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Certificate handed over on</source>
        <translation>Certificaat uitgereikt op</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Aanbieder</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Reason for extension</source>
        <translation>Reden verlenging</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Grondslag</translation>
    </message>
    <message>
        <source>Fine (euro)</source>
        <translation>Boete (euro)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Hoe het eindigde</translation>
    </message>
    <message>
        <source>New municipality (warm handover)</source>
        <translation>Nieuwe gemeente (warme overdracht)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>With or from</source>
        <translation>Met of van</translation>
    </message>
    <message>
        <source>Contains health information</source>
        <translation>Bevat gezondheidsinformatie</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Name in own script</source>
        <translation>Naam in eigen schrift</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>V-number</source>
        <translation>V-nummer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Heeft een tolk nodig</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Deleted on one laptop, changed on another</source>
        <translation>Op de ene laptop verwijderd, op een andere gewijzigd</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>Het hele gegeven</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Linked on (koppeling)</source>
        <translation>Gekoppeld op</translation>
    </message>
    <message>
        <source>Reported to the municipality (melding)</source>
        <translation>Gemeld bij de gemeente (melding)</translation>
    </message>
    <message>
        <source>Country of origin (e.g. SY, ER)</source>
        <translation>Land van herkomst (bijv. SY, ER)</translation>
    </message>
    <message>
        <source>Pre-integration (COA) from</source>
        <translation>Voorinburgering (COA) vanaf</translation>
    </message>
    <message>
        <source>Pre-integration (COA) until</source>
        <translation>Voorinburgering (COA) tot</translation>
    </message>
    <message>
        <source>VWN social guidance from</source>
        <translation>Maatschappelijke begeleiding VWN vanaf</translation>
    </message>
    <message>
        <source>VWN social worker</source>
        <translation>Begeleider VWN</translation>
    </message>
    <message>
        <source>Linked via</source>
        <translation>Gekoppeld via</translation>
    </message>
    <message>
        <source>Registered with DUO on</source>
        <translation>Aangemeld bij DUO op</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Aangevraagd op</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Decided by DUO on</source>
        <translation>Besluit DUO op</translation>
    </message>
    <message>
        <source>Term extended until</source>
        <translation>Termijn verlengd tot</translation>
    </message>
    <message>
        <source>Exam part</source>
        <translation>Examenonderdeel</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Afgelegd op</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Household name</source>
        <translation>Naam van het huishouden</translation>
    </message>
    <message>
        <source>Lives now at</source>
        <translation>Woont nu in</translation>
    </message>
    <message>
        <source>Location (e.g. ROL Zwolle)</source>
        <translation>Locatie (bijv. ROL Zwolle)</translation>
    </message>
    <message>
        <source>Someone else with the same name and date of birth</source>
        <translation>Iemand anders met dezelfde naam en geboortedatum</translation>
    </message>
    <message>
        <source>School or childcare</source>
        <translation>School of kinderopvang</translation>
    </message>
    <message>
        <source>Name of the school</source>
        <translation>Naam van de school</translation>
    </message>
    <message>
        <source>Role in household</source>
        <translation>Rol in huishouden</translation>
    </message>
    <message>
        <source>Still abroad</source>
        <translation>Nog in het buitenland</translation>
    </message>
    <message>
        <source>Own integration journey</source>
        <translation>Eigen inburgeringstraject</translation>
    </message>
    <message>
        <source>Address or location</source>
        <translation>Adres of locatie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Uren per week</translation>
    </message>
    <message>
        <source>Kind of residence</source>
        <translation>Soort verblijf</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Soort contact</translation>
    </message>
    <message>
        <source>Income from</source>
        <translation>Inkomen uit</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signaal</translation>
    </message>
    <message>
        <source>VluchtelingenWerk (VWN)</source>
        <translation>VluchtelingenWerk (VWN)</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>COA</source>
        <translation>COA</translation>
    </message>
    <message>
        <source>The person themselves</source>
        <translation>De inburgeraar zelf</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG-afbeelding</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-afbeelding</translation>
    </message>
    <message>
        <source>Benefit (bijstand)</source>
        <translation>Uitkering (bijstand)</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Werk</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>ROL</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>AZC</source>
        <translation>AZC</translation>
    </message>
    <message>
        <source>Emergency shelter</source>
        <translation>Noodopvang</translation>
    </message>
    <message>
        <source>AMV location</source>
        <translation>AMV-locatie</translation>
    </message>
    <message>
        <source>Town hall</source>
        <translation>Gemeentehuis</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>Thuis</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Telefonisch</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>By video</source>
        <translation>Via video</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Family migrant (short)</source>
        <translation>Gezinsmigrant (kort)</translation>
    </message>
    <message>
        <source>B1</source>
        <translation>B1</translation>
    </message>
    <message>
        <source>Z</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>In doubt</source>
        <translation>Twijfel</translation>
    </message>
    <message>
        <source>Education route</source>
        <translation>Onderwijsroute</translation>
    </message>
    <message>
        <source>StarterZ class first</source>
        <translation>Eerst StarterZ-klas</translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation>Op schema</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Achter</translation>
    </message>
    <message>
        <source>Ahead</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Person</source>
        <extracomment>Labels of a field that means something else on one form: (form key, field name).</extracomment>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Gepland op</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Aanwezigen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Herziening</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Controlegetal</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Toegevoegd op</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Gedeeld met</translation>
    </message>
    <message>
        <source>Name of the recipient</source>
        <translation>Naam van de ontvanger</translation>
    </message>
    <message>
        <source>What is shared</source>
        <translation>Wat wordt gedeeld</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Toestemming gegeven op</translation>
    </message>
    <message>
        <source>Consent withdrawn on</source>
        <translation>Toestemming ingetrokken op</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitslag</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Soort wijziging</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Reden van de wijziging</translation>
    </message>
    <message>
        <source>Date of the advice</source>
        <translation>Datum van het advies</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Gedaan op</translation>
    </message>
    <message>
        <source>Previous time</source>
        <translation>Vorige tijd</translation>
    </message>
    <message>
        <source>New time</source>
        <translation>Nieuwe tijd</translation>
    </message>
    <message>
        <source>Brede Intake</source>
        <translation>Brede Intake</translation>
    </message>
    <message>
        <source>Life domain</source>
        <translation>Leefgebied</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>PIP</source>
        <translation>PIP</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Boete</translation>
    </message>
    <message>
        <source>Wet inburgering 2021</source>
        <translation>Wet inburgering 2021</translation>
    </message>
    <message>
        <source>Participatiewet</source>
        <translation>Participatiewet</translation>
    </message>
    <message>
        <source>Completed (voldaan)</source>
        <translation>Voldaan</translation>
    </message>
    <message>
        <source>Exempted (ontheven)</source>
        <translation>Ontheven</translation>
    </message>
    <message>
        <source>Moved (verhuisd)</source>
        <translation>Verhuisd</translation>
    </message>
    <message>
        <source>Stopped (gestopt)</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <source>Sufficient</source>
        <translation>Voldoende</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Aandacht nodig</translation>
    </message>
    <message>
        <source>Main applicant</source>
        <translation>Aanvrager</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ouder</translation>
    </message>
    <message>
        <source>Not applied for</source>
        <translation>Niet aangevraagd</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Toegekend</translation>
    </message>
    <message>
        <source>Extension (verlenging)</source>
        <translation>Verlenging</translation>
    </message>
    <message>
        <source>Exemption (ontheffing)</source>
        <translation>Ontheffing</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lezen</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Luisteren</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schrijven</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Spreken</translation>
    </message>
    <message>
        <source>Knowledge of Dutch society (KNM)</source>
        <translation>Kennis van de Nederlandse Maatschappij (KNM)</translation>
    </message>
    <message>
        <source>Z route final assessment</source>
        <translation>Eindgesprek Z-route</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Behaald</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Niet behaald</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Vrijgesteld</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Step up (schakelen)</source>
        <translation>Schakelen</translation>
    </message>
    <message>
        <source>Step down (afschalen)</source>
        <translation>Afschalen</translation>
    </message>
    <message>
        <source>Move (verhuizing)</source>
        <translation>Verhuizing</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Bijstelling</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>Eerste versie</translation>
    </message>
    <message>
        <source>HAR home (temporary)</source>
        <translation>HAR-woning (tijdelijk)</translation>
    </message>
    <message>
        <source>Pre-school (VVE)</source>
        <translation>Voorschool (VVE)</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Basisschool</translation>
    </message>
    <message>
        <source>International transition class (ISK)</source>
        <translation>Internationale schakelklas (ISK)</translation>
    </message>
    <message>
        <source>Secondary school</source>
        <translation>Voortgezet onderwijs</translation>
    </message>
    <message>
        <source>MBO</source>
        <translation>MBO</translation>
    </message>
    <message>
        <source>HBO or university</source>
        <translation>HBO of universiteit</translation>
    </message>
    <message>
        <source>Regular home</source>
        <translation>Reguliere woning</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>Buitenland</translation>
    </message>
    <message>
        <source>Koffie en Taal</source>
        <translation>Koffie en Taal</translation>
    </message>
    <message>
        <source>Language café</source>
        <translation>Taalcafé</translation>
    </message>
    <message>
        <source>Language coach</source>
        <translation>Taalcoach</translation>
    </message>
    <message>
        <source>Language internship</source>
        <translation>Taalstage</translation>
    </message>
    <message>
        <source>Volunteer work</source>
        <translation>Vrijwilligerswerk</translation>
    </message>
    <message>
        <source>Sewing workshop</source>
        <translation>Naaiatelier</translation>
    </message>
    <message>
        <source>Swimming lessons</source>
        <translation>Zwemles</translation>
    </message>
    <message>
        <source>Cycling lessons</source>
        <translation>Fietsles</translation>
    </message>
    <message>
        <source>Information meeting</source>
        <translation>Informatiebijeenkomst</translation>
    </message>
    <message>
        <source>Work carousel</source>
        <translation>Werkcarrousel</translation>
    </message>
    <message>
        <source>Work experience placement</source>
        <translation>Werkervaringsplaats</translation>
    </message>
    <message>
        <source>Paid work</source>
        <translation>Betaald werk</translation>
    </message>
    <message>
        <source>Course or training</source>
        <translation>Opleiding of cursus</translation>
    </message>
    <message>
        <source>Learnability</source>
        <extracomment>Fields whose choices are learning routes: labelled as everywhere else (&quot;B1 route&quot;). History entries whose value is a learning route.</extracomment>
        <translation>Leerbaarheid</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation>Werkervaring</translation>
    </message>
    <message>
        <source>Competences and work skills</source>
        <translation>Competenties en werknemersvaardigheden</translation>
    </message>
    <message>
        <source>Language level</source>
        <translation>Taalniveau</translation>
    </message>
    <message>
        <source>Motivation and interests</source>
        <translation>Motivatie en interesses</translation>
    </message>
    <message>
        <source>Self-reliance</source>
        <translation>Zelfredzaamheid</translation>
    </message>
    <message>
        <source>Digital skills</source>
        <translation>Digitale vaardigheden</translation>
    </message>
    <message>
        <source>Family situation</source>
        <translation>Gezinssituatie</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Fysieke gezondheid</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Mentale gezondheid</translation>
    </message>
    <message>
        <source>Social network</source>
        <translation>Sociaal netwerk</translation>
    </message>
    <message>
        <source>Pre-integration (COA)</source>
        <translation>Voorinburgering (COA)</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Financiën</translation>
    </message>
    <message>
        <source>Contact journal</source>
        <translation>Contactjournaal</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Verblijf</translation>
    </message>
    <message>
        <source>Koffie en Koek talk</source>
        <translation>Koffie en Koek gesprek</translation>
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
        <source>PIP version</source>
        <translation>PIP versie</translation>
    </message>
    <message>
        <source>Progress talk</source>
        <translation>Voortgangsgesprek</translation>
    </message>
    <message>
        <source>PVT</source>
        <translation>PVT</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>Ontzorgen</source>
        <translation>Ontzorgen</translation>
    </message>
    <message>
        <source>Participation activity</source>
        <translation>Participatieactiviteit</translation>
    </message>
    <message>
        <source>Income situation</source>
        <translation>Inkomenssituatie</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>Handhaving</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Planned talk</source>
        <translation>Gepland gesprek</translation>
    </message>
    <message>
        <source>Talk planned, moved or cancelled</source>
        <translation>Gesprek gepland, verplaatst of geannuleerd</translation>
    </message>
    <message>
        <source>The talk</source>
        <translation>Het gesprek</translation>
    </message>
    <message>
        <source>Topics of the regional guideline</source>
        <translation>Onderwerpen uit de regionale leidraad</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Learnability test and StarterZ class</source>
        <translation>Leerbaarheidstoets en StarterZ-klas</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Agreements per life domain</source>
        <translation>Afspraken per leefgebied</translation>
    </message>
    <message>
        <source>New progress talk</source>
        <translation>Nieuw voortgangsgesprek</translation>
    </message>
    <message>
        <source>Participation statement (PVT)</source>
        <translation>Participatieverklaringstraject (PVT)</translation>
    </message>
    <message>
        <source>Labour market module (MAP)</source>
        <translation>Module Arbeidsmarkt en Participatie (MAP)</translation>
    </message>
    <message>
        <source>Ontzorgen (rent, energy and insurance paid)</source>
        <translation>Ontzorgen (huur, energie en zorgverzekering betaald)</translation>
    </message>
    <message>
        <source>New enforcement step</source>
        <translation>Nieuwe handhavingsstap</translation>
    </message>
    <message>
        <source>End of the trajectory</source>
        <translation>Einde van het traject</translation>
    </message>
    <message>
        <source>Koppeling and where they live now</source>
        <translation>Koppeling en waar iemand nu woont</translation>
    </message>
    <message>
        <source>Trajectory: pre-integration and VWN</source>
        <translation>Traject: voorinburgering en VWN</translation>
    </message>
    <message>
        <source>Add a household member</source>
        <translation>Gezinslid toevoegen</translation>
    </message>
    <message>
        <source>Household member</source>
        <translation>Gezinslid</translation>
    </message>
    <message>
        <source>Period of residence</source>
        <translation>Verblijfsperiode</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <source>Klantreis: steps and deadlines</source>
        <translation>Klantreis: stappen en termijnen</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Geschiedenis van wijzigingen</translation>
    </message>
    <message>
        <source>Handouts…</source>
        <extracomment>Which tab a klantreis step is recorded on. The talk a tab&apos;s &quot;Plan talk…&quot; is for. The forms of the tabs, saved by key through the dossier operations. Forms that add, change and remove records in a list. Every form with a draft: the tabs, the list forms and the add-member form.</extracomment>
        <translation>Handouts…</translation>
    </message>
    <message>
        <source>Klantreis, invitation, PIP summary (Ctrl+P)</source>
        <translation>Klantreis, uitnodiging, samenvatting PIP (Ctrl+P)</translation>
    </message>
    <message>
        <source>Consent and papers…</source>
        <translation>Toestemming en papieren…</translation>
    </message>
    <message>
        <source>Consent per recipient; PIP to sign, partner PIPs, Brede Intake, handover</source>
        <translation>Toestemming per ontvanger; PIP om te tekenen, PIP voor partners, Brede Intake, overdracht</translation>
    </message>
    <message>
        <source>Consent and papers</source>
        <translation>Toestemming en papieren</translation>
    </message>
    <message>
        <source>← Caseload</source>
        <translation>← Caseload</translation>
    </message>
    <message>
        <source>Back to the caseload (Alt+Left)</source>
        <translation>Terug naar de caseload (Alt+Links)</translation>
    </message>
    <message>
        <source>In a dossier: back to the caseload</source>
        <translation>In een dossier: terug naar de caseload</translation>
    </message>
    <message>
        <source>In a dossier: handouts</source>
        <translation>In een dossier: handouts</translation>
    </message>
    <message>
        <source>In a dossier: plan a talk</source>
        <translation>In een dossier: gesprek plannen</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Wonen</translation>
    </message>
    <message>
        <source>&amp;Koffie en Koek</source>
        <translation>&amp;Koffie en Koek</translation>
    </message>
    <message>
        <source>&amp;Brede Intake</source>
        <translation>&amp;Brede Intake</translation>
    </message>
    <message>
        <source>&amp;PIP</source>
        <translation>&amp;PIP</translation>
    </message>
    <message>
        <source>P&amp;rogress</source>
        <translation>Voo&amp;rtgang</translation>
    </message>
    <message>
        <source>PVT</source>
        <translation>PVT</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>Ontzorgen</source>
        <translation>Ontzorgen</translation>
    </message>
    <message>
        <source>Enforcement</source>
        <translation>Handhaving</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Co&amp;ntact</source>
        <translation>Co&amp;ntact</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <source>New PIP version</source>
        <translation>Nieuwe PIP-versie</translation>
    </message>
    <message>
        <source>Make a new PIP version with the {route}? It stays a draft until it is signed: until then it does not count as a route change and the handouts keep the signed version. A draft can be thrown away.</source>
        <translation>Een nieuwe PIP-versie maken met de {route}? Die blijft een concept tot hij getekend is: tot dan telt hij niet als routewijziging en tonen de handouts de getekende versie. Een concept kunt u weggooien.</translation>
    </message>
    <message>
        <source>Discard the draft version?</source>
        <translation>Conceptversie weggooien?</translation>
    </message>
    <message>
        <source>Throw the unsigned new PIP version away? The signed version stays.</source>
        <translation>De nieuwe, nog niet getekende PIP-versie weggooien? De getekende versie blijft.</translation>
    </message>
    <message>
        <source>No integration journey.</source>
        <translation>Geen inburgeringstraject.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next:&lt;/b&gt; {step}, {when}</source>
        <translation>&lt;b&gt;Volgende:&lt;/b&gt; {step}, {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next:&lt;/b&gt; {step}</source>
        <translation>&lt;b&gt;Volgende:&lt;/b&gt; {step}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next:&lt;/b&gt; nothing due.</source>
        <translation>&lt;b&gt;Volgende:&lt;/b&gt; niets te doen.</translation>
    </message>
</context>
<context>
    <name>EndPage</name>
    <message>
        <source>End of the trajectory</source>
        <translation>Einde van het traject</translation>
    </message>
    <message>
        <source>Extension and exemption (DUO)</source>
        <translation>Verlenging en ontheffing (DUO)</translation>
    </message>
    <message>
        <source>Exam results</source>
        <translation>Examenresultaten</translation>
    </message>
    <message>
        <source>Steps of the team&apos;s rules</source>
        <translation>Stappen uit de regels van het team</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Show BSN</source>
        <extracomment>Fields that hold a language code, chosen from a list of languages by name. Fields that hold several language codes (&quot;tr,en&quot;), chosen by name.</extracomment>
        <translation>BSN tonen</translation>
    </message>
    <message>
        <source>Show or hide the whole BSN</source>
        <translation>Het hele BSN tonen of verbergen</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <source>Filters on:</source>
        <translation>Filters aan:</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle filters uit</translation>
    </message>
    <message>
        <source>Click to stop filtering on this</source>
        <translation>Klik om hier niet meer op te filteren</translation>
    </message>
    <message>
        <source>Clear filter {name}</source>
        <translation>Filter {name} uitzetten</translation>
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
        <source>Your &amp;name:</source>
        <translation>Uw &amp;naam:</translation>
    </message>
    <message>
        <source>First and last name, as colleagues know you</source>
        <translation>Voor- en achternaam, zoals collega’s u kennen</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
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

Made on {date} on the laptop {laptop}.

Keep this sheet somewhere safe. With this key the database can be opened when every passphrase is forgotten.
</source>
        <translation>Herstelsleutel Wegwijzer

{key}

Gemaakt op {date} op de laptop {laptop}.

Bewaar dit blad op een veilige plek. Met deze sleutel kan de database worden geopend als iedereen de wachtwoordzin vergeten is.
</translation>
    </message>
    <message>
        <source>wegwijzer-recovery-key.txt</source>
        <translation>wegwijzer-herstelsleutel.txt</translation>
    </message>
    <message>
        <source>Save recovery key (on a USB stick, not on this laptop)</source>
        <translation>Herstelsleutel opslaan (op een USB-stick, niet op deze laptop)</translation>
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
        <source>Saved, but on this laptop&apos;s own disk: whoever steals the laptop finds the key too. Copy it to a USB stick or print it, keep that apart from the laptop, and delete this file.</source>
        <translation>Opgeslagen, maar op de eigen schijf van deze laptop: wie de laptop steelt, vindt de sleutel ook. Zet hem op een USB-stick of print hem, bewaar die apart van de laptop en verwijder dit bestand.</translation>
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
    <name>FormPage</name>
    <message>
        <source>&amp;Undo last change</source>
        <extracomment>How long typing must pause before the draft is written. How many earlier states &quot;undo&quot; can go back to.</extracomment>
        <translation>Laatste wijziging &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>Alt+Backspace</source>
        <translation>Alt+Backspace</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Wijzigingen &amp;weggooien</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save and &amp;complete step</source>
        <translation>Opslaan en stap &amp;afronden</translation>
    </message>
    <message>
        <source>Ctrl+Enter: complete and go to the next step</source>
        <translation>Ctrl+Enter: afronden en naar de volgende stap</translation>
    </message>
    <message>
        <source>In a form: undo the last change</source>
        <translation>In een formulier: laatste wijziging ongedaan maken</translation>
    </message>
    <message>
        <source>In a form: save</source>
        <translation>In een formulier: opslaan</translation>
    </message>
    <message>
        <source>In a form: save and complete the step</source>
        <translation>In een formulier: opslaan en de stap afronden</translation>
    </message>
    <message>
        <source>Recovered unsaved changes.</source>
        <translation>Niet-opgeslagen wijzigingen teruggezet.</translation>
    </message>
    <message>
        <source>Updated with changes from another laptop.</source>
        <translation>Bijgewerkt met wijzigingen van een andere laptop.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{field}&lt;/b&gt;: yours “{mine}”, now stored “{theirs}”</source>
        <translation>&lt;b&gt;{field}&lt;/b&gt;: van u “{mine}”, nu opgeslagen “{theirs}”</translation>
    </message>
    <message>
        <source>Changed on another laptop</source>
        <translation>Gewijzigd op een andere laptop</translation>
    </message>
    <message>
        <source>While you were editing, a colleague changed the same fields:</source>
        <translation>Terwijl u bewerkte, wijzigde een collega dezelfde velden:</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Mijn waarden houden</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Hun waarden overnemen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide bewaren</translation>
    </message>
    <message>
        <source>Merge by hand</source>
        <translation>Zelf samenvoegen</translation>
    </message>
    <message>
        <source>Kept both texts: the other laptop&apos;s first, yours below it.</source>
        <translation>Beide teksten bewaard: die van de andere laptop eerst, de uwe eronder.</translation>
    </message>
    <message>
        <source>Took the values from the other laptop.</source>
        <translation>De waarden van de andere laptop overgenomen.</translation>
    </message>
    <message>
        <source>Kept your values: saving replaces the other ones.</source>
        <translation>Uw waarden gehouden: opslaan vervangt de andere.</translation>
    </message>
    <message>
        <source>Now stored (changed on another laptop): {value}</source>
        <translation>Nu opgeslagen (gewijzigd op een andere laptop): {value}</translation>
    </message>
    <message>
        <source>Merge by hand: both values are shown.</source>
        <translation>Zelf samenvoegen: beide waarden staan erbij.</translation>
    </message>
    <message>
        <source>Draft kept at {time}</source>
        <translation>Concept bewaard om {time}</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Wijzigingen weggegooid.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Wijzigingen weggooien?</translation>
    </message>
    <message>
        <source>Everything typed since the last save will be lost. Discard it?</source>
        <translation>Alles wat sinds de laatste keer opslaan is getypt, gaat verloren. Weggooien?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Not saved: check the fields marked in red.</source>
        <translation>Niet opgeslagen: kijk naar de rood gemarkeerde velden.</translation>
    </message>
</context>
<context>
    <name>HandoutActions</name>
    <message>
        <source>&amp;Handouts for this person…</source>
        <translation>&amp;Handouts voor deze persoon…</translation>
    </message>
    <message>
        <source>Print &amp;klantreis for a ROL visit…</source>
        <translation>&amp;Klantreis afdrukken voor een ROL-bezoek…</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Handouts</source>
        <translation>Handouts</translation>
    </message>
    <message>
        <source>Klantreis</source>
        <translation>Klantreis</translation>
    </message>
    <message>
        <source>Invitation to a talk</source>
        <translation>Uitnodiging voor een gesprek</translation>
    </message>
    <message>
        <source>PIP summary</source>
        <translation>Samenvatting van het PIP</translation>
    </message>
    <message>
        <source>Support map (sociale kaart)</source>
        <translation>Sociale kaart</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Contact details on the handout</source>
        <translation>Contactgegevens op de handout</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Op&amp;slaan als PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Contact details:</source>
        <translation>&amp;Contactgegevens:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>{name}, {phone} (this person&apos;s consultant)</source>
        <translation>{name}, {phone} (consulent van deze persoon)</translation>
    </message>
    <message>
        <source>{name}, {phone} (you)</source>
        <translation>{name}, {phone} (uzelf)</translation>
    </message>
    <message>
        <source>This person is a colleague&apos;s client: choose whose contact details go on the handout.</source>
        <translation>Deze persoon hoort bij een collega: kies wiens contactgegevens op de handout komen.</translation>
    </message>
    <message>
        <source>No contact details on the handout: this person has no consultant and you are not linked to a consultant of the team roster. An admin links you under Users, audit trail and retention → Users.</source>
        <translation>Geen contactgegevens op de handout: deze persoon heeft geen consulent en u bent niet gekoppeld aan een consulent van het team. Een beheerder koppelt u via Gebruikers, audittrail en bewaartermijn → Gebruikers.</translation>
    </message>
    <message>
        <source>This person has no consultant yet: your contact details go on the handout ({name}, {phone}).</source>
        <translation>Deze persoon heeft nog geen consulent: uw contactgegevens komen op de handout ({name}, {phone}).</translation>
    </message>
    <message>
        <source>Contact details on the handout: {name}, {phone}.</source>
        <translation>Contactgegevens op de handout: {name}, {phone}.</translation>
    </message>
    <message>
        <source>You are not linked to a consultant of the team roster: an admin links you under Users, audit trail and retention → Users.</source>
        <translation>U bent niet gekoppeld aan een consulent van het team: een beheerder koppelt u via Gebruikers, audittrail en bewaartermijn → Gebruikers.</translation>
    </message>
    <message>
        <source>Making the handout…</source>
        <translation>De handout wordt gemaakt…</translation>
    </message>
    <message>
        <source>Pages: {count}</source>
        <translation>Pagina&apos;s: {count}</translation>
    </message>
    <message>
        <source>draft translation, not yet checked by a translator</source>
        <translation>conceptvertaling, nog niet gecontroleerd door een vertaler</translation>
    </message>
    <message>
        <source>Texts still in Dutch: {count}</source>
        <translation>Teksten nog in het Nederlands: {count}</translation>
    </message>
    <message>
        <source>The handout could not be made.</source>
        <translation>De handout kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Bezig met afdrukken…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>The handout could not be printed.</source>
        <translation>De handout kon niet worden afgedrukt.</translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation>Handout opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Opgeslagen als {file}</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>&amp;Help for this screen</source>
        <translation>&amp;Help bij dit scherm</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;First steps</source>
        <translation>&amp;Eerste stappen</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <extracomment>The page shown when a screen has none of its own. The help page of each dialog (by class), shipped as ``dialog_&lt;name&gt;.html`` per language.</extracomment>
        <translation>Help</translation>
    </message>
    <message>
        <source>Help page</source>
        <translation>Helppagina</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>{by} on {laptop}</source>
        <translation>{by} op {laptop}</translation>
    </message>
</context>
<context>
    <name>HousingPage</name>
    <message>
        <source>No home in the municipality recorded yet. The legal term for the PIP starts with the first HAR or regular home.</source>
        <translation>Nog geen woning in de gemeente vastgelegd. De wettelijke termijn voor het PIP begint bij de eerste HAR-woning of reguliere woning.</translation>
    </message>
    <message>
        <source>Housed in the municipality since {date} (shown in bold).</source>
        <translation>Gehuisvest in de gemeente sinds {date} (vetgedrukt).</translation>
    </message>
    <message>
        <source>The PIP must be fixed by a decision by {date}.</source>
        <translation>Het PIP moet uiterlijk {date} met een beschikking zijn vastgesteld.</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Show &amp;health information (special personal data)</source>
        <translation>&amp;Gezondheidsgegevens tonen (bijzondere persoonsgegevens)</translation>
    </message>
    <message>
        <source>Show health information</source>
        <translation>Gezondheidsgegevens tonen</translation>
    </message>
    <message>
        <source>Special personal data: shown on purpose, hidden again for the next dossier</source>
        <translation>Bijzondere persoonsgegevens: alleen bewust getoond, bij het volgende dossier weer verborgen</translation>
    </message>
    <message>
        <source>As a team lead you see the Brede Intake without its health domains and cannot change it: health information is special personal data, for the consultants and the admin only.</source>
        <translation>Als teamleider ziet u de Brede Intake zonder de gezondheidsdomeinen en kunt u haar niet wijzigen: gezondheidsgegevens zijn bijzondere persoonsgegevens, alleen voor de consulenten en de beheerder.</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Search the notes (text, kind, source, author)</source>
        <extracomment>The unlocked user: only the author of a note may change or remove it.</extracomment>
        <translation>Zoek in de notities (tekst, soort, met/van, schrijver)</translation>
    </message>
    <message>
        <source>Search the contact journal</source>
        <translation>Zoeken in het contactjournaal</translation>
    </message>
    <message>
        <source>Notes of the contact journal</source>
        <translation>Notities van het contactjournaal</translation>
    </message>
    <message>
        <source>Show &amp;health information (special personal data)</source>
        <translation>Toon &amp;gezondheidsinformatie (bijzondere persoonsgegevens)</translation>
    </message>
    <message>
        <source>This note contains health information. Tick &quot;Show health information&quot; to see it.</source>
        <translation>Deze notitie bevat gezondheidsinformatie. Vink ‘Toon gezondheidsinformatie’ aan om haar te zien.</translation>
    </message>
    <message>
        <source>As a team lead you do not see notes with health information: they are special personal data, for the consultants and the admin only.</source>
        <translation>Als teamleider ziet u geen notities met gezondheidsinformatie: dat zijn bijzondere persoonsgegevens, alleen voor de consulenten en de beheerder.</translation>
    </message>
    <message>
        <source>Notes with health information hidden: {count}.</source>
        <translation>Notities met gezondheidsinformatie verborgen: {count}.</translation>
    </message>
    <message>
        <source>Written by {author}: only they can change it. Add a note of your own instead.</source>
        <translation>Geschreven door {author}: alleen die kan de notitie wijzigen. Voeg zo nodig een eigen notitie toe.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journaal</translation>
    </message>
</context>
<context>
    <name>KoppelingDialog</name>
    <message>
        <source>New koppeling</source>
        <translation>Nieuwe koppeling</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registreren</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Is this someone already registered?</source>
        <translation>Staat deze persoon al in Wegwijzer?</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <source>&amp;Guided by</source>
        <translation>&amp;Begeleid door</translation>
    </message>
    <message>
        <source>Joins the household of</source>
        <translation>Komt bij het huishouden van</translation>
    </message>
    <message>
        <source>Search by &amp;name</source>
        <translation>Zoek op &amp;naam</translation>
    </message>
    <message>
        <source>Name of someone already registered</source>
        <translation>Naam van iemand die al geregistreerd is</translation>
    </message>
    <message>
        <source>Household: partner, children, family abroad</source>
        <translation>Huishouden: partner, kinderen, familie in het buitenland</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bijzonderheden</translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation>&amp;Gezinslid toevoegen…</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Gezinslid verwijderen</translation>
    </message>
    <message>
        <source>Consultant who guides this person</source>
        <translation>Consulent die deze persoon begeleidt</translation>
    </message>
    <message>
        <source>Search the household to join</source>
        <translation>Zoek het huishouden waar deze persoon bij komt</translation>
    </message>
    <message>
        <source>Household to join</source>
        <translation>Huishouden waar deze persoon bij komt</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Gezinsleden</translation>
    </message>
    <message>
        <source>Add a household member</source>
        <translation>Een gezinslid toevoegen</translation>
    </message>
    <message>
        <source>Remove the selected household member</source>
        <translation>Het gekozen gezinslid verwijderen</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nog niemand)</translation>
    </message>
    <message>
        <source>abroad</source>
        <translation>in het buitenland</translation>
    </message>
    <message>
        <source>own journey</source>
        <translation>eigen traject</translation>
    </message>
    <message>
        <source>same BSN</source>
        <translation>zelfde BSN</translation>
    </message>
    <message>
        <source>same V-number</source>
        <translation>zelfde V-nummer</translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation>zelfde naam en geboortedatum</translation>
    </message>
    <message>
        <source>Open this dossier</source>
        <translation>Dit dossier openen</translation>
    </message>
    <message>
        <source>Open the dossier of {name}</source>
        <translation>Het dossier van {name} openen</translation>
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
        <source>PIP fixed (beschikking)</source>
        <translation>PIP vastgesteld (beschikking)</translation>
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
        <source>Social guidance (VWN)</source>
        <translation>Maatschappelijke begeleiding (VWN)</translation>
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
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Planned late</source>
        <translation>Te laat gepland</translation>
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
        <source>Something unexpected went wrong. Please tell your administrator.</source>
        <translation>Er ging iets onverwachts mis. Meld dit bij de beheerder.</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Choose languages</source>
        <translation>Talen kiezen</translation>
    </message>
    <message>
        <source>Choose a language</source>
        <translation>Taal kiezen</translation>
    </message>
    <message>
        <source>Type to search, e.g. Arabic</source>
        <translation>Typ om te zoeken, bijvoorbeeld Arabisch</translation>
    </message>
    <message>
        <source>Search a language</source>
        <translation>Taal zoeken</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Space ticks a language, Enter takes the ticked ones</source>
        <translation>Spatie vinkt een taal aan, Enter neemt de aangevinkte talen over</translation>
    </message>
    <message>
        <source>Enter takes the language</source>
        <translation>Enter neemt de taal over</translation>
    </message>
    <message>
        <source>No language has that name.</source>
        <translation>Geen taal met die naam.</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose languages</source>
        <translation>Talen kiezen</translation>
    </message>
    <message>
        <source>Choose a language</source>
        <translation>Taal kiezen</translation>
    </message>
    <message>
        <source>Type a letter or press Enter to choose</source>
        <translation>Typ een letter of druk op Enter om te kiezen</translation>
    </message>
</context>
<context>
    <name>LinkPersonBox</name>
    <message>
        <source>Find a household member to link</source>
        <translation>Zoek een gezinslid om te koppelen</translation>
    </message>
    <message>
        <source>Link someone who already has a dossier</source>
        <extracomment>How long typing in the search field must pause before searching.</extracomment>
        <translation>Iemand koppelen die al een dossier heeft</translation>
    </message>
    <message>
        <source>Search by name (any script)…</source>
        <translation>Zoek op naam (in elk schrift)…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>&amp;Link to household</source>
        <translation>Koppe&amp;len aan huishouden</translation>
    </message>
    <message>
        <source>in another household</source>
        <translation>in een ander huishouden</translation>
    </message>
    <message>
        <source>Nobody found with that name.</source>
        <translation>Niemand gevonden met die naam.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New koppeling…</source>
        <translation>&amp;Nieuwe koppeling…</translation>
    </message>
    <message>
        <source>Register a newcomer and their household (Ctrl+N)</source>
        <translation>Een nieuwkomer en het huishouden registreren (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Assign to a consultant…</source>
        <translation>&amp;Toewijzen aan een consulent…</translation>
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
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation>&amp;Caseload</translation>
    </message>
    <message>
        <source>&amp;Today: what needs doing</source>
        <translation>&amp;Vandaag: wat moet er gebeuren</translation>
    </message>
    <message>
        <source>&amp;Agenda: planned talks</source>
        <translation>&amp;Agenda: geplande gesprekken</translation>
    </message>
    <message>
        <source>&amp;Reports (sturen en meten)</source>
        <translation>&amp;Rapportage (sturen en meten)</translation>
    </message>
    <message>
        <source>&amp;Jump to the current step</source>
        <translation>Naar de huidige &amp;stap</translation>
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
        <source>&amp;Admin</source>
        <translation>&amp;Beheer</translation>
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
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>{count} people assigned.</source>
        <translation>{count} personen toegewezen.</translation>
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
    <name>MemberDialog</name>
    <message>
        <source>Cancel</source>
        <extracomment>Fields the dialog shows with widgets of its own (not plain form fields). How long typing pauses before the duplicate check runs.</extracomment>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Household member</source>
        <translation>Gezinslid</translation>
    </message>
    <message>
        <source>&amp;Add to household</source>
        <translation>&amp;Aan huishouden toevoegen</translation>
    </message>
</context>
<context>
    <name>MemberEditDialog</name>
    <message>
        <source>Household member</source>
        <translation>Gezinslid</translation>
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
        <source>Easy to guess: a known word, name, date or pattern (such as &apos;Welkom2025&apos;). Use a sentence of a few unusual words.</source>
        <translation>Makkelijk te raden: een bekend woord, naam, datum of patroon (zoals &apos;Welkom2025&apos;). Gebruik een zin van een paar ongewone woorden.</translation>
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
    <name>OntzorgenPage</name>
    <message>
        <source>Ontzorgen has a standard period; running longer needs a reason for the extension.</source>
        <extracomment>The person form&apos;s fields that describe the trajectory and household, in their own group.</extracomment>
        <translation>Ontzorgen heeft een standaardduur; langer vraagt een reden voor de verlenging.</translation>
    </message>
    <message>
        <source>The standard period ends on {date}. A later end date needs a reason for the extension.</source>
        <translation>De standaardduur eindigt op {date}. Een latere einddatum vraagt een reden voor de verlenging.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Huishouden</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Lives in</source>
        <translation>Woont in</translation>
    </message>
    <message>
        <source>Housed since</source>
        <translation>Gehuisvest sinds</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Own journey</source>
        <translation>Eigen traject</translation>
    </message>
    <message>
        <source>{where} (since {date})</source>
        <translation>{where} (sinds {date})</translation>
    </message>
    <message>
        <source>not yet (the PIP term has not started)</source>
        <translation>nog niet (de PIP-termijn loopt nog niet)</translation>
    </message>
    <message>
        <source>abroad</source>
        <translation>in het buitenland</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>PapersDialog</name>
    <message>
        <source>Consent and papers</source>
        <translation>Toestemming en papieren</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Name of the recipient</source>
        <translation>Naam van de ontvanger</translation>
    </message>
    <message>
        <source>e.g. NT2 Centrum Vechtdal</source>
        <translation>bijv. NT2 Centrum Vechtdal</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Toestemming gegeven op</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>Toestemming &amp;vastleggen</translation>
    </message>
    <message>
        <source>&amp;Withdraw selected consent</source>
        <translation>Gekozen toestemming &amp;intrekken</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>&amp;Make paper</source>
        <translation>Papier &amp;maken</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Opslaan als PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Attach signed scan…</source>
        <translation>&amp;Getekende scan toevoegen…</translation>
    </message>
    <message>
        <source>Add the scan of the signed PIP or Brede Intake to the dossier</source>
        <translation>Voeg de scan van het getekende PIP of de getekende Brede Intake toe aan het dossier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Consent to share</source>
        <translation>Toestemming om te delen</translation>
    </message>
    <message>
        <source>Re&amp;cipient</source>
        <translation>&amp;Ontvanger</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Given on</source>
        <translation>Gegeven &amp;op</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Papieren</translation>
    </message>
    <message>
        <source>PIP to sign</source>
        <translation>PIP om te ondertekenen</translation>
    </message>
    <message>
        <source>Brede Intake to sign</source>
        <translation>Brede Intake om te ondertekenen</translation>
    </message>
    <message>
        <source>PIP for the language provider (consent)</source>
        <translation>PIP voor de taalaanbieder (toestemming)</translation>
    </message>
    <message>
        <source>PIP for the VWN begeleider (consent)</source>
        <translation>PIP voor de VWN-begeleider (toestemming)</translation>
    </message>
    <message>
        <source>Warm handover to the new municipality (consent)</source>
        <translation>Warme overdracht aan de nieuwe gemeente (toestemming)</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Toestemming vastgelegd.</translation>
    </message>
    <message>
        <source>Consent withdrawn.</source>
        <translation>Toestemming ingetrokken.</translation>
    </message>
    <message>
        <source>Making the paper…</source>
        <translation>Het papier wordt gemaakt…</translation>
    </message>
    <message>
        <source>Ready: save it as PDF or print it.</source>
        <translation>Klaar: sla het op als PDF of druk het af.</translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation>Dat is niet gelukt.</translation>
    </message>
    <message>
        <source>Save paper</source>
        <translation>Papier opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {file}</source>
        <translation>Opgeslagen als {file}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>Attach signed scan</source>
        <translation>Getekende scan toevoegen</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The signed scan is in the dossier (attachments).</source>
        <translation>De getekende scan staat in het dossier (bijlagen).</translation>
    </message>
</context>
<context>
    <name>ParticipationPage</name>
    <message>
        <source>Now {hours} hours per week.</source>
        <translation>Nu {hours} uur per week.</translation>
    </message>
    <message>
        <source>Planned hours are counted from the decision (beschikking) on the PIP.</source>
        <translation>Geplande uren tellen vanaf de beschikking van het PIP.</translation>
    </message>
    <message>
        <source>Planned in the integration term: {hours} of the {target} hours the Z route asks.</source>
        <translation>Gepland in de inburgeringstermijn: {hours} van de {target} uur die de Z-route vraagt.</translation>
    </message>
    <message>
        <source>Planned in the integration term: {hours} hours.</source>
        <translation>Gepland in de inburgeringstermijn: {hours} uur.</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participatie</translation>
    </message>
</context>
<context>
    <name>PipPage</name>
    <message>
        <source>PIP versions</source>
        <translation>PIP-versies</translation>
    </message>
    <message>
        <source>Plan and agreements</source>
        <translation>Plan en afspraken</translation>
    </message>
    <message>
        <source>New PIP version</source>
        <translation>Nieuwe PIP-versie</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Make &amp;new version</source>
        <translation>&amp;Nieuwe versie maken</translation>
    </message>
    <message>
        <source>Discard the draft &amp;version</source>
        <translation>Concept&amp;versie weggooien</translation>
    </message>
    <message>
        <source>The new version is not signed yet: it counts for nothing until it is.</source>
        <translation>De nieuwe versie is nog niet getekend: tot dan telt hij nergens voor.</translation>
    </message>
    <message>
        <source>signed {date}</source>
        <translation>getekend {date}</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>nog niet getekend</translation>
    </message>
    <message>
        <source>draft: counts once signed</source>
        <translation>concept: telt zodra getekend</translation>
    </message>
    <message>
        <source>Version {n}: {route}, {change}, {signed}</source>
        <translation>Versie {n}: {route}, {change}, {signed}</translation>
    </message>
    <message>
        <source>Learnability test {date}: outcome {outcome}.</source>
        <translation>Leerbaarheidstoets {date}: uitkomst {outcome}.</translation>
    </message>
    <message>
        <source>No learnability test recorded yet.</source>
        <translation>Nog geen leerbaarheidstoets vastgelegd.</translation>
    </message>
</context>
<context>
    <name>Recipients</name>
    <message>
        <source>Language provider</source>
        <translation>Taalaanbieder</translation>
    </message>
    <message>
        <source>VWN begeleider</source>
        <translation>VWN-begeleider</translation>
    </message>
    <message>
        <source>New municipality</source>
        <translation>Nieuwe gemeente</translation>
    </message>
</context>
<context>
    <name>RecordListEditor</name>
    <message>
        <source>Recorded so far</source>
        <extracomment>How many rows the table shows before it scrolls. The id of the record a row shows.</extracomment>
        <translation>Tot nu toe vastgelegd</translation>
    </message>
    <message>
        <source>&amp;Add new</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>The entry was removed on another laptop.</source>
        <translation>De regel is op een andere laptop verwijderd.</translation>
    </message>
    <message>
        <source>Removed on another laptop</source>
        <translation>Verwijderd op een andere laptop</translation>
    </message>
    <message>
        <source>While you were changing this entry, a colleague removed it. Your values are still in the form: keep them as a new entry, or let the entry go?</source>
        <translation>Terwijl u deze regel wijzigde, heeft een collega hem verwijderd. Uw waarden staan nog in het formulier: bewaren als nieuwe regel, of de regel laten gaan?</translation>
    </message>
    <message>
        <source>Keep mine as a new entry</source>
        <translation>Mijne bewaren als nieuwe regel</translation>
    </message>
    <message>
        <source>Let it go</source>
        <translation>Laten gaan</translation>
    </message>
    <message>
        <source>Removed on another laptop: saving adds your values as a new entry.</source>
        <translation>Verwijderd op een andere laptop: opslaan voegt uw waarden toe als nieuwe regel.</translation>
    </message>
    <message>
        <source>Adding a new entry.</source>
        <translation>Nieuwe regel toevoegen.</translation>
    </message>
    <message>
        <source>Changing the selected entry.</source>
        <translation>De gekozen regel wijzigen.</translation>
    </message>
    <message>
        <source>Remove?</source>
        <translation>Verwijderen?</translation>
    </message>
    <message>
        <source>Remove the selected entry from the dossier? This cannot be undone.</source>
        <translation>De gekozen regel uit het dossier verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Recorded earlier</source>
        <translation>Eerder vastgelegd</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nog niets vastgelegd.</translation>
    </message>
    <message>
        <source>Recorded earlier:</source>
        <translation>Eerder vastgelegd:</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Residence</source>
        <translation>Verblijf</translation>
    </message>
    <message>
        <source>Address or location</source>
        <translation>Adres of locatie</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Income from</source>
        <translation>Inkomen uit</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Hours/week</source>
        <translation>Uren/week</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>PDF pages rendered at most (a long scan is better read after saving a copy). Resolution of rendered pages; they are scaled to the viewer&apos;s width.</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>With or from</source>
        <translation>Met of van</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Toegevoegd op</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>being fetched</source>
        <translation>wordt nog opgehaald</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Aanvraag</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Aangevraagd op</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Besluit op</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>Afgelegd op</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Language provider</source>
        <translation>Taalaanbieder</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Gedaan op</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>ReportModels</name>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Target met</source>
        <translation>Gehaald</translation>
    </message>
    <message>
        <source>Earlier periods</source>
        <translation>Eerdere perioden</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Uitsplitsing</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports: sturen en meten</source>
        <extracomment>How many earlier periods the trend column shows. The data read before a write: its people are reused where their kept row did not change (desktop/reports/kept.py), so that after a save only they are read again. Evaluated journeys, kept between visits and periods until the lock: a journey is evaluated again only when its facts changed (desktop/reports/journeys.py).</extracomment>
        <translation>Rapportage: sturen en meten</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Voor:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <source>Parts of the indicator</source>
        <translation>Onderdelen van de indicator</translation>
    </message>
    <message>
        <source>People behind the figure</source>
        <translation>Personen achter het getal</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Zelf kiezen</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>Het hele team</translation>
    </message>
    <message>
        <source>Hide small numbers (as in the council report)</source>
        <translation>Kleine aantallen verbergen (zoals in de raadsrapportage)</translation>
    </message>
    <message>
        <source>Save council &amp;PDF…</source>
        <translation>Raadsrapportage als &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;spreadsheet…</source>
        <translation>Als &amp;spreadsheet…</translation>
    </message>
    <message>
        <source>Quarter {n}</source>
        <translation>Kwartaal {n}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message>
        <source>{period} · as of {as_of} · {municipality}</source>
        <translation>{period} · peildatum {as_of} · {municipality}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;: {value} (target {target}){extras}&lt;br&gt;{definition} &lt;i&gt;({source})&lt;/i&gt;</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;: {value} (streefwaarde {target}){extras}&lt;br&gt;{definition} &lt;i&gt;({source})&lt;/i&gt;</translation>
    </message>
    <message>
        <source>People behind this figure: {count} (Enter opens the dossier)</source>
        <translation>Personen achter dit cijfer: {count} (Enter opent het dossier)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>Spreadsheet (*.xlsx)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Rapportage opslaan</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Opgeslagen: {path}</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>Retention period in years</source>
        <translation>Bewaartermijn in jaren</translation>
    </message>
    <message>
        <source>&amp;Save period</source>
        <translation>Termijn &amp;opslaan</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Trajectory ended</source>
        <translation>Traject beëindigd</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Te verwijderen vanaf</translation>
    </message>
    <message>
        <source>Dossiers due for deletion</source>
        <translation>Dossiers die verwijderd moeten worden</translation>
    </message>
    <message>
        <source>&amp;Delete selected dossiers…</source>
        <translation>Geselecteerde dossiers &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Keep closed dossiers for (years after the end):</source>
        <translation>Afgesloten dossiers bewaren (jaren na het einde):</translation>
    </message>
    <message>
        <source>No retention period is set yet: nothing is deleted.</source>
        <translation>Er is nog geen bewaartermijn ingesteld: er wordt niets verwijderd.</translation>
    </message>
    <message>
        <source>{count} closed dossier(s) are due for deletion.</source>
        <translation>{count} afgesloten dossier(s) zijn aan de beurt voor verwijdering.</translation>
    </message>
    <message>
        <source>Delete dossiers</source>
        <translation>Dossiers verwijderen</translation>
    </message>
    <message>
        <source>Delete {count} dossier(s) for good, on every laptop of the team? Only a record without content remains.</source>
        <translation>{count} dossier(s) definitief verwijderen, op alle laptops van het team? Er blijft alleen een vermelding zonder inhoud over.</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>&amp;Import a new version…</source>
        <translation>Nieuwe versie &amp;importeren…</translation>
    </message>
    <message>
        <source>Changes to the rules</source>
        <translation>Wijzigingen in de regels</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Due date: now → new</source>
        <translation>Uiterste datum: nu → nieuw</translation>
    </message>
    <message>
        <source>&amp;Confirm: use these rules for the team</source>
        <translation>&amp;Bevestigen: deze regels gelden voor het team</translation>
    </message>
    <message>
        <source>The team uses the rules of {municipality}, version {version}.</source>
        <translation>Het team gebruikt de regels van {municipality}, versie {version}.</translation>
    </message>
    <message>
        <source>The team uses the shipped rules of {municipality}.</source>
        <translation>Het team gebruikt de meegeleverde regels van {municipality}.</translation>
    </message>
    <message>
        <source>Rules file</source>
        <translation>Regelbestand</translation>
    </message>
    <message>
        <source>Rules files (*.toml)</source>
        <translation>Regelbestanden (*.toml)</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Het bestand kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Computing what changes…</source>
        <translation>Uitrekenen wat er verandert…</translation>
    </message>
    <message>
        <source>Version {version} for {municipality}: these {count} people get a new deadline.</source>
        <translation>Versie {version} voor {municipality}: deze {count} personen krijgen een nieuwe termijn.</translation>
    </message>
    <message>
        <source>Version {version} is now the team&apos;s rules.</source>
        <translation>Versie {version} is nu de regels van het team.</translation>
    </message>
</context>
<context>
    <name>SearchAssist</name>
    <message>
        <source>Search without the filters</source>
        <translation>Zoeken zonder de filters</translation>
    </message>
    <message>
        <source>No one matches “{text}”.</source>
        <translation>Niemand gevonden voor “{text}”.</translation>
    </message>
    <message>
        <source>No one matches the filters.</source>
        <translation>Niemand past bij de filters.</translation>
    </message>
    <message>
        <source>Found without the filters: {count}.</source>
        <translation>Zonder de filters gevonden: {count}.</translation>
    </message>
    <message>
        <source>Check the spelling, or search by BSN, V-number or birth date (dd-mm-yyyy).</source>
        <translation>Controleer de spelling, of zoek op BSN, V-nummer of geboortedatum (dd-mm-jjjj).</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>Name of this laptop</source>
        <translation>Naam van deze laptop</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use:</source>
        <translation>Vergrendelen na zoveel minuten zonder gebruik:</translation>
    </message>
    <message>
        <source>Name of this laptop (for the team):</source>
        <translation>Naam van deze laptop (voor het team):</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Toets</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Wat het doet</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisatie</translation>
    </message>
    <message>
        <source>Synchronise &amp;now</source>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
    <message>
        <source>Team &amp;folder…</source>
        <translation>Team&amp;map…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicten…</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Team folder</source>
        <translation>Teammap</translation>
    </message>
    <message>
        <source>Folder on the share</source>
        <translation>Map op de netwerkschijf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Test this folder</source>
        <translation>Test deze map</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Teamwachtwoord</translation>
    </message>
    <message>
        <source>Again, for a new team</source>
        <translation>Nogmaals</translation>
    </message>
    <message>
        <source>Team passphrase again (new team)</source>
        <translation>Teamwachtwoord nogmaals (nieuw team)</translation>
    </message>
    <message>
        <source>Join team</source>
        <translation>Aansluiten bij team</translation>
    </message>
    <message>
        <source>Make new team here</source>
        <translation>Hier een nieuw team maken</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Aanmeldcode</translation>
    </message>
    <message>
        <source>Join with enrolment file</source>
        <translation>Aansluiten met aanmeldbestand</translation>
    </message>
    <message>
        <source>Make enrolment file…</source>
        <translation>Aanmeldbestand maken…</translation>
    </message>
    <message>
        <source>Folder on the share:</source>
        <translation>Map op de netwerkschijf:</translation>
    </message>
    <message>
        <source>Team passphrase:</source>
        <translation>Teamwachtwoord:</translation>
    </message>
    <message>
        <source>New laptop: join with an enrolment file</source>
        <translation>Nieuwe laptop: aansluiten met een aanmeldbestand</translation>
    </message>
    <message>
        <source>Enrolment file:</source>
        <translation>Aanmeldbestand:</translation>
    </message>
    <message>
        <source>Enrolment code:</source>
        <translation>Aanmeldcode:</translation>
    </message>
    <message>
        <source>Admin: new laptops</source>
        <translation>Beheerder: nieuwe laptops</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the new team&apos;s passphrase twice.</source>
        <translation>De twee teamwachtwoorden verschillen. Typ het wachtwoord van het nieuwe team twee keer.</translation>
    </message>
    <message>
        <source>This laptop has joined the team. Delete the enrolment file now. An admin approves the laptop (Team folder… → Laptops of the team…); its laptop code is {code}.</source>
        <translation>Deze laptop is aangesloten bij het team. Verwijder het aanmeldbestand nu. Een beheerder keurt de laptop goed (Teammap… → Laptops van het team…); de laptopcode is {code}.</translation>
    </message>
    <message>
        <source>The file holds the team key, encrypted with a one-time enrolment code that Wegwijzer makes and shows once. Pass the code on separately from the file (by phone, say).</source>
        <translation>Het bestand bevat de teamsleutel, versleuteld met een eenmalige aanmeldcode die Wegwijzer maakt en één keer toont. Geef de code apart van het bestand door (bijvoorbeeld telefonisch).</translation>
    </message>
    <message>
        <source>Laptops of the team…</source>
        <translation>Laptops van het team…</translation>
    </message>
    <message>
        <source>Laptops of the team</source>
        <translation>Laptops van het team</translation>
    </message>
    <message>
        <source>Only an admin can choose the team folder, make a team or join one. You can test the folder.</source>
        <translation>Alleen een beheerder kan de teammap kiezen, een team maken of bij een team aansluiten. U kunt de map wel testen.</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>Aanmeldbestand</translation>
    </message>
    <message>
        <source>Enrolment files (*.json);;All files (*)</source>
        <translation>Aanmeldbestanden (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Bezig met testen…</translation>
    </message>
    <message>
        <source>This laptop has joined the team. An admin approves it on an approved laptop (Team folder… → Laptops of the team…); its laptop code is {code}.</source>
        <translation>Deze laptop is aangesloten bij het team. Een beheerder keurt hem goed op een goedgekeurde laptop (Teammap… → Laptops van het team…); de laptopcode is {code}.</translation>
    </message>
    <message>
        <source>New team made; this laptop is in it.</source>
        <translation>Nieuw team gemaakt; deze laptop hoort erbij.</translation>
    </message>
    <message>
        <source>Choose the enrolment file and type the enrolment code from the admin.</source>
        <translation>Kies het aanmeldbestand en typ de aanmeldcode die u van de beheerder kreeg.</translation>
    </message>
    <message>
        <source>Save enrolment file</source>
        <translation>Aanmeldbestand opslaan</translation>
    </message>
    <message>
        <source>Enrolment files (*.json)</source>
        <translation>Aanmeldbestanden (*.json)</translation>
    </message>
    <message>
        <source>Enrolment file written: {file}. Its enrolment code is shown above, only now. Pass the code on separately from the file, by phone say: never in the same e-mail or on the same USB stick. Without the code the file is useless. Delete the file once the new laptop has joined.</source>
        <translation>Aanmeldbestand geschreven: {file}. De aanmeldcode staat hierboven en wordt alleen nu getoond. Geef de code apart van het bestand door, bijvoorbeeld telefonisch: nooit in dezelfde e-mail of op dezelfde USB-stick. Zonder de code is het bestand onbruikbaar. Verwijder het bestand zodra de nieuwe laptop is aangesloten.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Not synchronised (no team folder)</source>
        <translation>Niet gesynchroniseerd (geen teammap)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Last sync: {when} · {pending} pending</source>
        <translation>Laatste synchronisatie: {when} · {pending} te versturen</translation>
    </message>
    <message>
        <source>{count} conflict(s)</source>
        <translation>{count} conflict(en)</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Bezig met synchroniseren…</translation>
    </message>
</context>
<context>
    <name>TalkDialog</name>
    <message>
        <source>Change talk</source>
        <translation>Gesprek wijzigen</translation>
    </message>
    <message>
        <source>Plan talk</source>
        <translation>Gesprek plannen</translation>
    </message>
    <message>
        <source>&amp;Talk</source>
        <translation>&amp;Gesprek</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>T&amp;ijd</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;uur</translation>
    </message>
    <message>
        <source>Pl&amp;ace</source>
        <translation>&amp;Plaats</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Locatie</translation>
    </message>
    <message>
        <source>I&amp;nterpreter</source>
        <translation>T&amp;olk</translation>
    </message>
    <message>
        <source>Interpreter lan&amp;guage</source>
        <translation>T&amp;aal van de tolk</translation>
    </message>
    <message>
        <source>&amp;COA case manager</source>
        <translation>&amp;Casemanager COA</translation>
    </message>
    <message>
        <source>&amp;VWN volunteer</source>
        <translation>&amp;Begeleider VWN</translation>
    </message>
    <message>
        <source>Also &amp;present</source>
        <translation>Verder aan&amp;wezig</translation>
    </message>
    <message>
        <source>&amp;Reason (move or cancel)</source>
        <translation>&amp;Reden (verplaatsen of annuleren)</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>uu:mm</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plannen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Cancel this tal&amp;k</source>
        <translation>Gesprek a&amp;nnuleren</translation>
    </message>
    <message>
        <source>&amp;Mark as held</source>
        <translation>Als gehouden &amp;markeren</translation>
    </message>
    <message>
        <source>&amp;Export to Outlook (.ics)…</source>
        <translation>&amp;Exporteren naar Outlook (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Full name in the calendar</source>
        <translation>&amp;Volledige naam in de agenda</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Gesc&amp;hiedenis</translation>
    </message>
    <message>
        <source>Export talk</source>
        <translation>Gesprek exporteren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation>Opgeslagen als {name}.</translation>
    </message>
</context>
<context>
    <name>TalksPanel</name>
    <message>
        <source>&lt;b&gt;&amp;Talks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gesprekke&amp;n&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Plan talk…</source>
        <translation>Plan gesprek…</translation>
    </message>
    <message>
        <source>Plan a talk for the selected step (Ctrl+T)</source>
        <translation>Plan een gesprek voor de gekozen stap (Ctrl+T)</translation>
    </message>
    <message>
        <source>Plan talk</source>
        <translation>Plan gesprek</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Gesprekken</translation>
    </message>
</context>
<context>
    <name>TeamLaptopsDialog</name>
    <message>
        <source>Laptops of the team</source>
        <translation>Laptops van het team</translation>
    </message>
    <message>
        <source>A new laptop can read and send nothing until an admin approves it here. Compare the laptop code with the one shown on the new laptop. Removing a laptop replaces the team key: it cannot read anything written afterwards.</source>
        <translation>Een nieuwe laptop kan niets lezen of versturen tot een beheerder hem hier goedkeurt. Vergelijk de laptopcode met die op de nieuwe laptop. Een laptop verwijderen vervangt de teamsleutel: hij kan daarna niets nieuws meer lezen.</translation>
    </message>
    <message>
        <source>This laptop: {code}</source>
        <translation>Deze laptop: {code}</translation>
    </message>
    <message>
        <source>This laptop has no laptop code yet: it gets one when it joins a team.</source>
        <translation>Deze laptop heeft nog geen laptopcode: die krijgt hij bij het aansluiten bij een team.</translation>
    </message>
    <message>
        <source>Laptop code</source>
        <translation>Laptopcode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Goedgekeurd door</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>&amp;Approve laptop</source>
        <translation>Laptop &amp;goedkeuren</translation>
    </message>
    <message>
        <source>&amp;Remove from team…</source>
        <translation>Uit team &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Replace &amp;team key</source>
        <translation>&amp;Teamsleutel vervangen</translation>
    </message>
    <message>
        <source>After a colleague left: the laptops that remain get a new team key.</source>
        <translation>Na het vertrek van een collega: de laptops die blijven krijgen een nieuwe teamsleutel.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Wacht op goedkeuring</translation>
    </message>
    <message>
        <source> (this laptop)</source>
        <translation> (deze laptop)</translation>
    </message>
    <message>
        <source>Laptop {code} is approved. It receives the team&apos;s data at its next sync.</source>
        <translation>Laptop {code} is goedgekeurd. Hij ontvangt de gegevens van het team bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Remove laptop</source>
        <translation>Laptop verwijderen</translation>
    </message>
    <message>
        <source>Remove laptop {code} from the team? Its files written from now on are not read, and the team key is replaced so that it cannot read new files.</source>
        <translation>Laptop {code} uit het team verwijderen? Bestanden die hij vanaf nu schrijft worden niet gelezen, en de teamsleutel wordt vervangen zodat hij geen nieuwe bestanden kan lezen.</translation>
    </message>
    <message>
        <source>Laptop {code} is removed from the team; the team key is replaced.</source>
        <translation>Laptop {code} is uit het team verwijderd; de teamsleutel is vervangen.</translation>
    </message>
    <message>
        <source>The team key is replaced.</source>
        <translation>De teamsleutel is vervangen.</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Works in the team:</source>
        <translation>Werkt in het team:</translation>
    </message>
    <message>
        <source>active (untick when the consultant leaves)</source>
        <translation>actief (vink uit als de consulent vertrekt)</translation>
    </message>
    <message>
        <source>&amp;Save consultant</source>
        <translation>Consulent &amp;opslaan</translation>
    </message>
    <message>
        <source>New &amp;consultant</source>
        <translation>Nieuwe &amp;consulent</translation>
    </message>
    <message>
        <source>&amp;Hand caseload over…</source>
        <translation>Caseload &amp;overdragen…</translation>
    </message>
    <message>
        <source>Consultants of the team</source>
        <translation>Consulenten van het team</translation>
    </message>
    <message>
        <source>Consultant&apos;s name</source>
        <translation>Naam van de consulent</translation>
    </message>
    <message>
        <source>Consultant&apos;s phone</source>
        <translation>Telefoon van de consulent</translation>
    </message>
    <message>
        <source>Consultant&apos;s e-mail</source>
        <translation>E-mail van de consulent</translation>
    </message>
    <message>
        <source>Consultant works in the team</source>
        <translation>Consulent werkt in het team</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Vertrokken</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation>Opgeslagen: {name}</translation>
    </message>
    <message>
        <source>Hand over the caseload of {name} ({count})</source>
        <translation>Caseload van {name} ({count}) overdragen</translation>
    </message>
    <message>
        <source>{count} trajectories handed over.</source>
        <translation>{count} trajecten overgedragen.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>done on {date}</source>
        <translation>gedaan op {date}</translation>
    </message>
    <message>
        <source>due by {date}</source>
        <translation>uiterlijk {date}</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Volgende week</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consulent</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>What needs doing</source>
        <translation>Wat moet er gebeuren</translation>
    </message>
    <message>
        <source>Today: what needs doing</source>
        <translation>Vandaag: wat moet er gebeuren</translation>
    </message>
    <message>
        <source>Nothing to do: no step is overdue or due this week or next week.</source>
        <translation>Niets te doen: geen stap is te laat of valt deze of volgende week.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Voor:</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>Het hele team</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>{overdue} overdue · {week} this week · {next} next week</source>
        <translation>{overdue} te laat · {week} deze week · {next} volgende week</translation>
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
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
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
<context>
    <name>UsersTab</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consulent</translation>
    </message>
    <message>
        <source>Consultant of the selected user</source>
        <translation>Consulent van de gekozen gebruiker</translation>
    </message>
    <message>
        <source>&amp;Link to consultant</source>
        <translation>&amp;Koppelen aan consulent</translation>
    </message>
    <message>
        <source>Give the chosen &amp;role</source>
        <translation>Gekozen &amp;rol geven</translation>
    </message>
    <message>
        <source>Give the selected user the role chosen below</source>
        <translation>Geef de geselecteerde gebruiker de rol die hieronder gekozen is</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>Gebruiker &amp;toevoegen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>&amp;Remove user</source>
        <translation>Gebruiker &amp;verwijderen</translation>
    </message>
    <message>
        <source>New &amp;passphrase…</source>
        <translation>Nieuw &amp;wachtwoord…</translation>
    </message>
    <message>
        <source>Replace the database &amp;key…</source>
        <translation>Database&amp;sleutel vervangen…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Wachtwoord:</translation>
    </message>
    <message>
        <source>Is in the team roster:</source>
        <translation>Staat in het team als:</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Teamleider</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>(niet gekoppeld)</translation>
    </message>
    <message>
        <source>New consultant with the user&apos;s name</source>
        <translation>Nieuwe consulent met de naam van de gebruiker</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>New passphrase for {name}:</source>
        <translation>Nieuw wachtwoord voor {name}:</translation>
    </message>
    <message>
        <source>Replace the database key</source>
        <translation>Databasesleutel vervangen</translation>
    </message>
    <message>
        <source>The database is re-encrypted under a new key, so that an old key file and an old passphrase open nothing. Only your passphrase is kept: give every other user a new passphrase afterwards. A new recovery key is made; the old one stops working. Continue?</source>
        <translation>De database wordt opnieuw versleuteld met een nieuwe sleutel, zodat een oud sleutelbestand met een oud wachtwoord niets meer opent. Alleen uw wachtwoord blijft: geef daarna elke andere gebruiker een nieuw wachtwoord. Er komt een nieuwe herstelsleutel; de oude werkt niet meer. Doorgaan?</translation>
    </message>
    <message>
        <source>Your own passphrase:</source>
        <translation>Uw eigen wachtwoord:</translation>
    </message>
    <message>
        <source>Re-encrypting the database…</source>
        <translation>De database wordt opnieuw versleuteld…</translation>
    </message>
    <message>
        <source>The database has a new key. New recovery key (shown only now; print it or write it down and keep it apart from the laptop): {key}. Give the other users a new passphrase.</source>
        <translation>De database heeft een nieuwe sleutel. Nieuwe herstelsleutel (alleen nu getoond; print of noteer hem en bewaar hem apart van de laptop): {key}. Geef de andere gebruikers een nieuw wachtwoord.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Assign</source>
        <translation>Toewijzen</translation>
    </message>
    <message>
        <source>Select one or more people in the caseload first.</source>
        <translation>Kies eerst een of meer personen in de caseload.</translation>
    </message>
    <message>
        <source>Assign {count} people to</source>
        <translation>{count} personen toewijzen aan</translation>
    </message>
</context>
</TS>
