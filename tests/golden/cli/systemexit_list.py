# cli: -c "import sys; sys.exit([1, 'a'])"
# check: stderr code
# Any other object is printed with str(): status 1.
