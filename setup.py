"""Which packages the wheel holds, found on disk (the metadata is in pyproject.toml).

`ui/` and `resources/` stay at the top of the repository but install under the app's own
name (`mysteryshop_app.ui`, `mysteryshop_app.resources`; see packaging/app). Every package
below them is found here, never listed by hand: a listed package is one a wheel forgets.
"""

from setuptools import find_namespace_packages, setup

GUI = {"mysteryshop_app": "packaging/app", "mysteryshop_app.ui": "ui",
       "mysteryshop_app.resources": "resources"}

packages = find_namespace_packages(include=["mysteryshop", "mysteryshop.*"])
for name, folder in GUI.items():
    packages.append(name)
    if folder != "packaging/app":
        packages += [f"{name}.{sub}" for sub in find_namespace_packages(
            where=folder, exclude=["__pycache__*", "*.__pycache__*"])]

setup(packages=packages, package_dir=GUI)
