# check: stderr code
class ConfigError(Exception):
    pass
def read_config(path):
    raise ConfigError(f'missing file {path}')
read_config('app.ini')
