"""What each system's frozen app declares about itself, in one place for the spec and tests.

macOS reads Info.plist: it ends an app that opens the microphone without saying why
(NSMicrophoneUsageDescription), and only opens `.mshop` files with an app that declares
their type. Windows shows the version resource in Properties and in the installer.
"""

from __future__ import annotations

from typing import Any

APP_NAME = "Mystery Shop"
BUNDLE_ID = "org.mysteryshop.MysteryShop"
EXTENSION = "mshop"
MIME_TYPE = "application/x-mysteryshop-bundle"  # as in org.mysteryshop.MysteryShop.mime.xml
UTI = "org.mysteryshop.bundle"
CLI_EXE = "mysteryshop"  # console: every command prints (a console window on Windows)
GUI_EXE = "mysteryshopw"  # windowed, for the Start menu and double-clicked bundles (Windows)
MICROPHONE_REASON = ("Mystery Shop records your calls to your own company: only when you "
                     "press Record, and only after you agree to record that call.")


def macos_info_plist(version: str) -> dict[str, Any]:
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "LSMinimumSystemVersion": "11.0",
        "NSHighResolutionCapable": True,
        "NSMicrophoneUsageDescription": MICROPHONE_REASON,
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": "Mystery Shop sessions",
            "CFBundleTypeRole": "Editor",
            "LSHandlerRank": "Owner",
            "LSItemContentTypes": [UTI],
        }],
        "UTExportedTypeDeclarations": [{
            "UTTypeIdentifier": UTI,
            "UTTypeDescription": "Mystery Shop sessions",
            "UTTypeConformsTo": ["public.zip-archive", "public.data"],
            "UTTypeTagSpecification": {
                "public.filename-extension": [EXTENSION],
                "public.mime-type": [MIME_TYPE],
            },
        }],
    }


def version_tuple(version: str) -> tuple[int, int, int, int]:
    numbers = [int(part) for part in version.split(".")[:4] if part.isdigit()]
    padded = [*numbers, 0, 0, 0, 0][:4]
    return padded[0], padded[1], padded[2], padded[3]


def windows_version_file(version: str, exe: str) -> str:
    """PyInstaller's version resource (its `version=` file: a VSVersionInfo expression)."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": APP_NAME, "FileDescription": APP_NAME, "FileVersion": version,
        "InternalName": exe, "OriginalFilename": f"{exe}.exe", "ProductName": APP_NAME,
        "ProductVersion": version, "LegalCopyright": f"© {APP_NAME}",
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
          {table}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])]),
  ],
)
"""
