# check: stderr code
def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError(f'no setting {k!r}') from None
get({}, 'color')
