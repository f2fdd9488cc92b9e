# check: stderr code
# A tab before the error: the caret lines up under the bad token.
	x = (1 +
	     )
