; Inno Setup 6 script for Wegwijzer (needs Inno Setup 6.3 or newer for "x64compatible").
;
; Installs the PyInstaller bundle (dist\Wegwijzer\, made by installer\build.py) for the
; current user only, without administrator rights, in %LOCALAPPDATA%\Programs\Wegwijzer.
; The uninstaller removes only the program files: the user's data (the encrypted database and
; its key file in %LOCALAPPDATA%\Wegwijzer, the platformdirs user data directory) stays.
;
;   ISCC.exe /DAppVersion=0.1.0 installer\wegwijzer.iss
;
; Output: dist\Wegwijzer-<version>-setup.exe. Keep this file ASCII: the texts below avoid
; accented letters so that the compiler reads them the same whatever the code page.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\Wegwijzer"
#endif

[Setup]
; The AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{F6C05753-8F63-4DCD-86DE-A5AD4A9F6D47}
AppName=Wegwijzer
AppVersion={#AppVersion}
AppVerName=Wegwijzer {#AppVersion}
AppPublisher=Wegwijzer
VersionInfoVersion={#AppVersion}
; Per user, no UAC prompt: {userpf} is %LOCALAPPDATA%\Programs, {autoprograms} the user's
; Start menu.
PrivilegesRequired=lowest
DefaultDirName={userpf}\Wegwijzer
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=Wegwijzer-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
UninstallDisplayName=Wegwijzer
UninstallDisplayIcon={app}\Wegwijzer.exe
; Close a running Wegwijzer before replacing its files (Windows Restart Manager).
CloseApplications=yes
RestartApplications=no
#ifexist AddBackslash(SourcePath) + "..\resources\icons\wegwijzer.ico"
SetupIconFile=..\resources\icons\wegwijzer.ico
#endif

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Messages]
nl.ConfirmUninstall=Weet u zeker dat u %1 wilt verwijderen?%n%nAlleen het programma wordt verwijderd. Uw gegevens blijven bewaard: de versleutelde database met de dossiers en het sleutelbestand staan in uw gebruikersmap (AppData\Local\Wegwijzer) en worden nooit door het verwijderprogramma gewist. Een nieuwe installatie opent ze weer.
en.ConfirmUninstall=Are you sure you want to remove %1?%n%nOnly the program is removed. Your data is kept: the encrypted database with the dossiers and its key file are in your user data folder (AppData\Local\Wegwijzer) and are never deleted by the uninstaller. A new installation opens them again.

[CustomMessages]
nl.DataKept=Wegwijzer is verwijderd. Uw gegevens zijn bewaard in:%n%n%1%n%nDeze map bevat de versleutelde database met dossiers. Verwijder haar alleen zelf als de gegevens weg moeten en de bewaartermijnen dat toestaan; zonder wachtwoord of herstelsleutel is de database niet te openen.
en.DataKept=Wegwijzer has been removed. Your data has been kept in:%n%n%1%n%nThis folder holds the encrypted database with the dossiers. Delete it yourself only when the data must go and the retention rules allow it; without the passphrase or recovery key the database cannot be opened.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: libraries dropped by a newer build must not linger.
; (Only the program folder; the data folder is elsewhere.)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Wegwijzer"; Filename: "{app}\Wegwijzer.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\Wegwijzer"; Filename: "{app}\Wegwijzer.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\Wegwijzer.exe"; Description: "{cm:LaunchProgram,Wegwijzer}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the uninstaller removes only what Setup installed.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
  begin
    { platformdirs.user_data_path("Wegwijzer", appauthor=False) on Windows }
    DataDir := ExpandConstant('{localappdata}\Wegwijzer');
    if DirExists(DataDir) then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
