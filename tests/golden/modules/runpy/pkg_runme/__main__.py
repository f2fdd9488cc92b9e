print('pkg main:', __name__, __package__)
X = 42
