; Inno Setup 6 script: Facilitator's Windows installer.
;
; Built by installers/package.py (scripts\build-windows.cmd runs it), which passes the version,
; the app id, the PyInstaller folder and the icon on the command line, so every fact this
; installer states comes from the same place as the Linux and macOS packages.
; Per-user install by default (no administrator needed), in French or English.

#ifndef AppVersion
  #error Build with installers/package.py: it passes AppVersion, AppId, SourceDir and IconFile
#endif

[Setup]
AppId={#AppId}
AppName=Facilitator
AppVersion={#AppVersion}
AppVerName=Facilitator {#AppVersion}
AppPublisher=Facilitator
DefaultDirName={autopf}\Facilitator
DefaultGroupName=Facilitator
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=Facilitator-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\facilitator.exe
UninstallDisplayName=Facilitator
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; the whole PyInstaller folder: facilitator.exe and _internal\ (assets, Qt, Python)
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; a new version replaces the bundled libraries whole, so no stale file of an older one remains
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Facilitator"; Filename: "{app}\facilitator.exe"
Name: "{autodesktop}\Facilitator"; Filename: "{app}\facilitator.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\facilitator.exe"; Description: "{cm:LaunchProgram,Facilitator}"; Flags: nowait postinstall skipifsilent
