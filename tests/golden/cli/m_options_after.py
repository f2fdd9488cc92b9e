# cli: -m _cli_hello -c -m -u
# Options after -m MOD belong to the module.
