__all__ = ['public', 'also_public']
public = 1
also_public = 2
not_listed = 3
_underscore = 4
