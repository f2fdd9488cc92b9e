# cli: -- {file} x
# "--" ends the interpreter's options.
import sys
print(sys.argv)
