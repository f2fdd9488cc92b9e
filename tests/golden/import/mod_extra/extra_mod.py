WHERE = 'mod_extra directory'
def twice(x):
    return x * 2
