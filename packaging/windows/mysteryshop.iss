; Inno Setup script: a per-user installer for the Windows build of Mystery Shop.
; Build the app first (packaging/README.md), then, from the project folder:
;   iscc /DAppVersion=0.1.0 packaging\windows\mysteryshop.iss
; The installer lands in dist\installer\. No administrator rights are asked for: the app
; goes to %LOCALAPPDATA%\Programs\Mystery Shop and every registry entry to HKCU.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Mystery Shop"
#define GuiExe "mysteryshopw.exe"
#define CliExe "mysteryshop.exe"
#define ProgId "MysteryShop.Bundle"

[Setup]
AppId={{6B1F3C2E-8A4D-4F0B-9C55-3E2D7A9B1C40}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppName}
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist\installer
OutputBaseFilename=MysteryShop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\mysteryshop.ico
UninstallDisplayIcon={app}\{#GuiExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ArchitecturesInstallIn64BitMode=x64compatible

[Files]
Source: "..\..\dist\mysteryshop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Registry]
; A double-clicked .mshop bundle opens the app, which imports it ("mysteryshop open FILE").
Root: HKCU; Subkey: "Software\Classes\.mshop"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.mshop"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-mysteryshop-bundle"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Mystery Shop sessions"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#GuiExe},0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" open ""%1"""

[Run]
Filename: "{app}\{#GuiExe}"; Description: "Start {#AppName}"; Flags: nowait postinstall skipifsilent
