<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
  <context>
    <name>AdminActions</name>
    <message>
      <source>&amp;Users, audit trail and retention…</source>
      <translation>&amp;Users, audit trail and retention…</translation>
    </message>
    <message>
      <source>&amp;Team: consultants and caseloads…</source>
      <translation>&amp;Team: consultants and caseloads…</translation>
    </message>
    <message>
      <source>&amp;Inzage export for this person…</source>
      <translation>&amp;Inzage export for this person…</translation>
    </message>
    <message>
      <source>Save the inzage in folder</source>
      <translation>Save the inzage in folder</translation>
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
      <translation>Administration</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>Users</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>Team</translation>
    </message>
    <message>
      <source>Audit trail</source>
      <translation>Audit trail</translation>
    </message>
    <message>
      <source>Retention</source>
      <translation>Retention</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>Rules</source>
      <translation>Rules</translation>
    </message>
  </context>
  <context>
    <name>AgendaLabels</name>
    <message>
      <source>Koffie en Koek talk</source>
      <translation>Koffie en Koek talk</translation>
    </message>
    <message>
      <source>Brede Intake talk</source>
      <translation>Brede Intake talk</translation>
    </message>
    <message>
      <source>Learnability test</source>
      <translation>Learnability test</translation>
    </message>
    <message>
      <source>Closing PIP talk</source>
      <translation>Closing PIP talk</translation>
    </message>
    <message>
      <source>Progress talk</source>
      <translation>Progress talk</translation>
    </message>
    <message>
      <source>PVT session</source>
      <translation>PVT session</translation>
    </message>
    <message>
      <source>Enforcement talk</source>
      <translation>Enforcement talk</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Planned</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>Held</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Cancelled</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>planned</translation>
    </message>
    <message>
      <source>moved</source>
      <translation>moved</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>cancelled</translation>
    </message>
    <message>
      <source>held</source>
      <translation>held</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>changed</translation>
    </message>
    <message>
      <source>Mon</source>
      <translation>Mon</translation>
    </message>
    <message>
      <source>Tue</source>
      <translation>Tue</translation>
    </message>
    <message>
      <source>Wed</source>
      <translation>Wed</translation>
    </message>
    <message>
      <source>Thu</source>
      <translation>Thu</translation>
    </message>
    <message>
      <source>Fri</source>
      <translation>Fri</translation>
    </message>
    <message>
      <source>Sat</source>
      <translation>Sat</translation>
    </message>
    <message>
      <source>Sun</source>
      <translation>Sun</translation>
    </message>
  </context>
  <context>
    <name>AgendaModel</name>
    <message>
      <source>Planned on {date}</source>
      <translation>Planned on {date}</translation>
    </message>
    <message>
      <source>Planned late: {date}</source>
      <translation>Planned late: {date}</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Day</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Talk or deadline</source>
      <translation>Talk or deadline</translation>
    </message>
    <message>
      <source>Place or status</source>
      <translation>Place or status</translation>
    </message>
    <message>
      <source>Consultant</source>
      <translation>Consultant</translation>
    </message>
    <message>
      <source>deadline</source>
      <translation>deadline</translation>
    </message>
    <message>
      <source>interpreter{language} {mode}</source>
      <translation>interpreter{language} {mode}</translation>
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
      <translation>No talks or deadlines in this period. Plan a talk with Ctrl+T in a dossier, or look at another period.</translation>
    </message>
    <message>
      <source>&amp;Show:</source>
      <translation>&amp;Show:</translation>
    </message>
    <message>
      <source>Week</source>
      <translation>Week</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Day</translation>
    </message>
    <message>
      <source>&amp;For:</source>
      <translation>&amp;For:</translation>
    </message>
    <message>
      <source>The whole team</source>
      <translation>The whole team</translation>
    </message>
    <message>
      <source>← &amp;Earlier</source>
      <translation>← &amp;Earlier</translation>
    </message>
    <message>
      <source>Previous period (Page Up)</source>
      <translation>Previous period (Page Up)</translation>
    </message>
    <message>
      <source>T&amp;oday</source>
      <translation>T&amp;oday</translation>
    </message>
    <message>
      <source>&amp;Later →</source>
      <translation>&amp;Later →</translation>
    </message>
    <message>
      <source>Next period (Page Down)</source>
      <translation>Next period (Page Down)</translation>
    </message>
    <message>
      <source>&amp;Plan talk…</source>
      <translation>&amp;Plan talk…</translation>
    </message>
    <message>
      <source>Plan a talk with the selected person</source>
      <translation>Plan a talk with the selected person</translation>
    </message>
    <message>
      <source>&amp;Move or cancel…</source>
      <translation>&amp;Move or cancel…</translation>
    </message>
    <message>
      <source>E&amp;xport period to Outlook (.ics)…</source>
      <translation>E&amp;xport period to Outlook (.ics)…</translation>
    </message>
    <message>
      <source>Full &amp;names</source>
      <translation>Full &amp;names</translation>
    </message>
    <message>
      <source>Show a week or a day</source>
      <translation>Show a week or a day</translation>
    </message>
    <message>
      <source>Whose agenda</source>
      <translation>Whose agenda</translation>
    </message>
    <message>
      <source>Week {week}: {first} – {last}</source>
      <translation>Week {week}: {first} – {last}</translation>
    </message>
    <message>
      <source>{talks} talks · {deadlines} deadlines</source>
      <translation>{talks} talks · {deadlines} deadlines</translation>
    </message>
    <message>
      <source>Choose a person in the agenda first.</source>
      <translation>Choose a person in the agenda first.</translation>
    </message>
    <message>
      <source>Choose a talk in the agenda first.</source>
      <translation>Choose a talk in the agenda first.</translation>
    </message>
    <message>
      <source>There are no talks in this period to export.</source>
      <translation>There are no talks in this period to export.</translation>
    </message>
    <message>
      <source>Export agenda</source>
      <translation>Export agenda</translation>
    </message>
    <message>
      <source>Calendar files (*.ics)</source>
      <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
      <source>{count} talks saved as {name}.</source>
      <translation>{count} talks saved as {name}.</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsPage</name>
    <message>
      <source>&amp;Title of the document</source>
      <translation>&amp;Title of the document</translation>
    </message>
    <message>
      <source>e.g. Signed PIP (empty: the file's name)</source>
      <translation>e.g. Signed PIP (empty: the file's name)</translation>
    </message>
    <message>
      <source>Title of the document</source>
      <translation>Title of the document</translation>
    </message>
    <message>
      <source>&amp;Add document…</source>
      <translation>&amp;Add document…</translation>
    </message>
    <message>
      <source>A scan as PDF, JPEG or PNG, at most 10 MB</source>
      <translation>A scan as PDF, JPEG or PNG, at most 10 MB</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Attachments</translation>
    </message>
    <message>
      <source>The chosen document</source>
      <translation>The chosen document</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>Save &amp;as…</source>
      <translation>Save &amp;as…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Add a scanned document</source>
      <translation>Add a scanned document</translation>
    </message>
    <message>
      <source>Scanned documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
      <translation>Scanned documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
      <source>Save a copy of the document</source>
      <translation>Save a copy of the document</translation>
    </message>
    <message>
      <source>Remove?</source>
      <translation>Remove?</translation>
    </message>
    <message>
      <source>Remove the document "{title}" from the dossier? This cannot be undone.</source>
      <translation>Remove the document "{title}" from the dossier? This cannot be undone.</translation>
    </message>
  </context>
  <context>
    <name>AuditLabels</name>
    <message>
      <source>Logged in</source>
      <translation>Logged in</translation>
    </message>
    <message>
      <source>Recovery key used</source>
      <translation>Recovery key used</translation>
    </message>
    <message>
      <source>Locked</source>
      <translation>Locked</translation>
    </message>
    <message>
      <source>Dossier opened</source>
      <translation>Dossier opened</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Created</translation>
    </message>
    <message>
      <source>Changed</source>
      <translation>Changed</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>Deleted</translation>
    </message>
    <message>
      <source>Printed</source>
      <translation>Printed</translation>
    </message>
    <message>
      <source>Document saved</source>
      <translation>Document saved</translation>
    </message>
    <message>
      <source>Exported</source>
      <translation>Exported</translation>
    </message>
    <message>
      <source>Agenda exported</source>
      <translation>Agenda exported</translation>
    </message>
    <message>
      <source>Imported</source>
      <translation>Imported</translation>
    </message>
    <message>
      <source>Access request (inzage)</source>
      <translation>Access request (inzage)</translation>
    </message>
    <message>
      <source>Deleted after retention</source>
      <translation>Deleted after retention</translation>
    </message>
    <message>
      <source>User added</source>
      <translation>User added</translation>
    </message>
    <message>
      <source>User removed</source>
      <translation>User removed</translation>
    </message>
    <message>
      <source>Role changed</source>
      <translation>Role changed</translation>
    </message>
    <message>
      <source>Passphrase changed</source>
      <translation>Passphrase changed</translation>
    </message>
    <message>
      <source>Setting changed</source>
      <translation>Setting changed</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>Refused</translation>
    </message>
    <message>
      <source>Audit trail viewed</source>
      <translation>Audit trail viewed</translation>
    </message>
    <message>
      <source>Audit trail exported</source>
      <translation>Audit trail exported</translation>
    </message>
    <message>
      <source>Caseload handed over</source>
      <translation>Caseload handed over</translation>
    </message>
    <message>
      <source>Recovery key replaced</source>
      <translation>Recovery key replaced</translation>
    </message>
    <message>
      <source>Passphrase removed</source>
      <translation>Passphrase removed</translation>
    </message>
    <message>
      <source>Team made</source>
      <translation>Team made</translation>
    </message>
    <message>
      <source>Joined the team</source>
      <translation>Joined the team</translation>
    </message>
    <message>
      <source>Team folder changed</source>
      <translation>Team folder changed</translation>
    </message>
    <message>
      <source>Synchronised</source>
      <translation>Synchronised</translation>
    </message>
    <message>
      <source>Deadlines viewed</source>
      <translation>Deadlines viewed</translation>
    </message>
    <message>
      <source>Database key replaced</source>
      <translation>Database key replaced</translation>
    </message>
    <message>
      <source>Conflict resolved</source>
      <translation>Conflict resolved</translation>
    </message>
    <message>
      <source>Laptop named</source>
      <translation>Laptop named</translation>
    </message>
  </context>
  <context>
    <name>AuditTab</name>
    <message>
      <source>Name or id of a person</source>
      <translation>Name or id of a person</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Everyone</translation>
    </message>
    <message>
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <source>User</source>
      <translation>User</translation>
    </message>
    <message>
      <source>Laptop</source>
      <translation>Laptop</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Record</translation>
    </message>
    <message>
      <source>Fields</source>
      <translation>Fields</translation>
    </message>
    <message>
      <source>Detail</source>
      <translation>Detail</translation>
    </message>
    <message>
      <source>Audit trail</source>
      <translation>Audit trail</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Export…</translation>
    </message>
    <message>
      <source>(deleted)</source>
      <translation>(deleted)</translation>
    </message>
    <message>
      <source>Export audit trail</source>
      <translation>Export audit trail</translation>
    </message>
    <message>
      <source>CSV files (*.csv);;JSON files (*.json)</source>
      <translation>CSV files (*.csv);;JSON files (*.json)</translation>
    </message>
  </context>
  <context>
    <name>BatchDialog</name>
    <message>
      <source>Klantreis for a ROL visit</source>
      <translation>Klantreis for a ROL visit</translation>
    </message>
    <message>
      <source>People whose Koffie en Koek is planned</source>
      <translation>People whose Koffie en Koek is planned</translation>
    </message>
    <message>
      <source>The people selected in the caseload</source>
      <translation>The people selected in the caseload</translation>
    </message>
    <message>
      <source>&amp;Make</source>
      <translation>&amp;Make</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <source>&amp;Save as PDF…</source>
      <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
      <source>&amp;Stop printing</source>
      <translation>&amp;Stop printing</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>&amp;From:</source>
      <translation>&amp;From:</translation>
    </message>
    <message>
      <source>&amp;Until:</source>
      <translation>&amp;Until:</translation>
    </message>
    <message>
      <source>Type the dates as dd-mm-yyyy (for example 15-03-2026).</source>
      <translation>Type the dates as dd-mm-yyyy (for example 15-03-2026).</translation>
    </message>
    <message>
      <source>Nobody found for this choice.</source>
      <translation>Nobody found for this choice.</translation>
    </message>
    <message>
      <source>Making klantreis handouts: {count}…</source>
      <translation>Making klantreis handouts: {count}…</translation>
    </message>
    <message>
      <source>Klantreis handouts ready: {count}.</source>
      <translation>Klantreis handouts ready: {count}.</translation>
    </message>
    <message>
      <source>The handouts could not be made.</source>
      <translation>The handouts could not be made.</translation>
    </message>
    <message>
      <source>Printing…</source>
      <translation>Printing…</translation>
    </message>
    <message>
      <source>Stopping…</source>
      <translation>Stopping…</translation>
    </message>
    <message>
      <source>Printing stopped.</source>
      <translation>Printing stopped.</translation>
    </message>
    <message>
      <source>Sent to the printer.</source>
      <translation>Sent to the printer.</translation>
    </message>
    <message>
      <source>The handouts could not be printed.</source>
      <translation>The handouts could not be printed.</translation>
    </message>
    <message>
      <source>Save handouts</source>
      <translation>Save handouts</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <source>Saved as {file}</source>
      <translation>Saved as {file}</translation>
    </message>
  </context>
  <context>
    <name>CaseloadModel</name>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Name (own script)</source>
      <translation>Name (own script)</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <source>BSN</source>
      <translation>BSN</translation>
    </message>
    <message>
      <source>Consultant</source>
      <translation>Consultant</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>Route</translation>
    </message>
    <message>
      <source>Current step</source>
      <translation>Current step</translation>
    </message>
    <message>
      <source>Next deadline</source>
      <translation>Next deadline</translation>
    </message>
    <message>
      <source>Trajectory ended</source>
      <extracomment>Loads the rows of some people again (only those still in the caseload come back).</extracomment>
      <translation>Trajectory ended</translation>
    </message>
  </context>
  <context>
    <name>CaseloadView</name>
    <message>
      <source>Search by name, BSN or V-number</source>
      <extracomment>What a caseload load brings back: the rows, the team (id, name), and whether the user is an admin (the empty state's "Team beheren").</extracomment>
      <translation>Search by name, BSN or V-number</translation>
    </message>
    <message>
      <source>Only &amp;overdue</source>
      <translation>Only &amp;overdue</translation>
    </message>
    <message>
      <source>Also &amp;ended trajectories</source>
      <translation>Also &amp;ended trajectories</translation>
    </message>
    <message>
      <source>Show full &amp;BSN</source>
      <translation>Show full &amp;BSN</translation>
    </message>
    <message>
      <source>&amp;My caseload</source>
      <translation>&amp;My caseload</translation>
    </message>
    <message>
      <source>Only the people you guide</source>
      <translation>Only the people you guide</translation>
    </message>
    <message>
      <source>Consultant:</source>
      <translation>Consultant:</translation>
    </message>
    <message>
      <source>Category:</source>
      <translation>Category:</translation>
    </message>
    <message>
      <source>Route:</source>
      <translation>Route:</translation>
    </message>
    <message>
      <source>Step:</source>
      <translation>Step:</translation>
    </message>
    <message>
      <source>&lt;h3&gt;No one in the caseload yet&lt;/h3&gt;&lt;p&gt;Start by registering the person the COA linked to the municipality (Ctrl+N). An admin first adds the team's consultants, whose names and phone numbers go on the handouts.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;No one in the caseload yet&lt;/h3&gt;&lt;p&gt;Start by registering the person the COA linked to the municipality (Ctrl+N). An admin first adds the team's consultants, whose names and phone numbers go on the handouts.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Register a new &amp;koppeling</source>
      <translation>Register a new &amp;koppeling</translation>
    </message>
    <message>
      <source>Manage the &amp;team</source>
      <translation>Manage the &amp;team</translation>
    </message>
    <message>
      <source>&amp;Assign to…</source>
      <translation>&amp;Assign to…</translation>
    </message>
    <message>
      <source>Give the selected people to a consultant</source>
      <translation>Give the selected people to a consultant</translation>
    </message>
    <message>
      <source>Search the caseload</source>
      <translation>Search the caseload</translation>
    </message>
    <message>
      <source>Caseload</source>
      <translation>Caseload</translation>
    </message>
    <message>
      <source>All</source>
      <translation>All</translation>
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
      <translation>Sync conflicts</translation>
    </message>
    <message>
      <source>Conflicts</source>
      <translation>Conflicts</translation>
    </message>
    <message>
      <source>Choose this value</source>
      <translation>Choose this value</translation>
    </message>
    <message>
      <source>There are no conflicts.</source>
      <translation>There are no conflicts.</translation>
    </message>
    <message>
      <source> (shown now)</source>
      <translation> (shown now)</translation>
    </message>
    <message>
      <source>{by} on {laptop}, {at}</source>
      <translation>{by} on {laptop}, {at}</translation>
    </message>
  </context>
  <context>
    <name>ConsentModel</name>
    <message>
      <source>Recipient</source>
      <translation>Recipient</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Given on</source>
      <translation>Given on</translation>
    </message>
    <message>
      <source>Shared</source>
      <translation>Shared</translation>
    </message>
    <message>
      <source>Withdrawn on</source>
      <translation>Withdrawn on</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>Valid</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <source>PIP (no health)</source>
      <translation>PIP (no health)</translation>
    </message>
    <message>
      <source>Dossier handover (no health)</source>
      <translation>Dossier handover (no health)</translation>
    </message>
  </context>
  <context>
    <name>ConsultantChoice</name>
    <message>
      <source>Consultant</source>
      <translation>Consultant</translation>
    </message>
    <message>
      <source>(nobody)</source>
      <translation>(nobody)</translation>
    </message>
    <message>
      <source>{name} ({count})</source>
      <translation>{name} ({count})</translation>
    </message>
    <message>
      <source>&amp;Consultant:</source>
      <translation>&amp;Consultant:</translation>
    </message>
    <message>
      <source>There are no other active consultants: add them under Admin → Team first.</source>
      <translation>There are no other active consultants: add them under Admin → Team first.</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <source>Wegwijzer: unexpected error</source>
      <translation>Wegwijzer: unexpected error</translation>
    </message>
    <message>
      <source>Something went wrong that Wegwijzer did not expect. What you saved before is safe. You can go on working; if this happens again, restart Wegwijzer.</source>
      <translation>Something went wrong that Wegwijzer did not expect. What you saved before is safe. You can go on working; if this happens again, restart Wegwijzer.</translation>
    </message>
    <message>
      <source>A report without personal data was saved as:
{path}
Send it to your administrator when you ask for help.</source>
      <translation>A report without personal data was saved as:
{path}
Send it to your administrator when you ask for help.</translation>
    </message>
    <message>
      <source>The report could not be saved; copy it instead.</source>
      <translation>The report could not be saved; copy it instead.</translation>
    </message>
    <message>
      <source>Error report</source>
      <translation>Error report</translation>
    </message>
    <message>
      <source>Copy report</source>
      <translation>Copy report</translation>
    </message>
    <message>
      <source>The report is on the clipboard.</source>
      <translation>The report is on the clipboard.</translation>
    </message>
  </context>
  <context>
    <name>DateEdit</name>
    <message>
      <source>dd-mm-yyyy</source>
      <extracomment>The shortcut that fills in today's date (as in spreadsheets). The shortcuts that open the calendar (as in a date picker). ``date`` by another name: inside the class, ``date`` is the method.</extracomment>
      <translation>dd-mm-yyyy</translation>
    </message>
    <message>
      <source>Choose from a calendar (Alt+Down); Ctrl+; fills in today</source>
      <translation>Choose from a calendar (Alt+Down); Ctrl+; fills in today</translation>
    </message>
    <message>
      <source>Calendar</source>
      <translation>Calendar</translation>
    </message>
    <message>
      <source>In a date field: today's date</source>
      <translation>In a date field: today's date</translation>
    </message>
    <message>
      <source>In a date field: the calendar</source>
      <translation>In a date field: the calendar</translation>
    </message>
    <message>
      <source>A date as day-month-year; Ctrl+; for today, Alt+Down for a calendar</source>
      <translation>A date as day-month-year; Ctrl+; for today, Alt+Down for a calendar</translation>
    </message>
  </context>
  <context>
    <name>DocumentViewer</name>
    <message>
      <source>This PDF cannot be shown. Save a copy and open it with a PDF reader.</source>
      <translation>This PDF cannot be shown. Save a copy and open it with a PDF reader.</translation>
    </message>
    <message>
      <source>The first {shown} of {total} pages are shown.</source>
      <translation>The first {shown} of {total} pages are shown.</translation>
    </message>
    <message>
      <source>This image cannot be shown. Save a copy and open it elsewhere.</source>
      <translation>This image cannot be shown. Save a copy and open it elsewhere.</translation>
    </message>
  </context>
  <context>
    <name>DossierLabels</name>
    <message>
      <source>Held on</source>
      <translation>Held on</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Location</translation>
    </message>
    <message>
      <source>COA case manager</source>
      <translation>COA case manager</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>Interpreter</translation>
    </message>
    <message>
      <source>Interpreter language</source>
      <translation>Interpreter language</translation>
    </message>
    <message>
      <source>Getting acquainted</source>
      <translation>Getting acquainted</translation>
    </message>
    <message>
      <source>Pre-integration agreements</source>
      <translation>Pre-integration agreements</translation>
    </message>
    <message>
      <source>Housing and family reunification</source>
      <translation>Housing and family reunification</translation>
    </message>
    <message>
      <source>Questions of the person</source>
      <translation>Questions of the person</translation>
    </message>
    <message>
      <source>Agreements made</source>
      <translation>Agreements made</translation>
    </message>
    <message>
      <source>Klantreis handed over</source>
      <translation>Klantreis handed over</translation>
    </message>
    <message>
      <source>Klantreis language</source>
      <translation>Klantreis language</translation>
    </message>
    <message>
      <source>Intake format</source>
      <translation>Intake format</translation>
    </message>
    <message>
      <source>Started on</source>
      <translation>Started on</translation>
    </message>
    <message>
      <source>Completed on</source>
      <translation>Completed on</translation>
    </message>
    <message>
      <source>Participation in pre-integration</source>
      <translation>Participation in pre-integration</translation>
    </message>
    <message>
      <source>Test taken on</source>
      <translation>Test taken on</translation>
    </message>
    <message>
      <source>Test outcome</source>
      <translation>Test outcome</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>Score</translation>
    </message>
    <message>
      <source>StarterZ class started on</source>
      <translation>StarterZ class started on</translation>
    </message>
    <message>
      <source>Advice given on</source>
      <translation>Advice given on</translation>
    </message>
    <message>
      <source>Advised route</source>
      <translation>Advised route</translation>
    </message>
    <message>
      <source>Assessment</source>
      <translation>Assessment</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Years of schooling</source>
      <translation>Years of schooling</translation>
    </message>
    <message>
      <source>Highest diploma</source>
      <translation>Highest diploma</translation>
    </message>
    <message>
      <source>Diploma evaluated</source>
      <translation>Diploma evaluated</translation>
    </message>
    <message>
      <source>Occupation</source>
      <translation>Occupation</translation>
    </message>
    <message>
      <source>Years of work</source>
      <translation>Years of work</translation>
    </message>
    <message>
      <source>Dutch</source>
      <translation>Dutch</translation>
    </message>
    <message>
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <source>Other languages</source>
      <translation>Other languages</translation>
    </message>
    <message>
      <source>Uses a smartphone</source>
      <translation>Uses a smartphone</translation>
    </message>
    <message>
      <source>Uses a computer</source>
      <translation>Uses a computer</translation>
    </message>
    <message>
      <source>Has DigiD</source>
      <translation>Has DigiD</translation>
    </message>
    <message>
      <source>Family reunification</source>
      <translation>Family reunification</translation>
    </message>
    <message>
      <source>Registered with a GP</source>
      <translation>Registered with a GP</translation>
    </message>
    <message>
      <source>Receives care</source>
      <translation>Receives care</translation>
    </message>
    <message>
      <source>Takes part</source>
      <translation>Takes part</translation>
    </message>
    <message>
      <source>Has debts</source>
      <translation>Has debts</translation>
    </message>
    <message>
      <source>Learning route</source>
      <translation>Learning route</translation>
    </message>
    <message>
      <source>Reason for deviating from the test</source>
      <translation>Reason for deviating from the test</translation>
    </message>
    <message>
      <source>Language school</source>
      <translation>Language school</translation>
    </message>
    <message>
      <source>Support (VWN, ontzorgen, …)</source>
      <translation>Support (VWN, ontzorgen, …)</translation>
    </message>
    <message>
      <source>Drafted on</source>
      <translation>Drafted on</translation>
    </message>
    <message>
      <source>Signed on</source>
      <translation>Signed on</translation>
    </message>
    <message>
      <source>Decision (beschikking) on</source>
      <translation>Decision (beschikking) on</translation>
    </message>
    <message>
      <source>Registered for the route on</source>
      <translation>Registered for the route on</translation>
    </message>
    <message>
      <source>Route started on</source>
      <translation>Route started on</translation>
    </message>
    <message>
      <source>Formal progress talk</source>
      <translation>Formal progress talk</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Progress</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Summary</translation>
    </message>
    <message>
      <source>Certificate handed over on</source>
      <translation>Certificate handed over on</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Provider</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>Start date</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>End date</translation>
    </message>
    <message>
      <source>Reason for extension</source>
      <translation>Reason for extension</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Step</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Legal ground</source>
      <translation>Legal ground</translation>
    </message>
    <message>
      <source>Fine (euro)</source>
      <translation>Fine (euro)</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>How it ended</source>
      <translation>How it ended</translation>
    </message>
    <message>
      <source>New municipality (warm handover)</source>
      <translation>New municipality (warm handover)</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>With or from</source>
      <translation>With or from</translation>
    </message>
    <message>
      <source>Contains health information</source>
      <translation>Contains health information</translation>
    </message>
    <message>
      <source>Given names</source>
      <translation>Given names</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>Family name</translation>
    </message>
    <message>
      <source>Name in own script</source>
      <translation>Name in own script</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Sex</translation>
    </message>
    <message>
      <source>BSN</source>
      <translation>BSN</translation>
    </message>
    <message>
      <source>V-number</source>
      <translation>V-number</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Languages</translation>
    </message>
    <message>
      <source>Needs an interpreter</source>
      <translation>Needs an interpreter</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>Deleted on one laptop, changed on another</source>
      <translation>Deleted on one laptop, changed on another</translation>
    </message>
    <message>
      <source>The whole record</source>
      <translation>The whole record</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Linked on (koppeling)</source>
      <translation>Linked on (koppeling)</translation>
    </message>
    <message>
      <source>Reported to the municipality (melding)</source>
      <translation>Reported to the municipality (melding)</translation>
    </message>
    <message>
      <source>Country of origin (e.g. SY, ER)</source>
      <translation>Country of origin (e.g. SY, ER)</translation>
    </message>
    <message>
      <source>Pre-integration (COA) from</source>
      <translation>Pre-integration (COA) from</translation>
    </message>
    <message>
      <source>Pre-integration (COA) until</source>
      <translation>Pre-integration (COA) until</translation>
    </message>
    <message>
      <source>VWN social guidance from</source>
      <translation>VWN social guidance from</translation>
    </message>
    <message>
      <source>VWN social worker</source>
      <translation>VWN social worker</translation>
    </message>
    <message>
      <source>Linked via</source>
      <translation>Linked via</translation>
    </message>
    <message>
      <source>Registered with DUO on</source>
      <translation>Registered with DUO on</translation>
    </message>
    <message>
      <source>Requested on</source>
      <translation>Requested on</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <source>Decided by DUO on</source>
      <translation>Decided by DUO on</translation>
    </message>
    <message>
      <source>Term extended until</source>
      <translation>Term extended until</translation>
    </message>
    <message>
      <source>Exam part</source>
      <translation>Exam part</translation>
    </message>
    <message>
      <source>Taken on</source>
      <translation>Taken on</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Level</translation>
    </message>
    <message>
      <source>Household name</source>
      <translation>Household name</translation>
    </message>
    <message>
      <source>Lives now at</source>
      <translation>Lives now at</translation>
    </message>
    <message>
      <source>Location (e.g. ROL Zwolle)</source>
      <translation>Location (e.g. ROL Zwolle)</translation>
    </message>
    <message>
      <source>Someone else with the same name and date of birth</source>
      <translation>Someone else with the same name and date of birth</translation>
    </message>
    <message>
      <source>School or childcare</source>
      <translation>School or childcare</translation>
    </message>
    <message>
      <source>Name of the school</source>
      <translation>Name of the school</translation>
    </message>
    <message>
      <source>Role in household</source>
      <translation>Role in household</translation>
    </message>
    <message>
      <source>Still abroad</source>
      <translation>Still abroad</translation>
    </message>
    <message>
      <source>Own integration journey</source>
      <translation>Own integration journey</translation>
    </message>
    <message>
      <source>Address or location</source>
      <translation>Address or location</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Hours per week</source>
      <translation>Hours per week</translation>
    </message>
    <message>
      <source>Kind of residence</source>
      <translation>Kind of residence</translation>
    </message>
    <message>
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Until</translation>
    </message>
    <message>
      <source>Activity</source>
      <translation>Activity</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>Request</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>Kind of contact</source>
      <translation>Kind of contact</translation>
    </message>
    <message>
      <source>Income from</source>
      <translation>Income from</translation>
    </message>
    <message>
      <source>Phone call</source>
      <translation>Phone call</translation>
    </message>
    <message>
      <source>Visit</source>
      <translation>Visit</translation>
    </message>
    <message>
      <source>Signal</source>
      <translation>Signal</translation>
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
      <translation>The person themselves</translation>
    </message>
    <message>
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>JPEG image</source>
      <translation>JPEG image</translation>
    </message>
    <message>
      <source>PNG image</source>
      <translation>PNG image</translation>
    </message>
    <message>
      <source>Benefit (bijstand)</source>
      <translation>Benefit (bijstand)</translation>
    </message>
    <message>
      <source>Work</source>
      <translation>Work</translation>
    </message>
    <message>
      <source>Study</source>
      <translation>Study</translation>
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
      <translation>Emergency shelter</translation>
    </message>
    <message>
      <source>AMV location</source>
      <translation>AMV location</translation>
    </message>
    <message>
      <source>Town hall</source>
      <translation>Town hall</translation>
    </message>
    <message>
      <source>At home</source>
      <translation>At home</translation>
    </message>
    <message>
      <source>By phone</source>
      <translation>By phone</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>None</source>
      <translation>None</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>In person</translation>
    </message>
    <message>
      <source>By video</source>
      <translation>By video</translation>
    </message>
    <message>
      <source>Standard</source>
      <translation>Standard</translation>
    </message>
    <message>
      <source>Family migrant (short)</source>
      <translation>Family migrant (short)</translation>
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
      <translation>In doubt</translation>
    </message>
    <message>
      <source>Education route</source>
      <translation>Education route</translation>
    </message>
    <message>
      <source>StarterZ class first</source>
      <translation>StarterZ class first</translation>
    </message>
    <message>
      <source>On schedule</source>
      <translation>On schedule</translation>
    </message>
    <message>
      <source>Behind</source>
      <translation>Behind</translation>
    </message>
    <message>
      <source>Ahead</source>
      <translation>Ahead</translation>
    </message>
    <message>
      <source>Concern</source>
      <translation>Concern</translation>
    </message>
    <message>
      <source>Talk</source>
      <translation>Talk</translation>
    </message>
    <message>
      <source>Person</source>
      <extracomment>Labels of a field that means something else on one form: (form key, field name).</extracomment>
      <translation>Person</translation>
    </message>
    <message>
      <source>Planned for</source>
      <translation>Planned for</translation>
    </message>
    <message>
      <source>Start time</source>
      <translation>Start time</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>Duration</translation>
    </message>
    <message>
      <source>Attendees</source>
      <translation>Attendees</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Revision</source>
      <translation>Revision</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>File name</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>Checksum</source>
      <translation>Checksum</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>Content</translation>
    </message>
    <message>
      <source>Added on</source>
      <translation>Added on</translation>
    </message>
    <message>
      <source>Shared with</source>
      <translation>Shared with</translation>
    </message>
    <message>
      <source>Name of the recipient</source>
      <translation>Name of the recipient</translation>
    </message>
    <message>
      <source>What is shared</source>
      <translation>What is shared</translation>
    </message>
    <message>
      <source>Consent given on</source>
      <translation>Consent given on</translation>
    </message>
    <message>
      <source>Consent withdrawn on</source>
      <translation>Consent withdrawn on</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Amount</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>Kind of change</source>
      <translation>Kind of change</translation>
    </message>
    <message>
      <source>Reason for the change</source>
      <translation>Reason for the change</translation>
    </message>
    <message>
      <source>Date of the advice</source>
      <translation>Date of the advice</translation>
    </message>
    <message>
      <source>Advice</source>
      <translation>Advice</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>Done on</translation>
    </message>
    <message>
      <source>Previous time</source>
      <translation>Previous time</translation>
    </message>
    <message>
      <source>New time</source>
      <translation>New time</translation>
    </message>
    <message>
      <source>Brede Intake</source>
      <translation>Brede Intake</translation>
    </message>
    <message>
      <source>Life domain</source>
      <translation>Life domain</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>PIP</source>
      <translation>PIP</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Municipality</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>Deleted</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Warning</translation>
    </message>
    <message>
      <source>Fine</source>
      <translation>Fine</translation>
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
      <translation>Completed (voldaan)</translation>
    </message>
    <message>
      <source>Exempted (ontheven)</source>
      <translation>Exempted (ontheven)</translation>
    </message>
    <message>
      <source>Moved (verhuisd)</source>
      <translation>Moved (verhuisd)</translation>
    </message>
    <message>
      <source>Stopped (gestopt)</source>
      <translation>Stopped (gestopt)</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>Male</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>Female</translation>
    </message>
    <message>
      <source>X</source>
      <translation>X</translation>
    </message>
    <message>
      <source>Good</source>
      <translation>Good</translation>
    </message>
    <message>
      <source>Sufficient</source>
      <translation>Sufficient</translation>
    </message>
    <message>
      <source>Needs attention</source>
      <translation>Needs attention</translation>
    </message>
    <message>
      <source>Main applicant</source>
      <translation>Main applicant</translation>
    </message>
    <message>
      <source>Partner</source>
      <translation>Partner</translation>
    </message>
    <message>
      <source>Child</source>
      <translation>Child</translation>
    </message>
    <message>
      <source>Parent</source>
      <translation>Parent</translation>
    </message>
    <message>
      <source>Not applied for</source>
      <translation>Not applied for</translation>
    </message>
    <message>
      <source>Applied for</source>
      <translation>Applied for</translation>
    </message>
    <message>
      <source>Granted</source>
      <translation>Granted</translation>
    </message>
    <message>
      <source>Extension (verlenging)</source>
      <translation>Extension (verlenging)</translation>
    </message>
    <message>
      <source>Exemption (ontheffing)</source>
      <translation>Exemption (ontheffing)</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>Pending</translation>
    </message>
    <message>
      <source>Reading</source>
      <translation>Reading</translation>
    </message>
    <message>
      <source>Listening</source>
      <translation>Listening</translation>
    </message>
    <message>
      <source>Writing</source>
      <translation>Writing</translation>
    </message>
    <message>
      <source>Speaking</source>
      <translation>Speaking</translation>
    </message>
    <message>
      <source>Knowledge of Dutch society (KNM)</source>
      <translation>Knowledge of Dutch society (KNM)</translation>
    </message>
    <message>
      <source>Z route final assessment</source>
      <translation>Z route final assessment</translation>
    </message>
    <message>
      <source>Passed</source>
      <translation>Passed</translation>
    </message>
    <message>
      <source>Not passed</source>
      <translation>Not passed</translation>
    </message>
    <message>
      <source>Exempt</source>
      <translation>Exempt</translation>
    </message>
    <message>
      <source>Refused</source>
      <translation>Refused</translation>
    </message>
    <message>
      <source>Step up (schakelen)</source>
      <translation>Step up (schakelen)</translation>
    </message>
    <message>
      <source>Step down (afschalen)</source>
      <translation>Step down (afschalen)</translation>
    </message>
    <message>
      <source>Move (verhuizing)</source>
      <translation>Move (verhuizing)</translation>
    </message>
    <message>
      <source>Adjustment</source>
      <translation>Adjustment</translation>
    </message>
    <message>
      <source>First version</source>
      <translation>First version</translation>
    </message>
    <message>
      <source>HAR home (temporary)</source>
      <translation>HAR home (temporary)</translation>
    </message>
    <message>
      <source>Pre-school (VVE)</source>
      <translation>Pre-school (VVE)</translation>
    </message>
    <message>
      <source>Primary school</source>
      <translation>Primary school</translation>
    </message>
    <message>
      <source>International transition class (ISK)</source>
      <translation>International transition class (ISK)</translation>
    </message>
    <message>
      <source>Secondary school</source>
      <translation>Secondary school</translation>
    </message>
    <message>
      <source>MBO</source>
      <translation>MBO</translation>
    </message>
    <message>
      <source>HBO or university</source>
      <translation>HBO or university</translation>
    </message>
    <message>
      <source>Regular home</source>
      <translation>Regular home</translation>
    </message>
    <message>
      <source>Abroad</source>
      <translation>Abroad</translation>
    </message>
    <message>
      <source>Koffie en Taal</source>
      <translation>Koffie en Taal</translation>
    </message>
    <message>
      <source>Language café</source>
      <translation>Language café</translation>
    </message>
    <message>
      <source>Language coach</source>
      <translation>Language coach</translation>
    </message>
    <message>
      <source>Language internship</source>
      <translation>Language internship</translation>
    </message>
    <message>
      <source>Volunteer work</source>
      <translation>Volunteer work</translation>
    </message>
    <message>
      <source>Sewing workshop</source>
      <translation>Sewing workshop</translation>
    </message>
    <message>
      <source>Swimming lessons</source>
      <translation>Swimming lessons</translation>
    </message>
    <message>
      <source>Cycling lessons</source>
      <translation>Cycling lessons</translation>
    </message>
    <message>
      <source>Information meeting</source>
      <translation>Information meeting</translation>
    </message>
    <message>
      <source>Work carousel</source>
      <translation>Work carousel</translation>
    </message>
    <message>
      <source>Work experience placement</source>
      <translation>Work experience placement</translation>
    </message>
    <message>
      <source>Paid work</source>
      <translation>Paid work</translation>
    </message>
    <message>
      <source>Course or training</source>
      <translation>Course or training</translation>
    </message>
    <message>
      <source>Learnability</source>
      <extracomment>Fields whose choices are learning routes: labelled as everywhere else ("B1 route"). History entries whose value is a learning route.</extracomment>
      <translation>Learnability</translation>
    </message>
    <message>
      <source>Education</source>
      <translation>Education</translation>
    </message>
    <message>
      <source>Work experience</source>
      <translation>Work experience</translation>
    </message>
    <message>
      <source>Competences and work skills</source>
      <translation>Competences and work skills</translation>
    </message>
    <message>
      <source>Language level</source>
      <translation>Language level</translation>
    </message>
    <message>
      <source>Motivation and interests</source>
      <translation>Motivation and interests</translation>
    </message>
    <message>
      <source>Self-reliance</source>
      <translation>Self-reliance</translation>
    </message>
    <message>
      <source>Digital skills</source>
      <translation>Digital skills</translation>
    </message>
    <message>
      <source>Family situation</source>
      <translation>Family situation</translation>
    </message>
    <message>
      <source>Physical health</source>
      <translation>Physical health</translation>
    </message>
    <message>
      <source>Mental health</source>
      <translation>Mental health</translation>
    </message>
    <message>
      <source>Social network</source>
      <translation>Social network</translation>
    </message>
    <message>
      <source>Pre-integration (COA)</source>
      <translation>Pre-integration (COA)</translation>
    </message>
    <message>
      <source>Housing</source>
      <translation>Housing</translation>
    </message>
    <message>
      <source>Finances</source>
      <translation>Finances</translation>
    </message>
    <message>
      <source>Contact journal</source>
      <translation>Contact journal</translation>
    </message>
    <message>
      <source>Attachment</source>
      <translation>Attachment</translation>
    </message>
    <message>
      <source>Residence</source>
      <translation>Residence</translation>
    </message>
    <message>
      <source>Koffie en Koek talk</source>
      <translation>Koffie en Koek talk</translation>
    </message>
    <message>
      <source>Broad intake</source>
      <translation>Broad intake</translation>
    </message>
    <message>
      <source>Learnability test</source>
      <translation>Learnability test</translation>
    </message>
    <message>
      <source>StarterZ class</source>
      <translation>StarterZ class</translation>
    </message>
    <message>
      <source>PIP version</source>
      <translation>PIP version</translation>
    </message>
    <message>
      <source>Progress talk</source>
      <translation>Progress talk</translation>
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
      <translation>Participation activity</translation>
    </message>
    <message>
      <source>Income situation</source>
      <translation>Income situation</translation>
    </message>
    <message>
      <source>Enforcement</source>
      <translation>Enforcement</translation>
    </message>
    <message>
      <source>Personal details</source>
      <translation>Personal details</translation>
    </message>
    <message>
      <source>Trajectory</source>
      <translation>Trajectory</translation>
    </message>
    <message>
      <source>Consultant</source>
      <translation>Consultant</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>Household</translation>
    </message>
    <message>
      <source>Planned talk</source>
      <translation>Planned talk</translation>
    </message>
    <message>
      <source>Talk planned, moved or cancelled</source>
      <translation>Talk planned, moved or cancelled</translation>
    </message>
    <message>
      <source>The talk</source>
      <translation>The talk</translation>
    </message>
    <message>
      <source>Topics of the regional guideline</source>
      <translation>Topics of the regional guideline</translation>
    </message>
    <message>
      <source>Agreements</source>
      <translation>Agreements</translation>
    </message>
    <message>
      <source>Intake</source>
      <translation>Intake</translation>
    </message>
    <message>
      <source>Learnability test and StarterZ class</source>
      <translation>Learnability test and StarterZ class</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Dates</translation>
    </message>
    <message>
      <source>Agreements per life domain</source>
      <translation>Agreements per life domain</translation>
    </message>
    <message>
      <source>New progress talk</source>
      <translation>New progress talk</translation>
    </message>
    <message>
      <source>Participation statement (PVT)</source>
      <translation>Participation statement (PVT)</translation>
    </message>
    <message>
      <source>Labour market module (MAP)</source>
      <translation>Labour market module (MAP)</translation>
    </message>
    <message>
      <source>Ontzorgen (rent, energy and insurance paid)</source>
      <translation>Ontzorgen (rent, energy and insurance paid)</translation>
    </message>
    <message>
      <source>New enforcement step</source>
      <translation>New enforcement step</translation>
    </message>
    <message>
      <source>End of the trajectory</source>
      <translation>End of the trajectory</translation>
    </message>
    <message>
      <source>Koppeling and where they live now</source>
      <translation>Koppeling and where they live now</translation>
    </message>
    <message>
      <source>Trajectory: pre-integration and VWN</source>
      <translation>Trajectory: pre-integration and VWN</translation>
    </message>
    <message>
      <source>Add a household member</source>
      <translation>Add a household member</translation>
    </message>
    <message>
      <source>Household member</source>
      <translation>Household member</translation>
    </message>
    <message>
      <source>Period of residence</source>
      <translation>Period of residence</translation>
    </message>
  </context>
  <context>
    <name>DossierPage</name>
    <message>
      <source>Klantreis: steps and deadlines</source>
      <translation>Klantreis: steps and deadlines</translation>
    </message>
    <message>
      <source>History of changes</source>
      <translation>History of changes</translation>
    </message>
    <message>
      <source>Handouts…</source>
      <extracomment>Which tab a klantreis step is recorded on. The talk a tab's "Plan talk…" is for. The forms of the tabs, saved by key through the dossier operations. Forms that add, change and remove records in a list. Every form with a draft: the tabs, the list forms and the add-member form.</extracomment>
      <translation>Handouts…</translation>
    </message>
    <message>
      <source>Klantreis, invitation, PIP summary (Ctrl+P)</source>
      <translation>Klantreis, invitation, PIP summary (Ctrl+P)</translation>
    </message>
    <message>
      <source>Consent and papers…</source>
      <translation>Consent and papers…</translation>
    </message>
    <message>
      <source>Consent per recipient; PIP to sign, partner PIPs, Brede Intake, handover</source>
      <translation>Consent per recipient; PIP to sign, partner PIPs, Brede Intake, handover</translation>
    </message>
    <message>
      <source>Consent and papers</source>
      <translation>Consent and papers</translation>
    </message>
    <message>
      <source>← Caseload</source>
      <translation>← Caseload</translation>
    </message>
    <message>
      <source>Back to the caseload (Alt+Left)</source>
      <translation>Back to the caseload (Alt+Left)</translation>
    </message>
    <message>
      <source>In a dossier: back to the caseload</source>
      <translation>In a dossier: back to the caseload</translation>
    </message>
    <message>
      <source>In a dossier: handouts</source>
      <translation>In a dossier: handouts</translation>
    </message>
    <message>
      <source>In a dossier: plan a talk</source>
      <translation>In a dossier: plan a talk</translation>
    </message>
    <message>
      <source>&amp;Overview</source>
      <translation>&amp;Overview</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Housing</source>
      <translation>Housing</translation>
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
      <translation>P&amp;rogress</translation>
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
      <translation>Enforcement</translation>
    </message>
    <message>
      <source>End</source>
      <translation>End</translation>
    </message>
    <message>
      <source>Co&amp;ntact</source>
      <translation>Co&amp;ntact</translation>
    </message>
    <message>
      <source>&amp;History</source>
      <translation>&amp;History</translation>
    </message>
    <message>
      <source>New PIP version</source>
      <translation>New PIP version</translation>
    </message>
    <message>
      <source>Make a new PIP version with the {route}? It stays a draft until it is signed: until then it does not count as a route change and the handouts keep the signed version. A draft can be thrown away.</source>
      <translation>Make a new PIP version with the {route}? It stays a draft until it is signed: until then it does not count as a route change and the handouts keep the signed version. A draft can be thrown away.</translation>
    </message>
    <message>
      <source>Discard the draft version?</source>
      <translation>Discard the draft version?</translation>
    </message>
    <message>
      <source>Throw the unsigned new PIP version away? The signed version stays.</source>
      <translation>Throw the unsigned new PIP version away? The signed version stays.</translation>
    </message>
    <message>
      <source>No integration journey.</source>
      <translation>No integration journey.</translation>
    </message>
    <message>
      <source>&lt;b&gt;Next:&lt;/b&gt; {step}, {when}</source>
      <translation>&lt;b&gt;Next:&lt;/b&gt; {step}, {when}</translation>
    </message>
    <message>
      <source>&lt;b&gt;Next:&lt;/b&gt; {step}</source>
      <translation>&lt;b&gt;Next:&lt;/b&gt; {step}</translation>
    </message>
    <message>
      <source>&lt;b&gt;Next:&lt;/b&gt; nothing due.</source>
      <translation>&lt;b&gt;Next:&lt;/b&gt; nothing due.</translation>
    </message>
  </context>
  <context>
    <name>EndPage</name>
    <message>
      <source>End of the trajectory</source>
      <translation>End of the trajectory</translation>
    </message>
    <message>
      <source>Extension and exemption (DUO)</source>
      <translation>Extension and exemption (DUO)</translation>
    </message>
    <message>
      <source>Exam results</source>
      <translation>Exam results</translation>
    </message>
    <message>
      <source>Steps of the team's rules</source>
      <translation>Steps of the team's rules</translation>
    </message>
  </context>
  <context>
    <name>FieldEditor</name>
    <message>
      <source>Show BSN</source>
      <extracomment>Fields that hold a language code, chosen from a list of languages by name. Fields that hold several language codes ("tr,en"), chosen by name.</extracomment>
      <translation>Show BSN</translation>
    </message>
    <message>
      <source>Show or hide the whole BSN</source>
      <translation>Show or hide the whole BSN</translation>
    </message>
  </context>
  <context>
    <name>FilterChips</name>
    <message>
      <source>Filters on:</source>
      <translation>Filters on:</translation>
    </message>
    <message>
      <source>Clear all filters</source>
      <translation>Clear all filters</translation>
    </message>
    <message>
      <source>Click to stop filtering on this</source>
      <translation>Click to stop filtering on this</translation>
    </message>
    <message>
      <source>Clear filter {name}</source>
      <translation>Clear filter {name}</translation>
    </message>
  </context>
  <context>
    <name>FirstRunPage</name>
    <message>
      <source>Welcome to Wegwijzer</source>
      <translation>Welcome to Wegwijzer</translation>
    </message>
    <message>
      <source>Wegwijzer keeps the dossiers encrypted on this computer. Choose a passphrase to open them. Nobody can read the data without it, not even the IT department.</source>
      <translation>Wegwijzer keeps the dossiers encrypted on this computer. Choose a passphrase to open them. Nobody can read the data without it, not even the IT department.</translation>
    </message>
    <message>
      <source>Your &amp;name:</source>
      <translation>Your &amp;name:</translation>
    </message>
    <message>
      <source>First and last name, as colleagues know you</source>
      <translation>First and last name, as colleagues know you</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Your name</translation>
    </message>
    <message>
      <source>&amp;Create database</source>
      <translation>&amp;Create database</translation>
    </message>
    <message>
      <source>Creating the encrypted database…</source>
      <translation>Creating the encrypted database…</translation>
    </message>
    <message>
      <source>Your recovery key</source>
      <translation>Your recovery key</translation>
    </message>
    <message>
      <source>This recovery key is the only way back in if every passphrase is forgotten. Save it as a file on a USB stick or print it, and keep it somewhere safe, away from this laptop.</source>
      <translation>This recovery key is the only way back in if every passphrase is forgotten. Save it as a file on a USB stick or print it, and keep it somewhere safe, away from this laptop.</translation>
    </message>
    <message>
      <source>&lt;b&gt;Without the passphrase and without this recovery key the data is lost for good.&lt;/b&gt; Nobody can recover it, not even the supplier.</source>
      <translation>&lt;b&gt;Without the passphrase and without this recovery key the data is lost for good.&lt;/b&gt; Nobody can recover it, not even the supplier.</translation>
    </message>
    <message>
      <source>&amp;Save as file…</source>
      <translation>&amp;Save as file…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <source>I have &amp;stored the recovery key safely</source>
      <translation>I have &amp;stored the recovery key safely</translation>
    </message>
    <message>
      <source>&amp;Continue</source>
      <translation>&amp;Continue</translation>
    </message>
    <message>
      <source>Wegwijzer recovery key

{key}

Made on {date} on the laptop {laptop}.

Keep this sheet somewhere safe. With this key the database can be opened when every passphrase is forgotten.
</source>
      <translation>Wegwijzer recovery key

{key}

Made on {date} on the laptop {laptop}.

Keep this sheet somewhere safe. With this key the database can be opened when every passphrase is forgotten.
</translation>
    </message>
    <message>
      <source>wegwijzer-recovery-key.txt</source>
      <translation>wegwijzer-recovery-key.txt</translation>
    </message>
    <message>
      <source>Save recovery key (on a USB stick, not on this laptop)</source>
      <translation>Save recovery key (on a USB stick, not on this laptop)</translation>
    </message>
    <message>
      <source>Text files (*.txt)</source>
      <translation>Text files (*.txt)</translation>
    </message>
    <message>
      <source>The file could not be saved. Choose another place.</source>
      <translation>The file could not be saved. Choose another place.</translation>
    </message>
    <message>
      <source>Saved, but on this laptop's own disk: whoever steals the laptop finds the key too. Copy it to a USB stick or print it, keep that apart from the laptop, and delete this file.</source>
      <translation>Saved, but on this laptop's own disk: whoever steals the laptop finds the key too. Copy it to a USB stick or print it, keep that apart from the laptop, and delete this file.</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <source>Print recovery key</source>
      <translation>Print recovery key</translation>
    </message>
    <message>
      <source>Sent to the printer.</source>
      <translation>Sent to the printer.</translation>
    </message>
  </context>
  <context>
    <name>FormPage</name>
    <message>
      <source>&amp;Undo last change</source>
      <extracomment>How long typing must pause before the draft is written. How many earlier states "undo" can go back to.</extracomment>
      <translation>&amp;Undo last change</translation>
    </message>
    <message>
      <source>Alt+Backspace</source>
      <translation>Alt+Backspace</translation>
    </message>
    <message>
      <source>&amp;Discard changes</source>
      <translation>&amp;Discard changes</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>Ctrl+S</source>
      <translation>Ctrl+S</translation>
    </message>
    <message>
      <source>Save and &amp;complete step</source>
      <translation>Save and &amp;complete step</translation>
    </message>
    <message>
      <source>Ctrl+Enter: complete and go to the next step</source>
      <translation>Ctrl+Enter: complete and go to the next step</translation>
    </message>
    <message>
      <source>In a form: undo the last change</source>
      <translation>In a form: undo the last change</translation>
    </message>
    <message>
      <source>In a form: save</source>
      <translation>In a form: save</translation>
    </message>
    <message>
      <source>In a form: save and complete the step</source>
      <translation>In a form: save and complete the step</translation>
    </message>
    <message>
      <source>Recovered unsaved changes.</source>
      <translation>Recovered unsaved changes.</translation>
    </message>
    <message>
      <source>Updated with changes from another laptop.</source>
      <translation>Updated with changes from another laptop.</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <source>&lt;b&gt;{field}&lt;/b&gt;: yours “{mine}”, now stored “{theirs}”</source>
      <translation>&lt;b&gt;{field}&lt;/b&gt;: yours “{mine}”, now stored “{theirs}”</translation>
    </message>
    <message>
      <source>Changed on another laptop</source>
      <translation>Changed on another laptop</translation>
    </message>
    <message>
      <source>While you were editing, a colleague changed the same fields:</source>
      <translation>While you were editing, a colleague changed the same fields:</translation>
    </message>
    <message>
      <source>Keep mine</source>
      <translation>Keep mine</translation>
    </message>
    <message>
      <source>Take theirs</source>
      <translation>Take theirs</translation>
    </message>
    <message>
      <source>Keep both</source>
      <translation>Keep both</translation>
    </message>
    <message>
      <source>Merge by hand</source>
      <translation>Merge by hand</translation>
    </message>
    <message>
      <source>Kept both texts: the other laptop's first, yours below it.</source>
      <translation>Kept both texts: the other laptop's first, yours below it.</translation>
    </message>
    <message>
      <source>Took the values from the other laptop.</source>
      <translation>Took the values from the other laptop.</translation>
    </message>
    <message>
      <source>Kept your values: saving replaces the other ones.</source>
      <translation>Kept your values: saving replaces the other ones.</translation>
    </message>
    <message>
      <source>Now stored (changed on another laptop): {value}</source>
      <translation>Now stored (changed on another laptop): {value}</translation>
    </message>
    <message>
      <source>Merge by hand: both values are shown.</source>
      <translation>Merge by hand: both values are shown.</translation>
    </message>
    <message>
      <source>Draft kept at {time}</source>
      <translation>Draft kept at {time}</translation>
    </message>
    <message>
      <source>Changes discarded.</source>
      <translation>Changes discarded.</translation>
    </message>
    <message>
      <source>Discard changes?</source>
      <translation>Discard changes?</translation>
    </message>
    <message>
      <source>Everything typed since the last save will be lost. Discard it?</source>
      <translation>Everything typed since the last save will be lost. Discard it?</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <source>Not saved: check the fields marked in red.</source>
      <translation>Not saved: check the fields marked in red.</translation>
    </message>
  </context>
  <context>
    <name>HandoutActions</name>
    <message>
      <source>&amp;Handouts for this person…</source>
      <translation>&amp;Handouts for this person…</translation>
    </message>
    <message>
      <source>Print &amp;klantreis for a ROL visit…</source>
      <translation>Print &amp;klantreis for a ROL visit…</translation>
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
      <translation>Invitation to a talk</translation>
    </message>
    <message>
      <source>PIP summary</source>
      <translation>PIP summary</translation>
    </message>
    <message>
      <source>Support map (sociale kaart)</source>
      <translation>Support map (sociale kaart)</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Preview</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <source>Contact details on the handout</source>
      <translation>Contact details on the handout</translation>
    </message>
    <message>
      <source>&amp;Save as PDF…</source>
      <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>&amp;Document:</source>
      <translation>&amp;Document:</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Language:</translation>
    </message>
    <message>
      <source>&amp;Contact details:</source>
      <translation>&amp;Contact details:</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Loading…</translation>
    </message>
    <message>
      <source>{name}, {phone} (this person's consultant)</source>
      <translation>{name}, {phone} (this person's consultant)</translation>
    </message>
    <message>
      <source>{name}, {phone} (you)</source>
      <translation>{name}, {phone} (you)</translation>
    </message>
    <message>
      <source>This person is a colleague's client: choose whose contact details go on the handout.</source>
      <translation>This person is a colleague's client: choose whose contact details go on the handout.</translation>
    </message>
    <message>
      <source>No contact details on the handout: this person has no consultant and you are not linked to a consultant of the team roster. An admin links you under Users, audit trail and retention → Users.</source>
      <translation>No contact details on the handout: this person has no consultant and you are not linked to a consultant of the team roster. An admin links you under Users, audit trail and retention → Users.</translation>
    </message>
    <message>
      <source>This person has no consultant yet: your contact details go on the handout ({name}, {phone}).</source>
      <translation>This person has no consultant yet: your contact details go on the handout ({name}, {phone}).</translation>
    </message>
    <message>
      <source>Contact details on the handout: {name}, {phone}.</source>
      <translation>Contact details on the handout: {name}, {phone}.</translation>
    </message>
    <message>
      <source>You are not linked to a consultant of the team roster: an admin links you under Users, audit trail and retention → Users.</source>
      <translation>You are not linked to a consultant of the team roster: an admin links you under Users, audit trail and retention → Users.</translation>
    </message>
    <message>
      <source>Making the handout…</source>
      <translation>Making the handout…</translation>
    </message>
    <message>
      <source>Pages: {count}</source>
      <translation>Pages: {count}</translation>
    </message>
    <message>
      <source>draft translation, not yet checked by a translator</source>
      <translation>draft translation, not yet checked by a translator</translation>
    </message>
    <message>
      <source>Texts still in Dutch: {count}</source>
      <translation>Texts still in Dutch: {count}</translation>
    </message>
    <message>
      <source>The handout could not be made.</source>
      <translation>The handout could not be made.</translation>
    </message>
    <message>
      <source>Printing…</source>
      <translation>Printing…</translation>
    </message>
    <message>
      <source>Sent to the printer.</source>
      <translation>Sent to the printer.</translation>
    </message>
    <message>
      <source>The handout could not be printed.</source>
      <translation>The handout could not be printed.</translation>
    </message>
    <message>
      <source>Save handout</source>
      <translation>Save handout</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <source>Saved as {file}</source>
      <translation>Saved as {file}</translation>
    </message>
  </context>
  <context>
    <name>HelpActions</name>
    <message>
      <source>&amp;Help for this screen</source>
      <translation>&amp;Help for this screen</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
      <source>&amp;First steps</source>
      <translation>&amp;First steps</translation>
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
      <translation>Help page</translation>
    </message>
  </context>
  <context>
    <name>HistoryModel</name>
    <message>
      <source>Changed</source>
      <translation>Changed</translation>
    </message>
    <message>
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <source>About</source>
      <translation>About</translation>
    </message>
    <message>
      <source>By</source>
      <translation>By</translation>
    </message>
    <message>
      <source>{by} on {laptop}</source>
      <translation>{by} on {laptop}</translation>
    </message>
  </context>
  <context>
    <name>HousingPage</name>
    <message>
      <source>No home in the municipality recorded yet. The legal term for the PIP starts with the first HAR or regular home.</source>
      <translation>No home in the municipality recorded yet. The legal term for the PIP starts with the first HAR or regular home.</translation>
    </message>
    <message>
      <source>Housed in the municipality since {date} (shown in bold).</source>
      <translation>Housed in the municipality since {date} (shown in bold).</translation>
    </message>
    <message>
      <source>The PIP must be fixed by a decision by {date}.</source>
      <translation>The PIP must be fixed by a decision by {date}.</translation>
    </message>
  </context>
  <context>
    <name>IntakePage</name>
    <message>
      <source>Show &amp;health information (special personal data)</source>
      <translation>Show &amp;health information (special personal data)</translation>
    </message>
    <message>
      <source>Show health information</source>
      <translation>Show health information</translation>
    </message>
    <message>
      <source>Special personal data: shown on purpose, hidden again for the next dossier</source>
      <translation>Special personal data: shown on purpose, hidden again for the next dossier</translation>
    </message>
    <message>
      <source>As a team lead you see the Brede Intake without its health domains and cannot change it: health information is special personal data, for the consultants and the admin only.</source>
      <translation>As a team lead you see the Brede Intake without its health domains and cannot change it: health information is special personal data, for the consultants and the admin only.</translation>
    </message>
  </context>
  <context>
    <name>JournalPage</name>
    <message>
      <source>Search the notes (text, kind, source, author)</source>
      <extracomment>The unlocked user: only the author of a note may change or remove it.</extracomment>
      <translation>Search the notes (text, kind, source, author)</translation>
    </message>
    <message>
      <source>Search the contact journal</source>
      <translation>Search the contact journal</translation>
    </message>
    <message>
      <source>Notes of the contact journal</source>
      <translation>Notes of the contact journal</translation>
    </message>
    <message>
      <source>Show &amp;health information (special personal data)</source>
      <translation>Show &amp;health information (special personal data)</translation>
    </message>
    <message>
      <source>This note contains health information. Tick "Show health information" to see it.</source>
      <translation>This note contains health information. Tick "Show health information" to see it.</translation>
    </message>
    <message>
      <source>As a team lead you do not see notes with health information: they are special personal data, for the consultants and the admin only.</source>
      <translation>As a team lead you do not see notes with health information: they are special personal data, for the consultants and the admin only.</translation>
    </message>
    <message>
      <source>Notes with health information hidden: {count}.</source>
      <translation>Notes with health information hidden: {count}.</translation>
    </message>
    <message>
      <source>Written by {author}: only they can change it. Add a note of your own instead.</source>
      <translation>Written by {author}: only they can change it. Add a note of your own instead.</translation>
    </message>
    <message>
      <source>Journal</source>
      <translation>Journal</translation>
    </message>
  </context>
  <context>
    <name>KoppelingDialog</name>
    <message>
      <source>New koppeling</source>
      <translation>New koppeling</translation>
    </message>
    <message>
      <source>&amp;Register</source>
      <translation>&amp;Register</translation>
    </message>
    <message>
      <source>Ctrl+S</source>
      <translation>Ctrl+S</translation>
    </message>
    <message>
      <source>Is this someone already registered?</source>
      <translation>Is this someone already registered?</translation>
    </message>
    <message>
      <source>Consultant</source>
      <translation>Consultant</translation>
    </message>
    <message>
      <source>&amp;Guided by</source>
      <translation>&amp;Guided by</translation>
    </message>
    <message>
      <source>Joins the household of</source>
      <translation>Joins the household of</translation>
    </message>
    <message>
      <source>Search by &amp;name</source>
      <translation>Search by &amp;name</translation>
    </message>
    <message>
      <source>Name of someone already registered</source>
      <translation>Name of someone already registered</translation>
    </message>
    <message>
      <source>Household: partner, children, family abroad</source>
      <translation>Household: partner, children, family abroad</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Add &amp;member…</source>
      <translation>Add &amp;member…</translation>
    </message>
    <message>
      <source>Remove member</source>
      <translation>Remove member</translation>
    </message>
    <message>
      <source>Consultant who guides this person</source>
      <translation>Consultant who guides this person</translation>
    </message>
    <message>
      <source>Search the household to join</source>
      <translation>Search the household to join</translation>
    </message>
    <message>
      <source>Household to join</source>
      <translation>Household to join</translation>
    </message>
    <message>
      <source>Household members</source>
      <translation>Household members</translation>
    </message>
    <message>
      <source>Add a household member</source>
      <translation>Add a household member</translation>
    </message>
    <message>
      <source>Remove the selected household member</source>
      <translation>Remove the selected household member</translation>
    </message>
    <message>
      <source>(nobody yet)</source>
      <translation>(nobody yet)</translation>
    </message>
    <message>
      <source>abroad</source>
      <translation>abroad</translation>
    </message>
    <message>
      <source>own journey</source>
      <translation>own journey</translation>
    </message>
    <message>
      <source>same BSN</source>
      <translation>same BSN</translation>
    </message>
    <message>
      <source>same V-number</source>
      <translation>same V-number</translation>
    </message>
    <message>
      <source>same name and date of birth</source>
      <translation>same name and date of birth</translation>
    </message>
    <message>
      <source>Open this dossier</source>
      <translation>Open this dossier</translation>
    </message>
    <message>
      <source>Open the dossier of {name}</source>
      <translation>Open the dossier of {name}</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <source>Linked to municipality</source>
      <translation>Linked to municipality</translation>
    </message>
    <message>
      <source>Koffie en Koek talk</source>
      <translation>Koffie en Koek talk</translation>
    </message>
    <message>
      <source>Broad intake</source>
      <translation>Broad intake</translation>
    </message>
    <message>
      <source>Learnability test</source>
      <translation>Learnability test</translation>
    </message>
    <message>
      <source>StarterZ class</source>
      <translation>StarterZ class</translation>
    </message>
    <message>
      <source>PIP signed</source>
      <translation>PIP signed</translation>
    </message>
    <message>
      <source>PIP fixed (beschikking)</source>
      <translation>PIP fixed (beschikking)</translation>
    </message>
    <message>
      <source>Route start</source>
      <translation>Route start</translation>
    </message>
    <message>
      <source>Progress talk</source>
      <translation>Progress talk</translation>
    </message>
    <message>
      <source>Participation statement (PVT)</source>
      <translation>Participation statement (PVT)</translation>
    </message>
    <message>
      <source>Labour market module (MAP)</source>
      <translation>Labour market module (MAP)</translation>
    </message>
    <message>
      <source>Ontzorgen</source>
      <translation>Ontzorgen</translation>
    </message>
    <message>
      <source>Social guidance (VWN)</source>
      <translation>Social guidance (VWN)</translation>
    </message>
    <message>
      <source>Integration term</source>
      <translation>Integration term</translation>
    </message>
    <message>
      <source>Ended</source>
      <translation>Ended</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Due soon</source>
      <translation>Due soon</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Planned</translation>
    </message>
    <message>
      <source>Planned late</source>
      <translation>Planned late</translation>
    </message>
    <message>
      <source>Not applicable</source>
      <translation>Not applicable</translation>
    </message>
    <message>
      <source>Refugee with permit</source>
      <translation>Refugee with permit</translation>
    </message>
    <message>
      <source>Reunited family member</source>
      <translation>Reunited family member</translation>
    </message>
    <message>
      <source>Family migrant</source>
      <translation>Family migrant</translation>
    </message>
    <message>
      <source>Resettled refugee</source>
      <translation>Resettled refugee</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>B1 route</source>
      <translation>B1 route</translation>
    </message>
    <message>
      <source>Education route</source>
      <translation>Education route</translation>
    </message>
    <message>
      <source>Z route</source>
      <translation>Z route</translation>
    </message>
    <message>
      <source>Something unexpected went wrong. Please tell your administrator.</source>
      <translation>Something unexpected went wrong. Please tell your administrator.</translation>
    </message>
  </context>
  <context>
    <name>LanguageChooser</name>
    <message>
      <source>Choose languages</source>
      <translation>Choose languages</translation>
    </message>
    <message>
      <source>Choose a language</source>
      <translation>Choose a language</translation>
    </message>
    <message>
      <source>Type to search, e.g. Arabic</source>
      <translation>Type to search, e.g. Arabic</translation>
    </message>
    <message>
      <source>Search a language</source>
      <translation>Search a language</translation>
    </message>
    <message>
      <source>Languages</source>
      <translation>Languages</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>Space ticks a language, Enter takes the ticked ones</source>
      <translation>Space ticks a language, Enter takes the ticked ones</translation>
    </message>
    <message>
      <source>Enter takes the language</source>
      <translation>Enter takes the language</translation>
    </message>
    <message>
      <source>No language has that name.</source>
      <translation>No language has that name.</translation>
    </message>
  </context>
  <context>
    <name>LanguagePicker</name>
    <message>
      <source>Choose languages</source>
      <translation>Choose languages</translation>
    </message>
    <message>
      <source>Choose a language</source>
      <translation>Choose a language</translation>
    </message>
    <message>
      <source>Type a letter or press Enter to choose</source>
      <translation>Type a letter or press Enter to choose</translation>
    </message>
  </context>
  <context>
    <name>LinkPersonBox</name>
    <message>
      <source>Find a household member to link</source>
      <translation>Find a household member to link</translation>
    </message>
    <message>
      <source>Link someone who already has a dossier</source>
      <extracomment>How long typing in the search field must pause before searching.</extracomment>
      <translation>Link someone who already has a dossier</translation>
    </message>
    <message>
      <source>Search by name (any script)…</source>
      <translation>Search by name (any script)…</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>&amp;Link to household</source>
      <translation>&amp;Link to household</translation>
    </message>
    <message>
      <source>in another household</source>
      <translation>in another household</translation>
    </message>
    <message>
      <source>Nobody found with that name.</source>
      <translation>Nobody found with that name.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>&amp;New koppeling…</source>
      <translation>&amp;New koppeling…</translation>
    </message>
    <message>
      <source>Register a newcomer and their household (Ctrl+N)</source>
      <translation>Register a newcomer and their household (Ctrl+N)</translation>
    </message>
    <message>
      <source>&amp;Assign to a consultant…</source>
      <translation>&amp;Assign to a consultant…</translation>
    </message>
    <message>
      <source>&amp;Lock</source>
      <translation>&amp;Lock</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <source>&amp;Go</source>
      <translation>&amp;Go</translation>
    </message>
    <message>
      <source>&amp;Caseload</source>
      <translation>&amp;Caseload</translation>
    </message>
    <message>
      <source>&amp;Today: what needs doing</source>
      <translation>&amp;Today: what needs doing</translation>
    </message>
    <message>
      <source>&amp;Agenda: planned talks</source>
      <translation>&amp;Agenda: planned talks</translation>
    </message>
    <message>
      <source>&amp;Reports (sturen en meten)</source>
      <translation>&amp;Reports (sturen en meten)</translation>
    </message>
    <message>
      <source>&amp;Jump to the current step</source>
      <translation>&amp;Jump to the current step</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;About Wegwijzer</source>
      <translation>&amp;About Wegwijzer</translation>
    </message>
    <message>
      <source>&amp;Admin</source>
      <translation>&amp;Admin</translation>
    </message>
    <message>
      <source>About Wegwijzer</source>
      <translation>About Wegwijzer</translation>
    </message>
    <message>
      <source>&lt;h3&gt;Wegwijzer&lt;/h3&gt;&lt;p&gt;Dossiers, klantreis and handouts for consultants inburgering (Wet inburgering 2021).&lt;/p&gt;&lt;p&gt;All data stays encrypted on this computer.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;Wegwijzer&lt;/h3&gt;&lt;p&gt;Dossiers, klantreis and handouts for consultants inburgering (Wet inburgering 2021).&lt;/p&gt;&lt;p&gt;All data stays encrypted on this computer.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Dossier</source>
      <translation>Dossier</translation>
    </message>
    <message>
      <source>{count} people assigned.</source>
      <translation>{count} people assigned.</translation>
    </message>
    <message>
      <source>{shown} of {total} shown</source>
      <translation>{shown} of {total} shown</translation>
    </message>
    <message>
      <source>Loading the caseload…</source>
      <translation>Loading the caseload…</translation>
    </message>
  </context>
  <context>
    <name>MemberDialog</name>
    <message>
      <source>Cancel</source>
      <extracomment>Fields the dialog shows with widgets of its own (not plain form fields). How long typing pauses before the duplicate check runs.</extracomment>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Household member</source>
      <translation>Household member</translation>
    </message>
    <message>
      <source>&amp;Add to household</source>
      <translation>&amp;Add to household</translation>
    </message>
  </context>
  <context>
    <name>MemberEditDialog</name>
    <message>
      <source>Household member</source>
      <translation>Household member</translation>
    </message>
  </context>
  <context>
    <name>NewPassphraseForm</name>
    <message>
      <source>&amp;New passphrase:</source>
      <translation>&amp;New passphrase:</translation>
    </message>
    <message>
      <source>&amp;Repeat passphrase:</source>
      <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
      <source>At least {n} characters, a sentence works well</source>
      <translation>At least {n} characters, a sentence works well</translation>
    </message>
    <message>
      <source>Too short: {n} more characters needed.</source>
      <translation>Too short: {n} more characters needed.</translation>
    </message>
    <message>
      <source>The two passphrases are not the same.</source>
      <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
      <source>Easy to guess: a known word, name, date or pattern (such as 'Welkom2025'). Use a sentence of a few unusual words.</source>
      <translation>Easy to guess: a known word, name, date or pattern (such as 'Welkom2025'). Use a sentence of a few unusual words.</translation>
    </message>
    <message>
      <source>Reasonable. Longer is stronger.</source>
      <translation>Reasonable. Longer is stronger.</translation>
    </message>
    <message>
      <source>Strong.</source>
      <translation>Strong.</translation>
    </message>
  </context>
  <context>
    <name>OntzorgenPage</name>
    <message>
      <source>Ontzorgen has a standard period; running longer needs a reason for the extension.</source>
      <extracomment>The person form's fields that describe the trajectory and household, in their own group.</extracomment>
      <translation>Ontzorgen has a standard period; running longer needs a reason for the extension.</translation>
    </message>
    <message>
      <source>The standard period ends on {date}. A later end date needs a reason for the extension.</source>
      <translation>The standard period ends on {date}. A later end date needs a reason for the extension.</translation>
    </message>
  </context>
  <context>
    <name>OverviewPage</name>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>Household</translation>
    </message>
    <message>
      <source>Consultant</source>
      <translation>Consultant</translation>
    </message>
    <message>
      <source>Route</source>
      <translation>Route</translation>
    </message>
    <message>
      <source>Lives in</source>
      <translation>Lives in</translation>
    </message>
    <message>
      <source>Housed since</source>
      <translation>Housed since</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Age</translation>
    </message>
    <message>
      <source>Own journey</source>
      <translation>Own journey</translation>
    </message>
    <message>
      <source>{where} (since {date})</source>
      <translation>{where} (since {date})</translation>
    </message>
    <message>
      <source>not yet (the PIP term has not started)</source>
      <translation>not yet (the PIP term has not started)</translation>
    </message>
    <message>
      <source>abroad</source>
      <translation>abroad</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
  </context>
  <context>
    <name>PapersDialog</name>
    <message>
      <source>Consent and papers</source>
      <translation>Consent and papers</translation>
    </message>
    <message>
      <source>Consents</source>
      <translation>Consents</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Recipient</translation>
    </message>
    <message>
      <source>Name of the recipient</source>
      <translation>Name of the recipient</translation>
    </message>
    <message>
      <source>e.g. NT2 Centrum Vechtdal</source>
      <translation>e.g. NT2 Centrum Vechtdal</translation>
    </message>
    <message>
      <source>Consent given on</source>
      <translation>Consent given on</translation>
    </message>
    <message>
      <source>&amp;Record consent</source>
      <translation>&amp;Record consent</translation>
    </message>
    <message>
      <source>&amp;Withdraw selected consent</source>
      <translation>&amp;Withdraw selected consent</translation>
    </message>
    <message>
      <source>Paper</source>
      <translation>Paper</translation>
    </message>
    <message>
      <source>&amp;Make paper</source>
      <translation>&amp;Make paper</translation>
    </message>
    <message>
      <source>&amp;Save as PDF…</source>
      <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <source>&amp;Attach signed scan…</source>
      <translation>&amp;Attach signed scan…</translation>
    </message>
    <message>
      <source>Add the scan of the signed PIP or Brede Intake to the dossier</source>
      <translation>Add the scan of the signed PIP or Brede Intake to the dossier</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Consent to share</source>
      <translation>Consent to share</translation>
    </message>
    <message>
      <source>Re&amp;cipient</source>
      <translation>Re&amp;cipient</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <source>&amp;Given on</source>
      <translation>&amp;Given on</translation>
    </message>
    <message>
      <source>Papers</source>
      <translation>Papers</translation>
    </message>
    <message>
      <source>PIP to sign</source>
      <translation>PIP to sign</translation>
    </message>
    <message>
      <source>Brede Intake to sign</source>
      <translation>Brede Intake to sign</translation>
    </message>
    <message>
      <source>PIP for the language provider (consent)</source>
      <translation>PIP for the language provider (consent)</translation>
    </message>
    <message>
      <source>PIP for the VWN begeleider (consent)</source>
      <translation>PIP for the VWN begeleider (consent)</translation>
    </message>
    <message>
      <source>Warm handover to the new municipality (consent)</source>
      <translation>Warm handover to the new municipality (consent)</translation>
    </message>
    <message>
      <source>Consent recorded.</source>
      <translation>Consent recorded.</translation>
    </message>
    <message>
      <source>Consent withdrawn.</source>
      <translation>Consent withdrawn.</translation>
    </message>
    <message>
      <source>Making the paper…</source>
      <translation>Making the paper…</translation>
    </message>
    <message>
      <source>Ready: save it as PDF or print it.</source>
      <translation>Ready: save it as PDF or print it.</translation>
    </message>
    <message>
      <source>That did not work.</source>
      <translation>That did not work.</translation>
    </message>
    <message>
      <source>Save paper</source>
      <translation>Save paper</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <source>Saved as {file}</source>
      <translation>Saved as {file}</translation>
    </message>
    <message>
      <source>Sent to the printer.</source>
      <translation>Sent to the printer.</translation>
    </message>
    <message>
      <source>Attach signed scan</source>
      <translation>Attach signed scan</translation>
    </message>
    <message>
      <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
      <translation>Scans (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>The signed scan is in the dossier (attachments).</source>
      <translation>The signed scan is in the dossier (attachments).</translation>
    </message>
  </context>
  <context>
    <name>ParticipationPage</name>
    <message>
      <source>Now {hours} hours per week.</source>
      <translation>Now {hours} hours per week.</translation>
    </message>
    <message>
      <source>Planned hours are counted from the decision (beschikking) on the PIP.</source>
      <translation>Planned hours are counted from the decision (beschikking) on the PIP.</translation>
    </message>
    <message>
      <source>Planned in the integration term: {hours} of the {target} hours the Z route asks.</source>
      <translation>Planned in the integration term: {hours} of the {target} hours the Z route asks.</translation>
    </message>
    <message>
      <source>Planned in the integration term: {hours} hours.</source>
      <translation>Planned in the integration term: {hours} hours.</translation>
    </message>
    <message>
      <source>Participation</source>
      <translation>Participation</translation>
    </message>
  </context>
  <context>
    <name>PipPage</name>
    <message>
      <source>PIP versions</source>
      <translation>PIP versions</translation>
    </message>
    <message>
      <source>Plan and agreements</source>
      <translation>Plan and agreements</translation>
    </message>
    <message>
      <source>New PIP version</source>
      <translation>New PIP version</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Why</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Make &amp;new version</source>
      <translation>Make &amp;new version</translation>
    </message>
    <message>
      <source>Discard the draft &amp;version</source>
      <translation>Discard the draft &amp;version</translation>
    </message>
    <message>
      <source>The new version is not signed yet: it counts for nothing until it is.</source>
      <translation>The new version is not signed yet: it counts for nothing until it is.</translation>
    </message>
    <message>
      <source>signed {date}</source>
      <translation>signed {date}</translation>
    </message>
    <message>
      <source>not signed yet</source>
      <translation>not signed yet</translation>
    </message>
    <message>
      <source>draft: counts once signed</source>
      <translation>draft: counts once signed</translation>
    </message>
    <message>
      <source>Version {n}: {route}, {change}, {signed}</source>
      <translation>Version {n}: {route}, {change}, {signed}</translation>
    </message>
    <message>
      <source>Learnability test {date}: outcome {outcome}.</source>
      <translation>Learnability test {date}: outcome {outcome}.</translation>
    </message>
    <message>
      <source>No learnability test recorded yet.</source>
      <translation>No learnability test recorded yet.</translation>
    </message>
  </context>
  <context>
    <name>Recipients</name>
    <message>
      <source>Language provider</source>
      <translation>Language provider</translation>
    </message>
    <message>
      <source>VWN begeleider</source>
      <translation>VWN begeleider</translation>
    </message>
    <message>
      <source>New municipality</source>
      <translation>New municipality</translation>
    </message>
  </context>
  <context>
    <name>RecordListEditor</name>
    <message>
      <source>Recorded so far</source>
      <extracomment>How many rows the table shows before it scrolls. The id of the record a row shows.</extracomment>
      <translation>Recorded so far</translation>
    </message>
    <message>
      <source>&amp;Add new</source>
      <translation>&amp;Add new</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>The entry was removed on another laptop.</source>
      <translation>The entry was removed on another laptop.</translation>
    </message>
    <message>
      <source>Removed on another laptop</source>
      <translation>Removed on another laptop</translation>
    </message>
    <message>
      <source>While you were changing this entry, a colleague removed it. Your values are still in the form: keep them as a new entry, or let the entry go?</source>
      <translation>While you were changing this entry, a colleague removed it. Your values are still in the form: keep them as a new entry, or let the entry go?</translation>
    </message>
    <message>
      <source>Keep mine as a new entry</source>
      <translation>Keep mine as a new entry</translation>
    </message>
    <message>
      <source>Let it go</source>
      <translation>Let it go</translation>
    </message>
    <message>
      <source>Removed on another laptop: saving adds your values as a new entry.</source>
      <translation>Removed on another laptop: saving adds your values as a new entry.</translation>
    </message>
    <message>
      <source>Adding a new entry.</source>
      <translation>Adding a new entry.</translation>
    </message>
    <message>
      <source>Changing the selected entry.</source>
      <translation>Changing the selected entry.</translation>
    </message>
    <message>
      <source>Remove?</source>
      <translation>Remove?</translation>
    </message>
    <message>
      <source>Remove the selected entry from the dossier? This cannot be undone.</source>
      <translation>Remove the selected entry from the dossier? This cannot be undone.</translation>
    </message>
  </context>
  <context>
    <name>RecordListPage</name>
    <message>
      <source>Recorded earlier</source>
      <translation>Recorded earlier</translation>
    </message>
    <message>
      <source>Nothing recorded yet.</source>
      <translation>Nothing recorded yet.</translation>
    </message>
    <message>
      <source>Recorded earlier:</source>
      <translation>Recorded earlier:</translation>
    </message>
  </context>
  <context>
    <name>Records</name>
    <message>
      <source>Residence</source>
      <translation>Residence</translation>
    </message>
    <message>
      <source>Address or location</source>
      <translation>Address or location</translation>
    </message>
    <message>
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Until</translation>
    </message>
    <message>
      <source>Income from</source>
      <translation>Income from</translation>
    </message>
    <message>
      <source>Activity</source>
      <translation>Activity</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Hours/week</source>
      <translation>Hours/week</translation>
    </message>
    <message>
      <source>Date</source>
      <extracomment>PDF pages rendered at most (a long scan is better read after saving a copy). Resolution of rendered pages; they are scaled to the viewer's width.</extracomment>
      <translation>Date</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>With or from</source>
      <translation>With or from</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>By</source>
      <translation>By</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>File name</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>Added on</source>
      <translation>Added on</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>being fetched</source>
      <translation>being fetched</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>Request</translation>
    </message>
    <message>
      <source>Requested on</source>
      <translation>Requested on</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Decision</translation>
    </message>
    <message>
      <source>Decided on</source>
      <translation>Decided on</translation>
    </message>
    <message>
      <source>Part</source>
      <translation>Part</translation>
    </message>
    <message>
      <source>Taken on</source>
      <translation>Taken on</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Result</translation>
    </message>
    <message>
      <source>Level</source>
      <translation>Level</translation>
    </message>
    <message>
      <source>Language provider</source>
      <translation>Language provider</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Step</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>Done on</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
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
      <translation>Value</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Target</translation>
    </message>
    <message>
      <source>People</source>
      <translation>People</translation>
    </message>
    <message>
      <source>Target met</source>
      <translation>Target met</translation>
    </message>
    <message>
      <source>Earlier periods</source>
      <translation>Earlier periods</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <source>Breakdown</source>
      <translation>Breakdown</translation>
    </message>
    <message>
      <source>Part</source>
      <translation>Part</translation>
    </message>
    <message>
      <source>Count</source>
      <translation>Count</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>Share</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
  </context>
  <context>
    <name>ReportsView</name>
    <message>
      <source>Reports: sturen en meten</source>
      <extracomment>How many earlier periods the trend column shows. The data read before a write: its people are reused where their kept row did not change (desktop/reports/kept.py), so that after a save only they are read again. Evaluated journeys, kept between visits and periods until the lock: a journey is evaluated again only when its facts changed (desktop/reports/journeys.py).</extracomment>
      <translation>Reports: sturen en meten</translation>
    </message>
    <message>
      <source>&amp;Period:</source>
      <translation>&amp;Period:</translation>
    </message>
    <message>
      <source>&amp;For:</source>
      <translation>&amp;For:</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Month</translation>
    </message>
    <message>
      <source>Quarter</source>
      <translation>Quarter</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Year</translation>
    </message>
    <message>
      <source>Indicators</source>
      <translation>Indicators</translation>
    </message>
    <message>
      <source>Parts of the indicator</source>
      <translation>Parts of the indicator</translation>
    </message>
    <message>
      <source>People behind the figure</source>
      <translation>People behind the figure</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Custom</translation>
    </message>
    <message>
      <source>The whole team</source>
      <translation>The whole team</translation>
    </message>
    <message>
      <source>Hide small numbers (as in the council report)</source>
      <translation>Hide small numbers (as in the council report)</translation>
    </message>
    <message>
      <source>Save council &amp;PDF…</source>
      <translation>Save council &amp;PDF…</translation>
    </message>
    <message>
      <source>Save &amp;spreadsheet…</source>
      <translation>Save &amp;spreadsheet…</translation>
    </message>
    <message>
      <source>Quarter {n}</source>
      <translation>Quarter {n}</translation>
    </message>
    <message>
      <source>Counting…</source>
      <translation>Counting…</translation>
    </message>
    <message>
      <source>{period} · as of {as_of} · {municipality}</source>
      <translation>{period} · as of {as_of} · {municipality}</translation>
    </message>
    <message>
      <source>&lt;b&gt;{title}&lt;/b&gt;: {value} (target {target}){extras}&lt;br&gt;{definition} &lt;i&gt;({source})&lt;/i&gt;</source>
      <translation>&lt;b&gt;{title}&lt;/b&gt;: {value} (target {target}){extras}&lt;br&gt;{definition} &lt;i&gt;({source})&lt;/i&gt;</translation>
    </message>
    <message>
      <source>People behind this figure: {count} (Enter opens the dossier)</source>
      <translation>People behind this figure: {count} (Enter opens the dossier)</translation>
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
      <translation>Save report</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Saving…</translation>
    </message>
    <message>
      <source>Saved: {path}</source>
      <translation>Saved: {path}</translation>
    </message>
  </context>
  <context>
    <name>RetentionTab</name>
    <message>
      <source>Retention period in years</source>
      <translation>Retention period in years</translation>
    </message>
    <message>
      <source>&amp;Save period</source>
      <translation>&amp;Save period</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Trajectory ended</source>
      <translation>Trajectory ended</translation>
    </message>
    <message>
      <source>Due on</source>
      <translation>Due on</translation>
    </message>
    <message>
      <source>Dossiers due for deletion</source>
      <translation>Dossiers due for deletion</translation>
    </message>
    <message>
      <source>&amp;Delete selected dossiers…</source>
      <translation>&amp;Delete selected dossiers…</translation>
    </message>
    <message>
      <source>Keep closed dossiers for (years after the end):</source>
      <translation>Keep closed dossiers for (years after the end):</translation>
    </message>
    <message>
      <source>No retention period is set yet: nothing is deleted.</source>
      <translation>No retention period is set yet: nothing is deleted.</translation>
    </message>
    <message>
      <source>{count} closed dossier(s) are due for deletion.</source>
      <translation>{count} closed dossier(s) are due for deletion.</translation>
    </message>
    <message>
      <source>Delete dossiers</source>
      <translation>Delete dossiers</translation>
    </message>
    <message>
      <source>Delete {count} dossier(s) for good, on every laptop of the team? Only a record without content remains.</source>
      <translation>Delete {count} dossier(s) for good, on every laptop of the team? Only a record without content remains.</translation>
    </message>
  </context>
  <context>
    <name>RulesTab</name>
    <message>
      <source>&amp;Import a new version…</source>
      <translation>&amp;Import a new version…</translation>
    </message>
    <message>
      <source>Changes to the rules</source>
      <translation>Changes to the rules</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Step</translation>
    </message>
    <message>
      <source>Due date: now → new</source>
      <translation>Due date: now → new</translation>
    </message>
    <message>
      <source>&amp;Confirm: use these rules for the team</source>
      <translation>&amp;Confirm: use these rules for the team</translation>
    </message>
    <message>
      <source>The team uses the rules of {municipality}, version {version}.</source>
      <translation>The team uses the rules of {municipality}, version {version}.</translation>
    </message>
    <message>
      <source>The team uses the shipped rules of {municipality}.</source>
      <translation>The team uses the shipped rules of {municipality}.</translation>
    </message>
    <message>
      <source>Rules file</source>
      <translation>Rules file</translation>
    </message>
    <message>
      <source>Rules files (*.toml)</source>
      <translation>Rules files (*.toml)</translation>
    </message>
    <message>
      <source>The file cannot be read.</source>
      <translation>The file cannot be read.</translation>
    </message>
    <message>
      <source>Computing what changes…</source>
      <translation>Computing what changes…</translation>
    </message>
    <message>
      <source>Version {version} for {municipality}: these {count} people get a new deadline.</source>
      <translation>Version {version} for {municipality}: these {count} people get a new deadline.</translation>
    </message>
    <message>
      <source>Version {version} is now the team's rules.</source>
      <translation>Version {version} is now the team's rules.</translation>
    </message>
  </context>
  <context>
    <name>SearchAssist</name>
    <message>
      <source>Search without the filters</source>
      <translation>Search without the filters</translation>
    </message>
    <message>
      <source>No one matches “{text}”.</source>
      <translation>No one matches “{text}”.</translation>
    </message>
    <message>
      <source>No one matches the filters.</source>
      <translation>No one matches the filters.</translation>
    </message>
    <message>
      <source>Found without the filters: {count}.</source>
      <translation>Found without the filters: {count}.</translation>
    </message>
    <message>
      <source>Check the spelling, or search by BSN, V-number or birth date (dd-mm-yyyy).</source>
      <translation>Check the spelling, or search by BSN, V-number or birth date (dd-mm-yyyy).</translation>
    </message>
  </context>
  <context>
    <name>SettingsTab</name>
    <message>
      <source>Name of this laptop</source>
      <translation>Name of this laptop</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>Lock after this many minutes without use:</source>
      <translation>Lock after this many minutes without use:</translation>
    </message>
    <message>
      <source>Name of this laptop (for the team):</source>
      <translation>Name of this laptop (for the team):</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Keyboard shortcuts</translation>
    </message>
    <message>
      <source>Key</source>
      <translation>Key</translation>
    </message>
    <message>
      <source>What it does</source>
      <translation>What it does</translation>
    </message>
  </context>
  <context>
    <name>SyncActions</name>
    <message>
      <source>&amp;Sync</source>
      <translation>&amp;Sync</translation>
    </message>
    <message>
      <source>Synchronise &amp;now</source>
      <translation>Synchronise &amp;now</translation>
    </message>
    <message>
      <source>Team &amp;folder…</source>
      <translation>Team &amp;folder…</translation>
    </message>
    <message>
      <source>&amp;Conflicts…</source>
      <translation>&amp;Conflicts…</translation>
    </message>
  </context>
  <context>
    <name>SyncSettingsDialog</name>
    <message>
      <source>Team folder</source>
      <translation>Team folder</translation>
    </message>
    <message>
      <source>Folder on the share</source>
      <translation>Folder on the share</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <source>Test this folder</source>
      <translation>Test this folder</translation>
    </message>
    <message>
      <source>Team passphrase</source>
      <translation>Team passphrase</translation>
    </message>
    <message>
      <source>Again, for a new team</source>
      <translation>Again, for a new team</translation>
    </message>
    <message>
      <source>Team passphrase again (new team)</source>
      <translation>Team passphrase again (new team)</translation>
    </message>
    <message>
      <source>Join team</source>
      <translation>Join team</translation>
    </message>
    <message>
      <source>Make new team here</source>
      <translation>Make new team here</translation>
    </message>
    <message>
      <source>Enrolment code</source>
      <translation>Enrolment code</translation>
    </message>
    <message>
      <source>Join with enrolment file</source>
      <translation>Join with enrolment file</translation>
    </message>
    <message>
      <source>Make enrolment file…</source>
      <translation>Make enrolment file…</translation>
    </message>
    <message>
      <source>Folder on the share:</source>
      <translation>Folder on the share:</translation>
    </message>
    <message>
      <source>Team passphrase:</source>
      <translation>Team passphrase:</translation>
    </message>
    <message>
      <source>New laptop: join with an enrolment file</source>
      <translation>New laptop: join with an enrolment file</translation>
    </message>
    <message>
      <source>Enrolment file:</source>
      <translation>Enrolment file:</translation>
    </message>
    <message>
      <source>Enrolment code:</source>
      <translation>Enrolment code:</translation>
    </message>
    <message>
      <source>Admin: new laptops</source>
      <translation>Admin: new laptops</translation>
    </message>
    <message>
      <source>The two passphrases differ. Type the new team's passphrase twice.</source>
      <translation>The two passphrases differ. Type the new team's passphrase twice.</translation>
    </message>
    <message>
      <source>This laptop has joined the team. Delete the enrolment file now. An admin approves the laptop (Team folder… → Laptops of the team…); its laptop code is {code}.</source>
      <translation>This laptop has joined the team. Delete the enrolment file now. An admin approves the laptop (Team folder… → Laptops of the team…); its laptop code is {code}.</translation>
    </message>
    <message>
      <source>The file holds the team key, encrypted with a one-time enrolment code that Wegwijzer makes and shows once. Pass the code on separately from the file (by phone, say).</source>
      <translation>The file holds the team key, encrypted with a one-time enrolment code that Wegwijzer makes and shows once. Pass the code on separately from the file (by phone, say).</translation>
    </message>
    <message>
      <source>Laptops of the team…</source>
      <translation>Laptops of the team…</translation>
    </message>
    <message>
      <source>Laptops of the team</source>
      <translation>Laptops of the team</translation>
    </message>
    <message>
      <source>Only an admin can choose the team folder, make a team or join one. You can test the folder.</source>
      <translation>Only an admin can choose the team folder, make a team or join one. You can test the folder.</translation>
    </message>
    <message>
      <source>Enrolment file</source>
      <translation>Enrolment file</translation>
    </message>
    <message>
      <source>Enrolment files (*.json);;All files (*)</source>
      <translation>Enrolment files (*.json);;All files (*)</translation>
    </message>
    <message>
      <source>Testing…</source>
      <translation>Testing…</translation>
    </message>
    <message>
      <source>This laptop has joined the team. An admin approves it on an approved laptop (Team folder… → Laptops of the team…); its laptop code is {code}.</source>
      <translation>This laptop has joined the team. An admin approves it on an approved laptop (Team folder… → Laptops of the team…); its laptop code is {code}.</translation>
    </message>
    <message>
      <source>New team made; this laptop is in it.</source>
      <translation>New team made; this laptop is in it.</translation>
    </message>
    <message>
      <source>Choose the enrolment file and type the enrolment code from the admin.</source>
      <translation>Choose the enrolment file and type the enrolment code from the admin.</translation>
    </message>
    <message>
      <source>Save enrolment file</source>
      <translation>Save enrolment file</translation>
    </message>
    <message>
      <source>Enrolment files (*.json)</source>
      <translation>Enrolment files (*.json)</translation>
    </message>
    <message>
      <source>Enrolment file written: {file}. Its enrolment code is shown above, only now. Pass the code on separately from the file, by phone say: never in the same e-mail or on the same USB stick. Without the code the file is useless. Delete the file once the new laptop has joined.</source>
      <translation>Enrolment file written: {file}. Its enrolment code is shown above, only now. Pass the code on separately from the file, by phone say: never in the same e-mail or on the same USB stick. Without the code the file is useless. Delete the file once the new laptop has joined.</translation>
    </message>
  </context>
  <context>
    <name>SyncStatusWidget</name>
    <message>
      <source>Not synchronised (no team folder)</source>
      <translation>Not synchronised (no team folder)</translation>
    </message>
    <message>
      <source>never</source>
      <translation>never</translation>
    </message>
    <message>
      <source>Last sync: {when} · {pending} pending</source>
      <translation>Last sync: {when} · {pending} pending</translation>
    </message>
    <message>
      <source>{count} conflict(s)</source>
      <translation>{count} conflict(s)</translation>
    </message>
    <message>
      <source>Synchronising…</source>
      <translation>Synchronising…</translation>
    </message>
  </context>
  <context>
    <name>TalkDialog</name>
    <message>
      <source>Change talk</source>
      <translation>Change talk</translation>
    </message>
    <message>
      <source>Plan talk</source>
      <translation>Plan talk</translation>
    </message>
    <message>
      <source>&amp;Talk</source>
      <translation>&amp;Talk</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>&amp;Date</translation>
    </message>
    <message>
      <source>T&amp;ime</source>
      <translation>T&amp;ime</translation>
    </message>
    <message>
      <source>D&amp;uration</source>
      <translation>D&amp;uration</translation>
    </message>
    <message>
      <source>Pl&amp;ace</source>
      <translation>Pl&amp;ace</translation>
    </message>
    <message>
      <source>&amp;Location</source>
      <translation>&amp;Location</translation>
    </message>
    <message>
      <source>I&amp;nterpreter</source>
      <translation>I&amp;nterpreter</translation>
    </message>
    <message>
      <source>Interpreter lan&amp;guage</source>
      <translation>Interpreter lan&amp;guage</translation>
    </message>
    <message>
      <source>&amp;COA case manager</source>
      <translation>&amp;COA case manager</translation>
    </message>
    <message>
      <source>&amp;VWN volunteer</source>
      <translation>&amp;VWN volunteer</translation>
    </message>
    <message>
      <source>Also &amp;present</source>
      <translation>Also &amp;present</translation>
    </message>
    <message>
      <source>&amp;Reason (move or cancel)</source>
      <translation>&amp;Reason (move or cancel)</translation>
    </message>
    <message>
      <source>hh:mm</source>
      <translation>hh:mm</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Plan</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Cancel this tal&amp;k</source>
      <translation>Cancel this tal&amp;k</translation>
    </message>
    <message>
      <source>&amp;Mark as held</source>
      <translation>&amp;Mark as held</translation>
    </message>
    <message>
      <source>&amp;Export to Outlook (.ics)…</source>
      <translation>&amp;Export to Outlook (.ics)…</translation>
    </message>
    <message>
      <source>&amp;Full name in the calendar</source>
      <translation>&amp;Full name in the calendar</translation>
    </message>
    <message>
      <source>&amp;History</source>
      <translation>&amp;History</translation>
    </message>
    <message>
      <source>Export talk</source>
      <translation>Export talk</translation>
    </message>
    <message>
      <source>Calendar files (*.ics)</source>
      <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
      <source>Saved as {name}.</source>
      <translation>Saved as {name}.</translation>
    </message>
  </context>
  <context>
    <name>TalksPanel</name>
    <message>
      <source>&lt;b&gt;&amp;Talks&lt;/b&gt;</source>
      <translation>&lt;b&gt;&amp;Talks&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Plan talk…</source>
      <translation>Plan talk…</translation>
    </message>
    <message>
      <source>Plan a talk for the selected step (Ctrl+T)</source>
      <translation>Plan a talk for the selected step (Ctrl+T)</translation>
    </message>
    <message>
      <source>Plan talk</source>
      <translation>Plan talk</translation>
    </message>
    <message>
      <source>Talks</source>
      <translation>Talks</translation>
    </message>
  </context>
  <context>
    <name>TeamLaptopsDialog</name>
    <message>
      <source>Laptops of the team</source>
      <translation>Laptops of the team</translation>
    </message>
    <message>
      <source>A new laptop can read and send nothing until an admin approves it here. Compare the laptop code with the one shown on the new laptop. Removing a laptop replaces the team key: it cannot read anything written afterwards.</source>
      <translation>A new laptop can read and send nothing until an admin approves it here. Compare the laptop code with the one shown on the new laptop. Removing a laptop replaces the team key: it cannot read anything written afterwards.</translation>
    </message>
    <message>
      <source>This laptop: {code}</source>
      <translation>This laptop: {code}</translation>
    </message>
    <message>
      <source>This laptop has no laptop code yet: it gets one when it joins a team.</source>
      <translation>This laptop has no laptop code yet: it gets one when it joins a team.</translation>
    </message>
    <message>
      <source>Laptop code</source>
      <translation>Laptop code</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>Approved by</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Since</translation>
    </message>
    <message>
      <source>&amp;Approve laptop</source>
      <translation>&amp;Approve laptop</translation>
    </message>
    <message>
      <source>&amp;Remove from team…</source>
      <translation>&amp;Remove from team…</translation>
    </message>
    <message>
      <source>Replace &amp;team key</source>
      <translation>Replace &amp;team key</translation>
    </message>
    <message>
      <source>After a colleague left: the laptops that remain get a new team key.</source>
      <translation>After a colleague left: the laptops that remain get a new team key.</translation>
    </message>
    <message>
      <source>Re&amp;fresh</source>
      <translation>Re&amp;fresh</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Approved</translation>
    </message>
    <message>
      <source>Removed</source>
      <translation>Removed</translation>
    </message>
    <message>
      <source>Waiting for approval</source>
      <translation>Waiting for approval</translation>
    </message>
    <message>
      <source> (this laptop)</source>
      <translation> (this laptop)</translation>
    </message>
    <message>
      <source>Laptop {code} is approved. It receives the team's data at its next sync.</source>
      <translation>Laptop {code} is approved. It receives the team's data at its next sync.</translation>
    </message>
    <message>
      <source>Remove laptop</source>
      <translation>Remove laptop</translation>
    </message>
    <message>
      <source>Remove laptop {code} from the team? Its files written from now on are not read, and the team key is replaced so that it cannot read new files.</source>
      <translation>Remove laptop {code} from the team? Its files written from now on are not read, and the team key is replaced so that it cannot read new files.</translation>
    </message>
    <message>
      <source>Laptop {code} is removed from the team; the team key is replaced.</source>
      <translation>Laptop {code} is removed from the team; the team key is replaced.</translation>
    </message>
    <message>
      <source>The team key is replaced.</source>
      <translation>The team key is replaced.</translation>
    </message>
  </context>
  <context>
    <name>TeamTab</name>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
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
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <source>&amp;Phone:</source>
      <translation>&amp;Phone:</translation>
    </message>
    <message>
      <source>&amp;E-mail:</source>
      <translation>&amp;E-mail:</translation>
    </message>
    <message>
      <source>Works in the team:</source>
      <translation>Works in the team:</translation>
    </message>
    <message>
      <source>active (untick when the consultant leaves)</source>
      <translation>active (untick when the consultant leaves)</translation>
    </message>
    <message>
      <source>&amp;Save consultant</source>
      <translation>&amp;Save consultant</translation>
    </message>
    <message>
      <source>New &amp;consultant</source>
      <translation>New &amp;consultant</translation>
    </message>
    <message>
      <source>&amp;Hand caseload over…</source>
      <translation>&amp;Hand caseload over…</translation>
    </message>
    <message>
      <source>Consultants of the team</source>
      <translation>Consultants of the team</translation>
    </message>
    <message>
      <source>Consultant's name</source>
      <translation>Consultant's name</translation>
    </message>
    <message>
      <source>Consultant's phone</source>
      <translation>Consultant's phone</translation>
    </message>
    <message>
      <source>Consultant's e-mail</source>
      <translation>Consultant's e-mail</translation>
    </message>
    <message>
      <source>Consultant works in the team</source>
      <translation>Consultant works in the team</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>Left</source>
      <translation>Left</translation>
    </message>
    <message>
      <source>Saved: {name}</source>
      <translation>Saved: {name}</translation>
    </message>
    <message>
      <source>Hand over the caseload of {name} ({count})</source>
      <translation>Hand over the caseload of {name} ({count})</translation>
    </message>
    <message>
      <source>{count} trajectories handed over.</source>
      <translation>{count} trajectories handed over.</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>done on {date}</source>
      <translation>done on {date}</translation>
    </message>
    <message>
      <source>due by {date}</source>
      <translation>due by {date}</translation>
    </message>
  </context>
  <context>
    <name>TodayModel</name>
    <message>
      <source>Overdue</source>
      <translation>Overdue</translation>
    </message>
    <message>
      <source>This week</source>
      <translation>This week</translation>
    </message>
    <message>
      <source>Next week</source>
      <translation>Next week</translation>
    </message>
    <message>
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Step</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>Consultant</source>
      <translation>Consultant</translation>
    </message>
  </context>
  <context>
    <name>TodayView</name>
    <message>
      <source>What needs doing</source>
      <translation>What needs doing</translation>
    </message>
    <message>
      <source>Today: what needs doing</source>
      <translation>Today: what needs doing</translation>
    </message>
    <message>
      <source>Nothing to do: no step is overdue or due this week or next week.</source>
      <translation>Nothing to do: no step is overdue or due this week or next week.</translation>
    </message>
    <message>
      <source>&amp;For:</source>
      <translation>&amp;For:</translation>
    </message>
    <message>
      <source>The whole team</source>
      <translation>The whole team</translation>
    </message>
    <message>
      <source>{name} ({count})</source>
      <translation>{name} ({count})</translation>
    </message>
    <message>
      <source>{overdue} overdue · {week} this week · {next} next week</source>
      <translation>{overdue} overdue · {week} this week · {next} next week</translation>
    </message>
  </context>
  <context>
    <name>UnlockPage</name>
    <message>
      <source>Wegwijzer is locked</source>
      <translation>Wegwijzer is locked</translation>
    </message>
    <message>
      <source>Enter your passphrase to open the dossiers.</source>
      <translation>Enter your passphrase to open the dossiers.</translation>
    </message>
    <message>
      <source>&amp;Passphrase:</source>
      <translation>&amp;Passphrase:</translation>
    </message>
    <message>
      <source>&amp;User:</source>
      <translation>&amp;User:</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>&amp;Unlock</translation>
    </message>
    <message>
      <source>Forgot your passphrase? Use the recovery key</source>
      <translation>Forgot your passphrase? Use the recovery key</translation>
    </message>
    <message>
      <source>Opening the encrypted database…</source>
      <translation>Opening the encrypted database…</translation>
    </message>
    <message>
      <source>Use the recovery key</source>
      <translation>Use the recovery key</translation>
    </message>
    <message>
      <source>Type the recovery key from the sheet or file you saved when the database was made. Dashes and spaces do not matter. Afterwards you choose a new passphrase.</source>
      <translation>Type the recovery key from the sheet or file you saved when the database was made. Dashes and spaces do not matter. Afterwards you choose a new passphrase.</translation>
    </message>
    <message>
      <source>&amp;Open with recovery key</source>
      <translation>&amp;Open with recovery key</translation>
    </message>
    <message>
      <source>&amp;Back</source>
      <translation>&amp;Back</translation>
    </message>
    <message>
      <source>Choose a new passphrase</source>
      <translation>Choose a new passphrase</translation>
    </message>
    <message>
      <source>The recovery key worked. Choose a new passphrase; you will use it from now on. The recovery key stays valid.</source>
      <translation>The recovery key worked. Choose a new passphrase; you will use it from now on. The recovery key stays valid.</translation>
    </message>
    <message>
      <source>&amp;Save and open</source>
      <translation>&amp;Save and open</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>UsersTab</name>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Consultant</source>
      <translation>Consultant</translation>
    </message>
    <message>
      <source>Consultant of the selected user</source>
      <translation>Consultant of the selected user</translation>
    </message>
    <message>
      <source>&amp;Link to consultant</source>
      <translation>&amp;Link to consultant</translation>
    </message>
    <message>
      <source>Give the chosen &amp;role</source>
      <translation>Give the chosen &amp;role</translation>
    </message>
    <message>
      <source>Give the selected user the role chosen below</source>
      <translation>Give the selected user the role chosen below</translation>
    </message>
    <message>
      <source>Admin</source>
      <translation>Admin</translation>
    </message>
    <message>
      <source>&amp;Add user</source>
      <translation>&amp;Add user</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>Users</translation>
    </message>
    <message>
      <source>&amp;Remove user</source>
      <translation>&amp;Remove user</translation>
    </message>
    <message>
      <source>New &amp;passphrase…</source>
      <translation>New &amp;passphrase…</translation>
    </message>
    <message>
      <source>Replace the database &amp;key…</source>
      <translation>Replace the database &amp;key…</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <source>Role:</source>
      <translation>Role:</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>Passphrase:</translation>
    </message>
    <message>
      <source>Is in the team roster:</source>
      <translation>Is in the team roster:</translation>
    </message>
    <message>
      <source>Team lead</source>
      <translation>Team lead</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <source>Removed</source>
      <translation>Removed</translation>
    </message>
    <message>
      <source>(not linked)</source>
      <translation>(not linked)</translation>
    </message>
    <message>
      <source>New consultant with the user's name</source>
      <translation>New consultant with the user's name</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>New passphrase</translation>
    </message>
    <message>
      <source>New passphrase for {name}:</source>
      <translation>New passphrase for {name}:</translation>
    </message>
    <message>
      <source>Replace the database key</source>
      <translation>Replace the database key</translation>
    </message>
    <message>
      <source>The database is re-encrypted under a new key, so that an old key file and an old passphrase open nothing. Only your passphrase is kept: give every other user a new passphrase afterwards. A new recovery key is made; the old one stops working. Continue?</source>
      <translation>The database is re-encrypted under a new key, so that an old key file and an old passphrase open nothing. Only your passphrase is kept: give every other user a new passphrase afterwards. A new recovery key is made; the old one stops working. Continue?</translation>
    </message>
    <message>
      <source>Your own passphrase:</source>
      <translation>Your own passphrase:</translation>
    </message>
    <message>
      <source>Re-encrypting the database…</source>
      <translation>Re-encrypting the database…</translation>
    </message>
    <message>
      <source>The database has a new key. New recovery key (shown only now; print it or write it down and keep it apart from the laptop): {key}. Give the other users a new passphrase.</source>
      <translation>The database has a new key. New recovery key (shown only now; print it or write it down and keep it apart from the laptop): {key}. Give the other users a new passphrase.</translation>
    </message>
  </context>
  <context>
    <name>parent</name>
    <message>
      <source>Assign</source>
      <translation>Assign</translation>
    </message>
    <message>
      <source>Select one or more people in the caseload first.</source>
      <translation>Select one or more people in the caseload first.</translation>
    </message>
    <message>
      <source>Assign {count} people to</source>
      <translation>Assign {count} people to</translation>
    </message>
  </context>
</TS>