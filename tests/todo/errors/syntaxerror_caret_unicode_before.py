# check: stderr code
# Non-ASCII text before the error: columns count characters.
s = "héllo wörld" + + * 2
