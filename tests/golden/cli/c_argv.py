# cli: -c "import sys; print(sys.argv)" a -b --c -c "x y"
# Everything after -c CMD is the script's: sys.argv[0] is "-c".
