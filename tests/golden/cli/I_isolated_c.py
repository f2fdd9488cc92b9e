# cli: -I -c "import sys; print(sys.flags.isolated, \"\" in sys.path)"
# -I with -c: no empty-string entry in sys.path.
