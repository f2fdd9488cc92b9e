# cli: -u {file}
# -u: the program runs as usual (streams unbuffered).
import sys
sys.stdout.write("a")
sys.stdout.write("b\n")
print("c", flush=False)
print(sys.flags.ignore_environment)
