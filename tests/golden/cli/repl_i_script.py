# cli: -i {file}
# -i FILE runs the script, then reads statements from stdin in its namespace.
greeting = "hello"
def double(v):
    return v * 2
print("script done")
