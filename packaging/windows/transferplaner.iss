; Inno Setup script for the Windows installer (per-user, no admin rights needed).
; Build on Windows after `python packaging\build.py` has produced dist\transferplaner\:
;   iscc /DAppVersion=0.1.0 packaging\windows\transferplaner.iss
; AppVersion must be passed by the build (it is read from planner/__init__.py there).
; The installer lands in dist\installer\Transferplaner-<version>-setup.exe.

#ifndef AppVersion
  #error AppVersion is not defined: iscc /DAppVersion=X.Y.Z transferplaner.iss
#endif
#define AppName "Transferplaner"
#define AppExe "transferplaner.exe"
#define CliExe "transferplaner-cli.exe"
#define Bundle "..\..\dist\transferplaner"

[Setup]
; Keep this GUID: it identifies the app for upgrades and the uninstaller.
AppId={{6B1C6E0C-4C1B-4E0B-9A7C-2B9B8D7E5F41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Transferagenturen für Großstädte
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\installer
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\icons\transferplaner.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: both executables and the shared _internal\ folder.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autoprograms}\{#AppName} (Demo)"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The user's database and backups live in the user data folder (platformdirs), not in {app}:
; uninstalling never deletes planning data.
