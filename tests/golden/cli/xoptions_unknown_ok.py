# cli: -X some_unknown_option {file}
# Unknown -X options are accepted silently, as CPython does.
print("ran")
