# cli: -m pkg_cli one two
# -m PACKAGE runs PACKAGE.__main__ after importing the package.
