# cli: -m pkg_cli.sub three
# -m PKG.MOD imports PKG, then runs MOD as __main__ with __package__ set.
