# cli: -c "import sys; x = [i * i for i in range(5)]; print(x); print(sum(x), file=sys.stdout)"
# Several statements on one -c line.
