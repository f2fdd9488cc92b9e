import keyword
print(keyword.iskeyword('if'), keyword.iskeyword('print'), keyword.iskeyword('None'), keyword.iskeyword('async'))
print(keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.issoftkeyword('_'))
print(len(keyword.kwlist), sorted(keyword.kwlist)[:5])
print(keyword.kwlist)
print(sorted(keyword.softkwlist))
