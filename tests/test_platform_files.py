"""What the frozen apps declare about themselves, checked here where Windows and macOS
cannot run: icons that hold every size, a valid Info.plist that names the microphone and
the bundle type, a version resource, and an installer script that matches the build."""

from __future__ import annotations

import ast
import plistlib
import re
import sys
import xml.etree.ElementTree as ET

from mysteryshop import __version__
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "packaging"))

from icon_files import (
    ICNS_TYPES,
    ICO_SIZES,
    icns_bytes,
    icon_pngs,
    png_size,
    read_icns,
    read_ico,
)
from platform_files import (
    CLI_EXE,
    EXTENSION,
    GUI_EXE,
    MIME_TYPE,
    macos_info_plist,
    windows_version_file,
)

ICONS = ROOT / "resources" / "icons"


def test_the_windows_icon_holds_every_size_from_16_to_256() -> None:
    images = read_ico((ICONS / "mysteryshop.ico").read_bytes())
    assert [size for size, _ in images] == list(ICO_SIZES)
    for size, png in images:
        assert png_size(png) == (size, size)


def test_the_macos_icon_is_a_real_icns_with_retina_sizes() -> None:
    sizes = tuple(sorted({size for _, size in ICNS_TYPES}))
    data = icns_bytes(icon_pngs(ICONS, sizes))
    entries = dict(read_icns(data))
    assert set(entries) == {kind for kind, _ in ICNS_TYPES}
    for kind, size in ICNS_TYPES:
        assert png_size(entries[kind]) == (size, size)


def test_the_info_plist_names_the_microphone_and_owns_the_bundle_type() -> None:
    plist = plistlib.loads(plistlib.dumps(macos_info_plist(__version__)))
    assert "record" in plist["NSMicrophoneUsageDescription"]
    [declared] = plist["UTExportedTypeDeclarations"]
    tags = declared["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == [EXTENSION]
    [document] = plist["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [declared["UTTypeIdentifier"]]
    # One MIME type everywhere: the Linux desktop's shared-mime-info file says the same.
    mime = ET.parse(ROOT / "packaging" / "org.mysteryshop.MysteryShop.mime.xml").getroot()
    [linux] = [e.get("type") for e in mime if e.tag.endswith("mime-type")]
    assert tags["public.mime-type"] == [linux] == [MIME_TYPE]
    assert plist["CFBundleShortVersionString"] == __version__


def test_the_windows_version_resource_is_a_well_formed_expression() -> None:
    text = windows_version_file("1.2.3", GUI_EXE)
    call = ast.parse(text, mode="eval").body
    assert isinstance(call, ast.Call) and ast.unparse(call.func) == "VSVersionInfo"
    assert "filevers=(1, 2, 3, 0)" in text and f"'{GUI_EXE}.exe'" in text


def test_the_installer_script_installs_what_the_spec_builds() -> None:
    iss_path = ROOT / "packaging" / "windows" / "mysteryshop.iss"
    iss = iss_path.read_text()
    defines = dict(re.findall(r'#define (\w+) "([^"]*)"', iss))
    assert defines["GuiExe"] == f"{GUI_EXE}.exe" and defines["CliExe"] == f"{CLI_EXE}.exe"
    assert "PrivilegesRequired=lowest" in iss  # per user, no administrator
    assert all(line.startswith("Root: HKCU") for line in iss.splitlines()
               if line.startswith("Root:"))
    assert f'Subkey: "Software\\Classes\\.{EXTENSION}"' in iss
    assert '""{app}\\{#GuiExe}"" open ""%1""' in iss  # `mysteryshop open FILE`
    assert MIME_TYPE in iss
    icon = re.search(r"SetupIconFile=(.+)", iss)
    assert icon is not None
    assert (iss_path.parent / icon.group(1).strip().replace("\\", "/")).resolve() == (
        ICONS / "mysteryshop.ico")
    spec = (ROOT / "packaging" / "mysteryshop.spec").read_text()
    assert "program(GUI_EXE, console=False)" in spec and "program(CLI_EXE, console=True)" in spec
