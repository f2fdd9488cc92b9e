# cli: {file} one "two words" --three -c -
# sys.argv of a script: its path as given, then the arguments untouched.
import sys
print(sys.argv)
print(__name__)
