<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
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
      <translation>Trajectory ended</translation>
    </message>
  </context>
  <context>
    <name>CaseloadView</name>
    <message>
      <source>Search by name, BSN or V-number</source>
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
      <source>All</source>
      <translation>All</translation>
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

Keep this sheet somewhere safe. With this key the database can be opened when every passphrase is forgotten.
</source>
      <translation>Wegwijzer recovery key

{key}

Keep this sheet somewhere safe. With this key the database can be opened when every passphrase is forgotten.
</translation>
    </message>
    <message>
      <source>Save recovery key</source>
      <translation>Save recovery key</translation>
    </message>
    <message>
      <source>wegwijzer-recovery-key.txt</source>
      <translation>wegwijzer-recovery-key.txt</translation>
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
      <source>StarterZ</source>
      <translation>StarterZ</translation>
    </message>
    <message>
      <source>The passphrase is not right. Mind capital letters and Caps Lock.</source>
      <translation>The passphrase is not right. Mind capital letters and Caps Lock.</translation>
    </message>
    <message>
      <source>The recovery key is not right. Check the 32 characters on your printout.</source>
      <translation>The recovery key is not right. Check the 32 characters on your printout.</translation>
    </message>
    <message>
      <source>There is no Wegwijzer database here yet. Create a new one first.</source>
      <translation>There is no Wegwijzer database here yet. Create a new one first.</translation>
    </message>
    <message>
      <source>There already is a Wegwijzer database here; it will not be overwritten.</source>
      <translation>There already is a Wegwijzer database here; it will not be overwritten.</translation>
    </message>
    <message>
      <source>This file is an unencrypted database. Wegwijzer only opens encrypted databases, so that a stolen laptop reveals nothing.</source>
      <translation>This file is an unencrypted database. Wegwijzer only opens encrypted databases, so that a stolen laptop reveals nothing.</translation>
    </message>
    <message>
      <source>The database file is damaged or does not belong to this key file. Nothing was changed. Ask your administrator for a backup.</source>
      <translation>The database file is damaged or does not belong to this key file. Nothing was changed. Ask your administrator for a backup.</translation>
    </message>
    <message>
      <source>The key file (wegwijzer.keys) is missing or damaged. Without it the database cannot be opened. Restore a backup of the key file.</source>
      <translation>The key file (wegwijzer.keys) is missing or damaged. Without it the database cannot be opened. Restore a backup of the key file.</translation>
    </message>
    <message>
      <source>The database is in use by another program (perhaps a second Wegwijzer). Close that first and try again.</source>
      <translation>The database is in use by another program (perhaps a second Wegwijzer). Close that first and try again.</translation>
    </message>
    <message>
      <source>The disk is full. The last change was not saved; earlier data is intact. Free up space and try again.</source>
      <translation>The disk is full. The last change was not saved; earlier data is intact. Free up space and try again.</translation>
    </message>
    <message>
      <source>This database was made with a newer version of Wegwijzer. Install the latest version to open it.</source>
      <translation>This database was made with a newer version of Wegwijzer. Install the latest version to open it.</translation>
    </message>
    <message>
      <source>The database may not be on a network drive: it can get damaged there. Choose a folder on this computer.</source>
      <translation>The database may not be on a network drive: it can get damaged there. Choose a folder on this computer.</translation>
    </message>
    <message>
      <source>Choose a passphrase of at least 10 characters.</source>
      <translation>Choose a passphrase of at least 10 characters.</translation>
    </message>
    <message>
      <source>Wegwijzer cannot write in the data folder. Check the folder's permissions.</source>
      <translation>Wegwijzer cannot write in the data folder. Check the folder's permissions.</translation>
    </message>
    <message>
      <source>Something unexpected went wrong. Please tell your administrator.</source>
      <translation>Something unexpected went wrong. Please tell your administrator.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;File</translation>
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
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>&amp;About Wegwijzer</source>
      <translation>&amp;About Wegwijzer</translation>
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
      <source>{shown} of {total} shown</source>
      <translation>{shown} of {total} shown</translation>
    </message>
    <message>
      <source>Loading the caseload…</source>
      <translation>Loading the caseload…</translation>
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
      <source>Weak: make it longer, or mix in digits and signs.</source>
      <translation>Weak: make it longer, or mix in digits and signs.</translation>
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
</TS>