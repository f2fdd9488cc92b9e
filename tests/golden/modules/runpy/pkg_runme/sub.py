print('sub:', __name__, __package__, __spec__.name)
Y = 'sub'
