import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('custom warning')
    warnings.warn('deprecated thing', DeprecationWarning)
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error', UserWarning)
    except UserWarning as e:
        print(type(e).__name__, e)
print(issubclass(DeprecationWarning, Warning))
