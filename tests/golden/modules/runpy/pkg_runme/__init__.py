INIT = 'pkg init ran'
